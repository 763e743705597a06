//! Widgets of our own: text entry that keeps Vietnamese in NFC, forms, and the hint bar.

pub mod editor;
pub mod form;
pub mod hints;
pub mod line_input;
