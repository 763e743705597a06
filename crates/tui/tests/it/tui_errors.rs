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

/// A session grown past what a session file may hold (a huge paste) is refused at save with the
/// reason; everything stays in memory, the file on disk as it was, and the refusal is not
/// retried on the clock (only a change can cure it).
#[test]
fn a_session_too_large_to_save_says_why_and_keeps_everything() {
    use chibo_core::domain::{Command, TextField};
    use chibo_tui::{Effect, Msg, SaveState};
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    let before = std::fs::read(&path).unwrap();
    let limit = usize::try_from(chibo_files::store::MAX_FILE_SIZE).unwrap();
    let huge = "Đoàn kết. ".repeat(limit / 10 + 1);
    let cmd = Command::SetCollectiveText {
        field: TextField::Strengths,
        text: huge.clone(),
    };
    app.run(vec![Effect::Send(Msg::Apply(cmd))]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("quá lớn"), "{shown}");
    assert!(shown.contains("✗ CHƯA LƯU"), "{shown}");
    assert!(matches!(app.save_state(), Some(SaveState::Failed(_))));
    assert_eq!(app.session().unwrap().collective.report.strengths, huge);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file as it was");
    assert_eq!(
        app.next_deadline(std::time::Instant::now()),
        Some(std::time::Duration::from_secs(30)),
        "no retry on the clock"
    );
}

/// A name holding ESC, brought by a command (an import, a form), is refused with the reason;
/// the session and its file stay loadable.
#[test]
fn a_name_with_an_escape_is_refused_and_the_file_still_loads() {
    use chibo_core::domain::{Command, Member};
    use chibo_tui::{Effect, Msg};
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::En);
    keys(&mut app, &["Enter"]);
    let cmd = Command::AddMember(Member::new("m9", "Trần\u{1b}]52;c;eA==\u{7} Bình"));
    app.run(vec![Effect::Send(Msg::Apply(cmd))]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("U+001B"), "{shown}");
    assert_eq!(app.session().unwrap().members.len(), 1);
    let back = chibo_files::store::load(&path).unwrap();
    assert_eq!(&back, app.session().unwrap());
}
