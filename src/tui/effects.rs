//! What the popups lead to: the editors they open, the pick or confirmation they return, and the
//! commit of typed text as a domain command.

use crate::domain::{Attendance, Command, Level, Remark, Session, Speaker, TextField};
use crate::i18n::level_name;
use crate::tui::app::App;
use crate::tui::popup::{Confirmed, EditTarget, FormFor, Pick, Popup, Rated, RemarkSlot};
use crate::tui::screens::meeting::rows::{field_label, remark_at};
use crate::tui::widgets::editor::Editor;
use crate::tui::widgets::form::Form;
use crate::tui::words::T;

/// The stored text an editor target starts from.
fn stored_text(s: &Session, target: &EditTarget) -> String {
    match target {
        EditTarget::Collective(f) => report_text(&s.collective.report, *f),
        EditTarget::Member(id, f) => s.review(id).map_or(String::new(), |r| match f {
            TextField::Answer => r.answer.clone(),
            TextField::Conclusion => r.conclusion.clone(),
            f => report_text(&r.report, *f),
        }),
        EditTarget::Remark { slot, .. } => {
            remark_at(s, slot).map_or(String::new(), |r| r.text.clone())
        }
        _ => String::new(),
    }
}

fn report_text(r: &crate::domain::Report, f: TextField) -> String {
    match f {
        TextField::Strengths => r.strengths.clone(),
        TextField::Shortcomings => r.shortcomings.clone(),
        TextField::Causes => r.causes.clone(),
        _ => r.remedies.clone(),
    }
}

impl App {
    /// A one-line entry (a guest, a reason): Enter takes it, Esc drops it.
    pub(crate) fn open_line(&mut self, title: T, target: EditTarget) {
        self.popups.push(Popup::Text {
            title: title.get(self.lang).to_owned(),
            editor: Box::new(Editor::new("", true)),
            target,
        });
    }

