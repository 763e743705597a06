//! The members' and the cell's rules DOMAIN.md gained with issue 16, at and around each
//! threshold: discipline counts only in its year; the cell's Excellent bounded by a disciplined
//! committee member; the temporary cell's opinion on a member on temporary activity elsewhere.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Command, Discipline, DisciplineTime, Document, FindingKind, Level, Post, RuleSet, RuleSetName,
    Severity, Subject, Tally, TemporaryOpinion, VoteMethod,
};
use chrono::NaiveDate;
use common::*;

// ---- discipline counts for its year ---------------------------------------------------------

/// Member 1 of 3 present, disciplined by a decision dated `decided` (violation `violated`),
/// proposed Good.
fn disciplined(
    decided: Option<NaiveDate>,
    violated: Option<NaiveDate>,
) -> chibo_core::domain::Session {
    let mut s = present(3);
    let m = get(&mut s, 1);
    m.disciplined = true;
    m.discipline = Some(Box::new(Discipline {
        form: "Khiển trách".into(),
        decision: Document {
            number: "45-QĐ/ĐU".into(),
            date: decided,
            issuer: "Đảng ủy Phường Bến Thành".into(),
        },
        violated,
    }));
    vote(&mut s, 1, counts(0, 3, 0, 0));
    s
}

fn discipline_kinds(s: &chibo_core::domain::Session) -> Vec<(Severity, FindingKind)> {
    kinds_of(s, "discipline")
        .into_iter()
        .map(|(sev, _, k)| (sev, k))
        .collect()
}

fn must_be_not_complete() -> Vec<(Severity, FindingKind)> {
    vec![(
        Severity::Error,
        FindingKind::Disciplined {
            proposed: Level::Good,
        },
    )]
}

fn outside(date: NaiveDate) -> Vec<(Severity, FindingKind)> {
    vec![(Severity::Note, FindingKind::DisciplineOutsideYear { date })]
}

#[test]
fn a_decision_dated_before_the_year_is_a_note_never_not_complete() {
    // Before, any discipline forced Not complete, whatever its date.
    let s = disciplined(Some(d(2024, 12, 31)), None);
    assert_eq!(discipline_kinds(&s), outside(d(2024, 12, 31)));
    assert_eq!(
        s.members[0].discipline_time(2025),
        Some(DisciplineTime::Outside(d(2024, 12, 31)))
    );
    assert!(!s.members[0].disciplined_in(2025));
}

#[test]
fn a_decision_dated_in_the_year_bounds_the_level_from_1_january_to_31_december() {
    for day in [d(2025, 1, 1), d(2025, 8, 20), d(2025, 12, 31)] {
        let s = disciplined(Some(day), None);
        assert_eq!(discipline_kinds(&s), must_be_not_complete(), "{day}");
        assert!(s.members[0].disciplined_in(2025));
    }
    // The first day after the year is outside it too (a meeting held in January).
    let s = disciplined(Some(d(2026, 1, 1)), None);
    assert_eq!(discipline_kinds(&s), outside(d(2026, 1, 1)));
}

#[test]
fn a_violation_before_the_year_disciplined_now_is_for_the_committee_to_weigh() {
    // DOMAIN-SOURCES §3, "Violation in a prior year, disciplined now": no automatic KHTNV.
    let s = disciplined(Some(d(2025, 2, 10)), Some(d(2024, 11, 30)));
    assert_eq!(discipline_kinds(&s), outside(d(2024, 11, 30)));
    let s = disciplined(Some(d(2025, 2, 10)), Some(d(2025, 1, 5)));
    assert_eq!(discipline_kinds(&s), must_be_not_complete());
    // The violation's date alone decides when the decision has none.
    let s = disciplined(None, Some(d(2024, 6, 1)));
    assert_eq!(discipline_kinds(&s), outside(d(2024, 6, 1)));
}

