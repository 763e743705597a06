//! The words of the minutes (biên bản) and of the results table, in Vietnamese and English:
//! the fixed texts in the `texts!` tables of [`texts`] ([`T`], [`Section`], [`ReportPart`],
//! [`Label`]), and here the sentences with their numbers, and dates and times in each
//! language's form, each a function matching on the language once.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Timelike};

use chibo_core::domain::Exclusion;
use chibo_core::i18n::Lang;

pub use chibo_core::i18n::{exclusion, short_date};

/// "ngày 15 tháng 12 năm 2025" (days below 10 and January, February with a leading zero, as
/// administrative documents write them) or "15 December 2025".
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            let month = if d.month() <= 2 {
                format!("{:02}", d.month())
            } else {
                d.month().to_string()
            };
            format!("ngày {:02} tháng {month} năm {}", d.day(), d.year())
        }
        Lang::En => format!("{} {}", d.day(), d.format("%B %Y")),
    }
}

/// "14 giờ 00" or "14:00".
pub fn time(t: NaiveTime, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} giờ {:02}", t.hour(), t.minute()),
        Lang::En => format!("{:02}:{:02}", t.hour(), t.minute()),
    }
}

/// A moment, for the seal and the amendments: "17 giờ 10 ngày 15/12/2025" or "15/12/2025 17:10".
pub fn moment(at: DateTime<FixedOffset>, lang: Lang) -> String {
    let (d, t) = (short_date(at.date_naive()), time(at.time(), lang));
    match lang {
        Lang::Vi => format!("{t} ngày {d}"),
        Lang::En => format!("{d} {t}"),
    }
}

/// A figure that may not be known: a dash for none (the valid ballots of a round whose invalid
/// ballots exceed those returned, which the findings report), never a made-up number.
pub fn figure(n: Option<u32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

/// "75,0%" or "75.0%"; `None` when the denominator is 0. Counts are taken as `u64`, so a
/// denominator that is a sum of `u32` counts (a motion's agree + disagree + abstain) is added
/// without overflow: `num ≤ den` never prints over 100%.
pub fn percent(num: impl Into<u64>, den: impl Into<u64>, lang: Lang) -> Option<String> {
    let (num, den) = (num.into(), den.into());
    if den == 0 {
        return None;
    }
    // Counts are far below 2^53: exact as f64, and num * 100 / den (rounded once) stays at or
    // under 100 when num ≤ den. A u64 beyond 2^53 only loses precision, never the bound.
    let p = format!("{:.1}%", num as f64 * 100.0 / den as f64);
    Some(match lang {
        Lang::Vi => p.replace('.', ","),
        Lang::En => p,
    })
}

/// What the minutes print where a fact is missing, for the minute-taker to fill in by hand.
pub const BLANK: &str = "……";

/// The committee above's kind in the header, added when its name says none of
/// [`COMMITTEE_KINDS`]. Party bodies keep their Vietnamese names in either language.
pub const COMMITTEE: &str = "ĐẢNG BỘ";
pub const COMMITTEE_KINDS: [&str; 2] = [COMMITTEE, "ĐẢNG ỦY"];

/// The cell's kind in the header, added when its name leaves it out.
pub const CELL: &str = "CHI BỘ";

/// [`T::Party`], for the roll-up's report until it names the entry.
pub fn party(lang: Lang) -> &'static str {
    T::Party.get(lang)
}

pub fn place_date(place: &str, d: NaiveDate, lang: Lang) -> String {
    format!("{place}, {}", long_date(d, lang))
}

pub fn subtitle(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên \
             năm {year}"
        ),
        Lang::En => format!(
            "Meeting to review, assess and rate the quality of the party cell and its members, \
             {year}"
        ),
    }
}

