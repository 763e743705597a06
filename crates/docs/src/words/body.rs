//! The words of the minutes' body: reviews, vote rounds, the rules applied, the results, the
//! close, the signatures and the seal.

use chrono::{DateTime, FixedOffset, NaiveTime};

use super::{BLANK, Label, ReportPart, T, figure, moment, percent, time};
use chibo_core::domain::{
    CapBase, DenominatorRule, Fraction, Level, LevelCounts, Membership, Motion, Outcome, Post,
    Score, Tally, VoteMethod,
};
use chibo_core::i18n::{Lang, cap_base, level_name, no_result};

/// [`ReportPart`]'s text, for the terminal app's test until it calls `get`.
pub fn report_part(p: ReportPart, lang: Lang) -> &'static str {
    p.get(lang)
}

/// [`Label`]'s text, for the terminal app's test until it calls `get`.
pub fn label(l: Label, lang: Lang) -> &'static str {
    l.get(lang)
}

/// "1. Đồng chí Nguyễn Văn An — Bí thư chi bộ, đảng viên chính thức".
pub fn member_heading(no: usize, name: &str, post: Post, m: Membership, lang: Lang) -> String {
    let post = match post {
        Post::Secretary => Some(T::Secretary),
        Post::Deputy => Some(T::Deputy),
        Post::Committee => Some(T::CommitteeMember),
        Post::Ordinary => None,
    };
    let m = match m {
        Membership::Official => T::OfficialMember,
        Membership::Probationary => T::ProbationaryMember,
    }
    .get(lang);
    let role = post.map_or_else(|| m.to_owned(), |p| format!("{}, {m}", p.get(lang)));
    match lang {
        Lang::Vi => format!("{no}. Đồng chí {name} — {role}"),
        Lang::En => format!("{no}. {name} — {role}"),
    }
}

/// "Tự nhận mức: …; điểm tự chấm 87/100 (27/30 và 60/70), tương ứng mức HTTNV."
pub fn self_assessed(
    level: Option<Level>,
    score: Option<Score>,
    band: Option<Level>,
    cell: bool,
    lang: Lang,
) -> String {
    let l = level.map_or(BLANK, |l| level_name(l, lang));
    let lead = if cell {
        T::CellSelfAssessed
    } else {
        T::SelfAssessed
    }
    .get(lang);
    let Some(sc) = score else {
        return super::full_stop(format!("{lead}: {l}"));
    };
    let (t, g, k) = (sc.total(), sc.general, sc.tasks);
    let (max, gm, km) = (Score::MAX_TOTAL, Score::GENERAL_MAX, Score::TASKS_MAX);
    match lang {
        Lang::Vi => {
            let band = band.map_or_else(String::new, |b| format!(", tương ứng mức {}", b.short()));
            format!(
                "{lead}: {l}; điểm tự chấm {t}/{max} (tiêu chí chung {g}/{gm}, kết quả thực \
                 hiện nhiệm vụ {k}/{km}){band}."
            )
        }
        Lang::En => {
            let band = band.map_or_else(String::new, |b| {
                format!(", in the band of {}", level_name(b, lang))
            });
            format!(
                "{lead}: {l}; self-score {t}/{max} (general criteria {g}/{gm}, task results \
                 {k}/{km}){band}."
            )
        }
    }
}

pub fn method(m: VoteMethod, lang: Lang) -> &'static str {
    match m {
        VoteMethod::SecretBallot => T::SecretBallot,
        VoteMethod::ShowOfHands => T::ShowOfHands,
    }
    .get(lang)
}

fn counts(c: &LevelCounts, lang: Lang) -> String {
    let parts: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{} {}", short(*l, lang), c.get(*l)))
        .collect();
    parts.join(", ")
}

/// A level's short form in a table or a count: HTXSNV… or Excellent….
pub fn short(l: Level, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => l.short(),
        Lang::En => level_name(l, lang),
    }
}

