//! The meeting: the agenda on the left, the current step in the centre, the step's findings
//! beside it. Moving between steps records `Goto`, so reopening returns to the same step.

mod actions;
mod draw;
pub(crate) mod marks;
pub(crate) mod rows;

use crate::keymap::{Context, StepKeys};
use crate::msg::Msg;
pub(crate) use actions::text_editor;
use chibo_core::domain::{Session, Step};
use chibo_core::i18n::Lang;
use rows::{Row, RowKind, rows};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Agenda,
    Step,
}

pub struct MeetingView {
    pub step: Step,
    pub focus: Pane,
    /// The selected row of the step pane, by what it shows (rows are built again after every
    /// change, so a position would slip when a row comes or goes before it). `None` on a step
    /// just shown: its first row worth selecting.
    sel: Option<RowKind>,
    /// Where the selected row was last seen: when it is gone, the row that took its place.
    at: usize,
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
fn first_row(rows: &[Row]) -> usize {
    rows.iter()
        .position(|r| r.kind != RowKind::Info)
        .unwrap_or(0)
}

impl MeetingView {
    pub fn new(s: &Session) -> Self {
        let step = if s.agenda().contains(&s.step) {
            s.step.clone()
        } else {
            Step::Opening
        };
        MeetingView {
            step,
            focus: Pane::Step,
            sel: None,
            at: 0,
        }
    }

    /// Where the selection is in `rows`: the row it points at, else the one that took its
    /// place (the next, or the last when it was last); `None` when there are no rows.
    pub fn selected(&self, rows: &[Row]) -> Option<usize> {
        let last = rows.len().checked_sub(1)?;
        let found = match &self.sel {
            Some(kind) => rows.iter().position(|r| r.kind == *kind),
            None => Some(first_row(rows)),
        };
        Some(found.unwrap_or(self.at).min(last))
    }

    /// After a change to the session: the selection stays on its row, or goes to the one that
    /// took its place when it is gone.
    pub fn clamp(&mut self, s: &Session, lang: Lang) {
        self.move_by(0, s, lang);
    }

    /// Moves the selection `delta` rows from where it is, staying on an existing row.
    pub fn move_by(&mut self, delta: isize, s: &Session, lang: Lang) {
        let list = rows(s, &self.step, lang);
        let Some(i) = self.selected(&list) else {
            return;
        };
        let to = i
            .saturating_add_signed(delta)
            .min(list.len().saturating_sub(1));
        self.sel = list.get(to).map(|r| r.kind.clone());
        self.at = to;
    }

    /// The kind of the selected row, as the session is now.
    fn selected_kind(&self, s: &Session, lang: Lang) -> Option<RowKind> {
        let list = rows(s, &self.step, lang);
        let i = self.selected(&list)?;
        list.into_iter().nth(i).map(|r| r.kind)
    }

    /// Shows `step`, on its first row worth selecting.
    pub fn show(&mut self, step: Step) {
        self.sel = None;
        self.at = 0;
        self.step = step;
    }

    /// The step `delta` steps away on the agenda, if it is another one.
    fn step_at(&self, s: &Session, delta: isize) -> Option<Msg> {
        let agenda = s.agenda();
        let i = agenda.iter().position(|x| *x == self.step).unwrap_or(0);
        let j = i
            .saturating_add_signed(delta)
            .min(agenda.len().saturating_sub(1));
        let next = agenda.get(j)?;
        (*next != self.step).then(|| Msg::Goto(next.clone()))
    }

    pub fn context(&self, read_only: bool) -> Context {
        Context::Meeting {
            step: step_keys(&self.step),
            read_only,
        }
    }
}
