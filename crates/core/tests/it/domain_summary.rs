//! `Session::summary`: the one computation of the results every layer shows — counts per level,
//! the Excellent cap at and around its threshold, who is excluded, what is unfinished, and the
//! self-scores only where the rule set has them.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, Exclusion, Level, Motion, RuleSet, RuleSetName, Score, ScoreLine, Session,
    Settings, VoteMethod,
};
use chibo_core::i18n::{Lang, finding_message};
use chrono::NaiveTime;
use common::*;

/// `n` present members; the first `e` voted Excellent, the next `g` Good, the next `c` Complete.
fn rated(n: usize, e: usize, g: usize, c: usize) -> Session {
    let mut s = present(n);
    let all = n as u32;
    for k in 1..=n.min(e + g + c) {
        let tally = if k <= e {
            counts(all, 0, 0, 0)
        } else if k <= e + g {
            counts(0, all, 0, 0)
        } else {
            counts(0, 0, all, 0)
        };
        vote(&mut s, k, tally);
    }
    s
}

// ---- counts per level -----------------------------------------------------------------------

#[test]
fn counts_per_level_cover_the_reviewed_members_only() {
    let mut s = rated(8, 1, 3, 2);
    // An excluded member's level (a vote recorded by hand) does not count.
    get(&mut s, 8).exempt = true;
    let sum = s.summary();
    assert_eq!(sum.per_level, counts(1, 3, 2, 0));
    assert_eq!(sum.reviewed, 7);
    assert_eq!(sum.unrated, 1, "m7 is reviewed but not voted");
    assert_eq!(sum.excluded, vec![(id(8), Exclusion::Exempt)]);
}

#[test]
fn a_round_without_a_result_leaves_the_member_unrated() {
    let mut s = present(4);
    vote(&mut s, 1, counts(2, 2, 0, 0));
    let sum = s.summary();
    assert_eq!(sum.per_level, counts(0, 0, 0, 0));
    assert_eq!(sum.unfinished.not_rated, vec![id(1), id(2), id(3), id(4)]);
}

// ---- the Excellent cap ----------------------------------------------------------------------

#[test]
fn the_cap_is_a_fifth_of_good_rounded_down() {
    // 4 Good: floor(0.8) = 0 Excellent allowed; 5 Good: 1.
    let cap = rated(12, 1, 4, 0).summary().cap;
    assert_eq!((cap.excellent, cap.good, cap.limit), (1, 4, 0));
    assert!(cap.is_over());
    let cap = rated(12, 1, 5, 0).summary().cap;
    assert_eq!(cap.limit, 1);
    assert!(!cap.is_over(), "1 of 5 is exactly 20%");
    let cap = rated(14, 2, 9, 0).summary().cap;
    assert_eq!(cap.limit, 1, "floor(9 / 5)");
    assert!(cap.is_over());
    let cap = rated(14, 2, 10, 0).summary().cap;
    assert_eq!(cap.limit, 2);
    assert!(!cap.is_over());
    assert_eq!(cap.percent, Settings::STANDARD_CAP_PERCENT);
    assert!(!cap.is_raised());
}

#[test]
fn a_quarter_with_a_reason_raises_the_cap() {
    let mut s = rated(12, 1, 4, 0);
    s.rules.settings.excellent_cap_percent = Settings::MAX_CAP_PERCENT;
    let cap = s.summary().cap;
    assert_eq!(cap.limit, 1, "25% of 4 Good");
    assert!(!cap.is_over());
    assert!(cap.is_raised() && !cap.is_too_high());
    assert!(cap.lacks_reason());
    s.rules.settings.cap_reason = Some("  ".into());
    assert!(
        s.summary().cap.lacks_reason(),
        "a blank reason is no reason"
    );
    s.rules.settings.cap_reason = Some(" Quyết định 12 của Đảng ủy ".into());
    let cap = s.summary().cap;
    assert!(!cap.lacks_reason());
    assert_eq!(cap.reason.as_deref(), Some("Quyết định 12 của Đảng ủy"));
    s.rules.settings.excellent_cap_percent = Settings::MAX_CAP_PERCENT + 1;
    let cap = s.summary().cap;
    assert!(cap.is_too_high());
    assert!(!cap.lacks_reason(), "too high is its own finding");
}

#[test]
fn the_cap_finding_carries_the_summary_numbers() {
    let mut s = rated(14, 3, 10, 0);
    s.cell.kind = chibo_core::domain::CellKind::Grassroots;
    let cap = s.summary().cap;
    let found = kinds_of(&s, "excellent-cap");
    assert_eq!(found.len(), 1);
    let text = finding_message(
        &chibo_core::domain::Finding {
            severity: found[0].0,
            subject: found[0].1.clone(),
            kind: found[0].2.clone(),
        },
        Lang::En,
    );
    assert_eq!(
        text,
        format!(
            "{} proposed Excellent, more than {}% of {} Good (at most {})",
            cap.excellent, cap.percent, cap.good, cap.limit
        )
    );
}

// ---- unfinished -----------------------------------------------------------------------------

#[test]
fn unfinished_names_the_unrated_the_absent_the_cell_the_vote_and_the_closing_time() {
    // Absent before the votes: no more ballots than the 3 official members present.
    let mut s = present(5);
    get(&mut s, 4).attendance = Attendance::Unexcused;
    get(&mut s, 5).attendance = Attendance::Excused("ốm".into());
    vote(&mut s, 1, counts(0, 3, 0, 0));
    vote(&mut s, 2, counts(0, 3, 0, 0));
    let mut extra = common::member(6);
    extra.attendance = Attendance::Present;
    s.members.push(extra);
    let u = s.summary().unfinished;
    assert_eq!(u.not_rated, vec![id(3), id(6)]);
    assert_eq!(u.rate_later, vec![id(4), id(5)]);
    assert!(u.cell_not_rated && u.no_minutes_vote && u.no_closing_time);
    assert!(!u.is_empty());
}

