//! The findings that tie facts to levels (DOMAIN.md "Rules that tie facts to levels"): the
//! Excellent cap, discipline, sick leave, qd366 score bands, meeting order, the draft report,
//! the year-end deadline and members left unrated.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, FindingKind, Level, Post, RuleSet, RuleSetName, Score, Severity, Subject,
    audit,
};
use common::*;

/// A session of `n` present members where the first `e` are voted Excellent and the next `g`
/// Good (10 of 10 votes each). A grassroots cell: the cap is checked over the cell.
fn rated(n: usize, e: usize, g: usize) -> chibo_core::domain::Session {
    let mut s = present(n);
    s.cell.kind = chibo_core::domain::CellKind::Grassroots;
    for k in 1..=e {
        vote(&mut s, k, counts(n as u32, 0, 0, 0));
    }
    for k in e + 1..=e + g {
        vote(&mut s, k, counts(0, n as u32, 0, 0));
    }
    s
}

fn cap_kinds(s: &chibo_core::domain::Session) -> Vec<FindingKind> {
    kinds_of(s, "excellent-cap")
        .into_iter()
        .map(|k| k.2)
        .collect()
}

// ---- Excellent cap --------------------------------------------------------------------------

#[test]
fn four_good_allow_no_excellent() {
    let s = rated(12, 1, 4);
    assert_eq!(
        cap_kinds(&s),
        vec![FindingKind::ExcellentCap {
            excellent: 1,
            good: 4,
            cap: 0,
            percent: 20,
            base: chibo_core::domain::CapBase::Good,
        }]
    );
    assert!(cap_kinds(&rated(12, 0, 4)).is_empty());
}

#[test]
fn five_and_six_good_allow_one_ten_allow_two() {
    assert!(cap_kinds(&rated(12, 1, 5)).is_empty());
    assert_eq!(cap_kinds(&rated(12, 2, 5)).len(), 1);
    assert!(cap_kinds(&rated(12, 1, 6)).is_empty());
    assert_eq!(cap_kinds(&rated(12, 2, 6)).len(), 1);
    assert!(cap_kinds(&rated(14, 2, 10)).is_empty());
    assert_eq!(
        cap_kinds(&rated(14, 3, 10)),
        vec![FindingKind::ExcellentCap {
            excellent: 3,
            good: 10,
            cap: 2,
            percent: 20,
            base: chibo_core::domain::CapBase::Good,
        }]
    );
    assert!(
        kinds_of(&rated(14, 3, 10), "excellent-cap")
            .iter()
            .all(|k| k.0 == Severity::Warning)
    );
}

#[test]
fn twenty_five_percent_with_and_without_a_reason() {
    let mut s = rated(12, 1, 4);
    s.rules.settings.excellent_cap_percent = 25;
    assert!(cap_kinds(&s).is_empty(), "25% of 4 Good allows 1");
    assert_eq!(
        kinds_of(&s, "cap-setting"),
        vec![(
            Severity::Warning,
            Subject::Session,
            FindingKind::CapWithoutReason { percent: 25 }
        )]
    );
    s.rules.settings.cap_reason = Some("   ".into());
    assert_eq!(
        kinds_of(&s, "cap-setting").len(),
        1,
        "a blank reason is no reason"
    );
    s.rules.settings.cap_reason = Some("Đơn vị tiêu biểu, Đảng ủy phường cho phép".into());
    assert!(kinds_of(&s, "cap-setting").is_empty());
    s.rules.settings.excellent_cap_percent = 26;
    assert_eq!(
        kinds_of(&s, "cap-setting"),
        vec![(
            Severity::Error,
            Subject::Session,
            FindingKind::CapTooHigh { percent: 26 }
        )]
    );
    s.rules.settings.excellent_cap_percent = 20;
    s.rules.settings.cap_reason = None;
    assert!(kinds_of(&s, "cap-setting").is_empty());
}

// ---- discipline and sick leave --------------------------------------------------------------

