//! Commands: what `Session::apply` accepts and refuses, the log, NFC on entry, criticism
//! editing, member removal, and the rule set of a year (finalizing: `domain_finalize.rs`).

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, DomainError, Level, Member, MemberId, Motion, Remark, RuleSet,
    RuleSetName, Score, Session, Settings, Speaker, Status, Step, Tally, TextField, VoteMethod,
};
use common::*;

const NFD_NAME: &str = "Nguye\u{302}\u{303}n Thi\u{323} Ha\u{300}";
const NFC_NAME: &str = "Nguyễn Thị Hà";

fn remark(speaker: usize, text: &str) -> Remark {
    Remark {
        speaker: Speaker::Member(id(speaker)),
        text: text.into(),
    }
}

fn texts(s: &Session, n: usize) -> Vec<String> {
    s.review(&id(n))
        .map(|r| r.criticism.iter().map(|c| c.text.clone()).collect())
        .unwrap_or_default()
}

/// Applies a command that must be refused with `err`, and checks that nothing changed.
fn refused(s: &mut Session, cmd: Command, err: DomainError) {
    let before = s.clone();
    assert_eq!(s.apply(cmd.clone(), at()), Err(err), "{cmd:?}");
    assert_eq!(*s, before, "a refused {cmd:?} changed the session");
}

// ---- rule set of a year ---------------------------------------------------------------------

#[test]
fn rule_set_for_year() {
    for (year, name) in [
        (2018, RuleSetName::Qd132),
        (2022, RuleSetName::Qd132),
        (2023, RuleSetName::Qd124),
        (2024, RuleSetName::Qd124),
        (2025, RuleSetName::Qd366),
        (2031, RuleSetName::Qd366),
    ] {
        assert_eq!(RuleSet::for_year(year).name, name, "{year}");
        assert_eq!(RuleSet::for_year(year).settings, Settings::default());
    }
    assert_eq!(empty().rules.name, RuleSetName::Qd366);
    assert_eq!(RuleSetName::parse(" QD124 "), Some(RuleSetName::Qd124));
    assert_eq!(RuleSetName::parse("qd999"), None);
}

// ---- the log and refusals -------------------------------------------------------------------

#[test]
fn log_has_one_entry_per_applied_command_and_none_on_refusal() {
    let mut s = with_members(3);
    assert!(s.log.is_empty());
    apply(
        &mut s,
        Command::SetAttendance {
            member: id(1),
            attendance: Attendance::Present,
        },
    );
    apply(
        &mut s,
        Command::AddGuest("Đồng chí Trần Văn Tâm, Đảng ủy viên".into()),
    );
    assert_eq!(s.log.len(), 2);
    assert_eq!(s.log[0].what, "SetAttendance m1");
    assert_eq!(s.log[0].at, at());
    refused(&mut s, Command::RemoveGuest(5), DomainError::NoSuchItem(5));
    refused(
        &mut s,
        Command::SetChair(Some(MemberId::new("m99"))),
        DomainError::UnknownMember(MemberId::new("m99")),
    );
    assert_eq!(s.log.len(), 2);
    // The log never carries content.
    assert!(s.log.iter().all(|e| !e.what.contains("Trần")));
}

#[test]
fn refused_commands_change_nothing() {
    let mut s = present(4);
    get(&mut s, 4).suspended = true;
    s.status = Status::Draft;
    let good = Tally::simple(VoteMethod::SecretBallot, counts(0, 3, 0, 0));
    refused(
        &mut s,
        Command::RecordVote {
            member: id(4),
            tally: good.clone(),
        },
        DomainError::NotReviewed(id(4)),
    );
    refused(
        &mut s,
        Command::RecordVote {
            member: MemberId::new("m9"),
            tally: good,
        },
        DomainError::UnknownMember(MemberId::new("m9")),
    );
    refused(
        &mut s,
        Command::AddCriticism {
            member: id(4),
            remark: remark(1, "…"),
        },
        DomainError::NotReviewed(id(4)),
    );
    refused(
        &mut s,
        Command::EditCriticism {
            member: id(1),
            index: 0,
            remark: remark(2, "…"),
        },
        DomainError::NoSuchItem(0),
    );
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 0,
            up: false,
        },
        DomainError::NoSuchItem(0),
    );
    refused(
        &mut s,
        Command::RemoveCriticism {
            member: id(1),
            index: 0,
        },
        DomainError::NoSuchItem(0),
    );
    refused(
        &mut s,
        Command::UndoVote { member: id(1) },
        DomainError::NoSuchItem(0),
    );
    refused(&mut s, Command::UndoCellVote, DomainError::NoSuchItem(0));
    refused(
        &mut s,
        Command::SetCollectiveText {
            field: TextField::Answer,
            text: "x".into(),
        },
        DomainError::WrongField,
    );
    assert_eq!(s.status, Status::Draft);
    assert!(s.reviews.is_empty());
}

