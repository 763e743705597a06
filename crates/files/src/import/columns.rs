//! Which column is which, from the header row's words in Vietnamese or English, accents and
//! case ignored; and the words of a post or a membership in a cell.

use chibo_core::domain::{Membership, Post};

/// Headers and cells are compared as names are: the domain's one rule.
pub use chibo_core::domain::plain;

/// What a column of the member list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Born,
    Admitted,
    /// The date the member became official (read, not kept).
    OfficialOn,
    Post,
    Membership,
}

/// Header words of each column, without accents, most specific first (a "ngày chính thức"
/// column is a date, a "dự bị/chính thức" column the membership).
const WORDS: [(Column, &[&str]); 6] = [
    (
        Column::OfficialOn,
        &[
            "ngay chinh thuc",
            "ngay cong nhan chinh thuc",
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
        &[
            "du bi",
            "chinh thuc",
            "loai dang vien",
            "membership",
            "probationary",
            "official",
        ],
    ),
];

fn column_of(header: &str) -> Option<Column> {
    let h = plain(header);
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| h.contains(w)))
        .map(|(c, _)| *c)
}

/// The header row: what each header became, and where each column is.
#[derive(Debug, Clone)]
pub struct Header {
    pub labels: Vec<(String, Option<Column>)>,
    at: Vec<(Column, usize)>,
}

impl Header {
    /// The cell of `row` in `column`, if the list has that column.
    pub fn cell<'a>(&self, row: &'a [String], column: Column) -> Option<&'a str> {
        let (_, i) = self.at.iter().find(|(c, _)| *c == column)?;
        row.get(*i).map(String::as_str)
    }
}

/// The first row (of the first 20: lists often start with a title) naming a name column and
/// another one, with its index.
pub fn find_header(rows: &[Vec<String>]) -> Option<(usize, Header)> {
    rows.iter().take(20).enumerate().find_map(|(i, row)| {
        let labels: Vec<(String, Option<Column>)> = row
            .iter()
            .map(|h| (h.trim().to_owned(), column_of(h)))
            .collect();
        let mut at: Vec<(Column, usize)> = Vec::new();
        for (j, (_, c)) in labels.iter().enumerate() {
            if let Some(c) = c
                && !at.iter().any(|(x, _)| x == c)
            {
                at.push((*c, j));
            }
        }
        let named = at.iter().any(|(c, _)| *c == Column::Name);
        (named && at.len() >= 2).then_some((i, Header { labels, at }))
    })
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

/// Official or probationary as written in a list; `None` when it says neither.
pub fn membership(v: &str) -> Option<Membership> {
    let p = plain(v);
    if p.contains("du bi") || p.contains("probation") {
        Some(Membership::Probationary)
    } else if p.contains("chinh thuc") || p.contains("official") || p == "x" {
        Some(Membership::Official)
    } else {
        None
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
        assert_eq!(column_of("Ngày chính thức"), Some(Column::OfficialOn));
        assert_eq!(column_of("Dự bị/Chính thức"), Some(Column::Membership));
        assert_eq!(column_of("Date of birth"), Some(Column::Born));
        assert_eq!(column_of("STT"), None);
    }

    #[test]
    fn posts_and_memberships() {
        assert_eq!(post("Phó Bí thư chi bộ"), Post::Deputy);
        assert_eq!(post("Bí thư"), Post::Secretary);
        assert_eq!(post("Chi ủy viên"), Post::Committee);
        assert_eq!(post(""), Post::Ordinary);
        assert_eq!(membership("Dự bị"), Some(Membership::Probationary));
        assert_eq!(membership("chính thức"), Some(Membership::Official));
        assert_eq!(membership("?"), None);
    }
}
