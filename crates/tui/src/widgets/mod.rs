//! Widgets of our own: text entry that keeps Vietnamese in NFC, forms, and the hint bar.

pub(crate) mod editor;
pub(crate) mod form;
pub(crate) mod hints;
pub(crate) mod line_input;