#[test]
fn members_need_ids_and_names_once() {
    let mut s = with_members(2);
    refused(
        &mut s,
        Command::AddMember(Member::new(" ", "Tên")),
        DomainError::EmptyMember,
    );
    refused(
        &mut s,
        Command::AddMember(Member::new("m9", "  ")),
        DomainError::EmptyMember,
    );
    refused(
        &mut s,
        Command::AddMember(member(1)),
        DomainError::DuplicateMember(id(1)),
    );
    refused(
        &mut s,
        Command::UpdateMember(Member::new("m9", "Hồ Văn Phúc")),
        DomainError::UnknownMember(MemberId::new("m9")),
    );
    let mut m = member(2);
    m.name = "Trần Thị Bình An".into();
    apply(&mut s, Command::UpdateMember(m));
    assert_eq!(s.members[1].name, "Trần Thị Bình An");
}

/// A name typed with its title ("Đồng chí Lâm Thị Hạnh") is stored without it, when the member is
/// added and when renamed: the minutes write "Đồng chí" once.
#[test]
fn titles_typed_before_a_name_are_not_kept() {
    let mut s = with_members(1);
    apply(
        &mut s,
        Command::AddMember(Member::new("m2", "Đồng chí Lâm Thị Hạnh")),
    );
    assert_eq!(s.members[1].name, "Lâm Thị Hạnh");
    let mut m = member(1);
    m.name = "đ/c Nguyễn Văn An".into();
    apply(&mut s, Command::UpdateMember(m));
    assert_eq!(s.members[0].name, "Nguyễn Văn An");
    let mut m = member(1);
    m.name = "BÀ Trần Thị Mai".into();
    apply(&mut s, Command::UpdateMember(m));
    assert_eq!(s.members[0].name, "Trần Thị Mai");
}

#[test]
fn score_out_of_range_is_refused() {
    let mut s = present(3);
    for bad in [
        Score {
            general: 31,
            tasks: 0,
        },
        Score {
            general: 0,
            tasks: 71,
        },
    ] {
        refused(
            &mut s,
            Command::SetSelfScore {
                member: id(1),
                score: Some(bad),
            },
            DomainError::Score,
        );
        refused(&mut s, Command::SetCellScore(Some(bad)), DomainError::Score);
    }
    let max = Score {
        general: 30,
        tasks: 70,
    };
    apply(
        &mut s,
        Command::SetSelfScore {
            member: id(1),
            score: Some(max),
        },
    );
    apply(&mut s, Command::SetCellScore(Some(max)));
    assert_eq!(s.review(&id(1)).and_then(|r| r.self_score), Some(max));
}

#[test]
fn minutes_vote_cannot_count_more_than_the_voters() {
    let mut s = present(5);
    probationary(&mut s, 5);
    let m = |agree| Motion {
        method: VoteMethod::ShowOfHands,
        agree,
        disagree: 1,
        abstain: 0,
    };
    refused(
        &mut s,
        Command::RecordMinutesVote(Some(m(4))),
        DomainError::MotionOverVoters {
            counted: 5,
            voters: 4,
        },
    );
    apply(&mut s, Command::RecordMinutesVote(Some(m(3))));
    assert_eq!(s.minutes_vote.map(|v| v.adopted(4)), Some(true));
}

