//! Golden files of the minutes in Markdown and plain text, Vietnamese and English. Set
//! `CHIBO_BLESS=1` to write them; otherwise the output must match them byte for byte.

mod export_support;

use chibo::export::{Format, render};
use chibo::i18n::Lang;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("CHIBO_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with CHIBO_BLESS=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || "the line count".to_owned(),
                |i| format!("line {}", i + 1),
            );
        panic!("{name} differs from its golden file at {line}:\n{actual}");
    }
}

fn render_str(s: &chibo::domain::Session, f: Format, lang: Lang) -> String {
    String::from_utf8(render(s, f, lang).unwrap()).unwrap()
}

#[test]
fn amended_vi_markdown() {
    golden(
        "amended.vi.md",
        &render_str(&export_support::amended(), Format::Md, Lang::Vi),
    );
}

#[test]
fn amended_vi_text() {
    golden(
        "amended.vi.txt",
        &render_str(&export_support::amended(), Format::Txt, Lang::Vi),
    );
}

#[test]
fn amended_en_markdown() {
    golden(
        "amended.en.md",
        &render_str(&export_support::amended(), Format::Md, Lang::En),
    );
}

#[test]
fn amended_en_text() {
    golden(
        "amended.en.txt",
        &render_str(&export_support::amended(), Format::Txt, Lang::En),
    );
}

#[test]
fn prepared_vi_text() {
    // Before the meeting: every blank the minute-taker fills by hand shows as "……".
    golden(
        "prepared.vi.txt",
        &render_str(&export_support::prepared(), Format::Txt, Lang::Vi),
    );
}

#[test]
fn text_lines_fit_80_columns() {
    for s in [export_support::amended(), export_support::prepared()] {
        for lang in [Lang::Vi, Lang::En] {
            let text = render_str(&s, Format::Txt, lang);
            for (i, line) in text.lines().enumerate() {
                assert!(
                    line.width() <= 80,
                    "{lang:?} line {}: {} columns: {line}",
                    i + 1,
                    line.width()
                );
            }
        }
    }
}

/// The sample sessions that ship, as a secretary would export them.
fn sample(name: &str) -> chibo::domain::Session {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(name);
    chibo::store::load(&path).unwrap()
}

#[test]
fn sample_2024_vi_markdown_and_text() {
    let s = sample("2024-chi-bo-khu-pho-3.ron");
    golden("sample-2024.vi.md", &render_str(&s, Format::Md, Lang::Vi));
    golden("sample-2024.vi.txt", &render_str(&s, Format::Txt, Lang::Vi));
}

#[test]
fn sample_2024_en_text() {
    let s = sample("2024-chi-bo-khu-pho-3.ron");
    golden("sample-2024.en.txt", &render_str(&s, Format::Txt, Lang::En));
}

#[test]
fn sample_2025_in_progress_vi_text() {
    let s = sample("2025-chi-bo-khu-pho-3.ron");
    golden("sample-2025.vi.txt", &render_str(&s, Format::Txt, Lang::Vi));
}
