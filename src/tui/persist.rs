//! The one door between the app and the session files. Until `crate::store` lands this is a small
//! private stand-in written to the store's contract; afterwards it only re-exports the store.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::domain::{Session, Status};
use crate::i18n::Lang;

#[derive(Debug)]
pub struct StoreError(String);

impl StoreError {
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", lang.pick("Lỗi tệp", "File error"), self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryStatus {
    Draft,
    InProgress,
    Finalized,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub id: String,
    pub cell: String,
    pub committee: String,
    pub year: i32,
    pub date: NaiveDate,
    pub status: SummaryStatus,
    pub members: usize,
    pub rated: usize,
    pub reviewed: usize,
}

#[derive(Debug)]
pub struct IndexEntry {
    pub path: PathBuf,
    pub summary: Result<Summary, StoreError>,
}

#[derive(Debug)]
pub struct SessionLock(#[allow(dead_code)] fs::File);

fn err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

pub fn load(path: &Path) -> Result<Session, StoreError> {
    let text = fs::read_to_string(path).map_err(err)?;
    let text = text.trim_start_matches('\u{feff}');
    let opts =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut s: Session = opts
        .from_str(text)
        .map_err(|e| err(format!("{}:{e}", path.display())))?;
    s.normalize_text();
    s.check_structure().map_err(err)?;
    Ok(s)
}

pub fn save(path: &Path, s: &Session) -> Result<(), StoreError> {
    let cfg = ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let text = ron::ser::to_string_pretty(s, cfg).map_err(err)?;
    let tmp = path.with_extension("ron.tmp");
    fs::write(&tmp, text).map_err(err)?;
    fs::rename(&tmp, path).map_err(err)
}

pub fn lock(path: &Path) -> Result<SessionLock, StoreError> {
    let f = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path.with_extension("ron.lock"))
        .map_err(err)?;
    f.try_lock().map_err(err)?;
    Ok(SessionLock(f))
}

pub fn index(dir: &Path) -> Vec<IndexEntry> {
    let Ok(rd) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<IndexEntry> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|path| {
            let summary = load(&path).map(|s| summarize(&s));
            IndexEntry { path, summary }
        })
        .collect();
    v.sort_by(|a, b| match (&a.summary, &b.summary) {
        (Ok(x), Ok(y)) => (y.year, y.date).cmp(&(x.year, x.date)),
        _ => a.path.cmp(&b.path),
    });
    v
}

fn summarize(s: &Session) -> Summary {
    let (rated, reviewed) = s.rated_count();
    Summary {
        id: s.id.clone(),
        cell: s.cell.name.clone(),
        committee: s.cell.committee.clone(),
        year: s.year,
        date: s.meeting.date,
        status: match s.status {
            Status::Draft => SummaryStatus::Draft,
            Status::InProgress => SummaryStatus::InProgress,
            Status::Finalized { .. } => SummaryStatus::Finalized,
        },
        members: s.members.len(),
        rated,
        reviewed,
    }
}

pub fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfd().filter(|c| c.is_ascii() || *c == 'đ' || *c == 'Đ') {
        let c = if c == 'đ' || c == 'Đ' {
            'd'
        } else {
            c.to_ascii_lowercase()
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

pub fn new_session_path(dir: &Path, year: i32, cell: &str) -> PathBuf {
    let base = format!("{year}-{}", slug(cell));
    let mut p = dir.join(format!("{base}.ron"));
    let mut n = 2;
    while p.exists() {
        p = dir.join(format!("{base}-{n}.ron"));
        n += 1;
    }
    p
}
