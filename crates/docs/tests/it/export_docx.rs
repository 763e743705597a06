//! The DOCX read back: the text in Vietnamese, the fonts and sizes of the header lines, the
//! results table's rows, the page size and margins.

use chibo_testkit::meeting as export_support;

use chibo_core::i18n::Lang;
use chibo_docs::{Format, render};

use chibo_testkit::package::document_xml;

/// The document's XML, its no-break spaces (which bind figures, tests/export_docx_print.rs)
/// read as spaces.
fn docx(s: &chibo_core::domain::Session, lang: Lang) -> String {
    document_xml(&render(s, Format::Docx, lang).unwrap()).replace('\u{a0}', " ")
}

/// Each run as (its properties, its text).
fn runs(xml: &str) -> Vec<(String, String)> {
    xml.split("<w:r>")
        .skip(1)
        .map(|r| {
            let r = &r[..r.find("</w:r>").unwrap()];
            let props = r.split_once("</w:rPr>").map_or("", |(p, _)| p).to_owned();
            let text: String = r
                .split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .map(|t| &t[..t.find("</w:t>").unwrap()])
                .collect();
            (props, text)
        })
        .collect()
}

/// The properties of the run whose text is exactly `text`.
fn props_of(xml: &str, text: &str) -> String {
    runs(xml)
        .into_iter()
        .find(|(_, t)| t == text)
        .unwrap_or_else(|| panic!("no run with text {text:?}"))
        .0
}

/// The non-empty paragraphs of a piece of XML, as text.
fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("<w:p>")
        .skip(1)
        .map(|p| runs(p).into_iter().map(|(_, t)| t).collect::<String>())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The tables, each as its rows, each row as its cells, each cell as its paragraphs.
fn tables(xml: &str) -> Vec<Vec<Vec<Vec<String>>>> {
    xml.split("<w:tbl>")
        .skip(1)
        .map(|t| {
            let t = &t[..t.find("</w:tbl>").unwrap()];
            t.split("<w:tr>")
                .skip(1)
                .map(|row| row.split("<w:tc>").skip(1).map(paragraphs).collect())
                .collect()
        })
        .collect()
}

