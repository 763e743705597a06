//! The qd366 self-score and the level it suggests.

use serde::{Deserialize, Serialize};

use super::level::Level;

/// The qd366 self-score: general criteria out of 30, task results out of 70.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub general: u8,
    pub tasks: u8,
}

impl Score {
    pub const GENERAL_MAX: u8 = 30;
    pub const TASKS_MAX: u8 = 70;
    /// The most a score can total: [`Score::GENERAL_MAX`] + [`Score::TASKS_MAX`].
    pub const MAX_TOTAL: u32 = Self::GENERAL_MAX as u32 + Self::TASKS_MAX as u32;
    /// The lowest total whose band is Excellent.
    pub const EXCELLENT_FROM: u32 = 90;
    /// The lowest total whose band is Good.
    pub const GOOD_FROM: u32 = 70;
    /// The lowest total whose band is Complete; below it, Not complete.
    pub const COMPLETE_FROM: u32 = 50;

    pub fn total(&self) -> u32 {
        u32::from(self.general) + u32::from(self.tasks)
    }
    pub fn in_range(&self) -> bool {
        self.general <= Self::GENERAL_MAX && self.tasks <= Self::TASKS_MAX
    }
}

/// The level a qd366 score suggests: ≥ 90 Excellent, 70–<90 Good, 50–<70 Complete, < 50 not.
pub fn score_band(score: &Score) -> Level {
    match score.total() {
        t if t >= Score::EXCELLENT_FROM => Level::Excellent,
        t if t >= Score::GOOD_FROM => Level::Good,
        t if t >= Score::COMPLETE_FROM => Level::Complete,
        _ => Level::NotComplete,
    }
}
