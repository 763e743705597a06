//! The rule sets (qd132, qd124, qd366), their settings, and the arithmetic the rules share
//! (requirements, the cap, the draft's and the meeting's dates; working days are in `calendar`).
//! Numbers the texts leave to the cell or the committee above are settings, stored in the session
//! file so that a session is judged years later exactly as it was on the day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::calendar::{KNOWN_HOLIDAYS, known_holidays};
use super::level::Level;
use super::method::VoteMethod;

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
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub name: RuleSetName,
    #[serde(default)]
    pub settings: Settings,
}

impl RuleSet {
    /// The rule set of a review year with its default settings, and the public holidays known
    /// for the year and the next (a meeting may be held up to mid-January).
    pub fn for_year(year: i32) -> Self {
        let mut rules = Self::named(RuleSetName::for_year(year));
        rules.settings.holidays = known_holidays(KNOWN_HOLIDAYS, year..=year.saturating_add(1));
        rules
    }
    pub fn named(name: RuleSetName) -> Self {
        RuleSet {
            name,
            settings: Settings::default(),
        }
    }
}

/// A fraction `num/den` of the denominator. A file with `den: 0` is refused on load, at its
/// line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawFraction")]
pub struct Fraction {
    pub num: u32,
    pub den: u32,
}

/// A fraction as written, before its denominator is checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFraction {
    num: u32,
    den: u32,
}

/// A fraction written with `den: 0` (serde puts this message at the fraction's position).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the fraction {num}/0 has a denominator of 0 (den must be at least 1)")]
pub struct ZeroDenominator {
    pub num: u32,
}

impl TryFrom<RawFraction> for Fraction {
    type Error = ZeroDenominator;
    fn try_from(r: RawFraction) -> Result<Self, Self::Error> {
        if r.den == 0 {
            return Err(ZeroDenominator { num: r.num });
        }
        Ok(Fraction {
            num: r.num,
            den: r.den,
        })
    }
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
#[serde(deny_unknown_fields)]
pub struct LevelThreshold {
    pub level: Level,
    pub at_least: Fraction,
}

/// What the Excellent cap is a share of. The texts say "số được xếp loại HTTNV" (those rated
/// Good); some committees count the Excellent among them, as they are chosen from those who
/// reached Good. Named wherever the cap is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CapBase {
    /// Members proposed Good (the texts' words; the default).
    #[default]
    Good,
    /// Members proposed Good or Excellent.
    GoodAndExcellent,
}

impl CapBase {
    /// How many members the base counts, of `excellent` proposed Excellent and `good` Good.
    pub fn counted(self, excellent: u32, good: u32) -> u32 {
        match self {
            CapBase::Good => good,
            CapBase::GoodAndExcellent => good.saturating_add(excellent),
        }
    }
}

/// What the texts leave to the cell or to the committee above. Defaults follow DOMAIN.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Settings {
    pub vote_method: VoteMethod,
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
    /// What the cap is a share of. Written only when not `Good`, so files and seals from
    /// before the setting stay as they were.
    #[serde(skip_serializing_if = "crate::domain::fields::is_default")]
    pub cap_base: CapBase,
    /// Public holidays and days off other than weekends and 1 January (always one), which the
    /// working days of the 3-day draft rule skip: Tết, 30/4, 1/5, 2/9 and their days off, which
    /// vary by year. A new session gets the known ones of its years ([`RuleSet::for_year`]); the
    /// user adds the others. Written only when not empty, so files and seals from before the
    /// setting stay as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holidays: Vec<NaiveDate>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            vote_method: VoteMethod::SecretBallot,
            denominator: DenominatorRule::Convened,
            cumulative: false,
            thresholds: Vec::new(),
            quorum: Fraction::TWO_THIRDS,
            excellent_cap_percent: Settings::STANDARD_CAP_PERCENT,
            cap_reason: None,
            cap_base: CapBase::Good,
            holidays: Vec::new(),
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
    /// Nothing meets anything out of 0: with no official member present there is no quorum and
    /// no vote has a result (DOMAIN.md: never "0 of 0 meets 2/3").
    pub fn met(self, votes: u64, denominator: u64) -> bool {
        if denominator == 0 {
            return false;
        }
        match self {
            Requirement::MoreThan(f) => votes * u64::from(f.den) > denominator * u64::from(f.num),
            Requirement::AtLeast(f) => votes * u64::from(f.den) >= denominator * u64::from(f.num),
        }
    }
}

impl Settings {
    /// Excellent may be at most this percentage of Good (Hướng dẫn: 20%).
    pub const STANDARD_CAP_PERCENT: u32 = 20;
    /// The most the cap may be raised to, with a reason (25%).
    pub const MAX_CAP_PERCENT: u32 = 25;

    pub fn requirement(&self, level: Level) -> Requirement {
        self.thresholds
            .iter()
            .find(|t| t.level == level)
            .map_or(Requirement::MoreThan(Fraction::HALF), |t| {
                Requirement::AtLeast(t.at_least)
            })
    }
}

/// The most members that may be proposed Excellent for `good` proposed Good at `percent`.
pub fn excellent_cap(good: u32, percent: u32) -> u32 {
    u32::try_from(u64::from(good) * u64::from(percent) / 100).unwrap_or(u32::MAX)
}

/// The draft collective report goes out at least this many working days before the meeting.
pub const DRAFT_WORKING_DAYS: i64 = 3;

/// The review meeting ends before this day of the year under review (month, day): 31 December.
pub const DEADLINE: (u32, u32) = (12, 31);
