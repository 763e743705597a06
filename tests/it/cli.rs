//! The command line, run as a user runs it: the built binary on the sample sessions and on a
//! temporary folder.
// Test and bench code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE_2024: &str = "sessions/2024-chi-bo-khu-pho-3.ron";
const SAMPLE_2025: &str = "sessions/2025-chi-bo-khu-pho-3.ron";

/// The log of these runs goes under target/, not into the home folder.
fn log_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-logs")
}

fn chibo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(args)
        .env_remove("CHIBO_DIR")
        .env("CHIBO_LOG_DIR", log_dir())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run chibo")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

fn sample(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn new_session(dir: &Path, extra: &[&str]) -> PathBuf {
    let d = dir.to_str().expect("utf-8 path");
    let mut args = vec![
        "--dir",
        d,
        "new",
        "--cell",
        "Chi bộ Tổ dân phố 5",
        "--committee",
        "Đảng bộ Phường Hòa Cường",
        "--year",
        "2025",
        "--date",
        "2025-12-12",
        "--place",
        "Nhà văn hóa tổ 5",
    ];
    args.extend_from_slice(extra);
    let o = chibo(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    PathBuf::from(stdout(&o).trim())
}

#[test]
fn list_shows_both_samples_newest_first() {
    let o = chibo(&["list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let i2025 = out.find("2025-chi-bo-khu-pho-3.ron").expect("2025 listed");
    let i2024 = out.find("2024-chi-bo-khu-pho-3.ron").expect("2024 listed");
    assert!(i2025 < i2024, "newest first:\n{out}");
    assert!(out.contains("Đã khóa"), "{out}");
    assert!(out.contains("Đang họp"), "{out}");
}

#[test]
fn list_in_english_uses_chibo_dir() {
    let dir = tempfile::tempdir().expect("tmp");
    new_session(dir.path(), &[]);
    let o = Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(["--lang", "en", "list"])
        .env("CHIBO_DIR", dir.path())
        .env("CHIBO_LOG_DIR", log_dir())
        .output()
        .expect("run");
    let out = stdout(&o);
    assert!(out.contains("2025-chi-bo-to-dan-pho-5.ron"), "{out}");
    assert!(out.contains("Draft"), "{out}");
    assert!(out.contains("0/0"), "{out}");
}

#[test]
fn check_finished_sample_exits_zero() {
    let o = chibo(&["check", SAMPLE_2024]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

/// `check` reports the blanks finalizing names (issue 16): a warning in a sealed file (the 2024
/// sample's secret ballots name no counting team), a note while the meeting goes on.
#[test]
fn check_reports_the_blanks_of_the_record() {
    let o = chibo(&["check", SAMPLE_2024]);
    assert_eq!(o.status.code(), Some(0), "warnings only");
    let out = stdout(&o);
    assert!(
        out.contains(
            "CẢNH BÁO Hội nghị: Có bỏ phiếu kín nhưng chưa ghi tổ kiểm phiếu và tổ trưởng"
        ),
        "{out}"
    );
    let o = chibo(&["check", SAMPLE_2025]);
    let out = stdout(&o);
    assert!(
        out.contains("GHI CHÚ Võ Văn Thành: Chưa có kết luận của chủ trì"),
        "{out}"
    );
    assert!(
        out.contains("GHI CHÚ Hội nghị: Chưa ghi giờ kết thúc"),
        "{out}"
    );
}

#[test]
fn check_unparsable_file_exits_two_with_position_and_leaves_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("hong.ron");
    let text = "(\n    schema: 1,\n    id: \"x\"\n    cell: (name: \"Chi bộ\"),\n)\n";
    std::fs::write(&path, text).expect("write");
    let o = chibo(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:4:", path.display())), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn check_error_finding_exits_one() {
    let dir = tempfile::tempdir().expect("tmp");
    let src = std::fs::read_to_string(sample(SAMPLE_2025)).expect("sample");
    // Breaking a tally's arithmetic by hand is an error-level finding.
    let broken = src.replacen("issued: ", "issued: 9", 1);
    assert_ne!(broken, src, "the sample has a tally");
    let path = dir.path().join("sai.ron");
    std::fs::write(&path, broken).expect("write");
    let o = chibo(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("LỖI"), "{}", stdout(&o));
}

#[test]
fn check_says_when_a_later_round_overrides_a_decided_one() {
    let dir = tempfile::tempdir().expect("tmp");
    let src = std::fs::read_to_string(sample(SAMPLE_2025)).expect("sample");
    // The first rated member's round (HTTNV 10/12), then a second round typed over it.
    let first =
        "counts: (\n                        excellent: 2,\n                        good: 10,";
    let again = "(\n                    method: SecretBallot,\n                    issued: 12,\n\
                 returned: 12,\n                    invalid: 0,\n                    counts: (\n\
                 excellent: 12,\n                        good: 0,\n                        \
                 complete: 0,\n                        not_complete: 0,\n                    ),\n\
                 ),\n            ],";
    let at = src.find(first).expect("the sample's first round");
    let end = at + src[at..].find("],").expect("the end of its rounds");
    let edited = format!("{}{again}{}", &src[..end], &src[end + 2..]);
    let path = dir.path().join("hai-vong.ron");
    std::fs::write(&path, edited).expect("write");
    let o = chibo(&["check", path.to_str().expect("utf-8")]);
    let out = stdout(&o);
    assert!(
        out.contains("Vòng 2 được biểu quyết sau khi vòng 1 đã có kết quả (HTTNV)"),
        "{out}{}",
        stderr(&o)
    );
}

#[test]
fn show_prints_header_members_and_cell() {
    let o = chibo(&["show", SAMPLE_2024]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for needle in [
        "Chi bộ Khu phố 3",
        "qd124",
        "Chủ trì",
        "Mẫu số biểu quyết",
        "Chi bộ tự nhận",
        "HTXSNV",
    ] {
        assert!(out.contains(needle), "missing {needle}:\n{out}");
    }
    let en = stdout(&chibo(&["--lang", "en", "show", SAMPLE_2025]));
    assert!(en.contains("Majority denominator"), "{en}");
    assert!(en.contains("qd366"), "{en}");
}

#[test]
fn new_creates_a_private_draft() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = new_session(dir.path(), &[]);
    assert_eq!(path, dir.path().join("2025-chi-bo-to-dan-pho-5.ron"));
    let meta = std::fs::metadata(&path).expect("meta");
    assert!(chibo_files::os::is_private(&meta), "mode 0600 on unix");
    let s = chibo_files::store::load(&path).expect("loads");
    assert_eq!(s.cell.name, "Chi bộ Tổ dân phố 5");
    assert_eq!(s.rules.name, chibo_core::domain::RuleSetName::Qd366);
    assert!(s.members.is_empty());
    // A second session of the same cell and year gets its own file.
    let second = new_session(dir.path(), &[]);
    assert_ne!(second, path);
}

#[test]
fn new_from_copies_the_roster_with_ids_and_clears_the_year() {
    let dir = tempfile::tempdir().expect("tmp");
    let from = sample(SAMPLE_2024);
    let old = chibo_files::store::load(&from).expect("sample");
    let path = new_session(dir.path(), &["--from", from.to_str().expect("utf-8")]);
    let s = chibo_files::store::load(&path).expect("loads");
    let ids = |s: &chibo_core::domain::Session| {
        s.members.iter().map(|m| m.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&s), ids(&old));
    assert!(
        s.members
            .iter()
            .all(|m| m.attendance == chibo_core::domain::Attendance::Unknown)
    );
    assert!(s.members.iter().all(|m| !m.disciplined));
    assert!(s.reviews.is_empty());
    assert!(s.log.is_empty());
}

#[test]
fn export_csv_has_the_exact_header_and_a_row_per_member() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("ket-qua.csv");
    let o = chibo(&[
        "export",
        SAMPLE_2024,
        "--format",
        "csv",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), out.display().to_string());
    let text = std::fs::read_to_string(&out).expect("csv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "no,member_id,full_name,membership,reviewed,attendance,self_assessed,votes_excellent,\
             votes_good,votes_complete,votes_not_complete,denominator,proposed,findings"
        )
    );
    let s = chibo_files::store::load(&sample(SAMPLE_2024)).expect("sample");
    assert_eq!(lines.count(), s.members.len());
    assert!(text.contains("HTXSNV"));
}

#[test]
fn export_without_output_goes_next_to_the_session() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("2024-chi-bo-khu-pho-3.ron");
    std::fs::copy(sample(SAMPLE_2024), &path).expect("copy");
    let o = chibo(&["export", path.to_str().expect("utf-8"), "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let expected = dir.path().join("2024-chi-bo-khu-pho-3.ket-qua.csv");
    assert_eq!(stdout(&o).trim(), expected.display().to_string());
    assert!(expected.exists());
}

#[test]
fn unknown_format_and_language_are_refused() {
    let o = chibo(&["export", SAMPLE_2024, "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pdf"));
    let o = chibo(&["--lang", "fr", "list"]);
    assert_eq!(o.status.code(), Some(2));
}

// ---------- the log file ----------

/// Runs chibo with its log in `logs`.
fn chibo_logged(logs: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(args)
        .env_remove("CHIBO_DIR")
        .env("CHIBO_LOG_DIR", logs)
        .output()
        .expect("run chibo")
}

/// Every quoted string of a session file that holds a space: names, places, remarks.
fn meeting_text(ron: &str) -> Vec<String> {
    ron.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| s.contains(' '))
        .map(str::to_owned)
        .collect()
}

#[test]
fn export_is_logged_with_paths_and_no_meeting_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let logs = dir.path().join("logs");
    let path = dir.path().join("2024-chi-bo-khu-pho-3.ron");
    std::fs::copy(sample(SAMPLE_2024), &path).expect("copy");
    let p = path.to_str().expect("utf-8");
    let o = chibo_logged(&logs, &["export", p, "--format", "txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let log = std::fs::read_to_string(logs.join("chibo.log")).expect("a log");
    assert!(log.contains("command=export"), "{log}");
    assert!(log.contains(&format!(
        "session loaded path={p} session=2024-chi-bo-khu-pho-3"
    )));
    assert!(
        log.contains(&format!("export written path={}", out.trim())),
        "{log}"
    );
    let text = std::fs::read_to_string(&path).expect("session");
    let secrets = meeting_text(&text);
    assert!(secrets.iter().any(|s| s == "Trần Thị Lan"), "{secrets:?}");
    for s in &secrets {
        assert!(!log.contains(s.as_str()), "the log quotes {s:?}:\n{log}");
    }
    // A refused load is logged with its cause, not with the file's content.
    let o = chibo_logged(&logs, &["show", &format!("{p}.missing")]);
    assert_eq!(o.status.code(), Some(2));
    let log = std::fs::read_to_string(logs.join("chibo.log")).expect("a log");
    assert!(
        log.contains("WARN") && log.contains("session not loaded"),
        "{log}"
    );
}

#[test]
fn log_level_off_writes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let logs = dir.path().join("logs");
    let o = chibo_logged(&logs, &["--log-level", "off", "show", SAMPLE_2024]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!logs.exists(), "no log folder");
    let o = chibo_logged(&logs, &["list", "--log-level", "error"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(logs.join("chibo.log")).is_ok_and(|l| l.is_empty()),
        "nothing at error level"
    );
}

#[test]
fn an_unwritable_log_does_not_stop_chibo() {
    let dir = tempfile::tempdir().expect("tmp");
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").expect("write");
    let o = chibo_logged(&blocker.join("logs"), &["show", SAMPLE_2024]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Chi bộ Khu phố 3"));
}

#[test]
fn help_names_the_log_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = chibo_logged(dir.path(), &["--help"]);
    let out = stdout(&o);
    let shown = dir.path().join("chibo.log");
    assert!(
        out.contains(&format!("Log file: {}", shown.display())),
        "{out}"
    );
    assert!(out.contains("--log-level"), "{out}");
}
