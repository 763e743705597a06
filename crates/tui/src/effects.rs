//! What the app writes or reads besides the open session: the exported minutes, the preview,
//! a member's levels across the folder. Plain functions; `App::update` calls them.

use std::path::{Path, PathBuf};

use crate::app::{Input, Open};
use crate::popup::Popup;
use crate::words::{T, outcome_text};
use chibo_core::domain::MemberId;
use chibo_core::i18n::Lang;
use chibo_docs::papers::{self, OutFormat, Paper};
use chibo_docs::{Format, render};
use chibo_files::store;

/// Writes the minutes (or the results table) in `format` next to the session file.
pub fn export(open: &Open, format: Format, lang: Lang) -> Result<PathBuf, String> {
    paper(open, Paper::Minutes, OutFormat::Minutes(format), lang)
}

/// "Đã ghi a.docx, a.md … vào <folder>": the files written, named once with their folder.
pub fn written(paths: &[PathBuf], lang: Lang) -> String {
    let names: Vec<String> = paths
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let folder = paths
        .first()
        .and_then(|p| p.parent())
        .map_or(String::new(), |d| d.display().to_string());
    let into = lang.pick("vào", "in");
    format!(
        "{} {} {into} {folder}",
        T::Exported.get(lang),
        names.join(", ")
    )
}

/// Writes a paper of the vote next to the session file.
pub fn paper(open: &Open, paper: Paper, format: OutFormat, lang: Lang) -> Result<PathBuf, String> {
    let out = papers::default_path(&open.session, &open.path, paper, format);
    let bytes =
        papers::render(&open.session, paper, format, None, lang).map_err(|e| e.message(lang))?;
    store::write_atomic(&out, &bytes).map_err(|e| e.message(lang))?;
    Ok(out)
}

/// The minutes as the 80-column text export renders them.
pub fn preview(s: &chibo_core::domain::Session, lang: Lang) -> Result<Vec<String>, String> {
    let bytes = render(s, Format::Txt, lang).map_err(|e| e.message(lang))?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.lines().map(str::to_owned).collect())
}

/// A member's outcome in every session of the folder that has them (same id), newest first.
pub fn history(dir: &Path, open: &Open, id: &MemberId, lang: Lang) -> Popup {
    let name = open.session.member_name(id).to_owned();
    let mut lines = Vec::new();
    for e in store::index(dir) {
        // The open session is read from memory: its file may be a moment behind.
        let loaded = if e.path == open.path {
            Some(open.session.clone())
        } else {
            store::load(&e.path).ok()
        };
        let Some(s) = loaded else { continue };
        if s.member(id).is_none() {
            continue;
        }
        let result = s.member_outcome(id).map_or_else(
            || T::NotYet.get(lang).to_owned(),
            |o| outcome_text(&s, &o, lang),
        );
        let date = s.meeting.date.format("%d/%m/%Y");
        lines.push(format!("{} · {date} · {result}", s.year));
    }
    let text = if lines.is_empty() {
        T::NoHistory.get(lang).to_owned()
    } else {
        lines.join("\n")
    };
    Popup::Message {
        title: format!("{} — {name}", T::HistoryTitle.get(lang)),
        text,
        error: false,
    }
}

/// What importing the member list `file` would do, as a question whose yes adds the members.
pub fn import(s: &chibo_core::domain::Session, file: &Path, lang: Lang) -> Result<Popup, String> {
    use chibo_files::import;
    let p = import::preview(s, file).map_err(|e| import::words::error(&e, lang))?;
    let text = format!(
        "{}\n\n{}?",
        import::words::preview(&p, lang),
        T::ImportQ.get(lang)
    );
    let adds = p.commands(s).into_iter().map(crate::msg::Msg::Apply);
    Ok(Popup::confirm(text, crate::msg::Msg::Seq(adds.collect())))
}

/// The roll-up of the folder and its subfolders, for the summary screen.
pub fn rollup(dir: &Path) -> crate::screens::summary::SummaryView {
    let r = chibo_rollup::collect(std::slice::from_ref(&dir.to_owned()), &Default::default());
    crate::screens::summary::SummaryView { rollup: r, sel: 0 }
}

/// The question when the file changed elsewhere: whose version stays.
pub fn conflict_question(path: &Path, lang: Lang) -> Popup {
    use crate::msg::{Msg, Resolution};
    let name = path
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let choices = vec![
        (
            T::KeepMine.get(lang).to_owned(),
            Msg::Resolve(Resolution::Mine),
        ),
        (
            T::MineAsCopy.get(lang).to_owned(),
            Msg::Resolve(Resolution::MineAsCopy),
        ),
        (
            T::ReloadTheirs.get(lang).to_owned(),
            Msg::Resolve(Resolution::Theirs),
        ),
    ];
    let title = format!("{} — {name}", T::ChangedElsewhere.get(lang));
    Popup::Pick(crate::popup::Picker::new(title, choices))
}

/// Carries out the choice; returns what to tell the user.
pub fn resolve(
    open: &mut Open,
    choice: crate::msg::Resolution,
    lang: Lang,
) -> Result<Option<String>, String> {
    use crate::app::SaveState;
    use crate::msg::Resolution;
    let err = |e: store::StoreError| e.message(lang);
    let notice = match choice {
        Resolution::Theirs => None,
        Resolution::Mine => {
            let theirs = store::keep_conflict_copy(&open.path).map_err(err)?;
            open.fingerprint =
                store::save_with_fingerprint(&open.path, &open.session).map_err(err)?;
            open.save = SaveState::Saved;
            return Ok(Some(format!(
                "{} {}",
                T::TheirsKept.get(lang),
                theirs.display()
            )));
        }
        Resolution::MineAsCopy => {
            let mine = store::save_copy(&open.path, &open.session).map_err(err)?;
            Some(format!("{} {}", T::MineKept.get(lang), mine.display()))
        }
    };
    let (session, fingerprint) = store::load_with_fingerprint(&open.path).map_err(err)?;
    open.session = session;
    open.fingerprint = fingerprint;
    open.save = SaveState::Saved;
    Ok(notice)
}

/// The background reader: each file of the folder, then the end.
pub fn read_folder(dir: &Path, generation: u64, out: &std::sync::mpsc::Sender<Input>) {
    let paths = match store::session_files(dir) {
        Ok(paths) => paths,
        Err(entry) => {
            let _ = out.send(Input::Indexed(generation, *entry));
            Vec::new()
        }
    };
    for p in paths {
        if out
            .send(Input::Indexed(generation, store::entry(&p)))
            .is_err()
        {
            return;
        }
    }
    // The app may be gone; nothing is waiting then.
    let _ = out.send(Input::IndexDone(generation));
}
