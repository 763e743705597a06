//! The committee's Excellent cap in the workbook: over the cells under it (a grassroots cell
//! keeps its own, beside its row), members and cells side by side, every figure a formula of
//! the rows above but the percentage.

use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{EXCELLENT, FIRST, KIND, Looks, MEMBERS, PROPOSED, count, formula, text};
use crate::words::{self, sheet};
use crate::{OrgCap, Totals};
use chibo_core::domain::{CellKind, Level};
use chibo_core::i18n::Lang;

/// The cap block at row `at`, over the cells' rows `FIRST..=last`; under it, whom the cap
/// covers when the committee has grassroots cells.
pub(super) fn block(
    ws: &mut Worksheet,
    at: u32,
    last: u32,
    t: &Totals,
    lang: Lang,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(at, 1, sheet::cap_title(lang), &looks.bold)?;
    let notes = words::totals_notes(t, lang);
    let (Some(members), Some(cells)) = (&t.member_cap, &t.cell_cap) else {
        // No cell under the committee: nothing is pooled; the last note says so.
        return notes.last().map_or(Ok(()), |n| text(ws, at + 1, 1, n));
    };
    for (col, h) in (MEMBERS..).zip(sheet::cap_heads(lang)) {
        ws.write_string_with_format(at, col, h, &looks.head)?;
    }
    for (row, l) in (at + 1..).zip(sheet::cap_labels(lang)) {
        text(ws, row, 1, l)?;
    }
    let range = |col: u16| {
        format!(
            "{}:{}",
            row_col_to_cell(FIRST, col),
            row_col_to_cell(last, col)
        )
    };
    let under = format!(
        "{},\"{}\"",
        range(KIND),
        words::kind(CellKind::UnderCommittee, lang)
    );
    let sum = |col: u16| format!("=SUMIF({under},{})", range(col));
    let cells_at = |l: Level| format!("=COUNTIFS({under},{},\"{}\")", range(PROPOSED), l.short());
    let member_sums = [sum(EXCELLENT + 1), sum(EXCELLENT)];
    column(ws, at + 1, MEMBERS, &member_sums, members)?;
    let cell_counts = [cells_at(Level::Good), cells_at(Level::Excellent)];
    column(ws, at + 1, MEMBERS + 1, &cell_counts, cells)?;
    if let (true, Some(n)) = (t.grassroots > 0, notes.last()) {
        text(ws, at + 6, 1, n)?;
    }
    Ok(())
}

/// Good and Excellent (`sources`, formulas), the percentage, the limit and the room.
fn column(
    ws: &mut Worksheet,
    at: u32,
    col: u16,
    sources: &[String; 2],
    cap: &OrgCap,
) -> Result<(), XlsxError> {
    let [good, excellent] = sources;
    let [g, x, p, limit] = [at, at + 1, at + 2, at + 3].map(|r| row_col_to_cell(r, col));
    formula(ws, at, col, good, i64::from(cap.good))?;
    formula(ws, at + 1, col, excellent, i64::from(cap.excellent))?;
    count(ws, at + 2, col, cap.percent)?;
    let most = format!("=INT({g}*{p}/100)");
    formula(ws, at + 3, col, &most, i64::from(cap.limit))?;
    formula(ws, at + 4, col, &format!("={limit}-{x}"), cap.room())?;
    Ok(())
}
