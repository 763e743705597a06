//! The committee's roll-up in the app: every cell of the folder (and its subfolders) by
//! committee and year, the levels of the selected cell as bars, the Excellent cap over the
//! organisation, and the problems; Enter opens a cell's session to read it. The files are read
//! in the background: until they are, the screen shows how far the reading is.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph, Row, Table, TableState, Wrap};

use crate::jobs::{Job, Progress};
use crate::keymap::{Action, Context, bindings};
use crate::msg::Msg;
use crate::theme;
use crate::widgets::hints::Hints;
use crate::words::{T, reading};
use chibo_core::domain::Level;
use chibo_core::i18n::Lang;
use chibo_rollup::{CellLine, Rollup, Totals, words};

pub struct SummaryView {
    pub rollup: Rollup,
    pub sel: usize,
    /// The job reading the roll-up, and how far it is; `None` once it is read.
    pub reading: Option<(Job, Progress)>,
}

impl SummaryView {
    /// The screen while `job` reads the folder.
    pub fn reading(job: Job) -> Self {
        SummaryView {
            rollup: Rollup::default(),
            sel: 0,
            reading: Some((job, Progress::default())),
        }
    }

    pub fn on_action(&mut self, action: Action) -> Option<Msg> {
        let n = self.rollup.cells.len();
        match action {
            Action::Up => self.sel = self.sel.saturating_sub(1),
            Action::Down => self.sel = (self.sel + 1).min(n.saturating_sub(1)),
            Action::Top => self.sel = 0,
            Action::Bottom => self.sel = n.saturating_sub(1),
            Action::Open => {
                let c = self.rollup.cells.get(self.sel)?;
                return Some(Msg::ReadSession(c.file.clone()));
            }
            Action::Back => return Some(Msg::Reload),
            _ => {}
        }
        None
    }

    fn selected(&self) -> Option<&CellLine> {
        self.rollup.cells.get(self.sel)
    }

    fn totals(&self) -> Option<&Totals> {
        let c = self.selected()?;
        (self.rollup.totals.iter()).find(|t| t.committee == c.committee && t.year == c.year)
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, lang: Lang) {
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = format!("chibo — {}", T::SummaryTitle.get(lang));
        f.render_widget(Paragraph::new(title).style(theme::title()), top);
        if let Some((_, progress)) = self.reading {
            let text = Paragraph::new(reading(progress, lang)).block(Block::bordered());
            f.render_widget(text, body);
        } else {
            self.draw_body(f, body, lang);
        }
        let list = bindings(Context::Summary);
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }

    fn draw_body(&self, f: &mut Frame, body: Rect, lang: Lang) {
        let [table, side] =
            Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(body);
        self.draw_table(f, table, lang);
        let [chart, notes] =
            Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(side);
        self.draw_chart(f, chart, lang);
        self.draw_notes(f, notes, lang);
    }

    fn draw_table(&self, f: &mut Frame, area: Rect, lang: Lang) {
        let header =
            Row::new([T::ColCell, T::ColYear, T::ColRated, T::ColStatus].map(|t| t.get(lang)))
                .style(theme::label());
        let rows = self.rollup.cells.iter().map(|c| {
            Row::new([
                c.cell.clone(),
                c.year.to_string(),
                format!("{}/{}", c.rated, c.reviewed),
                words::status(c.status, lang).to_owned(),
            ])
        });
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(7),
            Constraint::Length(11),
        ];
        let committee = self.selected().map_or("", |c| c.committee.as_str());
        let table = Table::new(rows, widths)
            .header(header)
            .block(Block::bordered().title(format!(" {committee} ")))
            .row_highlight_style(theme::selected());
        let mut st = TableState::default().with_selected(Some(self.sel));
        f.render_stateful_widget(table, area, &mut st);
    }

    /// The selected cell's members per level.
    fn draw_chart(&self, f: &mut Frame, area: Rect, lang: Lang) {
        let Some(c) = self.selected() else {
            let text = Paragraph::new(T::NoSessions.get(lang)).block(Block::bordered());
            return f.render_widget(text, area);
        };
        let bars: Vec<Bar> = Level::ALL
            .iter()
            .map(|l| Bar::with_label(l.short(), u64::from(c.per_level.get(*l))))
            .collect();
        let chart = BarChart::default()
            .data(BarGroup::new(bars))
            .bar_width(7)
            .bar_gap(1)
            .bar_style(theme::title())
            .block(Block::bordered().title(format!(" {} ", c.cell)));
        f.render_widget(chart, area);
    }

    /// The cap over the organisation for the selected cell's committee and year, and the
    /// problems of the folder.
    fn draw_notes(&self, f: &mut Frame, area: Rect, lang: Lang) {
        let mut lines: Vec<Line> = Vec::new();
        if let Some(t) = self.totals() {
            // Provisional or not, and the caps, as `chibo summary` prints them.
            lines.extend(words::totals_notes(t, lang).into_iter().map(Line::raw));
        }
        if let Some(cap) = self.selected().and_then(|c| words::own_cap(c, lang)) {
            lines.push(Line::raw(cap.trim().to_owned()));
        }
        for p in &self.rollup.problems {
            let text = words::problem(p, lang);
            lines.push(Line::from(Span::styled(text, theme::warning())));
        }
        let title = format!(" {} ", T::Findings.get(lang).trim());
        let p = Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(title));
        f.render_widget(p, area);
    }
}
