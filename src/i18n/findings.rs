//! The words for each rule's findings.

use super::{Lang, level_name};
use crate::domain::{Finding, FindingKind, Session, Severity, Subject, TallyProblem};

pub fn severity_label(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => lang.pick("LỖI", "ERROR"),
        Severity::Warning => lang.pick("CẢNH BÁO", "WARNING"),
        Severity::Note => lang.pick("GHI CHÚ", "NOTE"),
    }
}

/// Whom the finding is about, as a name.
pub fn subject_label(session: &Session, subject: &Subject, lang: Lang) -> String {
    match subject {
        Subject::Session => lang.pick("Hội nghị", "Meeting").to_owned(),
        Subject::Cell => lang.pick("Chi bộ", "The cell").to_owned(),
        Subject::Member(id) => session.member_name(id).to_owned(),
    }
}

fn tally_problem(p: &TallyProblem, lang: Lang) -> String {
    match (p, lang) {
        (TallyProblem::ReturnedOverIssued { returned, issued }, Lang::Vi) => {
            format!("số phiếu thu về ({returned}) nhiều hơn số phát ra ({issued})")
        }
        (TallyProblem::ReturnedOverIssued { returned, issued }, Lang::En) => {
            format!("{returned} ballots returned but only {issued} issued")
        }
        (TallyProblem::InvalidOverReturned { invalid, returned }, Lang::Vi) => {
            format!("số phiếu không hợp lệ ({invalid}) nhiều hơn số thu về ({returned})")
        }
        (TallyProblem::InvalidOverReturned { invalid, returned }, Lang::En) => {
            format!("{invalid} invalid ballots but only {returned} returned")
        }
        (TallyProblem::CountsMismatch { counted, valid }, Lang::Vi) => {
            format!("tổng phiếu các mức ({counted}) khác số phiếu hợp lệ ({valid})")
        }
        (TallyProblem::CountsMismatch { counted, valid }, Lang::En) => {
            format!("the level counts add up to {counted}, but {valid} ballots are valid")
        }
        (TallyProblem::IssuedOverVoters { issued, voters }, Lang::Vi) => format!(
            "phát {issued} phiếu nhưng chỉ có {voters} đảng viên chính thức có mặt \
             (đảng viên dự bị không biểu quyết)"
        ),
        (TallyProblem::IssuedOverVoters { issued, voters }, Lang::En) => format!(
            "{issued} ballots issued but only {voters} official members are present \
             (probationary members do not vote)"
        ),
    }
}

