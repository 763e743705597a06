//! Work that reads many files, each on its own thread so that the screen keeps answering: the
//! folder for Home, a member's history across the folder, the roll-up. A job posts what it
//! found to the app's inbox tagged with its number, with its progress on the way; the app drops
//! what comes from a job it no longer waits for (the popup closed, the screen left).

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use crate::app::Input;
use crate::words::{T, history_words, outcome_text};
use chibo_core::domain::{Likeness, Member, MemberId, Session};
use chibo_core::i18n::Lang;
use chibo_files::store;
use chibo_rollup::Rollup;

/// The number of a background job, unique in the app's life.
pub type Job = u64;

/// How far a job is: files read, of how many (once they are listed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: Option<usize>,
}

/// What a job found.
pub enum Found {
    /// So many files read of so many.
    Progress(Progress),
    /// A member's history: a line per session of the cell that has them, newest first.
    History(Vec<String>),
    Rollup(Box<Rollup>),
}

/// Tells the app how far `job` is, at most about a hundred times whatever the number of files
/// (every whole percent, and the first and last file), so a big folder does not flood the inbox.
fn tell(out: &Sender<Input>, job: Job, done: usize, total: usize) {
    let percent = |n: usize| n * 100 / total.max(1);
    let step = done == 0 || done == total || percent(done) != percent(done.saturating_sub(1));
    if step {
        let p = Progress {
            done,
            total: Some(total),
        };
        // The app may be gone; nothing is waiting then.
        let _ = out.send(Input::Job(job, Found::Progress(p)));
    }
}

/// The background reader of Home: each file of the folder but those in `skip`, then the end.
pub(crate) fn read_folder(dir: &Path, generation: u64, skip: &[PathBuf], out: &Sender<Input>) {
    let paths = match store::session_files(dir) {
        Ok(paths) => paths,
        Err(entry) => {
            let _ = out.send(Input::Indexed(generation, *entry));
            Vec::new()
        }
    };
    for p in paths.iter().filter(|p| !skip.contains(p)) {
        if out
            .send(Input::Indexed(generation, store::entry(p)))
            .is_err()
        {
            return;
        }
    }
    // The app may be gone; nothing is waiting then.
    let _ = out.send(Input::IndexDone(generation));
}

/// The first files of the folder, read here until `within` has passed (one at least); none
/// when the folder cannot be listed (the background reader says why).
pub(crate) fn first_files(dir: &Path, within: std::time::Duration) -> Vec<store::IndexEntry> {
    let start = std::time::Instant::now();
    let paths = store::session_files(dir).unwrap_or_default();
    let mut read = Vec::new();
    for p in paths {
        read.push(store::entry(&p));
        if start.elapsed() >= within {
            break;
        }
    }
    read
}

/// What the history job needs: the open session is taken from memory (its file may be a moment
/// behind what is on screen).
pub(crate) struct HistoryOf {
    pub dir: PathBuf,
    pub open_path: PathBuf,
    pub open: Session,
    pub member: MemberId,
    pub lang: Lang,
}

/// A person's outcome in every session of the same cell in the folder, newest first, as Home
/// orders the sessions. Members are matched by name and birth year ([`Member::same_person`]),
/// never by the file's ids (`m1` is a place in one file); a session of another cell
/// ([`Session::same_cell`]) is never read into it.
pub(crate) fn read_history(h: &HistoryOf, job: Job, out: &Sender<Input>) {
    // A folder that cannot be listed has no history to show; Home says why.
    let paths = store::session_files(&h.dir).unwrap_or_default();
    let total = paths.len();
    tell(out, job, 0, total);
    let mut found = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let open = *path == h.open_path;
        let loaded = if open {
            Some(h.open.clone())
        } else {
            store::load(path).ok()
        };
        tell(out, job, i + 1, total);
        let Some(s) = loaded.filter(|s| s.same_cell(&h.open)) else {
            continue;
        };
        let Some(line) = history_line(h, &s, open) else {
            continue;
        };
        found.push((
            (s.year, s.meeting.date),
            path.file_name().map(ToOwned::to_owned),
            line,
        ));
    }
    // Newest first, then by file name: the order of Home's list.
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let lines = found.into_iter().map(|(_, _, line)| line).collect();
    let _ = out.send(Input::Job(job, Found::History(lines)));
}

/// The person's line for session `s` of the same cell: the member himself in the open session
/// (by id), elsewhere each member who may be him; none when no one is.
fn history_line(h: &HistoryOf, s: &Session, open: bool) -> Option<String> {
    let who = h.open.member(&h.member)?;
    let (found, by_name_only): (Vec<&Member>, bool) = if open {
        (vec![who], false)
    } else {
        let like: Vec<(&Member, Likeness)> = (s.members.iter())
            .filter_map(|m| who.same_person(m).map(|l| (m, l)))
            .collect();
        let name_only = like.iter().any(|(_, l)| *l == Likeness::NameOnly);
        (like.into_iter().map(|(m, _)| m).collect(), name_only)
    };
    if found.is_empty() {
        return None;
    }
    let results: Vec<String> = found
        .iter()
        .map(|m| {
            s.member_outcome(&m.id).map_or_else(
                || T::NotYet.get(h.lang).to_owned(),
                |o| outcome_text(s, &o, h.lang),
            )
        })
        .collect();
    let date = s.meeting.date.format("%d/%m/%Y").to_string();
    Some(history_words(s.year, &date, &results, by_name_only, h.lang))
}

/// The roll-up of the folder and its subfolders, read on every core.
pub(crate) fn read_rollup(dir: &Path, job: Job, out: &Sender<Input>) {
    let progress = |done, total| tell(out, job, done, total);
    let r = chibo_rollup::collect_with(
        std::slice::from_ref(&dir.to_owned()),
        &chibo_rollup::Filter::default(),
        &progress,
    );
    let _ = out.send(Input::Job(job, Found::Rollup(Box::new(r))));
}