#[test]
fn the_meeting_starts_with_the_roll_call_or_the_agenda() {
    let mut s = with_members(3);
    apply(&mut s, Command::Goto(Step::Opening));
    assert_eq!(s.status, Status::Draft);
    apply(&mut s, Command::Goto(Step::Collective));
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.collective.started, Some(1));
    let mut s = with_members(3);
    apply(
        &mut s,
        Command::SetAttendance {
            member: id(2),
            attendance: Attendance::Present,
        },
    );
    assert_eq!(s.status, Status::InProgress);
}

// ---- NFC on entry ---------------------------------------------------------------------------

#[test]
fn nfd_text_in_commands_is_stored_nfc() {
    assert_ne!(NFD_NAME, NFC_NAME);
    let mut s = with_members(2);
    apply(&mut s, Command::AddMember(Member::new("m3", NFD_NAME)));
    apply(
        &mut s,
        Command::SetCell {
            name: NFD_NAME.into(),
            committee: NFD_NAME.into(),
        },
    );
    apply(
        &mut s,
        Command::SetMeeting {
            date: d(2025, 12, 15),
            place: NFD_NAME.into(),
        },
    );
    apply(&mut s, Command::AddGuest(NFD_NAME.into()));
    apply(
        &mut s,
        Command::SetAttendance {
            member: id(1),
            attendance: Attendance::Excused(NFD_NAME.into()),
        },
    );
    apply(
        &mut s,
        Command::SetCollectiveText {
            field: TextField::Strengths,
            text: NFD_NAME.into(),
        },
    );
    apply(
        &mut s,
        Command::AddContribution(Remark {
            speaker: Speaker::Guest(NFD_NAME.into()),
            text: NFD_NAME.into(),
        }),
    );
    apply(
        &mut s,
        Command::SetMemberText {
            member: id(2),
            field: TextField::Conclusion,
            text: NFD_NAME.into(),
        },
    );
    apply(
        &mut s,
        Command::AddCriticism {
            member: id(2),
            remark: Remark {
                speaker: Speaker::Guest(NFD_NAME.into()),
                text: NFD_NAME.into(),
            },
        },
    );
    let settings = Settings {
        cap_reason: Some(NFD_NAME.into()),
        ..Settings::default()
    };
    apply(&mut s, Command::SetSettings(settings));
    assert_eq!(
        s.member(&MemberId::new("m3")).map(|m| m.name.as_str()),
        Some(NFC_NAME)
    );
    assert_eq!(s.cell.name, NFC_NAME);
    assert_eq!(s.cell.committee, NFC_NAME);
    assert_eq!(s.meeting.place, NFC_NAME);
    assert_eq!(s.meeting.guests, vec![NFC_NAME.to_string()]);
    assert_eq!(
        s.members[0].attendance,
        Attendance::Excused(NFC_NAME.into())
    );
    assert_eq!(s.collective.report.strengths, NFC_NAME);
    assert_eq!(
        s.collective.contributions[0],
        Remark {
            speaker: Speaker::Guest(NFC_NAME.into()),
            text: NFC_NAME.into()
        }
    );
    let r = s.review(&id(2)).expect("review");
    assert_eq!(r.conclusion, NFC_NAME);
    assert_eq!(r.criticism[0].text, NFC_NAME);
    assert_eq!(r.criticism[0].speaker, Speaker::Guest(NFC_NAME.into()));
    assert_eq!(s.rules.settings.cap_reason.as_deref(), Some(NFC_NAME));
    apply(&mut s, Command::Finalize);
    apply(
        &mut s,
        Command::Reopen {
            reason: NFD_NAME.into(),
        },
    );
    assert_eq!(s.amendments[0].reason, NFC_NAME);
}

// ---- criticism ------------------------------------------------------------------------------

