//! A text editor on `ratatui-textarea` that keeps its text in NFC: the textarea moves by `char`,
//! so decomposed text would let a backspace strip a letter and leave its marks.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use unicode_normalization::is_nfc;

use crate::domain::nfc;

pub struct Editor {
    area: TextArea<'static>,
    single_line: bool,
}

fn textarea(lines: Vec<String>) -> TextArea<'static> {
    let mut t = TextArea::new(lines);
    t.set_cursor_line_style(Style::default());
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t
}

impl Editor {
    pub fn new(text: &str, single_line: bool) -> Self {
        let lines: Vec<String> = nfc(text).split('\n').map(str::to_owned).collect();
        let mut area = textarea(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Editor { area, single_line }
    }

    pub fn is_single_line(&self) -> bool {
        self.single_line
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Passes an editing key to the textarea; returns whether the text changed.
    pub fn key(&mut self, k: KeyEvent) -> bool {
        if self.single_line && k.code == KeyCode::Enter {
            return false;
        }
        let changed = self.area.input(k);
        if changed {
            self.renormalize();
        }
        changed
    }

    /// Inserts pasted text whole, in NFC.
    pub fn paste(&mut self, s: &str) -> bool {
        let s = nfc(&s.replace("\r\n", "\n").replace('\r', "\n"));
        let s = if self.single_line {
            s.replace('\n', " ")
        } else {
            s
        };
        let changed = self.area.insert_str(s);
        self.renormalize();
        changed
    }

    /// Composes marks typed after their letter, keeping the cursor after the same letters.
    fn renormalize(&mut self) {
        let crate_cursor = self.area.cursor();
        let (row, col) = (crate_cursor.0, crate_cursor.1);
        let Some(line) = self.area.lines().get(row) else {
            return;
        };
        if is_nfc(line) {
            return;
        }
        let before: String = line.chars().take(col).collect();
        let new_col = nfc(&before).chars().count();
        let mut lines = self.area.lines().to_vec();
        lines[row] = nfc(&lines[row]);
        let mut area = textarea(lines);
        let to = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        area.move_cursor(CursorMove::Jump(to(row), to(new_col)));
        self.area = area;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn typed_marks_compose_and_backspace_takes_the_letter() {
        let mut e = Editor::new("", false);
        for c in "Hoa\u{300}n".chars() {
            e.key(key(KeyCode::Char(c)));
        }
        assert_eq!(e.text(), "Hoàn");
        e.key(key(KeyCode::Backspace));
        e.key(key(KeyCode::Backspace));
        assert_eq!(e.text(), "Ho");
    }

    #[test]
    fn paste_keeps_lines_unless_single_line() {
        let mut e = Editor::new("", false);
        e.paste("Ư\u{301}u\r\nđiểm");
        assert_eq!(e.text(), "Ứu\nđiểm");
        let mut one = Editor::new("", true);
        one.paste("a\nb");
        assert_eq!(one.text(), "a b");
        assert!(!one.key(key(KeyCode::Enter)));
    }
}
