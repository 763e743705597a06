//! The papers around the vote, besides the minutes: the ballots for the members' levels and for
//! the cell's, the counting team's record (biên bản kiểm phiếu) and the list of proposed levels
//! sent to the committee above (danh sách đề nghị). Each is built from the minutes' own model
//! ([`Minutes`]), so its counts agree with the minutes by construction, and laid out as the
//! minutes' blocks ([`layout::Doc`]) for the same DOCX, Markdown and text renderers; the list
//! also as XLSX ([`xlsx`]).

pub mod ballots;
pub mod counting;
pub mod list;
pub(crate) mod words;
mod xlsx;

use std::path::{Path, PathBuf};

use super::layout::{self, Block};
use super::{ExportError, Format, Minutes, docx, markdown, text};
use chibo_core::domain::Session;
use chibo_core::i18n::Lang;

/// Which paper `export --doc` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    #[default]
    Minutes,
    /// The ballot for the members' levels.
    Ballots,
    /// The ballot for the cell's own level.
    CellBallots,
    Counting,
    List,
}

impl Paper {
    /// The name in the file's name: `<stem>.<name>.<ext>`.
    fn file_name(self) -> &'static str {
        match self {
            Paper::Minutes => "bien-ban",
            Paper::Ballots => "phieu-danh-gia",
            Paper::CellBallots => "phieu-danh-gia-chi-bo",
            Paper::Counting => "bien-ban-kiem-phieu",
            Paper::List => "danh-sach-de-nghi",
        }
    }
}

/// An output format of `export`: the minutes' formats, and XLSX for the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutFormat {
    Minutes(Format),
    Xlsx,
}

impl OutFormat {
    pub fn ext(self) -> &'static str {
        match self {
            OutFormat::Minutes(f) => f.ext(),
            OutFormat::Xlsx => "xlsx",
        }
    }
}

/// `paper` of `s` in `format`; `copies` of a ballot (default: the official members present).
/// The text is cleaned as for the minutes ([`Session::with_clean_text`]).
pub fn render(
    s: &Session,
    paper: Paper,
    format: OutFormat,
    copies: Option<u32>,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let s = &s.with_clean_text();
    let copies = copies.unwrap_or_else(|| s.voters_present());
    let m = Minutes::build(s);
    let doc = match (paper, format) {
        (Paper::Minutes, OutFormat::Minutes(f)) => return super::render_clean(s, f, lang),
        (Paper::List, OutFormat::Xlsx) => {
            return xlsx::render(&list::List::build(s, &m, lang), lang);
        }
        (_, OutFormat::Minutes(Format::Csv) | OutFormat::Xlsx) => {
            return Err(ExportError::Unsupported { paper, format });
        }
        (Paper::Ballots, _) => ballots::members(s, &m, copies, lang),
        (Paper::CellBallots, _) => ballots::cell(&m, copies, lang),
        (Paper::Counting, _) => counting::doc(s, &m, lang),
        (Paper::List, _) => list::doc(&list::List::build(s, &m, lang), &m, lang),
    };
    match format {
        OutFormat::Minutes(Format::Docx) => docx::render(&doc),
        OutFormat::Minutes(Format::Md) => Ok(markdown::render(&doc).into_bytes()),
        _ => Ok(text::render(&doc).into_bytes()),
    }
}

/// Where `paper` of `s` goes by default, next to the session: `<stem>.<paper>.<ext>`
/// (`<stem>.bien-ban.docx`; the minutes' results table `<stem>.ket-qua.csv`), with `-du-thao`
/// before the extension for the minutes or the list of a session not finalized (the ballots
/// and the counting record are papers of the meeting itself). The one rule for every front end.
pub fn default_path(s: &Session, session_path: &Path, paper: Paper, format: OutFormat) -> PathBuf {
    let draft = !s.status.is_finalized() && matches!(paper, Paper::Minutes | Paper::List);
    path_of(session_path, paper, format, draft)
}

/// The papers a finalized session's exports are written to by default ([`default_path`]): the
/// minutes in every format with the results table, the counting record and the list sent up.
/// A reopening supersedes them; the ballots, blank forms, it does not.
pub fn final_exports(session_path: &Path) -> Vec<(Paper, OutFormat, PathBuf)> {
    let minutes = Format::ALL.map(|f| (Paper::Minutes, OutFormat::Minutes(f)));
    let docs = [Format::Docx, Format::Md, Format::Txt].map(OutFormat::Minutes);
    let counting = docs.map(|f| (Paper::Counting, f));
    let list = docs.map(|f| (Paper::List, f));
    minutes
        .into_iter()
        .chain(counting)
        .chain(list)
        .chain([(Paper::List, OutFormat::Xlsx)])
        .map(|(p, f)| (p, f, path_of(session_path, p, f, false)))
        .collect()
}

/// The name an export takes once a reopening supersedes it, marked with the reopening's time:
/// `<stem>.bien-ban-thay-the-20241213-091500.docx` for `<stem>.bien-ban.docx`.
pub fn superseded_path(export: &Path, at: chrono::NaiveDateTime) -> PathBuf {
    let stem = export
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let time = at.format("%Y%m%d-%H%M%S");
    let name = match export.extension() {
        Some(ext) => format!("{stem}-{SUPERSEDED}-{time}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{SUPERSEDED}-{time}"),
    };
    export.with_file_name(name)
}

/// What marks a superseded export's name (thay thế: replaced).
pub const SUPERSEDED: &str = "thay-the";

/// `paper` in `format` beside `session_path`, a draft or not.
fn path_of(session_path: &Path, paper: Paper, format: OutFormat, draft: bool) -> PathBuf {
    // A path without a file name (`/`, `..`) still gets a name beside it.
    let stem = session_path
        .file_stem()
        .map_or_else(|| "session".into(), |x| x.to_string_lossy().into_owned());
    let mark = if draft { "-du-thao" } else { "" };
    let name = match (paper, format) {
        (Paper::Minutes, OutFormat::Minutes(Format::Csv)) => "ket-qua",
        _ => paper.file_name(),
    };
    session_path.with_file_name(format!("{stem}.{name}{mark}.{}", format.ext()))
}

/// The party header of a paper, dated the meeting's day.
fn header(m: &Minutes, lang: Lang) -> Block {
    Block::Header {
        committee: m.header.committee.clone(),
        cell: m.header.cell.clone(),
        party: super::words::T::Party.get(lang).to_owned(),
        place_date: super::words::place_date(&m.header.place, m.header.date, lang),
    }
}

/// A paper's properties: its title, no author (a ballot names no one), page numbers or not.
fn meta(title: String, page_numbers: bool) -> layout::Meta {
    layout::Meta {
        title,
        author: None,
        seal: None,
        page_numbers,
    }
}