#[test]
fn criticism_add_edit_move_remove() {
    let mut s = present(3);
    for t in ["một", "hai", "ba"] {
        apply(
            &mut s,
            Command::AddCriticism {
                member: id(1),
                remark: remark(2, t),
            },
        );
    }
    assert_eq!(texts(&s, 1), ["một", "hai", "ba"]);
    apply(
        &mut s,
        Command::EditCriticism {
            member: id(1),
            index: 1,
            remark: remark(3, "hai'"),
        },
    );
    assert_eq!(texts(&s, 1), ["một", "hai'", "ba"]);
    assert_eq!(
        s.review(&id(1)).map(|r| r.criticism[1].speaker.clone()),
        Some(Speaker::Member(id(3)))
    );
    apply(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 2,
            up: true,
        },
    );
    assert_eq!(texts(&s, 1), ["một", "ba", "hai'"]);
    apply(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 0,
            up: false,
        },
    );
    assert_eq!(texts(&s, 1), ["ba", "một", "hai'"]);
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 0,
            up: true,
        },
        DomainError::NoSuchItem(0),
    );
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 2,
            up: false,
        },
        DomainError::NoSuchItem(2),
    );
    refused(
        &mut s,
        Command::EditCriticism {
            member: id(1),
            index: 3,
            remark: remark(2, "x"),
        },
        DomainError::NoSuchItem(3),
    );
    refused(
        &mut s,
        Command::AddCriticism {
            member: id(1),
            remark: remark(9, "x"),
        },
        DomainError::UnknownMember(id(9)),
    );
    apply(
        &mut s,
        Command::RemoveCriticism {
            member: id(1),
            index: 1,
        },
    );
    assert_eq!(texts(&s, 1), ["ba", "hai'"]);
    refused(
        &mut s,
        Command::RemoveCriticism {
            member: id(1),
            index: 2,
        },
        DomainError::NoSuchItem(2),
    );
}

// ---- removing members -----------------------------------------------------------------------

#[test]
fn remove_member_refused_while_referenced() {
    let in_use = |setup: &dyn Fn(&mut Session)| {
        let mut s = present(3);
        setup(&mut s);
        refused(
            &mut s,
            Command::RemoveMember(id(3)),
            DomainError::MemberInUse(id(3)),
        );
    };
    in_use(&|s| apply(s, Command::SetChair(Some(id(3)))));
    in_use(&|s| apply(s, Command::SetMinuteTaker(Some(id(3)))));
    in_use(&|s| apply(s, Command::Goto(Step::Member(id(3)))));
    in_use(&|s| {
        apply(
            s,
            Command::SetSelfAssessed {
                member: id(3),
                level: Some(Level::Good),
            },
        )
    });
    in_use(&|s| {
        apply(
            s,
            Command::AddCriticism {
                member: id(1),
                remark: remark(3, "góp ý"),
            },
        )
    });
    in_use(&|s| apply(s, Command::AddContribution(remark(3, "góp ý"))));
    let mut s = present(3);
    apply(
        &mut s,
        Command::AddCriticism {
            member: id(1),
            remark: remark(2, "góp ý"),
        },
    );
    apply(&mut s, Command::RemoveMember(id(3)));
    assert_eq!(s.members.len(), 2);
    refused(
        &mut s,
        Command::RemoveMember(id(3)),
        DomainError::UnknownMember(id(3)),
    );
}

#[test]
fn criticism_edits_on_members_not_reviewed_or_far_positions() {
    let mut s = present(3);
    get(&mut s, 3).exempt = true;
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(3),
            index: 0,
            up: true,
        },
        DomainError::NotReviewed(id(3)),
    );
    apply(
        &mut s,
        Command::AddCriticism {
            member: id(1),
            remark: remark(2, "một"),
        },
    );
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: usize::MAX,
            up: false,
        },
        DomainError::NoSuchItem(usize::MAX),
    );
    refused(
        &mut s,
        Command::MoveCriticism {
            member: id(1),
            index: 0,
            up: false,
        },
        DomainError::NoSuchItem(0),
    );
}

