//! What docx-rs 0.4.22 cannot say itself, written into the built parts before they are zipped:
//! the core properties (title, author, created, the seal as the description) and the results
//! table's repeated header row (`w:tblHeader`).

use chrono::{DateTime, SecondsFormat, Utc};
use docx_rs::XMLDocx;

use crate::layout::Meta;

/// The row properties that mark the results table's header row; [`finish`] adds `w:tblHeader`
/// after them. docx-rs writes `w:trHeight` with this height only for that row.
pub const HEADER_ROW_HEIGHT: f32 = 397.0;
const HEADER_ROW_MARK: &str = r#"<w:trHeight w:val="397" w:hRule="atLeast" />"#;

/// Replaces the core properties and marks the header row to repeat on each page.
pub fn finish(mut x: XMLDocx, meta: &Meta, now: DateTime<Utc>) -> XMLDocx {
    x.doc_props.core = core(meta, now).into_bytes();
    let doc = String::from_utf8_lossy(&x.document);
    if doc.contains(HEADER_ROW_MARK) {
        let marked = format!("{HEADER_ROW_MARK}<w:tblHeader />");
        x.document = doc.replace(HEADER_ROW_MARK, &marked).into_bytes();
    }
    x
}

/// `docProps/core.xml`: title, author (the minute-taker), created and modified at `now`, and
/// the seal, when there is one, as the description.
fn core(meta: &Meta, now: DateTime<Utc>) -> String {
    let at = now.to_rfc3339_opts(SecondsFormat::Secs, true);
    let author = escape(meta.author.as_deref().unwrap_or("chibo"));
    let description = meta.seal.as_deref().map_or_else(String::new, |s| {
        format!("<dc:description>{}</dc:description>", escape(s))
    });
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{at}</dcterms:modified><cp:revision>1</cp:revision>{description}<dc:language>vi-VN</dc:language></cp:coreProperties>"#,
        title = escape(&meta.title),
    )
}

fn escape(s: &str) -> String {
    super::xml_safe(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Binds a figure to its neighbours with no-break spaces, so that a line never ends inside
/// "8/10 (80,0%)", "HTXSNV 2", "ngày 16 tháng 12 năm 2025" or "13/15 đồng chí": a space
/// between a figure and "(", "%", "đồng chí", "phiếu", "tháng" or "năm", and a space before a number after a level's short name
/// (a word in capitals), a date or time word, or another figure. Other spaces stay breakable,
/// so that a justified line is not stretched around long unbreakable runs.
pub fn bind_figures(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<&str> = None;
    for w in s.split(' ') {
        if let Some(prev) = prev {
            out.push(if binds(prev, w) { '\u{a0}' } else { ' ' });
        }
        out.push_str(w);
        prev = Some(w);
    }
    out
}

/// Words a number that follows them belongs to.
const BEFORE_NUMBER: [&str; 7] = ["năm", "tháng", "ngày", "giờ", "vòng", "round", "of"];

fn binds(prev: &str, next: &str) -> bool {
    let digit_first = |t: &str| {
        let t = t.strip_prefix('(').unwrap_or(t);
        t.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    let figure = |t: &str| {
        t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || "/,.%()".contains(c))
    };
    let short_level = |t: &str| t.chars().count() >= 2 && t.chars().all(char::is_uppercase);
    if prev.is_empty() || next.is_empty() {
        return false;
    }
    let number_after =
        digit_first(next) && (short_level(prev) || BEFORE_NUMBER.contains(&prev) || figure(prev));
    let unit_after = figure(prev)
        && (next.starts_with('(')
            || next.starts_with('%')
            || next.starts_with("đồng")
            || next.starts_with("phiếu")
            || next == "tháng"
            || next == "năm");
    number_after || unit_after
}

#[cfg(test)]
mod tests {
    use super::bind_figures;

    #[test]
    fn figures_hold_together() {
        let nb = |s: &str| s.replace('~', "\u{a0}");
        assert_eq!(
            bind_figures("đạt 8/10 (80,0%) phiếu"),
            nb("đạt 8/10~(80,0%)~phiếu")
        );
        assert_eq!(bind_figures("HTXSNV 2, HTTNV 5"), nb("HTXSNV~2, HTTNV~5"));
        assert_eq!(bind_figures("năm 2025 tại"), nb("năm~2025 tại"));
        assert_eq!(
            bind_figures("Huế, ngày 16 tháng 12 năm 2025"),
            nb("Huế, ngày~16~tháng~12~năm~2025")
        );
        assert_eq!(bind_figures("13/15 đồng chí"), nb("13/15~đồng chí"));
        assert_eq!(bind_figures("Nguyễn Văn An"), "Nguyễn Văn An");
        assert_eq!(
            bind_figures("phát ra 10, thu về 10"),
            "phát ra 10, thu về 10"
        );
    }
}
