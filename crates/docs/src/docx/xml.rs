//! chibo's own WordprocessingML: paragraphs and runs held as plain values and written in the
//! order the ISO/IEC 29500 schema demands. Word reads the schema's order as a contract (it may
//! "repair" or refuse a file that breaks it, where LibreOffice forgives), so each element's
//! children are written by one function, in the schema's sequence: a property set in any order
//! comes out in the right one. Tables are in [`super::table`].

use std::borrow::Cow;
use std::fmt::Write as _;

/// The document's font, named on the header lines and the title (they keep their look when
/// pasted elsewhere) and in the defaults.
pub(super) const FONT: &str = "Times New Roman";

/// Run properties (CT_RPr), written rFonts, b, bCs, i, iCs, sz, szCs: Word's and the strict
/// schema's order, which the transitional schema also accepts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct RunProps {
    /// Name the font on the run itself.
    pub font: bool,
    pub bold: bool,
    pub italic: bool,
    /// In half-points.
    pub size: Option<usize>,
}

impl RunProps {
    fn is_empty(&self) -> bool {
        *self == RunProps::default()
    }

    pub(super) fn write(&self, out: &mut String) {
        if self.is_empty() {
            return;
        }
        out.push_str("<w:rPr>");
        if self.font {
            let _ = write!(
                out,
                r#"<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}" />"#
            );
        }
        if self.bold {
            out.push_str("<w:b /><w:bCs />");
        }
        if self.italic {
            out.push_str("<w:i /><w:iCs />");
        }
        if let Some(sz) = self.size {
            let _ = write!(out, r#"<w:sz w:val="{sz}" /><w:szCs w:val="{sz}" />"#);
        }
        out.push_str("</w:rPr>");
    }
}

/// What a run holds, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    Text(String),
    /// A line break inside the paragraph.
    Break,
    /// What follows starts a new page.
    PageBreak,
    /// The PAGE field: the page's number, "1" until the application updates it.
    PageNumber,
}

/// A run of text with one set of properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    pub props: RunProps,
    pub pieces: Vec<Piece>,
}

impl Run {
    /// `text` in the paragraph's style; each "\n" a line break.
    pub(super) fn text(text: &str) -> Run {
        let mut pieces = Vec::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                pieces.push(Piece::Break);
            }
            pieces.push(Piece::Text(xml_safe(line).into_owned()));
        }
        Run {
            props: RunProps::default(),
            pieces,
        }
    }

    pub(super) fn of(piece: Piece) -> Run {
        Run {
            props: RunProps::default(),
            pieces: vec![piece],
        }
    }

    pub(super) fn bold(mut self) -> Run {
        self.props.bold = true;
        self
    }

    pub(super) fn italic(mut self) -> Run {
        self.props.italic = true;
        self
    }

    /// Names its font and size, whatever the defaults.
    pub(super) fn sized(mut self, half_points: usize) -> Run {
        self.props.font = true;
        self.props.size = Some(half_points);
        self
    }

    fn write(&self, out: &mut String) {
        // A field's parts each take a run of their own, as Word writes them.
        if self.pieces.contains(&Piece::PageNumber) {
            return self.write_page_number(out);
        }
        out.push_str("<w:r>");
        self.props.write(out);
        for p in &self.pieces {
            match p {
                Piece::Text(t) => {
                    out.push_str(r#"<w:t xml:space="preserve">"#);
                    escape_into(out, t);
                    out.push_str("</w:t>");
                }
                Piece::Break => out.push_str("<w:br />"),
                Piece::PageBreak => out.push_str(r#"<w:br w:type="page" />"#),
                Piece::PageNumber => {}
            }
        }
        out.push_str("</w:r>");
    }

    fn write_page_number(&self, out: &mut String) {
        for inner in [
            r#"<w:fldChar w:fldCharType="begin" />"#,
            "<w:instrText>PAGE</w:instrText>",
            r#"<w:fldChar w:fldCharType="separate" />"#,
            r#"<w:t xml:space="preserve">1</w:t>"#,
            r#"<w:fldChar w:fldCharType="end" />"#,
        ] {
            out.push_str("<w:r>");
            self.props.write(out);
            out.push_str(inner);
            out.push_str("</w:r>");
        }
    }
}

/// Paragraph alignment (ST_Jc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Jc {
    Left,
    Center,
    Right,
    Both,
}

