//! `chibo summary`: the committee's roll-up of many cells' session files.

use std::path::PathBuf;

use super::commands::{HAS_ERRORS, OK, UNREADABLE};
use super::out::{self, Printed};
use chibo_core::i18n::Lang;
use chibo_rollup::{self as rollup, Filter, Rollup, RollupError, words};

/// What `summary` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum SummaryFormat {
    Table,
    Csv,
    Xlsx,
    Docx,
}

impl SummaryFormat {
    /// Where a workbook or a report goes without `-o`: `tong-hop-2025.xlsx` (the year when one
    /// is asked for) in the current folder. Tables and CSV go to standard output.
    pub(crate) fn default_output(self, year: Option<i32>) -> Option<PathBuf> {
        let ext = match self {
            SummaryFormat::Table | SummaryFormat::Csv => return None,
            SummaryFormat::Xlsx => "xlsx",
            SummaryFormat::Docx => "docx",
        };
        let name = year.map_or_else(|| "tong-hop".to_owned(), |y| format!("tong-hop-{y}"));
        Some(PathBuf::from(format!("{name}.{ext}")))
    }
}

pub(super) fn run(
    paths: &[PathBuf],
    filter: &Filter,
    format: SummaryFormat,
    output: Option<PathBuf>,
    lang: Lang,
) -> Printed<u8> {
    // Refused before any file is read, in the words the session's own setting has.
    if let Err(e) = filter.check() {
        out::err_line(e.message(lang));
        return Ok(UNREADABLE);
    }
    let r = rollup::collect(paths, filter);
    // Nothing to roll up: no file loads, or none is of the committee asked for.
    let read_none = r.cells.is_empty()
        && r.problems.iter().all(|p| {
            matches!(
                p,
                rollup::Problem::Unreadable { .. } | rollup::Problem::NoSuchCommittee { .. }
            )
        });
    let bytes = match render(&r, format, lang) {
        Ok(b) => b,
        Err(e) => {
            out::err_line(e.message(lang));
            return Ok(UNREADABLE);
        }
    };
    match output.or_else(|| format.default_output(filter.year)) {
        Some(target) => {
            if let Err(e) = chibo_files::store::write_atomic(&target, &bytes) {
                out::err_line(e.message(lang));
                return Ok(UNREADABLE);
            }
            out::line(target.display())?;
        }
        None => out::text(&String::from_utf8_lossy(&bytes))?,
    }
    for p in &r.problems {
        out::err_line(words::problem(p, lang));
    }
    Ok(if read_none {
        UNREADABLE
    } else if r.problems.is_empty() {
        OK
    } else {
        HAS_ERRORS
    })
}

/// The roll-up in `format`; for every format but the table, the totals, the caps and the
/// provisional mark also go to standard error (with the check list after them).
fn render(r: &Rollup, format: SummaryFormat, lang: Lang) -> Result<Vec<u8>, RollupError> {
    if format != SummaryFormat::Table {
        let totals_only = Rollup {
            cells: Vec::new(),
            ..r.clone()
        };
        out::err_line(words::table(&totals_only, lang));
    }
    match format {
        SummaryFormat::Table => Ok(words::table(r, lang).into_bytes()),
        SummaryFormat::Csv => words::csv(r),
        SummaryFormat::Xlsx => rollup::xlsx::xlsx(r, lang),
        SummaryFormat::Docx => {
            let mut committees: Vec<&str> = r.totals.iter().map(|t| t.committee.as_str()).collect();
            committees.sort_unstable();
            committees.dedup();
            if committees.len() > 1 {
                out::err_line(words::several_committees(committees.len(), lang));
            }
            rollup::report::docx(r, lang, chrono::Local::now().date_naive())
        }
    }
}
