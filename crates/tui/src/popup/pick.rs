//! A list to pick one item from: arrows and pages, or the first letter of a given name (accents
//! ignored). Each item carries the message it stands for, and so the id of what it points at
//! (`SetChair(Some(id))`, a level, a format): the label and its meaning are never two lists
//! matched by position.
//!
//! A question that can arrive while the user is typing (the file changed elsewhere) is
//! [`Picker::guarded`]: it takes no key until the keyboard has been quiet for [`GUARD`] (the
//! app's wait for input ran out: [`Picker::lift`]), so keys typed before it appeared, typed on
//! without looking, or read late by a busy machine never answer it, and letters do not move
//! its choice.

use std::time::{Duration, Instant};

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
    /// Keys are not taken before this instant; each key refused moves it on (see [`GUARD`]).
    guard: Option<Instant>,
    /// Whether a letter moves to the next name starting with it.
    letters: bool,
}

/// How long the keyboard must be quiet before a guarded question takes a key.
pub const GUARD: Duration = Duration::from_secs(1);

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
            guard: None,
            letters: true,
        }
    }

    /// A question asked while the user may be typing: no key is taken until the keyboard has
    /// been quiet for [`GUARD`] from `now`, and letters choose nothing.
    pub fn guarded(mut self, now: Instant) -> Self {
        self.guard = Some(now + GUARD);
        self.letters = false;
        self
    }

    /// Whether a key at `now` is refused: the guard is on (the wait starts again from this key).
    /// Only [`Picker::lift`] takes it off, when nothing came for the whole wait: a key read late
    /// (a busy machine) is refused however long after the question it is read.
    pub fn holds(&mut self, now: Instant) -> bool {
        if self.guard.is_some() {
            self.guard = Some(now + GUARD);
        }
        self.guard.is_some()
    }

    /// Lifts the guard when no input came until `now` and its wait is over; returns whether it
    /// was lifted.
    pub fn lift(&mut self, now: Instant) -> bool {
        let over = self.guard.is_some_and(|until| now >= until);
        if over {
            self.guard = None;
        }
        over
    }

    /// When the guard's wait ends, while there is one.
    pub fn guarded_until(&self) -> Option<Instant> {
        self.guard
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
                    && self.letters
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
    fn a_guarded_question_waits_for_a_quiet_keyboard_and_ignores_letters() {
        let t0 = Instant::now();
        let mut p = picker(&["Giữ bản của tôi", "Mở bản trên đĩa"]).guarded(t0);
        assert!(p.holds(t0), "a key at once");
        let later = t0 + GUARD / 2;
        assert!(p.holds(later));
        // Typing on: the wait starts again from each key.
        assert!(p.holds(t0 + GUARD + GUARD / 4), "still typing");
        assert!(!p.lift(t0 + GUARD + GUARD / 2));
        // A key read long after, with no quiet wait between: refused all the same.
        assert!(p.holds(t0 + 10 * GUARD), "read late");
        assert!(p.lift(t0 + 11 * GUARD));
        assert!(!p.holds(t0 + 12 * GUARD));
        assert_eq!(letter(&mut p, 'm'), 0, "a letter chooses nothing");
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
