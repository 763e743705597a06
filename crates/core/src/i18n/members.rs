//! The words of the members' standing: why a member is not reviewed, and the short date it
//! quotes.

use chrono::{Datelike, NaiveDate};

use super::Lang;
use crate::domain::{Exclusion, Member};

/// Why a member is not reviewed, as the minutes and the CSV say it.
pub fn exclusion(e: &Exclusion, lang: Lang) -> String {
    match e {
        Exclusion::Exempt => lang
            .pick(
                "miễn công tác và sinh hoạt đảng",
                "exempt from work and party activity",
            )
            .to_owned(),
        Exclusion::Suspended => lang
            .pick("đình chỉ sinh hoạt đảng", "suspended from party activity")
            .to_owned(),
        Exclusion::AdmittedRecently { admitted } => {
            let months = Member::REVIEWED_AFTER_MONTHS;
            match lang {
                Lang::Vi => format!(
                    "kết nạp ngày {}, chưa đủ {months} tháng",
                    short_date(*admitted)
                ),
                Lang::En => format!(
                    "admitted on {}, less than {months} months ago",
                    short_date(*admitted)
                ),
            }
        }
    }
}

/// An exempt member at the meeting who takes no part in the votes, at the roll call.
pub fn present_not_voting(lang: Lang) -> &'static str {
    lang.pick("có mặt, không biểu quyết", "present, not voting")
}

/// "15/12/2025" in both languages.
pub fn short_date(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}
