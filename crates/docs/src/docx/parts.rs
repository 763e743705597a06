//! The DOCX's tables and page headers: the two-column national header, the results table, the
//! signatures, and the page-number header shown from page 2 (the first page's header carries
//! only the draft mark, if any).

use super::styles::{BODY, PARTY, STYLE_CELL, STYLE_CELL_HEAD, STYLE_CELL_LEFT};
use super::table::{Cell, Row, Table as WTable};
use super::xml::{Indent, Jc, Para, Piece, Run};
use super::{TEXT_W, centred, sized};
use crate::layout::{Align, Signature, Table};

/// The width of the header's left column in twips: the committee and the cell, each on one or
/// two lines; the right column takes the rest of the text width.
const HEADER_LEFT: usize = 4253;
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
/// (italic). Inside the margins, no borders.
pub(super) fn national_header(
    committee: &str,
    cell_name: &str,
    party: &str,
    place_date: &str,
) -> WTable {
    let (lw, rw) = (HEADER_LEFT, TEXT_W - HEADER_LEFT);
    let left = vec![
        centred(sized(committee, BODY)),
        centred(sized(cell_name, BODY).bold()),
        centred(sized("*", BODY)),
    ];
    let side = rw.saturating_sub(caps_width(party, PARTY)) / 2;
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
        centred(sized(place_date, BODY).italic()).spaced(120, 0),
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
