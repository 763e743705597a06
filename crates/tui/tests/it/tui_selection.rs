//! The selection stays on what it points at when the list under it changes: a row of the
//! meeting when rows come and go before it, a member of the roster, a session of Home; when
//! what it pointed at is gone, it goes to the one that took its place.

use chibo_core::i18n::Lang;
use chibo_tui::App;
use chibo_tui::Context;

use crate::places::rich;
use crate::support::*;

/// The selected row of the meeting's step pane at 120×40 (the agenda is 32 columns wide; the
/// step pane's border, then its highlight "›").
fn selected_row(app: &App) -> String {
    let shown = screen(app, 120, 40);
    let row = shown.lines().find_map(|l| {
        let cells: Vec<char> = l.chars().collect();
        (cells.get(33) == Some(&'›')).then(|| cells[34..].iter().collect::<String>())
    });
    row.unwrap_or_else(|| panic!("no row selected:\n{shown}"))
}

/// The rich session (three present, two remarks on the first member, his vote) on his step.
fn on_first_member() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    rich(dir.path());
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "PgDn", "PgDn"]);
    (dir, app)
}

/// Down until the selected row starts with `label`.
fn select(app: &mut App, label: &str) {
    keys(app, &["Home"]);
    for _ in 0..30 {
        if selected_row(app).starts_with(label) {
            return;
        }
        keys(app, &["Down"]);
    }
    panic!("no row {label:?}");
}

#[test]
fn a_remark_added_above_the_selection_leaves_it_where_it_was() {
    let (_d, mut app) = on_first_member();
    select(&mut app, "Tiếp thu, giải trình");
    keys(&mut app, &["n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Enter"]);
    type_text(&mut app, "Ý kiến thứ ba");
    keys(&mut app, &["Esc"]);
    let s = app.session().unwrap();
    assert_eq!(s.reviews[0].criticism.len(), 3, "added above the answer");
    let row = selected_row(&app);
    assert!(row.starts_with("Tiếp thu, giải trình"), "{row}");
}

#[test]
fn a_round_recorded_above_the_vote_row_leaves_the_selection_on_it() {
    let (_d, mut app) = on_first_member();
    keys(&mut app, &["End"]);
    assert!(selected_row(&app).starts_with("Biểu quyết lại"));
    // The member has a result: asked first, then a second round, all for Good.
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["c"]);
    assert_popup(
        &app,
        Context::Form,
        "Biểu quyết xếp loại — Nguyễn Văn Ấn — vòng 2",
    );
    keys(&mut app, &["Down"]);
    type_text(&mut app, "3");
    keys(&mut app, &["Enter"]);
    assert_eq!(app.session().unwrap().reviews[0].rounds.len(), 2);
    let row = selected_row(&app);
    assert!(
        row.starts_with("Biểu quyết lại"),
        "not on the new round: {row}"
    );
}

#[test]
fn a_remark_moved_is_followed_and_a_deleted_one_gives_way_to_the_next() {
    let (_d, mut app) = on_first_member();
    select(&mut app, "2. Lê Văn Cường");
    keys(&mut app, &["["]);
    let first = &app.session().unwrap().reviews[0].criticism[0];
    assert_eq!(first.text, "Ý kiến thứ hai", "moved up");
    assert!(
        selected_row(&app).starts_with("1. Lê Văn Cường"),
        "followed"
    );
    keys(&mut app, &["x"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["c"]);
    assert_eq!(app.session().unwrap().reviews[0].criticism.len(), 1);
    assert!(
        selected_row(&app).starts_with("1. Trần Thị Bình"),
        "the next"
    );
    // The last remark deleted: the row after it, adding one.
    keys(&mut app, &["x", "c"]);
    assert!(selected_row(&app).starts_with("+ Thêm ý kiến góp ý"));
}

#[test]
fn removing_the_last_member_leaves_the_selection_on_the_new_last() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"];
    write_session(dir.path(), &names, 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "r", "End", "x"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["c"]);
    assert_eq!(app.session().unwrap().members.len(), 2);
    // Enter edits the selected member: Bình, now the last.
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Form, "Sửa thông tin đảng viên");
    let form = popup_lines(&app, 120, 40, "Sửa thông tin đảng viên").join("\n");
    assert!(form.contains("Trần Thị Bình"), "{form}");
}

#[test]
fn the_selected_member_stays_selected_when_one_before_them_goes() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Nguyễn Văn Ấn",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
    ];
    let path = write_session(dir.path(), &names, 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "r", "Down", "Down"]);
    // Meanwhile Ấn is taken off the roster in the file, elsewhere; a change here finds it out.
    let mut theirs = load(&path);
    theirs.members.remove(0);
    chibo_testkit::stored::save(&path, &theirs);
    keys(&mut app, &["Enter"]);
    assert_popup(&app, Context::Form, "Sửa thông tin đảng viên");
    keys(&mut app, &["Enter"]);
    after_guard(&mut app);
    // Their version is taken: Cường is third no more, and still the one selected.
    keys(&mut app, &["Down", "Down", "Enter"]);
    assert_eq!(app.session().unwrap().members.len(), 3);
    keys(&mut app, &["h"]);
    assert_popup(
        &app,
        Context::Message,
        "Xếp loại qua các năm — Lê Văn Cường",
    );
}

#[test]
fn a_member_added_is_selected() {
    let dir = tempfile::tempdir().unwrap();
    rich(dir.path());
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "r", "a"]);
    assert_popup(&app, Context::Form, "Thêm đảng viên");
    type_text(&mut app, "Phạm Thị Dung");
    keys(&mut app, &["Enter", "h"]);
    assert_popup(
        &app,
        Context::Message,
        "Xếp loại qua các năm — Phạm Thị Dung",
    );
}

#[test]
fn home_keeps_the_selected_session_when_the_folder_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let gone = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    for year in [2024, 2023, 2022] {
        write_session(dir.path(), &["Nguyễn Văn Ấn"], year);
    }
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Down", "Down"]);
    // The newest goes (moved away by hand); read again, 2023 is still the one chosen, though
    // it is second now.
    std::fs::remove_file(gone).unwrap();
    keys(&mut app, &["g", "Enter"]);
    assert_eq!(app.session().map(|s| s.year), Some(2023));
}

#[test]
fn back_on_home_the_session_just_closed_is_selected() {
    let dir = tempfile::tempdir().unwrap();
    for year in [2025, 2024, 2023] {
        write_session(dir.path(), &["Nguyễn Văn Ấn"], year);
    }
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Down", "Enter"]);
    assert_eq!(app.session().map(|s| s.year), Some(2024));
    keys(&mut app, &["Esc"]);
    assert_eq!(app.context(), Context::Home);
    keys(&mut app, &["Enter"]);
    assert_eq!(app.session().map(|s| s.year), Some(2024), "the same again");
}
