//! The words for each rule's findings. The rules' numbers come from the domain's constants
//! or from the finding itself, never from here.

use super::{Lang, level_name};
use chrono::NaiveDate;

use crate::domain::{
    DEADLINE, DRAFT_WORKING_DAYS, Finding, FindingKind, Fraction, Level, Member, Score, Session,
    Settings, Severity, Subject, TallyProblem,
};

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

pub(super) fn tally_problem(p: &TallyProblem, lang: Lang) -> String {
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
    let pick = |[vi, en]: [&str; 2]| lang.pick(vi, en).to_owned();
    match &f.kind {
        K::Quorum {
            present,
            denominator,
            quorum,
        } => quorum_words(*present, *denominator, *quorum, lang),
        K::Tally { round, problem } => tally_round(*round, problem, lang),
        K::NoResult { round } => no_result(*round, lang),
        K::RoundAfterResult {
            round,
            decided,
            level,
        } => round_after_result(*round, *decided, *level, lang),
        K::NotRated => pick(NOT_RATED),
        K::ReviewLater => pick(REVIEW_LATER),
        K::VotedButExcluded => pick(VOTED_BUT_EXCLUDED),
        K::Disciplined { proposed } => disciplined(*proposed, lang),
        K::DisciplinedRemedied => pick(DISCIPLINED_REMEDIED),
        K::DisciplineOutsideYear { date } => discipline_outside_year(*date, lang),
        K::CellExcellentWithDisciplinedLeaders { names } => cell_bounded(names, lang),
        K::NoTemporaryOpinion => pick(NO_TEMPORARY_OPINION),
        K::ExcellentCap { .. } | K::ExcellentShare { .. } => cap_finding(&f.kind, lang),
        K::ChairAbsent => pick(CHAIR_ABSENT),
        K::MinuteTakerAbsent => pick(MINUTE_TAKER_ABSENT),
        K::CapWithoutReason { percent } => cap_setting(*percent, false, lang),
        K::CapTooHigh { percent } => cap_setting(*percent, true, lang),
        K::ScoreOutOfRange { score } => score_out_of_range(score, lang),
        K::ScoreBand {
            total,
            band,
            self_assessed,
        } => score_band(*total, *band, *self_assessed, lang),
        K::MemberBeforeCollective => pick(MEMBER_BEFORE_COLLECTIVE),
        K::MemberBeforeLeaders => pick(MEMBER_BEFORE_LEADERS),
        K::CellBeforeMembers => pick(CELL_BEFORE_MEMBERS),
        K::DraftMissing => draft(None, lang),
        K::DraftLate { sent, working_days } => draft(Some((*sent, *working_days)), lang),
        K::AfterDeadline { date } => after_deadline(*date, lang),
        K::SickLeave { proposed } => sick_leave(*proposed, lang),
        K::ChecksumMismatch => pick(CHECKSUM_MISMATCH),
        K::Unfinished { missing } => super::missing(*missing, lang).to_owned(),
    }
}

/// The two findings of the Excellent cap: over it, or the cell's share of it.
fn cap_finding(kind: &FindingKind, lang: Lang) -> String {
    use FindingKind as K;
    match kind {
        K::ExcellentCap {
            excellent,
            good,
            cap,
            percent,
            base,
        } => {
            let counted = base.counted(*excellent, *good);
            super::cap::over(*excellent, (counted, *base), *cap, *percent, lang)
        }
        K::ExcellentShare {
            excellent,
            good,
            cap,
            percent,
            base,
        } => {
            let counted = base.counted(*excellent, *good);
            super::cap::share(*excellent, (counted, *base), *cap, *percent, lang)
        }
        // Only the cap's findings are sent here.
        _ => String::new(),
    }
}

fn tally_round(round: usize, problem: &TallyProblem, lang: Lang) -> String {
    let p = tally_problem(problem, lang);
    match lang {
        Lang::Vi => format!("Kết quả biểu quyết vòng {round} không khớp: {p}"),
        Lang::En => format!("The tally of round {round} does not add up: {p}"),
    }
}

