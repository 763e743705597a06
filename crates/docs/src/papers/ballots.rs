//! The secret ballots: for the members' levels (every member rated at the meeting, in review
//! order, one column per level to tick) and for the cell's own level; one to a page, or two with a cut line
//! between them when a ballot takes less than half a page. Every copy is the same page: no
//! voter's name, no number, no page number, no author in the file's properties.

use super::{header, meta, words as pw};
use crate::Minutes;
use crate::layout::{Align, Block, Doc, Span, Table};
use crate::words::untitled;
use chibo_core::domain::Session;
use chibo_core::i18n::Lang;

/// Widths in twips: STT, the name (the rest), four levels.
const WIDTHS: [usize; 6] = [600, 0, 1250, 1250, 1250, 1250];
/// Room to tick a box: 9 mm.
const ROW_HEIGHT: u32 = 510;
/// A ballot of at most this many rows takes less than half an A4 page: two to a page.
const HALF_PAGE_ROWS: usize = 4;

/// Where two ballots on one page are cut apart.
const CUT: &str = "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -";

/// `copies` ballots for the members rated at the meeting ([`Session::rated_here`]: never one
/// excluded, nor one absent to be reviewed and rated later), one per page.
pub fn members(s: &Session, m: &Minutes, copies: u32, lang: Lang) -> Doc {
    let names: Vec<String> = s.rated_here().iter().map(|x| untitled(&x.name)).collect();
    let page = ballot(m, false, &names, lang);
    let per_page = per_page(names.len());
    copied(
        page,
        copies,
        per_page,
        pw::ballot_title(m.year, false, lang),
    )
}

/// `copies` ballots for the cell's own level.
pub fn cell(m: &Minutes, copies: u32, lang: Lang) -> Doc {
    let page = ballot(m, true, std::slice::from_ref(&m.cell), lang);
    copied(
        page,
        copies,
        per_page(1),
        pw::ballot_title(m.year, true, lang),
    )
}

/// How many ballots of `rows` rows go on an A4 page.
fn per_page(rows: usize) -> u32 {
    if rows <= HALF_PAGE_ROWS { 2 } else { 1 }
}

/// `copies` of a ballot, `per_page` to a page, a cut line between two on one page.
fn copied(page: Vec<Block>, copies: u32, per_page: u32, title: String) -> Doc {
    let mut blocks = Vec::new();
    for i in 0..copies {
        if i > 0 && i % per_page == 0 {
            blocks.push(Block::PageBreak);
        } else if i > 0 {
            blocks.push(Block::Para(vec![Span::plain(CUT)]));
        }
        blocks.extend(page.iter().cloned());
    }
    Doc {
        meta: meta(title, false),
        blocks,
    }
}

/// One ballot, for the members or for the cell: the header, the title, the instruction, the
/// table.
fn ballot(m: &Minutes, of_cell: bool, names: &[String], lang: Lang) -> Vec<Block> {
    let mut columns: Vec<(String, Align)> = pw::ballot_columns(of_cell, lang)
        .into_iter()
        .map(|c| (c, Align::Center))
        .collect();
    if let Some((_, a)) = columns.get_mut(1) {
        *a = Align::Left;
    }
    let rows = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut r = vec![(i + 1).to_string(), n.clone()];
            r.extend(std::iter::repeat_n(String::new(), 4));
            r
        })
        .collect();
    vec![
        header(m, lang),
        Block::Title(pw::ballot_title(m.year, of_cell, lang)),
        Block::Para(vec![Span {
            italic: true,
            ..Span::plain(pw::T::BallotInstruction.get(lang))
        }]),
        Block::Table(Table {
            columns,
            rows,
            widths: WIDTHS.to_vec(),
            row_height: ROW_HEIGHT,
        }),
    ]
}