#[test]
fn disciplined_member_must_be_not_complete() {
    for name in [RuleSetName::Qd124, RuleSetName::Qd366] {
        let mut s = present(10);
        s.rules = RuleSet::named(name);
        get(&mut s, 1).disciplined = true;
        assert!(kinds_of(&s, "discipline").is_empty(), "none while unrated");
        vote(&mut s, 1, counts(0, 0, 6, 4));
        assert_eq!(
            kinds_of(&s, "discipline"),
            vec![(
                Severity::Error,
                member_subject(1),
                FindingKind::Disciplined {
                    proposed: Level::Complete
                }
            )]
        );
        vote(&mut s, 1, counts(0, 0, 4, 6));
        assert_eq!(s.proposed(&id(1)), Some(Level::NotComplete));
        assert!(kinds_of(&s, "discipline").is_empty());
    }
}

#[test]
fn self_reported_discipline_is_a_note() {
    let mut s = present(10);
    get(&mut s, 1).disciplined = true;
    get(&mut s, 1).self_reported = true;
    vote(&mut s, 1, counts(0, 7, 3, 0));
    assert_eq!(
        kinds_of(&s, "discipline"),
        vec![(
            Severity::Note,
            member_subject(1),
            FindingKind::DisciplinedRemedied
        )]
    );
}

#[test]
fn discipline_rule_does_not_run_under_qd132() {
    let mut s = present(10);
    s.rules = RuleSet::named(RuleSetName::Qd132);
    get(&mut s, 1).disciplined = true;
    vote(&mut s, 1, counts(0, 7, 3, 0));
    assert!(kinds_of(&s, "discipline").is_empty());
}

#[test]
fn qd132_long_sick_leave_caps_at_complete() {
    let mut s = present(10);
    s.rules = RuleSet::named(RuleSetName::Qd132);
    get(&mut s, 1).long_sick_leave = true;
    vote(&mut s, 1, counts(0, 6, 4, 0));
    assert_eq!(
        kinds_of(&s, "sick-leave"),
        vec![(
            Severity::Error,
            member_subject(1),
            FindingKind::SickLeave {
                proposed: Level::Good
            }
        )]
    );
    vote(&mut s, 1, counts(0, 4, 6, 0));
    assert!(kinds_of(&s, "sick-leave").is_empty());
    s.rules = RuleSet::named(RuleSetName::Qd124);
    vote(&mut s, 1, counts(6, 4, 0, 0));
    assert!(
        kinds_of(&s, "sick-leave").is_empty(),
        "only qd132 judges sick leave"
    );
}

// ---- qd366 scores ---------------------------------------------------------------------------

fn score(total: u8) -> Score {
    let general = total.min(30);
    Score {
        general,
        tasks: total - general,
    }
}

#[test]
fn score_bands_at_their_edges() {
    use chibo_core::domain::score_band;
    let cases = [
        (0, Level::NotComplete),
        (49, Level::NotComplete),
        (50, Level::Complete),
        (69, Level::Complete),
        (70, Level::Good),
        (89, Level::Good),
        (90, Level::Excellent),
        (100, Level::Excellent),
    ];
    for (t, level) in cases {
        assert_eq!(score_band(&score(t)), level, "score {t}");
    }
}

fn band_findings(total: u8, level: Level) -> Vec<FindingKind> {
    let mut s = present(3);
    let sc = score(total);
    apply(
        &mut s,
        Command::SetSelfScore {
            member: id(1),
            score: Some(sc),
        },
    );
    apply(
        &mut s,
        Command::SetSelfAssessed {
            member: id(1),
            level: Some(level),
        },
    );
    kinds_of(&s, "score-band")
        .into_iter()
        .map(|k| k.2)
        .collect()
}

#[test]
fn self_assessed_above_the_band_is_a_warning() {
    assert!(band_findings(90, Level::Excellent).is_empty());
    assert_eq!(
        band_findings(89, Level::Excellent),
        vec![FindingKind::ScoreBand {
            total: 89,
            band: Level::Good,
            self_assessed: Level::Excellent
        }]
    );
    assert!(band_findings(70, Level::Good).is_empty());
    assert_eq!(band_findings(69, Level::Good).len(), 1);
    assert!(band_findings(50, Level::Complete).is_empty());
    assert_eq!(band_findings(49, Level::Complete).len(), 1);
    assert!(
        band_findings(95, Level::Complete).is_empty(),
        "modesty is fine"
    );
}