#[test]
fn a_discipline_without_dates_counts_for_the_year_as_it_always_did() {
    let s = disciplined(None, None);
    assert_eq!(discipline_kinds(&s), must_be_not_complete());
    let mut s = present(3);
    get(&mut s, 1).disciplined = true;
    vote(&mut s, 1, counts(0, 3, 0, 0));
    assert_eq!(discipline_kinds(&s), must_be_not_complete());
}

#[test]
fn the_date_note_stands_for_a_self_reported_member_and_not_under_qd132() {
    let mut s = disciplined(Some(d(2024, 3, 1)), None);
    get(&mut s, 1).self_reported = true;
    assert_eq!(discipline_kinds(&s), outside(d(2024, 3, 1)));
    s.rules = RuleSet::named(RuleSetName::Qd132);
    assert_eq!(discipline_kinds(&s), vec![]);
}

#[test]
fn the_note_names_the_date_in_both_languages() {
    let s = disciplined(Some(d(2024, 12, 31)), None);
    let f = findings(&s)
        .into_iter()
        .find(|f| f.kind.rule() == "discipline")
        .unwrap();
    assert_eq!(f.subject, Subject::Member(id(1)));
    let vi = chibo_core::i18n::finding_message(&f, chibo_core::i18n::Lang::Vi);
    assert!(
        vi.contains("31/12/2024") && vi.contains("cấp có thẩm quyền xem xét"),
        "{vi}"
    );
    let en = chibo_core::i18n::finding_message(&f, chibo_core::i18n::Lang::En);
    assert!(en.contains("outside the year under review"), "{en}");
}

// ---- the cell's Excellent bounded by its committee ------------------------------------------

/// Four members present, member 1 holding `post` and disciplined by a decision of `decided`;
/// the cell voted `cell` (of 4 ballots, all for one level).
fn cell_voted(post: Post, decided: NaiveDate, cell: Level) -> chibo_core::domain::Session {
    let mut s = present(4);
    let m = get(&mut s, 1);
    m.post = post;
    m.disciplined = true;
    m.discipline = Some(Box::new(Discipline {
        decision: Document {
            date: Some(decided),
            ..Document::default()
        },
        ..Discipline::default()
    }));
    let mut c = counts(0, 0, 0, 0);
    c.set(cell, 4);
    apply(
        &mut s,
        Command::RecordCellVote(Tally::simple(VoteMethod::SecretBallot, c)),
    );
    s
}

fn bounded(s: &chibo_core::domain::Session) -> Vec<(Severity, Subject, FindingKind)> {
    kinds_of(s, "cell-bounded")
}

#[test]
fn a_cell_proposed_excellent_with_a_disciplined_committee_member_is_an_error() {
    // Before, nothing was said: the cell's level looked at no member.
    for post in [Post::Secretary, Post::Deputy, Post::Committee] {
        let s = cell_voted(post, d(2025, 5, 4), Level::Excellent);
        assert_eq!(
            bounded(&s),
            vec![(
                Severity::Error,
                Subject::Cell,
                FindingKind::CellExcellentWithDisciplinedLeaders {
                    names: vec![NAMES[0].to_owned()]
                }
            )],
            "{post:?}"
        );
    }
}

#[test]
fn good_is_allowed_and_an_ordinary_member_or_an_old_decision_does_not_bound_the_cell() {
    assert_eq!(
        bounded(&cell_voted(Post::Secretary, d(2025, 5, 4), Level::Good)),
        vec![]
    );
    assert_eq!(
        bounded(&cell_voted(Post::Ordinary, d(2025, 5, 4), Level::Excellent)),
        vec![]
    );
    assert_eq!(
        bounded(&cell_voted(
            Post::Secretary,
            d(2024, 12, 31),
            Level::Excellent
        )),
        vec![],
        "a decision dated before the year does not count for it"
    );
    // Under the earlier regulations the collective's criteria were not retrieved.
    let mut s = cell_voted(Post::Secretary, d(2025, 5, 4), Level::Excellent);
    s.rules = RuleSet::named(RuleSetName::Qd124);
    assert_eq!(bounded(&s), vec![]);
}

