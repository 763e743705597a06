//! What the record says is what the meeting holds now (issue 8): order marks follow removed
//! rounds, a tally that does not add up proposes nothing, a cap set too high counts as 25%,
//! a zero denominator is refused on load, and working days are counted in constant time.

use chibo_testkit::sessions as common;

use std::path::Path;

use chibo_core::domain::{
    Attendance, Command, FindingKind, Level, LevelCounts, MemberId, Settings, Severity, Subject,
    Tally, VoteMethod, working_days_between,
};
use common::*;

fn cell_vote(s: &mut chibo_core::domain::Session, c: LevelCounts) {
    apply(
        s,
        Command::RecordCellVote(Tally::simple(VoteMethod::SecretBallot, c)),
    );
}

/// Three members, m3 absent with a reason; m1 and m2 rated, then the cell.
fn cell_voted_with_m3_absent() -> chibo_core::domain::Session {
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Excused("nằm viện".into());
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 2, 0, 0));
    vote(&mut s, 2, counts(0, 2, 0, 0));
    cell_vote(&mut s, counts(0, 2, 0, 0));
    assert!(kinds_of(&s, "order").is_empty());
    s
}

// ---- item 1: derived marks follow the record ------------------------------------------------

#[test]
fn a_round_removed_after_the_cell_voted_leaves_no_order_finding() {
    let mut s = cell_voted_with_m3_absent();
    vote(&mut s, 3, counts(0, 2, 0, 0));
    assert_eq!(
        kinds_of(&s, "order"),
        vec![(
            Severity::Warning,
            Subject::Cell,
            FindingKind::CellBeforeMembers
        )]
    );
    apply(&mut s, Command::UndoVote { member: id(3) });
    assert!(
        kinds_of(&s, "order").is_empty(),
        "{:?}",
        kinds_of(&s, "order")
    );
    assert_eq!(s.review(&id(3)).unwrap().voted, None);
}

#[test]
fn removing_the_second_round_brings_back_the_first_rounds_mark() {
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Excused("công tác".into());
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 2, 0, 0));
    vote(&mut s, 2, counts(0, 2, 0, 0));
    vote(&mut s, 3, counts(0, 2, 0, 0));
    let first = s.review(&id(3)).unwrap().voted;
    cell_vote(&mut s, counts(0, 2, 0, 0));
    vote(&mut s, 3, counts(2, 0, 0, 0));
    assert_eq!(
        kinds_of(&s, "order").len(),
        1,
        "round 2 came after the cell"
    );
    apply(&mut s, Command::UndoVote { member: id(3) });
    assert_eq!(s.review(&id(3)).unwrap().voted, first);
    assert!(kinds_of(&s, "order").is_empty());
    assert_eq!(s.proposed(&id(3)), Some(Level::Good));
}

#[test]
fn removing_the_cells_vote_clears_when_it_began() {
    let mut s = present(2);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 1, counts(0, 2, 0, 0));
    cell_vote(&mut s, counts(0, 2, 0, 0));
    assert_eq!(kinds_of(&s, "order").len(), 1, "m2 not rated yet");
    apply(&mut s, Command::UndoCellVote);
    assert_eq!(s.cell_rating.started, None);
    vote(&mut s, 2, counts(0, 2, 0, 0));
    cell_vote(&mut s, counts(0, 2, 0, 0));
    assert!(kinds_of(&s, "order").is_empty(), "the cell now voted last");
}

// ---- item 7: a tally that does not add up proposes nothing ----------------------------------

fn round(issued: u32, returned: u32, c: LevelCounts) -> Tally {
    Tally {
        method: VoteMethod::SecretBallot,
        issued,
        returned,
        invalid: 0,
        counts: c,
    }
}

