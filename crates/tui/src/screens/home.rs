//! Home: the sessions of the folder, newest first, filled in as the files are read; open one, or
//! create a new one (with the roster copied from a past session or empty).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::forms::session::NewSessionForm;
use crate::keymap::{Action, Context, bindings};
use crate::msg::Msg;
use crate::popup::{Cx, Popup};
use crate::theme;
use crate::widgets::hints::Hints;
use crate::words::{T, summary_status};
use chibo_core::i18n::Lang;
use chibo_files::store::IndexEntry;

#[derive(Default)]
pub struct HomeView {
    pub entries: Vec<IndexEntry>,
    pub sel: usize,
    /// Files are still being read.
    pub loading: bool,
}

impl HomeView {
    /// A file read in the background takes its place in the list; the selection stays on the
    /// same file.
    pub fn add(&mut self, e: IndexEntry) {
        let selected = self.entries.get(self.sel).map(|x| x.path.clone());
        chibo_files::store::insert_sorted(&mut self.entries, e);
        if let Some(p) = selected {
            self.sel = self.entries.iter().position(|x| x.path == p).unwrap_or(0);
        }
    }

    pub fn on_action(&mut self, action: Action, cx: &Cx) -> Option<Msg> {
        let n = self.entries.len();
        match action {
            Action::Up => self.sel = self.sel.saturating_sub(1),
            Action::Down => self.sel = (self.sel + 1).min(n.saturating_sub(1)),
            Action::Reload => return Some(Msg::Reload),
            Action::Rollup => return Some(Msg::ShowRollup),
            Action::Open => {
                let e = self.entries.get(self.sel)?;
                return Some(match &e.summary {
                    Ok(_) => Msg::OpenSession(e.path.clone()),
                    Err(err) => Msg::Error(err.clone().into()),
                });
            }
            Action::NewSession => {
                let form = NewSessionForm::new(&self.entries, cx.now, cx.lang);
                return Some(Msg::Push(Popup::Form(Box::new(form))));
            }
            _ => {}
        }
        None
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, folder: &str, lang: Lang) {
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = format!("chibo — {} — {folder}", T::HomeTitle.get(lang));
        f.render_widget(
            Paragraph::new(theme::fit(&title, usize::from(area.width))).style(theme::title()),
            top,
        );
        let columns = [
            T::ColCell,
            T::ColYear,
            T::ColDate,
            T::ColStatus,
            T::ColMembers,
            T::ColRated,
        ];
        let header = Row::new(columns.map(|t| Cell::from(t.get(lang)))).style(theme::label());
        let (rows, at) = grouped_rows(&self.entries, lang);
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(10),
            Constraint::Length(14),
            Constraint::Length(9),
            Constraint::Length(9),
        ];
        let block = Block::bordered().title(Span::styled(T::Sessions.get(lang), theme::title()));
        if rows.is_empty() {
            let text = if self.loading {
                T::Reading
            } else {
                T::NoSessions
            };
            f.render_widget(Paragraph::new(text.get(lang)).block(block), body);
        } else {
            let table = Table::new(rows, widths)
                .header(header)
                .block(block)
                .row_highlight_style(theme::selected());
            f.render_stateful_widget(
                table,
                body,
                &mut TableState::default().with_selected(at(self.sel)),
            );
        }
        let list = bindings(Context::Home);
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }
}

/// The table's rows: when the folder holds several cells, a line before each committee and
/// year; and where each entry's row is.
fn grouped_rows(
    entries: &[IndexEntry],
    lang: Lang,
) -> (Vec<Row<'static>>, impl Fn(usize) -> Option<usize>) {
    let key = |e: &IndexEntry| {
        e.summary
            .as_ref()
            .ok()
            .map(|s| (s.committee.clone(), s.year))
    };
    let cells = entries
        .iter()
        .filter_map(|e| e.summary.as_ref().ok().map(|s| &s.cell))
        .collect::<std::collections::HashSet<_>>();
    let grouped = cells.len() > 1;
    let mut rows = Vec::new();
    let mut positions = Vec::new();
    let mut last = None;
    for e in entries {
        let k = key(e);
        if grouped && k.is_some() && k != last {
            let (committee, year) = k.clone().unwrap_or_default();
            rows.push(Row::new([format!("{committee} — {year}")]).style(theme::label()));
        }
        last = k;
        positions.push(rows.len());
        rows.push(entry_row(e, lang));
    }
    (rows, move |i| positions.get(i).copied())
}

fn entry_row(e: &IndexEntry, lang: Lang) -> Row<'static> {
    match &e.summary {
        Ok(s) => Row::new([
            s.cell.clone(),
            s.year.to_string(),
            s.date.format("%d/%m/%Y").to_string(),
            summary_status(s.status, lang).to_owned(),
            s.members.to_string(),
            format!("{}/{}", s.rated, s.reviewed),
        ]),
        Err(err) => {
            let name = e
                .path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            let msg = err.message(lang);
            Row::new([format!("{name}: {msg}"), String::new()]).style(theme::error())
        }
    }
}
