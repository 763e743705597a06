//! Properties of the vote arithmetic for arbitrary counts: `propose` against an independent
//! oracle, cumulative versus plain counting, `Tally::check`, `LevelCounts::total`, the Excellent
//! cap, and `Session::apply` keeping its "nothing changes on error, one log line on success".

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, Fraction, Level, LevelCounts, LevelThreshold, Motion, Outcome, Remark,
    Settings, Speaker, Tally, TallyProblem, VoteMethod, excellent_cap, propose,
};
use common::*;
use proptest::prelude::*;

/// Whether `votes` of `den` pass `level` under `settings`, computed without the crate's helper.
fn passes(settings: &Settings, level: Level, votes: u64, den: u64) -> bool {
    match settings.thresholds.iter().find(|t| t.level == level) {
        Some(t) => votes * u64::from(t.at_least.den) >= den * u64::from(t.at_least.num),
        None => 2 * votes > den,
    }
}

/// The votes a level has: its own count, or the running total from Excellent down.
fn votes_for(c: &LevelCounts, level: Level, cumulative: bool) -> u64 {
    Level::ALL
        .iter()
        .filter(|l| {
            if cumulative {
                **l <= level
            } else {
                **l == level
            }
        })
        .map(|l| u64::from(c.get(*l)))
        .sum()
}

fn arb_counts(max: u32) -> impl Strategy<Value = LevelCounts> {
    (0..=max, 0..=max, 0..=max, 0..=max).prop_map(|(e, g, c, n)| LevelCounts::new(e, g, c, n))
}

fn arb_settings() -> impl Strategy<Value = Settings> {
    let threshold = (0usize..4, 1u32..=4, 1u32..=4).prop_map(|(l, a, b)| LevelThreshold {
        level: Level::ALL[l],
        at_least: Fraction {
            num: a.min(b),
            den: a.max(b),
        },
    });
    (any::<bool>(), proptest::collection::vec(threshold, 0..3)).prop_map(|(cumulative, t)| {
        Settings {
            cumulative,
            thresholds: t,
            ..Settings::default()
        }
    })
}

