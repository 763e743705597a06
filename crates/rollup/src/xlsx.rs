//! The roll-up as a workbook for the committee's office: a sheet per committee and year with a
//! row per cell counted (real numbers), the totals, the ratios, the cells per level and the
//! Excellent cap over the cells under the committee as formulas (with their values cached, for
//! viewers that do not recompute), a sheet of the members not rated, and the check list of the
//! files' problems ([`lists`]). Totals that include a session not finalized say "tạm tính".

mod cap;
mod lists;

use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};

use super::words::{self, clean, sheet};
use super::{CellLine, Rollup, RollupError, Totals};
use chibo_core::domain::{Cell, Level};
use chibo_core::i18n::Lang;

/// The first row of cells (0-based): a title, a subtitle, the provisional mark (or a blank
/// row) and the header above.
const FIRST: u32 = 4;
/// Columns: No., cell, status, members, reviewed, rated, the four levels, not rated, the
/// cell's proposed level, file, a grassroots cell's own cap (two), the cell's kind.
const MEMBERS: u16 = 3;
const EXCELLENT: u16 = 6;
const NOT_RATED: u16 = 10;
const PROPOSED: u16 = 11;
const FILE: u16 = 12;
/// A grassroots cell's own cap: the most Excellent, and how many more it allows.
const OWN_CAP: u16 = 13;
/// Under the committee or grassroots ([`words::kind`]): the committee's cap counts the first.
const KIND: u16 = 15;
/// The longest text a cell holds.
const MAX_TEXT: usize = 32_000;

pub(crate) struct Looks {
    pub(crate) bold: Format,
    pub(crate) head: Format,
    pub(crate) percent: Format,
}

/// The workbook's bytes.
pub fn xlsx(r: &Rollup, lang: Lang) -> Result<Vec<u8>, RollupError> {
    Ok(build(r, lang)?)
}

fn build(r: &Rollup, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let looks = Looks {
        bold: Format::new().set_bold(),
        head: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_border(rust_xlsxwriter::FormatBorder::Thin),
        percent: Format::new().set_num_format("0.0%"),
    };
    let mut wb = Workbook::new();
    let mut taken: Vec<String> = vec![
        sheet::not_rated_sheet(lang).to_lowercase(),
        sheet::problems_sheet(lang).to_lowercase(),
    ];
    for t in &r.totals {
        let ws = wb.add_worksheet();
        let name = sheet_name(t, &taken);
        taken.push(name.to_lowercase());
        ws.set_name(name)?;
        let cells: Vec<&CellLine> = r
            .cells
            .iter()
            .filter(|c| c.committee == t.committee && c.year == t.year)
            .collect();
        committee_sheet(ws, t, &cells, lang, &looks)?;
    }
    lists::not_rated_sheet(wb.add_worksheet(), r, lang, &looks)?;
    lists::problems_sheet(wb.add_worksheet(), r, lang, &looks)?;
    wb.save_to_buffer()
}

/// "2025 Phường Tân Định": the year and the locality, within Excel's 31 characters, without
/// the characters a sheet's name may not hold, and not the name of another sheet.
pub fn sheet_name(t: &Totals, taken: &[String]) -> String {
    let place = Cell::new("", t.committee.as_str()).locality();
    let base: String = format!("{} {}", t.year, clean(&place))
        .chars()
        .map(|c| if "[]:*?/\\'".contains(c) { ' ' } else { c })
        .collect();
    let base = base.trim().to_owned();
    (1..)
        .map(|i| {
            let mark = if i == 1 {
                String::new()
            } else {
                format!(" ({i})")
            };
            let room = 31 - mark.chars().count();
            let cut: String = base.chars().take(room).collect();
            format!("{}{mark}", cut.trim_end())
        })
        .find(|n| !taken.contains(&n.to_lowercase()))
        // Each number gives another name: one is free long before the numbers run out.
        .unwrap_or(base)
}

