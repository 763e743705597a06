//! Remarks in the meeting, as a secretary takes them down: added for a member or a guest,
//! edited, reordered, deleted, and given to another speaker after they are written.

use crate::support;

use chibo_core::domain::MemberId;
use chibo_core::i18n::Lang;
use chibo_tui::App;
use chibo_tui::Context;
use support::*;

fn id(s: &str) -> MemberId {
    MemberId::new(s)
}

#[test]
fn a_remarks_speaker_can_be_changed_after_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "PgDn", "n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Enter"]);
    type_text(&mut app, "Cần sinh hoạt đúng giờ.");
    keys(&mut app, &["Esc"]);
    let said = |app: &App| app.session().unwrap().collective.contributions[0].clone();
    assert_eq!(
        said(&app).speaker,
        chibo_core::domain::Speaker::Member(chibo_core::domain::MemberId::new("m1"))
    );
    // On the remark's row, `p`: Bình said it, not Ấn.
    // Above the report's adoption, the chair's conclusion and the contribution to add.
    keys(&mut app, &["End", "Up", "Up", "Up", "p"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Enter"]);
    assert_eq!(
        said(&app).speaker,
        chibo_core::domain::Speaker::Member(chibo_core::domain::MemberId::new("m2"))
    );
    assert_eq!(said(&app).text, "Cần sinh hoạt đúng giờ.", "the text stays");
    // Or a guest typed in.
    keys(&mut app, &["p"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Down", "Enter"]);
    assert_popup(&app, Context::Line, "Họ tên, chức vụ khách mời");
    type_text(&mut app, "Đại diện Đảng ủy phường");
    keys(&mut app, &["Enter"]);
    assert_eq!(
        said(&app).speaker,
        chibo_core::domain::Speaker::Guest("Đại diện Đảng ủy phường".into())
    );
}

#[test]
fn criticism_is_added_edited_reordered_and_deleted() {
    use chibo_core::domain::Speaker;
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "PgDn", "PgDn"]);
    // A member speaks first, then a guest typed by name.
    keys(&mut app, &["n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Enter"]);
    type_text(&mut app, "Ý kiến thứ nhất");
    keys(&mut app, &["Esc", "n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Down", "Enter"]);
    assert_popup(&app, Context::Line, "Họ tên, chức vụ khách mời");
    type_text(&mut app, "Đồng chí Hoàng Văn Khách");
    keys(&mut app, &["Enter"]);
    type_text(&mut app, "Ý kiến của khách");
    keys(&mut app, &["Esc"]);
    let r = load(&path).review(&id("m1")).unwrap().clone();
    assert_eq!(r.criticism.len(), 2);
    assert_eq!(
        r.criticism[1].speaker,
        Speaker::Guest("Đồng chí Hoàng Văn Khách".into())
    );
    // Rows: info, 3 texts, level, score, then the two remarks.
    keys(&mut app, &["Down", "Down", "Down", "Down", "Down", "Down"]);
    keys(&mut app, &["["]);
    let r = load(&path).review(&id("m1")).unwrap().clone();
    assert_eq!(r.criticism[0].text, "Ý kiến của khách", "moved up");
    keys(&mut app, &["Enter", "Bksp", "Bksp", "Bksp", "Bksp", "Bksp"]);
    type_text(&mut app, "mời");
    keys(&mut app, &["Esc"]);
    let r = load(&path).review(&id("m1")).unwrap().clone();
    assert_eq!(r.criticism[0].text, "Ý kiến của mời");
    keys(&mut app, &["x", "Enter"]);
    let r = load(&path).review(&id("m1")).unwrap().clone();
    assert_eq!(r.criticism.len(), 1);
    assert_eq!(r.criticism[0].text, "Ý kiến thứ nhất");
}
