//! Issue 10 through the command line: escape sequences in a session never reach the terminal
//! or an export, `check` never blocks on a FIFO, and says when a session is open elsewhere.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chibo_files::store;

use chibo_testkit::stored;

fn chibo(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(args)
        .env("CHIBO_DIR", dir)
        .env(
            "CHIBO_LOG_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-safety-logs"),
        )
        .output()
        .expect("run chibo")
}

/// Bytes a terminal would act on: C0 but newline and tab, DEL, and C1 (UTF-8 `C2 80`–`C2 9F`).
fn unsafe_bytes(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect()
}

/// A session whose free text holds a clipboard write and a window title, a C1 CSI in a name,
/// saved under a file name holding ESC.
fn hostile(dir: &Path) -> std::path::PathBuf {
    let mut s = stored::meeting();
    s.members[1].name = "Trần Thị Bích\u{9b}31m".into();
    s.meeting.place = "Nhà văn hóa\u{1b}]0;pwned\u{7}".into();
    s.reviews[0].answer = "Tôi xin tiếp thu.\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}\nHết.".into();
    let text = store::to_ron(&s).unwrap();
    // Windows refuses control characters in file names.
    let name = if cfg!(unix) {
        "2025-kp3\u{1b}[2J.ron"
    } else {
        "2025-kp3.ron"
    };
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

#[test]
fn no_escape_sequence_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let p = hostile(dir.path());
    let ps = p.to_str().unwrap();
    for args in [vec!["show", ps], vec!["check", ps], vec!["list"]] {
        let o = chibo(dir.path(), &args);
        assert!(
            unsafe_bytes(&o.stdout).is_empty(),
            "{args:?}: {:?}",
            unsafe_bytes(&o.stdout)
        );
        assert!(
            unsafe_bytes(&o.stderr).is_empty(),
            "{args:?}: {:?}",
            unsafe_bytes(&o.stderr)
        );
    }
    let shown = String::from_utf8(chibo(dir.path(), &["show", ps]).stdout).unwrap();
    assert!(
        shown.contains("Nhà văn hóa\u{fffd}]0;pwned\u{fffd}"),
        "{shown}"
    );
}

#[test]
fn no_escape_sequence_reaches_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let p = hostile(dir.path());
    for format in ["md", "txt", "csv"] {
        let out = dir.path().join(format!("out.{format}"));
        let o = chibo(
            dir.path(),
            &[
                "export",
                p.to_str().unwrap(),
                "--format",
                format,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let bytes = fs::read(&out).unwrap();
        let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
        assert!(
            unsafe_bytes(text.as_bytes()).is_empty(),
            "{format}: {:?}",
            unsafe_bytes(&bytes)
        );
    }
}

#[test]
fn a_name_with_escape_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid_sessions/esc-in-name.ron");
    let o = chibo(
        dir.path(),
        &["check", fixture.to_str().unwrap(), "--lang", "en"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("esc-in-name.ron:10:36: a name holds a control character"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn check_on_a_fifo_fails_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("2025-fifo.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(["check", fifo.to_str().unwrap(), "--lang", "en"])
        .env(
            "CHIBO_LOG_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-safety-logs"),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("chibo check blocked on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("not a regular file"), "{err}");
    // And the folder's list shows it with its error.
    let list = String::from_utf8(chibo(dir.path(), &["list", "--lang", "en"]).stdout).unwrap();
    assert!(
        list.contains("2025-fifo.ron") && list.contains("not a regular file"),
        "{list}"
    );
}

#[test]
fn check_says_a_session_is_open_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    store::save(&p, &stored::meeting()).unwrap();
    let ps = p.to_str().unwrap();
    let free = String::from_utf8(chibo(dir.path(), &["check", ps, "--lang", "en"]).stdout).unwrap();
    assert!(!free.contains("open in another chibo"), "{free}");
    let _held = store::lock(&p).unwrap();
    let o = chibo(dir.path(), &["check", ps, "--lang", "en"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let pid = std::process::id();
    assert!(
        out.contains(&format!(
            "open in another chibo; what is on disk may not be final (process {pid})"
        )),
        "{out}"
    );
    let vi = String::from_utf8(chibo(dir.path(), &["check", ps]).stdout).unwrap();
    assert!(vi.contains("đang được mở ở một chibo khác"), "{vi}");
}

/// The text of a DOCX's body.
fn docx_body(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    xml
}

#[test]
fn check_and_every_export_treat_a_control_character_the_same() {
    // Before, `check` said the characters were replaced while the text export still held the
    // ESC (written `\u{1b}`) and the DOCX dropped it: the facts added for the minutes were made
    // NFC on load but never cleaned.
    let dir = tempfile::tempdir().unwrap();
    let mut s = stored::meeting();
    s.meeting.closing_remarks = "Bế mạc\u{1b}[31m hội nghị".into();
    s.meeting.basis = Some(chibo_core::domain::Document {
        number: "08-HD/ĐU".into(),
        date: None,
        issuer: "Đảng ủy Phường\u{1b}]0;x".into(),
    });
    s.members[1].name = "Trần Thị Bích\u{7}".into();
    let p = dir.path().join("2025-kp3.ron");
    fs::write(&p, store::to_ron(&s).unwrap()).unwrap();
    let ps = p.to_str().unwrap();
    let o = chibo(dir.path(), &["--lang", "en", "check", ps]);
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(said.contains("3 control characters"), "{said}");
    for format in ["txt", "md", "docx", "csv"] {
        let out = dir.path().join(format!("out.{format}"));
        let args = [
            "export",
            ps,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ];
        let o = chibo(dir.path(), &args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let bytes = fs::read(&out).unwrap();
        let text = if format == "docx" {
            docx_body(&bytes)
        } else {
            String::from_utf8(bytes).unwrap()
        };
        assert!(
            !text.contains("\\u{1b}") && !text.contains('\u{1b}'),
            "{format}"
        );
        assert!(text.contains("Trần Thị Bích\u{fffd}"), "{format}: the name");
        if format != "csv" {
            assert!(
                text.contains("Bế mạc\u{fffd}"),
                "{format}: the closing remarks"
            );
            assert!(
                text.contains("Đảng ủy Phường\u{fffd}"),
                "{format}: the basis"
            );
        }
    }
}

#[cfg(unix)]
/// Runs chibo with its standard output a pipe whose reader is already gone, as `chibo … | head`
/// once `head` has what it wants.
fn into_closed_pipe(dir: &Path, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_chibo"))
        .args(args)
        .env("CHIBO_DIR", dir)
        .env(
            "CHIBO_LOG_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-safety-logs"),
        )
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("run chibo")
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_each_command_quietly_with_the_pipe_status() {
    // Before, println! panicked: exit 101 and a panic message on standard error.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    fs::write(&p, store::to_ron(&stored::meeting()).unwrap()).unwrap();
    let ps = p.to_str().unwrap();
    let out = dir.path().join("out.txt");
    let export = ["export", ps, "--format", "txt", "-o", out.to_str().unwrap()];
    let commands: [&[&str]; 6] = [
        &["check", ps],
        &["show", ps],
        &["list"],
        &["verify", ps],
        &["summary", ps],
        &export,
    ];
    for args in commands {
        let o = into_closed_pipe(dir.path(), args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(o.status.code(), Some(141), "{args:?}: {err}");
    }
}
