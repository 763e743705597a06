//! The words of the minutes' body: reviews, vote rounds, the rules applied, the results, the
//! close, the signatures and the seal.

use chrono::{DateTime, FixedOffset, NaiveTime};

use super::{BLANK, figure, moment, percent, time};
use chibo_core::domain::{
    CapBase, DenominatorRule, Fraction, Level, LevelCounts, Membership, Motion, Outcome, Post,
    Score, Tally, VoteMethod,
};
use chibo_core::i18n::{Lang, cap_base, level_name};

/// A field of a self-review or of the collective report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportPart {
    Strengths,
    Shortcomings,
    Causes,
    Remedies,
}

pub fn report_part(p: ReportPart, lang: Lang) -> &'static str {
    match p {
        ReportPart::Strengths => lang.pick("Ưu điểm", "Strengths"),
        ReportPart::Shortcomings => lang.pick("Hạn chế, khuyết điểm", "Shortcomings"),
        ReportPart::Causes => lang.pick("Nguyên nhân", "Causes"),
        ReportPart::Remedies => lang.pick("Biện pháp khắc phục", "Remedies"),
    }
}

/// Labels that open a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    CollectiveReport,
    Contributions,
    SelfReview,
    Criticism,
    Answer,
    Conclusion,
    Totals,
}

pub fn label(l: Label, lang: Lang) -> &'static str {
    match l {
        Label::CollectiveReport => lang.pick(
            "Báo cáo kiểm điểm của tập thể chi bộ",
            "The cell's review report",
        ),
        Label::Contributions => lang.pick("Ý kiến đóng góp", "Contributions"),
        Label::SelfReview => lang.pick("Tự kiểm điểm", "Self-review"),
        Label::Criticism => lang.pick("Ý kiến góp ý, phê bình", "Comments and criticism"),
        Label::Answer => lang.pick("Tiếp thu, giải trình", "The member's answer"),
        Label::Conclusion => lang.pick("Kết luận của chủ trì", "The chair's conclusion"),
        Label::Totals => lang.pick("Tổng hợp mức đề xuất", "Proposed levels in total"),
    }
}

pub fn no_remarks(lang: Lang) -> &'static str {
    lang.pick("Không có ý kiến.", "No remarks.")
}

/// "1. Đồng chí Nguyễn Văn An — Bí thư chi bộ, đảng viên chính thức".
pub fn member_heading(no: usize, name: &str, post: Post, m: Membership, lang: Lang) -> String {
    let post = match post {
        Post::Secretary => Some(lang.pick("Bí thư chi bộ", "secretary")),
        Post::Deputy => Some(lang.pick("Phó Bí thư chi bộ", "deputy secretary")),
        Post::Committee => Some(lang.pick("Chi ủy viên", "cell committee member")),
        Post::Ordinary => None,
    };
    let m = match m {
        Membership::Official => lang.pick("đảng viên chính thức", "official member"),
        Membership::Probationary => lang.pick("đảng viên dự bị", "probationary member"),
    };
    let role = post.map_or_else(|| m.to_owned(), |p| format!("{p}, {m}"));
    match lang {
        Lang::Vi => format!("{no}. Đồng chí {name} — {role}"),
        Lang::En => format!("{no}. {name} — {role}"),
    }
}

pub fn review_later(lang: Lang) -> &'static str {
    lang.pick(
        "Đồng chí vắng mặt tại hội nghị, sẽ kiểm điểm, xếp loại sau.",
        "Absent from the meeting; will be reviewed and rated later.",
    )
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
    let lead = match (cell, lang) {
        (false, Lang::Vi) => "Tự nhận mức",
        (true, Lang::Vi) => "Chi bộ tự nhận mức",
        (false, Lang::En) => "Self-assessed level",
        (true, Lang::En) => "The cell's self-assessed level",
    };
    let Some(sc) = score else {
        return super::full_stop(format!("{lead}: {l}"));
    };
    let (t, g, k) = (sc.total(), sc.general, sc.tasks);
    let (max, gm, km) = (Score::MAX_TOTAL, Score::GENERAL_MAX, Score::TASKS_MAX);
    let band = band.map_or_else(String::new, |b| match lang {
        Lang::Vi => format!(", tương ứng mức {}", b.short()),
        Lang::En => format!(", in the band of {}", level_name(b, lang)),
    });
    match lang {
        Lang::Vi => format!(
            "{lead}: {l}; điểm tự chấm {t}/{max} (tiêu chí chung {g}/{gm}, kết quả thực hiện \
             nhiệm vụ {k}/{km}){band}."
        ),
        Lang::En => format!(
            "{lead}: {l}; self-score {t}/{max} (general criteria {g}/{gm}, task results \
             {k}/{km}){band}."
        ),
    }
}

pub fn method(m: VoteMethod, lang: Lang) -> &'static str {
    match m {
        VoteMethod::SecretBallot => lang.pick("bỏ phiếu kín", "secret ballot"),
        VoteMethod::ShowOfHands => lang.pick(
            "giơ tay bằng thẻ đảng viên",
            "show of hands with party cards",
        ),
    }
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

