//! DOCX rendering of the minutes' blocks in the party's document layout (Hướng dẫn 36-HD/VPTW):
//! A4, Times New Roman, body 14 pt, the two-column header and the signatures as borderless
//! tables, the results as a ruled table.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Style, StyleType, Table as DTable, TableCell, TableCellMargins, TableLayoutType, TableRow,
    WidthType,
};

use super::ExportError;
use super::layout::{Align, Block, Doc, Signature, Span, Table};

/// A4 in twips (twentieths of a point).
pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
/// Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right.
pub const MARGIN_TOP: i32 = 1134;
pub const MARGIN_BOTTOM: i32 = 1134;
pub const MARGIN_LEFT: i32 = 1701;
pub const MARGIN_RIGHT: i32 = 850;
/// The width between the margins.
const TEXT_W: usize = 11906 - 1701 - 850;

/// How far the header table reaches into the left margin, in twips (12 mm).
const HEADER_INDENT: usize = 680;

const FONT: &str = "Times New Roman";
/// Sizes in half-points.
const BODY: usize = 28;
const PARTY: usize = 30;
const TITLE: usize = 32;
const TABLE: usize = 22;

/// Paragraph styles: set once in styles.xml instead of on each of a thousand paragraphs.
const STYLE_BODY: &str = "Body";
const STYLE_ITEM: &str = "Item";
const STYLE_HEADING: &str = "Heading";
const STYLE_SUBHEADING: &str = "Subheading";
const STYLE_CELL: &str = "Cell";
const STYLE_CELL_LEFT: &str = "CellLeft";

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
}

/// The minutes as a DOCX file.
pub fn render(d: &Doc) -> Result<Vec<u8>, ExportError> {
    let docx = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT),
        )
        .default_fonts(fonts())
        .default_size(BODY);
    let mut docx = styles(docx);
    let mut after_table = false;
    for b in &d.blocks {
        docx = add(docx, b, after_table);
        after_table = matches!(
            b,
            Block::Table(_) | Block::Signatures(_) | Block::Header { .. }
        );
    }
    let mut buf = Cursor::new(Vec::new());
    // Building each part into memory first and then zipping it is faster than streaming the
    // XML through the zip writer in thousands of small writes.
    docx.build()
        .pack(&mut buf)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(buf.into_inner())
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of `text` in the document's font and size (set once as its defaults); line breaks kept.
fn run(text: &str) -> Run {
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
fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
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
fn sized(text: &str, size: usize) -> Run {
    run(text).fonts(fonts()).size(size)
}

fn styled(s: &Span) -> Run {
    let mut r = run(&s.text);
    if s.bold {
        r = r.bold();
    }
    if s.italic {
        r = r.italic();
    }
    r
}

fn centred(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

fn spaced(p: Paragraph, before: u32, after: u32) -> Paragraph {
    p.line_spacing(LineSpacing::new().before(before).after(after))
}

/// Adds a block; `after_table` puts some room between a table and the paragraph under it.
fn add(docx: Docx, b: &Block, after_table: bool) -> Docx {
    match b {
        Block::Header {
            committee,
            cell,
            party,
            place_date,
        } => docx.add_table(header(committee, cell, party, place_date)),
        Block::Title(t) => docx.add_paragraph(spaced(centred(sized(t, TITLE).bold()), 240, 0)),
        Block::Subtitle(t) => docx.add_paragraph(spaced(centred(run(t).bold()), 0, 240)),
        Block::Heading(t) => docx.add_paragraph(
            Paragraph::new()
                .style(STYLE_HEADING)
                .add_run(run(t))
                .keep_next(true),
        ),
        Block::Subheading(t) => docx.add_paragraph(
            Paragraph::new()
                .style(STYLE_SUBHEADING)
                .add_run(run(t))
                .keep_next(true),
        ),
        Block::Para(spans) => docx.add_paragraph(para(STYLE_BODY, spans, after_table)),
        Block::Item(spans) => {
            let mut all = vec![Span::plain("- ")];
            all.extend(spans.iter().cloned());
            docx.add_paragraph(para(STYLE_ITEM, &all, after_table))
        }
        Block::Table(t) => docx.add_table(results(t)),
        Block::Signatures(s) => docx.add_table(signatures(s)),
    }
}

fn para(style: &str, spans: &[Span], after_table: bool) -> Paragraph {
    let p = spans
        .iter()
        .fold(Paragraph::new().style(style), |p, s| p.add_run(styled(s)));
    if after_table { spaced(p, 160, 60) } else { p }
}

fn cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |c, p| {
            c.add_paragraph(p)
        })
}

