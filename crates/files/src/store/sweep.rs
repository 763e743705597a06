//! Stale temporary files: a save killed between creating its temp file and renaming it leaves
//! `.<name>.tmp-<pid>-<n>` behind, a full copy of the session. When a session is opened (its
//! lock taken), chibo removes those of that session whose process is gone (its pid no longer
//! runs: at once) or that are older than [`STALE_AFTER`] (when the system cannot tell, or the
//! pid was taken again): only its own (by that exact name pattern), only regular files, never
//! anything else in the folder.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::file::{TEMP_MARK, parent_dir};
use crate::os;

/// A temp file older than this is no save in progress: a save takes milliseconds.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Removes the stale temp files of the session at `path` (its resolved path); returns how many.
pub(crate) fn sweep(path: &Path) -> usize {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return 0;
    };
    let prefix = format!(".{name}{TEMP_MARK}");
    let dir = parent_dir(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = pid_of(rest) else {
            continue;
        };
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok());
        let gone = os::pid_alive(pid) == Some(false);
        if meta.is_file() && (gone || age.is_some_and(|a| a > STALE_AFTER)) {
            removed += usize::from(fs::remove_file(entry.path()).is_ok());
        }
    }
    if removed > 0 {
        tracing::info!(path = %super::shown(path), removed, "stale temp files removed");
    }
    removed
}

/// The pid of `<pid>-<n>` (both decimal: the tail of chibo's temp names); `None` for any other
/// tail.
fn pid_of(s: &str) -> Option<u32> {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let (pid, n) = s.split_once('-')?;
    if !digits(pid) || !digits(n) {
        return None;
    }
    pid.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;

    fn aged(p: &Path, secs: u64) {
        let f = File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(p)
            .unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    }

    #[test]
    fn only_old_temp_files_of_this_session_go() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        // A live pid (this test's): only the age can make its temp files stale.
        let me = std::process::id();
        let old = dir.path().join(format!(".a.ron{TEMP_MARK}{me}-3"));
        let fresh = dir.path().join(format!(".a.ron{TEMP_MARK}{me}-4"));
        let other = dir.path().join(format!(".b.ron{TEMP_MARK}{me}-3"));
        let odd = dir.path().join(format!(".a.ron{TEMP_MARK}notes"));
        aged(&old, 3600);
        aged(&fresh, 10);
        aged(&other, 3600);
        aged(&odd, 3600);
        assert_eq!(sweep(&p), 1);
        assert!(!old.exists());
        assert!(fresh.exists() && other.exists() && odd.exists());
    }

    /// A pid that ran and is gone: a child started and waited for.
    #[cfg(unix)]
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[cfg(unix)]
    #[test]
    fn a_fresh_temp_file_of_a_dead_process_goes_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        let dead = dead_pid();
        assert_eq!(os::pid_alive(dead), Some(false));
        assert_eq!(os::pid_alive(std::process::id()), Some(true));
        let orphan = dir.path().join(format!(".a.ron{TEMP_MARK}{dead}-0"));
        let in_progress = dir
            .path()
            .join(format!(".a.ron{TEMP_MARK}{}-7", std::process::id()));
        aged(&orphan, 1);
        aged(&in_progress, 1);
        assert_eq!(sweep(&p), 1);
        assert!(!orphan.exists() && in_progress.exists());
    }

    #[test]
    fn pid_and_counter() {
        assert_eq!(pid_of("4242-0"), Some(4242));
        assert_eq!(pid_of("4242-"), None);
        assert_eq!(pid_of("-1"), None);
        assert_eq!(pid_of("12a-1"), None);
        assert_eq!(pid_of("99999999999-1"), None, "not a u32");
    }
}
