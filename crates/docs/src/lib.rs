//! The minutes (biên bản) and the results table, built from a session and rendered to DOCX,
//! Markdown, plain text and CSV.
//!
//! One model, [`Minutes`], holds everything the minutes say; it is built purely from a
//! [`Session`] with the domain's functions. [`layout`] turns it into a language-specific
//! [`layout::Doc`] of blocks in the minutes' own words ([`words`]), and each renderer only lays
//! those blocks out. The CSV results
//! table has its own single column definition in [`csv`].

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

pub mod csv;
pub mod docx;
pub mod layout;
pub mod markdown;
pub mod minutes;
pub mod papers;
pub mod results;
pub mod text;
pub mod words;

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

/// Why an export could not be produced (writing the file is the store's job). The words are
/// in [`words::export_error`].
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not write the CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("could not build the DOCX: {0}")]
    Docx(#[from] zip::result::ZipError),
    #[error("could not build the XLSX: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// A paper asked for in a format it does not come in.
    #[error("this paper does not come as .{}", format.ext())]
    Unsupported {
        paper: papers::Paper,
        format: papers::OutFormat,
    },
}

impl ExportError {
    /// The error as the user reads it.
    pub fn message(&self, lang: Lang) -> String {
        words::export_error(self, lang)
    }
}

/// The session's minutes (or, for CSV, its results table) in `format`, in `lang`. Its text goes
/// through the session's one text walk first ([`Session::with_clean_text`], as on load), so
/// every format holds the same U+FFFD where a control character was.
pub fn render(s: &Session, format: Format, lang: Lang) -> Result<Vec<u8>, ExportError> {
    render_clean(&s.with_clean_text(), format, lang)
}

/// [`render`] of a session whose text is already clean.
fn render_clean(s: &Session, format: Format, lang: Lang) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Csv => csv::render(&ResultTable::build(s), lang),
        Format::Md => Ok(markdown::render(&layout::doc(&Minutes::build(s), lang)).into_bytes()),
        Format::Txt => Ok(text::render(&layout::doc(&Minutes::build(s), lang)).into_bytes()),
        Format::Docx => docx::render(&layout::doc(&Minutes::build(s), lang)),
    }
}
