//! What a command carries in words: its text made what the session keeps where it enters the
//! model (the gate every source of text passes: keys, pastes, forms, imports, the CLI), and the
//! short, content-free line it leaves in the log.
//!
//! The gate judges text as the loader judges a file's: NFC; a NUL or ESC in a name refused
//! ([`refused_in_name`]); every other control character but newline and tab replaced by U+FFFD
//! (`clean_in_place`, the function the loader's walk over every text calls). A session changed
//! only by commands therefore never holds what its own file would be refused or repaired for.

use super::{Command, DomainError};
use crate::domain::member::{Attendance, Member, MemberId};
use crate::domain::rules::RuleSet;
use crate::domain::session::{Remark, Speaker, Step};
use crate::domain::text::{clean_in_place, refused_in_name};

/// Cleans one text (see the module's note).
fn clean(s: &mut String) {
    clean_in_place(s);
}

fn clean_remark(r: &mut Remark) {
    clean(&mut r.text);
    match &mut r.speaker {
        Speaker::Member(id) => clean(&mut id.0),
        Speaker::Guest(g) => clean(g),
    }
}

fn clean_member(m: &mut Member) {
    clean(&mut m.id.0);
    clean(&mut m.name);
    if let Some(t) = &mut m.temporary_elsewhere {
        clean(t);
    }
    if let Some(o) = &mut m.temporary_opinion {
        clean(&mut o.cell);
        clean(&mut o.text);
    }
    if let Attendance::Excused(r) = &mut m.attendance {
        clean(r);
    }
    if let Some(d) = &mut m.discipline {
        clean(&mut d.form);
        clean(&mut d.decision.number);
        clean(&mut d.decision.issuer);
    }
}

/// The command with every text it carries as the session keeps it, and its short, content-free
/// line for the log; a name holding a NUL or ESC is refused.
pub(super) fn prepared(mut cmd: Command) -> Result<(Command, String), DomainError> {
    if let Some(c) = names(&cmd)
        .flat_map(str::chars)
        .find(|c| refused_in_name(*c))
    {
        return Err(DomainError::ControlInName(c));
    }
    clean_command(&mut cmd);
    // An id typed in NFD must still find the member stored in NFC.
    let subject = member_ref(&mut cmd).map(|id| {
        clean(&mut id.0);
        id.to_string()
    });
    let what = describe(&cmd, subject);
    Ok((cmd, what))
}

/// The names a command brings: those the loader checks in a file (a member's name and id, a
/// guest's, the cell's and its committee's).
fn names(cmd: &Command) -> impl Iterator<Item = &str> {
    let names: Vec<&str> = match cmd {
        Command::AddMember(m) | Command::UpdateMember(m) => vec![m.id.as_str(), &m.name],
        Command::AddGuest(g) => vec![g],
        Command::SetCell { name, committee } => vec![name, committee],
        _ => Vec::new(),
    };
    names.into_iter()
}

/// Every text the command carries, cleaned. Every variant is named: a new command with text
/// must say how its text enters the model.
fn clean_command(cmd: &mut Command) {
    use Command as C;
    match cmd {
        Command::SetCell { name, committee } => clean_two(name, committee),
        Command::SetMeeting { place: t, .. }
        | Command::AddGuest(t)
        | Command::SetAttendance {
            attendance: Attendance::Excused(t),
            ..
        }
        | Command::SetLocality(t)
        | Command::SetRepresentative(Some(t))
        | Command::SetRepresentativeRemarks(t)
        | Command::SetClosingRemarks(t) => clean(t),
        Command::SetBasis(Some(d)) => clean_two(&mut d.number, &mut d.issuer),
        Command::AddVisitor(v) | Command::UpdateVisitor { visitor: v, .. } => clean_visitor(v),
        Command::AddMember(m) | Command::UpdateMember(m) => clean_member(m),
        // Ids typed in NFD must still find the members stored in NFC.
        Command::SetCountingTeam { members, head } => clean_team(members, head),
        Command::SetCollectiveText { text, .. }
        | Command::SetMemberText { text, .. }
        | Command::SetMeetingText { text, .. }
        | Command::Reopen { reason: text } => clean(text),
        Command::AddContribution(r)
        | Command::EditContribution { remark: r, .. }
        | Command::AddCriticism { remark: r, .. }
        | Command::EditCriticism { remark: r, .. } => clean_remark(r),
        Command::SetSettings(s) | Command::SetRules(RuleSet { settings: s, .. }) => {
            s.cap_reason.iter_mut().for_each(clean);
        }
        // Nothing typed: ids are cleaned with the command's member, below.
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

fn clean_two(a: &mut String, b: &mut String) {
    clean(a);
    clean(b);
}

fn clean_team(members: &mut [MemberId], head: &mut Option<MemberId>) {
    let ids = members.iter_mut().chain(head.iter_mut());
    ids.for_each(|id| clean(&mut id.0));
}

fn clean_visitor(v: &mut super::super::member::Visitor) {
    clean(&mut v.name);
    clean(&mut v.home_cell);
    if let Attendance::Excused(r) = &mut v.attendance {
        clean(r);
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
