//! The roster from the committee's member list, a CSV or XLSX file: columns found by their
//! headers (Vietnamese or English), each row read into a member or set aside with its row
//! number and why, members already in the roster matched by name and birth year, never
//! duplicated. A member's membership comes from whatever the list says it with
//! ([`membership`]), never by default; titles typed before a name are dropped. A [`Preview`]
//! says all of it before anything changes; its commands do the change.

pub mod columns;
pub mod membership;
mod read;
pub mod words;

use std::path::{Path, PathBuf};

use chrono::{Datelike, Months, NaiveDate};

pub use columns::Column;
pub use membership::{Admission, How, Said};

use chibo_core::domain::{Command, Member, MemberId, Post, Session, name_key, nfc, without_title};

/// What an import would do, before it does it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Each header found and the column it became (`None`: not used).
    pub columns: Vec<(String, Option<Column>)>,
    /// Members to add, each with its row in the file and where its membership was read.
    pub new: Vec<Entry>,
    /// Rows naming a member already in the roster (row, the member's name).
    pub matched: Vec<(usize, String)>,
    /// Rows that could not be read (row, why).
    pub problems: Vec<(usize, Problem)>,
}

/// A member the list adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The row in the file (the first row is 1).
    pub row: usize,
    pub member: Member,
    /// Every place in the row that says the member's membership; they agree.
    pub said: Vec<Said>,
    /// The note (its header and text) that said the member is exempt, suspended or elsewhere.
    pub noted: Option<(String, String)>,
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
    /// Admitted in a year the review depends on (the 6 months), with no day.
    AdmittedYear(i32),
    /// Nothing in the row says official or probationary (the headers of the columns read).
    NoMembership {
        read: Vec<String>,
    },
    /// The row says official in one place and probationary in another.
    Disagree(Vec<Said>),
    /// A cell meant to say official or probationary that says neither clearly.
    Unclear {
        column: String,
        value: String,
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
    let mut seen = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(at + 1) {
        let number = i + 1;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match read_row(s, &header, row, number, &mut seen) {
            Ok(Read::New(e)) => p.new.push(*e),
            Ok(Read::Matched(name)) => p.matched.push((number, name)),
            Err(why) => p.problems.push((number, why)),
        }
    }
    Ok(p)
}

/// What a row is: a member to add, or one the roster has (by the roster's name).
enum Read {
    // Boxed: an entry is large, and most rows of a re-import are matches.
    New(Box<Entry>),
    Matched(String),
}

/// The row numbered `number`; `seen` holds each person read before (name, birth year) and
/// their row.
fn read_row(
    s: &Session,
    header: &columns::Header,
    row: &[String],
    number: usize,
    seen: &mut Vec<((String, Option<i32>), usize)>,
) -> Result<Read, Problem> {
    let (mut m, admitted) = member(header, row, s.meeting.date)?;
    let key = (name_key(&m.name), m.born);
    if let Some((_, first_row)) = seen.iter().find(|(k, _)| *k == key) {
        return Err(Problem::Duplicate {
            first_row: *first_row,
        });
    }
    seen.push((key, number));
    if let Some(x) = s.members.iter().find(|x| x.same_person(&m).is_some()) {
        return Ok(Read::Matched(x.name.clone()));
    }
    let (kind, said) = membership::read(header, row, admitted, s.meeting.date)?;
    m.membership = kind;
    let noted = membership::standing(header, row, &mut m);
    Ok(Read::New(Box::new(Entry {
        row: number,
        member: m,
        said,
        noted,
    })))
}

impl Preview {
    /// The commands that add the new members, with ids free in `s` (m1, m2, …).
    pub fn commands(&self, s: &Session) -> Vec<Command> {
        let mut taken: Vec<String> = s.members.iter().map(|m| m.id.0.clone()).collect();
        let mut next = 1usize;
        let mut out = Vec::new();
        for Entry { member: m, .. } in &self.new {
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

/// The row's member (name without a title, birth year, admission, post; the membership is read
/// apart), with the admission as written.
fn member(
    h: &columns::Header,
    row: &[String],
    meeting: NaiveDate,
) -> Result<(Member, Admission), Problem> {
    let cell = |c: Column| {
        h.cell(row, c)
            .map(|v| nfc(v.trim()))
            .filter(|v| !v.is_empty())
    };
    let name = cell(Column::Name).ok_or(Problem::NoName)?;
    let bad = |column: Column, value: String| Problem::BadDate { column, value };
    let mut m = Member::new("", without_title(&name));
    m.born = match cell(Column::Born) {
        Some(v) => Some(read::year(&v).ok_or_else(|| bad(Column::Born, v))?),
        None => None,
    };
    let admitted = match cell(Column::Admitted) {
        None => Admission::Unknown,
        Some(v) => match (read::date(&v), read::year(&v)) {
            (Some(d), _) => Admission::On(d),
            (None, Some(y)) => Admission::In(y),
            (None, None) => return Err(bad(Column::Admitted, v)),
        },
    };
    m.admitted = match admitted {
        Admission::On(d) => Some(d),
        // A year alone is enough when every day of it is 6 months before the meeting.
        Admission::In(y) => match NaiveDate::from_ymd_opt(y, 12, 31)
            .and_then(|d| d.checked_add_months(Months::new(Member::REVIEWED_AFTER_MONTHS)))
        {
            Some(last) if last <= meeting => None,
            _ => return Err(Problem::AdmittedYear(y)),
        },
        Admission::Unknown => None,
    };
    m.post = cell(Column::Post).map_or(Post::Ordinary, |v| columns::post(&v));
    let admitted_year = match admitted {
        Admission::On(d) => Some(d.year()),
        Admission::In(y) => Some(y),
        Admission::Unknown => None,
    };
    if let (Some(born), Some(year)) = (m.born, admitted_year)
        && year < born
    {
        return Err(bad(
            Column::Admitted,
            cell(Column::Admitted).unwrap_or_default(),
        ));
    }
    Ok((m, admitted))
}
