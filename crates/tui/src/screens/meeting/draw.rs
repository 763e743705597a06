//! Drawing the meeting: header, agenda, the current step's rows, its findings, the hint bar.
//! Reads the app; changes nothing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::rows::{Row, rows};
use super::{MeetingView, Pane};
use crate::app::{Open, SaveState};
use crate::keymap::bindings;
use crate::theme;
use crate::widgets::hints::Hints;
use crate::words::{T, header_text, step_name};
use chibo_core::domain::{Finding, FindingKind, Severity, Step, Subject};
use chibo_core::i18n::Lang;
use chibo_core::i18n::{finding_message, severity_label};

const LABEL_MAX: usize = 24;

type Now = chrono::DateTime<chrono::FixedOffset>;

impl MeetingView {
    pub fn draw(&self, f: &mut Frame, area: Rect, open: &Open, now: Now, lang: Lang) {
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let (left, right) = header_text(
            &open.session,
            &open.save,
            now,
            lang,
            area.width,
            open.read_only(),
        );
        let right_w = u16::try_from(right.width()).unwrap_or(0);
        let [l, r] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_w)]).areas(top);
        let left = theme::fit(&left, usize::from(l.width));
        f.render_widget(Paragraph::new(left).style(theme::title()), l);
        let style = match open.save {
            SaveState::Failed(_) | SaveState::Conflict => theme::error(),
            SaveState::Unsaved => theme::warning(),
            SaveState::Saved => theme::good(),
        };
        f.render_widget(Paragraph::new(right).style(style), r);
        let agenda_w = if area.width >= 110 { 32 } else { 26 };
        let wide = area.width >= 110;
        let [left, centre, right] = Layout::horizontal([
            Constraint::Length(agenda_w),
            Constraint::Fill(1),
            Constraint::Length(if wide { 36 } else { 0 }),
        ])
        .areas(body);
        self.draw_agenda(f, left, open, lang);
        let (centre, findings) = if wide {
            (centre, right)
        } else {
            let [c, fnd] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(6)]).areas(centre);
            (c, fnd)
        };
        self.draw_step(f, centre, open, lang);
        draw_findings(f, findings, open, &self.step, lang);
        let list = bindings(self.context(open.read_only()));
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }

    fn draw_agenda(&self, f: &mut Frame, area: Rect, open: &Open, lang: Lang) {
        let s = &open.session;
        let width = usize::from(area.width.saturating_sub(6));
        let items: Vec<ListItem> = s
            .agenda()
            .iter()
            .zip(&open.marks)
            .map(|(step, mark)| {
                let name = theme::fit(&step_name(s, step, lang), width);
                ListItem::new(format!("{} {name}", mark.symbol()))
            })
            .collect();
        let sel = s.agenda().iter().position(|x| *x == self.step);
        let border = if self.focus == Pane::Agenda {
            theme::title()
        } else {
            theme::muted()
        };
        let list = List::new(items)
            .block(
                Block::bordered()
                    .border_style(border)
                    .title(T::Agenda.get(lang)),
            )
            .highlight_style(theme::selected())
            .highlight_symbol("›");
        f.render_stateful_widget(list, area, &mut ListState::default().with_selected(sel));
    }

    fn draw_step(&self, f: &mut Frame, area: Rect, open: &Open, lang: Lang) {
        let s = &open.session;
        let list = rows(s, &self.step, lang);
        let label_w = list
            .iter()
            .map(|r| r.label.width())
            .max()
            .unwrap_or(0)
            .min(LABEL_MAX)
            + 2;
        let value_w = usize::from(area.width.saturating_sub(4)).saturating_sub(label_w);
        let items: Vec<ListItem> = list.iter().map(|r| row_item(r, label_w, value_w)).collect();
        let border = if self.focus == Pane::Step {
            theme::title()
        } else {
            theme::muted()
        };
        let title = step_name(s, &self.step, lang);
        let widget = List::new(items)
            .block(
                Block::bordered()
                    .border_style(border)
                    .title(Span::styled(format!(" {title} "), theme::title())),
            )
            .highlight_style(theme::selected())
            .highlight_symbol("›");
        let sel = (self.focus == Pane::Step)
            .then(|| self.selected(&list))
            .flatten();
        // With room to spare, the selected row's whole text under the list.
        let (area, detail) = if area.height >= 30 {
            let [a, d] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(10)]).areas(area);
            (a, Some(d))
        } else {
            (area, None)
        };
        f.render_stateful_widget(widget, area, &mut ListState::default().with_selected(sel));
        if let (Some(d), Some(r)) = (detail, sel.and_then(|i| list.get(i))) {
            let p = Paragraph::new(r.value.as_str())
                .wrap(Wrap { trim: false })
                .block(
                    Block::bordered()
                        .border_style(theme::muted())
                        .title(format!(" {} ", r.label)),
                );
            f.render_widget(p, d);
        }
    }
}

/// A row: the label, then the value's first lines beside and under it.
fn row_item(r: &Row, label_w: usize, value_w: usize) -> ListItem<'static> {
    if r.value.is_empty() {
        return ListItem::new(Line::styled(
            theme::fit(&r.label, label_w + value_w),
            theme::label(),
        ));
    }
    let label = theme::pad(&theme::fit(&r.label, label_w - 2), label_w);
    let mut value_lines = r.value.lines().filter(|l| !l.trim().is_empty());
    let first = value_lines.next().unwrap_or("");
    let mut lines = vec![Line::from(vec![
        Span::styled(label, theme::label()),
        Span::raw(theme::fit(first, value_w)),
    ])];
    for more in value_lines.take(2) {
        lines.push(Line::raw(format!(
            "{}{}",
            " ".repeat(label_w),
            theme::fit(more, value_w)
        )));
    }
    ListItem::new(Text::from(lines))
}

fn draw_findings(f: &mut Frame, area: Rect, open: &Open, step: &Step, lang: Lang) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let s = &open.session;
    let relevant = |f: &Finding| match (step, &f.kind) {
        (Step::Summary | Step::Close, _) => true,
        // A blank of the meeting shows where it is filled in (and on the summary and close).
        (_, FindingKind::Unfinished { missing }) if f.subject == Subject::Session => {
            missing.step().as_ref() == Some(step)
        }
        (Step::Member(id), _) => f.subject == Subject::Member(id.clone()),
        (Step::CellRating, _) => f.subject == Subject::Cell,
        (Step::Opening | Step::Collective | Step::MinutesVote, _) => f.subject == Subject::Session,
    };
    let lines: Vec<Line> = open
        .findings
        .iter()
        .filter(|x| relevant(x))
        .map(|x| {
            let style = match x.severity {
                Severity::Error => theme::error(),
                Severity::Warning => theme::warning(),
                Severity::Note => theme::muted(),
            };
            let who = match &x.subject {
                Subject::Member(_) if !matches!(step, Step::Member(_)) => {
                    format!("{}: ", chibo_core::i18n::subject_label(s, &x.subject, lang))
                }
                _ => String::new(),
            };
            Line::from(vec![
                Span::styled(format!("{} ", severity_label(x.severity, lang)), style),
                Span::raw(format!("{who}{}", finding_message(x, lang))),
            ])
        })
        .collect();
    let title = format!(" {} ({}) ", T::Findings.get(lang).trim(), lines.len());
    let p = Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().border_style(theme::muted()).title(title));
    f.render_widget(p, area);
}
