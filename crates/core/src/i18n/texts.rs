//! One way to write words, for every layer: [`texts!`](crate::texts) makes a table of fixed
//! texts, each entry in Vietnamese and English, and [`untranslated`] lets a layer's test check
//! that every entry has both. The convention is in the macro's documentation.

use std::fmt::Debug;

use super::Lang;

/// A table made by [`texts!`](crate::texts): every entry, and its text in each language.
pub trait Texts: Copy + Debug + 'static {
    /// Every entry, in the table's order.
    const ALL: &'static [Self];

    /// The text in a language.
    fn get(self, lang: Lang) -> &'static str;

    /// Whether the table marks the entry `same`: written alike in both languages on purpose
    /// (an abbreviation, a symbol, a format's name).
    fn same_in_both(self) -> bool;
}

/// What is wrong with a table's entries, one line each, or nothing: an empty Vietnamese or
/// English text, a Vietnamese text that is only the English one (unless marked `same`), or a
/// `same` mark on texts that differ.
pub fn untranslated<T: Texts>() -> Vec<String> {
    T::ALL
        .iter()
        .filter_map(|t| {
            let (vi, en) = (t.get(Lang::Vi), t.get(Lang::En));
            let why = if vi.trim().is_empty() {
                "no Vietnamese text"
            } else if en.trim().is_empty() {
                "no English text"
            } else if vi == en && !t.same_in_both() {
                "the Vietnamese is the English (mark the entry `same` if it should be)"
            } else if vi != en && t.same_in_both() {
                "marked `same`, but the two texts differ"
            } else {
                return None;
            };
            Some(format!("{t:?}: {why}"))
        })
        .collect()
}

/// A table of fixed texts in Vietnamese and English: an enum with one variant per entry,
/// `get(lang)`, and [`Texts`] (every entry in `ALL`, for the test that each has both languages).
///
/// ```
/// use chibo_core::i18n::{Lang, untranslated};
///
/// chibo_core::texts! {
///     /// The example's texts.
///     pub enum T {
///         Title => "BIÊN BẢN", "MINUTES";
///         /// A format's name, alike in both languages.
///         Csv => "CSV", "CSV", same;
///     }
/// }
///
/// assert_eq!(T::Title.get(Lang::En), "MINUTES");
/// assert!(untranslated::<T>().is_empty());
/// ```
///
/// The convention, in every layer's words module:
/// - **A fixed text** is an entry of the layer's `texts!` table, read with `T::X.get(lang)`. An
///   entry whose two texts are alike on purpose ends with `, same`; otherwise [`untranslated`]
///   reports it, as it reports an empty text.
/// - **A sentence with values** is a function of the words module that matches on `lang` once:
///   `match lang { Lang::Vi => format!(…), Lang::En => format!(…) }`; its fixed parts may be
///   entries of the table.
/// - **No user-facing literal elsewhere**: outside the words modules, code names an entry or
///   calls a words function. Log lines, file-format keys (CSV columns, file names, XML) and test
///   code are not words.
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => $vi:literal, $en:literal $(, $same:ident)?;
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// The text in a language.
            $vis fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::Vi => match self { $( $name::$variant => $vi, )* },
                    $crate::i18n::Lang::En => match self { $( $name::$variant => $en, )* },
                }
            }
        }

        impl $crate::i18n::Texts for $name {
            const ALL: &'static [Self] = &[ $( $name::$variant, )* ];

            fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                $name::get(self, lang)
            }

            fn same_in_both(self) -> bool {
                match self { $( $name::$variant => $crate::__texts_same!($($same)?), )* }
            }
        }
    };
}

/// `same` → true, nothing → false; any other mark does not compile.
#[doc(hidden)]
#[macro_export]
macro_rules! __texts_same {
    () => {
        false
    };
    (same) => {
        true
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::texts! {
        /// A table with each kind of entry.
        enum Good {
            Title => "BIÊN BẢN", "MINUTES";
            /// Documented entries keep their docs.
            Spaced => " Các phiên họp ", " Sessions ";
            Csv => "CSV", "CSV", same;
        }
    }

    crate::texts! {
        enum Bad {
            NoVi => "", "English";
            NoEn => "Tiếng Việt", " ";
            Copied => "Sessions", "Sessions";
            WrongMark => "Chi bộ", "Cell", same;
        }
    }

    #[test]
    fn a_table_gives_each_language() {
        assert_eq!(Good::Title.get(Lang::Vi), "BIÊN BẢN");
        assert_eq!(Good::Title.get(Lang::En), "MINUTES");
        assert_eq!(<Good as Texts>::ALL, [Good::Title, Good::Spaced, Good::Csv]);
        assert_eq!(<Good as Texts>::get(Good::Spaced, Lang::En), " Sessions ");
        assert!(Good::Csv.same_in_both() && !Good::Title.same_in_both());
        assert_eq!(untranslated::<Good>(), Vec::<String>::new());
    }

    #[test]
    fn a_missing_or_copied_text_is_reported() {
        let found = untranslated::<Bad>();
        assert_eq!(found.len(), 4, "{found:#?}");
        for (line, start) in found.iter().zip([
            "NoVi: no Viet",
            "NoEn: no Eng",
            "Copied: the",
            "WrongMark: marked",
        ]) {
            assert!(line.starts_with(start), "{line}");
        }
    }
}
