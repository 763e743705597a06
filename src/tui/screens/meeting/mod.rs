//! The meeting: the agenda on the left, the current step in the centre, the step's findings
//! beside it. Moving between steps records `Goto`, so reopening returns to the same step.

mod draw;
pub mod marks;
pub mod rows;
mod settings;
pub mod vote;

use crate::domain::{Attendance, Command, Session, Step};
use crate::tui::app::{App, Screen};
use crate::tui::keymap::{Action, Context, StepKeys};
use crate::tui::popup::{Confirmed, EditTarget, FormFor, Pick, Popup, Rated, RemarkSlot};
use crate::tui::screens::roster::RosterView;
use crate::tui::words::T;
use rows::{RowKind, rows};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Agenda,
    Step,
}

pub struct MeetingView {
    pub step: Step,
    pub focus: Pane,
    /// The selected row of the step pane.
    pub item: usize,
}

fn step_keys(step: &Step) -> StepKeys {
    match step {
        Step::Opening => StepKeys::Opening,
        Step::Collective => StepKeys::Collective,
        Step::Member(_) => StepKeys::Member,
        Step::CellRating => StepKeys::Cell,
        Step::Summary => StepKeys::Summary,
        Step::MinutesVote => StepKeys::Minutes,
        Step::Close => StepKeys::Close,
    }
}

/// The first row worth selecting: a member's step opens on their report, past the info line.
fn first_item(step: &Step) -> usize {
    usize::from(matches!(step, Step::Member(_)))
}

impl MeetingView {
    pub fn new(s: &Session) -> Self {
        let step = if s.agenda().contains(&s.step) {
            s.step.clone()
        } else {
            Step::Opening
        };
        MeetingView {
            item: first_item(&step),
            step,
            focus: Pane::Step,
        }
    }

    /// Keeps the selection on a row that exists (after a remark or a guest is removed).
    pub fn clamp(&mut self, s: &Session, lang: crate::i18n::Lang) {
        let n = rows(s, &self.step, lang).len();
        self.item = self.item.min(n.saturating_sub(1));
    }

    pub fn context(&self, s: Option<&Session>) -> Context {
        Context::Meeting {
            step: step_keys(&self.step),
            read_only: s.is_some_and(|s| s.status.is_finalized()),
        }
    }
}

impl App {
    fn view(&mut self) -> Option<&mut MeetingView> {
        match &mut self.screen {
            Screen::Meeting(v) => Some(v),
            _ => None,
        }
    }

    fn current(&self) -> Option<(Step, usize)> {
        match &self.screen {
            Screen::Meeting(v) => Some((v.step.clone(), v.item)),
            _ => None,
        }
    }

    /// The selected row's kind, if the step pane has one.
    fn selected_row(&self) -> Option<RowKind> {
        let (step, item) = self.current()?;
        let s = self.session()?;
        rows(s, &step, self.lang).get(item).map(|r| r.kind.clone())
    }

    fn goto_offset(&mut self, delta: isize) {
        let Some(s) = self.session() else { return };
        let agenda = s.agenda();
        let read_only = s.status.is_finalized();
        let Some((step, _)) = self.current() else {
            return;
        };
        let i = agenda.iter().position(|x| *x == step).unwrap_or(0);
        let j = i
            .saturating_add_signed(delta)
            .min(agenda.len().saturating_sub(1));
        let next = agenda[j].clone();
        if next == step {
            return;
        }
        self.commit_text();
        if !read_only {
            self.apply(Command::Goto(next.clone()));
        }
        if let Some(v) = self.view() {
            v.item = first_item(&next);
            v.step = next;
        }
    }

    fn move_item(&mut self, delta: isize) {
        let n = self
            .current()
            .and_then(|(step, _)| self.session().map(|s| rows(s, &step, self.lang).len()))
            .unwrap_or(0);
        if let Some(v) = self.view() {
            v.item = v.item.saturating_add_signed(delta).min(n.saturating_sub(1));
        }
    }

    pub(crate) fn meeting_action(&mut self, action: Action) {
        let focus = self.view().map_or(Pane::Step, |v| v.focus);
        match action {
            Action::NextStep => self.goto_offset(1),
            Action::PrevStep => self.goto_offset(-1),
            Action::Up if focus == Pane::Agenda => self.goto_offset(-1),
            Action::Down if focus == Pane::Agenda => self.goto_offset(1),
            Action::Up => self.move_item(-1),
            Action::Down => self.move_item(1),
            Action::SwitchPane => {
                if let Some(v) = self.view() {
                    v.focus = if v.focus == Pane::Agenda {
                        Pane::Step
                    } else {
                        Pane::Agenda
                    };
                }
            }
            Action::ToRoster => self.screen = Screen::Roster(RosterView::default()),
            Action::Back => self.close_session(),
            Action::Edit => self.edit_row(),
            Action::Present => self.roll_call(Some(Attendance::Present)),
            Action::Unexcused => self.roll_call(Some(Attendance::Unexcused)),
            Action::Excused => self.roll_call(None),
            Action::Chair => self.pick_member(Pick::Chair),
            Action::MinuteTaker => self.pick_member(Pick::MinuteTaker),
            Action::AddGuest => self.open_line(T::Guest, EditTarget::Guest),
            Action::AddRemark => self.add_remark(),
            Action::Delete => self.delete_row(),
            Action::MoveUp => self.move_remark(true),
            Action::MoveDown => self.move_remark(false),
            Action::Vote | Action::Level | Action::Score | Action::UndoVote => {
                self.rating_key(action)
            }
            Action::Finalize => self.ask_finalize(),
            Action::Export => self.ask_export(),
            Action::Preview => self.preview(),
            Action::Reopen => self.open_line(T::ReopenReason, EditTarget::Reopen),
            _ => {}
        }
    }

