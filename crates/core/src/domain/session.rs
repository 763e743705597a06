//! One annual review session: the cell, the meeting, the roster, every review and vote, its
//! status and its log. Plain data that serializes to the RON file, plus the questions the rules
//! and the screens ask of it.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::document::Document;
use super::level::Level;
use super::member::{Attendance, Member, MemberId, Post, Visitor};
use super::rules::{DenominatorRule, RuleSet};
use super::score::Score;
use super::tally::{Motion, Outcome, Tally, propose};

mod cell;
mod integrity;
mod motions;
mod seal;
mod texts;
pub use cell::{Cell, CellKind};
pub use integrity::{Place, StructureError};
pub use motions::{MeetingText, MotionOf};
pub use seal::{SealError, SealState};

/// The schema version this build writes. Older files are migrated on load; newer ones refused.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub schema: u32,
    pub id: String,
    pub cell: Cell,
    /// The year under review.
    pub year: i32,
    pub meeting: Meeting,
    pub rules: RuleSet,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub collective: CollectiveReview,
    #[serde(default)]
    pub reviews: Vec<MemberReview>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub cell_rating: CellRating,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub minutes_vote: Option<Motion>,
    /// Where the chair is in the agenda: reopening returns here.
    #[serde(default)]
    pub step: Step,
    #[serde(default)]
    pub status: Status,
    /// Reopenings after finalizing, each with its reason.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub amendments: Vec<Amendment>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub start: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub end: Option<NaiveTime>,
    #[serde(default)]
    pub place: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub chair: Option<MemberId>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub minute_taker: Option<MemberId>,
    /// Guests, e.g. the committee member in charge of the cell, as "name, post".
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub guests: Vec<String>,
    /// When the draft collective report reached the members.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub draft_sent: Option<NaiveDate>,
    /// The committee above's plan or guide for this year's review (căn cứ).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub basis: Option<Document>,
    /// The guest who represents the committee above, as written in `guests`.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub representative: Option<String>,
    /// What the representative of the committee above said.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub representative_remarks: String,
    /// The chair's closing remarks (phát biểu bế mạc).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub closing_remarks: String,
    /// Members of other cells on temporary activity here.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub visitors: Vec<Visitor>,
    /// The counting team (tổ kiểm phiếu) the meeting elected, its head among them.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub counting_team: Vec<MemberId>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub counting_head: Option<MemberId>,
    /// The purpose of the meeting, as the chair stated it opening it (mục đích, yêu cầu).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub purpose: String,
    /// The vote adopting the agenda (thông qua chương trình).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub agenda_vote: Option<Motion>,
    /// The vote electing the counting team (bầu tổ kiểm phiếu).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub counting_vote: Option<Motion>,
    /// What the cell asks of the committee above besides confirming the ratings (kiến nghị).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub request: String,
}

/// The cell's own report: strengths, shortcomings, causes, remedies. Members use the same shape.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub strengths: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub shortcomings: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub causes: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub remedies: String,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.strengths.is_empty()
            && self.shortcomings.is_empty()
            && self.causes.is_empty()
            && self.remedies.is_empty()
    }
}

/// Who spoke: a member of the roster, or a guest named in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speaker {
    Member(MemberId),
    Guest(String),
}

/// One contribution or criticism, in the order it was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remark {
    pub speaker: Speaker,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectiveReview {
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub report: Report,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub contributions: Vec<Remark>,
    /// The chair's conclusion on the report (kết luận của chủ trì).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub conclusion: String,
    /// The vote adopting the report (biểu quyết thông qua báo cáo).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub adoption: Option<Motion>,
    /// Log position when the meeting reached it (for the order rule).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub started: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberReview {
    pub member: MemberId,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub report: Report,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub self_assessed: Option<Level>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub self_score: Option<Score>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub criticism: Vec<Remark>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub answer: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub conclusion: String,
    /// Vote rounds in order; the last one decides.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub rounds: Vec<Tally>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub started: Option<u32>,
    /// Log position of the latest vote round (for the order rule). Not written when absent, so
    /// that files sealed before this field existed keep their checksum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voted: Option<u32>,
}

impl MemberReview {
    pub fn new(member: MemberId) -> Self {
        MemberReview {
            member,
            report: Report::default(),
            self_assessed: None,
            self_score: None,
            criticism: Vec::new(),
            answer: String::new(),
            conclusion: String::new(),
            rounds: Vec::new(),
            started: None,
            voted: None,
        }
    }
}

/// The cell rates itself after all members.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellRating {
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub self_assessed: Option<Level>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub self_score: Option<Score>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub rounds: Vec<Tally>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub started: Option<u32>,
}

/// A step of the agenda.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    #[default]
    Opening,
    Collective,
    Member(MemberId),
    CellRating,
    Summary,
    MinutesVote,
    Close,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Being prepared before the meeting.
    #[default]
    Draft,
    InProgress,
    /// Read-only; `checksum` is the SHA-256 of the content at that moment.
    Finalized {
        at: DateTime<FixedOffset>,
        checksum: String,
    },
}

impl Status {
    pub fn is_finalized(&self) -> bool {
        matches!(self, Status::Finalized { .. })
    }
}

/// A reopening of a finalized session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    pub at: DateTime<FixedOffset>,
    pub reason: String,
    /// The checksum the session had when it was reopened.
    pub previous_checksum: String,
}

/// What was done and when; one entry per applied command, no content (the content is the session).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub at: DateTime<FixedOffset>,
    pub what: String,
}

