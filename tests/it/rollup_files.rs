//! The committee's workbook and report, read back: the XLSX (calamine) holds each cell's
//! numbers as numbers and the totals and the cap as formulas over them; the DOCX's
//! `word/document.xml` holds every cell's name, the totals and the committee's header. One
//! ignored test writes a sample folder of cells for `.ci/run` (`CHIBO_ROLLUP_SAMPLE=DIR`).

use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use chibo_core::domain::{CellKind, Command, Level, Session, demo};
use chibo_core::i18n::Lang;
use chibo_rollup::{self as rollup, Filter};

const A: &str = "Đảng bộ Phường Tân Định";
const B: &str = "Đảng bộ Xã Bình Chánh";

/// A finished, sealed meeting of `n` members for a cell of a committee.
fn cell(name: &str, committee: &str, year: i32, n: usize) -> Session {
    cell_of_kind(name, committee, year, n, CellKind::UnderCommittee)
}

fn cell_of_kind(name: &str, committee: &str, year: i32, n: usize, kind: CellKind) -> Session {
    let mut s = demo::finished_session(n, year);
    let d = s.meeting.date.and_hms_opt(17, 0, 0).unwrap();
    let tz = chrono::FixedOffset::east_opt(7 * 3600).unwrap();
    let t = chrono::TimeZone::from_local_datetime(&tz, &d).unwrap();
    let reason = "đổi tên chi bộ".to_owned();
    s.apply(Command::Reopen { reason }, t).unwrap();
    let (name, committee) = (name.to_owned(), committee.to_owned());
    s.apply(Command::SetCell { name, committee }, t).unwrap();
    s.apply(Command::SetCellKind(kind), t).unwrap();
    s.apply(Command::Finalize, t).unwrap();
    s
}

fn grassroots(name: &str, committee: &str, year: i32, n: usize) -> Session {
    cell_of_kind(name, committee, year, n, CellKind::Grassroots)
}

/// Cells of two committees and two years, a duplicate and a broken file.
fn folder(dir: &Path) -> Vec<(String, Session)> {
    let list = [
        ("a/2024-kp1.ron", cell("Chi bộ Khu phố 1", A, 2024, 6)),
        ("a/2025-kp1.ron", cell("Chi bộ Khu phố 1", A, 2025, 7)),
        ("a/2025-kp2.ron", cell("Chi bộ Khu phố 2", A, 2025, 9)),
        ("a/2025-kp5.ron", cell("Chi bộ Khu phố 5", A, 2025, 14)),
        ("a/copy/2025-kp2.ron", cell("Chi bộ Khu phố 2", A, 2025, 9)),
        ("b/2025-ap4.ron", cell("Chi bộ Ấp 4", B, 2025, 12)),
        ("b/2025-ap5.ron", grassroots("Chi bộ Ấp 5", B, 2025, 20)),
    ];
    for (file, s) in &list {
        let p = dir.join(file);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, chibo_files::store::to_ron(s).unwrap()).unwrap();
    }
    std::fs::write(dir.join("b/2025-hong.ron"), "(schema: 1").unwrap();
    list.into_iter().map(|(f, s)| (f.to_owned(), s)).collect()
}

/// Members proposed `l` in a session, counted here from each member.
fn proposed(s: &Session, l: Level) -> u32 {
    let order = s.review_order();
    order
        .iter()
        .filter(|m| s.proposed(&m.id) == Some(l))
        .count() as u32
}

