//! The centre pane of each step as a list of rows: what is shown, and what Enter does on it.
//! Built from the session on demand; the numbers come from the domain's own questions.

use crate::forms::meeting::denominator_label;
use crate::popup::{Rated, RemarkSlot};
use crate::words::{T, attendance_label, field_label, method_label, post_label, score_text};
use chibo_core::domain::{Level, MeetingText, MotionOf, Remark, RuleSet, Session, Step, TextField};
use chibo_core::i18n::{Lang, level_name};

/// What a row is, for the keys that act on it, and the row's identity: the selection keeps it
/// (no two rows of a step have the same kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKind {
    /// The member's line at the top of their step.
    Info,
    Attendance(chibo_core::domain::MemberId),
    Chair,
    MinuteTaker,
    MeetingInfo,
    /// The facts for the minutes: the basis, the representative, the closing remarks…
    Facts,
    /// A member of another cell on temporary activity here (its index).
    Visitor(usize),
    /// The counting team (tổ kiểm phiếu) and its head.
    CountingTeam,
    Settings,
    Start,
    End,
    Guest(usize),
    AddGuest,
    Collective(TextField),
    Remark(RemarkSlot),
    AddRemark,
    MemberText(chibo_core::domain::MemberId, TextField),
    Level(Rated),
    Score(Rated),
    Vote(Rated),
    /// A round already held (its index among the step's rounds).
    Round(usize),
    /// A member's result, or the cell's, on the summary: Enter goes to its step.
    Outcome(Rated),
    /// A count of the summary over all members.
    Totals(Total),
    /// A vote on a motion: the agenda, the counting team, the report, the minutes.
    Motion(MotionOf),
    /// The purpose stated at the opening, the cell's request.
    MeetingText(MeetingText),
    Finalize,
}

/// The summary's counts over all members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    Rated,
    PerLevel,
    Cap,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub value: String,
    pub kind: RowKind,
}

/// The most of a value a row keeps: more than the pane and its detail box ever show, so a very
/// long text costs no more to draw than a short one.
const SHOWN: usize = 2048;

fn row(label: impl Into<String>, value: impl Into<String>, kind: RowKind) -> Row {
    Row {
        label: label.into(),
        value: value.into(),
        kind,
    }
}

/// The start of a text, as much as a row shows: copied without reading the rest.
fn shown(s: &str) -> String {
    let end = if s.len() > SHOWN {
        (0..=SHOWN)
            .rev()
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(0)
    } else {
        s.len()
    };
    s.get(..end).unwrap_or("").to_owned()
}

fn or_dash(s: &str) -> String {
    let s = shown(s);
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        s
    }
}

pub(crate) fn rows(s: &Session, step: &Step, lang: Lang) -> Vec<Row> {
    match step {
        Step::Opening => opening(s, lang),
        Step::Collective => collective(s, lang),
        Step::Member(id) => member(s, id, lang),
        Step::CellRating => cell(s, lang),
        Step::Summary => closing::summary(s, lang),
        Step::MinutesVote => closing::minutes(s, lang),
        Step::Close => closing::close(s, lang),
    }
}

fn opening(s: &Session, lang: Lang) -> Vec<Row> {
    let mut v = roll_call(s, lang);
    v.extend(meeting_rows(s, lang));
    for (i, g) in s.meeting.guests.iter().enumerate() {
        v.push(row(T::Guest.get(lang), g.clone(), RowKind::Guest(i)));
    }
    v.push(row(T::AddGuestRow.get(lang), "", RowKind::AddGuest));
    v
}

/// The members in the order they are called, then the members of other cells here.
fn roll_call(s: &Session, lang: Lang) -> Vec<Row> {
    let mut v = Vec::new();
    // Those not reviewed here (exempt, suspended, admitted lately) are listed apart, last.
    let (reviewed, apart): (Vec<_>, Vec<_>) = s.members.iter().partition(|m| s.is_reviewed(m));
    for m in reviewed.into_iter().chain(apart) {
        let mut label = m.name.clone();
        if !m.is_official() {
            label.push_str(T::ProbationaryMark.get(lang));
        }
        let mut value = attendance_label(&m.attendance, lang);
        if let Some(x) = m.exclusion(s.meeting.date) {
            value = format!("{value} · {}", crate::words::exclusion_label(x, lang));
        }
        v.push(row(label, value, RowKind::Attendance(m.id.clone())));
    }
    // Members of other cells on temporary activity here: called, not rated here.
    for (i, x) in s.meeting.visitors.iter().enumerate() {
        let label = format!("{} ({})", x.name, T::VisitorMark.get(lang));
        let value = attendance_label(&x.attendance, lang);
        v.push(row(label, value, RowKind::Visitor(i)));
    }
    v
}

