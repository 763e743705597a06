//! A one-line text field that keeps its text in NFC and moves by grapheme, so a Vietnamese letter
//! typed as base + combining marks (or pasted decomposed) is one letter to the cursor.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use chibo_core::domain::{clean, nfc};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
    /// The whole text is selected: typing replaces it (a prefilled date, a time).
    selected: bool,
}

impl LineInput {
    pub fn new(text: &str) -> Self {
        let text = nfc(text);
        LineInput {
            cursor: text.len(),
            text,
            selected: false,
        }
    }

    /// Selects the whole text, as when the field is entered: the next letter replaces it.
    pub fn select_all(&mut self) {
        self.selected = !self.text.is_empty();
    }

    fn take_selection(&mut self) {
        if std::mem::take(&mut self.selected) {
            self.text.clear();
            self.cursor = 0;
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Inserts typed or pasted text at the cursor; line breaks become spaces, and any other
    /// control character U+FFFD, visible where it was (as the session would store it).
    pub fn insert(&mut self, s: &str) {
        self.take_selection();
        let s = clean(&s.replace(['\r', '\n', '\t'], " "));
        self.text.insert_str(self.cursor, &s);
        self.cursor += s.len();
        self.renormalize();
    }

    /// Keeps the text NFC with the cursor after the same letters.
    fn renormalize(&mut self) {
        let before = nfc(&self.text[..self.cursor]);
        let after = nfc(&self.text[self.cursor..]);
        let joined = nfc(&format!("{before}{after}"));
        // A mark at the cursor may have composed with the letter before it.
        self.cursor = if joined.starts_with(&before) {
            before.len()
        } else {
            joined.len() - after.len().min(joined.len())
        };
        self.text = joined;
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    /// Handles an editing key; returns false for keys it does not use.
    pub fn key(&mut self, k: &KeyEvent) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        if self.selected {
            match k.code {
                // Typing or deleting replaces the selected text.
                KeyCode::Char(_) if !ctrl => self.take_selection(),
                KeyCode::Backspace | KeyCode::Delete => {
                    self.take_selection();
                    return true;
                }
                _ => self.selected = false,
            }
        }
        match k.code {
            KeyCode::Char('u') if ctrl => {
                self.text.drain(..self.cursor);
                self.cursor = 0;
            }
            KeyCode::Char(c) if !ctrl => self.insert(&c.to_string()),
            KeyCode::Backspace => {
                let p = self.prev_boundary();
                self.text.drain(p..self.cursor);
                self.cursor = p;
            }
            KeyCode::Delete => {
                let n = self.next_boundary();
                self.text.drain(self.cursor..n);
            }
            KeyCode::Left => self.cursor = self.prev_boundary(),
            KeyCode::Right => self.cursor = self.next_boundary(),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.len(),
            _ => return false,
        }
        true
    }

    /// Draws the text, scrolled so the cursor shows; returns where the cursor is on screen.
    pub fn render(&self, area: Rect, buf: &mut Buffer, style: Style) -> Position {
        let width = usize::from(area.width.max(1));
        let before = &self.text[..self.cursor];
        let mut skip = 0;
        let mut shown = before;
        // Scroll whole graphemes off the left until the cursor fits.
        while shown.width() >= width {
            let g = shown.graphemes(true).next().map_or(1, str::len);
            skip += g;
            shown = &before[skip..];
        }
        let style = if self.selected {
            style.add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            style
        };
        buf.set_stringn(area.x, area.y, &self.text[skip..], width, style);
        let x = area.x + u16::try_from(shown.width()).unwrap_or(0);
        Position::new(x, area.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn combining_marks_typed_one_by_one_compose() {
        let mut f = LineInput::new("");
        for c in "Nguye\u{302}\u{303}n".chars() {
            f.key(&key(KeyCode::Char(c)));
        }
        assert_eq!(f.text(), "Nguyễn");
        f.key(&key(KeyCode::Backspace));
        f.key(&key(KeyCode::Backspace));
        assert_eq!(f.text(), "Nguy", "backspace removes the whole letter ễ");
    }

    /// A name pasted with an escape in it shows U+FFFD where it was: visible, deletable, and
    /// what the session would store.
    #[test]
    fn a_pasted_control_is_a_replacement_character() {
        let mut f = LineInput::new("");
        f.insert("Nguyễn\u{1b}[2J Văn\0 Ấn\r\n");
        assert_eq!(f.text(), "Nguyễn\u{fffd}[2J Văn\u{fffd} Ấn  ");
    }

    #[test]
    fn pasted_nfd_is_nfc_and_cursor_follows() {
        let mut f = LineInput::new("Văn");
        f.key(&key(KeyCode::Home));
        f.insert("A\u{302}\u{301}n\n");
        assert_eq!(f.text(), "Ấn Văn");
        f.insert("X");
        assert_eq!(f.text(), "Ấn XVăn");
    }

    #[test]
    fn a_selected_prefill_is_replaced_by_typing_and_kept_by_arrows() {
        let mut f = LineInput::new("29/11/2026");
        f.select_all();
        for c in "10/12/2026".chars() {
            f.key(&key(KeyCode::Char(c)));
        }
        assert_eq!(f.text(), "10/12/2026");
        let mut g = LineInput::new("08:00");
        g.select_all();
        g.key(&key(KeyCode::Left));
        g.key(&key(KeyCode::Char('5')));
        assert_eq!(g.text(), "08:050", "an arrow keeps the text and moves");
        let mut h = LineInput::new("Hà Nội");
        h.select_all();
        h.key(&key(KeyCode::Backspace));
        assert_eq!(h.text(), "");
    }

    #[test]
    fn cursor_moves_by_letter_in_accented_text() {
        let mut f = LineInput::new("Đặng");
        f.key(&key(KeyCode::Left));
        f.key(&key(KeyCode::Left));
        f.key(&key(KeyCode::Left));
        f.key(&key(KeyCode::Delete));
        assert_eq!(f.text(), "Đng");
    }
}
