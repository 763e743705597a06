//! The minutes in Markdown and plain text, Vietnamese and English, as insta snapshots
//! (`tests/snapshots/export_golden__*.snap`). A change shows as a diff; review and accept it with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test -p chibo-docs --test it export_golden`).
// Test and bench code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.

use chibo_testkit::meeting as export_support;

use chibo_core::i18n::Lang;
use chibo_docs::{Format, render};
use unicode_width::UnicodeWidthStr;

/// The rendered minutes, also checked for what a snapshot does not see: insta ignores trailing
/// line ends, the files must end in exactly one.
fn render_str(s: &chibo_core::domain::Session, f: Format, lang: Lang) -> String {
    let text = String::from_utf8(render(s, f, lang).unwrap()).unwrap();
    assert!(
        text.ends_with('\n') && !text.ends_with("\n\n"),
        "one final line end"
    );
    text
}

#[test]
fn amended_vi_markdown() {
    let text = render_str(&export_support::amended(), Format::Md, Lang::Vi);
    insta::assert_snapshot!("amended.vi.md", text);
}

#[test]
fn amended_vi_text() {
    let text = render_str(&export_support::amended(), Format::Txt, Lang::Vi);
    insta::assert_snapshot!("amended.vi.txt", text);
}

#[test]
fn amended_en_markdown() {
    let text = render_str(&export_support::amended(), Format::Md, Lang::En);
    insta::assert_snapshot!("amended.en.md", text);
}

#[test]
fn amended_en_text() {
    let text = render_str(&export_support::amended(), Format::Txt, Lang::En);
    insta::assert_snapshot!("amended.en.txt", text);
}

#[test]
fn prepared_vi_text() {
    // Before the meeting: every blank the minute-taker fills by hand shows as "……".
    let text = render_str(&export_support::prepared(), Format::Txt, Lang::Vi);
    insta::assert_snapshot!("prepared.vi.txt", text);
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
fn sample(name: &str) -> chibo_core::domain::Session {
    let path = chibo_testkit::stored::repo("sessions").join(name);
    chibo_files::store::load(&path).unwrap()
}

#[test]
fn sample_2024_vi_markdown_and_text() {
    let s = sample("2024-chi-bo-khu-pho-3.ron");
    insta::assert_snapshot!("sample-2024.vi.md", render_str(&s, Format::Md, Lang::Vi));
    insta::assert_snapshot!("sample-2024.vi.txt", render_str(&s, Format::Txt, Lang::Vi));
}

#[test]
fn sample_2024_en_text() {
    let s = sample("2024-chi-bo-khu-pho-3.ron");
    insta::assert_snapshot!("sample-2024.en.txt", render_str(&s, Format::Txt, Lang::En));
}

#[test]
fn sample_2025_in_progress_vi_text() {
    let s = sample("2025-chi-bo-khu-pho-3.ron");
    insta::assert_snapshot!("sample-2025.vi.txt", render_str(&s, Format::Txt, Lang::Vi));
}
