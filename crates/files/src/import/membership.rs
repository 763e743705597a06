//! Official or probationary, from every place a ward's list may say it: a column in words
//! ("Chính thức", "DB"), a mark under "Dự bị" or "Chính thức", a note ("Dự bị"), the date of
//! becoming official (filled, or empty with an admission less than a year before the meeting).
//! When they disagree, or none says, the row is set aside: a member is never made official by
//! default. And what a note says of the member's standing (exempt, suspended, elsewhere).

use chrono::{Datelike, Months, NaiveDate};

use chibo_core::domain::{Member, Membership, nfc};

use super::Problem;
use super::columns::{self, Column, Header, plain};
use super::read;

/// When the member was admitted, as the list writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Unknown,
    On(NaiveDate),
    /// Only the year.
    In(i32),
}

impl Admission {
    /// Whether the admission was less than a year before `meeting`; `None` when the list does
    /// not tell (no date, or a year that may be either).
    fn within_a_year(self, meeting: NaiveDate) -> Option<bool> {
        match self {
            Admission::On(d) => Some(d.checked_add_months(Months::new(12))? > meeting),
            Admission::In(y) if y >= meeting.year() => Some(true),
            Admission::In(y) if y < meeting.year() - 1 => Some(false),
            Admission::In(_) | Admission::Unknown => None,
        }
    }
}

/// One place in a row that says official or probationary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The column's header as the list writes it.
    pub column: String,
    /// The cell as written ("x", "DB", "03/02/1986"); empty for an empty cell.
    pub cell: String,
    pub how: How,
    pub membership: Membership,
}

/// How a cell says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// In words: "Chính thức", "Dự bị", "CT", "DB", a note naming it.
    Words,
    /// A mark (x, ✓, 1, có) under "Dự bị" or "Chính thức".
    Mark,
    /// No mark in the list's only "Dự bị" (or only "Chính thức") column.
    NoMark,
    /// The date of becoming official: official when on or before the meeting.
    OfficialOn,
    /// No date of becoming official, and admitted less than a year before the meeting.
    NoOfficialDate(Admission),
}

/// The row's membership and every place that says it; or why the row is set aside.
pub fn read(
    h: &Header,
    row: &[String],
    admitted: Admission,
    meeting: NaiveDate,
) -> Result<(Membership, Vec<Said>), Problem> {
    let mut said = Vec::new();
    if let Some((column, cell)) = cell(h, row, Column::Membership)
        && !cell.is_empty()
    {
        let m = columns::membership(&cell).ok_or_else(|| unclear(&column, &cell))?;
        said.push(words(column, cell, m));
    }
    marks(h, row, &mut said)?;
    note(h, row, &mut said)?;
    official_on(h, row, admitted, meeting, &mut said)?;
    match said.first().map(|s| s.membership) {
        None => Err(Problem::NoMembership {
            read: [Column::Membership, Column::Probationary, Column::Official]
                .into_iter()
                .chain([Column::OfficialOn, Column::Note])
                .filter(|c| h.has(*c))
                .map(|c| h.label(c).to_owned())
                .collect(),
        }),
        Some(m) if said.iter().all(|s| s.membership == m) => Ok((m, said)),
        Some(_) => Err(Problem::Disagree(said)),
    }
}

/// The header and the cell (trimmed, NFC) of `column`, when the list has it.
fn cell(h: &Header, row: &[String], column: Column) -> Option<(String, String)> {
    h.has(column).then(|| {
        let v = h.cell(row, column).unwrap_or_default();
        (h.label(column).to_owned(), nfc(v.trim()))
    })
}

fn words(column: String, cell: String, membership: Membership) -> Said {
    Said {
        column,
        cell,
        how: How::Words,
        membership,
    }
}

fn unclear(column: &str, value: &str) -> Problem {
    Problem::Unclear {
        column: column.to_owned(),
        value: value.to_owned(),
    }
}

