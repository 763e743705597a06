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
use std::path::PathBuf;

#[derive(Default)]
pub struct HomeView {
    pub entries: Vec<IndexEntry>,
    /// The selected session, by its file: files arrive in any order while the folder is read.
    /// `None` until one is chosen: the first.
    sel: Option<PathBuf>,
    /// Where the selected session was last seen: when its file is gone, the one in its place.
    at: usize,
    /// Files are still being read.
    pub loading: bool,
}

impl HomeView {
    /// Home while the folder is read (again), the selection on `selected` once it is listed.
    pub fn reading(selected: Option<PathBuf>) -> Self {
        HomeView {
            sel: selected,
            loading: true,
            ..HomeView::default()
        }
    }

    /// The selected session's file, to keep it selected over a reading of the folder.
    pub fn selected_path(&self) -> Option<PathBuf> {
        let i = self.index()?;
        self.entries.get(i).map(|e| e.path.clone())
    }

    /// Where the selection is in the list: the file it points at, else the one that took its
    /// place (while the folder is read, or when the file is gone).
    fn index(&self) -> Option<usize> {
        let last = self.entries.len().checked_sub(1)?;
        let found = match &self.sel {
            Some(p) => self.entries.iter().position(|e| e.path == *p),
            None => Some(0),
        };
        Some(found.unwrap_or(self.at).min(last))
    }

    /// Moves the selection `delta` rows from where it is.
    fn move_by(&mut self, delta: isize) {
        let Some(i) = self.index() else { return };
        let to = i
            .saturating_add_signed(delta)
            .min(self.entries.len().saturating_sub(1));
        self.sel = self.entries.get(to).map(|e| e.path.clone());
        self.at = to;
    }

    /// A file read in the background takes its place in the list; the selection stays on the
    /// same file.
    pub fn add(&mut self, e: IndexEntry) {
        chibo_files::store::insert_sorted(&mut self.entries, e);
    }

    pub fn on_action(&mut self, action: Action, cx: &Cx) -> Option<Msg> {
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::Reload => return Some(Msg::Reload),
            Action::Rollup => return Some(Msg::ShowRollup),
            Action::Open => {
                let e = self.entries.get(self.index()?)?;
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
        self.draw_table(f, body, lang);
        let list = bindings(Context::Home);
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }

    /// The sessions' table, or a line saying the folder is being read or is empty.
    fn draw_table(&self, f: &mut Frame, body: Rect, lang: Lang) {
        let columns = [
            T::ColCell,
            T::ColYear,
            T::ColDate,
            T::ColStatus,
            T::ColMembers,
            T::ColRated,
        ];
        let header = Row::new(columns.map(|t| Cell::from(t.get(lang)))).style(theme::label());
        let (rows, selected) = grouped_rows(
            &self.entries,
            self.index().unwrap_or(0),
            usize::from(body.height),
            lang,
        );
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
                &mut TableState::default().with_selected(selected),
            );
        }
    }
}

/// The table's rows: when the folder holds several cells, a line before each committee and
/// year; and the row of the selected entry. Only rows that can be on screen are made — the
/// `fill` rows up to the selection, and down to it or to `fill` — since the table scrolls only
/// as far as the selection; those above are left empty. A frame costs about the same with 20
/// files or 2,000.
fn grouped_rows(
    entries: &[IndexEntry],
    sel: usize,
    fill: usize,
    lang: Lang,
) -> (Vec<Row<'static>>, Option<usize>) {
    fn key(e: &IndexEntry) -> Option<(&str, i32)> {
        e.summary
            .as_ref()
            .ok()
            .map(|s| (s.committee.as_str(), s.year))
    }
    let mut cells = entries
        .iter()
        .filter_map(|e| e.summary.as_ref().ok().map(|s| &s.cell));
    let first = cells.next();
    let grouped = cells.any(|c| Some(c) != first);
    // Each entry with whether a committee's line comes before it.
    let mut last = None;
    let heads: Vec<bool> = entries
        .iter()
        .map(|e| {
            let k = key(e);
            let head = grouped && k.is_some() && k != last;
            last = k;
            head
        })
        .collect();
    let selected = entries.get(sel).map(|_| {
        let above = heads.iter().take(sel + 1).filter(|h| **h).count();
        sel + above
    });
    let at = selected.unwrap_or(0);
    let (from, to) = (at.saturating_sub(fill), (at + 1).max(fill));
    let mut rows = Vec::new();
    for (e, head) in entries.iter().zip(heads) {
        if rows.len() >= to {
            break;
        }
        let seen = rows.len() >= from;
        if head {
            rows.push(match (seen, key(e)) {
                (true, Some((committee, year))) => {
                    Row::new([format!("{committee} — {year}")]).style(theme::label())
                }
                _ => Row::default(),
            });
        }
        rows.push(if rows.len() >= from {
            entry_row(e, lang)
        } else {
            Row::default()
        });
    }
    (rows, selected)
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

#[cfg(test)]
mod tests {
    use super::*;
    use chibo_files::store::{Summary, SummaryStatus};
    use ratatui::buffer::Buffer;

    fn entries(n: usize) -> Vec<IndexEntry> {
        (0..n)
            .map(|i| {
                let year = 2025 - i32::try_from(i / 10).unwrap_or(0);
                IndexEntry {
                    path: format!("s{i:03}.ron").into(),
                    summary: Ok(Summary {
                        id: format!("{i}"),
                        cell: format!("Chi bộ số {}", i % 3),
                        committee: format!("Đảng bộ {}", i % 2),
                        year,
                        date: chrono::NaiveDate::from_ymd_opt(year, 12, 15).unwrap_or_default(),
                        status: SummaryStatus::Draft,
                        members: i,
                        rated: 0,
                        reviewed: i,
                    }),
                }
            })
            .collect()
    }

    fn render(rows: Vec<Row<'static>>, selected: Option<usize>) -> Buffer {
        let area = Rect::new(0, 0, 80, 20);
        let mut buf = Buffer::empty(area);
        let table = Table::new(rows, [Constraint::Fill(1)]);
        let mut state = TableState::default().with_selected(selected);
        ratatui::widgets::StatefulWidget::render(table, area, &mut buf, &mut state);
        buf
    }

    #[test]
    fn only_the_rows_that_can_be_seen_are_made_and_the_frame_is_the_same() {
        let list = entries(300);
        for sel in [0, 5, 19, 20, 150, 299] {
            let (some, at) = grouped_rows(&list, sel, 20, Lang::Vi);
            let (all, at_all) = grouped_rows(&list, sel, usize::MAX, Lang::Vi);
            let made = some.iter().filter(|r| *r != &Row::default()).count();
            assert!(made <= 2 * 20 + 2, "{sel}: {made} rows made");
            assert_eq!(at, at_all);
            assert_eq!(render(some, at), render(all, at_all), "selected {sel}");
        }
    }
}
