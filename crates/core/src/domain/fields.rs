//! Helpers for the session file's fields, shared by every type that is written to it.

/// Fields at their default are not written: files stay short enough to read, and a field added
/// later (with its default) does not change the content, hence the checksum, of sealed sessions.
/// Settings are never skipped: a default may change, a sealed session's rules must not.
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
