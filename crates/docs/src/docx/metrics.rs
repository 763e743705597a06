//! Glyph widths of Times New Roman (those of Liberation Serif, made to the same metrics), for
//! the few places the DOCX must know how wide a line prints: the rule under the party's name,
//! and the header's columns that keep the place-and-date line on one line.

/// The styles measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// Upright text (the committee's name, measured in tests).
    #[cfg(test)]
    Regular,
    Italic,
    Bold,
}

/// Advance widths in thousandths of an em of the printable ASCII characters (space to `~`).
#[cfg(test)]
const REGULAR: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const ITALIC: [u16; 95] = [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611,
    611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611,
    556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444,
    278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541,
];
const BOLD: [u16; 95] = [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
    611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
    722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
    278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/// The width of one character in thousandths of an em: a Vietnamese letter is as wide as its
/// base letter, ư and ơ a little wider for the horn.
fn advance(c: char, style: Style) -> u16 {
    let table = match style {
        #[cfg(test)]
        Style::Regular => &REGULAR,
        Style::Italic => &ITALIC,
        Style::Bold => &BOLD,
    };
    let at = |c: char| {
        u32::from(c)
            .checked_sub(32)
            .and_then(|i| table.get(i as usize))
            .copied()
    };
    if let Some(w) = at(c) {
        return w;
    }
    let horn = matches!(
        c,
        'ư' | 'ơ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ'
    );
    let horn_cap = matches!(
        c,
        'Ư' | 'Ơ' | 'Ứ' | 'Ừ' | 'Ử' | 'Ữ' | 'Ự' | 'Ớ' | 'Ờ' | 'Ở' | 'Ỡ' | 'Ợ'
    );
    let base = chibo_core::domain::plain(&c.to_string())
        .chars()
        .next()
        .map(|b| {
            if c.is_uppercase() {
                b.to_ascii_uppercase()
            } else {
                b
            }
        });
    let w = base.and_then(at).unwrap_or(500);
    w + if horn {
        45
    } else if horn_cap {
        50
    } else {
        0
    }
}

/// How wide `text` prints in `style` at `half_points`, in twips.
pub(super) fn width(text: &str, style: Style, half_points: usize) -> usize {
    let em: usize = text.chars().map(|c| usize::from(advance(c, style))).sum();
    em * half_points * 10 / 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_those_liberation_serif_prints() {
        // Measured from LiberationSerif-Italic.ttf and -Regular.ttf at 14 pt.
        let line = "Phường Tân Định, ngày 12 tháng 12 năm 2024";
        assert!(width(line, Style::Italic, 28).abs_diff(5303) < 30);
        let body = "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH";
        assert!(width(body, Style::Regular, 28).abs_diff(3935) < 30);
    }
}