fn number(d: Option<&Data>) -> f64 {
    match d {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn the_workbook_has_each_cells_numbers_and_formulas_for_the_totals_and_the_cap() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = folder(tmp.path());
    let filter = Filter {
        year: Some(2025),
        ..Filter::default()
    };
    let r = rollup::collect(&[tmp.path().to_owned()], &filter);
    let bytes = rollup::xlsx::xlsx(&r, Lang::Vi).unwrap();
    let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names();
    assert_eq!(
        names,
        [
            "2025 Phường Tân Định",
            "2025 Xã Bình Chánh",
            "Chưa xếp loại",
            "Vấn đề"
        ]
    );
    let values = wb.worksheet_range("2025 Phường Tân Định").unwrap();
    let formulas = wb.worksheet_formula("2025 Phường Tân Định").unwrap();
    // Rows from the fifth (0-based 4, absolute positions): kp1, kp2 (its copy left out), kp5.
    let rows: Vec<(u32, &Session)> = [1usize, 2, 3]
        .iter()
        .zip(4u32..)
        .map(|(i, row)| (row, &sessions[*i].1))
        .collect();
    for (row, s) in &rows {
        let at = |col: u32| values.get_value((*row, col));
        assert_eq!(at(1), Some(&Data::String(s.cell.name.clone())));
        assert_eq!(number(at(3)), s.members.len() as f64);
        for (col, l) in (6u32..).zip(Level::ALL) {
            assert_eq!(
                number(at(col)),
                f64::from(proposed(s, l)),
                "{l:?} row {row}"
            );
        }
    }
    // The totals row: SUM formulas over the cells' rows (D5:D7 … K5:K7).
    let f = |row: u32, col: u32| formulas.get_value((row, col)).cloned().unwrap_or_default();
    assert_eq!(f(7, 3), "SUM(D5:D7)");
    assert_eq!(f(7, 6), "SUM(G5:G7)");
    assert_eq!(f(7, 9), "SUM(J5:J7)");
    assert_eq!(f(9, 6), "COUNTIF(L5:L7,\"HTXSNV\")");
    // The cap block over the cells under the committee (column P says which): Good,
    // Excellent, the percentage, the limit and the room, as formulas.
    let under = "P5:P7,\"trực thuộc\"";
    assert_eq!(f(12, 3), format!("SUMIF({under},H5:H7)"));
    assert_eq!(f(13, 3), format!("SUMIF({under},G5:G7)"));
    assert_eq!(f(15, 3), "INT(D13*D15/100)");
    assert_eq!(f(16, 3), "D16-D14");
    assert_eq!(f(12, 4), format!("COUNTIFS({under},L5:L7,\"HTTNV\")"));
    // The values cached with them are the roll-up's, checked against the sessions here.
    let good: u32 = rows.iter().map(|(_, s)| proposed(s, Level::Good)).sum();
    let excellent: u32 = rows
        .iter()
        .map(|(_, s)| proposed(s, Level::Excellent))
        .sum();
    assert_eq!(number(values.get_value((7, 7))), f64::from(good));
    assert_eq!(
        number(values.get_value((15, 3))),
        f64::from(good * 20 / 100)
    );
    let room = i64::from(good * 20 / 100) - i64::from(excellent);
    assert_eq!(number(values.get_value((16, 3))), room as f64);
    // The problems: the duplicate and the broken file.
    let problems = wb.worksheet_range("Vấn đề").unwrap();
    let kinds: Vec<String> = (1..problems.height() as u32)
        .map(|r| problems.get_value((r, 1)).unwrap().to_string())
        .collect();
    assert!(kinds.contains(&"trùng tệp".to_owned()), "{kinds:?}");
    assert!(
        kinds.contains(&"tệp không đọc được".to_owned()),
        "{kinds:?}"
    );
}

#[test]
fn the_report_names_every_cell_the_totals_and_the_committee() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = folder(tmp.path());
    let r = rollup::collect(&[tmp.path().to_owned()], &Filter::default());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let bytes = rollup::report::docx(&r, Lang::Vi, today).unwrap();
    let xml = chibo_testkit::package::document_xml(&bytes);
    // Figures are bound with no-break spaces in the DOCX.
    let xml = xml.replace('\u{a0}', " ");
    for (_, s) in &sessions {
        assert!(xml.contains(&s.cell.name), "{}", s.cell.name);
    }
    assert!(xml.contains("ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH"));
    assert!(xml.contains("ĐẢNG ỦY XÃ BÌNH CHÁNH"));
    assert!(xml.contains("Phường Tân Định, ngày 15 tháng 01 năm 2026"));
    // Committee A in 2025: kp1 (7), kp2 once (9: its copy is left out), kp5 (14).
    let members = 7 + 9 + 14;
    let t = r
        .totals
        .iter()
        .find(|t| t.committee == A && t.year == 2025)
        .unwrap();
    assert_eq!(t.members, members);
    assert!(xml.contains("Cộng (3 chi bộ)"));
    assert!(xml.contains(&format!("<w:t xml:space=\"preserve\">{members}</w:t>")));
    let limit = format!("tối đa {} (20%)", t.member_cap.unwrap().limit);
    assert!(xml.contains(&limit), "{limit}");
    // The duplicate is on the check list, not in the report.
    assert!(!xml.contains("nhiều tệp cho cùng chi bộ"));
}

