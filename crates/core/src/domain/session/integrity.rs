//! What holds a session file together: every member reference points into the roster and ids
//! are unique. Checked on load, before the rules run (the text is cleaned by `texts`).

use super::{Session, Speaker, Step};
use crate::domain::member::MemberId;

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
}
