//! The rules of DOMAIN.md at and just around each threshold: majority, per-level thresholds,
//! cumulative counting, rounds, the denominator, the quorum, eligibility and the tally checks.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, DenominatorRule, DomainError, Exclusion, FindingKind, Fraction, Level,
    LevelThreshold, Outcome, Settings, Severity, Subject, Tally, TallyProblem, VoteMethod, propose,
};
use common::*;

fn plain() -> Settings {
    Settings::default()
}

fn cumulative() -> Settings {
    Settings {
        cumulative: true,
        ..Settings::default()
    }
}

fn excellent_two_thirds() -> Settings {
    Settings {
        thresholds: vec![LevelThreshold {
            level: Level::Excellent,
            at_least: Fraction::TWO_THIRDS,
        }],
        ..Settings::default()
    }
}

// ---- majority -------------------------------------------------------------------------------

#[test]
fn five_of_ten_is_not_a_majority_six_is() {
    assert_eq!(
        propose(&counts(0, 5, 5, 0), 10, &plain()),
        Outcome::NoResult { denominator: 10 }
    );
    assert_eq!(
        propose(&counts(0, 6, 4, 0), 10, &plain()),
        Outcome::Proposed {
            level: Level::Good,
            votes: 6,
            denominator: 10
        }
    );
}

#[test]
fn odd_denominator_four_of_seven_passes_three_does_not() {
    assert_eq!(
        propose(&counts(4, 3, 0, 0), 7, &plain()).level(),
        Some(Level::Excellent)
    );
    assert_eq!(propose(&counts(3, 0, 0, 0), 7, &plain()).level(), None);
    assert_eq!(
        propose(&counts(0, 0, 0, 4), 7, &plain()).level(),
        Some(Level::NotComplete)
    );
}

#[test]
fn denominator_zero_never_proposes() {
    for s in [plain(), cumulative(), excellent_two_thirds()] {
        assert_eq!(
            propose(&counts(3, 0, 0, 0), 0, &s),
            Outcome::NoResult { denominator: 0 }
        );
        assert_eq!(propose(&counts(0, 0, 0, 0), 0, &s).level(), None);
    }
}

#[test]
fn the_best_passing_level_wins_when_counts_exceed_the_denominator() {
    // Only a hand-edited count can make two levels pass; the walk still starts at Excellent.
    assert_eq!(
        propose(&counts(0, 6, 6, 0), 10, &plain()).level(),
        Some(Level::Good)
    );
    assert_eq!(
        propose(&counts(6, 0, 0, 6), 10, &plain()).level(),
        Some(Level::Excellent)
    );
}

#[test]
fn excellent_at_two_thirds_is_inclusive() {
    let s = excellent_two_thirds();
    assert_eq!(
        propose(&counts(6, 3, 0, 0), 9, &s),
        Outcome::Proposed {
            level: Level::Excellent,
            votes: 6,
            denominator: 9
        }
    );
    // 5 of 9 is a majority but short of 2/3: Excellent fails, and nothing else passes.
    assert_eq!(propose(&counts(5, 4, 0, 0), 9, &s).level(), None);
    // Under the default rule the same 5 of 9 would pass.
    assert_eq!(
        propose(&counts(5, 4, 0, 0), 9, &plain()).level(),
        Some(Level::Excellent)
    );
    // Other levels keep "more than half".
    assert_eq!(propose(&counts(0, 5, 4, 0), 10, &s).level(), None);
    assert_eq!(
        propose(&counts(0, 6, 4, 0), 10, &s).level(),
        Some(Level::Good)
    );
}

#[test]
fn a_half_threshold_at_least_differs_from_more_than_half() {
    let s = Settings {
        thresholds: vec![LevelThreshold {
            level: Level::Good,
            at_least: Fraction::HALF,
        }],
        ..Settings::default()
    };
    assert_eq!(
        propose(&counts(0, 5, 5, 0), 10, &s).level(),
        Some(Level::Good)
    );
    assert_eq!(
        propose(&counts(0, 4, 6, 0), 10, &s).level(),
        Some(Level::Complete)
    );
}

