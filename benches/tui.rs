//! TUI benchmarks: one key → command → save → full redraw of a 60-member session at 120×40
//! (target ≤ 1 ms); a key typed in the editor of a field holding 1 MB of text, to the next frame
//! (target ≤ 2 ms); Home on a folder of 500 sessions: its first frame, the first frame with rows,
//! a frame with all read, and every file read.
//! The first frame of the real binary in a pty, beside a bare ratatui app, is `benches/first_frame.rs`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::Path;

use chibo_core::domain::{Cell, Member, Post, Session};
use chibo_core::i18n::Lang;
use chibo_tui::App;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn clock() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .and_then(|o| o.with_ymd_and_hms(2025, 12, 15, 9, 30, 0).single())
        .expect("valid time")
}

fn session(year: i32, n: usize) -> Session {
    let date = NaiveDate::from_ymd_opt(year, 12, 15).expect("date");
    let cell = Cell {
        name: format!("Chi bộ Khu dân cư số {n} phường Phúc Xá"),
        committee: "Đảng bộ phường Phúc Xá".into(),
        ..Default::default()
    };
    let mut s = Session::new(format!("{year}-{n}"), cell, year, date, "Nhà văn hóa");
    for i in 0..n {
        let mut m = Member::new(format!("m{i}"), format!("Nguyễn Thị Thanh Hương {i}"));
        if i == 0 {
            m.post = Post::Secretary;
        }
        s.members.push(m);
    }
    s
}

fn write(path: &Path, s: &Session) {
    let cfg = ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    std::fs::write(path, ron::ser::to_string_pretty(s, cfg).expect("ron")).expect("write");
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn key_command_redraw(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let fresh = session(2025, 60);
    let path = dir.path().join("2025-big.ron");
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    c.bench_function("key_command_save_redraw_60_members_120x40", |b| {
        b.iter_batched(
            || {
                // A fresh file each time: the log would otherwise grow with every iteration.
                write(&path, &fresh);
                let mut app = App::new(dir.path(), Lang::Vi, clock);
                app.settle();
                key(&mut app, KeyCode::Enter);
                app
            },
            |mut app| {
                // Roll call: one key marks the selected member present, saves, and redraws.
                key(&mut app, KeyCode::Char('c'));
                term.draw(|f| app.draw(f)).expect("draw");
                app
            },
            BatchSize::PerIteration,
        );
    });
    // As the event loop runs it: the key's change is drawn first and saved right after.
    c.bench_function("key_command_redraw_60_members_120x40", |b| {
        b.iter_batched(
            || {
                write(&path, &fresh);
                let mut app = App::new(dir.path(), Lang::Vi, clock);
                app.settle();
                app.set_save_after_draw(true);
                key(&mut app, KeyCode::Enter);
                app
            },
            |mut app| {
                key(&mut app, KeyCode::Char('c'));
                term.draw(|f| app.draw(f)).expect("draw");
                app
            },
            BatchSize::PerIteration,
        );
    });
}

fn home_500(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..500i32 {
        let s = session(2000 + i % 26, 20);
        write(&dir.path().join(format!("s{i:03}.ron")), &s);
    }
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    // What the user waits for: the first frame, drawn before the files are read.
    c.bench_function("home_first_frame_500_sessions_120x40", |b| {
        b.iter(|| {
            let app = App::new(dir.path(), Lang::Vi, clock);
            term.draw(|f| app.draw(f)).expect("draw");
        });
    });
    // In the process, without the terminal: from nothing to the frame with the first rows, as
    // `chibo_tui::run` makes it (the first files read before the first frame).
    c.bench_function("home_first_row_500_sessions_120x40", |b| {
        b.iter(|| {
            let mut app = App::new(dir.path(), Lang::Vi, clock);
            app.read_first(std::time::Duration::from_micros(300));
            term.draw(|f| app.draw(f)).expect("draw");
        });
    });
    // A frame of Home once every file is read: the rows that cannot be on screen are not made.
    let mut app = App::new(dir.path(), Lang::Vi, clock);
    app.settle();
    c.bench_function("home_frame_500_sessions_120x40", |b| {
        b.iter(|| term.draw(|f| app.draw(f)).map(|_| ()))
    });
    c.bench_function("home_all_read_500_sessions_120x40", |b| {
        b.iter(|| {
            let mut app = App::new(dir.path(), Lang::Vi, clock);
            app.settle();
            term.draw(|f| app.draw(f)).expect("draw");
        });
    });
}

/// About 1 MB of report text: paragraphs of Vietnamese, as a long pasted report would be.
fn megabyte() -> String {
    let para = "Chi bộ đã lãnh đạo thực hiện tốt nhiệm vụ chính trị, giữ vững đoàn kết nội bộ, \
                phát huy vai trò tiên phong, gương mẫu của đảng viên trong mọi mặt công tác. ";
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&para.repeat(4));
        text.push('\n');
    }
    text
}

fn typing_in_a_long_text(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = session(2025, 60);
    s.collective.report.strengths = megabyte();
    write(&dir.path().join("2025-long.ron"), &s);
    let mut app = App::new(dir.path(), Lang::Vi, clock);
    app.settle();
    app.set_save_after_draw(true);
    // Open, the collective review, Enter on its first text: the editor with 1 MB in it.
    for k in [KeyCode::Enter, KeyCode::PageDown, KeyCode::Enter] {
        key(&mut app, k);
    }
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    // Each timed key is taken back, untimed, so the line typed in stays the same length.
    c.bench_function("key_frame_editor_1mb_120x40", |b| {
        b.iter_custom(|n| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..n {
                let start = std::time::Instant::now();
                key(&mut app, KeyCode::Char('ư'));
                term.draw(|f| app.draw(f)).expect("draw");
                spent += start.elapsed();
                key(&mut app, KeyCode::Backspace);
            }
            spent
        })
    });
}

fn parts(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = session(2025, 60);
    write(&dir.path().join("2025-big.ron"), &s);
    c.bench_function("part_evaluate_60", |b| {
        b.iter(|| chibo_core::domain::evaluate(&s))
    });
    let cfg =
        || ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    c.bench_function("part_ron_60", |b| {
        b.iter(|| ron::ser::to_string_pretty(&s, cfg()))
    });
    let mut app = App::new(dir.path(), Lang::Vi, clock);
    app.settle();
    key(&mut app, KeyCode::Enter);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    c.bench_function("part_draw_60", |b| {
        b.iter(|| term.draw(|f| app.draw(f)).map(|_| ()))
    });
    c.bench_function("part_down_key_60", |b| {
        b.iter(|| key(&mut app, KeyCode::Down))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = parts, key_command_redraw, typing_in_a_long_text, home_500
}
criterion_main!(benches);
