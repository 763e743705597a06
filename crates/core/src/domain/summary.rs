//! The results of a session as every layer shows them, computed once: the proposed levels per
//! level, the Excellent cap and its numbers, who is not reviewed and why, what is unfinished, and
//! the self-scores where the rule set has them. The rules (`evaluate`), the minutes, the CLI, the
//! CSV and the TUI all read this instead of counting again.

use std::collections::HashMap;

use super::level::{Level, LevelCounts};
use super::member::{Exclusion, Member, MemberId};
use super::method::VoteMethod;
use super::rules::{CapBase, RuleSetName, Settings, excellent_cap};
use super::score::{Score, score_band};
use super::session::{MemberReview, Session, Step};
use super::tally::Tally;

/// Everything a session's results say, from [`Session::summary`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The proposed levels of the members reviewed at this meeting.
    pub per_level: LevelCounts,
    /// Members reviewed at this meeting (rated or not).
    pub reviewed: u32,
    /// Reviewed members without a proposed level yet (not rated, or absent to be rated later).
    pub unrated: u32,
    /// The Excellent cap: how many Excellent for how many Good, and the limit.
    pub cap: Cap,
    /// Members not reviewed nor rated at this meeting, in roster order, with the reason.
    pub excluded: Vec<(MemberId, Exclusion)>,
    /// What is still missing before the session can be sealed.
    pub unfinished: Unfinished,
    /// The self-scores and the levels they suggest; `None` when the rule set has no scores
    /// (only qd366 has them).
    pub self_scores: Option<SelfScores>,
}

/// The Excellent cap: Excellent may be at most `percent`% of the base (Good, or Good and
/// Excellent: [`Settings::cap_base`]), rounded down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cap {
    /// Members proposed Excellent.
    pub excellent: u32,
    /// Members proposed Good.
    pub good: u32,
    /// What the cap is a share of.
    pub base: CapBase,
    /// The most Excellent allowed: ⌊`percent` × [`Cap::counted`] / 100⌋.
    pub limit: u32,
    /// The percentage the cap is counted at: the setting, but never above
    /// [`Settings::MAX_CAP_PERCENT`] (a setting above it is an error and counts as the maximum).
    pub percent: u32,
    /// The percentage as set ([`Settings::STANDARD_CAP_PERCENT`] unless raised).
    pub requested: u32,
    /// The reason given for raising the cap (trimmed; `None` when blank).
    pub reason: Option<String>,
}

impl Cap {
    /// The cap of `counts` under `settings`.
    pub fn new(counts: &LevelCounts, settings: &Settings) -> Self {
        let requested = settings.excellent_cap_percent;
        let percent = requested.min(Settings::MAX_CAP_PERCENT);
        let base = settings.cap_base;
        Cap {
            requested,
            excellent: counts.excellent,
            good: counts.good,
            base,
            limit: excellent_cap(base.counted(counts.excellent, counts.good), percent),
            percent,
            reason: settings
                .cap_reason
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_owned),
        }
    }
    /// How many members the base counts (Good, or Good and Excellent).
    pub fn counted(&self) -> u32 {
        self.base.counted(self.excellent, self.good)
    }
    /// More Excellent than the cap allows.
    pub fn is_over(&self) -> bool {
        self.excellent > self.limit
    }
    /// The percentage is above the standard [`Settings::STANDARD_CAP_PERCENT`].
    pub fn is_raised(&self) -> bool {
        self.percent > Settings::STANDARD_CAP_PERCENT
    }
    /// The percentage is above what any reason allows, [`Settings::MAX_CAP_PERCENT`].
    pub fn is_too_high(&self) -> bool {
        self.requested > Settings::MAX_CAP_PERCENT
    }
    /// Raised (within the maximum) but with no reason given.
    pub fn lacks_reason(&self) -> bool {
        self.is_raised() && !self.is_too_high() && self.reason.is_none()
    }
}

