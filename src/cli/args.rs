//! The values the command line takes, as clap's own `ValueEnum`s: clap parses them (any case,
//! with the Vietnamese aliases), lists them under `--help` and names the allowed values in its
//! error. Each maps onto the library's own type, which knows nothing of clap.

use chibo_core::i18n::Lang;
use chibo_docs::Format;
use chibo_docs::papers::{OutFormat, Paper};
use clap::ValueEnum;

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(a: LangArg) -> Lang {
        match a {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// `export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Docx,
    #[value(alias = "markdown")]
    Md,
    #[value(alias = "text")]
    Txt,
    Csv,
    Xlsx,
}

impl From<FormatArg> for OutFormat {
    fn from(a: FormatArg) -> OutFormat {
        match a {
            FormatArg::Docx => OutFormat::Minutes(Format::Docx),
            FormatArg::Md => OutFormat::Minutes(Format::Md),
            FormatArg::Txt => OutFormat::Minutes(Format::Txt),
            FormatArg::Csv => OutFormat::Minutes(Format::Csv),
            FormatArg::Xlsx => OutFormat::Xlsx,
        }
    }
}

/// `export --doc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    #[value(alias = "bien-ban")]
    Minutes,
    #[value(alias = "phieu")]
    Ballots,
    #[value(alias = "phieu-chi-bo")]
    CellBallots,
    #[value(alias = "kiem-phieu")]
    Counting,
    #[value(alias = "danh-sach")]
    List,
}

impl From<PaperArg> for Paper {
    fn from(a: PaperArg) -> Paper {
        match a {
            PaperArg::Minutes => Paper::Minutes,
            PaperArg::Ballots => Paper::Ballots,
            PaperArg::CellBallots => Paper::CellBallots,
            PaperArg::Counting => Paper::Counting,
            PaperArg::List => Paper::List,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_parse_in_any_case_and_with_their_aliases() {
        let paper = |s| PaperArg::from_str(s, true).map(Paper::from);
        assert_eq!(paper("cell-ballots"), Ok(Paper::CellBallots));
        assert_eq!(paper("Kiem-Phieu"), Ok(Paper::Counting));
        assert!(paper("ballot").is_err());
        let format = |s| FormatArg::from_str(s, true).map(OutFormat::from);
        assert_eq!(format("DOCX"), Ok(OutFormat::Minutes(Format::Docx)));
        assert_eq!(format("markdown"), Ok(OutFormat::Minutes(Format::Md)));
        assert_eq!(format("xlsx"), Ok(OutFormat::Xlsx));
        assert!(format("pdf").is_err());
        assert_eq!(LangArg::from_str("EN", true).map(Lang::from), Ok(Lang::En));
    }

    #[test]
    fn every_format_has_its_value() {
        for f in Format::ALL {
            let v = FormatArg::from_str(f.ext(), true).map(OutFormat::from);
            assert_eq!(v, Ok(OutFormat::Minutes(f)));
        }
    }
}
