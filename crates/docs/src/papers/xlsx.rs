//! The list sent up as an XLSX workbook: the same rows as the DOCX ([`super::list::List`]), the
//! year of birth and the votes as numbers, laid out and set up to print as the paper does — the
//! party header (the place-and-date line on one line), the title, the table, the legend, the
//! cell's level and the secretary's signature; A4 landscape, one page wide, the table's header
//! row on every page, each row as tall as its wrapped text, and the signature never alone on a
//! page.

use rust_xlsxwriter::{Format as Cell, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::list::{List, ListRow};
use super::words as pw;
use crate::ExportError;
use chibo_core::i18n::Lang;

mod print;

use print::{Rows, line_height, lines};

/// Column widths in characters: STT, name, year, post, status, self, votes, share, proposed,
/// remarks.
const WIDTHS: [f64; 10] = [5.0, 26.0, 9.0, 12.0, 7.0, 9.0, 10.0, 9.0, 9.0, 32.0];
/// The last column, and the columns of the header's two blocks and of the signature.
const LAST: u16 = 9;
const LEFT: (u16, u16) = (0, 3);
const RIGHT: (u16, u16) = (5, LAST);
const SIGN: (u16, u16) = (6, LAST);

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
    let mut rows = Rows::default();
    header(ws, l, &mut rows)?;
    let head = table_head(ws, lang, &mut rows)?;
    let first = rows.next;
    for row in &l.rows {
        write_row(ws, &mut rows, row)?;
    }
    let tail = rows.next;
    close(ws, l, lang, &mut rows)?;
    print::set_up(ws, &rows, (head, first, tail))
}

/// The draft mark, then the party header: the committee, the cell and "*" on the left; the
/// party's name and the place-and-date line (on one line) on the right; then the title.
fn header(ws: &mut Worksheet, l: &List, rows: &mut Rows) -> Result<(), XlsxError> {
    let bold = base().set_bold();
    let centred = base().set_align(FormatAlign::Center);
    if let Some(d) = &l.draft {
        let r = rows.add(line_height(1));
        let mark = bold.clone().set_align(FormatAlign::Right);
        ws.write_string_with_format(r, LAST, d, &mark)?;
    }
    let left = [
        (l.committee.as_str(), centred.clone()),
        (l.cell.as_str(), centred.clone().set_bold()),
        ("*", centred.clone()),
    ];
    let right = [
        (
            l.party.as_str(),
            centred
                .clone()
                .set_bold()
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
        ),
        (l.place_date.as_str(), centred.clone().set_italic()),
    ];
    for i in 0..3 {
        let r = rows.add(line_height(1));
        if let Some((text, f)) = left.get(i) {
            ws.merge_range(r, LEFT.0, r, LEFT.1, text, f)?;
        }
        if let Some((text, f)) = right.get(i) {
            ws.merge_range(r, RIGHT.0, r, RIGHT.1, text, f)?;
        }
    }
    rows.add(line_height(1));
    let title = bold
        .set_font_size(14)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap();
    let r = rows.add(line_height(lines(&l.title, 128.0 * 12.0 / 14.0)) * 14.0 / 12.0);
    ws.merge_range(r, 0, r, LAST, &l.title, &title)?;
    rows.add(line_height(1) / 2.0);
    Ok(())
}

/// The table's header row; returns its row number (repeated on every printed page).
fn table_head(ws: &mut Worksheet, lang: Lang, rows: &mut Rows) -> Result<u32, XlsxError> {
    let head = base()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    let [votes, share] = pw::xlsx_votes(lang);
    let titles = pw::list_columns(lang);
    let mut columns: Vec<&str> = titles.iter().take(6).copied().collect();
    columns.extend([votes, share]);
    columns.extend(titles.iter().skip(7).copied());
    let tallest = columns
        .iter()
        .zip(WIDTHS)
        .map(|(t, w)| lines(t, w))
        .max()
        .unwrap_or(1);
    let r = rows.add(line_height(tallest));
    for (c, t) in (0u16..).zip(columns) {
        ws.write_string_with_format(r, c, t, &head)?;
    }
    Ok(r)
}

/// One member's row, as tall as its most wrapped cell.
fn write_row(ws: &mut Worksheet, rows: &mut Rows, row: &ListRow) -> Result<(), XlsxError> {
    let text = base()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let centred = text.clone().set_align(FormatAlign::Center);
    let wrapped = [(&row.name, 1), (&row.post, 3), (&row.remarks, 9)];
    let tallest = wrapped
        .iter()
        .map(|(t, c)| lines(t, WIDTHS.get(*c).copied().unwrap_or(10.0)))
        .max()
        .unwrap_or(1);
    let r = rows.add(line_height(tallest));
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

/// Under the table: the legend, the cell's own level, and the secretary's signature.
fn close(ws: &mut Worksheet, l: &List, lang: Lang, rows: &mut Rows) -> Result<(), XlsxError> {
    let full: f64 = WIDTHS.iter().sum();
    let legend = base().set_italic().set_text_wrap();
    let r = rows.add(line_height(lines(&l.legend, full)));
    ws.merge_range(r, 0, r, LAST, &l.legend, &legend)?;
    let bold = base().set_bold();
    let r = rows.add(line_height(lines(&l.cell_level, full)));
    ws.merge_range(r, 0, r, LAST, &l.cell_level, &bold.clone().set_text_wrap())?;
    rows.add(line_height(1));
    let sign = bold.set_align(FormatAlign::Center);
    for line in pw::T::ListSignature.get(lang).lines() {
        let r = rows.add(line_height(1));
        ws.merge_range(r, SIGN.0, r, SIGN.1, line, &sign)?;
    }
    for _ in 0..3 {
        rows.add(line_height(1));
    }
    let name = l.secretary.as_deref().unwrap_or(crate::words::BLANK);
    let r = rows.add(line_height(1));
    ws.merge_range(r, SIGN.0, r, SIGN.1, name, &sign)?;
    Ok(())
}
