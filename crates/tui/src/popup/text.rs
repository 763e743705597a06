//! The two text popups: the multi-line editor on a text of the meeting (saved as it is typed,
//! by the app's autosave) and the one-line entry (a guest, a reason), taken with Enter.

use ratatui::crossterm::event::KeyEvent;

use super::{Cx, RemarkSlot};
use crate::keymap::Action;
use crate::msg::{Msg, Outcome};
use crate::widgets::editor::Editor;
use crate::widgets::line_input::LineInput;
use chibo_core::domain::{
    Attendance, Command, MeetingText, MemberId, Remark, Report, Session, Speaker, TextField,
};

/// What the text in the editor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextTarget {
    Collective(TextField),
    /// The purpose stated at the opening, or the cell's request.
    Meeting(MeetingText),
    Member(MemberId, TextField),
    Remark {
        slot: RemarkSlot,
        speaker: Speaker,
    },
}

pub struct TextEntry {
    pub title: String,
    pub editor: Box<Editor>,
    pub target: TextTarget,
}

fn report_text(r: &Report, f: TextField) -> &str {
    match f {
        TextField::Strengths => &r.strengths,
        TextField::Shortcomings => &r.shortcomings,
        TextField::Causes => &r.causes,
        TextField::Remedies | TextField::Answer | TextField::Conclusion => &r.remedies,
    }
}

/// The command that rewrites the remark in `slot` (one that exists) with a speaker and text.
pub(crate) fn edit_remark(slot: &RemarkSlot, speaker: Speaker, text: String) -> Option<Command> {
    let remark = Remark { speaker, text };
    match slot {
        RemarkSlot::Contribution(Some(index)) => Some(Command::EditContribution {
            index: *index,
            remark,
        }),
        RemarkSlot::Criticism(member, Some(index)) => Some(Command::EditCriticism {
            member: member.clone(),
            index: *index,
            remark,
        }),
        RemarkSlot::Contribution(None) | RemarkSlot::Criticism(_, None) => None,
    }
}

/// The remark in a slot, once it exists.
pub(crate) fn remark_at<'a>(s: &'a Session, slot: &RemarkSlot) -> Option<&'a Remark> {
    match slot {
        RemarkSlot::Contribution(Some(i)) => s.collective.contributions.get(*i),
        RemarkSlot::Criticism(id, Some(i)) => s.review(id)?.criticism.get(*i),
        RemarkSlot::Contribution(None) | RemarkSlot::Criticism(_, None) => None,
    }
}

/// The stored text an editor on `target` starts from.
pub(crate) fn stored_text<'a>(s: &'a Session, target: &TextTarget) -> &'a str {
    match target {
        TextTarget::Collective(TextField::Conclusion) => &s.collective.conclusion,
        TextTarget::Collective(f) => report_text(&s.collective.report, *f),
        TextTarget::Meeting(f) => s.meeting_text(*f),
        TextTarget::Member(id, f) => s.review(id).map_or("", |r| match f {
            TextField::Answer => &r.answer,
            TextField::Conclusion => &r.conclusion,
            f => report_text(&r.report, *f),
        }),
        TextTarget::Remark { slot, .. } => remark_at(s, slot).map_or("", |r| r.text.as_str()),
    }
}

