//! One key table per screen: the same list dispatches keys, fills the hint bar and the `?` help,
//! so the three can never drift apart. A table's order is the help's order.

use crate::words::action_label;
use chibo_core::i18n::Lang;

mod help;
mod key;

pub use help::help_rows;
pub use key::Key;

/// Everything a key can ask for, on any screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Help,
    Quit,
    Back,
    Up,
    Down,
    Open,
    NewSession,
    Reload,
    AddMember,
    EditMember,
    RemoveMember,
    ToMeeting,
    ToRoster,
    PrevStep,
    NextStep,
    SwitchPane,
    Edit,
    Present,
    Excused,
    Unexcused,
    Chair,
    MinuteTaker,
    AddGuest,
    AddRemark,
    Delete,
    MoveUp,
    MoveDown,
    Vote,
    UndoVote,
    Level,
    Score,
    Finalize,
    Export,
    Preview,
    Reopen,
    History,
    ChangeSpeaker,
    Import,
    /// The batch count of all members at once.
    BatchVote,
    /// Prints the ballots (the members', or the cell's on its step).
    Ballots,
    /// The committee's roll-up of the folder's cells.
    Rollup,
    // The keys of popups and forms, in the same tables so the hints and `?` show them.
    /// Takes a form or an entry.
    Save,
    /// Takes the highlighted item of a list.
    Pick,
    /// Answers yes.
    Submit,
    Cancel,
    Close,
    /// Leaves the editor; its text is already saved.
    Done,
    NextField,
    PrevField,
    ClearField,
    Choose,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// A key bound to an action. `hint` puts it in the bottom bar; `edits` hides it in review.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub key: Key,
    pub alt: Option<Key>,
    pub action: Action,
    pub hint: bool,
    pub edits: bool,
}

const fn b(key: Key, action: Action) -> Binding {
    Binding {
        key,
        alt: None,
        action,
        hint: true,
        edits: false,
    }
}

impl Binding {
    const fn or(mut self, alt: Key) -> Self {
        self.alt = Some(alt);
        self
    }
    const fn quiet(mut self) -> Self {
        self.hint = false;
        self
    }
    const fn edits(mut self) -> Self {
        self.edits = true;
        self
    }
    pub fn matches(&self, k: Key) -> bool {
        self.key == k || self.alt == Some(k)
    }
    pub fn keys_label(&self) -> String {
        match self.alt {
            Some(a) => format!("{}/{}", self.key.label(), a.label()),
            None => self.key.label(),
        }
    }
    pub fn label(&self, lang: Lang) -> &'static str {
        action_label(self.action, lang)
    }
}

/// The steps of the meeting that have keys of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKeys {
    Opening,
    Collective,
    Member,
    Cell,
    Summary,
    Minutes,
    Close,
}

/// Where the keys are read: a screen, or the popup on top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    /// The committee's roll-up of the folder.
    Summary,
    Roster {
        read_only: bool,
    },
    Meeting {
        step: StepKeys,
        read_only: bool,
    },
    /// A form: typed fields, choices and flags.
    Form,
    /// The multi-line editor of a text of the meeting (saved as it is typed).
    Editor,
    /// A one-line entry (a guest, a reason).
    Line,
    /// The batch count: members × levels.
    Grid,
    Pick,
    Confirm,
    Message,
    Preview,
    Help,
}

impl Context {
    /// Every place keys are read, read-only ones too: what the tests of the tables walk.
    pub fn all() -> Vec<Context> {
        let mut all = vec![
            Context::Home,
            Context::Summary,
            Context::Roster { read_only: false },
            Context::Roster { read_only: true },
        ];
        let steps = [
            StepKeys::Opening,
            StepKeys::Collective,
            StepKeys::Member,
            StepKeys::Cell,
            StepKeys::Summary,
            StepKeys::Minutes,
            StepKeys::Close,
        ];
        for read_only in [false, true] {
            all.extend(steps.map(|step| Context::Meeting { step, read_only }));
        }
        all.extend([
            Context::Form,
            Context::Editor,
            Context::Line,
            Context::Grid,
            Context::Pick,
            Context::Confirm,
            Context::Message,
            Context::Preview,
            Context::Help,
        ]);
        all
    }
}

use Action as A;
use Key as K;

const HOME: &[Binding] = &[
    b(K::Enter, A::Open),
    b(K::Char('n'), A::NewSession),
    b(K::Char('s'), A::Rollup),
    b(K::Char('g'), A::Reload).quiet(),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::Char('?'), A::Help).or(K::F(1)),
    b(K::Char('q'), A::Quit).or(K::Esc),
];

const ROSTER: &[Binding] = &[
    b(K::Char('a'), A::AddMember).edits(),
    b(K::Enter, A::EditMember).edits(),
    b(K::Char('x'), A::RemoveMember).or(K::Delete).edits(),
    b(K::Char('m'), A::ToMeeting),
    b(K::Char('h'), A::History),
    b(K::Char('i'), A::Import).edits(),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::Home, A::Top).quiet(),
    b(K::End, A::Bottom).quiet(),
    b(K::Char('?'), A::Help).or(K::F(1)),
    b(K::Esc, A::Back),
    b(K::Char('q'), A::Quit).quiet(),
];

