//! Reading a session file safely: only a regular file (a symlink to one is fine), never more
//! than [`MAX_FILE_SIZE`] bytes. A FIFO, a device or a folder is refused before it is opened,
//! so `chibo check` neither blocks on a FIFO nor reads `/dev/zero` until memory runs out.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::error::{IoOp, StoreError};

/// The largest session file chibo reads: 16 MiB. A real session of a large cell with long
/// reports is well under 1 MiB.
pub const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// The bytes of the regular file at `path` and its metadata (as opened).
pub(crate) fn read_file(path: &Path) -> Result<(Vec<u8>, Metadata), StoreError> {
    let io_err = |e: io::Error| StoreError::io(path, IoOp::Read, &e);
    // Checked before opening: opening a FIFO for reading blocks until someone writes to it.
    let meta = fs::metadata(path).map_err(io_err)?;
    check(path, &meta)?;
    let file = File::open(path).map_err(io_err)?;
    // And again on what was opened, in case the path was swapped in between.
    let meta = file.metadata().map_err(io_err)?;
    check(path, &meta)?;
    // Only a hint: a size beyond memory reserves nothing ahead and is read up to the bound.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_SIZE {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    Ok((bytes, meta))
}

fn check(path: &Path, meta: &Metadata) -> Result<(), StoreError> {
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_file(dir.path()).unwrap_err();
        assert!(matches!(e, StoreError::NotAFile { .. }), "{e:?}");
    }

    #[test]
    fn a_large_file_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.ron");
        let f = File::create(&p).unwrap();
        f.set_len(MAX_FILE_SIZE + 1).unwrap();
        let e = read_file(&p).unwrap_err();
        assert!(matches!(e, StoreError::TooLarge { size, .. } if size == MAX_FILE_SIZE + 1));
    }
}
