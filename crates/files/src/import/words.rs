//! The import's words, in Vietnamese and English: the preview and why a row was set aside.

use super::read::MAX_BYTES;
use super::{Column, ImportError, Preview, Problem};
use chibo_core::i18n::Lang;

pub fn column(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Name => lang.pick("họ và tên", "full name"),
        Column::Born => lang.pick("năm sinh", "year of birth"),
        Column::Admitted => lang.pick("ngày vào Đảng", "admitted on"),
        Column::OfficialOn => lang.pick("ngày chính thức", "official on"),
        Column::Post => lang.pick("chức vụ", "post"),
        Column::Membership => lang.pick("dự bị/chính thức", "probationary/official"),
    }
}

pub fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::NoName => lang.pick("không có họ tên", "no name").to_owned(),
        Problem::BadDate { column: c, value } => match lang {
            Lang::Vi => format!("{} không đọc được: “{value}”", column(*c, lang)),
            Lang::En => format!("{} cannot be read: “{value}”", column(*c, lang)),
        },
        Problem::Duplicate { first_row } => match lang {
            Lang::Vi => format!("trùng với dòng {first_row}"),
            Lang::En => format!("the same person as row {first_row}"),
        },
    }
}

/// Why the list could not be read, in the user's words.
pub fn error(e: &ImportError, lang: Lang) -> String {
    match e {
        ImportError::Io { path, source } => match lang {
            Lang::Vi => format!("Không đọc được tệp danh sách {}: {source}", path.display()),
            Lang::En => format!("The list {} cannot be read: {source}", path.display()),
        },
        ImportError::NotAFile { path } => match lang {
            Lang::Vi => format!("{} không phải là một tệp.", path.display()),
            Lang::En => format!("{} is not a file.", path.display()),
        },
        ImportError::TooLarge { path, size } => match lang {
            Lang::Vi => format!(
                "Tệp {} quá lớn để là danh sách đảng viên ({size} byte, tối đa {MAX_BYTES}).",
                path.display()
            ),
            Lang::En => format!(
                "{} is too large for a member list ({size} bytes, at most {MAX_BYTES}).",
                path.display()
            ),
        },
        ImportError::NotUtf8(_) => lang
            .pick(
                "Tệp danh sách không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”.",
                "The list is not UTF-8 text; save it as “CSV UTF-8”.",
            )
            .to_owned(),
        ImportError::Csv(e) => match lang {
            Lang::Vi => format!("Không đọc được tệp CSV: {e}"),
            Lang::En => format!("The CSV cannot be read: {e}"),
        },
        ImportError::Xlsx(e) => match lang {
            Lang::Vi => format!("Không đọc được bảng tính: {e}"),
            Lang::En => format!("The workbook cannot be read: {e}"),
        },
        ImportError::UnknownKind => lang
            .pick(
                "Chỉ nhập được tệp .csv hoặc .xlsx.",
                "Only .csv and .xlsx files can be imported.",
            )
            .to_owned(),
        ImportError::NoHeader => lang
            .pick(
                "Không thấy dòng tiêu đề có cột “Họ và tên”.",
                "No header row with a “Full name” column.",
            )
            .to_owned(),
    }
}

/// The preview, line by line: what each column became, who is added, who is already there,
/// and every row set aside.
pub fn preview(p: &Preview, lang: Lang) -> String {
    let mut out = Vec::new();
    let cols: Vec<String> = p
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, c)| match c {
            Some(c) => format!("“{h}” → {}", column(*c, lang)),
            None => format!("“{h}” → {}", lang.pick("bỏ qua", "not used")),
        })
        .collect();
    out.push(format!(
        "{} {}",
        lang.pick("Các cột:", "Columns:"),
        cols.join("; ")
    ));
    let names: Vec<&str> = p.new.iter().map(|(_, m)| m.name.as_str()).collect();
    out.push(match lang {
        Lang::Vi => format!("Thêm {} đảng viên: {}", names.len(), names.join(", ")),
        Lang::En => format!("{} members to add: {}", names.len(), names.join(", ")),
    });
    if !p.matched.is_empty() {
        let m: Vec<String> = p
            .matched
            .iter()
            .map(|(r, n)| format!("{n} ({r})"))
            .collect();
        out.push(match lang {
            Lang::Vi => format!("Đã có trong danh sách, không thêm: {}", m.join(", ")),
            Lang::En => format!("Already in the roster, not added: {}", m.join(", ")),
        });
    }
    for (row, why) in &p.problems {
        out.push(match lang {
            Lang::Vi => format!("Dòng {row}: {}", problem(why, lang)),
            Lang::En => format!("Row {row}: {}", problem(why, lang)),
        });
    }
    out.join("\n")
}