/// What is still missing before the session can be sealed; empty when nothing is. Every blank
/// the minutes would print as "……" is here, so finalizing names it and `check` reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unfinished {
    /// Reviewed members, present or not called, without a proposed level; in review order.
    pub not_rated: Vec<MemberId>,
    /// Reviewed members absent from the meeting, to be rated later; in review order.
    pub rate_later: Vec<MemberId>,
    /// Reviewed members at the meeting (not to be rated later) whose self-review is empty; in
    /// review order.
    pub no_self_review: Vec<MemberId>,
    /// Reviewed members at the meeting without the chair's conclusion; in review order.
    pub no_conclusion: Vec<MemberId>,
    /// The collective report is empty.
    pub no_collective_report: bool,
    /// The opening time is not recorded.
    pub no_start_time: bool,
    /// A ballot was secret, and the counting team (or its head) is not recorded.
    pub no_counting_team: bool,
    /// The cell has no proposed level.
    pub cell_not_rated: bool,
    /// The vote on the minutes is not recorded.
    pub no_minutes_vote: bool,
    /// The closing time is not recorded.
    pub no_closing_time: bool,
}

/// A blank of the record: a fact the minutes would print as "……", named by finalizing and by
/// `check` (the members' own blanks with their names, in [`Unfinished`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Missing {
    CollectiveReport,
    StartTime,
    CountingTeam,
    CellRating,
    MinutesVote,
    ClosingTime,
    /// A member's self-review.
    SelfReview,
    /// The chair's conclusion on a member.
    Conclusion,
}

impl Missing {
    /// The step of the meeting where the fact is recorded; a member's own blanks are on the
    /// member's step.
    pub fn step(self) -> Option<Step> {
        match self {
            Missing::StartTime | Missing::CountingTeam => Some(Step::Opening),
            Missing::CollectiveReport => Some(Step::Collective),
            Missing::CellRating => Some(Step::CellRating),
            Missing::MinutesVote | Missing::ClosingTime => Some(Step::MinutesVote),
            Missing::SelfReview | Missing::Conclusion => None,
        }
    }
}

impl Unfinished {
    pub fn is_empty(&self) -> bool {
        *self == Unfinished::default()
    }

    /// The blanks of the meeting itself (not a member's), in the order of the meeting.
    pub fn missing(&self) -> Vec<Missing> {
        [
            (self.no_start_time, Missing::StartTime),
            (self.no_collective_report, Missing::CollectiveReport),
            (self.no_counting_team, Missing::CountingTeam),
            (self.cell_not_rated, Missing::CellRating),
            (self.no_minutes_vote, Missing::MinutesVote),
            (self.no_closing_time, Missing::ClosingTime),
        ]
        .into_iter()
        .filter_map(|(on, m)| on.then_some(m))
        .collect()
    }
}

/// The self-scores of a rule set that has them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelfScores {
    /// Reviewed members with a self-score, in review order.
    pub members: Vec<(MemberId, ScoreLine)>,
    /// The cell's self-score, if given.
    pub cell: Option<ScoreLine>,
}

/// A self-score and the level it suggests (`None` when the score is out of range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreLine {
    pub score: Score,
    pub band: Option<Level>,
}

impl ScoreLine {
    fn new(score: Score) -> Self {
        ScoreLine {
            score,
            band: score.in_range().then(|| score_band(&score)),
        }
    }
}

/// Why a reviewed member has no level yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pending {
    /// Present (or not called) and not rated.
    NotRated,
    /// Absent: reviewed and rated later.
    RateLater,
}

/// Whether a reviewed member with `proposed` level is still pending, and why. The one place
/// that says an absent member is rated later; the rules and the summary both ask it.
pub(crate) fn pending(m: &Member, proposed: Option<Level>) -> Option<Pending> {
    match proposed {
        Some(_) => None,
        None if m.attendance.is_absent() => Some(Pending::RateLater),
        None => Some(Pending::NotRated),
    }
}

impl RuleSetName {
    /// Whether members and the cell give themselves a score out of 100 (qd366 only).
    pub fn has_self_scores(self) -> bool {
        self == RuleSetName::Qd366
    }
}

