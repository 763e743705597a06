//! chibo's integration tests, one binary (one link for all of them): a module per subject.
// Test code: a failed unwrap or index is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod architecture;
mod cli;
mod cli_safety;
mod cli_verify;
mod create;
mod import;
mod papers;
mod rollup;
mod rollup_files;
mod rollup_rules;
mod tui_pty;
