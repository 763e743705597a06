//! The minutes put into words: a list of blocks (header, title, headings, paragraphs, tables,
//! signatures) in one language. Every renderer lays out the same blocks, so the content is
//! decided here once and the renderers only choose how a block looks.

mod steps;

use super::minutes::{MemberMinutes, Minutes, Rating, Round, Said};
use super::results::ResultRow;
use super::words::{self as w, Label, ReportPart, Section, T};
use chibo_core::domain::{Level, Report};
use chibo_core::i18n::Lang;

/// The minutes as blocks, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// What the file says about itself (a DOCX's document properties), never printed in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// "Biên bản … năm 2025 — Chi bộ Khu phố 3".
    pub title: String,
    /// The minute-taker, when named (the file's author; "chibo" otherwise).
    pub author: Option<String>,
    /// "finalized <time>; SHA-256 <checksum>" when the session is finalized.
    pub seal: Option<String>,
    /// Page numbers from page 2 (the minutes); never on ballots, where a number could tell
    /// one ballot from another.
    pub page_numbers: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The draft mark ("DỰ THẢO"), top right of the first page, on a session not finalized.
    Draft(String),
    /// The two-column header of a party document.
    Header {
        /// Left: the committee above (upright), the cell (bold), then "*".
        committee: String,
        cell: String,
        /// Right: the party's name (bold, ruled under), then the place-and-date line (italic).
        party: String,
        place_date: String,
    },
    Title(String),
    Subtitle(String),
    Heading(String),
    /// A sub-heading inside a section (a member's name).
    Subheading(String),
    Para(Vec<Span>),
    /// A list item.
    Item(Vec<Span>),
    Table(Table),
    /// Left and right: a title over a name.
    Signatures([Signature; 2]),
    /// What follows starts a new page (the next ballot).
    PageBreak,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Span {
            bold: true,
            ..Span::plain(text)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<(String, Align)>,
    pub rows: Vec<Vec<String>>,
    /// Column widths in twips for the DOCX, 0 for the column that takes the rest; empty for
    /// the results table's own widths ([`super::docx::result_widths`]).
    pub widths: Vec<usize>,
    /// The least height of a body row in twips (room to tick a box); 0 for the text's height.
    pub row_height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub title: String,
    pub name: String,
}

/// The minutes in `lang`.
pub fn doc(m: &Minutes, lang: Lang) -> Doc {
    let mut b = Vec::new();
    if m.seal.is_none() {
        b.push(Block::Draft(T::Draft.get(lang).to_owned()));
    }
    b.extend([
        Block::Header {
            committee: m.header.committee.clone(),
            cell: m.header.cell.clone(),
            party: T::Party.get(lang).to_owned(),
            place_date: w::place_date(&m.header.place, m.header.date, lang),
        },
        Block::Title(T::Title.get(lang).to_owned()),
        Block::Subtitle(w::subtitle(m.year, lang)),
    ]);
    // The committee above's guide comes first, as in real minutes ("Thực hiện …").
    if let Some(d) = &m.basis {
        b.push(para(w::basis(d, lang)));
    }
    b.push(para(w::opening(m.start, m.date, &m.place, &m.cell, lang)));
    attendance(m, lang, &mut b);
    steps::opening(m, lang, &mut b);
    steps::collective(m, lang, &mut b);
    b.push(Block::Heading(Section::Members.get(lang).to_owned()));
    steps::counting_team(m, lang, &mut b);
    for (i, mm) in m.members.iter().enumerate() {
        member(i + 1, mm, m, lang, &mut b);
    }
    voting(m, lang, &mut b);
    results(m, lang, &mut b);
    b.push(Block::Heading(Section::Cell.get(lang).to_owned()));
    rating(&m.cell_rating, true, m, lang, &mut b);
    steps::close(m, lang, &mut b);
    Doc {
        meta: meta(m, lang),
        blocks: b,
    }
}

fn meta(m: &Minutes, lang: Lang) -> Meta {
    Meta {
        title: format!("{} — {}", w::subtitle(m.year, lang), m.cell),
        author: m.minute_taker.clone(),
        seal: m.seal.as_ref().map(|s| w::seal(s.at, &s.checksum, lang)),
        page_numbers: true,
    }
}

fn para(text: String) -> Block {
    Block::Para(vec![Span::plain(text)])
}

