//! The mark beside each agenda step: to do, under way, done, or has an error. Derived from the
//! session and the domain's findings after each change, never while drawing.

use chibo_core::domain::{Finding, Session, Severity, Step, Subject};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Todo,
    Doing,
    Done,
    Error,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Todo => "○",
            Mark::Doing => "◐",
            Mark::Done => "●",
            Mark::Error => "✗",
        }
    }
}

fn has_error(findings: &[Finding], subject: &Subject) -> bool {
    findings
        .iter()
        .any(|f| f.severity == Severity::Error && &f.subject == subject)
}

/// One mark per step of `s.agenda()`, in the same order.
pub(crate) fn marks(s: &Session, findings: &[Finding]) -> Vec<Mark> {
    s.agenda()
        .iter()
        .map(|step| mark(s, findings, step))
        .collect()
}

fn mark(s: &Session, findings: &[Finding], step: &Step) -> Mark {
    let done_or = |done: bool, doing: bool| match (done, doing) {
        (true, _) => Mark::Done,
        (false, true) => Mark::Doing,
        _ => Mark::Todo,
    };
    match step {
        Step::Opening => {
            let called = s
                .members
                .iter()
                .filter(|m| m.attendance != Default::default())
                .count();
            let all = called == s.members.len() && !s.members.is_empty();
            let named = s.meeting.chair.is_some() && s.meeting.minute_taker.is_some();
            done_or(all && named, called > 0)
        }
        Step::Collective => {
            let c = &s.collective;
            done_or(
                !c.report.is_empty() && !c.contributions.is_empty(),
                !c.report.is_empty() || !c.contributions.is_empty(),
            )
        }
        Step::Member(id) => {
            if has_error(findings, &Subject::Member(id.clone())) {
                return Mark::Error;
            }
            let started = s.review(id).is_some_and(|r| {
                !r.report.is_empty() || !r.criticism.is_empty() || !r.rounds.is_empty()
            });
            done_or(s.proposed(id).is_some(), started)
        }
        Step::CellRating => {
            if has_error(findings, &Subject::Cell) {
                return Mark::Error;
            }
            let c = &s.cell_rating;
            let level = s.cell_outcome().and_then(|o| o.level());
            done_or(
                level.is_some(),
                c.self_assessed.is_some() || !c.rounds.is_empty(),
            )
        }
        Step::Summary => {
            let (rated, total) = s.rated_count();
            done_or(rated == total && total > 0, rated > 0)
        }
        Step::MinutesVote => done_or(
            s.minutes_vote.is_some() && s.meeting.end.is_some(),
            s.minutes_vote.is_some() || s.meeting.end.is_some(),
        ),
        Step::Close => done_or(s.status.is_finalized(), false),
    }
}