/// One vote round with its counts and its outcome; a secret ballot's count as the counting
/// team announced it, by its head (`head`) when the team has one.
pub fn round(
    no: usize,
    t: &Tally,
    o: &Outcome,
    cumulative: bool,
    head: Option<&str>,
    lang: Lang,
) -> String {
    let (m, ballots) = (method(t.method, lang), ballots(t, lang));
    let c = counts(&t.counts, lang);
    let result = outcome(o, cumulative, lang);
    if t.method == VoteMethod::SecretBallot {
        let by = super::announced(head, lang);
        return match lang {
            Lang::Vi => {
                format!("Biểu quyết vòng {no} ({m}). {by}{ballots}{c}. Kết quả: {result}.")
            }
            Lang::En => format!("Vote, round {no} ({m}). {by}{ballots}{c}. Result: {result}."),
        };
    }
    match lang {
        Lang::Vi => format!("Biểu quyết vòng {no} ({m}): {ballots}{c}. Kết quả: {result}."),
        Lang::En => format!("Vote, round {no} ({m}): {ballots}{c}. Result: {result}."),
    }
}

/// A secret ballot's figures, "phát ra 10, thu về 10, hợp lệ 10; "; nothing for a show of hands.
fn ballots(t: &Tally, lang: Lang) -> String {
    let (issued, returned, valid) = (t.issued, t.returned, figure(t.valid()));
    let invalid = invalid(t.invalid, lang);
    match (t.method, lang) {
        (VoteMethod::ShowOfHands, _) => String::new(),
        (VoteMethod::SecretBallot, Lang::Vi) => {
            format!("phát ra {issued}, thu về {returned}, hợp lệ {valid}{invalid}; ")
        }
        (VoteMethod::SecretBallot, Lang::En) => {
            format!("{issued} issued, {returned} returned, {valid} valid{invalid}; ")
        }
    }
}

/// ", không hợp lệ 1" when ballots were spoilt, else nothing.
fn invalid(n: u32, lang: Lang) -> String {
    match (n, lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) => format!(", không hợp lệ {n}"),
        (n, Lang::En) => format!(", {n} invalid"),
    }
}

fn outcome(o: &Outcome, cumulative: bool, lang: Lang) -> String {
    match o {
        Outcome::Proposed {
            level,
            votes,
            denominator,
        } => {
            // A level passes only over a denominator above 0: the share is always known.
            let p = percent(*votes, *denominator, lang).unwrap_or_default();
            let how = if cumulative {
                T::CumulativeMark.get(lang)
            } else {
                ""
            };
            let l = level_name(*level, lang);
            format!("{l}, {votes}/{denominator} ({p}{how})")
        }
        Outcome::NoResult { denominator } => no_result(*denominator, lang),
    }
}

pub fn proposed(level: Option<Level>, cell: bool, lang: Lang) -> String {
    match (level, cell, lang) {
        (Some(l), false, Lang::Vi) => format!("Chi bộ đề xuất xếp loại: {}.", level_name(l, lang)),
        (Some(l), true, Lang::Vi) => {
            format!(
                "Hội nghị thống nhất đề nghị xếp loại chi bộ: {}.",
                level_name(l, lang)
            )
        }
        (Some(l), _, Lang::En) => format!("Proposed level: {}.", level_name(l, lang)),
        (None, _, _) => T::NoProposed.get(lang).to_owned(),
    }
}

pub fn vote_method(m: VoteMethod, lang: Lang) -> String {
    let m = method(m, lang);
    match lang {
        Lang::Vi => format!("Hình thức biểu quyết: {m}."),
        Lang::En => format!("Voting method: {m}."),
    }
}

/// The texts the rules come from; the app's code for its rule set is not for the minutes.
pub fn rule_set(texts: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Căn cứ: {texts}."),
        Lang::En => format!("Rules: {texts}."),
    }
}

