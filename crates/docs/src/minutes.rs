//! The minutes model: everything the biên bản says, gathered from a session with the domain's
//! own functions (no rule is computed again here). Language-neutral: names, texts, levels and
//! numbers; [`super::layout`] puts them into words.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

mod steps;

use super::results::ResultTable;
use super::words as w;
use chibo_core::domain::{
    Amendment, Attendance, CapBase, CellKind, DenominatorRule, Discipline, Document, Exclusion,
    Finding, Fraction, Level, LevelCounts, LevelThreshold, MemberId, Membership, Motion, MotionOf,
    Outcome, Post, Remark, Report, RuleSetName, Score, Session, Settings, Speaker, Status, Subject,
    Tally, VoteMethod, audit,
};
use steps::name_of;
pub use steps::{CountingTeam, Opening};

/// The minutes of one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    pub header: Header,
    pub year: i32,
    /// The cell's name as the session gives it ("Chi bộ Khu phố 3").
    pub cell: String,
    /// The party organisation above the cell, as the session names it ("Đảng bộ phường X").
    pub committee: String,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    /// Closing time.
    pub end: Option<NaiveTime>,
    pub place: String,
    pub attendance: AttendanceSummary,
    pub chair: Option<String>,
    pub minute_taker: Option<String>,
    pub guests: Vec<String>,
    /// The committee above's plan or guide the review follows ("Thực hiện Hướng dẫn số …").
    pub basis: Option<Document>,
    /// Whether the cell is a grassroots cell or under a grassroots committee (where the
    /// Excellent/Good ratio is a figure the committee above counts over all its cells).
    pub cell_kind: CellKind,
    /// The representative of the committee above (one of `guests`) and what they said, read
    /// after the cell's results and before the closing.
    pub representative: Option<Said>,
    /// The chair's closing remarks, before the closing time.
    pub closing_remarks: String,
    /// The opening: the purpose, the agenda adopted (the guests are `guests`).
    pub opening: Opening,
    /// The counting team elected before the first secret ballot; its head announces each count.
    pub counting: CountingTeam,
    /// What else the cell asks of the committee above.
    pub request: String,
    /// Members not reviewed nor rated at this meeting, with the reason.
    pub not_reviewed: Vec<(String, Exclusion)>,
    pub collective: Collective,
    /// Every reviewed member, in review order.
    pub members: Vec<MemberMinutes>,
    pub voting: Voting,
    pub results: ResultTable,
    pub totals: Totals,
    pub cell_rating: Rating,
    /// Every finding of the rules that still stands.
    pub findings: Vec<StandingFinding>,
    pub minutes_vote: Option<MinutesVote>,
    /// Checksum and time, when the session is finalized.
    pub seal: Option<Seal>,
    /// Reopenings after finalizing, oldest first.
    pub amendments: Vec<Amendment>,
}

/// The two-column header of a party document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The committee above, in capitals ("ĐẢNG BỘ PHƯỜNG BẾN THÀNH").
    pub committee: String,
    /// The cell, in capitals ("CHI BỘ KHU PHỐ 3").
    pub cell: String,
    /// The place in the place-and-date line ("Phường Bến Thành").
    pub place: String,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttendanceSummary {
    pub total: usize,
    pub official: usize,
    pub probationary: usize,
    pub exempt: Vec<String>,
    pub suspended: Vec<String>,
    /// Name and where they take part in party activity.
    pub temporary_elsewhere: Vec<(String, String)>,
    pub present_official: usize,
    pub present_probationary: usize,
    /// Name and reason.
    pub absent_excused: Vec<(String, String)>,
    pub absent_unexcused: Vec<String>,
    /// Members whose attendance was never taken.
    pub not_called: Vec<String>,
    /// Members of other cells on temporary activity here: name, home cell, attendance. Listed,
    /// not rated here, not in any denominator.
    pub visitors: Vec<(String, String, Attendance)>,
    /// The majority denominator.
    pub denominator: u32,
    /// Official members present: who may vote.
    pub voters_present: u32,
}

/// One thing said, by whom, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub speaker: String,
    pub guest: bool,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collective {
    pub report: Report,
    pub contributions: Vec<Said>,
    /// The chair's conclusion on the report.
    pub conclusion: String,
    /// The vote adopting the report.
    pub adoption: Option<MinutesVote>,
}

/// A vote round with the outcome the domain gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub tally: Tally,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberMinutes {
    pub id: MemberId,
    pub name: String,
    pub membership: Membership,
    pub post: Post,
    pub attendance: Attendance,
    pub report: Report,
    pub remarks: Vec<Said>,
    pub answer: String,
    pub conclusion: String,
    pub rating: Rating,
    /// For a member disciplined: the form and the decision, when recorded.
    pub discipline: Option<Discipline>,
    /// Whether that discipline counts for the year under review (its dates in the year).
    pub discipline_in_year: bool,
}