const OPENING: &[Binding] = &[
    b(K::Char('c'), A::Present).edits(),
    b(K::Char('v'), A::Excused).edits(),
    b(K::Char('k'), A::Unexcused).edits(),
    b(K::Char('t'), A::Chair).edits(),
    b(K::Char('y'), A::MinuteTaker).edits(),
    b(K::Char('g'), A::AddGuest).edits(),
    b(K::Char('x'), A::Delete).or(K::Delete).edits().quiet(),
];

const COLLECTIVE: &[Binding] = &[
    b(K::Char('n'), A::AddRemark).edits(),
    b(K::Char('x'), A::Delete).or(K::Delete).edits(),
    b(K::Char('p'), A::ChangeSpeaker).edits().quiet(),
];

const MEMBER: &[Binding] = &[
    b(K::Char('b'), A::Vote).edits(),
    b(K::Char('n'), A::AddRemark).edits(),
    b(K::Char('l'), A::Level).edits(),
    b(K::Char('s'), A::Score).edits(),
    b(K::Char('x'), A::Delete).or(K::Delete).edits(),
    b(K::Char('['), A::MoveUp).edits().quiet(),
    b(K::Char(']'), A::MoveDown).edits().quiet(),
    b(K::Char('p'), A::ChangeSpeaker).edits().quiet(),
    b(K::Char('z'), A::UndoVote).edits().quiet(),
    b(K::Char('B'), A::BatchVote).edits().quiet(),
    b(K::Char('i'), A::Ballots).quiet(),
];

const CELL: &[Binding] = &[
    b(K::Char('i'), A::Ballots).quiet(),
    b(K::Char('b'), A::Vote).edits(),
    b(K::Char('l'), A::Level).edits(),
    b(K::Char('s'), A::Score).edits(),
    b(K::Char('z'), A::UndoVote).edits().quiet(),
];

const SUMMARY: &[Binding] = &[
    b(K::Char('e'), A::Export),
    b(K::Char('p'), A::Preview),
    b(K::Char('B'), A::BatchVote).edits(),
];

const MINUTES: &[Binding] = &[b(K::Char('b'), A::Vote).edits()];

const CLOSE: &[Binding] = &[
    b(K::Char('f'), A::Finalize).edits(),
    b(K::Char('e'), A::Export),
    b(K::Char('p'), A::Preview),
];

/// Moving on: before the step's own keys, so the hint bar always shows it.
const MEETING_NAV: &[Binding] = &[
    b(K::PageDown, A::NextStep),
    b(K::PageUp, A::PrevStep).quiet(),
];

/// Keys that work on every step of the meeting, after the step's own.
const MEETING: &[Binding] = &[
    b(K::Enter, A::Edit).edits(),
    b(K::Tab, A::SwitchPane),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::Home, A::Top).quiet(),
    b(K::End, A::Bottom).quiet(),
    b(K::Char('r'), A::ToRoster),
    b(K::Char('?'), A::Help).or(K::F(1)),
    b(K::Esc, A::Back),
    b(K::Char('q'), A::Quit).quiet(),
];

const SUMMARY_SCREEN: &[Binding] = &[
    b(K::Enter, A::Open),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::Home, A::Top).quiet(),
    b(K::End, A::Bottom).quiet(),
    b(K::Char('?'), A::Help).or(K::F(1)),
    b(K::Esc, A::Back),
    b(K::Char('q'), A::Quit).quiet(),
];

/// A finalized roster can be reopened from it too.
const ROSTER_REVIEW: &[Binding] = &[b(K::Char('o'), A::Reopen)];

const REVIEW: &[Binding] = &[
    b(K::Char('o'), A::Reopen),
    b(K::Char('e'), A::Export),
    b(K::Char('p'), A::Preview),
];

// Popups. Letters are typed into the fields, so help is F1 where text is typed.
const FORM: &[Binding] = &[
    b(K::Enter, A::Save),
    b(K::Esc, A::Cancel),
    b(K::Tab, A::NextField).or(K::Down),
    b(K::BackTab, A::PrevField).or(K::Up).quiet(),
    b(K::Right, A::Choose).or(K::Left),
    b(K::Ctrl('u'), A::ClearField),
    b(K::F(1), A::Help),
];

const EDITOR: &[Binding] = &[b(K::Esc, A::Done), b(K::F(1), A::Help)];

const GRID: &[Binding] = &[
    b(K::Enter, A::Save),
    b(K::Esc, A::Cancel),
    b(K::Tab, A::NextField).or(K::Right),
    b(K::BackTab, A::PrevField).or(K::Left),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::Ctrl('u'), A::ClearField),
    b(K::F(1), A::Help),
];

const LINE: &[Binding] = &[
    b(K::Enter, A::Save),
    b(K::Esc, A::Cancel),
    b(K::Ctrl('u'), A::ClearField),
    b(K::F(1), A::Help),
];