fn item(text: String) -> Block {
    Block::Item(vec![Span::plain(text)])
}

/// "Label: text", the label in bold.
fn labelled(label: &str, text: &str) -> Vec<Span> {
    let text = if text.trim().is_empty() {
        w::BLANK
    } else {
        text
    };
    vec![
        Span::bold(format!("{label}:")),
        Span::plain(format!(" {text}")),
    ]
}

fn attendance(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    let a = &m.attendance;
    b.push(Block::Heading(Section::Attendance.get(lang).to_owned()));
    b.push(item(w::total(a.total, a.official, a.probationary, lang)));
    b.push(item(w::exempt(&a.exempt, lang)));
    if !a.suspended.is_empty() {
        b.push(item(w::suspended(&a.suspended, lang)));
    }
    b.push(item(w::temporary(&a.temporary_elsewhere, lang)));
    if !a.visitors.is_empty() {
        b.push(item(w::visitors(&a.visitors, lang)));
    }
    b.push(item(w::present(
        a.present_official,
        a.present_probationary,
        a.total,
        lang,
    )));
    b.push(item(w::excused(&a.absent_excused, lang)));
    b.push(item(w::unexcused(&a.absent_unexcused, lang)));
    let later: Vec<String> = m
        .members
        .iter()
        .filter(|mm| reviewed_later(mm))
        .map(|mm| mm.name.clone())
        .collect();
    if !later.is_empty() {
        b.push(item(w::absent_later(&later, lang)));
    }
    if !a.not_called.is_empty() {
        b.push(item(w::not_called(&a.not_called, lang)));
    }
    b.push(item(w::denominator(a.denominator, a.voters_present, lang)));
    b.push(item(w::chair(m.chair.as_deref(), lang)));
    b.push(item(w::minute_taker(m.minute_taker.as_deref(), lang)));
    b.push(item(w::guests(&m.guests, lang)));
    if !m.not_reviewed.is_empty() {
        b.push(item(w::not_reviewed(&m.not_reviewed, lang)));
    }
}

fn report(r: &Report, lang: Lang, b: &mut Vec<Block>) {
    let parts = [
        (ReportPart::Strengths, &r.strengths),
        (ReportPart::Shortcomings, &r.shortcomings),
        (ReportPart::Causes, &r.causes),
        (ReportPart::Remedies, &r.remedies),
    ];
    for (p, text) in parts {
        if !text.trim().is_empty() {
            b.push(Block::Item(labelled(p.get(lang), text)));
        }
    }
}

fn remarks(said: &[Said], lang: Lang, b: &mut Vec<Block>) {
    if said.is_empty() {
        b.push(item(T::NoRemarks.get(lang).to_owned()));
    }
    for s in said {
        b.push(Block::Item(labelled(
            &w::speaker(&s.speaker, lang),
            &s.text,
        )));
    }
}

/// Each round, a secret ballot's count announced by the counting team's head.
fn rounds(rs: &[Round], m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    let head = m.counting.head.as_deref();
    for (i, r) in rs.iter().enumerate() {
        let (t, o, cumulative) = (&r.tally, &r.outcome, m.voting.cumulative);
        b.push(para(w::round(i + 1, t, o, cumulative, head, lang)));
    }
}

/// An absent member not voted on: reviewed and rated at a later meeting (his written
/// self-review, if he sent one, is in his part).
fn reviewed_later(mm: &MemberMinutes) -> bool {
    mm.attendance.is_absent() && mm.rating.rounds.is_empty()
}

fn member(no: usize, mm: &MemberMinutes, m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Subheading(w::member_heading(
        no,
        &mm.name,
        mm.post,
        mm.membership,
        lang,
    )));
    let said_nothing = mm.report.is_empty() && mm.remarks.is_empty();
    if reviewed_later(mm) && said_nothing {
        b.push(para(T::ReviewLater.get(lang).to_owned()));
        return;
    }
    if mm.report.is_empty() {
        b.push(Block::Para(labelled(Label::SelfReview.get(lang), "")));
    } else {
        let l = Label::SelfReview.get(lang);
        b.push(Block::Para(vec![Span::bold(format!("{l}:"))]));
        report(&mm.report, lang, b);
    }
    let l = Label::Criticism.get(lang);
    b.push(Block::Para(vec![Span::bold(format!("{l}:"))]));
    remarks(&mm.remarks, lang, b);
    if !mm.remarks.is_empty() || !mm.answer.trim().is_empty() {
        b.push(Block::Para(labelled(Label::Answer.get(lang), &mm.answer)));
    }
    b.push(Block::Para(labelled(
        Label::Conclusion.get(lang),
        &mm.conclusion,
    )));
    if let Some(d) = &mm.discipline {
        b.push(para(w::discipline(d, mm.discipline_in_year, lang)));
    }
    rating(&mm.rating, false, m, lang, b);
    if reviewed_later(mm) {
        // Instead of "no proposed level".
        b.pop();
        b.push(para(T::ReviewLater.get(lang).to_owned()));
    }
}

