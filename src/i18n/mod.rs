//! Every string a user reads, in Vietnamese (the default) and English, in one place.
//!
//! The words of the domain (levels, findings) are here for every layer; each front end keeps its
//! own words beside it (the terminal app's are in `tui::words`).

pub mod cli;
mod findings;
pub mod minutes;
pub mod store;

pub use findings::{finding_message, severity_label, subject_label};

/// The language of the interface and of the minutes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// `vi` or `en` (case-insensitive); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

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