#[test]
fn member_ids_in_commands_are_matched_in_nfc() {
    // An id typed with a decomposing input method must find the member stored in NFC.
    let nfd_id = "đ\u{0302}u\u{0300}ng";
    let nfc_id = chibo_core::domain::nfc(nfd_id);
    assert_ne!(nfd_id, nfc_id);
    let mut s = present(2);
    apply(&mut s, Command::AddMember(Member::new(nfd_id, NFD_NAME)));
    assert_eq!(s.members[2].id.as_str(), nfc_id);
    let nfd = || MemberId::new(nfd_id);
    apply(
        &mut s,
        Command::SetAttendance {
            member: nfd(),
            attendance: Attendance::Present,
        },
    );
    apply(&mut s, Command::SetChair(Some(nfd())));
    apply(&mut s, Command::SetMinuteTaker(Some(nfd())));
    apply(&mut s, Command::Goto(Step::Member(nfd())));
    apply(
        &mut s,
        Command::SetSelfAssessed {
            member: nfd(),
            level: Some(Level::Good),
        },
    );
    apply(
        &mut s,
        Command::AddCriticism {
            member: id(1),
            remark: Remark {
                speaker: Speaker::Member(nfd()),
                text: "góp ý".into(),
            },
        },
    );
    vote(&mut s, 1, counts(0, 3, 0, 0));
    apply(
        &mut s,
        Command::RecordVote {
            member: nfd(),
            tally: Tally::simple(VoteMethod::SecretBallot, counts(0, 3, 0, 0)),
        },
    );
    let stored = MemberId::new(nfc_id.clone());
    assert_eq!(s.meeting.chair.as_ref(), Some(&stored));
    assert_eq!(s.meeting.minute_taker.as_ref(), Some(&stored));
    assert_eq!(s.step, Step::Member(stored.clone()));
    assert_eq!(s.proposed(&stored), Some(Level::Good));
    assert_eq!(
        s.review(&id(1)).map(|r| r.criticism[0].speaker.clone()),
        Some(Speaker::Member(stored))
    );
    assert_eq!(s.check_structure(), Ok(()));
}

#[test]
fn typing_in_one_field_is_one_log_entry_stamped_with_its_last_save() {
    let mut s = present(2);
    let before = s.log.len();
    let t = |min: i64| at() + chrono::Duration::minutes(min);
    let text = |member: &str, field, text: &str| Command::SetMemberText {
        member: MemberId::new(member),
        field,
        text: text.into(),
    };
    s.apply(text("m1", TextField::Answer, "Xin"), t(1)).unwrap();
    s.apply(text("m1", TextField::Answer, "Xin tiếp thu"), t(2))
        .unwrap();
    assert_eq!(s.log.len(), before + 1);
    assert_eq!(s.log[before].what, "SetMemberText m1 Answer");
    assert_eq!(s.log[before].at, t(2));
    // Another field, another member, or any other command starts a new entry.
    s.apply(text("m1", TextField::Conclusion, "Tốt"), t(3))
        .unwrap();
    s.apply(text("m2", TextField::Conclusion, "Tốt"), t(4))
        .unwrap();
    s.apply(text("m2", TextField::Conclusion, "Tốt lắm"), t(5))
        .unwrap();
    assert_eq!(s.log.len(), before + 3);
    let add = Command::AddGuest("Đồng chí Lý".into());
    s.apply(add.clone(), t(6)).unwrap();
    s.apply(add, t(7)).unwrap();
    assert_eq!(s.log.len(), before + 5, "only typing is coalesced");
}

#[test]
fn a_roster_copied_from_last_year_keeps_ids_and_clears_the_year() {
    let mut old = present(3);
    old.members[1].disciplined = true;
    old.members[1].self_reported = true;
    old.members[2].long_sick_leave = true;
    old.members[2].exempt = true;
    let mut new = Session::new(
        "2026-kp3",
        old.cell.clone(),
        2026,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
        "Nhà văn hóa",
    );
    new.copy_roster_from(&old);
    let ids = |s: &Session| s.members.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&new), ids(&old));
    assert!(
        new.members
            .iter()
            .all(|m| m.attendance == Attendance::Unknown)
    );
    assert!(
        new.members
            .iter()
            .all(|m| !m.disciplined && !m.self_reported && !m.long_sick_leave)
    );
    assert!(new.members[2].exempt, "standing is kept");
    assert!(new.log.is_empty());
}
