//! The committee's roll-up: many cells' session files read from folders, a line per cell,
//! totals per committee and year with the Excellent cap counted where the rules put it, and the
//! problems an office looks for (DOMAIN.md, "The committee above").
//!
//! Names are compared as [`names::key`] has them, so one committee typed two ways is one
//! committee; a cell with several files for a year counts once (the others are listed as
//! duplicates and left out of every total); a grassroots cell keeps its own cap; totals that
//! include a session not finalized are provisional.

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

mod count;
mod names;
mod read;
pub mod report;
pub mod words;
pub mod xlsx;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use chibo_core::domain::{CellKind, Level, LevelCounts, Settings};
use chibo_core::i18n::Lang;
use chibo_files::store::StoreError;

pub use names::key;

/// Why the roll-up could not be made or written (reading the files gives [`Problem`]s, not
/// errors). The words are in [`words::error`].
#[derive(Debug, thiserror::Error)]
pub enum RollupError {
    /// A cap percentage above what any reason allows: refused, as the session's own setting
    /// is, never counted as the maximum without a word.
    #[error("the Excellent cap of {0}% is above the {max}% maximum", max = Settings::MAX_CAP_PERCENT)]
    CapTooHigh(u32),
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

impl CellStatus {
    /// The session is finalized (sealed, intact or not). Totals that include a session not
    /// finalized are provisional (DOMAIN.md); one changed since sealed is on the check list.
    pub fn is_finalized(self) -> bool {
        matches!(self, CellStatus::Finalized | CellStatus::Changed)
    }
}

/// One cell's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellLine {
    /// The committee's and the cell's names in the spelling most files use.
    pub committee: String,
    pub year: i32,
    pub cell: String,
    pub kind: CellKind,
    pub file: PathBuf,
    pub status: CellStatus,
    /// When the file was sealed, or else last changed (its log's last entry): of a cell's
    /// files for a year, the newest of the best status counts.
    pub updated: Option<DateTime<FixedOffset>>,
    pub members: u32,
    pub reviewed: u32,
    pub rated: u32,
    pub per_level: LevelCounts,
    /// Reviewed members without a level: (name, why — not rated, or absent to be rated later).
    pub not_rated: Vec<(String, NotRated)>,
    pub cell_proposed: Option<Level>,
    /// A grassroots cell's own cap (chi bộ cơ sở: the cell is the grassroots organisation, so
    /// the cap is counted over it, at its session's percentage); `None` for a cell under a
    /// committee, whose cap is the committee's.
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
    /// The cap at `percent`, which [`Filter::check`] or the session's own setting has already
    /// judged (a percentage above the maximum is an error there; here it counts as the
    /// maximum, as the session's setting does).
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

/// A committee's totals for a year, over every cell counted.
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
    /// Cells whose session is not finalized ([`CellStatus::is_finalized`]): while there is
    /// one, the totals are provisional (tạm tính).
    pub not_final: u32,
    /// Grassroots cells among them: each has its own cap, never pooled into the committee's.
    pub grassroots: u32,
    /// The committee's cap over the members of its cells under it (chi bộ trực thuộc); `None`
    /// when it has none (every cell is a grassroots cell).
    pub member_cap: Option<OrgCap>,
    /// The same over those cells' own proposed levels.
    pub cell_cap: Option<OrgCap>,
}

impl Totals {
    pub fn is_provisional(&self) -> bool {
        self.not_final > 0
    }
}

/// What the office must look at: the check list, kept apart from the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Two files or more for one cell and year: `counted` is in the totals, the others are not.
    Duplicate {
        cell: String,
        year: i32,
        counted: PathBuf,
        left_out: Vec<PathBuf>,
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
    /// The committee asked for is in none of the files read; `known` are those that are.
    NoSuchCommittee {
        asked: String,
        known: Vec<String>,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rollup {
    /// The cells counted: one line per cell and year.
    pub cells: Vec<CellLine>,
    pub totals: Vec<Totals>,
    pub problems: Vec<Problem>,
}

/// What to keep of what is read.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub year: Option<i32>,
    /// Compared as [`key`] has it: any case, any spacing.
    pub committee: Option<String>,
    /// The committee's cap percentage (the standard one when `None`); see [`Filter::check`].
    pub cap_percent: Option<u32>,
}

impl Filter {
    /// Refuses a cap percentage above [`Settings::MAX_CAP_PERCENT`], as the session's setting
    /// does (the same words): no reason allows it.
    pub fn check(&self) -> Result<(), RollupError> {
        match self.cap_percent {
            Some(p) if p > Settings::MAX_CAP_PERCENT => Err(RollupError::CapTooHigh(p)),
            _ => Ok(()),
        }
    }
}

/// Reads every session file under `paths` (folders searched recursively), in parallel.
pub fn collect(paths: &[PathBuf], filter: &Filter) -> Rollup {
    collect_with(paths, filter, &|_, _| {})
}

/// [`collect`], telling `progress(files read, files in all)` once the files are listed and
/// after each file read, from the reading threads.
pub fn collect_with(
    paths: &[PathBuf],
    filter: &Filter,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Rollup {
    let (lines, problems) = read::all(paths, progress);
    build(lines, problems, filter)
}

/// The roll-up of the cells' lines read from their files: names unified, the filter applied,
/// one line counted per cell and year, the problems listed, the totals made.
pub fn build(mut all: Vec<CellLine>, mut problems: Vec<Problem>, f: &Filter) -> Rollup {
    names::unify(&mut all);
    let asked = f.committee.as_deref().map(key);
    let of_committee = |c: &CellLine| asked.as_ref().is_none_or(|k| key(&c.committee) == *k);
    if let (Some(name), false) = (&f.committee, all.iter().any(of_committee)) {
        problems.push(Problem::NoSuchCommittee {
            asked: name.clone(),
            known: names::committees(&all),
        });
    }
    problems.extend(count::missing(&all, f.year, &of_committee));
    let kept: Vec<CellLine> = all
        .into_iter()
        .filter(|c| f.year.is_none_or(|y| c.year == y) && of_committee(c))
        .collect();
    let (cells, duplicates) = count::once(kept);
    problems.extend(duplicates);
    for c in &cells {
        let file = c.file.clone();
        match c.status {
            CellStatus::Changed => problems.push(Problem::Changed { file }),
            CellStatus::Draft | CellStatus::InProgress => {
                problems.push(Problem::NotFinalized { file });
            }
            CellStatus::Finalized => {}
        }
    }
    let percent = f.cap_percent.unwrap_or(Settings::STANDARD_CAP_PERCENT);
    let totals = count::totals(&cells, percent);
    Rollup {
        cells,
        totals,
        problems,
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
        assert_eq!(OrgCap::new(2, 8, 25).room(), 0);
    }

    #[test]
    fn a_cap_percent_above_the_maximum_is_refused() {
        let f = |p| Filter {
            cap_percent: Some(p),
            ..Filter::default()
        };
        assert!(f(25).check().is_ok());
        assert!(matches!(f(26).check(), Err(RollupError::CapTooHigh(26))));
        assert!(Filter::default().check().is_ok());
    }
}