#[test]
fn cell_score_band_and_qd124_silence() {
    let mut s = present(3);
    apply(&mut s, Command::SetCellScore(Some(score(80))));
    apply(&mut s, Command::SetCellSelfAssessed(Some(Level::Excellent)));
    assert_eq!(
        kinds_of(&s, "score-band"),
        vec![(
            Severity::Warning,
            Subject::Cell,
            FindingKind::ScoreBand {
                total: 80,
                band: Level::Good,
                self_assessed: Level::Excellent
            }
        )]
    );
    apply(
        &mut s,
        Command::SetSelfScore {
            member: id(1),
            score: Some(score(60)),
        },
    );
    apply(
        &mut s,
        Command::SetSelfAssessed {
            member: id(1),
            level: Some(Level::Good),
        },
    );
    assert_eq!(kinds_of(&s, "score-band").len(), 2);
    s.rules = RuleSet::named(RuleSetName::Qd124);
    assert!(kinds_of(&s, "score-band").is_empty());
}

#[test]
fn out_of_range_score_in_a_file_is_an_error() {
    let mut s = present(3);
    apply(
        &mut s,
        Command::SetSelfAssessed {
            member: id(1),
            level: Some(Level::Good),
        },
    );
    s.reviews[0].self_score = Some(Score {
        general: 31,
        tasks: 0,
    });
    assert_eq!(
        kinds_of(&s, "score-range"),
        vec![(
            Severity::Error,
            member_subject(1),
            FindingKind::ScoreOutOfRange {
                score: Score {
                    general: 31,
                    tasks: 0
                }
            }
        )]
    );
}

// ---- order of the meeting -------------------------------------------------------------------

fn criticize(s: &mut chibo_core::domain::Session, n: usize) {
    apply(
        s,
        Command::AddCriticism {
            member: id(n),
            remark: chibo_core::domain::Remark {
                speaker: chibo_core::domain::Speaker::Member(id(2)),
                text: "Cần chủ động hơn trong công tác dân vận.".into(),
            },
        },
    );
}

#[test]
fn member_review_before_the_collective_review() {
    let mut s = present(3);
    criticize(&mut s, 1);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    assert_eq!(
        kinds_of(&s, "order"),
        vec![(
            Severity::Warning,
            member_subject(1),
            FindingKind::MemberBeforeCollective
        )]
    );
    let mut s = present(3);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    criticize(&mut s, 1);
    assert!(kinds_of(&s, "order").is_empty());
}

#[test]
fn ordinary_member_before_the_leaders() {
    for p in [Post::Secretary, Post::Deputy, Post::Committee] {
        let mut s = present(4);
        post(&mut s, 3, p);
        apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
        criticize(&mut s, 1);
        criticize(&mut s, 3);
        assert_eq!(
            kinds_of(&s, "order"),
            vec![(
                Severity::Warning,
                member_subject(3),
                FindingKind::MemberBeforeLeaders
            )],
            "{p:?}"
        );
        let mut s = present(4);
        post(&mut s, 3, p);
        apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
        criticize(&mut s, 3);
        criticize(&mut s, 1);
        assert!(kinds_of(&s, "order").is_empty());
    }
}

#[test]
fn cell_vote_before_all_members_are_rated() {
    let mut s = present(3);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 3, 0, 0));
    vote(&mut s, 2, counts(0, 3, 0, 0));
    apply(
        &mut s,
        Command::RecordCellVote(chibo_core::domain::Tally::simple(
            chibo_core::domain::VoteMethod::SecretBallot,
            counts(0, 3, 0, 0),
        )),
    );
    assert_eq!(
        kinds_of(&s, "order"),
        vec![(
            Severity::Warning,
            Subject::Cell,
            FindingKind::CellBeforeMembers
        )]
    );
    // The member rated after the cell: the order was still wrong.
    vote(&mut s, 3, counts(0, 3, 0, 0));
    assert_eq!(
        kinds_of(&s, "order").len(),
        1,
        "cell voted before m3 was rated"
    );
}

