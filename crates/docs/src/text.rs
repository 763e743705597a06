//! Plain-text rendering of the minutes' blocks at 80 columns, for printing or pasting: widths
//! are display widths, paragraphs wrap, tables align and wrap their cells.

use unicode_width::UnicodeWidthStr;

use super::layout::{Align, Block, Doc, Span, Table};

/// The page width in display columns.
pub const WIDTH: usize = 80;

/// The minutes as plain text, every line at most [`WIDTH`] columns. No control character but
/// newline reaches the text (any other is written visibly, `\u{1b}`).
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
    chibo_core::domain::visible(&out).into_owned()
}

fn block(b: &Block, lines: &mut Vec<String>) {
    match b {
        Block::Draft(t) => lines.push(" ".repeat(WIDTH.saturating_sub(t.width())) + t),
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
        // A cut line between ballots.
        Block::PageBreak => lines.push("- ".repeat(WIDTH / 2)),
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
        // The shorter side is padded with blank lines.
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

/// Wraps `text` to `width` display columns at spaces (textwrap, first fit); words wider than a
/// line are cut. The first line starts with `first`, the others with `rest`; line breaks in the
/// text are kept, runs of spaces inside a paragraph count as one (as typed text often has them).
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let tidy = text
        .split('\n')
        .map(|para| para.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    // Break only at spaces, never at hyphens: a name or "Quy định 124-QĐ/TW" stays whole.
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(true)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    textwrap::wrap(&tidy, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// Column `i` of a table: its heading and every row's `i`-th cell.
fn column(t: &Table, i: usize) -> impl Iterator<Item = &str> {
    let head = t.columns.get(i).map(|(h, _)| h.as_str());
    let cells = t.rows.iter().filter_map(move |r| r.get(i));
    head.into_iter().chain(cells.map(String::as_str))
}

/// Column widths that fit the page: natural widths, narrowed widest first down to each
/// column's longest word, and only then below it (cutting words) if the page is still too narrow.
fn widths(t: &Table) -> Vec<usize> {
    let widest = |i| column(t, i).map(UnicodeWidthStr::width).max().unwrap_or(1);
    let longest_word = |i| {
        column(t, i)
            .flat_map(str::split_whitespace)
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(1)
    };
    let mut w: Vec<usize> = (0..t.columns.len()).map(widest).collect();
    let words: Vec<usize> = (0..t.columns.len()).map(longest_word).collect();
    let n = t.columns.len();
    let room = WIDTH.saturating_sub(GAP.width() * n.saturating_sub(1));
    // A left-aligned column (a name) keeps its full width while the others can wrap.
    let names: Vec<usize> = (t.columns.iter().zip(&w).zip(&words))
        .map(|(((_, a), full), word)| if *a == Align::Left { *full } else { *word })
        .collect();
    for floor in [names, words, vec![1; n]] {
        while w.iter().sum::<usize>() > room {
            // The widest column still above its floor (the last one on a tie).
            let above_floor = w.iter_mut().zip(&floor).filter(|(x, f)| **x > **f);
            let Some((x, _)) = above_floor.max_by_key(|(x, _)| **x) else {
                break;
            };
            *x -= 1;
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
            .zip(w.iter().zip(aligns))
            .map(|(c, (width, align))| pad(c.get(k).map_or("", String::as_str), *width, *align))
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
    fn breaks_at_spaces_only_and_collapses_runs_of_them() {
        let lines = wrap("Quy định 124-QĐ/TW  ngày   16/10/2023", 14, "", "");
        assert_eq!(lines, ["Quy định", "124-QĐ/TW ngày", "16/10/2023"]);
    }

    #[test]
    fn an_empty_item_is_its_dash() {
        let lines: Vec<String> = wrap("", 80, "- ", "  ");
        assert_eq!(
            lines.iter().map(|l| l.trim_end()).collect::<Vec<_>>(),
            ["-"]
        );
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
            widths: Vec::new(),
            row_height: 0,
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
