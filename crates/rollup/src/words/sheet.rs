//! The workbook's own words: its columns, its sheets' names and heads, the cap block's rows.

use chibo_core::domain::Level;
use chibo_core::i18n::Lang;

/// A committee sheet's columns, as `xlsx` places them.
pub fn header(lang: Lang) -> Vec<&'static str> {
    let mut h = match lang {
        Lang::Vi => vec![
            "STT",
            "Chi bộ",
            "Trạng thái",
            "Đảng viên",
            "Kiểm điểm",
            "Xếp loại",
        ],
        Lang::En => vec!["No.", "Cell", "Status", "Members", "Reviewed", "Rated"],
    };
    h.extend(Level::ALL.iter().map(|l| l.short()));
    h.extend(match lang {
        Lang::Vi => [
            "Chưa xếp loại",
            "Chi bộ tự xếp loại",
            "Tệp",
            "Chi bộ cơ sở: HTXSNV tối đa",
            "Chi bộ cơ sở: còn được thêm",
            "Loại chi bộ",
        ],
        Lang::En => [
            "Not rated",
            "Cell's own level",
            "File",
            "Grassroots cell: most Excellent",
            "Grassroots cell: more allowed",
            "Kind",
        ],
    });
    h
}

pub fn not_rated_sheet(lang: Lang) -> &'static str {
    lang.pick("Chưa xếp loại", "Not rated")
}

/// The check list's sheet.
pub fn problems_sheet(lang: Lang) -> &'static str {
    lang.pick("Vấn đề", "Problems")
}

pub fn not_rated_head(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Vi => ["Đảng bộ", "Năm", "Chi bộ", "Họ và tên", "Lý do"],
        Lang::En => ["Committee", "Year", "Cell", "Full name", "Why"],
    }
}

pub fn problems_head(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Vi => ["STT", "Loại", "Nội dung"],
        Lang::En => ["No.", "Kind", "What"],
    }
}

pub fn cells_by_level(lang: Lang) -> &'static str {
    lang.pick("Số chi bộ theo mức tự xếp loại", "Cells by their own level")
}

pub fn cap_title(lang: Lang) -> &'static str {
    lang.pick(
        "Giới hạn HTXSNV trên các chi bộ trực thuộc",
        "The Excellent cap over the cells under the committee",
    )
}

/// The cap block's two columns.
pub fn cap_heads(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Vi => ["Đảng viên", "Chi bộ"],
        Lang::En => ["Members", "Cells"],
    }
}

/// The cap block's rows, in order.
pub fn cap_labels(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Vi => [
            "Số HTTNV",
            "Số HTXSNV",
            "Tỷ lệ tối đa (%)",
            "HTXSNV tối đa",
            "Còn được thêm (âm: vượt)",
        ],
        Lang::En => [
            "Good",
            "Excellent",
            "Cap (%)",
            "Most Excellent allowed",
            "More allowed (negative: over)",
        ],
    }
}
