//! Stale temporary files: a save killed between creating its temp file and renaming it leaves
//! `.<name>.tmp-<pid>-<n>` behind, a full copy of the session. When a session is opened (its
//! lock taken), chibo removes those of that session older than [`STALE_AFTER`]: only its own
//! (by that exact name pattern), only regular files, never anything else in the folder.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::file::{TEMP_MARK, parent_dir};

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
        if !is_pid_and_counter(rest) {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok());
        if meta.is_file() && age.is_some_and(|a| a > STALE_AFTER) {
            removed += usize::from(fs::remove_file(entry.path()).is_ok());
        }
    }
    if removed > 0 {
        tracing::info!(path = %super::shown(path), removed, "stale temp files removed");
    }
    removed
}

/// `<pid>-<n>`, both decimal: the tail of chibo's temp names.
fn is_pid_and_counter(s: &str) -> bool {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    s.split_once('-')
        .is_some_and(|(a, b)| digits(a) && digits(b))
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
        let old = dir.path().join(format!(".a.ron{TEMP_MARK}12-3"));
        let fresh = dir.path().join(format!(".a.ron{TEMP_MARK}12-4"));
        let other = dir.path().join(format!(".b.ron{TEMP_MARK}12-3"));
        let odd = dir.path().join(format!(".a.ron{TEMP_MARK}notes"));
        aged(&old, 3600);
        aged(&fresh, 10);
        aged(&other, 3600);
        aged(&odd, 3600);
        assert_eq!(sweep(&p), 1);
        assert!(!old.exists());
        assert!(fresh.exists() && other.exists() && odd.exists());
    }
}
