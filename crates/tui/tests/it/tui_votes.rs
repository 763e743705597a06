//! The vote in the app: a new round on a decided member is asked first and kept beside the
//! first, from his step and from the batch grid; a round's number is in its form; the form says
//! what the rules will say.

use crate::support;

use chibo_core::domain::{Command, Level, LevelCounts, MemberId, Step, Tally, VoteMethod};
use chibo_core::i18n::Lang;
use chibo_tui::Context;
use support::*;

/// Three members all present, on the first member's step.
fn on_first_member(disciplined: bool) -> (tempfile::TempDir, chibo_tui::App) {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(
        dir.path(),
        &["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"],
        2025,
    );
    if disciplined {
        let mut s = load(&path);
        s.members[0].disciplined = true;
        chibo_testkit::stored::save(&path, &s);
    }
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "c", "PgDn", "PgDn"]);
    assert!(matches!(app.session().unwrap().step, Step::Member(_)));
    (dir, app)
}

/// The tally form on the member: 3 ballots, all for Good.
fn vote_good(app: &mut chibo_tui::App) {
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
    let rounds = |app: &chibo_tui::App| app.session().unwrap().reviews[0].rounds.len();
    assert_eq!(rounds(&app), 1);
    // Again: asked first, naming the standing result; No keeps it as it is.
    keys(&mut app, &["b"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    let asked = popup_lines(&app, 120, 40, "Xác nhận").join("\n");
    assert!(asked.contains("đã có kết quả"), "{asked}");
    assert!(asked.contains("HTTNV"), "{asked}");
    keys(&mut app, &["k"]);
    assert!(matches!(app.context(), Context::Meeting { .. }), "no form");
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

/// Four members present on the Summary step.
fn on_summary() -> (tempfile::TempDir, chibo_tui::App) {
    on_summary_after(|_| {})
}

/// Four members present on the Summary step, the file first changed by `before`.
fn on_summary_after(
    before: impl FnOnce(&mut chibo_core::domain::Session),
) -> (tempfile::TempDir, chibo_tui::App) {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Nguyễn Văn Ấn",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
    ];
    let path = write_session(dir.path(), &names, 2025);
    let mut s = load(&path);
    before(&mut s);
    chibo_testkit::stored::save(&path, &s);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c", "c", "c"]);
    for _ in 0..7 {
        keys(&mut app, &["PgDn"]);
    }
    (dir, app)
}

#[test]
fn a_batch_count_gives_what_member_by_member_gives() {
    // Per member, in review order: HTXSNV, HTTNV, HTNV, KHTNV, invalid.
    let rows = [
        ["1", "3", "", "", ""],
        ["", "2", "1", "", "1"],
        ["", "", "4", "", ""],
        ["", "1", "1", "2", ""],
    ];
    let (_a, mut batch) = on_summary();
    keys(&mut batch, &["B"]);
    let title = "Kiểm phiếu: một đợt phiếu cho tất cả đảng viên có mặt";
    assert_popup(&batch, Context::Grid, title);
    // The grid opens on the first member's first count.
    for (n, row) in rows.iter().enumerate() {
        if n > 0 {
            keys(&mut batch, &["Down"]);
        }
        for (i, v) in row.iter().enumerate() {
            type_text(&mut batch, v);
            if i < 4 {
                keys(&mut batch, &["Tab"]);
            }
        }
        for _ in 0..4 {
            keys(&mut batch, &["Left"]);
        }
    }
    keys(&mut batch, &["Enter"]);
    // The same counts, member by member, through each member's tally form.
    let (_b, mut one) = on_summary();
    for _ in 0..5 {
        keys(&mut one, &["PgUp"]);
    }
    for row in rows {
        // The form opens on the first level; the row's invalid ballots are just above.
        keys(&mut one, &["b"]);
        assert_eq!(one.context(), Context::Form, "the tally form");
        keys(&mut one, &["Up"]);
        keys(&mut one, &["Bksp"]);
        type_text(&mut one, if row[4].is_empty() { "0" } else { row[4] });
        keys(&mut one, &["Down"]);
        for v in &row[..4] {
            type_text(&mut one, v);
            keys(&mut one, &["Down"]);
        }
        keys(&mut one, &["Enter", "PgDn"]);
    }
    let (a, b) = (batch.session().unwrap(), one.session().unwrap());
    let rounds = |s: &chibo_core::domain::Session| -> Vec<usize> {
        s.reviews.iter().map(|r| r.rounds.len()).collect()
    };
    assert_eq!(rounds(a), [1, 1, 1, 1], "a round per member");
    for (x, y) in a.reviews.iter().zip(&b.reviews) {
        assert_eq!(x.rounds, y.rounds, "{:?}", x.member);
    }
    assert_eq!(
        chibo_core::domain::evaluate(a),
        chibo_core::domain::evaluate(b)
    );
}

/// The batch's row of the member named `name`, as drawn in the grid.
fn grid_row(app: &chibo_tui::App, name: &str) -> String {
    let title = "Kiểm phiếu: một đợt phiếu cho tất cả đảng viên có mặt";
    let lines = popup_lines(app, 120, 40, title);
    let row = lines.iter().find(|l| l.contains(name));
    row.cloned()
        .unwrap_or_else(|| panic!("no row {name}:\n{}", lines.join("\n")))
}

/// Types a row of the paper sheet from its first count, then goes back to its first column.
fn type_row(app: &mut chibo_tui::App, row: [&str; 5]) {
    for (i, v) in row.iter().enumerate() {
        type_text(app, v);
        if i < 4 {
            keys(app, &["Tab"]);
        }
    }
    for _ in 0..4 {
        keys(app, &["Left"]);
    }
}

#[test]
fn the_batch_grid_never_types_over_a_decided_member_without_asking() {
    // Ấn, the first in review order, was voted first with `b`: HTTNV 4/4.
    let an = MemberId::new("m1");
    let (_dir, mut app) = on_summary_after(|s| {
        // Present before the roll call of the app: the file holds the vote of a present member.
        for m in &mut s.members {
            m.attendance = chibo_core::domain::Attendance::Present;
        }
        let good = LevelCounts::new(0, 4, 0, 0);
        let tally = Tally::simple(VoteMethod::SecretBallot, good);
        let member = an.clone();
        s.apply(Command::RecordVote { member, tally }, clock())
            .unwrap();
    });
    assert_eq!(app.session().unwrap().proposed(&an), Some(Level::Good));
    keys(&mut app, &["B"]);
    let title = "Kiểm phiếu: một đợt phiếu cho tất cả đảng viên có mặt";
    assert_popup(&app, Context::Grid, title);
    // His row shows the standing result; the cursor is on Bình's row, the first undecided.
    let an_row = grid_row(&app, "Nguyễn Văn Ấn");
    assert!(
        an_row.contains("HTTNV: 4/4") && an_row.contains("đã có kết quả"),
        "{an_row}"
    );
    type_text(&mut app, "3");
    assert!(
        grid_row(&app, "Trần Thị Bình").contains(" 3 "),
        "typed on Bình's row"
    );
    keys(&mut app, &["Bksp"]);
    // The paper lists everyone: the secretary goes up to Ấn's row and types his counts.
    keys(&mut app, &["Up"]);
    type_text(&mut app, "3");
    assert_popup(&app, Context::Confirm, "Xác nhận");
    let asked = popup_lines(&app, 120, 40, "Xác nhận").join("\n");
    assert!(asked.contains("Nguyễn Văn Ấn đã có kết quả"), "{asked}");
    assert!(asked.contains("HTTNV") && asked.contains("4/4"), "{asked}");
    // No: the grid is back as it was, his row empty and still decided.
    keys(&mut app, &["k"]);
    assert_popup(&app, Context::Grid, title);
    let an_row = grid_row(&app, "Nguyễn Văn Ấn");
    assert!(
        !an_row.contains(" 3 ") && an_row.contains("đã có kết quả"),
        "{an_row}"
    );
    // The rest of the sheet, then saved: Ấn keeps his one round and his result.
    for row in [
        ["", "3", "1", "", ""],
        ["", "", "4", "", ""],
        ["", "", "1", "3", ""],
    ] {
        keys(&mut app, &["Down"]);
        type_row(&mut app, row);
    }
    keys(&mut app, &["Enter"]);
    let s = app.session().unwrap();
    let rounds: Vec<usize> = s.reviews.iter().map(|r| r.rounds.len()).collect();
    assert_eq!(rounds, [1, 1, 1, 1], "a round per member, none more for Ấn");
    assert_eq!(
        s.member_outcome(&an).and_then(|o| o.level()),
        Some(Level::Good)
    );
    assert_eq!(s.proposed(&MemberId::new("m3")), Some(Level::Complete));
    // Asked again and answered yes: a second round, named by `check` as overriding the first.
    // All are decided now: the grid opens on the ballots, Ấn's row just under them.
    keys(&mut app, &["B", "Down"]);
    type_text(&mut app, "4");
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["c"]);
    assert_popup(&app, Context::Grid, title);
    assert!(
        grid_row(&app, "Nguyễn Văn Ấn").contains(" 4 "),
        "the count typed is kept"
    );
    keys(&mut app, &["Enter"]);
    let s = app.session().unwrap();
    assert_eq!(s.review(&an).map(|r| r.rounds.len()), Some(2));
    assert_eq!(s.proposed(&an), Some(Level::Excellent));
    let overridden: Vec<_> = chibo_core::domain::evaluate(s)
        .into_iter()
        .filter(|f| f.kind.rule() == "round-after-result")
        .collect();
    assert_eq!(overridden.len(), 1, "{overridden:?}");
}

#[test]
fn the_papers_of_the_vote_from_the_app() {
    let (dir, mut app) = on_first_member(false);
    // On a member's step, `i` prints the members' ballots.
    keys(&mut app, &["i"]);
    let names = || -> Vec<String> {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert!(
        names().iter().any(|n| n.contains("phieu-danh-gia.docx")),
        "{:?}",
        names()
    );
    // From the summary's export list: the counting record and the list in XLSX.
    for _ in 0..4 {
        keys(&mut app, &["PgDn"]);
    }
    for to in [&["End"][..], &["End", "Up", "Up"]] {
        keys(&mut app, &["e"]);
        assert_picker(&app, "Xuất biên bản");
        keys(&mut app, to);
        keys(&mut app, &["Enter"]);
    }
    let n = names();
    assert!(n.iter().any(|n| n.ends_with(".xlsx")), "{n:?}");
    assert!(n.iter().any(|n| n.contains("kiem-phieu")), "{n:?}");
}

#[test]
fn an_exempt_member_called_present_again_is_present_without_voting() {
    use chibo_core::domain::Attendance;
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(
        dir.path(),
        &["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"],
        2025,
    );
    let mut s = load(&path);
    s.members[1].exempt = true;
    chibo_testkit::stored::save(&path, &s);
    let mut app = app(dir.path(), Lang::Vi);
    // Everyone present; then the exempt member once more: he takes no part in the votes.
    // (The exempt member is listed last: the others are reviewed.)
    keys(&mut app, &["Enter", "c", "c", "c", "Up", "c"]);
    let s = app.session().unwrap();
    assert_eq!(s.members[1].attendance, Attendance::PresentNotVoting);
    assert_eq!((s.voters_present(), s.denominator()), (2, 2));
    assert!(screen(&app, 120, 40).contains("có mặt, không biểu quyết"));
    // Once more: present and voting again.
    keys(&mut app, &["Up", "c"]);
    let s = app.session().unwrap();
    assert_eq!(s.members[1].attendance, Attendance::Present);
    assert_eq!((s.voters_present(), s.denominator()), (3, 3));
}

#[test]
fn the_summary_and_the_opening_name_the_caps_base() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut s = load(&path);
    s.rules.settings.cap_base = chibo_core::domain::CapBase::GoodAndExcellent;
    chibo_testkit::stored::save(&path, &s);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    assert!(screen(&app, 200, 40).contains("HTXSNV ≤ 20% HTTNV + HTXSNV"));
    keys(&mut app, &["PgDn", "PgDn", "PgDn", "PgDn", "PgDn"]);
    assert_eq!(app.session().unwrap().step, Step::Summary);
    let shown = screen(&app, 120, 40);
    assert!(shown.contains("HTXSNV / HTTNV + HTXSNV"), "{shown}");
}
