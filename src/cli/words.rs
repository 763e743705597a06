//! Strings printed by the command line, in Vietnamese and English: the fixed texts in the
//! `texts!` table [`T`], the sentences with values as functions matching on the language once.

use std::path::Path;

use chibo_core::domain::{Attendance, Membership, SealState, Status};
use chibo_core::i18n::Lang;
use chibo_files::store::SummaryStatus;

chibo_core::texts! {
    /// The command line's fixed texts.
    pub enum T {
        File => "Tệp", "File";
        Cell => "Chi bộ", "Cell";
        Year => "Năm", "Year";
        Date => "Ngày họp", "Date";
        Status => "Trạng thái", "Status";
        Members => "Đảng viên", "Members";
        Rated => "Đã xếp loại", "Rated";
        Draft => "Chuẩn bị", "Draft";
        InProgress => "Đang họp", "In progress";
        Finalized => "Đã khóa", "Finalized";
        NoFindings => "không có lỗi hay cảnh báo", "no errors or warnings";
        Meeting => "Hội nghị", "Meeting";
        Chair => "Chủ trì", "Chair";
        MinuteTaker => "Thư ký", "Minute-taker";
        No => "TT", "No";
        FullName => "Họ và tên", "Full name";
        Membership => "CT/DB", "Off/Prob";
        Attendance => "Điểm danh", "Attendance";
        SelfAssessed => "Tự nhận", "Self";
        Votes => "Phiếu X/T/H/K", "Votes E/G/C/N";
        Proposed => "Đề xuất", "Proposed";
        Official => "CT", "official";
        Probationary => "DB", "probationary";
        NotCalled => "chưa điểm danh", "not called";
        Present => "có mặt", "present";
        Unexcused => "vắng không lý do", "absent without reason";
        /// In a table cell, where the reason is listed below the table.
        ExcusedShort => "vắng có lý do", "excused";
        UnexcusedShort => "vắng không lý do", "absent";
        NotReviewed => "Không kiểm điểm, không xếp loại:", "Not reviewed, not rated:";
        Findings => "Lỗi, cảnh báo, ghi chú", "Findings";
        NotFinalized => "chưa kết thúc, chưa khóa", "not finalized";
        Unchanged => "Chưa thay đổi gì.", "Nothing was changed.";
        ImportQ => "Nhập các đảng viên này? [c/k]", "Import these members? [y/n]";
    }
}

/// The answers to a yes-or-no question that mean yes, in either language ([`T::ImportQ`]).
pub(super) const YES: [&str; 5] = ["c", "co", "có", "y", "yes"];

pub(super) fn no_sessions(dir: &Path, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chưa có phiên họp nào trong thư mục {}", dir.display()),
        Lang::En => format!("No sessions in {}", dir.display()),
    }
}

pub(super) fn list_header(lang: Lang) -> [&'static str; 7] {
    [
        T::File,
        T::Cell,
        T::Year,
        T::Date,
        T::Status,
        T::Members,
        T::Rated,
    ]
    .map(|t| t.get(lang))
}

pub(super) fn status(s: &SummaryStatus, lang: Lang) -> &'static str {
    match s {
        SummaryStatus::Draft => T::Draft,
        SummaryStatus::InProgress => T::InProgress,
        SummaryStatus::Finalized => T::Finalized,
    }
    .get(lang)
}

pub(super) fn session_status(s: &Status, lang: Lang) -> String {
    let (at, short) = match s {
        Status::Draft => return T::Draft.get(lang).to_owned(),
        Status::InProgress => return T::InProgress.get(lang).to_owned(),
        Status::Finalized { at, checksum } => (
            at.format("%H:%M %d/%m/%Y"),
            checksum.chars().take(12).collect::<String>(),
        ),
    };
    match lang {
        Lang::Vi => format!("Đã khóa lúc {at} (mã kiểm tra {short}…)"),
        Lang::En => format!("Finalized at {at} (checksum {short}…)"),
    }
}

