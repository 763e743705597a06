//! Lists as wards send them: a member marked probationary in each way a list says it (a status
//! column, a mark under "Dự bị" or "Chính thức", a note, an empty "Ngày chính thức" after a
//! recent admission), rows whose sources disagree or say nothing set aside with their number,
//! names typed with a title, the majority base after the import, and the examples in
//! `tests/ward_lists` (and the UTF-16 one's rows, as decoded).

use chibo_testkit::sessions as common;
use chibo_testkit::stored::fixture;

use chibo_core::domain::{Exclusion, Member, Membership, Session};
use chibo_core::i18n::Lang;
use chibo_files::import::{self, Admission, Entry, How, Preview, Problem, Said};

/// Rows from lines of cells split at `sep`, the way a sheet is read.
fn rows(text: &str, sep: char) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split(sep).map(str::to_owned).collect())
        .collect()
}

/// The preview of `text` (commas) against an empty roster; the meeting is on 15/12/2025.
fn preview(text: &str) -> Preview {
    import::preview_rows(&common::empty(), &rows(text, ',')).unwrap()
}

fn entry<'a>(p: &'a Preview, name: &str) -> &'a Entry {
    p.new
        .iter()
        .find(|e| e.member.name == name)
        .unwrap_or_else(|| panic!("{name} not added: {p:#?}"))
}

fn said(column: &str, cell: &str, how: How, membership: Membership) -> Said {
    Said {
        column: column.into(),
        cell: cell.into(),
        how,
        membership,
    }
}

const KHOA: &str = "Ngô Minh Khoa";

