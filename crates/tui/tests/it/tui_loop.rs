//! The loop: `update` decides and returns effects, the queue performs them; reading many files
//! happens on a worker thread, with a progress line until the result arrives; problems are
//! values until they are drawn.

use std::time::Duration;

use crate::support;

use chibo_core::domain::{Attendance, Command, MemberId};
use chibo_core::i18n::Lang;
use chibo_files::store::StoreError;
use chibo_tui::Msg;
use chibo_tui::{Effect, Problem};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::*;

/// Presses a key without waiting for what it started in the background.
fn press(app: &mut chibo_tui::App, c: char) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )));
}

#[test]
fn update_decides_and_the_queue_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    let before = std::fs::read(&path).unwrap();
    let cmd = Command::SetAttendance {
        member: MemberId::new("m1"),
        attendance: Attendance::Present,
    };
    let effects = app.update(Msg::Apply(cmd));
    // The change is made in memory and a save is asked for; nothing is written yet.
    assert!(matches!(effects.as_slice(), [Effect::Save]));
    assert!(app.session().unwrap().members[0].attendance.is_present());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "update wrote nothing"
    );
    // The queue performs it.
    app.run(effects);
    assert!(load(&path).members[0].attendance.is_present());
}

#[test]
fn a_refused_change_is_a_typed_problem_until_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let held = chibo_files::store::lock(&path).unwrap();
    let mut app = app(dir.path(), Lang::En);
    keys(&mut app, &["Enter"]);
    assert!(
        matches!(
            app.problem(),
            Some(Problem::Store(StoreError::Locked { .. }))
        ),
        "{:?}",
        app.problem()
    );
    // In words only on screen, in the app's language.
    assert!(screen(&app, 120, 40).contains("Error"));
    drop(held);
}

#[test]
fn the_roll_up_is_read_in_the_background_with_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2024);
    let mut app = app(dir.path(), Lang::Vi);
    press(&mut app, 's');
    // The screen answers at once; the files are not counted yet.
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Đang đọc các phiên họp…"), "{shown}");
    assert!(app.busy());
    // The worker's first word: the files are listed, none read.
    app.wait(Some(Duration::from_secs(30)));
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Đang đọc các phiên họp… 0/2"), "{shown}");
    // Then the result replaces the progress line.
    app.settle();
    assert!(!app.busy());
    let shown = screen(&app, 120, 40);
    assert!(!shown.contains("Đang đọc"), "{shown}");
    assert!(shown.contains("Chi bộ Khu dân cư số 7"), "{shown}");
}

#[test]
fn a_members_history_shows_its_progress_then_the_levels() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2024);
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::En);
    keys(&mut app, &["Enter", "r"]);
    press(&mut app, 'h');
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Ratings over the years — Nguyễn Văn Ấn"));
    assert!(shown.contains("Reading the sessions…"), "{shown}");
    app.wait(Some(Duration::from_secs(30)));
    assert!(screen(&app, 120, 40).contains("Reading the sessions… 0/2"));
    app.settle();
    let shown = screen(&app, 120, 40);
    assert!(!shown.contains("Reading"), "{shown}");
    assert!(shown.contains("2025 · 15/12/2025"), "{shown}");
    assert!(shown.contains("2024 · 15/12/2024"), "{shown}");
}

#[test]
fn a_reading_left_behind_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    // The roll-up is asked for, then left before it arrives: Home stays.
    press(&mut app, 's');
    app.handle(&Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    app.settle();
    for _ in 0..10 {
        app.wait(Some(Duration::from_millis(20)));
    }
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Các phiên họp"), "Home: {shown}");
    assert!(!shown.contains("Tổng hợp kết quả"), "{shown}");
}

#[test]
fn a_form_whose_message_fails_on_disk_comes_back_with_the_reason() {
    let tmp = tempfile::tempdir().unwrap();
    // The sessions "folder" is a file: the new session cannot be written.
    let dir = tmp.path().join("not-a-folder");
    std::fs::write(&dir, "").unwrap();
    let mut app = app(&dir, Lang::En);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ Khu phố 5");
    keys(&mut app, &["Enter"]);
    assert!(app.session().is_none());
    // The form, as typed, with the store's reason under it; no message box over it.
    assert!(app.problem().is_none());
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("New session"), "{shown}");
    assert!(shown.contains("Chi bộ Khu phố 5"), "{shown}");
    assert!(shown.contains("not-a-folder"), "{shown}");
}

#[test]
fn the_first_rows_are_read_before_the_first_frame_and_not_read_again() {
    let dir = tempfile::tempdir().unwrap();
    for year in 2021..2026 {
        write_session(dir.path(), &["Nguyễn Văn Ấn"], year);
    }
    let rows = |app: &chibo_tui::App| {
        let shown = screen(app, 120, 40);
        shown.matches("Chi bộ Khu dân cư số 7").count()
    };
    let mut app = chibo_tui::App::new(dir.path(), Lang::Vi, clock);
    // One file at least, on this thread: the first frame has a row.
    app.read_first(Duration::ZERO);
    assert_eq!(rows(&app), 1);
    // The others come from the background reader; none twice.
    app.settle();
    assert_eq!(rows(&app), 5, "{}", screen(&app, 120, 40));
}
