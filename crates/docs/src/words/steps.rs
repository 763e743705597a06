//! The words of the meeting's own steps, in the order they happen: the opening (the purpose,
//! the guests introduced, the agenda adopted), the collective report adopted, the counting team
//! elected and its announcement of each count, the cell's further request. Facts only: a step
//! not recorded is not written (a missing counting team is a blank to fill in by hand).

use super::{BLANK, percent};
use crate::minutes::MinutesVote;
use chibo_core::domain::{Motion, VoteMethod};
use chibo_core::i18n::Lang;

/// The party titles a name may have been typed with, in lower case, word by word: the minutes
/// write the title once ("Đồng chí Nguyễn Văn An", never "Đồng chí Đồng chí …").
const TITLES: [&[&str]; 5] = [&["đồng", "chí"], &["đ/c"], &["đ/c."], &["đ.c"], &["đc"]];

/// A name without the party title it was typed with ("Đồng chí Lâm Thị Hạnh", "đ/c Lâm Thị
/// Hạnh" → "Lâm Thị Hạnh"); any other name as it is.
pub fn untitled(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut rest = &words[..];
    while let Some(title) = TITLES.iter().find(|t| {
        t.len() < rest.len()
            && rest
                .iter()
                .zip(t.iter())
                .all(|(w, t)| w.to_lowercase() == *t)
    }) {
        rest = rest.get(title.len()..).unwrap_or_default();
    }
    if rest.len() == words.len() {
        name.trim().to_owned()
    } else {
        rest.join(" ")
    }
}

/// A sentence as typed, ended with a full stop when it has none.
fn ended(text: &str) -> String {
    let t = text.trim();
    if t.ends_with(['.', '!', '?', '…', ':', ';']) {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

/// "Đồng chí … (chủ trì) khai mạc hội nghị, nêu mục đích, yêu cầu: …".
pub fn opened(chair: Option<&str>, purpose: &str, lang: Lang) -> String {
    let chair = chair.filter(|c| !c.trim().is_empty()).unwrap_or(BLANK);
    match (lang, purpose.trim().is_empty()) {
        (Lang::Vi, true) => format!("Đồng chí {chair}, chủ trì hội nghị, khai mạc hội nghị."),
        (Lang::Vi, false) => format!(
            "Đồng chí {chair}, chủ trì hội nghị, khai mạc hội nghị, nêu mục đích, yêu cầu: {}",
            ended(purpose)
        ),
        (Lang::En, true) => format!("{chair}, the chair, opened the meeting."),
        (Lang::En, false) => format!(
            "{chair}, the chair, opened the meeting and stated its purpose: {}",
            ended(purpose)
        ),
    }
}

/// The guests the chair introduced at the opening.
pub fn guests_introduced(guests: &[String], lang: Lang) -> String {
    let g = guests.join("; ");
    match lang {
        Lang::Vi => format!("Đồng chí chủ trì giới thiệu đại biểu dự hội nghị: {g}."),
        Lang::En => format!("The chair introduced the guests: {g}."),
    }
}

fn method(m: VoteMethod, lang: Lang) -> &'static str {
    super::method(m, lang)
}

/// "tán thành 12/12 đồng chí (100% nhất trí)", or with those against and abstaining.
fn counts(m: &Motion, lang: Lang) -> String {
    let (a, d, x) = (m.agree, m.disagree, m.abstain);
    let share = percent(a, a + d + x, lang).unwrap_or_default();
    match (lang, d == 0 && x == 0) {
        (Lang::Vi, true) => format!("tán thành {a}/{a} đồng chí (100% nhất trí)"),
        (Lang::Vi, false) => {
            format!("tán thành {a} ({share}), không tán thành {d}, không biểu quyết {x}")
        }
        (Lang::En, true) => format!("{a} of {a} for (100%, unanimous)"),
        (Lang::En, false) => format!("{a} for ({share}), {d} against, {x} abstaining"),
    }
}

/// What a motion adopted: the agenda or the collective report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adopted {
    Agenda,
    Report,
}