#[test]
fn the_preview_of_the_cells_vote_shows_the_bound_and_the_words_say_at_most_good() {
    let mut s = cell_voted(Post::Deputy, d(2025, 5, 4), Level::Good);
    apply(&mut s, Command::UndoCellVote);
    let tally = Tally::simple(VoteMethod::SecretBallot, counts(4, 0, 0, 0));
    let preview = s.preview_cell_vote(&tally).unwrap();
    assert_eq!(preview.errors.len(), 1, "{preview:?}");
    let en = chibo_core::i18n::finding_message(&preview.errors[0], chibo_core::i18n::Lang::En);
    assert!(en.contains("(Nguyễn Văn An): at most Good"), "{en}");
    let vi = chibo_core::i18n::finding_message(&preview.errors[0], chibo_core::i18n::Lang::Vi);
    assert!(vi.contains("tối đa Hoàn thành tốt nhiệm vụ"), "{vi}");
}

// ---- the temporary cell's opinion -------------------------------------------------------------

#[test]
fn rating_a_member_on_temporary_activity_without_the_opinion_is_a_warning() {
    // Before, nothing held the opinion and nothing asked for it.
    let mut s = present(4);
    get(&mut s, 4).temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into());
    let warned = |s: &chibo_core::domain::Session| kinds_of(s, "temporary-opinion");
    assert_eq!(warned(&s), vec![], "not rated yet");
    vote(&mut s, 4, counts(0, 3, 0, 0));
    assert_eq!(
        warned(&s),
        vec![(
            Severity::Warning,
            member_subject(4),
            FindingKind::NoTemporaryOpinion
        )]
    );
    get(&mut s, 4).temporary_opinion = Some(TemporaryOpinion {
        received: d(2025, 12, 10),
        cell: "Chi bộ Trường THCS Lê Lợi".into(),
        text: "Hoàn thành tốt nhiệm vụ được giao".into(),
    });
    assert_eq!(warned(&s), vec![], "the opinion is in");
    // Under the earlier guides the rule was not retrieved (HD 43 mục 7.6 is qd366's).
    get(&mut s, 4).temporary_opinion = None;
    s.rules = RuleSet::named(RuleSetName::Qd124);
    assert_eq!(warned(&s), vec![]);
}

#[test]
fn a_member_not_on_temporary_activity_needs_no_opinion() {
    let mut s = present(3);
    vote(&mut s, 1, counts(0, 3, 0, 0));
    assert_eq!(kinds_of(&s, "temporary-opinion"), vec![]);
}

#[test]
fn the_opinion_goes_into_the_file_only_when_given_and_its_words_are_in_both_languages() {
    let mut m = chibo_core::domain::Member::new("m1", "Lê Thị Hoa");
    let written = |m: &chibo_core::domain::Member| ron::to_string(m).unwrap();
    assert!(!written(&m).contains("temporary_opinion"));
    m.temporary_opinion = Some(TemporaryOpinion {
        received: d(2025, 12, 10),
        cell: String::new(),
        text: String::new(),
    });
    assert!(
        written(&m).contains("temporary_opinion:Some((received:\"2025-12-10\"))"),
        "{}",
        written(&m)
    );
    let f = chibo_core::domain::Finding {
        severity: Severity::Warning,
        subject: member_subject(1),
        kind: FindingKind::NoTemporaryOpinion,
    };
    let vi = chibo_core::i18n::finding_message(&f, chibo_core::i18n::Lang::Vi);
    assert!(vi.contains("chi bộ nơi sinh hoạt tạm thời"), "{vi}");
}

#[test]
fn a_roster_copied_for_the_next_year_leaves_last_years_opinion_behind() {
    let mut old = present(2);
    get(&mut old, 2).temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into());
    get(&mut old, 2).temporary_opinion = Some(TemporaryOpinion {
        received: d(2025, 12, 10),
        cell: String::new(),
        text: "Tốt".into(),
    });
    let mut new = empty();
    new.copy_roster_from(&old);
    assert_eq!(
        new.members[1].temporary_elsewhere,
        old.members[1].temporary_elsewhere
    );
    assert_eq!(new.members[1].temporary_opinion, None);
}
