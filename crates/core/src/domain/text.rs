//! Text as it enters the model: Unicode NFC, so that a letter typed by any input method, pasted
//! or read from a file is stored, compared and edited the same way.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfc};

/// Returns `s` in NFC. Cheap when `s` already is (the usual case).
pub fn nfc(s: &str) -> String {
    if is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// Normalizes a string in place.
pub(crate) fn nfc_in_place(s: &mut String) {
    if !is_nfc(s) {
        *s = s.nfc().collect();
    }
}

/// Text read from a file: control characters other than newline and tab (C0, DEL, C1: terminal
/// escapes) become U+FFFD, visible where they were, and a CRLF a newline; then NFC.
pub(crate) fn from_file_in_place(s: &mut String) {
    if plainly_clean(s) {
        return;
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        *s = s
            .replace("\r\n", "\n")
            .chars()
            .map(|c| match c {
                '\n' | '\t' => c,
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect();
    }
    if !is_nfc(s) {
        *s = s.nfc().collect();
    }
}

/// Text made only of what Vietnamese text in NFC is made of: printable ASCII, newline and tab,
/// the Latin-1 and Latin Extended-A letters and signs, Ơ ơ Ư ư, the letters with tone marks
/// (U+1EA0–U+1EF9), dashes, quotes and the ellipsis. Each is a starter that is NFC on its own
/// and composes with nothing before it, so such a text is NFC and free of control characters
/// without the normalization tables (a file's every text is checked on each load: thousands of
/// files in the committee's roll-up).
fn plainly_clean(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c,
            '\n' | '\t' | ' '..='~'
            | '\u{a0}'..='\u{17f}'
            | '\u{1a0}' | '\u{1a1}' | '\u{1af}' | '\u{1b0}'
            | '\u{1ea0}'..='\u{1ef9}'
            | '\u{2010}'..='\u{2027}')
    })
}

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
    fn nfd_becomes_nfc() {
        let nfd = "Nguye\u{302}\u{303}n Va\u{306}n A\u{302}\u{301}n";
        assert_eq!(nfc(nfd), "Nguyễn Văn Ấn");
        assert_ne!(nfd, "Nguyễn Văn Ấn");
    }

    #[test]
    fn controls_become_replacement_characters() {
        let mut s = String::from("a\u{1b}]0;x\u{7}\r\nb\tc\u{9b}");
        from_file_in_place(&mut s);
        assert_eq!(s, "a\u{fffd}]0;x\u{fffd}\nb\tc\u{fffd}");
    }

    #[test]
    fn the_plain_characters_are_each_nfc_starters_and_no_control() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{IsNormalized, is_nfc_quick};
        // Every character of a text the quick check says Yes to, with combining class 0: no
        // text made of them can be anything but NFC.
        let plain: Vec<char> = (0..=0x2fff_u32)
            .filter_map(char::from_u32)
            .filter(|c| plainly_clean(&c.to_string()))
            .collect();
        assert_eq!(plain.len(), 2 + 95 + 224 + 4 + 90 + 24);
        for c in plain {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert!(!is_unsafe(c) && c != '\r', "{c:?}");
        }
        // Decomposed text, a carriage return: the full way.
        let mut s = String::from("Nguye\u{302}\u{303}n\r\nVa\u{306}n");
        from_file_in_place(&mut s);
        assert_eq!(s, "Nguyễn\nVăn");
    }

    #[test]
    fn nfc_is_unchanged() {
        let mut s = String::from("Hoàn thành xuất sắc nhiệm vụ");
        nfc_in_place(&mut s);
        assert_eq!(s, "Hoàn thành xuất sắc nhiệm vụ");
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
