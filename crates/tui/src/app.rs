//! The app's state: which screen, which popups, the open session and whether it is saved, and
//! the inbox where the terminal and the background jobs (`jobs.rs`) post their events.
//! Changes happen only in [`App::update`] (in `update.rs`), fed by the queue (`queue.rs`);
//! drawing reads and changes nothing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use super::forms::FormSpec;
use super::jobs::{Found, Job};
use super::keymap::Context;
use super::msg::{Effect, Msg};
use super::popup::{Cx, Popup};
use super::screens::home::HomeView;
use super::screens::meeting::{MeetingView, marks::Mark};
use super::screens::roster::RosterView;
use super::theme;
use super::words::too_small;
use chibo_core::domain::{Finding, Session, evaluate};
use chibo_core::i18n::Lang;
use chibo_files::store::{IndexEntry, SessionLock, StoreError};

/// Where the time comes from: the local clock in the binary, a fixed one in tests.
pub type Clock = fn() -> DateTime<FixedOffset>;

/// Typed text is committed at least this often, so a crash loses at most this much.
pub const AUTOSAVE: Duration = Duration::from_secs(2);

/// A failed save is tried again this often.
pub(super) const RETRY: Duration = Duration::from_secs(1);

/// The smallest terminal the app draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    Saved,
    /// Text is being typed and not yet committed.
    Unsaved,
    /// The last save failed with this error; it is retried (see [`SaveState::retried`]).
    Failed(StoreError),
    /// The file was changed elsewhere since it was loaded or saved: nothing is written until
    /// the user chooses whose version stays.
    Conflict,
}

impl SaveState {
    /// A failed save that is tried again on the clock: not one refused because the session
    /// would not load again (too large, a name that cannot be written), which only a change
    /// can cure, and every change is saved anyway.
    pub fn retried(&self) -> bool {
        matches!(self, SaveState::Failed(e) if !matches!(e, StoreError::WouldNotLoad { .. }))
    }
}

/// The session being worked on, with what is derived from it after each change.
pub struct Open {
    pub session: Session,
    pub path: PathBuf,
    pub findings: Vec<Finding>,
    pub marks: Vec<Mark>,
    pub save: SaveState,
    /// The file as last loaded or saved: a save checks it is still what is on disk.
    pub fingerprint: chibo_files::store::Fingerprint,
    /// Changed since the last save (only while saves wait for the redraw).
    pub(super) dirty: bool,
    /// Held while the session is open to be changed; `None` when it is open to be read only
    /// (another cell's session, from the roll-up): no lock, nothing written.
    pub(super) lock: Option<SessionLock>,
}

impl Open {
    /// Open to be read only: nothing can change it, sealed or not.
    pub fn read_only(&self) -> bool {
        self.lock.is_none() || self.session.status.is_finalized()
    }

    pub(super) fn refresh(&mut self) {
        self.findings = evaluate(&self.session);
        self.marks = super::screens::meeting::marks::marks(&self.session, &self.findings);
    }
}

pub enum Screen {
    Home(HomeView),
    Summary(super::screens::summary::SummaryView),
    Roster(RosterView),
    Meeting(MeetingView),
}

/// What reaches the app from other threads: the terminal's events, the folder's files, what
/// the background jobs found.
pub enum Input {
    Terminal(Event),
    /// A file read by the reader started as `generation`; older readers' files are dropped.
    Indexed(u64, IndexEntry),
    IndexDone(u64),
    /// A background job's progress or result.
    Job(Job, Found),
    /// The terminal closed or the system asks the app to end (SIGHUP, SIGTERM): typed text is
    /// saved and the lock released.
    Terminate,
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
    /// A confirmation shown in the bottom line until the next key.
    pub notice: Option<String>,
    /// Save after the next redraw instead of at once (the event loop's choice; see `flush`).
    pub(super) save_after_draw: bool,
    pub(super) quit: bool,
    pub(super) inbox: Receiver<Input>,
    pub(super) outbox: Sender<Input>,
    /// The reader of the folder whose files are taken.
    pub(super) generation: u64,
    /// The last background job started.
    pub(super) jobs: Job,
    /// A form whose message is being acted on: a problem sends it back with the reason.
    pub(super) waiting_form: Option<Box<dyn FormSpec>>,
    /// The folder is to be read once the first frame is out (see [`App::start_reading`]).
    read_pending: bool,
}

