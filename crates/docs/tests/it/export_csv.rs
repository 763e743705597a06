//! The CSV results table: exact header, one row per member in review order, each field as the
//! domain judges it.

use chibo_testkit::meeting as export_support;

use chibo_core::i18n::Lang;
use chibo_docs::{Format, csv, render};
use export_support::*;
use std::path::Path;

const HEADER: &str = "no,member_id,full_name,membership,reviewed,attendance,self_assessed,\
votes_excellent,votes_good,votes_complete,votes_not_complete,denominator,proposed,findings";

fn rows(lang: Lang) -> Vec<Vec<String>> {
    let bytes = render(&finished(), Format::Csv, lang).unwrap();
    let mut r = ::csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header.join(","), HEADER);
    r.records()
        .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn header_is_exact_and_first() {
    let bytes = render(&finished(), Format::Csv, Lang::Vi).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().next(), Some(HEADER));
    assert_eq!(csv::header().join(","), HEADER);
}

#[test]
fn one_row_per_member_review_order_first() {
    let rows = rows(Lang::Vi);
    let ids: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    // Secretary, deputy, the others reviewed in roster order, then the two not reviewed.
    assert_eq!(ids, ["m1", "m2", "m3", "m4", "m5", "m8", "m9", "m6", "m7"]);
    let nos: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(nos, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
}

#[test]
fn a_rated_member_field_by_field() {
    let rows = rows(Lang::Vi);
    let bich = &rows[1];
    assert_eq!(
        bich,
        &[
            "2",
            "m2",
            "Trần Thị Bích",
            "official",
            "yes",
            "present",
            "HTXSNV",
            "0",
            "3",
            "0",
            "0",
            "4",
            "HTTNV",
            ""
        ]
    );
}

#[test]
fn findings_and_probationary_and_excused() {
    let rows = rows(Lang::Vi);
    let cuong = &rows[2];
    assert_eq!(cuong[6], "HTXSNV");
    assert_eq!(cuong[12], "HTXSNV");
    assert_eq!(
        cuong[13], "",
        "the cap is a finding about the session, not a member"
    );
    let dung = &rows[3];
    assert_eq!(dung[3], "probationary");
    let em = &rows[4];
    assert_eq!(em[5], "excused: ốm, nằm viện");
    assert_eq!(em[6], "");
    assert_eq!(&em[7..11], ["", "", "", ""], "no round held");
    assert_eq!(em[12], "");
    assert_eq!(em[13], "review-later");
    let khoa = &rows[6];
    assert_eq!(khoa[5], "unexcused");
    assert_eq!(khoa[13], "review-later");
}

#[test]
fn not_reviewed_reason_in_each_language() {
    let vi = rows(Lang::Vi);
    assert_eq!(vi[7][2], "Đỗ Thị Phương");
    assert_eq!(vi[7][4], "no: miễn công tác và sinh hoạt đảng");
    assert_eq!(vi[8][4], "no: kết nạp ngày 01/09/2025, chưa đủ 6 tháng");
    let en = rows(Lang::En);
    assert_eq!(en[7][4], "no: exempt from work and party activity");
    assert_eq!(
        en[8][4],
        "no: admitted on 01/09/2025, less than 6 months ago"
    );
    assert_eq!(en[8][3], "probationary");
}

#[test]
fn unanswered_findings_are_listed_by_rule_id() {
    let mut s = finished();
    s.apply(
        chibo_core::domain::Command::UndoVote { member: id("m4") },
        at(16, 0),
    )
    .unwrap();
    let bytes = render(&s, Format::Csv, Lang::Vi).unwrap();
    let mut r = ::csv::Reader::from_reader(&bytes[..]);
    let dung: Vec<String> = r
        .records()
        .nth(3)
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(dung[1], "m4");
    assert_eq!(dung[12], "");
    // Not rated, and without the chair's conclusion: a blank of the record (issue 16).
    assert_eq!(dung[13], "not-rated;unfinished");
}

#[test]
fn the_default_path_of_every_paper() {
    use chibo_docs::papers::{OutFormat, Paper, default_path};
    let p = Path::new("/x/sessions/2025-kp3.ron");
    let done = chibo_core::domain::demo::finished_session(3, 2025);
    let mut draft = done.clone();
    draft.status = chibo_core::domain::Status::Draft;
    let m = OutFormat::Minutes;
    for (s, paper, f, want) in [
        (
            &done,
            Paper::Minutes,
            m(Format::Csv),
            "2025-kp3.ket-qua.csv",
        ),
        (
            &done,
            Paper::Minutes,
            m(Format::Docx),
            "2025-kp3.bien-ban.docx",
        ),
        (&done, Paper::Minutes, m(Format::Md), "2025-kp3.bien-ban.md"),
        (
            &draft,
            Paper::Minutes,
            m(Format::Csv),
            "2025-kp3.ket-qua-du-thao.csv",
        ),
        (
            &draft,
            Paper::Minutes,
            m(Format::Txt),
            "2025-kp3.bien-ban-du-thao.txt",
        ),
        (
            &done,
            Paper::List,
            OutFormat::Xlsx,
            "2025-kp3.danh-sach-de-nghi.xlsx",
        ),
        (
            &draft,
            Paper::List,
            OutFormat::Xlsx,
            "2025-kp3.danh-sach-de-nghi-du-thao.xlsx",
        ),
        // The papers of the meeting itself are never drafts.
        (
            &draft,
            Paper::Ballots,
            m(Format::Docx),
            "2025-kp3.phieu-danh-gia.docx",
        ),
        (
            &draft,
            Paper::Counting,
            m(Format::Md),
            "2025-kp3.bien-ban-kiem-phieu.md",
        ),
    ] {
        assert_eq!(
            default_path(s, p, paper, f),
            Path::new("/x/sessions").join(want),
            "{paper:?} {f:?}"
        );
    }
}

/// Names and reasons that a spreadsheet would evaluate (a live `HYPERLINK`, a sum) are written
/// with a leading `'`: the cell stays text. Nothing else is changed.
#[test]
fn formula_like_cells_are_neutralised() {
    let mut s = finished();
    let names = [
        ("m1", "=HYPERLINK(\"http://x.example\",\"Nguyễn Văn An\")"),
        ("m2", "+84 Trần Thị Bích"),
        ("m3", "-Lê Văn Cường"),
        ("m4", "@SUM(A1:A9)"),
    ];
    for (id_, name) in names {
        s.members
            .iter_mut()
            .find(|m| m.id.as_str() == id_)
            .unwrap()
            .name = name.to_owned();
    }
    let bytes = render(&s, Format::Csv, Lang::Vi).unwrap();
    let mut r = ::csv::Reader::from_reader(&bytes[..]);
    let cells: Vec<(String, String)> = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            (rec[1].to_owned(), rec[2].to_owned())
        })
        .collect();
    for (id_, name) in names {
        let (_, written) = cells.iter().find(|(i, _)| i == id_).unwrap();
        assert_eq!(written, &format!("'{name}"), "{id_}");
    }
    let (_, plain) = cells.iter().find(|(i, _)| i == "m5").unwrap();
    assert!(!plain.starts_with('\''), "{plain}");
}

