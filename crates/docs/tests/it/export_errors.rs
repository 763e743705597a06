//! What an export says when it cannot be made, and what it writes for a figure it cannot know.

use chibo_core::domain::{Session, VoteMethod, demo};
use chibo_core::i18n::Lang;
use chibo_docs::papers::{self, OutFormat, Paper};
use chibo_docs::{ExportError, Format};

#[test]
fn a_paper_in_a_format_it_does_not_come_in_is_a_typed_error() {
    let s = demo::finished_session(3, 2025);
    let e = papers::render(&s, Paper::Ballots, OutFormat::Xlsx, None, Lang::Vi).unwrap_err();
    assert!(
        matches!(
            e,
            ExportError::Unsupported {
                paper: Paper::Ballots,
                format: OutFormat::Xlsx
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.message(Lang::Vi), "Giấy tờ này không xuất ra dạng .xlsx.");
    assert_eq!(e.message(Lang::En), "This paper does not come as .xlsx.");
}

/// A hand-edited file whose first round has more invalid ballots than were returned.
fn invalid_over_returned() -> Session {
    let mut s = demo::finished_session(3, 2025);
    let round = &mut s.reviews[0].rounds[0];
    round.method = VoteMethod::SecretBallot;
    round.invalid = round.returned + 1;
    s
}

fn text(s: &Session, paper: Paper) -> String {
    let f = OutFormat::Minutes(Format::Txt);
    String::from_utf8(papers::render(s, paper, f, None, Lang::Vi).unwrap()).unwrap()
}

#[test]
fn valid_ballots_that_cannot_be_counted_are_a_dash_not_a_zero() {
    let s = invalid_over_returned();
    let minutes = text(&s, Paper::Minutes);
    assert!(minutes.contains("hợp lệ —"), "{minutes}");
    assert!(!minutes.contains("hợp lệ 0"), "{minutes}");
    let counting = text(&s, Paper::Counting);
    assert!(counting.contains("hợp lệ: —"), "{counting}");
}
