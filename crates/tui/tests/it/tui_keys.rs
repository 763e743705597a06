//! The way of a key: popups answer through the app and never lose or swallow a key meant for
//! what is under them; their keys are in the key table, so `?`/F1 lists them.

use crate::support;

use chibo_core::domain::Membership;
use chibo_core::i18n::Lang;
use chibo_tui::App;
use chibo_tui::{Context, StepKeys};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::*;

fn f1(app: &mut App) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::F(1),
        KeyModifiers::NONE,
    )));
}

#[test]
fn the_chair_picker_of_an_empty_roster_takes_letters_and_enter() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &[], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    // Open, then the chair: a picker with nobody in it, saying why.
    keys(&mut app, &["Enter", "t"]);
    assert_picker(&app, "Chủ trì");
    assert!(screen(&app, 80, 24).contains("Chưa có đảng viên nào có mặt"));
    // Letters and arrows find nothing and keep it open; Enter closes it, choosing nobody.
    keys(&mut app, &["a", "Đ", "z", "Down", "Up"]);
    assert_picker(&app, "Chủ trì");
    keys(&mut app, &["Enter"]);
    let opening = Context::Meeting {
        step: StepKeys::Opening,
        read_only: false,
    };
    assert_eq!(app.context(), opening, "closed, back on the step");
    assert_eq!(app.session().unwrap().meeting.chair, None);
    assert!(!app.should_quit());
}

#[test]
fn a_key_typed_while_a_message_shows_is_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("2025-hong.ron"), "(schema: 1, id: ").unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    // The broken file is listed with its error; Enter on it shows the error in a box.
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Message, "Lỗi");
    // `n` closes the box and goes on to Home: the new-session form opens.
    keys(&mut app, &["n"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
    assert!(!screen(&app, 80, 24).contains(" Lỗi "));
}

#[test]
fn esc_or_enter_closes_a_message_and_goes_no_further() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("2025-hong.ron"), "(").unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Message, "Lỗi");
    keys(&mut app, &["Esc"]);
    assert!(!app.should_quit(), "Esc closed the box, not the app");
    assert_eq!(app.context(), Context::Home);
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Message, "Lỗi");
    keys(&mut app, &["Enter"]);
    assert_eq!(app.context(), Context::Home, "closed, and not opened again");
    assert!(!screen(&app, 80, 24).contains(" Lỗi "));
}

#[test]
fn a_forms_keys_are_in_its_help() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
    f1(&mut app);
    // The keys are read in the help box, not in the form's own hint line under it.
    assert_popup(&app, Context::Help, "Phím tắt");
    let help = popup_lines(&app, 120, 40, "Phím tắt");
    for (key, label) in [
        ("Enter", "lưu"),
        ("Esc", "hủy"),
        ("Tab/↓", "ô sau"),
        ("S-Tab/↑", "ô trước"),
        ("Ctrl+U", "xóa ô"),
    ] {
        assert!(
            help.iter().any(|l| shows_binding(l, key, label)),
            "{key} {label} in:\n{}",
            help.join("\n")
        );
    }
    // Help closes with Esc and the form is still there, as it was.
    keys(&mut app, &["Esc"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
}

#[test]
fn ctrl_u_clears_a_prefilled_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ 5");
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
    type_text(&mut app, "Chi bộ 6");
    keys(&mut app, &["Enter"]);
    let s = app.session().expect("created and opened");
    assert_eq!(s.cell.name, "Chi bộ 6");
}

#[test]
fn the_export_notice_takes_no_key() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    for _ in 0..4 {
        keys(&mut app, &["PgDn"]);
    }
    // Summary: export the text minutes; the path shows in the bottom line.
    keys(&mut app, &["e"]);
    assert_picker(&app, "Xuất biên bản");
    keys(&mut app, &["Down", "Down", "Down", "Enter"]);
    let shown = screen(&app, 120, 40);
    assert!(
        shown.contains("Đã ghi") && shown.contains(".txt"),
        "{shown}"
    );
    // A session not finalized is exported as a draft, in its file name too.
    assert!(shown.contains("du-thao"), "{shown}");
    let before = app.session().unwrap().step.clone();
    keys(&mut app, &["PgDn"]);
    assert_ne!(app.session().unwrap().step, before, "PgDn moved on at once");
}

