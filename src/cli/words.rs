//! Strings printed by the command line, in Vietnamese and English.

use std::path::Path;

use chibo_core::domain::{Attendance, Fraction, Membership, Status};
use chibo_core::i18n::Lang;
use chibo_files::store::SummaryStatus;

pub fn no_sessions(dir: &Path, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chưa có phiên họp nào trong thư mục {}", dir.display()),
        Lang::En => format!("No sessions in {}", dir.display()),
    }
}

pub fn list_header(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Vi => [
            "Tệp",
            "Chi bộ",
            "Năm",
            "Ngày họp",
            "Trạng thái",
            "Đảng viên",
            "Đã xếp loại",
        ],
        Lang::En => ["File", "Cell", "Year", "Date", "Status", "Members", "Rated"],
    }
}

pub fn status(s: &SummaryStatus, lang: Lang) -> &'static str {
    match s {
        SummaryStatus::Draft => lang.pick("Chuẩn bị", "Draft"),
        SummaryStatus::InProgress => lang.pick("Đang họp", "In progress"),
        SummaryStatus::Finalized => lang.pick("Đã khóa", "Finalized"),
    }
}

pub fn session_status(s: &Status, lang: Lang) -> String {
    match s {
        Status::Draft => status(&SummaryStatus::Draft, lang).to_owned(),
        Status::InProgress => status(&SummaryStatus::InProgress, lang).to_owned(),
        Status::Finalized { at, checksum } => {
            let short: String = checksum.chars().take(12).collect();
            match lang {
                Lang::Vi => format!(
                    "Đã khóa lúc {} (mã kiểm tra {short}…)",
                    at.format("%H:%M %d/%m/%Y")
                ),
                Lang::En => format!(
                    "Finalized at {} (checksum {short}…)",
                    at.format("%H:%M %d/%m/%Y")
                ),
            }
        }
    }
}

pub fn no_findings(lang: Lang) -> &'static str {
    lang.pick("không có lỗi hay cảnh báo", "no errors or warnings")
}

/// `check` on a file whose text held control characters, replaced on load.
pub fn controls_replaced(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "[Cảnh báo] {n} ký tự điều khiển trong văn bản của tệp đã được thay bằng �; lần lưu tới sẽ ghi như vậy"
        ),
        Lang::En => format!(
            "[Warning] {n} control characters in the file's text were replaced by �; the next save writes that"
        ),
    }
}

/// Standard output could not be written (not a closed pipe: that ends the command quietly).
pub fn output_failed(e: &std::io::Error, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không ghi được kết quả ra: {e}"),
        Lang::En => format!("Could not write the output: {e}"),
    }
}

pub fn export_failed(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không xuất được giấy tờ: {reason}"),
        Lang::En => format!("Could not export: {reason}"),
    }
}

pub fn review_year(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Kiểm điểm năm {year}"),
        Lang::En => format!("Review of {year}"),
    }
}

pub fn meeting(lang: Lang) -> &'static str {
    lang.pick("Hội nghị", "Meeting")
}

pub fn chair(lang: Lang) -> &'static str {
    lang.pick("Chủ trì", "Chair")
}

pub fn minute_taker(lang: Lang) -> &'static str {
    lang.pick("Thư ký", "Minute-taker")
}

pub fn status_label(lang: Lang) -> &'static str {
    lang.pick("Trạng thái", "Status")
}

pub fn attendance_line(
    total: usize,
    present: usize,
    voters: u32,
    denominator: u32,
    denominator_present: u32,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Tổng số {total} đảng viên, có mặt {present} ({voters} chính thức biểu quyết). \
             Mẫu số biểu quyết {denominator}, có mặt {denominator_present}/{denominator}."
        ),
        Lang::En => format!(
            "{total} members, {present} present ({voters} official, voting). \
             Majority denominator {denominator}, present {denominator_present}/{denominator}."
        ),
    }
}

pub fn member_header(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Vi => [
            "TT",
            "Họ và tên",
            "CT/DB",
            "Điểm danh",
            "Tự nhận",
            "Phiếu X/T/H/K",
            "Đề xuất",
        ],
        Lang::En => [
            "No",
            "Full name",
            "Off/Prob",
            "Attendance",
            "Self",
            "Votes E/G/C/N",
            "Proposed",
        ],
    }
}

pub fn membership(m: Membership, lang: Lang) -> &'static str {
    match m {
        Membership::Official => lang.pick("CT", "official"),
        Membership::Probationary => lang.pick("DB", "probationary"),
    }
}

pub fn attendance(a: &Attendance, lang: Lang) -> String {
    match a {
        Attendance::Unknown => lang.pick("chưa điểm danh", "not called").to_owned(),
        Attendance::Present => lang.pick("có mặt", "present").to_owned(),
        Attendance::PresentNotVoting => chibo_core::i18n::present_not_voting(lang).to_owned(),
        Attendance::Excused(reason) => match lang {
            Lang::Vi => format!("vắng có lý do ({reason})"),
            Lang::En => format!("excused ({reason})"),
        },
        Attendance::Unexcused => lang
            .pick("vắng không lý do", "absent without reason")
            .to_owned(),
    }
}

/// Attendance in a table cell: the reason is listed below the table.
pub fn attendance_short(a: &Attendance, lang: Lang) -> &'static str {
    match a {
        Attendance::Unknown => lang.pick("chưa điểm danh", "not called"),
        Attendance::Present => lang.pick("có mặt", "present"),
        Attendance::PresentNotVoting => chibo_core::i18n::present_not_voting(lang),
        Attendance::Excused(_) => lang.pick("vắng có lý do", "excused"),
        Attendance::Unexcused => lang.pick("vắng không lý do", "absent"),
    }
}

pub fn no_result(lang: Lang) -> String {
    let Fraction { num, den } = Fraction::HALF;
    match lang {
        Lang::Vi => format!("chưa đủ quá {num}/{den}"),
        Lang::En => "no majority".to_owned(),
    }
}

pub fn rated_line(rated: u32, total: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã xếp loại {rated}/{total} đảng viên thuộc diện kiểm điểm."),
        Lang::En => format!("{rated} of {total} reviewed members rated."),
    }
}

pub fn not_reviewed(lang: Lang) -> &'static str {
    lang.pick(
        "Không kiểm điểm, không xếp loại:",
        "Not reviewed, not rated:",
    )
}

pub fn cell_line(self_assessed: &str, proposed: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chi bộ tự nhận: {self_assessed}; biểu quyết đề xuất: {proposed}"),
        Lang::En => format!("The cell's self-assessment: {self_assessed}; voted: {proposed}"),
    }
}

pub fn findings(lang: Lang) -> &'static str {
    lang.pick("Lỗi, cảnh báo, ghi chú", "Findings")
}

pub fn cell_word(lang: Lang) -> &'static str {
    lang.pick("Chi bộ", "Cell")
}
