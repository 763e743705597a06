//! The meeting's own steps in the minutes' model: the opening (the purpose, the agenda adopted),
//! the counting team elected (names, head first, and the vote), each vote on a motion with
//! whether it passed. Names are written without a title typed with them.

use super::MinutesVote;
use crate::words::untitled;
use chibo_core::domain::{Motion, MotionOf, Session, VoteMethod};

/// The opening: what the chair said the meeting is for, and the agenda adopted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub purpose: String,
    pub agenda: Option<MinutesVote>,
}

/// The counting team (tổ kiểm phiếu) as the meeting elected it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountingTeam {
    /// Its members by name, the head first when there is one.
    pub names: Vec<String>,
    /// Whether the first name is the team's head.
    pub has_head: bool,
    /// The head, who announces each count.
    pub head: Option<String>,
    /// The vote that elected it.
    pub vote: Option<Motion>,
    /// A vote was by secret ballot: the minutes say who counted (or leave it blank).
    pub counted: bool,
}

/// A member's name as the minutes write it: the roster's, without a title typed with it.
pub(super) fn name_of(s: &Session, id: &chibo_core::domain::MemberId) -> String {
    untitled(s.member_name(id))
}

/// The vote on `of`, with whether it passed over the majority's base.
pub(super) fn vote_of(s: &Session, of: MotionOf) -> Option<MinutesVote> {
    s.motion(of).map(|motion| MinutesVote {
        motion: *motion,
        denominator: s.denominator(),
        adopted: motion.adopted(s.denominator()),
    })
}

pub(super) fn opening(s: &Session) -> Opening {
    Opening {
        purpose: s.meeting.purpose.clone(),
        agenda: vote_of(s, MotionOf::Agenda),
    }
}

pub(super) fn counting_team(s: &Session) -> CountingTeam {
    let m = &s.meeting;
    let head = m.counting_head.as_ref();
    let names = head
        .into_iter()
        .chain(m.counting_team.iter().filter(|id| Some(*id) != head))
        .map(|id| name_of(s, id))
        .collect();
    let secret = |t: &chibo_core::domain::Tally| t.method == VoteMethod::SecretBallot;
    CountingTeam {
        names,
        has_head: head.is_some(),
        head: head.map(|id| name_of(s, id)),
        vote: m.counting_vote,
        counted: s.reviews.iter().flat_map(|r| &r.rounds).any(secret)
            || s.cell_rating.rounds.iter().any(secret),
    }
}
