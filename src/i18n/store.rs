//! UI strings for the store module, in Vietnamese and English.
