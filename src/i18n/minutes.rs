//! UI strings for the minutes module, in Vietnamese and English.