/// How the votes were taken and judged: the rule set and its settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voting {
    pub method: VoteMethod,
    pub rule_set: RuleSetName,
    pub denominator_rule: DenominatorRule,
    pub denominator: u32,
    pub cumulative: bool,
    pub thresholds: Vec<LevelThreshold>,
    pub cap_percent: u32,
    pub cap_reason: Option<String>,
    /// What the cap is a share of, named with it.
    pub cap_base: CapBase,
    /// The quorum when it differs from the default 2/3.
    pub quorum: Option<Fraction>,
}

/// Proposed levels over the reviewed members, and the Excellent/Good ratio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub per_level: LevelCounts,
    /// Reviewed members without a proposed level.
    pub unrated: u32,
    /// The most Excellent the cap allows for this many Good.
    pub cap: u32,
}

/// A rating, of a member or of the cell: self-assessment, every vote round, the proposed level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub self_assessed: Option<Level>,
    pub self_score: Option<Score>,
    /// The level the self-score suggests (qd366 only).
    pub score_band: Option<Level>,
    pub rounds: Vec<Round>,
    /// The outcome of the last round, when a level passed.
    pub proposed: Option<Level>,
}

/// A finding still standing, with the member's name when it is about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandingFinding {
    pub finding: Finding,
    pub member: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesVote {
    pub motion: Motion,
    pub denominator: u32,
    pub adopted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub at: DateTime<FixedOffset>,
    pub checksum: String,
}

impl Minutes {
    /// Gathers the minutes of `s`.
    pub fn build(s: &Session) -> Minutes {
        let findings = audit(s);
        let results = ResultTable::with_findings(s, &findings);
        let summary = &results.summary;
        let name = |id: &Option<MemberId>| id.as_ref().map(|id| name_of(s, id));
        Minutes {
            header: header(s),
            year: s.year,
            cell: s.cell.name.clone(),
            committee: s.cell.committee.clone(),
            date: s.meeting.date,
            start: s.meeting.start,
            end: s.meeting.end,
            place: s.meeting.place.clone(),
            attendance: attendance(s),
            chair: name(&s.meeting.chair),
            minute_taker: name(&s.meeting.minute_taker),
            guests: s.meeting.guests.clone(),
            basis: s.meeting.basis.clone(),
            cell_kind: s.cell.kind,
            representative: representative(s),
            closing_remarks: s.meeting.closing_remarks.clone(),
            opening: steps::opening(s),
            counting: steps::counting_team(s),
            request: s.meeting.request.clone(),
            not_reviewed: summary
                .excluded
                .iter()
                .map(|(id, why)| (name_of(s, id), *why))
                .collect(),
            collective: Collective {
                report: s.collective.report.clone(),
                contributions: said(s, &s.collective.contributions),
                conclusion: s.collective.conclusion.clone(),
                adoption: steps::vote_of(s, MotionOf::Report),
            },
            members: s.review_order().iter().map(|m| member(s, &m.id)).collect(),
            voting: voting(s),
            totals: Totals {
                per_level: summary.per_level,
                unrated: summary.unrated,
                cap: summary.cap.limit,
            },
            results,
            cell_rating: cell_rating(s),
            findings: standing(s, findings),
            minutes_vote: steps::vote_of(s, MotionOf::Minutes),
            seal: match &s.status {
                Status::Finalized { at, checksum } => Some(Seal {
                    at: *at,
                    checksum: checksum.clone(),
                }),
                _ => None,
            },
            amendments: s.amendments.clone(),
        }
    }
}

/// The findings with the name of the member each is about.
fn standing(s: &Session, findings: Vec<Finding>) -> Vec<StandingFinding> {
    findings
        .into_iter()
        .map(|f| StandingFinding {
            member: match &f.subject {
                Subject::Member(id) => Some(name_of(s, id)),
                _ => None,
            },
            finding: f,
        })
        .collect()
}

fn header(s: &Session) -> Header {
    Header {
        committee: caps_with_prefix(&s.cell.committee, &w::COMMITTEE_KINDS, w::COMMITTEE),
        cell: caps_with_prefix(&s.cell.name, &[w::CELL], w::CELL),
        place: header_place(s),
        date: s.meeting.date,
    }
}

/// Upper-cases a body's name, adding its kind ("CHI BỘ") when the name leaves it out.
fn caps_with_prefix(name: &str, kinds: &[&str], prefix: &str) -> String {
    let caps = chibo_core::domain::nfc(&name.trim().to_uppercase());
    if kinds.iter().any(|k| caps.starts_with(k)) {
        caps
    } else if caps.is_empty() {
        format!("{prefix} …")
    } else {
        format!("{prefix} {caps}")
    }
}

/// The locality of the place-and-date line: the cell's own field, else the committee's name
/// without "Đảng bộ" ([`chibo_core::domain::Cell::locality`]); never cut from the venue's address.
fn header_place(s: &Session) -> String {
    let place = s.cell.locality();
    let mut chars = place.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "…".to_owned(),
    }
}

