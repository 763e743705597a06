//! chibo's files: session files in RON (load, atomic save, lock, migration, the folder's index),
//! rosters read from spreadsheets (`import`), and everything that differs between operating
//! systems (`os`, the only module that may use `std::os`).

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

pub mod import;
pub mod os;
pub mod store;
