//! What the app writes or reads besides saving the open session: the exported minutes and
//! papers, the preview, a member list to import, the choice after a change made elsewhere.
//! Plain functions; the queue (`queue.rs`) calls them to perform an [`crate::Effect`].

use std::path::{Path, PathBuf};

use crate::app::Open;
use crate::msg::Resolution;
use crate::popup::Popup;
use crate::problem::Problem;
use crate::words::T;
use chibo_core::domain::Session;
use chibo_core::i18n::Lang;
use chibo_docs::papers::{self, OutFormat, Paper};
use chibo_docs::{Format, render};
use chibo_files::store;

/// Writes the minutes (or the results table) in `format` next to the session file.
pub(crate) fn export(open: &Open, format: Format, lang: Lang) -> Result<PathBuf, Problem> {
    paper(open, Paper::Minutes, OutFormat::Minutes(format), lang)
}

/// "Đã ghi a.docx, a.md … vào <folder>": the files written, named once with their folder.
pub(crate) fn written(paths: &[PathBuf], lang: Lang) -> String {
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
pub(crate) fn paper(
    open: &Open,
    paper: Paper,
    format: OutFormat,
    lang: Lang,
) -> Result<PathBuf, Problem> {
    let out = papers::default_path(&open.session, &open.path, paper, format);
    let bytes = papers::render(&open.session, paper, format, None, lang)?;
    store::write_atomic(&out, &bytes)?;
    Ok(out)
}

/// After a reopening: the exports of the sealed minutes beside the session (the minutes, the
/// results table, the counting record, the list) are renamed `…-thay-the-<time>.*`, the time
/// of the reopening; what to tell the user, when one was.
pub(crate) fn supersede(open: &Open, lang: Lang) -> Result<Option<String>, Problem> {
    let Some(at) = open.session.amendments.last().map(|a| a.at.naive_local()) else {
        return Ok(None);
    };
    let mut renamed = Vec::new();
    for (_, _, path) in papers::final_exports(&open.path) {
        if path.is_file() {
            renamed.push(store::move_aside(
                &path,
                &papers::superseded_path(&path, at),
            )?);
        }
    }
    Ok((!renamed.is_empty()).then(|| crate::words::superseded(&names(&renamed), lang)))
}

/// After a finalize that follows a reopening: whether to export again — the minutes in every
/// format, and every other paper a reopening set aside.
pub(crate) fn offer_export(open: &Open, lang: Lang) -> Popup {
    use crate::msg::Msg;
    let set_aside = superseded_papers(&open.path);
    let again: Vec<(Paper, OutFormat, PathBuf)> = papers::final_exports(&open.path)
        .into_iter()
        .filter(|(p, f, _)| *p == Paper::Minutes || set_aside.contains(&(*p, *f)))
        .collect();
    let files: Vec<PathBuf> = again.iter().map(|(_, _, path)| path.clone()).collect();
    let text = crate::words::export_again_q(&names(&files), lang);
    let papers = again.into_iter().map(|(p, f, _)| (p, f)).collect();
    Popup::confirm(text, Msg::Papers(papers))
}

/// The papers with a copy a reopening set aside beside the session: for `<stem>.<paper>.<ext>`,
/// a `<stem>.<paper>-thay-the-<time>.<ext>`.
fn superseded_papers(session: &Path) -> Vec<(Paper, OutFormat)> {
    let dir = session.parent().filter(|d| !d.as_os_str().is_empty());
    let names: Vec<String> = std::fs::read_dir(dir.unwrap_or(Path::new(".")))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let set_aside = |path: &Path| {
        let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else {
            return false;
        };
        let head = format!("{}-{}-", stem.to_string_lossy(), papers::SUPERSEDED);
        let tail = format!(".{}", ext.to_string_lossy());
        names
            .iter()
            .any(|n| n.starts_with(&head) && n.ends_with(&tail))
    };
    papers::final_exports(session)
        .into_iter()
        .filter(|(_, _, path)| set_aside(path))
        .map(|(p, f, _)| (p, f))
        .collect()
}

/// The file names of `paths`, for a message.
fn names(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect()
}

/// The minutes as the 80-column text export renders them.
pub(crate) fn preview(s: &chibo_core::domain::Session, lang: Lang) -> Result<Vec<String>, Problem> {
    let bytes = render(s, Format::Txt, lang)?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.lines().map(str::to_owned).collect())
}

