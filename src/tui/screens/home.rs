//! Home: the sessions of the folder, newest first; open one, or create a new one (with the roster
//! copied from a past session or empty).

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::domain::{Cell as CellInfo, RuleSet, RuleSetName, Session};
use crate::tui::app::{App, Screen};
use crate::tui::keymap::{Action, Context, bindings};
use crate::tui::persist::{self, IndexEntry};
use crate::tui::popup::FormFor;
use crate::tui::screens::meeting::vote::parse_time;
use crate::tui::screens::roster::RosterView;
use crate::tui::theme;
use crate::tui::widgets::form::{Field, Form};
use crate::tui::widgets::hints::Hints;
use crate::tui::words::{T, summary_status};

const RULES: [RuleSetName; 3] = [RuleSetName::Qd132, RuleSetName::Qd124, RuleSetName::Qd366];

pub struct HomeView {
    pub entries: Vec<IndexEntry>,
    pub sel: usize,
}

impl HomeView {
    pub fn load(dir: &Path) -> Self {
        HomeView {
            entries: persist::index(dir),
            sel: 0,
        }
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, app: &App) {
        let lang = app.lang;
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let folder = app.dir.file_name().map_or_else(
            || app.dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let title = format!("chibo — {} — {folder}", T::HomeTitle.get(lang));
        f.render_widget(
            Paragraph::new(theme::fit(&title, usize::from(area.width))).style(theme::title()),
            top,
        );
        let header = Row::new(
            [
                T::ColCell,
                T::ColYear,
                T::ColDate,
                T::ColStatus,
                T::ColMembers,
                T::ColRated,
            ]
            .map(|t| Cell::from(t.get(lang))),
        )
        .style(theme::label());
        let rows: Vec<Row> = self.entries.iter().map(|e| entry_row(e, lang)).collect();
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
            f.render_widget(Paragraph::new(T::NoSessions.get(lang)).block(block), body);
        } else {
            let table = Table::new(rows, widths)
                .header(header)
                .block(block)
                .row_highlight_style(theme::selected());
            f.render_stateful_widget(
                table,
                body,
                &mut TableState::default().with_selected(Some(self.sel)),
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

fn entry_row(e: &IndexEntry, lang: crate::i18n::Lang) -> Row<'static> {
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
            Row::new([format!("{name}: {}", err.message(lang)), String::new()])
                .style(theme::error())
        }
    }
}

/// Follows the year typed in the new-session form with the rule set of that year.
pub fn year_changed(form: &mut Form) {
    if form.focus != 2 {
        return;
    }
    if let Ok(y) = form.text(2).parse::<i32>() {
        let name = RuleSetName::for_year(y);
        if let Some(crate::tui::widgets::form::Value::Choice { sel, .. }) =
            form.fields.get_mut(6).map(|f| &mut f.value)
        {
            *sel = RULES.iter().position(|r| *r == name).unwrap_or(2);
        }
    }
}

pub fn parse_date(t: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.trim(), "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d"))
        .ok()
}

impl App {
    pub(crate) fn home_action(&mut self, action: Action) {
        let Screen::Home(v) = &mut self.screen else {
            return;
        };
        let n = v.entries.len();
        match action {
            Action::Up => v.sel = v.sel.saturating_sub(1),
            Action::Down => v.sel = (v.sel + 1).min(n.saturating_sub(1)),
            Action::Reload => *v = HomeView::load(&self.dir),
            Action::Open => {
                let Some(e) = v.entries.get(v.sel) else {
                    return;
                };
                match &e.summary {
                    Ok(_) => {
                        let path = e.path.clone();
                        self.open_session(&path);
                    }
                    Err(err) => {
                        let msg = err.message(self.lang);
                        self.show_error(msg);
                    }
                }
            }
            Action::NewSession => self.new_session_form(),
            _ => {}
        }
    }

    fn new_session_form(&mut self) {
        let lang = self.lang;
        let Screen::Home(v) = &self.screen else {
            return;
        };
        let now = self.now();
        let year = now.year();
        let mut sources = Vec::new();
        let mut names = vec![T::EmptyRoster.get(lang).to_owned()];
        for e in &v.entries {
            if let Ok(s) = &e.summary {
                names.push(format!("{} {} ({})", s.cell, s.year, s.members));
                sources.push(e.path.clone());
            }
        }
        let rule = RULES
            .iter()
            .position(|r| *r == RuleSetName::for_year(year))
            .unwrap_or(2);
        let fields = vec![
            Field::text(T::CellName.get(lang), ""),
            Field::text(T::Committee.get(lang), ""),
            Field::text(T::ColYear.get(lang), &year.to_string()),
            Field::text(T::DateDmy.get(lang), &now.format("%d/%m/%Y").to_string()),
            Field::text(T::StartTime.get(lang), "08:00"),
            Field::text(T::Place.get(lang), ""),
            Field::choice(
                T::RuleSet.get(lang),
                RULES.iter().map(|r| r.texts().to_owned()).collect(),
                rule,
            ),
            Field::choice(
                T::RosterFrom.get(lang),
                names,
                usize::from(!sources.is_empty()),
            ),
        ];
        let form = Form::new(T::NewSessionTitle.get(lang).to_owned(), fields);
        self.form_popup(form, FormFor::NewSession { sources });
    }

    pub(crate) fn create_session(
        &mut self,
        form: &Form,
        sources: &[PathBuf],
    ) -> Result<(), String> {
        let lang = self.lang;
        let bad = |t: T| Err(t.get(lang).to_owned());
        let name = form.text(0);
        if name.is_empty() {
            return bad(T::NeedCell);
        }
        let Ok(year) = form.text(2).parse::<i32>() else {
            return bad(T::BadYear);
        };
        let Some(date) = parse_date(form.text(3)) else {
            return bad(T::BadDate);
        };
        let start = match form.text(4) {
            "" => None,
            t => Some(parse_time(t).ok_or_else(|| T::BadTime.get(lang).to_owned())?),
        };
        let cell = CellInfo {
            name: name.to_owned(),
            committee: form.text(1).to_owned(),
        };
        let path = persist::new_session_path(&self.dir, year, name);
        let id = path
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let mut s = Session::new(id, cell, year, date, form.text(5));
        s.normalize_text();
        s.meeting.start = start;
        s.rules = RuleSet::named(
            RULES
                .get(form.choice(6))
                .copied()
                .unwrap_or(RuleSetName::Qd366),
        );
        if let Some(src) = form.choice(7).checked_sub(1).and_then(|i| sources.get(i)) {
            let old = persist::load(src).map_err(|e| e.message(lang))?;
            s.copy_roster_from(&old);
        }
        persist::save(&path, &s).map_err(|e| e.message(lang))?;
        if self.open_session(&path) {
            self.screen = Screen::Roster(RosterView::default());
        }
        Ok(())
    }
}
