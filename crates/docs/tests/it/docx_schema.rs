//! Every DOCX the documents crate writes keeps the element order of ISO/IEC 29500 (transitional),
//! which Word reads as a contract: paragraph properties before the runs, run properties in the
//! schema's order (rFonts, b, bCs, i, iCs, sz, szCs), the section's header references before the
//! page size, tblLayout before the cell margins, grid columns with a width only, no run
//! properties inside a style's or the defaults' paragraph properties, the styles' and the
//! settings' children in order; every cell ends with a paragraph; the results table's header
//! row, and only it, repeats; and the package names a content type for every part and a part
//! for every relationship. The whole schema is checked in CI (`.ci/ooxml-check.sh`); this keeps
//! the rules that were once broken from coming back without a validator at hand.

use chibo_core::i18n::Lang;
use chibo_docs::layout::{Align, Block, Doc, Meta, Signature, Span, Table};
use chibo_docs::papers::{OutFormat, Paper};
use chibo_docs::{Format, render};
use chibo_testkit::meeting;
use quick_xml::events::Event;

/// An element: its qualified name, its attributes, its child elements (text left out).
#[derive(Debug)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<El>,
}

impl El {
    fn walk<'a>(&'a self, out: &mut Vec<&'a El>) {
        out.push(self);
        for c in &self.children {
            c.walk(out);
        }
    }

    /// This element and every one under it.
    fn all(&self) -> Vec<&El> {
        let mut out = Vec::new();
        self.walk(&mut out);
        out
    }

    fn names(&self) -> Vec<&str> {
        self.children.iter().map(|c| c.name.as_str()).collect()
    }

    fn child(&self, name: &str) -> Option<&El> {
        self.children.iter().find(|c| c.name == name)
    }
}

fn element(e: &quick_xml::events::BytesStart) -> El {
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    El {
        name: text(e.name().as_ref()),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (text(a.key.as_ref()), text(&a.value))
            })
            .collect(),
        children: Vec::new(),
    }
}

fn parse(xml: &str) -> El {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack = vec![El {
        name: String::new(),
        attrs: Vec::new(),
        children: Vec::new(),
    }];
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(element(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "balanced tags");
    stack.pop().unwrap().children.pop().unwrap()
}

use chibo_testkit::package::parts;

/// CT_PPrBase then CT_PPr's own (rPr, sectPr, pPrChange), from wml.xsd.
const PPR: &str = "\
    pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr \
    suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct \
    topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind \
    contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment \
    textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange";
/// EG_RPrBase: a choice in the transitional schema, a sequence in the strict one and in Word.
const RPR: &str = "\
    rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss \
    imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs \
    highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout \
    specVanish oMath";
const TBLPR: &str = "\
    tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW \
    jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption \
    tblDescription";
const TBL_BORDERS: &str = "top start left bottom end right insideH insideV";
const TBL_CELL_MAR: &str = "top start left bottom end right";
const TCPR: &str = "\
    cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection \
    tcFitText vAlign hideMark headers";
/// The header and footer references come first, in any order among themselves.
const SECTPR: &str = "\
    headerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType \
    pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter \
    docGrid printerSettings sectPrChange";
const STYLE: &str = "\
    name aliases basedOn next link autoRedefine hidden uiPriority semiHidden \
    unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr \
    tblPr trPr tcPr tblStylePr";
const STYLES: &str = "docDefaults latentStyles style";
const DOC_DEFAULTS: &str = "rPrDefault pPrDefault";
const TBL: &str = "tblPr tblGrid tr";
const TR: &str = "tblPrEx trPr tc";
/// The settings chibo writes, in CT_Settings' order (a new one must be placed here).
const SETTINGS: &str = "zoom defaultTabStop compat";

/// `el`'s children are all in `order`, in that order (repeats allowed).
fn in_order(el: &El, order: &str, part: &str) {
    let rank = |n: &str| {
        let n = n.strip_prefix("w:").unwrap_or(n);
        let n = if n == "footerReference" {
            "headerReference"
        } else {
            n
        };
        order
            .split_whitespace()
            .position(|o| o == n)
            .unwrap_or_else(|| panic!("{part}: <{n}> is not expected in <{}>", el.name))
    };
    let ranks: Vec<usize> = el.names().iter().map(|n| rank(n)).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "{part}: <{}> children out of the schema's order: {:?}",
        el.name,
        el.names()
    );
}

