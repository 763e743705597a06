//! A session's text without its indentation, for a faster parse: chibo writes 4 spaces a level
//! and a session file is about 40% indentation, which the RON parser skips one `char` at a
//! time through a function pointer: without it a load takes a third less time, which is most of
//! what the committee's roll-up of thousands of files spends.
//!
//! Only the blanks (spaces, tabs) that start a line outside a string go; line breaks stay, so
//! tokens stay apart and line numbers do not move. The text is given up (`None`, the file then
//! parsed as it is) at anything whose reading is not certain here: a comment, a character
//! literal, a quote after `#` that no raw `r` opens. A compacted text that does not parse is
//! not used either (the caller parses the original, so an error names the file's own line and
//! column).

/// `text` with its lines' leading blanks removed outside strings, or `None` when the text holds
/// something this reading does not follow, or no indentation at all.
pub(crate) fn without_indentation(text: &str) -> Option<String> {
    let scan = scan(text)?;
    scan.removed.then_some(scan.out)
}

/// What [`scan`] made of a text.
struct Scan {
    out: String,
    /// Some blanks were removed.
    removed: bool,
    /// Where in `out` the last line outside a string that starts with `log:` starts.
    last_log: Option<usize>,
}

fn scan(text: &str) -> Option<Scan> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Bytes copied so far: `text[..done]` is in `out`, less the blanks removed.
    let mut done = 0;
    let mut i = 0;
    let mut removed = false;
    let mut last_log = None;
    while let Some(k) = find_special(bytes.get(i..)?) {
        i += k;
        match bytes.get(i)? {
            b'\n' => {
                let start = i + 1;
                let end = start + blanks(bytes.get(start..)?);
                if end > start {
                    out.push_str(text.get(done..start)?);
                    done = end;
                    removed = true;
                }
                if bytes.get(end..end + 4) == Some(b"log:") {
                    last_log = Some(out.len() + end - done);
                }
                i = end;
            }
            b'"' => i = string_end(bytes, i)?,
            // A comment or a character literal: not read here.
            _ => return None,
        }
    }
    out.push_str(text.get(done..)?);
    Some(Scan {
        out,
        removed,
        last_log,
    })
}

/// A session's text for reading its record only (the committee's roll-up of thousands of
/// files): without indentation, and its log (what the app did, often a third of the file and
/// not in the seal) cut to its last entry. `None` when the log is not the text's last field
/// (a file put in another order by hand) or anything is not certain here.
pub(crate) fn record_only(text: &str) -> Option<String> {
    let scan = scan(text)?;
    let out = scan.out;
    let at = scan.last_log?;
    let bytes = out.as_bytes();
    let open = at + 4 + blanks(bytes.get(at + 4..)?);
    if bytes.get(open) != Some(&b'[') {
        return None;
    }
    let (last, close) = last_element(bytes, open + 1)?;
    // Only the closing of the session may follow: then this `log` is the session's own.
    let tail = out.get(close + 1..)?;
    let tail = tail
        .trim_start()
        .strip_prefix(',')
        .unwrap_or(tail)
        .trim_start();
    if tail.strip_prefix(')')?.trim().is_empty() {
        let kept = last.map_or(Some(""), |(a, b)| out.get(a..b))?;
        Some(format!("{}{kept}{}", out.get(..=open)?, out.get(close..)?))
    } else {
        None
    }
}

/// From just inside a list's `[` at `from`: the span of its last element (`None` when the
/// list is empty) and where its `]` is. Strings are skipped; brackets of any kind nest.
fn last_element(bytes: &[u8], from: usize) -> Option<(Option<(usize, usize)>, usize)> {
    const MARKS: [u8; 10] = [b'"', b'[', b']', b'(', b')', b'{', b'}', b',', b'/', b'\''];
    let mut depth = 0usize;
    let mut start = from;
    let mut last = None;
    let mut i = from;
    loop {
        i += find_any(bytes.get(i..)?, &MARKS)?;
        match bytes.get(i)? {
            b'"' => {
                i = string_end(bytes, i)?;
                continue;
            }
            b'[' | b'(' | b'{' => depth += 1,
            b']' if depth == 0 => {
                let element = bytes.get(start..i)?;
                if !element.iter().all(u8::is_ascii_whitespace) {
                    last = Some((start, i));
                }
                return Some((last, i));
            }
            b']' | b')' | b'}' => depth = depth.checked_sub(1)?,
            b',' if depth == 0 => {
                last = Some((start, i));
                start = i + 1;
            }
            b',' => {}
            _ => return None,
        }
        i += 1;
    }
}

/// The bytes that matter outside a string: a line's end, a quote, a comment's or a character
/// literal's start.
const SPECIAL: [u8; 4] = [b'\n', b'"', b'/', b'\''];

fn find_special(bytes: &[u8]) -> Option<usize> {
    find_any(bytes, &SPECIAL)
}

/// Where the first of `needles` is in `bytes`, eight bytes at a time (most of a file is none
/// of them): a byte of a word equal to `n` is a zero byte of `word ^ n…n`, and the lowest zero
/// byte's high bit is the lowest one set in `(v - 0x01…01) & !v & 0x80…80`.
fn find_any(bytes: &[u8], needles: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().ok()?);
        let hits = needles
            .iter()
            .fold(0, |m, n| m | zero(word ^ (ONES * u64::from(*n))));
        if hits != 0 {
            // At most 63 / 8: a byte's place in the word.
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = chunks
        .remainder()
        .iter()
        .position(|b| needles.contains(b))?;
    Some(at + rest)
}

