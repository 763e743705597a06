//! The DOCX prints right: page numbers from page 2 in a header the first page does not show,
//! the national heading's rule as a paragraph border, the header table inside the margins,
//! the results' header row repeated, headings kept with what follows, figures bound by
//! no-break spaces, the document's properties, the draft mark, and no app warnings in the body.

use chibo_testkit::meeting as export_support;

use chibo_core::i18n::Lang;
use chibo_docs::{Format, render};

use chibo_testkit::package::part;

fn sample(name: &str) -> chibo_core::domain::Session {
    chibo_files::store::load(&chibo_testkit::stored::repo("sessions").join(name)).unwrap()
}

fn finalized() -> Vec<u8> {
    render(&export_support::amended(), Format::Docx, Lang::Vi).unwrap()
}

/// The header part a `w:headerReference` of `kind` points to, by its relationship id.
fn header_of(bytes: &[u8], kind: &str) -> String {
    let doc = part(bytes, "word/document.xml");
    let tag = format!(r#"<w:headerReference w:type="{kind}" r:id=""#);
    let rid = doc.split(&tag).nth(1).unwrap().split('"').next().unwrap();
    let rels = part(bytes, "word/_rels/document.xml.rels");
    let rel = rels
        .split("<Relationship ")
        .find(|r| r.contains(&format!(r#"Id="{rid}""#)));
    let target = rel
        .unwrap()
        .split(r#"Target=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    part(bytes, &format!("word/{target}"))
}

#[test]
fn page_number_from_page_two_top_centre() {
    let bytes = finalized();
    let doc = part(&bytes, "word/document.xml");
    assert!(doc.contains("<w:titlePg />"), "a different first page");
    let default = header_of(&bytes, "default");
    assert!(
        default.contains("<w:instrText>PAGE</w:instrText>"),
        "{default}"
    );
    assert!(default.contains(r#"<w:jc w:val="center" />"#));
    let first = header_of(&bytes, "first");
    assert!(!first.contains("PAGE"), "no number on page 1: {first}");
}

#[test]
fn the_national_heading_is_ruled_by_a_border_as_wide_as_itself() {
    let doc = part(&finalized(), "word/document.xml");
    let p = doc
        .split("<w:p>")
        .find(|p| p.contains(">ĐẢNG CỘNG SẢN VIỆT NAM<"))
        .unwrap();
    assert!(p.contains("<w:pBdr><w:bottom w:val=\"single\""), "{p}");
    assert!(!p.contains("<w:u "), "no underline");
    // Indented on both sides: the rule is as wide as the heading, not the column.
    let ind = p.split("<w:ind ").nth(1).unwrap();
    let left: i32 = ind
        .split(r#"w:left=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        left > 0 && ind.contains(&format!(r#"w:right="{left}""#)),
        "{ind}"
    );
}

#[test]
fn tables_stay_inside_the_margins() {
    let doc = part(&finalized(), "word/document.xml");
    assert!(!doc.contains("<w:tblInd w:w=\"-"), "no negative indent");
    for grid in doc.split("<w:tblGrid>").skip(1) {
        let grid = grid.split("</w:tblGrid>").next().unwrap();
        let sum: usize = grid
            .split(r#"<w:gridCol w:w=""#)
            .skip(1)
            .map(|c| c.split('"').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert!(sum <= 11906 - 1701 - 850, "a table {sum} twips wide");
    }
}

#[test]
fn the_results_header_row_repeats_and_rows_do_not_split() {
    let doc = part(&finalized(), "word/document.xml");
    assert_eq!(
        doc.matches("<w:tblHeader />").count(),
        1,
        "the results' header row only"
    );
    let results = doc
        .split("<w:tbl>")
        .find(|t| t.contains("<w:tblHeader />"))
        .unwrap();
    let first_row = results.split("<w:tr>").nth(1).unwrap();
    assert!(first_row.contains("<w:tblHeader />") && first_row.contains("Họ và tên"));
    // The last row keeps with the legend under the table; the others may break.
    let rows: Vec<&str> = results
        .split("</w:tbl>")
        .next()
        .unwrap()
        .split("<w:tr>")
        .collect();
    assert!(rows.last().unwrap().contains("<w:keepNext />"));
    assert!(!rows[2].contains("<w:keepNext />"));
}

#[test]
fn headings_and_each_members_heading_keep_with_next() {
    let doc = part(&finalized(), "word/document.xml");
    let paragraphs: Vec<&str> = doc.split("<w:p>").skip(1).collect();
    let with = |style: &str| -> Vec<&str> {
        let tag = format!(r#"<w:pStyle w:val="{style}" />"#);
        paragraphs
            .iter()
            .copied()
            .filter(|p| p.contains(&tag))
            .collect()
    };
    assert!(with("Heading").len() >= 6);
    assert!(with("Subheading").len() >= 3, "a heading per member");
    for p in with("Heading").into_iter().chain(with("Subheading")) {
        assert!(p.contains("<w:keepNext />"), "{p}");
    }
    // The member's rating lines stay with the proposed level, the part's last line.
    let proposed = paragraphs
        .iter()
        .position(|p| p.contains("Chi bộ đề xuất xếp loại"))
        .unwrap();
    assert!(paragraphs[proposed - 1].contains("<w:keepNext />"));
}

#[test]
fn figures_are_bound_by_no_break_spaces() {
    let doc = part(&finalized(), "word/document.xml");
    // The body, under the national header: its place-and-date line has a column wide enough
    // to hold it on one line, with plain spaces (LibreOffice draws a no-break space wider).
    let body = doc.split_once("</w:tbl>").unwrap().1;
    assert!(body.contains("năm\u{a0}2025"));
    assert!(!body.contains("năm 2025<"), "a year alone on the next line");
    assert!(
        !body.contains("HTXSNV 0") && !body.contains("HTTNV 1"),
        "a level and its count"
    );
}

#[test]
fn properties_name_the_minutes_the_minute_taker_and_now() {
    let bytes = finalized();
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:title>Hội nghị kiểm điểm"), "{core}");
    assert!(
        core.contains("<dc:creator>Trần Thị Bình</dc:creator>") || !core.contains("unknown"),
        "{core}"
    );
    assert!(
        !core.contains("unknown") && !core.contains("1970"),
        "{core}"
    );
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(core.contains(&format!(
        r#"<dcterms:created xsi:type="dcterms:W3CDTF">{year}"#
    )));
    // The seal is a property, never the body.
    assert!(core.contains("SHA-256"), "{core}");
    assert!(part(&bytes, "docProps/custom.xml").contains("chibo-seal"));
    let doc = part(&bytes, "word/document.xml");
    for s in [
        "SHA-256",
        "qd124",
        "qd366",
        "CẢNH BÁO",
        "GHI CHÚ",
        "NHỮNG ĐIỂM CẦN LƯU Ý",
    ] {
        assert!(!doc.contains(s), "{s} in the body");
    }
}

#[test]
fn a_session_not_finalized_is_marked_draft_on_page_one() {
    let draft = render(&sample("2025-chi-bo-khu-pho-3.ron"), Format::Docx, Lang::Vi).unwrap();
    let first = header_of(&draft, "first");
    assert!(first.contains(">DỰ THẢO<") && first.contains(r#"<w:jc w:val="right" />"#));
    assert!(!header_of(&finalized(), "first").contains("DỰ THẢO"));
    let s24 = render(&sample("2024-chi-bo-khu-pho-3.ron"), Format::Docx, Lang::Vi).unwrap();
    assert!(!part(&s24, "word/header1.xml").contains("DỰ THẢO"));
    assert!(!header_of(&s24, "first").contains("DỰ THẢO"));
}

#[test]
fn every_minutes_format_and_the_default_name_say_draft() {
    use chibo_docs::papers::{OutFormat, Paper, default_path};
    let (s25, s24) = (
        sample("2025-chi-bo-khu-pho-3.ron"),
        sample("2024-chi-bo-khu-pho-3.ron"),
    );
    for f in [Format::Md, Format::Txt] {
        let draft = String::from_utf8(render(&s25, f, Lang::Vi).unwrap()).unwrap();
        assert!(
            draft.lines().take(2).any(|l| l.contains("DỰ THẢO")),
            "{f:?}"
        );
        let done = String::from_utf8(render(&s24, f, Lang::Vi).unwrap()).unwrap();
        assert!(!done.contains("DỰ THẢO"), "{f:?}");
    }
    let p = std::path::Path::new("/x/2025.ron");
    let name = |s, f| {
        let path = default_path(s, p, Paper::Minutes, OutFormat::Minutes(f));
        path.file_name().unwrap().to_owned()
    };
    assert_eq!(name(&s25, Format::Docx), "2025.bien-ban-du-thao.docx");
    assert_eq!(name(&s25, Format::Csv), "2025.ket-qua-du-thao.csv");
    assert_eq!(name(&s24, Format::Docx), "2025.bien-ban.docx");
}