impl App {
    /// The app on Home, with nothing read yet: [`App::start_reading`] reads the folder in the
    /// background, and the list fills in as files arrive.
    pub fn new(dir: &Path, lang: Lang, clock: Clock) -> Self {
        let (outbox, inbox) = channel();
        App {
            lang,
            dir: dir.to_owned(),
            clock,
            screen: Screen::Home(HomeView::reading(None)),
            popups: Vec::new(),
            open: None,
            typing_since: None,
            notice: None,
            save_after_draw: false,
            quit: false,
            inbox,
            outbox,
            generation: 0,
            jobs: 0,
            waiting_form: None,
            read_pending: true,
        }
    }

    /// Starts reading the folder in the background, once. The event loop calls it after the
    /// first frame, so the reader does not compete with it for the processor.
    pub fn start_reading(&mut self) {
        if std::mem::take(&mut self.read_pending) {
            // The files read before the first frame are not read again.
            let skip = match &self.screen {
                Screen::Home(h) => h.entries.iter().map(|e| e.path.clone()).collect(),
                _ => Vec::new(),
            };
            self.run(vec![Effect::ReadFolder {
                generation: self.generation,
                skip,
            }]);
        }
    }

    /// Where other threads post to the app (the terminal reader of the event loop).
    pub fn sender(&self) -> Sender<Input> {
        self.outbox.clone()
    }

    /// Waits for one input (at most `timeout`, or for ever), acts on it and on the time.
    pub fn wait(&mut self, timeout: Option<Duration>) {
        let input = match timeout {
            Some(t) => self.inbox.recv_timeout(t).ok(),
            None => self.inbox.recv().ok(),
        };
        match input {
            Some(input) => self.input(input),
            // Nothing came before the deadline: the keyboard has been quiet.
            None => self.dispatch(Msg::Quiet(Instant::now())),
        }
        self.dispatch(Msg::Tick(Instant::now()));
    }

    /// Reads the folder's first files on this thread, for `within` at most (one file at
    /// least), before the terminal is set up: the first frame has rows without waiting for a
    /// thread to be scheduled (a new thread can wait milliseconds for a busy processor). The
    /// reader started by [`App::start_reading`] reads the others.
    pub fn read_first(&mut self, within: Duration) {
        if !matches!(&self.screen, Screen::Home(h) if h.loading) {
            return;
        }
        for e in super::jobs::first_files(&self.dir, within) {
            self.dispatch(Msg::Indexed(e));
        }
    }

    /// Acts on every input already waiting, without blocking.
    pub fn pump(&mut self) {
        while let Ok(input) = self.inbox.try_recv() {
            self.input(input);
        }
    }

    /// Blocks until the folder has been read and every background job the screen waits for has
    /// delivered (tests, benches).
    pub fn settle(&mut self) {
        self.start_reading();
        while self.busy() {
            match self.inbox.recv_timeout(Duration::from_secs(30)) {
                Ok(input) => self.input(input),
                Err(_) => break,
            }
        }
    }

    /// Whether something on screen waits for files being read: Home's list, the roll-up, a
    /// member's history.
    pub fn busy(&self) -> bool {
        let screen = match &self.screen {
            Screen::Home(h) => h.loading,
            Screen::Summary(v) => v.reading.is_some(),
            Screen::Roster(_) | Screen::Meeting(_) => false,
        };
        screen
            || self
                .popups
                .iter()
                .any(|p| matches!(p, Popup::Reading { .. }))
    }

    /// Acts on one input, and on everything that follows from it.
    fn input(&mut self, input: Input) {
        match input {
            Input::Terminal(ev) => self.handle(&ev),
            Input::Indexed(g, e) if g == self.generation => self.dispatch(Msg::Indexed(e)),
            Input::IndexDone(g) if g == self.generation => self.dispatch(Msg::IndexDone),
            Input::Indexed(..) | Input::IndexDone(_) => {}
            Input::Job(job, found) => self.dispatch(Msg::Job(job, found)),
            Input::Terminate => self.dispatch(Msg::Terminate),
        }
    }

    /// How long the loop may sleep: until typed text is due to be saved, or a failed save is
    /// due again; for ever when nothing is pending (the app then uses no CPU).
    pub fn next_deadline(&self, now: Instant) -> Option<Duration> {
        let typing = self
            .typing_since
            .map(|t| (t + AUTOSAVE).saturating_duration_since(now));
        let retry = self
            .save_state()
            .is_some_and(SaveState::retried)
            .then_some(RETRY);
        // The meeting's header shows the elapsed minutes.
        let clock = self.open.as_ref().map(|_| Duration::from_secs(30));
        // A guarded question is drawn again when it starts taking keys.
        let guard = match self.popups.last() {
            Some(Popup::Pick(p)) => p.guarded_until().map(|t| t.saturating_duration_since(now)),
            _ => None,
        };
        [typing, retry, clock, guard].into_iter().flatten().min()
    }

