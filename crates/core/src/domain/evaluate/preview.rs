//! What a vote round would give before it is recorded: the level it proposes and the errors the
//! rules would then find about whom it rates. Computed from the session as it stands and the
//! round supposed, without applying it (the tally form shows this at each keystroke).

use super::{Ctx, Finding, Severity, cell_rules_with, member_rules_with};
use crate::domain::command::DomainError;
use crate::domain::member::MemberId;
use crate::domain::session::Session;
use crate::domain::tally::{Outcome, Tally};

/// A round supposed recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VotePreview {
    /// What the round proposes (no result included).
    pub outcome: Outcome,
    /// The errors the rules would find about the member (or the cell) once it is recorded.
    pub errors: Vec<Finding>,
}

impl Session {
    /// What `Command::RecordVote { member, tally }` would give: refused as `apply` would refuse
    /// it, or the round's outcome and the member's errors then.
    pub fn preview_vote(
        &self,
        member: &MemberId,
        tally: &Tally,
    ) -> Result<VotePreview, DomainError> {
        self.refuse_round(tally)?;
        self.require_reviewed(member)?;
        let m = self
            .member(member)
            .ok_or_else(|| DomainError::UnknownMember(member.clone()))?;
        let cx = Ctx::new(self);
        let rounds = supposed(cx.review(member).map(|r| &r.rounds[..]), tally);
        let mut out = Vec::new();
        member_rules_with(&cx, m, &rounds, &mut out);
        Ok(preview(&cx, tally, out))
    }

    /// What `Command::RecordCellVote(tally)` would give (see [`Session::preview_vote`]).
    pub fn preview_cell_vote(&self, tally: &Tally) -> Result<VotePreview, DomainError> {
        self.refuse_round(tally)?;
        let cx = Ctx::new(self);
        let rounds = supposed(Some(&self.cell_rating.rounds), tally);
        let mut out = Vec::new();
        cell_rules_with(&cx, &rounds, &mut out);
        Ok(preview(&cx, tally, out))
    }

    /// What `apply` refuses of any round, in its order: a sealed session, then the arithmetic.
    fn refuse_round(&self, tally: &Tally) -> Result<(), DomainError> {
        if self.status.is_finalized() {
            return Err(DomainError::Finalized);
        }
        self.check_tally(tally)
    }
}

/// The rounds held, and `tally` after them.
fn supposed(held: Option<&[Tally]>, tally: &Tally) -> Vec<Tally> {
    let mut rounds = held.map_or_else(Vec::new, <[Tally]>::to_vec);
    rounds.push(tally.clone());
    rounds
}

fn preview(cx: &Ctx, tally: &Tally, findings: Vec<Finding>) -> VotePreview {
    VotePreview {
        outcome: cx.outcome(tally),
        errors: findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect(),
    }
}
