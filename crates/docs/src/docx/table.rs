//! Tables in the schema's order: tblPr (tblW, jc, tblBorders, tblLayout, tblCellMar), the
//! grid, then the rows, each with its properties (a repeated header row says so itself,
//! `w:tblHeader`) and its cells (tcW, vAlign, then at least one paragraph, as Word requires).

use std::fmt::Write as _;

use super::xml::Para;

/// A table, its columns' widths in twips.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Table {
    /// Ruled (single thin lines around and inside), or no borders at all.
    pub ruled: bool,
    /// Column widths from the grid, whatever the text (Word's fixed layout).
    pub fixed: bool,
    /// The cells' left and right margins in twips (top and bottom 0); `None` for Word's own.
    pub cell_margin: Option<u32>,
    pub grid: Vec<usize>,
    pub rows: Vec<Row>,
}

/// A row of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Row {
    /// Repeated at the top of each page the table runs onto.
    pub header: bool,
    /// Never split across two pages.
    pub cant_split: bool,
    /// The least height in twips.
    pub min_height: Option<u32>,
    pub cells: Vec<Cell>,
}

/// A cell: its width when it says it, its text in the middle of a tall row or at the top.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Cell {
    pub width: Option<usize>,
    pub middle: bool,
    pub paras: Vec<Para>,
}

impl Table {
    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:tbl>");
        self.write_props(out);
        out.push_str("<w:tblGrid>");
        for w in &self.grid {
            let _ = write!(out, r#"<w:gridCol w:w="{w}" />"#);
        }
        out.push_str("</w:tblGrid>");
        for r in &self.rows {
            r.write(out);
        }
        out.push_str("</w:tbl>");
    }

    fn write_props(&self, out: &mut String) {
        out.push_str(r#"<w:tblPr><w:tblW w:w="0" w:type="auto" /><w:jc w:val="left" />"#);
        if self.ruled {
            out.push_str("<w:tblBorders>");
            for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                let _ = write!(
                    out,
                    r#"<w:{side} w:val="single" w:sz="2" w:space="0" w:color="000000" />"#
                );
            }
            out.push_str("</w:tblBorders>");
        } else {
            // No borders of its own, and no table style to lend it any.
            out.push_str("<w:tblBorders />");
        }
        if self.fixed {
            out.push_str(r#"<w:tblLayout w:type="fixed" />"#);
        }
        if let Some(m) = self.cell_margin {
            let _ = write!(
                out,
                r#"<w:tblCellMar><w:top w:w="0" w:type="dxa" /><w:left w:w="{m}" w:type="dxa" /><w:bottom w:w="0" w:type="dxa" /><w:right w:w="{m}" w:type="dxa" /></w:tblCellMar>"#
            );
        }
        out.push_str("</w:tblPr>");
    }
}

impl Row {
    fn write(&self, out: &mut String) {
        out.push_str("<w:tr>");
        if self.cant_split || self.min_height.is_some() || self.header {
            out.push_str("<w:trPr>");
            if self.cant_split {
                out.push_str("<w:cantSplit />");
            }
            if let Some(h) = self.min_height {
                let _ = write!(out, r#"<w:trHeight w:val="{h}" w:hRule="atLeast" />"#);
            }
            if self.header {
                out.push_str("<w:tblHeader />");
            }
            out.push_str("</w:trPr>");
        }
        for c in &self.cells {
            c.write(out);
        }
        out.push_str("</w:tr>");
    }
}

impl Cell {
    fn write(&self, out: &mut String) {
        out.push_str("<w:tc>");
        if self.width.is_some() || self.middle {
            out.push_str("<w:tcPr>");
            if let Some(w) = self.width {
                let _ = write!(out, r#"<w:tcW w:w="{w}" w:type="dxa" />"#);
            }
            if self.middle {
                out.push_str(r#"<w:vAlign w:val="center" />"#);
            }
            out.push_str("</w:tcPr>");
        }
        for p in &self.paras {
            p.write(out);
        }
        // A cell ends with a paragraph, or Word calls the file corrupt.
        if self.paras.is_empty() {
            Para::default().write(out);
        }
        out.push_str("</w:tc>");
    }
}