/// What importing the member list `file` would do, as a question whose yes adds the members.
pub(crate) fn import(
    s: &chibo_core::domain::Session,
    file: &Path,
    lang: Lang,
) -> Result<Popup, Problem> {
    use chibo_files::import;
    let p = import::preview(s, file)?;
    let text = format!(
        "{}\n\n{}?",
        import::words::preview(&p, lang),
        T::ImportQ.get(lang)
    );
    let adds = p.commands(s).into_iter().map(crate::msg::Msg::Apply);
    Ok(Popup::confirm_long(
        text,
        crate::msg::Msg::Seq(adds.collect()),
    ))
}

/// The question when the file changed elsewhere: whose version stays. It may come while the
/// user types, so it is guarded from `now` (no key typed before it appeared answers it).
pub(crate) fn conflict_question(path: &Path, lang: Lang, now: std::time::Instant) -> Popup {
    use crate::msg::Msg;
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
    Popup::Pick(crate::popup::Picker::new(title, choices).guarded(now))
}

/// What the choice left: the session as it now is on disk (theirs, reloaded) or as it was
/// saved (mine), and the copy kept beside it.
pub struct Resolved {
    pub choice: Resolution,
    /// Theirs, read back from the file; `None` when mine was saved over it.
    pub session: Option<Session>,
    pub fingerprint: store::Fingerprint,
    /// The other version, kept beside the file.
    pub kept: Option<PathBuf>,
}

/// Carries out the choice on disk; the app takes what it left with `Msg::Resolved`.
pub(crate) fn resolve(open: &Open, choice: Resolution) -> Result<Resolved, Problem> {
    let kept = match choice {
        Resolution::Theirs => None,
        Resolution::Mine => {
            let theirs = store::keep_conflict_copy(&open.path)?;
            let fingerprint = store::save_with_fingerprint(&open.path, &open.session)?;
            return Ok(Resolved {
                choice,
                session: None,
                fingerprint,
                kept: Some(theirs),
            });
        }
        Resolution::MineAsCopy => Some(store::save_copy(&open.path, &open.session)?),
    };
    let (session, fingerprint) = store::load_with_fingerprint(&open.path)?;
    Ok(Resolved {
        choice,
        session: Some(session),
        fingerprint,
        kept,
    })
}

/// What to tell the user once the choice is carried out.
pub(crate) fn resolved_notice(r: &Resolved, lang: Lang) -> Option<String> {
    let kept = r.kept.as_ref()?;
    let text = match r.choice {
        Resolution::Mine => T::TheirsKept,
        Resolution::MineAsCopy | Resolution::Theirs => T::MineKept,
    };
    Some(format!("{} {}", text.get(lang), kept.display()))
}

/// Reads a session file to work on it (with its lock), or, `read_only`, only to read it.
pub(crate) fn open_session(path: &Path, read_only: bool) -> Result<Open, Problem> {
    let lock = if read_only {
        None
    } else {
        Some(store::lock(path)?)
    };
    let (session, fingerprint) = store::load_with_fingerprint(path)?;
    Ok(Open {
        session,
        path: path.to_owned(),
        findings: Vec::new(),
        marks: Vec::new(),
        save: crate::app::SaveState::Saved,
        fingerprint,
        dirty: false,
        lock,
    })
}

/// Writes a new session in `dir` (the store's one way to make a session); returns its path.
pub(crate) fn create_session(dir: &Path, n: &crate::msg::NewSession) -> Result<PathBuf, Problem> {
    Ok(store::create(dir, n)?)
}
