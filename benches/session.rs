//! Load, validate (all rules) and save of a generated 60-member finished session.
// Test and bench code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

use chibo_core::domain::{demo, evaluate};
use chibo_files::store;

fn session(c: &mut Criterion) {
    let s = demo::finished_session(60, 2025);
    let text = store::to_ron(&s).unwrap();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("2025-bench.ron");
    c.bench_function("validate 60 members (all rules)", |b| {
        b.iter(|| evaluate(black_box(&s)))
    });
    c.bench_function("serialize 60 members", |b| {
        b.iter(|| store::to_ron(black_box(&s)).unwrap())
    });
    c.bench_function("parse 60 members", |b| {
        b.iter(|| store::parse(black_box(&text), Path::new("bench.ron")))
    });
    c.bench_function("save 60 members (atomic, fsync)", |b| {
        b.iter(|| store::save(&path, black_box(&s)))
    });
    c.bench_function("load 60 members (read + parse)", |b| {
        b.iter(|| store::load(black_box(&path)))
    });
}

criterion_group!(benches, session);
criterion_main!(benches);