#[test]
fn cell_vote_before_a_started_member_is_voted() {
    let mut s = present(3);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 3, 0, 0));
    vote(&mut s, 2, counts(0, 3, 0, 0));
    criticize(&mut s, 3);
    apply(
        &mut s,
        Command::RecordCellVote(chibo_core::domain::Tally::simple(
            chibo_core::domain::VoteMethod::SecretBallot,
            counts(0, 3, 0, 0),
        )),
    );
    vote(&mut s, 3, counts(0, 3, 0, 0));
    assert_eq!(
        kinds_of(&s, "order"),
        vec![(
            Severity::Warning,
            Subject::Cell,
            FindingKind::CellBeforeMembers
        )]
    );
}

#[test]
fn cell_vote_after_all_members_and_absent_ones_to_review_later() {
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Excused("nằm viện".into());
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 2, 0, 0));
    vote(&mut s, 2, counts(0, 2, 0, 0));
    apply(
        &mut s,
        Command::RecordCellVote(chibo_core::domain::Tally::simple(
            chibo_core::domain::VoteMethod::SecretBallot,
            counts(0, 2, 0, 0),
        )),
    );
    assert!(kinds_of(&s, "order").is_empty());
    assert_eq!(
        kinds_of(&s, "review-later"),
        vec![(Severity::Note, member_subject(3), FindingKind::ReviewLater)]
    );
    assert!(kinds_of(&s, "not-rated").is_empty());
}

// ---- draft report, deadline, not rated ------------------------------------------------------

fn draft(sent: Option<chrono::NaiveDate>, meeting: chrono::NaiveDate) -> Vec<FindingKind> {
    let mut s = empty();
    s.meeting.date = meeting;
    s.meeting.draft_sent = sent;
    kinds_of(&s, "draft-3-days")
        .into_iter()
        .map(|k| k.2)
        .collect()
}

#[test]
fn draft_three_working_days() {
    let thursday = d(2025, 12, 11);
    assert!(
        draft(Some(d(2025, 12, 8)), thursday).is_empty(),
        "Mon→Thu is 3"
    );
    assert_eq!(
        draft(Some(d(2025, 12, 9)), thursday),
        vec![FindingKind::DraftLate {
            sent: d(2025, 12, 9),
            working_days: 2
        }]
    );
    // Thu, Fri, (weekend), Mon before a Tuesday meeting: 3 working days.
    assert!(draft(Some(d(2025, 12, 4)), d(2025, 12, 9)).is_empty());
    // Fri, (weekend), Mon before a Tuesday meeting: only 2.
    assert_eq!(
        draft(Some(d(2025, 12, 5)), d(2025, 12, 9)),
        vec![FindingKind::DraftLate {
            sent: d(2025, 12, 5),
            working_days: 2
        }]
    );
    // Sent after the meeting counts as none.
    assert_eq!(
        draft(Some(d(2025, 12, 12)), thursday),
        vec![FindingKind::DraftLate {
            sent: d(2025, 12, 12),
            working_days: 0
        }]
    );
    assert_eq!(draft(None, thursday), vec![FindingKind::DraftMissing]);
}

#[test]
fn meeting_must_end_before_31_december() {
    let deadline = |date| {
        let mut s = empty();
        s.meeting.date = date;
        kinds_of(&s, "deadline")
            .into_iter()
            .map(|k| k.2)
            .collect::<Vec<_>>()
    };
    assert!(deadline(d(2025, 12, 30)).is_empty());
    assert_eq!(
        deadline(d(2025, 12, 31)),
        vec![FindingKind::AfterDeadline {
            date: d(2025, 12, 31)
        }]
    );
    assert_eq!(deadline(d(2026, 1, 10)).len(), 1);
}

#[test]
fn not_rated_is_a_warning_then_an_error_once_finalized() {
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Unexcused;
    vote(&mut s, 1, counts(0, 2, 0, 0));
    let nr = kinds_of(&s, "not-rated");
    assert_eq!(
        nr,
        vec![(Severity::Warning, member_subject(2), FindingKind::NotRated)]
    );
    assert_eq!(
        kinds_of(&s, "review-later"),
        vec![(Severity::Note, member_subject(3), FindingKind::ReviewLater)]
    );
    apply(&mut s, Command::Finalize);
    assert_eq!(
        kinds_of(&s, "not-rated"),
        vec![(Severity::Error, member_subject(2), FindingKind::NotRated)]
    );
    assert!(
        audit(&s)
            .iter()
            .all(|f| f.kind != FindingKind::ChecksumMismatch)
    );
}