/// `chibo verify`: a session's seal, with the time it was finalized.
pub(super) fn seal(state: SealState, status: &Status, lang: Lang) -> String {
    let at = match status {
        Status::Finalized { at, .. } => at.format("%d/%m/%Y %H:%M").to_string(),
        _ => String::new(),
    };
    match (state, lang) {
        (SealState::Intact, Lang::Vi) => format!("đã khóa ngày {at}, nội dung còn nguyên vẹn"),
        (SealState::Intact, Lang::En) => format!("sealed on {at} and intact"),
        (SealState::Changed, Lang::Vi) => {
            format!("đã khóa ngày {at}, nhưng nội dung đã bị sửa sau khi khóa")
        }
        (SealState::Changed, Lang::En) => format!("sealed on {at}, changed since it was sealed"),
        (SealState::NotFinalized, _) => T::NotFinalized.get(lang).to_owned(),
    }
}

/// `chibo roster import`: how many members were added.
pub(super) fn members_added(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã thêm {n} đảng viên."),
        Lang::En => format!("{n} members added."),
    }
}

/// `check` on a file whose text held control characters, replaced on load.
pub(super) fn controls_replaced(n: usize, lang: Lang) -> String {
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
pub(super) fn output_failed(e: &std::io::Error, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không ghi được kết quả ra: {e}"),
        Lang::En => format!("Could not write the output: {e}"),
    }
}

pub(super) fn export_failed(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không xuất được giấy tờ: {reason}"),
        Lang::En => format!("Could not export: {reason}"),
    }
}

pub(super) fn review_year(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Kiểm điểm năm {year}"),
        Lang::En => format!("Review of {year}"),
    }
}

pub(super) fn attendance_line(
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

pub(super) fn member_header(lang: Lang) -> [&'static str; 7] {
    [
        T::No,
        T::FullName,
        T::Membership,
        T::Attendance,
        T::SelfAssessed,
        T::Votes,
        T::Proposed,
    ]
    .map(|t| t.get(lang))
}

pub(super) fn membership(m: Membership, lang: Lang) -> &'static str {
    match m {
        Membership::Official => T::Official,
        Membership::Probationary => T::Probationary,
    }
    .get(lang)
}

pub(super) fn attendance(a: &Attendance, lang: Lang) -> String {
    match (a, lang) {
        (Attendance::Excused(reason), Lang::Vi) => format!("vắng có lý do ({reason})"),
        (Attendance::Excused(reason), Lang::En) => format!("excused ({reason})"),
        (Attendance::Unknown, _) => T::NotCalled.get(lang).to_owned(),
        (Attendance::Present, _) => T::Present.get(lang).to_owned(),
        (Attendance::PresentNotVoting, _) => chibo_core::i18n::present_not_voting(lang).to_owned(),
        (Attendance::Unexcused, _) => T::Unexcused.get(lang).to_owned(),
    }
}

/// Attendance in a table cell: the reason is listed below the table.
pub(super) fn attendance_short(a: &Attendance, lang: Lang) -> &'static str {
    match a {
        Attendance::PresentNotVoting => return chibo_core::i18n::present_not_voting(lang),
        Attendance::Unknown => T::NotCalled,
        Attendance::Present => T::Present,
        Attendance::Excused(_) => T::ExcusedShort,
        Attendance::Unexcused => T::UnexcusedShort,
    }
    .get(lang)
}

pub(super) fn rated_line(rated: u32, total: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã xếp loại {rated}/{total} đảng viên thuộc diện kiểm điểm."),
        Lang::En => format!("{rated} of {total} reviewed members rated."),
    }
}

pub(super) fn cell_line(self_assessed: &str, proposed: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chi bộ tự nhận: {self_assessed}; biểu quyết đề xuất: {proposed}"),
        Lang::En => format!("The cell's self-assessment: {self_assessed}; voted: {proposed}"),
    }
}

/// Under `--help`: where the log is written. The help is clap's, in English like its options.
pub(super) fn log_help(path: Option<&Path>, mb: u64, keep: u32, var: &str) -> String {
    let path = path.map_or_else(
        || "none (no home folder found)".to_owned(),
        |p| p.display().to_string(),
    );
    format!(
        "Log file: {path}\n(rotated at {mb} MB, {keep} old files kept; ${var} sets its folder; \
         --log-level off turns it off)"
    )
}

#[cfg(test)]
mod tests {
    use super::T;

    /// Every entry of the command line's table has a Vietnamese and an English text.
    #[test]
    fn every_text_has_both_languages() {
        let found = chibo_core::i18n::untranslated::<T>();
        assert!(found.is_empty(), "{found:#?}");
    }
}