/// One vote round with its counts and its outcome.
pub fn round(no: usize, t: &Tally, o: &Outcome, cumulative: bool, lang: Lang) -> String {
    let m = method(t.method, lang);
    let ballots = match (t.method, lang) {
        (VoteMethod::ShowOfHands, _) => String::new(),
        (VoteMethod::SecretBallot, Lang::Vi) => format!(
            "phát ra {}, thu về {}, hợp lệ {}{}; ",
            t.issued,
            t.returned,
            figure(t.valid()),
            invalid(t.invalid, lang)
        ),
        (VoteMethod::SecretBallot, Lang::En) => format!(
            "{} issued, {} returned, {} valid{}; ",
            t.issued,
            t.returned,
            figure(t.valid()),
            invalid(t.invalid, lang)
        ),
    };
    let c = counts(&t.counts, lang);
    let result = outcome(o, cumulative, lang);
    match lang {
        Lang::Vi => format!("Biểu quyết vòng {no} ({m}): {ballots}{c}. Kết quả: {result}."),
        Lang::En => format!("Vote, round {no} ({m}): {ballots}{c}. Result: {result}."),
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
            let how = match (cumulative, lang) {
                (false, _) => "",
                (true, Lang::Vi) => ", cộng dồn",
                (true, Lang::En) => ", cumulative",
            };
            let l = level_name(*level, lang);
            format!("{l}, {votes}/{denominator} ({p}{how})")
        }
        Outcome::NoResult { denominator } => match lang {
            Lang::Vi => format!(
                "không có mức nào đạt quá 1/2 (trên {}/{denominator}), phải biểu quyết lại",
                half(*denominator, lang)
            ),
            Lang::En => format!(
                "no level has more than half (over {} of {denominator}); the vote is held again",
                half(*denominator, lang)
            ),
        },
    }
}

/// Half of `n`: "5", or "4,5" ("4.5" in English).
fn half(n: u32, lang: Lang) -> String {
    if n.is_multiple_of(2) {
        (n / 2).to_string()
    } else {
        format!("{}{}5", n / 2, lang.pick(",", "."))
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
        (None, _, Lang::Vi) => "Chưa có mức xếp loại đề xuất.".to_owned(),
        (None, _, Lang::En) => "No proposed level.".to_owned(),
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
    let over = match (rule, lang) {
        (DenominatorRule::Convened, Lang::Vi) => {
            "số đảng viên chính thức của chi bộ, trừ đảng viên sinh hoạt tạm thời nơi khác, \
             đảng viên được miễn công tác và sinh hoạt đảng vắng mặt, đảng viên bị đình chỉ \
             sinh hoạt đảng và đảng viên vắng mặt có lý do"
        }
        (DenominatorRule::Convened, Lang::En) => {
            "the official members of the cell, less those on temporary activity elsewhere, \
             exempt members absent, suspended members and members absent with a reason"
        }
        (DenominatorRule::OfficialPresent, Lang::Vi) => "số đảng viên chính thức có mặt",
        (DenominatorRule::OfficialPresent, Lang::En) => "the official members present",
    };
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

pub fn cumulative(lang: Lang) -> &'static str {
    lang.pick(
        "Cách tính: cộng dồn (phiếu của mức cao hơn được cộng vào mức liền dưới).",
        "Counting: cumulative (the votes for a better level count toward the next level down).",
    )
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
    match lang {
        Lang::Vi => [
            "TT",
            "Họ và tên",
            "CT/DB",
            "Tự nhận",
            "HTXSNV",
            "HTTNV",
            "HTNV",
            "KHTNV",
            "Đề xuất",
        ],
        Lang::En => [
            "No.",
            "Full name",
            "Status",
            "Self",
            "Exc.",
            "Good",
            "Comp.",
            "Not c.",
            "Proposed",
        ],
    }
}

pub fn membership_short(m: Membership, lang: Lang) -> &'static str {
    match m {
        Membership::Official => lang.pick("CT", "Off."),
        Membership::Probationary => lang.pick("DB", "Prob."),
    }
}

/// The proposed column when no level passed.
pub fn unrated_cell(absent: bool, lang: Lang) -> &'static str {
    if absent {
        lang.pick("xếp loại sau", "later")
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
    let l = level.map_or(lang.pick("Chưa xếp loại", "Not rated"), |l| {
        level_name(l, lang)
    });
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
        return lang
            .pick(
                "Biên bản đã được đọc lại trước hội nghị; kết quả biểu quyết thông qua: ……",
                "The minutes were read to the meeting; the vote on them: ……",
            )
            .to_owned();
    };
    let how = method(m.method, lang);
    let (a, d, x) = (m.agree, m.disagree, m.abstain);
    // Only said when someone voted against or abstained: never over 0 votes.
    let share = percent(a, a + d + x, lang).unwrap_or_default();
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
    match lang {
        Lang::Vi => ["THƯ KÝ", "CHỦ TRÌ"],
        Lang::En => ["MINUTE-TAKER", "CHAIR"],
    }
}

pub fn seal(at: DateTime<FixedOffset>, checksum: &str, lang: Lang) -> String {
    let at = moment(at, lang);
    match lang {
        Lang::Vi => format!("Biên bản hoàn tất lúc {at}; mã kiểm tra (SHA-256): {checksum}"),
        Lang::En => format!("Finalized at {at}; checksum (SHA-256): {checksum}"),
    }
}

pub fn addendum(lang: Lang) -> &'static str {
    lang.pick(
        "PHỤ LỤC: ĐIỀU CHỈNH SAU KHI BIÊN BẢN ĐƯỢC THÔNG QUA",
        "ADDENDUM: CORRECTIONS AFTER THE MINUTES WERE ADOPTED",
    )
}

pub fn amendment(no: usize, at: DateTime<FixedOffset>, reason: &str, lang: Lang) -> String {
    let at = moment(at, lang);
    match lang {
        Lang::Vi => format!("Lần {no}, lúc {at}: điều chỉnh biên bản. Lý do: {reason}."),
        Lang::En => format!("{no}. At {at} the minutes were corrected. Reason: {reason}."),
    }
}
