//! The committee's report in words: a party document (number line, title, figures, the
//! committee's signature, the recipients), naming no file and no app state.

use chibo_core::i18n::Lang;
use chibo_docs::words::BLANK;

/// The document's number, left for the office to fill in: "Số ……-BC/ĐU" (BC: báo cáo, ĐU:
/// đảng ủy).
pub fn number_line(lang: Lang) -> String {
    format!("{} {BLANK}-BC/ĐU", lang.pick("Số", "No."))
}

pub fn title(lang: Lang) -> &'static str {
    lang.pick("BÁO CÁO", "REPORT")
}

/// "Đảng ủy Phường Tân Định tổng hợp kết quả … năm 2025 như sau:".
pub fn intro(committee: &str, year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đảng ủy {committee} tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng \
             viên và chi bộ năm {year} do các chi bộ đề xuất như sau:"
        ),
        Lang::En => format!(
            "The committee of {committee} sums up the ratings of members and cells for {year} \
             proposed by its cells:"
        ),
    }
}

/// "Số chi bộ: 4 (1 chi bộ cơ sở); tổng số đảng viên: …".
pub fn figures(
    cells: u32,
    grassroots: u32,
    members: u32,
    reviewed: u32,
    rated: u32,
    lang: Lang,
) -> String {
    let of_which = match (lang, grassroots) {
        (_, 0) => String::new(),
        (Lang::Vi, g) => format!(" ({g} chi bộ cơ sở)"),
        (Lang::En, g) => format!(" ({g} grassroots)"),
    };
    match lang {
        Lang::Vi => format!(
            "Số chi bộ: {cells}{of_which}; tổng số đảng viên: {members}; được kiểm điểm: \
             {reviewed}; được chi bộ đề xuất xếp loại: {rated}."
        ),
        Lang::En => format!(
            "Cells: {cells}{of_which}; members: {members}; reviewed: {reviewed}; given a \
             proposed level: {rated}."
        ),
    }
}

pub fn no_cells(lang: Lang) -> &'static str {
    lang.pick("Chưa có chi bộ nào có kết quả.", "No cell has results yet.")
}

/// The table's columns: No. | Cell | Members | Rated/reviewed | the four levels | the cell's
/// own level.
pub fn columns(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Vi => [
            "STT",
            "Chi bộ",
            "Số ĐV",
            "Xếp loại/ Kiểm điểm",
            "Chi bộ tự xếp loại",
        ],
        Lang::En => [
            "No.",
            "Cell",
            "Members",
            "Rated/ reviewed",
            "Cell's own level",
        ],
    }
}

/// A grassroots cell's name in the table: "Chi bộ Trường A (cơ sở)".
pub fn grassroots_name(name: &str, lang: Lang) -> String {
    format!("{name} ({})", lang.pick("cơ sở", "grassroots"))
}

/// The file's title (its properties, not printed).
pub fn meta_title(lang: Lang) -> &'static str {
    lang.pick("Báo cáo tổng hợp", "Roll-up report")
}

pub fn caps_heading(lang: Lang) -> &'static str {
    lang.pick("Tỷ lệ và giới hạn HTXSNV", "Shares and the Excellent cap")
}

pub fn unrated_heading(lang: Lang) -> &'static str {
    lang.pick("Đảng viên chưa được xếp loại", "Members not rated")
}

/// Who signs for the committee: "T/M ĐẢNG ỦY" over "BÍ THƯ".
pub fn signature(lang: Lang) -> &'static str {
    lang.pick("T/M ĐẢNG ỦY\nBÍ THƯ", "FOR THE COMMITTEE\nSECRETARY")
}

pub fn recipients_label(lang: Lang) -> &'static str {
    lang.pick("Nơi nhận:", "Recipients:")
}

/// The usual recipients of a grassroots committee's report, for the office to adjust.
pub fn recipients(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Vi => [
            "Cấp ủy cấp trên (để báo cáo),",
            "Các chi bộ trực thuộc,",
            "Lưu Văn phòng Đảng ủy.",
        ],
        Lang::En => [
            "The committee above (for its information),",
            "The cells,",
            "The committee's office (filed).",
        ],
    }
}