fn quorum_words(present: u32, denominator: u32, quorum: Fraction, lang: Lang) -> String {
    let (n, d) = (quorum.num, quorum.den);
    if present == 0 {
        return match lang {
            Lang::Vi => format!(
                "Không có đảng viên chính thức nào có mặt ({present}/{denominator}): không đủ \
                 số lượng, không biểu quyết nào có kết quả"
            ),
            Lang::En => format!(
                "No official member is present ({present}/{denominator}): no quorum, and no \
                 vote can have a result"
            ),
        };
    }
    match lang {
        Lang::Vi => format!("Chưa đủ {n}/{d} số đảng viên dự họp: có mặt {present}/{denominator}"),
        Lang::En => {
            format!("Fewer than {n}/{d} of the members are present: {present}/{denominator}")
        }
    }
}

fn no_result(round: usize, lang: Lang) -> String {
    let Fraction { num, den } = Fraction::HALF;
    match lang {
        Lang::Vi => format!("Vòng {round}: không mức nào quá {num}/{den}; cần biểu quyết lại"),
        // "more than half": the English names the majority in words.
        Lang::En => format!("Round {round}: no level has more than half; vote again"),
    }
}

fn round_after_result(round: usize, decided: usize, level: Level, lang: Lang) -> String {
    let l = level.short();
    match lang {
        Lang::Vi => format!(
            "Vòng {round} được biểu quyết sau khi vòng {decided} đã có kết quả ({l}): \
             kết quả là của vòng {round}"
        ),
        Lang::En => format!(
            "Round {round} was held after round {decided} had a result ({l}): \
             round {round} stands"
        ),
    }
}

fn disciplined(proposed: Level, lang: Lang) -> String {
    let l = level_name(proposed, lang);
    let must = level_name(Level::NotComplete, lang);
    match lang {
        Lang::Vi => format!("Bị kỷ luật trong năm: phải xếp loại {must}, không phải {l}"),
        Lang::En => format!("Disciplined during the year: must be rated {must}, not {l}"),
    }
}

fn discipline_outside_year(date: NaiveDate, lang: Lang) -> String {
    let d = date.format("%d/%m/%Y");
    match lang {
        Lang::Vi => format!(
            "Kỷ luật ghi ngày {d}, ngoài năm đánh giá: không tự động xếp loại Không hoàn thành \
             nhiệm vụ; cấp có thẩm quyền xem xét"
        ),
        Lang::En => format!(
            "Discipline dated {d}, outside the year under review: not automatically Not \
             complete; the committee above decides"
        ),
    }
}

fn cell_bounded(names: &[String], lang: Lang) -> String {
    let who = names.join(", ");
    let (excellent, good) = (
        level_name(Level::Excellent, lang),
        level_name(Level::Good, lang),
    );
    match lang {
        Lang::Vi => format!(
            "Chi bộ đề xuất {excellent} trong khi chi ủy có đồng chí bị kỷ luật trong năm \
             ({who}): chi bộ chỉ được đề xuất tối đa {good}"
        ),
        Lang::En => format!(
            "The cell proposed {excellent} while a member of its committee was disciplined in \
             the year ({who}): at most {good}"
        ),
    }
}

/// A cap raised without a reason, or raised above [`Settings::MAX_CAP_PERCENT`].
fn cap_setting(percent: u32, too_high: bool, lang: Lang) -> String {
    let max = Settings::MAX_CAP_PERCENT;
    match (lang, too_high) {
        (Lang::Vi, false) => format!("Tỷ lệ HTXSNV {percent}% cần ghi lý do của cấp có thẩm quyền"),
        (Lang::En, false) => format!("An Excellent cap of {percent}% needs the committee's reason"),
        (Lang::Vi, true) => format!("Tỷ lệ HTXSNV {percent}% vượt mức tối đa {max}%"),
        (Lang::En, true) => format!("An Excellent cap of {percent}% is above the {max}% maximum"),
    }
}

fn score_out_of_range(score: &Score, lang: Lang) -> String {
    let (g, t) = (score.general, score.tasks);
    let (gm, tm) = (Score::GENERAL_MAX, Score::TASKS_MAX);
    match lang {
        Lang::Vi => format!("Điểm tự chấm không hợp lệ: {g}/{gm} và {t}/{tm}"),
        Lang::En => format!("Self-score out of range: {g}/{gm} and {t}/{tm}"),
    }
}

fn score_band(total: u32, band: Level, self_assessed: Level, lang: Lang) -> String {
    let (b, s) = (band.short(), self_assessed.short());
    let max = Score::MAX_TOTAL;
    match lang {
        Lang::Vi => format!("Tự nhận {s} cao hơn mức của điểm tự chấm {total}/{max} ({b})"),
        Lang::En => {
            format!("Self-assessed {s} is above the band of the self-score {total}/{max} ({b})")
        }
    }
}

