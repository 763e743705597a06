//! [`App::update`]: the one place that acts on a message. It is the only caller of
//! `Session::apply` and of the store; screens and popups only say what should happen.

use std::path::Path;
use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use super::app::{App, Open, SaveState, Screen};
use super::keymap::{self, Action, Key};
use super::msg::{Msg, NewSession, Outcome};
use super::popup::Popup;
use super::screens::meeting::MeetingView;
use super::screens::roster::RosterView;
use super::words::{T, domain_error};
use chibo_core::domain::Command;
use chibo_core::i18n::name_error;
use chibo_files::store;

/// Why a message could not be acted on, in the user's words.
type Problem = String;

impl App {
    /// Acts on `msg`. A problem is shown in a message box, except that a form whose message
    /// fails is shown again with the reason (see [`Outcome::Emit`]).
    pub fn update(&mut self, msg: Msg) {
        if let Err(problem) = self.act(msg) {
            self.popups.push(Popup::error(self.lang, problem));
        }
    }

    fn act(&mut self, msg: Msg) -> Result<(), Problem> {
        match msg {
            Msg::Key(k) => {
                self.notice = None;
                self.key(k);
            }
            Msg::Paste(s) => self.paste(&s),
            Msg::Tick(now) => self.on_tick(now),
            Msg::Indexed(_) | Msg::IndexDone => self.indexed(msg),
            Msg::Apply(cmd) => self.apply(cmd)?,
            Msg::Seq(list) => {
                for m in list {
                    self.act(m)?;
                }
            }
            Msg::Push(p) => self.popups.push(p),
            Msg::ClosePopup => {
                self.popups.pop();
            }
            Msg::MoveRow(d) => self.move_row(d),
            Msg::EditRemark { slot, speaker } => {
                if let Some(s) = self.session() {
                    let target = super::popup::TextTarget::Remark { slot, speaker };
                    let p = super::screens::meeting::text_editor(s, target, self.lang);
                    self.popups.push(p);
                }
            }
            Msg::OpenSession(path) => self.open_session(&path, false)?,
            Msg::ReadSession(path) => self.open_session(&path, true)?,
            Msg::CreateSession(n) => self.create_session(*n)?,
            Msg::CloseSession => self.close_session(),
            Msg::ShowRoster => {
                self.commit_text();
                self.screen = Screen::Roster(RosterView::default());
            }
            Msg::ShowMeeting => {
                if let Some(s) = self.session() {
                    self.screen = Screen::Meeting(MeetingView::new(s));
                }
            }
            Msg::Goto(step) => self.goto(step),
            Msg::Export(_) | Msg::Paper(..) | Msg::Preview | Msg::History(_) | Msg::Import(_) => {
                self.effect(msg)?
            }
            Msg::Resolve(choice) => self.resolve(choice)?,
            Msg::Reload => self.reload(),
            Msg::CountingTeam(text) => {
                let team = self.session().map(|s| s.counting_team_named(&text));
                if let Some(cmd) = team.transpose().map_err(|e| name_error(&e, self.lang))? {
                    self.apply(cmd)?;
                }
            }
            Msg::ShowRollup => self.screen = Screen::Summary(super::effects::rollup(&self.dir)),
            Msg::Quit => self.request_quit(),
            Msg::ForceQuit => self.quit = true,
            Msg::Error(e) => return Err(e),
            Msg::Notice(n) => self.notice = Some(n),
        }
        Ok(())
    }

    /// What reads the open session to write or show something else: exports, the preview,
    /// a member's history.
    fn effect(&mut self, msg: Msg) -> Result<(), Problem> {
        let lang = self.lang;
        let Some(open) = &self.open else {
            return Ok(());
        };
        match msg {
            Msg::Export(format) => {
                let formats = format.map_or(chibo_docs::Format::ALL.to_vec(), |f| vec![f]);
                let mut written = Vec::new();
                for f in formats {
                    written.push(super::effects::export(open, f, lang)?);
                }
                self.notice = Some(super::effects::written(&written, lang));
            }
            Msg::Paper(paper, format) => {
                let out = super::effects::paper(open, paper, format, lang)?;
                self.notice = Some(super::effects::written(&[out], lang));
            }
            Msg::Preview => {
                let lines = super::effects::preview(&open.session, lang)?;
                self.popups.push(Popup::Preview { lines, scroll: 0 });
            }
            Msg::History(id) => {
                let p = super::effects::history(&self.dir, open, &id, lang);
                self.popups.push(p);
            }
            Msg::Import(file) => {
                let p = super::effects::import(&open.session, &file, lang)?;
                self.popups.push(p);
            }
            _ => {}
        }
        Ok(())
    }

