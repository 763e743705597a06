//! The counting team's record (biên bản kiểm phiếu): time and place, the team, the ballots
//! issued, returned, valid and invalid, the count per level of every secret-ballot round for each
//! member and for the cell with its result, and the team's signatures. Every figure is a round
//! of the minutes' model ([`Minutes`]): the record agrees with the minutes by construction.

use super::{header, meta, words as pw};
use crate::Minutes;
use crate::layout::{Align, Block, Doc, Signature, Span, Table};
use crate::minutes::Round;
use crate::words::{self as w, BLANK};
use chibo_core::domain::{Level, Outcome, Session, VoteMethod};
use chibo_core::i18n::Lang;

/// Widths in twips: STT, the name (the rest), four levels, the result.
const WIDTHS: [usize; 7] = [600, 0, 1150, 1150, 1150, 1150, 1300];

/// One counted round: whose, which, and its tally with the outcome the domain gives it.
struct Counted<'a> {
    no: String,
    name: String,
    round: &'a Round,
}

/// The counting record of `s`.
pub fn doc(s: &Session, m: &Minutes, lang: Lang) -> Doc {
    let counted = counted(m, lang);
    let (head, members) = team(s);
    let mut b = vec![
        header(m, lang),
        Block::Title(pw::T::CountingTitle.get(lang).to_owned()),
        Block::Subtitle(pw::counting_subtitle(m.year, lang)),
        para(pw::counting_opening(m.date, &m.place, &m.cell, lang)),
        Block::Heading(pw::Part::Team.get(lang).to_owned()),
        item(pw::team_head(head.as_deref(), lang)),
        item(pw::team_members(&members, lang)),
        Block::Heading(pw::Part::Ballots.get(lang).to_owned()),
    ];
    ballots(&counted, lang, &mut b);
    let a = &m.attendance;
    b.push(item(pw::base(a.voters_present, a.denominator, lang)));
    b.push(Block::Heading(pw::Part::Results.get(lang).to_owned()));
    b.push(table(&counted, a.denominator, lang));
    let later: Vec<String> = m
        .members
        .iter()
        .filter(|mm| !mm.rating.rounds.iter().any(secret))
        .map(|mm| mm.name.clone())
        .collect();
    if !later.is_empty() {
        b.push(para(pw::not_counted(&later, lang)));
    }
    b.push(para(pw::counting_close(lang)));
    let [left, right] = pw::team_titles(lang);
    let blank = |n: String| if n.is_empty() { BLANK.to_owned() } else { n };
    b.push(Block::Signatures([
        Signature {
            title: left.to_owned(),
            name: blank(members.join(", ")),
        },
        Signature {
            title: right.to_owned(),
            name: blank(head.unwrap_or_default()),
        },
    ]));
    Doc {
        meta: meta(
            format!("{} — {}", pw::T::CountingTitle.get(lang), m.cell),
            true,
        ),
        blocks: b,
    }
}

/// The counting team's head and its other members, by name, as the session records them.
fn team(s: &Session) -> (Option<String>, Vec<String>) {
    let head = s.meeting.counting_head.as_ref();
    let name = |id| s.member_name(id).to_owned();
    let members = s
        .meeting
        .counting_team
        .iter()
        .filter(|id| Some(*id) != head)
        .map(name)
        .collect();
    (head.map(name), members)
}

fn secret(r: &Round) -> bool {
    r.tally.method == VoteMethod::SecretBallot
}

/// Every secret-ballot round: the members' in review order, then the cell's.
fn counted(m: &Minutes, lang: Lang) -> Vec<Counted<'_>> {
    let mut out = Vec::new();
    let mut no = 0;
    for mm in &m.members {
        if mm.rating.rounds.iter().any(secret) {
            no += 1;
        }
        rounds(&mm.rating.rounds, &no.to_string(), &mm.name, lang, &mut out);
    }
    rounds(&m.cell_rating.rounds, "", &m.cell, lang, &mut out);
    out
}

fn rounds<'a>(rs: &'a [Round], no: &str, name: &str, lang: Lang, out: &mut Vec<Counted<'a>>) {
    for (i, round) in rs.iter().enumerate().filter(|(_, r)| secret(r)) {
        let name = if rs.len() > 1 {
            pw::with_round(name, i + 1, lang)
        } else {
            name.to_owned()
        };
        out.push(Counted {
            no: no.to_owned(),
            name,
            round,
        });
    }
}

fn figures(c: &Counted) -> pw::Figures {
    let t = &c.round.tally;
    (t.issued, t.returned, t.valid(), t.invalid)
}

/// The ballots: the figures most rounds share (all of them in a batch) once, then the rounds
/// whose figures differ, by name.
fn ballots(counted: &[Counted], lang: Lang, b: &mut Vec<Block>) {
    if counted.is_empty() {
        b.push(item(pw::ballots(BLANK, BLANK, BLANK, BLANK, lang)));
        return;
    }
    let common = counted
        .iter()
        .map(figures)
        .max_by_key(|f| counted.iter().filter(|c| figures(c) == *f).count())
        .unwrap_or_default();
    b.push(item(pw::figures(common, lang)));
    for c in counted.iter().filter(|c| figures(c) != common) {
        b.push(item(pw::row_ballots(&c.name, figures(c), lang)));
    }
}

fn table(counted: &[Counted], denominator: u32, lang: Lang) -> Block {
    let columns = pw::count_columns(lang)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c, if i == 1 { Align::Left } else { Align::Center }))
        .collect();
    let rows = counted
        .iter()
        .map(|c| {
            let mut r = vec![c.no.clone(), c.name.clone()];
            let counts = c.round.tally.counts;
            r.extend(
                Level::ALL
                    .iter()
                    .map(|l| w::votes_cell(counts.get(*l), denominator, lang)),
            );
            r.push(match c.round.outcome {
                Outcome::Proposed { level, .. } => w::short(level, lang).to_owned(),
                Outcome::NoResult { .. } => pw::T::NoResult.get(lang).to_owned(),
            });
            r
        })
        .collect();
    Block::Table(Table {
        columns,
        rows,
        widths: WIDTHS.to_vec(),
        row_height: 0,
    })
}

fn para(text: String) -> Block {
    Block::Para(vec![Span::plain(text)])
}

fn item(text: String) -> Block {
    Block::Item(vec![Span::plain(text)])
}
