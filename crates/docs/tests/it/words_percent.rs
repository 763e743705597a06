//! The percentages the documents print: any count of a `u32` (a fuzzed or hand-edited file may
//! hold one), never a panic, never over 100% when the part is not more than the whole.

use chibo_testkit::meeting::finished;

use chibo_core::domain::{Motion, VoteMethod};
use chibo_core::i18n::Lang;
use chibo_docs::words::percent;
use chibo_docs::{Format, render};
use proptest::prelude::*;

/// The number a percentage prints, read back ("66,7%" → 66.7).
fn value(p: &str) -> f64 {
    p.trim_end_matches('%').replace(',', ".").parse().unwrap()
}

proptest! {
    #[test]
    fn a_share_is_never_over_100_percent(
        (den, num) in any::<u32>().prop_flat_map(|d| (Just(d), 0..=d)),
        vi in any::<bool>(),
    ) {
        let lang = if vi { Lang::Vi } else { Lang::En };
        match percent(num, den, lang) {
            None => prop_assert_eq!(den, 0),
            Some(p) => {
                let v = value(&p);
                prop_assert!((0.0..=100.0).contains(&v), "{num}/{den} printed {p}");
                prop_assert_eq!(p.contains(','), vi, "{}", p);
            }
        }
    }

    /// Sums of three `u32` counts, as the vote on the minutes adds them.
    #[test]
    fn a_share_of_a_sum_of_counts_is_never_over_100_percent(
        a in any::<u32>(), d in any::<u32>(), x in any::<u32>()
    ) {
        let total = u64::from(a) + u64::from(d) + u64::from(x);
        if let Some(p) = percent(a, total, Lang::Vi) {
            prop_assert!(value(&p) <= 100.0, "{a}/{total} printed {p}");
        }
    }
}

#[test]
fn the_whole_is_100_percent_and_the_edges_hold() {
    assert_eq!(percent(u32::MAX, u32::MAX, Lang::Vi).unwrap(), "100,0%");
    assert_eq!(percent(0u32, u32::MAX, Lang::En).unwrap(), "0.0%");
    assert_eq!(percent(2u32, 3u32, Lang::Vi).unwrap(), "66,7%");
    assert_eq!(percent(1u32, 0u32, Lang::Vi), None);
}

/// Fuzzing found it: the vote on the minutes summed its three counts in `u32`, which overflows
/// (a panic in a debug build, "111,1%" in a release build). Counts this large come only from a
/// damaged or hand-edited file, and the minutes must still print.
#[test]
fn the_vote_on_the_minutes_with_huge_counts_prints_a_true_share() {
    let mut s = finished();
    s.minutes_vote = Some(Motion {
        method: VoteMethod::ShowOfHands,
        agree: 3_000_000_000,
        disagree: 2_000_000_000,
        abstain: 0,
    });
    for lang in [Lang::Vi, Lang::En] {
        let text = String::from_utf8(render(&s, Format::Txt, lang).unwrap()).unwrap();
        let share = if lang == Lang::Vi {
            "(60,0%)"
        } else {
            "(60.0%)"
        };
        assert!(text.contains(share), "{lang:?}: {text}");
    }
}
