//! What the app writes or reads besides the open session: the exported minutes, the preview,
//! a member's levels across the folder. Plain functions; `App::update` calls them.

use std::path::{Path, PathBuf};

use crate::domain::MemberId;
use crate::export::{Format, default_path, render};
use crate::i18n::Lang;
use crate::store;
use crate::tui::app::Open;
use crate::tui::popup::Popup;
use crate::tui::words::{T, outcome_text};

/// Writes the minutes (or the results table) in `format` next to the session file.
pub fn export(open: &Open, format: Format, lang: Lang) -> Result<PathBuf, String> {
    let out = default_path(&open.path, format);
    let bytes = render(&open.session, format, lang).map_err(|e| e.to_string())?;
    store::write_atomic(&out, &bytes).map_err(|e| e.message(lang))?;
    Ok(out)
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

/// The minutes as the 80-column text export renders them.
pub fn preview(s: &crate::domain::Session, lang: Lang) -> Result<Vec<String>, String> {
    let bytes = render(s, Format::Txt, lang).map_err(|e| e.to_string())?;
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
pub fn import(s: &crate::domain::Session, file: &Path, lang: Lang) -> Result<Popup, String> {
    use crate::import;
    let p = import::preview(s, file).map_err(|e| import::words::error(&e, lang))?;
    let text = format!(
        "{}\n\n{}?",
        import::words::preview(&p, lang),
        T::ImportQ.get(lang)
    );
    let adds = p.commands(s).into_iter().map(crate::tui::msg::Msg::Apply);
    Ok(Popup::confirm(
        text,
        crate::tui::msg::Msg::Seq(adds.collect()),
    ))
}
