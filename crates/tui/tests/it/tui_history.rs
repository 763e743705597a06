//! A member's ratings across the sessions of the folder, from the roster.

use crate::support;

use chibo_core::domain::{Attendance, Command, LevelCounts, MemberId, Tally, VoteMethod};
use chibo_core::i18n::Lang;
use support::*;

#[test]
fn a_members_levels_over_the_years() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["Nguyễn Văn Ấn", "Trần Thị Bình"];
    let old = write_session(dir.path(), &names, 2024);
    let mut s = load(&old);
    let m1 = MemberId::new("m1");
    for id in ["m1", "m2"] {
        let attendance = Attendance::Present;
        let member = MemberId::new(id);
        s.apply(Command::SetAttendance { member, attendance }, clock())
            .unwrap();
    }
    let tally = Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(2, 0, 0, 0));
    s.apply(
        Command::RecordVote {
            member: m1.clone(),
            tally,
        },
        clock(),
    )
    .unwrap();
    chibo_files::store::save(&old, &s).unwrap();
    write_session(dir.path(), &names, 2025);

    let mut app = app(dir.path(), Lang::Vi);
    // Newest first: the 2025 session opens; its roster; the first member's history.
    keys(&mut app, &["Enter", "r", "h"]);
    let shown = screen(&app, 120, 40);
    assert!(
        shown.contains("Xếp loại qua các năm — Nguyễn Văn Ấn"),
        "{shown}"
    );
    assert!(
        shown.contains("2024 · 15/12/2024 · HTXSNV: 2/2 > 1/2"),
        "{shown}"
    );
    assert!(shown.contains("2025 · 15/12/2025 · chưa xếp loại"));
}
