//! The minutes (biên bản) and the results table, built from a session and rendered to DOCX,
//! Markdown, plain text and CSV.
//!
//! One model, [`Minutes`], holds everything the minutes say; it is built purely from a
//! [`Session`] with the domain's functions. [`layout`] turns it into a language-specific
//! [`layout::Doc`] of blocks in the minutes' own words ([`words`]), and each renderer only lays
//! those blocks out. The CSV results
//! table has its own single column definition in [`csv`].

pub mod csv;
pub mod docx;
pub mod layout;
pub mod markdown;
pub mod minutes;
pub mod papers;
pub mod results;
pub mod text;
pub mod words;

use std::path::{Path, PathBuf};

use chibo_core::domain::Session;
use chibo_core::i18n::Lang;

pub use minutes::Minutes;
pub use results::{ResultRow, ResultTable};

/// An output format of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Docx,
    Md,
    Txt,
    Csv,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Docx, Format::Md, Format::Txt, Format::Csv];

    /// The file extension, without the dot.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Csv => "csv",
        }
    }
}

/// Why an export could not be produced (writing the file is the store's job).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not write the CSV: {0}")]
    Csv(String),
    #[error("could not build the DOCX: {0}")]
    Docx(String),
    #[error("could not build the XLSX: {0}")]
    Xlsx(String),
    /// A paper asked for in a format it does not come in.
    #[error("{0}")]
    Unsupported(String),
}

/// The session's minutes (or, for CSV, its results table) in `format`, in `lang`.
pub fn render(s: &Session, format: Format, lang: Lang) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Csv => csv::render(&ResultTable::build(s), lang),
        Format::Md => Ok(markdown::render(&layout::doc(&Minutes::build(s), lang)).into_bytes()),
        Format::Txt => Ok(text::render(&layout::doc(&Minutes::build(s), lang)).into_bytes()),
        Format::Docx => docx::render(&layout::doc(&Minutes::build(s), lang)),
    }
}

/// Where an export goes by default: next to the session, `<stem>.bien-ban.<ext>`, or
/// `<stem>.ket-qua.csv` for the results table (a finalized session's name; see
/// [`default_path_of`]).
pub fn default_path(session_path: &Path, format: Format) -> PathBuf {
    named(session_path, format, "")
}

/// Where the export of `s` goes by default: [`default_path`], with `-du-thao` before the
/// extension when `s` is not finalized (`<stem>.bien-ban-du-thao.docx`).
pub fn default_path_of(s: &Session, session_path: &Path, format: Format) -> PathBuf {
    let finalized = matches!(s.status, chibo_core::domain::Status::Finalized { .. });
    named(
        session_path,
        format,
        if finalized { "" } else { "-du-thao" },
    )
}

fn named(session_path: &Path, format: Format, mark: &str) -> PathBuf {
    let stem = session_path
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    let name = match format {
        Format::Csv => format!("{stem}.ket-qua{mark}.csv"),
        f => format!("{stem}.bien-ban{mark}.{}", f.ext()),
    };
    session_path.with_file_name(name)
}
