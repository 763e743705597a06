//! Atomic file replacement: a temp file in the same folder (mode 0600), written in full and
//! fsynced, renamed over the target, then the folder fsynced. A crash at any moment leaves either
//! the old file or the new one, never a mix; at worst a stray temp file that nothing reads.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::error::{IoOp, StoreError};
use crate::os;

/// Session files and exports hold personal data: owner only.
pub use crate::os::FILE_MODE;

/// The marker in temp file names; the index skips them.
pub(crate) const TEMP_MARK: &str = ".tmp-";

/// A point in [`write_atomic_with`] where a test can inject a fault (or a crash, by panicking).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The temp file exists and is empty.
    Created,
    /// All bytes are written to the temp file, not yet synced.
    Written,
    /// The temp file is synced; the target is still the old file.
    Synced,
    /// The temp file has replaced the target; the folder is not yet synced.
    Renamed,
}

/// Replaces `path` with `bytes` atomically. This is how exports are written (sessions go through
/// [`super::save`]), so it logs them.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let written = write_atomic_with(path, bytes, &mut |_| Ok(()));
    let shown = super::shown(path);
    match &written {
        Ok(()) => tracing::info!(path = %shown, bytes = bytes.len(), "export written"),
        Err(e) => tracing::error!(path = %shown, cause = %super::cause(e), "export not written"),
    }
    written
}

/// [`write_atomic`] with a `hook` called after each [`Stage`]. An `Err` from the hook is treated
/// like an I/O error (the temp file is removed); a panic in the hook behaves like a crash (the
/// temp file stays behind, as it would after `kill -9`).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Stage) -> io::Result<()>,
) -> Result<(), StoreError> {
    // Through a symlink, the real file is replaced and the link stays a link.
    let target = resolve(path);
    let dir = parent_dir(&target);
    let (tmp_path, file) =
        create_temp(&target, dir).map_err(|e| StoreError::io(path, IoOp::Write, &e))?;
    let result = fill_and_rename(file, &tmp_path, &target, bytes, hook);
    if result.is_err() {
        // The rename did not happen (or failed): the temp file is ours and useless.
        let _ = fs::remove_file(&tmp_path);
    }
    result.map_err(|e| StoreError::io(path, IoOp::Write, &e))?;
    hook(Stage::Renamed).map_err(|e| StoreError::io(path, IoOp::Write, &e))?;
    // The rename is durable only once the folder entry is on disk.
    os::sync_dir(dir).map_err(|e| StoreError::io(dir, IoOp::Write, &e))
}

fn fill_and_rename(
    mut file: File,
    tmp: &Path,
    target: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Stage) -> io::Result<()>,
) -> io::Result<()> {
    hook(Stage::Created)?;
    file.write_all(bytes)?;
    hook(Stage::Written)?;
    file.sync_all()?;
    drop(file);
    hook(Stage::Synced)?;
    fs::rename(tmp, target)
}

/// Renames `from` to `to` beside it, never over a file already there: when `to` is taken the
/// name gets `-2`, `-3`… before its extension. Returns the name used. How an export that a
/// reopening supersedes is set aside.
pub fn move_aside(from: &Path, to: &Path) -> Result<PathBuf, StoreError> {
    let free = (1u32..)
        .map(|n| numbered(to, n))
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| to.to_owned());
    fs::rename(from, &free).map_err(|e| StoreError::io(from, IoOp::Write, &e))?;
    os::sync_dir(parent_dir(&free)).map_err(|e| StoreError::io(&free, IoOp::Write, &e))?;
    tracing::info!(from = %super::shown(from), to = %super::shown(&free), "export set aside");
    Ok(free)
}

