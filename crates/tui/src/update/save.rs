//! Changing the open session and getting it to disk: a command applied, typed text committed,
//! the saves asked for (as [`Effect::Save`]) and their outcome, the choice after a change made
//! elsewhere, and leaving only once all is saved.

use std::time::Instant;

use super::super::app::{App, SaveState, Screen};
use super::super::effects::{Resolved, conflict_question, resolved_notice};
use super::super::msg::{Effect, Leave, Msg, Resolution};
use super::super::popup::Popup;
use super::super::problem::Problem;
use super::super::words::T;
use chibo_core::domain::Command;
use chibo_files::store::{Fingerprint, StoreError};

/// Adds `more` to `effects`, with one save at most: a save writes the session as it is after
/// every change of the update that asked for it.
pub(super) fn merge(effects: &mut Vec<Effect>, more: Vec<Effect>) {
    let saves = effects.iter().any(|e| matches!(e, Effect::Save));
    effects.extend(
        more.into_iter()
            .filter(|e| !(saves && matches!(e, Effect::Save))),
    );
}

impl App {
    /// Applies a change to the open session; it is saved at once, or after the next frame when
    /// the event loop asked for it (`set_save_after_draw`).
    pub(super) fn apply(&mut self, cmd: Command) -> Result<Vec<Effect>, Problem> {
        let now = self.now();
        let lang = self.lang;
        let Some(open) = &mut self.open else {
            return Ok(Vec::new());
        };
        if open.lock.is_none() {
            return Err(Problem::OpenToRead);
        }
        open.session.apply(cmd, now)?;
        open.refresh();
        if let Screen::Meeting(v) = &mut self.screen {
            v.clamp(&open.session, lang);
        }
        if self.save_after_draw {
            open.dirty = true;
            return Ok(Vec::new());
        }
        Ok(self.save())
    }

    /// [`App::apply`], and what follows a seal broken or made again: a reopening supersedes
    /// the exports of the sealed minutes ([`Effect::Supersede`]); the finalize after it offers
    /// to write them anew ([`Effect::OfferExport`]).
    pub(super) fn apply_and_follow(&mut self, cmd: Command) -> Result<Vec<Effect>, Problem> {
        let (reopen, finalize) = (
            matches!(cmd, Command::Reopen { .. }),
            cmd == Command::Finalize,
        );
        let mut effects = self.apply(cmd)?;
        let amended = self.session().is_some_and(|s| !s.amendments.is_empty());
        if reopen {
            effects.push(Effect::Supersede);
        } else if finalize && amended {
            effects.push(Effect::OfferExport);
        }
        Ok(effects)
    }

    /// Writes a change that waited for the redraw; returns whether it did, so the loop draws
    /// how it went (a question, "✗ NOT SAVED") before it waits for the next key.
    pub fn flush(&mut self) -> bool {
        let effects = self.flushed();
        let wrote = !effects.is_empty();
        self.run(effects);
        wrote
    }

    fn flushed(&mut self) -> Vec<Effect> {
        match &mut self.open {
            Some(o) if o.dirty => {
                o.dirty = false;
                self.save()
            }
            _ => Vec::new(),
        }
    }

    /// Asks for the session to be written, unless the file changed elsewhere: then nothing is
    /// written until the user has chosen whose version stays, and the question comes back if it
    /// was put aside.
    fn save(&mut self) -> Vec<Effect> {
        let Some(open) = &self.open else {
            return Vec::new();
        };
        if open.save == SaveState::Conflict {
            if !matches!(self.popups.last(), Some(Popup::Pick(_))) {
                let question = conflict_question(&open.path, self.lang, Instant::now());
                self.popups.push(question);
            }
            return Vec::new();
        }
        vec![Effect::Save]
    }

    /// How a save went. A failure is shown once and retried on ticks.
    pub(super) fn saved(&mut self, result: Result<Fingerprint, StoreError>) {
        let Some(open) = &mut self.open else { return };
        match result {
            Ok(fp) => {
                open.fingerprint = fp;
                if self.typing_since.is_none() {
                    open.save = SaveState::Saved;
                }
            }
            Err(StoreError::ChangedOnDisk { .. }) => {
                open.save = SaveState::Conflict;
                let question = conflict_question(&open.path, self.lang, Instant::now());
                self.popups.push(question);
            }
            Err(e) => {
                // Shown once per kind of failure: a retry failing alike says nothing new.
                let first = !matches!(&open.save, SaveState::Failed(last)
                    if std::mem::discriminant(last) == std::mem::discriminant(&e));
                open.save = SaveState::Failed(e.clone());
                if first {
                    self.popups.push(Popup::Error(Problem::NotSaved(e)));
                }
            }
        }
    }

    /// The choice after a change made elsewhere. What is typed goes into the session first, so
    /// it is part of mine; a choice that opens theirs closes the editors first (their text
    /// would be written over theirs at the next autosave), and "open theirs" with an editor
    /// open keeps mine as a copy (`<name>.copy-<time>.ron`) rather than dropping what was typed.
    pub(super) fn resolve(&mut self, choice: Resolution) -> Vec<Effect> {
        let editing = self.popups.iter().any(|p| matches!(p, Popup::Text(_)));
        if let Err(problem) = self.take_typed() {
            self.popups.push(Popup::Error(problem));
            return Vec::new();
        }
        let choice = match choice {
            Resolution::Theirs if editing => Resolution::MineAsCopy,
            c => c,
        };
        if choice != Resolution::Mine {
            self.popups.retain(|p| !matches!(p, Popup::Text(_)));
        }
        vec![Effect::Resolve(choice)]
    }

