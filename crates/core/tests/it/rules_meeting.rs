//! The meeting's rules DOMAIN.md gained with issue 16, at and around each threshold: no official
//! member present is no quorum and no result; an exempt member present but not voting; working
//! days that skip public holidays; the base of the Excellent cap.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, CapBase, CellKind, Command, DenominatorRule, DomainError, FindingKind, Fraction,
    KNOWN_HOLIDAYS, Level, Motion, Outcome, Requirement, RuleSet, Tally, TallyProblem, VoteMethod,
    known_holidays, propose, working_days_between,
};
use common::*;

// ---- no official member present ---------------------------------------------------------------

fn quorum_kinds(s: &chibo_core::domain::Session) -> Vec<FindingKind> {
    kinds_of(s, "quorum").into_iter().map(|k| k.2).collect()
}

#[test]
fn no_official_member_present_is_no_quorum_even_when_none_is_called() {
    // Two probationary members present, the only official one absent with a reason: nobody is
    // called to the base, and nobody of it is here. Before, 0 of 0 met 2/3.
    let mut s = present(3);
    probationary(&mut s, 1);
    probationary(&mut s, 2);
    get(&mut s, 3).attendance = Attendance::Excused("ốm".into());
    assert_eq!((s.denominator_present(), s.convened()), (0, 0));
    assert_eq!(
        quorum_kinds(&s),
        vec![FindingKind::Quorum {
            present: 0,
            denominator: 0,
            quorum: Fraction::TWO_THIRDS
        }]
    );
    let f = &findings(&s)
        .into_iter()
        .find(|f| f.kind.rule() == "quorum")
        .unwrap();
    let en = chibo_core::i18n::finding_message(f, chibo_core::i18n::Lang::En);
    assert!(
        en.starts_with("No official member is present (0/0)"),
        "{en}"
    );
    let vi = chibo_core::i18n::finding_message(f, chibo_core::i18n::Lang::Vi);
    assert!(vi.contains("không biểu quyết nào có kết quả"), "{vi}");
    // One official member back: 1 of 1 is a quorum.
    get(&mut s, 3).attendance = Attendance::Present;
    assert_eq!(quorum_kinds(&s), vec![]);
}

#[test]
fn no_official_member_present_under_either_base_gives_no_result() {
    let mut s = present(3);
    probationary(&mut s, 1);
    probationary(&mut s, 2);
    get(&mut s, 3).attendance = Attendance::Unexcused;
    for base in [DenominatorRule::Convened, DenominatorRule::OfficialPresent] {
        s.rules.settings.denominator = base;
        assert_eq!(s.voters_present(), 0);
        // No ballot can be issued, and the empty round proposes nothing.
        let none = Tally::simple(VoteMethod::SecretBallot, counts(0, 0, 0, 0));
        assert_eq!(s.outcome_of(&none).level(), None, "{base:?}");
        let one = Tally::simple(VoteMethod::SecretBallot, counts(0, 1, 0, 0));
        assert_eq!(
            s.apply(
                Command::RecordVote {
                    member: id(1),
                    tally: one,
                },
                at()
            ),
            Err(DomainError::Tally(TallyProblem::IssuedOverVoters {
                issued: 1,
                voters: 0
            }))
        );
    }
}

#[test]
fn nothing_meets_anything_out_of_zero() {
    for r in [
        Requirement::AtLeast(Fraction::TWO_THIRDS),
        Requirement::AtLeast(Fraction { num: 0, den: 1 }),
        Requirement::MoreThan(Fraction::HALF),
    ] {
        assert!(!r.met(0, 0), "{r:?}");
        assert!(!r.met(1, 0), "{r:?}");
    }
    assert!(Requirement::AtLeast(Fraction::TWO_THIRDS).met(1, 1));
    assert!(!Requirement::AtLeast(Fraction::TWO_THIRDS).met(0, 1));
    let agree = Motion {
        method: VoteMethod::ShowOfHands,
        agree: 1,
        disagree: 0,
        abstain: 0,
    };
    assert!(!agree.adopted(0), "a motion is never adopted out of 0");
    assert!(agree.adopted(1));
    assert!(!agree.adopted(2), "1 of 2 is not more than half");
    assert_eq!(
        propose(&counts(1, 0, 0, 0), 0, &Default::default()),
        Outcome::NoResult { denominator: 0 }
    );
    assert_eq!(
        propose(&counts(1, 0, 0, 0), 1, &Default::default()).level(),
        Some(Level::Excellent)
    );
}

