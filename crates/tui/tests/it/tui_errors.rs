//! What the app says when a session cannot be opened: held by another chibo, or not readable.

use crate::support;

use chibo_core::i18n::Lang;
use support::*;

#[test]
fn a_session_held_by_another_process_is_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let held = chibo_files::store::lock(&path).unwrap();
    let mut app = app(dir.path(), Lang::En);
    keys(&mut app, &["Enter"]);
    assert!(app.session().is_none());
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("Error"), "{shown}");
    assert!(
        shown.contains(&std::process::id().to_string()),
        "names the holder: {shown}"
    );
    keys(&mut app, &["Esc"]);
    drop(held);
    keys(&mut app, &["Enter"]);
    assert!(app.session().is_some(), "opens once released");
}

#[test]
fn a_file_that_does_not_parse_is_named_with_line_and_column_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("2025-hong.ron");
    let text = "(\n    schema: 1,\n    id: \"x\"\n    cell: (name: \"Chi bộ\"),\n)";
    std::fs::write(&bad, text).unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    assert!(app.session().is_none());
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("2025-hong.ron:4:"), "{shown}");
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        text,
        "never overwritten"
    );
}
