//! chibo-docs's integration tests, one binary (one link for all of them): a module per subject.

mod docx_schema;
mod domain_facts;
mod export_csv;
mod export_docx;
mod export_docx_print;
mod export_golden;
mod export_minutes;