/// The finding in words, with its numbers.
pub fn finding_message(f: &Finding, lang: Lang) -> String {
    use FindingKind as K;
    let vi = lang == Lang::Vi;
    match &f.kind {
        K::Quorum {
            present,
            denominator,
            quorum,
        } => {
            let (n, d) = (quorum.num, quorum.den);
            if vi {
                format!("Chưa đủ {n}/{d} số đảng viên dự họp: có mặt {present}/{denominator}")
            } else {
                format!("Fewer than {n}/{d} of the members are present: {present}/{denominator}")
            }
        }
        K::Tally { round, problem } => {
            let p = tally_problem(problem, lang);
            if vi {
                format!("Kết quả biểu quyết vòng {round} không khớp: {p}")
            } else {
                format!("The tally of round {round} does not add up: {p}")
            }
        }
        K::NoResult { round } => {
            if vi {
                format!("Vòng {round}: không mức nào quá 1/2; cần biểu quyết lại")
            } else {
                format!("Round {round}: no level has more than half; vote again")
            }
        }
        K::NotRated => lang
            .pick("Chưa có mức xếp loại đề xuất", "No proposed level yet")
            .to_owned(),
        K::ReviewLater => lang
            .pick(
                "Vắng mặt: kiểm điểm, xếp loại sau",
                "Absent: to be reviewed and rated later",
            )
            .to_owned(),
        K::VotedButExcluded => lang
            .pick(
                "Không thuộc diện kiểm điểm nhưng đã có biểu quyết xếp loại",
                "Not reviewed at this meeting, yet a rating vote was recorded",
            )
            .to_owned(),
        K::Disciplined { proposed } => {
            let l = level_name(*proposed, lang);
            if vi {
                format!(
                    "Bị kỷ luật trong năm: phải xếp loại Không hoàn thành nhiệm vụ, \
                     không phải {l}"
                )
            } else {
                format!("Disciplined during the year: must be rated Not complete, not {l}")
            }
        }
        K::DisciplinedRemedied => lang
            .pick(
                "Bị kỷ luật trong năm nhưng đã tự phát hiện, khắc phục xong hậu quả: \
                 cấp có thẩm quyền xem xét",
                "Disciplined during the year, but self-reported and remedied: \
                 the committee above decides",
            )
            .to_owned(),
        K::ExcellentCap {
            excellent,
            good,
            cap,
            percent,
        } => {
            if vi {
                format!(
                    "Đề xuất {excellent} HTXSNV, vượt {percent}% của {good} HTTNV \
                     (tối đa {cap})"
                )
            } else {
                format!(
                    "{excellent} proposed Excellent, more than {percent}% of {good} Good \
                     (at most {cap})"
                )
            }
        }
        K::CapWithoutReason { percent } => {
            if vi {
                format!("Tỷ lệ HTXSNV {percent}% cần ghi lý do của cấp có thẩm quyền")
            } else {
                format!("An Excellent cap of {percent}% needs the committee's reason")
            }
        }
        K::CapTooHigh { percent } => {
            if vi {
                format!("Tỷ lệ HTXSNV {percent}% vượt mức tối đa 25%")
            } else {
                format!("An Excellent cap of {percent}% is above the 25% maximum")
            }
        }
        K::ScoreOutOfRange { score } => {
            let (g, t) = (score.general, score.tasks);
            if vi {
                format!("Điểm tự chấm không hợp lệ: {g}/30 và {t}/70")
            } else {
                format!("Self-score out of range: {g}/30 and {t}/70")
            }
        }
        K::ScoreBand {
            total,
            band,
            self_assessed,
        } => {
            let (b, s) = (band.short(), self_assessed.short());
            if vi {
                format!("Tự nhận {s} cao hơn mức của điểm tự chấm {total}/100 ({b})")
            } else {
                format!("Self-assessed {s} is above the band of the self-score {total}/100 ({b})")
            }
        }
        K::MemberBeforeCollective => lang
            .pick(
                "Kiểm điểm cá nhân trước khi kiểm điểm tập thể",
                "Reviewed before the collective review",
            )
            .to_owned(),
        K::MemberBeforeLeaders => lang
            .pick(
                "Bí thư, phó bí thư, chi ủy viên phải kiểm điểm trước các đảng viên khác",
                "The secretary, deputy and committee should be reviewed before the others",
            )
            .to_owned(),
        K::CellBeforeMembers => lang
            .pick(
                "Chi bộ tự xếp loại trước khi xếp loại xong các đảng viên",
                "The cell rated itself before all members were rated",
            )
            .to_owned(),
        K::DraftMissing => lang
            .pick(
                "Chưa ghi ngày gửi dự thảo báo cáo kiểm điểm tập thể (ít nhất 3 ngày làm việc)",
                "No date for sending the draft collective report (at least 3 working days)",
            )
            .to_owned(),
        K::DraftLate { sent, working_days } => {
            let d = sent.format("%d/%m/%Y");
            if vi {
                format!(
                    "Dự thảo báo cáo gửi ngày {d}, chỉ {working_days} ngày làm việc \
                     trước hội nghị (cần ít nhất 3)"
                )
            } else {
                format!(
                    "The draft report was sent on {d}, only {working_days} working days \
                     before the meeting (at least 3)"
                )
            }
        }
        K::AfterDeadline { date } => {
            let d = date.format("%d/%m/%Y");
            if vi {
                format!("Hội nghị ngày {d}: phải kết thúc trước ngày 31/12")
            } else {
                format!("Meeting on {d}: it should end before 31 December")
            }
        }
        K::SickLeave { proposed } => {
            let l = level_name(*proposed, lang);
            if vi {
                format!("Nghỉ ốm từ 3 tháng trở lên: không xếp loại {l}")
            } else {
                format!("Sick leave of 3 months or more: cannot be rated {l}")
            }
        }
        K::ChecksumMismatch => lang
            .pick(
                "Nội dung đã bị sửa sau khi khóa biên bản (mã kiểm tra không khớp)",
                "The content was changed after finalizing (checksum mismatch)",
            )
            .to_owned(),
    }
}
