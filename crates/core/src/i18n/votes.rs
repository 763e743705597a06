//! The sentence for a vote round that gave no result, written once for every layer: the
//! minutes, the papers, the command line (and, once they move to it, the findings and the
//! terminal app).

use super::Lang;
use crate::domain::Fraction;

/// "không có mức nào đạt quá 1/2" or "no level has more than half": no level passed the
/// majority. The fraction is the domain's.
pub fn no_majority(lang: Lang) -> String {
    let Fraction { num, den } = Fraction::HALF;
    match lang {
        Lang::Vi => format!("không có mức nào đạt quá {num}/{den}"),
        // "more than half": the English names the majority in words.
        Lang::En => "no level has more than half".to_owned(),
    }
}

/// The whole sentence, with the votes a level needed: "không có mức nào đạt quá 1/2 (trên
/// 5/10), phải biểu quyết lại" or "no level has more than half (over 5 of 10); the vote is held
/// again".
pub fn no_result(denominator: u32, lang: Lang) -> String {
    let (none, half) = (no_majority(lang), half(denominator, lang));
    match lang {
        Lang::Vi => format!("{none} (trên {half}/{denominator}), phải biểu quyết lại"),
        Lang::En => format!("{none} (over {half} of {denominator}); the vote is held again"),
    }
}

/// Half of `n`: "5", or "4,5" ("4.5" in English).
fn half(n: u32, lang: Lang) -> String {
    if n.is_multiple_of(2) {
        return (n / 2).to_string();
    }
    match lang {
        Lang::Vi => format!("{},5", n / 2),
        Lang::En => format!("{}.5", n / 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_result_names_the_half_in_each_language() {
        assert_eq!(
            no_result(10, Lang::Vi),
            "không có mức nào đạt quá 1/2 (trên 5/10), phải biểu quyết lại"
        );
        assert_eq!(
            no_result(9, Lang::En),
            "no level has more than half (over 4.5 of 9); the vote is held again"
        );
        assert!(no_result(9, Lang::Vi).contains("trên 4,5/9"));
    }
}
