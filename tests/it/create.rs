//! A new session made by either front end is the same file: `chibo new` and the terminal app's
//! new-session form both go through `store::create`.

use std::path::{Path, PathBuf};
use std::process::Command;

use chibo_core::i18n::Lang;
use chibo_tui::App;
use chrono::{DateTime, FixedOffset, TimeZone};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const CELL: &str = "Chi bộ Khu phố 3";
const COMMITTEE: &str = "Đảng bộ Phường Bến Nghé";
const PLACE: &str = "Hội trường khu phố";

/// 15/12/2025 09:30 in Hà Nội: the form's date and year.
fn clock() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .unwrap()
        .with_ymd_and_hms(2025, 12, 15, 9, 30, 0)
        .unwrap()
}

fn cli(dir: &Path) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_chibo"))
        .arg("--dir")
        .arg(dir)
        .args(["new", "--cell", CELL, "--committee", COMMITTEE])
        .args(["--year", "2025", "--date", "2025-12-15", "--place", PLACE])
        .env(
            "CHIBO_LOG_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("create-logs"),
        )
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.handle(&Event::Key(KeyEvent::new(code, modifiers)));
    app.settle();
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

/// Home → `n` → cell, committee, the year and date the form offers, no start time, the place.
fn tui(dir: &Path) -> PathBuf {
    let mut app = App::new(dir, Lang::Vi, clock);
    app.settle();
    let tab = |app: &mut App| press(app, KeyCode::Tab, KeyModifiers::NONE);
    press(&mut app, KeyCode::Char('n'), KeyModifiers::NONE);
    typed(&mut app, CELL);
    tab(&mut app);
    typed(&mut app, COMMITTEE);
    for _ in 0..3 {
        tab(&mut app);
    }
    // `chibo new` takes no start time: the form's 08:00 is cleared.
    press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    tab(&mut app);
    typed(&mut app, PLACE);
    press(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.session().is_some(), "created and opened");
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().unwrap()
}

#[test]
fn the_cli_and_the_tui_create_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    // Neither folder exists yet: both are made.
    let by_cli = cli(&dir.path().join("cli"));
    let by_tui = tui(&dir.path().join("tui"));
    assert_eq!(by_cli.file_name(), by_tui.file_name());
    assert_eq!(
        by_cli.file_name().unwrap().to_string_lossy(),
        "2025-chi-bo-khu-pho-3.ron"
    );
    let (a, b) = (
        std::fs::read_to_string(&by_cli).unwrap(),
        std::fs::read_to_string(&by_tui).unwrap(),
    );
    assert_eq!(a, b);
}
