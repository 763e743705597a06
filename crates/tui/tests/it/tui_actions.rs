//! The key tables walked: in every place, every key bound there does something (the screen,
//! the session, the folder or the app's running changes), and the help lists every one of them
//! whole at 80×24.

use std::path::Path;

use chibo_core::i18n::Lang;
use chibo_tui::App;
use chibo_tui::action_label;
use chibo_tui::{Action, Context, Key, StepKeys, bindings, help_rows};

use crate::places::{Place, all, press};
use crate::support::*;

/// All a key can change, as seen from outside: the frame (styles and cursor too), the session,
/// the files of the folder, and whether the app is ending.
#[derive(PartialEq, Debug)]
struct Seen {
    frame: ratatui::buffer::Buffer,
    cursor: Option<ratatui::layout::Position>,
    session: String,
    files: Vec<(String, u64)>,
    quit: bool,
}

fn seen(app: &App, dir: &Path) -> Seen {
    let t = terminal(app, 120, 40);
    let b = t.backend();
    let mut files: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, e.metadata().unwrap().len())
        })
        .collect();
    files.sort();
    Seen {
        frame: b.buffer().clone(),
        cursor: b.cursor_visible().then(|| b.cursor_position()),
        session: format!("{:?}", app.session()),
        files,
        quit: app.should_quit(),
    }
}

/// Moves the selection onto the step's row whose label starts with `label`.
fn select_row(app: &mut App, label: &str) {
    keys(app, &["Home"]);
    for _ in 0..30 {
        if screen(app, 120, 40).contains(&format!("›{label}")) {
            return;
        }
        keys(app, &["Down"]);
    }
    panic!("no row {label:?}:\n{}", screen(app, 120, 40));
}

/// What a key needs before it has something to act on: a row to move to, a remark under the
/// selection, a character typed, a file added to the folder.
fn prepare(ctx: Context, action: Action, app: &mut App, dir: &Path) {
    use Action as A;
    let step = match ctx {
        Context::Meeting { step, .. } => Some(step),
        _ => None,
    };
    match (ctx, action) {
        (Context::Home, A::Reload) => {
            write_session(dir, &["Phạm Văn Mới"], 2023);
        }
        (Context::Pick, A::PageUp | A::Top) => keys(app, &["End"]),
        // The rule set: a choice of several (the roster offers only "none" until a cell is typed).
        (Context::Form, A::Choose) => keys(app, &["Up", "Up"]),
        (Context::Form | Context::Line | Context::Grid, A::ClearField) => type_text(app, "1"),
        (Context::Line, A::Save) => type_text(app, "Đồng chí Hà"),
        (Context::Grid, A::PrevField) => keys(app, &["Tab"]),
        (Context::Grid, _) => {}
        (_, A::Up | A::Top | A::PageUp) => keys(app, &["Down"]),
        _ => {}
    }
    match (step, action) {
        (Some(StepKeys::Opening), A::Delete) => select_row(app, "Khách mời"),
        (Some(StepKeys::Collective | StepKeys::Member), A::Delete | A::ChangeSpeaker) => {
            select_row(app, "1. ")
        }
        (Some(StepKeys::Member), A::MoveDown) => select_row(app, "1. "),
        (Some(StepKeys::Member), A::MoveUp) => select_row(app, "2. "),
        _ => {}
    }
}

/// Each key of each binding in `place`, on a fresh folder: it changes what is seen.
fn walk(place: &Place) {
    for b in bindings(place.ctx) {
        for key in std::iter::once(b.key).chain(b.alt) {
            let dir = tempfile::tempdir().unwrap();
            let mut app = (place.reach)(dir.path(), Lang::Vi);
            assert_eq!(app.context(), place.ctx);
            prepare(place.ctx, b.action, &mut app, dir.path());
            let before = seen(&app, dir.path());
            press(&mut app, key);
            let after = seen(&app, dir.path());
            assert!(
                before != after,
                "{:?} on {key:?} does nothing in {:?}:\n{}",
                b.action,
                place.ctx,
                screen(&app, 120, 40)
            );
        }
    }
}

fn walk_where(pick: impl Fn(Context) -> bool) {
    let places: Vec<Place> = all().into_iter().filter(|p| pick(p.ctx)).collect();
    assert!(!places.is_empty());
    for p in &places {
        walk(p);
    }
}

#[test]
fn every_key_of_the_screens_does_something() {
    walk_where(|c| matches!(c, Context::Home | Context::Summary | Context::Roster { .. }));
}

#[test]
fn every_key_of_the_meeting_does_something() {
    walk_where(|c| {
        matches!(
            c,
            Context::Meeting {
                read_only: false,
                ..
            }
        )
    });
}

#[test]
fn every_key_of_the_meeting_in_review_does_something() {
    walk_where(|c| {
        matches!(
            c,
            Context::Meeting {
                read_only: true,
                ..
            }
        )
    });
}

#[test]
fn every_key_of_the_popups_does_something() {
    walk_where(|c| {
        !matches!(
            c,
            Context::Home | Context::Summary | Context::Roster { .. } | Context::Meeting { .. }
        )
    });
}

/// Help over `place`, seen at 80×24: every row of its keys, the last one too, whole.
fn help_fits(place: &Place, lang: Lang) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = (place.reach)(dir.path(), lang);
    press(&mut app, Key::F(1));
    let title = chibo_tui::Words::HelpTitle.get(lang);
    assert_popup(&app, Context::Help, title);
    let help = popup_lines(&app, 80, 24, title);
    let rows = help_rows(place.ctx);
    assert!(rows.len() > 1, "{:?}", place.ctx);
    for (keys, action) in rows {
        let label = action_label(action, lang);
        assert!(
            help.iter().any(|l| shows_binding(l, &keys, label)),
            "{:?}: {keys} {label} not shown whole at 80×24:\n{}",
            place.ctx,
            help.join("\n")
        );
    }
}

#[test]
fn help_shows_every_key_of_every_place_at_80x24() {
    let with_help = |p: &Place| bindings(p.ctx).iter().any(|b| b.action == Action::Help);
    let places: Vec<Place> = all().into_iter().filter(with_help).collect();
    assert_eq!(
        places.len(),
        Context::all().len() - 2,
        "all but help and a message"
    );
    for lang in [Lang::Vi, Lang::En] {
        for p in &places {
            help_fits(p, lang);
        }
    }
}
