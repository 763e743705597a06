//! The one door between the app and the session files: the store, re-exported, so the screens
//! name only what they use.

pub use crate::store::{
    IndexEntry, SessionLock, SummaryStatus, index, load, lock, new_session_path, save,
};
