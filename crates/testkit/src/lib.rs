//! Helpers shared by the integration tests of every crate (a dev-dependency only, never
//! shipped): `sessions` builds small sessions for the rules, `meeting` a whole meeting for the
//! documents, `stored` fixture files and sessions as files.
// Test code: a failed unwrap is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod meeting;
pub mod package;
pub mod rng;
pub mod sessions;
pub mod stored;
