//! Popups on a stack above the screen: help, messages, confirmations, pickers, forms and the text
//! editors. Each is a function of its state and a key that says what should happen
//! ([`Outcome`]); the app pops, pushes and acts, never the popup itself.

mod draw;
pub(crate) mod grid;
mod help;
pub(crate) mod pick;
pub(crate) mod text;

use ratatui::crossterm::event::KeyEvent;

pub(crate) use pick::Picker;
pub(crate) use text::{LineEntry, LineTarget, TextEntry, TextTarget};

use crate::forms::FormSpec;
use crate::keymap::{Action, Context};
use crate::msg::{Msg, Outcome};
use chibo_core::domain::{MemberId, Session};
use chibo_core::i18n::Lang;

/// What a popup may read: the open session and the language.
#[derive(Clone, Copy)]
pub struct Cx<'a> {
    pub session: Option<&'a Session>,
    pub lang: Lang,
    pub now: chrono::DateTime<chrono::FixedOffset>,
}

/// Where a remark goes: `None` until its first save adds it, then its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemarkSlot {
    Contribution(Option<usize>),
    Criticism(MemberId, Option<usize>),
}

/// Whose vote or level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rated {
    Member(MemberId),
    Cell,
}

pub enum Popup {
    /// The keys of the context under it.
    Help(Context),
    Message {
        title: String,
        text: String,
    },
    /// A problem, put in words when drawn.
    Error(crate::problem::Problem),
    /// A job reading many files, with its progress; its result replaces it.
    Reading {
        job: crate::jobs::Job,
        title: String,
        progress: crate::jobs::Progress,
    },
    /// A question; `yes` is acted on when it is answered yes. A long one (an import's table)
    /// is as wide as its lines and scrolled by `scroll` lines; a short one has no scroll.
    Confirm {
        text: String,
        yes: Box<Msg>,
        scroll: Option<usize>,
    },
    Pick(Picker),
    Form(Box<dyn FormSpec>),
    Text(TextEntry),
    Line(LineEntry),
    /// The batch count of every member present.
    Grid(grid::Grid),
    /// The minutes as plain text, scrolled by `scroll` lines.
    Preview {
        lines: Vec<String>,
        scroll: usize,
    },
}

impl Popup {
    pub fn confirm(text: String, yes: Msg) -> Popup {
        Popup::Confirm {
            text,
            yes: Box::new(yes),
            scroll: None,
        }
    }

    /// A question after a long text, a table: as wide as its lines, scrolled with the arrows.
    pub fn confirm_long(text: String, yes: Msg) -> Popup {
        Popup::Confirm {
            text,
            yes: Box::new(yes),
            scroll: Some(0),
        }
    }

    /// The key table in effect while this popup is on top.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help(_) => Context::Help,
            Popup::Message { .. } | Popup::Error(_) | Popup::Reading { .. } => Context::Message,
            Popup::Confirm { .. } => Context::Confirm,
            Popup::Pick(_) => Context::Pick,
            Popup::Form(_) => Context::Form,
            Popup::Text(_) => Context::Editor,
            Popup::Line(_) => Context::Line,
            Popup::Grid(_) => Context::Grid,
            Popup::Preview { .. } => Context::Preview,
        }
    }

    /// What `k` (bound to `action` in this popup's table, if at all) does here.
    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent, cx: &Cx) -> Outcome {
        match self {
            Popup::Help(_) | Popup::Message { .. } | Popup::Error(_) | Popup::Reading { .. } => {
                match action {
                    Some(Action::Close) => Outcome::Close,
                    _ => Outcome::Pass,
                }
            }
            Popup::Confirm { yes, text, scroll } => match action {
                Some(Action::Submit) => {
                    Outcome::Emit(std::mem::replace(yes.as_mut(), Msg::Seq(Vec::new())))
                }
                Some(Action::Cancel) => Outcome::Close,
                _ => {
                    if let Some(at) = scroll {
                        *at = draw::scrolled(*at, text.lines().count(), action).unwrap_or(*at);
                    }
                    Outcome::Stay
                }
            },
            Popup::Pick(p) => p.key(action, k),
            Popup::Form(form) => form.key(action, k, cx),
            Popup::Text(t) => t.key(action, k, cx),
            Popup::Line(l) => l.key(action, k),
            Popup::Grid(g) => g.key(action, k, cx),
            Popup::Preview { lines, scroll } => {
                match draw::scrolled(*scroll, lines.len(), action) {
                    Some(s) => {
                        *scroll = s;
                        Outcome::Stay
                    }
                    None => Outcome::Close,
                }
            }
        }
    }

    /// Pasted text; returns whether typed text changed (to autosave).
    pub fn paste(&mut self, s: &str, cx: &Cx) -> bool {
        match self {
            Popup::Text(t) => t.paste(s),
            Popup::Line(l) => {
                l.paste(s);
                false
            }
            Popup::Form(f) => {
                f.paste(s, cx);
                false
            }
            _ => false,
        }
    }

    pub fn draw(&self, f: &mut ratatui::Frame, area: ratatui::layout::Rect, cx: &Cx) {
        match self {
            Popup::Grid(g) => g.draw(f, area, cx.session, cx.lang),
            _ => draw::popup(self, f, area, cx.lang),
        }
    }
}
