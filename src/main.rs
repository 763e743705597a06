//! The `chibo` binary: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = chibo::cli::Args::parse();
    chibo::cli::run(args)
}
