//! How a [`Command`] changes a session: [`Session::apply`] and one method per change. Every
//! variant is named in one `match`, so a new command that nobody handles does not compile.

use chrono::{DateTime, FixedOffset};

use super::words::prepared;
use super::{Command, DomainError, TextField};
use crate::domain::member::{Attendance, Member, MemberId};
use crate::domain::score::Score;
use crate::domain::session::{
    Amendment, LogEntry, MemberReview, MotionOf, Remark, Report, SCHEMA_VERSION, Session, Speaker,
    Status, Step,
};
use crate::domain::tally::Tally;
use crate::domain::text::without_title;

type Result<T = ()> = std::result::Result<T, DomainError>;

impl Session {
    /// Applies `cmd` at time `at`, its text through the gate every text passes (NFC, control
    /// characters judged as the loader judges them: see `command/words.rs`). On error nothing
    /// changes.
    pub fn apply(&mut self, cmd: Command, at: DateTime<FixedOffset>) -> Result {
        let (cmd, what) = prepared(cmd)?;
        // Text is committed every 2 s while it is typed: one entry per stretch of typing in a
        // field, stamped with its last save, keeps the log readable and the file small.
        let typing = matches!(
            cmd,
            Command::SetMemberText { .. }
                | Command::SetCollectiveText { .. }
                | Command::SetMeetingText { .. }
        );
        if self.status.is_finalized() && !matches!(cmd, Command::Finalize | Command::Reopen { .. })
        {
            return Err(DomainError::Finalized);
        }
        self.dispatch(cmd, at)?;
        self.schema = SCHEMA_VERSION;
        match self.log.last_mut() {
            Some(last) if typing && last.what == what => last.at = at,
            _ => self.log.push(LogEntry { at, what }),
        }
        Ok(())
    }

    fn seq(&self) -> u32 {
        u32::try_from(self.log.len()).unwrap_or(u32::MAX)
    }

    fn meeting_started(&mut self) {
        if self.status == Status::Draft {
            self.status = Status::InProgress;
        }
    }

    fn finalize(&mut self, at: DateTime<FixedOffset>) -> Result {
        if self.status.is_finalized() {
            return Err(DomainError::Finalized);
        }
        let checksum = self.content_checksum()?;
        self.status = Status::Finalized { at, checksum };
        Ok(())
    }

    fn reopen(&mut self, reason: String, at: DateTime<FixedOffset>) -> Result {
        let Status::Finalized { checksum, .. } = &self.status else {
            return Err(DomainError::NotFinalized);
        };
        if reason.trim().is_empty() {
            return Err(DomainError::EmptyReason);
        }
        let previous_checksum = checksum.clone();
        self.amendments.push(Amendment {
            at,
            reason,
            previous_checksum,
        });
        self.status = Status::InProgress;
        Ok(())
    }

    fn require_member(&self, id: &MemberId) -> Result {
        self.member(id)
            .map(|_| ())
            .ok_or_else(|| DomainError::UnknownMember(id.clone()))
    }

    fn require_speaker(&self, r: &Remark) -> Result {
        match &r.speaker {
            Speaker::Member(id) => self.require_member(id),
            Speaker::Guest(_) => Ok(()),
        }
    }

    /// Refuses a member who is unknown or not reviewed at this meeting.
    pub(crate) fn require_reviewed(&self, id: &MemberId) -> Result {
        let m = self
            .member(id)
            .ok_or_else(|| DomainError::UnknownMember(id.clone()))?;
        if !self.is_reviewed(m) {
            return Err(DomainError::NotReviewed(id.clone()));
        }
        Ok(())
    }

    /// The review of a member reviewed at this meeting, if it exists; `missing` otherwise (so
    /// that a refused edit does not leave an empty review behind).
    pub(super) fn existing_review_mut(
        &mut self,
        id: &MemberId,
        missing: DomainError,
    ) -> Result<&mut MemberReview> {
        self.require_reviewed(id)?;
        self.reviews
            .iter_mut()
            .find(|r| &r.member == id)
            .ok_or(missing)
    }

