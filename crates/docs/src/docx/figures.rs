//! No-break spaces that bind a figure to its neighbours, so that a printed line never ends
//! inside "8/10 (80,0%)" or "ngày 16 tháng 12".

/// Binds a figure to its neighbours with no-break spaces, so that a line never ends inside
/// "8/10 (80,0%)", "HTXSNV 2", "ngày 16 tháng 12 năm 2025" or "13/15 đồng chí": a space
/// between a figure and "(", "%", "đồng chí", "phiếu", "tháng" or "năm", and a space before a number after a level's short name
/// (a word in capitals), a date or time word, or another figure. Other spaces stay breakable,
/// so that a justified line is not stretched around long unbreakable runs.
pub(super) fn bind_figures(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<&str> = None;
    for w in s.split(' ') {
        if let Some(prev) = prev {
            out.push(if binds(prev, w) { '\u{a0}' } else { ' ' });
        }
        out.push_str(w);
        prev = Some(w);
    }
    out
}

/// Words a number that follows them belongs to.
const BEFORE_NUMBER: [&str; 7] = ["năm", "tháng", "ngày", "giờ", "vòng", "round", "of"];

fn binds(prev: &str, next: &str) -> bool {
    let digit_first = |t: &str| {
        let t = t.strip_prefix('(').unwrap_or(t);
        t.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    let figure = |t: &str| {
        t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || "/,.%()".contains(c))
    };
    let short_level = |t: &str| t.chars().count() >= 2 && t.chars().all(char::is_uppercase);
    if prev.is_empty() || next.is_empty() {
        return false;
    }
    let number_after =
        digit_first(next) && (short_level(prev) || BEFORE_NUMBER.contains(&prev) || figure(prev));
    let unit_after = figure(prev)
        && (next.starts_with('(')
            || next.starts_with('%')
            || next.starts_with("đồng")
            || next.starts_with("phiếu")
            || next == "tháng"
            || next == "năm");
    number_after || unit_after
}

#[cfg(test)]
mod tests {
    use super::bind_figures;

    #[test]
    fn figures_hold_together() {
        let nb = |s: &str| s.replace('~', "\u{a0}");
        assert_eq!(
            bind_figures("đạt 8/10 (80,0%) phiếu"),
            nb("đạt 8/10~(80,0%)~phiếu")
        );
        assert_eq!(bind_figures("HTXSNV 2, HTTNV 5"), nb("HTXSNV~2, HTTNV~5"));
        assert_eq!(bind_figures("năm 2025 tại"), nb("năm~2025 tại"));
        assert_eq!(
            bind_figures("Huế, ngày 16 tháng 12 năm 2025"),
            nb("Huế, ngày~16~tháng~12~năm~2025")
        );
        assert_eq!(bind_figures("13/15 đồng chí"), nb("13/15~đồng chí"));
        assert_eq!(bind_figures("Nguyễn Văn An"), "Nguyễn Văn An");
        assert_eq!(
            bind_figures("phát ra 10, thu về 10"),
            "phát ra 10, thu về 10"
        );
    }
}