pub fn majority(rule: DenominatorRule, denominator: u32, lang: Lang) -> String {
    let over = match rule {
        DenominatorRule::Convened => T::OverConvened,
        DenominatorRule::OfficialPresent => T::OverPresent,
    }
    .get(lang);
    let Fraction { num, den } = Fraction::HALF;
    match lang {
        Lang::Vi => format!(
            "Mức đề xuất là mức cao nhất có số phiếu quá {num}/{den} {over} \
             ({denominator} đồng chí)."
        ),
        Lang::En => format!(
            "The proposed level is the best level with the votes of more than half of {over} \
             ({denominator})."
        ),
    }
}

pub fn threshold(level: Level, at_least: Fraction, lang: Lang) -> String {
    let (l, n, d) = (level_name(level, lang), at_least.num, at_least.den);
    match lang {
        Lang::Vi => format!("Mức {l} cần ít nhất {n}/{d} số phiếu."),
        Lang::En => format!("{l} needs at least {n}/{d} of the votes."),
    }
}

/// The cap as set, its base named ("… không vượt quá 20% số đảng viên xếp loại …").
pub fn cap(percent: u32, base: CapBase, reason: Option<&str>, lang: Lang) -> String {
    let reason = reason.map_or_else(String::new, |r| match lang {
        Lang::Vi => format!(" (theo cấp có thẩm quyền: {r})"),
        Lang::En => format!(" (allowed by the committee above: {r})"),
    });
    let of = cap_base(base, lang);
    match lang {
        Lang::Vi => format!(
            "Số đảng viên xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá {percent}% \
             {of}{reason}."
        ),
        Lang::En => {
            format!("Members proposed Excellent may be at most {percent}% of {of}{reason}.")
        }
    }
}

pub fn quorum(q: Fraction, lang: Lang) -> String {
    let (n, d) = (q.num, q.den);
    match lang {
        Lang::Vi => format!("Hội nghị cần ít nhất {n}/{d} số đảng viên dự họp."),
        Lang::En => format!("The meeting needs at least {n}/{d} of the members present."),
    }
}

/// The results table's column titles.
pub fn results_columns(lang: Lang) -> [&'static str; 9] {
    [
        T::ColNo,
        T::ColName,
        T::ColMembership,
        T::ColSelf,
        T::ColExcellent,
        T::ColGood,
        T::ColComplete,
        T::ColNotComplete,
        T::ColProposed,
    ]
    .map(|t| t.get(lang))
}

pub fn membership_short(m: Membership, lang: Lang) -> &'static str {
    match m {
        Membership::Official => T::Official,
        Membership::Probationary => T::Probationary,
    }
    .get(lang)
}

/// The proposed column when no level passed.
pub fn unrated_cell(absent: bool, lang: Lang) -> &'static str {
    if absent {
        T::RateLater.get(lang)
    } else {
        "—"
    }
}

/// Under the results table: the abbreviations, and what the votes and shares count.
pub fn results_legend(denominator: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "CT: chính thức; DB: dự bị. Số phiếu là của vòng biểu quyết cuối cùng; tỷ lệ tính \
             trên {denominator} đồng chí."
        ),
        Lang::En => format!(
            "Off.: official; Prob.: probationary. Votes for Excellent (Exc.), Good, Complete \
             (Comp.) and Not complete (Not c.) are those of the last round; shares are of \
             {denominator}."
        ),
    }
}

/// "Hoàn thành tốt nhiệm vụ: 8/13 đồng chí (61,5%)", out of the members reviewed.
pub fn total_line(level: Option<Level>, n: u32, of: u32, lang: Lang) -> String {
    let l = level.map_or(T::NotRated.get(lang), |l| level_name(l, lang));
    let p = percent(n, of, lang).unwrap_or_else(|| "—".to_owned());
    match lang {
        Lang::Vi => format!("{l}: {n}/{of} đồng chí ({p})"),
        Lang::En => format!("{l}: {n}/{of} ({p})"),
    }
}

