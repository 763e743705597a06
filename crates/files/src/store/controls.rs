//! Control characters counted in a session file's RON text: what the load replaced with U+FFFD.
//! (Making them visible in output is the domain's `visible`.)

use chibo_core::domain::is_unsafe;

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
}
