//! The committee's roll-up: many cells' session files read from folders, a line per cell,
//! totals per committee and year with the Excellent cap counted over the whole organisation
//! (where the rules put it), and the problems an office looks for.

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

mod read;
pub mod report;
pub mod words;
pub mod xlsx;

use std::path::PathBuf;

use chibo_core::domain::{CellKind, Level, LevelCounts, Session, Settings, Status};
use chibo_core::i18n::Lang;
use chibo_files::store::StoreError;

/// Why the roll-up could not be written in a format (reading the files gives [`Problem`]s, not
/// errors). The words are in [`words::error`].
#[derive(Debug, thiserror::Error)]
pub enum RollupError {
    #[error("could not write the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("could not build the workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The committee's report, built as the minutes are.
    #[error(transparent)]
    Report(#[from] chibo_docs::ExportError),
}

impl RollupError {
    /// The error as the user reads it.
    pub fn message(&self, lang: Lang) -> String {
        words::error(self, lang)
    }
}

/// Where a cell's session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CellStatus {
    Draft,
    InProgress,
    Finalized,
    /// Finalized, and its content no longer matches its seal.
    Changed,
}

/// One cell's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellLine {
    pub committee: String,
    pub year: i32,
    pub cell: String,
    pub file: PathBuf,
    pub status: CellStatus,
    pub members: u32,
    pub reviewed: u32,
    pub rated: u32,
    pub per_level: LevelCounts,
    /// Reviewed members without a level: (name, why — not rated, or absent to be rated later).
    pub not_rated: Vec<(String, NotRated)>,
    pub cell_proposed: Option<Level>,
    /// A grassroots cell's own cap (chi bộ cơ sở: the cell is the grassroots organisation, so
    /// the cap is counted over it, at its session's percentage); `None` for a cell under a
    /// committee, whose cap is the organisation's.
    pub own_cap: Option<OrgCap>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotRated {
    NotYet,
    Later,
}

/// The Excellent cap over a whole organisation: Excellent ≤ ⌊percent × Good / 100⌋.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgCap {
    pub excellent: u32,
    pub good: u32,
    pub percent: u32,
    pub limit: u32,
}

impl OrgCap {
    pub fn new(excellent: u32, good: u32, percent: u32) -> Self {
        let percent = percent.min(Settings::MAX_CAP_PERCENT);
        OrgCap {
            excellent,
            good,
            percent,
            limit: chibo_core::domain::excellent_cap(good, percent),
        }
    }

    /// How many more Excellent the cap allows (negative: how many too many).
    pub fn room(&self) -> i64 {
        i64::from(self.limit) - i64::from(self.excellent)
    }
}

/// A committee's totals for a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub committee: String,
    pub year: i32,
    pub cells: u32,
    pub members: u32,
    pub reviewed: u32,
    pub rated: u32,
    /// Members per proposed level.
    pub per_level: LevelCounts,
    /// Cells per proposed level.
    pub cells_per_level: LevelCounts,
    pub member_cap: OrgCap,
    pub cell_cap: OrgCap,
}

/// What the office must look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Two files or more for one cell and year.
    Duplicate {
        cell: String,
        year: i32,
        files: Vec<PathBuf>,
    },
    /// A cell of last year's list with no file this year.
    Missing {
        committee: String,
        cell: String,
        year: i32,
    },
    /// The file does not load: the store's error, in the reader's words where it is shown.
    Unreadable {
        file: PathBuf,
        error: StoreError,
    },
    NotFinalized {
        file: PathBuf,
    },
    Changed {
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rollup {
    pub cells: Vec<CellLine>,
    pub totals: Vec<Totals>,
    pub problems: Vec<Problem>,
}

/// What to keep of what is read.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub year: Option<i32>,
    pub committee: Option<String>,
    /// The committee's cap percentage (the standard one when `None`; never above the maximum).
    pub cap_percent: Option<u32>,
}

/// Reads every session file under `paths` (folders searched recursively), in parallel.
pub fn collect(paths: &[PathBuf], filter: &Filter) -> Rollup {
    collect_with(paths, filter, &|_, _| {})
}