impl Jc {
    fn name(self) -> &'static str {
        match self {
            Jc::Left => "left",
            Jc::Center => "center",
            Jc::Right => "right",
            Jc::Both => "both",
        }
    }
}

/// Indents in twips; a negative `first_line` hangs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Indent {
    pub left: i32,
    pub right: i32,
    pub first_line: i32,
}

/// Paragraph properties (CT_PPrBase), written in the schema's sequence: pStyle, keepNext,
/// keepLines, widowControl, pBdr, spacing, ind, jc.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct ParaProps {
    pub style: Option<&'static str>,
    pub keep_next: bool,
    pub keep_lines: bool,
    pub widow_control: bool,
    /// A single rule under the paragraph, as wide as its text box (indents included).
    pub rule_below: bool,
    /// Space before and after, in twips.
    pub spacing: Option<(u32, u32)>,
    pub indent: Option<Indent>,
    pub jc: Option<Jc>,
}

impl ParaProps {
    pub(super) fn write(&self, out: &mut String) {
        if *self == ParaProps::default() {
            return;
        }
        out.push_str("<w:pPr>");
        if let Some(s) = self.style {
            let _ = write!(out, r#"<w:pStyle w:val="{s}" />"#);
        }
        if self.keep_next {
            out.push_str("<w:keepNext />");
        }
        if self.keep_lines {
            out.push_str("<w:keepLines />");
        }
        if self.widow_control {
            out.push_str("<w:widowControl />");
        }
        if self.rule_below {
            out.push_str(
                r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto" /></w:pBdr>"#,
            );
        }
        if let Some((before, after)) = self.spacing {
            let _ = write!(
                out,
                r#"<w:spacing w:before="{before}" w:after="{after}" />"#
            );
        }
        if let Some(i) = self.indent {
            let _ = write!(out, r#"<w:ind w:left="{}" w:right="{}""#, i.left, i.right);
            if i.first_line > 0 {
                let _ = write!(out, r#" w:firstLine="{}""#, i.first_line);
            } else if i.first_line < 0 {
                let _ = write!(out, r#" w:hanging="{}""#, i.first_line.unsigned_abs());
            }
            out.push_str(" />");
        }
        if let Some(jc) = self.jc {
            let _ = write!(out, r#"<w:jc w:val="{}" />"#, jc.name());
        }
        out.push_str("</w:pPr>");
    }
}

/// A paragraph: its properties, then its runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Para {
    pub props: ParaProps,
    pub runs: Vec<Run>,
}

impl Para {
    pub(super) fn styled(style: &'static str) -> Para {
        Para {
            props: ParaProps {
                style: Some(style),
                ..ParaProps::default()
            },
            runs: Vec::new(),
        }
    }

    pub(super) fn with(mut self, run: Run) -> Para {
        self.runs.push(run);
        self
    }

    pub(super) fn align(mut self, jc: Jc) -> Para {
        self.props.jc = Some(jc);
        self
    }

    pub(super) fn spaced(mut self, before: u32, after: u32) -> Para {
        self.props.spacing = Some((before, after));
        self
    }

    pub(super) fn keep_next(mut self, keep: bool) -> Para {
        self.props.keep_next = keep;
        self
    }

    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:p>");
        self.props.write(out);
        for r in &self.runs {
            r.write(out);
        }
        out.push_str("</w:p>");
    }
}

/// XML 1.0 forbids most control characters: a stray one pasted into a remark would make Word
/// refuse the whole file. Tabs become spaces; the others are dropped.
pub(super) fn xml_safe(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// `s` made safe for XML text or an attribute value, appended to `out`.
pub(super) fn escape_into(out: &mut String, s: &str) {
    for c in xml_safe(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// `s` made safe for XML text or an attribute value.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}