/// The "Dự bị" and "Chính thức" columns. When the list has only one, a row it leaves unmarked
/// is the other kind; with both, a row marked in neither says nothing.
fn marks(h: &Header, row: &[String], said: &mut Vec<Said>) -> Result<(), Problem> {
    let kinds = [
        (Column::Probationary, Membership::Probationary),
        (Column::Official, Membership::Official),
    ];
    let mut unmarked = Vec::new();
    for (c, kind) in kinds {
        let Some((column, cell)) = cell(h, row, c) else {
            continue;
        };
        if let Some(m) = columns::membership(&cell) {
            said.push(words(column, cell, m));
            continue;
        }
        match columns::mark(&cell) {
            Some(true) => said.push(Said {
                column,
                cell,
                how: How::Mark,
                membership: kind,
            }),
            Some(false) => unmarked.push((column, kind)),
            None => return Err(unclear(&column, &cell)),
        }
    }
    let only_one = kinds.iter().filter(|(c, _)| h.has(*c)).count() == 1;
    if let (true, Some((column, kind))) = (only_one, unmarked.pop()) {
        said.push(Said {
            column,
            cell: String::new(),
            how: How::NoMark,
            membership: match kind {
                Membership::Probationary => Membership::Official,
                Membership::Official => Membership::Probationary,
            },
        });
    }
    Ok(())
}

/// A note naming the membership: "Dự bị", "ĐVDB", and as the whole note "DB", "Chính thức" (in
/// a longer note "ĐB" is as often "đại biểu"). A note that only mentions becoming official
/// ("Chờ chuyển chính thức", "Đã chuyển chính thức") is unclear.
fn note(h: &Header, row: &[String], said: &mut Vec<Said>) -> Result<(), Problem> {
    let Some((column, cell)) = cell(h, row, Column::Note) else {
        return Ok(());
    };
    let p = plain(&cell);
    let mut tokens = p.split(|c: char| !c.is_alphanumeric());
    let m = if let Some(m) = columns::membership(&cell) {
        m
    } else if p.contains("du bi") || tokens.any(|t| t == "dvdb") {
        Membership::Probationary
    } else if p.contains("chinh thuc") {
        return Err(unclear(&column, &cell));
    } else {
        return Ok(());
    };
    said.push(words(column, cell, m));
    Ok(())
}

/// The date of becoming official: on or before the meeting, official; after it, probationary;
/// only a year, the same unless it is the meeting's year. Empty, with an admission less than a
/// year before the meeting: probationary.
fn official_on(
    h: &Header,
    row: &[String],
    admitted: Admission,
    meeting: NaiveDate,
    said: &mut Vec<Said>,
) -> Result<(), Problem> {
    let Some((column, cell)) = cell(h, row, Column::OfficialOn) else {
        return Ok(());
    };
    let (how, membership) = if cell.is_empty() {
        if admitted.within_a_year(meeting) != Some(true) {
            return Ok(());
        }
        (How::NoOfficialDate(admitted), Membership::Probationary)
    } else if let Some(d) = read::date(&cell) {
        let official = d <= meeting;
        (How::OfficialOn, kind(official))
    } else if let Some(y) = read::year(&cell) {
        if y == meeting.year() {
            return Err(unclear(&column, &cell));
        }
        (How::OfficialOn, kind(y < meeting.year()))
    } else {
        return Err(Problem::BadDate {
            column: Column::OfficialOn,
            value: cell,
        });
    };
    said.push(Said {
        column,
        cell,
        how,
        membership,
    });
    Ok(())
}

fn kind(official: bool) -> Membership {
    if official {
        Membership::Official
    } else {
        Membership::Probationary
    }
}

/// What a note says of the member's standing: exempt from activity ("Miễn SH"), suspended
/// ("Đình chỉ sinh hoạt"), on temporary activity at another cell ("SH tạm thời tại CB KP 2").
/// Returns the note's header and text when it said any.
pub fn standing(h: &Header, row: &[String], m: &mut Member) -> Option<(String, String)> {
    let (column, note) = cell(h, row, Column::Note)?;
    let before = (m.exempt, m.suspended, m.temporary_elsewhere.is_some());
    let p = plain(&note);
    let has = |words: &[&str]| words.iter().any(|w| p.contains(w));
    m.exempt |= has(&["mien sh", "mien sinh hoat", "mien cong tac"]);
    m.suspended |= has(&["dinh chi sh", "dinh chi sinh hoat"]);
    let tokens: Vec<&str> = p.split(|c: char| !c.is_alphanumeric()).collect();
    if has(&["sh tam thoi", "sinh hoat tam thoi", "tam thoi tai"]) || tokens.contains(&"shtt") {
        // The place: the words after "tại", as written; else the whole note.
        let words: Vec<&str> = note.split_whitespace().collect();
        let at = words.iter().position(|w| plain(w) == "tai");
        let place = at
            .and_then(|i| words.get(i + 1..))
            .filter(|rest| !rest.is_empty())
            .map_or_else(|| note.clone(), |rest| rest.join(" "));
        m.temporary_elsewhere = Some(place);
    }
    let after = (m.exempt, m.suspended, m.temporary_elsewhere.is_some());
    (after != before).then_some((column, note))
}