#[test]
fn cumulative_counting_changes_the_result_of_the_same_counts() {
    let c = counts(3, 3, 4, 0);
    assert_eq!(propose(&c, 10, &plain()).level(), None);
    assert_eq!(
        propose(&c, 10, &cumulative()),
        Outcome::Proposed {
            level: Level::Good,
            votes: 6,
            denominator: 10
        }
    );
    // 3 + 2 = 5 of 10 is still not a majority at Good; Complete takes the running 9.
    assert_eq!(
        propose(&counts(3, 2, 4, 1), 10, &cumulative()),
        Outcome::Proposed {
            level: Level::Complete,
            votes: 9,
            denominator: 10
        }
    );
    // An outright majority for Excellent is Excellent either way.
    assert_eq!(
        propose(&counts(6, 4, 0, 0), 10, &cumulative()).level(),
        Some(Level::Excellent)
    );
}

#[test]
fn cumulative_with_a_two_thirds_excellent() {
    let s = Settings {
        cumulative: true,
        ..excellent_two_thirds()
    };
    assert_eq!(
        propose(&counts(5, 1, 0, 0), 9, &s).level(),
        Some(Level::Good)
    );
    assert_eq!(
        propose(&counts(6, 0, 0, 0), 9, &s).level(),
        Some(Level::Excellent)
    );
}

#[test]
fn no_result_then_a_second_round_decides_and_the_last_round_counts() {
    let mut s = present(10);
    vote(&mut s, 1, counts(5, 5, 0, 0));
    assert_eq!(s.proposed(&id(1)), None);
    assert_eq!(
        about(&s, &member_subject(1), "no-result")
            .iter()
            .map(|f| f.kind.clone())
            .collect::<Vec<_>>(),
        vec![FindingKind::NoResult { round: 1 }]
    );
    vote(&mut s, 1, counts(4, 6, 0, 0));
    assert_eq!(s.proposed(&id(1)), Some(Level::Good));
    assert!(about(&s, &member_subject(1), "no-result").is_empty());
    assert_eq!(s.review(&id(1)).map(|r| r.rounds.len()), Some(2));
    // Round 2 followed a round with no result: nothing was overridden.
    assert!(about(&s, &member_subject(1), "round-after-result").is_empty());
    // A third round overrides a decided one: the last round decides, and `check` says so.
    vote(&mut s, 1, counts(7, 3, 0, 0));
    assert_eq!(s.proposed(&id(1)), Some(Level::Excellent));
    let overridden = about(&s, &member_subject(1), "round-after-result");
    let kinds: Vec<_> = overridden.iter().map(|f| &f.kind).collect();
    let kind = FindingKind::RoundAfterResult {
        round: 3,
        decided: 2,
        level: Level::Good,
    };
    assert_eq!(kinds, [&kind]);
    assert_eq!(overridden[0].severity, Severity::Warning);
    apply(&mut s, Command::UndoVote { member: id(1) });
    assert_eq!(s.proposed(&id(1)), Some(Level::Good));
    assert!(about(&s, &member_subject(1), "round-after-result").is_empty());
}

#[test]
fn session_uses_its_cumulative_setting() {
    let mut s = present(10);
    vote(&mut s, 1, counts(3, 3, 4, 0));
    assert_eq!(s.proposed(&id(1)), None);
    s.rules.settings.cumulative = true;
    assert_eq!(s.proposed(&id(1)), Some(Level::Good));
}

// ---- denominator ----------------------------------------------------------------------------

#[test]
fn denominator_subtracts_each_kind_of_absence() {
    let mut s = present(12);
    assert_eq!(s.denominator(), 12);
    get(&mut s, 1).temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into());
    assert_eq!(s.denominator(), 11, "temporary activity elsewhere");
    get(&mut s, 2).exempt = true;
    assert_eq!(s.denominator(), 11, "exempt but present still counts");
    get(&mut s, 2).attendance = Attendance::Excused("tuổi cao".into());
    assert_eq!(s.denominator(), 10, "exempt and absent");
    get(&mut s, 3).exempt = true;
    get(&mut s, 3).attendance = Attendance::Unexcused;
    assert_eq!(s.denominator(), 9, "exempt absent without reason");
    get(&mut s, 4).suspended = true;
    assert_eq!(s.denominator(), 8, "suspended, even if present");
    get(&mut s, 5).attendance = Attendance::Excused("đi công tác".into());
    assert_eq!(s.denominator(), 7, "absent with an accepted reason");
    get(&mut s, 6).attendance = Attendance::Unexcused;
    assert_eq!(s.denominator(), 7, "absent without reason still counts");
    probationary(&mut s, 7);
    assert_eq!(s.denominator(), 6, "probationary never counted");
    get(&mut s, 7).attendance = Attendance::Unexcused;
    assert_eq!(s.denominator(), 6);
}

