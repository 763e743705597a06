//! The record in the app (issue 16, items 6 and 7): finalizing names every blank before it
//! seals; a reopening sets the exports of the sealed minutes aside as superseded and the next
//! finalize offers to write them again; the meeting's own steps (the purpose, the agenda, the
//! counting team's election, the chair's conclusion on the report and its adoption, the cell's
//! request) are entered on the steps where the meeting does them.

use crate::support;

use chibo_core::domain::{MotionOf, VoteMethod};
use chibo_core::i18n::Lang;
use chibo_tui::Context;
use support::*;

/// Every step from the opening to the close of a one-member meeting.
const TO_CLOSE: usize = 6;

fn to_close(app: &mut chibo_tui::App) {
    for _ in 0..TO_CLOSE {
        keys(app, &["PgDn"]);
    }
}

#[test]
fn finalizing_names_every_blank_before_it_seals() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c"]);
    // Ấn voted Good by secret ballot; Bình not yet.
    keys(&mut app, &["PgDn", "PgDn", "b"]);
    assert_eq!(app.context(), Context::Form, "the tally form");
    keys(&mut app, &["Down"]);
    type_text(&mut app, "2");
    keys(&mut app, &["Enter"]);
    let m1 = chibo_core::domain::MemberId::new("m1");
    assert!(
        app.session().unwrap().proposed(&m1).is_some(),
        "Ấn is rated"
    );
    for _ in 0..TO_CLOSE {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["f"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    let asked = popup_lines(&app, 120, 40, "Xác nhận").join(" ");
    for blank in [
        "chưa xếp loại: Trần Thị Bình",
        "chưa có nội dung tự kiểm điểm: Nguyễn Văn Ấn, Trần Thị Bình",
        "chưa có kết luận của chủ trì: Nguyễn Văn Ấn, Trần Thị Bình",
        "chưa có báo cáo kiểm điểm của tập thể chi bộ",
        "có bỏ phiếu kín nhưng chưa ghi tổ kiểm phiếu và tổ trưởng",
        "chưa ghi giờ kết thúc",
    ] {
        assert!(asked.contains(blank), "{blank:?} not named:\n{asked}");
    }
    // Asked once: yes seals.
    keys(&mut app, &["Enter"]);
    assert!(app.session().unwrap().status.is_finalized());
}

#[test]
fn a_reopening_sets_the_exports_aside_and_the_next_finalize_offers_them_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c"]);
    to_close(&mut app);
    keys(&mut app, &["f", "Enter"]);
    assert!(load(&path).status.is_finalized());
    // Every format of the minutes, and the list as a spreadsheet.
    keys(&mut app, &["e", "Enter"]);
    let minutes = dir.path().join("2025-kdc7.bien-ban.docx");
    assert!(minutes.is_file());
    keys(&mut app, &["e", "End", "Enter"]);
    let list = dir.path().join("2025-kdc7.danh-sach-de-nghi.xlsx");
    assert!(list.is_file());
    keys(&mut app, &["o"]);
    type_text(&mut app, "Sửa tên khách mời");
    keys(&mut app, &["Enter"]);
    assert!(!load(&path).status.is_finalized());
    // Set aside, marked with the reopening's time (the app's clock: 15/12/2025 09:30).
    assert!(
        !minutes.exists() && !list.exists(),
        "the sealed exports are superseded"
    );
    let aside = |name: &str| dir.path().join(name).is_file();
    assert!(aside("2025-kdc7.bien-ban-thay-the-20251215-093000.docx"));
    assert!(aside("2025-kdc7.bien-ban-thay-the-20251215-093000.md"));
    assert!(aside("2025-kdc7.ket-qua-thay-the-20251215-093000.csv"));
    assert!(aside(
        "2025-kdc7.danh-sach-de-nghi-thay-the-20251215-093000.xlsx"
    ));
    assert!(
        screen(&app, 120, 40).contains("thay-the"),
        "the user is told"
    );
    // Sealed again: the app offers to write them anew, the list with the minutes.
    keys(&mut app, &["f", "Enter"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    let asked = popup_lines(&app, 120, 40, "Xác nhận").join(" ");
    assert!(asked.contains("Xuất lại"), "{asked}");
    keys(&mut app, &["Enter"]);
    assert!(minutes.is_file() && list.is_file());
    assert!(
        aside("2025-kdc7.bien-ban-thay-the-20251215-093000.docx"),
        "kept"
    );
}

#[test]
fn the_meetings_own_steps_are_entered_where_they_happen() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c"]);
    // The opening: under the start time, the purpose, then the agenda's vote.
    keys(&mut app, &["Down", "Down", "Down", "Enter"]);
    assert_popup(&app, Context::Editor, "Mục đích, yêu cầu");
    type_text(&mut app, "Đánh giá đúng thực chất");
    keys(&mut app, &["Esc", "Down", "Enter"]);
    assert_popup(&app, Context::Form, "Thông qua chương trình");
    keys(&mut app, &["Enter"]);
    // Above the guests' row, the counting team's election.
    keys(&mut app, &["End", "Up", "Enter"]);
    assert_popup(&app, Context::Form, "Bầu tổ kiểm phiếu");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert_eq!(s.meeting.purpose, "Đánh giá đúng thực chất");
    let agenda = s.motion(MotionOf::Agenda).copied().unwrap();
    assert_eq!((agenda.method, agenda.agree), (VoteMethod::ShowOfHands, 2));
    assert!(s.motion(MotionOf::CountingTeam).is_some());
    // The collective review: the chair's conclusion, then the report adopted.
    keys(&mut app, &["PgDn", "End", "Up", "Enter"]);
    assert_popup(&app, Context::Editor, "Kết luận của chủ trì");
    type_text(&mut app, "Thống nhất với báo cáo");
    keys(&mut app, &["Esc", "End", "Enter"]);
    assert_popup(&app, Context::Form, "Thông qua báo cáo");
    keys(&mut app, &["Enter"]);
    // The summary: the cell's request, its last row.
    for _ in 0..4 {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["End", "Enter"]);
    assert_popup(&app, Context::Editor, "Kiến nghị của chi bộ");
    type_text(&mut app, "Đề nghị khen thưởng");
    keys(&mut app, &["Esc"]);
    let s = load(&path);
    assert_eq!(s.collective.conclusion, "Thống nhất với báo cáo");
    assert!(s.collective.adoption.is_some());
    assert_eq!(s.meeting.request, "Đề nghị khen thưởng");
    // And the minutes say it.
    let text =
        String::from_utf8(chibo_docs::render(&s, chibo_docs::Format::Txt, Lang::Vi).unwrap())
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    for said in [
        "nêu mục đích, yêu cầu: Đánh giá đúng thực chất.",
        "Hội nghị biểu quyết thông qua chương trình hội nghị",
        "Kết luận của chủ trì: Thống nhất với báo cáo",
        "Hội nghị biểu quyết thông qua báo cáo kiểm điểm của tập thể chi bộ",
        "Hội nghị bầu tổ kiểm phiếu",
        "Kiến nghị của chi bộ: Đề nghị khen thưởng.",
    ] {
        assert!(text.contains(said), "{said:?}");
    }
}
