//! A new session from Home: it copies a roster only from a session of the same cell, and only
//! when the secretary chooses one (the cell's latest session offered first).

use crate::support;

use chibo_core::i18n::Lang;
use chibo_tui::Context;
use support::*;

/// A folder of other cells' sessions, and two of Khu phố 1 (2023 with 2 members, 2024 with 3).
fn folder_of_cells() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let one = |name| (name, Some(1980), None);
    let kp2 = [one("Quách Văn Bảo"), one("Đinh Công Sơn")];
    cell_session(d, "2025-kp2", "Chi bộ Khu phố 2", 2025, &kp2);
    cell_session(
        d,
        "2024-kp3",
        "Chi bộ Khu phố 3",
        2024,
        &[one("Lâm Thị Hạnh")],
    );
    let kp1_old = [one("Nguyễn Văn An"), one("Trần Thị Bình")];
    cell_session(d, "2023-kp1", "Chi bộ Khu phố 1", 2023, &kp1_old);
    let kp1 = [kp1_old[0], kp1_old[1], one("Lê Văn Cường")];
    cell_session(d, "2024-kp1", "Chi bộ Khu phố 1", 2024, &kp1);
    dir
}

/// Ctrl+U: the field under the cursor emptied.
fn clear_field(app: &mut chibo_tui::App) {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
}

/// The new-session form's roster field, as drawn.
fn roster_field(app: &chibo_tui::App) -> String {
    let lines = popup_lines(app, 120, 40, "Phiên họp mới");
    let field = lines.iter().find(|l| l.contains("Danh sách đảng viên"));
    field
        .cloned()
        .unwrap_or_else(|| panic!("no roster field:\n{}", lines.join("\n")))
}

#[test]
fn a_new_cell_starts_with_an_empty_roster_whatever_the_folder_holds() {
    let dir = folder_of_cells();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    assert_popup(&app, Context::Form, "Phiên họp mới");
    assert!(
        roster_field(&app).contains("Danh sách trống"),
        "{}",
        roster_field(&app)
    );
    type_text(&mut app, "Chi bộ Khu phố 9");
    // On the roster's field (the last: Up wraps to it), no other cell's roster is offered.
    keys(&mut app, &["Up"]);
    for _ in 0..4 {
        assert!(
            roster_field(&app).contains("‹ Danh sách trống ›"),
            "{}",
            roster_field(&app)
        );
        keys(&mut app, &["Right"]);
    }
    keys(&mut app, &["Enter"]);
    let s = app.session().expect("created and opened");
    assert_eq!(s.cell.name, "Chi bộ Khu phố 9");
    assert!(s.members.is_empty(), "copied {:?}", s.members);
}

#[test]
fn the_same_cells_latest_roster_is_offered_first_and_copied_only_when_chosen() {
    let dir = folder_of_cells();
    // Not chosen: the same cell, typed in another case, starts empty all the same.
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "chi bộ khu phố  1");
    assert!(
        roster_field(&app).contains("Danh sách trống"),
        "{}",
        roster_field(&app)
    );
    keys(&mut app, &["Enter"]);
    assert!(app.session().expect("created").members.is_empty());

    // Chosen (in a folder as it was): its latest session first, then the one before, then
    // back to none.
    let dir = folder_of_cells();
    let mut app = support::app(dir.path(), Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ Khu phố 1");
    keys(&mut app, &["Up", "Right"]);
    let field = roster_field(&app);
    assert!(field.contains("‹ Chi bộ Khu phố 1 2024 (3) ›"), "{field}");
    keys(&mut app, &["Right"]);
    let field = roster_field(&app);
    assert!(field.contains("‹ Chi bộ Khu phố 1 2023 (2) ›"), "{field}");
    keys(&mut app, &["Right"]);
    assert!(roster_field(&app).contains("‹ Danh sách trống ›"));
    keys(&mut app, &["Right"]);
    // Another cell typed now: the choice falls back to none, never to that cell's roster.
    keys(&mut app, &["Down"]);
    clear_field(&mut app);
    type_text(&mut app, "Chi bộ Khu phố 2");
    keys(&mut app, &["Up"]);
    assert!(
        roster_field(&app).contains("‹ Danh sách trống ›"),
        "{}",
        roster_field(&app)
    );
    // Back to Khu phố 1, pasted: the roster chosen for it is chosen again, and stays so while
    // the name is typed again.
    keys(&mut app, &["Down"]);
    clear_field(&mut app);
    paste(&mut app, "Chi bộ Khu phố 1");
    let field = roster_field(&app);
    assert!(field.contains("Chi bộ Khu phố 1 2024 (3)"), "{field}");
    clear_field(&mut app);
    type_text(&mut app, "Chi bộ Khu phố 1");
    let field = roster_field(&app);
    assert!(field.contains("Chi bộ Khu phố 1 2024 (3)"), "{field}");
    keys(&mut app, &["Enter"]);
    let s = app.session().expect("created and opened");
    let names: Vec<&str> = s.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
}