#[test]
fn official_present_setting() {
    let mut s = present(10);
    get(&mut s, 1).attendance = Attendance::Unexcused;
    get(&mut s, 2).attendance = Attendance::Excused("ốm".into());
    probationary(&mut s, 3);
    assert_eq!(s.denominator(), 8);
    s.rules.settings.denominator = DenominatorRule::OfficialPresent;
    assert_eq!(s.denominator(), 7);
    assert_eq!(s.voters_present(), 7);
    // The same 4 votes: no majority of 8, a majority of 7.
    vote(&mut s, 4, counts(0, 4, 3, 0));
    assert_eq!(s.proposed(&id(4)), Some(Level::Good));
    s.rules.settings.denominator = DenominatorRule::Convened;
    assert_eq!(s.proposed(&id(4)), None);
}

#[test]
fn before_roll_call_every_official_counts() {
    let s = with_members(9);
    assert_eq!(s.denominator(), 9);
    assert_eq!(s.voters_present(), 0);
}

// ---- quorum ---------------------------------------------------------------------------------

fn quorum_findings(present_n: usize, total: usize) -> Vec<FindingKind> {
    let mut s = with_members(total);
    for n in 1..=total {
        get(&mut s, n).attendance = if n <= present_n {
            Attendance::Present
        } else {
            Attendance::Unexcused
        };
    }
    kinds_of(&s, "quorum").into_iter().map(|k| k.2).collect()
}

#[test]
fn quorum_at_and_around_two_thirds() {
    assert!(quorum_findings(6, 9).is_empty(), "6 of 9 is exactly 2/3");
    assert!(quorum_findings(7, 9).is_empty());
    assert_eq!(
        quorum_findings(5, 9),
        vec![FindingKind::Quorum {
            present: 5,
            denominator: 9,
            quorum: Fraction::TWO_THIRDS
        }]
    );
    assert_eq!(quorum_findings(6, 10).len(), 1, "6 of 10 is below 2/3");
    assert!(quorum_findings(7, 10).is_empty());
}

#[test]
fn no_quorum_warning_before_roll_call() {
    let s = with_members(9);
    assert!(kinds_of(&s, "quorum").is_empty());
}

#[test]
fn excused_absence_lowers_the_quorum_base() {
    // 6 present, 3 excused: the denominator is 6, all present.
    let mut s = present(9);
    for n in 7..=9 {
        get(&mut s, n).attendance = Attendance::Excused("ốm".into());
    }
    assert_eq!(s.denominator(), 6);
    assert!(kinds_of(&s, "quorum").is_empty());
    // Two leave without a reason: 4 of 6 is exactly 2/3; a third leaves 3 of 6.
    get(&mut s, 6).attendance = Attendance::Unexcused;
    get(&mut s, 5).attendance = Attendance::Unexcused;
    assert!(kinds_of(&s, "quorum").is_empty());
    get(&mut s, 4).attendance = Attendance::Unexcused;
    assert_eq!(
        kinds_of(&s, "quorum"),
        vec![(
            Severity::Warning,
            Subject::Session,
            FindingKind::Quorum {
                present: 3,
                denominator: 6,
                quorum: Fraction::TWO_THIRDS
            }
        )]
    );
}

// ---- eligibility ----------------------------------------------------------------------------

#[test]
fn exempt_suspended_and_recent_members_are_not_reviewed() {
    let mut s = present(5);
    get(&mut s, 1).exempt = true;
    get(&mut s, 2).suspended = true;
    // Meeting 15 Dec 2025: admitted 16 Jun is one day short of six months; 15 Jun is exactly six.
    get(&mut s, 3).admitted = Some(d(2025, 6, 16));
    get(&mut s, 4).admitted = Some(d(2025, 6, 15));
    probationary(&mut s, 3);
    probationary(&mut s, 4);
    let date = s.meeting.date;
    assert_eq!(s.members[0].exclusion(date), Some(Exclusion::Exempt));
    assert_eq!(s.members[1].exclusion(date), Some(Exclusion::Suspended));
    assert_eq!(
        s.members[2].exclusion(date),
        Some(Exclusion::AdmittedRecently {
            admitted: d(2025, 6, 16)
        })
    );
    assert_eq!(s.members[3].exclusion(date), None);
    let order: Vec<_> = s.review_order().iter().map(|m| m.id.clone()).collect();
    assert_eq!(order, vec![id(4), id(5)]);
    let agenda = s.agenda();
    for n in 1..=3 {
        assert!(!agenda.contains(&chibo_core::domain::Step::Member(id(n))));
    }
    // Not reviewed means no "not rated" finding either.
    for n in 1..=3 {
        assert!(about(&s, &member_subject(n), "not-rated").is_empty());
    }
    assert_eq!(about(&s, &member_subject(4), "not-rated").len(), 1);
}

