//! Every place keys are read (each `Context`), reached as a user reaches it, on a session where
//! the keys have something to act on: a guest, a contribution, two remarks and a vote on the
//! first member, three members present. The walk of the key tables and the help's fit use it.

use std::path::{Path, PathBuf};

use chibo_core::domain::{
    Attendance, Command, LevelCounts, MemberId, Remark, Speaker, Step, Tally, VoteMethod,
};
use chibo_core::i18n::Lang;
use chibo_tui::App;
use chibo_tui::{Context, Key, StepKeys};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::support::*;

/// A place and the way there from a fresh folder.
pub struct Place {
    pub ctx: Context,
    pub reach: fn(&Path, Lang) -> App,
}

/// The meeting's steps on the rich session, in agenda order.
pub const STEPS: [StepKeys; 9] = [
    StepKeys::Opening,
    StepKeys::Collective,
    StepKeys::Member,
    StepKeys::Member,
    StepKeys::Member,
    StepKeys::Cell,
    StepKeys::Summary,
    StepKeys::Minutes,
    StepKeys::Close,
];

/// The rich session of 2025 (the newest, first on Home) beside a plain one of 2024.
pub fn rich(dir: &Path) -> PathBuf {
    write_session(dir, &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2024);
    let names = ["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"];
    let path = write_session(dir, &names, 2025);
    let mut s = load(&path);
    let id = |i: usize| MemberId::new(format!("m{i}"));
    let said = |i: usize, text: &str| Remark {
        speaker: Speaker::Member(id(i)),
        text: text.into(),
    };
    let mut cmds: Vec<Command> = (1..=3)
        .map(|i| Command::SetAttendance {
            member: id(i),
            attendance: Attendance::Present,
        })
        .collect();
    cmds.extend([
        Command::AddGuest("Đồng chí Lê Văn Tám".into()),
        Command::AddContribution(said(2, "Cần sinh hoạt đúng giờ.")),
        Command::AddCriticism {
            member: id(1),
            remark: said(2, "Ý kiến thứ nhất"),
        },
        Command::AddCriticism {
            member: id(1),
            remark: said(3, "Ý kiến thứ hai"),
        },
        Command::RecordVote {
            member: id(1),
            tally: Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(0, 3, 0, 0)),
        },
        Command::Goto(Step::Opening),
    ]);
    for c in cmds {
        s.apply(c, clock()).unwrap();
    }
    chibo_testkit::stored::save(&path, &s);
    path
}

/// Presses a key as the tables name it.
pub fn press(app: &mut App, key: Key) {
    let (code, mods) = match key {
        Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
        Key::Esc => (KeyCode::Esc, KeyModifiers::NONE),
        Key::Tab => (KeyCode::Tab, KeyModifiers::NONE),
        Key::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
        Key::Up => (KeyCode::Up, KeyModifiers::NONE),
        Key::Down => (KeyCode::Down, KeyModifiers::NONE),
        Key::Left => (KeyCode::Left, KeyModifiers::NONE),
        Key::Right => (KeyCode::Right, KeyModifiers::NONE),
        Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
        Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
        Key::Home => (KeyCode::Home, KeyModifiers::NONE),
        Key::End => (KeyCode::End, KeyModifiers::NONE),
        Key::Delete => (KeyCode::Delete, KeyModifiers::NONE),
        Key::F(n) => (KeyCode::F(n), KeyModifiers::NONE),
    };
    app.handle(&Event::Key(KeyEvent::new(code, mods)));
    app.settle();
}

/// The rich session opened on step `i` of the agenda.
fn on_step(dir: &Path, lang: Lang, i: usize) -> App {
    rich(dir);
    let mut app = app(dir, lang);
    keys(&mut app, &["Enter"]);
    for _ in 0..i {
        keys(&mut app, &["PgDn"]);
    }
    app
}

/// The rich session finalized, then read on step `i` of the agenda.
fn in_review(dir: &Path, lang: Lang, i: usize) -> App {
    let mut app = on_step(dir, lang, STEPS.len() - 1);
    keys(&mut app, &["f", "Enter"]);
    assert!(app.session().unwrap().status.is_finalized());
    for _ in i..STEPS.len() - 1 {
        keys(&mut app, &["PgUp"]);
    }
    app
}

fn from_home(dir: &Path, lang: Lang, names: &[&str]) -> App {
    rich(dir);
    let mut app = app(dir, lang);
    keys(&mut app, names);
    app
}

