//! The roll-up as the committee's report (DOCX), a party document laid out as the minutes are
//! (A4, Times New Roman, the two-column header, ruled tables; see `chibo_docs::docx`): for
//! each committee and year, the header "ĐẢNG ỦY …", the number line "Số ……-BC/ĐU", the
//! title, the figures (provisional while a session is not finalized), the table of the cells, the
//! caps, the members not rated, "T/M ĐẢNG ỦY / BÍ THƯ" with a name line, and "Nơi nhận".
//! Figures only: no file, no path, no app state; the file problems are the check list's.

use chrono::NaiveDate;

use super::words::{self, clean, paper};
use super::{CellLine, Rollup, RollupError, Totals};
use chibo_core::domain::{Cell, CellKind, Level};
use chibo_core::i18n::Lang;
use chibo_docs::layout::{Align, Block, Doc, Meta, Signature, Span, Table};
use chibo_docs::words::BLANK;

/// The report's DOCX, dated `today`.
pub fn docx(r: &Rollup, lang: Lang, today: NaiveDate) -> Result<Vec<u8>, RollupError> {
    Ok(chibo_docs::docx::render(&doc(r, lang, today))?)
}

/// The report as blocks: one document per committee and year, each from a new page.
pub fn doc(r: &Rollup, lang: Lang, today: NaiveDate) -> Doc {
    let mut b = Vec::new();
    for (i, t) in r.totals.iter().enumerate() {
        if i > 0 {
            b.push(Block::PageBreak);
        }
        let cells: Vec<&CellLine> = r
            .cells
            .iter()
            .filter(|c| c.committee == t.committee && c.year == t.year)
            .collect();
        front(&t.committee, today, lang, &mut b);
        b.push(Block::Subtitle(words::report_subtitle(t.year, lang)));
        body(t, &cells, lang, &mut b);
        close(lang, &mut b);
    }
    if r.totals.is_empty() {
        front("", today, lang, &mut b);
        b.push(para(paper::no_cells(lang).to_owned()));
        close(lang, &mut b);
    }
    let title = r
        .totals
        .first()
        .map_or_else(String::new, |t| words::committee_header(&t.committee));
    Doc {
        meta: Meta {
            title: format!("{} — {title}", paper::meta_title(lang)),
            author: None,
            seal: None,
            // Numbered pages run through the file: a second document would start on "2".
            page_numbers: r.totals.len() <= 1,
        },
        blocks: b,
    }
}

/// The header, the number line under it and the title.
fn front(committee: &str, today: NaiveDate, lang: Lang, b: &mut Vec<Block>) {
    let place = Cell::new("", committee).locality();
    b.extend([
        Block::Header {
            // The body above the committee is not in the cells' files: left for the office.
            committee: String::new(),
            cell: clean(&words::committee_header(committee)),
            party: chibo_docs::words::party(lang).to_owned(),
            place_date: chibo_docs::words::place_date(&clean(&place), today, lang),
        },
        // Under the header's left column, where the number of a party document goes (the
        // layout's header has no place for it; the spaces bring it under the "*").
        para(format!(
            "{}{}",
            "\u{a0}".repeat(6),
            paper::number_line(lang)
        )),
        Block::Title(paper::title(lang).to_owned()),
    ]);
}

fn para(text: String) -> Block {
    Block::Para(vec![Span::plain(text)])
}

fn item(text: String) -> Block {
    Block::Item(vec![Span::plain(text)])
}

/// A committee's year: what it sums up, provisional or not, the figures, the table, the caps,
/// who is not rated.
fn body(t: &Totals, cells: &[&CellLine], lang: Lang, b: &mut Vec<Block>) {
    let place = Cell::new("", t.committee.as_str()).locality();
    b.push(para(paper::intro(&clean(&place), t.year, lang)));
    if let Some(p) = words::provisional(t, lang) {
        let which: Vec<String> = cells
            .iter()
            .filter(|c| !c.status.is_finalized())
            .map(|c| clean(&c.cell))
            .collect();
        b.push(Block::Para(vec![Span {
            italic: true,
            ..Span::bold(format!("{p} ({}).", which.join("; ")))
        }]));
    }
    let (n, g) = (t.cells, t.grassroots);
    b.push(para(paper::figures(
        n, g, t.members, t.reviewed, t.rated, lang,
    )));
    b.push(Block::Table(table(cells, t, lang)));
    b.push(Block::Heading(paper::caps_heading(lang).to_owned()));
    // The provisional mark is said above, once.
    let notes = words::totals_notes(t, lang);
    let caps = notes
        .into_iter()
        .filter(|l| Some(l) != words::provisional(t, lang).as_ref());
    b.extend(caps.map(item));
    b.extend(cells.iter().filter_map(|c| {
        let cap = c.own_cap.as_ref()?;
        Some(item(words::cap_words(cap, &clean(&c.cell), lang)))
    }));
    let unrated: Vec<String> = cells.iter().flat_map(|c| unrated(c, lang)).collect();
    if !unrated.is_empty() {
        b.push(Block::Heading(paper::unrated_heading(lang).to_owned()));
        b.extend(unrated.into_iter().map(item));
    }
}

