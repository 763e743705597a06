//! How the list's sheet prints: every row's height is set from its wrapped text (a spreadsheet
//! opened elsewhere does not grow rows itself, and a wrapped note then overlaps the next row),
//! A4 landscape, one page wide, the table's header row on every page; the whole list on one
//! page when it nearly fits, and otherwise page breaks of our own. The heights are the most a
//! row takes (fitting to the page's width only shrinks them), so a page of ours always fits on
//! the printed page, the printer adds no break of its own, and the signature is kept with the
//! last rows of the table.

use rust_xlsxwriter::{Worksheet, XlsxError};

/// The height of a line of 12 pt Times New Roman, in points.
const LINE: f64 = 15.75;
/// Characters of 12 pt Times New Roman in a column-width character (Calibri 11's digit): a
/// little more than one in print; one keeps a row as tall as it may need.
const CHARS_PER_WIDTH: f64 = 1.0;
/// A4 landscape, less the margins and the room of an (empty) page header and footer: the
/// printed height, in points.
const PAGE_HEIGHT: f64 = 595.0 - 2.0 * 72.0 * (MARGIN_TB + MARGIN_HF);
/// The margins, in inches.
const MARGIN_LR: f64 = 0.5;
const MARGIN_TB: f64 = 0.6;
const MARGIN_HF: f64 = 0.3;
/// Up to this many pages' worth of rows is printed on one page, scaled down (to two thirds at
/// the least; the heights are the most a row takes, so usually less).
const ONE_PAGE_SLACK: f64 = 1.5;
/// The paper size code for A4.
const A4: u8 = 9;

/// The rows written so far and their heights.
#[derive(Debug, Default)]
pub(super) struct Rows {
    /// The next row's number.
    pub(super) next: u32,
    heights: Vec<f64>,
}

impl Rows {
    /// A new row `height` points tall; returns its number.
    pub(super) fn add(&mut self, height: f64) -> u32 {
        let r = self.next;
        self.heights.push(height);
        self.next += 1;
        r
    }

    fn height(&self, from: u32, to: u32) -> f64 {
        let (a, b) = (from as usize, to as usize);
        self.heights.get(a..b).map_or(0.0, |h| h.iter().sum())
    }
}

/// How many lines `text` takes in a column `width` characters wide, wrapped at spaces as a
/// spreadsheet wraps it (each line of its own, and at least one).
pub(super) fn lines(text: &str, width: f64) -> usize {
    // A column's width counts Calibri digits; a 12 pt Times New Roman character is about one.
    let per_line = (width * CHARS_PER_WIDTH).max(1.0) as usize;
    text.split('\n')
        .map(|l| wrapped(l, per_line))
        .sum::<usize>()
        .max(1)
}

/// The lines of one paragraph wrapped greedily at spaces, `per_line` characters a line (a word
/// longer than a line takes lines of its own).
fn wrapped(text: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        let with_space = if used == 0 { n } else { used + 1 + n };
        if with_space <= per_line {
            used = with_space;
        } else {
            // On a line of its own (a new one unless this one is empty), then as many more as
            // the word is long; what it leaves on its last line.
            let more = n.saturating_sub(1) / per_line;
            lines += more + usize::from(used > 0);
            used = n - more * per_line;
        }
    }
    lines
}

/// The height of `n` lines of text, with a little room, in points.
pub(super) fn line_height(n: usize) -> f64 {
    n as f64 * LINE + 2.0
}

/// Sets the rows' heights and the page: A4 landscape, centred, one page wide, the header row
/// `head` repeated; the table's rows are `first..tail`, what follows them is the signature.
pub(super) fn set_up(
    ws: &mut Worksheet,
    rows: &Rows,
    (head, first, tail): (u32, u32, u32),
) -> Result<(), XlsxError> {
    for (r, h) in (0u32..).zip(&rows.heights) {
        ws.set_row_height(r, *h)?;
    }
    ws.set_paper_size(A4);
    ws.set_landscape();
    ws.set_margins(
        MARGIN_LR, MARGIN_LR, MARGIN_TB, MARGIN_TB, MARGIN_HF, MARGIN_HF,
    );
    ws.set_print_center_horizontally(true);
    ws.set_repeat_rows(head, head)?;
    ws.set_print_area(0, 0, rows.next.saturating_sub(1), super::LAST)?;
    let total = rows.height(0, rows.next);
    if total <= PAGE_HEIGHT * ONE_PAGE_SLACK {
        ws.set_print_fit_to_pages(1, 1);
        return Ok(());
    }
    ws.set_print_fit_to_pages(1, 0);
    ws.set_page_breaks(&page_breaks(rows, (head, first, tail)))?;
    Ok(())
}

/// The rows that begin a page: the table's rows as many as a page holds under the repeated
/// header row, and the signature (rows from `tail` on) never apart from the last two rows of
/// the table.
fn page_breaks(rows: &Rows, (head, first, tail): (u32, u32, u32)) -> Vec<u32> {
    let repeated = rows.height(head, head + 1);
    let signature = rows.height(tail, rows.next);
    let mut breaks = Vec::new();
    let mut used = rows.height(0, first);
    for r in first..tail {
        let h = rows.height(r, r + 1);
        // The last two rows go with the signature: they need room for it too.
        let needs = if r + 2 == tail {
            rows.height(r, tail) + signature
        } else {
            h
        };
        if used + needs > PAGE_HEIGHT && r > first {
            breaks.push(r);
            used = repeated;
        }
        used += h;
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_wraps_to_as_many_lines_as_it_needs() {
        assert_eq!(lines("", 32.0), 1);
        assert_eq!(lines("Vắng mặt, kiểm điểm, xếp loại sau", 32.0), 2);
        assert_eq!(lines("Vắng mặt, kiểm điểm, xếp loại", 32.0), 1);
        assert_eq!(lines("a\nb", 32.0), 2);
        // Wrapped at spaces: "aaaa bbbb" in 6 takes two lines, a long word its own.
        assert_eq!(lines("aaaa bbbb", 6.0), 2);
        assert_eq!(lines("aaaaaaaaaaaaa", 6.0), 3);
        assert_eq!(lines("aa aaaaaaaaaaaaa", 6.0), 4);
        assert_eq!(lines("aaaaaa b", 6.0), 2);
    }

    #[test]
    fn the_signature_is_never_alone_on_its_page() {
        // A header of 134 pt, then rows of 17.75 pt: 18 fill the first page (465 pt).
        let mut rows = Rows::default();
        rows.add(100.0);
        let head = rows.add(34.0);
        let first = rows.next;
        for _ in 0..18 {
            rows.add(17.75);
        }
        let tail = rows.next;
        for _ in 0..8 {
            rows.add(15.0);
        }
        // The table fits the page, the signature does not: the last two rows go with it.
        assert_eq!(page_breaks(&rows, (head, first, tail)), vec![tail - 2]);
        // Forty more rows: full pages of 24 rows under the repeated header, then the rest with
        // the signature.
        let mut long = Rows::default();
        long.add(100.0);
        let head = long.add(34.0);
        let first = long.next;
        for _ in 0..58 {
            long.add(17.75);
        }
        let tail = long.next;
        for _ in 0..8 {
            long.add(15.0);
        }
        let breaks = page_breaks(&long, (head, first, tail));
        assert_eq!(breaks.first(), Some(&(first + 18)));
        assert!(breaks.windows(2).all(|w| w[1] - w[0] <= 24), "{breaks:?}");
        assert!(breaks.last().is_some_and(|b| *b <= tail - 2));
    }
}
