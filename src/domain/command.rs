//! Every change to a session is a [`Command`] value applied by [`Session::apply`], which refuses
//! anything invalid, normalizes text to NFC, marks when each step began and appends to the log.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::level::Level;
use super::member::{Attendance, Member, MemberId};
use super::rules::{RuleSet, Settings};
use super::session::{
    Amendment, LogEntry, MemberReview, Remark, Report, SCHEMA_VERSION, Score, Session, Speaker,
    Status, Step,
};
use super::tally::{Motion, Tally, TallyProblem};

mod words;
use words::prepared;

/// A field of a report (the cell's or a member's self-review).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Strengths,
    Shortcomings,
    Causes,
    Remedies,
    /// The member's answer to the criticism.
    Answer,
    /// The chair's conclusion on the member.
    Conclusion,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SetCell {
        name: String,
        committee: String,
    },
    SetMeeting {
        date: NaiveDate,
        place: String,
    },
    SetStart(Option<NaiveTime>),
    SetEnd(Option<NaiveTime>),
    SetDraftSent(Option<NaiveDate>),
    SetChair(Option<MemberId>),
    SetMinuteTaker(Option<MemberId>),
    AddGuest(String),
    RemoveGuest(usize),
    SetRules(RuleSet),
    SetSettings(Settings),
    AddMember(Member),
    /// Replaces the member with the same id.
    UpdateMember(Member),
    RemoveMember(MemberId),
    SetAttendance {
        member: MemberId,
        attendance: Attendance,
    },
    /// Moves the agenda; starting the meeting if it was in draft.
    Goto(Step),
    /// A field of the collective report.
    SetCollectiveText {
        field: TextField,
        text: String,
    },
    AddContribution(Remark),
    EditContribution {
        index: usize,
        remark: Remark,
    },
    RemoveContribution(usize),
    SetMemberText {
        member: MemberId,
        field: TextField,
        text: String,
    },
    SetSelfAssessed {
        member: MemberId,
        level: Option<Level>,
    },
    SetSelfScore {
        member: MemberId,
        score: Option<Score>,
    },
    AddCriticism {
        member: MemberId,
        remark: Remark,
    },
    EditCriticism {
        member: MemberId,
        index: usize,
        remark: Remark,
    },
    MoveCriticism {
        member: MemberId,
        index: usize,
        up: bool,
    },
    RemoveCriticism {
        member: MemberId,
        index: usize,
    },
    /// Records a vote round for a member (another round when the last had no result).
    RecordVote {
        member: MemberId,
        tally: Tally,
    },
    /// Removes the last round (a tally entered by mistake).
    UndoVote {
        member: MemberId,
    },
    SetCellSelfAssessed(Option<Level>),
    SetCellScore(Option<Score>),
    RecordCellVote(Tally),
    UndoCellVote,
    RecordMinutesVote(Option<Motion>),
    /// Seals the session: read-only, with a checksum of its content.
    Finalize,
    /// Opens a finalized session for a correction, leaving an amendment.
    Reopen {
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("the session is finalized; reopen it to change it")]
    Finalized,
    #[error("the session is not finalized")]
    NotFinalized,
    #[error("no member with id `{0}`")]
    UnknownMember(MemberId),
    #[error("member id `{0}` is already used")]
    DuplicateMember(MemberId),
    #[error("a member needs an id and a name")]
    EmptyMember,
    #[error("member `{0}` is not reviewed at this meeting")]
    NotReviewed(MemberId),
    #[error("the tally does not add up: {0:?}")]
    Tally(TallyProblem),
    #[error("score out of range: general ≤ 30, tasks ≤ 70")]
    Score,
    #[error("no item at position {0}")]
    NoSuchItem(usize),
    #[error("this field does not belong here")]
    WrongField,
    #[error("the vote on the minutes counts more voters ({counted}) than are present ({voters})")]
    MotionOverVoters { counted: u64, voters: u32 },
    #[error("a reason is needed")]
    EmptyReason,
    #[error("the member still has a review or is named in the meeting; clear those first")]
    MemberInUse(MemberId),
}

type Result<T = ()> = std::result::Result<T, DomainError>;

