//! The results table as CSV, for the committee above and for spreadsheets. The columns are defined
//! once, in [`COLUMNS`]: the header and every row come from that list. Every cell is made
//! [`spreadsheet_safe`]: a name typed as `=HYPERLINK(…)` stays text when the file is opened.

use std::borrow::Cow;

use super::ExportError;
use super::results::{ResultRow, ResultTable};
use super::words;
use chibo_core::domain::{Attendance, Level, Membership};
use chibo_core::i18n::Lang;

/// What a cell of a row is made from: the row, the table's denominator, the language.
type Cell = fn(&ResultRow, u32, Lang) -> String;

/// The columns, in order: machine-readable name and how each row fills it.
pub const COLUMNS: [(&str, Cell); 14] = [
    ("no", |r, _, _| r.no.to_string()),
    ("member_id", |r, _, _| r.member_id.to_string()),
    ("full_name", |r, _, _| r.name.clone()),
    ("membership", |r, _, _| membership(r.membership).to_owned()),
    ("reviewed", reviewed),
    ("attendance", |r, _, _| attendance(&r.attendance)),
    ("self_assessed", |r, _, _| short(r.self_assessed)),
    ("votes_excellent", |r, _, _| votes(r, Level::Excellent)),
    ("votes_good", |r, _, _| votes(r, Level::Good)),
    ("votes_complete", |r, _, _| votes(r, Level::Complete)),
    ("votes_not_complete", |r, _, _| votes(r, Level::NotComplete)),
    ("denominator", |_, d, _| d.to_string()),
    ("proposed", |r, _, _| short(r.proposed)),
    ("findings", |r, _, _| r.findings.join(";")),
];

/// The header line's names.
pub fn header() -> [&'static str; 14] {
    COLUMNS.map(|(name, _)| name)
}

/// The cells of one row; control characters other than newline and tab written visibly, and
/// each cell [`spreadsheet_safe`].
pub fn row(r: &ResultRow, denominator: u32, lang: Lang) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|(_, f)| {
            let cell = f(r, denominator, lang);
            spreadsheet_safe(&chibo_core::domain::visible(&cell)).into_owned()
        })
        .collect()
}

/// What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): `=`, `+`, `-`,
/// `@`, a tab, a carriage return.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as text a spreadsheet will not evaluate: one that begins like a formula gets a
/// leading `'` (OWASP's advice; LibreOffice and Excel then show it as text, `'` included);
/// any other is returned as it is. Every CSV chibo writes passes its cells through this (the
/// roll-up's CSV is to call it too); the XLSX writers store text cells as text and need none.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The table as CSV bytes (UTF-8, no BOM, `\n` line ends).
pub fn render(t: &ResultTable, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(header())?;
    for r in &t.rows {
        w.write_record(row(r, t.denominator, lang))?;
    }
    w.into_inner()
        .map_err(|e| ExportError::Csv(e.into_error().into()))
}

fn membership(m: Membership) -> &'static str {
    match m {
        Membership::Official => "official",
        Membership::Probationary => "probationary",
    }
}

fn reviewed(r: &ResultRow, _: u32, lang: Lang) -> String {
    match &r.exclusion {
        None => "yes".to_owned(),
        Some(e) => format!("no: {}", words::exclusion(e, lang)),
    }
}

fn attendance(a: &Attendance) -> String {
    match a {
        Attendance::Unknown => "unknown".to_owned(),
        Attendance::Present => "present".to_owned(),
        Attendance::PresentNotVoting => "present-not-voting".to_owned(),
        Attendance::Excused(reason) if reason.trim().is_empty() => "excused".to_owned(),
        Attendance::Excused(reason) => format!("excused: {reason}"),
        Attendance::Unexcused => "unexcused".to_owned(),
    }
}

fn short(l: Option<Level>) -> String {
    l.map_or_else(String::new, |l| l.short().to_owned())
}

fn votes(r: &ResultRow, level: Level) -> String {
    r.votes
        .map_or_else(String::new, |c| c.get(level).to_string())
}
