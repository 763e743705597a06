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
    let mut line = first.to_owned();
    let mut fresh = true;
    for (n, para) in text.split('\n').enumerate() {
        if n > 0 {
            out.push(std::mem::replace(&mut line, rest.to_owned()));
            fresh = true;
        }
        for word in para.split_whitespace() {
            let sep = usize::from(!fresh);
            if !fresh && line.width() + sep + word.width() > width {
                out.push(std::mem::replace(&mut line, rest.to_owned()));
                fresh = true;
            }
            if !fresh {
                line.push(' ');
            }
            cut_into(word, width, rest, &mut line, &mut out);
            fresh = false;
        }
    }
    out.push(line);
    out
}

/// Appends `word` to `line`, breaking it across lines when it is wider than the room left.
fn cut_into(word: &str, width: usize, rest: &str, line: &mut String, out: &mut Vec<String>) {
    for c in word.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if line.width() + cw > width && line.width() > rest.width() {
            out.push(std::mem::replace(line, rest.to_owned()));
        }
        line.push(c);
    }
}

/// Column widths that fit the page: natural widths, the widest column narrowed first.
fn widths(t: &Table) -> Vec<usize> {
    let n = t.columns.len();
    let natural = |i: usize| {
        let head = t.columns[i].0.width();
        t.rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.width())
            .fold(head, usize::max)
    };
    let mut w: Vec<usize> = (0..n).map(natural).collect();
    let room = WIDTH.saturating_sub(GAP.width() * n.saturating_sub(1));
    while w.iter().sum::<usize>() > room {
        let Some((i, _)) = w
            .iter()
            .enumerate()
            .filter(|(_, x)| **x > 1)
            .max_by_key(|(_, x)| **x)
        else {
            break;
        };
        w[i] -= 1;
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
