//! Where the commands print. `println!` panics when standard output is gone (`chibo check FILE |
//! head` closes it after ten lines); here a write that fails stops the command instead: quietly,
//! with the status a shell gives any command a closed pipe ended, when the reader went away; with
//! a message otherwise (a full disk behind `> file`).

use std::fmt::Display;
use std::io::{self, Write};

use chibo_core::i18n::Lang;

/// Standard output could not be written: the command stops there (see [`Stopped::status`]).
#[derive(Debug)]
pub(super) struct Stopped(io::Error);

/// What printing gives: nothing, or the reason to stop.
pub(super) type Printed<T = ()> = Result<T, Stopped>;

/// The status of a command ended by a closed pipe, as a shell reports it: 128 + SIGPIPE (13).
pub(super) const PIPE_CLOSED: u8 = 141;

/// `text` and a newline on standard output.
pub(super) fn line(text: impl Display) -> Printed {
    write(format_args!("{text}\n"))
}

/// `text` as it is on standard output.
pub(super) fn text(text: &str) -> Printed {
    write(format_args!("{text}"))
}

fn write(args: std::fmt::Arguments<'_>) -> Printed {
    let mut out = io::stdout().lock();
    out.write_fmt(args)
        .and_then(|()| out.flush())
        .map_err(Stopped)
}

/// `text` and a newline on standard error. A standard error that cannot be written is not a
/// reason to stop: nothing could say so, and the exit status still tells.
pub(super) fn err_line(text: impl Display) {
    let _ = writeln!(io::stderr(), "{text}");
}

impl Stopped {
    /// The exit status: [`PIPE_CLOSED`] without a word when the reader closed the pipe; the
    /// error said on standard error and [`super::commands::UNREADABLE`] otherwise.
    pub(super) fn status(self, lang: Lang) -> u8 {
        if self.0.kind() == io::ErrorKind::BrokenPipe {
            return PIPE_CLOSED;
        }
        err_line(super::words::output_failed(&self.0, lang));
        super::commands::UNREADABLE
    }
}
