//! The app's state and its update loop: which screen, which popups, the open session and whether
//! it is saved. Every change to the meeting goes through [`App::apply`], which saves at once.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use super::keymap::{self, Action, Context, Key};
use super::persist::{self, SessionLock};
use super::popup::{Confirmed, Popup};
use super::screens::home::HomeView;
use super::screens::meeting::{MeetingView, marks::Mark};
use super::screens::roster::RosterView;
use crate::domain::{Command, Finding, Session, evaluate};
use crate::i18n::Lang;
use crate::tui::words::{T, domain_error, too_small};

/// Where the time comes from: the local clock in the binary, a fixed one in tests.
pub type Clock = fn() -> DateTime<FixedOffset>;

/// Typed text is committed at least this often, so a crash loses at most this much.
pub const AUTOSAVE: Duration = Duration::from_secs(2);

/// The smallest terminal the app draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// Text is being typed and not yet committed.
    Unsaved,
    /// The last save failed with this message; it is retried on every tick.
    Failed(String),
}

/// The session being worked on, with what is derived from it after each change.
pub struct Open {
    pub session: Session,
    pub path: PathBuf,
    pub findings: Vec<Finding>,
    pub marks: Vec<Mark>,
    pub save: SaveState,
    /// Changed since the last save (only while saves wait for the redraw).
    dirty: bool,
    _lock: SessionLock,
}

impl Open {
    fn refresh(&mut self) {
        self.findings = evaluate(&self.session);
        self.marks = super::screens::meeting::marks::marks(&self.session, &self.findings);
    }
}

pub enum Screen {
    Home(HomeView),
    Roster(RosterView),
    Meeting(MeetingView),
}

pub struct App {
    pub lang: Lang,
    pub dir: PathBuf,
    pub clock: Clock,
    pub screen: Screen,
    pub popups: Vec<Popup>,
    pub open: Option<Open>,
    /// When the text in the editor first changed since its last commit.
    pub typing_since: Option<Instant>,
    /// Save after the next redraw instead of at once (the event loop's choice; see `flush`).
    save_after_draw: bool,
    quit: bool,
}

impl App {
    pub fn new(dir: &Path, lang: Lang, clock: Clock) -> Self {
        App {
            lang,
            dir: dir.to_owned(),
            clock,
            screen: Screen::Home(HomeView::load(dir)),
            popups: Vec::new(),
            open: None,
            typing_since: None,
            save_after_draw: false,
            quit: false,
        }
    }

    /// Lets the event loop draw a change before writing it: the screen answers the key in
    /// about a millisecond, and the save (two fsyncs) follows before the next key is read.
    pub fn set_save_after_draw(&mut self, on: bool) {
        self.save_after_draw = on;
    }

