//! A small form: labelled one-line fields, choices and yes/no flags, with a line for the error of
//! the last submit and a live preview its owner fills in (the tally's proposed level).
//!
//! Fields are named by a value of the form's own field enum `F`, never by position, so a form's
//! reader cannot drift from its layout; a choice's options carry the value they stand for (a
//! post, a rule set, a file), so what is read back is what was shown.

use std::any::Any;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::line_input::LineInput;
use crate::keymap::{Action, Context};
use crate::theme;
use crate::widgets::hints::hint_line;
use chibo_core::i18n::Lang;

/// One option of a choice: its label, and the value it stands for, of the type the form
/// reads back with [`Form::chosen`].
#[derive(Clone)]
pub struct Opt {
    pub label: String,
    value: Rc<dyn Any>,
}

impl std::fmt::Debug for Opt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

#[derive(Debug, Clone)]
pub enum Value {
    Text(LineInput),
    /// `sel` is the highlighted option: a place in the field's own options, fixed until the
    /// form's owner gives the choice new ones ([`Form::set_options`]); the value is read from
    /// the option itself.
    Choice {
        options: Vec<Opt>,
        sel: usize,
    },
    Flag(bool),
}

#[derive(Debug, Clone)]
pub struct Field<F> {
    pub id: F,
    pub label: String,
    pub value: Value,
}

