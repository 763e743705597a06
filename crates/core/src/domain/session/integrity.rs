//! What holds a session file together: every member reference points into the roster, ids
//! are unique, and every text is NFC. Checked and applied on load, before the rules run.

use super::{Remark, Report, Session, Speaker, Step};
use crate::domain::member::{Attendance, MemberId};

/// Where a session names a member: what [`StructureError::UnknownMember`] points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A member's review.
    Review,
    /// A remark of criticism in a review.
    Criticism,
    /// A contribution to the collective's review.
    Contribution,
    Chair,
    MinuteTaker,
    /// The agenda step the meeting is at.
    AgendaStep,
    /// A member of the counting team (tổ kiểm phiếu).
    CountingTeam,
    /// The head of the counting team.
    CountingHead,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StructureError {
    #[error("member id `{0}` is used twice")]
    DuplicateMember(MemberId),
    #[error("{place:?} names member `{id}`, who is not in the roster")]
    UnknownMember { place: Place, id: MemberId },
    #[error("two reviews for member `{0}`")]
    DuplicateReview(MemberId),
    #[error("member with an empty id")]
    EmptyId,
}

impl Session {
    /// Checks that every reference holds and every id is unique.
    pub fn check_structure(&self) -> Result<(), StructureError> {
        let mut seen = std::collections::HashSet::new();
        for m in &self.members {
            if m.id.0.trim().is_empty() {
                return Err(StructureError::EmptyId);
            }
            if !seen.insert(&m.id) {
                return Err(StructureError::DuplicateMember(m.id.clone()));
            }
        }
        let known = |place: Place, id: &MemberId| {
            if seen.contains(id) {
                Ok(())
            } else {
                Err(StructureError::UnknownMember {
                    place,
                    id: id.clone(),
                })
            }
        };
        let mut reviewed = std::collections::HashSet::new();
        for r in &self.reviews {
            known(Place::Review, &r.member)?;
            if !reviewed.insert(&r.member) {
                return Err(StructureError::DuplicateReview(r.member.clone()));
            }
            for c in &r.criticism {
                if let Speaker::Member(id) = &c.speaker {
                    known(Place::Criticism, id)?;
                }
            }
        }
        for c in &self.collective.contributions {
            if let Speaker::Member(id) = &c.speaker {
                known(Place::Contribution, id)?;
            }
        }
        if let Some(id) = &self.meeting.chair {
            known(Place::Chair, id)?;
        }
        if let Some(id) = &self.meeting.minute_taker {
            known(Place::MinuteTaker, id)?;
        }
        for id in &self.meeting.counting_team {
            known(Place::CountingTeam, id)?;
        }
        if let Some(id) = &self.meeting.counting_head {
            known(Place::CountingHead, id)?;
        }
        if let Step::Member(id) = &self.step {
            known(Place::AgendaStep, id)?;
        }
        Ok(())
    }

    /// Normalizes every text field to NFC, control characters replaced (used on load and import).
    pub fn normalize_text(&mut self) {
        use crate::domain::text::from_file_in_place as n;
        n(&mut self.id);
        n(&mut self.cell.name);
        n(&mut self.cell.committee);
        n(&mut self.meeting.place);
        self.meeting.guests.iter_mut().for_each(n);
        self.normalize_new_facts();
        for m in &mut self.members {
            n(&mut m.id.0);
            n(&mut m.name);
            if let Some(t) = &mut m.temporary_elsewhere {
                n(t);
            }
            if let Attendance::Excused(r) = &mut m.attendance {
                n(r);
            }
        }
        let remark = |r: &mut Remark| {
            n(&mut r.text);
            match &mut r.speaker {
                Speaker::Member(id) => n(&mut id.0),
                Speaker::Guest(g) => n(g),
            }
        };
        let report = |r: &mut Report| {
            n(&mut r.strengths);
            n(&mut r.shortcomings);
            n(&mut r.causes);
            n(&mut r.remedies);
        };
        report(&mut self.collective.report);
        self.collective.contributions.iter_mut().for_each(remark);
        for r in &mut self.reviews {
            n(&mut r.member.0);
            report(&mut r.report);
            r.criticism.iter_mut().for_each(remark);
            n(&mut r.answer);
            n(&mut r.conclusion);
        }
        if let Some(id) = &mut self.meeting.chair {
            n(&mut id.0);
        }
        if let Some(id) = &mut self.meeting.minute_taker {
            n(&mut id.0);
        }
        let team = self.meeting.counting_team.iter_mut();
        team.chain(&mut self.meeting.counting_head)
            .for_each(|id| n(&mut id.0));
        if let Step::Member(id) = &mut self.step {
            n(&mut id.0);
        }
        for a in &mut self.amendments {
            n(&mut a.reason);
        }
        if let Some(reason) = &mut self.rules.settings.cap_reason {
            n(reason);
        }
    }

    /// The facts added for the minutes (issue 8): locality, basis, representative, remarks,
    /// visitors and discipline decisions.
    fn normalize_new_facts(&mut self) {
        use crate::domain::text::nfc_in_place as n;
        n(&mut self.cell.locality);
        let m = &mut self.meeting;
        if let Some(b) = &mut m.basis {
            n(&mut b.number);
            n(&mut b.issuer);
        }
        if let Some(r) = &mut m.representative {
            n(r);
        }
        n(&mut m.representative_remarks);
        n(&mut m.closing_remarks);
        for v in &mut m.visitors {
            n(&mut v.name);
            n(&mut v.home_cell);
            if let Attendance::Excused(r) = &mut v.attendance {
                n(r);
            }
        }
        for d in self
            .members
            .iter_mut()
            .filter_map(|m| m.discipline.as_mut())
        {
            n(&mut d.form);
            n(&mut d.decision.number);
            n(&mut d.decision.issuer);
        }
    }
}