    /// Writes a change that waited for the redraw.
    pub fn flush(&mut self) {
        if let Some(o) = &mut self.open
            && o.dirty
        {
            o.dirty = false;
            self.save();
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn session(&self) -> Option<&Session> {
        self.open.as_ref().map(|o| &o.session)
    }

    pub fn save_state(&self) -> Option<&SaveState> {
        self.open.as_ref().map(|o| &o.save)
    }

    pub fn session_path(&self) -> Option<&Path> {
        self.open.as_ref().map(|o| o.path.as_path())
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        (self.clock)()
    }

    /// Applies a change to the open session and saves it; a refused change shows why.
    pub fn apply(&mut self, cmd: Command) -> bool {
        let now = self.now();
        let lang = self.lang;
        let Some(open) = &mut self.open else {
            return false;
        };
        match open.session.apply(cmd, now) {
            Ok(()) => {
                open.refresh();
                if let Screen::Meeting(v) = &mut self.screen {
                    v.clamp(&open.session, lang);
                }
                if self.save_after_draw {
                    open.dirty = true;
                } else {
                    self.save();
                }
                true
            }
            Err(e) => {
                self.show_error(domain_error(&e, lang));
                false
            }
        }
    }

    /// Writes the session; a failure is shown once and retried on each tick.
    pub fn save(&mut self) {
        let lang = self.lang;
        let Some(open) = &mut self.open else { return };
        match persist::save(&open.path, &open.session) {
            Ok(()) => {
                if self.typing_since.is_none() {
                    open.save = SaveState::Saved;
                }
            }
            Err(e) => {
                let msg = e.message(lang);
                let first = !matches!(open.save, SaveState::Failed(_));
                open.save = SaveState::Failed(msg.clone());
                if first {
                    self.show_error(format!("{}\n{msg}", T::SaveFailed.get(lang)));
                }
            }
        }
    }

    pub fn show_error(&mut self, text: String) {
        self.popups.push(Popup::Message {
            title: T::Error.get(self.lang).to_owned(),
            text,
            error: true,
        });
    }

    /// Opens a session file with its lock and goes to the meeting (or to review when sealed).
    pub fn open_session(&mut self, path: &Path) -> bool {
        let lang = self.lang;
        let lock = match persist::lock(path) {
            Ok(l) => l,
            Err(e) => {
                self.show_error(e.message(lang));
                return false;
            }
        };
        let session = match persist::load(path) {
            Ok(s) => s,
            Err(e) => {
                self.show_error(e.message(lang));
                return false;
            }
        };
        let mut open = Open {
            session,
            path: path.to_owned(),
            findings: Vec::new(),
            marks: Vec::new(),
            save: SaveState::Saved,
            dirty: false,
            _lock: lock,
        };
        open.refresh();
        let view = MeetingView::new(&open.session);
        self.open = Some(open);
        self.screen = Screen::Meeting(view);
        true
    }

    /// Back to the home screen, releasing the session's lock.
    pub fn close_session(&mut self) {
        self.commit_text();
        self.flush();
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.save();
            if matches!(self.save_state(), Some(SaveState::Failed(_))) {
                return;
            }
        }
        self.open = None;
        self.screen = Screen::Home(HomeView::load(&self.dir));
    }

    /// Quits, unless a save has failed: then it asks first.
    pub fn request_quit(&mut self) {
        self.commit_text();
        self.flush();
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.save();
        }
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.popups.push(Popup::Confirm {
                text: T::QuitUnsaved.get(self.lang).to_owned(),
                action: Confirmed::Quit,
            });
        } else {
            self.quit = true;
        }
    }

    pub fn force_quit(&mut self) {
        self.quit = true;
    }

    /// Which key table is in effect.
    pub fn context(&self) -> Context {
        match &self.screen {
            Screen::Home(_) => Context::Home,
            Screen::Roster(_) => Context::Roster {
                read_only: self.session().is_some_and(|s| s.status.is_finalized()),
            },
            Screen::Meeting(v) => v.context(self.session()),
        }
    }

    pub fn handle(&mut self, ev: &Event) {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.on_key(*k),
            Event::Paste(s) => self.on_paste(s),
            _ => {}
        }
    }

    fn on_key(&mut self, k: KeyEvent) {
        if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL) {
            self.request_quit();
            return;
        }
        if let Some(p) = self.popups.pop() {
            self.popup_key(p, k);
            return;
        }
        let Some(key) = Key::from_event(&k) else {
            return;
        };
        let ctx = self.context();
        let Some(action) = keymap::lookup(ctx, key) else {
            return;
        };
        match action {
            Action::Help => self.popups.push(Popup::Help(ctx)),
            Action::Quit => self.request_quit(),
            _ => match self.screen {
                Screen::Home(_) => self.home_action(action),
                Screen::Roster(_) => self.roster_action(action),
                Screen::Meeting(_) => self.meeting_action(action),
            },
        }
    }

    fn on_paste(&mut self, s: &str) {
        let changed = match self.popups.last_mut() {
            Some(Popup::Text { editor, .. }) => editor.paste(s),
            Some(Popup::Form { form, .. }) => {
                form.paste(s);
                false
            }
            _ => false,
        };
        if changed {
            self.typing_since.get_or_insert_with(Instant::now);
            if let Some(o) = &mut self.open {
                o.save = SaveState::Unsaved;
            }
        }
    }

    /// Autosave of typed text and retry of a failed save; call it often (the loop does).
    pub fn tick(&mut self) {
        self.tick_at(Instant::now());
    }

    pub fn tick_at(&mut self, now: Instant) {
        self.flush();
        if self
            .typing_since
            .is_some_and(|t| now.saturating_duration_since(t) >= AUTOSAVE)
        {
            self.commit_text();
        }
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.save();
        }
    }

    pub fn draw(&self, f: &mut Frame) {
        let area = f.area();
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            let msg = too_small(area.width, area.height, MIN_SIZE, self.lang);
            f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
            return;
        }
        match &self.screen {
            Screen::Home(v) => v.draw(f, area, self),
            Screen::Roster(v) => v.draw(f, area, self),
            Screen::Meeting(v) => v.draw(f, area, self),
        }
        let full = Rect::new(0, 0, area.width, area.height);
        for p in &self.popups {
            p.draw(f, full, self);
        }
    }
}
