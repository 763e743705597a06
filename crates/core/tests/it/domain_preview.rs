//! What a round would give before it is recorded (`Session::preview_vote`), always what
//! recording it then shows; and the counting team found by the names typed.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, DomainError, NameError, Outcome, Session, Severity, Subject, Tally,
    TallyProblem, VoteMethod, evaluate,
};
use common::*;

fn ballots(e: u32, g: u32, c: u32, n: u32) -> Tally {
    Tally::simple(VoteMethod::SecretBallot, counts(e, g, c, n))
}

/// What recording the round on a copy shows: the last round's outcome and the subject's errors.
fn recorded(s: &Session, cmd: Command, subject: &Subject) -> (Option<Outcome>, Vec<String>) {
    let mut trial = s.clone();
    trial.apply(cmd, at()).unwrap();
    let outcome = match subject {
        Subject::Member(id) => trial.member_outcome(id),
        _ => trial.cell_outcome(),
    };
    let errors = evaluate(&trial)
        .into_iter()
        .filter(|f| f.severity == Severity::Error && f.subject == *subject)
        .map(|f| f.kind.rule().to_owned())
        .collect();
    (outcome, errors)
}

fn rules(p: &chibo_core::domain::VotePreview) -> Vec<String> {
    p.errors.iter().map(|f| f.kind.rule().to_owned()).collect()
}

#[test]
fn a_round_previewed_is_what_recording_it_shows() {
    let mut s = present(5);
    // A disciplined member proposed Good is an error the preview must show.
    get(&mut s, 2).disciplined = true;
    for tally in [
        ballots(4, 1, 0, 0),
        ballots(1, 4, 0, 0),
        ballots(2, 2, 1, 0),
        ballots(0, 0, 0, 5),
    ] {
        for n in [1, 2] {
            let p = s.preview_vote(&id(n), &tally).unwrap();
            let cmd = Command::RecordVote {
                member: id(n),
                tally: tally.clone(),
            };
            let (outcome, errors) = recorded(&s, cmd, &member_subject(n));
            assert_eq!(Some(p.outcome), outcome, "m{n} {tally:?}");
            assert_eq!(rules(&p), errors, "m{n} {tally:?}");
        }
        let p = s.preview_cell_vote(&tally).unwrap();
        let (outcome, errors) =
            recorded(&s, Command::RecordCellVote(tally.clone()), &Subject::Cell);
        assert_eq!((Some(p.outcome), rules(&p)), (outcome, errors));
    }
    let p = s.preview_vote(&id(2), &ballots(1, 4, 0, 0)).unwrap();
    assert_eq!(rules(&p), ["discipline"]);
}

#[test]
fn a_preview_changes_nothing() {
    let s = present(3);
    let before = s.clone();
    s.preview_vote(&id(1), &ballots(3, 0, 0, 0)).unwrap();
    s.preview_cell_vote(&ballots(3, 0, 0, 0)).unwrap();
    assert_eq!(s, before);
}

#[test]
fn a_round_that_would_be_refused_is_refused_by_its_preview() {
    let mut s = present(3);
    let wrong = Tally {
        returned: 4,
        ..ballots(3, 0, 0, 0)
    };
    let problem = TallyProblem::ReturnedOverIssued {
        returned: 4,
        issued: 3,
    };
    assert_eq!(
        s.preview_vote(&id(1), &wrong),
        Err(DomainError::Tally(problem))
    );
    assert_eq!(
        s.preview_cell_vote(&wrong),
        Err(DomainError::Tally(problem))
    );
    assert_eq!(
        s.preview_vote(&id(9), &ballots(3, 0, 0, 0)),
        Err(DomainError::UnknownMember(id(9)))
    );
    get(&mut s, 3).exempt = true;
    assert_eq!(
        s.preview_vote(&id(3), &ballots(2, 0, 0, 0)),
        Err(DomainError::NotReviewed(id(3)))
    );
    apply(&mut s, Command::Finalize);
    assert_eq!(
        s.preview_vote(&id(1), &ballots(2, 0, 0, 0)),
        Err(DomainError::Finalized)
    );
}

#[test]
fn the_counting_team_is_found_by_the_names_present_head_first() {
    // Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường; Cường is absent.
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Unexcused;
    assert_eq!(
        s.counting_team_named(" binh ; NGUYEN VAN AN,"),
        Ok(Command::SetCountingTeam {
            members: vec![id(2), id(1)],
            head: Some(id(2)),
        })
    );
    assert_eq!(
        s.counting_team_named("Bình, Cường"),
        Err(NameError::NotFound("Cường".into()))
    );
    assert_eq!(
        s.counting_team_named(""),
        Ok(Command::SetCountingTeam {
            members: vec![],
            head: None,
        })
    );
    // Two present members named An: the given name alone finds no single one.
    s.members
        .push(chibo_core::domain::Member::new("m4", "Lê Thị An"));
    get(&mut s, 4).attendance = Attendance::Present;
    assert_eq!(
        s.present_named("an").map(|m| m.id.clone()),
        Err(NameError::Ambiguous("an".into()))
    );
    assert_eq!(s.present_named("le thi an").unwrap().id, id(4));
}