#[test]
fn a_status_column_in_any_case_or_accents() {
    let p = preview(
        "STT,Họ và tên,Năm sinh,Đảng viên CT/DB\n\
         1,Nguyễn Văn An,1970,CT\n\
         2,Ngô Minh Khoa,1995,db\n\
         3,Trần Thị Bình,1980,Chính Thức\n\
         4,Lê Văn Cường,1990,du bi\n\
         5,Phạm Thị Dung,1985,ĐẢNG VIÊN DỰ BỊ\n",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let kinds: Vec<Membership> = p.new.iter().map(|e| e.member.membership).collect();
    use Membership::{Official as O, Probationary as P};
    assert_eq!(kinds, [O, P, O, P, P]);
    assert_eq!(
        entry(&p, KHOA).said,
        [said("Đảng viên CT/DB", "db", How::Words, P)]
    );
}

#[test]
fn a_mark_under_du_bi_the_others_official() {
    let p = preview(
        "Họ và tên,Năm sinh,Dự bị\n\
         Nguyễn Văn An,1970,\n\
         Ngô Minh Khoa,1995,x\n\
         Trần Thị Bình,1980,✓\n",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let khoa = entry(&p, KHOA);
    assert_eq!(khoa.member.membership, Membership::Probationary);
    assert_eq!(
        khoa.said,
        [said("Dự bị", "x", How::Mark, Membership::Probationary)]
    );
    let an = entry(&p, "Nguyễn Văn An");
    assert_eq!(an.member.membership, Membership::Official);
    assert_eq!(an.said[0].how, How::NoMark);
    assert_eq!(
        entry(&p, "Trần Thị Bình").member.membership,
        Membership::Probationary
    );
}

#[test]
fn marks_under_both_columns_and_a_row_marked_in_neither() {
    let p = preview(
        "Họ và tên,Chính thức,Dự bị\n\
         Nguyễn Văn An,1,\n\
         Ngô Minh Khoa,,có\n\
         Trần Thị Bình,,\n\
         Lê Văn Cường,x,x\n",
    );
    assert_eq!(
        entry(&p, "Nguyễn Văn An").member.membership,
        Membership::Official
    );
    assert_eq!(entry(&p, KHOA).member.membership, Membership::Probationary);
    assert_eq!(p.new.len(), 2);
    assert_eq!(
        p.problems[0],
        (
            4,
            Problem::NoMembership {
                read: vec!["Dự bị".into(), "Chính thức".into()]
            }
        )
    );
    assert!(matches!(p.problems[1], (5, Problem::Disagree(_))));
}

/// The list: Khoa admitted in 2024, still waiting to be made official, "Dự bị" in the
/// note; the others have their date of becoming official.
#[test]
fn a_note_naming_it() {
    let p = preview(
        "Họ và tên,Ngày vào Đảng,Ngày chính thức,Ghi chú\n\
         Nguyễn Văn An,03/02/1995,03/02/1996,\n\
         Ngô Minh Khoa,20/10/2024,,Dự bị\n\
         Trần Thị Bình,19/05/2001,19/05/2002,Miễn SH\n",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let khoa = entry(&p, KHOA);
    assert_eq!(khoa.member.membership, Membership::Probationary);
    assert_eq!(
        khoa.said,
        [said(
            "Ghi chú",
            "Dự bị",
            How::Words,
            Membership::Probationary
        )]
    );
    let an = entry(&p, "Nguyễn Văn An");
    assert_eq!(
        an.said,
        [said(
            "Ngày chính thức",
            "03/02/1996",
            How::OfficialOn,
            Membership::Official
        )]
    );
    // The note's other news: an exemption, shown with the note.
    let binh = entry(&p, "Trần Thị Bình");
    assert!(binh.member.exempt && binh.member.membership == Membership::Official);
    assert_eq!(binh.noted, Some(("Ghi chú".into(), "Miễn SH".into())));
}

#[test]
fn an_empty_date_of_becoming_official_after_a_recent_admission() {
    let p = preview(
        "Họ và tên,Ngày vào Đảng,Ngày chính thức\n\
         Nguyễn Văn An,03/02/1995,03/02/1996\n\
         Ngô Minh Khoa,01/03/2025,\n\
         Trần Thị Bình,16/12/2024,\n\
         Lê Văn Cường,15/12/2024,\n",
    );
    let admitted = common::d(2025, 3, 1);
    assert_eq!(
        entry(&p, KHOA).said,
        [said(
            "Ngày chính thức",
            "",
            How::NoOfficialDate(Admission::On(admitted)),
            Membership::Probationary
        )]
    );
    // A year to the day before the meeting is a year: the empty date says nothing then.
    assert_eq!(
        entry(&p, "Trần Thị Bình").member.membership,
        Membership::Probationary
    );
    assert_eq!(
        p.problems,
        [(
            5,
            Problem::NoMembership {
                read: vec!["Ngày chính thức".into()]
            }
        )]
    );
    // A date of becoming official after the meeting: probationary at the meeting.
    let later = preview("Họ và tên,Ngày chính thức\nNgô Minh Khoa,20/12/2025\n");
    assert_eq!(later.new[0].member.membership, Membership::Probationary);
}

#[test]
fn a_merged_header_over_the_two_dates_of_admission() {
    let p = preview(
        "STT,Họ và tên,Ngày vào Đảng,,Ghi chú\n\
         ,,Dự bị,Chính thức,\n\
         1,Nguyễn Văn An,03/02/1995,03/02/1996,\n\
         2,Ngô Minh Khoa,01/08/2025,,\n",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let khoa = entry(&p, KHOA);
    assert_eq!(khoa.row, 4);
    assert_eq!(khoa.member.membership, Membership::Probationary);
    assert_eq!(khoa.said[0].column, "Ngày vào Đảng / Chính thức");
    assert_eq!(khoa.member.admitted, Some(common::d(2025, 8, 1)));
}

#[test]
fn sources_that_disagree_or_say_nothing_clearly_set_the_row_aside_with_its_number() {
    let p = preview(
        "DANH SÁCH ĐẢNG VIÊN,,,\n\
         Họ và tên,Ngày vào Đảng,Ngày chính thức,Ghi chú\n\
         Nguyễn Văn An,03/02/1995,03/02/1996,\n\
         Ngô Minh Khoa,03/02/2015,03/02/2016,DB\n\
         Trần Thị Bình,03/02/2015,,Chờ chuyển chính thức\n\
         Lê Văn Cường,,,\n",
    );
    assert_eq!(p.new.len(), 1, "{:#?}", p.new);
    let (row, why) = &p.problems[0];
    assert_eq!(*row, 4);
    assert_eq!(
        *why,
        Problem::Disagree(vec![
            said("Ghi chú", "DB", How::Words, Membership::Probationary),
            said(
                "Ngày chính thức",
                "03/02/2016",
                How::OfficialOn,
                Membership::Official
            ),
        ])
    );
    assert!(matches!(&p.problems[1], (5, Problem::Unclear { column, .. }) if column == "Ghi chú"));
    assert!(matches!(&p.problems[2], (6, Problem::NoMembership { .. })));
    let vi = import::words::preview(&p, Lang::Vi);
    assert!(
        vi.contains(
            "Dòng 4: các cột ghi khác nhau: “Ghi chú”: DB → dự bị; \
             “Ngày chính thức”: 03/02/2016 → chính thức"
        ),
        "{vi}"
    );
    assert!(
        vi.contains("Dòng 5: “Ghi chú”: không rõ “Chờ chuyển chính thức” là chính thức hay dự bị"),
        "{vi}"
    );
    assert!(
        vi.contains("Dòng 6: không ghi chính thức hay dự bị (đã xem “Ngày chính thức”, “Ghi chú”)"),
        "{vi}"
    );
    let en = import::words::preview(&p, Lang::En);
    assert!(
        en.contains("Row 4: the columns disagree: “Ghi chú”: DB → probationary"),
        "{en}"
    );
    // A list that says it nowhere: every row aside, never official by default.
    let none = preview("Họ và tên,Năm sinh\nNguyễn Văn An,1970\n");
    assert!(none.new.is_empty());
    assert_eq!(none.problems, [(2, Problem::NoMembership { read: vec![] })]);
}

#[test]
fn names_typed_with_a_title_are_imported_without_it() {
    let mut s = common::empty();
    s.members.push(Member::new("m1", "Lâm Thị Hạnh"));
    let list = "Họ và tên,Loại đảng viên\n\
                Đồng chí Lâm Thị Hạnh,Chính thức\n\
                Đ/c Phan Văn Tùng,Chính thức\n\
                đ/c Ngô Minh Khoa,Dự bị\n\
                ÔNG Trần Văn Ba,Chính thức\n";
    let p = import::preview_rows(&s, &rows(list, ',')).unwrap();
    assert_eq!(
        p.matched,
        [(2, "Lâm Thị Hạnh".to_owned())],
        "not added twice"
    );
    let names: Vec<&str> = p.new.iter().map(|e| e.member.name.as_str()).collect();
    assert_eq!(names, ["Phan Văn Tùng", KHOA, "Trần Văn Ba"]);
}

/// The list of Tổ dân phố 4 as the ward sent it (UTF-8): title rows, "Đ/c" in a name, a
/// probationary member by her note and her empty date, an exempt member, one elsewhere.
#[test]
fn the_ward_list_of_to_dan_pho_4() {
    let file = fixture("ward_lists", "danh-sach-to-dan-pho-4.csv");
    let mut s = common::empty();
    let p = import::preview(&s, &file).unwrap();
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let got: Vec<(usize, &str, Membership)> = p
        .new
        .iter()
        .map(|e| (e.row, e.member.name.as_str(), e.member.membership))
        .collect();
    use Membership::{Official as O, Probationary as P};
    assert_eq!(
        got,
        [
            (5, "Phan Văn Tùng", O),
            (6, "Lê Thị Ngọc Hà", O),
            (7, "Trần Đình Khôi", O),
            (8, "Nguyễn Thị Thanh Xuân", P),
            (9, "Võ Minh Quân", O),
            (10, "Hà Văn Bảy", O),
        ]
    );
    let xuan = entry(&p, "Nguyễn Thị Thanh Xuân");
    let columns: Vec<&str> = xuan.said.iter().map(|s| s.column.as_str()).collect();
    assert_eq!(columns, ["Ghi chú", "Ngày chính thức"]);
    assert!(entry(&p, "Trần Đình Khôi").member.exempt);
    assert_eq!(
        entry(&p, "Hà Văn Bảy")
            .member
            .temporary_elsewhere
            .as_deref(),
        Some("CB KP 2 (đi làm xa)")
    );
    for c in p.commands(&s) {
        s.apply(c, common::at()).unwrap();
    }
    // The base: Tùng, Hà, Quân. Not Xuân (probationary, and admitted under 6 months: not
    // reviewed), not Khôi (exempt, not present), not Bảy (elsewhere).
    assert_eq!(s.denominator(), 3);
    let summary = s.summary();
    let xuan = s
        .members
        .iter()
        .find(|m| m.name == "Nguyễn Thị Thanh Xuân")
        .unwrap();
    assert!(
        summary.excluded.iter().any(|(id, why)| {
            *id == xuan.id && matches!(why, Exclusion::AdmittedRecently { .. })
        })
    );
    let text = import::words::preview(&p, Lang::Vi);
    assert!(
        text.contains(
            "8     Nguyễn Thị Thanh Xuân  dự bị             “Ghi chú”: DB; “Ngày chính thức” \
             trống, vào Đảng 02/09/2025 (chưa đủ một năm)"
        ),
        "{text}"
    );
    assert!(
        text.contains("miễn sinh hoạt (“Ghi chú”: Miễn SH)"),
        "{text}"
    );
}

/// The cell: nine members, Khoa probationary (empty "Ngày chính thức", "Dự bị" in the
/// note). Imported, the majority base is 8, not 9; he is still reviewed.
#[test]
fn an_imported_probationary_member_is_not_in_the_majority_base() {
    let mut list = String::from("Họ và tên,Ngày vào Đảng,Ngày chính thức,Ghi chú\n");
    for n in 1..=8 {
        list.push_str(&format!(
            "{},03/02/2000,03/02/2001,\n",
            common::member(n).name
        ));
    }
    list.push_str("Ngô Minh Khoa,20/03/2025,,Dự bị\n");
    let mut s: Session = common::empty();
    let p = preview(&list);
    assert_eq!(p.new.len(), 9, "{:?}", p.problems);
    for c in p.commands(&s) {
        s.apply(c, common::at()).unwrap();
    }
    assert_eq!(s.denominator(), 8);
    for m in &mut s.members {
        m.attendance = chibo_core::domain::Attendance::Present;
    }
    assert_eq!(s.voters_present(), 8);
    assert_eq!(s.summary().reviewed, 9, "a probationary member is reviewed");
}

/// The rows of `danh-sach-dv-chi-bo-ap-3.unicode-text.txt` as decoded (its UTF-16 decoding is
/// another change): marks under "CHÍNH THỨC" and "DỰ BỊ", years instead of dates.
#[test]
fn the_ward_list_of_ap_3_by_its_rows() {
    const AP_3: &str = "TT\tHỌ TÊN\tNĂM SINH\tVÀO ĐẢNG\tCHÍNH THỨC\tDỰ BỊ\tCHỨC VỤ\n\
                        1\tHuỳnh Thị Mỹ\t1970\t1995\t\t\n\
                        2\tLâm Văn Sáu\t1966\t1990\tx\t\tBí thư chi bộ\n\
                        3\tTạ Quang Vinh\t2000\t2025\t\tx\t\n";
    let s = common::empty();
    let p = import::preview_rows(&s, &rows(AP_3, '\t')).unwrap();
    let sau = entry(&p, "Lâm Văn Sáu");
    assert_eq!(sau.member.membership, Membership::Official);
    assert_eq!(sau.member.admitted, None, "a year is not a day");
    assert_eq!(
        p.problems,
        [
            (
                2,
                Problem::NoMembership {
                    read: vec!["DỰ BỊ".into(), "CHÍNH THỨC".into()]
                }
            ),
            // Admitted in 2025: the day decides whether he is reviewed at all.
            (4, Problem::AdmittedYear(2025)),
        ]
    );
    let earlier = AP_3.replace("\t2025\t", "\t2024\t");
    let p = import::preview_rows(&s, &rows(&earlier, '\t')).unwrap();
    assert_eq!(
        entry(&p, "Tạ Quang Vinh").member.membership,
        Membership::Probationary
    );
    assert_eq!(p.problems.len(), 1);
    assert_eq!(
        import::words::problem(&Problem::AdmittedYear(2025), Lang::Vi),
        "ngày vào Đảng chỉ ghi năm 2025: cần ngày đầy đủ để biết đã đủ 6 tháng chưa"
    );
}