    /// Whose version stays after a change made elsewhere.
    fn resolve(&mut self, choice: super::msg::Resolution) -> Result<(), Problem> {
        let Some(open) = &mut self.open else {
            return Ok(());
        };
        self.notice = super::effects::resolve(open, choice, self.lang)?;
        open.refresh();
        if let Screen::Meeting(v) = &mut self.screen {
            v.clamp(&open.session, self.lang);
        }
        Ok(())
    }

    /// A key: help and quit wherever they are bound (Ctrl+C is bound everywhere, popups
    /// included), then the top popup, else the screen.
    fn key(&mut self, k: KeyEvent) {
        let ctx = self.context();
        let action = Key::from_event(&k).and_then(|key| keymap::lookup(ctx, key));
        match action {
            Some(Action::Help) => return self.popups.push(Popup::Help(ctx)),
            Some(Action::Quit) => return self.update(Msg::Quit),
            _ => {}
        }
        let Some(mut top) = self.popups.pop() else {
            match action {
                Some(a) => self.screen_action(a),
                None => self.refused(ctx, &k),
            }
            return;
        };
        let outcome = top.key(action, &k, &self.cx());
        self.outcome(top, outcome, k);
    }

    /// Acts on what a key did to the popup `top` (taken off the stack to be asked).
    fn outcome(&mut self, top: Popup, outcome: Outcome, k: KeyEvent) {
        let editor = matches!(top, Popup::Text(_));
        match outcome {
            Outcome::Stay => self.popups.push(top),
            Outcome::Typed => {
                self.popups.push(top);
                self.typing();
            }
            Outcome::Close => {}
            Outcome::Emit(msg) => match top {
                Popup::Form(mut f) => {
                    if let Err(problem) = self.act(msg) {
                        // The form comes back as typed, with the reason.
                        f.set_error(problem);
                        self.popups.push(Popup::Form(f));
                    }
                }
                _ => self.update(msg),
            },
            Outcome::Pass => self.key(k),
            Outcome::Ask { text, yes } => {
                self.popups.push(top);
                self.popups.push(Popup::confirm(text, yes));
            }
        }
        if editor && !self.popups.iter().any(|p| matches!(p, Popup::Text(_))) {
            self.typing_since = None;
            self.mark_typed_saved();
        }
    }

    /// A key that would change a finalized session says why it does nothing.
    fn refused(&mut self, ctx: keymap::Context, k: &KeyEvent) {
        let editable = keymap::editable(ctx);
        let bound = Key::from_event(k)
            .zip(editable)
            .and_then(|(key, e)| keymap::lookup(e, key));
        if bound.is_some() {
            self.notice = Some(T::ReadOnlyWhy.get(self.lang).to_owned());
        }
    }

    fn screen_action(&mut self, action: Action) {
        let cx = super::popup::Cx {
            session: self.open.as_ref().map(|o| &o.session),
            lang: self.lang,
            now: (self.clock)(),
        };
        let msg = match &mut self.screen {
            Screen::Home(v) => v.on_action(action, &cx),
            Screen::Roster(v) => cx.session.and_then(|s| v.on_action(action, s, cx.lang)),
            Screen::Meeting(v) => v.on_action(action, &cx),
            Screen::Summary(v) => v.on_action(action),
        };
        if let Some(m) = msg {
            self.update(m);
        }
    }

    fn paste(&mut self, s: &str) {
        if self.popups.last_mut().is_some_and(|p| p.paste(s)) {
            self.typing();
        }
    }

    /// Text changed in the editor: it is saved within [`super::AUTOSAVE`].
    fn typing(&mut self) {
        self.typing_since.get_or_insert_with(Instant::now);
        if let Some(o) = &mut self.open {
            o.save = SaveState::Unsaved;
        }
    }

    fn mark_typed_saved(&mut self) {
        if let Some(o) = &mut self.open
            && o.save == SaveState::Unsaved
        {
            o.save = SaveState::Saved;
        }
    }