/// The committee's signature with a name line, and the recipients.
fn close(lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Signatures([
        Signature {
            title: String::new(),
            name: String::new(),
        },
        Signature {
            title: paper::signature(lang).to_owned(),
            name: BLANK.to_owned(),
        },
    ]));
    b.push(Block::Para(vec![Span {
        italic: true,
        ..Span::bold(paper::recipients_label(lang))
    }]));
    b.extend(paper::recipients(lang).map(|r| item(r.to_owned())));
}

/// No. | Cell | Members | Rated/reviewed | the four levels | the cell's own level; the last
/// rows the totals and the shares. Nine columns, as the minutes' results table.
fn table(cells: &[&CellLine], t: &Totals, lang: Lang) -> Table {
    let mut rows: Vec<Vec<String>> = cells
        .iter()
        .zip(1..)
        .map(|(c, i): (&&CellLine, u32)| {
            let name = match c.kind {
                CellKind::Grassroots => paper::grassroots_name(&clean(&c.cell), lang),
                CellKind::UnderCommittee => clean(&c.cell),
            };
            let mut row = vec![
                i.to_string(),
                name,
                c.members.to_string(),
                format!("{}/{}", c.rated, c.reviewed),
            ];
            row.extend(Level::ALL.iter().map(|l| c.per_level.get(*l).to_string()));
            row.push(
                c.cell_proposed
                    .map_or(String::new(), |l| l.short().to_owned()),
            );
            row
        })
        .collect();
    rows.extend(totals_rows(t, lang));
    Table {
        columns: columns(lang),
        rows,
        widths: Vec::new(),
        row_height: 0,
    }
}

fn columns(lang: Lang) -> Vec<(String, Align)> {
    let [no, cell, members, rated, own] = paper::columns(lang);
    let mut columns = vec![
        (no.to_owned(), Align::Center),
        (cell.to_owned(), Align::Left),
        (members.to_owned(), Align::Center),
        (rated.to_owned(), Align::Center),
    ];
    columns.extend(
        Level::ALL
            .iter()
            .map(|l| (l.short().to_owned(), Align::Center)),
    );
    columns.push((own.to_owned(), Align::Center));
    columns
}

/// The totals row and the share of each level among those rated.
fn totals_rows(t: &Totals, lang: Lang) -> [Vec<String>; 2] {
    let mut total = vec![
        String::new(),
        words::totals_label(t, lang),
        t.members.to_string(),
        format!("{}/{}", t.rated, t.reviewed),
    ];
    total.extend(Level::ALL.iter().map(|l| t.per_level.get(*l).to_string()));
    let own: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{} {}", l.short(), t.cells_per_level.get(*l)))
        .filter(|s| !s.ends_with(" 0"))
        .collect();
    total.push(own.join("; "));
    let mut share = vec![
        String::new(),
        words::share_label(lang).to_owned(),
        String::new(),
        String::new(),
    ];
    share.extend(
        Level::ALL
            .iter()
            .map(|l| percent(t.per_level.get(*l), t.rated, lang)),
    );
    share.push(String::new());
    [total, share]
}

/// "12,8%" (a decimal comma in Vietnamese) of `n` among `of`, as the minutes write a share;
/// none among none reads 0,0%.
fn percent(n: u32, of: u32, lang: Lang) -> String {
    // `of.max(1)` is never 0, so the minutes' percent always has a figure.
    chibo_docs::words::percent(n, of.max(1), lang).unwrap_or_default()
}

fn unrated(c: &CellLine, lang: Lang) -> Vec<String> {
    c.not_rated
        .iter()
        .map(|(name, why)| {
            format!(
                "{}: {} ({})",
                clean(&c.cell),
                clean(name),
                words::not_rated(*why, lang)
            )
        })
        .collect()
}
