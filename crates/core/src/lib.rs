//! chibo's core: the meeting as a pure state machine (`domain`) and the domain's words in
//! Vietnamese and English (`i18n`). No terminal, no file, no clock: every crate above builds on
//! this one, and this one names none of them.

// `pub` is for what another crate uses; the rest is `pub(crate)`, so dead code is reported.
#![warn(unreachable_pub)]

pub mod domain;
pub mod i18n;