#[test]
fn nothing_is_unfinished_once_everything_is_recorded() {
    let mut s = rated(3, 0, 3, 0);
    apply(
        &mut s,
        Command::RecordCellVote(chibo_core::domain::Tally::simple(
            VoteMethod::SecretBallot,
            counts(0, 3, 0, 0),
        )),
    );
    let motion = Motion {
        method: VoteMethod::ShowOfHands,
        agree: 3,
        disagree: 0,
        abstain: 0,
    };
    apply(&mut s, Command::RecordMinutesVote(Some(motion)));
    assert!(!s.summary().unfinished.is_empty(), "closing time missing");
    apply(&mut s, Command::SetEnd(NaiveTime::from_hms_opt(11, 0, 0)));
    // The blanks of the record (issue 16, item 6): each is unfinished until it is filled.
    assert!(
        !s.summary().unfinished.is_empty(),
        "the texts and the team are missing"
    );
    fill_the_record(&mut s, 3);
    let sum = s.summary();
    assert!(sum.unfinished.is_empty(), "{:?}", sum.unfinished);
    assert_eq!(sum.unrated, 0);
}

#[test]
fn an_excluded_member_is_never_unfinished() {
    let mut s = present(2);
    get(&mut s, 2).suspended = true;
    let sum = s.summary();
    assert_eq!(sum.unfinished.not_rated, vec![id(1)]);
    assert_eq!(sum.excluded, vec![(id(2), Exclusion::Suspended)]);
}

// ---- self-scores ----------------------------------------------------------------------------

fn scored(rules: RuleSetName) -> Session {
    let mut s = present(3);
    s.rules = RuleSet::named(rules);
    let score = |general, tasks| Some(Score { general, tasks });
    let set = |member, score| Command::SetSelfScore { member, score };
    apply(&mut s, set(id(1), score(27, 63)));
    apply(&mut s, set(id(2), score(20, 50)));
    apply(&mut s, Command::SetCellScore(score(28, 62)));
    s
}

#[test]
fn self_scores_are_summarised_under_qd366_with_their_band() {
    let s = scored(RuleSetName::Qd366);
    let scores = s.summary().self_scores.expect("qd366 has self-scores");
    let line = |general, tasks, band| ScoreLine {
        score: Score { general, tasks },
        band: Some(band),
    };
    assert_eq!(
        scores.members,
        vec![
            (id(1), line(27, 63, Level::Excellent)),
            (id(2), line(20, 50, Level::Good)),
        ]
    );
    assert_eq!(scores.cell, Some(line(28, 62, Level::Excellent)));
    assert_eq!(
        s.score_band(Some(Score {
            general: 20,
            tasks: 50
        })),
        Some(Level::Good)
    );
}

#[test]
fn self_scores_are_not_shown_under_the_older_rules() {
    for rules in [RuleSetName::Qd124, RuleSetName::Qd132] {
        let s = scored(rules);
        assert_eq!(s.summary().self_scores, None, "{rules:?}");
        let score = Some(Score {
            general: 27,
            tasks: 63,
        });
        assert_eq!(s.score_band(score), None);
        assert!(!rules.has_self_scores());
    }
    assert!(RuleSetName::Qd366.has_self_scores());
}

#[test]
fn score_bands_turn_at_the_named_totals() {
    let band = |total: u32| {
        let tasks = u8::try_from(total.saturating_sub(30)).unwrap();
        chibo_core::domain::score_band(&Score { general: 30, tasks })
    };
    assert_eq!(band(Score::EXCELLENT_FROM), Level::Excellent);
    assert_eq!(band(Score::EXCELLENT_FROM - 1), Level::Good);
    assert_eq!(band(Score::GOOD_FROM), Level::Good);
    assert_eq!(band(Score::GOOD_FROM - 1), Level::Complete);
    assert_eq!(band(Score::COMPLETE_FROM), Level::Complete);
    assert_eq!(band(Score::COMPLETE_FROM - 1), Level::NotComplete);
    assert_eq!(Score::MAX_TOTAL, 100);
}

/// The facts the minutes print as blanks when missing: the opening time, the collective
/// report, each of `n` members' self-review and the chair's conclusion, the counting team.
pub(crate) fn fill_the_record(s: &mut Session, n: usize) {
    use chibo_core::domain::TextField;
    apply(s, Command::SetStart(NaiveTime::from_hms_opt(8, 0, 0)));
    let text = |t: &str| t.to_owned();
    apply(
        s,
        Command::SetCollectiveText {
            field: TextField::Strengths,
            text: text("Sinh hoạt đều đặn."),
        },
    );
    for k in 1..=n {
        for (field, t) in [
            (TextField::Strengths, "Hoàn thành nhiệm vụ."),
            (TextField::Conclusion, "Đồng chí hoàn thành tốt nhiệm vụ."),
        ] {
            let member = id(k);
            apply(
                s,
                Command::SetMemberText {
                    member,
                    field,
                    text: text(t),
                },
            );
        }
    }
    let (members, head) = (vec![id(1), id(2)], Some(id(1)));
    apply(s, Command::SetCountingTeam { members, head });
}