/// "Head (trưởng ban); member, member" — or a dash before the team is chosen.
pub(crate) fn team_text(s: &Session) -> String {
    let m = &s.meeting;
    let names: Vec<&str> = m
        .counting_head
        .iter()
        .chain(
            m.counting_team
                .iter()
                .filter(|id| Some(*id) != m.counting_head.as_ref()),
        )
        .map(|id| s.member_name(id))
        .collect();
    if names.is_empty() {
        "—".to_owned()
    } else {
        names.join(", ")
    }
}

/// Who leads, when, where, by which rules, and the facts for the minutes.
fn meeting_rows(s: &Session, lang: Lang) -> Vec<Row> {
    let m = &s.meeting;
    let name = |id: &Option<chibo_core::domain::MemberId>| {
        id.as_ref()
            .map_or("—".to_owned(), |id| s.member_name(id).to_owned())
    };
    let start = m
        .start
        .map_or("—".to_owned(), |t| t.format("%H:%M").to_string());
    let dmy = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
    let sent = m.draft_sent.map_or("—".to_owned(), dmy);
    let info = format!(
        "{} · {} · {}: {sent}",
        dmy(m.date),
        or_dash(&m.place),
        T::DraftSentShort.get(lang)
    );
    let basis = m.basis.as_ref().map_or("—", |d| d.number.as_str());
    let rep = m.representative.as_deref().unwrap_or("—");
    let (basis_w, rep_w) = (T::BasisShort.get(lang), T::RepShort.get(lang));
    vec![
        row(T::Chair.get(lang), name(&m.chair), RowKind::Chair),
        row(
            T::MinuteTaker.get(lang),
            name(&m.minute_taker),
            RowKind::MinuteTaker,
        ),
        row(T::StartTime.get(lang), start, RowKind::Start),
        text_row(s, MeetingText::Purpose, lang),
        motion_row(s, MotionOf::Agenda, lang),
        row(T::MeetingInfo.get(lang), info, RowKind::MeetingInfo),
        row(
            T::Settings.get(lang),
            settings_summary(&s.rules, lang),
            RowKind::Settings,
        ),
        row(
            T::FactsRow.get(lang),
            format!("{basis_w}: {basis} · {rep_w}: {rep}"),
            RowKind::Facts,
        ),
        row(
            T::CountingTeam.get(lang),
            team_text(s),
            RowKind::CountingTeam,
        ),
        motion_row(s, MotionOf::CountingTeam, lang),
    ]
}

/// The row of a vote on a motion, with its counts.
fn motion_row(s: &Session, of: MotionOf, lang: Lang) -> Row {
    let value = motion_text(s.motion(of), lang);
    // The agenda's row says only "agenda": the value is its vote.
    let label = match of {
        MotionOf::Agenda => T::AgendaRow.get(lang),
        _ => crate::words::motion_label(of, lang),
    };
    row(label, value, RowKind::Motion(of))
}

/// The row of a text of the meeting itself.
fn text_row(s: &Session, field: MeetingText, lang: Lang) -> Row {
    let label = crate::words::meeting_text_label(field, lang);
    row(
        label,
        or_dash(s.meeting_text(field)),
        RowKind::MeetingText(field),
    )
}

const REPORT_FIELDS: [TextField; 4] = [
    TextField::Strengths,
    TextField::Shortcomings,
    TextField::Causes,
    TextField::Remedies,
];

fn remark_rows(s: &Session, list: &[Remark], slot: impl Fn(usize) -> RemarkSlot) -> Vec<Row> {
    list.iter()
        .enumerate()
        .map(|(i, r)| {
            let who = format!("{}. {}", i + 1, s.speaker_name(&r.speaker));
            row(who, shown(&r.text), RowKind::Remark(slot(i)))
        })
        .collect()
}

fn collective(s: &Session, lang: Lang) -> Vec<Row> {
    let r = &s.collective.report;
    let text = |f| match f {
        TextField::Strengths => &r.strengths,
        TextField::Shortcomings => &r.shortcomings,
        TextField::Causes => &r.causes,
        _ => &r.remedies,
    };
    let mut v: Vec<Row> = REPORT_FIELDS
        .iter()
        .map(|f| {
            row(
                field_label(*f, lang),
                or_dash(text(*f)),
                RowKind::Collective(*f),
            )
        })
        .collect();
    v.extend(remark_rows(s, &s.collective.contributions, |i| {
        RemarkSlot::Contribution(Some(i))
    }));
    v.push(row(T::AddContribution.get(lang), "", RowKind::AddRemark));
    let conclusion = TextField::Conclusion;
    v.push(row(
        field_label(conclusion, lang),
        or_dash(&s.collective.conclusion),
        RowKind::Collective(conclusion),
    ));
    v.push(motion_row(s, MotionOf::Report, lang));
    v
}

