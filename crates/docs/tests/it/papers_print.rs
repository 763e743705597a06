//! The papers print as papers (issue 16, item 7): the list's XLSX is set up as a page — A4
//! landscape, one page wide, the table's header row repeated, each row as tall as its wrapped
//! text, the party header and the title and the signature inside what prints, the signature
//! never alone on a page — and the place-and-date line has the room of one line in every DOCX.

use chibo_core::domain::{Session, demo::finished_session};
use chibo_core::i18n::Lang;
use chibo_docs::Format;
use chibo_docs::papers::{OutFormat, Paper, render};
use chibo_testkit::package::part;
use chibo_testkit::stored::repo;

fn sample(year: i32) -> Session {
    let name = format!("sessions/{year}-chi-bo-khu-pho-3.ron");
    chibo_files::store::load(&repo(&name)).unwrap()
}

fn xlsx(s: &Session) -> (String, String, Vec<String>) {
    let bytes = render(s, Paper::List, OutFormat::Xlsx, None, Lang::Vi).unwrap();
    let strings = part(&bytes, "xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| {
            let t = si.split("<t>").nth(1).or_else(|| si.split("\">").nth(1));
            t.unwrap_or("").split("</t>").next().unwrap().to_owned()
        })
        .collect();
    let workbook = part(&bytes, "xl/workbook.xml");
    (part(&bytes, "xl/worksheets/sheet1.xml"), workbook, strings)
}

/// The row (1-based, as the sheet numbers them) whose first cell holds the shared string `text`.
fn row_of(sheet: &str, strings: &[String], text: &str) -> u32 {
    let at = strings.iter().position(|s| s.contains(text)).unwrap();
    let cell = sheet
        .split("<c r=\"")
        .find(|c| c.contains(&format!("t=\"s\"><v>{at}</v>")))
        .unwrap();
    let digits: String = cell
        .chars()
        .skip_while(char::is_ascii_uppercase)
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

/// The height the sheet gives row `r` (1-based).
fn height(sheet: &str, r: u32) -> f64 {
    let row = sheet.split(&format!("<row r=\"{r}\"")).nth(1).unwrap();
    let ht = row
        .split("ht=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    ht.parse().unwrap()
}

#[test]
fn the_lists_xlsx_prints_like_a_paper() {
    let (sheet, workbook, strings) = xlsx(&sample(2024));
    // A4 landscape, fitted to the page's width; the table's header row on every page.
    assert!(sheet.contains(r#"paperSize="9""#), "{sheet}");
    assert!(sheet.contains(r#"orientation="landscape""#));
    assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    let head = row_of(&sheet, &strings, "Họ và tên");
    assert!(
        workbook.contains("_xlnm.Print_Titles") && workbook.contains(&format!("!${head}:${head}<")),
        "{workbook}"
    );
    // The header as on the DOCX, the place-and-date line merged over the right half.
    for text in [
        "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Phường Tân Định, ngày 12 tháng 12 năm 2024",
    ] {
        assert!(strings.iter().any(|s| s == text), "{text}");
    }
    let date = row_of(&sheet, &strings, "Phường Tân Định, ngày");
    assert!(
        sheet.contains(&format!(r#"<mergeCell ref="F{date}:J{date}"/>"#)),
        "{sheet}"
    );
    // Every row as tall as its text: the discipline's note wraps to three lines at least.
    let dung = row_of(&sheet, &strings, "Ngô Văn Dũng");
    assert!(
        height(&sheet, dung) >= 3.0 * 15.75,
        "{}",
        height(&sheet, dung)
    );
    assert!(
        !sheet.contains("<row r=\"1\" spans=\"1:10\">"),
        "no row left to its default height"
    );
    // The title, the legend and the signature print: the print area covers them.
    let name = row_of(&sheet, &strings, "Nguyễn Văn Hùng");
    let last_sign = sheet.rsplit("<row r=\"").next().unwrap();
    let last: u32 = last_sign.split('"').next().unwrap().parse().unwrap();
    assert!(last > name);
    assert!(
        workbook.contains("_xlnm.Print_Area") && workbook.contains(&format!("$A$1:$J${last}")),
        "{workbook}"
    );
    // Fifteen members: the whole list on one page.
    assert!(
        sheet.contains(r#"fitToHeight="1""#) || !sheet.contains("fitToHeight"),
        "{sheet}"
    );
    assert!(!sheet.contains("<rowBreaks"));
}

#[test]
fn a_long_lists_signature_is_printed_with_its_last_rows() {
    let (sheet, _, strings) = xlsx(&finished_session(60, 2025));
    assert!(
        sheet.contains(r#"fitToHeight="0""#),
        "many pages, one page wide"
    );
    let breaks: Vec<u32> = sheet
        .split("<brk id=\"")
        .skip(1)
        .map(|b| b.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(breaks.len() >= 2, "{breaks:?}");
    // A break is written as the last row of its page (1-based); the legend under the table
    // follows at least two rows of it.
    let legend = row_of(&sheet, &strings, "CT: chính thức");
    assert!(
        breaks.iter().all(|b| *b + 2 < legend),
        "{breaks:?} {legend}"
    );
}

/// The header table's two columns in a DOCX, in twips.
fn header_columns(bytes: &[u8]) -> (usize, usize) {
    let doc = part(bytes, "word/document.xml");
    let grid = doc.split("<w:tblGrid>").nth(1).unwrap();
    let cols: Vec<usize> = grid
        .split("</w:tblGrid>")
        .next()
        .unwrap()
        .split(r#"<w:gridCol w:w=""#)
        .skip(1)
        .map(|c| c.split('"').next().unwrap().parse().unwrap())
        .collect();
    (cols[0], cols[1])
}

#[test]
fn the_place_and_date_line_has_the_room_of_one_line_in_every_paper() {
    // "Phường Tân Định, ngày 12 tháng 12 năm 2024" in 14 pt Times New Roman italic is 5303
    // twips wide, "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH" upright 3935 (Liberation Serif's metrics, as
    // LibreOffice prints them): the line wrapped in the 5102 twips the right column had.
    let s = sample(2024);
    let docx = OutFormat::Minutes(Format::Docx);
    for paper in [Paper::Minutes, Paper::Ballots, Paper::Counting, Paper::List] {
        let bytes = render(&s, paper, docx, Some(1), Lang::Vi).unwrap();
        let (left, right) = header_columns(&bytes);
        assert!(right >= 5303, "{paper:?}: {right}");
        assert!(
            left >= 3935,
            "{paper:?}: the committee on one line too: {left}"
        );
        let doc = part(&bytes, "word/document.xml");
        assert!(
            doc.contains(">Phường Tân Định, ngày 12 tháng 12 năm 2024<"),
            "plain spaces"
        );
    }
}