#[test]
fn esc_on_a_form_with_typed_data_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    // Untouched: Esc closes at once.
    keys(&mut app, &["n"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
    keys(&mut app, &["Esc"]);
    assert_eq!(app.context(), Context::Home);
    assert!(!screen(&app, 80, 24).contains("Phiên họp mới"));
    // Typed in: Esc asks; "k" (no) keeps the form with what was typed.
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ 5");
    keys(&mut app, &["Esc"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    assert!(screen(&app, 80, 24).contains("Bỏ những gì vừa nhập"));
    keys(&mut app, &["k"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
    assert!(screen(&app, 80, 24).contains("Chi bộ 5"));
    keys(&mut app, &["Esc"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["c"]);
    assert_eq!(app.context(), Context::Home, "dropped, as confirmed");
    assert!(!screen(&app, 80, 24).contains("Phiên họp mới"));
}

#[test]
fn a_prefilled_date_is_replaced_by_what_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ 5");
    // To the date (prefilled with today), then type another one over it.
    keys(&mut app, &["Tab", "Tab", "Tab"]);
    type_text(&mut app, "10/12/2025");
    keys(&mut app, &["Enter"]);
    let s = app.session().expect("created");
    assert_eq!(s.meeting.date.to_string(), "2025-12-10");
}

#[test]
fn only_those_present_are_offered_to_chair_and_to_speak() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    // Ấn present, Bình absent without a reason; a guest from the ward.
    keys(&mut app, &["Enter", "c", "k", "g"]);
    type_text(&mut app, "Đồng chí Lê Văn Tám, Đảng ủy phường");
    // The chair: "b" would jump to Bình if he were offered; Enter takes Ấn, the only one.
    keys(&mut app, &["Enter", "t"]);
    assert_picker(&app, "Chủ trì");
    keys(&mut app, &["b", "Enter"]);
    let chair = app.session().unwrap().meeting.chair.clone();
    assert_eq!(chair.unwrap().as_str(), "m1");
    // A contribution: Ấn, then the guest; "b" finds no Bình, Down goes to the guest.
    keys(&mut app, &["PgDn", "n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["b", "Down", "Enter"]);
    assert!(
        screen(&app, 120, 40).contains("Ý kiến — Đồng chí Lê Văn Tám"),
        "{}",
        screen(&app, 120, 40)
    );
    type_text(&mut app, "Đề nghị chi bộ quan tâm hơn.");
    keys(&mut app, &["Esc"]);
    let s = app.session().unwrap();
    assert_eq!(
        s.collective.contributions[0].speaker,
        chibo_core::domain::Speaker::Guest("Đồng chí Lê Văn Tám, Đảng ủy phường".into())
    );
}

/// A one-member session, finalized, opened again from Home (read-only).
fn finalized(dir: &std::path::Path) -> (std::path::PathBuf, App) {
    let path = write_session(dir, &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir, Lang::Vi);
    keys(&mut app, &["Enter", "c"]);
    for _ in 0..6 {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["f", "Enter", "Esc", "Enter"]);
    assert!(app.session().unwrap().status.is_finalized());
    (path, app)
}

#[test]
fn a_finalized_roster_is_read_only_and_every_refused_key_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = finalized(dir.path());
    let before = std::fs::read(&path).unwrap();
    // The roster: adding, editing and removing are refused, each saying why.
    keys(&mut app, &["r"]);
    for k in ["a", "Enter", "x"] {
        keys(&mut app, &[k]);
        let shown = screen(&app, 120, 40);
        assert!(shown.contains("nhấn o để mở lại"), "{k}: {shown}");
        assert!(!shown.contains("Sửa thông tin đảng viên"), "{k}: no form");
    }
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing changed");
    // The meeting: the same for a roll-call key; `o` is in its hint bar.
    keys(&mut app, &["m"]);
    for _ in 0..6 {
        keys(&mut app, &["PgUp"]);
    }
    keys(&mut app, &["c"]);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("nhấn o để mở lại"), "{shown}");
    keys(&mut app, &["Up"]);
    assert!(screen(&app, 80, 24).lines().last().unwrap().contains(" o "));
    // The roster reopens too.
    keys(&mut app, &["r", "o"]);
    type_text(&mut app, "Bổ sung ngày sinh");
    keys(&mut app, &["Enter"]);
    assert!(!app.session().unwrap().status.is_finalized());
}

#[test]
fn home_and_end_reach_the_first_and_last_rows() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "PgDn", "PgDn", "End"]);
    // The last row of a member's step is the vote: Enter opens its tally.
    keys(&mut app, &["Enter"]);
    assert_popup(
        &app,
        Context::Form,
        "Biểu quyết xếp loại — Nguyễn Văn Ấn — vòng 1",
    );
    keys(&mut app, &["Esc"]);
    let member = Context::Meeting {
        step: StepKeys::Member,
        read_only: false,
    };
    assert_eq!(app.context(), member, "closed");
    // The first row is the member's line, where Enter opens nothing (the vote's form, or the
    // first text's editor, would open were it another row).
    keys(&mut app, &["Home", "Enter"]);
    assert_eq!(app.context(), member);
}

#[test]
fn export_writes_all_four_formats_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    for _ in 0..4 {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["e"]);
    assert_picker(&app, "Xuất biên bản");
    keys(&mut app, &["Enter"]);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for ext in [".docx", ".md", ".txt", ".csv"] {
        assert!(names.iter().any(|n| n.ends_with(ext)), "{ext} in {names:?}");
    }
    assert!(screen(&app, 120, 40).contains("Đã ghi"));
}

