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

#[test]
fn history_is_one_person_in_one_cell_never_an_id_across_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let votes = |e, g, c, n| Some(LevelCounts::new(e, g, c, n));
    let an = "Nguyễn Văn An";
    // This year's session of Khu phố 1: An is m2 here.
    let this_year = [("Trần Thị Bình", Some(1985), None), (an, Some(1980), None)];
    cell_session(d, "2025-kp1", "Chi bộ Khu phố 1", 2025, &this_year);
    // Last year, the same cell spelled otherwise: An was m1, Bình m2.
    let last_year = [
        (an, Some(1980), votes(2, 0, 0, 0)),
        ("Trần Thị Bình", Some(1985), votes(0, 0, 0, 2)),
    ];
    cell_session(d, "2024-kp1", "CHI BỘ  khu phố 1", 2024, &last_year);
    // Other cells reuse m1 and m2, one even for a namesake born the same year.
    let kp2 = [
        ("Quách Văn Bảo", Some(1970), votes(0, 0, 2, 0)),
        (an, Some(1975), votes(0, 2, 0, 0)),
    ];
    cell_session(d, "2024-kp2", "Chi bộ Khu phố 2", 2024, &kp2);
    let kp3 = [
        ("Đinh Công Sơn", Some(1990), votes(0, 0, 0, 2)),
        (an, Some(1980), votes(0, 0, 2, 0)),
    ];
    cell_session(d, "2024-kp3", "Chi bộ Khu phố 3", 2024, &kp3);
    // Two years ago the cell had two An born in 1980 (and an older An, another person).
    let two_years_ago = [
        (an, Some(1980), votes(0, 3, 0, 0)),
        (an, Some(1980), None),
        (an, Some(1960), votes(3, 0, 0, 0)),
    ];
    cell_session(d, "2023-kp1", "Chi bộ Khu phố 1", 2023, &two_years_ago);
    // Three years ago no birth year was written: the name alone matches, and the line says so.
    let three_years_ago = [
        (an, None, votes(0, 0, 3, 0)),
        ("Trần Thị Bình", None, None),
        ("Lê Văn Cường", None, None),
    ];
    cell_session(d, "2022-kp1", "Chi bộ Khu phố 1", 2022, &three_years_ago);

    let mut app = app(d, Lang::Vi);
    // The 2025 session opens (newest first); its roster; An, the second row; his history.
    keys(&mut app, &["Enter", "r", "Down", "h"]);
    let title = format!("Xếp loại qua các năm — {an}");
    assert_popup(&app, chibo_tui::Context::Message, &title);
    let lines = popup_lines(&app, 120, 40, &title);
    // The box's text, its wrapped lines joined again.
    let text = lines
        .iter()
        .skip(1)
        .map(|l| l.trim_matches(|c: char| c == '│' || c == '└' || c.is_whitespace()))
        .filter(|l| !l.is_empty() && !l.contains("Enter/Esc"))
        .collect::<Vec<_>>()
        .join(" ");
    for line in [
        "2025 · 15/12/2025 · chưa xếp loại",
        "2024 · 15/12/2024 · HTXSNV: 2/2 > 1/2",
        "2023 · 15/12/2023 · 2 đảng viên trùng họ tên và năm sinh, không rõ là ai: \
         HTTNV: 3/3 > 1/2; chưa xếp loại",
        "2022 · 15/12/2022 · HTNV: 3/3 > 1/2 (chỉ khớp theo họ tên: thiếu năm sinh)",
    ] {
        assert!(text.contains(line), "{line:?} in:\n{}", lines.join("\n"));
    }
    assert_eq!(text.matches(" · 15/12/").count(), 4, "{text}");
    // Never Bình's KHTNV (m1 last year), nor another cell's m1, m2 or namesake.
    for other in ["KHTNV", "HTNV: 2/2", "HTTNV: 2/2", "HTXSNV: 3/3"] {
        assert!(!text.contains(other), "{other} in {text}");
    }
}
