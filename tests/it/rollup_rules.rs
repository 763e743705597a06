//! The roll-up as DOMAIN.md's "The committee above" says (issue 16): one committee however it is
//! typed, a cell counted once, each grassroots organisation its own cap, `--cap-percent` above
//! 25 refused, provisional totals marked wherever printed, and the report a party document with
//! the file problems kept out of it.

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use chibo_core::domain::{CellKind, Command, Level, LevelCounts, Session, Tally, VoteMethod, demo};
use chibo_core::i18n::Lang;
use chibo_rollup::{self as rollup, Filter, Problem};
use chrono::{DateTime, FixedOffset, TimeZone};

const TAN_DINH: &str = "Đảng bộ Phường Tân Định";

/// 17:00 on the meeting's day, plus `minutes`.
fn at(s: &Session, minutes: i64) -> DateTime<FixedOffset> {
    let d = s.meeting.date.and_hms_opt(17, 0, 0).unwrap() + chrono::Duration::minutes(minutes);
    FixedOffset::east_opt(7 * 3600)
        .unwrap()
        .from_local_datetime(&d)
        .unwrap()
}

/// A meeting of `n` members for a cell, reopened to name it; sealed again `sealed` minutes after
/// 17:00, or left unfinished when `None`.
fn meeting(cell: &str, committee: &str, n: usize, kind: CellKind, sealed: Option<i64>) -> Session {
    let mut s = demo::finished_session(n, 2025);
    let t = at(&s, 0);
    let reason = "đổi tên chi bộ".to_owned();
    s.apply(Command::Reopen { reason }, t).unwrap();
    let (name, committee) = (cell.to_owned(), committee.to_owned());
    s.apply(Command::SetCell { name, committee }, t).unwrap();
    s.apply(Command::SetCellKind(kind), t).unwrap();
    if let Some(m) = sealed {
        s.apply(Command::Finalize, at(&s, m)).unwrap();
    }
    s
}

fn sealed(cell: &str, committee: &str, n: usize) -> Session {
    meeting(cell, committee, n, CellKind::UnderCommittee, Some(0))
}

/// The members of `s`, in review order, rated `levels` by a new round (reopened, sealed again).
fn rate(s: &mut Session, levels: &[Level]) {
    let t = at(s, 1);
    let reason = "sửa kết quả".to_owned();
    s.apply(Command::Reopen { reason }, t).unwrap();
    let voters = s.voters_present();
    let ids: Vec<_> = s.review_order().iter().map(|m| m.id.clone()).collect();
    for (id, &level) in ids.into_iter().zip(levels) {
        let mut counts = LevelCounts::default();
        counts.set(level, voters);
        let tally = Tally::simple(VoteMethod::SecretBallot, counts);
        s.apply(Command::RecordVote { member: id, tally }, t)
            .unwrap();
    }
    s.apply(Command::Finalize, at(s, 2)).unwrap();
}

fn put(dir: &Path, file: &str, s: &Session) -> PathBuf {
    let p = dir.join(file);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, chibo_files::store::to_ron(s).unwrap()).unwrap();
    p
}

fn chibo(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_chibo"))
        .current_dir(dir)
        .arg("summary")
        .args(args)
        .env("CHIBO_LOG_DIR", dir.join("logs"))
        .output()
        .unwrap()
}

/// The DOCX's text, paragraph by paragraph (runs joined), figures' no-break spaces as spaces.
fn docx_text(bytes: Vec<u8>) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::new();
    for para in xml.split("</w:p>") {
        let mut rest = para;
        // Runs' text only: `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl…>`, `<w:tc>`, `<w:tr>`.
        while let Some(i) = rest.find("<w:t") {
            let after = &rest[i + 4..];
            if !after.starts_with(['>', ' ']) {
                rest = after;
                continue;
            }
            let Some(open) = after.find('>') else { break };
            let body = &after[open + 1..];
            let close = body.find("</w:t>").unwrap_or(body.len());
            text.push_str(&body[..close]);
            rest = &body[close..];
        }
        text.push('\n');
    }
    text.replace('\u{a0}', " ").replace("&amp;", "&")
}

fn everything(dir: &Path) -> rollup::Rollup {
    rollup::collect(&[dir.to_owned()], &Filter::default())
}

