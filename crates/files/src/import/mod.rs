//! The roster from the committee's member list, a CSV or XLSX file: columns found by their
//! headers (Vietnamese or English), each row read into a member or set aside with its row
//! number and why, members already in the roster matched by name and birth year, never
//! duplicated. A [`Preview`] says all of it before anything changes; its commands do the change.

pub mod columns;
mod read;
pub mod words;

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

pub use columns::Column;

use chibo_core::domain::{Command, Member, MemberId, Membership, Post, Session, nfc};

/// What an import would do, before it does it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Each header found and the column it became (`None`: not used).
    pub columns: Vec<(String, Option<Column>)>,
    /// Members to add, with their row number in the file.
    pub new: Vec<(usize, Member)>,
    /// Rows naming a member already in the roster (row, the member's name).
    pub matched: Vec<(usize, String)>,
    /// Rows that could not be read (row, why).
    pub problems: Vec<(usize, Problem)>,
}

/// Why a row was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoName,
    BadDate {
        column: Column,
        value: String,
    },
    /// The same person twice in the file (the earlier row).
    Duplicate {
        first_row: usize,
    },
}

/// Why a file could not be read at all. The words are in [`words::error`].
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The OS refused to read it (missing, no permission).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A folder, a FIFO, a device: not a list.
    #[error("{} is not a regular file", path.display())]
    NotAFile { path: PathBuf },
    /// Larger than any member list (16 MB).
    #[error("{} is too large for a member list ({size} bytes)", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    /// A CSV that is not UTF-8 text.
    #[error("the list is not UTF-8 text: {0}")]
    NotUtf8(#[from] std::str::Utf8Error),
    #[error("the CSV cannot be read: {0}")]
    Csv(#[from] csv::Error),
    #[error("the workbook cannot be read: {0}")]
    Xlsx(#[from] calamine::XlsxError),
    /// Neither `.csv` nor `.xlsx`.
    #[error("only .csv and .xlsx files can be imported")]
    UnknownKind,
    /// No row holds a name column ("Họ và tên", "Full name"), or the workbook has no sheet.
    #[error("no header row with a name column")]
    NoHeader,
}

/// Reads `file` against the roster of `s`.
pub fn preview(s: &Session, file: &Path) -> Result<Preview, ImportError> {
    let rows = read::rows(file)?;
    preview_rows(s, &rows)
}

/// The same, from rows already read (the first row of the file is row 1).
pub fn preview_rows(s: &Session, rows: &[Vec<String>]) -> Result<Preview, ImportError> {
    let (at, header) = columns::find_header(rows).ok_or(ImportError::NoHeader)?;
    let mut p = Preview {
        columns: header.labels.clone(),
        new: Vec::new(),
        matched: Vec::new(),
        problems: Vec::new(),
    };
    let mut seen: Vec<(String, Option<i32>, usize)> = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(at + 1) {
        let number = i + 1;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let m = match member(&header, row) {
            Ok(m) => m,
            Err(problem) => {
                p.problems.push((number, problem));
                continue;
            }
        };
        let key = (same_name(&m.name), m.born);
        if let Some((_, _, first_row)) = seen.iter().find(|(n, b, _)| (n.clone(), *b) == key) {
            let first_row = *first_row;
            p.problems.push((number, Problem::Duplicate { first_row }));
            continue;
        }
        seen.push((key.0.clone(), key.1, number));
        match s.members.iter().find(|x| is_same(x, &m)) {
            Some(x) => p.matched.push((number, x.name.clone())),
            None => p.new.push((number, m)),
        }
    }
    Ok(p)
}

impl Preview {
    /// The commands that add the new members, with ids free in `s` (m1, m2, …).
    pub fn commands(&self, s: &Session) -> Vec<Command> {
        let mut taken: Vec<String> = s.members.iter().map(|m| m.id.0.clone()).collect();
        let mut next = 1usize;
        let mut out = Vec::new();
        for (_, m) in &self.new {
            while taken.contains(&format!("m{next}")) {
                next += 1;
            }
            let id = format!("m{next}");
            taken.push(id.clone());
            let mut m = m.clone();
            m.id = MemberId::new(id);
            out.push(Command::AddMember(m));
        }
        out
    }
}

/// A name as compared: NFC, case and spacing ignored.
fn same_name(name: &str) -> String {
    nfc(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The same person: the same name, and the same birth year when both are known.
fn is_same(a: &Member, b: &Member) -> bool {
    same_name(&a.name) == same_name(&b.name)
        && match (a.born, b.born) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

fn member(h: &columns::Header, row: &[String]) -> Result<Member, Problem> {
    let cell = |c: Column| {
        h.cell(row, c)
            .map(|v| nfc(v.trim()))
            .filter(|v| !v.is_empty())
    };
    let name = cell(Column::Name).ok_or(Problem::NoName)?;
    let date = |c: Column| -> Result<Option<NaiveDate>, Problem> {
        cell(c)
            .map(|v| {
                read::date(&v).ok_or(Problem::BadDate {
                    column: c,
                    value: v.clone(),
                })
            })
            .transpose()
    };
    let mut m = Member::new("", name);
    m.born = match cell(Column::Born) {
        Some(v) => Some(read::year(&v).ok_or(Problem::BadDate {
            column: Column::Born,
            value: v,
        })?),
        None => None,
    };
    m.admitted = date(Column::Admitted)?;
    // The date of becoming official is not kept, but a bad one is reported like any date.
    date(Column::OfficialOn)?;
    m.post = cell(Column::Post).map_or(Post::Ordinary, |v| columns::post(&v));
    // Probationary only when the list says so.
    m.membership = cell(Column::Membership)
        .as_deref()
        .and_then(columns::membership)
        .unwrap_or(Membership::Official);
    if let (Some(a), Some(b)) = (m.born, m.admitted)
        && b.year() < a
    {
        return Err(Problem::BadDate {
            column: Column::Admitted,
            value: b.format("%d/%m/%Y").to_string(),
        });
    }
    Ok(m)
}
