//! One chibo per session: an exclusive lock (std's `File::try_lock`: `flock` on unix,
//! `LockFileEx` on Windows) on `<file>.lock` next to the session's real file (its canonical
//! path, so a symlink, `./` or any other path to one file meets the same lock), holding the
//! holder's pid so a second opener can say who has it. The lock belongs to the open file, so a
//! second opener in the same process is refused too.
//!
//! The lock file is made with `create_new` (`O_CREAT|O_EXCL`: a symlink planted under its name
//! is never followed). One left by a crash is taken over only if it is a plain file of chibo's
//! (not a symlink, not a hard link, holding a pid or nothing); anything else is refused and left
//! untouched. If writing the pid fails (a full disk), the lock file is removed again.
//! On Windows the lock is mandatory, so a refused opener cannot read the pid and says only that
//! the session is locked.

use std::fs::{self, File, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::error::{IoOp, StoreError};
use crate::os;

/// Holds a session's lock; dropping it removes the lock file and releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    lock_path: PathBuf,
    swept: usize,
}

impl SessionLock {
    /// The lock file's path (`<real session path>.lock`).
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// How many stale temp files of the session were removed when the lock was taken.
    pub fn swept(&self) -> usize {
        self.swept
    }
}

/// The lock file of a session file: `<name>.lock` beside the real file (symlinks resolved).
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = super::resolve(path).into_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the lock of the session at `path`, or says who holds it. Once taken, the session's
/// stale temp files are swept.
pub fn lock(path: &Path) -> Result<SessionLock, StoreError> {
    let taken = take(path, &mut write_pid);
    let shown = super::shown(&lock_path(path));
    match taken {
        Ok(mut held) => {
            held.swept = super::sweep::sweep(&super::resolve(path));
            tracing::info!(path = %shown, swept = held.swept, "lock taken");
            Ok(held)
        }
        Err(e) => {
            match &e {
                StoreError::Locked { .. } => {
                    tracing::warn!(path = %shown, cause = %super::cause(&e), "lock refused");
                }
                _ => tracing::error!(path = %shown, cause = %super::cause(&e), "lock failed"),
            }
            Err(e)
        }
    }
}

/// Whether another process holds the session's lock now, and its pid when the lock file says
/// (`Some(None)`: held, pid unknown). Creates nothing and writes nothing.
pub fn held_by(path: &Path) -> Option<Option<u32>> {
    let lock_path = lock_path(path);
    let meta = fs::symlink_metadata(&lock_path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut file = File::open(&lock_path).ok()?;
    match file.try_lock_shared() {
        Ok(()) => {
            let _ = file.unlock();
            None
        }
        Err(TryLockError::WouldBlock) => Some(read_pid(&mut file)),
        Err(TryLockError::Error(_)) => None,
    }
}

type Writer<'a> = dyn FnMut(&mut File) -> io::Result<()> + 'a;

fn take(path: &Path, write: &mut Writer<'_>) -> Result<SessionLock, StoreError> {
    let lock_path = lock_path(path);
    let io_err = |e: io::Error| StoreError::io(&lock_path, IoOp::Lock, &e);
    let unsafe_lock = || StoreError::UnsafeLock {
        path: lock_path.clone(),
    };
    // A holder that just released may have unlinked the file we opened; then try again with the
    // new one. Bounded, so a pathological race ends in an error instead of a spin.
    for _ in 0..8 {
        let (mut file, created) = match open(&lock_path).map_err(io_err)? {
            Opened::File(file, created) => (file, created),
            Opened::NotPlain => return Err(unsafe_lock()),
            Opened::Vanished => continue,
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_owned(),
                    pid: read_pid(&mut file),
                });
            }
            Err(TryLockError::Error(e)) => return Err(io_err(e)),
        }
        // Another file under the name now (or a symlink, which the next `open` refuses).
        if !os::same_file(&file, &lock_path) {
            continue;
        }
        if os::link_count(&file) != 1 || !created && !holds_a_pid(&mut file) {
            return Err(unsafe_lock());
        }
        if let Err(e) = write(&mut file) {
            // Ours and useless (a full disk): no empty lock file left behind.
            let _ = fs::remove_file(&lock_path);
            return Err(io_err(e));
        }
        return Ok(SessionLock {
            file,
            lock_path,
            swept: 0,
        });
    }
    Err(io_err(io::Error::other("the lock file keeps changing")))
}