// ---- an exempt member present, not voting ---------------------------------------------------

#[test]
fn an_exempt_member_present_but_not_voting_is_not_in_the_base() {
    // Six official members present, member 6 exempt. Before, an exempt member who came always
    // counted, and "present, not voting" could not be recorded.
    let mut s = present(6);
    get(&mut s, 6).exempt = true;
    assert_eq!((s.denominator(), s.voters_present()), (6, 6), "he votes");
    apply(
        &mut s,
        Command::SetAttendance {
            member: id(6),
            attendance: Attendance::PresentNotVoting,
        },
    );
    assert_eq!((s.denominator(), s.voters_present()), (5, 5), "he does not");
    assert!(s.members[5].attendance.is_present(), "he is at the meeting");
    // 3 of 5 is a majority; 6 ballots can no longer be issued.
    vote(&mut s, 1, counts(0, 3, 2, 0));
    assert_eq!(s.proposed(&id(1)), Some(Level::Good));
    let six = Tally::simple(VoteMethod::SecretBallot, counts(0, 6, 0, 0));
    assert_eq!(
        s.preview_vote(&id(2), &six),
        Err(DomainError::Tally(TallyProblem::IssuedOverVoters {
            issued: 6,
            voters: 5
        }))
    );
    // The quorum's base leaves him out too: 5 of 5.
    assert_eq!(quorum_kinds(&s), vec![]);
}

#[test]
fn only_an_exempt_member_can_be_present_without_voting() {
    let mut s = present(3);
    let cmd = Command::SetAttendance {
        member: id(2),
        attendance: Attendance::PresentNotVoting,
    };
    assert_eq!(s.apply(cmd, at()), Err(DomainError::NotExempt(id(2))));
    assert_eq!(s.members[1].attendance, Attendance::Present);
    let en =
        chibo_core::i18n::domain_error(&DomainError::NotExempt(id(2)), chibo_core::i18n::Lang::En);
    assert!(en.contains("only a member exempt"), "{en}");
}

// ---- working days skip public holidays -------------------------------------------------------

/// Whether the draft rule warns for a meeting on `meeting` with the draft sent on `sent`.
fn draft_late(
    meeting: chrono::NaiveDate,
    sent: chrono::NaiveDate,
    holidays: &[chrono::NaiveDate],
) -> bool {
    let mut s = empty();
    s.meeting.date = meeting;
    s.meeting.draft_sent = Some(sent);
    s.rules.settings.holidays = holidays.to_vec();
    !kinds_of(&s, "draft-3-days").is_empty()
}

#[test]
fn the_first_of_january_is_never_a_working_day() {
    // A meeting on Monday 5 January 2026 (a unit that finishes before 15 January). Before, 1
    // January counted: a draft sent on Wednesday 31 December had "3" working days.
    let meeting = d(2026, 1, 5);
    assert!(
        !draft_late(meeting, d(2025, 12, 30), &[]),
        "30, 31 Dec, 2 Jan: 3 days"
    );
    assert!(
        draft_late(meeting, d(2025, 12, 31), &[]),
        "31 Dec, 2 Jan: 2 days"
    );
    assert_eq!(working_days_between(d(2025, 12, 31), meeting, &[]), 2);
    // Listed again in the setting, it is not taken off twice.
    assert_eq!(
        working_days_between(d(2025, 12, 31), meeting, &[d(2026, 1, 1)]),
        2
    );
}

#[test]
fn the_holidays_setting_is_skipped_once_and_only_on_weekdays() {
    // Monday 15 December 2025; sent Wednesday 10th: 3 working days (10, 11, 12).
    let meeting = d(2025, 12, 15);
    assert!(!draft_late(meeting, d(2025, 12, 10), &[]));
    // A day off on Thursday 11th leaves 2.
    let off = [d(2025, 12, 11)];
    assert!(draft_late(meeting, d(2025, 12, 10), &off));
    assert!(
        !draft_late(meeting, d(2025, 12, 9), &off),
        "9, 10, 12: 3 again"
    );
    // A holiday written twice, on a Saturday, or outside the span changes nothing.
    let noise = [
        d(2025, 12, 11),
        d(2025, 12, 11),
        d(2025, 12, 13),
        d(2025, 12, 15),
        d(2025, 12, 1),
    ];
    assert_eq!(working_days_between(d(2025, 12, 10), meeting, &noise), 2);
}

