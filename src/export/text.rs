//! Plain-text rendering of the minutes' blocks at 80 columns, for printing or pasting: widths
//! are display widths, paragraphs wrap, tables align and wrap their cells.

use unicode_width::UnicodeWidthStr;

use super::layout::{Align, Block, Doc, Span, Table};

/// The page width in display columns.
pub const WIDTH: usize = 80;

/// The minutes as plain text, every line at most [`WIDTH`] columns.
pub fn render(d: &Doc) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut prev: Option<&Block> = None;
    for b in &d.blocks {
        let tight = matches!(
            (prev, b),
            (Some(Block::Para(_) | Block::Item(_)), Block::Item(_))
                | (Some(Block::Title(_)), Block::Subtitle(_))
        );
        if prev.is_some() && !tight {
            lines.push(String::new());
        }
        block(b, &mut lines);
        prev = Some(b);
    }
    let mut out = lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

fn block(b: &Block, lines: &mut Vec<String>) {
    match b {
        Block::Header {
            committee,
            cell,
            party,
            place_date,
        } => {
            let rule = "─".repeat(party.width());
            let left = [committee.as_str(), cell.as_str(), "*"];
            let right = [party.as_str(), rule.as_str(), place_date.as_str()];
            columns(&left, &right, lines);
        }
        Block::Title(t) => lines.push(center(t, WIDTH)),
        Block::Subtitle(t) => lines.extend(wrap(t, WIDTH, "", "").iter().map(|l| center(l, WIDTH))),
        Block::Heading(t) | Block::Subheading(t) => lines.extend(wrap(t, WIDTH, "", "")),
        Block::Para(spans) => lines.extend(wrap(&plain(spans), WIDTH, "", "")),
        Block::Item(spans) => lines.extend(wrap(&plain(spans), WIDTH, "- ", "  ")),
        Block::Table(t) => table(t, lines),
        Block::Signatures([l, r]) => {
            let blank = "";
            let left = [l.title.as_str(), blank, blank, blank, l.name.as_str()];
            let right = [r.title.as_str(), blank, blank, blank, r.name.as_str()];
            columns(&left, &right, lines);
        }
    }
}

fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Two blocks of centred lines side by side; one above the other when they do not fit.
fn columns(left: &[&str], right: &[&str], lines: &mut Vec<String>) {
    let widest = |v: &[&str]| v.iter().map(|s| s.width()).max().unwrap_or(0);
    let right_w = widest(right).max(WIDTH / 2);
    let left_w = WIDTH.saturating_sub(right_w);
    if widest(left) > left_w || right_w > WIDTH {
        for s in left.iter().chain(right) {
            lines.extend(wrap(s, WIDTH, "", "").iter().map(|l| center(l, WIDTH)));
        }
        return;
    }
    for i in 0..left.len().max(right.len()) {
        let l = center(left.get(i).copied().unwrap_or(""), left_w);
        let r = center(right.get(i).copied().unwrap_or(""), right_w);
        lines.push(format!("{l}{r}"));
    }
}

/// `s` centred in `width` columns (padded on both sides).
fn center(s: &str, width: usize) -> String {
    let w = s.width();
    let left = width.saturating_sub(w) / 2;
    let right = width.saturating_sub(w + left);
    format!("{}{s}{}", " ".repeat(left), " ".repeat(right))
}

fn pad(s: &str, width: usize, align: Align) -> String {
    let gap = width.saturating_sub(s.width());
    match align {
        Align::Left => format!("{s}{}", " ".repeat(gap)),
        Align::Right => format!("{}{s}", " ".repeat(gap)),
        Align::Center => center(s, width),
    }
}

/// Wraps `text` to `width` columns at spaces; words wider than a line are cut. The first line
/// starts with `first`, the others with `rest`; line breaks in the text are kept.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = Line::new(first);
    for (n, para) in text.split('\n').enumerate() {
        if n > 0 {
            out.push(line.take(rest));
        }
        for word in para.split_whitespace() {
            let ww = word.width();
            if !line.fresh && line.width + 1 + ww > width {
                out.push(line.take(rest));
            }
            if !line.fresh {
                line.push(" ", 1);
            }
            if line.width + ww <= width {
                line.push(word, ww);
            } else {
                cut_into(word, width, rest, &mut line, &mut out);
            }
            line.fresh = false;
        }
    }
    out.push(line.text);
    out
}

/// A line being filled, with its display width kept as it grows.
struct Line {
    text: String,
    width: usize,
    indent: usize,
    fresh: bool,
}

impl Line {
    fn new(indent: &str) -> Self {
        Line {
            text: indent.to_owned(),
            width: indent.width(),
            indent: indent.width(),
            fresh: true,
        }
    }
    fn push(&mut self, s: &str, w: usize) {
        self.text.push_str(s);
        self.width += w;
    }
    /// The finished line; a new one starts with `indent`.
    fn take(&mut self, indent: &str) -> String {
        std::mem::replace(self, Line::new(indent)).text
    }
}