impl Session {
    /// Applies `cmd` at time `at`. On error nothing changes.
    pub fn apply(&mut self, cmd: Command, at: DateTime<FixedOffset>) -> Result {
        let (cmd, what) = prepared(cmd);
        // Text is committed every 2 s while it is typed: one entry per stretch of typing in a
        // field, stamped with its last save, keeps the log readable and the file small.
        let typing = matches!(
            cmd,
            Command::SetMemberText { .. } | Command::SetCollectiveText { .. }
        );
        match cmd {
            Command::Finalize => self.finalize(at)?,
            Command::Reopen { reason } => self.reopen(reason, at)?,
            cmd => {
                if self.status.is_finalized() {
                    return Err(DomainError::Finalized);
                }
                self.edit(cmd)?;
            }
        }
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
        let checksum = self.content_checksum();
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
    fn require_reviewed(&self, id: &MemberId) -> Result {
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
    fn existing_review_mut(
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
    fn review_mut(&mut self, id: &MemberId) -> Result<&mut MemberReview> {
        self.require_reviewed(id)?;
        let i = match self.reviews.iter().position(|r| &r.member == id) {
            Some(i) => i,
            None => {
                self.reviews.push(MemberReview::new(id.clone()));
                self.reviews.len() - 1
            }
        };
        Ok(&mut self.reviews[i])
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

    fn check_tally(&self, tally: &Tally) -> Result {
        tally
            .check(self.voters_present())
            .map_err(DomainError::Tally)
    }

    fn edit(&mut self, cmd: Command) -> Result {
        match cmd {
            Command::SetCell { name, committee } => {
                self.cell.name = name;
                self.cell.committee = committee;
            }
            Command::SetMeeting { date, place } => {
                self.meeting.date = date;
                self.meeting.place = place;
            }
            Command::SetStart(t) => self.meeting.start = t,
            Command::SetEnd(t) => self.meeting.end = t,
            Command::SetDraftSent(d) => self.meeting.draft_sent = d,
            Command::SetChair(id) => {
                if let Some(id) = &id {
                    self.require_member(id)?;
                }
                self.meeting.chair = id;
            }
            Command::SetMinuteTaker(id) => {
                if let Some(id) = &id {
                    self.require_member(id)?;
                }
                self.meeting.minute_taker = id;
            }
            Command::AddGuest(g) => self.meeting.guests.push(g),
            Command::RemoveGuest(i) => {
                if i >= self.meeting.guests.len() {
                    return Err(DomainError::NoSuchItem(i));
                }
                self.meeting.guests.remove(i);
            }
            Command::SetRules(r) => self.rules = r,
            Command::SetSettings(s) => self.rules.settings = s,
            Command::AddMember(m) => self.add_member(m)?,
            Command::UpdateMember(m) => self.update_member(m)?,
            Command::RemoveMember(id) => self.remove_member(&id)?,
            Command::SetAttendance { member, attendance } => {
                let m = self
                    .members
                    .iter_mut()
                    .find(|m| m.id == member)
                    .ok_or(DomainError::UnknownMember(member))?;
                m.attendance = attendance;
                self.meeting_started();
            }
            Command::Goto(step) => self.goto(step)?,
            Command::SetCollectiveText { field, text } => {
                let f = report_field(&mut self.collective.report, field)?;
                *f = text;
            }
            Command::AddContribution(r) => {
                self.require_speaker(&r)?;
                self.meeting_started();
                let seq = self.seq();
                self.collective.started.get_or_insert(seq);
                self.collective.contributions.push(r);
            }
            Command::EditContribution { index, remark } => {
                self.require_speaker(&remark)?;
                let slot = self
                    .collective
                    .contributions
                    .get_mut(index)
                    .ok_or(DomainError::NoSuchItem(index))?;
                *slot = remark;
            }
            Command::RemoveContribution(i) => {
                if i >= self.collective.contributions.len() {
                    return Err(DomainError::NoSuchItem(i));
                }
                self.collective.contributions.remove(i);
            }
            cmd => self.edit_review(cmd)?,
        }
        Ok(())
    }

    fn edit_review(&mut self, cmd: Command) -> Result {
        match cmd {
            Command::SetMemberText {
                member,
                field,
                text,
            } => {
                let r = self.review_mut(&member)?;
                match field {
                    TextField::Answer => r.answer = text,
                    TextField::Conclusion => r.conclusion = text,
                    f => *report_field(&mut r.report, f)? = text,
                }
            }
            Command::SetSelfAssessed { member, level } => {
                self.review_mut(&member)?.self_assessed = level;
            }
            Command::SetSelfScore { member, score } => {
                if score.is_some_and(|s| !s.in_range()) {
                    return Err(DomainError::Score);
                }
                self.review_mut(&member)?.self_score = score;
            }
            Command::AddCriticism { member, remark } => {
                self.require_speaker(&remark)?;
                self.require_reviewed(&member)?;
                self.meeting_started();
                self.review_in_meeting(&member)?.criticism.push(remark);
            }
            Command::EditCriticism {
                member,
                index,
                remark,
            } => {
                self.require_speaker(&remark)?;
                let r = self.existing_review_mut(&member, DomainError::NoSuchItem(index))?;
                let slot = r
                    .criticism
                    .get_mut(index)
                    .ok_or(DomainError::NoSuchItem(index))?;
                *slot = remark;
            }
            Command::MoveCriticism { member, index, up } => {
                let r = self.existing_review_mut(&member, DomainError::NoSuchItem(index))?;
                let other = if up {
                    index.checked_sub(1)
                } else {
                    index.checked_add(1)
                };
                match other {
                    Some(j) if index < r.criticism.len() && j < r.criticism.len() => {
                        r.criticism.swap(index, j);
                    }
                    _ => return Err(DomainError::NoSuchItem(index)),
                }
            }
            Command::RemoveCriticism { member, index } => {
                let r = self.existing_review_mut(&member, DomainError::NoSuchItem(index))?;
                if index >= r.criticism.len() {
                    return Err(DomainError::NoSuchItem(index));
                }
                r.criticism.remove(index);
            }
            Command::RecordVote { member, tally } => {
                self.check_tally(&tally)?;
                self.require_reviewed(&member)?;
                self.meeting_started();
                let seq = self.seq();
                let r = self.review_in_meeting(&member)?;
                r.rounds.push(tally);
                r.voted = Some(seq);
            }
            Command::UndoVote { member } => {
                let r = self.existing_review_mut(&member, DomainError::NoSuchItem(0))?;
                r.rounds.pop().ok_or(DomainError::NoSuchItem(0))?;
            }
            cmd => self.edit_cell(cmd)?,
        }
        Ok(())
    }

    fn edit_cell(&mut self, cmd: Command) -> Result {
        match cmd {
            Command::SetCellSelfAssessed(l) => self.cell_rating.self_assessed = l,
            Command::SetCellScore(score) => {
                if score.is_some_and(|s| !s.in_range()) {
                    return Err(DomainError::Score);
                }
                self.cell_rating.self_score = score;
            }
            Command::RecordCellVote(tally) => {
                self.check_tally(&tally)?;
                self.meeting_started();
                let seq = self.seq();
                self.cell_rating.started.get_or_insert(seq);
                self.cell_rating.rounds.push(tally);
            }
            Command::UndoCellVote => {
                self.cell_rating
                    .rounds
                    .pop()
                    .ok_or(DomainError::NoSuchItem(0))?;
            }
            Command::RecordMinutesVote(motion) => {
                if let Some(m) = &motion {
                    let voters = self.voters_present();
                    if m.total() > u64::from(voters) {
                        return Err(DomainError::MotionOverVoters {
                            counted: m.total(),
                            voters,
                        });
                    }
                }
                self.minutes_vote = motion;
            }
            // Every other command is handled by `edit` or `edit_review`.
            _ => return Err(DomainError::WrongField),
        }
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

    fn add_member(&mut self, m: Member) -> Result {
        if m.id.0.trim().is_empty() || m.name.trim().is_empty() {
            return Err(DomainError::EmptyMember);
        }
        if self.member(&m.id).is_some() {
            return Err(DomainError::DuplicateMember(m.id));
        }
        self.members.push(m);
        Ok(())
    }

    fn update_member(&mut self, m: Member) -> Result {
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
