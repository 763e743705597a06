//! Where in a session's text a problem found after parsing is written, so that every refusal
//! reads `PATH:LINE:COLUMN: …`: the schema number, a duplicate or unknown member id (wherever
//! the file names one, the counting team's included), a control character in a name, an
//! `Excused` without its reason.
//!
//! The typed parse keeps no positions, so these look the value up in the text. Files written
//! by chibo (and the documented hand-written form) put one value where these searches find it;
//! when a search finds nothing the error simply has no position.

use std::path::Path;

use super::error::{StoreError, position_after};
use chibo_core::domain::{Attendance, Place, Session, StructureError};

/// Line and column of byte `offset` in `text`.
fn at(text: &str, offset: usize) -> Option<(usize, usize)> {
    text.get(..offset).map(position_after)
}

/// Offsets of `"value"` in `text` whose preceding text (blanks skipped) ends with `before`.
fn quoted<'a>(text: &'a str, value: &'a str, before: &'a str) -> impl Iterator<Item = usize> + 'a {
    let needle = format!("\"{value}\"");
    text.match_indices(&needle)
        .map(|(i, _)| i)
        .filter(move |&i| {
            text.get(..i)
                .is_some_and(|head| head.trim_end().ends_with(before))
        })
        .collect::<Vec<_>>()
        .into_iter()
}

/// The schema number of a file from a newer chibo.
pub(crate) fn schema(text: &str) -> Option<(usize, usize)> {
    let (key, _) = text.match_indices("schema").find(|(i, _)| {
        text.get(i + 6..)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })?;
    let rest = text.get(key + 6..)?;
    let colon = key + 6 + rest.find(':')? + 1;
    let after = text.get(colon..)?;
    at(text, colon + (after.len() - after.trim_start().len()))
}

/// A member id that does not hold: the second `id: "x"` for a duplicate, the first reference
/// for an unknown member.
pub(crate) fn structure(text: &str, e: &StructureError) -> Option<(usize, usize)> {
    let offset = match e {
        StructureError::DuplicateMember(id) => quoted(text, id.as_str(), "id:").nth(1),
        StructureError::DuplicateReview(id) => quoted(text, id.as_str(), "member:").nth(1),
        StructureError::UnknownMember { place, id } => {
            let before = match place {
                Place::Review => "member:",
                Place::Chair => "chair:",
                Place::MinuteTaker => "minute_taker:",
                Place::CountingHead => "counting_head:",
                Place::CountingTeam => return in_list(text, id.as_str(), "counting_team:"),
                Place::Criticism | Place::Contribution | Place::AgendaStep => "Member(",
            };
            quoted(text, id.as_str(), before)
                .next()
                .or_else(|| quoted(text, id.as_str(), "").next())
        }
        StructureError::EmptyId => quoted(text, "", "id:").next(),
    }?;
    at(text, offset)
}

/// `"value"` inside the list written after `key` (`counting_team: ["m3", "m9"]`): the first
/// list of that key that holds it; any `"value"` when none does.
fn in_list(text: &str, value: &str, key: &str) -> Option<(usize, usize)> {
    let needle = format!("\"{value}\"");
    let found = text.match_indices(key).find_map(|(k, _)| {
        let open = k + key.len() + text.get(k + key.len()..)?.find('[')?;
        let close = open + text.get(open..)?.find(']')?;
        text.get(open..close)?.find(&needle).map(|i| open + i)
    });
    at(text, found.or_else(|| quoted(text, value, "").next())?)
}

/// Refuses a NUL or ESC in a name (a member's name and id, a guest's, the cell's, its
/// committee's).
/// The domain's judgement ([`Session::control_in_name`]), the one the command gate makes too.
pub(crate) fn check_names(text: &str, s: &Session, path: &Path) -> Result<(), StoreError> {
    match s.control_in_name() {
        Some(ch) => Err(StoreError::ControlInName {
            path: path.to_owned(),
            at: control(text, ch),
            ch,
        }),
        None => Ok(()),
    }
}

/// Where `ch` is written, as itself or as a RON escape; on a line naming a `name` if any.
fn control(text: &str, ch: char) -> Option<(usize, usize)> {
    let forms: &[&str] = if ch == '\0' {
        &[
            "\0",
            "\\0",
            "\\x00",
            "\\u{0}",
            "\\u{00}",
            "\\u{000}",
            "\\u{0000}",
        ]
    } else {
        &[
            "\u{1b}",
            "\\x1b",
            "\\x1B",
            "\\u{1b}",
            "\\u{1B}",
            "\\u{001b}",
            "\\u{001B}",
        ]
    };
    let mut hits: Vec<usize> = forms
        .iter()
        .flat_map(|f| text.match_indices(f).map(|(i, _)| i))
        .collect();
    hits.sort_unstable();
    let line_of = |i: usize| {
        let start = text
            .get(..i)
            .and_then(|h| h.rfind('\n'))
            .map_or(0, |n| n + 1);
        // Both ends are character boundaries (a match, just after a newline): always a slice.
        text.get(start..i).unwrap_or_default()
    };
    let in_name = hits.iter().find(|&&i| {
        ["name:", "committee:"]
            .iter()
            .any(|k| line_of(i).contains(k))
    });
    at(text, *in_name.or(hits.first())?)
}

/// Refuses `Excused` with a blank reason, at the `Excused` that has none.
pub(crate) fn check_reasons(text: &str, s: &Session, path: &Path) -> Result<(), StoreError> {
    let blank = s
        .members
        .iter()
        .any(|m| matches!(&m.attendance, Attendance::Excused(r) if r.trim().is_empty()));
    if !blank {
        return Ok(());
    }
    let offset = text
        .match_indices("Excused")
        .map(|(i, _)| i)
        .find(|&i| text.get(i + 7..).is_some_and(blank_argument));
    Err(StoreError::NoReason {
        path: path.to_owned(),
        at: offset.and_then(|i| at(text, i)),
    })
}

/// `("")`, `("  ")`, `()` or `(r#""#)` after the variant name.
fn blank_argument(rest: &str) -> bool {
    let Some(inner) = rest.trim_start().strip_prefix('(') else {
        return false;
    };
    let inner = inner.trim_start();
    let inner = inner.strip_prefix("r#").unwrap_or(inner);
    if inner.starts_with(')') {
        return true;
    }
    inner
        .strip_prefix('"')
        .and_then(|s| s.split_once('"'))
        .is_some_and(|(reason, _)| reason.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_number_position() {
        assert_eq!(schema("(\n    schema: 99,\n)"), Some((2, 13)));
        assert_eq!(schema("(schema:7)"), Some((1, 9)));
        assert_eq!(schema("(id: \"x\")"), None);
    }

    #[test]
    fn blank_arguments() {
        assert!(blank_argument("(\"\")"));
        assert!(blank_argument("( \"  \" )"));
        assert!(blank_argument("()"));
        assert!(blank_argument("(r#\"\"#)"));
        assert!(!blank_argument("(\"ốm\")"));
        assert!(!blank_argument(","));
    }

    #[test]
    fn a_control_in_a_name_line_wins() {
        let text = "(\n  note: \"\\u{1b}\",\n  name: \"A\\x1b]0;x\",\n)";
        assert_eq!(control(text, '\u{1b}'), Some((3, 11)));
    }
}