/// A paragraph's, a run's or a cell's properties come before what it holds.
fn props_first(el: &El, part: &str) {
    let props = format!("{}Pr", el.name);
    let at = el.names().iter().position(|n| *n == props);
    assert!(
        at.is_none_or(|i| i == 0),
        "{part}: {props} first in {}",
        el.name
    );
}

/// The order rules of one part.
fn check_part(name: &str, xml: &str) {
    let root = parse(xml);
    for el in root.all() {
        match el.name.as_str() {
            "w:pPr" => in_order(el, PPR, name),
            "w:rPr" => in_order(el, RPR, name),
            "w:tblPr" => in_order(el, TBLPR, name),
            "w:tblBorders" => in_order(el, TBL_BORDERS, name),
            "w:tblCellMar" => in_order(el, TBL_CELL_MAR, name),
            "w:tcPr" => in_order(el, TCPR, name),
            "w:sectPr" => in_order(el, SECTPR, name),
            "w:style" => in_order(el, STYLE, name),
            "w:styles" => in_order(el, STYLES, name),
            "w:docDefaults" => in_order(el, DOC_DEFAULTS, name),
            "w:tbl" => in_order(el, TBL, name),
            "w:settings" => in_order(el, SETTINGS, name),
            "w:tr" => in_order(el, TR, name),
            "w:p" | "w:r" => props_first(el, name),
            "w:tc" => {
                props_first(el, name);
                let last = el.children.last().map(|c| c.name.as_str());
                assert_eq!(last, Some("w:p"), "{name}: a cell ends with a paragraph");
            }
            "w:gridCol" => assert_eq!(el.attrs.len(), 1, "{name}: gridCol w:w only"),
            _ => {}
        }
    }
    // A style's or the defaults' paragraph properties (CT_PPrGeneral) hold no run properties.
    for holder in root.all() {
        if matches!(holder.name.as_str(), "w:style" | "w:pPrDefault") {
            let ppr = holder.child("w:pPr");
            assert!(
                ppr.is_none_or(|p| p.child("w:rPr").is_none()),
                "{name}: rPr inside {}'s pPr",
                holder.name
            );
        }
    }
}

