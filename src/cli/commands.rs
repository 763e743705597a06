//! The subcommands. Each returns the process exit code, or stops where its output could not be
//! written ([`out`]); what it prints is in the user's language.

use std::path::{Path, PathBuf};

use super::out::{self, Printed};
use super::words::{self as t, T};
use chibo_core::domain::visible;
use chibo_core::domain::{Severity, audit};
use chibo_core::i18n::{Lang, finding_message, severity_label, subject_label};
use chibo_docs::papers::{self, OutFormat, Paper};
use chibo_files::store;

/// Exit codes of `check` (and of any command that cannot read its file).
pub(super) const OK: u8 = 0;
pub(super) const HAS_ERRORS: u8 = 1;
pub(super) const UNREADABLE: u8 = 2;

/// The terminal app.
pub(super) fn tui(dir: &Path, lang: Lang) -> u8 {
    match chibo_tui::run(dir, lang) {
        Ok(()) => OK,
        Err(e) => {
            // The binary's edge: color-eyre reports the terminal's error (installed in main).
            out::err_line(format_args!("{:?}", color_eyre::Report::new(e)));
            UNREADABLE
        }
    }
}

pub(super) fn list(dir: &Path, lang: Lang) -> Printed<u8> {
    let entries = store::index(dir);
    if entries.is_empty() {
        out::line(t::no_sessions(dir, lang))?;
        return Ok(OK);
    }
    let mut rows = Vec::new();
    for e in &entries {
        let file = e
            .path
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
        match &e.summary {
            Ok(s) => rows.push(vec![
                file,
                s.cell.clone(),
                s.year.to_string(),
                s.date.format("%d/%m/%Y").to_string(),
                t::status(&s.status, lang).to_owned(),
                s.members.to_string(),
                format!("{}/{}", s.rated, s.reviewed),
            ]),
            Err(err) => rows.push(vec![file, err.message(lang)]),
        }
    }
    // Names, file names and messages come from the folder: no escape sequence reaches the
    // terminal.
    out::text(&visible(&super::show::table(&t::list_header(lang), &rows)))?;
    Ok(OK)
}

pub(super) fn check(files: &[PathBuf], lang: Lang) -> Printed<u8> {
    let mut code = OK;
    for path in files {
        let (session, notes) = match store::load_with_notes(path) {
            Ok(loaded) => loaded,
            Err(e) => {
                out::err_line(visible(&e.message(lang)));
                code = UNREADABLE;
                continue;
            }
        };
        let shown = path.display().to_string();
        let shown = visible(&shown);
        if let Some(pid) = store::held_by(path) {
            out::line(format_args!(
                "{shown}: {}",
                store::open_elsewhere(pid, lang)
            ))?;
        }
        if notes.controls_replaced > 0 {
            let replaced = t::controls_replaced(notes.controls_replaced, lang);
            out::line(format_args!("{shown}: {replaced}"))?;
        }
        let findings = audit(&session);
        if findings.is_empty() {
            out::line(format_args!("{shown}: {}", T::NoFindings.get(lang)))?;
        }
        for f in &findings {
            let line = format!(
                "{shown}: {} {}: {}",
                severity_label(f.severity, lang),
                subject_label(&session, &f.subject, lang),
                finding_message(f, lang)
            );
            out::line(visible(&line))?;
        }
        if code == OK && findings.iter().any(|f| f.severity == Severity::Error) {
            code = HAS_ERRORS;
        }
    }
    Ok(code)
}

pub(super) fn show(path: &Path, lang: Lang) -> Printed<u8> {
    match store::load(path) {
        Ok(s) => {
            out::text(&visible(&super::show::render(&s, lang)))?;
            Ok(OK)
        }
        Err(e) => {
            out::err_line(visible(&e.message(lang)));
            Ok(UNREADABLE)
        }
    }
}

/// Creates the session ([`store::create`]) and prints its path.
pub(super) fn new(dir: &Path, args: &store::NewSession, lang: Lang) -> Printed<u8> {
    match store::create(dir, args) {
        Ok(path) => {
            out::line(path.display())?;
            Ok(OK)
        }
        Err(e) => {
            out::err_line(e.message(lang));
            Ok(UNREADABLE)
        }
    }
}

/// What to export: the paper, its format, and how many ballots.
pub(super) type ExportWhat = (Paper, OutFormat, Option<u32>);

pub(super) fn export(
    path: &Path,
    what: ExportWhat,
    output: Option<PathBuf>,
    lang: Lang,
) -> Printed<u8> {
    let (paper, format, copies) = what;
    let session = match store::load(path) {
        Ok(s) => s,
        Err(e) => {
            out::err_line(e.message(lang));
            return Ok(UNREADABLE);
        }
    };
    let bytes = match papers::render(&session, paper, format, copies, lang) {
        Ok(b) => b,
        Err(e) => {
            out::err_line(t::export_failed(&e.message(lang), lang));
            return Ok(UNREADABLE);
        }
    };
    let target = output.unwrap_or_else(|| papers::default_path(&session, path, paper, format));
    match store::write_atomic(&target, &bytes) {
        Ok(()) => {
            out::line(target.display())?;
            Ok(OK)
        }
        Err(e) => {
            out::err_line(e.message(lang));
            Ok(UNREADABLE)
        }
    }
}
