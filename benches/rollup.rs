//! The committee's roll-up of 300 cells × 60 members: the time to read and total them, and the
//! memory at its peak (target ≤ 1 s and ≤ 200 MB), and the time to write its workbook and its
//! report. `cargo bench --bench rollup` prints them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use chibo_core::domain::Command;
use chibo_rollup::{self as rollup, Filter};

const CELLS: usize = 300;
const MEMBERS: usize = 60;
const RUNS: usize = 5;

/// The process's peak resident memory, from /proc (Linux only).
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    // One finished meeting, renamed and sealed again as each of 300 cells (the content is the
    // same size, which is what the roll-up's cost depends on; each seal intact, as the office
    // receives them).
    let base = chibo_core::domain::demo::finished_session(MEMBERS, 2025);
    let d = base.meeting.date.and_hms_opt(17, 0, 0).unwrap();
    let tz = chrono::FixedOffset::east_opt(7 * 3600).unwrap();
    let at = chrono::TimeZone::from_local_datetime(&tz, &d).unwrap();
    for i in 0..CELLS {
        let mut s = base.clone();
        let reason = "đổi tên".to_owned();
        s.apply(Command::Reopen { reason }, at).unwrap();
        let name = format!("Chi bộ Khu phố {i}");
        let committee = s.cell.committee.clone();
        s.apply(Command::SetCell { name, committee }, at).unwrap();
        s.apply(Command::Finalize, at).unwrap();
        let folder = dir.path().join(format!("ward-{}", i % 10));
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join(format!("2025-kp{i}.ron"));
        std::fs::write(file, chibo_files::store::to_ron(&s).unwrap()).unwrap();
    }
    let before = peak_rss_mb();
    let mut times = Vec::new();
    let mut cells = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let r = rollup::collect(&[dir.path().to_owned()], &Filter::default());
        times.push(start.elapsed());
        cells = r.cells.len();
        assert!(r.problems.is_empty(), "{:?}", r.problems.first());
    }
    times.sort();
    let median: Duration = times[RUNS / 2];
    println!("roll-up of {cells} cells × {MEMBERS} members, median of {RUNS}:");
    println!("  time                      {median:>10.2?}  (target ≤ 1 s)");
    let r = rollup::collect(&[dir.path().to_owned()], &Filter::default());
    let lang = chibo_core::i18n::Lang::Vi;
    let start = Instant::now();
    let xlsx = rollup::xlsx::xlsx(&r, lang).unwrap();
    println!(
        "  the workbook              {:>10.2?}  ({} kB)",
        start.elapsed(),
        xlsx.len() / 1024
    );
    let start = Instant::now();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let docx = rollup::report::docx(&r, lang, today).unwrap();
    println!(
        "  the report                {:>10.2?}  ({} kB)",
        start.elapsed(),
        docx.len() / 1024
    );
    if let (Some(b), Some(a)) = (before, peak_rss_mb()) {
        println!("  peak memory               {a:>7} MB  (before: {b} MB; target ≤ 200 MB)");
    }
}
