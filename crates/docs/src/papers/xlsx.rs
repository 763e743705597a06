//! The list sent up as an XLSX workbook: the same rows as the DOCX ([`super::list::List`]), the
//! year of birth and the votes as numbers.

use rust_xlsxwriter::{Format as Cell, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::list::{List, ListRow};
use super::words as pw;
use crate::ExportError;
use chibo_core::i18n::Lang;

/// Column widths in characters: STT, name, year, post, status, self, votes, share, proposed,
/// remarks.
const WIDTHS: [f64; 10] = [5.0, 26.0, 9.0, 12.0, 7.0, 9.0, 10.0, 9.0, 9.0, 32.0];
/// The header row of the table.
const HEAD: u32 = 4;

fn base() -> Cell {
    Cell::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
}

/// The list as an XLSX workbook of one sheet.
pub(super) fn render(l: &List, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    fill(sheet, l, lang)?;
    Ok(book.save_to_buffer()?)
}

fn fill(ws: &mut Worksheet, l: &List, lang: Lang) -> Result<(), XlsxError> {
    ws.set_name(pw::T::Sheet.get(lang))?;
    for (c, w) in (0u16..).zip(WIDTHS) {
        ws.set_column_width(c, w)?;
    }
    let bold = base().set_bold();
    let centred = bold.clone().set_align(FormatAlign::Center).set_text_wrap();
    ws.write_string_with_format(0, 0, &l.committee, &base())?;
    ws.write_string_with_format(1, 0, &l.cell, &bold)?;
    if let Some(d) = &l.draft {
        ws.write_string_with_format(0, 9, d, &bold)?;
    }
    ws.merge_range(2, 0, 2, 9, &l.title, &centred)?;
    let head = centred.set_border(FormatBorder::Thin);
    let [votes, share] = pw::xlsx_votes(lang);
    let titles = pw::list_columns(lang);
    let mut columns: Vec<&str> = titles.iter().take(6).copied().collect();
    columns.extend([votes, share]);
    columns.extend(titles.iter().skip(7).copied());
    for (c, t) in (0u16..).zip(columns) {
        ws.write_string_with_format(HEAD, c, t, &head)?;
    }
    let mut r = HEAD + 1;
    for row in &l.rows {
        write_row(ws, r, row)?;
        r += 1;
    }
    ws.write_string_with_format(r + 1, 0, &l.cell_level, &bold)?;
    let sign = bold.set_align(FormatAlign::Center);
    for (i, line) in (0u32..).zip(pw::T::ListSignature.get(lang).lines()) {
        ws.merge_range(r + 3 + i, 7, r + 3 + i, 9, line, &sign)?;
    }
    let name = l.secretary.as_deref().unwrap_or(crate::words::BLANK);
    ws.merge_range(r + 8, 7, r + 8, 9, name, &sign)?;
    Ok(())
}

fn write_row(ws: &mut Worksheet, r: u32, row: &ListRow) -> Result<(), XlsxError> {
    let text = base().set_border(FormatBorder::Thin).set_text_wrap();
    let centred = text.clone().set_align(FormatAlign::Center);
    let no = u32::try_from(row.no).unwrap_or(u32::MAX);
    ws.write_number_with_format(r, 0, no, &centred)?;
    ws.write_string_with_format(r, 1, &row.name, &text)?;
    match row.born {
        Some(y) => ws.write_number_with_format(r, 2, y, &centred)?,
        None => ws.write_blank(r, 2, &centred)?,
    };
    ws.write_string_with_format(r, 3, &row.post, &centred)?;
    ws.write_string_with_format(r, 4, &row.membership, &centred)?;
    ws.write_string_with_format(r, 5, &row.self_assessed, &centred)?;
    match row.votes {
        Some((v, of)) if of > 0 => {
            ws.write_number_with_format(r, 6, v, &centred)?;
            let share = f64::from(v) / f64::from(of);
            ws.write_number_with_format(r, 7, share, &centred.clone().set_num_format("0.0%"))?;
        }
        _ => {
            ws.write_blank(r, 6, &centred)?;
            ws.write_blank(r, 7, &centred)?;
        }
    }
    ws.write_string_with_format(r, 8, &row.proposed, &centred)?;
    ws.write_string_with_format(r, 9, &row.remarks, &text)?;
    Ok(())
}
