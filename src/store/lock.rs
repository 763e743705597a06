//! One chibo per session: an exclusive lock (std's `File::try_lock`: `flock` on unix,
//! `LockFileEx` on Windows) on `<file>.lock` next to the session, holding the holder's pid so a
//! second opener can say who has it. The lock belongs to the open file, so a second opener in the
//! same process is refused too. A lock file nobody holds (left by a crash) is simply taken over.
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
}

impl SessionLock {
    /// The lock file's path (`<session>.lock`).
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }
}

/// The lock file of a session file: `<name>.lock` in the same folder.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the lock of the session at `path`, or says who holds it.
pub fn lock(path: &Path) -> Result<SessionLock, StoreError> {
    let taken = take(path);
    let shown = super::shown(&lock_path(path));
    match &taken {
        Ok(_) => tracing::info!(path = %shown, "lock taken"),
        Err(e @ StoreError::Locked { .. }) => {
            tracing::warn!(path = %shown, cause = %super::cause(e), "lock refused");
        }
        Err(e) => tracing::error!(path = %shown, cause = %super::cause(e), "lock failed"),
    }
    taken
}

fn take(path: &Path) -> Result<SessionLock, StoreError> {
    let lock_path = lock_path(path);
    let io_err = |e: io::Error| StoreError::io(&lock_path, IoOp::Lock, &e);
    // A holder that just released may have unlinked the file we opened; then try again with the
    // new one. Bounded, so a pathological race ends in an error instead of a spin.
    for _ in 0..8 {
        let mut file = os::open_lock_file(&lock_path).map_err(io_err)?;
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
        if !os::same_file(&file, &lock_path) {
            continue;
        }
        write_pid(&mut file).map_err(io_err)?;
        return Ok(SessionLock { file, lock_path });
    }
    Err(io_err(io::Error::other("the lock file keeps changing")))
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
    file.read_to_string(&mut s).ok()?;
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
}
