//! Export speed: DOCX, Markdown, text and CSV of a generated 60-member finished session.
//! Target: DOCX ≤ 20 ms.
// Test and bench code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;

use chibo_core::domain::demo;
use chibo_core::i18n::Lang;
use chibo_docs::{Format, Minutes, docx, layout, render};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let s = demo::finished_session(60, 2025);
    for (name, format) in [
        ("docx", Format::Docx),
        ("markdown", Format::Md),
        ("csv", Format::Csv),
    ] {
        c.bench_function(&format!("export {name} 60 members"), |b| {
            b.iter(|| render(black_box(&s), format, Lang::Vi).expect("rendered"))
        });
    }
    c.bench_function("export text 60 members", |b| {
        b.iter(|| render(black_box(&s), Format::Txt, Lang::Vi).expect("rendered"))
    });
    // The stages, to see where the time goes.
    c.bench_function("stage evaluate 60 members", |b| {
        b.iter(|| chibo_core::domain::evaluate(black_box(&s)))
    });
    c.bench_function("stage minutes model 60 members", |b| {
        b.iter(|| Minutes::build(black_box(&s)))
    });
    let m = Minutes::build(&s);
    c.bench_function("stage layout 60 members", |b| {
        b.iter(|| layout::doc(black_box(&m), Lang::Vi))
    });
    let d = layout::doc(&m, Lang::Vi);
    c.bench_function("stage docx writer 60 members", |b| {
        b.iter(|| docx::render(black_box(&d)).expect("rendered"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
