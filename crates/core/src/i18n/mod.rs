//! The words of the domain, in Vietnamese (the default) and English, for every layer.
//!
//! Only the domain's words live here (the language, levels, findings, rule names), shared by every
//! layer; this module imports nothing but the domain. Each layer keeps its own words beside it:
//! `tui::words`, `cli::words`, `store::words`, `export::words`.

mod cap;
mod errors;
mod findings;
mod members;
pub mod texts;
mod unfinished;
mod votes;

pub use cap::{cap_base, cap_base_short};
pub use errors::{domain_error, name_error, score_range};
pub use findings::{finding_message, severity_label, subject_label};
pub use members::{exclusion, present_not_voting, short_date};
pub use texts::{Texts, untranslated};
pub use unfinished::{Blank, missing, unfinished};
pub use votes::{no_majority, no_result};

/// The language of the interface and of the minutes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Picks the Vietnamese or the English text.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// The display label of a level in a language: the exact Vietnamese name, or its English one.
pub fn level_name(level: crate::domain::Level, lang: Lang) -> &'static str {
    use crate::domain::Level;
    match lang {
        Lang::Vi => level.name_vi(),
        Lang::En => match level {
            Level::Excellent => "Excellent",
            Level::Good => "Good",
            Level::Complete => "Complete",
            Level::NotComplete => "Not complete",
        },
    }
}
