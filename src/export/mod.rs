//! The minutes (biên bản) and the results table, built from a session and rendered to DOCX, Markdown, text and CSV.
