//! The terminal app: a thin layer that turns keys into domain commands and draws the session.
//!
//! One loop, as in the Elm architecture: a key becomes a [`msg::Msg`]; [`App::update`] is the one
//! place that changes the session, and it returns what should happen outside the app as
//! [`Effect`]s (save, export, read the folder…), which the queue performs, feeding their results
//! back as messages; reading many files happens on worker threads (`jobs.rs`). Drawing reads
//! state and changes nothing. `docs/architecture.md` follows one key through. [`run`] owns the
//! terminal; [`App`] is everything else and can be driven from tests with `app.handle(event)`
//! and `terminal.draw(|f| app.draw(f))`.

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

pub(crate) mod app;
mod effects;
pub(crate) mod forms;
mod jobs;
mod keymap;
mod msg;
pub(crate) mod popup;
mod problem;
mod queue;
pub(crate) mod screens;
mod theme;
mod update;
mod widgets;
mod words;

use std::io::stdout;
use std::path::Path;
use std::time::Instant;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

pub use app::{AUTOSAVE, App, Clock, Input, MIN_SIZE, SaveState};
pub use jobs::{Found, Job, Progress};
pub use keymap::{Action, Context, Key, StepKeys, bindings, help_rows};
pub use msg::{Effect, Msg};
pub use popup::pick::GUARD as QUESTION_GUARD;
pub use problem::Problem;
pub use words::{T as Words, action_label};

use chibo_core::i18n::Lang;

/// The local time with its offset: the app's only clock.
pub fn local_now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn restore() {
    // Best effort on the way out: there is nowhere left to report a failure.
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// Runs the app on the sessions folder `dir` until the user quits. An error is the terminal's
/// (it could not be set up, drawn on or read); the binary reports it.
pub fn run(dir: &Path, lang: Lang) -> std::io::Result<()> {
    // What the user waits for is the first session row, not an empty table: the first files
    // are read before the terminal is set up, the rest in the background once it is drawn.
    let mut app = App::new(dir, lang, local_now);
    app.read_first(FIRST_ROWS);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    let mut terminal = ratatui::try_init()?;
    let result =
        execute!(stdout(), EnableBracketedPaste).and_then(|()| event_loop(&mut terminal, app));
    restore();
    result
}

/// Draws, saves what the last input changed, then sleeps until the next input or deadline: the
/// first frame shows the first files read, and an idle app uses no CPU.
fn event_loop(terminal: &mut ratatui::DefaultTerminal, mut app: App) -> std::io::Result<()> {
    app.set_save_after_draw(true);
    terminal.draw(|f| app.draw(f))?;
    // The first frame is out: the rest of the folder is read now, and keys are listened to (a
    // key typed before waits in the terminal).
    app.start_reading();
    listen(&app);
    while !app.should_quit() {
        // A change made by the last input is on screen, so it goes to disk; how that went (a
        // question, a failure) is drawn before the next key is read.
        if app.flush() {
            terminal.draw(|f| app.draw(f))?;
        }
        let timeout = app.next_deadline(Instant::now());
        app.wait(timeout);
        // Inputs that arrived meanwhile (a burst of typing, files read) make one frame.
        app.pump();
        if !app.should_quit() {
            terminal.draw(|f| app.draw(f))?;
        }
    }
    app.flush();
    Ok(())
}

/// SIGQUIT (`kill -QUIT`; in the raw terminal Ctrl+\ is a key, not a signal) ends the app as
/// SIGTERM does, saving what is typed: ctrlc does not handle it, so signal-hook does, on a
/// thread of its own. Without it SIGQUIT would kill the app with a core dump and lose the text.
#[cfg(unix)]
fn listen_quit(app: &App) {
    let quits = app.sender();
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGQUIT])
    else {
        tracing::warn!("SIGQUIT is not handled: typed text is lost if it comes");
        return;
    };
    std::thread::spawn(move || {
        for _ in signals.forever() {
            if quits.send(Input::Terminate).is_err() {
                break;
            }
        }
    });
}

/// No SIGQUIT elsewhere.
#[cfg(not(unix))]
fn listen_quit(_app: &App) {}

/// How long the first files are read before the first frame: one file at least, so the user
/// sees a row at once, and few, since the frame waits for them.
const FIRST_ROWS: std::time::Duration = std::time::Duration::from_micros(300);

/// Posts the terminal's events, and a request to end (a closed window, a shutdown, SIGQUIT),
/// to the app.
fn listen(app: &App) {
    let ends = app.sender();
    // A closed terminal window or a shutdown (SIGHUP, SIGTERM, SIGINT; a closed console on
    // Windows): the loop saves what is typed and quits. Only the first handler of the process is
    // taken; a second `run` keeps the first.
    let _ = ctrlc::set_handler(move || {
        let _ = ends.send(Input::Terminate);
    });
    listen_quit(app);
    let keys = app.sender();
    std::thread::spawn(move || {
        // Ends when the app is gone (send fails) or the terminal cannot be read.
        while let Ok(ev) = event::read() {
            if keys.send(Input::Terminal(ev)).is_err() {
                break;
            }
        }
    });
}