/// The draft collective report: not sent (`None`), or sent too late.
fn draft(late: Option<(NaiveDate, i64)>, lang: Lang) -> String {
    let need = DRAFT_WORKING_DAYS;
    let Some((sent, working_days)) = late else {
        return match lang {
            Lang::Vi => format!(
                "Chưa ghi ngày gửi dự thảo báo cáo kiểm điểm tập thể (ít nhất {need} ngày làm việc)"
            ),
            Lang::En => format!(
                "No date for sending the draft collective report (at least {need} working days)"
            ),
        };
    };
    let d = sent.format("%d/%m/%Y");
    match lang {
        Lang::Vi => format!(
            "Dự thảo báo cáo gửi ngày {d}, chỉ {working_days} ngày làm việc \
             trước hội nghị (cần ít nhất {need})"
        ),
        Lang::En => format!(
            "The draft report was sent on {d}, only {working_days} working days \
             before the meeting (at least {need})"
        ),
    }
}

fn after_deadline(date: NaiveDate, lang: Lang) -> String {
    let d = date.format("%d/%m/%Y");
    let (month, day) = DEADLINE;
    match lang {
        Lang::Vi => format!("Hội nghị ngày {d}: phải kết thúc trước ngày {day}/{month}"),
        Lang::En => {
            let m = NaiveDate::from_ymd_opt(2000, month, 1)
                .map_or_else(String::new, |m| m.format("%B").to_string());
            format!("Meeting on {d}: it should end before {day} {m}")
        }
    }
}

fn sick_leave(proposed: Level, lang: Lang) -> String {
    let l = level_name(proposed, lang);
    let months = Member::LONG_SICK_LEAVE_MONTHS;
    match lang {
        Lang::Vi => format!("Nghỉ ốm từ {months} tháng trở lên: không xếp loại {l}"),
        Lang::En => format!("Sick leave of {months} months or more: cannot be rated {l}"),
    }
}

// The findings whose words have no numbers: [Vietnamese, English].

const NOT_RATED: [&str; 2] = ["Chưa có mức xếp loại đề xuất", "No proposed level yet"];

const REVIEW_LATER: [&str; 2] = [
    "Vắng mặt: kiểm điểm, xếp loại sau",
    "Absent: to be reviewed and rated later",
];

const VOTED_BUT_EXCLUDED: [&str; 2] = [
    "Không thuộc diện kiểm điểm nhưng đã có biểu quyết xếp loại",
    "Not reviewed at this meeting, yet a rating vote was recorded",
];

const DISCIPLINED_REMEDIED: [&str; 2] = [
    "Bị kỷ luật trong năm nhưng đã tự phát hiện, khắc phục xong hậu quả: \
     cấp có thẩm quyền xem xét",
    "Disciplined during the year, but self-reported and remedied: \
     the committee above decides",
];

const MEMBER_BEFORE_COLLECTIVE: [&str; 2] = [
    "Kiểm điểm cá nhân trước khi kiểm điểm tập thể",
    "Reviewed before the collective review",
];

const MEMBER_BEFORE_LEADERS: [&str; 2] = [
    "Bí thư, phó bí thư, chi ủy viên phải kiểm điểm trước các đảng viên khác",
    "The secretary, deputy and committee should be reviewed before the others",
];

const CELL_BEFORE_MEMBERS: [&str; 2] = [
    "Chi bộ tự xếp loại trước khi xếp loại xong các đảng viên",
    "The cell rated itself before all members were rated",
];

const NO_TEMPORARY_OPINION: [&str; 2] = [
    "Đã biểu quyết xếp loại khi chưa có ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời",
    "Voted on before the opinion of the cell where the member has temporary activity is in",
];

const CHECKSUM_MISMATCH: [&str; 2] = [
    "Nội dung đã bị sửa sau khi khóa biên bản (mã kiểm tra không khớp)",
    "The content was changed after finalizing (checksum mismatch)",
];

const CHAIR_ABSENT: [&str; 2] = [
    "Người chủ trì hội nghị đang được ghi là vắng mặt",
    "The chair is marked absent from the meeting",
];

const MINUTE_TAKER_ABSENT: [&str; 2] = [
    "Thư ký hội nghị đang được ghi là vắng mặt",
    "The minute-taker is marked absent from the meeting",
];
