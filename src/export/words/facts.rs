//! The words of the facts real minutes carry beyond the meeting's steps: speakers by title,
//! the absent members reviewed later, the cell's request to the committee above, and a vote
//! count with its share.

use super::percent;
use crate::i18n::Lang;

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

/// The cell's request to the committee above.
pub fn request(committee: &str, lang: Lang) -> String {
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

/// A vote count with its share: "8 (80,0%)".
pub fn votes_cell(n: u32, of: u32, lang: Lang) -> String {
    match percent(n, of, lang) {
        Some(p) => format!("{n} ({p})"),
        None => n.to_string(),
    }
}
