//! The sample sessions shipped in `sessions/` and the example in `docs/session-format.md`: they
//! load, hold together, and tell the story they are meant to tell (numbers checked by the domain).

use chibo_core::domain::{
    Exclusion, FindingKind, Level, MemberId, Membership, RuleSetName, Session, Severity, Status,
    Step, Subject, audit, excellent_cap, working_days_between,
};
use ron::extensions::Extensions;
use unicode_normalization::is_nfc;

const FINISHED: &str = "sessions/2024-chi-bo-khu-pho-3.ron";
const IN_PROGRESS: &str = "sessions/2025-chi-bo-khu-pho-3.ron";
const DOC: &str = "docs/session-format.md";

fn read(rel: &str) -> String {
    let path = chibo_testkit::stored::repo(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses a session as the store will (implicit_some, BOM stripped) and checks its structure.
fn parse(text: &str, what: &str) -> Session {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let s: Session = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .from_str(text)
        .unwrap_or_else(|e| panic!("{what}:{e}"));
    s.check_structure()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    s
}

fn load(rel: &str) -> Session {
    parse(&read(rel), rel)
}

fn id(s: &str) -> MemberId {
    MemberId::new(s)
}

fn ids(v: &[&str]) -> Vec<MemberId> {
    v.iter().map(|s| id(s)).collect()
}

fn order_ids(s: &Session) -> Vec<MemberId> {
    s.review_order().iter().map(|m| m.id.clone()).collect()
}

/// The findings as (severity, rule, member id or "" for the session/cell), sorted.
fn findings(s: &Session) -> Vec<(Severity, &'static str, String)> {
    let mut v: Vec<_> = audit(s)
        .into_iter()
        .map(|f| {
            let who = match &f.subject {
                Subject::Member(m) => m.to_string(),
                Subject::Session => String::new(),
                Subject::Cell => "cell".to_owned(),
            };
            (f.severity, f.kind.rule(), who)
        })
        .collect();
    v.sort();
    v
}

// ---- both files -------------------------------------------------------------------------------

#[test]
fn samples_are_nfc_and_in_store_layout() {
    for rel in [FINISHED, IN_PROGRESS, DOC] {
        let text = read(rel);
        assert!(is_nfc(&text), "{rel} is not NFC");
        assert!(!text.starts_with('\u{feff}'), "{rel} starts with a BOM");
        assert!(!text.contains('\t'), "{rel} has a tab");
    }
    for rel in [FINISHED, IN_PROGRESS] {
        let text = read(rel);
        assert_eq!(
            text.lines().next(),
            Some("#![enable(implicit_some)]"),
            "{rel}"
        );
        assert!(!text.contains("Some("), "{rel}: Options are written bare");
        for (n, line) in text.lines().enumerate() {
            let indent = line.len() - line.trim_start_matches(' ').len();
            assert_eq!(indent % 4, 0, "{rel}:{}: indent of {indent}", n + 1);
        }
    }
}

#[test]
fn member_ids_are_stable_across_years() {
    let old = load(FINISHED);
    let new = load(IN_PROGRESS);
    for m in &new.members {
        if let Some(before) = old.member(&m.id) {
            assert_eq!(before.name, m.name, "{} changed name", m.id);
            assert_eq!(before.born, m.born, "{} changed birth year", m.id);
            assert_eq!(before.admitted, m.admitted, "{} changed admission", m.id);
        }
    }
    let gone: Vec<_> = old
        .members
        .iter()
        .filter(|m| new.member(&m.id).is_none())
        .map(|m| m.id.clone())
        .collect();
    assert_eq!(gone, ids(&["m06"]), "one member moved away");
    let added: Vec<_> = new
        .members
        .iter()
        .filter(|m| old.member(&m.id).is_none())
        .map(|m| m.id.clone())
        .collect();
    assert_eq!(added, ids(&["m16"]), "one new admission");
}

// ---- 2024: finished under qd124 ----------------------------------------------------------------

#[test]
fn finished_is_sealed_with_a_matching_checksum() {
    let s = load(FINISHED);
    let Status::Finalized { checksum, at } = &s.status else {
        panic!("2024 sample is not finalized: {:?}", s.status);
    };
    // The sample keeps the seal it was made with (the canonical form with `schema`, as sealed
    // before the seal left `schema` out): it still verifies, as any old seal must.
    let actual = s.content_checksum().unwrap();
    assert!(
        s.seal_state() == chibo_core::domain::SealState::Intact,
        "{checksum} is not a seal of {FINISHED}; the current one is \"{actual}\""
    );
    assert!(
        !audit(&s)
            .iter()
            .any(|f| f.kind == FindingKind::ChecksumMismatch)
    );
    assert_eq!(at.date_naive(), s.meeting.date);
    assert_eq!(s.rules.name, RuleSetName::Qd124);
    assert_eq!(s.step, Step::Close);
}

#[test]
fn finished_findings_are_the_absent_member_and_the_counting_team_it_lacks() {
    let s = load(FINISHED);
    // Its votes were secret ballots, and the file names no counting team: a blank sealed.
    assert_eq!(
        findings(&s),
        vec![
            (Severity::Warning, "unfinished", String::new()),
            (Severity::Note, "review-later", "m07".to_owned())
        ]
    );
    let m07 = s.member(&id("m07")).map(|m| m.attendance.clone());
    assert!(matches!(
        m07,
        Some(chibo_core::domain::Attendance::Excused(_))
    ));
    assert_eq!(s.proposed(&id("m07")), None, "absent: no vote");
}

#[test]
fn finished_roster_denominator_and_quorum() {
    let s = load(FINISHED);
    assert_eq!(s.members.len(), 15);
    let order = order_ids(&s);
    assert_eq!(
        order,
        ids(&[
            "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m11", "m14",
            "m15"
        ])
    );
    let excl = |m: &str| s.member(&id(m)).and_then(|m| m.exclusion(s.meeting.date));
    assert_eq!(excl("m12"), Some(Exclusion::Exempt));
    assert!(matches!(
        excl("m13"),
        Some(Exclusion::AdmittedRecently { .. })
    ));
    let probationary: Vec<_> = s
        .members
        .iter()
        .filter(|m| m.membership == Membership::Probationary)
        .map(|m| m.id.clone())
        .collect();
    assert_eq!(probationary, ids(&["m10", "m11", "m13"]));
    // 12 official − m12 (exempt, not called) − m07 (absent with reason) = 10, all present.
    assert_eq!(s.denominator(), 10);
    assert_eq!(s.voters_present(), 10);
    assert_eq!(s.denominator_present(), 10);
    assert_eq!(s.rated_count(), (12, 13));
}

#[test]
fn finished_levels_tell_the_story() {
    let s = load(FINISHED);
    let mut per_level = [0u32; 4];
    for m in s.review_order() {
        if let Some(l) = s.proposed(&m.id) {
            per_level[l.index()] += 1;
        }
    }
    assert_eq!(
        per_level,
        [1, 8, 2, 1],
        "Excellent, Good, Complete, NotComplete"
    );
    assert_eq!(s.proposed(&id("m04")), Some(Level::Excellent));
    assert!(
        per_level[0] <= excellent_cap(per_level[1], 20),
        "within the cap"
    );
    assert_eq!(excellent_cap(per_level[1], 20), 1);
    let m08 = s.member(&id("m08")).map(|m| m.disciplined);
    assert_eq!(m08, Some(true));
    assert_eq!(s.proposed(&id("m08")), Some(Level::NotComplete));
    // m09 needed a second round: the first had no result.
    let rounds = s
        .review(&id("m09"))
        .map(|r| r.rounds.clone())
        .unwrap_or_default();
    assert_eq!(rounds.len(), 2);
    assert_eq!(s.outcome_of(&rounds[0]).level(), None);
    assert_eq!(s.proposed(&id("m09")), Some(Level::Complete));
    assert_eq!(s.cell_outcome().and_then(|o| o.level()), Some(Level::Good));
    assert_eq!(s.cell_rating.self_assessed, Some(Level::Good));
    let minutes = s.minutes_vote.unwrap_or_default();
    assert!(minutes.adopted(s.denominator()));
    assert_eq!(minutes.agree, 10);
}

#[test]
fn finished_tallies_are_secret_ballots_of_the_voters_present() {
    let s = load(FINISHED);
    let voters = s.voters_present();
    let rounds = s
        .reviews
        .iter()
        .flat_map(|r| r.rounds.iter())
        .chain(s.cell_rating.rounds.iter());
    let mut n = 0;
    for t in rounds {
        assert_eq!(t.issued, voters);
        assert_eq!(t.check(voters), Ok(()));
        assert_eq!(t.method, chibo_core::domain::VoteMethod::SecretBallot);
        n += 1;
    }
    assert_eq!(n, 14, "12 members, one second round, the cell");
}

#[test]
fn finished_meeting_order_matches_its_log() {
    let s = load(FINISHED);
    let what = |seq: Option<u32>| {
        let i = seq.unwrap_or_else(|| panic!("a step has no start")) as usize;
        s.log.get(i).map(|e| e.what.clone()).unwrap_or_default()
    };
    assert_eq!(what(s.collective.started), "Goto");
    let mut last = s.collective.started;
    for m in s.review_order() {
        let started = s.review(&m.id).and_then(|r| r.started);
        if m.id == id("m07") {
            assert_eq!(started, None, "absent: not reviewed at the meeting");
            continue;
        }
        let entry = what(started);
        assert!(
            entry == format!("AddCriticism {}", m.id) || entry == format!("RecordVote {}", m.id),
            "{}: log says {entry}",
            m.id
        );
        assert!(started > last, "{} started out of order", m.id);
        last = started;
    }
    assert_eq!(what(s.cell_rating.started), "RecordCellVote");
    assert!(s.cell_rating.started > last, "the cell rates itself last");
    assert_eq!(s.log.last().map(|e| e.what.as_str()), Some("Finalize"));
    assert!(
        s.log.windows(2).all(|w| w[0].at <= w[1].at),
        "log in time order"
    );
}

#[test]
fn finished_meeting_details() {
    let s = load(FINISHED);
    let m = &s.meeting;
    let sent = m.draft_sent.unwrap_or(m.date);
    assert!(working_days_between(sent, m.date, &[]) >= 3);
    assert!(m.start < m.end);
    assert_eq!(m.chair, Some(id("m01")));
    assert_eq!(m.minute_taker, Some(id("m06")));
    assert_eq!(m.guests.len(), 1);
    assert_eq!(s.collective.contributions.len(), 4);
    assert!(!s.collective.report.is_empty());
}

// ---- 2025: in progress under qd366 -------------------------------------------------------------

#[test]
fn in_progress_stops_in_the_member_reviews() {
    let s = load(IN_PROGRESS);
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.rules.name, RuleSetName::Qd366);
    assert_eq!(s.step, Step::Member(id("m05")));
    let current = s.review(&id("m05"));
    assert!(current.is_some_and(|r| !r.criticism.is_empty() && r.rounds.is_empty()));
    assert_eq!(s.members.len(), 15);
    assert_eq!(s.rated_count(), (4, 13));
    // 14 official − m12 (exempt, not called) − m15 (absent with reason) = 12, all present.
    assert_eq!(s.denominator(), 12);
    assert_eq!(s.voters_present(), 12);
    let voted: Vec<_> = order_ids(&s)
        .into_iter()
        .filter(|m| s.proposed(m).is_some())
        .collect();
    assert_eq!(voted, ids(&["m01", "m02", "m03", "m04"]));
    assert!(voted.iter().all(|m| s.proposed(m) == Some(Level::Good)));
    assert!(s.collective.started.is_some() && !s.collective.contributions.is_empty());
    assert!(s.cell_rating.rounds.is_empty() && s.minutes_vote.is_none());
}

#[test]
fn in_progress_started_positions_match_its_log() {
    let s = load(IN_PROGRESS);
    let what = |seq: Option<u32>| {
        seq.and_then(|i| s.log.get(i as usize))
            .map(|e| e.what.as_str())
    };
    assert_eq!(what(s.collective.started), Some("Goto"));
    let mut last = s.collective.started;
    for m in ["m01", "m02", "m03", "m04", "m05"] {
        let started = s.review(&id(m)).and_then(|r| r.started);
        assert_eq!(what(started), Some(format!("AddCriticism {m}").as_str()));
        assert!(started > last, "{m} started out of order");
        last = started;
    }
    let untouched = s.reviews.iter().filter(|r| r.started.is_none()).count();
    assert_eq!(untouched, 8, "the rest not yet reviewed");
    assert!(
        s.log.windows(2).all(|w| w[0].at <= w[1].at),
        "log in time order"
    );
}

#[test]
fn in_progress_roster_moves_on_a_year() {
    let s = load(IN_PROGRESS);
    let order = order_ids(&s);
    assert!(order.contains(&id("m13")), "admitted in 2024, reviewed now");
    assert!(!order.contains(&id("m12")), "exempt");
    assert!(
        !order.contains(&id("m16")),
        "admitted less than 6 months ago"
    );
    for m in ["m10", "m11", "m13"] {
        let official = s.member(&id(m)).is_some_and(|m| m.is_official());
        assert!(official, "{m} became official during 2025");
    }
    assert!(s.members.iter().all(|m| !m.disciplined));
}

#[test]
fn in_progress_scores_and_findings() {
    let s = load(IN_PROGRESS);
    for m in s.review_order() {
        let score = s.review(&m.id).and_then(|r| r.self_score);
        assert!(
            score.is_some_and(|sc| sc.in_range()),
            "{} has no score",
            m.id
        );
    }
    assert!(s.cell_rating.self_score.is_some());
    let waiting = ["m05", "m07", "m08", "m09", "m10", "m11", "m13", "m14"];
    let mut expected: Vec<_> = waiting
        .iter()
        .map(|m| (Severity::Warning, "not-rated", (*m).to_owned()))
        .collect();
    expected.push((Severity::Note, "review-later", "m15".to_owned()));
    // The blanks of a meeting stopped half way: the chair's conclusion on the members still
    // to come, the cell's level, the vote on the minutes and the closing time.
    expected.extend(
        waiting
            .iter()
            .map(|m| (Severity::Note, "unfinished", (*m).to_owned())),
    );
    expected.push((Severity::Note, "unfinished", "cell".to_owned()));
    expected.extend(std::iter::repeat_n(
        (Severity::Note, "unfinished", String::new()),
        2,
    ));
    expected.sort();
    assert_eq!(findings(&s), expected);
}

// ---- the example in the format doc -------------------------------------------------------------

/// The first ```ron fenced block of the doc.
fn doc_example() -> String {
    let doc = read(DOC);
    let start = doc
        .find("```ron\n")
        .unwrap_or_else(|| panic!("no ```ron block in {DOC}"))
        + "```ron\n".len();
    let len = doc[start..]
        .find("\n```")
        .unwrap_or_else(|| panic!("unclosed block in {DOC}"));
    doc[start..start + len + 1].to_owned()
}

#[test]
fn doc_example_loads_and_is_clean() {
    let s = parse(&doc_example(), DOC);
    assert_eq!(s.members.len(), 4);
    assert!(
        audit(&s).iter().all(|f| f.severity != Severity::Error),
        "{:?}",
        audit(&s)
    );
    assert_eq!(s.denominator(), 3, "the probationary member does not vote");
    assert_eq!(s.rated_count(), (4, 4));
    let levels: Vec<_> = ["m01", "m02", "m03", "m04"]
        .iter()
        .map(|m| s.proposed(&id(m)))
        .collect();
    let (g, c) = (Some(Level::Good), Some(Level::Complete));
    assert_eq!(
        levels,
        vec![g, g, c, g],
        "as the doc says under the example"
    );
    assert_eq!(s.cell_outcome().and_then(|o| o.level()), g);
}