fn member(s: &Session, id: &chibo_core::domain::MemberId, lang: Lang) -> Vec<Row> {
    let review = s.review(id);
    let text = |f: TextField| {
        review.map_or(String::new(), |r| match f {
            TextField::Strengths => shown(&r.report.strengths),
            TextField::Shortcomings => shown(&r.report.shortcomings),
            TextField::Causes => shown(&r.report.causes),
            TextField::Remedies => shown(&r.report.remedies),
            TextField::Answer => shown(&r.answer),
            TextField::Conclusion => shown(&r.conclusion),
        })
    };
    let mut v = Vec::new();
    if let Some(m) = s.member(id) {
        let info = format!(
            "{} · {}",
            post_label(m.post, lang),
            attendance_label(&m.attendance, lang)
        );
        v.push(row(T::Member.get(lang), info, RowKind::Info));
    }
    for f in [
        TextField::Strengths,
        TextField::Shortcomings,
        TextField::Remedies,
    ] {
        let kind = RowKind::MemberText(id.clone(), f);
        v.push(row(field_label(f, lang), or_dash(&text(f)), kind));
    }
    let rated = Rated::Member(id.clone());
    let level = review.and_then(|r| r.self_assessed);
    v.push(row(
        T::SelfLevel.get(lang),
        level_text(level, lang),
        RowKind::Level(rated.clone()),
    ));
    if s.rules.name.has_self_scores() {
        let score = score_text(review.and_then(|r| r.self_score), lang);
        v.push(row(
            T::SelfScore.get(lang),
            score,
            RowKind::Score(rated.clone()),
        ));
    }
    let crit = review.map_or(&[][..], |r| &r.criticism[..]);
    v.extend(remark_rows(s, crit, |i| {
        RemarkSlot::Criticism(id.clone(), Some(i))
    }));
    v.push(row(T::AddCriticism.get(lang), "", RowKind::AddRemark));
    for f in [TextField::Answer, TextField::Conclusion] {
        let kind = RowKind::MemberText(id.clone(), f);
        v.push(row(field_label(f, lang), or_dash(&text(f)), kind));
    }
    let rounds = review.map_or(&[][..], |r| &r.rounds[..]);
    v.extend(vote_rows(s, rounds, &rated, lang));
    v
}

fn level_text(l: Option<Level>, lang: Lang) -> String {
    l.map_or("—".to_owned(), |l| level_name(l, lang).to_owned())
}

fn vote_rows(
    s: &Session,
    rounds: &[chibo_core::domain::Tally],
    rated: &Rated,
    lang: Lang,
) -> Vec<Row> {
    let mut v: Vec<Row> = rounds
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let counts = Level::ALL
                .iter()
                .map(|l| format!("{} {}", l.short(), t.counts.get(*l)))
                .collect::<Vec<_>>()
                .join(", ");
            let why = crate::words::outcome_long(s, &s.outcome_of(t), lang);
            let label = format!("{} {}", T::Round.get(lang), i + 1);
            row(label, format!("{why}\n{counts}"), RowKind::Round(i))
        })
        .collect();
    let last_passed = rounds
        .last()
        .is_some_and(|t| s.outcome_of(t).level().is_some());
    let label = if rounds.is_empty() {
        T::VoteRow
    } else if last_passed {
        T::VoteAgainRow
    } else {
        T::NextRoundRow
    };
    v.push(row(label.get(lang), "", RowKind::Vote(rated.clone())));
    v
}

fn cell(s: &Session, lang: Lang) -> Vec<Row> {
    let c = &s.cell_rating;
    let mut v = vec![row(
        T::SelfLevel.get(lang),
        level_text(c.self_assessed, lang),
        RowKind::Level(Rated::Cell),
    )];
    if s.rules.name.has_self_scores() {
        v.push(row(
            T::SelfScore.get(lang),
            score_text(c.self_score, lang),
            RowKind::Score(Rated::Cell),
        ));
    }
    v.extend(vote_rows(s, &c.rounds, &Rated::Cell, lang));
    v
}

/// The rules and counting settings on one line, for the opening's row.
fn settings_summary(r: &RuleSet, lang: Lang) -> String {
    let st = &r.settings;
    let cumulative = if st.cumulative {
        T::CumulativeShort.get(lang)
    } else {
        ""
    };
    format!(
        "{} · {} · {}{cumulative} · HTXSNV ≤ {}% {}",
        r.name.code(),
        method_label(st.vote_method, lang),
        denominator_label(st.denominator, lang),
        st.excellent_cap_percent,
        chibo_core::i18n::cap_base_short(st.cap_base, lang),
    )
}

mod closing;
#[cfg(test)]
mod tests;
pub(crate) use closing::motion_text;
