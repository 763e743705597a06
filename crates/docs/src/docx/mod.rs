//! DOCX rendering of the minutes' blocks in the party's document layout (Hướng dẫn 36-HD/VPTW):
//! A4, Times New Roman, body 14 pt, the two-column header and the signatures as borderless
//! tables ([`parts`]), the results as a ruled table whose header row repeats, page numbers
//! from page 2 at the top centre, figures that never break across lines, headings kept with
//! what follows; the document's properties in [`package`].

mod package;
mod parts;

use std::io::Cursor;

use chrono::{DateTime, Utc};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Style, StyleType,
};

use super::ExportError;
use super::layout::{Block, Doc, Span};

pub use parts::result_widths;

/// A4 in twips (twentieths of a point).
pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
/// Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right; the page number 10 mm
/// from the top edge.
pub const MARGIN_TOP: i32 = 1134;
pub const MARGIN_BOTTOM: i32 = 1134;
pub const MARGIN_LEFT: i32 = 1701;
pub const MARGIN_RIGHT: i32 = 850;
pub const MARGIN_HEADER: i32 = 567;
/// The width between the margins.
pub const TEXT_W: usize = 11906 - 1701 - 850;

const FONT: &str = "Times New Roman";
/// Sizes in half-points.
const BODY: usize = 28;
const PARTY: usize = 30;
const TITLE: usize = 32;
const TABLE: usize = 20;

/// Paragraph styles: set once in styles.xml instead of on each of a thousand paragraphs.
const STYLE_BODY: &str = "Body";
const STYLE_ITEM: &str = "Item";
const STYLE_HEADING: &str = "Heading";
const STYLE_SUBHEADING: &str = "Subheading";
const STYLE_CELL: &str = "Cell";
const STYLE_CELL_LEFT: &str = "CellLeft";
const STYLE_CELL_HEAD: &str = "CellHead";

fn styles(docx: Docx) -> Docx {
    let body = |id: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(id)
            .align(AlignmentType::Both)
            .line_spacing(LineSpacing::new().before(0).after(60))
    };
    docx.add_style(body(STYLE_BODY).indent(
        None,
        Some(SpecialIndentType::FirstLine(567)),
        None,
        None,
    ))
    .add_style(body(STYLE_ITEM).indent(
        Some(567),
        Some(SpecialIndentType::Hanging(284)),
        None,
        None,
    ))
    .add_style(
        Style::new(STYLE_HEADING, StyleType::Paragraph)
            .name(STYLE_HEADING)
            .bold()
            .line_spacing(LineSpacing::new().before(180).after(60)),
    )
    .add_style(
        Style::new(STYLE_SUBHEADING, StyleType::Paragraph)
            .name(STYLE_SUBHEADING)
            .bold()
            .italic()
            .line_spacing(LineSpacing::new().before(120).after(60)),
    )
    .add_style(
        Style::new(STYLE_CELL, StyleType::Paragraph)
            .name(STYLE_CELL)
            .size(TABLE)
            .align(AlignmentType::Center),
    )
    .add_style(
        Style::new(STYLE_CELL_LEFT, StyleType::Paragraph)
            .name(STYLE_CELL_LEFT)
            .size(TABLE)
            .align(AlignmentType::Left),
    )
    .add_style(
        Style::new(STYLE_CELL_HEAD, StyleType::Paragraph)
            .name(STYLE_CELL_HEAD)
            .size(TABLE)
            .bold()
            .align(AlignmentType::Center),
    )
}

/// The minutes as a DOCX file, created now.
pub fn render(d: &Doc) -> Result<Vec<u8>, ExportError> {
    render_at(d, Utc::now())
}

/// The minutes as a DOCX file whose properties say it was created at `now`.
pub fn render_at(d: &Doc, now: DateTime<Utc>) -> Result<Vec<u8>, ExportError> {
    let draft = d.blocks.iter().find_map(|b| match b {
        Block::Draft(t) => Some(t.as_str()),
        _ => None,
    });
    let docx = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(MARGIN_HEADER),
        )
        .default_fonts(fonts())
        .default_size(BODY)
        .first_header(parts::first_page(draft));
    let docx = if d.meta.page_numbers {
        docx.header(parts::page_number())
    } else {
        docx
    };
    let mut docx = styles(docx);
    if let Some(seal) = &d.meta.seal {
        docx = docx.custom_property("chibo-seal", seal);
    }
    let keep = keep_with_next(&d.blocks);
    let mut after_table = false;
    for (b, keep) in d.blocks.iter().zip(keep) {
        docx = add(docx, b, after_table, keep);
        after_table = matches!(
            b,
            Block::Table(_) | Block::Signatures(_) | Block::Header { .. }
        );
    }
    let mut buf = Cursor::new(Vec::new());
    // Building each part into memory first and then zipping it is faster than streaming the
    // XML through the zip writer in thousands of small writes.
    package::finish(docx.build(), &d.meta, now)
        .pack(&mut buf)
        .map_err(docx_rs::DocxError::from)?;
    Ok(buf.into_inner())
}

