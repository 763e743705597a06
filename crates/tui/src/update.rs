//! [`App::update`]: the one place that acts on a message. It is the only caller of
//! `Session::apply`; it changes the app's state and returns what should happen outside it
//! ([`Effect`]s: saves, exports, reads), which the queue (`queue.rs`) performs. Screens and
//! popups only say what should happen; saving is in `update/save.rs`.

mod save;

use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use super::app::{App, Open, SaveState, Screen};
use super::jobs::{Found, Job};
use super::keymap::{self, Action, Key};
use super::msg::{Effect, Leave, Msg, Outcome};
use super::popup::Popup;
use super::problem::Problem;
use super::screens::meeting::MeetingView;
use super::screens::roster::RosterView;
use super::screens::summary::SummaryView;
use super::words::{T, problem};
use chibo_core::domain::{Command, MemberId};

impl App {
    /// Acts on `msg`: changes the app's state and returns, in order, what should happen outside
    /// it. A problem is shown — in the form whose message failed, else in a message box — and
    /// what was queued after the message is dropped ([`Effect::Abort`]).
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match self.act(msg) {
            Ok(effects) => effects,
            Err(problem) => {
                self.show(problem);
                vec![Effect::Abort]
            }
        }
    }

    fn act(&mut self, msg: Msg) -> Result<Vec<Effect>, Problem> {
        let effects = match msg {
            Msg::Key(k) => {
                self.notice = None;
                self.key(k)
            }
            Msg::Paste(s) => {
                self.paste(&s);
                Vec::new()
            }
            Msg::Tick(now) => self.on_tick(now),
            Msg::Quiet(now) => {
                if let Some(Popup::Pick(p)) = self.popups.last_mut() {
                    p.lift(now);
                }
                Vec::new()
            }
            Msg::Indexed(_) | Msg::IndexDone => {
                self.indexed(msg);
                Vec::new()
            }
            Msg::Job(job, found) => {
                self.found(job, found);
                Vec::new()
            }
            Msg::Apply(cmd) => self.apply_and_follow(cmd)?,
            Msg::Seq(list) => list.into_iter().map(Effect::Send).collect(),
            Msg::CountingTeam(text) => match self.session() {
                Some(s) => {
                    let cmd = s.counting_team_named(&text)?;
                    self.apply(cmd)?
                }
                None => Vec::new(),
            },
            Msg::Saved(result) => {
                self.saved(result);
                Vec::new()
            }
            Msg::Error(e) => return Err(e),
            msg => self.navigate(msg),
        };
        Ok(effects)
    }

    /// Messages that move between screens and popups, or ask for files to be read or written.
    fn navigate(&mut self, msg: Msg) -> Vec<Effect> {
        let effect = match msg {
            Msg::OpenSession(path) => Effect::Open {
                path,
                read_only: false,
            },
            Msg::ReadSession(path) => Effect::Open {
                path,
                read_only: true,
            },
            Msg::CreateSession(n) => Effect::Create(n),
            // A new session starts with its roster.
            Msg::Created(path) => {
                return vec![
                    Effect::Open {
                        path,
                        read_only: false,
                    },
                    Effect::Send(Msg::ShowRoster),
                ];
            }
            Msg::Export(format) => Effect::Export(format),
            Msg::Paper(paper, format) => Effect::Paper(paper, format),
            Msg::Papers(list) => Effect::Papers(list),
            Msg::Preview => Effect::Preview,
            Msg::Import(file) => Effect::Import(file),
            Msg::Resolve(choice) => return self.resolve(choice),
            Msg::ForceQuit => Effect::Quit,
            Msg::History(id) => return self.history(id),
            Msg::ShowRollup => return self.show_rollup(),
            Msg::Reload => return self.reload(),
            Msg::CloseSession => return self.leave(Leave::Close),
            Msg::Quit => return self.leave(Leave::Quit),
            Msg::AllSaved(leave) => return self.all_saved(leave),
            Msg::Terminate => return self.terminate(),
            Msg::ShowRoster => {
                let effects = self.commit();
                self.screen = Screen::Roster(RosterView::default());
                return effects;
            }
            Msg::Goto(step) => return self.goto(step),
            msg => {
                self.show_msg(msg);
                return Vec::new();
            }
        };
        vec![effect]
    }

    /// Messages that only change what is shown.
    fn show_msg(&mut self, msg: Msg) {
        match msg {
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
            Msg::ShowMeeting => {
                if let Some(s) = self.session() {
                    self.screen = Screen::Meeting(MeetingView::new(s));
                }
            }
            Msg::Opened(open) => self.opened(*open),
            Msg::Resolved(r) => self.resolved(*r),
            Msg::FormAccepted => self.waiting_form = None,
            Msg::Notice(n) => self.notice = Some(n),
            _ => {}
        }
    }

    /// A problem goes back to the form that sent the failed message, as typed, with the reason;
    /// any other in a message box.
    fn show(&mut self, p: Problem) {
        match self.waiting_form.take() {
            Some(mut form) => {
                form.set_error(problem(&p, self.lang));
                self.popups.push(Popup::Form(form));
            }
            None => self.popups.push(Popup::Error(p)),
        }
    }

    /// A key: help and quit wherever they are bound (Ctrl+C is bound everywhere, popups
    /// included), then the top popup, else the screen.
    fn key(&mut self, k: KeyEvent) -> Vec<Effect> {
        // A question that came while typing takes no key typed before it appeared, nor any
        // until the keyboard has been quiet a moment (help and quit included).
        if let Some(Popup::Pick(p)) = self.popups.last_mut()
            && p.holds(Instant::now())
        {
            return Vec::new();
        }
        let ctx = self.context();
        let action = Key::from_event(&k).and_then(|key| keymap::lookup(ctx, key));
        match action {
            Some(Action::Help) => {
                self.popups.push(Popup::Help(ctx));
                return Vec::new();
            }
            Some(Action::Quit) => return vec![Effect::Send(Msg::Quit)],
            _ => {}
        }
        let Some(mut top) = self.popups.pop() else {
            return match action {
                Some(a) => self.screen_action(a),
                None => {
                    self.refused(ctx, &k);
                    Vec::new()
                }
            };
        };
        let outcome = top.key(action, &k, &self.cx());
        self.outcome(top, outcome, k)
    }

    /// Acts on what a key did to the popup `top` (taken off the stack to be asked).
    fn outcome(&mut self, top: Popup, outcome: Outcome, k: KeyEvent) -> Vec<Effect> {
        let editor = matches!(top, Popup::Text(_));
        let effects = match outcome {
            Outcome::Stay => {
                self.popups.push(top);
                Vec::new()
            }
            Outcome::Typed => {
                self.popups.push(top);
                self.typing();
                Vec::new()
            }
            Outcome::Close => Vec::new(),
            Outcome::Emit(msg) => match top {
                Popup::Form(f) => {
                    // Kept aside while its message is acted on: a problem brings it back.
                    self.waiting_form = Some(f);
                    vec![Effect::Send(msg), Effect::Send(Msg::FormAccepted)]
                }
                _ => vec![Effect::Send(msg)],
            },
            Outcome::Pass => vec![Effect::Send(Msg::Key(k))],
            Outcome::Ask { text, yes } => {
                self.popups.push(top);
                self.popups.push(Popup::confirm(text, yes));
                Vec::new()
            }
        };
        if editor && !self.popups.iter().any(|p| matches!(p, Popup::Text(_))) {
            self.typing_since = None;
            self.mark_typed_saved();
        }
        effects
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

    fn screen_action(&mut self, action: Action) -> Vec<Effect> {
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
        msg.map(Effect::Send).into_iter().collect()
    }

    fn paste(&mut self, s: &str) {
        let Some(mut top) = self.popups.pop() else {
            return;
        };
        let typed = top.paste(s, &self.cx());
        self.popups.push(top);
        if typed {
            self.typing();
        }
    }

    /// Text changed in the editor: it is saved within [`super::AUTOSAVE`]. A failed save or a
    /// change made elsewhere stays what the header says: typing does not make it go away.
    fn typing(&mut self) {
        self.typing_since.get_or_insert_with(Instant::now);
        if let Some(o) = &mut self.open
            && o.save == SaveState::Saved
        {
            o.save = SaveState::Unsaved;
        }
    }

    fn goto(&mut self, step: chibo_core::domain::Step) -> Vec<Effect> {
        let mut effects = self.commit();
        let read_only = self.open.as_ref().is_none_or(Open::read_only);
        if !read_only {
            match self.apply(Command::Goto(step.clone())) {
                Ok(more) => save::merge(&mut effects, more),
                Err(_) => return effects,
            }
        }
        if let Screen::Meeting(v) = &mut self.screen {
            v.show(step);
        }
        effects
    }

    /// A session read: it is shown on its meeting (or its review, when sealed).
    fn opened(&mut self, mut open: Open) {
        open.refresh();
        self.screen = Screen::Meeting(MeetingView::new(&open.session));
        self.open = Some(open);
    }

    /// The next background job's number.
    fn next_job(&mut self) -> Job {
        self.jobs += 1;
        self.jobs
    }

    /// A member's levels across the folder: the popup shows the reading until they arrive.
    fn history(&mut self, member: MemberId) -> Vec<Effect> {
        let Some(s) = self.session() else {
            return Vec::new();
        };
        let name = s.member_name(&member).to_owned();
        let title = format!("{} — {name}", T::HistoryTitle.get(self.lang));
        let job = self.next_job();
        self.popups.push(Popup::Reading {
            job,
            title,
            progress: super::jobs::Progress::default(),
        });
        vec![Effect::ReadHistory { job, member }]
    }

    /// The roll-up: its screen shows the reading until it arrives.
    fn show_rollup(&mut self) -> Vec<Effect> {
        let job = self.next_job();
        self.screen = Screen::Summary(SummaryView::reading(job));
        vec![Effect::ReadRollup(job)]
    }

    /// What a background job found, if what waits for it is still there.
    fn found(&mut self, job: Job, found: Found) {
        let lang = self.lang;
        let popup = self
            .popups
            .iter_mut()
            .find(|p| matches!(p, Popup::Reading { job: j, .. } if *j == job));
        if let Some(p) = popup {
            if let Popup::Reading {
                title, progress, ..
            } = p
            {
                match found {
                    Found::Progress(now) => *progress = later(*progress, now),
                    Found::History(lines) => {
                        let title = std::mem::take(title);
                        let text = if lines.is_empty() {
                            T::NoHistory.get(lang).to_owned()
                        } else {
                            lines.join("\n")
                        };
                        *p = Popup::Message { title, text };
                    }
                    Found::Rollup(_) => {}
                }
            }
            return;
        }
        if let Screen::Summary(v) = &mut self.screen
            && let Some((j, progress)) = &mut v.reading
            && *j == job
        {
            match found {
                Found::Progress(now) => *progress = later(*progress, now),
                Found::Rollup(r) => {
                    v.rollup = *r;
                    v.reading = None;
                }
                Found::History(_) => {}
            }
        }
    }
}

/// The further of two reports of one job: the reading threads may report out of order.
fn later(a: super::jobs::Progress, b: super::jobs::Progress) -> super::jobs::Progress {
    if b.total.is_some() && b.done >= a.done {
        b
    } else {
        a
    }
}
