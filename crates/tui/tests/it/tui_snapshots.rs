//! Every screen drawn on a TestBackend at 80×24 and 120×40, some in English, with long
//! Vietnamese names; compared with the reviewed snapshots in tests/snapshots.

use crate::support;

use std::path::{Path, PathBuf};

use chibo_core::domain::{
    Attendance, Command, LevelCounts, Member, MemberId, Remark, Speaker, Step, Tally, TextField,
    VoteMethod,
};
use chibo_core::i18n::Lang;
use chibo_tui::App;
use support::*;

const NAMES: [&str; 5] = [
    "Nguyễn Thị Thanh Hương",
    "Trần Văn Quyết",
    "Tôn Nữ Hoàng Khánh Nguyệt Phương Thảo",
    "Lê Đình Ưng",
    "Phạm Thị Ỷ Lan",
];

use chibo_testkit::stored::save;

/// A session in the middle of the meeting: roll call done, the first member voted.
fn meeting_dir() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("phien-hop");
    std::fs::create_dir(&dir).unwrap();
    let path = write_session(&dir, &NAMES, 2025);
    let mut s = load(&path);
    let at = clock();
    let id = |i: usize| MemberId::new(format!("m{i}"));
    let mut m6 = Member::new("m6", "Vũ Văn Dự Bị");
    m6.membership = chibo_core::domain::Membership::Probationary;
    let mut cmds = vec![Command::AddMember(m6)];
    for i in 1..=4 {
        cmds.push(Command::SetAttendance {
            member: id(i),
            attendance: Attendance::Present,
        });
    }
    cmds.extend([
        Command::SetAttendance { member: id(5), attendance: Attendance::Excused("ốm".into()) },
        Command::SetChair(Some(id(1))),
        Command::SetMinuteTaker(Some(id(2))),
        Command::AddGuest("Đồng chí Hoàng Văn Khách, Đảng ủy viên phường".into()),
        Command::Goto(Step::Collective),
        Command::SetCollectiveText {
            field: TextField::Strengths,
            text: "Chi bộ duy trì sinh hoạt đều đặn, nội bộ đoàn kết.\nLãnh đạo hoàn thành các chỉ tiêu được giao.".into(),
        },
        Command::AddContribution(Remark {
            speaker: Speaker::Member(id(3)),
            text: "Đề nghị bổ sung kết quả công tác dân vận.".into(),
        }),
        Command::SetMemberText {
            member: id(1),
            field: TextField::Strengths,
            text: "Gương mẫu, trách nhiệm trong công tác.".into(),
        },
        Command::AddCriticism {
            member: id(1),
            remark: Remark { speaker: Speaker::Member(id(2)), text: "Cần sâu sát cơ sở hơn nữa.".into() },
        },
        Command::RecordVote {
            member: id(1),
            tally: Tally {
                method: VoteMethod::SecretBallot,
                issued: 4,
                returned: 4,
                invalid: 0,
                counts: LevelCounts::new(1, 3, 0, 0),
            },
        },
        Command::Goto(Step::Opening),
    ]);
    for c in cmds {
        s.apply(c, at).unwrap();
    }
    save(&path, &s);
    (tmp, dir)
}

fn opened(dir: &Path, lang: Lang) -> App {
    let mut app = app(dir, lang);
    keys(&mut app, &["Enter"]);
    app
}

fn snap(name: &str, app: &App) {
    for (w, h) in [(80, 24), (120, 40)] {
        let t = terminal(app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
    }
}

#[test]
fn home_empty_and_with_sessions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("phien-hop");
    std::fs::create_dir(&dir).unwrap();
    snap("home_empty", &app(&dir, Lang::Vi));
    write_session(&dir, &NAMES, 2024);
    write_session(&dir, &NAMES[..3], 2025);
    snap("home", &app(&dir, Lang::Vi));
    snap("home_en", &app(&dir, Lang::En));
}

#[test]
fn a_broken_file_is_listed_with_its_error() {
    let tmp = tempfile::tempdir().unwrap();
    write_session(tmp.path(), &NAMES, 2025);
    std::fs::write(tmp.path().join("hong.ron"), "(schema: 1, id: ").unwrap();
    let mut app = app(tmp.path(), Lang::Vi);
    assert!(screen(&app, 120, 40).contains("hong.ron"));
    keys(&mut app, &["Down", "Enter"]);
    assert!(app.session().is_none(), "a broken file does not open");
    assert_popup(&app, chibo_tui::Context::Message, "Lỗi");
}

#[test]
fn new_session_form() {
    let (_t, dir) = meeting_dir();
    let mut app = app(&dir, Lang::Vi);
    keys(&mut app, &["n"]);
    type_text(&mut app, "Chi bộ Khu phố 3");
    snap("new_session", &app);
}

#[test]
fn roster_and_member_form() {
    let (_t, dir) = meeting_dir();
    let mut app = opened(&dir, Lang::Vi);
    keys(&mut app, &["r", "Down", "Down"]);
    snap("roster", &app);
    keys(&mut app, &["Enter"]);
    snap("member_form", &app);
}

#[test]
fn each_step_of_the_meeting() {
    let (_t, dir) = meeting_dir();
    let mut app = opened(&dir, Lang::Vi);
    snap("step_opening", &app);
    keys(&mut app, &["PgDn"]);
    snap("step_collective", &app);
    keys(&mut app, &["PgDn"]);
    snap("step_member", &app);
    keys(&mut app, &["PgDn", "b", "Down"]);
    type_text(&mut app, "3");
    snap("tally_form", &app);
    // Esc on a form with typed data asks first; Enter drops it.
    keys(&mut app, &["Esc", "Enter"]);
    for _ in 0..5 {
        keys(&mut app, &["PgDn"]);
    }
    snap("step_cell", &app);
    keys(&mut app, &["PgDn"]);
    snap("step_summary", &app);
    keys(&mut app, &["PgDn"]);
    snap("step_minutes", &app);
    keys(&mut app, &["PgDn"]);
    snap("step_close", &app);
    keys(&mut app, &["f"]);
    snap("finalize_confirm", &app);
    keys(&mut app, &["Enter", "PgUp"]);
    snap("review_minutes", &app);
}

#[test]
fn english_member_step_and_help() {
    let (_t, dir) = meeting_dir();
    let mut app = opened(&dir, Lang::En);
    keys(&mut app, &["PgDn", "PgDn"]);
    snap("step_member_en", &app);
    keys(&mut app, &["?"]);
    snap("help_member_en", &app);
}

#[test]
fn editor_with_vietnamese_text() {
    let (_t, dir) = meeting_dir();
    let mut app = opened(&dir, Lang::Vi);
    keys(&mut app, &["PgDn", "PgDn", "Down", "Enter"]);
    type_text(
        &mut app,
        "Đôi lúc chưa kịp thời.\nCần khắc phục trong năm 2026.",
    );
    snap("editor", &app);
}

#[test]
fn too_small_terminal_says_what_it_needs() {
    let (_t, dir) = meeting_dir();
    let app = opened(&dir, Lang::Vi);
    let t = terminal(&app, 60, 20);
    insta::assert_snapshot!("too_small_60x20", t.backend());
    assert!(screen(&app, 79, 24).contains("80×24"));
    assert!(!screen(&app, 80, 24).contains("80×24"));
}
