//! `chibo roster import`: the roster from the committee's member list, shown first, changed
//! only when the user says so (a question at a terminal, `--yes` in a script).

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use super::commands::{HAS_ERRORS, OK, UNREADABLE};
use super::out::{self, Printed};
use super::words::{self as t, T};
use chibo_core::i18n::Lang;
use chibo_files::import::{self, words};
use chibo_files::store;

/// Reads `file` against the session's roster, prints what it would do, and does it if asked.
pub(super) fn import(session: &Path, file: &Path, yes: bool, lang: Lang) -> Printed<u8> {
    // Held while the roster is read and written: no one else changes it meanwhile.
    let _lock = match store::lock(session) {
        Ok(l) => l,
        Err(e) => return Ok(fail(&e.message(lang), UNREADABLE)),
    };
    let mut s = match store::load(session) {
        Ok(s) => s,
        Err(e) => return Ok(fail(&e.message(lang), UNREADABLE)),
    };
    let preview = match import::preview(&s, file) {
        Ok(p) => p,
        Err(e) => return Ok(fail(&words::error(&e, lang), UNREADABLE)),
    };
    out::line(chibo_core::domain::visible(&words::preview(&preview, lang)))?;
    if preview.new.is_empty() {
        return Ok(OK);
    }
    if !yes && !ask(lang)? {
        out::line(T::Unchanged.get(lang))?;
        return Ok(OK);
    }
    let now = chrono::Local::now().fixed_offset();
    for cmd in preview.commands(&s) {
        if let Err(e) = s.apply(cmd, now) {
            return Ok(fail(&chibo_core::i18n::domain_error(&e, lang), HAS_ERRORS));
        }
    }
    match store::save(session, &s) {
        Ok(()) => {
            out::line(t::members_added(preview.new.len(), lang))?;
            Ok(OK)
        }
        Err(e) => Ok(fail(&e.message(lang), UNREADABLE)),
    }
}

/// At a terminal, asks; elsewhere (a script without `--yes`) the answer is no.
fn ask(lang: Lang) -> Printed<bool> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Ok(false);
    }
    out::text(&format!("{} ", T::ImportQ.get(lang)))?;
    let mut answer = String::new();
    if stdin.lock().read_line(&mut answer).is_err() {
        return Ok(false);
    }
    Ok(t::YES.contains(&answer.trim().to_lowercase().as_str()))
}

fn fail(msg: &str, code: u8) -> u8 {
    out::err_line(chibo_core::domain::visible(msg));
    code
}