#[test]
fn two_spellings_of_one_committee_are_one_committee_with_the_spelling_most_files_use() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    put(d, "kp1.ron", &sealed("Chi bộ Khu phố 1", TAN_DINH, 6));
    put(d, "kp2.ron", &sealed("Chi bộ Khu phố 2", TAN_DINH, 12));
    put(
        d,
        "kp3.ron",
        &sealed("Chi bộ Khu phố 3", "Đảng bộ phường  Tân định", 6),
    );
    let r = everything(d);
    assert_eq!(r.totals.len(), 1, "{:?}", r.totals);
    let t = &r.totals[0];
    assert_eq!(
        (t.committee.as_str(), t.cells, t.members),
        (TAN_DINH, 3, 24)
    );
    // One table, one cap, one report header; `--committee` in any case finds all three.
    let table = rollup::words::table(&r, Lang::Vi);
    assert_eq!(table.matches("— 2025").count(), 1, "{table}");
    let out = chibo(
        d,
        &[
            ".",
            "--format",
            "csv",
            "--committee",
            "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH",
        ],
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(
        csv.lines().skip(1).all(|l| l.starts_with(TAN_DINH)),
        "{csv}"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let text = docx_text(rollup::report::docx(&r, Lang::Vi, today).unwrap());
    assert_eq!(text.matches("ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH").count(), 1, "{text}");
    // A committee that no file names is said, not an empty roll-up with exit 0.
    let out = chibo(d, &[".", "--committee", "Đảng bộ Phường Bến Nghé"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Bến Nghé") && err.contains(TAN_DINH), "{err}");
}

#[test]
fn a_cell_with_several_files_counts_once_the_newest_sealed() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let older = meeting(
        "Chi bộ Khu phố 2",
        TAN_DINH,
        7,
        CellKind::UnderCommittee,
        Some(0),
    );
    let newer = meeting(
        "Chi bộ Khu phố 2",
        TAN_DINH,
        9,
        CellKind::UnderCommittee,
        Some(30),
    );
    // A copy being edited again: newer, but not sealed.
    let editing = meeting(
        "Chi bộ khu phố 2",
        TAN_DINH,
        12,
        CellKind::UnderCommittee,
        None,
    );
    put(d, "a/kp2.ron", &older);
    let counted = put(d, "b/kp2-final.ron", &newer);
    put(d, "c/kp2-sua.ron", &editing);
    put(d, "kp1.ron", &sealed("Chi bộ Khu phố 1", TAN_DINH, 6));
    let r = everything(d);
    let t = &r.totals[0];
    assert_eq!((t.cells, t.members), (2, 9 + 6), "{t:?}");
    let kp2: Vec<_> = r.cells.iter().filter(|c| c.cell.ends_with("2")).collect();
    assert_eq!(kp2.len(), 1);
    assert_eq!(kp2[0].file, counted);
    let dup = r
        .problems
        .iter()
        .find(|p| matches!(p, Problem::Duplicate { .. }));
    let listed = rollup::words::problem(dup.unwrap(), Lang::Vi);
    for f in ["kp2.ron", "kp2-final.ron", "kp2-sua.ron"] {
        assert!(listed.contains(f), "{listed}");
    }
    // Left out of every total: the CSV's rows, the workbook's, the report's.
    let csv = String::from_utf8(rollup::words::csv(&r).unwrap()).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let mut wb = Xlsx::new(std::io::Cursor::new(
        rollup::xlsx::xlsx(&r, Lang::Vi).unwrap(),
    ))
    .unwrap();
    let sheet = wb.worksheet_range("2025 Phường Tân Định").unwrap();
    let total = (0..sheet.height() as u32)
        .find(|row| matches!(sheet.get_value((*row, 1)), Some(Data::String(s)) if s.starts_with("Cộng")))
        .unwrap();
    assert_eq!(sheet.get_value((total, 3)), Some(&Data::Float(15.0)));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let text = docx_text(rollup::report::docx(&r, Lang::Vi, today).unwrap());
    assert!(text.contains("Cộng (2 chi bộ)"), "{text}");
}

#[test]
fn two_grassroots_cells_under_one_district_each_have_their_own_cap() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let district = "Đảng bộ Quận 1";
    let (x, g) = (Level::Excellent, Level::Good);
    // Six members, two of them rated Excellent: 4 Good allow none (over by 2).
    let mut over = meeting(
        "Chi bộ Trường A",
        district,
        6,
        CellKind::Grassroots,
        Some(0),
    );
    rate(&mut over, &[x, x, g, g, g, g]);
    // Thirty members all Good: 6 Excellent allowed, none proposed.
    let mut room = meeting(
        "Chi bộ Trường B",
        district,
        30,
        CellKind::Grassroots,
        Some(0),
    );
    rate(&mut room, &[g; 30]);
    put(d, "a.ron", &over);
    put(d, "b.ron", &room);
    let r = everything(d);
    let table = rollup::words::table(&r, Lang::En);
    // Pooled, 2 Excellent for 34 Good would read "4 more allowed": no such cap.
    assert!(!table.contains("Members:"), "{table}");
    assert!(!table.contains("4 more allowed"), "{table}");
    let own = |x: &str| format!("Grassroots cell: HTXSNV/HTTNV {x}");
    assert!(
        table.contains(&own("2/4, at most 0 (20%): 2 OVER")),
        "{table}"
    );
    assert!(
        table.contains(&own("0/30, at most 6 (20%): 6 more allowed")),
        "{table}"
    );
    // A cell under the district beside them is counted alone in the committee's cap.
    let under = sealed("Chi bộ Khu phố 9", district, 12);
    put(d, "c.ron", &under);
    let r = everything(d);
    let table = rollup::words::table(&r, Lang::En);
    let x = under.summary().per_level;
    let line = format!(
        "Members: HTXSNV/HTTNV {}/{},",
        x.get(Level::Excellent),
        x.get(Level::Good)
    );
    assert!(table.contains(&line), "{table}");
}

#[test]
fn totals_with_an_unfinished_session_are_provisional_wherever_printed() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    put(d, "kp1.ron", &sealed("Chi bộ Khu phố 1", TAN_DINH, 6));
    put(
        d,
        "kp2.ron",
        &meeting(
            "Chi bộ Khu phố 2",
            TAN_DINH,
            9,
            CellKind::UnderCommittee,
            None,
        ),
    );
    let r = everything(d);
    assert!(rollup::words::table(&r, Lang::Vi).contains("tạm tính"));
    assert!(rollup::words::table(&r, Lang::En).contains("provisional"));
    // The CSV says which rows are not final; its totals on stderr say provisional.
    let out = chibo(d, &[".", "--format", "csv", "--lang", "en"]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.lines().next().unwrap().ends_with(",provisional"),
        "{csv}"
    );
    assert!(
        csv.contains("Chi bộ Khu phố 2,")
            && csv
                .lines()
                .any(|l| l.contains("Khu phố 2") && l.ends_with(",true")),
        "{csv}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("provisional"));
    let mut wb = Xlsx::new(std::io::Cursor::new(
        rollup::xlsx::xlsx(&r, Lang::Vi).unwrap(),
    ))
    .unwrap();
    let sheet = wb.worksheet_range("2025 Phường Tân Định").unwrap();
    let marked = sheet
        .rows()
        .flatten()
        .any(|c| c.to_string().contains("tạm tính"));
    assert!(marked, "the workbook's totals are not marked");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let text = docx_text(rollup::report::docx(&r, Lang::Vi, today).unwrap());
    assert!(text.contains("tạm tính"), "{text}");
    // And on the app's roll-up screen.
    let mut app = chibo_tui::App::new(d, Lang::Vi, || at(&demo::finished_session(1, 2025), 0));
    app.settle();
    let key =
        ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char('s'));
    app.handle(&ratatui::crossterm::event::Event::Key(key));
    app.settle();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    term.draw(|f| app.draw(f)).unwrap();
    let screen: String = term
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(screen.contains("tạm tính"), "{screen}");
}

