//! UI strings for the cli module, in Vietnamese and English.
