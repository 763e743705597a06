//! Everything that differs between operating systems, in one place: private file modes, the
//! folder fsync after a rename, how a lock file is recognised as the one we hold (not a symlink,
//! not a hard link), and what kind of file a path is.
//!
//! The rest of the crate is plain std. Each function has a `cfg(unix)` and a `cfg(windows)`
//! branch; other targets get the Windows-like (do nothing special) behaviour.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Session files, exports and lock files hold personal data: owner only (unix permission bits;
/// on Windows the file inherits the ACL of the user's folder, private by default).
pub const FILE_MODE: u32 = 0o600;

/// Creates `path`, failing if it exists, readable and writable by the owner only.
pub(crate) fn create_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    private(&mut opts);
    let file = opts.open(path)?;
    restrict(&file)?;
    Ok(file)
}

/// Opens an existing lock file for reading and writing, never creating or truncating it. The
/// caller checks with [`same_file`] that what it opened is the plain file at `path` (not a file a
/// symlink points to) before writing anything.
pub(crate) fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(false).truncate(false);
    private(&mut opts);
    opts.open(path)
}

/// Opens (or creates) a file to append to, private like the others (the log).
pub fn open_append_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.append(true).create(true);
    private(&mut opts);
    opts.open(path)
}

#[cfg(unix)]
fn private(opts: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(FILE_MODE);
}

#[cfg(not(unix))]
fn private(_opts: &mut OpenOptions) {}

/// The umask may have taken bits away at creation; make the mode exactly [`FILE_MODE`].
#[cfg(unix)]
fn restrict(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))
}

#[cfg(not(unix))]
fn restrict(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Makes a rename inside `dir` durable: on unix the folder entry is only on disk once the
/// folder itself is fsynced.
#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a folder as a `File` through std (it needs `FILE_FLAG_BACKUP_SEMANTICS`),
/// and NTFS journals its metadata, so a completed `MoveFileEx` (std's rename) survives a crash
/// without it: nothing to do.
#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Whether `path` itself (not followed if it is a symlink) still names the file we hold open: not
/// unlinked and recreated by another process in between, not a symlink planted in its place.
#[cfg(unix)]
pub(crate) fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino() && b.is_file(),
        _ => false,
    }
}

/// How many names the open file has: a lock file chibo made has one; more means someone made
/// a hard link to it, or planted one to another file under its name.
#[cfg(unix)]
pub(crate) fn link_count(file: &File) -> u64 {
    use std::os::unix::fs::MetadataExt;
    file.metadata().map_or(0, |m| m.nlink())
}

/// std has no stable link count on Windows (`number_of_links` is unstable): assume one.
#[cfg(not(unix))]
pub(crate) fn link_count(_file: &File) -> u64 {
    1
}

/// std has no stable file id on Windows (`file_index` is unstable), so the creation time stands
/// in for it: a lock file removed and created again by another chibo has a new one (100 ns
/// resolution).
#[cfg(not(unix))]
pub(crate) fn same_file(file: &File, path: &Path) -> bool {
    let created = |m: io::Result<std::fs::Metadata>| m.and_then(|m| m.created()).ok();
    let plain = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
    match (
        created(file.metadata()),
        created(std::fs::symlink_metadata(path)),
    ) {
        (Some(a), Some(b)) => plain && a == b,
        _ => false,
    }
}

/// Whether the file is private to its owner: mode 0600 on unix; always true elsewhere, where
/// privacy comes from the folder's ACL.
#[cfg(unix)]
pub fn is_private(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o777 == FILE_MODE
}

/// See the unix branch: Windows has no mode bits to check.
#[cfg(not(unix))]
pub fn is_private(_meta: &std::fs::Metadata) -> bool {
    true
}

/// Makes `link` a symlink to `target` (tests of the lock and the save through a link).
#[cfg(unix)]
pub fn symlink(target: &Path, link: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

/// Windows needs a privilege for symlinks; tests that need one skip when this fails.
#[cfg(windows)]
pub fn symlink(target: &Path, link: &Path) -> io::Result<()> {
    std::os::windows::fs::symlink_file(target, link)
}

/// No symlinks elsewhere.
#[cfg(not(any(unix, windows)))]
pub fn symlink(_target: &Path, _link: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Whether process `pid` runs on this machine: `Some(false)` only when it surely does not (a
/// temp file it left is no save in progress), `None` when this system cannot tell. Linux: its
/// `/proc` entry (none without `/proc` mounted).
#[cfg(target_os = "linux")]
pub(crate) fn pid_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

/// Other unix systems (macOS, the BSDs): POSIX `ps -p`, which exits with success only when the
/// process exists (whoever owns it).
#[cfg(all(unix, not(target_os = "linux")))]
pub(crate) fn pid_alive(pid: u32) -> Option<bool> {
    use std::process::{Command, Stdio};
    Command::new("ps")
        .args(["-p", &pid.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()
        .map(|s| s.success())
}

/// std cannot ask Windows about another process (`OpenProcess` is not in std): unknown, so a
/// stray temp file waits for its age.
#[cfg(not(unix))]
pub(crate) fn pid_alive(_pid: u32) -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_file_is_private_and_never_replaces_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a");
        drop(create_private(&p).unwrap());
        assert!(is_private(&std::fs::metadata(&p).unwrap()));
        let again = create_private(&p).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
    }

    /// A save over a file someone made more open leaves it private again (unix only: the test
    /// needs to set a mode).
    #[cfg(unix)]
    #[test]
    fn a_save_over_a_more_open_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(!is_private(&std::fs::metadata(&p).unwrap()));
        crate::store::write_atomic(&p, b"new").unwrap();
        assert!(is_private(&std::fs::metadata(&p).unwrap()));
    }

    #[test]
    fn same_file_sees_a_replaced_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.lock");
        let held = create_private(&p).unwrap();
        assert!(same_file(&held, &p));
        std::fs::remove_file(&p).unwrap();
        assert!(!same_file(&held, &p), "gone");
        drop(create_private(&p).unwrap());
        assert!(!same_file(&held, &p), "another file under the same name");
        sync_dir(dir.path()).unwrap();
    }
}
