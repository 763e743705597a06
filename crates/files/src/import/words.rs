//! The import's words, in Vietnamese and English: the preview and why a row was set aside. The
//! fixed texts are the `texts!` table [`T`]; sentences with values are functions matching on
//! the language once.

use super::read::MAX_BYTES;
use super::{Column, ImportError, Preview, Problem};
use chibo_core::i18n::Lang;

chibo_core::texts! {
    /// The import's fixed texts.
    pub enum T {
        Name => "họ và tên", "full name";
        Born => "năm sinh", "year of birth";
        Admitted => "ngày vào Đảng", "admitted on";
        OfficialOn => "ngày chính thức", "official on";
        Post => "chức vụ", "post";
        Membership => "dự bị/chính thức", "probationary/official";
        NoName => "không có họ tên", "no name";
        NotUtf8 =>
            "Tệp danh sách không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”.",
            "The list is not UTF-8 text; save it as “CSV UTF-8”.";
        UnknownKind =>
            "Chỉ nhập được tệp .csv hoặc .xlsx.", "Only .csv and .xlsx files can be imported.";
        NoHeader =>
            "Không thấy dòng tiêu đề có cột “Họ và tên”.", "No header row with a “Full name” column.";
        /// A column of the list that is not read.
        NotUsed => "bỏ qua", "not used";
        Columns => "Các cột:", "Columns:";
    }
}

pub fn column(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Name => T::Name,
        Column::Born => T::Born,
        Column::Admitted => T::Admitted,
        Column::OfficialOn => T::OfficialOn,
        Column::Post => T::Post,
        Column::Membership => T::Membership,
    }
    .get(lang)
}

pub fn problem(p: &Problem, lang: Lang) -> String {
    match (p, lang) {
        (Problem::NoName, _) => T::NoName.get(lang).to_owned(),
        (Problem::BadDate { column: c, value }, Lang::Vi) => {
            format!("{} không đọc được: “{value}”", column(*c, lang))
        }
        (Problem::BadDate { column: c, value }, Lang::En) => {
            format!("{} cannot be read: “{value}”", column(*c, lang))
        }
        (Problem::Duplicate { first_row }, Lang::Vi) => format!("trùng với dòng {first_row}"),
        (Problem::Duplicate { first_row }, Lang::En) => {
            format!("the same person as row {first_row}")
        }
    }
}

/// Why the list could not be read, in the user's words.
pub fn error(e: &ImportError, lang: Lang) -> String {
    use ImportError as E;
    match (e, lang) {
        (E::Io { path, source }, Lang::Vi) => {
            format!("Không đọc được tệp danh sách {}: {source}", path.display())
        }
        (E::Io { path, source }, Lang::En) => {
            format!("The list {} cannot be read: {source}", path.display())
        }
        (E::NotAFile { path }, Lang::Vi) => format!("{} không phải là một tệp.", path.display()),
        (E::NotAFile { path }, Lang::En) => format!("{} is not a file.", path.display()),
        (E::TooLarge { path, size }, Lang::Vi) => format!(
            "Tệp {} quá lớn để là danh sách đảng viên ({size} byte, tối đa {MAX_BYTES}).",
            path.display()
        ),
        (E::TooLarge { path, size }, Lang::En) => format!(
            "{} is too large for a member list ({size} bytes, at most {MAX_BYTES}).",
            path.display()
        ),
        (E::Csv(e), Lang::Vi) => format!("Không đọc được tệp CSV: {e}"),
        (E::Csv(e), Lang::En) => format!("The CSV cannot be read: {e}"),
        (E::Xlsx(e), Lang::Vi) => format!("Không đọc được bảng tính: {e}"),
        (E::Xlsx(e), Lang::En) => format!("The workbook cannot be read: {e}"),
        (E::NotUtf8(_), _) => T::NotUtf8.get(lang).to_owned(),
        (E::UnknownKind, _) => T::UnknownKind.get(lang).to_owned(),
        (E::NoHeader, _) => T::NoHeader.get(lang).to_owned(),
    }
}

/// The preview, line by line: what each column became, who is added, who is already there,
/// and every row set aside.
pub fn preview(p: &Preview, lang: Lang) -> String {
    let cols: Vec<String> = p
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, c)| match c {
            Some(c) => format!("“{h}” → {}", column(*c, lang)),
            None => format!("“{h}” → {}", T::NotUsed.get(lang)),
        })
        .collect();
    let mut out = vec![format!("{} {}", T::Columns.get(lang), cols.join("; "))];
    let names: Vec<&str> = p.new.iter().map(|(_, m)| m.name.as_str()).collect();
    out.push(added(&names, lang));
    if !p.matched.is_empty() {
        let m: Vec<String> = p
            .matched
            .iter()
            .map(|(r, n)| format!("{n} ({r})"))
            .collect();
        out.push(already_there(&m, lang));
    }
    for (row, why) in &p.problems {
        out.push(set_aside(*row, why, lang));
    }
    out.join("\n")
}

fn added(names: &[&str], lang: Lang) -> String {
    let (n, names) = (names.len(), names.join(", "));
    match lang {
        Lang::Vi => format!("Thêm {n} đảng viên: {names}"),
        Lang::En => format!("{n} members to add: {names}"),
    }
}

fn already_there(names: &[String], lang: Lang) -> String {
    let names = names.join(", ");
    match lang {
        Lang::Vi => format!("Đã có trong danh sách, không thêm: {names}"),
        Lang::En => format!("Already in the roster, not added: {names}"),
    }
}

fn set_aside(row: usize, why: &Problem, lang: Lang) -> String {
    let why = problem(why, lang);
    match lang {
        Lang::Vi => format!("Dòng {row}: {why}"),
        Lang::En => format!("Row {row}: {why}"),
    }
}