/// Five present members, m1 to m4 rated Good; m5's round is written by hand.
fn hand_written(t: Tally) -> chibo_core::domain::Session {
    let mut s = present(5);
    for k in 1..=4 {
        vote(&mut s, k, counts(0, 5, 0, 0));
    }
    s.apply(Command::Goto(chibo_core::domain::Step::Member(id(5))), at())
        .unwrap();
    let mut r = chibo_core::domain::MemberReview::new(id(5));
    r.rounds.push(t);
    s.reviews.push(r);
    s
}

fn assert_no_level(t: Tally) {
    let s = hand_written(t);
    assert_eq!(s.proposed(&id(5)), None);
    assert_eq!(s.summary().per_level.excellent, 0, "not counted");
    let tally = kinds_of(&s, "tally");
    assert_eq!(tally.len(), 1);
    assert_eq!(tally[0].0, Severity::Error);
    assert!(kinds_of(&s, "no-result").is_empty(), "one error, not two");
    assert!(kinds_of(&s, "excellent-cap").is_empty(), "not in the cap");
}

#[test]
fn returned_over_issued_proposes_nothing() {
    assert_no_level(round(4, 5, counts(5, 0, 0, 0)));
}

#[test]
fn counts_not_matching_valid_ballots_propose_nothing() {
    assert_no_level(round(5, 5, counts(4, 0, 0, 0)));
    assert_no_level(round(5, 4, counts(5, 0, 0, 0)));
}

#[test]
fn more_ballots_than_official_members_present_propose_nothing() {
    assert_no_level(round(6, 6, counts(6, 0, 0, 0)));
}

#[test]
fn a_tally_that_holds_still_proposes() {
    let s = hand_written(round(5, 5, counts(5, 0, 0, 0)));
    assert_eq!(s.proposed(&id(5)), Some(Level::Excellent));
    assert!(kinds_of(&s, "tally").is_empty());
}

#[test]
fn a_cap_over_25_percent_is_an_error_and_counts_as_25() {
    let mut s = present(12);
    s.rules.settings.excellent_cap_percent = 50;
    s.rules.settings.cap_reason = Some("đơn vị tiêu biểu".into());
    s.cell.kind = chibo_core::domain::CellKind::Grassroots;
    vote(&mut s, 1, counts(12, 0, 0, 0));
    vote(&mut s, 2, counts(12, 0, 0, 0));
    for k in 3..=6 {
        vote(&mut s, k, counts(0, 12, 0, 0));
    }
    // 4 Good: 25% allows 1 Excellent, 50% would allow 2.
    let cap = s.summary().cap;
    assert_eq!((cap.percent, cap.requested, cap.limit), (25, 50, 1));
    assert_eq!(
        kinds_of(&s, "cap-setting"),
        vec![(
            Severity::Error,
            Subject::Session,
            FindingKind::CapTooHigh { percent: 50 }
        )]
    );
    assert_eq!(kinds_of(&s, "excellent-cap").len(), 1, "2 Excellent > 1");
    s.rules.settings.excellent_cap_percent = Settings::MAX_CAP_PERCENT;
    assert!(kinds_of(&s, "cap-setting").is_empty());
}

#[test]
fn a_fraction_with_denominator_zero_is_refused_with_its_position() {
    let text = std::fs::read_to_string(chibo_testkit::stored::repo(
        "sessions/2024-chi-bo-khu-pho-3.ron",
    ))
    .unwrap();
    let bad = text.replacen("den: 3,", "den: 0,", 1);
    let at = text.find("den: 3,").expect("the quorum in the sample");
    let line = text[..at].lines().count();
    let err = chibo_files::store::parse(&bad, Path::new("bad.ron")).unwrap_err();
    let (l, _col) = err.position().expect("a position");
    assert!(
        l == line || l == line + 1,
        "line {l}, den at {line}: {err:?}"
    );
    let msg = err.message(chibo_core::i18n::Lang::En);
    assert!(msg.contains("denominator of 0"), "{msg}");
    assert!(chibo_files::store::parse(&text, Path::new("good.ron")).is_ok());
}

// ---- working days, in constant time ---------------------------------------------------------

