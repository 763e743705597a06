//! The DOCX's tables and page headers: the two-column national header, the results table, the
//! signatures, and the page-number header shown from page 2 (the first page's header carries
//! only the draft mark, if any).

use super::metrics::{Style, width};
use super::styles::{BODY, PARTY, STYLE_CELL, STYLE_CELL_HEAD, STYLE_CELL_LEFT};
use super::table::{Cell, Row, Table as WTable};
use super::xml::{Indent, Jc, Para, Piece, Run};
use super::{TEXT_W, centred, sized};
use crate::layout::{Align, Signature, Table};

/// The width of the header's left column in twips: the committee and the cell, each on one or
/// two lines; the right column takes the rest of the text width.
const HEADER_LEFT: usize = 4253;
/// The least the left column keeps when the place-and-date line needs more room (57 mm: the
/// committee's name on two lines at most).
const HEADER_LEFT_MIN: usize = 3200;
/// Room kept beside the place-and-date line, in twips (2.5 pt): the widths are the font's own.
const LINE_SLACK: usize = 50;
/// The results table's header row is at least 7 mm high, so that a one-line header does not
/// look cramped over the body rows.
const HEADER_ROW_HEIGHT: u32 = 397;

fn cell(width: usize, paras: Vec<Para>) -> Cell {
    Cell {
        width: Some(width),
        middle: false,
        paras,
    }
}

/// The right column's width and the place-and-date line's size (half-points): the line stays on
/// one line at 14 pt (HD 36), the column widened into the left one as far as it can give (the
/// committee's name then on two lines at most); at 13 pt only when even that is too narrow.
fn place_date_fit(place_date: &str) -> (usize, usize) {
    let (usual, widest) = (TEXT_W - HEADER_LEFT, TEXT_W - HEADER_LEFT_MIN);
    for size in [BODY, BODY - 2] {
        let need = width(place_date, Style::Italic, size) + LINE_SLACK;
        if need <= widest {
            return (need.max(usual), size);
        }
    }
    (widest, BODY - 2)
}

/// Left: committee (upright), cell (bold), "*"; right: the party (15 pt bold) over a rule of
/// its own width (a bottom border of the paragraph, indented to the text), the place and date
/// (italic). Inside the margins, no borders.
pub(super) fn national_header(
    committee: &str,
    cell_name: &str,
    party: &str,
    place_date: &str,
) -> WTable {
    let (rw, date_size) = place_date_fit(place_date);
    let lw = TEXT_W - rw;
    let left = vec![
        centred(sized(committee, BODY)),
        centred(sized(cell_name, BODY).bold()),
        centred(sized("*", BODY)),
    ];
    let side = rw.saturating_sub(width(party, Style::Bold, PARTY)) / 2;
    // Half the header's width in twips: far within i32.
    let side = i32::try_from(side).unwrap_or(0);
    let mut rule = centred(sized(party, PARTY).bold());
    rule.props.indent = Some(Indent {
        left: side,
        right: side,
        first_line: 0,
    });
    rule.props.rule_below = true;
    let right = vec![
        rule,
        // Plain spaces: the column holds the line, and LibreOffice draws a no-break space wider
        // than a space (0.35 em for 0.25), which would wrap it.
        centred(Run::text(place_date).sized(date_size).italic()).spaced(120, 0),
    ];
    WTable {
        cell_margin: Some(0),
        grid: vec![lw, rw],
        rows: vec![Row {
            cells: vec![cell(lw, left), cell(rw, right)],
            ..Row::default()
        }],
        ..WTable::default()
    }
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

/// The results, ruled; the header row repeats on each page; no row splits across pages.
pub(super) fn results(t: &Table) -> WTable {
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
                let p = match a {
                    Align::Center => Para::styled(STYLE_CELL),
                    Align::Left => Para::styled(STYLE_CELL_LEFT),
                    Align::Right => Para::styled(STYLE_CELL).align(Jc::Right),
                };
                let p = p.keep_next(i == last);
                let p = if text.is_empty() {
                    p
                } else {
                    p.with(Run::text(text))
                };
                Cell {
                    width: None,
                    // A tall row (a ballot's) keeps its text in the middle of the box.
                    middle: t.row_height > 0,
                    paras: vec![p],
                }
            })
            .collect();
        Row {
            header: false,
            cant_split: true,
            min_height: (t.row_height > 0).then_some(t.row_height),
            cells,
        }
    });
    WTable {
        ruled: true,
        fixed: true,
        cell_margin: Some(57),
        grid: w,
        rows: std::iter::once(head).chain(rows).collect(),
    }
}

/// The table's header row, marked to repeat at the top of each page.
fn header_row(t: &Table, w: &[usize]) -> Row {
    let cells = t.columns.iter().zip(w).map(|((title, _), width)| {
        let p = Para::styled(STYLE_CELL_HEAD).with(Run::text(title));
        cell(*width, vec![p])
    });
    Row {
        header: true,
        cant_split: true,
        min_height: Some(HEADER_ROW_HEIGHT),
        cells: cells.collect(),
    }
}

/// THƯ KÝ on the left, CHỦ TRÌ on the right, room to sign, the names under them.
pub(super) fn signatures(s: &[Signature; 2]) -> WTable {
    let half = TEXT_W / 2;
    let block = |sig: &Signature| {
        let mut ps = vec![
            centred(Run::text(&sig.title).bold())
                .spaced(360, 0)
                .keep_next(true),
        ];
        ps.extend((0..3).map(|_| Para::default().keep_next(true)));
        ps.push(centred(Run::text(&sig.name).bold()));
        cell(half, ps)
    };
    let [left, right] = s;
    WTable {
        grid: vec![half, TEXT_W - half],
        rows: vec![Row {
            cant_split: true,
            cells: vec![block(left), block(right)],
            ..Row::default()
        }],
        ..WTable::default()
    }
}

/// The header of pages 2 on: the page number, top centre.
pub(super) fn page_number() -> Para {
    centred(Run::of(Piece::PageNumber))
}

/// The first page's header: empty, or the draft mark at the top right.
pub(super) fn first_page(draft: Option<&str>) -> Para {
    let p = Para::default().align(Jc::Right);
    match draft {
        Some(d) => p.with(sized(d, BODY).bold()),
        None => p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_and_date_line_gets_the_room_of_one_line() {
        // It wrapped in LibreOffice in the usual 90 mm column.
        let line = "Phường Tân Định, ngày 12 tháng 12 năm 2024";
        let needs = width(line, Style::Italic, BODY);
        assert!(needs > TEXT_W - HEADER_LEFT);
        let (rw, size) = place_date_fit(line);
        assert_eq!(size, BODY);
        assert!(rw >= needs + LINE_SLACK);
        // The committee's name keeps its one line beside it.
        let committee = width("ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH", Style::Regular, BODY);
        assert!(TEXT_W - rw >= committee);
        // A short line keeps the usual columns.
        assert_eq!(
            place_date_fit("Huế, ngày 01 tháng 12 năm 2025").0,
            TEXT_W - HEADER_LEFT
        );
        // A very long one goes down to 13 pt before it would wrap.
        let long = "Thị trấn Phước Bửu, huyện Xuyên Mộc, ngày 15 tháng 12 năm 2025";
        assert_eq!(place_date_fit(long).1, BODY - 2);
    }
}
