//! A small form: labelled one-line fields, choices and yes/no flags, with a line for the error of
//! the last submit and a live preview the app fills in (the tally's proposed level).

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::line_input::LineInput;
use crate::i18n::Lang;
use crate::tui::theme;
use crate::tui::words::T;

#[derive(Debug, Clone)]
pub enum Value {
    Text(LineInput),
    Choice { options: Vec<String>, sel: usize },
    Flag(bool),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: String,
    pub value: Value,
}

impl Field {
    pub fn text(label: &str, v: &str) -> Self {
        Field {
            label: label.to_owned(),
            value: Value::Text(LineInput::new(v)),
        }
    }
    pub fn choice(label: &str, options: Vec<String>, sel: usize) -> Self {
        Field {
            label: label.to_owned(),
            value: Value::Choice { options, sel },
        }
    }
    pub fn flag(label: &str, on: bool) -> Self {
        Field {
            label: label.to_owned(),
            value: Value::Flag(on),
        }
    }
}

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Submit,
    Cancel,
    Changed,
    Other,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
    /// Lines the app computes after each change (e.g. the tally check); `.1` marks a problem.
    pub preview: Vec<(String, bool)>,
}

impl Form {
    pub fn new(title: String, fields: Vec<Field>) -> Self {
        Form {
            title,
            fields,
            focus: 0,
            error: None,
            preview: Vec::new(),
        }
    }

    pub fn text(&self, i: usize) -> &str {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(t)) => t.text().trim(),
            _ => "",
        }
    }
    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Choice { sel, .. }) => *sel,
            _ => 0,
        }
    }
    pub fn flag(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.value),
            Some(Value::Flag(true))
        )
    }

    pub fn paste(&mut self, s: &str) {
        if let Some(Field {
            value: Value::Text(t),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            t.insert(s);
        }
    }

    pub fn key(&mut self, k: &KeyEvent) -> FormKey {
        let n = self.fields.len().max(1);
        match k.code {
            KeyCode::Enter => return FormKey::Submit,
            KeyCode::Esc => return FormKey::Cancel,
            KeyCode::Tab | KeyCode::Down => self.focus = (self.focus + 1) % n,
            KeyCode::BackTab | KeyCode::Up => self.focus = (self.focus + n - 1) % n,
            _ => return self.edit(k),
        }
        FormKey::Other
    }

    fn edit(&mut self, k: &KeyEvent) -> FormKey {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormKey::Other;
        };
        let changed = match &mut field.value {
            Value::Text(t) => t.key(k),
            Value::Choice { options, sel } => {
                let n = options.len().max(1);
                match k.code {
                    KeyCode::Right | KeyCode::Char(' ') => *sel = (*sel + 1) % n,
                    KeyCode::Left => *sel = (*sel + n - 1) % n,
                    _ => return FormKey::Other,
                }
                true
            }
            Value::Flag(on) => match k.code {
                KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right => {
                    *on = !*on;
                    true
                }
                _ => false,
            },
        };
        if changed {
            self.error = None;
            FormKey::Changed
        } else {
            FormKey::Other
        }
    }

    /// Draws the form centred in `area`.
    pub fn draw(&self, f: &mut Frame, area: Rect, lang: Lang) {
        // Borders, a blank line, and the messages as they wrap in the 74 columns inside.
        let messages = self.error.iter().chain(self.preview.iter().map(|p| &p.0));
        let extra = 3 + messages.map(|m| m.width() / 74 + 1).sum::<usize>();
        let h = u16::try_from(self.fields.len() + extra).unwrap_or(u16::MAX);
        let rect = theme::centered(area, 76, h);
        f.render_widget(Clear, rect);
        let block = Block::bordered()
            .title(Span::styled(format!(" {} ", self.title), theme::title()))
            .title_bottom(Line::from(T::FormHint.get(lang)).style(theme::muted()));
        let inner = block.inner(rect);
        f.render_widget(block, rect);
        let label_w = self
            .fields
            .iter()
            .map(|x| x.label.width())
            .max()
            .unwrap_or(0)
            + 2;
        let mut y = inner.y;
        for (i, field) in self.fields.iter().enumerate() {
            if y >= inner.bottom() {
                break;
            }
            self.draw_field(f, Rect::new(inner.x, y, inner.width, 1), field, i, label_w);
            y += 1;
        }
        let mut lines: Vec<Line> = Vec::new();
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.clone(), theme::error()));
        }
        for (text, bad) in &self.preview {
            let st = if *bad { theme::error() } else { theme::good() };
            lines.push(Line::styled(text.clone(), st));
        }
        let rest = Rect::new(
            inner.x,
            y + 1,
            inner.width,
            inner.bottom().saturating_sub(y + 1),
        );
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), rest);
    }

    /// One field on one line: its label, then its value (with the cursor when focused).
    fn draw_field(&self, f: &mut Frame, row: Rect, field: &Field, i: usize, label_w: usize) {
        let focused = i == self.focus;
        let style = if focused {
            theme::selected()
        } else {
            theme::normal()
        };
        let label = theme::pad(&field.label, label_w);
        let width = usize::from(row.width);
        f.buffer_mut()
            .set_stringn(row.x, row.y, &label, width, theme::label());
        let lw = u16::try_from(label_w).unwrap_or(0).min(row.width);
        let value_area = Rect::new(row.x + lw, row.y, row.width - lw, 1);
        let value_w = usize::from(value_area.width);
        match &field.value {
            Value::Text(t) => {
                let pos = t.render(value_area, f.buffer_mut(), style);
                if focused {
                    f.set_cursor_position(pos);
                }
            }
            Value::Choice { options, sel } => {
                let v = options.get(*sel).map_or("", String::as_str);
                let s = if focused {
                    format!("‹ {v} ›")
                } else {
                    v.to_owned()
                };
                f.buffer_mut()
                    .set_stringn(value_area.x, row.y, s, value_w, style);
            }
            Value::Flag(on) => {
                let s = if *on { "[x]" } else { "[ ]" };
                f.buffer_mut().set_stringn(value_area.x, row.y, s, 3, style);
            }
        }
    }
}