/// [`collect`], telling `progress(files read, files in all)` once the files are listed and after
/// each file read, from the reading threads.
pub fn collect_with(
    paths: &[PathBuf],
    filter: &Filter,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Rollup {
    let (sessions, problems) = read::all(paths, progress);
    build(sessions, problems, filter)
}

/// The roll-up of sessions already read.
pub fn build(sessions: Vec<(PathBuf, Session)>, mut problems: Vec<Problem>, f: &Filter) -> Rollup {
    let all: Vec<CellLine> = sessions.iter().map(|(p, s)| line(p, s)).collect();
    let keep = |c: &CellLine| {
        f.year.is_none_or(|y| c.year == y)
            && f.committee.as_deref().is_none_or(|k| c.committee == k)
    };
    problems.extend(missing(&all, f));
    let mut cells: Vec<CellLine> = all.into_iter().filter(|c| keep(c)).collect();
    cells.sort_by(|a, b| {
        (&a.committee, a.year, &a.cell, &a.file).cmp(&(&b.committee, b.year, &b.cell, &b.file))
    });
    problems.extend(duplicates(&cells));
    for c in &cells {
        match c.status {
            CellStatus::Changed => problems.push(Problem::Changed {
                file: c.file.clone(),
            }),
            CellStatus::Draft | CellStatus::InProgress => problems.push(Problem::NotFinalized {
                file: c.file.clone(),
            }),
            CellStatus::Finalized => {}
        }
    }
    let percent = f.cap_percent.unwrap_or(Settings::STANDARD_CAP_PERCENT);
    let totals = totals(&cells, percent);
    Rollup {
        cells,
        totals,
        problems,
    }
}

fn line(file: &std::path::Path, s: &Session) -> CellLine {
    let sum = s.summary();
    let status = match &s.status {
        Status::Draft => CellStatus::Draft,
        Status::InProgress => CellStatus::InProgress,
        Status::Finalized { .. } if changed(s) => CellStatus::Changed,
        Status::Finalized { .. } => CellStatus::Finalized,
    };
    let named = |ids: &[chibo_core::domain::MemberId], why| {
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
        file: file.to_owned(),
        status,
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

/// Sealed, and no longer what was sealed (the seal alone: the rules' findings are not needed).
fn changed(s: &Session) -> bool {
    s.seal_state() == chibo_core::domain::SealState::Changed
}

fn duplicates(cells: &[CellLine]) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for c in cells {
        let twins: Vec<PathBuf> = cells
            .iter()
            .filter(|x| x.committee == c.committee && x.year == c.year && x.cell == c.cell)
            .map(|x| x.file.clone())
            .collect();
        let listed = out
            .iter()
            .any(|p| matches!(p, Problem::Duplicate { files, .. } if files == &twins));
        if twins.len() > 1 && !listed {
            out.push(Problem::Duplicate {
                cell: c.cell.clone(),
                year: c.year,
                files: twins,
            });
        }
    }
    out
}

/// Cells that had a file the year before a year shown, and none that year.
fn missing(all: &[CellLine], f: &Filter) -> Vec<Problem> {
    let mut years: Vec<i32> = all.iter().map(|c| c.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut out = Vec::new();
    for &y in years.iter().filter(|y| f.year.is_none_or(|k| k == **y)) {
        for c in all.iter().filter(|c| c.year == y - 1) {
            let here = all
                .iter()
                .any(|x| x.year == y && x.committee == c.committee && x.cell == c.cell);
            let asked = f.committee.as_deref().is_none_or(|k| c.committee == k);
            let p = Problem::Missing {
                committee: c.committee.clone(),
                cell: c.cell.clone(),
                year: y,
            };
            if !here && asked && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

fn totals(cells: &[CellLine], percent: u32) -> Vec<Totals> {
    let mut out: Vec<Totals> = Vec::new();
    for c in cells {
        let at = out
            .iter()
            .position(|t| t.committee == c.committee && t.year == c.year);
        let t = match at.and_then(|i| out.get_mut(i)) {
            Some(t) => t,
            None => {
                out.push(empty_totals(c, percent));
                let Some(t) = out.last_mut() else { continue };
                t
            }
        };
        t.cells += 1;
        t.members += c.members;
        t.reviewed += c.reviewed;
        t.rated += c.rated;
        for l in Level::ALL {
            t.per_level.set(l, t.per_level.get(l) + c.per_level.get(l));
        }
        if let Some(l) = c.cell_proposed {
            t.cells_per_level.set(l, t.cells_per_level.get(l) + 1);
        }
    }
    for t in &mut out {
        let m = &t.per_level;
        t.member_cap = OrgCap::new(m.get(Level::Excellent), m.get(Level::Good), percent);
        let k = &t.cells_per_level;
        t.cell_cap = OrgCap::new(k.get(Level::Excellent), k.get(Level::Good), percent);
    }
    out
}

fn empty_totals(c: &CellLine, percent: u32) -> Totals {
    Totals {
        committee: c.committee.clone(),
        year: c.year,
        cells: 0,
        members: 0,
        reviewed: 0,
        rated: 0,
        per_level: LevelCounts::default(),
        cells_per_level: LevelCounts::default(),
        member_cap: OrgCap::new(0, 0, percent),
        cell_cap: OrgCap::new(0, 0, percent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_over_the_organisation_at_and_around_its_threshold() {
        // 20% of 10 Good: at most 2 Excellent.
        assert_eq!(OrgCap::new(2, 10, 20).room(), 0);
        assert_eq!(OrgCap::new(3, 10, 20).room(), -1);
        assert_eq!(OrgCap::new(1, 10, 20).room(), 1);
        // 20% of 9 Good is 1.8: at most 1.
        assert_eq!(OrgCap::new(2, 9, 20).room(), -1);
        // 25% of 8 is 2; a setting above the maximum counts as the maximum.
        assert_eq!(OrgCap::new(2, 8, 25).room(), 0);
        assert_eq!(OrgCap::new(0, 8, 40).limit, 2);
    }
}
