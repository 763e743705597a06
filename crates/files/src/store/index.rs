//! The sessions folder as a list: one entry per `*.ron` file, newest first, each with a summary
//! or the reason it does not load. Also the names of new session files.

use std::cmp::Reverse;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::error::{IoOp, StoreError};
use super::file::TEMP_MARK;
use super::{migrate, strip_bom};
use chibo_core::domain::{Cell, Member, MemberId, MemberReview, RuleSet, Session, Status, Tally};

/// One line of the sessions list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub cell: String,
    pub committee: String,
    pub year: i32,
    pub date: NaiveDate,
    pub status: SummaryStatus,
    /// Members on the roster.
    pub members: usize,
    /// Reviewed members with a proposed level.
    pub rated: usize,
    /// Members reviewed at this meeting.
    pub reviewed: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryStatus {
    Draft,
    InProgress,
    Finalized,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    pub path: PathBuf,
    pub summary: Result<Summary, StoreError>,
}

/// What a list needs from a session file; the texts of reports and remarks are skipped.
/// Named like the domain's types so that errors read the same as from `load`.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct Header {
    #[serde(default)]
    schema: u32,
    #[serde(default)]
    id: String,
    cell: Cell,
    year: i32,
    meeting: MeetingHeader,
    rules: RuleSet,
    #[serde(default)]
    members: Vec<Member>,
    #[serde(default)]
    reviews: Vec<ReviewHeader>,
    #[serde(default)]
    status: Status,
}

impl super::migrate::Versioned for Header {
    fn schema(&self) -> u32 {
        self.schema
    }
}

#[derive(Deserialize)]
#[serde(rename = "Meeting")]
struct MeetingHeader {
    date: NaiveDate,
}

#[derive(Deserialize)]
#[serde(rename = "MemberReview")]
struct ReviewHeader {
    member: MemberId,
    #[serde(default)]
    rounds: Vec<Tally>,
}

/// The `*.ron` session files of `dir`, newest first (year, then meeting date, descending; then
/// file name). Files that do not load come last, each with its error, including a `*.ron` that
/// is not a readable file (a folder, a FIFO, a dangling symlink). Lock files, temp files and
/// exports are not listed. A folder that does not exist yet is empty; one that cannot be
/// read gives a single entry (the folder) with the error.
///
/// Only the listed fields are parsed into values (report and remark texts are skipped), so a
/// mistake inside a skipped field (e.g. a misspelt `self_assessed` level) shows on `load`, not
/// here. Syntax errors, schema and structure errors of the roster and reviews show here too.
pub fn index(dir: &Path) -> Vec<IndexEntry> {
    let paths = match session_files(dir) {
        Ok(paths) => paths,
        Err(entry) => return vec![*entry],
    };
    let mut list = summarize_all(paths);
    sort(&mut list);
    list
}

/// The session files of `dir`, unread; a folder that cannot be read is an entry with its error.
pub fn session_files(dir: &Path) -> Result<Vec<PathBuf>, Box<IndexEntry>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Box::new(IndexEntry {
                path: dir.to_owned(),
                summary: Err(StoreError::io(dir, IoOp::ListDir, &e)),
            }));
        }
    };
    Ok(entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_session_file(p))
        .collect())
}

/// One file read into its line of the list.
pub fn entry(path: &Path) -> IndexEntry {
    IndexEntry {
        path: path.to_owned(),
        summary: summarize(path),
    }
}

/// Newest year first, then by committee and newest meeting; files that do not load last.
pub fn sort(list: &mut [IndexEntry]) {
    list.sort_by_cached_key(order);
}

/// Puts `e` where [`sort`] would, in a list already sorted.
pub fn insert_sorted(list: &mut Vec<IndexEntry>, e: IndexEntry) {
    let key = order(&e);
    let at = list.partition_point(|x| order(x) <= key);
    list.insert(at, e);
}

type Order = (
    bool,
    Reverse<Option<(i32, NaiveDate)>>,
    Option<std::ffi::OsString>,
);

fn order(e: &IndexEntry) -> Order {
    let key = e.summary.as_ref().ok().map(|s| (s.year, s.date));
    (
        key.is_none(),
        Reverse(key),
        e.path.file_name().map(|n| n.to_owned()),
    )
}

