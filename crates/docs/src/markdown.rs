//! Markdown rendering of the minutes' blocks (CommonMark with GitHub tables): the two-column
//! header and the signatures as tables, user text escaped.

use super::layout::{Align, Block, Doc, Span, Table};

/// The minutes as Markdown; control characters other than newline and tab written visibly.
pub fn render(d: &Doc) -> String {
    let mut out = String::new();
    let mut prev_item = false;
    for b in &d.blocks {
        let is_item = matches!(b, Block::Item(_));
        if !(out.is_empty() || is_item && prev_item) {
            out.push('\n');
        }
        prev_item = is_item;
        block(b, &mut out);
    }
    chibo_core::domain::visible(&out).into_owned()
}

fn block(b: &Block, out: &mut String) {
    match b {
        Block::Draft(t) => out.push_str(&format!("**{}**\n", escape_inline(t))),
        Block::Header {
            committee,
            cell,
            party,
            place_date,
        } => {
            let rows = [
                [
                    escape_inline(committee),
                    format!("**{}**", escape_inline(party)),
                ],
                [
                    format!("**{}**", escape_inline(cell)),
                    format!("*{}*", escape_inline(place_date)),
                ],
                ["\\*".to_owned(), String::new()],
            ];
            table_rows(&rows, out);
        }
        Block::Title(t) => out.push_str(&format!("# {}\n", escape_inline(t))),
        Block::Subtitle(t) => out.push_str(&format!("**{}**\n", escape_inline(t))),
        Block::Heading(t) => out.push_str(&format!("## {}\n", escape_inline(t))),
        Block::Subheading(t) => out.push_str(&format!("### {}\n", escape_inline(t))),
        Block::Para(spans) => out.push_str(&format!("{}\n", inline(spans, ""))),
        Block::Item(spans) => out.push_str(&format!("- {}\n", inline(spans, "  "))),
        Block::Table(t) => table(t, out),
        Block::Signatures([l, r]) => {
            let rows = [
                [
                    format!("**{}**", escape_inline(&l.title)),
                    format!("**{}**", escape_inline(&r.title)),
                ],
                [String::new(), String::new()],
                [escape_inline(&l.name), escape_inline(&r.name)],
            ];
            table_rows(&rows, out);
        }
        Block::PageBreak => out.push_str("---\n"),
    }
}

/// A borderless-looking two-column table: first row as the header, both columns centred.
fn table_rows(rows: &[[String; 2]], out: &mut String) {
    for (i, [l, r]) in rows.iter().enumerate() {
        out.push_str(&format!("| {l} | {r} |\n"));
        if i == 0 {
            out.push_str("|:---:|:---:|\n");
        }
    }
}

fn table(t: &Table, out: &mut String) {
    let head: Vec<String> = t.columns.iter().map(|(c, _)| escape_inline(c)).collect();
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    let marks: Vec<&str> = t
        .columns
        .iter()
        .map(|(_, a)| match a {
            Align::Left => ":---",
            Align::Center => ":---:",
            Align::Right => "---:",
        })
        .collect();
    out.push_str(&format!("|{}|\n", marks.join("|")));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| escape_inline(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

/// Spans with their emphasis; line breaks in user text become hard breaks indented by `indent`.
fn inline(spans: &[Span], indent: &str) -> String {
    let mut s = String::new();
    for span in spans {
        let text = escape(&span.text);
        // Emphasis markers must hug the text: keep surrounding spaces outside them.
        let (lead, core, trail) = split_spaces(&text);
        let mark = match (span.bold, span.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        if core.is_empty() {
            s.push_str(&text);
        } else {
            s.push_str(&format!("{lead}{mark}{core}{mark}{trail}"));
        }
    }
    s.replace('\n', &format!("  \n{indent}"))
}

fn split_spaces(s: &str) -> (&str, &str, &str) {
    let core = s.trim();
    let lead = &s[..s.len() - s.trim_start().len()];
    let trail = &s[s.trim_end().len()..];
    (lead, core, trail)
}

/// Escapes inline markup only, for text that cannot start a block (headings, table cells).
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out.replace('\n', " ")
}

/// Escapes what Markdown would read as markup, and what would start a block at a line's start.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        let starts_list = matches!(body.chars().next(), Some('#' | '-' | '+' | '=' | '>'))
            || (digits > 0 && matches!(body[digits..].chars().next(), Some('.' | ')')));
        for (i, c) in body.char_indices() {
            let at_start = starts_list && (i == digits && digits > 0 || i == 0 && digits == 0);
            if matches!(
                c,
                '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~'
            ) || at_start
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_user_text() {
        assert_eq!(escape("a *b* _c_ [d] | e"), r"a \*b\* \_c\_ \[d\] \| e");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(escape("- not an item"), r"\- not an item");
        assert_eq!(escape("Quy định 366-QĐ/TW"), "Quy định 366-QĐ/TW");
    }

    #[test]
    fn emphasis_hugs_the_text() {
        let spans = [Span::bold("Ưu điểm:"), Span::plain(" tốt")];
        assert_eq!(inline(&spans, ""), "**Ưu điểm:** tốt");
    }

    #[test]
    fn line_breaks_become_hard_breaks() {
        assert_eq!(inline(&[Span::plain("một\nhai")], "  "), "một  \n  hai");
    }
}
