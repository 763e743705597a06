//! The blanks of a record in words, once for every layer: the findings `check` prints and the
//! question finalizing asks name them alike.

use super::Lang;
use crate::domain::{MemberId, Missing, Session, Unfinished};

crate::texts! {
    /// One blank, as a finding says it.
    pub enum Blank {
        CollectiveReport =>
            "Chưa có báo cáo kiểm điểm của tập thể chi bộ",
            "The collective review report is empty";
        StartTime => "Chưa ghi giờ khai mạc", "No opening time";
        CountingTeam =>
            "Có bỏ phiếu kín nhưng chưa ghi tổ kiểm phiếu và tổ trưởng",
            "Votes were by secret ballot, but no counting team and head are recorded";
        CellRating => "Chi bộ chưa có mức tự xếp loại đề xuất", "The cell has no proposed level";
        MinutesVote =>
            "Chưa biểu quyết thông qua biên bản",
            "No vote on the minutes";
        ClosingTime => "Chưa ghi giờ kết thúc", "No closing time";
        SelfReview => "Chưa có nội dung tự kiểm điểm", "No self-review";
        Conclusion => "Chưa có kết luận của chủ trì", "No conclusion by the chair";
        /// Before the names of the members not rated, in the finalize question.
        NotRated => "chưa xếp loại", "not rated";
        RateLater => "vắng, xếp loại sau", "absent, to be rated later";
    }
}

/// The words of one blank.
pub fn missing(m: Missing, lang: Lang) -> &'static str {
    match m {
        Missing::CollectiveReport => Blank::CollectiveReport,
        Missing::StartTime => Blank::StartTime,
        Missing::CountingTeam => Blank::CountingTeam,
        Missing::CellRating => Blank::CellRating,
        Missing::MinutesVote => Blank::MinutesVote,
        Missing::ClosingTime => Blank::ClosingTime,
        Missing::SelfReview => Blank::SelfReview,
        Missing::Conclusion => Blank::Conclusion,
    }
    .get(lang)
}

/// Every blank in words, one item each, in the order of the meeting: the members not rated,
/// those to be rated later, those without a self-review, without the chair's conclusion (each
/// list by name), then the meeting's own blanks. Empty when nothing is missing.
pub fn unfinished(s: &Session, u: &Unfinished, lang: Lang) -> Vec<String> {
    let names = |ids: &[MemberId]| -> String {
        let v: Vec<&str> = ids.iter().map(|id| s.member_name(id)).collect();
        v.join(", ")
    };
    let lists = [
        (&u.not_rated, Blank::NotRated.get(lang)),
        (&u.rate_later, Blank::RateLater.get(lang)),
        (&u.no_self_review, missing(Missing::SelfReview, lang)),
        (&u.no_conclusion, missing(Missing::Conclusion, lang)),
    ];
    let mut out: Vec<String> = lists
        .into_iter()
        .filter(|(ids, _)| !ids.is_empty())
        .map(|(ids, label)| format!("{}: {}", lowercase_first(label), names(ids)))
        .collect();
    out.extend(
        u.missing()
            .into_iter()
            .map(|m| lowercase_first(missing(m, lang))),
    );
    out
}

/// A finding's words inside a list: "Chưa ghi giờ khai mạc" → "chưa ghi giờ khai mạc".
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_blank_has_both_languages() {
        assert!(super::super::untranslated::<Blank>().is_empty());
    }

    #[test]
    fn a_list_item_starts_in_lower_case() {
        assert_eq!(lowercase_first("Đã ghi"), "đã ghi");
        assert_eq!(lowercase_first(""), "");
    }
}
