//! The record as the minutes print it (issue 16, items 6 and 7): every blank the minutes would
//! print as "……" is unfinished — named by the finalize question and reported by `check` as a
//! finding — and the meeting's own steps (the agenda adopted, the counting team elected, the
//! collective report concluded and adopted, the purpose, the request) are recorded; the ballots
//! list only the members rated at the meeting.

use chibo_testkit::sessions as common;

use chibo_core::domain::{
    Attendance, Command, DomainError, FindingKind, MeetingText, Missing, Motion, MotionOf,
    Severity, Subject, Tally, TextField, VoteMethod, audit,
};
use chibo_core::i18n::{Lang, finding_message, unfinished};
use chrono::NaiveTime;
use common::*;

fn hands(agree: u32) -> Motion {
    Motion {
        method: VoteMethod::ShowOfHands,
        agree,
        disagree: 0,
        abstain: 0,
    }
}

fn text(member: usize, field: TextField, t: &str) -> Command {
    Command::SetMemberText {
        member: id(member),
        field,
        text: t.to_owned(),
    }
}

/// Three members present, voted by secret ballot, the cell rated, the minutes voted and the
/// closing time recorded — what the finalize question named before; everything else blank.
fn voted_but_blank() -> chibo_core::domain::Session {
    let mut s = present(3);
    for k in 1..=3 {
        vote(&mut s, k, counts(0, 3, 0, 0));
    }
    let tally = Tally::simple(VoteMethod::SecretBallot, counts(0, 3, 0, 0));
    apply(&mut s, Command::RecordCellVote(tally));
    apply(&mut s, Command::RecordMinutesVote(Some(hands(3))));
    apply(&mut s, Command::SetEnd(NaiveTime::from_hms_opt(11, 0, 0)));
    s
}

#[test]
fn finalizing_names_every_blank_not_only_the_end_time() {
    let mut s = voted_but_blank();
    apply(
        &mut s,
        text(1, TextField::Strengths, "Chủ trì đủ các kỳ sinh hoạt."),
    );
    apply(
        &mut s,
        text(1, TextField::Conclusion, "Hoàn thành tốt nhiệm vụ."),
    );
    apply(
        &mut s,
        text(2, TextField::Conclusion, "Hoàn thành tốt nhiệm vụ."),
    );
    apply(&mut s, text(3, TextField::Remedies, "Dự sinh hoạt đầy đủ."));
    let u = s.summary().unfinished;
    assert_eq!(u.no_self_review, vec![id(2)]);
    assert_eq!(u.no_conclusion, vec![id(3)]);
    assert_eq!(
        u.missing(),
        vec![
            Missing::StartTime,
            Missing::CollectiveReport,
            Missing::CountingTeam
        ]
    );
    let said = unfinished(&s, &u, Lang::Vi);
    assert_eq!(
        said,
        [
            "chưa có nội dung tự kiểm điểm: Trần Thị Bình",
            "chưa có kết luận của chủ trì: Lê Văn Cường",
            "chưa ghi giờ khai mạc",
            "chưa có báo cáo kiểm điểm của tập thể chi bộ",
            "có bỏ phiếu kín nhưng chưa ghi tổ kiểm phiếu và tổ trưởng",
        ]
    );
    assert_eq!(unfinished(&s, &u, Lang::En).len(), said.len());
}

#[test]
fn check_reports_the_blanks_a_note_while_the_meeting_goes_on_a_warning_once_sealed() {
    let mut s = voted_but_blank();
    let blanks = |s: &chibo_core::domain::Session| -> Vec<(Severity, Subject, String)> {
        audit(s)
            .into_iter()
            .filter(|f| matches!(f.kind, FindingKind::Unfinished { .. }))
            .map(|f| (f.severity, f.subject.clone(), finding_message(&f, Lang::Vi)))
            .collect()
    };
    let live = blanks(&s);
    assert!(
        live.iter().all(|(sev, ..)| *sev == Severity::Note),
        "{live:?}"
    );
    let said: Vec<&str> = live.iter().map(|(_, _, m)| m.as_str()).collect();
    assert!(said.contains(&"Chưa ghi giờ khai mạc"), "{said:?}");
    assert!(said.contains(&"Chưa có báo cáo kiểm điểm của tập thể chi bộ"));
    // Each member's two blanks, by name.
    for k in 1..=3 {
        let about: Vec<&str> = live
            .iter()
            .filter(|(_, who, _)| *who == member_subject(k))
            .map(|(_, _, m)| m.as_str())
            .collect();
        assert_eq!(
            about,
            [
                "Chưa có nội dung tự kiểm điểm",
                "Chưa có kết luận của chủ trì"
            ]
        );
    }
    apply(&mut s, Command::Finalize);
    let sealed = blanks(&s);
    assert_eq!(sealed.len(), live.len());
    assert!(sealed.iter().all(|(sev, ..)| *sev == Severity::Warning));
}

