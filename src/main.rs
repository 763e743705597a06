//! Temporary entry point until the CLI lands: `chibo [--dir DIR] [--lang vi|en]` runs the app.

use std::path::PathBuf;

fn main() -> color_eyre::Result<()> {
    let mut dir = PathBuf::from(".");
    let mut lang = chibo::i18n::Lang::Vi;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dir" => dir = args.next().map(PathBuf::from).unwrap_or(dir),
            "--lang" => {
                lang = args
                    .next()
                    .and_then(|l| chibo::i18n::Lang::from_code(&l))
                    .unwrap_or(lang);
            }
            "tui" => {}
            _ => dir = PathBuf::from(a),
        }
    }
    chibo::tui::run(&dir, lang)
}