/// The representative of the committee above and their remarks, when one is named.
fn representative(s: &Session) -> Option<Said> {
    let guest = s.meeting.representative.as_ref()?;
    Some(Said {
        speaker: w::untitled(guest),
        guest: true,
        text: s.meeting.representative_remarks.clone(),
    })
}

fn attendance(s: &Session) -> AttendanceSummary {
    let mut a = AttendanceSummary {
        total: s.members.len(),
        denominator: s.denominator(),
        voters_present: s.voters_present(),
        ..AttendanceSummary::default()
    };
    for m in &s.members {
        let official = m.membership == Membership::Official;
        if official {
            a.official += 1;
        } else {
            a.probationary += 1;
        }
        if m.exempt {
            a.exempt.push(w::untitled(&m.name));
        }
        if m.suspended {
            a.suspended.push(w::untitled(&m.name));
        }
        if let Some(at) = &m.temporary_elsewhere {
            a.temporary_elsewhere
                .push((w::untitled(&m.name), at.clone()));
        }
        match &m.attendance {
            // An exempt member who came without voting is still at the meeting.
            Attendance::Present | Attendance::PresentNotVoting if official => {
                a.present_official += 1;
            }
            Attendance::Present | Attendance::PresentNotVoting => a.present_probationary += 1,
            Attendance::Excused(r) => a.absent_excused.push((w::untitled(&m.name), r.clone())),
            Attendance::Unexcused => a.absent_unexcused.push(w::untitled(&m.name)),
            // Exempt and suspended members are not called to the meeting.
            Attendance::Unknown if m.exempt || m.suspended => {}
            Attendance::Unknown => a.not_called.push(w::untitled(&m.name)),
        }
    }
    a.visitors = s
        .meeting
        .visitors
        .iter()
        .map(|v| (v.name.clone(), v.home_cell.clone(), v.attendance.clone()))
        .collect();
    a
}

fn said(s: &Session, remarks: &[Remark]) -> Vec<Said> {
    remarks
        .iter()
        .map(|r| Said {
            speaker: w::untitled(s.speaker_name(&r.speaker)),
            guest: matches!(r.speaker, Speaker::Guest(_)),
            text: r.text.clone(),
        })
        .collect()
}

fn rounds(s: &Session, tallies: &[Tally]) -> Vec<Round> {
    tallies
        .iter()
        .map(|t| Round {
            tally: t.clone(),
            outcome: s.outcome_of(t),
        })
        .collect()
}

fn member(s: &Session, id: &MemberId) -> MemberMinutes {
    let m = s.member(id);
    let review = s.review(id);
    // A member not reviewed yet has said nothing: empty texts. The roster has every id the
    // minutes list (the store checks it); a missing one reads as an ordinary official member.
    let text = |f: fn(&chibo_core::domain::MemberReview) -> &String| {
        review.map(|r| f(r).clone()).unwrap_or_default()
    };
    MemberMinutes {
        id: id.clone(),
        name: name_of(s, id),
        membership: m.map_or(Membership::Official, |m| m.membership),
        post: m.map_or(Post::Ordinary, |m| m.post),
        attendance: m.map_or(Attendance::Unknown, |m| m.attendance.clone()),
        report: review.map(|r| r.report.clone()).unwrap_or_default(),
        remarks: review.map_or_else(Vec::new, |r| said(s, &r.criticism)),
        answer: text(|r| &r.answer),
        conclusion: text(|r| &r.conclusion),
        rating: rating(
            s,
            review.and_then(|r| r.self_assessed),
            review.and_then(|r| r.self_score),
            review.map_or(&[][..], |r| &r.rounds[..]),
        ),
        discipline: m
            .filter(|m| m.disciplined)
            .and_then(|m| m.discipline.as_deref().cloned()),
        discipline_in_year: m.is_some_and(|m| m.disciplined_in(s.year)),
    }
}

fn rating(
    s: &Session,
    self_assessed: Option<Level>,
    self_score: Option<Score>,
    tallies: &[Tally],
) -> Rating {
    let rounds = rounds(s, tallies);
    let proposed = rounds.last().and_then(|r| r.outcome.level());
    Rating {
        self_assessed,
        self_score,
        score_band: s.score_band(self_score),
        rounds,
        proposed,
    }
}

fn voting(s: &Session) -> Voting {
    let set = &s.rules.settings;
    Voting {
        method: set.vote_method,
        rule_set: s.rules.name,
        denominator_rule: set.denominator,
        denominator: s.denominator(),
        cumulative: set.cumulative,
        thresholds: set.thresholds.clone(),
        cap_percent: set.excellent_cap_percent,
        cap_reason: set.cap_reason.clone().filter(|r| !r.trim().is_empty()),
        cap_base: set.cap_base,
        quorum: Some(set.quorum).filter(|q| *q != Settings::default().quorum),
    }
}

fn cell_rating(s: &Session) -> Rating {
    let c = &s.cell_rating;
    rating(s, c.self_assessed, c.self_score, &c.rounds)
}
