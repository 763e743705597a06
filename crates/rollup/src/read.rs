//! Finding and reading the session files under the given paths, on every core.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Problem;
use chibo_core::domain::Session;
use chibo_files::store::{self, StoreError};

/// Every `*.ron` under `paths` (a file is taken as it is), read; those that do not load are
/// problems with their error. `progress(done, total)` is told once the files are listed and
/// after each file read, from the reading threads.
pub(crate) fn all(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Vec<(PathBuf, Session)>, Vec<Problem>) {
    let mut files = Vec::new();
    for p in paths {
        walk(p, &mut files, 0);
    }
    files.sort();
    files.dedup();
    let total = files.len();
    progress(0, total);
    let done = AtomicUsize::new(0);
    let tell = || progress((done.fetch_add(1, Ordering::Relaxed) + 1).min(total), total);
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = files.len().div_ceil(cores).max(1);
    let read = |part: &[PathBuf]| -> Vec<(PathBuf, Result<Session, StoreError>)> {
        part.iter()
            .map(|f| (f.clone(), store::load(f)))
            .inspect(|_| tell())
            .collect()
    };
    let results: Vec<(PathBuf, Result<Session, StoreError>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| (part, scope.spawn(move || read(part))))
            .collect();
        workers
            .into_iter()
            // A worker cannot panic short of a bug; its files are then read here instead.
            .flat_map(|(part, w)| w.join().unwrap_or_else(|_| read(part)))
            .collect()
    });
    let mut sessions = Vec::new();
    let mut problems = Vec::new();
    for (file, r) in results {
        match r {
            Ok(s) => sessions.push((file, s)),
            Err(error) => problems.push(Problem::Unreadable { file, error }),
        }
    }
    (sessions, problems)
}

/// Folders a few levels deep at most: a committee's tree of cells, not the whole disk.
const DEPTH: usize = 8;

fn walk(p: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if p.is_dir() {
        if depth >= DEPTH {
            return;
        }
        let Ok(rd) = std::fs::read_dir(p) else { return };
        for e in rd.flatten() {
            walk(&e.path(), out, depth + 1);
        }
    } else if store::is_session_file(p) {
        out.push(p.to_owned());
    }
}
