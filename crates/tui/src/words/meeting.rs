//! The words about the state of a meeting: outcomes and why, scores, the header line, the
//! finalize question, refused changes, and the labels that carry a number of the rules (the
//! number always comes from the domain).

use chrono::{DateTime, FixedOffset, NaiveDateTime};

use super::T;
use crate::app::SaveState;
use chibo_core::domain::{CapBase, Outcome, Requirement, Score, Session, Settings, Step};
use chibo_core::i18n::{Lang, level_name};

pub(crate) fn score_text(s: Option<Score>, lang: Lang) -> String {
    s.map_or("—".to_owned(), |s| {
        let total = s.total();
        let (g, t, all) = (Score::GENERAL_MAX, Score::TASKS_MAX, Score::MAX_TOTAL);
        let _ = lang;
        format!("{}/{g} + {}/{t} = {total}/{all}", s.general, s.tasks)
    })
}

/// A round's result and why: "HTTNV: 7/9 > 1/2".
pub(crate) fn outcome_text(s: &Session, o: &Outcome, lang: Lang) -> String {
    match o {
        Outcome::Proposed {
            level,
            votes,
            denominator,
        } => {
            let rule = match s.rules.settings.requirement(*level) {
                Requirement::MoreThan(f) => format!("> {}/{}", f.num, f.den),
                Requirement::AtLeast(f) => format!("≥ {}/{}", f.num, f.den),
            };
            let cumulative = if s.rules.settings.cumulative {
                lang.pick(" (cộng dồn)", " (cumulative)")
            } else {
                ""
            };
            format!(
                "{}: {votes}/{denominator} {rule}{cumulative}",
                level.short()
            )
        }
        Outcome::NoResult { denominator } => {
            let of = lang.pick("mẫu số", "out of");
            format!("{} ({of} {denominator})", T::NoResult.get(lang))
        }
    }
}

/// The same, with the level's full name: "HTTNV (Hoàn thành tốt nhiệm vụ): 7/9 > 1/2".
pub(crate) fn outcome_long(s: &Session, o: &Outcome, lang: Lang) -> String {
    let short = outcome_text(s, o, lang);
    match o.level() {
        Some(l) => short.replacen(':', &format!(" ({}):", level_name(l, lang)), 1),
        None => short,
    }
}

/// Asked before a new round on `who`, whose standing result is `o` (from `b` and from a count
/// typed in the batch grid): "Nguyễn Văn An đã có kết quả: HTTNV (…): 6/6 > 1/2. Biểu quyết
/// thêm một vòng? …".
pub(crate) fn new_round_question(s: &Session, who: &str, o: &Outcome, lang: Lang) -> String {
    let result = outcome_long(s, o, lang);
    let (has, ask) = (T::NewRoundQ.get(lang), T::NewRoundAsk.get(lang));
    format!("{who} {has}: {result}.\n{ask}")
}

/// A line of a member's history: "2024 · 15/12/2024 · HTTNV: 6/6 > 1/2"; when several members
/// of that session may be him, says so with each one's result; when a birth year was missing,
/// says the name alone matched.
pub(crate) fn history_words(
    year: i32,
    date: &str,
    results: &[String],
    by_name_only: bool,
    lang: Lang,
) -> String {
    let head = format!("{year} · {date} · ");
    let n = results.len();
    let body = match (n, lang) {
        (0 | 1, _) => results.join(""),
        (_, Lang::Vi) => format!(
            "{n} đảng viên trùng họ tên và năm sinh, không rõ là ai: {}",
            results.join("; ")
        ),
        (_, Lang::En) => format!(
            "{n} members match this name and birth year, which one is unclear: {}",
            results.join("; ")
        ),
    };
    let note = if by_name_only {
        format!(" ({})", T::ByNameOnly.get(lang))
    } else {
        String::new()
    };
    format!("{head}{body}{note}")
}

pub(crate) fn step_name(s: &Session, step: &Step, lang: Lang) -> String {
    match step {
        Step::Opening => T::Opening.get(lang).to_owned(),
        Step::Collective => T::Collective.get(lang).to_owned(),
        Step::Member(id) => s.member_name(id).to_owned(),
        Step::CellRating => T::CellRating.get(lang).to_owned(),
        Step::Summary => T::Summary.get(lang).to_owned(),
        Step::MinutesVote => T::MinutesVote.get(lang).to_owned(),
        Step::Close => T::Close.get(lang).to_owned(),
    }
}