    fn on_tick(&mut self, now: Instant) {
        self.flush();
        if self
            .typing_since
            .is_some_and(|t| now.saturating_duration_since(t) >= super::AUTOSAVE)
        {
            self.commit_text();
        }
        // The loop wakes for a retry at most every `RETRY` when idle.
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.save();
        }
    }

    /// Applies a change to the open session and saves it.
    fn apply(&mut self, cmd: Command) -> Result<(), Problem> {
        let now = self.now();
        let lang = self.lang;
        let Some(open) = &mut self.open else {
            return Ok(());
        };
        if open.lock.is_none() {
            return Err(T::OpenToRead.get(lang).to_owned());
        }
        open.session
            .apply(cmd, now)
            .map_err(|e| domain_error(&e, lang))?;
        open.refresh();
        if let Screen::Meeting(v) = &mut self.screen {
            v.clamp(&open.session, lang);
        }
        if self.save_after_draw {
            open.dirty = true;
        } else {
            self.save();
        }
        Ok(())
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

    /// Writes the session; a failure is shown once and retried on ticks.
    fn save(&mut self) {
        let lang = self.lang;
        let Some(open) = &mut self.open else { return };
        if open.save == SaveState::Conflict {
            // Nothing is written until the user has chosen whose version stays; the question
            // comes back if it was put aside.
            if !matches!(self.popups.last(), Some(Popup::Pick(_))) {
                self.popups
                    .push(super::effects::conflict_question(&open.path, lang));
            }
            return;
        }
        match store::save_if_unchanged(&open.path, &open.session, &open.fingerprint) {
            Ok(fp) => {
                open.fingerprint = fp;
                if self.typing_since.is_none() {
                    open.save = SaveState::Saved;
                }
            }
            Err(store::StoreError::ChangedOnDisk { .. }) => {
                open.save = SaveState::Conflict;
                self.popups
                    .push(super::effects::conflict_question(&open.path, lang));
            }
            Err(e) => {
                let msg = e.message(lang);
                let first = !matches!(open.save, SaveState::Failed(_));
                open.save = SaveState::Failed(msg.clone());
                if first {
                    let text = format!("{}\n{msg}", T::SaveFailed.get(lang));
                    self.popups.push(Popup::error(lang, text));
                }
            }
        }
    }

    /// Commits the text being typed, if any, keeping the editor open.
    pub fn commit_text(&mut self) {
        self.typing_since = None;
        let lang = self.lang;
        // The editor may lie under an error box; it is the topmost editor that counts.
        let Some(Popup::Text(entry)) = self
            .popups
            .iter()
            .rev()
            .find(|p| matches!(p, Popup::Text(_)))
        else {
            return;
        };
        let Some(cmd) = self.session().and_then(|s| entry.commit(s)) else {
            return self.mark_typed_saved();
        };
        if let Err(problem) = self.apply(cmd) {
            self.popups.push(Popup::error(lang, problem));
            return;
        }
        if let (Some(s), Some(Popup::Text(entry))) = (
            self.open.as_ref().map(|o| &o.session),
            self.popups
                .iter_mut()
                .rev()
                .find(|p| matches!(p, Popup::Text(_))),
        ) {
            entry.added(s);
        }
        self.mark_typed_saved();
    }

    fn goto(&mut self, step: chibo_core::domain::Step) {
        self.commit_text();
        let read_only = self.open.as_ref().is_none_or(Open::read_only);
        if !read_only && self.apply(Command::Goto(step.clone())).is_err() {
            return;
        }
        if let Screen::Meeting(v) = &mut self.screen {
            v.show(step);
        }
    }

    /// Opens a session file with its lock and goes to the meeting (or to review when sealed).
    /// Opens a session to work on it (with its lock), or, `read_only`, only to read it.
    fn open_session(&mut self, path: &Path, read_only: bool) -> Result<(), Problem> {
        let lang = self.lang;
        let lock = if read_only {
            None
        } else {
            Some(store::lock(path).map_err(|e| e.message(lang))?)
        };
        let (session, fingerprint) =
            store::load_with_fingerprint(path).map_err(|e| e.message(lang))?;
        let mut open = Open {
            session,
            path: path.to_owned(),
            findings: Vec::new(),
            marks: Vec::new(),
            save: SaveState::Saved,
            fingerprint,
            dirty: false,
            lock,
        };
        open.refresh();
        self.screen = Screen::Meeting(MeetingView::new(&open.session));
        self.open = Some(open);
        Ok(())
    }

    fn create_session(&mut self, n: NewSession) -> Result<(), Problem> {
        let path = store::create(&self.dir, &n).map_err(|e| e.message(self.lang))?;
        self.open_session(&path, false)?;
        // A new session starts with its roster.
        self.screen = Screen::Roster(RosterView::default());
        Ok(())
    }

    /// Commits what is typed, writes what waits, tries a failed save once more: whether all
    /// is on disk now (a failed save or a conflict says no).
    fn all_saved(&mut self) -> bool {
        self.commit_text();
        self.flush();
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            self.save();
        }
        !matches!(
            self.save_state(),
            Some(SaveState::Failed(_) | SaveState::Conflict)
        )
    }

    /// Back to Home, releasing the session's lock; not while a save is failing.
    fn close_session(&mut self) {
        if !self.all_saved() {
            return;
        }
        self.popups.clear();
        // The folder is read while the session is still open, so Home comes back on it.
        self.reload();
        self.open = None;
    }

    /// Quits, unless a save has failed: then it asks first.
    fn request_quit(&mut self) {
        if !self.all_saved() {
            let text = T::QuitUnsaved.get(self.lang).to_owned();
            self.popups.push(Popup::confirm(text, Msg::ForceQuit));
        } else {
            self.quit = true;
        }
    }
}
