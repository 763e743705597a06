//! chibo-docs's integration tests, one binary (one link for all of them): a module per subject.
// Test code: a failed unwrap or index is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod docx_schema;
mod domain_facts;
mod export_csv;
mod export_docx;
mod export_docx_print;
mod export_errors;
mod export_golden;
mod export_minutes;
mod papers_print;
mod words_percent;
