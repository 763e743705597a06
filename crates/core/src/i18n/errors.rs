//! A refused command in words: what the domain said no to, for every front end.

use super::Lang;
use super::findings::tally_problem;
use crate::domain::{DomainError, NameError, Score, SealError};

/// A refused change, in words.
pub fn domain_error(e: &DomainError, lang: Lang) -> String {
    match lang {
        Lang::Vi => vi(e),
        Lang::En => en(e),
    }
}

fn vi(e: &DomainError) -> String {
    match e {
        DomainError::Finalized => "Phiên họp đã khóa; phải mở lại mới sửa được.".into(),
        DomainError::NotFinalized => "Phiên họp chưa khóa.".into(),
        DomainError::UnknownMember(id) => format!("Không có đảng viên mã `{id}`."),
        DomainError::DuplicateMember(id) => format!("Mã đảng viên `{id}` đã được dùng."),
        DomainError::EmptyMember => "Đảng viên cần có mã và họ tên.".into(),
        DomainError::NotReviewed(id) => {
            format!("Đảng viên `{id}` không thuộc diện kiểm điểm tại hội nghị này.")
        }
        DomainError::Tally(p) => format!(
            "Kết quả biểu quyết không khớp: {}.",
            tally_problem(p, Lang::Vi)
        ),
        DomainError::Score => score_range(Lang::Vi),
        DomainError::NoSuchItem(i) => format!("Không có mục thứ {}.", i + 1),
        DomainError::WrongField => "Trường này không thuộc về đây.".into(),
        DomainError::MotionOverVoters { counted, voters } => {
            format!(
                "Số biểu quyết ({counted}) nhiều hơn số đảng viên chính thức có mặt ({voters})."
            )
        }
        DomainError::EmptyReason => "Cần ghi lý do.".into(),
        DomainError::NotExempt(id) => format!(
            "Chỉ đảng viên được miễn công tác và sinh hoạt đảng mới có thể có mặt mà không \
             biểu quyết (`{id}` không được miễn)."
        ),
        DomainError::NotAGuest => "Đại diện cấp ủy cấp trên phải là một khách mời.".into(),
        DomainError::EmptyVisitor => "Đảng viên sinh hoạt tạm thời cần có họ tên.".into(),
        DomainError::MemberInUse(id) => {
            format!(
                "Đảng viên `{id}` đã có nội dung kiểm điểm hoặc được nêu tên trong hội nghị; hãy xóa các nội dung đó trước."
            )
        }
        DomainError::ControlInName(c) => format!(
            "Tên chứa ký tự điều khiển (U+{:04X}), không được phép; hãy xóa ký tự này.",
            u32::from(*c)
        ),
        DomainError::Seal(e) => format!(
            "Không khóa được biên bản: không mã hóa được nội dung phiên họp ({}).",
            seal_detail(e)
        ),
    }
}

fn en(e: &DomainError) -> String {
    match e {
        DomainError::Tally(p) => {
            format!("the tally does not add up: {}", tally_problem(p, Lang::En))
        }
        DomainError::Score => score_range(Lang::En),
        // The other English sentences are the error's own (`thiserror`), said once.
        e => e.to_string(),
    }
}

/// A name typed that finds no member present, or more than one.
pub fn name_error(e: &NameError, lang: Lang) -> String {
    match (e, lang) {
        (NameError::NotFound(n), Lang::Vi) => format!("Không có đảng viên có mặt tên “{n}”"),
        (NameError::NotFound(n), Lang::En) => format!("No member present is named “{n}”"),
        (NameError::Ambiguous(n), Lang::Vi) => {
            format!("Có nhiều đảng viên có mặt tên “{n}”; hãy ghi đủ họ tên")
        }
        (NameError::Ambiguous(n), Lang::En) => {
            format!("More than one member present is named “{n}”; write the full name")
        }
    }
}

/// What the encoder said, without the sentence around it.
fn seal_detail(e: &SealError) -> &str {
    match e {
        SealError::Canonical(d) | SealError::Legacy(d) => d,
    }
}

/// The ranges of a self-score, with the domain's maxima.
pub fn score_range(lang: Lang) -> String {
    let (g, t) = (Score::GENERAL_MAX, Score::TASKS_MAX);
    match lang {
        Lang::Vi => format!("Điểm: tiêu chí chung ≤ {g}, nhiệm vụ ≤ {t}"),
        Lang::En => format!("Score: general ≤ {g}, tasks ≤ {t}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::TallyProblem;

    #[test]
    fn a_tally_refused_says_why_in_both_languages() {
        let e = DomainError::Tally(TallyProblem::ReturnedOverIssued {
            returned: 5,
            issued: 4,
        });
        assert_eq!(
            domain_error(&e, Lang::En),
            "the tally does not add up: 5 ballots returned but only 4 issued"
        );
        assert!(domain_error(&e, Lang::Vi).contains("số phiếu thu về (5)"));
    }
}