#[test]
fn a_grassroots_cell_shows_its_own_cap_and_the_others_do_not() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = folder(tmp.path());
    let ap5 = &sessions[6].1;
    let filter = Filter {
        committee: Some(B.to_owned()),
        ..Filter::default()
    };
    let r = rollup::collect(&[tmp.path().to_owned()], &filter);
    let (x, g) = (proposed(ap5, Level::Excellent), proposed(ap5, Level::Good));
    for c in &r.cells {
        match c.cell.as_str() {
            "Chi bộ Ấp 5" => {
                let cap = c.own_cap.unwrap();
                assert_eq!((cap.excellent, cap.good, cap.limit), (x, g, g * 20 / 100));
            }
            _ => assert_eq!(c.own_cap, None, "{}", c.cell),
        }
    }
    let table = rollup::words::table(&r, Lang::Vi);
    let line = format!(
        "↳ Chi bộ cơ sở: HTXSNV/HTTNV {x}/{g}, tối đa {} (20%)",
        g * 20 / 100
    );
    assert!(table.contains(&line), "{table}");
    assert_eq!(table.matches('↳').count(), 1);
    // In the workbook, beside its row (the second: Ấp 4 first), as formulas.
    let bytes = rollup::xlsx::xlsx(&r, Lang::Vi).unwrap();
    let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let formulas = wb.worksheet_formula("2025 Xã Bình Chánh").unwrap();
    let values = wb.worksheet_range("2025 Xã Bình Chánh").unwrap();
    assert_eq!(
        values.get_value((5, 1)),
        Some(&Data::String("Chi bộ Ấp 5".into()))
    );
    assert_eq!(formulas.get_value((5, 13)).unwrap(), "INT(H6*20/100)");
    assert_eq!(formulas.get_value((5, 14)).unwrap(), "N6-G6");
    assert_eq!(number(values.get_value((5, 13))), f64::from(g * 20 / 100));
    let empty = |d: Option<&Data>| matches!(d, None | Some(Data::Empty));
    assert!(
        empty(values.get_value((4, 13))),
        "Ấp 4 is under the committee"
    );
    assert!(formulas.get_value((4, 13)).is_none_or(String::is_empty));
}

#[test]
fn the_cli_writes_the_workbook_and_the_report_under_their_default_names() {
    let tmp = tempfile::tempdir().unwrap();
    folder(tmp.path());
    let cwd = tmp.path().join("office");
    std::fs::create_dir(&cwd).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chibo"))
            .current_dir(&cwd)
            .arg("summary")
            .arg(tmp.path().join("b"))
            .args(args)
            .env("CHIBO_LOG_DIR", tmp.path().join("logs"))
            .output()
            .unwrap()
    };
    // Committee B's folder holds a broken file: a problem, exit 1.
    let out = run(&["--year", "2025", "--format", "xlsx", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "tong-hop-2025.xlsx"
    );
    let mut wb = Xlsx::new(std::fs::File::open(cwd.join("tong-hop-2025.xlsx")).unwrap()).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["2025 Xã Bình Chánh", "Not rated", "Problems"]
    );
    let values = wb.worksheet_range("2025 Xã Bình Chánh").unwrap();
    assert_eq!(
        values.get_value((3, 3)),
        Some(&Data::String("Members".into()))
    );
    assert_eq!(
        values.get_value((6, 1)),
        Some(&Data::String("Total (2 cells)".into()))
    );
    let out = run(&["--format", "docx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(cwd.join("tong-hop.docx").exists());
    let out = run(&["--format", "docx", "-o", "bao-cao.docx"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "bao-cao.docx");
    assert!(cwd.join("bao-cao.docx").exists());
}

/// Writes the sample folder to `$CHIBO_ROLLUP_SAMPLE` for `.ci/run`.
#[test]
#[ignore = "writes the sample folder for .ci/run"]
fn write_sample_folder() {
    let dir = std::env::var_os("CHIBO_ROLLUP_SAMPLE").expect("CHIBO_ROLLUP_SAMPLE");
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    let n = folder(dir).len();
    println!("{n} sessions and a broken file in {}", dir.display());
}
