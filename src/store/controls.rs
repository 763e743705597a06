//! Control characters never reach a terminal or an exported text. Whatever a session file holds
//! (an `ESC ] 52` clipboard write, an `ESC ] 0` window title, a NUL), what chibo prints and
//! exports shows it escaped and visible: `\u{1b}`. Newline and tab are kept.

use std::borrow::Cow;

/// Whether `c` must not be written raw: C0 except newline and tab, DEL, C1.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `s` with every unsafe control character written as `\u{…}`; borrowed when there is none.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_made_visible() {
        assert_eq!(
            visible("Ấn\u{1b}]52;c;eA==\u{7}"),
            "Ấn\\u{1b}]52;c;eA==\\u{7}"
        );
        assert_eq!(visible("a\u{9b}b\u{7f}\0"), "a\\u{9b}b\\u{7f}\\u{0}");
        assert!(matches!(visible("dòng 1\n\tdòng 2"), Cow::Borrowed(_)));
    }
}