/// Self-assessment, rounds and proposed level: the same for a member and for the cell.
fn rating(r: &Rating, of_cell: bool, m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(para(w::self_assessed(
        r.self_assessed,
        r.self_score,
        r.score_band,
        of_cell,
        lang,
    )));
    rounds(&r.rounds, m, lang, b);
    b.push(Block::Para(vec![Span::bold(w::proposed(
        r.proposed, of_cell, lang,
    ))]));
}

fn voting(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    let v = &m.voting;
    b.push(Block::Heading(Section::Voting.get(lang).to_owned()));
    b.push(item(w::vote_method(v.method, lang)));
    b.push(item(w::rule_set(v.rule_set.texts(), lang)));
    b.push(item(w::majority(v.denominator_rule, v.denominator, lang)));
    if v.cumulative {
        b.push(item(T::Cumulative.get(lang).to_owned()));
    }
    for t in &v.thresholds {
        b.push(item(w::threshold(t.level, t.at_least, lang)));
    }
    let reason = v.cap_reason.as_deref();
    b.push(item(w::cap(v.cap_percent, v.cap_base, reason, lang)));
    if let Some(q) = v.quorum {
        b.push(item(w::quorum(q, lang)));
    }
}

fn results(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Heading(Section::Results.get(lang).to_owned()));
    let aligns = [
        Align::Right,
        Align::Left,
        Align::Center,
        Align::Center,
        Align::Center,
        Align::Center,
        Align::Center,
        Align::Center,
        Align::Center,
    ];
    let columns = w::results_columns(lang)
        .iter()
        .zip(aligns)
        .map(|(t, a)| ((*t).to_owned(), a))
        .collect();
    let rows = m
        .results
        .reviewed()
        .enumerate()
        .map(|(i, r)| result_row(i + 1, r, m.results.denominator, lang))
        .collect();
    b.push(Block::Table(Table {
        columns,
        rows,
        widths: Vec::new(),
        row_height: 0,
    }));
    b.push(Block::Para(vec![Span {
        italic: true,
        ..Span::plain(w::results_legend(m.results.denominator, lang))
    }]));
    let t = &m.totals;
    let l = Label::Totals.get(lang);
    b.push(Block::Para(vec![Span::bold(format!("{l}:"))]));
    let of = u32::try_from(m.results.reviewed().count()).unwrap_or(u32::MAX);
    for level in Level::ALL {
        b.push(item(w::total_line(
            Some(level),
            t.per_level.get(level),
            of,
            lang,
        )));
    }
    if t.unrated > 0 {
        b.push(item(w::total_line(None, t.unrated, of, lang)));
    }
    b.push(para(w::ratio(
        t.per_level.excellent,
        t.per_level.good,
        (m.voting.cap_base, m.voting.cap_percent),
        lang,
    )));
}

/// A reviewed member's row of the results table, numbered `no`.
fn result_row(no: usize, r: &ResultRow, of: u32, lang: Lang) -> Vec<String> {
    let level = |l: Option<Level>| l.map_or_else(String::new, |l| w::short(l, lang).to_owned());
    let mut row = vec![
        no.to_string(),
        r.name.clone(),
        w::membership_short(r.membership, lang).to_owned(),
        level(r.self_assessed),
    ];
    row.extend(Level::ALL.iter().map(|l| {
        r.votes
            .map_or_else(String::new, |c| w::votes_cell(c.get(*l), of, lang))
    }));
    row.push(r.proposed.map_or_else(
        || w::unrated_cell(r.attendance.is_absent(), lang).to_owned(),
        |l| w::short(l, lang).to_owned(),
    ));
    row
}
