//! What can go wrong with a session file, with enough context (path, line, column, holder's pid,
//! the OS reason) for a secretary to find and fix it. The words are in `store::words`.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use chibo_core::domain::StructureError;
use chibo_core::i18n::Lang;

/// What the store was doing when the OS said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    Read,
    Write,
    Lock,
    ListDir,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The OS refused a read, a write, a lock or a listing.
    Io {
        path: PathBuf,
        op: IoOp,
        kind: io::ErrorKind,
        /// The OS's own words, e.g. "No such file or directory (os error 2)".
        detail: String,
    },
    /// The file is not UTF-8; `line`/`column` (1-based, columns in characters) mark the first
    /// bad byte.
    Utf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// The file is not valid RON for a session; `line`/`column` are 1-based, columns in chars.
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        what: ron::Error,
        /// Nothing but blanks follows the error's line: the file looks cut short (or is empty).
        at_end: bool,
    },
    /// Written by a newer chibo (schema `found` > the one this build knows); `at` is the line
    /// and column of the schema number.
    Newer {
        path: PathBuf,
        found: u32,
        at: Option<(usize, usize)>,
    },
    /// The file parses but its references do not hold (duplicate or unknown member id); `at`
    /// is where the offending id is written, when it can be found in the text.
    Structure {
        path: PathBuf,
        error: StructureError,
        at: Option<(usize, usize)>,
    },
    /// A name (of a member, the cell or its committee) holds a NUL or ESC: refused, since it
    /// would be printed to terminals and into minutes.
    /// `at`: where it is written, when the text shows it (`None`, rather than a made-up place).
    ControlInName {
        path: PathBuf,
        at: Option<(usize, usize)>,
        ch: char,
    },
    /// `Excused` with an empty reason: an excused absence needs its reason; `at` as above.
    NoReason {
        path: PathBuf,
        at: Option<(usize, usize)>,
    },
    /// Another chibo (or another window) has the session open.
    Locked { path: PathBuf, pid: Option<u32> },
    /// `<session>.lock` exists but is not a lock file chibo made (a symlink, a hard link, a
    /// folder, a file holding something else): chibo neither opens the session nor touches it.
    UnsafeLock { path: PathBuf },
    /// Not a regular file (a folder, a FIFO, a device): never read.
    NotAFile { path: PathBuf },
    /// Larger than [`super::MAX_FILE_SIZE`]: not a session, and never read whole.
    TooLarge { path: PathBuf, size: u64 },
    /// The file changed on disk since it was loaded or saved (edited by hand, by another
    /// machine through a synced folder): nothing was written.
    ChangedOnDisk { path: PathBuf },
    /// The session could not be turned into RON (cannot happen with the domain's types).
    Serialize { path: PathBuf, error: ron::Error },
    /// The session about to be saved would write a file the loader refuses (`cause`: what it
    /// would say, e.g. [`StoreError::TooLarge`] or a control character in a name): nothing was
    /// written, the file on disk is as it was.
    WouldNotLoad {
        path: PathBuf,
        cause: Box<StoreError>,
    },
}

impl StoreError {
    pub(crate) fn io(path: &Path, op: IoOp, e: &io::Error) -> Self {
        StoreError::Io {
            path: path.to_owned(),
            op,
            kind: e.kind(),
            detail: e.to_string(),
        }
    }

