//! `chibo summary`: the committee's roll-up of many cells' session files.

use std::path::PathBuf;

use super::commands::{HAS_ERRORS, OK, UNREADABLE};
use crate::i18n::Lang;
use crate::rollup::{self, Filter, words};

/// What `summary` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    Table,
    Csv,
}

pub fn run(
    paths: &[PathBuf],
    filter: &Filter,
    format: SummaryFormat,
    output: Option<PathBuf>,
    lang: Lang,
) -> u8 {
    let r = rollup::collect(paths, filter);
    let read_none = r.cells.is_empty()
        && r.problems
            .iter()
            .all(|p| matches!(p, rollup::Problem::Unreadable { .. }));
    let text = match format {
        SummaryFormat::Table => words::table(&r, lang),
        SummaryFormat::Csv => {
            // The totals and the cap go to the terminal; the file has one row per cell.
            eprintln!(
                "{}",
                words::table(
                    &rollup::Rollup {
                        cells: Vec::new(),
                        ..r.clone()
                    },
                    lang
                )
            );
            match words::csv(&r) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{e}");
                    return UNREADABLE;
                }
            }
        }
    };
    match output {
        Some(out) => {
            if let Err(e) = crate::store::write_atomic(&out, text.as_bytes()) {
                eprintln!("{}", e.message(lang));
                return UNREADABLE;
            }
            println!("{}", out.display());
        }
        None => print!("{text}"),
    }
    for p in &r.problems {
        eprintln!("{}", words::problem(p, lang));
    }
    if read_none {
        UNREADABLE
    } else if r.problems.is_empty() {
        OK
    } else {
        HAS_ERRORS
    }
}