/// Left: committee (upright), cell (bold), "*"; right: the party (15 pt bold, underlined by a
/// rule of its own width), the place and date (italic).
fn header(committee: &str, cell_name: &str, party: &str, place_date: &str) -> DTable {
    // The header reaches 12 mm into the left margin so that a usual committee name and the
    // place-and-date line each fit on one line.
    let (lw, rw) = (4420, TEXT_W + HEADER_INDENT - 4420);
    let left = vec![
        centred(sized(committee, BODY)),
        centred(sized(cell_name, BODY).bold()),
        centred(sized("*", BODY)),
    ];
    let right = vec![
        centred(sized(party, PARTY).bold().underline("single")),
        spaced(centred(sized(place_date, BODY).italic()), 120, 0),
    ];
    DTable::without_borders(vec![TableRow::new(vec![cell(lw, left), cell(rw, right)])])
        .set_grid(vec![lw, rw])
        .indent(-(HEADER_INDENT as i32))
        .margins(TableCellMargins::new().margin(0, 57, 0, 57))
}

/// Column widths of the results table in twips, filling the text width; the name column takes
/// what the others leave.
fn result_widths(n: usize) -> Vec<usize> {
    // No., name, membership, self-assessed, four vote columns, proposed.
    let fixed = [450, 0, 830, 1035, 1035, 1035, 1035, 1035, 1035];
    let mut w: Vec<usize> = (0..n)
        .map(|i| fixed.get(i).copied().unwrap_or(1035))
        .collect();
    let used: usize = w.iter().sum();
    // The name column takes what the others leave.
    if let Some(name) = w.get_mut(1) {
        *name = TEXT_W.saturating_sub(used).max(1200);
    }
    w
}

fn align(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
    }
}

fn results(t: &Table) -> DTable {
    let w = result_widths(t.columns.len());
    let head = TableRow::new(
        t.columns
            .iter()
            .zip(&w)
            .map(|((title, _), width)| {
                let p = Paragraph::new()
                    .style(STYLE_CELL)
                    .add_run(run(title).bold());
                cell(*width, vec![p])
            })
            .collect(),
    )
    .cant_split();
    // Body cells take their widths from the grid (fixed layout) and their alignment from a
    // style: a 60-member table has 540 of them, and each element costs time to write.
    let rows = t.rows.iter().map(|r| {
        let cells = r
            .iter()
            .zip(&t.columns)
            .map(|(text, (_, a))| {
                let p = match a {
                    Align::Center => Paragraph::new().style(STYLE_CELL),
                    Align::Left => Paragraph::new().style(STYLE_CELL_LEFT),
                    Align::Right => Paragraph::new().style(STYLE_CELL).align(align(*a)),
                };
                let p = if text.is_empty() {
                    p
                } else {
                    p.add_run(run(text))
                };
                TableCell::new().add_paragraph(p)
            })
            .collect();
        TableRow::new(cells).cant_split()
    });
    DTable::new(std::iter::once(head).chain(rows).collect())
        .set_grid(w)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 57, 0, 57))
}

/// THƯ KÝ on the left, CHỦ TRÌ on the right, room to sign, the names under them.
fn signatures(s: &[Signature; 2]) -> DTable {
    let half = TEXT_W / 2;
    let block = |sig: &Signature| {
        let mut ps = vec![spaced(centred(run(&sig.title).bold()), 360, 0)];
        ps.extend((0..3).map(|_| Paragraph::new()));
        ps.push(centred(run(&sig.name).bold()));
        cell(half, ps)
    };
    DTable::without_borders(vec![TableRow::new(vec![block(&s[0]), block(&s[1])])])
        .set_grid(vec![half, TEXT_W - half])
}
