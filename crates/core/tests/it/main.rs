//! chibo-core's integration tests, one binary (one link for all of them): a module per subject.
// Test code: a failed unwrap or index is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod domain_commands;
mod domain_finalize;
mod domain_findings;
mod domain_preview;
mod domain_record;
mod domain_rules;
mod domain_summary;
mod domain_texts;
mod rules_meeting;
mod rules_members;
mod samples;
mod tally_props;
