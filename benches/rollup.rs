//! The committee's roll-up of 3,000 cells × 60 members (target ≤ 1 s; memory ≤ 300 MB, measured
//! on the release binary: see the README), and the time to write its workbook and its report.
//! `cargo bench --bench rollup`. With `CHIBO_ROLLUP_FOLDER=DIR` the generated folder is written
//! there and kept, for `/usr/bin/time -v target/release/chibo summary DIR`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use chibo_core::domain::Command;
use chibo_rollup::{self as rollup, Filter};
use criterion::{Criterion, criterion_group, criterion_main};

const CELLS: usize = 3_000;
const MEMBERS: usize = 60;

/// One finished meeting, renamed and sealed again as each of the cells (the content is the same
/// size, which is what the roll-up's cost depends on; each seal intact, as the office receives
/// them), in 30 folders of 100.
fn write_folder(dir: &Path) {
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
        let folder = dir.join(format!("ward-{}", i % 30));
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join(format!("2025-kp{i}.ron"));
        std::fs::write(file, chibo_files::store::to_ron(&s).unwrap()).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let dir =
        std::env::var_os("CHIBO_ROLLUP_FOLDER").map_or_else(|| tmp.path().to_owned(), Into::into);
    write_folder(&dir);
    let paths = [dir.clone()];
    let r = rollup::collect(&paths, &Filter::default());
    assert_eq!(r.cells.len(), CELLS);
    assert!(r.problems.is_empty(), "{:?}", r.problems.first());
    let mut g = c.benchmark_group("rollup");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("collect 3000 cells x 60 members", |b| {
        b.iter(|| rollup::collect(black_box(&paths), &Filter::default()))
    });
    let lang = chibo_core::i18n::Lang::Vi;
    g.bench_function("workbook 3000 cells", |b| {
        b.iter(|| rollup::xlsx::xlsx(black_box(&r), lang).unwrap())
    });
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    g.bench_function("report 3000 cells", |b| {
        b.iter(|| rollup::report::docx(black_box(&r), lang, today).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