/// Monday to Friday, less 1 January, day by day.
fn naive_working_days(from: chrono::NaiveDate, to: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| d.weekday().num_days_from_monday() < 5 && d.ordinal() != 1)
        .count() as i64
}

#[test]
fn working_days_agree_with_counting_day_by_day() {
    let base = d(2025, 11, 1);
    for a in 0..40 {
        for b in 0..40 {
            let from = base + chrono::Days::new(a);
            let to = base + chrono::Days::new(b);
            assert_eq!(
                working_days_between(from, to, &[]),
                naive_working_days(from, to),
                "{from} → {to}"
            );
        }
    }
}

#[test]
fn draft_late_at_and_around_three_working_days() {
    // The meeting is on Monday 15 December 2025.
    let late = |sent| {
        let mut s = empty();
        s.meeting.draft_sent = Some(sent);
        kinds_of(&s, "draft-3-days").len()
    };
    assert_eq!(late(d(2025, 12, 9)), 0, "Tue: 4 working days");
    assert_eq!(late(d(2025, 12, 10)), 0, "Wed: 3 working days");
    assert_eq!(late(d(2025, 12, 11)), 1, "Thu: 2 working days");
    assert_eq!(late(d(2025, 12, 13)), 1, "Sat: 0 working days");
}

#[test]
fn working_days_from_an_extreme_date_are_exact() {
    let to = d(2025, 12, 15);
    let weeks: u64 = 3_500_000; // about 67 000 years back
    let from = to - chrono::Days::new(weeks * 7);
    assert!(chrono::Datelike::year(&from) < -65_000);
    // Every 1 January on a weekday in those years is a holiday, counted one by one here.
    let (y0, y1) = (chrono::Datelike::year(&from), chrono::Datelike::year(&to));
    let new_years = |years: std::ops::RangeInclusive<i32>| {
        years
            .filter_map(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1))
            .filter(|d| chrono::Datelike::weekday(d).num_days_from_monday() < 5)
            .count() as i64
    };
    assert_eq!(
        working_days_between(from, to, &[]),
        5 * weeks as i64 - new_years(y0 + 1..=y1)
    );
    assert_eq!(working_days_between(to, from, &[]), 0);
    let min = chrono::NaiveDate::MIN;
    let max = chrono::NaiveDate::MAX;
    let all = working_days_between(min, max, &[]);
    let days = max.signed_duration_since(min).num_days();
    let (first, last) = (chrono::Datelike::year(&min), chrono::Datelike::year(&max));
    let expected = days * 5 / 7 - new_years(first + 1..=last);
    assert!((all - expected).abs() <= 2, "{all} ≠ {expected}");
    let mut s = empty();
    s.meeting.draft_sent = Some(from);
    assert!(kinds_of(&s, "draft-3-days").is_empty());
}

#[test]
fn member_ids_in_the_log_match_only_whole_ids() {
    // m1's removal must not read m10's rounds.
    let mut s = present(10);
    vote(&mut s, 10, counts(0, 10, 0, 0));
    vote(&mut s, 1, counts(0, 10, 0, 0));
    vote(&mut s, 1, counts(10, 0, 0, 0));
    let first_m1 = 1;
    apply(&mut s, Command::UndoVote { member: id(1) });
    assert_eq!(s.review(&id(1)).unwrap().voted, Some(first_m1));
    let _ = MemberId::new("m1");
}

// ---- item 4: absent people in charge --------------------------------------------------------

