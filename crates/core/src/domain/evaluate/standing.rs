//! What a year's standing limits a level to: a member's discipline in the year (or a note when it
//! is dated outside it), long sick leave under `qd132`, the opinion of the cell where a member has
//! temporary activity, and the cell's Excellent bounded by a member of its committee disciplined
//! in the year.

use super::{Finding, FindingKind as K, Severity, Subject};
use crate::domain::level::Level;
use crate::domain::member::{DisciplineTime, Member};
use crate::domain::rules::RuleSetName;
use crate::domain::session::{Session, is_leader};

/// The member's standing: discipline (`qd124`, `qd366`), long sick leave (`qd132`).
pub(super) fn member_standing(
    s: &Session,
    m: &Member,
    proposed: Option<Level>,
    subject: &Subject,
    out: &mut Vec<Finding>,
) {
    let time = m
        .discipline_time(s.year)
        .filter(|_| s.rules.name != RuleSetName::Qd132);
    match time {
        Some(DisciplineTime::Outside(date)) => {
            let kind = K::DisciplineOutsideYear { date };
            out.push(Finding::new(Severity::Note, subject.clone(), kind));
        }
        Some(DisciplineTime::InYear) if m.self_reported => {
            let kind = K::DisciplinedRemedied;
            out.push(Finding::new(Severity::Note, subject.clone(), kind));
        }
        Some(DisciplineTime::InYear) => {
            if let Some(p) = proposed.filter(|p| *p != Level::NotComplete) {
                let kind = K::Disciplined { proposed: p };
                out.push(Finding::new(Severity::Error, subject.clone(), kind));
            }
        }
        None => {}
    }
    if m.long_sick_leave
        && s.rules.name == RuleSetName::Qd132
        && let Some(p) = proposed.filter(|p| *p < Level::Complete)
    {
        let kind = K::SickLeave { proposed: p };
        out.push(Finding::new(Severity::Error, subject.clone(), kind));
    }
}

/// A member on temporary activity elsewhere voted on before the temporary cell's opinion is in:
/// a warning (HD 43 mục 7.6, so `qd366` only). Voting is what rating him means here.
pub(super) fn temporary_opinion(
    s: &Session,
    m: &Member,
    voted: bool,
    subject: &Subject,
    out: &mut Vec<Finding>,
) {
    if s.rules.name == RuleSetName::Qd366
        && voted
        && m.temporary_elsewhere.is_some()
        && m.temporary_opinion.is_none()
    {
        let kind = K::NoTemporaryOpinion;
        out.push(Finding::new(Severity::Warning, subject.clone(), kind));
    }
}

/// A cell proposed Excellent while a member of its committee was disciplined in the year: an
/// error, the proposal being at most Good. The text is QĐ 366's ("không có … thành viên của tập
/// thể lãnh đạo, quản lý bị kỷ luật", Điều 11 khoản 1); the earlier regulations' criteria for a
/// collective were not retrieved, so the rule holds under `qd366` only.
pub(super) fn cell_bounded(s: &Session, proposed: Option<Level>, out: &mut Vec<Finding>) {
    if s.rules.name != RuleSetName::Qd366 || proposed != Some(Level::Excellent) {
        return;
    }
    let names: Vec<String> = s
        .members
        .iter()
        .filter(|m| is_leader(m) && m.disciplined_in(s.year))
        .map(|m| m.name.clone())
        .collect();
    if !names.is_empty() {
        let kind = K::CellExcellentWithDisciplinedLeaders { names };
        out.push(Finding::new(Severity::Error, Subject::Cell, kind));
    }
}
