//! Text as it enters the model: Unicode NFC, so that a letter typed by any input method, pasted
//! or read from a file is stored, compared and edited the same way; a name without the title
//! typed before it; control characters judged one way wherever text comes from (a file read, a
//! key, a paste, a command): refused in a name when they are NUL or ESC ([`refused_in_name`]),
//! replaced by U+FFFD elsewhere ([`clean`]).

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
    if plainly_clean(s) {
        return 0;
    }
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

/// Titles written before a name: "Đ/c" always; "Đồng chí" before a name of two words or more;
/// "Ông" and "Bà", which are also family names (Ông Ích Khiêm), before three words or more. In
/// any case; "dong chi", "ong", "ba" typed without marks too.
fn title_words(words: &[&str]) -> usize {
    let lower = |i: usize| words.get(i).map(|w| w.to_lowercase());
    let Some(first) = lower(0) else {
        return 0;
    };
    let first = first.trim_end_matches(['.', ':']);
    if ["đ/c", "d/c", "đ.c"].contains(&first) {
        return 1;
    }
    let two = format!("{first} {}", lower(1).unwrap_or_default());
    if ["đồng chí", "dong chi"].contains(&two.trim_end_matches(['.', ':'])) && words.len() >= 4
    {
        return 2;
    }
    if ["ông", "bà", "ong", "ba"].contains(&first) && words.len() >= 4 {
        return 1;
    }
    0
}

/// `name` without the titles typed before it ("Đ/c Phan Văn Tùng", "Đồng chí Lâm Thị Hạnh" →
/// the name alone), so that the minutes never write "Đồng chí Đồng chí …". The one rule for a
/// member added or renamed and for a list imported. A name that is only a title stays as it is.
pub fn without_title(name: &str) -> String {
    let mut rest = name.trim();
    loop {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let n = title_words(&words);
        if n == 0 || words.len() <= n {
            return rest.to_owned();
        }
        rest = after_words(rest, n);
    }
}

/// `s` after its first `n` words, without the spaces before the next.
fn after_words(s: &str, n: usize) -> &str {
    let mut rest = s.trim_start();
    for _ in 0..n {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        rest = rest.get(end..).unwrap_or_default().trim_start();
    }
    rest
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
        assert_eq!(clean_in_place(&mut s), 0);
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

    #[test]
    fn titles_are_stripped_from_names() {
        assert_eq!(without_title("Đ/c Phan Văn Tùng"), "Phan Văn Tùng");
        assert_eq!(without_title("đ/c: Phan Văn Tùng"), "Phan Văn Tùng");
        assert_eq!(without_title("Đồng chí Lâm Thị Hạnh"), "Lâm Thị Hạnh");
        assert_eq!(without_title("ĐỒNG CHÍ  LÂM THỊ HẠNH"), "LÂM THỊ HẠNH");
        assert_eq!(without_title("dong chi Lam Thi Hanh"), "Lam Thi Hanh");
        assert_eq!(without_title("Đồng chí Đ/c Lê Lợi"), "Lê Lợi");
        assert_eq!(without_title("Ông Nguyễn Văn Ba"), "Nguyễn Văn Ba");
        assert_eq!(without_title("bà Trần Thị Mai"), "Trần Thị Mai");
        assert_eq!(without_title(" Nguyễn Văn An "), "Nguyễn Văn An");
        // "Ông" is a family name too, "Đồng" as well: a short name keeps them.
        assert_eq!(without_title("Ông Ích Khiêm"), "Ông Ích Khiêm");
        assert_eq!(without_title("Đồng Chí Thanh"), "Đồng Chí Thanh");
        assert_eq!(without_title("Đ/c"), "Đ/c");
    }
}
