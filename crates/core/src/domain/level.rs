//! The four rating levels, shared by members and by the cell, and per-level vote counts.

use serde::{Deserialize, Serialize};

/// A quality level, ordered best first (`Excellent < Good` in `Ord`, meaning "better").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    Excellent,
    Good,
    Complete,
    NotComplete,
}

impl Level {
    /// All levels, best first.
    pub const ALL: [Level; 4] = [
        Level::Excellent,
        Level::Good,
        Level::Complete,
        Level::NotComplete,
    ];

    /// The exact Vietnamese name of the level, as the regulations write it.
    pub fn name_vi(self) -> &'static str {
        match self {
            Level::Excellent => "Hoàn thành xuất sắc nhiệm vụ",
            Level::Good => "Hoàn thành tốt nhiệm vụ",
            Level::Complete => "Hoàn thành nhiệm vụ",
            Level::NotComplete => "Không hoàn thành nhiệm vụ",
        }
    }

    /// The usual abbreviation (HTXSNV, HTTNV, HTNV, KHTNV).
    pub fn short(self) -> &'static str {
        match self {
            Level::Excellent => "HTXSNV",
            Level::Good => "HTTNV",
            Level::Complete => "HTNV",
            Level::NotComplete => "KHTNV",
        }
    }

    /// Parses an abbreviation or an enum name, case-insensitively.
    pub fn parse(s: &str) -> Option<Level> {
        let s = s.trim();
        Level::ALL
            .into_iter()
            .find(|l| l.short().eq_ignore_ascii_case(s) || format!("{l:?}").eq_ignore_ascii_case(s))
    }

    /// Position in [`Level::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Votes per level in one round. Only counts: never who voted what.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelCounts {
    #[serde(default)]
    pub excellent: u32,
    #[serde(default)]
    pub good: u32,
    #[serde(default)]
    pub complete: u32,
    #[serde(default)]
    pub not_complete: u32,
}

impl LevelCounts {
    pub fn new(excellent: u32, good: u32, complete: u32, not_complete: u32) -> Self {
        Self {
            excellent,
            good,
            complete,
            not_complete,
        }
    }

    pub fn get(&self, level: Level) -> u32 {
        match level {
            Level::Excellent => self.excellent,
            Level::Good => self.good,
            Level::Complete => self.complete,
            Level::NotComplete => self.not_complete,
        }
    }

    pub fn set(&mut self, level: Level, n: u32) {
        match level {
            Level::Excellent => self.excellent = n,
            Level::Good => self.good = n,
            Level::Complete => self.complete = n,
            Level::NotComplete => self.not_complete = n,
        }
    }

    /// The sum of all counts, or `None` if it overflows (only a hand-edited file can do that).
    pub fn total(&self) -> Option<u32> {
        Level::ALL
            .iter()
            .try_fold(0u32, |acc, l| acc.checked_add(self.get(*l)))
    }
}
