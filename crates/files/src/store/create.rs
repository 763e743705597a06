//! A new session file: the one way both front ends make one. Its name from the year and the
//! cell (`2025-chi-bo-khu-pho-3.ron`, `-2` when taken), the folder made if missing, the name
//! held by the session's lock while the first save writes it, the roster copied from a past
//! session when asked.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};

use super::error::{IoOp, StoreError};
use chibo_core::domain::{Cell, RuleSet, Session};

/// What a new session is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSession {
    /// The cell's name, e.g. "Chi bộ Khu phố 3".
    pub cell: String,
    /// The party committee directly above.
    pub committee: String,
    /// The year under review.
    pub year: i32,
    pub date: NaiveDate,
    /// When the meeting starts, if known yet.
    pub start: Option<NaiveTime>,
    pub place: String,
    pub rules: RuleSet,
    /// A past session whose roster is copied (member ids kept).
    pub roster_from: Option<PathBuf>,
}

/// Another chibo may pick the same name at the same moment: the name is taken again, a few
/// times, before giving up.
const ATTEMPTS: usize = 8;

/// Creates the session in `dir` (made if it does not exist) and returns its path. Nothing is
/// written when the roster's session does not load. The lock is released on return: the caller
/// opens the file as any other.
pub fn create(dir: &Path, new: &NewSession) -> Result<PathBuf, StoreError> {
    let old = new.roster_from.as_deref().map(super::load).transpose()?;
    super::create_folder(dir)?;
    let taken = |p: &Path| {
        StoreError::io(
            p,
            IoOp::Write,
            &io::Error::from(io::ErrorKind::AlreadyExists),
        )
    };
    let mut last = taken(dir);
    for _ in 0..ATTEMPTS {
        let path = super::new_session_path(dir, new.year, &new.cell);
        let _held = match super::lock(&path) {
            Ok(held) => held,
            Err(e @ StoreError::Locked { .. }) => {
                last = e;
                continue;
            }
            Err(e) => return Err(e),
        };
        // Made and released by another chibo between the name and the lock: take the next.
        if path.exists() {
            last = taken(&path);
            continue;
        }
        super::save(&path, &session(&path, new, old.as_ref()))?;
        return Ok(path);
    }
    Err(last)
}

/// The session itself: named by its file, its text in NFC, the roster of `old` when given.
fn session(path: &Path, new: &NewSession, old: Option<&Session>) -> Session {
    let id = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let cell = Cell {
        name: new.cell.clone(),
        committee: new.committee.clone(),
        ..Default::default()
    };
    let mut s = Session::new(id, cell, new.year, new.date, &new.place);
    s.meeting.start = new.start;
    s.rules = new.rules.clone();
    s.normalize_text();
    if let Some(old) = old {
        s.copy_roster_from(old);
    }
    s
}
