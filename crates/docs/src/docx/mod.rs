//! DOCX rendering of the minutes' blocks in the party's document layout (Hướng dẫn 36-HD/VPTW):
//! A4, Times New Roman, body 14 pt, the two-column header and the signatures as borderless
//! tables ([`parts`]), the results as a ruled table whose header row repeats, page numbers
//! from page 2 at the top centre, figures that never break across lines, headings kept with
//! what follows; the document's properties in [`package`].
//!
//! The XML is chibo's own ([`xml`], [`table`], [`styles`]), written in the order of the
//! ISO/IEC 29500 schema that Word holds files to, and zipped by [`package`]: the crate that
//! wrote it before put properties out of order, and Word may repair or refuse such a file.

mod figures;
mod metrics;
mod package;
mod parts;
mod styles;
mod table;
mod xml;

use chrono::{DateTime, Utc};

use super::ExportError;
use super::layout::{Block, Doc, Span};
use figures::bind_figures;
use styles::{STYLE_BODY, STYLE_HEADING, STYLE_ITEM, STYLE_SUBHEADING, TITLE};
use xml::{Jc, Para, Piece, Run};

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
    let keep = keep_with_next(&d.blocks);
    // About 300 bytes of XML a block; one buffer, grown a few times at most.
    let mut body = String::with_capacity(d.blocks.len() * 320);
    let mut after_table = false;
    for (b, keep) in d.blocks.iter().zip(keep) {
        add(&mut body, b, after_table, keep);
        after_table = matches!(
            b,
            Block::Table(_) | Block::Signatures(_) | Block::Header { .. }
        );
    }
    let numbers = d.meta.page_numbers.then(parts::page_number);
    package::pack(
        &body,
        &parts::first_page(draft),
        numbers.as_ref(),
        &d.meta,
        now,
    )
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

/// A run naming its font and size, for the header lines and the title: they keep their look
/// even when pasted into another document.
fn sized(text: &str, size: usize) -> Run {
    Run::text(&bind_figures(text)).sized(size)
}

/// A span of body text, its figures bound to their neighbours.
fn styled(s: &Span) -> Run {
    let mut r = Run::text(&bind_figures(&s.text));
    r.props.bold = s.bold;
    r.props.italic = s.italic;
    r
}

fn centred(r: Run) -> Para {
    Para::default().with(r).align(Jc::Center)
}

/// Writes a block; `after_table` puts some room between a table and the paragraph under it;
/// `keep` keeps it on the page of the next one.
fn add(out: &mut String, b: &Block, after_table: bool, keep: bool) {
    let body = |style: &'static str, spans: &[Span]| para(style, spans, after_table, keep);
    match b {
        // On the first page's header (see `render_at`).
        Block::Draft(_) => {}
        Block::Header {
            committee,
            cell,
            party,
            place_date,
        } => parts::national_header(committee, cell, party, place_date).write(out),
        Block::Title(t) => centred(sized(t, TITLE).bold())
            .spaced(240, 0)
            .keep_next(true)
            .write(out),
        Block::Subtitle(t) => centred(Run::text(&bind_figures(t)).bold())
            .spaced(0, 240)
            .keep_next(true)
            .write(out),
        Block::Heading(t) => heading(STYLE_HEADING, t).write(out),
        Block::Subheading(t) => heading(STYLE_SUBHEADING, t).write(out),
        Block::Para(spans) => body(STYLE_BODY, spans).write(out),
        Block::Item(spans) => {
            let mut all = vec![Span::plain("- ")];
            all.extend(spans.iter().cloned());
            body(STYLE_ITEM, &all).write(out);
        }
        Block::Table(t) => parts::results(t).write(out),
        Block::Signatures(s) => parts::signatures(s).write(out),
        Block::PageBreak => Para::default().with(Run::of(Piece::PageBreak)).write(out),
    }
}

fn heading(style: &'static str, t: &str) -> Para {
    let mut p = Para::styled(style)
        .with(Run::text(&bind_figures(t)))
        .keep_next(true);
    p.props.keep_lines = true;
    p
}

fn para(style: &'static str, spans: &[Span], after_table: bool, keep: bool) -> Para {
    let mut p = Para::styled(style).keep_next(keep);
    p.props.widow_control = true;
    p.runs = spans.iter().map(styled).collect();
    if after_table { p.spaced(160, 60) } else { p }
}