/// "Hồi 14 giờ 00, ngày …, tại …, Chi bộ … tổ chức hội nghị …".
pub fn opening(
    start: Option<NaiveTime>,
    d: NaiveDate,
    place: &str,
    cell: &str,
    lang: Lang,
) -> String {
    let t = start.map_or_else(|| BLANK.to_owned(), |t| time(t, lang));
    let place = if place.trim().is_empty() {
        BLANK
    } else {
        place
    };
    let (date, year) = (long_date(d, lang), d.year());
    match lang {
        Lang::Vi => format!(
            "Hồi {t}, {date}, tại {place}, {cell} tổ chức hội nghị kiểm điểm, đánh giá, \
             xếp loại chất lượng tập thể chi bộ và đảng viên."
        ),
        Lang::En => format!(
            "At {t} on {date}, at {place}, {cell} held its meeting to review, assess and rate \
             the cell and its members (year {year})."
        ),
    }
}

/// A list of names, or "không" / "none".
pub fn names(list: &[String], lang: Lang) -> String {
    names_sep(list, ", ", lang)
}

/// "n (a, b)" or "0".
fn count_of(list: &[String], lang: Lang) -> String {
    count_sep(list, ", ", lang)
}

/// "n (a; b)" for entries that may hold commas of their own.
fn count_sep(list: &[String], sep: &str, lang: Lang) -> String {
    if list.is_empty() {
        "0".to_owned()
    } else {
        format!("{} ({})", list.len(), names_sep(list, sep, lang))
    }
}

fn names_sep(list: &[String], sep: &str, lang: Lang) -> String {
    if list.is_empty() {
        T::NoOne.get(lang).to_owned()
    } else {
        list.join(sep)
    }
}

/// Name and detail pairs, "A: x; B: y".
fn pairs(list: &[(String, String)]) -> Vec<String> {
    list.iter()
        .map(|(n, d)| {
            if d.trim().is_empty() {
                n.clone()
            } else {
                format!("{n}: {d}")
            }
        })
        .collect()
}

pub fn total(total: usize, official: usize, probationary: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Tổng số đảng viên của chi bộ: {total} (chính thức: {official}; dự bị: {probationary})."
        ),
        Lang::En => format!(
            "Members of the cell: {total} (official: {official}; probationary: {probationary})."
        ),
    }
}

pub fn exempt(list: &[String], lang: Lang) -> String {
    let l = count_of(list, lang);
    match lang {
        Lang::Vi => format!("Miễn công tác và sinh hoạt đảng: {l}."),
        Lang::En => format!("Exempt from work and party activity: {l}."),
    }
}

pub fn suspended(list: &[String], lang: Lang) -> String {
    let l = count_of(list, lang);
    match lang {
        Lang::Vi => format!("Đình chỉ sinh hoạt đảng: {l}."),
        Lang::En => format!("Suspended from party activity: {l}."),
    }
}

pub fn temporary(list: &[(String, String)], lang: Lang) -> String {
    let l = count_sep(&pairs(list), "; ", lang);
    match lang {
        Lang::Vi => format!("Sinh hoạt tạm thời nơi khác: {l}."),
        Lang::En => format!("On temporary party activity elsewhere: {l}."),
    }
}

/// "Có mặt: 13/15 đồng chí (86,7%) (chính thức: 10; dự bị: 3)."
pub fn present(official: usize, probationary: usize, total: usize, lang: Lang) -> String {
    let n = official + probationary;
    let as_u32 = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let p = percent(as_u32(n), as_u32(total), lang).unwrap_or_else(|| "—".to_owned());
    match lang {
        Lang::Vi => format!(
            "Có mặt: {n}/{total} đồng chí ({p}) (chính thức: {official}; dự bị: {probationary})."
        ),
        Lang::En => format!(
            "Present: {n}/{total} ({p}) (official: {official}; probationary: {probationary})."
        ),
    }
}

pub fn excused(list: &[(String, String)], lang: Lang) -> String {
    let l = count_sep(&pairs(list), "; ", lang);
    match lang {
        Lang::Vi => format!("Vắng có lý do: {l}."),
        Lang::En => format!("Absent with a reason: {l}."),
    }
}

pub fn unexcused(list: &[String], lang: Lang) -> String {
    let l = count_of(list, lang);
    match lang {
        Lang::Vi => format!("Vắng không có lý do: {l}."),
        Lang::En => format!("Absent without a reason: {l}."),
    }
}