/// Appends `word` to `line`, breaking it across lines where it overflows.
fn cut_into(word: &str, width: usize, rest: &str, line: &mut Line, out: &mut Vec<String>) {
    for c in word.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if line.width + cw > width && line.width > line.indent {
            out.push(line.take(rest));
        }
        let mut buf = [0u8; 4];
        line.push(c.encode_utf8(&mut buf), cw);
    }
}

/// Column widths that fit the page: natural widths, narrowed widest first down to each
/// column's longest word, and only then below it (cutting words) if the page is still too narrow.
fn widths(t: &Table) -> Vec<usize> {
    let cells = |i: usize| {
        std::iter::once(t.columns[i].0.as_str()).chain(
            t.rows
                .iter()
                .filter_map(move |r| r.get(i))
                .map(String::as_str),
        )
    };
    let n = t.columns.len();
    let mut w: Vec<usize> = (0..n)
        .map(|i| cells(i).map(|c| c.width()).max().unwrap_or(1))
        .collect();
    let words: Vec<usize> = (0..n)
        .map(|i| {
            cells(i)
                .flat_map(str::split_whitespace)
                .map(|x| x.width())
                .max()
                .unwrap_or(1)
        })
        .collect();
    let room = WIDTH.saturating_sub(GAP.width() * n.saturating_sub(1));
    for floor in [&words[..], &vec![1; n][..]] {
        while w.iter().sum::<usize>() > room {
            let widest = (0..n).filter(|i| w[*i] > floor[*i]).max_by_key(|i| w[*i]);
            let Some(i) = widest else { break };
            w[i] -= 1;
        }
    }
    w
}

const GAP: &str = "  ";

fn table(t: &Table, lines: &mut Vec<String>) {
    let w = widths(t);
    let head: Vec<String> = t.columns.iter().map(|(c, _)| c.clone()).collect();
    let aligns: Vec<Align> = t.columns.iter().map(|(_, a)| *a).collect();
    row(&head, &w, &aligns, lines);
    let rule: Vec<String> = w.iter().map(|x| "-".repeat(*x)).collect();
    lines.push(rule.join(GAP));
    for r in &t.rows {
        row(r, &w, &aligns, lines);
    }
}

/// One table row, its cells wrapped to their columns, as many lines as the tallest cell.
fn row(cells: &[String], w: &[usize], aligns: &[Align], lines: &mut Vec<String>) {
    let wrapped: Vec<Vec<String>> = w
        .iter()
        .enumerate()
        .map(|(i, width)| wrap(cells.get(i).map_or("", String::as_str), *width, "", ""))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    for k in 0..height {
        let parts: Vec<String> = wrapped
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c.get(k).map_or("", String::as_str), w[i], aligns[i]))
            .collect();
        lines.push(parts.join(GAP));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width_with_a_hanging_indent() {
        let text = "Hoàn thành xuất sắc nhiệm vụ ".repeat(5);
        let lines = wrap(&text, 30, "- ", "  ");
        assert!(lines.iter().all(|l| l.width() <= 30), "{lines:?}");
        assert!(lines[0].starts_with("- Hoàn"));
        assert!(lines[1..].iter().all(|l| l.starts_with("  ")));
        let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(words.len(), 31, "every word kept, plus the dash");
    }

    #[test]
    fn cuts_a_word_wider_than_the_line() {
        let hex = "3390d8ba28d54f2b28e84862de5d4f6a4d80f7d741c5bbec3002fc7e1a135a1c";
        let lines = wrap(hex, 20, "", "");
        assert_eq!(lines.len(), 4);
        assert!(lines.iter().all(|l| l.width() <= 20));
        assert_eq!(lines.concat(), hex);
    }

    #[test]
    fn keeps_line_breaks_of_the_text() {
        assert_eq!(wrap("một\nhai", 80, "", "  "), ["một", "  hai"]);
    }

    #[test]
    fn narrows_tables_at_word_boundaries_first() {
        let t = Table {
            columns: vec![
                ("Họ và tên".into(), Align::Left),
                ("Ghi chú".into(), Align::Left),
            ],
            rows: vec![vec!["Nguyễn Thị Phương Thảo".into(), "ý kiến ".repeat(20)]],
        };
        let w = widths(&t);
        assert_eq!(w[0], 22, "the name keeps its width");
        assert_eq!(w.iter().sum::<usize>() + GAP.width(), WIDTH);
        let mut lines = Vec::new();
        table(&t, &mut lines);
        assert!(lines.iter().all(|l| l.width() <= WIDTH));
        assert!(lines.len() > 3, "the long cell wraps onto more lines");
    }

    #[test]
    fn centres_by_display_width() {
        assert_eq!(center("ĐẢNG", 8), "  ĐẢNG  ");
    }
}
