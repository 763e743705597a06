//! Which column is which, from the header row's words in Vietnamese or English, accents and
//! case ignored (and from a second header row under merged cells, and from what a "Dự bị" or
//! "Chính thức" column holds: marks or dates); and the words of a post or a membership in a cell.

use chibo_core::domain::{Membership, Post};

use super::read;

/// Headers and cells are compared as names are: the domain's one rule.
pub use chibo_core::domain::plain;

/// What a column of the member list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Born,
    Admitted,
    /// The date the member became official: filled, official; empty, maybe probationary.
    OfficialOn,
    Post,
    /// Official or probationary in words ("Chính thức", "Dự bị", "CT", "DB").
    Membership,
    /// A "Dự bị" column: a mark (x, ✓, 1, có) for a probationary member.
    Probationary,
    /// A "Chính thức" column: a mark for an official member.
    Official,
    /// Notes ("Ghi chú"), which may name the membership or an exemption.
    Note,
}

/// Header words of each column, without accents, most specific first (a "ngày chính thức"
/// column is a date, a "dự bị/chính thức" column the membership in words).
const WORDS: [(Column, &[&str]); 7] = [
    (
        Column::OfficialOn,
        &[
            "ngay chinh thuc",
            "ngay cong nhan chinh thuc",
            "ngay chuyen chinh thuc",
            "official on",
            "date official",
        ],
    ),
    (
        Column::Admitted,
        &[
            "ngay vao dang",
            "ngay ket nap",
            "ket nap",
            "vao dang",
            "admitted",
            "admission",
            "joined",
        ],
    ),
    (
        Column::Born,
        &[
            "ngay sinh",
            "nam sinh",
            "sinh nam",
            "date of birth",
            "birth",
            "born",
        ],
    ),
    (
        Column::Name,
        &["ho va ten", "ho ten", "full name", "name", "ten dang vien"],
    ),
    (Column::Post, &["chuc vu", "post", "position", "role"]),
    (
        Column::Membership,
        &["loai dang vien", "loai dv", "membership", "ct/db", "db/ct"],
    ),
    (Column::Note, &["ghi chu", "note", "remark"]),
];

fn column_of(header: &str) -> Option<Column> {
    let h = plain(header);
    if let Some((c, _)) = WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| h.contains(w)))
    {
        return Some(*c);
    }
    let probationary =
        h.contains("du bi") || h.contains("probation") || ["db", "dvdb"].contains(&h.as_str());
    let official =
        h.contains("chinh thuc") || h.contains("official") || ["ct", "dvct"].contains(&h.as_str());
    match (probationary, official) {
        (true, true) => Some(Column::Membership),
        (true, false) => Some(Column::Probationary),
        (false, true) => Some(Column::Official),
        (false, false) => None,
    }
}

/// The header row: what each header became, and where each column is.
#[derive(Debug, Clone)]
pub struct Header {
    pub labels: Vec<(String, Option<Column>)>,
    at: Vec<(Column, usize)>,
}

impl Header {
    fn new(labels: Vec<(String, Option<Column>)>) -> Header {
        let mut at: Vec<(Column, usize)> = Vec::new();
        for (j, (_, c)) in labels.iter().enumerate() {
            if let Some(c) = c
                && !at.iter().any(|(x, _)| x == c)
            {
                at.push((*c, j));
            }
        }
        Header { labels, at }
    }

    /// The cell of `row` in `column`, if the list has that column.
    pub fn cell<'a>(&self, row: &'a [String], column: Column) -> Option<&'a str> {
        let (_, i) = self.at.iter().find(|(c, _)| *c == column)?;
        row.get(*i).map(String::as_str)
    }

    /// Whether the list has `column`.
    pub fn has(&self, column: Column) -> bool {
        self.at.iter().any(|(c, _)| *c == column)
    }

    /// The header of `column` as the list writes it (empty when the list has none).
    pub fn label(&self, column: Column) -> &str {
        self.at
            .iter()
            .find(|(c, _)| *c == column)
            .and_then(|(_, i)| self.labels.get(*i))
            .map_or("", |(l, _)| l.as_str())
    }
}

