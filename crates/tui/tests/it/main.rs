//! chibo-tui's integration tests, one binary (one link for all of them): a module per subject.
// Test code: a failed unwrap or index is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod export_words;
mod places;
mod support;
mod tui_actions;
mod tui_conflict;
mod tui_errors;
mod tui_flows;
mod tui_history;
mod tui_keys;
mod tui_loop;
mod tui_new_session;
mod tui_record;
mod tui_remarks;
mod tui_selection;
mod tui_snapshots;
mod tui_votes;
