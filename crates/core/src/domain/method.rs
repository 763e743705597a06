//! How a vote is taken: a setting of the rule set and a fact of every tally.

use serde::{Deserialize, Serialize};

/// How a vote was taken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteMethod {
    /// Phiếu kín.
    #[default]
    SecretBallot,
    /// Giơ tay bằng thẻ đảng viên.
    ShowOfHands,
}