/// The header (of the first 20 rows: lists often start with a title): the first row naming a
/// name column and another one, with a second row under it when merged cells split a header
/// ("Ngày vào Đảng" over "Dự bị" and "Chính thức"). Returns the index of its last row.
pub fn find_header(rows: &[Vec<String>]) -> Option<(usize, Header)> {
    let (i, labels) = rows.iter().take(20).enumerate().find_map(|(i, row)| {
        let labels: Vec<(String, Option<Column>)> = row
            .iter()
            .map(|h| (h.trim().to_owned(), column_of(h)))
            .collect();
        let header = Header::new(labels.clone());
        (header.has(Column::Name) && header.at.len() >= 2).then_some((i, labels))
    })?;
    let (last, labels) = match rows.get(i + 1).and_then(|next| merged(&labels, next)) {
        Some(labels) => (i + 1, labels),
        None => (i, labels),
    };
    let data = rows.get(last + 1..).unwrap_or_default();
    Some((last, Header::new(settled(labels, data))))
}

/// The header with the row under it, when that row splits merged headers: it names no one and
/// has a column's words under a header (or under the empty cell a merge leaves to its right).
fn merged(
    labels: &[(String, Option<Column>)],
    next: &[String],
) -> Option<Vec<(String, Option<Column>)>> {
    let name = labels.iter().position(|(_, c)| *c == Some(Column::Name))?;
    let names_no_one = next.get(name).is_none_or(|n| n.trim().is_empty());
    let words: Vec<&String> = next.iter().filter(|s| !s.trim().is_empty()).collect();
    // Only headers' words: a row of data without a name is a row set aside, not a header.
    if !names_no_one || words.is_empty() || words.iter().any(|s| column_of(s).is_none()) {
        return None;
    }
    let mut out = labels.to_vec();
    out.resize(labels.len().max(next.len()), (String::new(), None));
    let mut parent = (String::new(), None);
    for (j, slot) in out.iter_mut().enumerate() {
        if !slot.0.is_empty() {
            parent = slot.clone();
        }
        let sub = next.get(j).map_or("", |s| s.trim());
        if sub.is_empty() {
            continue;
        }
        let column = match (parent.1, column_of(sub)) {
            (Some(Column::Admitted), Some(Column::Probationary)) => Some(Column::Admitted),
            (Some(Column::Admitted), Some(Column::Official)) => Some(Column::OfficialOn),
            (p, c) => c.or(p),
        };
        let label = if parent.0.is_empty() {
            sub.to_owned()
        } else {
            format!("{} / {sub}", parent.0)
        };
        *slot = (label, column);
    }
    Some(out)
}

/// A "Dự bị" or "Chính thức" column holding dates (or years) is a date: of admission under
/// "Dự bị", of becoming official under "Chính thức". Marks stay marks.
fn settled(
    mut labels: Vec<(String, Option<Column>)>,
    data: &[Vec<String>],
) -> Vec<(String, Option<Column>)> {
    for (j, (_, c)) in labels.iter_mut().enumerate() {
        let dates = || {
            data.iter()
                .filter_map(|r| r.get(j))
                .any(|v| read::date(v).is_some() || read::year(v).is_some())
        };
        *c = match *c {
            Some(Column::Probationary) if dates() => Some(Column::Admitted),
            Some(Column::Official) if dates() => Some(Column::OfficialOn),
            other => other,
        };
    }
    labels
}

/// A post as written in a list.
pub fn post(v: &str) -> Post {
    let p = plain(v);
    if p.contains("pho bi thu") || p.contains("deputy") {
        Post::Deputy
    } else if p.contains("bi thu") || p.contains("secretary") {
        Post::Secretary
    } else if p.contains("chi uy") || p.contains("cap uy") || p.contains("committee") {
        Post::Committee
    } else {
        Post::Ordinary
    }
}

/// Official or probationary in words, the whole cell ("Chính thức", "dự bị", "CT", "DB",
/// "Đảng viên dự bị"); `None` when it says neither or both.
pub fn membership(v: &str) -> Option<Membership> {
    let p = plain(v);
    let p = p
        .trim_start_matches("dang vien ")
        .trim_start_matches("dv ")
        .trim_end_matches('.');
    match p {
        "du bi" | "db" | "dvdb" | "probationary" => Some(Membership::Probationary),
        "chinh thuc" | "ct" | "dvct" | "official" => Some(Membership::Official),
        _ => None,
    }
}

