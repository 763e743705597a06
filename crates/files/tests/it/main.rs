//! chibo-files's integration tests, one binary (one link for all of them): a module per subject.
// Test code: a failed unwrap or index is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod domain_record;
mod import_ward;
mod log_events;
mod store;
mod store_crash;
mod store_create;
mod store_fuzz;
mod store_gate;
mod store_index;
mod store_record;
mod store_safety;
