//! Finalizing and reopening: a finalized session refuses edits, a reopening needs a reason and
//! leaves an amendment with the sealed checksum, and content altered after sealing is found.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, DomainError, FindingKind, RuleSet, RuleSetName, Session, Severity, Status,
    Step, Subject, Tally, VoteMethod, audit, evaluate,
};
use common::*;

/// Applies a command that must be refused with `err`, and checks that nothing changed.
fn refused(s: &mut Session, cmd: Command, err: DomainError) {
    let before = s.clone();
    assert_eq!(s.apply(cmd.clone(), at()), Err(err), "{cmd:?}");
    assert_eq!(*s, before, "a refused {cmd:?} changed the session");
}

#[test]
fn finalized_session_refuses_edits() {
    let mut s = present(3);
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(&mut s, Command::Finalize);
    let Status::Finalized { checksum, at: when } = &s.status else {
        panic!("not finalized");
    };
    assert_eq!(*checksum, s.content_checksum().unwrap());
    assert_eq!(*when, at());
    let cmds = [
        Command::AddGuest("Khách".into()),
        Command::SetAttendance {
            member: id(2),
            attendance: Attendance::Unexcused,
        },
        Command::RecordVote {
            member: id(2),
            tally: Tally::simple(VoteMethod::SecretBallot, counts(0, 3, 0, 0)),
        },
        Command::UndoVote { member: id(1) },
        Command::RemoveMember(id(3)),
        Command::SetRules(RuleSet::named(RuleSetName::Qd124)),
        Command::Goto(Step::Summary),
        Command::Finalize,
    ];
    for cmd in cmds {
        refused(&mut s, cmd, DomainError::Finalized);
    }
}

#[test]
fn reopen_needs_a_reason_and_leaves_an_amendment() {
    let mut s = present(3);
    refused(
        &mut s,
        Command::Reopen {
            reason: "sửa".into(),
        },
        DomainError::NotFinalized,
    );
    apply(&mut s, Command::Finalize);
    let sealed = s.content_checksum().unwrap();
    refused(
        &mut s,
        Command::Reopen {
            reason: "  ".into(),
        },
        DomainError::EmptyReason,
    );
    refused(
        &mut s,
        Command::Reopen {
            reason: String::new(),
        },
        DomainError::EmptyReason,
    );
    apply(
        &mut s,
        Command::Reopen {
            reason: "Ghi sai số phiếu của đồng chí An".into(),
        },
    );
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.amendments.len(), 1);
    assert_eq!(s.amendments[0].previous_checksum, sealed);
    assert_eq!(s.amendments[0].reason, "Ghi sai số phiếu của đồng chí An");
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(&mut s, Command::Finalize);
    assert_ne!(s.content_checksum().unwrap(), sealed);
    apply(
        &mut s,
        Command::Reopen {
            reason: "lần hai".into(),
        },
    );
    assert_eq!(s.amendments.len(), 2);
    assert_ne!(s.amendments[1].previous_checksum, sealed);
}

#[test]
fn checksum_mismatch_when_content_changes_after_finalize() {
    let mut s = present(3);
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(&mut s, Command::Finalize);
    let mismatch = |s: &Session| {
        audit(s)
            .into_iter()
            .filter(|f| f.kind == FindingKind::ChecksumMismatch)
            .map(|f| (f.severity, f.subject))
            .collect::<Vec<_>>()
    };
    assert!(mismatch(&s).is_empty());
    // The log and amendments are outside the sealed content.
    let mut logged = s.clone();
    logged.log.clear();
    assert!(mismatch(&logged).is_empty());
    let mut altered = s.clone();
    altered.reviews[0].rounds[0].counts.good = 2;
    altered.reviews[0].rounds[0].counts.complete = 1;
    assert_eq!(
        mismatch(&altered),
        vec![(Severity::Error, Subject::Session)]
    );
    let mut renamed = s.clone();
    renamed.members[0].name = "Nguyễn Văn Ân".into();
    assert_eq!(mismatch(&renamed).len(), 1);
    // The live rules leave the seal to `audit`, which re-serializes the session.
    assert!(
        evaluate(&renamed)
            .iter()
            .all(|f| f.kind != FindingKind::ChecksumMismatch)
    );
}

#[test]
fn checksum_ignores_status_log_and_amendments_only() {
    let mut s = present(2);
    let c = s.content_checksum().unwrap();
    assert_eq!(c.len(), 64);
    s.status = Status::InProgress;
    s.log.clear();
    assert_eq!(s.content_checksum().unwrap(), c);
    s.meeting.place = "Hội trường UBND phường".into();
    assert_ne!(s.content_checksum().unwrap(), c);
}

#[test]
fn reopening_and_sealing_again_without_changes_keeps_the_checksum() {
    let mut s = present(3);
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(&mut s, Command::Finalize);
    let first = s.content_checksum().unwrap();
    apply(
        &mut s,
        Command::Reopen {
            reason: "Đọc lại biên bản".into(),
        },
    );
    apply(&mut s, Command::Finalize);
    let Status::Finalized { checksum, .. } = &s.status else {
        panic!("not finalized");
    };
    assert_eq!(*checksum, first);
    assert_eq!(s.amendments[0].previous_checksum, first);
    assert_eq!(s.log.len(), 4);
}

/// What the loader of a build with the next `SCHEMA_VERSION` does to every file it reads.
fn next_schema(s: &mut Session) {
    s.schema = chibo_core::domain::SCHEMA_VERSION + 1;
}

#[test]
fn a_schema_bump_keeps_a_seal_made_now_intact() {
    let mut s = present(3);
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(&mut s, Command::Finalize);
    next_schema(&mut s);
    assert_eq!(s.seal_state(), chibo_core::domain::SealState::Intact);
    assert!(!s.upgrade_seal(), "nothing to rewrite");
    assert!(
        audit(&s)
            .iter()
            .all(|f| f.kind != FindingKind::ChecksumMismatch)
    );
}

#[test]
fn a_schema_bump_keeps_the_old_seals_of_the_samples_intact() {
    use chibo_core::domain::SealState;
    // The 2024 sample holds a seal of the canonical form with `schema`; the older fixture a
    // SHA-256 of the RON text.
    for rel in [
        "sessions/2024-chi-bo-khu-pho-3.ron",
        "tests/valid_sessions/2024-kp3-sealed-before-issue-8.ron",
    ] {
        let mut s = chibo_testkit::stored::load(&chibo_testkit::stored::repo(rel));
        next_schema(&mut s);
        assert_eq!(s.seal_state(), SealState::Intact, "{rel}");
        assert!(s.upgrade_seal(), "{rel}: an old seal is rewritten");
        let Status::Finalized { checksum, .. } = &s.status else {
            panic!("{rel} is not finalized");
        };
        assert_eq!(*checksum, s.content_checksum().unwrap(), "{rel}");
        next_schema(&mut s);
        assert_eq!(
            s.seal_state(),
            SealState::Intact,
            "{rel}: after the upgrade"
        );
        s.meeting.place.push('.');
        assert_eq!(
            s.seal_state(),
            SealState::Changed,
            "{rel}: the content still counts"
        );
    }
}