/// Reads the files on every core: a folder of years of sessions opens without a wait.
fn summarize_all(paths: Vec<PathBuf>) -> Vec<IndexEntry> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    let one = |path: &PathBuf| entry(path);
    if paths.len() < 8 || threads == 1 {
        return paths.iter().map(one).collect();
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .zip(paths.chunks(chunk))
            // A worker cannot panic short of a bug; its files are then read here instead.
            .flat_map(|(w, part)| w.join().unwrap_or_else(|_| part.iter().map(one).collect()))
            .collect()
    })
}

/// Whether `p` is named as a session file: every `*.ron`, whatever it is (a folder, a FIFO or a
/// dangling symlink is listed with its error, rather than hidden), but chibo's own temporary
/// files and the copies a conflict leaves beside a session (`.conflict-…`, `.copy-…`).
pub fn is_session_file(p: &Path) -> bool {
    let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let copy = super::fingerprint::SIBLING_MARKS
        .iter()
        .any(|m| name.contains(m));
    name.ends_with(".ron") && !name.starts_with('.') && !name.contains(TEMP_MARK) && !copy
}

fn summarize(path: &Path) -> Result<Summary, StoreError> {
    let (bytes, _) = super::read::read_file(path)?;
    let text = strip_bom(super::error::decode_utf8(&bytes, path)?);
    let h: Header = migrate::deserialize(text, path)?;
    // A minimal session, so that who is reviewed and rated is decided by the domain's rules.
    let mut s = Session::new(h.id, h.cell, h.year, h.meeting.date, "");
    s.rules = h.rules;
    s.members = h.members;
    s.reviews = h
        .reviews
        .into_iter()
        .map(|r| MemberReview {
            rounds: r.rounds,
            ..MemberReview::new(r.member)
        })
        .collect();
    s.status = h.status;
    s.normalize_text();
    s.check_structure().map_err(|error| StoreError::Structure {
        path: path.to_owned(),
        at: super::locate::structure(text, &error),
        error,
    })?;
    let (rated, reviewed) = s.rated_count();
    Ok(Summary {
        status: match s.status {
            Status::Draft => SummaryStatus::Draft,
            Status::InProgress => SummaryStatus::InProgress,
            Status::Finalized { .. } => SummaryStatus::Finalized,
        },
        members: s.members.len(),
        rated,
        reviewed,
        year: s.year,
        date: s.meeting.date,
        id: s.id,
        cell: s.cell.name,
        committee: s.cell.committee,
    })
}

/// A new file name in `dir` for a session: `<year>-<slug of cell>.ron`, with `-2`, `-3`, … when
/// that name is taken.
pub fn new_session_path(dir: &Path, year: i32, cell: &str) -> PathBuf {
    let mut base = slug(cell);
    if base.is_empty() {
        base = "chi-bo".to_owned();
    }
    let mut n = 1u32;
    loop {
        let name = if n == 1 {
            format!("{year}-{base}.ron")
        } else {
            format!("{year}-{base}-{n}.ron")
        };
        let p = dir.join(name);
        if !p.exists() && !super::lock::lock_path(&p).exists() {
            return p;
        }
        n += 1;
    }
}

/// An ASCII file-name slug: Vietnamese diacritics dropped (đ → d), lowercase, every run of other
/// characters a single `-`. "Chi bộ Khu phố 3" → "chi-bo-khu-pho-3".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Chi bộ Khu phố 3"), "chi-bo-khu-pho-3");
        assert_eq!(slug("Đảng bộ Phường Bến Thành"), "dang-bo-phuong-ben-thanh");
        assert_eq!(
            slug("  Trường THCS — Nguyễn Du!! "),
            "truong-thcs-nguyen-du"
        );
        assert_eq!(
            slug("ỨNG ỰC ỸỶỴ ờởỡợ ừửữự Ơ ơ Ư ư"),
            "ung-uc-yyy-oooo-uuuu-o-o-u-u"
        );
        // NFD input gives the same slug.
        assert_eq!(slug("Kho\u{302}\u{301}i"), "khoi");
        assert_eq!(slug("漢字"), "");
    }

    #[test]
    fn new_path_is_unique() {
        let dir = tempfile::tempdir().unwrap();
        let p = new_session_path(dir.path(), 2025, "Chi bộ Khu phố 3");
        assert_eq!(p, dir.path().join("2025-chi-bo-khu-pho-3.ron"));
        std::fs::write(&p, "").unwrap();
        let q = new_session_path(dir.path(), 2025, "Chi bộ Khu phố 3");
        assert_eq!(q, dir.path().join("2025-chi-bo-khu-pho-3-2.ron"));
        assert_eq!(
            new_session_path(dir.path(), 2025, "!!"),
            dir.path().join("2025-chi-bo.ron")
        );
    }
}
