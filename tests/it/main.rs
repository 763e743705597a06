//! chibo's integration tests, one binary (one link for all of them): a module per subject.

mod architecture;
mod cli;
mod cli_safety;
mod cli_verify;
mod create;
mod import;
mod papers;
mod rollup;
mod rollup_files;
mod tui_pty;