#[test]
fn a_new_session_takes_the_known_holidays_of_its_year_and_the_next() {
    let table: &[(i32, &[(u32, u32)])] = &[
        (2024, &[(9, 2)]),
        (2025, &[(9, 2), (4, 30)]),
        (2026, &[(4, 30), (4, 30)]),
        (2027, &[(9, 2)]),
    ];
    assert_eq!(
        known_holidays(table, 2025..=2026),
        vec![d(2025, 4, 30), d(2025, 9, 2), d(2026, 4, 30)]
    );
    // What ships (nothing dated is known yet, see KNOWN_HOLIDAYS) is what a new session gets.
    assert_eq!(
        RuleSet::for_year(2025).settings.holidays,
        known_holidays(KNOWN_HOLIDAYS, 2025..=2026)
    );
}

// ---- the cap's base --------------------------------------------------------------------------

/// A grassroots cell of `n` members present with `excellent` proposed Excellent and `good` Good,
/// its cap counted over `base`.
fn capped(excellent: usize, good: usize, base: CapBase) -> chibo_core::domain::Session {
    let n = excellent + good;
    let mut s = present(n);
    s.cell.kind = CellKind::Grassroots;
    s.rules.settings.cap_base = base;
    let all = u32::try_from(n).unwrap();
    for k in 1..=n {
        let c = if k <= excellent {
            counts(all, 0, 0, 0)
        } else {
            counts(0, all, 0, 0)
        };
        vote(&mut s, k, c);
    }
    s
}

fn over(s: &chibo_core::domain::Session) -> bool {
    !kinds_of(s, "excellent-cap").is_empty()
}

#[test]
fn counted_over_good_and_excellent_the_cap_allows_more_at_each_step() {
    use CapBase::{Good, GoodAndExcellent as Both};
    // 4 Good: 0 allowed over Good; 1 Excellent + 4 Good is 5, which allows 1.
    assert!(over(&capped(1, 4, Good)));
    assert!(!over(&capped(1, 4, Both)));
    // 8 Good + 2 Excellent: over Good 1 allowed (over); over both 10, 2 allowed.
    assert!(over(&capped(2, 8, Good)));
    assert!(!over(&capped(2, 8, Both)));
    // 7 Good + 2 Excellent is 9: 1 allowed either way.
    assert!(over(&capped(2, 7, Both)));
    let s = capped(2, 7, Both);
    let cap = s.summary().cap;
    assert_eq!((cap.counted(), cap.limit, cap.base), (9, 1, Both));
    assert_eq!(
        kinds_of(&s, "excellent-cap")[0].2,
        FindingKind::ExcellentCap {
            excellent: 2,
            good: 7,
            cap: 1,
            percent: 20,
            base: Both
        }
    );
}

#[test]
fn the_caps_words_name_its_base() {
    let s = capped(2, 7, CapBase::GoodAndExcellent);
    let f = findings(&s)
        .into_iter()
        .find(|f| f.kind.rule() == "excellent-cap")
        .unwrap();
    let vi = chibo_core::i18n::finding_message(&f, chibo_core::i18n::Lang::Vi);
    assert_eq!(
        vi,
        "Đề xuất 2 HTXSNV, vượt 20% của 9 HTTNV + HTXSNV (tối đa 1)"
    );
    let mut s = capped(2, 7, CapBase::GoodAndExcellent);
    s.cell.kind = CellKind::UnderCommittee;
    let f = findings(&s)
        .into_iter()
        .find(|f| f.kind.rule() == "excellent-cap")
        .unwrap();
    let en = chibo_core::i18n::finding_message(&f, chibo_core::i18n::Lang::En);
    assert!(
        en.starts_with("The cell's Excellent/Good + Excellent: 2/9"),
        "{en}"
    );
}

#[test]
fn the_caps_base_is_written_only_when_it_is_not_good() {
    let mut st = chibo_core::domain::Settings::default();
    assert!(!ron::to_string(&st).unwrap().contains("cap_base"));
    st.cap_base = CapBase::GoodAndExcellent;
    let text = ron::to_string(&st).unwrap();
    assert!(text.contains("cap_base:GoodAndExcellent"), "{text}");
    let back: chibo_core::domain::Settings = ron::from_str(&text).unwrap();
    assert_eq!(back, st);
}
