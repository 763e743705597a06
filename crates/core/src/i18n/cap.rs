//! The words of the Excellent cap: what it is a share of (its base, named wherever the cap is
//! printed), and the cap's findings.

use super::Lang;
use crate::domain::CapBase;

/// The base in full, as the minutes' sentences say it: "số đảng viên xếp loại “Hoàn thành tốt
/// nhiệm vụ”".
pub fn cap_base(base: CapBase, lang: Lang) -> &'static str {
    match (base, lang) {
        (CapBase::Good, Lang::Vi) => "số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ”",
        (CapBase::GoodAndExcellent, Lang::Vi) => {
            "số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ” và “Hoàn thành xuất sắc nhiệm vụ”"
        }
        (CapBase::Good, Lang::En) => "those proposed Good",
        (CapBase::GoodAndExcellent, Lang::En) => "those proposed Good or Excellent",
    }
}

/// The base in short, for a line or a choice: "HTTNV", "HTTNV + HTXSNV".
pub fn cap_base_short(base: CapBase, lang: Lang) -> &'static str {
    match (base, lang) {
        (CapBase::Good, Lang::Vi) => "HTTNV",
        (CapBase::GoodAndExcellent, Lang::Vi) => "HTTNV + HTXSNV",
        (CapBase::Good, Lang::En) => "Good",
        (CapBase::GoodAndExcellent, Lang::En) => "Good + Excellent",
    }
}

/// More Excellent than the cap allows, over `counted` members of the base.
pub(super) fn over(
    excellent: u32,
    (counted, base): (u32, CapBase),
    cap: u32,
    percent: u32,
    lang: Lang,
) -> String {
    let b = cap_base_short(base, lang);
    match lang {
        Lang::Vi => {
            format!("Đề xuất {excellent} HTXSNV, vượt {percent}% của {counted} {b} (tối đa {cap})")
        }
        Lang::En => format!(
            "{excellent} proposed Excellent, more than {percent}% of {counted} {b} (at most {cap})"
        ),
    }
}

/// A cell under a grassroots committee: its figure, the cap being the committee's to check.
pub(super) fn share(
    excellent: u32,
    (counted, base): (u32, CapBase),
    cap: u32,
    percent: u32,
    lang: Lang,
) -> String {
    let b = cap_base_short(base, lang);
    match lang {
        Lang::Vi => format!(
            "Tỷ lệ HTXSNV/{b} của chi bộ: {excellent}/{counted} ({percent}% của {counted} là \
             {cap}); tỷ lệ được tính trên toàn đảng bộ cơ sở, do cấp ủy cấp trên xem xét"
        ),
        Lang::En => format!(
            "The cell's Excellent/{b}: {excellent}/{counted} ({percent}% of {counted} is {cap}); \
             the cap is counted over the whole grassroots organisation by the committee above"
        ),
    }
}