impl TextEntry {
    pub fn new(s: &Session, title: String, target: TextTarget) -> Self {
        let editor = Box::new(Editor::new(stored_text(s, &target)));
        TextEntry {
            title,
            editor,
            target,
        }
    }

    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent, cx: &Cx) -> Outcome {
        if action == Some(Action::Done) {
            return match cx.session.and_then(|s| self.commit(s)) {
                Some(cmd) => Outcome::Emit(Msg::Apply(cmd)),
                None => Outcome::Close,
            };
        }
        if self.editor.key(*k) {
            Outcome::Typed
        } else {
            Outcome::Stay
        }
    }

    pub fn paste(&mut self, s: &str) -> bool {
        self.editor.paste(s)
    }

    /// The command that stores the typed text, if it differs from what is stored.
    pub fn commit(&self, s: &Session) -> Option<Command> {
        let text = self.editor.text();
        if s.status.is_finalized()
            || stored_text(s, &self.target) == chibo_core::domain::clean(&text)
        {
            return None;
        }
        Some(match &self.target {
            TextTarget::Collective(field) => Command::SetCollectiveText {
                field: *field,
                text,
            },
            TextTarget::Meeting(field) => Command::SetMeetingText {
                field: *field,
                text,
            },
            TextTarget::Member(member, field) => Command::SetMemberText {
                member: member.clone(),
                field: *field,
                text,
            },
            TextTarget::Remark { slot, speaker } => {
                let remark = Remark {
                    speaker: speaker.clone(),
                    text,
                };
                match slot {
                    RemarkSlot::Contribution(None) => Command::AddContribution(remark),
                    RemarkSlot::Contribution(Some(index)) => Command::EditContribution {
                        index: *index,
                        remark,
                    },
                    RemarkSlot::Criticism(member, None) => Command::AddCriticism {
                        member: member.clone(),
                        remark,
                    },
                    RemarkSlot::Criticism(member, Some(index)) => Command::EditCriticism {
                        member: member.clone(),
                        index: *index,
                        remark,
                    },
                }
            }
        })
    }

    /// After a new remark's first save: it is edited in place from then on.
    pub fn added(&mut self, s: &Session) {
        if let TextTarget::Remark { slot, .. } = &mut self.target {
            let next = match &*slot {
                RemarkSlot::Contribution(None) => {
                    let n = s.collective.contributions.len();
                    RemarkSlot::Contribution(n.checked_sub(1))
                }
                RemarkSlot::Criticism(member, None) => {
                    let n = s.review(member).map_or(0, |r| r.criticism.len());
                    RemarkSlot::Criticism(member.clone(), n.checked_sub(1))
                }
                other => other.clone(),
            };
            *slot = next;
        }
    }
}

/// What a one-line entry is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineTarget {
    Guest,
    /// The reason of an excused absence; the roll call then moves on.
    Reason(MemberId),
    /// Why a finalized session is opened again.
    Reopen,
    /// A guest speaker's name, then the remark's text.
    GuestSpeaker(RemarkSlot),
    /// A guest's name as the new speaker of a remark already written.
    NewSpeaker {
        slot: RemarkSlot,
        text: String,
    },
    /// The path of a member list to import into the roster.
    ImportFile,
    /// The counting team's names, the head first.
    CountingTeam,
}

pub struct LineEntry {
    pub title: String,
    pub input: LineInput,
    pub target: LineTarget,
}

impl LineEntry {
    pub fn new(title: String, target: LineTarget) -> Self {
        LineEntry {
            title,
            input: LineInput::new(""),
            target,
        }
    }

    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent) -> Outcome {
        match action {
            Some(Action::Save) => self.submit(),
            Some(Action::Cancel) => Outcome::Close,
            Some(Action::ClearField) => {
                self.input = LineInput::new("");
                Outcome::Stay
            }
            _ => {
                self.input.key(k);
                Outcome::Stay
            }
        }
    }

    pub fn paste(&mut self, s: &str) {
        self.input.insert(s);
    }

    /// An empty entry stays open: each of these needs its text.
    fn submit(&self) -> Outcome {
        let text = self.input.text().trim().to_owned();
        if text.is_empty() {
            return Outcome::Stay;
        }
        Outcome::Emit(match &self.target {
            LineTarget::Guest => Msg::Apply(Command::AddGuest(text)),
            LineTarget::Reason(member) => Msg::Seq(vec![
                Msg::Apply(Command::SetAttendance {
                    member: member.clone(),
                    attendance: Attendance::Excused(text),
                }),
                Msg::MoveRow(1),
            ]),
            LineTarget::Reopen => Msg::Apply(Command::Reopen { reason: text }),
            LineTarget::GuestSpeaker(slot) => Msg::EditRemark {
                slot: slot.clone(),
                speaker: Speaker::Guest(text),
            },
            LineTarget::ImportFile => Msg::Import(std::path::PathBuf::from(text)),
            LineTarget::CountingTeam => Msg::CountingTeam(text),
            LineTarget::NewSpeaker { slot, text: said } => {
                match edit_remark(slot, Speaker::Guest(text), said.clone()) {
                    Some(cmd) => Msg::Apply(cmd),
                    None => return Outcome::Close,
                }
            }
        })
    }
}