pub(crate) fn text(ws: &mut Worksheet, row: u32, col: u16, s: &str) -> Result<(), XlsxError> {
    let s: String = clean(s).chars().take(MAX_TEXT).collect();
    ws.write_string(row, col, s)?;
    Ok(())
}

pub(crate) fn count(ws: &mut Worksheet, row: u32, col: u16, n: u32) -> Result<(), XlsxError> {
    ws.write_number(row, col, f64::from(n))?;
    Ok(())
}

pub(crate) fn formula(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    f: &str,
    value: i64,
) -> Result<(), XlsxError> {
    ws.write_formula(row, col, Formula::new(f).set_result(value.to_string()))?;
    Ok(())
}

fn committee_sheet(
    ws: &mut Worksheet,
    t: &Totals,
    cells: &[&CellLine],
    lang: Lang,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(
        0,
        0,
        clean(&words::committee_header(&t.committee)),
        &looks.bold,
    )?;
    text(ws, 1, 0, &words::report_subtitle(t.year, lang))?;
    if let Some(p) = words::provisional(t, lang) {
        ws.write_string_with_format(2, 0, clean(&p), &looks.bold)?;
    }
    for (col, h) in (0u16..).zip(sheet::header(lang)) {
        ws.write_string_with_format(FIRST - 1, col, h, &looks.head)?;
    }
    let mut row = FIRST;
    for (i, c) in (1u32..).zip(cells) {
        cell_row(ws, row, i, c, lang)?;
        row += 1;
    }
    let last = row.saturating_sub(1);
    totals_rows(ws, row, last, t, lang, looks)?;
    cap::block(ws, row + 4, last, t, lang, looks)?;
    ws.set_column_width(0, 5)?;
    ws.set_column_width(1, 28)?;
    ws.set_column_width(2, 14)?;
    for col in MEMBERS..PROPOSED {
        ws.set_column_width(col, 10)?;
    }
    ws.set_column_width(PROPOSED, 12)?;
    ws.set_column_width(FILE, 40)?;
    ws.set_column_width(OWN_CAP, 14)?;
    ws.set_column_width(OWN_CAP + 1, 14)?;
    ws.set_column_width(KIND, 12)?;
    ws.set_freeze_panes(FIRST, 2)?;
    a4_across(ws);
    Ok(())
}

/// Printed on A4 landscape, every column on the page's width.
pub(crate) fn a4_across(ws: &mut Worksheet) {
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
}

fn cell_row(
    ws: &mut Worksheet,
    row: u32,
    no: u32,
    c: &CellLine,
    lang: Lang,
) -> Result<(), XlsxError> {
    count(ws, row, 0, no)?;
    text(ws, row, 1, &c.cell)?;
    text(ws, row, 2, words::status(c.status, lang))?;
    count(ws, row, MEMBERS, c.members)?;
    count(ws, row, MEMBERS + 1, c.reviewed)?;
    count(ws, row, MEMBERS + 2, c.rated)?;
    for (col, l) in (EXCELLENT..).zip(Level::ALL) {
        count(ws, row, col, c.per_level.get(l))?;
    }
    count(
        ws,
        row,
        NOT_RATED,
        u32::try_from(c.not_rated.len()).unwrap_or(u32::MAX),
    )?;
    if let Some(l) = c.cell_proposed {
        text(ws, row, PROPOSED, l.short())?;
    }
    text(ws, row, FILE, &c.file.display().to_string())?;
    text(ws, row, KIND, words::kind(c.kind, lang))?;
    if let Some(cap) = &c.own_cap {
        let [good, excellent, limit] =
            [EXCELLENT + 1, EXCELLENT, OWN_CAP].map(|col| row_col_to_cell(row, col));
        let most = format!("=INT({good}*{}/100)", cap.percent);
        formula(ws, row, OWN_CAP, &most, i64::from(cap.limit))?;
        let room = format!("={limit}-{excellent}");
        formula(ws, row, OWN_CAP + 1, &room, cap.room())?;
    }
    Ok(())
}

