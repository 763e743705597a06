//! The real binary in a pseudo-terminal: keys go in as bytes, the screen is rebuilt with vt100
//! and polled (never a fixed sleep as the check). A short meeting typed in Vietnamese, a
//! `kill -9` while typing that loses nothing typed more than 2 s before, SIGTERM and SIGQUIT
//! that save what is typed, and a change made elsewhere found while typing.

use chibo_testkit::stored as support;

use std::io::Write;
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

const TIMEOUT: Duration = Duration::from_secs(20);
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const PGDN: &str = "\x1b[6~";
const PGUP: &str = "\x1b[5~";

struct Term {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
}

impl Term {
    fn start(dir: &Path) -> Term {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_chibo"));
        cmd.arg("--dir")
            .arg(dir)
            .env("LANG", "C.UTF-8")
            .env("TERM", "xterm-256color")
            // The log of a test stays with the test, not in the user's data folder.
            .env("CHIBO_LOG_DIR", dir.join(".logs"));
        let mut session = Session::spawn(cmd).expect("spawn chibo");
        session.get_process_mut().set_window_size(120, 40).unwrap();
        let n = |v| NonZeroU16::new(v).unwrap();
        Term {
            session,
            parser: vt100::Parser::new(n(40), n(120), 0),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => self.parser.process(&buf[..n]),
                Err(_) => break,
            }
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `needle`.
    fn wait_for(&mut self, needle: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            self.pump();
            if self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!(
            "timed out waiting for {needle:?}; screen:\n{}",
            self.screen()
        );
    }

    /// Waits until the screen no longer shows `needle`.
    fn wait_gone(&mut self, needle: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            self.pump();
            if !self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!("{needle:?} stays on the screen:\n{}", self.screen());
    }

    fn send(&mut self, s: &str) {
        self.session.write_all(s.as_bytes()).unwrap();
        self.session.flush().unwrap();
    }

    /// Sends a key and waits for the screen to show what it leads to.
    fn key_then(&mut self, s: &str, needle: &str) {
        self.send(s);
        self.wait_for(needle);
    }

    fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.session.get_process().is_alive().unwrap_or(false) {
            self.pump();
            assert!(
                start.elapsed() < TIMEOUT,
                "the app did not quit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

#[test]
fn a_short_meeting_typed_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::start(dir.path());
    t.wait_for("Nhấn n để tạo phiên mới");
    t.key_then("n", "Phiên họp mới");
    t.key_then("Chi bộ Khu phố 3", "Chi bộ Khu phố 3");
    t.key_then(ENTER, "Danh sách đảng viên");
    for name in ["Nguyễn Văn Ấn", "Đặng Thị Ỷ"] {
        t.key_then("a", "Thêm đảng viên");
        t.key_then(name, name);
        t.send(ENTER);
        t.wait_for(&format!("{name} "));
    }
    t.key_then("m", "Khai mạc, điểm danh");
    t.send("c");
    t.key_then("c", "Có mặt 2/2");
    t.key_then(PGDN, "+ Thêm ý kiến đóng góp");
    t.key_then(ENTER, "tự lưu mỗi 2 giây");
    t.key_then(
        "Đoàn kết, thống nhất; ý thức kỷ luật tốt",
        "ý thức kỷ luật tốt",
    );
    t.key_then(ESC, "✓ đã lưu");
    t.send("q");
    t.wait_exit();
    let s = support::load(&support::session_file(dir.path()));
    assert_eq!(s.cell.name, "Chi bộ Khu phố 3");
    assert_eq!(s.members[1].name, "Đặng Thị Ỷ");
    assert!(s.members.iter().all(|m| m.attendance.is_present()));
    assert_eq!(
        s.collective.report.strengths,
        "Đoàn kết, thống nhất; ý thức kỷ luật tốt"
    );
}

#[test]
fn kill_9_while_typing_keeps_what_was_typed_two_seconds_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut t = Term::start(dir.path());
    t.wait_for("Chi bộ Khu dân cư số 7");
    t.key_then(ENTER, "Khai mạc, điểm danh");
    t.key_then(PGDN, "+ Thêm ý kiến đóng góp");
    t.key_then(ENTER, "tự lưu mỗi 2 giây");
    t.key_then("Nội bộ đoàn kết", "Nội bộ đoàn kết");
    t.wait_for("đang gõ");
    // The condition under test: this text was typed more than 2 s before the kill.
    std::thread::sleep(Duration::from_millis(3000));
    t.key_then(" và thống nhất", "và thống nhất");
    let pid = t.session.get_process().pid().to_string();
    let status = Command::new("kill").args(["-9", &pid]).status().unwrap();
    assert!(status.success());
    t.wait_exit();
    drop(t);

    let saved = support::load(&path);
    assert!(
        saved
            .collective
            .report
            .strengths
            .starts_with("Nội bộ đoàn kết"),
        "{:?}",
        saved.collective.report.strengths
    );
    let mut again = Term::start(dir.path());
    again.wait_for("Chi bộ Khu dân cư số 7");
    again.key_then(ENTER, "+ Thêm ý kiến đóng góp");
    again.wait_for("Nội bộ đoàn kết");
    again.send("q");
    again.wait_exit();
}

/// What the record holds is true: an absent member is not offered as chair, a new round on a
/// decided member is asked first and both rounds are kept, and SIGTERM while typing saves the
/// text and releases the lock.
#[test]
fn a_true_record_and_sigterm_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"];
    let path = support::write_session(dir.path(), &names, 2025);
    let mut t = Term::start(dir.path());
    t.wait_for("Chi bộ Khu dân cư số 7");
    t.key_then(ENTER, "Khai mạc, điểm danh");
    // Ấn present, Bình absent, Cường present.
    t.send("c");
    t.send("k");
    t.key_then("c", "Có mặt 2/3");
    // The chair: "b" would find Bình if the absent were offered.
    t.key_then("t", "Chủ trì ");
    t.send("b");
    t.key_then(ENTER, "Chủ trì              Nguyễn Văn Ấn");
    // Ấn's vote, then again: asked first, and the second round's form says so.
    t.key_then(PGDN, "+ Thêm ý kiến đóng góp");
    t.key_then(PGDN, "Biểu quyết xếp loại (b)");
    t.key_then("b", "vòng 1");
    t.send("\x1b[B");
    t.key_then("2", "Đề xuất:");
    t.key_then(ENTER, "Vòng 1");
    t.key_then("b", "đã có kết quả");
    t.key_then("c", "vòng 2");
    t.send("\x1b[B");
    t.key_then("2", "Đề xuất:");
    t.key_then(ENTER, "Vòng 2");
    // The cell votes, then a round entered by mistake on absent Bình is removed: no order
    // finding may remain (the record no longer holds that round).
    t.key_then(PGDN, "Trần Thị Bình ─");
    t.key_then(PGDN, "Lê Văn Cường ─");
    t.key_then(PGDN, "Chi bộ tự xếp loại ─");
    t.key_then("b", "vòng 1");
    t.send("\x1b[B");
    t.key_then("2", "Đề xuất:");
    t.key_then(ENTER, "Vòng 1");
    t.key_then(PGUP, "Lê Văn Cường ─");
    t.key_then(PGUP, "Trần Thị Bình ─");
    t.key_then("b", "vòng 1");
    t.send("\x1b[B");
    t.key_then("2", "Đề xuất:");
    t.key_then(ENTER, "Vòng 1");
    t.key_then("z", "Xóa vòng biểu quyết cuối cùng?");
    t.send("c");
    t.wait_gone("Vòng 1");
    // Typing in the collective review, then SIGTERM before the 2 s autosave.
    t.key_then(PGUP, "Nguyễn Văn Ấn ─");
    t.key_then(PGUP, "+ Thêm ý kiến đóng góp");
    t.key_then(ENTER, "tự lưu mỗi 2 giây");
    t.key_then("Đoàn kết tốt", "Đoàn kết tốt");
    let pid = t.session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    t.wait_exit();
    let s = support::load(&path);
    assert_eq!(
        s.collective.report.strengths, "Đoàn kết tốt",
        "saved on SIGTERM"
    );
    assert!(
        !path.with_extension("ron.lock").exists(),
        "the lock is released"
    );
    assert_eq!(s.meeting.chair.as_ref().map(|c| c.as_str()), Some("m1"));
    let ấn = s
        .reviews
        .iter()
        .find(|r| r.member.as_str() == "m1")
        .unwrap();
    assert_eq!(ấn.rounds.len(), 2, "both rounds are kept");
}

/// Opens the sample session on its collective review and types `text` in its first field.
fn typing_in_the_collective_review(dir: &Path, text: &str) -> Term {
    let mut t = Term::start(dir);
    t.wait_for("Chi bộ Khu dân cư số 7");
    t.key_then(ENTER, "Khai mạc, điểm danh");
    t.key_then(PGDN, "+ Thêm ý kiến đóng góp");
    t.key_then(ENTER, "tự lưu mỗi 2 giây");
    t.key_then(text, text);
    t
}

fn signal(t: &Term, name: &str) {
    let pid = t.session.get_process().pid().to_string();
    let sent = Command::new("kill").args([name, &pid]).status().unwrap();
    assert!(sent.success());
}

/// SIGQUIT (`kill -QUIT`) saves what is typed and releases the lock, as SIGTERM does; it used
/// to kill the app with a core dump and lose the text.
#[test]
fn sigquit_while_typing_saves_like_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut t = typing_in_the_collective_review(dir.path(), "Đoàn kết tốt");
    signal(&t, "-QUIT");
    t.wait_exit();
    let s = support::load(&path);
    assert_eq!(
        s.collective.report.strengths, "Đoàn kết tốt",
        "saved on SIGQUIT"
    );
    assert!(
        !path.with_extension("ron.lock").exists(),
        "the lock is released"
    );
}

