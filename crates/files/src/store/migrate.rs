//! Schema versions: read the `schema` number first, refuse files from a newer chibo, and bring
//! older files up to [`SCHEMA_VERSION`] before the typed parse.
//!
//! Schema 0 is the pre-release format. It differs from schema 1 in two ways:
//! - the rule set was written as a bare name, `rules: Qd124`, where schema 1 writes
//!   `rules: (name: Qd124, settings: (...))` (settings then always had their defaults);
//! - the `schema` field could be absent (absent means 0).
//!
//! The migration edits the text rather than a `ron::Value`: a `Value` forgets enum variant names
//! (`post: Secretary` becomes a unit), and editing in place keeps every line number, so an error
//! later in an old file still points at the right line. The span to edit comes from the RON
//! parser itself (a borrowed `RawValue`), not from a text search.

use std::borrow::Cow;
use std::path::Path;

use ron::extensions::Extensions;
use ron::value::RawValue;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::StoreError;
use chibo_core::domain::SCHEMA_VERSION;

/// How every session file is read: `Some(..)` optional, so hand-written files may omit it.
pub(crate) fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Only the schema number; every other field is skipped. Named `Session` in errors (an empty
/// file reads "Expected opening `(` for struct `Session`").
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct SchemaProbe {
    #[serde(default)]
    schema: Option<u32>,
}

/// The raw text of the `rules` value, borrowed from the file. Required: a file without rules is
/// reported as missing `rules` (at its closing parenthesis), as for a current file.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct RulesProbe<'a> {
    #[serde(borrow)]
    rules: &'a RawValue,
}

/// What the typed parse must tell about itself so the fast path can refuse a newer file.
pub(crate) trait Versioned {
    fn schema(&self) -> u32;
}

impl Versioned for chibo_core::domain::Session {
    fn schema(&self) -> u32 {
        self.schema
    }
}

/// Parses `text` (BOM already stripped) as `T` after migrating it to the current schema.
///
/// A current file parses in one pass. Only when that fails (an older or newer schema, or a
/// mistake) is the schema probed, to migrate, to refuse a newer file, or to report the error.
pub(crate) fn deserialize<T: DeserializeOwned + Versioned>(
    text: &str,
    path: &Path,
) -> Result<T, StoreError> {
    if let Ok(value) = options().from_str::<T>(text) {
        let found = value.schema();
        if found > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path.to_owned(),
                found,
                at: super::locate::schema(text),
            });
        }
        return Ok(value);
    }
    let probe: SchemaProbe = options()
        .from_str(text)
        .map_err(|e| StoreError::parse(path, text, e))?;
    // The first files had no `schema` field: they are schema 0.
    let found = probe.schema.unwrap_or(0);
    if found > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_owned(),
            found,
            at: super::locate::schema(text),
        });
    }
    let mut text = Cow::Borrowed(text);
    if found < SCHEMA_VERSION {
        tracing::info!(path = %super::shown(path), from = found, to = SCHEMA_VERSION, "older schema read");
    }
    if found == 0 {
        text = Cow::Owned(from_schema_0(&text, probe.schema.is_none(), path)?);
    }
    options()
        .from_str(&text)
        .map_err(|e| StoreError::parse(path, &text, e))
}

/// Rewrites a schema-0 file as schema 1 text: `rules: Qd124` → `rules: (name: Qd124)` (settings
/// default), and adds `schema: 0` when it was absent so the typed parse finds it. Lines are kept.
fn from_schema_0(text: &str, add_schema: bool, path: &Path) -> Result<String, StoreError> {
    let probe: RulesProbe = options()
        .from_str(text)
        .map_err(|e| StoreError::parse(path, text, e))?;
    let schema = if add_schema { ", schema: 0" } else { "" };
    let value = probe.rules.get_ron();
    let trimmed = value.trim();
    let is_bare_name = !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_alphanumeric());
    let start = offset_in(text, trimmed);
    match start {
        Some(start) if is_bare_name => {
            let end = start + trimmed.len();
            Ok(format!(
                "{}(name: {trimmed}){schema}{}",
                &text[..start],
                &text[end..]
            ))
        }
        // Already a struct (a hand-written file that was half-updated): only the schema, if any.
        Some(start) if add_schema => {
            let end = start + trimmed.len();
            Ok(format!("{}{schema}{}", &text[..end], &text[end..]))
        }
        _ => Ok(text.to_owned()),
    }
}

/// Byte offset of `part` inside `whole`, when `part` is a slice of it.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start + part.len() <= whole.len()).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_rules_name_becomes_a_struct_on_the_same_line() {
        let old = "(\n    id: \"x\",\n    rules: Qd124,\n    year: 2024,\n)";
        let new = from_schema_0(old, true, Path::new("x.ron")).unwrap();
        assert_eq!(
            new,
            "(\n    id: \"x\",\n    rules: (name: Qd124), schema: 0,\n    year: 2024,\n)"
        );
    }

    #[test]
    fn struct_rules_are_left_alone() {
        let old = "(schema: 0, rules: (name: Qd366))";
        let new = from_schema_0(old, false, Path::new("x.ron")).unwrap();
        assert_eq!(new, old);
    }

    #[test]
    fn schema_0_without_rules_says_rules_are_missing() {
        let e =
            deserialize::<chibo_core::domain::Session>("(\n    id: \"x\",\n)", Path::new("x.ron"))
                .err();
        assert!(
            matches!(
                e,
                Some(StoreError::Parse {
                    what: ron::Error::MissingStructField { field: "rules", .. },
                    ..
                })
            ),
            "{e:?}"
        );
    }

    #[test]
    fn newer_schema_is_refused() {
        let e =
            deserialize::<chibo_core::domain::Session>("(schema: 99)", Path::new("x.ron")).err();
        assert!(matches!(e, Some(StoreError::Newer { found: 99, .. })));
    }
}
