//! The seal of a finalized session: a SHA-256 of a canonical encoding of its content that does
//! not depend on the RON writer. The content (everything but `schema`, status, amendments and
//! log) goes through serde's data model into a JSON value, which this module writes itself in
//! one fixed form: object keys sorted by their UTF-8 bytes, no whitespace, integers only, strings
//! escaped as RFC 8259 requires and nothing more. A new release of ron or serde_json cannot
//! change it; only a change to the session's own fields can.
//!
//! `schema` is left out because it says how the file is written, not what the meeting was: the
//! loader rewrites it to the version it reads into, so a seal that covered it would break at the
//! first release that raises the version. Seals written before are still accepted (the same
//! canonical form with `schema: 1`, and before that a SHA-256 of `ron::to_string`), and
//! [`Session::upgrade_seal`] rewrites them.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::{Session, Status};

/// Why a session's content could not be encoded for its seal. The domain's types always
/// encode; a session that does not is never sealed, nor shown intact.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// serde could not turn the content into a JSON value (the encoder's own words).
    #[error("the session's content cannot be encoded for its seal: {0}")]
    Canonical(String),
    /// The RON writer of the seals before the canonical form refused the content.
    #[error("the session's content cannot be written as RON for its old seal: {0}")]
    Legacy(String),
}

/// What the seal of a session says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealState {
    /// Finalized, and the content is what was sealed.
    Intact,
    /// Finalized, and the content changed since it was sealed.
    Changed,
    /// Not finalized: nothing is sealed.
    NotFinalized,
}

/// The `schema` every seal made before the seal left it out was computed with: only builds
/// writing schema 1 ever sealed (the loader sets the current schema before any command, and
/// finalizing is a command).
const SCHEMA_OF_OLD_SEALS: u32 = 1;

impl Session {
    /// The session with what the seal leaves out cleared: status, amendments and log; `schema`
    /// set as the old seals had it (the current seal drops the field itself).
    fn sealed_content(&self) -> Session {
        let mut content = self.clone();
        content.schema = SCHEMA_OF_OLD_SEALS;
        content.status = Status::Draft;
        content.amendments.clear();
        content.log.clear();
        content
    }

    /// SHA-256 (hex) of the canonical encoding of the session's content: everything but its
    /// schema, status, amendments and log, so that finalizing does not change what it seals and
    /// a new file format does not break it.
    pub fn content_checksum(&self) -> Result<String, SealError> {
        let mut value = to_value(&self.sealed_content())?;
        if let Value::Object(fields) = &mut value {
            fields.remove("schema");
        }
        Ok(digest(&value))
    }

    /// The seals made before: the canonical form with `schema: 1`, and before that SHA-256 of
    /// `ron::to_string` of the content. Only read, to accept and upgrade those seals.
    fn legacy_checksums(&self) -> Result<[String; 2], SealError> {
        let content = self.sealed_content();
        let text = ron::to_string(&content).map_err(|e| SealError::Legacy(e.to_string()))?;
        Ok([
            digest(&to_value(&content)?),
            hex(&Sha256::digest(text.as_bytes())),
        ])
    }

    /// The seal of files finalized before the canonical form: SHA-256 of `ron::to_string` of
    /// the content (with `schema: 1`).
    pub fn legacy_checksum(&self) -> Result<String, SealError> {
        let [_, ron] = self.legacy_checksums()?;
        Ok(ron)
    }

    /// Whether the session is sealed and intact, changed since sealed, or not finalized. A
    /// content that cannot be encoded cannot be shown to match its seal: it counts as changed.
    pub fn seal_state(&self) -> SealState {
        let Status::Finalized { checksum, .. } = &self.status else {
            return SealState::NotFinalized;
        };
        let now = self.content_checksum().is_ok_and(|sum| sum == *checksum);
        let before = self
            .legacy_checksums()
            .is_ok_and(|sums| sums.contains(checksum));
        if now || before {
            SealState::Intact
        } else {
            SealState::Changed
        }
    }

    /// A seal in an old form that still verifies is rewritten in the current form (on load,
    /// so that the next save carries it). Returns whether it was rewritten.
    pub fn upgrade_seal(&mut self) -> bool {
        let Status::Finalized { checksum, .. } = &self.status else {
            return false;
        };
        // A content that cannot be encoded keeps the seal it has: there is nothing to upgrade to.
        let (Ok(new), Ok(old)) = (self.content_checksum(), self.legacy_checksums()) else {
            return false;
        };
        if *checksum == new || !old.contains(checksum) {
            return false;
        }
        if let Status::Finalized { checksum, .. } = &mut self.status {
            *checksum = new;
        }
        true
    }
}

/// `content` through serde's data model, as a JSON value.
fn to_value<T: Serialize>(content: &T) -> Result<Value, SealError> {
    serde_json::to_value(content).map_err(|e| SealError::Canonical(e.to_string()))
}

/// SHA-256 (hex) of the canonical encoding of `value`.
fn digest(value: &Value) -> String {
    let mut text = String::new();
    canonical(value, &mut text);
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `v` in the canonical form (see the module's documentation).
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (k, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(k, out);
                out.push(':');
                canonical(item, out);
            }
            out.push('}');
        }
    }
}

/// A JSON string: `"` and `\` escaped, control characters as `\u00XX`, everything else as is.
fn string(s: &str, out: &mut String) {
    out.push('"');
    // The text between the characters to escape is copied a run at a time: a session's
    // reports and remarks are most of what a seal encodes, and few of their characters need it.
    // Those characters are ASCII, so a byte search finds them (no byte of a longer character
    // is below 0x80) and the place found is a character's start.
    let mut rest = s;
    while let Some(at) = rest
        .bytes()
        .position(|b| b == b'"' || b == b'\\' || b < 0x20)
    {
        let (run, tail) = rest.split_at(at);
        out.push_str(run);
        let mut chars = tail.chars();
        match chars.next() {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some(c) => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            None => {}
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_sorts_keys_and_escapes_only_what_json_needs() {
        let v = serde_json::json!({"b": [1, "x\"y\\z\n"], "a": {"d": null, "c": true}, "é": 2});
        let mut out = String::new();
        canonical(&v, &mut out);
        assert_eq!(
            out,
            r#"{"a":{"c":true,"d":null},"b":[1,"x\"y\\z\u000a"],"é":2}"#
        );
    }

    #[test]
    fn a_content_that_cannot_be_encoded_is_an_error_not_a_hash_of_its_debug() {
        // JSON keys are strings: a map keyed by pairs does not encode.
        let content: std::collections::BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into();
        assert!(matches!(to_value(&content), Err(SealError::Canonical(_))));
        assert_eq!(digest(&to_value(&1u8).unwrap()).len(), 64);
    }
}