    pub(crate) fn next_row(&mut self) {
        self.move_item(1);
    }

    fn roll_call(&mut self, attendance: Option<Attendance>) {
        let Some(RowKind::Attendance(id)) = self.selected_row() else {
            return;
        };
        match attendance {
            Some(a) => {
                if self.apply(Command::SetAttendance {
                    member: id,
                    attendance: a,
                }) {
                    self.move_item(1);
                }
            }
            None => self.open_line(T::AbsenceReason, EditTarget::Reason(id)),
        }
    }

    fn edit_row(&mut self) {
        let Some(kind) = self.selected_row() else {
            return;
        };
        match kind {
            RowKind::Attendance(_) => self.roll_call(Some(Attendance::Present)),
            RowKind::Chair => self.pick_member(Pick::Chair),
            RowKind::MinuteTaker => self.pick_member(Pick::MinuteTaker),
            RowKind::Start => self.time_form(false),
            RowKind::MeetingInfo => self.meeting_info_form(),
            RowKind::Settings => self.settings_form(),
            RowKind::End => self.time_form(true),
            RowKind::AddGuest | RowKind::Guest(_) => self.open_line(T::Guest, EditTarget::Guest),
            RowKind::Collective(f) => self.open_text(EditTarget::Collective(f)),
            RowKind::MemberText(id, f) => self.open_text(EditTarget::Member(id, f)),
            RowKind::Remark(slot) => self.edit_remark(slot),
            RowKind::AddRemark => self.add_remark(),
            RowKind::Level(r) => self.pick_level(r),
            RowKind::Score(r) => self.score_form(r),
            RowKind::Vote(r) => self.tally_form(r),
            RowKind::Motion => self.motion_form(),
            RowKind::Finalize => self.ask_finalize(),
            RowKind::Info => {}
        }
    }

    fn rated_here(&self) -> Option<Rated> {
        match self.current()?.0 {
            Step::Member(id) => Some(Rated::Member(id)),
            Step::CellRating => Some(Rated::Cell),
            _ => None,
        }
    }

    fn rating_key(&mut self, action: Action) {
        if let Some(Step::MinutesVote) = self.current().map(|c| c.0) {
            if action == Action::Vote {
                self.motion_form();
            }
            return;
        }
        let Some(r) = self.rated_here() else { return };
        match action {
            Action::Vote => self.tally_form(r),
            Action::Level => self.pick_level(r),
            Action::Score => self.score_form(r),
            _ => {
                let text = T::UndoVoteQ.get(self.lang).to_owned();
                self.popups.push(Popup::Confirm {
                    text,
                    action: Confirmed::UndoVote(r),
                });
            }
        }
    }

    fn add_remark(&mut self) {
        let slot = match self.current().map(|c| c.0) {
            Some(Step::Collective) => RemarkSlot::Contribution(None),
            Some(Step::Member(id)) => RemarkSlot::Criticism(id, None),
            _ => return,
        };
        self.pick_member(Pick::Speaker(slot));
    }

    fn delete_row(&mut self) {
        let (text, action) = match self.selected_row() {
            Some(RowKind::Remark(slot)) => (T::RemoveRemarkQ, Confirmed::RemoveRemark(slot)),
            Some(RowKind::Guest(i)) => (T::RemoveGuestQ, Confirmed::RemoveGuest(i)),
            _ => return,
        };
        let text = text.get(self.lang).to_owned();
        self.popups.push(Popup::Confirm { text, action });
    }

    fn move_remark(&mut self, up: bool) {
        let Some(RowKind::Remark(RemarkSlot::Criticism(member, Some(index)))) = self.selected_row()
        else {
            return;
        };
        if self.apply(Command::MoveCriticism { member, index, up }) {
            self.move_item(if up { -1 } else { 1 });
        }
    }

    fn ask_finalize(&mut self) {
        let Some(open) = &self.open else { return };
        if open.session.status.is_finalized() {
            return;
        }
        let text = crate::tui::words::finalize_question(&open.session, &open.findings, self.lang);
        self.popups.push(Popup::Confirm {
            text,
            action: Confirmed::Finalize,
        });
    }

    fn ask_export(&mut self) {
        self.popups.push(Popup::Pick {
            title: T::ExportTitle.get(self.lang).to_owned(),
            items: crate::tui::export::formats(self.lang),
            sel: 0,
            purpose: Pick::ExportFormat,
        });
    }

    pub(crate) fn form_popup(&mut self, form: crate::tui::widgets::form::Form, purpose: FormFor) {
        self.popups.push(Popup::Form { form, purpose });
    }
}