proptest! {
    #[test]
    fn propose_returns_the_best_passing_level(
        c in arb_counts(30), den in 0u32..40, settings in arb_settings()
    ) {
        let outcome = propose(&c, den, &settings);
        let first = Level::ALL.into_iter().find(|l| {
            den > 0 && passes(&settings, *l, votes_for(&c, *l, settings.cumulative), u64::from(den))
        });
        match outcome {
            Outcome::Proposed { level, votes, denominator } => {
                prop_assert_eq!(denominator, den);
                prop_assert_eq!(Some(level), first);
                prop_assert_eq!(u64::from(votes), votes_for(&c, level, settings.cumulative));
            }
            Outcome::NoResult { denominator } => {
                prop_assert_eq!(denominator, den);
                prop_assert_eq!(first, None);
            }
        }
    }

    #[test]
    fn propose_handles_huge_counts(
        c in arb_counts(u32::MAX), den in any::<u32>(), cumulative in any::<bool>()
    ) {
        let settings = Settings { cumulative, ..Settings::default() };
        if let Outcome::Proposed { level, votes, .. } = propose(&c, den, &settings) {
            let v = votes_for(&c, level, cumulative);
            prop_assert!(2 * v > u64::from(den));
            prop_assert_eq!(u64::from(votes), v.min(u64::from(u32::MAX)));
        }
    }

    /// Running totals are never below a level's own count and every requirement is monotonic
    /// in the votes, so whatever passes plainly passes cumulatively at that level or better.
    #[test]
    fn cumulative_is_never_worse_than_plain(
        c in arb_counts(30), den in 0u32..40, mut settings in arb_settings()
    ) {
        settings.cumulative = false;
        let plain = propose(&c, den, &settings).level();
        settings.cumulative = true;
        let cumul = propose(&c, den, &settings).level();
        if let Some(p) = plain {
            prop_assert!(cumul.is_some_and(|l| l <= p), "plain {:?} cumulative {:?}", p, cumul);
        }
    }

    /// With counts that fit the denominator (one ballot per voter) and the default rule, at most
    /// one level can have more than half, so cumulative counting only adds results.
    #[test]
    fn with_real_ballots_a_plain_result_is_kept_by_cumulative(
        c in arb_counts(10), extra in 0u32..10
    ) {
        let den = c.total().unwrap_or(0) + extra;
        let plain = propose(&c, den, &Settings::default()).level();
        let cumul = propose(&c, den, &Settings { cumulative: true, ..Settings::default() }).level();
        if plain.is_some() {
            prop_assert_eq!(plain, cumul);
        }
        let total = u64::from(c.total().unwrap_or(0));
        prop_assert_eq!(cumul.is_some(), den > 0 && 2 * total > u64::from(den));
    }

    #[test]
    fn tally_check_accepts_exactly_sound_arithmetic(
        issued in 0u32..12, returned in 0u32..12, invalid in 0u32..5,
        c in arb_counts(4), voters in 0u32..12
    ) {
        let t = Tally { method: VoteMethod::SecretBallot, issued, returned, invalid, counts: c };
        let total = Level::ALL.iter().map(|l| u64::from(c.get(*l))).sum::<u64>();
        let sound = returned <= issued
            && invalid <= returned
            && total == u64::from(returned - invalid.min(returned))
            && issued <= voters;
        prop_assert_eq!(t.check(voters).is_ok(), sound, "{:?}", t.check(voters));
        // The problem named is the first one in the order of the checks.
        match t.check(voters) {
            Err(TallyProblem::ReturnedOverIssued { .. }) => prop_assert!(returned > issued),
            Err(TallyProblem::InvalidOverReturned { .. }) => {
                prop_assert!(returned <= issued && invalid > returned)
            }
            Err(TallyProblem::CountsMismatch { counted, valid }) => {
                prop_assert_eq!(u64::from(counted), total);
                prop_assert_eq!(valid, returned - invalid);
            }
            Err(TallyProblem::IssuedOverVoters { issued: i, voters: v }) => {
                prop_assert!(i > v);
            }
            Ok(()) => {}
        }
    }

    #[test]
    fn tally_check_never_accepts_unsound_huge_tallies(
        issued in any::<u32>(), returned in any::<u32>(), invalid in any::<u32>(),
        c in arb_counts(u32::MAX), voters in any::<u32>()
    ) {
        let t = Tally { method: VoteMethod::SecretBallot, issued, returned, invalid, counts: c };
        if t.check(voters).is_ok() {
            let total = Level::ALL.iter().map(|l| u64::from(c.get(*l))).sum::<u64>();
            prop_assert!(returned <= issued && invalid <= returned && issued <= voters);
            prop_assert_eq!(total, u64::from(returned - invalid));
        }
        let simple = Tally::simple(VoteMethod::ShowOfHands, c);
        if c.total().is_some() {
            prop_assert!(simple.check(simple.issued).is_ok());
        }
    }

    #[test]
    fn level_counts_total_never_panics(c in arb_counts(u32::MAX)) {
        let sum = Level::ALL.iter().map(|l| u64::from(c.get(*l))).sum::<u64>();
        prop_assert_eq!(c.total(), u32::try_from(sum).ok());
    }

    #[test]
    fn excellent_cap_is_the_floor_and_monotonic(good in 0u32..100_000, percent in 0u32..=100) {
        let cap = excellent_cap(good, percent);
        prop_assert_eq!(u64::from(cap), u64::from(good) * u64::from(percent) / 100);
        prop_assert!(excellent_cap(good + 1, percent) >= cap);
        prop_assert!(u64::from(cap) * 100 <= u64::from(good) * u64::from(percent));
    }

    #[test]
    fn excellent_cap_never_panics(good in any::<u32>(), percent in any::<u32>()) {
        let cap = excellent_cap(good, percent);
        let exact = u64::from(good) * u64::from(percent) / 100;
        prop_assert_eq!(u64::from(cap), exact.min(u64::from(u32::MAX)));
    }

    #[test]
    fn motion_adopted_is_more_than_half(agree in 0u32..50, den in 0u32..50) {
        let m = Motion { method: VoteMethod::SecretBallot, agree, disagree: 0, abstain: 0 };
        // Never out of 0: with no voter the minutes cannot be adopted.
        prop_assert_eq!(m.adopted(den), den > 0 && 2 * agree > den);
    }

    /// Any sequence of review commands: a refused one leaves the session exactly as it was, an
    /// applied one adds exactly one log line.
    #[test]
    fn apply_is_all_or_nothing(ops in proptest::collection::vec(arb_op(), 1..25)) {
        let mut s = with_members(5);
        get(&mut s, 5).suspended = true;
        get(&mut s, 4).attendance = Attendance::Excused("ốm".into());
        for op in ops {
            let before = s.clone();
            match s.apply(op.clone(), at()) {
                Ok(()) => prop_assert_eq!(s.log.len(), before.log.len() + 1),
                Err(e) => prop_assert_eq!(&s, &before, "{:?} refused with {:?}", op, e),
            }
        }
    }
}

fn arb_op() -> impl Strategy<Value = Command> {
    let m = (1usize..=6).prop_map(id);
    prop_oneof![
        (m.clone(), arb_counts(3)).prop_map(|(member, c)| Command::RecordVote {
            member,
            tally: Tally::simple(VoteMethod::SecretBallot, c)
        }),
        m.clone().prop_map(|member| Command::UndoVote { member }),
        (m.clone(), m.clone()).prop_map(|(member, by)| Command::AddCriticism {
            member,
            remark: Remark {
                speaker: Speaker::Member(by),
                text: "Góp ý".into()
            }
        }),
        (m.clone(), 0usize..3, any::<bool>())
            .prop_map(|(member, index, up)| Command::MoveCriticism { member, index, up }),
        (m.clone(), 0usize..3)
            .prop_map(|(member, index)| Command::RemoveCriticism { member, index }),
        (m.clone(), 0usize..3).prop_map(|(member, index)| Command::EditCriticism {
            member,
            index,
            remark: Remark {
                speaker: Speaker::Guest("Khách".into()),
                text: "Sửa".into()
            }
        }),
        m.clone().prop_map(|member| Command::SetAttendance {
            member,
            attendance: Attendance::Present
        }),
        m.clone().prop_map(Command::RemoveMember),
        arb_counts(3)
            .prop_map(|c| Command::RecordCellVote(Tally::simple(VoteMethod::SecretBallot, c))),
        Just(Command::UndoCellVote),
        Just(Command::Finalize),
        Just(Command::Reopen {
            reason: "Sửa số phiếu".into()
        }),
    ]
}
