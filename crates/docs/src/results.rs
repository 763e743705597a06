//! The results table: one row per member (review order first, then those not reviewed), as the
//! domain judges them. Shared by the CSV export and the minutes' results section.

use chibo_core::domain::{
    Attendance, Exclusion, Finding, Level, LevelCounts, MemberId, Membership, Score, Session,
    Subject, Summary, audit,
};

/// One member's line in the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRow {
    /// 1-based position in the table.
    pub no: usize,
    pub member_id: MemberId,
    /// As the roster has it, less a party title typed with it.
    pub name: String,
    pub membership: Membership,
    /// Why the member is not reviewed; `None` when reviewed.
    pub exclusion: Option<Exclusion>,
    pub attendance: Attendance,
    pub self_assessed: Option<Level>,
    pub self_score: Option<Score>,
    /// The counts of the last vote round, if any round was held.
    pub votes: Option<LevelCounts>,
    /// How many rounds were held.
    pub rounds: usize,
    pub proposed: Option<Level>,
    /// Rule ids of the findings about this member, in order, each once.
    pub findings: Vec<&'static str>,
}

/// Every member's row, with the majority denominator they were judged against and the domain's
/// summary of the results (counts per level, the cap, who is excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultTable {
    pub denominator: u32,
    pub rows: Vec<ResultRow>,
    pub summary: Summary,
}

impl ResultTable {
    /// Builds the table, evaluating the rules once.
    pub fn build(s: &Session) -> Self {
        Self::with_findings(s, &audit(s))
    }

    /// Builds the table from findings already evaluated for `s`.
    pub fn with_findings(s: &Session, findings: &[Finding]) -> Self {
        let summary = s.summary();
        let excluded = |id: &MemberId| {
            let found = summary.excluded.iter().find(|(x, _)| x == id);
            found.map(|(_, why)| *why)
        };
        let reviewed = s.review_order();
        let others = s.members.iter().filter(|m| !s.is_reviewed(m));
        let rows = reviewed
            .into_iter()
            .chain(others)
            .enumerate()
            .map(|(i, m)| {
                let review = s.review(&m.id);
                ResultRow {
                    no: i + 1,
                    member_id: m.id.clone(),
                    name: crate::words::untitled(&m.name),
                    membership: m.membership,
                    exclusion: excluded(&m.id),
                    attendance: m.attendance.clone(),
                    self_assessed: review.and_then(|r| r.self_assessed),
                    self_score: review.and_then(|r| r.self_score),
                    votes: review.and_then(|r| r.rounds.last()).map(|t| t.counts),
                    rounds: review.map_or(0, |r| r.rounds.len()),
                    proposed: s.proposed(&m.id),
                    findings: rule_ids(findings, &m.id),
                }
            })
            .collect();
        ResultTable {
            denominator: s.denominator(),
            rows,
            summary,
        }
    }

    /// The rows of the members reviewed at this meeting.
    pub fn reviewed(&self) -> impl Iterator<Item = &ResultRow> {
        self.rows.iter().filter(|r| r.exclusion.is_none())
    }
}

fn rule_ids(findings: &[Finding], id: &MemberId) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in findings {
        if f.subject == Subject::Member(id.clone()) && !out.contains(&f.kind.rule()) {
            out.push(f.kind.rule());
        }
    }
    out
}