#[test]
fn a_cap_percent_above_25_is_refused_in_the_words_of_the_sessions_setting() {
    let tmp = tempfile::tempdir().unwrap();
    put(
        tmp.path(),
        "kp1.ron",
        &sealed("Chi bộ Khu phố 1", TAN_DINH, 6),
    );
    let out = chibo(tmp.path(), &[".", "--cap-percent", "30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    // The words of the session's own setting (the rules' CapTooHigh finding).
    assert!(
        err.contains("Tỷ lệ HTXSNV 30% vượt mức tối đa 25%"),
        "{err}"
    );
    let out = chibo(tmp.path(), &[".", "--cap-percent", "25"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(25%)"));
}

#[test]
fn the_report_is_a_party_document_with_figures_only() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    put(
        d,
        "phuong/kp1.ron",
        &sealed("Chi bộ Khu phố 1", TAN_DINH, 6),
    );
    put(
        d,
        "phuong/kp1-copy.ron",
        &sealed("Chi bộ Khu phố 1", TAN_DINH, 6),
    );
    put(
        d,
        "phuong/kp2.ron",
        &meeting(
            "Chi bộ Khu phố 2",
            TAN_DINH,
            9,
            CellKind::UnderCommittee,
            None,
        ),
    );
    std::fs::write(d.join("phuong/hong.ron"), "(schema: 1").unwrap();
    let r = everything(d);
    assert!(r.problems.len() >= 3, "{:?}", r.problems);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let text = docx_text(rollup::report::docx(&r, Lang::Vi, today).unwrap());
    let dir = d.display().to_string();
    for banned in [
        ".ron",
        "phuong/",
        dir.as_str(),
        "hong",
        "copy",
        "đã khóa",
        "khóa biên bản",
        "đang họp",
        "chuẩn bị",
        "trùng tệp",
        "nhiều tệp",
    ] {
        assert!(
            !text.contains(banned),
            "the report holds {banned:?}:\n{text}"
        );
    }
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Số") && l.ends_with("-BC/ĐU")),
        "{text}"
    );
    assert!(text.contains("Phường Tân Định, ngày 15 tháng 01 năm 2026"));
    assert!(lines.contains(&"BÁO CÁO"), "{text}");
    let signs = text.find("T/M ĐẢNG ỦY").unwrap();
    assert!(text[signs..].contains("BÍ THƯ"), "{text}");
    assert!(text[signs..].contains("Nơi nhận"), "{text}");
    // The check list is where the file problems are: the CLI's standard error.
    let out = chibo(d, &[".", "--format", "docx", "-o", "bao-cao.docx"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("hong.ron") && err.contains("kp1-copy.ron"),
        "{err}"
    );
}
