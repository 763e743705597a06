//! The rule sets (qd132, qd124, qd366), their settings, and the rules: functions from a session to
//! findings. Numbers the texts leave to the cell or the committee above are settings, stored in the
//! session file so that a session is judged years later exactly as it was on the day.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::level::Level;
use super::member::MemberId;
use super::session::{Score, Session, is_leader};
use super::tally::TallyProblem;

/// Which texts the session follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleSetName {
    /// Quy định 132-QĐ/TW (2018), Hướng dẫn 21-HD/BTCTW: reviews 2018–2022.
    Qd132,
    /// Quy định 124-QĐ/TW (2023), Hướng dẫn 25-HD/BTCTW: reviews 2023–2024.
    Qd124,
    /// Quy định 366-QĐ/TW (2025), Hướng dẫn 43-HD/BTCTW: reviews from 2025.
    Qd366,
}

impl RuleSetName {
    pub fn for_year(year: i32) -> Self {
        match year {
            ..=2022 => RuleSetName::Qd132,
            2023 | 2024 => RuleSetName::Qd124,
            _ => RuleSetName::Qd366,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            RuleSetName::Qd132 => "qd132",
            RuleSetName::Qd124 => "qd124",
            RuleSetName::Qd366 => "qd366",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [RuleSetName::Qd132, RuleSetName::Qd124, RuleSetName::Qd366]
            .into_iter()
            .find(|n| n.code().eq_ignore_ascii_case(s.trim()))
    }
    /// The regulation and its guide, as cited in the minutes.
    pub fn texts(self) -> &'static str {
        match self {
            RuleSetName::Qd132 => "Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW",
            RuleSetName::Qd124 => "Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW",
            RuleSetName::Qd366 => "Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSet {
    pub name: RuleSetName,
    #[serde(default)]
    pub settings: Settings,
}

impl RuleSet {
    /// The rule set of a review year with its default settings.
    pub fn for_year(year: i32) -> Self {
        Self::named(RuleSetName::for_year(year))
    }
    pub fn named(name: RuleSetName) -> Self {
        RuleSet {
            name,
            settings: Settings::default(),
        }
    }
}

/// A fraction `num/den` of the denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fraction {
    pub num: u32,
    pub den: u32,
}

impl Fraction {
    pub const HALF: Fraction = Fraction { num: 1, den: 2 };
    pub const TWO_THIRDS: Fraction = Fraction { num: 2, den: 3 };
}

/// Which official members a majority is counted over.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DenominatorRule {
    /// Official members, less those on temporary activity elsewhere, exempt members absent,
    /// suspended members and members absent with an accepted reason.
    #[default]
    Convened,
    /// Official members present.
    OfficialPresent,
}

/// A level that needs at least `at_least` of the denominator instead of more than half.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelThreshold {
    pub level: Level,
    pub at_least: Fraction,
}

/// What the texts leave to the cell or to the committee above. Defaults follow DOMAIN.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub vote_method: super::tally::VoteMethod,
    pub denominator: DenominatorRule,
    /// Cộng dồn: votes for better levels count toward the next level down.
    pub cumulative: bool,
    /// Per-level thresholds (e.g. Excellent at least 2/3); empty by default.
    pub thresholds: Vec<LevelThreshold>,
    /// A warning when fewer than this share of the denominator are present.
    pub quorum: Fraction,
    /// Excellent may be at most this percentage of Good (20; up to 25 with a reason).
    pub excellent_cap_percent: u32,
    pub cap_reason: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            vote_method: super::tally::VoteMethod::SecretBallot,
            denominator: DenominatorRule::Convened,
            cumulative: false,
            thresholds: Vec::new(),
            quorum: Fraction::TWO_THIRDS,
            excellent_cap_percent: 20,
            cap_reason: None,
        }
    }
}

/// What a level needs to pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    MoreThan(Fraction),
    AtLeast(Fraction),
}

impl Requirement {
    /// Whether `votes` out of `denominator` meets this requirement, in exact integer arithmetic.
    pub fn met(self, votes: u64, denominator: u64) -> bool {
        match self {
            Requirement::MoreThan(f) => votes * u64::from(f.den) > denominator * u64::from(f.num),
            Requirement::AtLeast(f) => votes * u64::from(f.den) >= denominator * u64::from(f.num),
        }
    }
}

