//! The parts that hold for the whole document: the styles (Times New Roman 14 pt by default,
//! then the body's, the headings' and the table cells' paragraph styles, set once here instead
//! of on each of a thousand paragraphs), the settings and the font table.

use super::xml::{FONT, Indent, Jc, ParaProps, RunProps};

/// Sizes in half-points.
pub(super) const BODY: usize = 28;
pub(super) const PARTY: usize = 30;
pub(super) const TITLE: usize = 32;
pub(super) const TABLE: usize = 20;

/// Paragraph styles' ids.
pub(super) const STYLE_BODY: &str = "Body";
pub(super) const STYLE_ITEM: &str = "Item";
pub(super) const STYLE_HEADING: &str = "Heading";
pub(super) const STYLE_SUBHEADING: &str = "Subheading";
pub(super) const STYLE_CELL: &str = "Cell";
pub(super) const STYLE_CELL_LEFT: &str = "CellLeft";
pub(super) const STYLE_CELL_HEAD: &str = "CellHead";

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A paragraph style: its paragraph and run properties.
struct Style {
    id: &'static str,
    para: ParaProps,
    run: RunProps,
}

fn style(id: &'static str, jc: Option<Jc>, spacing: Option<(u32, u32)>) -> Style {
    Style {
        id,
        para: ParaProps {
            jc,
            spacing,
            ..ParaProps::default()
        },
        run: RunProps::default(),
    }
}

fn cell(id: &'static str, jc: Jc, bold: bool) -> Style {
    let mut s = style(id, Some(jc), None);
    s.run.size = Some(TABLE);
    s.run.bold = bold;
    s
}

fn all() -> [Style; 7] {
    let indent = |left, first_line| {
        Some(Indent {
            left,
            right: 0,
            first_line,
        })
    };
    let mut body = style(STYLE_BODY, Some(Jc::Both), Some((0, 60)));
    body.para.indent = indent(0, 567);
    let mut item = style(STYLE_ITEM, Some(Jc::Both), Some((0, 60)));
    item.para.indent = indent(567, -284);
    let mut heading = style(STYLE_HEADING, None, Some((180, 60)));
    heading.run.bold = true;
    let mut sub = style(STYLE_SUBHEADING, None, Some((120, 60)));
    sub.run.bold = true;
    sub.run.italic = true;
    [
        body,
        item,
        heading,
        sub,
        cell(STYLE_CELL, Jc::Center, false),
        cell(STYLE_CELL_LEFT, Jc::Left, false),
        cell(STYLE_CELL_HEAD, Jc::Center, true),
    ]
}

/// `word/styles.xml`: the defaults (the font and the body size), Normal, then each style's
/// name, qFormat, pPr, rPr in the schema's order.
pub(super) fn styles() -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}><w:docDefaults><w:rPrDefault>"#
    );
    RunProps {
        font: true,
        size: Some(BODY),
        ..RunProps::default()
    }
    .write(&mut out);
    out.push_str(
        r#"</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal" /><w:qFormat /></w:style>"#,
    );
    for s in all() {
        out.push_str(r#"<w:style w:type="paragraph" w:styleId=""#);
        out.push_str(s.id);
        out.push_str(r#""><w:name w:val=""#);
        out.push_str(s.id);
        out.push_str(r#"" /><w:qFormat />"#);
        s.para.write(&mut out);
        s.run.write(&mut out);
        out.push_str("</w:style>");
    }
    out.push_str("</w:styles>");
    out
}

/// `word/settings.xml`, in the schema's order (zoom before defaultTabStop, compat last).
/// Word 2013+ layout (compatibilityMode 15); `doNotExpandShiftReturn` keeps a justified line
/// that ends in a line break from being stretched; the others are what the files carried
/// before, kept so that they lay out the same.
pub(super) fn settings() -> String {
    let word = "http://schemas.microsoft.com/office/word";
    let compat = [
        ("compatibilityMode", "15"),
        ("overrideTableStyleFontSizeAndJustification", "1"),
        ("enableOpenTypeFeatures", "1"),
        ("doNotFlipMirrorIndents", "1"),
        ("differentiateMultirowTableHeaders", "1"),
        ("useWord2013TrackBottomHyphenation", "0"),
    ];
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {NS}><w:zoom w:percent="100" /><w:defaultTabStop w:val="840" /><w:compat><w:spaceForUL /><w:balanceSingleByteDoubleByteWidth /><w:doNotLeaveBackslashAlone /><w:ulTrailSpace /><w:doNotExpandShiftReturn /><w:useFELayout />"#
    );
    for (name, val) in compat {
        out.push_str(&format!(
            r#"<w:compatSetting w:name="{name}" w:uri="{word}" w:val="{val}" />"#
        ));
    }
    out.push_str("</w:compat></w:settings>");
    out
}

/// `word/fontTable.xml`: the one font, so that Word substitutes a like one where it is missing.
pub(super) fn font_table() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts {NS}><w:font w:name="{FONT}"><w:charset w:val="00" /><w:family w:val="roman" /><w:pitch w:val="variable" /></w:font></w:fonts>"#
    )
}
