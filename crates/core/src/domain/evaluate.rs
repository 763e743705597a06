//! The rules applied to a session: each yields [`Finding`]s with a severity and the numbers,
//! shown live in the app and listed in the minutes where they still stand.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::level::Level;
use super::member::{Member, MemberId};
use super::rules::{CapBase, Fraction};
use super::score::{Score, score_band};
use super::session::{MemberReview, Session, is_leader};
use super::summary::{Missing, Pending, Summary, pending};
use super::tally::{Outcome, Tally, TallyProblem, propose};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// Whom a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Session,
    Cell,
    Member(MemberId),
}

/// What a rule found, with the numbers; the words are in `i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    Quorum {
        present: u32,
        denominator: u32,
        quorum: Fraction,
    },
    Tally {
        round: usize,
        problem: TallyProblem,
    },
    NoResult {
        round: usize,
    },
    /// A round was held after round `decided` had proposed `level`: the last round stands.
    RoundAfterResult {
        round: usize,
        decided: usize,
        level: Level,
    },
    NotRated,
    ReviewLater,
    VotedButExcluded,
    Disciplined {
        proposed: Level,
    },
    DisciplinedRemedied,
    /// A discipline dated outside the year under review (the decision's date, or the
    /// violation's): for the committee above to weigh, never the automatic Not complete.
    DisciplineOutsideYear {
        date: NaiveDate,
    },
    /// A member on temporary activity elsewhere was voted on without the opinion of the cell
    /// where he has it (HD 43 mục 7.6).
    NoTemporaryOpinion,
    /// The cell proposed Excellent while these members of its committee (secretary, deputy,
    /// committee members) were disciplined in the year: at most Good (QĐ 366 Điều 11 khoản 1).
    CellExcellentWithDisciplinedLeaders {
        names: Vec<String>,
    },
    ExcellentCap {
        excellent: u32,
        good: u32,
        cap: u32,
        percent: u32,
        base: CapBase,
    },
    /// A cell under a grassroots committee: its own Excellent/Good figure, the cap being
    /// counted over the whole grassroots organisation by the committee above.
    ExcellentShare {
        excellent: u32,
        good: u32,
        cap: u32,
        percent: u32,
        base: CapBase,
    },
    /// The chair is marked absent.
    ChairAbsent,
    /// The minute-taker is marked absent.
    MinuteTakerAbsent,
    CapWithoutReason {
        percent: u32,
    },
    CapTooHigh {
        percent: u32,
    },
    ScoreOutOfRange {
        score: Score,
    },
    ScoreBand {
        total: u32,
        band: Level,
        self_assessed: Level,
    },
    MemberBeforeCollective,
    MemberBeforeLeaders,
    CellBeforeMembers,
    DraftMissing,
    DraftLate {
        sent: NaiveDate,
        working_days: i64,
    },
    AfterDeadline {
        date: NaiveDate,
    },
    SickLeave {
        proposed: Level,
    },
    ChecksumMismatch,
    /// A blank of the record (the minutes would print "……"): a note while the meeting goes
    /// on, a warning once sealed with it.
    Unfinished {
        missing: Missing,
    },
}

impl FindingKind {
    /// A stable id for the rule, used in CSV and in tests.
    pub fn rule(&self) -> &'static str {
        match self {
            FindingKind::Quorum { .. } => "quorum",
            FindingKind::Tally { .. } => "tally",
            FindingKind::NoResult { .. } => "no-result",
            FindingKind::RoundAfterResult { .. } => "round-after-result",
            FindingKind::NotRated => "not-rated",
            FindingKind::ReviewLater => "review-later",
            FindingKind::VotedButExcluded => "voted-but-excluded",
            FindingKind::Disciplined { .. }
            | FindingKind::DisciplinedRemedied
            | FindingKind::DisciplineOutsideYear { .. } => "discipline",
            FindingKind::ExcellentCap { .. } | FindingKind::ExcellentShare { .. } => {
                "excellent-cap"
            }
            FindingKind::ChairAbsent | FindingKind::MinuteTakerAbsent => "in-charge",
            FindingKind::CapWithoutReason { .. } | FindingKind::CapTooHigh { .. } => "cap-setting",
            FindingKind::ScoreOutOfRange { .. } => "score-range",
            FindingKind::ScoreBand { .. } => "score-band",
            FindingKind::MemberBeforeCollective
            | FindingKind::MemberBeforeLeaders
            | FindingKind::CellBeforeMembers => "order",
            FindingKind::DraftMissing | FindingKind::DraftLate { .. } => "draft-3-days",
            FindingKind::AfterDeadline { .. } => "deadline",
            FindingKind::SickLeave { .. } => "sick-leave",
            FindingKind::CellExcellentWithDisciplinedLeaders { .. } => "cell-bounded",
            FindingKind::NoTemporaryOpinion => "temporary-opinion",
            FindingKind::ChecksumMismatch => "checksum",
            FindingKind::Unfinished { .. } => "unfinished",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    pub kind: FindingKind,
}

impl Finding {
    fn new(severity: Severity, subject: Subject, kind: FindingKind) -> Self {
        Finding {
            severity,
            subject,
            kind,
        }
    }
}

/// What every rule asks of a session, computed once per evaluation: the denominator, the
/// voters, each member's review and the review order. Keeps `evaluate` linear in the roster.
struct Ctx<'a> {
    s: &'a Session,
    denominator: u32,
    voters: u32,
    reviews: HashMap<&'a MemberId, &'a MemberReview>,
    order: Vec<&'a Member>,
    summary: Summary,
}