    /// The review of a member reviewed at this meeting, created on first use.
    pub(super) fn review_mut(&mut self, id: &MemberId) -> Result<&mut MemberReview> {
        self.require_reviewed(id)?;
        if !self.reviews.iter().any(|r| &r.member == id) {
            self.reviews.push(MemberReview::new(id.clone()));
        }
        self.reviews
            .iter_mut()
            .find(|r| &r.member == id)
            .ok_or_else(|| DomainError::NotReviewed(id.clone()))
    }

    /// The review, marked as begun at this log position if the meeting is under way.
    fn review_in_meeting(&mut self, id: &MemberId) -> Result<&mut MemberReview> {
        let seq = self.seq();
        let live = self.status == Status::InProgress;
        let r = self.review_mut(id)?;
        if live && r.started.is_none() {
            r.started = Some(seq);
        }
        Ok(r)
    }

    pub(crate) fn check_tally(&self, tally: &Tally) -> Result {
        tally
            .check(self.voters_present())
            .map_err(DomainError::Tally)
    }

    /// Every command, each named: a new variant nobody handles does not compile.
    fn dispatch(&mut self, cmd: Command, at: DateTime<FixedOffset>) -> Result {
        use Command as C;
        match cmd {
            C::Finalize => self.finalize(at)?,
            C::Reopen { reason } => self.reopen(reason, at)?,
            cmd @ (C::SetCell { .. }
            | C::SetMeeting { .. }
            | C::SetCellKind(_)
            | C::SetLocality(_)
            | C::SetBasis(_)
            | C::SetRepresentative(_)
            | C::SetRepresentativeRemarks(_)
            | C::SetClosingRemarks(_)
            | C::AddVisitor(_)
            | C::UpdateVisitor { .. }
            | C::RemoveVisitor(_)
            | C::SetMeetingText { .. }) => self.minutes_fact(cmd)?,
            C::SetStart(t) => self.meeting.start = t,
            C::SetEnd(t) => self.meeting.end = t,
            C::SetDraftSent(d) => self.meeting.draft_sent = d,
            C::SetChair(id) => self.meeting.chair = self.known(id)?,
            C::SetCountingTeam { members, head } => self.set_counting_team(members, head)?,
            C::SetMinuteTaker(id) => self.meeting.minute_taker = self.known(id)?,
            C::AddGuest(g) => self.meeting.guests.push(g),
            C::RemoveGuest(i) => self.remove_guest(i)?,
            C::SetRules(r) => self.rules = r,
            C::SetSettings(s) => self.rules.settings = s,
            C::AddMember(m) => self.add_member(m)?,
            C::UpdateMember(m) => self.update_member(m)?,
            C::RemoveMember(id) => self.remove_member(&id)?,
            C::SetAttendance { member, attendance } => self.set_attendance(member, attendance)?,
            C::Goto(step) => self.goto(step)?,
            C::SetCollectiveText { field, text } => self.set_collective_text(field, text)?,
            C::AddContribution(r) => self.add_contribution(r)?,
            C::EditContribution { index, remark } => self.edit_contribution(index, remark)?,
            C::RemoveContribution(i) => remove_at(&mut self.collective.contributions, i)?,
            C::SetMemberText {
                member,
                field,
                text,
            } => self.set_member_text(&member, field, text)?,
            cmd @ (C::SetSelfAssessed { .. } | C::SetSelfScore { .. }) => self.self_rating(cmd)?,
            C::AddCriticism { member, remark } => self.add_criticism(&member, remark)?,
            C::EditCriticism {
                member,
                index,
                remark,
            } => self.edit_criticism(&member, index, remark)?,
            C::MoveCriticism { member, index, up } => self.move_criticism(&member, index, up)?,
            C::RemoveCriticism { member, index } => self.remove_criticism(&member, index)?,
            C::RecordVote { member, tally } => self.record_vote(&member, tally)?,
            C::UndoVote { member } => self.undo_vote(&member)?,
            C::SetCellSelfAssessed(l) => self.cell_rating.self_assessed = l,
            C::SetCellScore(score) => self.cell_rating.self_score = in_range(score)?,
            C::RecordCellVote(tally) => self.record_cell_vote(tally)?,
            C::UndoCellVote => self.undo_cell_vote()?,
            cmd @ (C::RecordMinutesVote(_) | C::RecordMotion { .. }) => self.motion_vote(cmd)?,
        }
        Ok(())
    }