/// Waits until the file holds `strengths` (the app saves after drawing: "✓ đã lưu" on screen
/// comes a moment before the file).
fn wait_saved(path: &Path, strengths: &str) {
    let start = Instant::now();
    while support::load(path).collective.report.strengths != strengths {
        assert!(start.elapsed() < TIMEOUT, "never saved: {strengths:?}");
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// Replaces the session file behind the app's back, as another machine would (atomically, so
/// the app never reads half of it): the place and the collective review's strengths.
fn changed_elsewhere(path: &Path, strengths: &str) {
    let mut theirs = support::load(path);
    theirs.meeting.place = "Hội trường UBND phường".into();
    theirs.collective.report.strengths = strengths.into();
    chibo_files::store::save(path, &theirs).unwrap();
}

/// The file changed elsewhere while typing. Typing on through the moment it is found (Enter
/// and arrows too, before and after the question appeared) answers nothing: the question
/// waits for a quiet keyboard, and the header says the file changed elsewhere. Found when the
/// user has stopped typing, the question is drawn at once, without another key. Answered on
/// purpose, "open theirs" closes the editor and keeps what was typed as a copy.
#[test]
fn a_conflict_while_typing_is_answered_only_on_purpose() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut t = typing_in_the_collective_review(dir.path(), "Nội bộ đoàn kết");
    wait_saved(&path, "Nội bộ đoàn kết");
    changed_elsewhere(&path, "Bản sửa trên máy khác");
    // Typing on, a key every 40 ms, until the question shows; then keys that would answer it.
    let start = Instant::now();
    for k in [" vòng", ENTER, " đoàn kết", ENTER].iter().cycle() {
        assert!(start.elapsed() < TIMEOUT, "no question:\n{}", t.screen());
        t.send(k);
        std::thread::sleep(Duration::from_millis(40));
        t.pump();
        if t.screen().contains("đã bị sửa ở nơi khác") {
            break;
        }
    }
    for k in ["\x1b[B", "\x1b[B", ENTER, ESC, " thêm", ENTER] {
        t.send(k);
        std::thread::sleep(Duration::from_millis(40));
    }
    t.pump();
    let shown = t.screen();
    assert!(
        shown.contains("đã bị sửa ở nơi khác"),
        "answered blind:\n{shown}"
    );
    assert!(shown.contains("TỆP BỊ SỬA Ở NƠI KHÁC"), "{shown}");
    assert!(!shown.contains("✓ đã lưu"), "{shown}");
    assert!(shown.contains("dừng gõ 1 giây"), "{shown}");
    assert_eq!(
        support::load(&path).collective.report.strengths,
        "Bản sửa trên máy khác"
    );
    // On purpose, once the keyboard has been quiet: keep mine (the editor stays open).
    t.wait_gone("dừng gõ 1 giây");
    t.key_then(ENTER, "Đã lưu bản của tôi");
    let mine = support::load(&path).collective.report.strengths;
    assert!(mine.starts_with("Nội bộ đoàn kết"), "{mine:?}");
    // Changed elsewhere again, found after the typing stopped: drawn without another key.
    changed_elsewhere(&path, "Bản sửa lần hai");
    t.key_then(" và thống nhất", "và thống nhất");
    t.wait_for("đã bị sửa ở nơi khác");
    t.wait_gone("dừng gõ 1 giây");
    t.send("\x1b[B");
    t.send("\x1b[B");
    t.key_then(ENTER, "Bản của tôi đã lưu tại");
    t.wait_gone("tự lưu mỗi 2 giây");
    t.send("q");
    t.wait_exit();
    let s = support::load(&path);
    assert_eq!(
        s.collective.report.strengths, "Bản sửa lần hai",
        "theirs stays"
    );
    assert_eq!(s.meeting.place, "Hội trường UBND phường");
    let copy = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".copy-"))
        .expect("what was typed is kept as a copy");
    let kept = support::load(&copy).collective.report.strengths;
    assert_eq!(kept, format!("{mine} và thống nhất"));
}