    /// A RON error in `text`. RON sometimes places the error on the blank before the value
    /// (`year: "2024"` is reported at the space); point at the value itself.
    pub(crate) fn parse(path: &Path, text: &str, e: ron::error::SpannedError) -> Self {
        let (line, column) = (e.span.start.line, e.span.start.col);
        let at_end =
            wants_more(&e.code) && text.split('\n').skip(line).all(|l| l.trim().is_empty());
        StoreError::Parse {
            path: path.to_owned(),
            line,
            column: skip_blanks(text, line, column),
            what: e.code,
            at_end,
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Utf8 { path, .. }
            | StoreError::Parse { path, .. }
            | StoreError::Newer { path, .. }
            | StoreError::Structure { path, .. }
            | StoreError::ControlInName { path, .. }
            | StoreError::NoReason { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::UnsafeLock { path }
            | StoreError::NotAFile { path }
            | StoreError::TooLarge { path, .. }
            | StoreError::ChangedOnDisk { path }
            | StoreError::Serialize { path, .. }
            | StoreError::WouldNotLoad { path, .. } => path,
        }
    }

    /// Line and column (1-based) when the error has a position in the file.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            StoreError::Utf8 { line, column, .. } | StoreError::Parse { line, column, .. } => {
                Some((*line, *column))
            }
            StoreError::Newer { at, .. }
            | StoreError::Structure { at, .. }
            | StoreError::ControlInName { at, .. }
            | StoreError::NoReason { at, .. } => *at,
            _ => None,
        }
    }

    /// The error as the user reads it. Errors with a position read `PATH:LINE:COLUMN: …`.
    pub fn message(&self, lang: Lang) -> String {
        super::words::error_message(self, lang)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {}

/// Line and column (1-based, columns in characters) just after `prefix`: where the next byte is.
pub(crate) fn position_after(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rfind('\n').map_or(prefix, |i| &prefix[i + 1..]);
    (line, last.chars().count() + 1)
}

/// Errors that mean "the text stopped before the session was complete" (and not, say, a
/// missing field, which RON also reports at the closing parenthesis).
fn wants_more(code: &ron::Error) -> bool {
    use ron::Error as E;
    matches!(
        code,
        E::Eof
            | E::ExpectedComma
            | E::ExpectedMapColon
            | E::ExpectedStructLike
            | E::ExpectedNamedStructLike(_)
            | E::ExpectedStructLikeEnd
            | E::ExpectedArrayEnd
            | E::ExpectedMapEnd
            | E::ExpectedOptionEnd
            | E::ExpectedStringEnd
            | E::ExpectedIdentifier
            | E::UnclosedBlockComment
    )
}

/// The column of the first non-blank character at or after (`line`, `column`) on that line;
/// `column` itself when the rest of the line is blank or the position is not in `text`.
fn skip_blanks(text: &str, line: usize, column: usize) -> usize {
    let Some(rest) = text
        .split('\n')
        .nth(line.saturating_sub(1))
        .map(|l| l.chars().skip(column.saturating_sub(1)))
    else {
        return column;
    };
    let mut blanks = 0;
    for c in rest {
        match c {
            ' ' | '\t' => blanks += 1,
            '\r' => return column,
            _ => return column + blanks,
        }
    }
    column
}

/// Decodes a file's bytes, reporting the position of the first bad byte.
pub(crate) fn decode_utf8<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, StoreError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
        // `good` is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(good).unwrap_or_default();
        let (line, column) = position_after(prefix);
        StoreError::Utf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_chars_not_bytes() {
        assert_eq!(position_after(""), (1, 1));
        assert_eq!(position_after("ab"), (1, 3));
        assert_eq!(position_after("(\n    name: \"Ấn"), (2, 14));
        assert_eq!(position_after("a\n"), (2, 1));
    }

    #[test]
    fn blanks_before_a_value_are_skipped() {
        let text = "(\n    year: \"2024\",\n    x: \n)";
        assert_eq!(skip_blanks(text, 2, 10), 11);
        assert_eq!(skip_blanks(text, 2, 11), 11);
        assert_eq!(skip_blanks(text, 3, 7), 7, "nothing follows on the line");
        assert_eq!(skip_blanks(text, 9, 1), 1, "no such line");
    }

    #[test]
    fn bad_byte_position() {
        let bytes = b"(\n  n: \"\xc3\xa1\xff\")";
        let e = decode_utf8(bytes, Path::new("x.ron")).unwrap_err();
        assert_eq!(e.position(), Some((2, 8)));
    }
}