pub(crate) fn summary_status(s: chibo_files::store::SummaryStatus, lang: Lang) -> &'static str {
    use chibo_files::store::SummaryStatus as S;
    match s {
        S::Draft => T::Draft.get(lang),
        S::InProgress => T::InProgress.get(lang),
        S::Finalized => T::Finalized.get(lang),
    }
}

/// Who is here, each figure named: members present of the roster, official members present
/// of those called (the quorum's numbers), and the base of the majority. Short at 80 columns.
pub(crate) fn attendance_text(s: &Session, short: bool, lang: Lang) -> String {
    let roster = s.members.len();
    let present = s
        .members
        .iter()
        .filter(|m| m.attendance.is_present())
        .count();
    let (official, called, base) = (s.denominator_present(), s.convened(), s.denominator());
    let (official_w, base_w) = match (lang, short) {
        (Lang::Vi, false) => ("chính thức", "căn cứ biểu quyết"),
        (Lang::Vi, true) => ("c.thức", "căn cứ"),
        (Lang::En, false) => ("official", "majority of"),
        (Lang::En, true) => ("off.", "base"),
    };
    format!(
        "{} {present}/{roster} · {official_w} {official}/{called} · {base_w} {base}",
        T::Quorum.get(lang)
    )
}

/// The meeting's top line: the cell's name, and then the year, who is here, elapsed time and
/// whether it is saved (kept whole when the name is cut; shortened to fit `width`).
pub(crate) fn header_text(
    s: &Session,
    save: &SaveState,
    now: DateTime<FixedOffset>,
    lang: Lang,
    width: u16,
    read_only: bool,
) -> (String, String) {
    let elapsed = s
        .meeting
        .start
        .filter(|_| s.status != chibo_core::domain::Status::Draft)
        .map(|t| NaiveDateTime::new(s.meeting.date, t))
        .map(|start| now.naive_local() - start)
        .filter(|d| d.num_seconds() >= 0 && d.num_hours() < 24)
        .map_or("—".to_owned(), |d| {
            format!("{}:{:02}", d.num_hours(), d.num_minutes() % 60)
        });
    let saved = match save {
        SaveState::Saved => T::Saved.get(lang),
        SaveState::Unsaved => T::Unsaved.get(lang),
        SaveState::Failed(_) => T::NotSaved.get(lang),
        SaveState::Conflict => T::EditedElsewhere.get(lang),
    };
    let ro = if read_only {
        format!("{} · ", T::ReadOnly.get(lang))
    } else {
        String::new()
    };
    let short = width < 110;
    // At 80 columns the elapsed time goes without its label, so the cell's name keeps room.
    let elapsed = if short {
        elapsed
    } else {
        format!("{} {elapsed}", T::Elapsed.get(lang))
    };
    let stats = format!(
        " · {} · {} · {elapsed} · ",
        s.year,
        attendance_text(s, short, lang),
    );
    (format!(" {}", s.cell.name), format!("{stats}{ro}{saved} "))
}

/// The finalize question, naming every blank the domain finds unfinished, once.
pub(crate) fn finalize_question(s: &Session, lang: Lang) -> String {
    let missing = chibo_core::i18n::unfinished(s, &s.summary().unfinished, lang);
    let text = T::FinalizeQ.get(lang).to_owned();
    if missing.is_empty() {
        return text;
    }
    let items: Vec<String> = missing.iter().map(|m| format!("- {m}")).collect();
    format!(
        "{text}\n\n{}\n{}",
        T::Unfinished.get(lang),
        items.join("\n")
    )
}

/// After a reopening: the exports set aside as superseded, by name.
pub(crate) fn superseded(names: &[String], lang: Lang) -> String {
    let n = names.join(", ");
    match lang {
        Lang::Vi => format!("Các bản xuất trước khi mở lại đã đổi tên (thay thế): {n}"),
        Lang::En => format!("The exports made before the reopening were renamed (superseded): {n}"),
    }
}

/// After a finalize that follows a reopening: whether to write the papers again.
pub(crate) fn export_again_q(names: &[String], lang: Lang) -> String {
    let n = names.join(", ");
    match lang {
        Lang::Vi => format!(
            "Biên bản đã được điều chỉnh và khóa lại; các bản xuất trước đã đổi tên \
             (…-thay-the-…). Xuất lại: {n}?"
        ),
        Lang::En => format!(
            "The minutes were corrected and sealed again; the earlier exports were renamed \
             (…-thay-the-…). Export again: {n}?"
        ),
    }
}