#[test]
fn page_is_a4_with_the_margins_in_twips() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#));
    // 20 mm top and bottom, 15 mm right, 30 mm left.
    assert!(xml.contains(r#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#));
}

#[test]
fn times_new_roman_14_is_the_default_and_the_header_names_it() {
    let bytes = render(&export_support::amended(), Format::Docx, Lang::Vi).unwrap();
    let styles = chibo_testkit::package::part(&bytes, "word/styles.xml");
    let defaults = &styles[styles.find("<w:docDefaults>").unwrap()..];
    let defaults = &defaults[..defaults.find("</w:docDefaults>").unwrap()];
    assert!(defaults.contains(r#"w:ascii="Times New Roman" w:hAnsi="Times New Roman""#));
    assert!(
        defaults.contains(r#"<w:sz w:val="28" />"#),
        "body 14 pt: {defaults}"
    );
    let xml = document_xml(&bytes).replace('\u{a0}', " ");
    for line in [
        "ĐẢNG BỘ PHƯỜNG BẾN THÀNH",
        "CHI BỘ KHU PHỐ 3",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Phường Bến Thành, ngày 15 tháng 12 năm 2025",
        "BIÊN BẢN",
    ] {
        let props = props_of(&xml, line);
        assert!(
            props.contains(r#"w:ascii="Times New Roman" w:hAnsi="Times New Roman""#),
            "{line}: {props}"
        );
    }
    // No run anywhere asks for another font.
    assert_eq!(
        xml.matches("w:ascii=").count(),
        xml.matches(r#"w:ascii="Times New Roman""#).count()
    );
}

#[test]
fn header_lines_have_their_sizes_and_styles() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    let party = props_of(&xml, "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert!(party.contains(r#"<w:sz w:val="30" />"#), "{party}");
    assert!(party.contains("<w:b />"));
    // The rule under it is a border of its paragraph (tests/export_docx_print.rs), not an
    // underline that cuts the marks under Ộ and Ệ.
    assert!(!party.contains("<w:u "), "{party}");
    let committee = props_of(&xml, "ĐẢNG BỘ PHƯỜNG BẾN THÀNH");
    assert!(committee.contains(r#"<w:sz w:val="28" />"#));
    assert!(!committee.contains("<w:b />"), "upright, not bold");
    let cell = props_of(&xml, "CHI BỘ KHU PHỐ 3");
    assert!(cell.contains(r#"<w:sz w:val="28" />"#) && cell.contains("<w:b />"));
    let date = props_of(&xml, "Phường Bến Thành, ngày 15 tháng 12 năm 2025");
    assert!(date.contains(r#"<w:sz w:val="28" />"#) && date.contains("<w:i />"));
    let title = props_of(&xml, "BIÊN BẢN");
    assert!(title.contains(r#"<w:sz w:val="32" />"#) && title.contains("<w:b />"));
    props_of(&xml, "*");
}

#[test]
fn header_is_a_borderless_two_column_table_first() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    let body = &xml[xml.find("<w:body>").unwrap()..];
    assert!(body.starts_with("<w:body><w:tbl>"));
    let first = &body[..body.find("</w:tbl>").unwrap()];
    assert!(first.contains("<w:tblBorders />"));
    let header = &tables(&xml)[0];
    assert_eq!(
        header,
        &[vec![
            vec![
                "ĐẢNG BỘ PHƯỜNG BẾN THÀNH".to_owned(),
                "CHI BỘ KHU PHỐ 3".to_owned(),
                "*".to_owned()
            ],
            vec![
                "ĐẢNG CỘNG SẢN VIỆT NAM".to_owned(),
                "Phường Bến Thành, ngày 15 tháng 12 năm 2025".to_owned()
            ],
        ]]
    );
}

#[test]
fn results_are_a_real_table_with_a_row_per_reviewed_member() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    let t = tables(&xml);
    let results = t
        .iter()
        .find(|t| t[0].get(1).is_some_and(|c| c == &["Họ và tên"]))
        .expect("the results table");
    assert_eq!(results.len(), 1 + 7, "a header row and 7 reviewed members");
    let cells = |r: &Vec<Vec<String>>| r.iter().map(|c| c.concat()).collect::<Vec<_>>();
    let results = results.iter().collect::<Vec<_>>();
    assert_eq!(
        cells(results[0]),
        [
            "TT",
            "Họ và tên",
            "CT/DB",
            "Tự nhận",
            "HTXSNV",
            "HTTNV",
            "HTNV",
            "KHTNV",
            "Đề xuất"
        ]
    );
    assert_eq!(
        cells(results[3]),
        [
            "3",
            "Lê Văn Cường",
            "CT",
            "HTXSNV",
            "3 (75,0%)",
            "0 (0,0%)",
            "0 (0,0%)",
            "0 (0,0%)",
            "HTXSNV"
        ]
    );
    assert_eq!(
        cells(results[5]),
        [
            "5",
            "Hoàng Văn Em",
            "CT",
            "",
            "",
            "",
            "",
            "",
            "xếp loại sau"
        ]
    );
    // The results table has borders; the header and the signatures do not.
    let results_xml = xml.split("<w:tbl>").nth(2).unwrap();
    assert!(results_xml.contains("<w:tblBorders><w:top"), "ruled table");
}

#[test]
fn signatures_side_by_side_minute_taker_left() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    let t = tables(&xml);
    let sig = t.last().unwrap();
    assert_eq!(sig.len(), 1);
    assert_eq!(sig[0][0], ["THƯ KÝ", "Trần Thị Bích"]);
    assert_eq!(sig[0][1], ["CHỦ TRÌ", "Nguyễn Văn An"]);
}

#[test]
fn vietnamese_text_and_every_name_is_there() {
    let xml = docx(&export_support::amended(), Lang::Vi);
    for m in export_support::roster() {
        assert!(xml.contains(&m.name), "{}", m.name);
    }
    for s in [
        "Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên năm 2025",
        "Hồi 14 giờ 00, ngày 15 tháng 12 năm 2025",
        "Hội nghị kết thúc vào lúc 16 giờ 30 cùng ngày.",
        "PHỤ LỤC: ĐIỀU CHỈNH SAU KHI BIÊN BẢN ĐƯỢC THÔNG QUA",
    ] {
        assert!(xml.contains(s), "{s}");
    }
}

#[test]
fn english_minutes() {
    let xml = docx(&export_support::amended(), Lang::En);
    assert!(xml.contains("COMMUNIST PARTY OF VIETNAM"));
    assert!(xml.contains(">MINUTES<"));
    assert!(xml.contains("Phường Bến Thành, 15 December 2025"));
    assert!(xml.contains("Nguyễn Văn An"));
}

#[test]
fn control_characters_in_user_text_do_not_break_the_xml() {
    let mut s = export_support::finished();
    let remark = chibo_core::domain::Remark {
        speaker: chibo_core::domain::Speaker::Guest("Khách".into()),
        text: "dán từ\u{1}nơi khác\tcó tab & <ký hiệu>".into(),
    };
    s.apply(
        chibo_core::domain::Command::AddContribution(remark),
        export_support::at(16, 0),
    )
    .unwrap();
    let xml = docx(&s, Lang::Vi);
    assert!(!xml.contains('\u{1}'));
    // Replaced where it was, as the loader, `check` and the other formats do: never dropped.
    assert!(xml.contains("dán từ\u{fffd}nơi khác có tab &amp; &lt;ký hiệu&gt;"));
}

#[test]
fn a_session_in_draft_still_renders() {
    let xml = docx(&export_support::prepared(), Lang::Vi);
    assert!(xml.contains("BIÊN BẢN"));
    assert!(xml.contains("……"), "blanks to fill by hand");
}
