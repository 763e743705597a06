//! The meeting model: a pure description of one annual review session and the rules that judge it.
//!
//! Nothing here touches a terminal, a file or the clock: time comes in as a value, changes come in
//! as [`Command`]s applied by [`Session::apply`], and the rules are functions from a session to
//! [`Finding`]s. Everything the app knows about the meeting is tested here without any I/O.

mod calendar;
mod command;
pub mod demo;
mod document;
mod evaluate;
mod fields;
mod level;
mod member;
mod method;
mod names;
mod rules;
mod score;
mod session;
mod summary;
mod tally;
mod text;

pub use calendar::{KNOWN_HOLIDAYS, known_holidays, working_days_between};
pub use command::{Command, DomainError, TextField};
pub use document::Document;
pub use evaluate::{Finding, FindingKind, Severity, Subject, VotePreview, audit, evaluate};
pub use level::{Level, LevelCounts};
pub use member::{
    Attendance, Discipline, DisciplineTime, Exclusion, Member, MemberId, Membership, Post,
    TemporaryOpinion, Visitor,
};
pub use method::VoteMethod;
pub use names::{Likeness, NameError, name_key, plain, same_name};
pub use rules::{
    CapBase, DEADLINE, DRAFT_WORKING_DAYS, DenominatorRule, Fraction, LevelThreshold, Requirement,
    RuleSet, RuleSetName, Settings, ZeroDenominator, excellent_cap,
};
pub use score::{Score, score_band};
pub use session::{
    Amendment, Cell, CellKind, CellRating, CollectiveReview, LogEntry, Meeting, MeetingText,
    MemberReview, MotionOf, Place, Remark, Report, SCHEMA_VERSION, SealError, SealState, Session,
    Speaker, Status, Step, StructureError,
};
pub use summary::{Cap, Missing, ScoreLine, SelfScores, Summary, Unfinished};
pub use tally::{Motion, Outcome, Tally, TallyProblem, propose};
pub use text::{clean, is_unsafe, nfc, refused_in_name, visible, without_title};
