//! The meeting: the agenda on the left, the current step in the centre, the step's findings
//! beside it. Moving between steps records `Goto`, so reopening returns to the same step.

mod actions;
mod draw;
pub mod marks;
pub mod rows;

use crate::keymap::{Context, StepKeys};
use crate::msg::Msg;
pub use actions::text_editor;
use chibo_core::domain::{Session, Step};
use chibo_core::i18n::Lang;
use rows::rows;

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
    pub fn clamp(&mut self, s: &Session, lang: Lang) {
        self.move_by(0, s, lang);
    }

    /// Moves the selection of the step pane, staying on an existing row.
    pub fn move_by(&mut self, delta: isize, s: &Session, lang: Lang) {
        let n = rows(s, &self.step, lang).len();
        self.item = self
            .item
            .saturating_add_signed(delta)
            .min(n.saturating_sub(1));
    }

    /// Shows `step`, on its first row worth selecting.
    pub fn show(&mut self, step: Step) {
        self.item = first_item(&step);
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
