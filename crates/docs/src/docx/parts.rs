//! The DOCX's tables and page headers: the two-column national header, the results table, the
//! signatures, and the page-number header shown from page 2 (the first page's header carries
//! only the draft mark, if any).

use docx_rs::{
    AlignmentType, BorderType, Header, PageNum, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, Table as DTable, TableCell, TableCellMargins, TableLayoutType,
    TableRow, WidthType,
};

use super::package::HEADER_ROW_HEIGHT;
use super::{
    BODY, PARTY, STYLE_CELL, STYLE_CELL_HEAD, STYLE_CELL_LEFT, TEXT_W, centred, run, sized, spaced,
};
use crate::layout::{Align, Signature, Table};

/// The width of the header's left column in twips: the committee and the cell, each on one or
/// two lines; the right column takes the rest of the text width.
const HEADER_LEFT: usize = 4253;

fn cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |c, p| {
            c.add_paragraph(p)
        })
}

/// The width of `text` in Times New Roman bold capitals at `half_points`, in twips: an estimate
/// from average glyph widths, for the rule under the party's name.
fn caps_width(text: &str, half_points: usize) -> usize {
    let em: usize = text
        .chars()
        .map(|c| match c {
            ' ' => 250,
            'I' | 'J' => 420,
            'M' | 'W' => 960,
            c if c.is_uppercase() => 740,
            _ => 560,
        })
        .sum();
    // em thousandths × size in points × 20 twips per point.
    em * half_points * 10 / 1000
}

/// Left: committee (upright), cell (bold), "*"; right: the party (15 pt bold) over a rule of
/// its own width (a bottom border of the paragraph, indented to the text), the place and date
/// (italic). Inside the margins.
pub fn national_header(committee: &str, cell_name: &str, party: &str, place_date: &str) -> DTable {
    let (lw, rw) = (HEADER_LEFT, TEXT_W - HEADER_LEFT);
    let left = vec![
        centred(sized(committee, BODY)),
        centred(sized(cell_name, BODY).bold()),
        centred(sized("*", BODY)),
    ];
    let side = rw.saturating_sub(caps_width(party, PARTY)) / 2;
    // Half the header's width in twips: far within i32.
    let side = i32::try_from(side).unwrap_or(0);
    let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(6)
        .space(1);
    let right = vec![
        centred(sized(party, PARTY).bold())
            .indent(Some(side), None, Some(side), None)
            .set_borders(docx_rs::ParagraphBorders::with_empty().set(rule)),
        spaced(centred(sized(place_date, BODY).italic()), 120, 0),
    ];
    DTable::without_borders(vec![TableRow::new(vec![cell(lw, left), cell(rw, right)])])
        .set_grid(vec![lw, rw])
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

/// Column widths of the results table in twips, filling the text width; the name column takes
/// what the others leave (about 40 mm: a full name on one line at the table's 10 pt).
pub fn result_widths(n: usize) -> Vec<usize> {
    // No., name, membership, self-assessed, four vote columns, proposed.
    const VOTES: usize = 950;
    let fixed = [500, 0, 800, VOTES, VOTES, VOTES, VOTES, VOTES, 1000];
    // A column past these (none today) is as wide as a vote column.
    let mut w: Vec<usize> = (0..n)
        .map(|i| fixed.get(i).copied().unwrap_or(VOTES))
        .collect();
    let used: usize = w.iter().sum();
    if let Some(name) = w.get_mut(1) {
        *name = TEXT_W.saturating_sub(used).max(1800);
    }
    w
}

/// Widths in twips where a 0 takes what the others leave of the text width.
fn fill(widths: &[usize]) -> Vec<usize> {
    let rest = TEXT_W.saturating_sub(widths.iter().sum());
    widths
        .iter()
        .map(|w| if *w == 0 { rest.max(1000) } else { *w })
        .collect()
}

/// The results, ruled; the header row repeats on each page (marked by its height, see
/// [`super::package`]); no row splits across pages.
pub fn results(t: &Table) -> DTable {
    let w = if t.widths.is_empty() {
        result_widths(t.columns.len())
    } else {
        fill(&t.widths)
    };
    let head = header_row(t, &w);
    // Body cells take their widths from the grid (fixed layout) and their alignment from a
    // style: a 60-member table has 540 of them, and each element costs time to write.
    let last = t.rows.len().saturating_sub(1);
    let rows = t.rows.iter().enumerate().map(|(i, r)| {
        let cells = r
            .iter()
            .zip(&t.columns)
            .map(|(text, (_, a))| {
                // The last row keeps with the legend under the table.
                let p = Paragraph::new().keep_next(i == last);
                let p = match a {
                    Align::Center => p.style(STYLE_CELL),
                    Align::Left => p.style(STYLE_CELL_LEFT),
                    Align::Right => p.style(STYLE_CELL).align(AlignmentType::Right),
                };
                let p = if text.is_empty() {
                    p
                } else {
                    p.add_run(run(text))
                };
                let c = TableCell::new().add_paragraph(p);
                // A tall row (a ballot's) keeps its text in the middle of the box.
                if t.row_height > 0 {
                    c.vertical_align(docx_rs::VAlignType::Center)
                } else {
                    c
                }
            })
            .collect();
        let row = TableRow::new(cells).cant_split();
        if t.row_height > 0 {
            #[allow(clippy::cast_precision_loss)] // a few hundred twips
            let h = t.row_height as f32;
            row.row_height(h).height_rule(docx_rs::HeightRule::AtLeast)
        } else {
            row
        }
    });
    DTable::new(std::iter::once(head).chain(rows).collect())
        .set_grid(w)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 57, 0, 57))
}

/// The table's header row (repeated on each page by the package step).
fn header_row(t: &Table, w: &[usize]) -> TableRow {
    let cells = t.columns.iter().zip(w).map(|((title, _), width)| {
        let p = Paragraph::new().style(STYLE_CELL_HEAD).add_run(run(title));
        cell(*width, vec![p])
    });
    TableRow::new(cells.collect())
        .row_height(HEADER_ROW_HEIGHT)
        .height_rule(docx_rs::HeightRule::AtLeast)
        .cant_split()
}

/// THƯ KÝ on the left, CHỦ TRÌ on the right, room to sign, the names under them.
pub fn signatures(s: &[Signature; 2]) -> DTable {
    let half = TEXT_W / 2;
    let block = |sig: &Signature| {
        let mut ps = vec![spaced(centred(run(&sig.title).bold()), 360, 0).keep_next(true)];
        ps.extend((0..3).map(|_| Paragraph::new().keep_next(true)));
        ps.push(centred(run(&sig.name).bold()));
        cell(half, ps)
    };
    DTable::without_borders(vec![
        TableRow::new(vec![block(&s[0]), block(&s[1])]).cant_split(),
    ])
    .set_grid(vec![half, TEXT_W - half])
}

/// The header of pages 2 on: the page number, top centre.
pub fn page_number() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new()),
    )
}

/// The first page's header: empty, or the draft mark at the top right.
pub fn first_page(draft: Option<&str>) -> Header {
    let p = Paragraph::new().align(AlignmentType::Right);
    Header::new().add_paragraph(match draft {
        Some(d) => p.add_run(sized(d, BODY).bold()),
        None => p,
    })
}