/// `path`, or with `-n` before its extension from the second on.
fn numbered(path: &Path, n: u32) -> PathBuf {
    if n == 1 {
        return path.to_owned();
    }
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

/// The real path of a session file: symlinks and `.`/`..` resolved, so that every path to one
/// file meets the same lock and a save through a symlink writes the file it points to. A file
/// that does not exist yet resolves through its folder; failing that, `path` as given.
pub fn resolve(path: &Path) -> PathBuf {
    if let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    match (fs::canonicalize(parent_dir(path)), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_owned(),
    }
}

/// The folder holding `path` (`.` for a bare file name).
pub(crate) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates a fresh temp file next to the target: `.<name>.tmp-<pid>-<n>`, never an existing one
/// (`create_new`: a stale temp file left by a crash is skipped, and a symlink planted under the
/// name is not followed).
static COUNTER: AtomicU32 = AtomicU32::new(0);

fn create_temp(path: &Path, dir: &Path) -> io::Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?;
    let pid = std::process::id();
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    // Names only collide with leftovers of an earlier process that had our pid; a few tries do.
    for _ in 0..64 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}{TEMP_MARK}{pid}-{n}"));
        match os::create_private(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::{AssertUnwindSafe, catch_unwind};

    fn temp_files(dir: &Path) -> Vec<PathBuf> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(TEMP_MARK))
            .collect()
    }

    #[test]
    fn a_file_moved_aside_never_replaces_one_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("a.bien-ban-thay-the-20251215-093000.docx");
        for (n, name) in ["", "-2", "-3"].iter().enumerate() {
            let from = dir.path().join("a.bien-ban.docx");
            fs::write(&from, format!("{n}")).unwrap();
            let used = move_aside(&from, &to).unwrap();
            let want = format!("a.bien-ban-thay-the-20251215-093000{name}.docx");
            assert_eq!(used, dir.path().join(want));
            assert!(!from.exists());
        }
        assert_eq!(
            fs::read_to_string(&to).unwrap(),
            "0",
            "the first stays as it was"
        );
    }

    #[test]
    fn writes_new_file_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        write_atomic(&p, b"hello").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"hello");
        assert!(os::is_private(&fs::metadata(&p).unwrap()));
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn crash_before_rename_keeps_old_file() {
        for stage in [Stage::Created, Stage::Written, Stage::Synced] {
            let dir = tempfile::tempdir().unwrap();
            let p = dir.path().join("a.ron");
            fs::write(&p, b"old contents").unwrap();
            let crashed = catch_unwind(AssertUnwindSafe(|| {
                let _ = write_atomic_with(&p, b"new contents, longer", &mut |s| {
                    if s == stage {
                        panic!("simulated crash at {s:?}");
                    }
                    Ok(())
                });
            }));
            assert!(crashed.is_err(), "the hook panicked at {stage:?}");
            assert_eq!(fs::read(&p).unwrap(), b"old contents", "at {stage:?}");
            // A crash leaves the temp file behind, exactly as kill -9 would.
            assert_eq!(temp_files(dir.path()).len(), 1, "at {stage:?}");
            // The next save is not disturbed by it.
            write_atomic(&p, b"third").unwrap();
            assert_eq!(fs::read(&p).unwrap(), b"third");
        }
    }

    #[test]
    fn crash_after_rename_has_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        fs::write(&p, b"old").unwrap();
        let crashed = catch_unwind(AssertUnwindSafe(|| {
            let _ = write_atomic_with(&p, b"new", &mut |s| {
                if s == Stage::Renamed {
                    panic!("simulated crash");
                }
                Ok(())
            });
        }));
        assert!(crashed.is_err());
        assert_eq!(fs::read(&p).unwrap(), b"new");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn failed_write_removes_temp_and_keeps_old() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        fs::write(&p, b"old").unwrap();
        let e = write_atomic_with(&p, b"new", &mut |s| {
            if s == Stage::Written {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert!(matches!(
            e,
            StoreError::Io {
                kind: io::ErrorKind::StorageFull,
                ..
            }
        ));
        assert_eq!(fs::read(&p).unwrap(), b"old");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn stale_temp_with_our_name_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        let next = COUNTER.load(Ordering::Relaxed);
        // Leftovers that could collide with the next few names this process picks.
        for n in next..next + 4 {
            let stale = dir
                .path()
                .join(format!(".a.ron{TEMP_MARK}{}-{n}", std::process::id()));
            fs::write(stale, b"junk").unwrap();
        }
        write_atomic(&p, b"fresh").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"fresh");
    }

    /// A symlink planted under the temp names a save will pick is never written through.
    #[cfg(unix)]
    #[test]
    fn planted_temp_symlinks_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        let victim = dir.path().join("victim");
        fs::write(&victim, b"untouched").unwrap();
        let next = COUNTER.load(Ordering::Relaxed);
        for n in next..next + 4 {
            let name = format!(".a.ron{TEMP_MARK}{}-{n}", std::process::id());
            crate::os::symlink(&victim, &dir.path().join(name)).unwrap();
        }
        write_atomic(&p, b"fresh").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"fresh");
        assert_eq!(fs::read(&victim).unwrap(), b"untouched");
    }

    #[test]
    fn missing_folder_is_an_io_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no/such/a.ron");
        let e = write_atomic(&p, b"x").unwrap_err();
        assert_eq!(e.path(), p);
        assert!(matches!(
            e,
            StoreError::Io {
                kind: io::ErrorKind::NotFound,
                ..
            }
        ));
    }
}
