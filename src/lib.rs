//! chibo: runs a party cell's annual review meeting and keeps its minutes.
//!
//! `domain` is the pure meeting model; `store` keeps sessions in RON files; `export` writes the
//! minutes; `i18n` holds every string a user reads; `cli` and `tui` are the thin front ends.
//! `os` holds everything that differs between operating systems; `log` is the log file.

pub mod cli;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod log;
pub mod os;
pub mod rollup;
pub mod store;
pub mod tui;