/// The totals (SUM), the share of each level among the members rated, and the cells per
/// level (COUNTIF over the cells' own levels), under the cells' rows.
fn totals_rows(
    ws: &mut Worksheet,
    row: u32,
    last: u32,
    t: &Totals,
    lang: Lang,
    looks: &Looks,
) -> Result<(), XlsxError> {
    let sum = |col: u16| {
        format!(
            "=SUM({}:{})",
            row_col_to_cell(FIRST, col),
            row_col_to_cell(last, col)
        )
    };
    let label = words::totals_label(t, lang);
    ws.write_string_with_format(row, 1, label, &looks.bold)?;
    let values = [t.members, t.reviewed, t.rated];
    for (col, v) in (MEMBERS..).zip(values) {
        formula(ws, row, col, &sum(col), i64::from(v))?;
    }
    let unrated: usize = t.reviewed.saturating_sub(t.rated) as usize;
    for (col, l) in (EXCELLENT..).zip(Level::ALL) {
        formula(ws, row, col, &sum(col), i64::from(t.per_level.get(l)))?;
        level_rows(ws, (row, last, col), t, l, looks)?;
    }
    formula(ws, row, NOT_RATED, &sum(NOT_RATED), unrated as i64)?;
    text(ws, row + 1, 1, words::share_label(lang))?;
    text(ws, row + 2, 1, sheet::cells_by_level(lang))?;
    Ok(())
}

/// Under a level's total: its share of those rated, and how many cells proposed it.
fn level_rows(
    ws: &mut Worksheet,
    (row, last, col): (u32, u32, u16),
    t: &Totals,
    l: Level,
    looks: &Looks,
) -> Result<(), XlsxError> {
    let share = format!(
        "=IF({rated}=0,0,{n}/{rated})",
        rated = row_col_to_cell(row, MEMBERS + 2),
        n = row_col_to_cell(row, col)
    );
    let v = f64::from(t.per_level.get(l)) / f64::from(t.rated.max(1));
    let f = Formula::new(share).set_result(v.to_string());
    ws.write_formula_with_format(row + 1, col, f, &looks.percent)?;
    let proposed = format!(
        "=COUNTIF({}:{},\"{}\")",
        row_col_to_cell(FIRST, PROPOSED),
        row_col_to_cell(last, PROPOSED),
        l.short()
    );
    let cells = i64::from(t.cells_per_level.get(l));
    formula(ws, row + 2, col, &proposed, cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chibo_core::domain::LevelCounts;

    fn totals(committee: &str, year: i32) -> Totals {
        Totals {
            committee: committee.to_owned(),
            year,
            cells: 0,
            members: 0,
            reviewed: 0,
            rated: 0,
            per_level: LevelCounts::default(),
            cells_per_level: LevelCounts::default(),
            not_final: 0,
            grassroots: 0,
            member_cap: None,
            cell_cap: None,
        }
    }

    #[test]
    fn sheet_names_fit_excel_and_never_repeat() {
        let t = totals("Đảng bộ Phường Tân Định", 2025);
        assert_eq!(sheet_name(&t, &[]), "2025 Phường Tân Định");
        let taken = vec!["2025 phường tân định".to_owned()];
        assert_eq!(sheet_name(&t, &taken), "2025 Phường Tân Định (2)");
        let long = totals(
            "Đảng bộ Cơ quan Ủy ban nhân dân tỉnh [Thừa Thiên]: Huế",
            2025,
        );
        let name = sheet_name(&long, &[]);
        assert!(name.chars().count() <= 31, "{name}");
        assert!(!name.contains(['[', ']', ':']), "{name}");
        let again = sheet_name(&long, &[name.to_lowercase()]);
        assert!(
            again.chars().count() <= 31 && again.ends_with(" (2)"),
            "{again}"
        );
    }
}