/// How many spaces and tabs `bytes` starts with.
fn blanks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count()
}

/// Whether the byte at `i` starts a token: the text's start, or after a byte that cannot be in
/// an identifier (a `b` prefix, as in `br"…"`, counts as the token's start too).
fn starts_token(bytes: &[u8], i: usize) -> bool {
    let ident = |k: usize| {
        bytes
            .get(k)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    match i.checked_sub(1) {
        None => true,
        Some(p) if bytes.get(p) == Some(&b'b') => i < 2 || !ident(i - 2),
        Some(p) => !ident(p),
    }
}

/// At the opening `"` of a string (`quote`): the index past its end, `None` when the text ends
/// inside it or its opening is not certain. A raw string, `r"…"` or `r#"…"#` (the `r` starting
/// a token), ends at a quote and as many `#`; a plain one at a quote not escaped.
fn string_end(bytes: &[u8], quote: usize) -> Option<usize> {
    let before = bytes.get(..quote)?;
    let hashes = before.iter().rev().take_while(|b| **b == b'#').count();
    let r = quote.checked_sub(hashes + 1);
    let raw = r.is_some_and(|r| bytes.get(r) == Some(&b'r') && starts_token(bytes, r));
    match (raw, hashes) {
        (false, 0) => plain_end(bytes, quote + 1),
        (true, _) => raw_end(bytes, quote + 1, hashes),
        // `#"` with no raw `r` before: not RON this reading follows.
        (false, _) => None,
    }
}

fn plain_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i += find_any(bytes.get(i..)?, b"\"\\")?;
        match bytes.get(i)? {
            b'\\' => i += 2,
            _ => return Some(i + 1),
        }
    }
}

fn raw_end(bytes: &[u8], from: usize, hashes: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i += find_any(bytes.get(i..)?, b"\"")?;
        let end = i + 1 + hashes;
        if bytes.get(i + 1..end)?.iter().all(|b| *b == b'#') {
            return Some(end);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indentation_goes_and_strings_keep_theirs() {
        let text = "(\n    name: \"a\n    b\",\n\tx: r#\"c \"q\"\n    d\"#,\n    y: 1,\n)\n";
        assert_eq!(
            without_indentation(text).unwrap(),
            "(\nname: \"a\n    b\",\nx: r#\"c \"q\"\n    d\"#,\ny: 1,\n)\n"
        );
        // Escaped quotes and backslashes inside a plain string.
        let text = "(\n  s: \"x\\\"\n  y\\\\\",\n  t: 2,\n)";
        assert_eq!(
            without_indentation(text).unwrap(),
            "(\ns: \"x\\\"\n  y\\\\\",\nt: 2,\n)"
        );
        // Identifiers with an `r` (rules, br…) are not raw strings.
        let text = "(\n    rules: (name: Qd366),\n    bar: br\"z\n  \",\n)";
        assert_eq!(
            without_indentation(text).unwrap(),
            "(\nrules: (name: Qd366),\nbar: br\"z\n  \",\n)"
        );
    }

    #[test]
    fn the_special_bytes_are_found_wherever_they_are_in_a_word() {
        for len in 0..20 {
            for at in 0..len {
                for b in SPECIAL {
                    let mut text = vec![b'a'; len];
                    text[at] = b;
                    // A byte one below a special one must not be taken for it.
                    if at + 1 < len {
                        text[at + 1] = b - 1;
                    }
                    assert_eq!(find_special(&text), Some(at), "{len} {at} {b}");
                }
            }
            assert_eq!(find_special(&vec![b'a'; len]), None);
        }
        // "ễ" is three bytes: the quote is byte 9.
        assert_eq!(find_special("Nguyễn \"Ấn\"".as_bytes()), Some(9));
    }

    #[test]
    fn the_record_keeps_the_logs_last_entry_only() {
        let text = "(\n    a: \"log: [x\",\n    log: [\n        (at: \"1\", what: \"A (x) [y]\"),\n        (\n            at: \"2\",\n            what: \"B\",\n        ),\n    ],\n)\n";
        assert_eq!(
            record_only(text).unwrap(),
            "(\na: \"log: [x\",\nlog: [\n(\nat: \"2\",\nwhat: \"B\",\n)],\n)\n"
        );
        // An empty log, a log with one entry and no trailing comma.
        assert_eq!(record_only("(\n  log: [],\n)").unwrap(), "(\nlog: [],\n)");
        assert_eq!(
            record_only("(\n  log: [(at: 1)]\n)").unwrap(),
            "(\nlog: [(at: 1)]\n)"
        );
        // Not the last field, a `log` inside a string only, or none: not cut.
        assert_eq!(record_only("(\n  log: [1, 2],\n  b: 1,\n)"), None);
        assert_eq!(record_only("(\n  a: \"x\nlog: [1]\",\n)"), None);
        assert_eq!(record_only("(\n  a: 1,\n)"), None);
    }

    #[test]
    fn what_is_not_followed_here_is_given_up() {
        assert_eq!(without_indentation("(\n  a: 1, // note\n)"), None);
        assert_eq!(without_indentation("(\n  a: '\"',\n)"), None);
        // A raw identifier holds no quote: read past like any name.
        assert!(without_indentation("(\n  r#type: 1,\n)").is_some());
        assert_eq!(without_indentation("(\n  a: #\"x\",\n)"), None);
        assert_eq!(without_indentation("(\n  a: \"open"), None);
        assert_eq!(without_indentation("(a: 1)"), None, "nothing to remove");
    }
}