impl<'a> Ctx<'a> {
    fn new(s: &'a Session) -> Self {
        Ctx {
            s,
            denominator: s.denominator(),
            voters: s.voters_present(),
            reviews: s.reviews.iter().map(|r| (&r.member, r)).collect(),
            order: s.review_order(),
            summary: s.summary(),
        }
    }

    fn review(&self, id: &MemberId) -> Option<&'a MemberReview> {
        self.reviews.get(id).copied()
    }

    /// A round whose arithmetic does not hold proposes nothing (as [`Session::outcome_of`]).
    fn outcome(&self, round: &Tally) -> Outcome {
        if round.check(self.voters).is_err() {
            return Outcome::NoResult {
                denominator: self.denominator,
            };
        }
        propose(&round.counts, self.denominator, &self.s.rules.settings)
    }

    fn proposed(&self, id: &MemberId) -> Option<Level> {
        let round = self.review(id)?.rounds.last()?;
        self.outcome(round).level()
    }
}

mod meeting;
mod preview;
mod standing;
use meeting::{blank_rules, session_rules};
pub use preview::VotePreview;

/// Every rule of the session's rule set, applied to the session as it stands. Cheap enough to
/// run on every redraw; the seal (checksum) is checked by [`audit`].
pub fn evaluate(s: &Session) -> Vec<Finding> {
    let cx = Ctx::new(s);
    let mut out = Vec::new();
    session_rules(&cx, &mut out);
    for m in &s.members {
        member_rules(&cx, m, &mut out);
    }
    cell_rules(&cx, &mut out);
    order_rules(&cx, &mut out);
    blank_rules(&cx, &mut out);
    out
}

/// [`evaluate`] plus the seal: a finalized session whose content no longer matches its checksum
/// is an error. This re-serializes the session, so it runs on load and export, not per frame.
pub fn audit(s: &Session) -> Vec<Finding> {
    let mut out = Vec::new();
    if s.seal_state() == super::session::SealState::Changed {
        let kind = FindingKind::ChecksumMismatch;
        out.push(Finding::new(Severity::Error, Subject::Session, kind));
    }
    out.extend(evaluate(s));
    out
}

fn tally_findings(cx: &Ctx, rounds: &[Tally], subject: &Subject) -> Vec<Finding> {
    let mut out = Vec::new();
    let voters = cx.voters;
    for (i, round) in rounds.iter().enumerate() {
        if let Err(problem) = round.check(voters) {
            let kind = FindingKind::Tally {
                round: i + 1,
                problem,
            };
            out.push(Finding::new(Severity::Error, subject.clone(), kind));
        }
    }
    // A last round that does not add up is already an error: correct it, not vote again.
    if let Some(last) = rounds.last()
        && last.check(voters).is_ok()
        && cx.outcome(last).level().is_none()
    {
        let kind = FindingKind::NoResult {
            round: rounds.len(),
        };
        out.push(Finding::new(Severity::Warning, subject.clone(), kind));
    }
    out.extend(overridden(cx, rounds, subject));
    out
}

/// A last round held after an earlier one had a result: the earlier result no longer stands,
/// which the meeting may have meant (it asked) or not (a sheet typed over a decided member).
fn overridden(cx: &Ctx, rounds: &[Tally], subject: &Subject) -> Option<Finding> {
    let (_, earlier) = rounds.split_last()?;
    let (i, level) = earlier
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, r)| cx.outcome(r).level().map(|l| (i, l)))?;
    let kind = FindingKind::RoundAfterResult {
        round: rounds.len(),
        decided: i + 1,
        level,
    };
    Some(Finding::new(Severity::Warning, subject.clone(), kind))
}

