//! A session file changed elsewhere while it is open (a synced folder, a hand edit): nothing is
//! written over it; the user chooses whose version stays.

use crate::support;

use chibo_core::domain::Attendance;
use chibo_core::i18n::Lang;
use chibo_tui::SaveState;
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