#[test]
fn the_roster_imports_a_list_after_showing_it() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let list = dir.path().join("ds.csv");
    std::fs::write(
        &list,
        "Họ và tên,Năm sinh,Dự bị\nNguyễn Văn Ấn,,\nĐ/c Đặng Thị Ỷ,1990,x\n,1991,\n\
         Lê Văn Tám,1980,\n",
    )
    .unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "r", "i"]);
    type_text(&mut app, list.to_str().unwrap());
    keys(&mut app, &["Enter"]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Thêm 2 đảng viên:"), "{shown}");
    // Each member with the membership and the column it came from, the title dropped.
    assert!(
        shown.contains("3     Đặng Thị Ỷ  dự bị             “Dự bị”: x"),
        "{shown}"
    );
    assert!(
        shown.contains("5     Lê Văn Tám  chính thức        “Dự bị” không đánh dấu"),
        "{shown}"
    );
    assert!(shown.contains("Dòng 4: không có họ tên"), "{shown}");
    assert_eq!(app.session().unwrap().members.len(), 1, "nothing yet");
    keys(&mut app, &["c"]);
    let s = app.session().unwrap();
    let names: Vec<(&str, Membership)> = s
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.membership))
        .collect();
    assert_eq!(
        names,
        [
            ("Nguyễn Văn Ấn", Membership::Official),
            ("Đặng Thị Ỷ", Membership::Probationary),
            ("Lê Văn Tám", Membership::Official)
        ]
    );
}

#[test]
fn the_facts_for_the_minutes_and_a_visitors_roll_call() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "g"]);
    type_text(&mut app, "Đồng chí Lê Văn Tám");
    keys(&mut app, &["Enter"]);
    // The "For the minutes" row, after the settings: the basis and a visitor.
    keys(&mut app, &["End", "Up", "Up", "Up", "Up", "Enter"]);
    assert!(screen(&app, 120, 40).contains("Thông tin cho biên bản"));
    keys(&mut app, &["Tab", "Tab"]);
    type_text(&mut app, "08-HD/ĐU");
    keys(&mut app, &["Tab", "Tab", "Tab", "Right"]);
    keys(&mut app, &["Tab", "Tab", "Tab"]);
    type_text(&mut app, "Trương Thị Mai, Chi bộ Trường Tiểu học");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert_eq!(s.meeting.basis.unwrap().number, "08-HD/ĐU");
    assert_eq!(
        s.meeting.representative.as_deref(),
        Some("Đồng chí Lê Văn Tám")
    );
    assert_eq!(s.meeting.visitors[0].name, "Trương Thị Mai");
    // The visitor is called after the members: `c` marks her present.
    keys(&mut app, &["Home", "Down", "c"]);
    assert!(load(&path).meeting.visitors[0].attendance.is_present());
    assert_eq!(load(&path).members.len(), 1, "not a member");
}