#[test]
fn voting_for_an_excluded_member_is_refused() {
    let mut s = present(5);
    get(&mut s, 1).exempt = true;
    get(&mut s, 2).suspended = true;
    get(&mut s, 3).admitted = Some(d(2025, 6, 16));
    for n in 1..=3 {
        let r = s.apply(
            Command::RecordVote {
                member: id(n),
                tally: Tally::simple(VoteMethod::SecretBallot, counts(0, 3, 0, 0)),
            },
            at(),
        );
        assert_eq!(r, Err(DomainError::NotReviewed(id(n))));
        let r = s.apply(Command::Goto(chibo_core::domain::Step::Member(id(n))), at());
        assert_eq!(r, Err(DomainError::NotReviewed(id(n))));
    }
}

#[test]
fn a_vote_left_on_a_member_later_excluded_is_an_error() {
    let mut s = present(5);
    vote(&mut s, 1, counts(0, 5, 0, 0));
    get(&mut s, 1).suspended = true;
    let f = about(&s, &member_subject(1), "voted-but-excluded");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
}

// ---- probationary members and tallies -------------------------------------------------------

#[test]
fn probationary_members_are_rated_but_do_not_vote() {
    let mut s = present(6);
    probationary(&mut s, 5);
    probationary(&mut s, 6);
    assert_eq!(s.voters_present(), 4);
    assert!(s.review_order().iter().any(|m| m.id == id(6)));
    let six = Tally::simple(VoteMethod::SecretBallot, counts(0, 6, 0, 0));
    let r = s.apply(
        Command::RecordVote {
            member: id(6),
            tally: six,
        },
        at(),
    );
    assert_eq!(
        r,
        Err(DomainError::Tally(TallyProblem::IssuedOverVoters {
            issued: 6,
            voters: 4
        }))
    );
    vote(&mut s, 6, counts(0, 3, 1, 0));
    assert_eq!(s.proposed(&id(6)), Some(Level::Good));
}

fn tally(issued: u32, returned: u32, invalid: u32, c: chibo_core::domain::LevelCounts) -> Tally {
    Tally {
        method: VoteMethod::SecretBallot,
        issued,
        returned,
        invalid,
        counts: c,
    }
}

#[test]
fn tally_arithmetic_refusals() {
    assert_eq!(
        tally(9, 10, 0, counts(0, 10, 0, 0)).check(10),
        Err(TallyProblem::ReturnedOverIssued {
            returned: 10,
            issued: 9
        })
    );
    assert_eq!(
        tally(10, 5, 6, counts(0, 0, 0, 0)).check(10),
        Err(TallyProblem::InvalidOverReturned {
            invalid: 6,
            returned: 5
        })
    );
    assert_eq!(
        tally(10, 9, 1, counts(0, 7, 0, 0)).check(10),
        Err(TallyProblem::CountsMismatch {
            counted: 7,
            valid: 8
        })
    );
    assert_eq!(
        tally(10, 9, 1, counts(1, 7, 1, 0)).check(10),
        Err(TallyProblem::CountsMismatch {
            counted: 9,
            valid: 8
        })
    );
    assert_eq!(tally(10, 9, 1, counts(1, 6, 1, 0)).check(10), Ok(()));
    assert_eq!(tally(10, 10, 10, counts(0, 0, 0, 0)).check(10), Ok(()));
    assert_eq!(
        tally(11, 9, 1, counts(1, 6, 1, 0)).check(10),
        Err(TallyProblem::IssuedOverVoters {
            issued: 11,
            voters: 10
        })
    );
}

#[test]
fn tally_counts_that_overflow_are_refused() {
    // The counts add up to 2^32 and wrap; they never equal u32::MAX valid ballots.
    let t = tally(u32::MAX, u32::MAX, 0, counts(u32::MAX, 1, 0, 0));
    assert!(matches!(
        t.check(u32::MAX),
        Err(TallyProblem::CountsMismatch { .. })
    ));
}