pub fn not_called(list: &[String], lang: Lang) -> String {
    let l = count_of(list, lang);
    match lang {
        Lang::Vi => format!("Chưa điểm danh: {l}."),
        Lang::En => format!("Attendance not taken: {l}."),
    }
}

pub fn denominator(denominator: u32, voters: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Số đảng viên làm căn cứ tính kết quả biểu quyết: {denominator}; \
             đảng viên chính thức có mặt, được biểu quyết: {voters}."
        ),
        Lang::En => format!(
            "Members counted for a majority: {denominator}; official members present, \
             who vote: {voters}."
        ),
    }
}

fn or_blank(name: Option<&str>) -> &str {
    name.filter(|n| !n.trim().is_empty()).unwrap_or(BLANK)
}

/// Ends a sentence with a full stop, unless it ends with a blank to fill in by hand.
pub fn full_stop(s: String) -> String {
    if s.ends_with(BLANK) { s } else { s + "." }
}

pub fn chair(name: Option<&str>, lang: Lang) -> String {
    let n = or_blank(name);
    full_stop(match lang {
        Lang::Vi => format!("Chủ trì: đồng chí {n}"),
        Lang::En => format!("Chair: {n}"),
    })
}

pub fn minute_taker(name: Option<&str>, lang: Lang) -> String {
    let n = or_blank(name);
    full_stop(match lang {
        Lang::Vi => format!("Thư ký: đồng chí {n}"),
        Lang::En => format!("Minute-taker: {n}"),
    })
}

pub fn guests(list: &[String], lang: Lang) -> String {
    let l = names_sep(list, "; ", lang);
    match lang {
        Lang::Vi => format!("Đại biểu cấp trên dự: {l}."),
        Lang::En => format!("Guests from the committee above: {l}."),
    }
}

pub fn not_reviewed(list: &[(String, Exclusion)], lang: Lang) -> String {
    let l: Vec<String> = list
        .iter()
        .map(|(n, e)| format!("{n} ({})", exclusion(e, lang)))
        .collect();
    let l = names_sep(&l, "; ", lang);
    match lang {
        Lang::Vi => format!("Không kiểm điểm, xếp loại: {l}."),
        Lang::En => format!("Not reviewed nor rated at this meeting: {l}."),
    }
}

/// Why an export could not be produced, in the user's words.
pub fn export_error(e: &crate::ExportError, lang: Lang) -> String {
    use crate::ExportError as E;
    match (e, lang) {
        (E::Csv(e), Lang::Vi) => format!("Không ghi được tệp CSV: {e}"),
        (E::Csv(e), Lang::En) => format!("Could not write the CSV: {e}"),
        (E::Docx(e), Lang::Vi) => format!("Không tạo được tệp DOCX: {e}"),
        (E::Docx(e), Lang::En) => format!("Could not build the DOCX: {e}"),
        (E::Xlsx(e), Lang::Vi) => format!("Không tạo được tệp XLSX: {e}"),
        (E::Xlsx(e), Lang::En) => format!("Could not build the XLSX: {e}"),
        (E::Unsupported { format, .. }, Lang::Vi) => {
            format!("Giấy tờ này không xuất ra dạng .{}.", format.ext())
        }
        (E::Unsupported { format, .. }, Lang::En) => {
            format!("This paper does not come as .{}.", format.ext())
        }
    }
}

mod body;
mod facts;
mod steps;
mod texts;
pub use body::*;
pub use facts::*;
pub use steps::*;
pub use texts::{Label, ReportPart, Section, T};

#[cfg(test)]
mod tests {
    use chibo_core::i18n::untranslated;

    use super::*;
    use crate::papers::words as pw;

    /// Every entry of every table of the documents has a Vietnamese and an English text.
    #[test]
    fn every_text_has_both_languages() {
        let found = [
            untranslated::<T>(),
            untranslated::<Section>(),
            untranslated::<ReportPart>(),
            untranslated::<Label>(),
            untranslated::<pw::T>(),
            untranslated::<pw::Part>(),
            untranslated::<pw::Remark>(),
        ]
        .concat();
        assert!(found.is_empty(), "{found:#?}");
    }
}
