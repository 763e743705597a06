//! What a command carries in words: its text made NFC where it enters the model, and the short,
//! content-free line it leaves in the log.

use super::Command;
use crate::domain::member::{Attendance, Member, MemberId};
use crate::domain::rules::RuleSet;
use crate::domain::session::{Remark, Speaker, Step};
use crate::domain::text::nfc_in_place;

fn nfc_remark(r: &mut Remark) {
    nfc_in_place(&mut r.text);
    match &mut r.speaker {
        Speaker::Member(id) => nfc_in_place(&mut id.0),
        Speaker::Guest(g) => nfc_in_place(g),
    }
}

fn nfc_member(m: &mut Member) {
    nfc_in_place(&mut m.id.0);
    nfc_in_place(&mut m.name);
    if let Some(t) = &mut m.temporary_elsewhere {
        nfc_in_place(t);
    }
    if let Some(o) = &mut m.temporary_opinion {
        nfc_in_place(&mut o.cell);
        nfc_in_place(&mut o.text);
    }
    if let Attendance::Excused(r) = &mut m.attendance {
        nfc_in_place(r);
    }
    if let Some(d) = &mut m.discipline {
        nfc_in_place(&mut d.form);
        nfc_in_place(&mut d.decision.number);
        nfc_in_place(&mut d.decision.issuer);
    }
}

/// Every text a command carries, in NFC (this is where typed and pasted text enters the model),
/// and the command's short, content-free line for the log.
pub(super) fn prepared(mut cmd: Command) -> (Command, String) {
    nfc_command(&mut cmd);
    // An id typed in NFD must still find the member stored in NFC.
    let subject = member_ref(&mut cmd).map(|id| {
        nfc_in_place(&mut id.0);
        id.to_string()
    });
    let what = describe(&cmd, subject);
    (cmd, what)
}

/// Every text the command carries, in NFC. Every variant is named: a new command with text
/// must say how its text enters the model.
fn nfc_command(cmd: &mut Command) {
    use Command as C;
    match cmd {
        Command::SetCell { name, committee } => nfc_two(name, committee),
        Command::SetMeeting { place: t, .. }
        | Command::AddGuest(t)
        | Command::SetAttendance {
            attendance: Attendance::Excused(t),
            ..
        }
        | Command::SetLocality(t)
        | Command::SetRepresentative(Some(t))
        | Command::SetRepresentativeRemarks(t)
        | Command::SetClosingRemarks(t) => nfc_in_place(t),
        Command::SetBasis(Some(d)) => nfc_two(&mut d.number, &mut d.issuer),
        Command::AddVisitor(v) | Command::UpdateVisitor { visitor: v, .. } => nfc_visitor(v),
        Command::AddMember(m) | Command::UpdateMember(m) => nfc_member(m),
        // Ids typed in NFD must still find the members stored in NFC.
        Command::SetCountingTeam { members, head } => nfc_team(members, head),
        Command::SetCollectiveText { text, .. }
        | Command::SetMemberText { text, .. }
        | Command::SetMeetingText { text, .. }
        | Command::Reopen { reason: text } => nfc_in_place(text),
        Command::AddContribution(r)
        | Command::EditContribution { remark: r, .. }
        | Command::AddCriticism { remark: r, .. }
        | Command::EditCriticism { remark: r, .. } => nfc_remark(r),
        Command::SetSettings(s) | Command::SetRules(RuleSet { settings: s, .. }) => {
            s.cap_reason.iter_mut().for_each(nfc_in_place);
        }
        // Nothing typed: ids are made NFC with the command's member, below.
        C::SetCellKind(_)
        | C::SetBasis(None)
        | C::SetRepresentative(None)
        | C::RemoveVisitor(_)
        | C::SetStart(_)
        | C::SetEnd(_)
        | C::SetDraftSent(_)
        | C::SetChair(_)
        | C::SetMinuteTaker(_)
        | C::RemoveGuest(_)
        | C::RemoveMember(_)
        | C::SetAttendance { .. }
        | C::Goto(_)
        | C::RemoveContribution(_)
        | C::SetSelfAssessed { .. }
        | C::SetSelfScore { .. }
        | C::MoveCriticism { .. }
        | C::RemoveCriticism { .. }
        | C::RecordVote { .. }
        | C::UndoVote { .. }
        | C::SetCellSelfAssessed(_)
        | C::SetCellScore(_)
        | C::RecordCellVote(_)
        | C::UndoCellVote
        | C::RecordMinutesVote(_)
        | C::RecordMotion { .. }
        | C::Finalize => {}
    }
}

