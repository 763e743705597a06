//! The list of proposed levels sent to the committee above (danh sách đề nghị xếp loại): one row
//! per member of the roster (the reviewed in review order, then those not rated, with why), the
//! cell's own proposed level, signed for the cell by its secretary. Built from the minutes'
//! results table and rounds ([`Minutes`]), so its figures are the minutes' figures.

use super::{header, meta, words as pw};
use crate::Minutes;
use crate::layout::{Align, Block, Doc, Signature, Span, Table};
use crate::results::ResultRow;
use crate::words::{self as w, BLANK};
use chibo_core::domain::{Level, Outcome, Post, Session};
use chibo_core::i18n::Lang;

/// Widths in twips: STT, the name (the rest), year, post, status, self, votes, proposed,
/// remarks.
const WIDTHS: [usize; 9] = [550, 0, 650, 1000, 600, 950, 1200, 950, 1500];

/// The list, in words, for the DOCX and the XLSX alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// The committee above and the cell, in capitals, as the header names them.
    pub committee: String,
    pub cell: String,
    /// The party's name and the place-and-date line, as the header prints them.
    pub party: String,
    pub place_date: String,
    pub title: String,
    pub rows: Vec<ListRow>,
    /// The majority base the shares are of.
    pub denominator: u32,
    /// What the abbreviations and the shares mean, under the table.
    pub legend: String,
    /// The cell's own proposed level, in words.
    pub cell_level: String,
    /// The secretary who signs for the cell.
    pub secretary: Option<String>,
    /// The draft mark, for a session not finalized.
    pub draft: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    pub no: usize,
    pub name: String,
    pub born: Option<i32>,
    pub post: String,
    pub membership: String,
    pub self_assessed: String,
    /// Votes for the proposed level (the running total when counting cumulatively) and the
    /// majority base, when a level passed.
    pub votes: Option<(u32, u32)>,
    pub proposed: String,
    pub remarks: String,
}

impl List {
    pub fn build(s: &Session, m: &Minutes, lang: Lang) -> List {
        let rows = m.results.rows.iter().map(|r| row(s, m, r, lang)).collect();
        List {
            committee: m.header.committee.clone(),
            cell: m.header.cell.clone(),
            party: w::T::Party.get(lang).to_owned(),
            place_date: w::place_date(&m.header.place, m.header.date, lang),
            title: pw::list_title(m.year, lang),
            rows,
            denominator: m.results.denominator,
            legend: w::results_legend(m.results.denominator, lang),
            cell_level: pw::cell_level(m.cell_rating.proposed, lang),
            secretary: s
                .members
                .iter()
                .find(|x| x.post == Post::Secretary)
                .map(|x| x.name.clone()),
            draft: m.seal.is_none().then(|| w::T::Draft.get(lang).to_owned()),
        }
    }
}

fn row(s: &Session, m: &Minutes, r: &ResultRow, lang: Lang) -> ListRow {
    let member = s.member(&r.member_id);
    let last = m
        .members
        .iter()
        .find(|mm| mm.id == r.member_id)
        .and_then(|mm| mm.rating.rounds.last());
    let votes = last.and_then(|round| match round.outcome {
        Outcome::Proposed {
            votes, denominator, ..
        } => Some((votes, denominator)),
        Outcome::NoResult { .. } => None,
    });
    let level = |l: Option<Level>| l.map_or_else(String::new, |l| w::short(l, lang).to_owned());
    ListRow {
        no: r.no,
        name: r.name.clone(),
        born: member.and_then(|x| x.born),
        post: member.map_or("", |x| pw::post(x.post, lang)).to_owned(),
        membership: w::membership_short(r.membership, lang).to_owned(),
        self_assessed: level(r.self_assessed),
        votes,
        proposed: match (r.proposed, &r.exclusion) {
            (Some(l), _) => w::short(l, lang).to_owned(),
            (None, Some(_)) => String::new(),
            (None, None) => w::unrated_cell(r.attendance.is_absent(), lang).to_owned(),
        },
        remarks: remarks(s, r, lang),
    }
}

/// Why a member has no level, and a discipline, in the minutes' words.
fn remarks(s: &Session, r: &ResultRow, lang: Lang) -> String {
    use pw::Remark as R;
    if let Some(why) = &r.exclusion {
        return pw::not_rated(&w::exclusion(why, lang), lang);
    }
    let mut out: Vec<String> = Vec::new();
    let absent = r.attendance.is_absent();
    let why = match (absent, r.rounds, r.proposed) {
        (true, 0, _) => Some(R::AbsentLater.get(lang).to_owned()),
        (true, _, _) => Some(R::Absent.get(lang).to_owned()),
        (false, 0, _) => Some(R::NotVoted.get(lang).to_owned()),
        (false, _, None) => Some(pw::no_majority_remark(lang)),
        (false, _, Some(_)) => None,
    };
    out.extend(why);
    if let Some(member) = s.member(&r.member_id).filter(|x| x.disciplined) {
        out.push(match &member.discipline {
            Some(d) => w::discipline(d, member.disciplined_in(s.year), lang),
            None => R::Disciplined.get(lang).to_owned(),
        });
    }
    out.join("; ")
}

/// The list as blocks: header, title, table, legend, the cell's level, the signature.
pub fn doc(l: &List, m: &Minutes, lang: Lang) -> Doc {
    let columns = pw::list_columns(lang)
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let a = if matches!(i, 1 | 8) {
                Align::Left
            } else {
                Align::Center
            };
            ((*c).to_owned(), a)
        })
        .collect();
    let rows = l.rows.iter().map(|r| cells(r, lang)).collect();
    // A list from a session not finalized is a draft, marked as the minutes are.
    let draft = l.draft.clone().map(Block::Draft);
    let blocks = draft.into_iter().chain([
        header(m, lang),
        Block::Title(l.title.clone()),
        Block::Table(Table {
            columns,
            rows,
            widths: WIDTHS.to_vec(),
            row_height: 0,
        }),
        Block::Para(vec![Span {
            italic: true,
            ..Span::plain(l.legend.clone())
        }]),
        Block::Para(vec![Span::bold(l.cell_level.clone())]),
        Block::Signatures([
            Signature {
                title: String::new(),
                name: String::new(),
            },
            Signature {
                title: pw::T::ListSignature.get(lang).to_owned(),
                name: l.secretary.clone().unwrap_or_else(|| BLANK.to_owned()),
            },
        ]),
    ]);
    Doc {
        meta: meta(format!("{} — {}", l.title, m.cell), true),
        blocks: blocks.collect(),
    }
}

fn cells(r: &ListRow, lang: Lang) -> Vec<String> {
    vec![
        r.no.to_string(),
        r.name.clone(),
        r.born.map_or_else(String::new, |y| y.to_string()),
        r.post.clone(),
        r.membership.clone(),
        r.self_assessed.clone(),
        r.votes
            .map_or_else(String::new, |(v, of)| pw::votes(v, of, lang)),
        r.proposed.clone(),
        r.remarks.clone(),
    ]
}
