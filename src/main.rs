//! The `chibo` binary: parses the command line, starts the log and hands over to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = chibo::cli::parse();
    // Without a log file the app runs on as before; `init` never fails loudly.
    let _log = chibo::log::init(args.log_level);
    if args.command.is_none() {
        // The terminal app reports a failure as a color-eyre report (with its chain of causes).
        let _ = color_eyre::install();
    }
    chibo::cli::run(args)
}