/// The TUI killed at random moments of a scripted meeting: typing at a steady pace in the
/// collective review, `kill -9` after a random while, N times (`CHIBO_TUI_KILLS`, default 10).
/// After each kill the file must load, hold a prefix of what was typed, and lose at most the
/// last 2 s of typing (plus the time to write it). Prints the figures. Ignored by default:
/// `.ci/run` runs it.
#[test]
#[ignore = "a harness: .ci/run runs it with its figures"]
fn tui_kill_harness() {
    let kills: usize = std::env::var("CHIBO_TUI_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let (mut broken, mut lost) = (0, Vec::new());
    // A cheap, repeatable pseudo-random source: the harness needs spread, not secrecy.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let typing = Duration::from_millis(500 + seed % 3500);
        let before = support::load(&path).collective.report.strengths;
        let mut t = Term::start(dir.path());
        t.wait_for("Chi bộ Khu dân cư số 7");
        // The first time to the collective review; after that the session reopens there.
        if round == 0 {
            t.key_then(ENTER, "Khai mạc, điểm danh");
            t.key_then(PGDN, "+ Thêm ý kiến đóng góp");
        } else {
            t.key_then(ENTER, "+ Thêm ý kiến đóng góp");
        }
        t.key_then(ENTER, "tự lưu mỗi 2 giây");
        // One letter every 40 ms, each sent at a known moment.
        let start = Instant::now();
        let mut sent: Vec<(Instant, char)> = Vec::new();
        let letters: Vec<char> = format!(" vòng {round} đoàn kết").chars().collect();
        let mut i = 0;
        while start.elapsed() < typing {
            let c = letters[i % letters.len()];
            t.send(&c.to_string());
            sent.push((Instant::now(), c));
            i += 1;
            t.pump();
            std::thread::sleep(Duration::from_millis(40));
        }
        let pid = t.session.get_process().pid().to_string();
        let killed_at = Instant::now();
        assert!(
            Command::new("kill")
                .args(["-9", &pid])
                .status()
                .unwrap()
                .success()
        );
        t.wait_exit();
        drop(t);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Ok(s) = chibo_files::store::parse(&text, &path) else {
            broken += 1;
            continue;
        };
        let saved = s.collective.report.strengths;
        let typed: String = sent.iter().map(|(_, c)| *c).collect();
        let kept = saved.strip_prefix(before.as_str()).unwrap_or("");
        assert!(
            typed.starts_with(kept),
            "a prefix of what was typed: {kept:?}"
        );
        let n = kept.chars().count();
        // Typing lost: from the first letter not saved to the kill.
        let lost_from = sent.get(n).map_or(killed_at, |(at, _)| *at);
        lost.push(killed_at.saturating_duration_since(lost_from));
        // The lock of a killed app is stale: the next start takes it over.
    }
    lost.sort();
    let max = lost.last().copied().unwrap_or_default();
    let median = lost.get(lost.len() / 2).copied().unwrap_or_default();
    println!("TUI kill harness: {kills} kills, {broken} broken files");
    println!("  typing lost: median {median:.2?}, max {max:.2?}");
    assert_eq!(broken, 0);
    assert!(max < Duration::from_millis(3500), "lost {max:?}");
}