/// Which blocks keep with the next one: headings; a label that ends with ":" over its items;
/// and, in each member's part (a sub-heading up to the next heading), the last two lines
/// before its end, so that the proposed level never stands alone at the top of a page.
fn keep_with_next(blocks: &[Block]) -> Vec<bool> {
    let mut keep: Vec<bool> = blocks
        .iter()
        .map(|b| match b {
            Block::Heading(_) | Block::Subheading(_) | Block::Title(_) | Block::Subtitle(_) => true,
            Block::Para(spans) => spans.iter().all(|s| s.bold) && ends_with_colon(spans),
            _ => false,
        })
        .collect();
    let ends = blocks.iter().enumerate().filter_map(|(i, b)| {
        let next = blocks.get(i + 1);
        let part_ends = !matches!(b, Block::Heading(_) | Block::Subheading(_))
            && matches!(next, None | Some(Block::Heading(_) | Block::Subheading(_)));
        part_ends.then_some(i)
    });
    for end in ends.collect::<Vec<_>>() {
        for i in end.saturating_sub(2)..end {
            if let Some(k) = keep.get_mut(i) {
                *k = true;
            }
        }
    }
    keep
}

fn ends_with_colon(spans: &[Span]) -> bool {
    spans
        .last()
        .is_some_and(|s| s.text.trim_end().ends_with(':'))
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of `text` in the document's font and size (set once as its defaults); line breaks kept.
pub(crate) fn run(text: &str) -> Run {
    let mut r = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(docx_rs::BreakType::TextWrapping);
        }
        r = r.add_text(xml_safe(line));
    }
    r
}

/// XML 1.0 forbids most control characters: a stray one pasted into a remark would make Word
/// refuse the whole file. Tabs become spaces; the others are dropped.
pub(crate) fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// A run naming its font and size, for the header lines and the title: they keep their look
/// even when pasted into another document.
pub(crate) fn sized(text: &str, size: usize) -> Run {
    run(&package::bind_figures(text)).fonts(fonts()).size(size)
}

/// A span of body text, its figures bound to their neighbours.
fn styled(s: &Span) -> Run {
    let mut r = run(&package::bind_figures(&s.text));
    if s.bold {
        r = r.bold();
    }
    if s.italic {
        r = r.italic();
    }
    r
}

pub(crate) fn centred(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

pub(crate) fn spaced(p: Paragraph, before: u32, after: u32) -> Paragraph {
    p.line_spacing(LineSpacing::new().before(before).after(after))
}

/// Adds a block; `after_table` puts some room between a table and the paragraph under it;
/// `keep` keeps it on the page of the next one.
fn add(docx: Docx, b: &Block, after_table: bool, keep: bool) -> Docx {
    let body = |style: &str, spans: &[Span]| para(style, spans, after_table).keep_next(keep);
    match b {
        // On the first page's header (see `render_at`).
        Block::Draft(_) => docx,
        Block::Header {
            committee,
            cell,
            party,
            place_date,
        } => docx.add_table(parts::national_header(committee, cell, party, place_date)),
        Block::Title(t) => {
            docx.add_paragraph(spaced(centred(sized(t, TITLE).bold()), 240, 0).keep_next(true))
        }
        Block::Subtitle(t) => docx.add_paragraph(
            spaced(centred(run(&package::bind_figures(t)).bold()), 0, 240).keep_next(true),
        ),
        Block::Heading(t) => docx.add_paragraph(heading(STYLE_HEADING, t)),
        Block::Subheading(t) => docx.add_paragraph(heading(STYLE_SUBHEADING, t)),
        Block::Para(spans) => docx.add_paragraph(body(STYLE_BODY, spans)),
        Block::Item(spans) => {
            let mut all = vec![Span::plain("- ")];
            all.extend(spans.iter().cloned());
            docx.add_paragraph(body(STYLE_ITEM, &all))
        }
        Block::Table(t) => docx.add_table(parts::results(t)),
        Block::Signatures(s) => docx.add_table(parts::signatures(s)),
        Block::PageBreak => docx.add_paragraph(
            Paragraph::new().add_run(Run::new().add_break(docx_rs::BreakType::Page)),
        ),
    }
}

fn heading(style: &str, t: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(run(&package::bind_figures(t)))
        .keep_next(true)
        .keep_lines(true)
}

fn para(style: &str, spans: &[Span], after_table: bool) -> Paragraph {
    let p = spans
        .iter()
        .fold(Paragraph::new().style(style).widow_control(true), |p, s| {
            p.add_run(styled(s))
        });
    if after_table { spaced(p, 160, 60) } else { p }
}