impl Settings {
    pub fn requirement(&self, level: Level) -> Requirement {
        self.thresholds
            .iter()
            .find(|t| t.level == level)
            .map_or(Requirement::MoreThan(Fraction::HALF), |t| {
                Requirement::AtLeast(t.at_least)
            })
    }
}

/// The level a qd366 score suggests: ≥ 90 Excellent, 70–<90 Good, 50–<70 Complete, < 50 not.
pub fn score_band(score: &Score) -> Level {
    match score.total() {
        90.. => Level::Excellent,
        70..=89 => Level::Good,
        50..=69 => Level::Complete,
        _ => Level::NotComplete,
    }
}

/// The most members that may be proposed Excellent for `good` proposed Good at `percent`.
pub fn excellent_cap(good: u32, percent: u32) -> u32 {
    u32::try_from(u64::from(good) * u64::from(percent) / 100).unwrap_or(u32::MAX)
}

/// Working days (Monday to Friday) from `from` (included) to `to` (excluded). Public holidays
/// are not known to the app.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count() as i64
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// Whom a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Session,
    Cell,
    Member(MemberId),
}

/// What a rule found, with the numbers; the words are in `i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    Quorum {
        present: u32,
        denominator: u32,
        quorum: Fraction,
    },
    Tally {
        round: usize,
        problem: TallyProblem,
    },
    NoResult {
        round: usize,
    },
    NotRated,
    ReviewLater,
    VotedButExcluded,
    Disciplined {
        proposed: Level,
    },
    DisciplinedRemedied,
    ExcellentCap {
        excellent: u32,
        good: u32,
        cap: u32,
        percent: u32,
    },
    CapWithoutReason {
        percent: u32,
    },
    CapTooHigh {
        percent: u32,
    },
    ScoreOutOfRange {
        score: Score,
    },
    ScoreBand {
        total: u32,
        band: Level,
        self_assessed: Level,
    },
    MemberBeforeCollective,
    MemberBeforeLeaders,
    CellBeforeMembers,
    DraftMissing,
    DraftLate {
        sent: NaiveDate,
        working_days: i64,
    },
    AfterDeadline {
        date: NaiveDate,
    },
    SickLeave {
        proposed: Level,
    },
    ChecksumMismatch,
}

