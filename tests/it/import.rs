//! The roster from the committee's list: a CSV and an XLSX made here, read by their headers,
//! with a bad row, a duplicate, a member already there, NFD text and an English header; and a
//! ward's own list imported with the CLI as a secretary would.

use chibo_testkit::sessions as common;

use chibo_core::domain::{Membership, Post};
use chibo_files::import::{self, Column, Problem};

/// The committee's list as it comes: a title, a blank line, then the header.
const CSV: &str = "\u{feff}DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 3,,,,\n\
,,,,\n\
STT,Họ và tên,Năm sinh,Ngày vào Đảng,Chức vụ,Dự bị/Chính thức\n\
1,Nguyễn Văn An,1970,03/02/1995,Bí thư,Chính thức\n\
2,Le\u{302} Thi\u{323} Ho\u{300}a,1992,15/06/2025,,Dự bị\n\
3,Phạm Quốc Việt,1985,31/02/2010,,Chính thức\n\
4,,1990,01/01/2015,,\n\
5,Võ Thành Nam,1988,20/10/2012,Chi ủy viên,CT\n\
6,Võ Thành Nam,1988,20/10/2012,Chi ủy viên,CT\n";

#[test]
fn a_csv_list_is_read_by_its_headers_and_its_bad_rows_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("danh-sach.csv");
    std::fs::write(&file, CSV).unwrap();
    // The roster already has Nguyễn Văn An (born 1970).
    let mut s = common::empty();
    let mut an = chibo_core::domain::Member::new("m1", "Nguyễn Văn An");
    an.born = Some(1970);
    s.members.push(an);
    let p = import::preview(&s, &file).unwrap();
    let cols: Vec<Option<Column>> = p.columns.iter().map(|c| c.1).collect();
    assert_eq!(
        cols,
        [
            None,
            Some(Column::Name),
            Some(Column::Born),
            Some(Column::Admitted),
            Some(Column::Post),
            Some(Column::Membership)
        ]
    );
    assert_eq!(
        p.matched,
        vec![(4, "Nguyễn Văn An".to_owned())],
        "never duplicated"
    );
    let new: Vec<(usize, &str)> = p
        .new
        .iter()
        .map(|e| (e.row, e.member.name.as_str()))
        .collect();
    assert_eq!(
        new,
        [(5, "Lê Thị Hòa"), (8, "Võ Thành Nam")],
        "NFD arrives as NFC"
    );
    let hoa = &p.new[0].member;
    assert_eq!(hoa.membership, Membership::Probationary);
    assert_eq!(hoa.born, Some(1992));
    assert_eq!(p.new[1].member.post, Post::Committee);
    assert_eq!(p.problems.len(), 3, "{:?}", p.problems);
    assert!(matches!(
        p.problems[0],
        (
            6,
            Problem::BadDate {
                column: Column::Admitted,
                ..
            }
        )
    ));
    assert_eq!(p.problems[1], (7, Problem::NoName));
    assert_eq!(p.problems[2], (9, Problem::Duplicate { first_row: 8 }));
    // The commands add the two new members with free ids.
    let cmds = p.commands(&s);
    let mut after = s.clone();
    for c in cmds {
        after.apply(c, common::at()).unwrap();
    }
    let names: Vec<&str> = after.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Văn An", "Lê Thị Hòa", "Võ Thành Nam"]);
    let text = import::words::preview(&p, chibo_core::i18n::Lang::Vi);
    assert!(
        text.contains("Dòng 6: ngày vào Đảng không đọc được: “31/02/2010”"),
        "{text}"
    );
    assert!(text.contains("Dòng 9: trùng với dòng 8"), "{text}");
}