/// The label of a vote on a motion (its row, its form's title).
pub(crate) fn motion_label(of: chibo_core::domain::MotionOf, lang: Lang) -> &'static str {
    use chibo_core::domain::MotionOf as M;
    match of {
        M::Agenda => T::AgendaVote,
        M::CountingTeam => T::CountingVote,
        M::Report => T::ReportVote,
        M::Minutes => T::MinutesVote,
    }
    .get(lang)
}

/// The label of a text of the meeting itself.
pub(crate) fn meeting_text_label(f: chibo_core::domain::MeetingText, lang: Lang) -> &'static str {
    match f {
        chibo_core::domain::MeetingText::Purpose => T::Purpose,
        chibo_core::domain::MeetingText::Request => T::Request,
    }
    .get(lang)
}

/// A refused change, in words: the domain's own words.
pub(crate) use chibo_core::i18n::domain_error;

pub(crate) fn field_label(f: chibo_core::domain::TextField, lang: Lang) -> &'static str {
    match f {
        chibo_core::domain::TextField::Strengths => T::Strengths.get(lang),
        chibo_core::domain::TextField::Shortcomings => T::Shortcomings.get(lang),
        chibo_core::domain::TextField::Causes => T::Causes.get(lang),
        chibo_core::domain::TextField::Remedies => T::Remedies.get(lang),
        chibo_core::domain::TextField::Answer => T::Answer.get(lang),
        chibo_core::domain::TextField::Conclusion => T::Conclusion.get(lang),
    }
}

pub(crate) fn method_label(m: chibo_core::domain::VoteMethod, lang: Lang) -> &'static str {
    match m {
        chibo_core::domain::VoteMethod::SecretBallot => T::SecretBallot.get(lang),
        chibo_core::domain::VoteMethod::ShowOfHands => T::ShowOfHands.get(lang),
    }
}

// Labels that carry a number of the rules: the number comes from the domain.

/// "Majority counted over" — the fraction a level must pass.
pub(crate) fn denominator_label(lang: Lang) -> String {
    let h = chibo_core::domain::Fraction::HALF;
    match lang {
        Lang::Vi => format!("Mẫu số khi tính quá {}/{}", h.num, h.den),
        Lang::En => "Majority counted over".to_owned(),
    }
}

/// The summary's cap row, naming the cap's base: "HTXSNV / HTTNV (giới hạn)".
pub(crate) fn cap_row_label(base: CapBase, lang: Lang) -> String {
    let b = chibo_core::i18n::cap_base_short(base, lang);
    match lang {
        Lang::Vi => format!("HTXSNV / {b} (giới hạn)"),
        Lang::En => format!("Excellent / {b} (limit)"),
    }
}

/// The settings form's choice of the cap's base.
pub(crate) fn cap_base_label(lang: Lang) -> &'static str {
    lang.pick("Tỷ lệ HTXSNV tính trên", "Excellent cap counted over")
}

pub(crate) fn cap_percent_bad(lang: Lang) -> String {
    let (std, max) = (Settings::STANDARD_CAP_PERCENT, Settings::MAX_CAP_PERCENT);
    match lang {
        Lang::Vi => format!("Tỷ lệ HTXSNV phải là số nguyên ({std}, tối đa {max})"),
        Lang::En => format!("The cap must be a whole number ({std}, at most {max})"),
    }
}

pub(crate) fn cap_reason_label(lang: Lang) -> String {
    let std = Settings::STANDARD_CAP_PERCENT;
    match lang {
        Lang::Vi => format!("Lý do (khi trên {std}%)"),
        Lang::En => format!("Reason (above {std}%)"),
    }
}

pub(crate) fn score_general_label(lang: Lang) -> String {
    let max = Score::GENERAL_MAX;
    match lang {
        Lang::Vi => format!("Tiêu chí chung (≤ {max})"),
        Lang::En => format!("General criteria (≤ {max})"),
    }
}

pub(crate) fn score_tasks_label(lang: Lang) -> String {
    let max = Score::TASKS_MAX;
    match lang {
        Lang::Vi => format!("Kết quả nhiệm vụ (≤ {max})"),
        Lang::En => format!("Task results (≤ {max})"),
    }
}

pub(crate) use chibo_core::i18n::score_range;