/// A file that parses but does not hold together.
impl Session {
    /// A new, empty session in draft.
    pub fn new(id: impl Into<String>, cell: Cell, year: i32, date: NaiveDate, place: &str) -> Self {
        Session {
            schema: SCHEMA_VERSION,
            id: id.into(),
            cell,
            year,
            meeting: Meeting {
                date,
                start: None,
                end: None,
                place: place.to_owned(),
                chair: None,
                minute_taker: None,
                guests: Vec::new(),
                draft_sent: None,
                basis: None,
                representative: None,
                representative_remarks: String::new(),
                closing_remarks: String::new(),
                visitors: Vec::new(),
                counting_team: Vec::new(),
                counting_head: None,
                purpose: String::new(),
                agenda_vote: None,
                counting_vote: None,
                request: String::new(),
            },
            rules: RuleSet::for_year(year),
            members: Vec::new(),
            collective: CollectiveReview::default(),
            reviews: Vec::new(),
            cell_rating: CellRating::default(),
            minutes_vote: None,
            step: Step::Opening,
            status: Status::Draft,
            amendments: Vec::new(),
            log: Vec::new(),
        }
    }

    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }

    pub fn member_name<'a>(&'a self, id: &'a MemberId) -> &'a str {
        self.member(id).map_or(id.as_str(), |m| m.name.as_str())
    }

    pub fn speaker_name<'a>(&'a self, s: &'a Speaker) -> &'a str {
        match s {
            Speaker::Member(id) => self.member_name(id),
            Speaker::Guest(name) => name,
        }
    }

    pub fn review(&self, id: &MemberId) -> Option<&MemberReview> {
        self.reviews.iter().find(|r| &r.member == id)
    }

    /// Whether `m` is reviewed and rated at this meeting.
    pub fn is_reviewed(&self, m: &Member) -> bool {
        m.exclusion(self.meeting.date).is_none()
    }

    /// The members reviewed at this meeting, in review order: secretary, deputy, committee
    /// members, then the others in roster order.
    pub fn review_order(&self) -> Vec<&Member> {
        let mut v: Vec<&Member> = self
            .members
            .iter()
            .filter(|m| self.is_reviewed(m))
            .collect();
        // A stable sort keeps roster order within each post.
        v.sort_by_key(|m| m.post);
        v
    }

    /// The agenda: opening, collective review, each member in review order, the cell, summary,
    /// minutes, close.
    pub fn agenda(&self) -> Vec<Step> {
        let mut steps = vec![Step::Opening, Step::Collective];
        steps.extend(
            self.review_order()
                .into_iter()
                .map(|m| Step::Member(m.id.clone())),
        );
        steps.extend([
            Step::CellRating,
            Step::Summary,
            Step::MinutesVote,
            Step::Close,
        ]);
        steps
    }

    /// Members present who may vote: official members called to the meeting (not on temporary
    /// activity elsewhere, not suspended). The most ballots that can be issued.
    pub fn voters_present(&self) -> u32 {
        self.denominator_present()
    }

    /// Official members called to the meeting, less those the default rule takes away: the
    /// default denominator, and always the base of the quorum.
    pub fn convened(&self) -> u32 {
        count(self.members.iter().filter(|m| m.counts_in_denominator()))
    }

    /// The majority denominator under the session's settings.
    pub fn denominator(&self) -> u32 {
        match self.rules.settings.denominator {
            DenominatorRule::Convened => self.convened(),
            DenominatorRule::OfficialPresent => self.voters_present(),
        }
    }

    /// Members of the convened denominator who are present (for the quorum and the ballots).
    pub fn denominator_present(&self) -> u32 {
        count(
            self.members
                .iter()
                .filter(|m| m.counts_in_denominator() && m.attendance.is_present()),
        )
    }

    /// The outcome of the last round of a member's vote, if any round was held.
    pub fn member_outcome(&self, id: &MemberId) -> Option<Outcome> {
        let round = self.review(id)?.rounds.last()?;
        Some(self.outcome_of(round))
    }

    /// What a round proposes: nothing when its arithmetic does not hold (see [`Tally::check`]),
    /// which is an error to correct, never a result.
    pub fn outcome_of(&self, round: &Tally) -> Outcome {
        let denominator = self.denominator();
        if round.check(self.voters_present()).is_err() {
            return Outcome::NoResult { denominator };
        }
        propose(&round.counts, denominator, &self.rules.settings)
    }

    /// A member's proposed level (from the last round), if one passed.
    pub fn proposed(&self, id: &MemberId) -> Option<Level> {
        self.member_outcome(id).and_then(|o| o.level())
    }

    /// The cell's proposed level (from its last round), if one passed.
    pub fn cell_outcome(&self) -> Option<Outcome> {
        self.cell_rating.rounds.last().map(|r| self.outcome_of(r))
    }

    /// Reviewed members with a proposed level, and all reviewed members.
    pub fn rated_count(&self) -> (usize, usize) {
        let sum = self.summary();
        let n = |x: u32| usize::try_from(x).unwrap_or(usize::MAX);
        (n(sum.reviewed.saturating_sub(sum.unrated)), n(sum.reviewed))
    }

    /// Takes the roster of a past session for a new one: member ids and standing are kept; what
    /// belonged to that year (attendance, discipline, sick leave) is cleared. Preparation, not
    /// part of the meeting's record, so it is not logged.
    pub fn copy_roster_from(&mut self, old: &Session) {
        self.members = old
            .members
            .iter()
            .map(|m| Member {
                attendance: Attendance::Unknown,
                disciplined: false,
                discipline: None,
                self_reported: false,
                long_sick_leave: false,
                temporary_opinion: None,
                ..m.clone()
            })
            .collect();
    }
}

fn count<'a>(it: impl Iterator<Item = &'a Member>) -> u32 {
    u32::try_from(it.count()).unwrap_or(u32::MAX)
}

/// Posts sort secretary first; kept here so the order rule and the agenda agree.
pub(crate) fn is_leader(m: &Member) -> bool {
    m.post != Post::Ordinary
}