#[test]
fn the_first_session_of_a_new_folder_makes_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("chi-bo").join("phien-hop");
    let mut app = app(&dir, Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ Khu phố 5");
    keys(&mut app, &["Enter"]);
    assert!(app.session().is_some(), "{}", screen(&app, 100, 30));
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        2,
        "the session and its lock"
    );
}

#[test]
fn the_roll_up_of_the_folder_and_a_cell_opened_from_it() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let done = chibo_core::domain::demo::finished_session(8, 2024);
    std::fs::write(
        dir.path().join("2024-kp7.ron"),
        chibo_files::store::to_ron(&done).unwrap(),
    )
    .unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["s"]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Tổng hợp kết quả các chi bộ"), "{shown}");
    assert!(shown.contains("Chi bộ Khu phố 7") && shown.contains("Chi bộ Khu dân cư số 7"));
    // The cap over the organisation and the problem of the folder (a session not finalized).
    assert!(shown.contains("HTXSNV/HTTNV"), "{shown}");
    assert!(shown.contains("chưa khóa biên"), "{shown}");
    keys(&mut app, &["Down", "Enter"]);
    assert!(app.session().is_some(), "a cell opened from the roll-up");
    // To be read only: no lock taken, roll-call keys refused, the file untouched.
    let file = dir.path().join("2025-kdc7.ron");
    let before = std::fs::read(&file).unwrap();
    assert!(!dir.path().join("2025-kdc7.ron.lock").exists());
    assert!(screen(&app, 120, 40).contains("CHỈ ĐỌC"));
    for _ in 0..8 {
        keys(&mut app, &["PgUp"]);
    }
    keys(&mut app, &["c", "r", "a"]);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    keys(&mut app, &["Esc"]);
    assert!(app.session().is_none());
}

#[test]
fn home_groups_many_cells_by_committee_and_year() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let done = chibo_core::domain::demo::finished_session(5, 2025);
    std::fs::write(
        dir.path().join("2025-kp7.ron"),
        chibo_files::store::to_ron(&done).unwrap(),
    )
    .unwrap();
    let app = app(dir.path(), Lang::Vi);
    let shown = screen(&app, 120, 40);
    let lines: Vec<&str> = shown.lines().collect();
    let header = |c: &str| {
        lines
            .iter()
            .position(|l| l.contains(&format!("{c} — 2025")))
    };
    let (a, b) = (
        header("Đảng bộ Phường Bến Thành"),
        header("Đảng bộ phường Phúc Xá"),
    );
    assert!(a.is_some() && b.is_some(), "{shown}");
    // Each cell sits under its committee's line.
    let row = |c: &str| lines.iter().position(|l| l.contains(c)).unwrap();
    assert_eq!(row("Chi bộ Khu phố 7"), a.unwrap() + 1);
    assert_eq!(row("Chi bộ Khu dân cư số 7"), b.unwrap() + 1);
}

#[test]
fn the_counting_team_from_the_names_present() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(
        dir.path(),
        &["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"],
        2025,
    );
    let mut app = app(dir.path(), Lang::Vi);
    // Above the guests' row, the team's election, then the team.
    keys(
        &mut app,
        &["Enter", "c", "c", "k", "End", "Up", "Up", "Enter"],
    );
    // The step has a row of the same name: it is the entry's frame that says it opened.
    let ask = "Tổ kiểm phiếu: tên các đồng chí, tổ trưởng trước (vd. An, Bình, Cường)";
    assert_popup(&app, Context::Line, ask);
    // Cường is absent: refused, saying who.
    type_text(&mut app, "binh, Cường");
    keys(&mut app, &["Enter"]);
    // Said in an error box (the entry itself held the name as typed).
    assert_popup(&app, Context::Message, "Lỗi");
    let said = popup_lines(&app, 120, 40, "Lỗi").join("\n");
    assert!(said.contains("Cường"), "{said}");
    assert!(load(&path).meeting.counting_team.is_empty());
    keys(&mut app, &["Enter", "End", "Up", "Up", "Enter"]);
    assert_popup(&app, Context::Line, ask);
    type_text(&mut app, "Bình, Nguyễn Văn Ấn");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert_eq!(
        s.meeting.counting_head.unwrap().as_str(),
        "m2",
        "the head first"
    );
    assert_eq!(s.meeting.counting_team.len(), 2);
}