const PICK: &[Binding] = &[
    b(K::Enter, A::Pick),
    b(K::Esc, A::Cancel),
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::PageUp, A::PageUp).quiet(),
    b(K::PageDown, A::PageDown).quiet(),
    b(K::Home, A::Top).quiet(),
    b(K::End, A::Bottom).quiet(),
    b(K::F(1), A::Help),
];

const CONFIRM: &[Binding] = &[
    b(K::Enter, A::Submit).or(K::Char('c')),
    b(K::Esc, A::Cancel).or(K::Char('k')),
    b(K::Char('y'), A::Submit).quiet(),
    b(K::Char('n'), A::Cancel).quiet(),
    // A long question (an import's table) scrolls.
    b(K::Up, A::Up).quiet(),
    b(K::Down, A::Down).quiet(),
    b(K::PageUp, A::PageUp).quiet(),
    b(K::PageDown, A::PageDown).quiet(),
    b(K::Char('?'), A::Help).or(K::F(1)),
];

const MESSAGE: &[Binding] = &[b(K::Enter, A::Close).or(K::Esc)];

const PREVIEW: &[Binding] = &[
    b(K::Up, A::Up),
    b(K::Down, A::Down),
    b(K::PageUp, A::PageUp),
    b(K::PageDown, A::PageDown),
    b(K::Home, A::Top).quiet(),
    b(K::End, A::Bottom).quiet(),
    b(K::Esc, A::Close).or(K::Char('q')),
    b(K::Char('?'), A::Help).or(K::F(1)),
];

const HELP: &[Binding] = &[b(K::Esc, A::Close).or(K::Enter)];

/// Keys that work everywhere, in popups and forms too, after the place's own: Ctrl+C quits as
/// `q` does (what is typed is saved; a failed save asks first). Terminals send it as a key in
/// raw mode, so it is a binding like any other and the help lists it.
const EVERYWHERE: &[Binding] = &[b(K::Ctrl('c'), A::Quit).quiet()];

/// The bindings in effect in `ctx`, in help order.
pub fn bindings(ctx: Context) -> Vec<Binding> {
    let list: Vec<&[Binding]> = match ctx {
        Context::Home => vec![HOME],
        Context::Summary => vec![SUMMARY_SCREEN],
        Context::Form => vec![FORM],
        Context::Editor => vec![EDITOR],
        Context::Line => vec![LINE],
        Context::Grid => vec![GRID],
        Context::Pick => vec![PICK],
        Context::Confirm => vec![CONFIRM],
        Context::Message => vec![MESSAGE],
        Context::Preview => vec![PREVIEW],
        Context::Help => vec![HELP],
        Context::Roster { read_only: true } => vec![ROSTER_REVIEW, ROSTER],
        Context::Roster { .. } => vec![ROSTER],
        Context::Meeting {
            read_only: true, ..
        } => vec![MEETING_NAV, REVIEW, MEETING],
        Context::Meeting { step, .. } => {
            let own = match step {
                StepKeys::Opening => OPENING,
                StepKeys::Collective => COLLECTIVE,
                StepKeys::Member => MEMBER,
                StepKeys::Cell => CELL,
                StepKeys::Summary => SUMMARY,
                StepKeys::Minutes => MINUTES,
                StepKeys::Close => CLOSE,
            };
            vec![MEETING_NAV, own, MEETING]
        }
    };
    let read_only = matches!(
        ctx,
        Context::Meeting {
            read_only: true,
            ..
        } | Context::Roster { read_only: true }
    );
    list.into_iter()
        .chain([EVERYWHERE])
        .flatten()
        .filter(|b| !(read_only && b.edits))
        .filter(|b| !idle_at_the_ends(ctx, b.action))
        .copied()
        .collect()
}

/// Keys the agenda's ends leave nothing to do: no step before the opening, none after the
/// close, and the close's one row has nowhere to move (`PgUp` goes back).
fn idle_at_the_ends(ctx: Context, action: Action) -> bool {
    match ctx {
        Context::Meeting {
            step: StepKeys::Opening,
            ..
        } => action == Action::PrevStep,
        Context::Meeting {
            step: StepKeys::Close,
            ..
        } => matches!(
            action,
            Action::NextStep | Action::Up | Action::Down | Action::Top | Action::Bottom
        ),
        _ => false,
    }
}

/// The same place when it is not read-only: where a refused key would have worked.
pub(crate) fn editable(ctx: Context) -> Option<Context> {
    match ctx {
        Context::Meeting {
            step,
            read_only: true,
        } => Some(Context::Meeting {
            step,
            read_only: false,
        }),
        Context::Roster { read_only: true } => Some(Context::Roster { read_only: false }),
        _ => None,
    }
}

/// The action bound to `key` in `ctx`, if any.
pub(crate) fn lookup(ctx: Context, key: Key) -> Option<Action> {
    bindings(ctx)
        .into_iter()
        .find(|b| b.matches(key))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests;
