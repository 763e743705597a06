//! The app's forms, each a type: its fields are an enum, and [`TypedForm::parse`] reads them into
//! the message the form stands for (a domain command, a new session) or says what is wrong.
//!
//! To add a form: a field enum, a struct holding a [`Form`] of it, `TypedForm` for the struct,
//! and a key or row that pushes `Popup::Form(Box::new(…))`.

pub(crate) mod meeting;
pub(crate) mod member;
pub(crate) mod session;
pub(crate) mod vote;

use chrono::{NaiveDate, NaiveTime};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::keymap::Action;
use crate::msg::{Msg, Outcome};
use crate::popup::Cx;
use crate::widgets::form::{Form, FormKey};
use crate::words::T;
use chibo_core::i18n::Lang;

/// A form with typed fields.
pub trait TypedForm {
    type Field: Copy + PartialEq;
    fn form(&self) -> &Form<Self::Field>;
    fn form_mut(&mut self) -> &mut Form<Self::Field>;
    /// After each change: live checks, fields that follow others.
    fn changed(&mut self, _cx: &Cx) {}
    /// The message the form stands for, or what is wrong, in the user's language.
    fn parse(&self, cx: &Cx) -> Result<Msg, String>;
}

/// A form as the popup stack holds it, whatever its fields.
pub trait FormSpec {
    fn key(&mut self, action: Option<Action>, k: &KeyEvent, cx: &Cx) -> Outcome;
    /// Pasted text, a change like a key typed.
    fn paste(&mut self, s: &str, cx: &Cx);
    fn draw(&self, f: &mut Frame, area: Rect, lang: Lang);
    /// Shown under the fields after a refused submit.
    fn set_error(&mut self, e: String);
}

impl<X: TypedForm> FormSpec for X {
    fn key(&mut self, action: Option<Action>, k: &KeyEvent, cx: &Cx) -> Outcome {
        match self.form_mut().key(action, k) {
            FormKey::Submit => match self.parse(cx) {
                Ok(msg) => Outcome::Emit(msg),
                Err(e) => {
                    self.set_error(e);
                    Outcome::Stay
                }
            },
            // Typed data is not dropped without asking.
            FormKey::Cancel if self.form().is_touched() => Outcome::Ask {
                text: T::DropTypedQ.get(cx.lang).to_owned(),
                yes: Msg::ClosePopup,
            },
            FormKey::Cancel => Outcome::Close,
            FormKey::Changed => {
                self.changed(cx);
                Outcome::Stay
            }
            FormKey::Other => Outcome::Stay,
        }
    }
    fn paste(&mut self, s: &str, cx: &Cx) {
        self.form_mut().paste(s);
        self.changed(cx);
    }
    fn draw(&self, f: &mut Frame, area: Rect, lang: Lang) {
        self.form().draw(f, area, lang);
    }
    fn set_error(&mut self, e: String) {
        self.form_mut().error = Some(e);
    }
}

/// A date as typed: dd/mm/yyyy, or yyyy-mm-dd.
pub(crate) fn parse_date(t: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.trim(), "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d"))
        .ok()
}

/// A time as typed: 08:30, 8h30 or 08:30:00.
pub(crate) fn parse_time(t: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(t.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t.trim(), "%Hh%M"))
        .or_else(|_| NaiveTime::parse_from_str(t.trim(), "%H:%M:%S"))
        .ok()
}

/// An optional date field: empty is `None`.
pub(crate) fn optional_date(t: &str, lang: Lang) -> Result<Option<NaiveDate>, String> {
    match t {
        "" => Ok(None),
        t => parse_date(t)
            .map(Some)
            .ok_or_else(|| T::BadDate.get(lang).to_owned()),
    }
}

/// An optional time field: empty is `None`.
pub(crate) fn optional_time(t: &str, lang: Lang) -> Result<Option<NaiveTime>, String> {
    match t {
        "" => Ok(None),
        t => parse_time(t)
            .map(Some)
            .ok_or_else(|| T::BadTime.get(lang).to_owned()),
    }
}

/// A count typed in a form: empty is 0.
pub(crate) fn number<F: Copy + PartialEq>(
    form: &Form<F>,
    id: F,
    lang: Lang,
) -> Result<u32, String> {
    let t = form.text(id);
    if t.is_empty() {
        return Ok(0);
    }
    t.parse()
        .map_err(|_| format!("{}: {}", form.label(id), T::NotANumber.get(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_in_the_ways_people_write_them() {
        assert_eq!(
            parse_date("15/12/2025"),
            NaiveDate::from_ymd_opt(2025, 12, 15)
        );
        assert_eq!(
            parse_date(" 2025-12-15 "),
            NaiveDate::from_ymd_opt(2025, 12, 15)
        );
        assert_eq!(parse_date("31/02/2025"), None);
        assert_eq!(parse_time("8h30"), NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(optional_date("", Lang::Vi), Ok(None));
        assert!(optional_time("x", Lang::En).is_err());
    }
}
