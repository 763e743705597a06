//! A session file changed elsewhere while it is open (a synced folder, a hand edit): nothing is
//! written over it; the user chooses whose version stays. When it is found while typing, the
//! question takes no key typed before it appeared, the header says so, and opening theirs
//! closes the editor and keeps what was typed as a copy.

use std::time::Instant;

use crate::support;

use chibo_core::domain::Attendance;
use chibo_core::i18n::Lang;
use chibo_tui::{AUTOSAVE, App, Context, SaveState};
use support::*;

/// Opens a session, then changes its file behind the app's back (the place, by hand).
fn changed_elsewhere() -> (tempfile::TempDir, std::path::PathBuf, chibo_tui::App) {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Nhà văn hóa", "Hội trường UBND phường")).unwrap();
    // A change here: the roll call. Nothing is written; the question is asked.
    keys(&mut app, &["c"]);
    assert_picker(&app, "Tệp phiên họp đã bị sửa ở nơi khác — 2025-kdc7.ron");
    after_guard(&mut app);
    (dir, path, app)
}

#[test]
fn a_change_made_elsewhere_is_never_overwritten_without_asking() {
    let (_d, path, app) = changed_elsewhere();
    assert_eq!(app.save_state(), Some(&SaveState::Conflict));
    assert!(screen(&app, 120, 40).contains("đã bị sửa ở nơi khác"));
    let on_disk = load(&path);
    assert_eq!(
        on_disk.meeting.place, "Hội trường UBND phường",
        "theirs untouched"
    );
    assert_eq!(on_disk.members[0].attendance, Attendance::Unknown);
}

#[test]
fn keep_mine_saves_mine_and_keeps_theirs_beside_it() {
    let (dir, path, mut app) = changed_elsewhere();
    keys(&mut app, &["Enter"]);
    assert_eq!(app.save_state(), Some(&SaveState::Saved));
    assert_eq!(load(&path).members[0].attendance, Attendance::Present);
    let copy = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".conflict-"))
        .expect("their version kept");
    assert_eq!(load(&copy).meeting.place, "Hội trường UBND phường");
    // The copy is kept beside the session, not listed as another session of the folder.
    assert_eq!(chibo_files::store::index(dir.path()).len(), 1);
    // Later saves go on as usual.
    keys(&mut app, &["c"]);
    assert_eq!(load(&path).members[1].attendance, Attendance::Present);
}

#[test]
fn reload_theirs_takes_the_file_as_it_is_now() {
    let (_d, path, mut app) = changed_elsewhere();
    keys(&mut app, &["Down", "Down", "Enter"]);
    let s = app.session().unwrap();
    assert_eq!(s.meeting.place, "Hội trường UBND phường");
    assert_eq!(
        s.members[0].attendance,
        Attendance::Unknown,
        "mine dropped, as chosen"
    );
    // Saves go on over their version (the roll call had moved on to Bình).
    keys(&mut app, &["c"]);
    assert_eq!(load(&path).meeting.place, "Hội trường UBND phường");
    assert_eq!(load(&path).members[1].attendance, Attendance::Present);
}

#[test]
fn mine_as_a_copy_then_theirs() {
    let (dir, path, mut app) = changed_elsewhere();
    keys(&mut app, &["Down", "Enter"]);
    assert_eq!(
        app.session().unwrap().meeting.place,
        "Hội trường UBND phường"
    );
    let copy = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".copy-"))
        .expect("mine saved as a copy");
    assert_eq!(load(&copy).members[0].attendance, Attendance::Present);
    assert_eq!(load(&path).members[0].attendance, Attendance::Unknown);
}

const THEIRS: &str = "Đoàn kết (bản sửa trên máy khác)";

