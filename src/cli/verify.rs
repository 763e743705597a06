//! `chibo verify FILE...`: whether each session's seal holds. One line per file: sealed and
//! intact, changed since it was sealed, or not finalized. The exit code is 0 when every file is
//! sealed and intact, 1 when any has changed since it was sealed, 2 otherwise (a file not
//! finalized, or one that cannot be read).

use std::path::PathBuf;

use chibo_core::domain::SealState;
use chibo_core::i18n::Lang;
use chibo_files::store;

use super::out::{self, Printed};

const INTACT: u8 = 0;
const CHANGED: u8 = 1;
const NOT_SEALED: u8 = 2;

/// Prints each file's seal and returns the exit code (see the module's documentation).
pub(super) fn verify(files: &[PathBuf], lang: Lang) -> Printed<u8> {
    let mut worst = INTACT;
    for path in files {
        let code = match store::load(path) {
            Ok(s) => {
                let state = s.seal_state();
                let said = super::words::seal(state, &s.status, lang);
                out::line(format_args!("{}: {said}", path.display()))?;
                code_of(state)
            }
            Err(e) => {
                out::err_line(e.message(lang));
                NOT_SEALED
            }
        };
        worst = worse(worst, code);
    }
    Ok(worst)
}

fn code_of(state: SealState) -> u8 {
    match state {
        SealState::Intact => INTACT,
        SealState::Changed => CHANGED,
        SealState::NotFinalized => NOT_SEALED,
    }
}

/// A changed seal outranks a missing one, which outranks an intact one.
fn worse(a: u8, b: u8) -> u8 {
    let rank = |c: u8| match c {
        CHANGED => 2,
        NOT_SEALED => 1,
        _ => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}
