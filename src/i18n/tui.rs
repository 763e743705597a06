//! UI strings for the tui module, in Vietnamese and English.
