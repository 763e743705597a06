//! Session files in RON: load, atomic save, lock, schema migration, the folder index.
//!
//! A session is one RON file, readable and writable by a person. The store never rewrites a
//! file it has read: a file that does not load is reported (path, line, column, what was
//! expected) and left exactly as it is; only [`save`] writes, and only a whole, valid session.
//!
//! An app holding a session open: [`lock`] (refused if another chibo has it), then
//! [`load_with_fingerprint`], then [`save_if_unchanged`] for every save, keeping the fingerprint
//! it returns. On [`StoreError::ChangedOnDisk`] nothing was written and the user chooses:
//! reload theirs ([`load_with_fingerprint`]), keep mine ([`keep_conflict_copy`], then
//! [`save_with_fingerprint`]), or save mine as a copy ([`save_copy`]).

mod compact;
mod create;
mod error;
mod file;
mod fingerprint;
mod index;
mod locate;
mod lock;
mod migrate;
mod read;
mod sweep;
mod words;

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use chibo_core::domain::{SCHEMA_VERSION, SealState, Session, Status};

pub use create::{NewSession, create};
pub use error::{IoOp, StoreError};
pub use file::resolve;
pub use file::{FILE_MODE, Stage, move_aside, write_atomic, write_atomic_with};
pub use fingerprint::{
    Fingerprint, fingerprint, keep_conflict_copy, load_with_fingerprint, save_copy,
    save_if_unchanged, save_with_fingerprint,
};
pub use index::{
    IndexEntry, Summary, SummaryStatus, entry, index, insert_sorted, is_session_file,
    new_session_path, session_files, slug, sort,
};
pub use lock::{SessionLock, held_by, lock, lock_path};
pub use read::MAX_FILE_SIZE;
pub use sweep::STALE_AFTER;
pub use words::open_elsewhere;

/// Reads a session file: a regular file of at most [`MAX_FILE_SIZE`] bytes, UTF-8 (a BOM is
/// allowed), any schema up to ours, text made NFC, and every member reference checked.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    load_sealed(path).map(|(session, _)| session)
}

/// [`load`], and whether the seal is intact, found while loading: a reader of many files (the
/// committee's roll-up) then does not encode each content again to ask
/// [`Session::seal_state`].
pub fn load_sealed(path: &Path) -> Result<(Session, SealState), StoreError> {
    let parsed = read::read_file(path).and_then(|(bytes, _)| parse_bytes(&bytes, path));
    logged(path, parsed).map(|(session, seal, _)| (session, seal))
}

/// What a load repaired, for `chibo check` to say.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LoadNotes {
    /// Control characters in the session's text fields, replaced by U+FFFD on load (newline and
    /// tab are kept; a comment is not a text field).
    pub controls_replaced: usize,
}

/// [`load`], and what it repaired.
pub fn load_with_notes(path: &Path) -> Result<(Session, LoadNotes), StoreError> {
    let parsed = read::read_file(path).and_then(|(bytes, _)| parse_bytes(&bytes, path));
    let (session, _, notes) = logged(path, parsed)?;
    if notes.controls_replaced > 0 {
        tracing::warn!(path = %shown(path), count = notes.controls_replaced, "control characters replaced");
    }
    Ok((session, notes))
}

/// [`load_sealed`] for a reader of many files' results (the committee's roll-up): the log,
/// what the app did (often a third of a file, and not in the seal), is read to its last entry
/// only. Everything else is read and checked as [`load`] does, the seal too; a fault in the
/// log's earlier entries is left to `chibo check`. A file whose log is not its last field, or
/// that does not load so, is read whole (its errors at their place in the file).
pub fn load_record(path: &Path) -> Result<(Session, SealState), StoreError> {
    let parsed = read::read_file(path).and_then(|(bytes, _)| {
        error::decode_utf8(&bytes, path).and_then(|text| record_full(text, path))
    });
    logged(path, parsed).map(|(session, seal, _)| (session, seal))
}

/// [`load_record`] of a text: [`parse_sealed`] but for the log, read to its last entry.
pub fn parse_record(text: &str, path: &Path) -> Result<(Session, SealState), StoreError> {
    record_full(text, path).map(|(session, seal, _)| (session, seal))
}

fn record_full(text: &str, path: &Path) -> Result<Parsed, StoreError> {
    if let Some(short) = compact::record_only(strip_bom(text))
        && let Ok(found) = parse_text(&short, path)
    {
        return Ok(found);
    }
    parse_full(text, path)
}

/// A session as parsed: the session, its seal's state, and what the load repaired.
type Parsed = (Session, SealState, LoadNotes);

/// Parses the bytes read from `path`.
fn parse_bytes(bytes: &[u8], path: &Path) -> Result<Parsed, StoreError> {
    error::decode_utf8(bytes, path).and_then(|text| parse_full(text, path))
}