impl<F> Field<F> {
    pub fn text(id: F, label: &str, v: &str) -> Self {
        Field {
            id,
            label: label.to_owned(),
            value: Value::Text(LineInput::new(v)),
        }
    }
    /// A choice among `options` (label, value), on the option equal to `current`, or on the
    /// first when none is.
    pub fn choice<V: PartialEq + 'static>(
        id: F,
        label: &str,
        options: Vec<(String, V)>,
        current: &V,
    ) -> Self {
        let sel = options.iter().position(|(_, v)| v == current).unwrap_or(0);
        let options = options
            .into_iter()
            .map(|(label, v)| Opt {
                label,
                value: Rc::new(v),
            })
            .collect();
        Field {
            id,
            label: label.to_owned(),
            value: Value::Choice { options, sel },
        }
    }
    pub fn flag(id: F, label: &str, on: bool) -> Self {
        Field {
            id,
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
pub struct Form<F> {
    pub title: String,
    pub fields: Vec<Field<F>>,
    pub focus: usize,
    pub error: Option<String>,
    /// Lines the owner computes after each change (e.g. the tally check); `.1` marks a problem.
    pub preview: Vec<(String, bool)>,
    touched: bool,
}

impl<F: Copy + PartialEq> Form<F> {
    pub fn new(title: String, fields: Vec<Field<F>>) -> Self {
        let mut form = Form {
            title,
            fields,
            focus: 0,
            error: None,
            preview: Vec::new(),
            touched: false,
        };
        form.enter(0);
        form
    }

    /// Moves the cursor to field `i`, selecting a prefilled text so typing replaces it.
    fn enter(&mut self, i: usize) {
        self.focus = i;
        if let Some(Value::Text(t)) = self.fields.get_mut(i).map(|f| &mut f.value) {
            t.select_all();
        }
    }

    /// Something was typed or chosen since the form opened.
    pub fn is_touched(&self) -> bool {
        self.touched
    }

    fn value(&self, id: F) -> Option<&Value> {
        self.fields.iter().find(|f| f.id == id).map(|f| &f.value)
    }

    /// The trimmed text of a text field ("" for another kind).
    pub fn text(&self, id: F) -> &str {
        match self.value(id) {
            Some(Value::Text(t)) => t.text().trim(),
            _ => "",
        }
    }
    /// The value of the option chosen in field `id`; `None` when `id` is not a choice of
    /// `V`s (a form reads its own fields, so only a mistake in the form gives `None`).
    pub fn chosen<V: Clone + 'static>(&self, id: F) -> Option<V> {
        match self.value(id) {
            Some(Value::Choice { options, sel }) => {
                options.get(*sel)?.value.downcast_ref::<V>().cloned()
            }
            _ => None,
        }
    }
    pub fn flag(&self, id: F) -> bool {
        matches!(self.value(id), Some(Value::Flag(true)))
    }
    pub fn label(&self, id: F) -> &str {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .map_or("", |f| f.label.as_str())
    }
    /// The field that has the cursor.
    pub fn focused(&self) -> Option<F> {
        self.fields.get(self.focus).map(|f| f.id)
    }
    pub fn focus_on(&mut self, id: F) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id) {
            self.enter(i);
        }
    }
    /// Chooses the option of field `id` whose value is `to`, when it has one.
    pub fn set_choice<V: PartialEq + 'static>(&mut self, id: F, to: &V) {
        if let Some(Value::Choice { sel, options }) = self
            .fields
            .iter_mut()
            .find(|f| f.id == id)
            .map(|f| &mut f.value)
            && let Some(i) = options
                .iter()
                .position(|o| o.value.downcast_ref::<V>() == Some(to))
        {
            *sel = i;
        }
    }

    /// Gives choice `id` new options (label, value), keeping the value chosen when it is still
    /// offered, else on the first option.
    pub fn set_options<V: PartialEq + 'static>(&mut self, id: F, options: Vec<(String, V)>) {
        let Some(Value::Choice { options: old, sel }) = self
            .fields
            .iter_mut()
            .find(|f| f.id == id)
            .map(|f| &mut f.value)
        else {
            return;
        };
        let current = old.get(*sel).and_then(|o| o.value.downcast_ref::<V>());
        let at = options.iter().position(|(_, v)| Some(v) == current);
        *sel = at.unwrap_or(0);
        *old = options
            .into_iter()
            .map(|(label, v)| Opt {
                label,
                value: Rc::new(v),
            })
            .collect();
    }

    pub fn paste(&mut self, s: &str) {
        if let Some(Field {
            value: Value::Text(t),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            t.insert(s);
            self.touched = true;
        }
    }

    /// A key, with the action the form's key table gives it; other keys edit the field.
    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent) -> FormKey {
        let n = self.fields.len().max(1);
        match action {
            Some(Action::Save) => return FormKey::Submit,
            Some(Action::Cancel) => return FormKey::Cancel,
            Some(Action::NextField) => self.enter((self.focus + 1) % n),
            Some(Action::PrevField) => self.enter((self.focus + n - 1) % n),
            Some(Action::ClearField) => return self.clear(),
            Some(Action::Choose) => return self.choose(k.code == KeyCode::Left, k),
            _ => return self.edit(k),
        }
        FormKey::Other
    }

    /// ←/→ go through a choice's options and turn a flag; on a text they move its cursor.
    fn choose(&mut self, back: bool, k: &KeyEvent) -> FormKey {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormKey::Other;
        };
        match &mut field.value {
            Value::Text(_) => return self.edit(k),
            Value::Choice { options, sel } => {
                let n = options.len().max(1);
                *sel = if back {
                    (*sel + n - 1) % n
                } else {
                    (*sel + 1) % n
                };
            }
            Value::Flag(on) => *on = !*on,
        }
        self.changed()
    }

    /// Something was typed or chosen: the last refusal no longer holds.
    fn changed(&mut self) -> FormKey {
        self.error = None;
        self.touched = true;
        FormKey::Changed
    }

    fn clear(&mut self) -> FormKey {
        match self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            Some(Value::Text(t)) if !t.text().is_empty() => {
                *t = LineInput::new("");
                self.changed()
            }
            _ => FormKey::Other,
        }
    }

    fn edit(&mut self, k: &KeyEvent) -> FormKey {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormKey::Other;
        };
        let typed = match &mut field.value {
            Value::Text(t) => t.key(k),
            // Space goes on to the next option, as → does.
            Value::Choice { .. } | Value::Flag(_) if k.code == KeyCode::Char(' ') => {
                return self.choose(false, k);
            }
            Value::Choice { .. } | Value::Flag(_) => false,
        };
        if typed {
            self.changed()
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
            .title_bottom(hint_line(Context::Form, lang));
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
    fn draw_field(&self, f: &mut Frame, row: Rect, field: &Field<F>, i: usize, label_w: usize) {
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
                let v = options.get(*sel).map_or("", |o| o.label.as_str());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Id {
        Post,
        Name,
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Post {
        Secretary,
        Deputy,
        Ordinary,
    }

    fn form(current: Post) -> Form<Id> {
        let posts = [Post::Secretary, Post::Deputy, Post::Ordinary]
            .map(|p| (format!("{p:?}"), p))
            .to_vec();
        let fields = vec![
            Field::text(Id::Name, "Name", ""),
            Field::choice(Id::Post, "Post", posts, &current),
        ];
        Form::new("t".into(), fields)
    }

    #[test]
    fn a_choice_opens_on_its_value_and_gives_back_the_value_shown() {
        let mut f = form(Post::Ordinary);
        assert_eq!(f.chosen(Id::Post), Some(Post::Ordinary));
        f.focus_on(Id::Post);
        let right = KeyEvent::from(KeyCode::Right);
        assert_eq!(f.key(Some(Action::Choose), &right), FormKey::Changed);
        assert_eq!(
            f.chosen(Id::Post),
            Some(Post::Secretary),
            "wraps to the first"
        );
        f.set_choice(Id::Post, &Post::Deputy);
        assert_eq!(f.chosen(Id::Post), Some(Post::Deputy));
        assert_eq!(
            f.chosen::<u8>(Id::Post),
            None,
            "another type is not a value"
        );
        assert_eq!(f.chosen::<Post>(Id::Name), None, "a text is not a choice");
    }
}