impl Session {
    /// The results of the session as they stand; see [`Summary`]. Linear in the roster, cheap
    /// enough for every frame. What each screen reads:
    ///
    /// - counts per level ("HTXSNV 2 · HTTNV 9 …"): [`Summary::per_level`], with
    ///   [`Summary::reviewed`] and [`Summary::unrated`] for "rated 11/12";
    /// - the cap line and its warnings: [`Summary::cap`] ([`Cap::limit`], [`Cap::is_over`],
    ///   [`Cap::is_raised`], [`Cap::lacks_reason`]); its bounds are
    ///   [`Settings::STANDARD_CAP_PERCENT`] and [`Settings::MAX_CAP_PERCENT`];
    /// - what the finalize question lists: [`Summary::unfinished`] (each list in review order);
    /// - whether to show score fields at all: [`RuleSetName::has_self_scores`]; the scores given
    ///   and their bands: [`Summary::self_scores`] or [`Session::score_band`].
    pub fn summary(&self) -> Summary {
        let reviews: HashMap<&MemberId, &MemberReview> =
            self.reviews.iter().map(|r| (&r.member, r)).collect();
        let mut per_level = LevelCounts::default();
        let mut unfinished = Unfinished::default();
        let mut scores = SelfScores::default();
        let order = self.review_order();
        for m in &order {
            let review = reviews.get(&m.id).copied();
            let proposed = review
                .and_then(|r| r.rounds.last())
                .and_then(|t| self.outcome_of(t).level());
            match (proposed, pending(m, proposed)) {
                (Some(l), _) => per_level.set(l, per_level.get(l).saturating_add(1)),
                (None, Some(Pending::RateLater)) => unfinished.rate_later.push(m.id.clone()),
                (None, _) => unfinished.not_rated.push(m.id.clone()),
            }
            if let Some(score) = review.and_then(|r| r.self_score) {
                scores.members.push((m.id.clone(), ScoreLine::new(score)));
            }
            self.member_blanks(m, review, &mut unfinished);
        }
        scores.cell = self.cell_rating.self_score.map(ScoreLine::new);
        self.meeting_blanks(&mut unfinished);
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Summary {
            cap: Cap::new(&per_level, &self.rules.settings),
            per_level,
            reviewed: count(order.len()),
            unrated: count(unfinished.not_rated.len() + unfinished.rate_later.len()),
            excluded: self
                .members
                .iter()
                .filter_map(|m| Some((m.id.clone(), m.exclusion(self.meeting.date)?)))
                .collect(),
            unfinished,
            self_scores: self.rules.name.has_self_scores().then_some(scores),
        }
    }

    /// A member's blanks: the self-review and the chair's conclusion, for a member at the
    /// meeting (one absent, to be reviewed later, has no part yet) or already voted on.
    fn member_blanks(&self, m: &Member, review: Option<&MemberReview>, u: &mut Unfinished) {
        let voted = review.is_some_and(|r| !r.rounds.is_empty());
        if m.attendance.is_absent() && !voted {
            return;
        }
        if review.is_none_or(|r| r.report.is_empty()) {
            u.no_self_review.push(m.id.clone());
        }
        if review.is_none_or(|r| r.conclusion.trim().is_empty()) {
            u.no_conclusion.push(m.id.clone());
        }
    }

    /// The meeting's blanks: the report, the times, the counting team, the cell, the minutes.
    fn meeting_blanks(&self, u: &mut Unfinished) {
        let secret = |t: &Tally| t.method == VoteMethod::SecretBallot;
        let any_secret = self.reviews.iter().flat_map(|r| &r.rounds).any(secret)
            || self.cell_rating.rounds.iter().any(secret);
        let team = &self.meeting.counting_team;
        u.no_collective_report = self.collective.report.is_empty();
        u.no_start_time = self.meeting.start.is_none();
        u.no_counting_team =
            any_secret && (team.is_empty() || self.meeting.counting_head.is_none());
        u.cell_not_rated = self.cell_outcome().and_then(|o| o.level()).is_none();
        u.no_minutes_vote = self.minutes_vote.is_none();
        u.no_closing_time = self.meeting.end.is_none();
    }

    /// The members voted on at this meeting, in review order: the reviewed, less those absent
    /// (reviewed and rated later) unless a round was recorded for them. The ballots list them.
    pub fn rated_here(&self) -> Vec<&Member> {
        let voted = |m: &Member| self.review(&m.id).is_some_and(|r| !r.rounds.is_empty());
        self.review_order()
            .into_iter()
            .filter(|m| !m.attendance.is_absent() || voted(m))
            .collect()
    }

    /// The level a self-score suggests, where the rule set has self-scores and the score is in
    /// range; `None` otherwise.
    pub fn score_band(&self, score: Option<Score>) -> Option<Level> {
        score
            .filter(|s| self.rules.name.has_self_scores() && s.in_range())
            .map(|s| score_band(&s))
    }
}
