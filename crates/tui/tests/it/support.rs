//! Shared helpers for the TUI tests: a fixed clock, keys, and the screen as text.
#![allow(dead_code)]

use std::path::Path;

use chibo_core::i18n::Lang;
use chibo_tui::App;
use chrono::{DateTime, FixedOffset, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// 15/12/2025 09:30 in Hà Nội.
pub fn clock() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .unwrap()
        .with_ymd_and_hms(2025, 12, 15, 9, 30, 0)
        .unwrap()
}

/// The app on `dir`, once its folder has been read.
pub fn app(dir: &Path, lang: Lang) -> App {
    let mut app = App::new(dir, lang, clock);
    app.settle();
    app
}

/// Presses a key, then waits for Home's folder to be read, as a user waits for the list.
pub fn key(app: &mut App, code: KeyCode) {
    app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.settle();
}

/// Presses each key named: single characters, or "Enter", "Esc", "Tab", "Up", "Down", "Left",
/// "Right", "PgDn", "PgUp".
pub fn keys(app: &mut App, names: &[&str]) {
    for k in names {
        let code = match *k {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "PgDn" => KeyCode::PageDown,
            "PgUp" => KeyCode::PageUp,
            "Bksp" => KeyCode::Backspace,
            "End" => KeyCode::End,
            "Home" => KeyCode::Home,
            c => KeyCode::Char(c.chars().next().unwrap()),
        };
        key(app, code);
    }
}

/// Lets a question that came while typing take keys: the keyboard quiet for its guard.
pub fn after_guard(app: &mut App) {
    app.quiet_at(std::time::Instant::now() + chibo_tui::QUESTION_GUARD);
}

/// Types text one `char` at a time, as a terminal delivers it.
pub fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        key(app, code);
    }
}

pub fn paste(app: &mut App, s: &str) {
    app.handle(&Event::Paste(s.to_owned()));
}

pub fn terminal(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t
}

/// The screen's text, one line per row.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    let t = terminal(app, w, h);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub use chibo_testkit::stored::{load, session_file, write_session};

/// A member of a session written by [`cell_session`]: name, birth year, and the votes for
/// each level when voted.
pub type Row<'a> = (
    &'a str,
    Option<i32>,
    Option<chibo_core::domain::LevelCounts>,
);

/// A session of `cell` for `year` in `dir`, all its members present, each voted as given;
/// ids `m1`, `m2`… in roster order, as every file numbers its own.
pub fn cell_session(dir: &std::path::Path, file: &str, cell: &str, year: i32, rows: &[Row]) {
    use chibo_core::domain::{Attendance, Cell, Member, Session};
    let date = chrono::NaiveDate::from_ymd_opt(year, 12, 15).unwrap();
    let cell = Cell {
        name: cell.into(),
        committee: "Đảng bộ phường Phúc Xá".into(),
        ..Default::default()
    };
    let mut s = Session::new(file, cell, year, date, "Nhà văn hóa");
    for (i, (name, born, _)) in rows.iter().enumerate() {
        let mut m = Member::new(format!("m{}", i + 1), *name);
        m.born = *born;
        m.attendance = Attendance::Present;
        s.members.push(m);
    }
    for (i, (_, _, votes)) in rows.iter().enumerate() {
        if let Some(counts) = votes {
            use chibo_core::domain::{Command, MemberId, Tally, VoteMethod};
            let tally = Tally::simple(VoteMethod::SecretBallot, *counts);
            let member = MemberId::new(format!("m{}", i + 1));
            s.apply(Command::RecordVote { member, tally }, clock())
                .unwrap();
        }
    }
    chibo_testkit::stored::save(&dir.join(format!("{file}.ron")), &s);
}

/// The popup on top is of kind `ctx`, and its title is on screen in a popup's frame
/// ("┌ title "): what the user sees, not only what the app holds.
pub fn assert_popup(app: &App, ctx: chibo_tui::Context, title: &str) {
    assert_eq!(app.context(), ctx, "the popup on top");
    let shown = screen(app, 120, 40);
    assert!(
        shown.contains(&format!("┌ {title} ")),
        "no popup titled {title:?}:\n{shown}"
    );
}

/// A picker titled `title` is open: what is chosen next is chosen from it.
pub fn assert_picker(app: &App, title: &str) {
    assert_popup(app, chibo_tui::Context::Pick, title);
}

/// The lines inside the popup titled `title` (its frame's top to its bottom corner), cut to
/// its columns; empty when no such popup is drawn.
pub fn popup_lines(app: &App, w: u16, h: u16, title: &str) -> Vec<String> {
    let shown = screen(app, w, h);
    let lines: Vec<Vec<char>> = shown.lines().map(|l| l.chars().collect()).collect();
    let top = format!("┌ {title} ");
    let Some((y0, x0)) = lines.iter().enumerate().find_map(|(y, l)| {
        let s: String = l.iter().collect();
        s.find(&top).map(|b| (y, s[..b].chars().count()))
    }) else {
        return Vec::new();
    };
    let width = lines[y0][x0..].iter().position(|c| *c == '┐').unwrap_or(0) + 1;
    let mut out = Vec::new();
    for l in &lines[y0..] {
        let cut: String = l.iter().skip(x0).take(width).collect();
        let end = cut.starts_with('└');
        out.push(cut);
        if end {
            break;
        }
    }
    out
}

/// Whether a help line shows `key` followed by its `label` (blanks between).
pub fn shows_binding(line: &str, key: &str, label: &str) -> bool {
    line.match_indices(key)
        .any(|(i, k)| line[i + k.len()..].trim_start().starts_with(label))
}
