//! The facts the minutes carry, and commands that take something back with the marks that
//! must follow: removing a vote round (when the member was last voted, when the cell's vote
//! began) and removing a guest (the representative of the committee above goes with them).

use super::apply::{in_range, remove_at};
use super::{Command, DomainError};
use crate::domain::document::Document;
use crate::domain::member::MemberId;
use crate::domain::member::Visitor;
use crate::domain::session::Session;

type Result<T = ()> = std::result::Result<T, DomainError>;

impl Session {
    /// The cell and the meeting's facts the minutes carry: name and committee, date and place,
    /// the cell's kind and locality, the basis, the representative and the remarks, the
    /// visitors, the purpose and the cell's request. Any other command is not one of them.
    pub(super) fn minutes_fact(&mut self, cmd: Command) -> Result {
        use Command as C;
        match cmd {
            C::SetCell { name, committee } => {
                (self.cell.name, self.cell.committee) = (name, committee)
            }
            C::SetMeeting { date, place } => {
                (self.meeting.date, self.meeting.place) = (date, place)
            }
            C::SetCellKind(k) => self.cell.kind = k,
            C::SetLocality(l) => self.cell.locality = l,
            C::SetBasis(b) => self.meeting.basis = b.filter(|d| *d != Document::default()),
            C::SetRepresentative(g) => self.set_representative(g)?,
            C::SetRepresentativeRemarks(t) => self.meeting.representative_remarks = t,
            C::SetClosingRemarks(t) => self.meeting.closing_remarks = t,
            C::AddVisitor(v) => self.meeting.visitors.push(named(v)?),
            C::UpdateVisitor { index, visitor } => {
                let v = named(visitor)?;
                let slot = self.meeting.visitors.get_mut(index);
                *slot.ok_or(DomainError::NoSuchItem(index))? = v;
            }
            C::RemoveVisitor(i) => remove_at(&mut self.meeting.visitors, i)?,
            C::SetMeetingText { field, text } => *self.meeting_text_mut(field) = text,
            _ => return Err(DomainError::WrongField),
        }
        Ok(())
    }

    /// A member's self-assessed level or self-score.
    pub(super) fn self_rating(&mut self, cmd: Command) -> Result {
        match cmd {
            Command::SetSelfAssessed { member, level } => {
                self.review_mut(&member)?.self_assessed = level;
            }
            Command::SetSelfScore { member, score } => {
                self.review_mut(&member)?.self_score = in_range(score)?;
            }
            _ => return Err(DomainError::WrongField),
        }
        Ok(())
    }

    /// Removes the member's last round; the mark of when they were last voted follows the round
    /// that now stands (found in the log), or goes when no round is left.
    /// When the removed round was the only one and it began the review, the review now begins
    /// with its first criticism, if any (found in the log), or has not begun.
    pub(super) fn undo_vote(&mut self, member: &MemberId) -> Result {
        let standing = self.standing_vote_position(member);
        let first_criticism = self.first_log_position(&format!("AddCriticism {member}"));
        let r = self.existing_review_mut(member, DomainError::NoSuchItem(0))?;
        pop(&mut r.rounds)?;
        if r.rounds.is_empty() {
            if r.started.is_some() && r.started == r.voted {
                r.started = first_criticism.filter(|_| !r.criticism.is_empty());
            }
            r.voted = None;
        } else {
            r.voted = standing;
        }
        Ok(())
    }

    fn first_log_position(&self, what: &str) -> Option<u32> {
        let i = self.log.iter().position(|e| e.what == what)?;
        u32::try_from(i).ok()
    }

    /// The log position of the round that stands once the last one is removed: the log is
    /// replayed, each `RecordVote` pushing its position and each `UndoVote` taking one off.
    fn standing_vote_position(&self, member: &MemberId) -> Option<u32> {
        let record = format!("RecordVote {member}");
        let undo = format!("UndoVote {member}");
        let mut stack = Vec::new();
        for (i, e) in self.log.iter().enumerate() {
            if e.what == record {
                stack.push(u32::try_from(i).unwrap_or(u32::MAX));
            } else if e.what == undo {
                stack.pop();
            }
        }
        stack.pop();
        stack.pop()
    }

    /// Removes the cell's last round; with none left, the cell's vote has not begun.
    pub(super) fn undo_cell_vote(&mut self) -> Result {
        pop(&mut self.cell_rating.rounds)?;
        if self.cell_rating.rounds.is_empty() {
            self.cell_rating.started = None;
        }
        Ok(())
    }

    /// The counting team: known members, each once; its head one of them (added when left out).
    pub(super) fn set_counting_team(
        &mut self,
        mut members: Vec<MemberId>,
        head: Option<MemberId>,
    ) -> Result {
        members.extend(head.iter().cloned());
        for id in &members {
            if self.member(id).is_none() {
                return Err(DomainError::UnknownMember(id.clone()));
            }
        }
        let mut seen = Vec::new();
        members.retain(|id| {
            let new = !seen.contains(id);
            seen.push(id.clone());
            new
        });
        (self.meeting.counting_team, self.meeting.counting_head) = (members, head);
        Ok(())
    }

    /// The representative of the committee above: one of the guests, or nobody.
    pub(super) fn set_representative(&mut self, guest: Option<String>) -> Result {
        if let Some(g) = &guest
            && !self.meeting.guests.contains(g)
        {
            return Err(DomainError::NotAGuest);
        }
        self.meeting.representative = guest;
        Ok(())
    }

    /// Removes a guest; the representative goes with them.
    pub(super) fn remove_guest(&mut self, i: usize) -> Result {
        let gone = self.meeting.guests.get(i).cloned();
        remove_at(&mut self.meeting.guests, i)?;
        if gone.is_some() && self.meeting.representative == gone {
            self.meeting.representative = None;
        }
        Ok(())
    }
}

/// Removes the last item (the last vote round), refusing when there is none.
fn pop<T>(items: &mut Vec<T>) -> Result<T> {
    items.pop().ok_or(DomainError::NoSuchItem(0))
}

/// A visiting member with a name.
fn named(v: Visitor) -> Result<Visitor> {
    if v.name.trim().is_empty() {
        return Err(DomainError::EmptyVisitor);
    }
    Ok(v)
}
