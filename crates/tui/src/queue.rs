//! The queue, as gitui's: a message and all that follows from it. [`App::update`] decides and
//! returns [`Effect`]s; the queue performs them in order, and each result comes back as a
//! message that is acted on before the next effect runs (depth first), so a save's outcome is
//! known before the message queued after it. `update` never performs an effect nor calls
//! itself; [`App::perform`] touches the world (files, threads) and changes no state.

use std::collections::VecDeque;
use std::sync::mpsc::Sender;

use super::app::{App, Input};
use super::effects;
use super::jobs;
use super::msg::{Effect, Msg};
use super::popup::Popup;
use chibo_docs::Format;
use chibo_files::store;

impl App {
    /// Acts on `msg` and on all that follows from it.
    pub(crate) fn dispatch(&mut self, msg: Msg) {
        self.run(vec![Effect::Send(msg)]);
    }

    /// Performs `effects` (as [`App::update`] returned them) in order, each with all that
    /// follows from it.
    pub fn run(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            let next = match effect {
                Effect::Send(msg) => self.update(msg),
                Effect::Abort => {
                    queue.clear();
                    Vec::new()
                }
                Effect::Quit => {
                    self.quit = true;
                    Vec::new()
                }
                other => self.perform(other).map(Effect::Send).into_iter().collect(),
            };
            // What follows from an effect comes before what was queued after it.
            for e in next.into_iter().rev() {
                queue.push_front(e);
            }
        }
        // A form waits only while its own message is acted on.
        self.waiting_form = None;
    }

    /// Carries out one effect; its result is the message returned. A background job returns
    /// nothing at once: it posts its progress and its result to the inbox.
    fn perform(&self, effect: Effect) -> Option<Msg> {
        let result = match effect {
            Effect::Open { path, read_only } => {
                effects::open_session(&path, read_only).map(|o| Msg::Opened(Box::new(o)))
            }
            Effect::Create(n) => effects::create_session(&self.dir, &n).map(Msg::Created),
            Effect::ReadFolder { generation, skip } => {
                let dir = self.dir.clone();
                self.spawn(move |out| jobs::read_folder(&dir, generation, &skip, out));
                return None;
            }
            Effect::ReadRollup(job) => {
                let dir = self.dir.clone();
                self.spawn(move |out| jobs::read_rollup(&dir, job, out));
                return None;
            }
            Effect::ReadHistory { job, member } => {
                let open = self.open.as_ref()?;
                let of = jobs::HistoryOf {
                    dir: self.dir.clone(),
                    open_path: open.path.clone(),
                    open: open.session.clone(),
                    member,
                    lang: self.lang,
                };
                self.spawn(move |out| jobs::read_history(&of, job, out));
                return None;
            }
            Effect::Send(_) | Effect::Abort | Effect::Quit => return None,
            on_open => return self.perform_on_open(on_open),
        };
        Some(result.unwrap_or_else(Msg::Error))
    }

    /// The effects that read or write the open session (nothing without one).
    fn perform_on_open(&self, effect: Effect) -> Option<Msg> {
        let open = self.open.as_ref()?;
        let lang = self.lang;
        let result = match effect {
            Effect::Save => {
                let saved = store::save_if_unchanged(&open.path, &open.session, &open.fingerprint);
                return Some(Msg::Saved(saved));
            }
            Effect::Export(format) => {
                let formats = format.map_or(Format::ALL.to_vec(), |f| vec![f]);
                let written: Result<Vec<_>, _> = formats
                    .into_iter()
                    .map(|f| effects::export(open, f, lang))
                    .collect();
                written.map(|w| Msg::Notice(effects::written(&w, lang)))
            }
            Effect::Papers(list) => {
                let written: Result<Vec<_>, _> = list
                    .into_iter()
                    .map(|(paper, format)| effects::paper(open, paper, format, lang))
                    .collect();
                written.map(|w| Msg::Notice(effects::written(&w, lang)))
            }
            Effect::Paper(paper, format) => effects::paper(open, paper, format, lang)
                .map(|out| Msg::Notice(effects::written(&[out], lang))),
            Effect::Preview => effects::preview(&open.session, lang)
                .map(|lines| Msg::Push(Popup::Preview { lines, scroll: 0 })),
            Effect::Supersede => match effects::supersede(open, lang) {
                Ok(notice) => return notice.map(Msg::Notice),
                Err(p) => Err(p),
            },
            Effect::OfferExport => Ok(Msg::Push(effects::offer_export(open, lang))),
            Effect::Import(file) => effects::import(&open.session, &file, lang).map(Msg::Push),
            Effect::Resolve(choice) => {
                effects::resolve(open, choice).map(|r| Msg::Resolved(Box::new(r)))
            }
            _ => return None,
        };
        Some(result.unwrap_or_else(Msg::Error))
    }

    /// Runs `job` on its own thread, posting to the app's inbox.
    fn spawn(&self, job: impl FnOnce(&Sender<Input>) + Send + 'static) {
        let out = self.outbox.clone();
        std::thread::spawn(move || job(&out));
    }
}
