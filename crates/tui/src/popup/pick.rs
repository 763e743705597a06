//! A list to pick one item from: arrows and pages, or the first letter of a given name (accents
//! ignored). Each item carries the message it stands for, and so the id of what it points at
//! (`SetChair(Some(id))`, a level, a format): the label and its meaning are never two lists
//! matched by position.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::keymap::Action;
use crate::msg::{Msg, Outcome};

/// One item of the list: what it shows and what choosing it does.
struct Item {
    label: String,
    msg: Msg,
}

pub struct Picker {
    pub title: String,
    items: Vec<Item>,
    /// The highlighted item: a place in the picker's own list, which never changes while it is
    /// open (the session cannot change under a popup).
    sel: usize,
    /// The letter that moved the selection last: pressed again, it goes on to the next name.
    last_letter: Option<char>,
    /// What the list says when it has nothing to pick.
    pub empty: String,
}

impl Picker {
    pub fn new(title: String, choices: Vec<(String, Msg)>) -> Self {
        let items = choices
            .into_iter()
            .map(|(label, msg)| Item { label, msg })
            .collect();
        Picker {
            title,
            items,
            sel: 0,
            last_letter: None,
            empty: String::new(),
        }
    }

    /// Says why when there is nothing to pick ("nobody is present yet").
    pub fn when_empty(mut self, why: &str) -> Self {
        self.empty = why.to_owned();
        self
    }

    /// What the list shows, in order.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|i| i.label.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The highlighted item's place in [`Picker::labels`].
    pub fn highlighted(&self) -> usize {
        self.sel
    }

    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent) -> Outcome {
        let n = self.items.len();
        match action {
            Some(Action::Pick) if self.sel < n => {
                return Outcome::Emit(self.items.swap_remove(self.sel).msg);
            }
            Some(Action::Pick | Action::Cancel) => return Outcome::Close,
            Some(Action::Up) if n > 0 => self.sel = (self.sel + n - 1) % n,
            Some(Action::Down) if n > 0 => self.sel = (self.sel + 1) % n,
            Some(Action::PageUp) => self.sel = self.sel.saturating_sub(10),
            Some(Action::PageDown) => self.sel = (self.sel + 10).min(n.saturating_sub(1)),
            Some(Action::Top) => self.sel = 0,
            Some(Action::Bottom) => self.sel = n.saturating_sub(1),
            None => {
                if let KeyCode::Char(c) = k.code
                    && !k.modifiers.contains(KeyModifiers::CONTROL)
                {
                    self.jump(c);
                }
                return Outcome::Stay;
            }
            _ => {}
        }
        self.last_letter = None;
        Outcome::Stay
    }

    /// To the first name from the selection on whose given name (the last word) starts with
    /// `c`; the same letter again goes on to the next such name.
    fn jump(&mut self, c: char) {
        let want = base_letter(c);
        let n = self.items.len();
        let from = usize::from(self.last_letter == Some(want));
        let found = (from..n + from)
            .map(|d| (self.sel + d) % n.max(1))
            .find(|&i| {
                self.items.get(i).is_some_and(|item| {
                    let given = item.label.split_whitespace().last().unwrap_or("");
                    given.chars().next().map(base_letter) == Some(want)
                })
            });
        if let Some(i) = found {
            self.sel = i;
            self.last_letter = Some(want);
        }
    }
}

/// A letter without its marks, lower case ("Ấ" → 'a', "Đ" → 'd').
fn base_letter(c: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    let c = c.to_lowercase().next().unwrap_or(c);
    if c == 'đ' {
        return 'd';
    }
    c.nfd().next().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picker(names: &[&str]) -> Picker {
        let choices = names
            .iter()
            .map(|n| ((*n).to_owned(), Msg::Seq(Vec::new())))
            .collect();
        Picker::new("t".into(), choices)
    }

    fn letter(p: &mut Picker, c: char) -> usize {
        p.key(None, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        p.sel
    }

    #[test]
    fn a_letter_finds_the_highlighted_name_first_then_the_next() {
        let mut p = picker(&["Nguyễn Văn Ấn", "Trần Thị Bình", "Đặng Thị Ỷ", "Lê Văn An"]);
        assert_eq!(
            letter(&mut p, 'a'),
            0,
            "the highlighted name is not skipped"
        );
        assert_eq!(letter(&mut p, 'a'), 3, "again: the next one");
        assert_eq!(letter(&mut p, 'a'), 0, "wraps around");
        assert_eq!(letter(&mut p, 'Y'), 2);
        assert_eq!(letter(&mut p, 'z'), 2, "no match stays");
        p.key(
            Some(Action::Up),
            &KeyEvent::new(KeyCode::Up, KeyModifiers::NONE),
        );
        assert_eq!(p.sel, 1);
    }

    #[test]
    fn an_empty_list_takes_every_key_without_panicking() {
        let mut p = picker(&[]);
        for c in ['a', 'z', 'Đ'] {
            assert_eq!(letter(&mut p, c), 0);
        }
        for a in [Action::Up, Action::Down, Action::PageUp, Action::PageDown] {
            p.key(Some(a), &KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
        }
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert!(matches!(p.key(Some(Action::Pick), &enter), Outcome::Close));
    }
}
