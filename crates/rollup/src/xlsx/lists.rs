//! The workbook's lists: the members not rated, and the check list of the files' problems
//! (never in the report).

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Looks, a4_across, count, text};
use crate::Rollup;
use crate::words::{self, sheet};
use chibo_core::i18n::Lang;

pub(super) fn not_rated_sheet(
    ws: &mut Worksheet,
    r: &Rollup,
    lang: Lang,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.set_name(sheet::not_rated_sheet(lang))?;
    for (col, h) in (0u16..).zip(sheet::not_rated_head(lang)) {
        ws.write_string_with_format(0, col, h, &looks.head)?;
    }
    let mut row = 1;
    for c in &r.cells {
        for (name, why) in &c.not_rated {
            text(ws, row, 0, &c.committee)?;
            ws.write_number(row, 1, f64::from(c.year))?;
            text(ws, row, 2, &c.cell)?;
            text(ws, row, 3, name)?;
            text(ws, row, 4, words::not_rated(*why, lang))?;
            row += 1;
        }
    }
    for (col, w) in [(0, 30), (1, 6), (2, 28), (3, 28), (4, 24)] {
        ws.set_column_width(col, w)?;
    }
    a4_across(ws);
    Ok(())
}

pub(super) fn problems_sheet(
    ws: &mut Worksheet,
    r: &Rollup,
    lang: Lang,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.set_name(sheet::problems_sheet(lang))?;
    for (col, h) in (0u16..).zip(sheet::problems_head(lang)) {
        ws.write_string_with_format(0, col, h, &looks.head)?;
    }
    for (row, p) in (1u32..).zip(&r.problems) {
        count(ws, row, 0, row)?;
        text(ws, row, 1, words::problem_kind(p, lang))?;
        text(ws, row, 2, &words::problem(p, lang))?;
    }
    for (col, w) in [(0, 5), (1, 24), (2, 100)] {
        ws.set_column_width(col, w)?;
    }
    a4_across(ws);
    Ok(())
}
