//! The screens: home (the sessions folder), the roster, and the meeting with its agenda.
//! Each holds only view state; the session lives in the app.

pub(crate) mod home;
pub(crate) mod meeting;
pub(crate) mod roster;
pub(crate) mod summary;