#[test]
fn an_xlsx_list_with_english_headers_and_real_dates() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("members.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (i, h) in [
        "No.",
        "Full name",
        "Date of birth",
        "Admitted",
        "Membership",
    ]
    .iter()
    .enumerate()
    {
        sheet.write(0, u16::try_from(i).unwrap(), *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write(1, 0, 1).unwrap();
    sheet.write(1, 1, "Trần Thị Bích Ngọc").unwrap();
    let born = ExcelDateTime::from_ymd(1991, 4, 30).unwrap();
    sheet.write_with_format(1, 2, &born, &date).unwrap();
    let admitted = ExcelDateTime::from_ymd(2016, 9, 2).unwrap();
    sheet.write_with_format(1, 3, &admitted, &date).unwrap();
    sheet.write(1, 4, "Official").unwrap();
    sheet.write(2, 0, 2).unwrap();
    sheet.write(2, 1, "Đỗ Minh Khôi").unwrap();
    sheet.write(2, 2, 1999).unwrap();
    sheet.write(2, 4, "Probationary").unwrap();
    book.save(&file).unwrap();
    let p = import::preview(&common::empty(), &file).unwrap();
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let ngoc = &p.new[0].member;
    assert_eq!(
        (ngoc.name.as_str(), ngoc.born),
        ("Trần Thị Bích Ngọc", Some(1991))
    );
    assert_eq!(ngoc.admitted.unwrap().to_string(), "2016-09-02");
    assert_eq!(p.new[1].member.membership, Membership::Probationary);
    assert_eq!(p.new[1].member.born, Some(1999));
}

#[test]
fn a_file_without_a_name_column_or_of_another_kind_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    std::fs::write(&csv, "a,b\n1,2\n").unwrap();
    let s = common::empty();
    assert!(matches!(
        import::preview(&s, &csv),
        Err(import::ImportError::NoHeader)
    ));
    let txt = dir.path().join("x.txt");
    std::fs::write(&txt, "Họ và tên\n").unwrap();
    assert!(matches!(
        import::preview(&s, &txt),
        Err(import::ImportError::UnknownKind)
    ));
}

#[test]
fn the_cli_shows_first_and_imports_with_yes() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("2025-kp3.ron");
    std::fs::write(
        &session,
        chibo_files::store::to_ron(&common::empty()).unwrap(),
    )
    .unwrap();
    let list = dir.path().join("ds.csv");
    std::fs::write(&list, CSV).unwrap();
    let run = |yes: bool| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_chibo"));
        c.args(["roster", "import"]).arg(&session).arg(&list);
        c.env("CHIBO_LOG_DIR", dir.path().join("logs"));
        if yes {
            c.arg("--yes");
        }
        c.output().unwrap()
    };
    // Without --yes and no terminal: the preview, and nothing changed.
    let out = run(false);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains("Thêm 3 đảng viên"), "{text}");
    assert!(
        chibo_files::store::load(&session)
            .unwrap()
            .members
            .is_empty()
    );
    let out = run(true);
    assert!(out.status.success());
    let s = chibo_files::store::load(&session).unwrap();
    assert_eq!(s.members.len(), 3);
    // Again: all three are already there.
    let text = String::from_utf8_lossy(&run(true).stdout).into_owned();
    assert!(text.contains("Thêm 0 đảng viên"), "{text}");
    assert_eq!(chibo_files::store::load(&session).unwrap().members.len(), 3);
}

/// `chibo roster import` with the list Tổ dân phố 4 sent: the preview names each member's
/// membership and the column it came from; the saved roster keeps Xuân probationary, Khôi
/// exempt, Bảy elsewhere, and "Đ/c" out of Tùng's name; the majority base is 3.
#[test]
fn the_cli_imports_a_ward_list_as_sent() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("2025-tdp4.ron");
    std::fs::write(
        &session,
        chibo_files::store::to_ron(&common::empty()).unwrap(),
    )
    .unwrap();
    let list = chibo_testkit::stored::fixture("ward_lists", "danh-sach-to-dan-pho-4.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(["roster", "import"])
        .arg(&session)
        .arg(&list)
        .arg("--yes")
        .env("CHIBO_LOG_DIR", dir.path().join("logs"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    for line in [
        "Thêm 6 đảng viên:",
        "  Dòng  Họ và tên              Chính thức/dự bị  Theo",
        "  5     Phan Văn Tùng          chính thức        “Ngày chính thức”: 03/02/1986",
        "  8     Nguyễn Thị Thanh Xuân  dự bị             “Ghi chú”: DB; “Ngày chính thức” trống, \
         vào Đảng 02/09/2025 (chưa đủ một năm)",
        "        miễn sinh hoạt (“Ghi chú”: Miễn SH)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    let s = chibo_files::store::load(&session).unwrap();
    let by = |name: &str| s.members.iter().find(|m| m.name == name).unwrap();
    assert_eq!(
        by("Nguyễn Thị Thanh Xuân").membership,
        Membership::Probationary
    );
    assert_eq!(by("Phan Văn Tùng").membership, Membership::Official);
    assert!(by("Trần Đình Khôi").exempt);
    assert!(by("Hà Văn Bảy").temporary_elsewhere.is_some());
    assert_eq!(s.denominator(), 3);
}