    /// A terminal event (keys, paste); key releases are ignored.
    pub fn handle(&mut self, ev: &Event) {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.dispatch(Msg::Key(*k)),
            Event::Paste(s) => self.dispatch(Msg::Paste(s.clone())),
            _ => {}
        }
    }

    /// Lets the event loop draw a change before writing it: the screen answers the key at
    /// once, and the save (two fsyncs) follows before the next key is read.
    pub fn set_save_after_draw(&mut self, on: bool) {
        self.save_after_draw = on;
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

    /// The problem in the message box on top, if one is shown.
    pub fn problem(&self) -> Option<&super::problem::Problem> {
        match self.popups.last() {
            Some(Popup::Error(p)) => Some(p),
            _ => None,
        }
    }

    pub fn session_path(&self) -> Option<&Path> {
        self.open.as_ref().map(|o| o.path.as_path())
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        (self.clock)()
    }

    /// What popups and screens may read.
    pub fn cx(&self) -> Cx<'_> {
        Cx {
            session: self.session(),
            lang: self.lang,
            now: self.now(),
        }
    }

    /// The key table of the screen (under any popup).
    pub fn screen_context(&self) -> Context {
        match &self.screen {
            Screen::Home(_) => Context::Home,
            Screen::Summary(_) => Context::Summary,
            Screen::Roster(_) => Context::Roster {
                read_only: self.open.as_ref().is_some_and(Open::read_only),
            },
            Screen::Meeting(v) => v.context(self.open.as_ref().is_some_and(Open::read_only)),
        }
    }

    /// The key table in effect: the top popup's, else the screen's.
    pub fn context(&self) -> Context {
        self.popups
            .last()
            .map_or_else(|| self.screen_context(), Popup::context)
    }

    /// Autosave of typed text and retry of a failed save; call it often (the loop does).
    pub fn tick(&mut self) {
        self.dispatch(Msg::Tick(Instant::now()));
    }

    pub fn tick_at(&mut self, now: Instant) {
        self.dispatch(Msg::Tick(now));
    }

    /// No input came until `now` (the loop's wait ran out): a guarded question may take keys.
    pub fn quiet_at(&mut self, now: Instant) {
        self.dispatch(Msg::Quiet(now));
    }

    pub fn draw(&self, f: &mut Frame) {
        let area = f.area();
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            let msg = too_small(area.width, area.height, MIN_SIZE, self.lang);
            f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
            return;
        }
        let lang = self.lang;
        match (&self.screen, &self.open) {
            (Screen::Home(v), _) => {
                let folder = self.dir.file_name().map_or_else(
                    || self.dir.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                v.draw(f, area, &folder, lang);
            }
            (Screen::Summary(v), _) => v.draw(f, area, lang),
            (Screen::Roster(v), Some(o)) => {
                v.draw(f, area, &o.session, self.screen_context(), lang);
            }
            (Screen::Meeting(v), Some(o)) => v.draw(f, area, o, self.now(), lang),
            (Screen::Roster(_) | Screen::Meeting(_), None) => {}
        }
        if let Some(n) = &self.notice {
            let bottom = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
            let text = theme::fit(&format!(" {n}"), usize::from(area.width));
            f.render_widget(ratatui::widgets::Clear, bottom);
            f.render_widget(Paragraph::new(text).style(theme::good()), bottom);
        }
        let cx = self.cx();
        for p in &self.popups {
            p.draw(f, area, &cx);
        }
    }

    /// A file of the folder read in the background, or the end of the reading.
    pub(super) fn indexed(&mut self, msg: Msg) {
        let Screen::Home(h) = &mut self.screen else {
            return;
        };
        match msg {
            Msg::Indexed(e) => h.add(e),
            _ => h.loading = false,
        }
    }
    pub(super) fn move_row(&mut self, delta: isize) {
        let lang = self.lang;
        let Some(s) = self.open.as_ref().map(|o| &o.session) else {
            return;
        };
        match &mut self.screen {
            Screen::Meeting(v) => v.move_by(delta, s, lang),
            Screen::Roster(v) => v.move_by(delta, s),
            Screen::Home(_) | Screen::Summary(_) => {}
        }
    }
    /// Reads the folder again, in the background; Home fills in as files arrive.
    pub(super) fn reload(&mut self) -> Vec<Effect> {
        self.generation += 1;
        let generation = self.generation;
        // Home keeps its selection; back from a session, that session is selected.
        let selected = match &self.screen {
            Screen::Home(h) => h.selected_path(),
            _ => self.open.as_ref().map(|o| o.path.clone()),
        };
        self.screen = Screen::Home(HomeView::reading(selected));
        vec![Effect::ReadFolder {
            generation,
            skip: Vec::new(),
        }]
    }
}
