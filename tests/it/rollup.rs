//! The committee's roll-up over a folder made here: cells of two committees and two years, a
//! duplicate, a missing cell, a broken file and a sealed file changed by hand, against totals
//! computed here from each session independently.

use std::path::{Path, PathBuf};

use chibo_core::domain::{Command, Level, Session, demo};
use chibo_core::i18n::Lang;
use chibo_rollup::{self as rollup, CellStatus, Filter, Problem};

fn at(s: &Session) -> chrono::DateTime<chrono::FixedOffset> {
    let d = s.meeting.date.and_hms_opt(17, 0, 0).unwrap();
    chrono::TimeZone::from_local_datetime(&chrono::FixedOffset::east_opt(7 * 3600).unwrap(), &d)
        .unwrap()
}

/// A finished, sealed meeting of `n` members for a cell of a committee.
fn cell(name: &str, committee: &str, year: i32, n: usize) -> Session {
    let mut s = demo::finished_session(n, year);
    let t = at(&s);
    s.apply(
        Command::Reopen {
            reason: "đổi tên chi bộ".into(),
        },
        t,
    )
    .unwrap();
    let (name, committee) = (name.to_owned(), committee.to_owned());
    s.apply(Command::SetCell { name, committee }, t).unwrap();
    s.apply(Command::Finalize, t).unwrap();
    s
}

fn put(dir: &Path, file: &str, s: &Session) -> PathBuf {
    let p = dir.join(file);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, chibo_files::store::to_ron(s).unwrap()).unwrap();
    p
}

const A: &str = "Đảng bộ Phường Tân Định";
const B: &str = "Đảng bộ Xã Bình Chánh";

fn folder(dir: &Path) -> Vec<Session> {
    let sessions = vec![
        cell("Chi bộ Khu phố 1", A, 2024, 6),
        cell("Chi bộ Khu phố 3", A, 2024, 5),
        cell("Chi bộ Khu phố 1", A, 2025, 7),
        cell("Chi bộ Khu phố 2", A, 2025, 9),
        cell("Chi bộ Ấp 4", B, 2025, 12),
    ];
    put(dir, "a/2024-kp1.ron", &sessions[0]);
    put(dir, "a/2024-kp3.ron", &sessions[1]);
    put(dir, "a/2025-kp1.ron", &sessions[2]);
    put(dir, "a/2025-kp2.ron", &sessions[3]);
    put(dir, "b/2025-ap4.ron", &sessions[4]);
    // The same cell and year twice (a copy kept in another folder).
    put(dir, "a/old/2025-kp2-copy.ron", &sessions[3]);
    std::fs::write(dir.join("a/2025-hong.ron"), "(schema: 1, id: \"x\"").unwrap();
    sessions
}

#[test]
fn totals_problems_and_the_cap_over_the_organisation() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = folder(tmp.path());
    // A sealed file changed by hand: a member's name edited in the text.
    let changed = tmp.path().join("b/2025-ap4.ron");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(&changed, text.replacen("Nguyễn", "Nguyên", 1)).unwrap();
    let filter = Filter {
        year: Some(2025),
        ..Filter::default()
    };
    let r = rollup::collect(&[tmp.path().to_owned()], &filter);
    // Four 2025 files, one a duplicate counted once; the broken one apart.
    assert_eq!(r.cells.len(), 3);
    let a = r.totals.iter().find(|t| t.committee == A).unwrap();
    assert_eq!(a.cells, 2, "kp1 and kp2, its copy left out");
    // Independently: the members' proposed levels, session by session.
    let per_level = |ss: &[&Session], l: Level| -> u32 {
        ss.iter()
            .map(|s| {
                let ids = s.review_order();
                ids.iter().filter(|m| s.proposed(&m.id) == Some(l)).count() as u32
            })
            .sum()
    };
    let a_sessions = [&sessions[2], &sessions[3]];
    for l in Level::ALL {
        assert_eq!(a.per_level.get(l), per_level(&a_sessions, l), "{l:?}");
    }
    let (x, g) = (
        per_level(&a_sessions, Level::Excellent),
        per_level(&a_sessions, Level::Good),
    );
    let cap = a.member_cap.unwrap();
    assert_eq!(cap.limit, g * 20 / 100);
    assert_eq!(cap.room(), i64::from(g * 20 / 100) - i64::from(x));
    let members: u32 = a_sessions.iter().map(|s| s.members.len() as u32).sum();
    assert_eq!(a.members, members);
    // Problems: the duplicate, kp3 missing in 2025, the broken file, the changed seal.
    assert!(r.problems.iter().any(|p| matches!(p,
        Problem::Duplicate { cell, year: 2025, left_out, .. } if cell == "Chi bộ Khu phố 2" && left_out.len() == 1)));
    assert!(r.problems.iter().any(|p| matches!(p,
        Problem::Missing { cell, year: 2025, .. } if cell == "Chi bộ Khu phố 3")));
    let broken = r
        .problems
        .iter()
        .find(|p| matches!(p, Problem::Unreadable { file, .. } if file.ends_with("2025-hong.ron")))
        .unwrap();
    // The store's error, said in the reader's language (it was English whatever the language).
    let (vi, en) = (
        chibo_rollup::words::problem(broken, Lang::Vi),
        chibo_rollup::words::problem(broken, Lang::En),
    );
    assert!(vi.contains("tệp phiên họp bị lỗi"), "{vi}");
    assert!(en.contains("invalid session file"), "{en}");
    assert!(r.problems.iter().any(|p| matches!(p,
        Problem::Changed { file } if file.ends_with("2025-ap4.ron"))));
    let b = r.cells.iter().find(|c| c.committee == B).unwrap();
    assert_eq!(b.status, CellStatus::Changed);
    // Finalized, though changed since: on the check list, its totals not provisional.
    let tb = r.totals.iter().find(|t| t.committee == B).unwrap();
    assert!(!tb.is_provisional());
    assert!(!r.problems.iter().any(|p| matches!(p,
        Problem::Missing { cell, .. } if cell == "Chi bộ Khu phố 1")));
}

#[test]
fn the_cli_csv_has_exactly_its_header_and_exit_codes_say_what_happened() {
    let tmp = tempfile::tempdir().unwrap();
    folder(tmp.path());
    let run = |args: &[&str]| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_chibo"));
        c.arg("summary")
            .args(args)
            .env("CHIBO_LOG_DIR", tmp.path().join("logs"));
        c.output().unwrap()
    };
    let dir = tmp.path().to_str().unwrap();
    let out = run(&[dir, "--year", "2025", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1), "problems listed");
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "committee,year,cell,file,status,members,reviewed,rated,excellent,good,complete,\
         not_complete,not_rated,cell_proposed,kind,provisional"
    );
    // A row per cell counted: the copy of kp2 is on the check list only.
    assert_eq!(lines.count(), 3);
    // Only committee B's folder, with its one clean file: no problem.
    let b = tmp.path().join("b");
    let out = run(&[b.to_str().unwrap(), "--year", "2025", "--committee", B]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Chi bộ Ấp 4"));
    assert!(
        table
            .lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
        "{table}"
    );
    // Nothing readable.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("x.ron"), "(").unwrap();
    assert_eq!(run(&[empty.to_str().unwrap()]).status.code(), Some(2));
}