#[test]
fn a_filled_record_has_no_blank() {
    let mut s = voted_but_blank();
    crate::domain_summary::fill_the_record(&mut s, 3);
    assert!(s.summary().unfinished.is_empty());
    let rules: Vec<_> = audit(&s).iter().map(|f| f.kind.rule()).collect();
    assert!(!rules.contains(&"unfinished"), "{rules:?}");
}

#[test]
fn a_show_of_hands_needs_no_counting_team() {
    let mut s = present(3);
    let tally = Tally::simple(VoteMethod::ShowOfHands, counts(0, 3, 0, 0));
    apply(
        &mut s,
        Command::RecordVote {
            member: id(1),
            tally,
        },
    );
    assert!(!s.summary().unfinished.no_counting_team);
    vote(&mut s, 2, counts(0, 3, 0, 0));
    assert!(s.summary().unfinished.no_counting_team);
    // A team without its head is not a team that can announce a count.
    let members = vec![id(1), id(2)];
    apply(
        &mut s,
        Command::SetCountingTeam {
            members,
            head: None,
        },
    );
    assert!(s.summary().unfinished.no_counting_team);
}

#[test]
fn a_member_absent_to_be_rated_later_has_no_blank_of_his_own() {
    let mut s = present(3);
    get(&mut s, 3).attendance = Attendance::Excused("Đi công tác".into());
    let u = s.summary().unfinished;
    assert_eq!(u.rate_later, vec![id(3)]);
    assert_eq!(u.no_self_review, vec![id(1), id(2)]);
    assert_eq!(u.no_conclusion, vec![id(1), id(2)]);
}

#[test]
fn the_ballots_list_only_the_members_rated_at_this_meeting() {
    let mut s = present(4);
    get(&mut s, 2).attendance = Attendance::Excused("Ốm".into());
    get(&mut s, 4).exempt = true;
    let here: Vec<_> = s.rated_here().iter().map(|m| m.id.clone()).collect();
    assert_eq!(here, vec![id(1), id(3)]);
    // Voted on although absent (a written vote the cell took): rated here after all.
    get(&mut s, 2).attendance = Attendance::Present;
    vote(&mut s, 2, counts(0, 3, 0, 0));
    get(&mut s, 2).attendance = Attendance::Excused("Ốm".into());
    let here: Vec<_> = s.rated_here().iter().map(|m| m.id.clone()).collect();
    assert_eq!(here, vec![id(1), id(2), id(3)]);
}

#[test]
fn the_meetings_own_steps_are_recorded() {
    let mut s = present(3);
    for of in MotionOf::ALL {
        apply(
            &mut s,
            Command::RecordMotion {
                of,
                motion: Some(hands(3)),
            },
        );
        assert_eq!(s.motion(of), Some(&hands(3)), "{of:?}");
    }
    assert_eq!(s.meeting.agenda_vote, Some(hands(3)));
    assert_eq!(s.meeting.counting_vote, Some(hands(3)));
    assert_eq!(s.collective.adoption, Some(hands(3)));
    assert_eq!(s.minutes_vote, Some(hands(3)));
    let over = Command::RecordMotion {
        of: MotionOf::Agenda,
        motion: Some(hands(4)),
    };
    assert_eq!(
        s.apply(over, at()),
        Err(DomainError::MotionOverVoters {
            counted: 4,
            voters: 3
        })
    );
    for (field, t) in [
        (MeetingText::Purpose, "Mục đích"),
        (MeetingText::Request, "Kiến nghị"),
    ] {
        let text = t.to_owned();
        apply(&mut s, Command::SetMeetingText { field, text });
        assert_eq!(s.meeting_text(field), t);
    }
    let field = TextField::Conclusion;
    let text = "Thống nhất với báo cáo.".to_owned();
    apply(&mut s, Command::SetCollectiveText { field, text });
    assert_eq!(s.collective.conclusion, "Thống nhất với báo cáo.");
    // The log says what was done, never the text.
    let log: Vec<&str> = s.log.iter().map(|e| e.what.as_str()).collect();
    assert!(log.contains(&"RecordMotion Agenda"), "{log:?}");
    assert!(log.contains(&"SetMeetingText Purpose"), "{log:?}");
    assert!(log.iter().all(|l| !l.contains("Mục")));
}
