//! TUI benchmarks: one key → command → save → full redraw of a 60-member session at 120×40
//! (target ≤ 1 ms), and opening the home screen on a folder of 500 sessions (target ≤ 100 ms).

use std::path::Path;

use chibo::domain::{Cell, Member, Post, Session};
use chibo::i18n::Lang;
use chibo::tui::App;
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
    c.bench_function("open_home_500_sessions_120x40", |b| {
        b.iter(|| {
            let app = App::new(dir.path(), Lang::Vi, clock);
            term.draw(|f| app.draw(f)).expect("draw");
        });
    });
}

fn parts(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = session(2025, 60);
    write(&dir.path().join("2025-big.ron"), &s);
    c.bench_function("part_evaluate_60", |b| {
        b.iter(|| chibo::domain::evaluate(&s))
    });
    let cfg =
        || ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    c.bench_function("part_ron_60", |b| {
        b.iter(|| ron::ser::to_string_pretty(&s, cfg()))
    });
    let mut app = App::new(dir.path(), Lang::Vi, clock);
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
    targets = parts, key_command_redraw, home_500
}
criterion_main!(benches);