impl FindingKind {
    /// A stable id for the rule, used in CSV and in tests.
    pub fn rule(&self) -> &'static str {
        match self {
            FindingKind::Quorum { .. } => "quorum",
            FindingKind::Tally { .. } => "tally",
            FindingKind::NoResult { .. } => "no-result",
            FindingKind::NotRated => "not-rated",
            FindingKind::ReviewLater => "review-later",
            FindingKind::VotedButExcluded => "voted-but-excluded",
            FindingKind::Disciplined { .. } | FindingKind::DisciplinedRemedied => "discipline",
            FindingKind::ExcellentCap { .. } => "excellent-cap",
            FindingKind::CapWithoutReason { .. } | FindingKind::CapTooHigh { .. } => "cap-setting",
            FindingKind::ScoreOutOfRange { .. } => "score-range",
            FindingKind::ScoreBand { .. } => "score-band",
            FindingKind::MemberBeforeCollective
            | FindingKind::MemberBeforeLeaders
            | FindingKind::CellBeforeMembers => "order",
            FindingKind::DraftMissing | FindingKind::DraftLate { .. } => "draft-3-days",
            FindingKind::AfterDeadline { .. } => "deadline",
            FindingKind::SickLeave { .. } => "sick-leave",
            FindingKind::ChecksumMismatch => "checksum",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    pub kind: FindingKind,
}

impl Finding {
    fn new(severity: Severity, subject: Subject, kind: FindingKind) -> Self {
        Finding {
            severity,
            subject,
            kind,
        }
    }
}

/// Every rule of the session's rule set, applied to the session as it stands.
pub fn evaluate(s: &Session) -> Vec<Finding> {
    let mut out = Vec::new();
    session_rules(s, &mut out);
    for m in &s.members {
        member_rules(s, &m.id, &mut out);
    }
    cell_rules(s, &mut out);
    order_rules(s, &mut out);
    out
}

fn session_rules(s: &Session, out: &mut Vec<Finding>) {
    use FindingKind as K;
    let set = &s.rules.settings;
    // The roll call has begun once anyone is called, present or not: a meeting where every
    // name was called absent is the worst case of a missing quorum.
    let attendance_taken = s
        .members
        .iter()
        .any(|m| m.attendance != super::member::Attendance::Unknown);
    // The quorum is judged against the members called, whatever the majority's denominator.
    let denominator = s.convened();
    let present = s.denominator_present();
    if attendance_taken
        && !super::rules::Requirement::AtLeast(set.quorum)
            .met(u64::from(present), u64::from(denominator))
    {
        let kind = K::Quorum {
            present,
            denominator,
            quorum: set.quorum,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
    if set.excellent_cap_percent > 25 {
        let kind = K::CapTooHigh {
            percent: set.excellent_cap_percent,
        };
        out.push(Finding::new(Severity::Error, Subject::Session, kind));
    } else if set.excellent_cap_percent > 20
        && set
            .cap_reason
            .as_deref()
            .is_none_or(|r| r.trim().is_empty())
    {
        let kind = K::CapWithoutReason {
            percent: set.excellent_cap_percent,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
    let (excellent, good) =
        s.review_order()
            .iter()
            .fold((0, 0), |(e, g), m| match s.proposed(&m.id) {
                Some(Level::Excellent) => (e + 1, g),
                Some(Level::Good) => (e, g + 1),
                _ => (e, g),
            });
    let cap = excellent_cap(good, set.excellent_cap_percent);
    if excellent > cap {
        let kind = K::ExcellentCap {
            excellent,
            good,
            cap,
            percent: set.excellent_cap_percent,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
    match s.meeting.draft_sent {
        None => out.push(Finding::new(
            Severity::Warning,
            Subject::Session,
            K::DraftMissing,
        )),
        Some(sent) => {
            let working_days = working_days_between(sent, s.meeting.date);
            if working_days < 3 {
                let kind = K::DraftLate { sent, working_days };
                out.push(Finding::new(Severity::Warning, Subject::Session, kind));
            }
        }
    }
    // "kết thúc trước ngày 31/12": a meeting on 31 December or later is late.
    let deadline = NaiveDate::from_ymd_opt(s.year, 12, 31);
    if deadline.is_some_and(|d| s.meeting.date >= d) {
        let kind = K::AfterDeadline {
            date: s.meeting.date,
        };
        out.push(Finding::new(Severity::Warning, Subject::Session, kind));
    }
    if let super::session::Status::Finalized { checksum, .. } = &s.status
        && *checksum != s.content_checksum()
    {
        out.push(Finding::new(
            Severity::Error,
            Subject::Session,
            K::ChecksumMismatch,
        ));
    }
}

fn tally_findings(s: &Session, rounds: &[super::tally::Tally], subject: &Subject) -> Vec<Finding> {
    let mut out = Vec::new();
    let voters = s.voters_present();
    for (i, round) in rounds.iter().enumerate() {
        if let Err(problem) = round.check(voters) {
            let kind = FindingKind::Tally {
                round: i + 1,
                problem,
            };
            out.push(Finding::new(Severity::Error, subject.clone(), kind));
        }
    }
    if let Some(last) = rounds.last()
        && s.outcome_of(last).level().is_none()
    {
        let kind = FindingKind::NoResult {
            round: rounds.len(),
        };
        out.push(Finding::new(Severity::Warning, subject.clone(), kind));
    }
    out
}

fn score_findings(score: Option<Score>, level: Option<Level>, subject: &Subject) -> Vec<Finding> {
    let Some(score) = score else {
        return Vec::new();
    };
    if !score.in_range() {
        let kind = FindingKind::ScoreOutOfRange { score };
        return vec![Finding::new(Severity::Error, subject.clone(), kind)];
    }
    let band = score_band(&score);
    match level {
        Some(self_assessed) if self_assessed < band => {
            let kind = FindingKind::ScoreBand {
                total: score.total(),
                band,
                self_assessed,
            };
            vec![Finding::new(Severity::Warning, subject.clone(), kind)]
        }
        _ => Vec::new(),
    }
}

fn member_rules(s: &Session, id: &MemberId, out: &mut Vec<Finding>) {
    use FindingKind as K;
    let Some(m) = s.member(id) else { return };
    let subject = Subject::Member(id.clone());
    let review = s.review(id);
    let rounds = review.map_or(&[][..], |r| &r.rounds[..]);
    if m.exclusion(s.meeting.date).is_some() {
        if !rounds.is_empty() {
            out.push(Finding::new(Severity::Error, subject, K::VotedButExcluded));
        }
        return;
    }
    out.extend(tally_findings(s, rounds, &subject));
    let proposed = s.proposed(id);
    if proposed.is_none() {
        if m.attendance.is_absent() {
            out.push(Finding::new(
                Severity::Note,
                subject.clone(),
                K::ReviewLater,
            ));
        } else {
            let severity = if s.status.is_finalized() {
                Severity::Error
            } else {
                Severity::Warning
            };
            out.push(Finding::new(severity, subject.clone(), K::NotRated));
        }
    }
    if m.disciplined && s.rules.name != RuleSetName::Qd132 {
        if m.self_reported {
            out.push(Finding::new(
                Severity::Note,
                subject.clone(),
                K::DisciplinedRemedied,
            ));
        } else if let Some(p) = proposed.filter(|p| *p != Level::NotComplete) {
            out.push(Finding::new(
                Severity::Error,
                subject.clone(),
                K::Disciplined { proposed: p },
            ));
        }
    }
    if m.long_sick_leave
        && s.rules.name == RuleSetName::Qd132
        && let Some(p) = proposed.filter(|p| *p < Level::Complete)
    {
        out.push(Finding::new(
            Severity::Error,
            subject.clone(),
            K::SickLeave { proposed: p },
        ));
    }
    if s.rules.name == RuleSetName::Qd366
        && let Some(r) = review
    {
        out.extend(score_findings(r.self_score, r.self_assessed, &subject));
    }
}

fn cell_rules(s: &Session, out: &mut Vec<Finding>) {
    let c = &s.cell_rating;
    out.extend(tally_findings(s, &c.rounds, &Subject::Cell));
    if s.rules.name == RuleSetName::Qd366 {
        out.extend(score_findings(
            c.self_score,
            c.self_assessed,
            &Subject::Cell,
        ));
    }
}

/// The order of the meeting: collective first, leaders before the others, all members before the
/// cell rates itself. Judged from the log positions at which each step began.
fn order_rules(s: &Session, out: &mut Vec<Finding>) {
    use FindingKind as K;
    let order = s.review_order();
    let started = |id: &MemberId| s.review(id).and_then(|r| r.started);
    let collective = s.collective.started;
    let first_ordinary_start = order
        .iter()
        .filter(|m| !is_leader(m))
        .filter_map(|m| started(&m.id))
        .min();
    for m in &order {
        let Some(at) = started(&m.id) else { continue };
        let subject = Subject::Member(m.id.clone());
        if collective.is_none_or(|c| at < c) {
            out.push(Finding::new(
                Severity::Warning,
                subject.clone(),
                K::MemberBeforeCollective,
            ));
        }
        if is_leader(m) && first_ordinary_start.is_some_and(|first| first < at) {
            out.push(Finding::new(
                Severity::Warning,
                subject,
                K::MemberBeforeLeaders,
            ));
        }
    }
    if let Some(cell_at) = s.cell_rating.started {
        let member_rated_after = order.iter().any(|m| {
            // A member whose review began before the cell's vote may still be voted after it.
            let last_vote = s.review(&m.id).and_then(|r| r.voted.or(r.started));
            s.proposed(&m.id).is_none() && !m.attendance.is_absent()
                || last_vote.is_some_and(|v| v > cell_at)
        });
        if member_rated_after {
            out.push(Finding::new(
                Severity::Warning,
                Subject::Cell,
                K::CellBeforeMembers,
            ));
        }
    }
}
