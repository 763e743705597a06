//! The vote in the app: a new round on a decided member is asked first and kept beside the
//! first; a round's number is in its form; the form says what the rules will say.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "tui_support.rs"]
mod support;

use chibo::domain::Step;
use chibo::i18n::Lang;
use support::*;

/// Three members all present, on the first member's step.
fn on_first_member(disciplined: bool) -> (tempfile::TempDir, chibo::tui::App) {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(
        dir.path(),
        &["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"],
        2025,
    );
    if disciplined {
        let mut s = load(&path);
        s.members[0].disciplined = true;
        let cfg =
            ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
        std::fs::write(&path, ron::ser::to_string_pretty(&s, cfg).unwrap()).unwrap();
    }
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "c", "PgDn", "PgDn"]);
    assert!(matches!(app.session().unwrap().step, Step::Member(_)));
    (dir, app)
}

/// The tally form on the member: 3 ballots, all for Good.
fn vote_good(app: &mut chibo::tui::App) {
    keys(app, &["Down"]);
    type_text(app, "3");
}

#[test]
fn a_new_round_on_a_decided_member_is_asked_and_both_rounds_kept() {
    let (_d, mut app) = on_first_member(false);
    keys(&mut app, &["b"]);
    assert!(screen(&app, 120, 40).contains("vòng 1"));
    vote_good(&mut app);
    keys(&mut app, &["Enter"]);
    let rounds = |app: &chibo::tui::App| app.session().unwrap().reviews[0].rounds.len();
    assert_eq!(rounds(&app), 1);
    // Again: asked first, naming the standing result; No keeps it as it is.
    keys(&mut app, &["b"]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("đã có kết quả"), "{shown}");
    assert!(shown.contains("HTTNV"), "{shown}");
    keys(&mut app, &["k"]);
    assert!(!screen(&app, 120, 40).contains("Biểu quyết xếp loại —"));
    // Yes: the second round's form says so.
    keys(&mut app, &["b", "c"]);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("vòng 2"), "{shown}");
    // Its problems are named as round 2's.
    keys(&mut app, &["Down"]);
    type_text(&mut app, "9");
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("vòng 2 không khớp"), "{shown}");
    assert!(!shown.contains("vòng 1 không khớp"), "{shown}");
    keys(&mut app, &["Bksp"]);
    type_text(&mut app, "3");
    keys(&mut app, &["Enter"]);
    assert_eq!(rounds(&app), 2, "the minutes keep every round");
}

#[test]
fn the_tally_form_says_what_the_rules_will_say() {
    let (_d, mut app) = on_first_member(true);
    keys(&mut app, &["b"]);
    vote_good(&mut app);
    let form = screen(&app, 120, 40);
    // Disciplined in the year: the rules call a better level than KHTNV an error; the form
    // says it before saving, and says it once.
    let error_lines: Vec<&str> = form.lines().filter(|l| l.contains("kỷ luật")).collect();
    assert_eq!(error_lines.len(), 1, "{form}");
}