/// Logs the outcome of a load.
fn logged(path: &Path, loaded: Result<Parsed, StoreError>) -> Result<Parsed, StoreError> {
    match &loaded {
        Ok((s, _, _)) => tracing::info!(path = %shown(path), session = %s.id, "session loaded"),
        Err(e) => tracing::warn!(path = %shown(path), cause = %cause(e), "session not loaded"),
    }
    loaded
}

/// Parses a session's RON text (checked as [`load`] does); `path` names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<Session, StoreError> {
    parse_full(text, path).map(|(session, _, _)| session)
}

/// [`parse`], and what the seal says, found on the way (an old form of seal upgraded first).
pub fn parse_sealed(text: &str, path: &Path) -> Result<(Session, SealState), StoreError> {
    parse_full(text, path).map(|(session, seal, _)| (session, seal))
}

/// The text is parsed without its indentation when it can be ([`compact`]); when that does
/// not parse, the text as it is, so that an error points into the file as written.
fn parse_full(text: &str, path: &Path) -> Result<Parsed, StoreError> {
    let text = strip_bom(text);
    if let Some(short) = compact::without_indentation(text)
        && let Ok(found) = parse_text(&short, path)
    {
        return Ok(found);
    }
    parse_text(text, path)
}

/// One parse: the file's own checks (names, reasons, every member reference), the text walk
/// (NFC, control characters replaced and counted: the same walk every export makes, so what
/// `check` counts is what the documents no longer hold), the seal.
fn parse_text(text: &str, path: &Path) -> Result<Parsed, StoreError> {
    let mut session: Session = migrate::deserialize(text, path)?;
    locate::check_names(text, &session, path)?;
    locate::check_reasons(text, &session, path)?;
    // Migrated in memory: the next save writes the current schema.
    session.schema = SCHEMA_VERSION;
    let notes = LoadNotes {
        controls_replaced: session.normalize_text(),
    };
    let seal = seal_on_load(&mut session);
    session
        .check_structure()
        .map_err(|error| StoreError::Structure {
            path: path.to_owned(),
            at: locate::structure(text, &error),
            error,
        })?;
    Ok((session, seal, notes))
}

/// The seal's state, an old form of seal upgraded to the current one. A current seal that
/// matches costs one encoding of the content; the old forms (another encoding each, most of
/// a load's time) are tried only on a seal that does not match, which is rare.
fn seal_on_load(s: &mut Session) -> SealState {
    let Status::Finalized { checksum, .. } = &s.status else {
        return SealState::NotFinalized;
    };
    if s.content_checksum().is_ok_and(|sum| sum == *checksum) {
        return SealState::Intact;
    }
    s.upgrade_seal();
    s.seal_state()
}

/// Editors on Windows may start a UTF-8 file with a BOM, which RON rejects.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Strings are written unescaped (raw `r#"…"#` when they hold quotes or line breaks): multi-line
/// text stays readable by a person, and writing is about four times faster than escaping.
fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .extensions(Extensions::IMPLICIT_SOME)
        .escape_strings(false)
}

/// The session as RON: pretty, 4-space indent, `#![enable(implicit_some)]`, stable field order.
/// The domain's types always serialize; should one ever not, this is the error, never a text.
pub fn to_ron(s: &Session) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(s, pretty())?;
    text.push('\n');
    Ok(text)
}

/// The sessions folder, made if it does not exist yet (the first session of a new folder).
pub fn create_folder(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, IoOp::Write, &e))
}

/// Writes the session atomically (temp file, fsync, rename, fsync the folder), mode 0600, once
/// the text about to be written is known to load again ([`StoreError::WouldNotLoad`] if not:
/// nothing written). Through a symlink, the file it points to is written. This does not look at
/// what is on disk: an app holding a session open uses [`save_if_unchanged`].
pub fn save(path: &Path, s: &Session) -> Result<(), StoreError> {
    save_text(path, s).map(drop)
}

/// [`save`], returning the text written.
fn save_text(path: &Path, s: &Session) -> Result<String, StoreError> {
    let started = std::time::Instant::now();
    let saved = to_ron(s)
        .map_err(|error| StoreError::Serialize {
            path: path.to_owned(),
            error,
        })
        .and_then(|text| loads_back(path, text))
        .and_then(|text| write_atomic_with(path, text.as_bytes(), &mut |_| Ok(())).map(|()| text));
    let (path_shown, id) = (shown(path), &s.id);
    // The time tells a slow disk (a USB stick, a synced folder) from a slow app.
    let ms = started.elapsed().as_millis();
    match &saved {
        Ok(_) => tracing::info!(path = %path_shown, session = %id, ms, "session saved"),
        Err(e) => {
            tracing::error!(path = %path_shown, session = %id, cause = %cause(e), "save failed")
        }
    }
    saved
}

