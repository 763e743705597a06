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

/// How many control characters (other than newline, tab and the CR of a CRLF) the RON text
/// holds, written raw or as an escape (`\u{1b}`, `\x07`, `\0`): what the load replaced with
/// U+FFFD. Comments count too, so this may say more than were in values.
pub fn count_in_ron(text: &str) -> usize {
    let mut n = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\\' => n += usize::from(escaped_control(&mut chars)),
            c if is_unsafe(c) => n += 1,
            _ => {}
        }
    }
    n
}

/// After a backslash: whether the escape stands for an unsafe control character.
fn escaped_control(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> bool {
    let code = match chars.next() {
        Some('0') => Some(0),
        Some('x') => {
            let hex: String = chars.by_ref().take(2).collect();
            u32::from_str_radix(&hex, 16).ok()
        }
        Some('u') if chars.peek() == Some(&'{') => {
            let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
            u32::from_str_radix(&hex, 16).ok()
        }
        _ => None,
    };
    code.and_then(char::from_u32).is_some_and(is_unsafe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_in_ron_text_are_counted() {
        assert_eq!(count_in_ron("(a: \"x\\u{1b}]0;\\x07\u{9b}\")\r\n"), 3);
        assert_eq!(count_in_ron("(a: \"\\\\0 \\n \\u{1ec5}\")"), 0);
        assert_eq!(count_in_ron("\\0\u{7f}"), 2);
    }

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
