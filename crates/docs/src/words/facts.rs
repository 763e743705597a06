//! The words of the facts real minutes carry, one short, factual line each: the basis, the
//! cell's kind, the representative's remarks, the chair's closing remarks, the members on
//! temporary activity here, a member's discipline decision; speakers by title, the absent
//! members reviewed later, the cell's request to the committee above, a count with its share.

use super::{T, percent};
use crate::minutes::Said;
use chibo_core::domain::{Attendance, CellKind, Discipline, Document};
use chibo_core::i18n::{Lang, short_date};

/// "số 08-HD/ĐU ngày 20/11/2025 của Đảng ủy Phường Tân Định": the parts that are known.
fn document(d: &Document, lang: Lang) -> String {
    let mut out = Vec::new();
    if !d.number.is_empty() {
        out.push(format!("{} {}", T::DocNumber.get(lang), d.number));
    }
    if let Some(date) = d.date {
        out.push(format!("{} {}", T::DocDate.get(lang), short_date(date)));
    }
    if !d.issuer.is_empty() {
        out.push(format!("{} {}", T::DocIssuer.get(lang), d.issuer));
    }
    out.join(" ")
}

/// The basis of the review, the first line of the body.
pub fn basis(d: &Document, lang: Lang) -> String {
    let doc = document(d, lang);
    match lang {
        Lang::Vi => format!("Thực hiện văn bản {doc} về kiểm điểm, đánh giá, xếp loại chất lượng."),
        Lang::En => format!("Following document {doc} on the annual review and rating."),
    }
}

/// The cell's kind, with the attendance.
pub fn cell_kind(k: CellKind, lang: Lang) -> &'static str {
    match k {
        CellKind::UnderCommittee => T::UnderCommittee,
        CellKind::Grassroots => T::Grassroots,
    }
    .get(lang)
}

/// The representative of the committee above and what they said, before the closing.
pub fn representative(r: &Said, lang: Lang) -> String {
    let who = &r.speaker;
    match (lang, r.text.is_empty()) {
        (Lang::Vi, true) => {
            format!("Đồng chí {who}, đại diện cấp ủy cấp trên, dự và chỉ đạo hội nghị.")
        }
        (Lang::En, true) => format!("{who}, for the committee above, attended the meeting."),
        (Lang::Vi, false) => format!(
            "Đồng chí {who}, đại diện cấp ủy cấp trên, phát biểu: {}",
            r.text
        ),
        (Lang::En, false) => format!("{who}, for the committee above, said: {}", r.text),
    }
}

/// The chair's closing remarks, before the closing time.
pub fn closing_remarks(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đồng chí chủ trì phát biểu bế mạc: {text}"),
        Lang::En => format!("The chair's closing remarks: {text}"),
    }
}

/// Members of other cells on temporary activity here, in the attendance: name, home cell,
/// present or not. They are not rated here.
pub fn visitors(list: &[(String, String, Attendance)], lang: Lang) -> String {
    let one = |(name, home, a): &(String, String, Attendance)| {
        let at = match a {
            Attendance::Present | Attendance::PresentNotVoting => T::Present,
            Attendance::Excused(_) | Attendance::Unexcused => T::Absent,
            Attendance::Unknown => T::NotCalled,
        }
        .get(lang);
        match home.as_str() {
            "" => format!("{name} ({at})"),
            home => format!("{name}, {home} ({at})"),
        }
    };
    let names = list.iter().map(one).collect::<Vec<_>>().join("; ");
    match lang {
        Lang::Vi => format!(
            "Đảng viên sinh hoạt tạm thời tại chi bộ ({}): {names}; được đánh giá, xếp loại tại chi bộ chính thức.",
            list.len()
        ),
        Lang::En => format!(
            "Members on temporary activity here ({}): {names}; rated at their own cells.",
            list.len()
        ),
    }
}

/// A disciplined member's discipline and decision, in their part of the minutes; "during the
/// year" only when it counts for the year under review (a decision dated before it does not).
pub fn discipline(d: &Discipline, in_year: bool, lang: Lang) -> String {
    let form = if d.form.is_empty() {
        super::BLANK
    } else {
        d.form.as_str()
    };
    let decision = document(&d.decision, lang);
    let head = match (lang, in_year) {
        (Lang::Vi, true) => "Bị kỷ luật trong năm",
        (Lang::Vi, false) => "Bị kỷ luật",
        (Lang::En, true) => "Disciplined during the year",
        (Lang::En, false) => "Disciplined",
    };
    match (lang, decision.is_empty()) {
        (_, true) => format!("{head}: {form}."),
        (Lang::Vi, false) => format!("{head}: {form} (quyết định {decision})."),
        (Lang::En, false) => format!("{head}: {form} (decision {decision})."),
    }
}

/// A speaker in the minutes: "Đồng chí Nguyễn Thị C".
pub fn speaker(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đồng chí {name}"),
        Lang::En => name.to_owned(),
    }
}

/// The absent members reviewed later, in the attendance.
pub fn absent_later(names: &[String], lang: Lang) -> String {
    let n = names.join(", ");
    match lang {
        Lang::Vi if names.len() > 1 => {
            format!("Các đồng chí {n} vắng mặt, sẽ kiểm điểm, xếp loại sau.")
        }
        Lang::Vi => format!("Đồng chí {n} vắng mặt, sẽ kiểm điểm, xếp loại sau."),
        Lang::En => format!("{n}: absent; will be reviewed and rated later."),
    }
}

/// The cell's request to the committee above, named from its party organisation.
pub fn request(organisation: &str, lang: Lang) -> String {
    let committee = committee_body(organisation);
    match lang {
        Lang::Vi => format!(
            "Chi bộ đề nghị {committee} xem xét, công nhận kết quả đánh giá, xếp loại chất \
             lượng tập thể chi bộ và đảng viên nêu trên."
        ),
        Lang::En => format!(
            "The cell asks {committee} to consider and confirm the ratings of the cell and \
             its members above."
        ),
    }
}

/// The committee that decides, from the party organisation's name: "Đảng bộ phường X" is led
/// by "Đảng ủy phường X". The name is Vietnamese in either language's minutes.
fn committee_body(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return super::BLANK.to_owned();
    }
    ["Đảng bộ ", "đảng bộ ", "ĐẢNG BỘ "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .map_or_else(|| name.to_owned(), |rest| format!("Đảng ủy {rest}"))
}

/// A vote count with its share: "8 (80,0%)".
pub fn votes_cell(n: u32, of: u32, lang: Lang) -> String {
    match percent(n, of, lang) {
        Some(p) => format!("{n} ({p})"),
        None => n.to_string(),
    }
}