/// The Excellent cap as a figure: Excellent over the cap's base, and the ceiling.
pub fn ratio(excellent: u32, good: u32, (base, percent_cap): (CapBase, u32), lang: Lang) -> String {
    let counted = base.counted(excellent, good);
    let p = percent(excellent, counted, lang).unwrap_or_else(|| "—".to_owned());
    let of = cap_base(base, lang);
    match lang {
        Lang::Vi => format!(
            "Tỷ lệ số đảng viên xếp loại “Hoàn thành xuất sắc nhiệm vụ” so với {of}: \
             {excellent}/{counted} ({p}); mức tối đa: {percent_cap}%."
        ),
        Lang::En => {
            let rated = match base {
                CapBase::Good => "Good",
                CapBase::GoodAndExcellent => "Good or Excellent",
            };
            format!(
                "Members rated Excellent to members rated {rated}: {excellent}/{counted} ({p}); \
                 at most {percent_cap}%."
            )
        }
    }
}

pub fn closing(end: Option<NaiveTime>, lang: Lang) -> String {
    let t = end.map_or_else(|| BLANK.to_owned(), |t| time(t, lang));
    match lang {
        Lang::Vi => format!("Hội nghị kết thúc vào lúc {t} cùng ngày."),
        Lang::En => format!("The meeting closed at {t} the same day."),
    }
}

pub fn minutes_vote(vote: Option<(&Motion, bool)>, lang: Lang) -> String {
    let Some((m, adopted)) = vote else {
        return T::MinutesNotVoted.get(lang).to_owned();
    };
    let how = method(m.method, lang);
    let (a, d, x) = (m.agree, m.disagree, m.abstain);
    // Only said when someone voted against or abstained: never over 0 votes.
    // The total in u64: three u32 counts may not fit a u32 (fuzzing printed "111,1%").
    let share = percent(a, m.total(), lang).unwrap_or_default();
    match (lang, adopted) {
        (Lang::Vi, true) if d == 0 && x == 0 => format!(
            "Biên bản đã được đọc lại trước hội nghị và được hội nghị thông qua ({how}): \
             tán thành {a}/{a} đồng chí (100% nhất trí)."
        ),
        (Lang::Vi, true) => format!(
            "Biên bản đã được đọc lại trước hội nghị và được thông qua ({how}): tán thành {a} \
             ({share}), không tán thành {d}, không biểu quyết {x}."
        ),
        (Lang::Vi, false) => format!(
            "Biên bản đã được đọc lại trước hội nghị nhưng chưa được thông qua ({how}): \
             tán thành {a}, không tán thành {d}, không biểu quyết {x}."
        ),
        (Lang::En, true) if d == 0 && x == 0 => format!(
            "The minutes were read to the meeting and adopted ({how}): {a} of {a} for \
             (100%, unanimous)."
        ),
        (Lang::En, true) => format!(
            "The minutes were read to the meeting and adopted ({how}): {a} for ({share}), \
             {d} against, {x} abstaining."
        ),
        (Lang::En, false) => format!(
            "The minutes were read to the meeting and not adopted ({how}): {a} for, \
             {d} against, {x} abstaining."
        ),
    }
}

/// The signature titles: left (minute-taker) and right (chair).
pub fn signature_titles(lang: Lang) -> [&'static str; 2] {
    [T::MinuteTaker, T::Chair].map(|t| t.get(lang))
}

pub fn seal(at: DateTime<FixedOffset>, checksum: &str, lang: Lang) -> String {
    let at = moment(at, lang);
    match lang {
        Lang::Vi => format!("Biên bản hoàn tất lúc {at}; mã kiểm tra (SHA-256): {checksum}"),
        Lang::En => format!("Finalized at {at}; checksum (SHA-256): {checksum}"),
    }
}

pub fn amendment(no: usize, at: DateTime<FixedOffset>, reason: &str, lang: Lang) -> String {
    let at = moment(at, lang);
    match lang {
        Lang::Vi => format!("Lần {no}, lúc {at}: điều chỉnh biên bản. Lý do: {reason}."),
        Lang::En => format!("{no}. At {at} the minutes were corrected. Reason: {reason}."),
    }
}