/// "Hội nghị biểu quyết thông qua chương trình hội nghị (giơ tay …): tán thành …".
pub fn adopted(what: Adopted, v: &MinutesVote, lang: Lang) -> String {
    let (how, c) = (method(v.motion.method, lang), counts(&v.motion, lang));
    let what = match (what, lang) {
        (Adopted::Agenda, Lang::Vi) => "chương trình hội nghị",
        (Adopted::Report, Lang::Vi) => "báo cáo kiểm điểm của tập thể chi bộ",
        (Adopted::Agenda, Lang::En) => "the agenda",
        (Adopted::Report, Lang::En) => "the collective review report",
    };
    match (lang, v.adopted) {
        (Lang::Vi, true) => format!("Hội nghị biểu quyết thông qua {what} ({how}): {c}."),
        (Lang::Vi, false) => {
            format!("Hội nghị biểu quyết {what} ({how}): {c}; {what} chưa được thông qua.")
        }
        (Lang::En, true) => format!("The meeting adopted {what} ({how}): {c}."),
        (Lang::En, false) => format!("The meeting voted on {what} ({how}): {c}; not adopted."),
    }
}

/// The counting team, head first: "Lê Quang Minh (tổ trưởng), Đỗ Thị Thu Hà", or a blank.
fn team(names: &[String], has_head: bool, lang: Lang) -> String {
    let head = match lang {
        Lang::Vi => "tổ trưởng",
        Lang::En => "head",
    };
    let list: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| match (i, has_head) {
            (0, true) => format!("{n} ({head})"),
            _ => n.clone(),
        })
        .collect();
    if list.is_empty() {
        BLANK.to_owned()
    } else {
        list.join(", ")
    }
}

/// The counting team elected before the first secret ballot: who, the head first, and how.
pub fn counting_team(
    names: &[String],
    has_head: bool,
    vote: Option<&Motion>,
    lang: Lang,
) -> String {
    let t = team(names, has_head, lang);
    let Some(m) = vote else {
        return super::full_stop(match lang {
            Lang::Vi => format!("Tổ kiểm phiếu gồm các đồng chí: {t}"),
            Lang::En => format!("The counting team: {t}"),
        });
    };
    let (how, c) = (method(m.method, lang), counts(m, lang));
    match lang {
        Lang::Vi => {
            format!("Hội nghị bầu tổ kiểm phiếu gồm các đồng chí: {t}; biểu quyết {how}: {c}.")
        }
        Lang::En => format!("The meeting elected the counting team: {t}; by {how}: {c}."),
    }
}

/// Who announces a secret ballot's count, before its figures: the head of the counting team.
pub fn announced(head: Option<&str>, lang: Lang) -> String {
    match (head, lang) {
        (Some(h), Lang::Vi) => format!("Đồng chí {h}, Tổ trưởng tổ kiểm phiếu, công bố kết quả: "),
        (None, Lang::Vi) => "Tổ kiểm phiếu công bố kết quả: ".to_owned(),
        (Some(h), Lang::En) => format!("{h}, head of the counting team, announced the count: "),
        (None, Lang::En) => "The counting team announced the count: ".to_owned(),
    }
}

/// What else the cell asks of the committee above, as it said it.
pub fn further_request(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Kiến nghị của chi bộ: {}", ended(text)),
        Lang::En => format!("The cell's further requests: {}", ended(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_typed_with_the_name_is_written_once() {
        assert_eq!(untitled("Đồng chí Lâm Thị Hạnh"), "Lâm Thị Hạnh");
        assert_eq!(untitled("  đồng  chí Lâm Thị Hạnh"), "Lâm Thị Hạnh");
        assert_eq!(untitled("ĐỒNG CHÍ Lâm Thị Hạnh"), "Lâm Thị Hạnh");
        assert_eq!(untitled("đ/c Lâm Thị Hạnh"), "Lâm Thị Hạnh");
        assert_eq!(untitled("Đ/c. Đồng chí Hạnh"), "Hạnh");
        assert_eq!(untitled("Đồng Chí"), "Đồng Chí");
        assert_eq!(untitled("Đồng Văn Chí"), "Đồng Văn Chí");
        assert_eq!(untitled("Ông Ích Khiêm"), "Ông Ích Khiêm");
    }

    #[test]
    fn a_typed_sentence_gets_one_full_stop() {
        assert_eq!(ended("Thống nhất"), "Thống nhất.");
        assert_eq!(ended("Thống nhất. "), "Thống nhất.");
    }
}
