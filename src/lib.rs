//! chibo: runs a party cell's annual review meeting and keeps its minutes.
//!
//! `domain` is the pure meeting model; `store` keeps sessions in RON files; `export` writes the
//! minutes; `i18n` holds every string a user reads; `cli` and `tui` are the thin front ends.

pub mod cli;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod os;
pub mod store;
pub mod tui;