/// The function the roll-up's CSV is to share.
#[test]
fn spreadsheet_safe_prefixes_only_what_starts_a_formula() {
    for c in ["=1", "+1", "-1", "@a", "\t1", "\r1"] {
        assert_eq!(csv::spreadsheet_safe(c), format!("'{c}"));
    }
    assert_eq!(csv::spreadsheet_safe("Nguyễn = An"), "Nguyễn = An");
    assert_eq!(csv::spreadsheet_safe(""), "");
}

#[test]
fn a_reopening_supersedes_the_sealed_papers_under_a_name_of_their_own() {
    use chibo_docs::papers::{OutFormat, Paper, final_exports, superseded_path};
    let p = Path::new("/x/sessions/2025-kp3.ron");
    let finals = final_exports(p);
    let names: Vec<String> = finals
        .iter()
        .map(|(_, _, path)| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "2025-kp3.bien-ban.docx",
            "2025-kp3.bien-ban.md",
            "2025-kp3.bien-ban.txt",
            "2025-kp3.ket-qua.csv",
            "2025-kp3.bien-ban-kiem-phieu.docx",
            "2025-kp3.bien-ban-kiem-phieu.md",
            "2025-kp3.bien-ban-kiem-phieu.txt",
            "2025-kp3.danh-sach-de-nghi.docx",
            "2025-kp3.danh-sach-de-nghi.md",
            "2025-kp3.danh-sach-de-nghi.txt",
            "2025-kp3.danh-sach-de-nghi.xlsx",
        ]
    );
    assert!(
        !finals.iter().any(|(paper, _, _)| *paper == Paper::Ballots),
        "blank ballots are never superseded"
    );
    assert!(finals.contains(&(
        Paper::List,
        OutFormat::Xlsx,
        p.with_file_name("2025-kp3.danh-sach-de-nghi.xlsx")
    )));
    let at = chrono::NaiveDate::from_ymd_opt(2025, 12, 16)
        .unwrap()
        .and_hms_opt(9, 5, 7)
        .unwrap();
    assert_eq!(
        superseded_path(&p.with_file_name("2025-kp3.bien-ban.docx"), at),
        p.with_file_name("2025-kp3.bien-ban-thay-the-20251216-090507.docx")
    );
}
