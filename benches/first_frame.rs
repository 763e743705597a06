//! Time to the first frame, in a real pseudo-terminal at 120×40: chibo on a folder of 500
//! sessions beside a bare ratatui app that draws one bordered paragraph, run in turns in one
//! process so both meet the same machine. Two times for chibo: its first frame (the empty Home)
//! and the first session row on screen, which is what the user waits for. Then the CPU chibo
//! uses while it sits idle.
//!
//! `cargo bench --bench first_frame` prints the medians and their ratios (target for the first
//! row ≤ 1.5×). This same binary is the bare app when `CHIBO_BARE_APP` is set.
//! `CHIBO_BENCH_BEFORE=<another chibo binary>` measures it too, in the same turns (before/after);
//! `CHIBO_BENCH_RUNS` sets the number of turns.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chibo_core::domain::{Cell, Member, Session};
use chrono::NaiveDate;
use expectrl::Expect;

type Pty = expectrl::session::OsSession;
use ratatui::widgets::{Block, Paragraph};

const RUNS: usize = 15;

/// The bare app: one bordered paragraph, then waits for a key.
fn bare() {
    let mut terminal = ratatui::init();
    terminal
        .draw(|f| {
            let p = Paragraph::new("bare ratatui").block(Block::bordered().title("bare"));
            f.render_widget(p, f.area());
        })
        .expect("draw");
    let _ = ratatui::crossterm::event::read();
    ratatui::restore();
}

fn folder(dir: &Path, n: usize) {
    for i in 0..n {
        let year = 2000 + i32::try_from(i % 26).unwrap();
        let date = NaiveDate::from_ymd_opt(year, 12, 15).unwrap();
        let cell = Cell {
            name: format!("Chi bộ Khu dân cư số {i} phường Phúc Xá"),
            committee: "Đảng bộ phường Phúc Xá".into(),
            ..Cell::default()
        };
        let mut s = Session::new(format!("{year}-{i}"), cell, year, date, "Nhà văn hóa");
        for m in 0..20 {
            s.members.push(Member::new(
                format!("m{m}"),
                format!("Nguyễn Thị Thanh Hương {m}"),
            ));
        }
        let text = chibo_files::store::to_ron(&s).unwrap();
        std::fs::write(dir.join(format!("s{i:03}.ron")), text).unwrap();
    }
}

/// Spawns `cmd` in a 120×40 pty and returns how long until the screen shows each of `needles`
/// (in turn), with the session still running.
fn first_frame(cmd: Command, needles: &[&str]) -> (Vec<Duration>, Pty) {
    let start = Instant::now();
    let mut pty = expectrl::Session::spawn(cmd).expect("spawn");
    pty.get_process_mut().set_window_size(120, 40).unwrap();
    let n = |v| NonZeroU16::new(v).unwrap();
    let mut screen = vt100::Parser::new(n(40), n(120), 0);
    let mut buf = [0u8; 65536];
    let mut times = Vec::new();
    loop {
        if let Ok(k) = pty.try_read(&mut buf)
            && k > 0
        {
            screen.process(&buf[..k]);
            let contents = screen.screen().contents();
            while let Some(needle) = needles.get(times.len())
                && contents.contains(needle)
            {
                times.push(start.elapsed());
            }
            if times.len() == needles.len() {
                return (times, pty);
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no {:?} on screen:\n{}",
            needles.get(times.len()),
            screen.screen().contents()
        );
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// User + system CPU time of a process so far, from /proc (Linux only).
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's clock ticks are 100 per second on Linux.
    Some(Duration::from_millis(ticks * 10))
}

/// Runs `cmd` until the screen shows the first frame and the first session row; the times of
/// both, the process ended before the next run.
fn chibo_run(cmd: Command) -> (Duration, Duration) {
    // The title is on the first frame; a cell's name is on the first session row.
    let (t, mut p) = first_frame(cmd, &["chibo —", "Khu dân cư số"]);
    quit(&mut p);
    (t[0], t[1])
}

/// Ends a run and waits for the process, reading what it still writes (a full pty would stop
/// it), so that it does not share the machine with the next run.
fn quit(p: &mut Pty) {
    p.send("q").unwrap();
    let start = Instant::now();
    let mut buf = [0u8; 65536];
    while p.get_process().is_alive().unwrap_or(false) && start.elapsed() < Duration::from_secs(5) {
        let _ = p.try_read(&mut buf);
        std::thread::sleep(Duration::from_micros(500));
    }
}

fn main() {
    if std::env::var_os("CHIBO_BARE_APP").is_some() {
        return bare();
    }
    let runs = std::env::var("CHIBO_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS);
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path(), 500);
    let logs = tempfile::tempdir().unwrap();
    let chibo = |bin: &std::ffi::OsStr| {
        let mut c = Command::new(bin);
        c.arg("--dir").arg(dir.path()).env("LANG", "C.UTF-8");
        c.env("TERM", "xterm-256color")
            .env("CHIBO_LOG_DIR", logs.path());
        c
    };
    let bare_app = || {
        let mut c = Command::new(std::env::current_exe().unwrap());
        c.env("CHIBO_BARE_APP", "1").env("TERM", "xterm-256color");
        c
    };
    // This build, and another (`CHIBO_BENCH_BEFORE`) measured in the same turns: on a busy
    // machine a before/after comparison holds only side by side.
    let mut builds = vec![(
        "chibo",
        std::ffi::OsString::from(env!("CARGO_BIN_EXE_chibo")),
    )];
    if let Some(before) = std::env::var_os("CHIBO_BENCH_BEFORE") {
        builds.push(("before", before));
    }
    let mut theirs = Vec::new();
    let mut times = vec![(Vec::new(), Vec::new()); builds.len()];
    for _ in 0..runs {
        let (t, mut p) = first_frame(bare_app(), &["bare ratatui"]);
        theirs.extend(t);
        quit(&mut p);
        for ((_, bin), (frame, row)) in builds.iter().zip(&mut times) {
            let (f, r) = chibo_run(chibo(bin));
            frame.push(f);
            row.push(r);
        }
    }
    let theirs = median(theirs);
    let ratio = |d: Duration| d.as_secs_f64() / theirs.as_secs_f64();
    println!("first frame, 120×40 pty, median of {runs}:");
    println!("  bare ratatui app          {theirs:>10.2?}");
    for ((name, _), (frame, row)) in builds.iter().zip(times) {
        let (frame, row) = (median(frame), median(row));
        println!("  {name}, 500 sessions:");
        println!(
            "    first frame             {frame:>10.2?}  {:>5.2}×",
            ratio(frame)
        );
        println!(
            "    first session row       {row:>10.2?}  {:>5.2}×  (target ≤ 1.5×)",
            ratio(row)
        );
    }
    // Idle: open, let the folder be read, then nothing happens for 3 s.
    let (_, mut p) = first_frame(chibo(builds[0].1.as_os_str()), &["chibo —"]);
    std::thread::sleep(Duration::from_secs(2));
    let pid = p.get_process().pid().as_raw().unsigned_abs();
    if let (Some(a), _, Some(b)) = (
        cpu_time(pid),
        std::thread::sleep(Duration::from_secs(3)),
        cpu_time(pid),
    ) {
        println!("  CPU used while idle 3 s   {:>10.2?}", b.saturating_sub(a));
    }
    quit(&mut p);
}
