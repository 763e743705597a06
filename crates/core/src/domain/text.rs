//! Text as it enters the model: Unicode NFC, so that a letter typed by any input method, pasted
//! or read from a file is stored, compared and edited the same way; control characters judged
//! one way wherever text comes from (a file read, a key, a paste, a command): refused in a name
//! when they are NUL or ESC ([`refused_in_name`]), replaced by U+FFFD elsewhere ([`clean`]).

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

/// Text as the session keeps it: control characters other than newline and tab (C0, DEL, C1:
/// terminal escapes) become U+FFFD, visible where they were, and a CRLF a newline; then NFC.
/// Returns how many control characters were replaced (the CR of a CRLF is not counted).
pub(crate) fn clean_in_place(s: &mut String) -> usize {
    let mut replaced = 0;
    if s.chars().any(is_unsafe) {
        *s = s
            .replace("\r\n", "\n")
            .chars()
            .map(|c| {
                if is_unsafe(c) {
                    replaced += 1;
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect();
    }
    nfc_in_place(s);
    replaced
}

/// Whether `c` must not be written raw: C0 except newline and tab, DEL, C1.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Whether a name holding `c` is refused rather than repaired: NUL and ESC (what starts a
/// terminal escape). The loader refuses a file with one in a name; a command bringing one is
/// refused the same way, so no session ever holds what its own file would be refused for.
pub fn refused_in_name(c: char) -> bool {
    matches!(c, '\0' | '\u{1b}')
}

/// `s` as the session keeps it: what the loader makes of the text it reads (controls but
/// newline and tab become U+FFFD, a CRLF a newline, then NFC). For text shown before it is
/// committed (a paste into an editor), so the screen shows what will be stored.
pub fn clean(s: &str) -> String {
    let mut s = s.to_owned();
    clean_in_place(&mut s);
    s
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
        let mut s = String::from("a\u{1b}]0;x\u{7}\r\nb\tc\u{9b}\r");
        assert_eq!(clean_in_place(&mut s), 4);
        assert_eq!(s, "a\u{fffd}]0;x\u{fffd}\nb\tc\u{fffd}\u{fffd}");
        let mut clean = String::from("dòng 1\n\tdòng 2");
        assert_eq!(clean_in_place(&mut clean), 0);
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
