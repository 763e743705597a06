//! The terminal app: a thin layer that turns keys into domain commands and draws the session.
//!
//! [`run`] owns the terminal; [`App`] is everything else and can be driven from tests with
//! `app.handle(event)` and `terminal.draw(|f| app.draw(f))`.

pub(crate) mod app;
mod effects;
mod export;
pub mod keymap;
pub(crate) mod persist;
pub(crate) mod popup;
pub(crate) mod screens;
mod theme;
pub mod widgets;
pub mod words;

use std::io::stdout;
use std::path::Path;
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

pub use app::{AUTOSAVE, App, Clock, MIN_SIZE, SaveState};

use crate::i18n::Lang;

/// The local time with its offset: the app's only clock.
pub fn local_now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn restore() {
    // Best effort on the way out: there is nowhere left to report a failure.
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// Runs the app on the sessions folder `dir` until the user quits.
pub fn run(dir: &Path, lang: Lang) -> color_eyre::Result<()> {
    // color-eyre may already be installed by main; a second install is harmless to skip.
    let _ = color_eyre::install();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    let mut terminal = ratatui::try_init()?;
    let result = execute!(stdout(), EnableBracketedPaste)
        .map_err(color_eyre::Report::from)
        .and_then(|()| event_loop(&mut terminal, dir, lang));
    restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    dir: &Path,
    lang: Lang,
) -> color_eyre::Result<()> {
    let mut app = App::new(dir, lang, local_now);
    app.set_save_after_draw(true);
    while !app.should_quit() {
        terminal.draw(|f| app.draw(f))?;
        // A change made by the last key is on screen; now it goes to disk.
        app.flush();
        if event::poll(Duration::from_millis(250))? {
            app.handle(&event::read()?);
        }
        app.tick();
    }
    app.flush();
    Ok(())
}
