//! The DOCX package: the document part (the body, then the section: page headers, A4, margins,
//! a different first page), the page headers, the styles and settings, the document's
//! properties (title, author, created, the seal as the description and as a custom property),
//! the relationships and content types that tie them, zipped with deflate.

use std::io::{Cursor, Write as _};

use chrono::{DateTime, SecondsFormat, Utc};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::xml::{Para, escape};
use super::{
    MARGIN_BOTTOM, MARGIN_HEADER, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_H, PAGE_W, styles,
};
use crate::ExportError;
use crate::layout::Meta;

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const W_NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";
/// The relationship ids of the two page headers.
const FIRST: &str = "rIdHeader1";
const DEFAULT: &str = "rIdHeader2";

/// The whole file: `body` (the document's blocks, written), the first page's header, and
/// the page-number header of pages 2 on when `meta` asks for page numbers.
pub(super) fn pack(
    body: &str,
    first: &Para,
    numbers: Option<&Para>,
    meta: &Meta,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, ExportError> {
    let mut parts: Vec<(&str, String)> = vec![
        (
            "[Content_Types].xml",
            content_types(numbers.is_some(), meta),
        ),
        ("_rels/.rels", package_rels(meta)),
        ("docProps/app.xml", app()),
        ("docProps/core.xml", core(meta, now)),
        ("word/document.xml", document(body, numbers.is_some())),
        (
            "word/_rels/document.xml.rels",
            document_rels(numbers.is_some()),
        ),
        ("word/styles.xml", styles::styles()),
        ("word/settings.xml", styles::settings()),
        ("word/fontTable.xml", styles::font_table()),
        ("word/header1.xml", header(first)),
    ];
    if let Some(n) = numbers {
        parts.push(("word/header2.xml", header(n)));
    }
    if let Some(seal) = &meta.seal {
        parts.push(("docProps/custom.xml", custom(seal)));
    }
    Ok(zipped(&parts)?)
}

/// The parts deflated into one zip, `[Content_Types].xml` first as Office writes it. The
/// entries carry the zip format's earliest date, so the same document gives the same bytes.
fn zipped(parts: &[(&str, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(*name, options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// `word/document.xml`: the body, then the section's properties in the schema's order
/// (header references, page size, margins, columns, a different first page).
fn document(body: &str, numbers: bool) -> String {
    let mut out = String::with_capacity(body.len() + 1024);
    out.push_str(XML);
    out.push_str("<w:document ");
    out.push_str(W_NS);
    out.push_str("><w:body>");
    out.push_str(body);
    out.push_str("<w:sectPr>");
    if numbers {
        out.push_str(&format!(
            r#"<w:headerReference w:type="default" r:id="{DEFAULT}" />"#
        ));
    }
    out.push_str(&format!(
        r#"<w:headerReference w:type="first" r:id="{FIRST}" /><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" /><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="{MARGIN_HEADER}" w:footer="992" w:gutter="0" /><w:cols w:space="425" w:num="1" /><w:titlePg /></w:sectPr></w:body></w:document>"#
    ));
    out
}

/// A page header part holding `p`.
fn header(p: &Para) -> String {
    let mut out = format!("{XML}<w:hdr {W_NS}>");
    p.write(&mut out);
    out.push_str("</w:hdr>");
    out
}

fn relationships(rels: &[(&str, String, &str)]) -> String {
    let mut out = format!(r#"{XML}<Relationships xmlns="{RELS_NS}">"#);
    for (id, kind, target) in rels {
        out.push_str(&format!(
            r#"<Relationship Id="{id}" Type="{kind}" Target="{target}" />"#
        ));
    }
    out.push_str("</Relationships>");
    out
}

fn package_rels(meta: &Meta) -> String {
    let core =
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    let mut rels = vec![
        ("rId1", core.to_owned(), "docProps/core.xml"),
        (
            "rId2",
            format!("{OFFICE_REL}/extended-properties"),
            "docProps/app.xml",
        ),
        (
            "rId3",
            format!("{OFFICE_REL}/officeDocument"),
            "word/document.xml",
        ),
    ];
    if meta.seal.is_some() {
        let kind = format!("{OFFICE_REL}/custom-properties");
        rels.push(("rId4", kind, "docProps/custom.xml"));
    }
    relationships(&rels)
}

fn document_rels(numbers: bool) -> String {
    let mut rels = vec![
        ("rId1", format!("{OFFICE_REL}/styles"), "styles.xml"),
        ("rId2", format!("{OFFICE_REL}/fontTable"), "fontTable.xml"),
        ("rId3", format!("{OFFICE_REL}/settings"), "settings.xml"),
        (FIRST, format!("{OFFICE_REL}/header"), "header1.xml"),
    ];
    if numbers {
        rels.push((DEFAULT, format!("{OFFICE_REL}/header"), "header2.xml"));
    }
    relationships(&rels)
}

fn content_types(numbers: bool, meta: &Meta) -> String {
    let mut parts = vec![
        (
            "/word/document.xml",
            format!("{WML_TYPE}.document.main+xml"),
        ),
        ("/word/styles.xml", format!("{WML_TYPE}.styles+xml")),
        ("/word/settings.xml", format!("{WML_TYPE}.settings+xml")),
        ("/word/fontTable.xml", format!("{WML_TYPE}.fontTable+xml")),
        ("/word/header1.xml", format!("{WML_TYPE}.header+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_owned(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_owned(),
        ),
    ];
    if numbers {
        parts.push(("/word/header2.xml", format!("{WML_TYPE}.header+xml")));
    }
    if meta.seal.is_some() {
        let kind = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
        parts.push(("/docProps/custom.xml", kind.to_owned()));
    }
    let mut out = format!(
        r#"{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" ContentType="application/xml" />"#
    );
    for (name, kind) in parts {
        out.push_str(&format!(
            r#"<Override PartName="{name}" ContentType="{kind}" />"#
        ));
    }
    out.push_str("</Types>");
    out
}

/// `docProps/app.xml`: the application that wrote the file.
fn app() -> String {
    format!(
        r#"{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>chibo</Application></Properties>"#
    )
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
        r#"{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{at}</dcterms:modified><cp:revision>1</cp:revision>{description}<dc:language>vi-VN</dc:language></cp:coreProperties>"#,
        title = escape(&meta.title),
    )
}

/// `docProps/custom.xml`: the seal as a named property, for a program to read back.
fn custom(seal: &str) -> String {
    format!(
        r#"{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="chibo-seal"><vt:lpwstr>{}</vt:lpwstr></property></Properties>"#,
        escape(seal)
    )
}
