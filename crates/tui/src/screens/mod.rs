//! The screens: home (the sessions folder), the roster, and the meeting with its agenda.
//! Each holds only view state; the session lives in the app.

pub mod home;
pub mod meeting;
pub mod roster;
pub mod summary;
