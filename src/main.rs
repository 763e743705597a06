//! The `chibo` binary: parses the command line, starts the log and hands over to the library.

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

mod cli;
mod log;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::parse();
    if args.command.is_none() {
        // The terminal app reports a failure as a color-eyre report (with its chain of causes).
        // Installed before the log, whose panic hook then wraps color-eyre's instead of being
        // replaced by it.
        let _ = color_eyre::install();
    }
    // Without a log file the app runs on as before; `init` never fails loudly.
    let _log = log::init(args.log_level);
    cli::run(args)
}