fn nfc_two(a: &mut String, b: &mut String) {
    nfc_in_place(a);
    nfc_in_place(b);
}

fn nfc_team(members: &mut [MemberId], head: &mut Option<MemberId>) {
    let ids = members.iter_mut().chain(head.iter_mut());
    ids.for_each(|id| nfc_in_place(&mut id.0));
}

fn nfc_visitor(v: &mut super::super::member::Visitor) {
    nfc_in_place(&mut v.name);
    nfc_in_place(&mut v.home_cell);
    if let Attendance::Excused(r) = &mut v.attendance {
        nfc_in_place(r);
    }
}

/// The member a command is about. Every variant is named, so a new command says whether it is
/// about a member (for NFC and for the log line).
fn member_ref(cmd: &mut Command) -> Option<&mut MemberId> {
    use Command as C;
    match cmd {
        Command::AddMember(m) | Command::UpdateMember(m) => Some(&mut m.id),
        Command::SetAttendance { member, .. }
        | Command::SetMemberText { member, .. }
        | Command::SetSelfAssessed { member, .. }
        | Command::SetSelfScore { member, .. }
        | Command::AddCriticism { member, .. }
        | Command::EditCriticism { member, .. }
        | Command::MoveCriticism { member, .. }
        | Command::RemoveCriticism { member, .. }
        | Command::RecordVote { member, .. }
        | Command::UndoVote { member }
        | Command::RemoveMember(member)
        | Command::SetChair(Some(member))
        | Command::SetMinuteTaker(Some(member))
        | Command::Goto(Step::Member(member)) => Some(member),
        C::SetCell { .. }
        | C::SetCellKind(_)
        | C::SetLocality(_)
        | C::SetBasis(_)
        | C::SetRepresentative(_)
        | C::SetRepresentativeRemarks(_)
        | C::SetClosingRemarks(_)
        | C::AddVisitor(_)
        | C::UpdateVisitor { .. }
        | C::RemoveVisitor(_)
        | C::SetMeeting { .. }
        | C::SetStart(_)
        | C::SetEnd(_)
        | C::SetDraftSent(_)
        | C::SetChair(None)
        | C::SetMinuteTaker(None)
        // A team, not one member: its log line is the command's name alone.
        | C::SetCountingTeam { .. }
        | C::AddGuest(_)
        | C::RemoveGuest(_)
        | C::SetRules(_)
        | C::SetSettings(_)
        | C::Goto(_)
        | C::SetCollectiveText { .. }
        | C::AddContribution(_)
        | C::EditContribution { .. }
        | C::RemoveContribution(_)
        | C::SetCellSelfAssessed(_)
        | C::SetCellScore(_)
        | C::RecordCellVote(_)
        | C::UndoCellVote
        | C::RecordMinutesVote(_)
        | C::RecordMotion { .. }
        | C::SetMeetingText { .. }
        | C::Finalize
        | C::Reopen { .. } => None,
    }
}

/// A short, content-free line for the log: the command's name, its member, its text field.
fn describe(cmd: &Command, subject: Option<String>) -> String {
    let debug = format!("{cmd:?}");
    let name: String = debug
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let field = match cmd {
        Command::SetMemberText { field, .. } | Command::SetCollectiveText { field, .. } => {
            format!(" {field:?}")
        }
        Command::SetMeetingText { field, .. } => format!(" {field:?}"),
        Command::RecordMotion { of, .. } => format!(" {of:?}"),
        _ => String::new(),
    };
    match subject {
        Some(id) => format!("{name} {id}{field}"),
        None => format!("{name}{field}"),
    }
}
