//! Every change to a session is a [`Command`] value applied by [`Session::apply`], which refuses
//! anything invalid, normalizes text to NFC, marks when each step began and appends to the log.
//! The types are here; how each changes the session is in `apply`, its words in `words`.

use chrono::{NaiveDate, NaiveTime};

use super::document::Document;
use super::level::Level;
use super::member::Visitor;
use super::member::{Attendance, Member, MemberId};
use super::rules::{RuleSet, Settings};
use super::score::Score;
use super::session::{CellKind, MeetingText, MotionOf, Remark, SealError, Step};
use super::tally::{Motion, Tally, TallyProblem};

mod apply;
mod marks;
mod words;

/// A field of a report (the cell's or a member's self-review).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Strengths,
    Shortcomings,
    Causes,
    Remedies,
    /// The member's answer to the criticism.
    Answer,
    /// The chair's conclusion on the member, or on the collective report.
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
    /// A grassroots cell, or a cell under a grassroots committee.
    SetCellKind(CellKind),
    /// The locality of the minutes' date line; empty to take it from the committee's name.
    SetLocality(String),
    /// The committee above's plan or guide for the review.
    SetBasis(Option<Document>),
    /// The guest representing the committee above: one of `guests`, as written there.
    SetRepresentative(Option<String>),
    SetRepresentativeRemarks(String),
    /// The chair's closing remarks.
    SetClosingRemarks(String),
    /// A member of another cell on temporary activity here.
    AddVisitor(Visitor),
    UpdateVisitor {
        index: usize,
        visitor: Visitor,
    },
    RemoveVisitor(usize),
    SetStart(Option<NaiveTime>),
    SetEnd(Option<NaiveTime>),
    SetDraftSent(Option<NaiveDate>),
    SetChair(Option<MemberId>),
    /// The counting team the meeting elected and its head (who is one of them).
    SetCountingTeam {
        members: Vec<MemberId>,
        head: Option<MemberId>,
    },
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
    /// The vote on a motion of the meeting (the agenda, the counting team, the report, the
    /// minutes); `None` takes it back.
    RecordMotion {
        of: MotionOf,
        motion: Option<Motion>,
    },
    /// The purpose stated at the opening, or the cell's request to the committee above.
    SetMeetingText {
        field: MeetingText,
        text: String,
    },
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
    #[error(
        "score out of range: general ≤ {}, tasks ≤ {}",
        Score::GENERAL_MAX,
        Score::TASKS_MAX
    )]
    Score,
    #[error("no item at position {0}")]
    NoSuchItem(usize),
    #[error("this field does not belong here")]
    WrongField,
    #[error("the vote on the minutes counts more voters ({counted}) than are present ({voters})")]
    MotionOverVoters { counted: u64, voters: u32 },
    #[error("the representative must be one of the guests")]
    NotAGuest,
    #[error("a visiting member needs a name")]
    EmptyVisitor,
    #[error("a reason is needed")]
    EmptyReason,
    #[error(
        "only a member exempt from party activity can be present without voting (`{0}` is not)"
    )]
    NotExempt(MemberId),
    #[error("the member still has a review or is named in the meeting; clear those first")]
    MemberInUse(MemberId),
    /// A name (a member's name or id, a guest's, the cell's or its committee's) holds a NUL or
    /// an ESC: refused, as the loader refuses a file holding one.
    #[error("a name holds a control character (U+{:04X}); remove it", u32::from(*.0))]
    ControlInName(char),
    /// The content could not be encoded for the seal: the session is not finalized.
    #[error(transparent)]
    Seal(#[from] SealError),
}
