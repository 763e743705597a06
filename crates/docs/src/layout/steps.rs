//! The meeting's own steps as blocks, in the order they happened: the opening (the purpose,
//! the guests introduced, the agenda adopted), the collective review with the chair's
//! conclusion and the report adopted, the counting team elected before the first secret ballot,
//! and the close (the representative, the cell's request, the closing, the minutes adopted, the
//! signatures, the corrections after sealing).

use super::{Block, Signature, Span, item, labelled, para, remarks, report};
use crate::minutes::Minutes;
use crate::words::{self as w, Adopted, Label, Section, T};
use chibo_core::i18n::Lang;

/// The chair opens the meeting, says what it is for, introduces the guests; the agenda is
/// adopted. One paragraph: a short section of several would be kept together with its heading
/// and the next section's, and a word processor then leaves the heading alone at a page's foot.
pub(super) fn opening(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Heading(Section::Opening.get(lang).to_owned()));
    let o = &m.opening;
    let mut said = vec![w::opened(m.chair.as_deref(), &o.purpose, lang)];
    if !m.guests.is_empty() {
        said.push(w::guests_introduced(&m.guests, lang));
    }
    if let Some(v) = &o.agenda {
        said.push(w::adopted(Adopted::Agenda, v, lang));
    }
    b.push(para(said.join(" ")));
}

fn bold_label(label: &str) -> Block {
    Block::Para(vec![Span::bold(format!("{label}:"))])
}

/// The report, the contributions on it, the chair's conclusion and the vote adopting it.
pub(super) fn collective(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Heading(Section::Collective.get(lang).to_owned()));
    let c = &m.collective;
    if c.report.is_empty() {
        b.push(Block::Para(labelled(Label::CollectiveReport.get(lang), "")));
    } else {
        b.push(bold_label(Label::CollectiveReport.get(lang)));
        report(&c.report, lang, b);
    }
    b.push(bold_label(Label::Contributions.get(lang)));
    remarks(&c.contributions, lang, b);
    if !c.conclusion.trim().is_empty() {
        b.push(Block::Para(labelled(
            Label::Conclusion.get(lang),
            &c.conclusion,
        )));
    }
    if let Some(v) = &c.adoption {
        b.push(para(w::adopted(Adopted::Report, v, lang)));
    }
}

/// The counting team, before the members' votes: when one is named or elected, or when a vote
/// was secret (then a blank to fill in by hand if none is named).
pub(super) fn counting_team(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    let t = &m.counting;
    if t.names.is_empty() && !t.counted && t.vote.is_none() {
        return;
    }
    b.push(para(w::counting_team(
        &t.names,
        t.has_head,
        t.vote.as_ref(),
        lang,
    )));
}

pub(super) fn close(m: &Minutes, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Heading(Section::Close.get(lang).to_owned()));
    if let Some(r) = &m.representative {
        b.push(para(w::representative(r, lang)));
    }
    b.push(para(w::request(&m.committee, lang)));
    if !m.request.trim().is_empty() {
        b.push(para(w::further_request(&m.request, lang)));
    }
    if !m.closing_remarks.trim().is_empty() {
        b.push(para(w::closing_remarks(&m.closing_remarks, lang)));
    }
    b.push(para(w::closing(m.end, lang)));
    b.push(para(w::minutes_vote(
        m.minutes_vote.as_ref().map(|v| (&v.motion, v.adopted)),
        lang,
    )));
    let [left, right] = w::signature_titles(lang);
    let name = |n: &Option<String>| n.clone().unwrap_or_else(|| w::BLANK.to_owned());
    b.push(Block::Signatures([
        Signature {
            title: left.to_owned(),
            name: name(&m.minute_taker),
        },
        Signature {
            title: right.to_owned(),
            name: name(&m.chair),
        },
    ]));
    if !m.amendments.is_empty() {
        b.push(Block::Heading(T::Addendum.get(lang).to_owned()));
        for (i, a) in m.amendments.iter().enumerate() {
            b.push(item(w::amendment(i + 1, a.at, &a.reason, lang)));
        }
    }
}