#[test]
fn an_absent_chair_or_minute_taker_is_a_finding() {
    let mut s = present(4);
    apply(&mut s, Command::SetChair(Some(id(1))));
    apply(&mut s, Command::SetMinuteTaker(Some(id(2))));
    assert!(kinds_of(&s, "in-charge").is_empty());
    get(&mut s, 1).attendance = Attendance::Unexcused;
    get(&mut s, 2).attendance = Attendance::Excused("ốm".into());
    assert_eq!(
        kinds_of(&s, "in-charge"),
        vec![
            (
                Severity::Warning,
                member_subject(1),
                FindingKind::ChairAbsent
            ),
            (
                Severity::Warning,
                member_subject(2),
                FindingKind::MinuteTakerAbsent
            ),
        ]
    );
    let words: Vec<String> = chibo_core::domain::evaluate(&s)
        .iter()
        .filter(|f| f.kind.rule() == "in-charge")
        .flat_map(|f| {
            [chibo_core::i18n::Lang::Vi, chibo_core::i18n::Lang::En]
                .map(|l| chibo_core::i18n::finding_message(f, l))
        })
        .collect();
    assert!(
        words[0].contains("chủ trì") && words[1].contains("chair"),
        "{words:?}"
    );
    assert!(words[2].contains("Thư ký") && words[3].contains("minute-taker"));
}

#[test]
fn a_cell_under_a_committee_shows_its_excellent_share_as_a_note() {
    let mut s = present(12);
    vote(&mut s, 1, counts(12, 0, 0, 0));
    for k in 2..=5 {
        vote(&mut s, k, counts(0, 12, 0, 0));
    }
    let share = FindingKind::ExcellentShare {
        excellent: 1,
        good: 4,
        cap: 0,
        percent: 20,
        base: chibo_core::domain::CapBase::Good,
    };
    assert_eq!(
        kinds_of(&s, "excellent-cap"),
        vec![(Severity::Note, Subject::Session, share)]
    );
    s.cell.kind = chibo_core::domain::CellKind::Grassroots;
    assert_eq!(kinds_of(&s, "excellent-cap")[0].0, Severity::Warning);
}

#[test]
fn a_removed_round_that_began_a_review_no_longer_puts_it_before_the_leaders() {
    let mut s = present(2);
    post(&mut s, 1, chibo_core::domain::Post::Secretary);
    get(&mut s, 2).attendance = Attendance::Excused("ốm".into());
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    vote(&mut s, 2, counts(0, 1, 0, 0));
    criticize(&mut s, 1);
    assert_eq!(
        kinds_of(&s, "order"),
        vec![(
            Severity::Warning,
            member_subject(1),
            FindingKind::MemberBeforeLeaders
        )]
    );
    apply(&mut s, Command::UndoVote { member: id(2) });
    assert!(
        kinds_of(&s, "order").is_empty(),
        "{:?}",
        kinds_of(&s, "order")
    );
    assert_eq!(s.review(&id(2)).unwrap().started, None);
}

#[test]
fn a_removed_round_after_a_criticism_leaves_the_review_begun_at_the_criticism() {
    let mut s = present(2);
    apply(&mut s, Command::Goto(chibo_core::domain::Step::Collective));
    criticize(&mut s, 2);
    let began = s.review(&id(2)).unwrap().started;
    vote(&mut s, 2, counts(0, 2, 0, 0));
    apply(&mut s, Command::UndoVote { member: id(2) });
    assert_eq!(s.review(&id(2)).unwrap().started, began);
    assert!(began.is_some());
}

fn criticize(s: &mut chibo_core::domain::Session, n: usize) {
    apply(
        s,
        Command::AddCriticism {
            member: id(n),
            remark: chibo_core::domain::Remark {
                speaker: chibo_core::domain::Speaker::Member(id(1)),
                text: "Cần chủ động hơn trong công tác dân vận.".into(),
            },
        },
    );
}

#[test]
fn an_excused_absence_needs_its_reason() {
    let mut s = common::with_members(2);
    let cmd = |r: &str| Command::SetAttendance {
        member: common::id(1),
        attendance: chibo_core::domain::Attendance::Excused(r.to_owned()),
    };
    assert_eq!(
        s.apply(cmd("  "), common::at()),
        Err(chibo_core::domain::DomainError::EmptyReason)
    );
    assert!(s.apply(cmd("Ốm"), common::at()).is_ok());
}