    /// Puts the text being typed into the session without saving it (a resolution writes it).
    fn take_typed(&mut self) -> Result<(), Problem> {
        self.typing_since = None;
        let now = self.now();
        let (Some(open), Some(Popup::Text(entry))) = (
            &mut self.open,
            self.popups
                .iter_mut()
                .rev()
                .find(|p| matches!(p, Popup::Text(_))),
        ) else {
            return Ok(());
        };
        if let Some(cmd) = entry.commit(&open.session) {
            open.session.apply(cmd, now)?;
            entry.added(&open.session);
            open.refresh();
        }
        Ok(())
    }

    /// Carries out the choice on the open session: theirs read back, or mine saved.
    pub(super) fn resolved(&mut self, r: Resolved) {
        self.notice = resolved_notice(&r, self.lang);
        let Some(open) = &mut self.open else { return };
        if let Some(theirs) = r.session {
            open.session = theirs;
        }
        open.fingerprint = r.fingerprint;
        open.save = SaveState::Saved;
        open.refresh();
        if let Screen::Meeting(v) = &mut self.screen {
            v.clamp(&open.session, self.lang);
        }
    }

    pub(super) fn on_tick(&mut self, now: Instant) -> Vec<Effect> {
        let mut effects = self.flushed();
        if self
            .typing_since
            .is_some_and(|t| now.saturating_duration_since(t) >= super::super::AUTOSAVE)
        {
            let more = self.commit();
            merge(&mut effects, more);
        }
        // The loop wakes for a retry at most every `RETRY` when idle.
        if self.save_state().is_some_and(SaveState::retried) {
            let more = self.save();
            merge(&mut effects, more);
        }
        effects
    }

    /// Commits the text being typed, if any, keeping the editor open.
    pub fn commit_text(&mut self) {
        let effects = self.commit();
        self.run(effects);
    }

    pub(super) fn commit(&mut self) -> Vec<Effect> {
        self.typing_since = None;
        // The editor may lie under an error box; it is the topmost editor that counts.
        let Some(Popup::Text(entry)) = self
            .popups
            .iter()
            .rev()
            .find(|p| matches!(p, Popup::Text(_)))
        else {
            return Vec::new();
        };
        let Some(cmd) = self.session().and_then(|s| entry.commit(s)) else {
            self.mark_typed_saved();
            return Vec::new();
        };
        let effects = match self.apply(cmd) {
            Ok(effects) => effects,
            Err(problem) => {
                self.popups.push(Popup::Error(problem));
                return Vec::new();
            }
        };
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
        effects
    }

    pub(super) fn mark_typed_saved(&mut self) {
        if let Some(o) = &mut self.open
            && o.save == SaveState::Unsaved
        {
            o.save = SaveState::Saved;
        }
    }

    /// Commits what is typed, writes what waits, tries a failed save once more; then
    /// [`Msg::AllSaved`] leaves if all is on disk.
    pub(super) fn leave(&mut self, leave: Leave) -> Vec<Effect> {
        let mut effects = self.commit();
        let more = self.flushed();
        merge(&mut effects, more);
        if matches!(self.save_state(), Some(SaveState::Failed(_))) {
            let more = self.save();
            merge(&mut effects, more);
        }
        effects.push(Effect::Send(Msg::AllSaved(leave)));
        effects
    }

    /// Back to Home, releasing the session's lock, or quits; not while a save is failing (a
    /// failed save or a conflict): closing waits, quitting asks first.
    pub(super) fn all_saved(&mut self, leave: Leave) -> Vec<Effect> {
        let saved = !matches!(
            self.save_state(),
            Some(SaveState::Failed(_) | SaveState::Conflict)
        );
        match (leave, saved) {
            (Leave::Close, true) => {
                self.popups.clear();
                // The folder is read while the session is still open, so Home comes back on it.
                let effects = self.reload();
                self.open = None;
                effects
            }
            (Leave::Quit, true) => vec![Effect::Quit],
            (Leave::Close, false) => Vec::new(),
            (Leave::Quit, false) => {
                let text = T::QuitUnsaved.get(self.lang).to_owned();
                self.popups.push(Popup::confirm(text, Msg::ForceQuit));
                Vec::new()
            }
        }
    }

    /// The app is told to end: what is typed is saved, then it quits without asking.
    pub(super) fn terminate(&mut self) -> Vec<Effect> {
        let mut effects = self.commit();
        let more = self.flushed();
        merge(&mut effects, more);
        effects.push(Effect::Quit);
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_save_per_update() {
        let mut effects = vec![Effect::Save, Effect::Send(Msg::MoveRow(1))];
        merge(&mut effects, vec![Effect::Save, Effect::Quit]);
        let saves = effects.iter().filter(|e| matches!(e, Effect::Save));
        assert_eq!(saves.count(), 1);
        assert_eq!(effects.len(), 3);
    }
}