/// `text` if the loader would load it; otherwise why not, as [`StoreError::WouldNotLoad`] (a
/// file over [`MAX_FILE_SIZE`], or anything [`parse`] refuses): checked before a save replaces
/// the file, so a save never writes a session that would not open again.
fn loads_back(path: &Path, text: String) -> Result<String, StoreError> {
    let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
    let refused = if size > MAX_FILE_SIZE {
        Some(StoreError::TooLarge {
            path: path.to_owned(),
            size,
        })
    } else {
        parse(&text, path).err()
    };
    match refused {
        None => Ok(text),
        Some(cause) => Err(StoreError::WouldNotLoad {
            path: path.to_owned(),
            cause: Box::new(cause),
        }),
    }
}

/// A path for the log: absolute, so a line read later says which folder it was (as given, if
/// the working folder is gone).
pub(crate) fn shown(path: &Path) -> String {
    std::path::absolute(path)
        .as_deref()
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What went wrong, for the log: the kind and position only. The messages themselves may quote
/// the file (a RON error can show a value it did not expect), and the log never holds meeting
/// text.
pub(crate) fn cause(e: &StoreError) -> String {
    match e {
        StoreError::Io { op, kind, .. } => format!("{op:?}: {kind}"),
        StoreError::Utf8 { line, column, .. } => format!("not UTF-8 at {line}:{column}"),
        StoreError::Parse { line, column, .. } => format!("not a session at {line}:{column}"),
        StoreError::Newer { found, .. } => format!("newer schema {found}"),
        StoreError::Structure { .. } => "member references do not hold".to_owned(),
        StoreError::Locked { pid, .. } => match pid {
            Some(pid) => format!("locked by pid {pid}"),
            None => "locked".to_owned(),
        },
        StoreError::Serialize { .. } => "could not serialize".to_owned(),
        StoreError::ControlInName { .. } => {
            format!("control character in a name{}", position(e))
        }
        StoreError::NoReason { .. } => format!("excused without reason{}", position(e)),
        StoreError::UnsafeLock { .. } => "lock file not made by chibo".to_owned(),
        StoreError::NotAFile { .. } => "not a regular file".to_owned(),
        StoreError::TooLarge { size, .. } => format!("too large ({size} bytes)"),
        StoreError::ChangedOnDisk { .. } => "changed on disk".to_owned(),
        StoreError::WouldNotLoad { cause: why, .. } => format!("would not load: {}", cause(why)),
    }
}

/// " at LINE:COLUMN" when the error has a position.
fn position(e: &StoreError) -> String {
    e.position()
        .map_or_else(String::new, |(l, c)| format!(" at {l}:{c}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chibo_core::domain::{Cell, Member};
    use chrono::NaiveDate;

    fn sample() -> Session {
        let mut s = Session::new(
            "2025-kp3",
            Cell {
                name: "Chi bộ Khu phố 3".into(),
                committee: "Đảng bộ Phường Bến Thành".into(),
                ..Default::default()
            },
            2025,
            NaiveDate::from_ymd_opt(2025, 12, 10).unwrap(),
            "Nhà văn hóa khu phố",
        );
        s.members.push(Member::new("m1", "Nguyễn Văn Ấn"));
        s.meeting.chair = Some(s.members[0].id.clone());
        s
    }

    #[test]
    fn written_file_uses_implicit_some_and_no_struct_names() {
        let text = to_ron(&sample()).unwrap();
        assert!(text.starts_with("#![enable(implicit_some)]\n"), "{text}");
        assert!(text.contains("        chair: \"m1\",\n"), "{text}");
        assert!(!text.contains("Some("), "{text}");
        assert!(!text.contains("Session("), "{text}");
        assert!(
            text.contains("Nguyễn Văn Ấn"),
            "raw NFC, not escaped: {text}"
        );
    }

    #[test]
    fn parse_round_trips() {
        let s = sample();
        assert_eq!(parse(&to_ron(&s).unwrap(), Path::new("x.ron")).unwrap(), s);
    }

    #[test]
    fn indented_lines_inside_texts_keep_their_blanks() {
        // Parsed without the file's indentation: a text's own line breaks and leading blanks
        // (plain and raw strings, a quote in one) are the text's and stay.
        let mut s = sample();
        s.meeting.place = "Nhà văn hóa\n    tầng 2\n\t\"phòng\" họp".into();
        s.members[0].name = "Nguyễn Văn \\ Ấn".into();
        let text = to_ron(&s).unwrap();
        assert!(compact::without_indentation(&text).is_some());
        let (back, seal) = parse_sealed(&text, Path::new("x.ron")).unwrap();
        assert_eq!(back, s);
        assert_eq!(seal, SealState::NotFinalized);
    }

    #[test]
    fn bom_is_stripped() {
        let text = format!("\u{feff}{}", to_ron(&sample()).unwrap());
        assert_eq!(parse(&text, Path::new("x.ron")).unwrap(), sample());
    }
}