fn score_findings(score: Option<Score>, level: Option<Level>, subject: &Subject) -> Vec<Finding> {
    let Some(score) = score else {
        return Vec::new();
    };
    if !score.in_range() {
        let kind = FindingKind::ScoreOutOfRange { score };
        return vec![Finding::new(Severity::Error, subject.clone(), kind)];
    }
    let band = score_band(&score);
    match level {
        Some(self_assessed) if self_assessed < band => {
            let kind = FindingKind::ScoreBand {
                total: score.total(),
                band,
                self_assessed,
            };
            vec![Finding::new(Severity::Warning, subject.clone(), kind)]
        }
        _ => Vec::new(),
    }
}

fn member_rules(cx: &Ctx, m: &Member, out: &mut Vec<Finding>) {
    let rounds = cx.review(&m.id).map_or(&[][..], |r| &r.rounds[..]);
    member_rules_with(cx, m, rounds, out);
}

/// The member's rules, with `rounds` as the member's rounds (those recorded, or those a
/// preview supposes).
fn member_rules_with(cx: &Ctx, m: &Member, rounds: &[Tally], out: &mut Vec<Finding>) {
    use FindingKind as K;
    let s = cx.s;
    let id = &m.id;
    let subject = Subject::Member(id.clone());
    let review = cx.review(id);
    if m.exclusion(s.meeting.date).is_some() {
        if !rounds.is_empty() {
            out.push(Finding::new(Severity::Error, subject, K::VotedButExcluded));
        }
        return;
    }
    out.extend(tally_findings(cx, rounds, &subject));
    let proposed = rounds.last().and_then(|r| cx.outcome(r).level());
    match pending(m, proposed) {
        Some(Pending::RateLater) => {
            out.push(Finding::new(
                Severity::Note,
                subject.clone(),
                K::ReviewLater,
            ));
        }
        Some(Pending::NotRated) => {
            let severity = if s.status.is_finalized() {
                Severity::Error
            } else {
                Severity::Warning
            };
            out.push(Finding::new(severity, subject.clone(), K::NotRated));
        }
        None => {}
    }
    standing::member_standing(s, m, proposed, &subject, out);
    standing::temporary_opinion(s, m, !rounds.is_empty(), &subject, out);
    if s.rules.name.has_self_scores()
        && let Some(r) = review
    {
        out.extend(score_findings(r.self_score, r.self_assessed, &subject));
    }
}

fn cell_rules(cx: &Ctx, out: &mut Vec<Finding>) {
    cell_rules_with(cx, &cx.s.cell_rating.rounds, out);
}

/// The cell's rules, with `rounds` as the cell's rounds (recorded, or supposed by a preview).
fn cell_rules_with(cx: &Ctx, rounds: &[Tally], out: &mut Vec<Finding>) {
    let s = cx.s;
    let c = &s.cell_rating;
    out.extend(tally_findings(cx, rounds, &Subject::Cell));
    let proposed = rounds.last().and_then(|r| cx.outcome(r).level());
    standing::cell_bounded(s, proposed, out);
    if s.rules.name.has_self_scores() {
        out.extend(score_findings(
            c.self_score,
            c.self_assessed,
            &Subject::Cell,
        ));
    }
}

/// The order of the meeting: collective first, leaders before the others, all members before the
/// cell rates itself. Judged from the log positions at which each step began.
fn order_rules(cx: &Ctx, out: &mut Vec<Finding>) {
    use FindingKind as K;
    let s = cx.s;
    let order = &cx.order;
    let started = |id: &MemberId| cx.review(id).and_then(|r| r.started);
    let collective = s.collective.started;
    let first_ordinary_start = order
        .iter()
        .filter(|m| !is_leader(m))
        .filter_map(|m| started(&m.id))
        .min();
    for m in order {
        let Some(at) = started(&m.id) else { continue };
        let subject = Subject::Member(m.id.clone());
        if collective.is_none_or(|c| at < c) {
            out.push(Finding::new(
                Severity::Warning,
                subject.clone(),
                K::MemberBeforeCollective,
            ));
        }
        if is_leader(m) && first_ordinary_start.is_some_and(|first| first < at) {
            out.push(Finding::new(
                Severity::Warning,
                subject,
                K::MemberBeforeLeaders,
            ));
        }
    }
    if let Some(cell_at) = s.cell_rating.started {
        let member_rated_after = order.iter().any(|m| {
            // A member whose review began before the cell's vote may still be voted after it.
            // Only a round the record still holds counts: a removed round leaves no mark.
            let last_vote = cx
                .review(&m.id)
                .filter(|r| !r.rounds.is_empty())
                .and_then(|r| r.voted.or(r.started));
            cx.proposed(&m.id).is_none() && !m.attendance.is_absent()
                || last_vote.is_some_and(|v| v > cell_at)
        });
        if member_rated_after {
            out.push(Finding::new(
                Severity::Warning,
                Subject::Cell,
                K::CellBeforeMembers,
            ));
        }
    }
}
