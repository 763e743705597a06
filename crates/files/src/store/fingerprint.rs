//! No lost updates: the store remembers what the file looked like when it was last loaded or
//! saved (a [`Fingerprint`]: size, modification time, SHA-256 of the content) and
//! [`save_if_unchanged`] writes nothing when the file on disk is no longer that one (edited by
//! hand, or by another machine through a synced folder). The app then offers: reload theirs,
//! keep mine (theirs kept beside it by [`keep_conflict_copy`]), or save mine as a copy
//! ([`save_copy`]).
//!
//! The content decides: a file whose bytes are the same but whose time changed (touched, copied
//! back by a sync tool) is not a conflict. The check and the rename are not one atomic step: a
//! change landing in the few milliseconds between them is not seen (see the README's limits).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::error::StoreError;
use super::file::{parent_dir, resolve};
use super::read::read_file;
use chibo_core::domain::Session;

/// What a session file was when chibo last read or wrote it: its size and the SHA-256 of its
/// bytes. (Not its time: a file only touched, with the same bytes, is not a change.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    sha256: [u8; 32],
}

impl Fingerprint {
    pub(crate) fn of(bytes: &[u8]) -> Self {
        Fingerprint {
            // A length that does not fit is as good as any other for telling files apart.
            len: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// Whether the file now on disk is the one this fingerprint was taken of.
    pub fn matches(&self, now: &Fingerprint) -> bool {
        self.len == now.len && self.sha256 == now.sha256
    }
}

/// The fingerprint of the file at `path` as it is now.
pub fn fingerprint(path: &Path) -> Result<Fingerprint, StoreError> {
    let (bytes, _) = read_file(path)?;
    Ok(Fingerprint::of(&bytes))
}

/// [`super::load`], and the fingerprint of exactly the bytes that were parsed.
pub fn load_with_fingerprint(path: &Path) -> Result<(Session, Fingerprint), StoreError> {
    let read = read_file(path);
    let parsed = read
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|(bytes, _)| super::parse_bytes(bytes, path));
    let (session, _, _) = super::logged(path, parsed)?;
    let (bytes, _) = read?;
    Ok((session, Fingerprint::of(&bytes)))
}

/// Saves `s` over `path` only if the file is still the one `last` was taken of; returns the
/// fingerprint of what was written. A file changed (or removed, its folder still there) since gives
/// [`StoreError::ChangedOnDisk`], and nothing is written.
pub fn save_if_unchanged(
    path: &Path,
    s: &Session,
    last: &Fingerprint,
) -> Result<Fingerprint, StoreError> {
    let unchanged = match fingerprint(path) {
        Ok(now) => last.matches(&now),
        // The whole folder gone (a USB stick pulled out) is a save that fails and is retried
        // until it is back, not a change made elsewhere.
        Err(e @ StoreError::Io { .. }) if !folder_exists(path) => return Err(e),
        Err(StoreError::Io { .. } | StoreError::NotAFile { .. }) => false,
        Err(e) => return Err(e),
    };
    if !unchanged {
        tracing::warn!(path = %super::shown(path), "changed on disk; not saved");
        return Err(StoreError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    save_with_fingerprint(path, s)
}

fn folder_exists(path: &Path) -> bool {
    path.parent()
        .is_none_or(|d| d.as_os_str().is_empty() || d.is_dir())
}

/// [`super::save`] without the check; returns the fingerprint of what was written ("keep mine",
/// after [`keep_conflict_copy`]).
pub fn save_with_fingerprint(path: &Path, s: &Session) -> Result<Fingerprint, StoreError> {
    let text = super::save_text(path, s)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Keeps the file now on disk beside it as `<name>.conflict-<YYYYMMDD-HHMMSS>.ron`, before
/// "keep mine" overwrites it; returns that path.
pub fn keep_conflict_copy(path: &Path) -> Result<PathBuf, StoreError> {
    let (bytes, _) = read_file(path)?;
    let copy = sibling(path, "conflict");
    super::file::write_atomic_with(&copy, &bytes, &mut |_| Ok(()))?;
    tracing::info!(path = %super::shown(&copy), "conflict copy kept");
    Ok(copy)
}

/// Saves `s` as a new file beside `path`, `<name>.copy-<YYYYMMDD-HHMMSS>.ron`, leaving `path`
/// as it is; returns the new path.
pub fn save_copy(path: &Path, s: &Session) -> Result<PathBuf, StoreError> {
    let copy = sibling(path, "copy");
    super::save(&copy, s)?;
    Ok(copy)
}

/// What names the copies [`keep_conflict_copy`] and [`save_copy`] leave beside a session: they
/// are not sessions of the folder.
pub(super) const SIBLING_MARKS: [&str; 2] = [".conflict-", ".copy-"];

/// A file name beside the real file of `path` that is not taken:
/// `<stem>.<what>-<YYYYMMDD-HHMMSS>[-n].ron`.
fn sibling(path: &Path, what: &str) -> PathBuf {
    let real = resolve(path);
    let stem = real
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    let time = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let dir = parent_dir(&real);
    let mut n = 1u32;
    loop {
        let name = if n == 1 {
            format!("{stem}.{what}-{time}.ron")
        } else {
            format!("{stem}.{what}-{time}-{n}.ron")
        };
        let p = dir.join(name);
        if std::fs::symlink_metadata(&p).is_err() {
            return p;
        }
        n += 1;
    }
}