    /// The multi-line editor on a text of the meeting; it saves as you type.
    pub(crate) fn open_text(&mut self, target: EditTarget) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let title = match &target {
            EditTarget::Collective(f) => field_label(*f, lang).to_owned(),
            EditTarget::Member(id, f) => {
                format!("{} — {}", s.member_name(id), field_label(*f, lang))
            }
            EditTarget::Remark { speaker, .. } => {
                format!("{} — {}", T::Remark.get(lang), s.speaker_name(speaker))
            }
            _ => String::new(),
        };
        let editor = Box::new(Editor::new(&stored_text(s, &target), false));
        self.popups.push(Popup::Text {
            title,
            editor,
            target,
        });
    }

    pub(crate) fn edit_remark(&mut self, slot: RemarkSlot) {
        let Some(r) = self.session().and_then(|s| remark_at(s, &slot)) else {
            return;
        };
        let speaker = r.speaker.clone();
        self.open_text(EditTarget::Remark { slot, speaker });
    }

    pub(crate) fn pick_member(&mut self, purpose: Pick) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let mut items: Vec<String> = s.members.iter().map(|m| m.name.clone()).collect();
        let title = match &purpose {
            Pick::Chair => T::Chair,
            Pick::MinuteTaker => T::MinuteTaker,
            _ => {
                items.push(T::GuestSpeaker.get(lang).to_owned());
                T::Speaker
            }
        };
        let title = title.get(lang).to_owned();
        self.popups.push(Popup::Pick {
            title,
            items,
            sel: 0,
            purpose,
        });
    }

    pub(crate) fn pick_level(&mut self, rated: Rated) {
        let lang = self.lang;
        let mut items: Vec<String> = Level::ALL
            .iter()
            .map(|l| level_name(*l, lang).to_owned())
            .collect();
        items.push(T::NoneYet.get(lang).to_owned());
        let title = T::SelfLevel.get(lang).to_owned();
        self.popups.push(Popup::Pick {
            title,
            items,
            sel: 0,
            purpose: Pick::Level(rated),
        });
    }

    pub(crate) fn picked(&mut self, purpose: Pick, sel: usize) {
        let member = self
            .session()
            .and_then(|s| s.members.get(sel))
            .map(|m| m.id.clone());
        match purpose {
            Pick::Chair => {
                self.apply(Command::SetChair(member));
            }
            Pick::MinuteTaker => {
                self.apply(Command::SetMinuteTaker(member));
            }
            Pick::Speaker(slot) => match member {
                Some(id) => self.open_text(EditTarget::Remark {
                    slot,
                    speaker: Speaker::Member(id),
                }),
                None => self.open_line(T::GuestName, EditTarget::GuestSpeaker(slot)),
            },
            Pick::Level(rated) => {
                let level = Level::ALL.get(sel).copied();
                let cmd = match rated {
                    Rated::Member(member) => Command::SetSelfAssessed { member, level },
                    Rated::Cell => Command::SetCellSelfAssessed(level),
                };
                self.apply(cmd);
            }
            Pick::ExportFormat => self.export(sel),
        }
    }

    pub(crate) fn confirmed(&mut self, action: Confirmed) {
        let cmd = match action {
            Confirmed::Quit => return self.force_quit(),
            Confirmed::Finalize => Command::Finalize,
            Confirmed::RemoveMember(id) => Command::RemoveMember(id),
            Confirmed::RemoveGuest(i) => Command::RemoveGuest(i),
            Confirmed::RemoveRemark(RemarkSlot::Contribution(Some(i))) => {
                Command::RemoveContribution(i)
            }
            Confirmed::RemoveRemark(RemarkSlot::Criticism(member, Some(index))) => {
                Command::RemoveCriticism { member, index }
            }
            Confirmed::RemoveRemark(_) => return,
            Confirmed::UndoVote(Rated::Member(member)) => Command::UndoVote { member },
            Confirmed::UndoVote(Rated::Cell) => Command::UndoCellVote,
        };
        self.apply(cmd);
    }

    /// Enter in a one-line entry.
    pub(crate) fn finish_line(&mut self, text: String, target: EditTarget) {
        let text = text.trim().to_owned();
        if text.is_empty() {
            return;
        }
        match target {
            EditTarget::Guest => {
                self.apply(Command::AddGuest(text));
            }
            EditTarget::Reason(member) => {
                let attendance = Attendance::Excused(text);
                // As with the other roll-call keys, on to the next member.
                if self.apply(Command::SetAttendance { member, attendance }) {
                    self.next_row();
                }
            }
            EditTarget::Reopen => {
                self.apply(Command::Reopen { reason: text });
            }
            EditTarget::GuestSpeaker(slot) => {
                self.open_text(EditTarget::Remark {
                    slot,
                    speaker: Speaker::Guest(text),
                });
            }
            _ => {}
        }
    }

    /// Commits `text` to where it belongs, if it changed; returns the target to keep editing
    /// (a new remark, once added, is edited in place from then on).
    pub(crate) fn commit(&mut self, text: &str, target: EditTarget) -> EditTarget {
        let Some(s) = self.session() else {
            return target;
        };
        if s.status.is_finalized() || stored_text(s, &target) == crate::domain::nfc(text) {
            return target;
        }
        let text = text.to_owned();
        match target {
            EditTarget::Collective(field) => {
                self.apply(Command::SetCollectiveText { field, text });
                target
            }
            EditTarget::Member(ref member, field) => {
                let member = member.clone();
                self.apply(Command::SetMemberText {
                    member,
                    field,
                    text,
                });
                target
            }
            EditTarget::Remark { slot, speaker } => self.commit_remark(slot, speaker, text),
            other => other,
        }
    }

    fn commit_remark(&mut self, slot: RemarkSlot, speaker: Speaker, text: String) -> EditTarget {
        let remark = Remark {
            speaker: speaker.clone(),
            text,
        };
        let slot = match slot {
            RemarkSlot::Contribution(None) => {
                if self.apply(Command::AddContribution(remark)) {
                    let n = self
                        .session()
                        .map_or(1, |s| s.collective.contributions.len());
                    RemarkSlot::Contribution(Some(n - 1))
                } else {
                    RemarkSlot::Contribution(None)
                }
            }
            RemarkSlot::Contribution(Some(index)) => {
                self.apply(Command::EditContribution { index, remark });
                RemarkSlot::Contribution(Some(index))
            }
            RemarkSlot::Criticism(member, None) => {
                let cmd = Command::AddCriticism {
                    member: member.clone(),
                    remark,
                };
                if self.apply(cmd) {
                    let n = self
                        .session()
                        .and_then(|s| s.review(&member))
                        .map_or(1, |r| r.criticism.len());
                    RemarkSlot::Criticism(member, Some(n - 1))
                } else {
                    RemarkSlot::Criticism(member, None)
                }
            }
            RemarkSlot::Criticism(member, Some(index)) => {
                let cmd = Command::EditCriticism {
                    member: member.clone(),
                    index,
                    remark,
                };
                self.apply(cmd);
                RemarkSlot::Criticism(member, Some(index))
            }
        };
        EditTarget::Remark { slot, speaker }
    }

    pub(crate) fn submit_form(&mut self, form: Form, purpose: FormFor) {
        let result = match &purpose {
            FormFor::NewSession { sources } => self.create_session(&form, sources),
            FormFor::Member { id } => self.save_member(&form, id.as_ref()),
            FormFor::Score(r) => self.save_score(&form, r),
            FormFor::Tally(r) => self.save_tally(&form, r),
            FormFor::Motion => self.save_motion(&form),
            FormFor::Time { end } => self.save_time(&form, *end),
            FormFor::MeetingInfo => self.save_meeting_info(&form),
            FormFor::Settings => self.save_settings(&form),
        };
        if let Err(msg) = result {
            let mut form = form;
            form.error = Some(msg);
            self.popups.push(Popup::Form { form, purpose });
        }
    }

    pub(crate) fn form_changed(&mut self, form: &mut Form, purpose: &FormFor) {
        match purpose {
            FormFor::Tally(_) => self.tally_preview(form),
            FormFor::NewSession { .. } => crate::tui::screens::home::year_changed(form),
            _ => {}
        }
    }
}
