//! The rules about the meeting as a whole: the quorum, who is in charge, the Excellent cap (as
//! set, and as used where the cell counts it), the draft report's date and the deadline.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{Ctx, Finding, FindingKind, Severity, Subject};
use crate::domain::calendar::working_days_between;
use crate::domain::member::MemberId;
use crate::domain::rules::{DEADLINE, DRAFT_WORKING_DAYS, Requirement};
use crate::domain::session::{CellKind, Session};
use crate::domain::summary::Missing;

pub(super) fn session_rules(cx: &Ctx, out: &mut Vec<Finding>) {
    quorum_rule(cx.s, out);
    in_charge_rules(cx.s, out);
    cap_rules(cx, out);
    meeting_date_rules(cx.s, out);
}

fn quorum_rule(s: &Session, out: &mut Vec<Finding>) {
    let set = &s.rules.settings;
    // The roll call has begun once anyone is called, present or not: a meeting where every
    // name was called absent is the worst case of a missing quorum.
    let attendance_taken = s
        .members
        .iter()
        .any(|m| m.attendance != crate::domain::member::Attendance::Unknown);
    // The quorum is judged against the members called, whatever the majority's denominator.
    let denominator = s.convened();
    let present = s.denominator_present();
    if attendance_taken
        && !Requirement::AtLeast(set.quorum).met(u64::from(present), u64::from(denominator))
    {
        let kind = FindingKind::Quorum {
            present,
            denominator,
            quorum: set.quorum,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
}

/// The Excellent cap as set (raised without a reason, too high) and as used.
fn cap_rules(cx: &Ctx, out: &mut Vec<Finding>) {
    use FindingKind as K;
    let cap = &cx.summary.cap;
    if cap.is_too_high() {
        let kind = K::CapTooHigh {
            percent: cap.requested,
        };
        out.push(Finding::new(Severity::Error, Subject::Session, kind));
    } else if cap.lacks_reason() {
        let kind = K::CapWithoutReason {
            percent: cap.percent,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
    match cx.s.cell.kind {
        CellKind::Grassroots if cap.is_over() => {
            let kind = K::ExcellentCap {
                excellent: cap.excellent,
                good: cap.good,
                cap: cap.limit,
                percent: cap.percent,
                base: cap.base,
            };
            out.push(Finding::new(Severity::Warning, Subject::Session, kind));
        }
        CellKind::UnderCommittee if cap.is_over() => {
            let kind = K::ExcellentShare {
                excellent: cap.excellent,
                good: cap.good,
                cap: cap.limit,
                percent: cap.percent,
                base: cap.base,
            };
            out.push(Finding::new(Severity::Note, Subject::Session, kind));
        }
        _ => {}
    }
}

/// The chair and the minute-taker are present: an absent one cannot lead nor write the meeting.
fn in_charge_rules(s: &Session, out: &mut Vec<Finding>) {
    let absent = |id: &Option<MemberId>| {
        id.as_ref()
            .and_then(|id| s.member(id))
            .filter(|m| m.attendance.is_absent())
    };
    if let Some(m) = absent(&s.meeting.chair) {
        let subject = Subject::Member(m.id.clone());
        out.push(Finding::new(
            Severity::Warning,
            subject,
            FindingKind::ChairAbsent,
        ));
    }
    if let Some(m) = absent(&s.meeting.minute_taker) {
        let subject = Subject::Member(m.id.clone());
        let kind = FindingKind::MinuteTakerAbsent;
        out.push(Finding::new(Severity::Warning, subject, kind));
    }
}

/// The draft report sent early enough, the meeting held before the deadline.
fn meeting_date_rules(s: &Session, out: &mut Vec<Finding>) {
    use FindingKind as K;
    match s.meeting.draft_sent {
        None => out.push(Finding::new(
            Severity::Warning,
            Subject::Session,
            K::DraftMissing,
        )),
        Some(sent) => {
            let holidays = &s.rules.settings.holidays;
            let working_days = working_days_between(sent, s.meeting.date, holidays);
            if working_days < DRAFT_WORKING_DAYS {
                let kind = K::DraftLate { sent, working_days };
                out.push(Finding::new(Severity::Warning, Subject::Session, kind));
            }
        }
    }
    // "kết thúc trước ngày 31/12": a meeting on 31 December or later is late.
    let deadline = NaiveDate::from_ymd_opt(s.year, DEADLINE.0, DEADLINE.1);
    if deadline.is_some_and(|d| s.meeting.date >= d) {
        let kind = K::AfterDeadline {
            date: s.meeting.date,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
}

/// The blanks of the record, as finalizing names them ([`crate::domain::Unfinished`]): the
/// meeting's own, then each member's in review order. A member not rated, or to be rated
/// later, has a finding of its own already.
pub(super) fn blank_rules(cx: &Ctx, out: &mut Vec<Finding>) {
    let u = &cx.summary.unfinished;
    let severity = if cx.s.status.is_finalized() {
        Severity::Warning
    } else {
        Severity::Note
    };
    let finding =
        |subject, missing| Finding::new(severity, subject, FindingKind::Unfinished { missing });
    for missing in u.missing() {
        let subject = match missing {
            Missing::CellRating => Subject::Cell,
            _ => Subject::Session,
        };
        out.push(finding(subject, missing));
    }
    let no_review: HashSet<&MemberId> = u.no_self_review.iter().collect();
    let no_conclusion: HashSet<&MemberId> = u.no_conclusion.iter().collect();
    for m in &cx.order {
        for (blank, missing) in [
            (no_review.contains(&m.id), Missing::SelfReview),
            (no_conclusion.contains(&m.id), Missing::Conclusion),
        ] {
            if blank {
                out.push(finding(Subject::Member(m.id.clone()), missing));
            }
        }
    }
}