/// A mark in a "Dự bị" or "Chính thức" column: `Some(true)` for x, ✓, 1, có; `Some(false)` for
/// an empty cell or a plain no (0, không, -); `None` for anything else.
pub fn mark(v: &str) -> Option<bool> {
    match plain(v).as_str() {
        "x" | "✓" | "✔" | "☑" | "v" | "1" | "co" | "yes" | "y" => Some(true),
        "" | "0" | "khong" | "-" | "no" | "n" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_either_language_and_either_form() {
        assert_eq!(column_of("Họ và tên"), Some(Column::Name));
        assert_eq!(column_of("HỌ TÊN"), Some(Column::Name));
        assert_eq!(column_of("Ngày vào Đảng"), Some(Column::Admitted));
        assert_eq!(column_of("VÀO ĐẢNG"), Some(Column::Admitted));
        assert_eq!(column_of("Ngày chính thức"), Some(Column::OfficialOn));
        assert_eq!(column_of("Dự bị/Chính thức"), Some(Column::Membership));
        assert_eq!(column_of("Loại đảng viên"), Some(Column::Membership));
        assert_eq!(column_of("DỰ BỊ"), Some(Column::Probationary));
        assert_eq!(column_of("CHÍNH THỨC"), Some(Column::Official));
        assert_eq!(column_of("Ghi chú"), Some(Column::Note));
        assert_eq!(column_of("Chức vụ trong chi bộ"), Some(Column::Post));
        assert_eq!(column_of("Date of birth"), Some(Column::Born));
        assert_eq!(column_of("STT"), None);
        assert_eq!(column_of("Giới tính"), None);
    }

    #[test]
    fn posts_memberships_and_marks() {
        assert_eq!(post("Phó Bí thư chi bộ"), Post::Deputy);
        assert_eq!(post("Bí thư"), Post::Secretary);
        assert_eq!(post("Chi ủy viên"), Post::Committee);
        assert_eq!(post(""), Post::Ordinary);
        assert_eq!(membership("Dự bị"), Some(Membership::Probationary));
        assert_eq!(membership("DB"), Some(Membership::Probationary));
        assert_eq!(membership("du bi"), Some(Membership::Probationary));
        assert_eq!(membership("chính thức"), Some(Membership::Official));
        assert_eq!(membership("CT"), Some(Membership::Official));
        assert_eq!(membership("x"), None);
        assert_eq!(membership("?"), None);
        assert_eq!(mark("X"), Some(true));
        assert_eq!(mark("✓"), Some(true));
        assert_eq!(mark("Có"), Some(true));
        assert_eq!(mark(" "), Some(false));
        assert_eq!(mark("không"), Some(false));
        assert_eq!(mark("?"), None);
    }

    #[test]
    fn a_merged_header_over_two_dates() {
        let rows: Vec<Vec<String>> = [
            vec!["STT", "Họ và tên", "Ngày vào Đảng", "", "Ghi chú"],
            vec!["", "", "Dự bị", "Chính thức", ""],
            vec!["1", "An", "03/02/1995", "03/02/1996", ""],
        ]
        .iter()
        .map(|r| r.iter().map(|s| (*s).to_owned()).collect())
        .collect();
        let (last, h) = find_header(&rows).unwrap();
        assert_eq!(last, 1);
        assert_eq!(h.cell(&rows[2], Column::Admitted), Some("03/02/1995"));
        assert_eq!(h.cell(&rows[2], Column::OfficialOn), Some("03/02/1996"));
        assert_eq!(h.label(Column::OfficialOn), "Ngày vào Đảng / Chính thức");
    }

    #[test]
    fn a_column_of_dates_under_du_bi_is_the_admission() {
        let rows: Vec<Vec<String>> = [
            vec!["Họ và tên", "Dự bị", "Chính thức"],
            vec!["An", "03/02/1995", "1996"],
            vec!["Bình", "03/02/2025", ""],
        ]
        .iter()
        .map(|r| r.iter().map(|s| (*s).to_owned()).collect())
        .collect();
        let (_, h) = find_header(&rows).unwrap();
        assert!(h.has(Column::Admitted) && h.has(Column::OfficialOn));
        assert!(!h.has(Column::Probationary) && !h.has(Column::Official));
    }
}