#[test]
fn a_bad_tally_left_in_a_file_is_an_error_finding() {
    let mut s = present(5);
    s.reviews.push(chibo_core::domain::MemberReview::new(id(1)));
    s.reviews[0].rounds.push(tally(5, 6, 0, counts(0, 6, 0, 0)));
    let f = about(&s, &member_subject(1), "tally");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(
        f[0].kind,
        FindingKind::Tally {
            round: 1,
            problem: TallyProblem::ReturnedOverIssued {
                returned: 6,
                issued: 5
            }
        }
    );
}

#[test]
fn refused_tally_commands_name_the_problem() {
    let mut s = present(10);
    let r = s.apply(
        Command::RecordVote {
            member: id(1),
            tally: tally(10, 9, 2, counts(0, 8, 0, 0)),
        },
        at(),
    );
    assert_eq!(
        r,
        Err(DomainError::Tally(TallyProblem::CountsMismatch {
            counted: 8,
            valid: 7
        }))
    );
    assert!(s.review(&id(1)).is_none_or(|r| r.rounds.is_empty()));
    let r = s.apply(
        Command::RecordCellVote(tally(3, 4, 0, counts(4, 0, 0, 0))),
        at(),
    );
    assert!(matches!(
        r,
        Err(DomainError::Tally(TallyProblem::ReturnedOverIssued { .. }))
    ));
    assert!(s.cell_rating.rounds.is_empty());
}

#[test]
fn roll_call_with_nobody_present_warns() {
    let mut s = with_members(9);
    for n in 1..=9 {
        get(&mut s, n).attendance = Attendance::Unexcused;
    }
    assert_eq!(
        kinds_of(&s, "quorum")
            .into_iter()
            .map(|k| k.2)
            .collect::<Vec<_>>(),
        vec![FindingKind::Quorum {
            present: 0,
            denominator: 9,
            quorum: Fraction::TWO_THIRDS
        }]
    );
}

#[test]
fn review_order_puts_leaders_first_and_keeps_roster_order() {
    let mut s = present(6);
    post(&mut s, 5, chibo_core::domain::Post::Committee);
    post(&mut s, 4, chibo_core::domain::Post::Secretary);
    post(&mut s, 6, chibo_core::domain::Post::Deputy);
    let order: Vec<_> = s.review_order().iter().map(|m| m.id.clone()).collect();
    assert_eq!(order, vec![id(4), id(6), id(5), id(1), id(2), id(3)]);
    let agenda = s.agenda();
    assert_eq!(agenda.len(), 2 + 6 + 4);
    assert_eq!(agenda[2], chibo_core::domain::Step::Member(id(4)));
    assert_eq!(agenda[8], chibo_core::domain::Step::CellRating);
}

#[test]
fn exempt_member_present_votes_and_counts() {
    let mut s = present(6);
    get(&mut s, 6).exempt = true;
    assert_eq!(s.denominator(), 6);
    assert_eq!(s.voters_present(), 6);
    vote(&mut s, 1, counts(0, 4, 2, 0));
    assert_eq!(s.proposed(&id(1)), Some(Level::Good));
    // Once the exempt member leaves, the denominator drops to 5 and 3 votes are a majority.
    get(&mut s, 6).attendance = Attendance::Unexcused;
    assert_eq!(s.denominator(), 5);
}

#[test]
fn the_cell_vote_follows_the_same_majority() {
    let mut s = present(10);
    apply(
        &mut s,
        Command::RecordCellVote(Tally::simple(VoteMethod::SecretBallot, counts(5, 5, 0, 0))),
    );
    assert_eq!(
        s.cell_outcome(),
        Some(Outcome::NoResult { denominator: 10 })
    );
    assert_eq!(
        kinds_of(&s, "no-result"),
        vec![(
            Severity::Warning,
            Subject::Cell,
            FindingKind::NoResult { round: 1 }
        )]
    );
    apply(
        &mut s,
        Command::RecordCellVote(Tally::simple(VoteMethod::SecretBallot, counts(6, 4, 0, 0))),
    );
    assert_eq!(
        s.cell_outcome().and_then(|o| o.level()),
        Some(Level::Excellent)
    );
    assert!(kinds_of(&s, "no-result").is_empty());
}

#[test]
fn rated_count_counts_reviewed_members_with_a_level() {
    let mut s = present(4);
    get(&mut s, 4).suspended = true;
    assert_eq!(s.rated_count(), (0, 3));
    vote(&mut s, 1, counts(0, 3, 0, 0));
    vote(&mut s, 2, counts(1, 1, 1, 0));
    assert_eq!(s.rated_count(), (1, 3));
}
