//! Finding and reading the session files under the given paths, on every core. Each file is
//! turned into its cell's line where it is read and its session dropped there: a committee's
//! thousands of sessions are never in memory at once.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{CellLine, CellStatus, NotRated, OrgCap, Problem};
use chibo_core::domain::{CellKind, MemberId, SealState, Session, Status};
use chibo_files::store;

/// A file's line, or why it has none (boxed: a store error is large).
type Read = Result<CellLine, Box<Problem>>;

/// Every `*.ron` under `paths` (a file is taken as it is), read into its cell's line; those
/// that do not load are problems with their error. Lines and problems in the files' order.
/// `progress(done, total)` is told once the files are listed and after each file read.
pub(crate) fn all(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Vec<CellLine>, Vec<Problem>) {
    let mut files = Vec::new();
    for p in paths {
        walk(p, &mut files, 0);
    }
    files.sort();
    files.dedup();
    let total = files.len();
    progress(0, total);
    let done = AtomicUsize::new(0);
    let next = AtomicUsize::new(0);
    // Each thread takes the next file when it is free: files differ in size, and an even split
    // in advance leaves one core idle while the other reads the big ones.
    let work = || {
        let mut out: Vec<(usize, Read)> = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(f) = files.get(i) else { break };
            out.push((i, one(f)));
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(n.min(total), total);
        }
        out
    };
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut results: Vec<Option<Read>> = files.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores.min(total.max(1)))
            .map(|_| scope.spawn(work))
            .collect();
        // A worker cannot panic short of a bug; the files it had are then read here instead.
        for (i, r) in workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
        {
            if let Some(slot) = results.get_mut(i) {
                *slot = Some(r);
            }
        }
    });
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (f, r) in files.iter().zip(results) {
        match r.unwrap_or_else(|| one(f)) {
            Ok(line) => lines.push(line),
            Err(p) => problems.push(*p),
        }
    }
    (lines, problems)
}

/// One file read into its line (its record: the log to its last entry), the session dropped.
fn one(file: &Path) -> Read {
    match store::load_record(file) {
        Ok((s, seal)) => Ok(line(file, &s, seal)),
        Err(error) => Err(Box::new(Problem::Unreadable {
            file: file.to_owned(),
            error,
        })),
    }
}

/// The cell's line of a session, its seal's state as found when it was loaded (the seal
/// alone: the rules' findings are not needed).
fn line(file: &Path, s: &Session, seal: SealState) -> CellLine {
    let sum = s.summary();
    let (status, updated) = match &s.status {
        Status::Draft => (CellStatus::Draft, None),
        Status::InProgress => (CellStatus::InProgress, None),
        Status::Finalized { at, .. } if seal == SealState::Changed => {
            (CellStatus::Changed, Some(*at))
        }
        Status::Finalized { at, .. } => (CellStatus::Finalized, Some(*at)),
    };
    let updated = updated.or_else(|| s.log.last().map(|e| e.at));
    let named = |ids: &[MemberId], why| {
        ids.iter()
            .map(move |id| (s.member_name(id).to_owned(), why))
            .collect::<Vec<_>>()
    };
    let mut not_rated = named(&sum.unfinished.not_rated, NotRated::NotYet);
    not_rated.extend(named(&sum.unfinished.rate_later, NotRated::Later));
    CellLine {
        committee: s.cell.committee.clone(),
        year: s.year,
        cell: s.cell.name.clone(),
        kind: s.cell.kind,
        file: file.to_owned(),
        status,
        updated,
        members: u32::try_from(s.members.len()).unwrap_or(u32::MAX),
        reviewed: sum.reviewed,
        rated: sum.reviewed.saturating_sub(sum.unrated),
        per_level: sum.per_level,
        not_rated,
        cell_proposed: s.cell_outcome().and_then(|o| o.level()),
        own_cap: (s.cell.kind == CellKind::Grassroots)
            .then(|| OrgCap::new(sum.cap.excellent, sum.cap.good, sum.cap.percent)),
    }
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