/// Every place, each reached on a fresh folder.
pub fn all() -> Vec<Place> {
    let place = |ctx, reach| Place { ctx, reach };
    let mut v = vec![
        place(Context::Home, |d, l| from_home(d, l, &[])),
        place(Context::Summary, |d, l| from_home(d, l, &["s"])),
        place(Context::Roster { read_only: false }, |d, l| {
            from_home(d, l, &["Enter", "r"])
        }),
        place(Context::Roster { read_only: true }, |d, l| {
            let mut app = in_review(d, l, STEPS.len() - 1);
            keys(&mut app, &["r"]);
            app
        }),
    ];
    v.extend(meeting_places());
    v.extend(popup_places());
    v
}

/// Each step of the meeting, to change and to read.
fn meeting_places() -> Vec<Place> {
    // A `fn` pointer cannot hold the step's index: one small function per step.
    macro_rules! steps {
        ($reach:ident) => {
            [
                |d, l| $reach(d, l, 0),
                |d, l| $reach(d, l, 1),
                |d, l| $reach(d, l, 2),
                |d, l| $reach(d, l, 3),
                |d, l| $reach(d, l, 4),
                |d, l| $reach(d, l, 5),
                |d, l| $reach(d, l, 6),
                |d, l| $reach(d, l, 7),
                |d, l| $reach(d, l, 8),
            ]
        };
    }
    let open: [fn(&Path, Lang) -> App; 9] = steps!(on_step);
    let read: [fn(&Path, Lang) -> App; 9] = steps!(in_review);
    let mut v = Vec::new();
    for (read_only, reaches) in [(false, open), (true, read)] {
        // The first member's step stands for the three.
        for i in [0, 1, 2, 5, 6, 7, 8] {
            let ctx = Context::Meeting {
                step: STEPS[i],
                read_only,
            };
            v.push(Place {
                ctx,
                reach: reaches[i],
            });
        }
    }
    v
}

/// Each kind of popup over the place it opens from.
fn popup_places() -> Vec<Place> {
    let place = |ctx, reach| Place { ctx, reach };
    vec![
        place(Context::Form, |d, l| from_home(d, l, &["n"])),
        place(Context::Editor, |d, l| {
            from_home(d, l, &["Enter", "PgDn", "Enter"])
        }),
        place(Context::Line, |d, l| from_home(d, l, &["Enter", "g"])),
        place(Context::Grid, |d, l| {
            let mut app = on_step(d, l, 6);
            keys(&mut app, &["B"]);
            app
        }),
        place(Context::Pick, |d, l| from_home(d, l, &["Enter", "t"])),
        // The longest question: an import's table, taller than the screen, that scrolls.
        place(Context::Confirm, |d, l| {
            write_session(d, &["Nguyễn Văn Ấn"], 2025);
            let list = d.join("ds.csv");
            let rows: String = (1..=60).map(|n| format!("Đảng viên Số {n},x\n")).collect();
            std::fs::write(&list, format!("Họ và tên,Dự bị\n{rows}")).unwrap();
            let mut app = app(d, l);
            keys(&mut app, &["Enter", "r", "i"]);
            type_text(&mut app, list.to_str().unwrap());
            keys(&mut app, &["Enter"]);
            app
        }),
        place(Context::Message, |d, l| {
            std::fs::write(d.join("2025-hong.ron"), "(").unwrap();
            let mut app = app(d, l);
            keys(&mut app, &["Enter"]);
            app
        }),
        place(Context::Preview, |d, l| {
            let mut app = on_step(d, l, 6);
            keys(&mut app, &["p"]);
            app
        }),
        place(Context::Help, |d, l| from_home(d, l, &["?"])),
    ]
}

#[test]
fn every_place_is_reached_and_is_what_it_says() {
    let places = all();
    let mut ctxs: Vec<Context> = places.iter().map(|p| p.ctx).collect();
    for p in places {
        let dir = tempfile::tempdir().unwrap();
        let app = (p.reach)(dir.path(), Lang::Vi);
        assert_eq!(app.context(), p.ctx);
    }
    ctxs.dedup();
    let all = Context::all();
    assert_eq!(ctxs.len(), all.len(), "each place once");
    assert!(all.iter().all(|c| ctxs.contains(c)), "every place");
}