/// What is under the lock file's name.
enum Opened {
    /// The lock file, and whether it was created now.
    File(File, bool),
    /// Something else: a symlink, a folder, a FIFO.
    NotPlain,
    /// Removed between the two looks (a holder releasing it): try again.
    Vanished,
}

/// Creates the lock file, or opens the one there if it is a plain file.
fn open(lock_path: &Path) -> io::Result<Opened> {
    match os::create_private(lock_path) {
        Ok(file) => return Ok(Opened::File(file, true)),
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {}
    }
    let vanished = |e: io::Error| {
        if e.kind() == io::ErrorKind::NotFound {
            Ok(Opened::Vanished)
        } else {
            Err(e)
        }
    };
    match fs::symlink_metadata(lock_path) {
        Ok(m) if !m.is_file() => return Ok(Opened::NotPlain),
        Ok(_) => {}
        Err(e) => return vanished(e),
    }
    os::open_lock_file(lock_path).map_or_else(vanished, |f| Ok(Opened::File(f, false)))
}

/// A lock file left by chibo holds a pid and a newline, or nothing (a crash before the write).
fn holds_a_pid(file: &mut File) -> bool {
    let mut s = String::new();
    let read = file
        .rewind()
        .and_then(|()| file.take(32).read_to_string(&mut s));
    read.is_ok() && (s.is_empty() || s.trim().parse::<u32>().is_ok())
}

fn write_pid(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    writeln!(file, "{}", std::process::id())?;
    file.sync_all()
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut s = String::new();
    file.rewind().ok()?;
    file.take(32).read_to_string(&mut s).ok()?;
    s.trim().parse().ok()
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Remove while still holding the lock, so nobody locks a file that is about to vanish
        // without noticing (`same_file` catches the rest); closing the file then unlocks it.
        let _ = fs::remove_file(&self.lock_path);
        let _ = self.file.unlock();
        tracing::info!(path = %super::shown(&self.lock_path), "lock released");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_opener_is_refused_with_pid() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        let g = lock(&p).unwrap();
        assert!(g.lock_path().exists());
        match lock(&p) {
            Err(StoreError::Locked { path, pid }) => {
                assert_eq!(path, p);
                assert_eq!(pid, Some(std::process::id()));
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        drop(g);
        assert!(!lock_path(&p).exists());
        let again = lock(&p).unwrap();
        drop(again);
    }

    #[test]
    fn stale_lock_file_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        fs::write(lock_path(&p), "999999\n").unwrap();
        let g = lock(&p).unwrap();
        let pid: u32 = fs::read_to_string(g.lock_path())
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert_eq!(pid, std::process::id());
    }

    #[test]
    fn a_failed_pid_write_leaves_no_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        let full = |_: &mut File| Err(io::Error::from(io::ErrorKind::StorageFull));
        let e = take(&p, &mut { full }).unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::Io {
                    kind: io::ErrorKind::StorageFull,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(
            fs::symlink_metadata(lock_path(&p)).is_err(),
            "empty lock left behind"
        );
    }

    #[test]
    fn a_missing_folder_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let e = lock(&dir.path().join("no/s.ron")).unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::Io {
                    kind: io::ErrorKind::NotFound,
                    ..
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_a_lock_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.ron");
        fs::write(lock_path(&p), "my notes\n").unwrap();
        assert!(matches!(lock(&p), Err(StoreError::UnsafeLock { .. })));
        assert_eq!(fs::read_to_string(lock_path(&p)).unwrap(), "my notes\n");
    }
}