    /// `id` when it names a member of the roster (or is `None`).
    fn known(&self, id: Option<MemberId>) -> Result<Option<MemberId>> {
        if let Some(id) = &id {
            self.require_member(id)?;
        }
        Ok(id)
    }

    fn set_attendance(&mut self, member: MemberId, attendance: Attendance) -> Result {
        // An excused absence is excused for a reason; the minutes name it.
        if matches!(&attendance, Attendance::Excused(r) if r.trim().is_empty()) {
            return Err(DomainError::EmptyReason);
        }
        let m = self
            .members
            .iter_mut()
            .find(|m| m.id == member)
            .ok_or(DomainError::UnknownMember(member))?;
        // Every other member present takes part in the votes he has the right to.
        if attendance == Attendance::PresentNotVoting && !m.exempt {
            return Err(DomainError::NotExempt(m.id.clone()));
        }
        m.attendance = attendance;
        self.meeting_started();
        Ok(())
    }

    fn set_collective_text(&mut self, field: TextField, text: String) -> Result {
        match field {
            TextField::Conclusion => self.collective.conclusion = text,
            f => *report_field(&mut self.collective.report, f)? = text,
        }
        Ok(())
    }

    fn remove_criticism(&mut self, member: &MemberId, index: usize) -> Result {
        let r = self.existing_review_mut(member, DomainError::NoSuchItem(index))?;
        remove_at(&mut r.criticism, index)
    }

    fn add_contribution(&mut self, r: Remark) -> Result {
        self.require_speaker(&r)?;
        self.meeting_started();
        let seq = self.seq();
        self.collective.started.get_or_insert(seq);
        self.collective.contributions.push(r);
        Ok(())
    }

    fn edit_contribution(&mut self, index: usize, remark: Remark) -> Result {
        self.require_speaker(&remark)?;
        let slot = self
            .collective
            .contributions
            .get_mut(index)
            .ok_or(DomainError::NoSuchItem(index))?;
        *slot = remark;
        Ok(())
    }

    fn set_member_text(&mut self, member: &MemberId, field: TextField, text: String) -> Result {
        let r = self.review_mut(member)?;
        match field {
            TextField::Answer => r.answer = text,
            TextField::Conclusion => r.conclusion = text,
            f => *report_field(&mut r.report, f)? = text,
        }
        Ok(())
    }

    fn add_criticism(&mut self, member: &MemberId, remark: Remark) -> Result {
        self.require_speaker(&remark)?;
        self.require_reviewed(member)?;
        self.meeting_started();
        self.review_in_meeting(member)?.criticism.push(remark);
        Ok(())
    }

    fn edit_criticism(&mut self, member: &MemberId, index: usize, remark: Remark) -> Result {
        self.require_speaker(&remark)?;
        let r = self.existing_review_mut(member, DomainError::NoSuchItem(index))?;
        let slot = r
            .criticism
            .get_mut(index)
            .ok_or(DomainError::NoSuchItem(index))?;
        *slot = remark;
        Ok(())
    }

    fn move_criticism(&mut self, member: &MemberId, index: usize, up: bool) -> Result {
        let r = self.existing_review_mut(member, DomainError::NoSuchItem(index))?;
        let other = if up {
            index.checked_sub(1)
        } else {
            index.checked_add(1)
        };
        match other {
            Some(j) if index < r.criticism.len() && j < r.criticism.len() => {
                r.criticism.swap(index, j);
                Ok(())
            }
            _ => Err(DomainError::NoSuchItem(index)),
        }
    }

    fn record_vote(&mut self, member: &MemberId, tally: Tally) -> Result {
        self.check_tally(&tally)?;
        self.require_reviewed(member)?;
        self.meeting_started();
        let seq = self.seq();
        let r = self.review_in_meeting(member)?;
        r.rounds.push(tally);
        r.voted = Some(seq);
        Ok(())
    }

