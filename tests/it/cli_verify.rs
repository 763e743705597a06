//! `chibo verify`: per file, sealed and intact / changed since sealed / not finalized, in vi
//! and en, with exit codes 0 / 1 / 2.

use std::path::Path;
use std::process::{Command, Output};

fn chibo(args: &[&str]) -> Output {
    let logs = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(args)
        .env_remove("CHIBO_DIR")
        .env("CHIBO_LOG_DIR", logs.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run chibo")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const SEALED: &str = "sessions/2024-chi-bo-khu-pho-3.ron";
const OPEN: &str = "sessions/2025-chi-bo-khu-pho-3.ron";

#[test]
fn a_sealed_intact_file_exits_0_in_both_languages() {
    let o = chibo(&["verify", SEALED]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(out(&o).contains("nội dung còn nguyên vẹn"), "{}", out(&o));
    let o = chibo(&["--lang", "en", "verify", SEALED]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        out(&o).contains("sealed on 12/12/2024 16:48 and intact"),
        "{}",
        out(&o)
    );
}

#[test]
fn an_old_style_seal_still_verifies() {
    let o = chibo(&[
        "--lang",
        "en",
        "verify",
        "tests/valid_sessions/2024-kp3-sealed-before-issue-8.ron",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
}

#[test]
fn a_file_changed_after_sealing_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SEALED).unwrap();
    let changed = text.replacen("Nguyễn Văn Hùng", "Nguyễn Văn Hưng", 1);
    assert_ne!(changed, text);
    let p = dir.path().join("changed.ron");
    std::fs::write(&p, changed).unwrap();
    let p = p.to_str().unwrap();
    let o = chibo(&["--lang", "en", "verify", SEALED, p, OPEN]);
    assert_eq!(o.status.code(), Some(1), "changed outranks the rest");
    let text = out(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].ends_with("and intact"));
    assert!(lines[1].ends_with("changed since it was sealed"), "{text}");
    assert!(lines[2].ends_with("not finalized"));
    let o = chibo(&["verify", p]);
    assert!(out(&o).contains("đã bị sửa sau khi khóa"));
}

#[test]
fn a_file_not_finalized_exits_2() {
    let o = chibo(&["verify", SEALED, OPEN]);
    assert_eq!(o.status.code(), Some(2));
    assert!(out(&o).contains(&format!("{OPEN}: chưa kết thúc, chưa khóa")));
    assert!(Path::new(OPEN).exists());
}