/// Every part of `bytes` is in order, typed, and every relationship points at a part.
fn check(what: &str, bytes: &[u8]) {
    let parts = parts(bytes);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.first(), Some(&"[Content_Types].xml"), "{what}");
    let types = &parts[0].1;
    for (name, xml) in &parts {
        let part = format!("{what} {name}");
        if name.starts_with("word/") && name.ends_with(".xml") {
            check_part(&part, xml);
        }
        let typed = name.ends_with(".rels") || types.contains(&format!(r#"PartName="/{name}""#));
        assert!(
            typed || name == "[Content_Types].xml",
            "{part}: no content type"
        );
        if let Some(dir) = name.strip_suffix(".rels") {
            let base = dir
                .replace("_rels/", "")
                .rsplit_once('/')
                .map_or("", |(d, _)| d)
                .to_owned();
            for el in parse(xml).children {
                let target = &el.attrs.iter().find(|(k, _)| k == "Target").unwrap().1;
                let path = if base.is_empty() {
                    target.clone()
                } else {
                    format!("{base}/{target}")
                };
                assert!(names.contains(&path.as_str()), "{part}: no part {path}");
            }
        }
    }
}

fn sample(name: &str) -> chibo_core::domain::Session {
    chibo_files::store::load(&chibo_testkit::stored::repo("sessions").join(name)).unwrap()
}

#[test]
fn the_minutes_keep_the_schemas_order() {
    let amended = meeting::amended();
    check(
        "minutes vi",
        &render(&amended, Format::Docx, Lang::Vi).unwrap(),
    );
    check(
        "minutes en",
        &render(&amended, Format::Docx, Lang::En).unwrap(),
    );
    let draft = sample("2025-chi-bo-khu-pho-3.ron");
    check("draft", &render(&draft, Format::Docx, Lang::Vi).unwrap());
}

#[test]
fn the_papers_keep_the_schemas_order() {
    let docx = OutFormat::Minutes(Format::Docx);
    for (s, paper) in [
        ("2025-chi-bo-khu-pho-3.ron", Paper::Ballots),
        ("2025-chi-bo-khu-pho-3.ron", Paper::CellBallots),
        ("2024-chi-bo-khu-pho-3.ron", Paper::Counting),
        ("2024-chi-bo-khu-pho-3.ron", Paper::List),
    ] {
        let bytes = chibo_docs::papers::render(&sample(s), paper, docx, Some(3), Lang::Vi);
        check(&format!("{paper:?}"), &bytes.unwrap());
    }
}

/// Every kind of block, as the roll-up report and later documents may put them together.
fn every_block() -> Doc {
    let table = Table {
        columns: vec![("A".into(), Align::Right), ("B".into(), Align::Left)],
        rows: vec![
            vec!["1".into(), "x\ny".into()],
            vec![String::new(), "z".into()],
        ],
        widths: vec![600, 0],
        row_height: 400,
    };
    let sig = |t: &str| Signature {
        title: t.into(),
        name: String::new(),
    };
    let blocks = vec![
        Block::Draft("DỰ THẢO".into()),
        Block::Header {
            committee: String::new(),
            cell: "C".into(),
            party: "P".into(),
            place_date: "ngày 1 tháng 1 năm 2026".into(),
        },
        Block::Title("T".into()),
        Block::Subtitle("S".into()),
        Block::Heading("H".into()),
        Block::Subheading("h".into()),
        Block::Para(vec![
            Span::bold("a:"),
            Span {
                italic: true,
                ..Span::plain(" b")
            },
        ]),
        Block::Item(vec![Span::plain("i")]),
        Block::Table(table),
        Block::Signatures([sig("L"), sig("R")]),
        Block::PageBreak,
        Block::Table(Table {
            row_height: 0,
            ..every_table()
        }),
    ];
    Doc {
        meta: Meta {
            title: "t & <u>".into(),
            author: None,
            seal: Some("s \"q\"".into()),
            page_numbers: true,
        },
        blocks,
    }
}

fn every_table() -> Table {
    Table {
        columns: vec![("N".into(), Align::Center)],
        rows: vec![vec!["1".into()]],
        widths: Vec::new(),
        row_height: 0,
    }
}

#[test]
fn every_block_keeps_the_schemas_order() {
    check(
        "every block",
        &chibo_docs::docx::render(&every_block()).unwrap(),
    );
}

#[test]
fn a_tables_header_row_is_marked_by_the_writer_whatever_its_height() {
    let bytes = chibo_docs::docx::render(&every_block()).unwrap();
    let doc = parts(&bytes)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    let body = parse(&doc);
    let tables: Vec<&El> = body
        .all()
        .into_iter()
        .filter(|e| e.name == "w:tbl")
        .collect();
    // The national header, the first table, the signatures, the second table.
    assert_eq!(tables.len(), 4);
    let marked = |t: &El| -> Vec<bool> {
        t.children
            .iter()
            .filter(|r| r.name == "w:tr")
            .map(|r| {
                r.child("w:trPr")
                    .is_some_and(|p| p.child("w:tblHeader").is_some())
            })
            .collect()
    };
    assert_eq!(marked(tables[0]), [false]);
    assert_eq!(marked(tables[1]), [true, false, false]);
    assert_eq!(marked(tables[2]), [false]);
    assert_eq!(marked(tables[3]), [true, false]);
}
