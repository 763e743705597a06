//! Vote tallies and the proposed level they give. Only counts are kept: never who voted what.

use serde::{Deserialize, Serialize};

use super::level::{Level, LevelCounts};
use super::method::VoteMethod;
use super::rules::{Fraction, Requirement, Settings};

/// One round of a vote on a level (for a member or for the cell).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    #[serde(default)]
    pub method: VoteMethod,
    pub issued: u32,
    pub returned: u32,
    #[serde(default)]
    pub invalid: u32,
    pub counts: LevelCounts,
}

/// What is wrong with a tally's arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallyProblem {
    ReturnedOverIssued { returned: u32, issued: u32 },
    InvalidOverReturned { invalid: u32, returned: u32 },
    CountsMismatch { counted: u32, valid: u32 },
    IssuedOverVoters { issued: u32, voters: u32 },
}

impl Tally {
    /// A tally where every ballot issued came back valid.
    pub fn simple(method: VoteMethod, counts: LevelCounts) -> Self {
        // Counts past u32::MAX are more ballots than can be issued: `check` then reports them.
        let n = counts.total().unwrap_or(u32::MAX);
        Tally {
            method,
            issued: n,
            returned: n,
            invalid: 0,
            counts,
        }
    }

    /// Valid ballots: returned − invalid (`None` when invalid exceeds returned).
    pub fn valid(&self) -> Option<u32> {
        self.returned.checked_sub(self.invalid)
    }

    /// Checks the arithmetic, and that no more ballots were issued than there are `voters`
    /// (official members present).
    pub fn check(&self, voters: u32) -> Result<(), TallyProblem> {
        if self.returned > self.issued {
            return Err(TallyProblem::ReturnedOverIssued {
                returned: self.returned,
                issued: self.issued,
            });
        }
        let Some(valid) = self.valid() else {
            return Err(TallyProblem::InvalidOverReturned {
                invalid: self.invalid,
                returned: self.returned,
            });
        };
        // Counts that overflow can never equal the valid ballots, even u32::MAX of them.
        match self.counts.total() {
            Some(counted) if counted == valid => {}
            total => {
                let counted = total.unwrap_or(u32::MAX);
                return Err(TallyProblem::CountsMismatch { counted, valid });
            }
        }
        if self.issued > voters {
            return Err(TallyProblem::IssuedOverVoters {
                issued: self.issued,
                voters,
            });
        }
        Ok(())
    }
}

/// The result of one round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// `level` passed with `votes` (its own count, or the running total when counting
    /// cumulatively) out of `denominator`.
    Proposed {
        level: Level,
        votes: u32,
        denominator: u32,
    },
    /// No level passed: the chair holds another round.
    NoResult { denominator: u32 },
}

impl Outcome {
    pub fn level(&self) -> Option<Level> {
        match self {
            Outcome::Proposed { level, .. } => Some(*level),
            Outcome::NoResult { .. } => None,
        }
    }
}

/// The proposed level from a round's counts: walking from Excellent down, the first level whose
/// votes (running total when `settings.cumulative`) meet that level's requirement — more than half
/// of `denominator`, or the level's own threshold when the settings give one.
pub fn propose(counts: &LevelCounts, denominator: u32, settings: &Settings) -> Outcome {
    let mut running: u64 = 0;
    for level in Level::ALL {
        let own = counts.get(level);
        running += u64::from(own);
        let votes = if settings.cumulative {
            running
        } else {
            u64::from(own)
        };
        // A denominator of 0 meets nothing (`Requirement::met`).
        if settings
            .requirement(level)
            .met(votes, u64::from(denominator))
        {
            return Outcome::Proposed {
                level,
                votes: u32::try_from(votes).unwrap_or(u32::MAX),
                denominator,
            };
        }
    }
    Outcome::NoResult { denominator }
}

/// A vote on a motion (the minutes): agree, disagree, abstain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Motion {
    #[serde(default)]
    pub method: VoteMethod,
    pub agree: u32,
    #[serde(default)]
    pub disagree: u32,
    #[serde(default)]
    pub abstain: u32,
}

impl Motion {
    pub fn total(&self) -> u64 {
        u64::from(self.agree) + u64::from(self.disagree) + u64::from(self.abstain)
    }
    /// Adopted when more than half of `denominator` agree; never out of 0.
    pub fn adopted(&self, denominator: u32) -> bool {
        Requirement::MoreThan(Fraction::HALF).met(u64::from(self.agree), u64::from(denominator))
    }
}