    fn record_cell_vote(&mut self, tally: Tally) -> Result {
        self.check_tally(&tally)?;
        self.meeting_started();
        let seq = self.seq();
        self.cell_rating.started.get_or_insert(seq);
        self.cell_rating.rounds.push(tally);
        Ok(())
    }

    /// A vote on a motion (the minutes', or another of the meeting's): no more counted than
    /// official members present.
    fn motion_vote(&mut self, cmd: Command) -> Result {
        let (of, motion) = match cmd {
            Command::RecordMinutesVote(motion) => (MotionOf::Minutes, motion),
            Command::RecordMotion { of, motion } => (of, motion),
            _ => return Err(DomainError::WrongField),
        };
        if let Some(m) = &motion {
            let voters = self.voters_present();
            if m.total() > u64::from(voters) {
                return Err(DomainError::MotionOverVoters {
                    counted: m.total(),
                    voters,
                });
            }
        }
        *self.motion_mut(of) = motion;
        Ok(())
    }

    fn goto(&mut self, step: Step) -> Result {
        match &step {
            Step::Member(id) => {
                let m = self
                    .member(id)
                    .ok_or_else(|| DomainError::UnknownMember(id.clone()))?;
                if !self.is_reviewed(m) {
                    return Err(DomainError::NotReviewed(id.clone()));
                }
            }
            Step::Opening => {}
            _ => self.meeting_started(),
        }
        if step == Step::Collective && self.status == Status::InProgress {
            let seq = self.seq();
            self.collective.started.get_or_insert(seq);
        }
        self.step = step;
        Ok(())
    }

    /// The member's name is stored without a title typed before it ([`without_title`]).
    fn add_member(&mut self, mut m: Member) -> Result {
        m.name = without_title(&m.name);
        if m.id.0.trim().is_empty() || m.name.trim().is_empty() {
            return Err(DomainError::EmptyMember);
        }
        if self.member(&m.id).is_some() {
            return Err(DomainError::DuplicateMember(m.id));
        }
        self.members.push(m);
        Ok(())
    }

    fn update_member(&mut self, mut m: Member) -> Result {
        m.name = without_title(&m.name);
        if m.name.trim().is_empty() {
            return Err(DomainError::EmptyMember);
        }
        let slot = self
            .members
            .iter_mut()
            .find(|x| x.id == m.id)
            .ok_or_else(|| DomainError::UnknownMember(m.id.clone()))?;
        *slot = m;
        Ok(())
    }

    fn remove_member(&mut self, id: &MemberId) -> Result {
        self.require_member(id)?;
        let named = self.meeting.chair.as_ref() == Some(id)
            || self.meeting.minute_taker.as_ref() == Some(id)
            || self.meeting.counting_team.contains(id)
            || self.step == Step::Member(id.clone())
            || self.reviews.iter().any(|r| {
                &r.member == id
                    || r.criticism
                        .iter()
                        .any(|c| c.speaker == Speaker::Member(id.clone()))
            })
            || self
                .collective
                .contributions
                .iter()
                .any(|c| c.speaker == Speaker::Member(id.clone()));
        if named {
            return Err(DomainError::MemberInUse(id.clone()));
        }
        self.members.retain(|m| &m.id != id);
        Ok(())
    }
}

fn report_field(r: &mut Report, f: TextField) -> Result<&mut String> {
    Ok(match f {
        TextField::Strengths => &mut r.strengths,
        TextField::Shortcomings => &mut r.shortcomings,
        TextField::Causes => &mut r.causes,
        TextField::Remedies => &mut r.remedies,
        TextField::Answer | TextField::Conclusion => return Err(DomainError::WrongField),
    })
}

/// A score within its bounds, or the error that refuses it.
pub(super) fn in_range(score: Option<Score>) -> Result<Option<Score>> {
    match score {
        Some(s) if !s.in_range() => Err(DomainError::Score),
        _ => Ok(score),
    }
}

/// Removes item `i`, refusing a position past the end.
pub(super) fn remove_at<T>(items: &mut Vec<T>, i: usize) -> Result {
    if i >= items.len() {
        return Err(DomainError::NoSuchItem(i));
    }
    items.remove(i);
    Ok(())
}