/// Typing in the collective review's first text, saved once; then the file is changed
/// elsewhere (the place, and the very text being typed), and the next autosave finds it.
fn typing_when_changed_elsewhere() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "PgDn", "Enter"]);
    type_text(&mut app, "Đoàn kết");
    app.tick_at(Instant::now() + AUTOSAVE);
    assert_eq!(load(&path).collective.report.strengths, "Đoàn kết");
    let mut theirs = load(&path);
    theirs.meeting.place = "Hội trường UBND phường".into();
    theirs.collective.report.strengths = THEIRS.into();
    chibo_testkit::stored::save(&path, &theirs);
    type_text(&mut app, " nội bộ");
    app.tick_at(Instant::now() + AUTOSAVE);
    assert_picker(&app, "Tệp phiên họp đã bị sửa ở nơi khác — 2025-kdc7.ron");
    (dir, path, app)
}

/// The fault: the typed keys went to the hidden question, Enter picked a choice, and
/// the header still said "✓ đã lưu".
#[test]
fn a_conflict_while_typing_takes_no_key_typed_before_it_and_the_header_says_so() {
    let (_d, path, mut app) = typing_when_changed_elsewhere();
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("✗ TỆP BỊ SỬA Ở NƠI KHÁC"), "{shown}");
    assert!(!shown.contains("✓ đã lưu"), "{shown}");
    assert!(shown.contains("dừng gõ 1 giây"), "{shown}");
    // Typing on without looking, Enter and arrows included: nothing is answered, nothing typed.
    type_text(&mut app, " và thống nhất\n");
    keys(&mut app, &["Down", "Down", "Enter", "Esc"]);
    assert_picker(&app, "Tệp phiên họp đã bị sửa ở nơi khác — 2025-kdc7.ron");
    // Time passing is not enough: a key read late by a busy machine is refused too, until the
    // app has waited a whole while with nothing coming.
    app.tick_at(Instant::now() + 5 * chibo_tui::QUESTION_GUARD);
    keys(&mut app, &["Enter"]);
    assert_picker(&app, "Tệp phiên họp đã bị sửa ở nơi khác — 2025-kdc7.ron");
    assert_eq!(app.save_state(), Some(&SaveState::Conflict));
    assert_eq!(
        load(&path).collective.report.strengths,
        THEIRS,
        "theirs untouched"
    );
    let typed = app.session().unwrap().collective.report.strengths.clone();
    assert_eq!(
        typed, "Đoàn kết nội bộ",
        "no key reached the text under the question"
    );
    // Once the keyboard has been quiet, the question takes keys: keep mine, chosen on purpose.
    after_guard(&mut app);
    assert!(!screen(&app, 120, 40).contains("dừng gõ 1 giây"));
    keys(&mut app, &["Enter"]);
    assert_eq!(load(&path).collective.report.strengths, "Đoàn kết nội bộ");
    assert_eq!(
        app.context(),
        Context::Editor,
        "mine kept: the editor stays open"
    );
    assert!(screen(&app, 120, 40).contains("✓ đã lưu"));
}

/// The fault: "open theirs" with the editor open wrote my text over their change to
/// the same field at the next autosave, and kept no copy of it.
#[test]
fn open_theirs_while_typing_closes_the_editor_and_keeps_my_text_as_a_copy() {
    let (dir, path, mut app) = typing_when_changed_elsewhere();
    after_guard(&mut app);
    keys(&mut app, &["Down", "Down", "Enter"]);
    assert_ne!(app.context(), Context::Editor, "the editor is closed first");
    let s = app.session().unwrap();
    assert_eq!(s.collective.report.strengths, THEIRS);
    assert_eq!(s.meeting.place, "Hội trường UBND phường");
    let copy = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".copy-"))
        .expect("my text kept as a copy");
    assert_eq!(load(&copy).collective.report.strengths, "Đoàn kết nội bộ");
    assert!(screen(&app, 120, 40).contains("Bản của tôi đã lưu tại"));
    // Later autosaves write nothing of mine over theirs.
    app.tick_at(Instant::now() + 2 * AUTOSAVE);
    assert_eq!(load(&path).collective.report.strengths, THEIRS);
    assert_eq!(app.save_state(), Some(&SaveState::Saved));
}
