//! A multi-line text editor on `ratatui-textarea` that keeps its text in NFC and costs what is
//! on screen, not the whole text.
//!
//! NFC: the textarea moves by `char`, so decomposed text would let a backspace strip a letter
//! and leave its marks. Cost: the textarea re-wraps all it holds on every edit, so it holds only
//! a window of lines around the cursor (about [`WINDOW`] bytes); the lines above and below wait
//! here and the window moves when the cursor comes near its edge.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::is_nfc;

use chibo_core::domain::{clean, nfc};

/// A side of the window is deep enough with this many lines (more than a page of the editor,
/// 16 rows, so PgUp/PgDn never reach past it) or this many bytes; when the cursor comes
/// nearer an edge, the window is built again with twice as much on each side.
const MARGIN: usize = 17;
const HALF: usize = 2 * 1024;

pub struct Editor {
    area: TextArea<'static>,
    /// The lines before and after the window, in order.
    above: Vec<String>,
    below: Vec<String>,
}

fn textarea(lines: Vec<String>) -> TextArea<'static> {
    let mut t = TextArea::new(lines);
    t.set_cursor_line_style(Style::default());
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t
}

fn bytes(lines: &[String]) -> usize {
    lines.iter().map(String::len).sum()
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Where a key sends the cursor outside the window: the text's start or end.
fn jump_of(k: &KeyEvent) -> Option<bool> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    match k.code {
        KeyCode::Home if ctrl => Some(true),
        KeyCode::End if ctrl => Some(false),
        KeyCode::Char('<') if alt => Some(true),
        KeyCode::Char('>') if alt => Some(false),
        KeyCode::Up if ctrl && alt => Some(true),
        KeyCode::Down if ctrl && alt => Some(false),
        _ => None,
    }
}

impl Editor {
    /// An editor on `text`, the cursor at its end.
    pub fn new(text: &str) -> Self {
        let lines: Vec<String> = nfc(text).split('\n').map(str::to_owned).collect();
        let last = lines.len().saturating_sub(1);
        let mut e = Editor {
            area: textarea(Vec::new()),
            above: Vec::new(),
            below: Vec::new(),
        };
        e.place(lines, last, usize::MAX);
        e
    }

    pub fn text(&self) -> String {
        let window = self.area.lines().iter();
        let all: Vec<&str> = self
            .above
            .iter()
            .chain(window)
            .chain(&self.below)
            .map(String::as_str)
            .collect();
        all.join("\n")
    }

    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Passes an editing key to the textarea; returns whether the text changed.
    pub fn key(&mut self, k: KeyEvent) -> bool {
        if let Some(start) = jump_of(&k) {
            let lines = self.all_lines();
            let row = if start { 0 } else { lines.len() };
            let col = if start { 0 } else { usize::MAX };
            self.place(lines, row, col);
            return false;
        }
        self.keep_away_from_edges();
        let changed = self.area.input(k);
        if changed && matches!(k.code, KeyCode::Char(c) if is_combining_mark(c)) {
            self.renormalize();
        }
        changed
    }

    /// Inserts pasted text whole, in NFC.
    pub fn paste(&mut self, s: &str) -> bool {
        // As the session will store it: a control character but newline and tab is U+FFFD,
        // visible where it was, not an escape sent to the terminal.
        let s = clean(&s.replace("\r\n", "\n").replace('\r', "\n"));
        self.keep_away_from_edges();
        let changed = self.area.insert_str(s);
        self.renormalize();
        // A long paste would leave a big window; the window shrinks around the cursor again.
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let center = self.above.len() + row;
        let lines = self.all_lines();
        self.place(lines, center, col);
        changed
    }

    /// Every line, the window's included; the editor is empty until `place` fills it again.
    fn all_lines(&mut self) -> Vec<String> {
        let mut lines = std::mem::take(&mut self.above);
        let window = std::mem::replace(&mut self.area, textarea(Vec::new())).into_lines();
        lines.extend(window);
        lines.append(&mut self.below);
        lines
    }

    /// Moves the window when the cursor nears an edge with more text beyond it.
    fn keep_away_from_edges(&mut self) {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let window = self.area.lines();
        let shallow = |side: &[String]| side.len() < MARGIN && bytes(side) < HALF;
        let near_top = !self.above.is_empty() && shallow(window.get(..row).unwrap_or(&[]));
        let near_bottom = !self.below.is_empty() && shallow(window.get(row + 1..).unwrap_or(&[]));
        if near_top || near_bottom {
            let center = self.above.len() + row;
            let lines = self.all_lines();
            self.place(lines, center, col);
        }
    }

    /// Holds the lines around line `center` in the textarea, the cursor at (`center`, `col`).
    fn place(&mut self, mut lines: Vec<String>, center: usize, col: usize) {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let center = center.min(lines.len() - 1);
        let (mut lo, mut hi) = (center, center + 1);
        let (mut up, mut down) = (0, 0);
        // Each side grows a line at a time until it is deep enough (see MARGIN).
        let len = lines.len();
        while lo > 0 && center - lo < 2 * MARGIN && up < 2 * HALF {
            lo -= 1;
            up += lines.get(lo).map_or(0, String::len);
        }
        while hi < len && hi - center <= 2 * MARGIN && down < 2 * HALF {
            down += lines.get(hi).map_or(0, String::len);
            hi += 1;
        }
        self.below = lines.split_off(hi);
        let window = lines.split_off(lo);
        self.above = lines;
        let row = center - lo;
        let col = col.min(window.get(row).map_or(0, |l| l.chars().count()));
        let mut area = textarea(window);
        area.move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
        self.area = area;
    }

    /// Composes marks typed after their letter, keeping the cursor after the same letters.
    fn renormalize(&mut self) {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let Some(line) = self.area.lines().get(row) else {
            return;
        };
        if is_nfc(line) {
            return;
        }
        let before: String = line.chars().take(col).collect();
        let new_col = nfc(&before).chars().count();
        let mut lines = self.area.lines().to_vec();
        if let Some(l) = lines.get_mut(row) {
            *l = nfc(l);
        }
        let mut area = textarea(lines);
        area.move_cursor(CursorMove::Jump(to_u16(row), to_u16(new_col)));
        self.area = area;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn typed_marks_compose_and_backspace_takes_the_letter() {
        let mut e = Editor::new("");
        for c in "Hoa\u{300}n".chars() {
            e.key(key(KeyCode::Char(c)));
        }
        assert_eq!(e.text(), "Hoàn");
        e.key(key(KeyCode::Backspace));
        e.key(key(KeyCode::Backspace));
        assert_eq!(e.text(), "Ho");
    }

    #[test]
    fn paste_keeps_lines_in_nfc() {
        let mut e = Editor::new("");
        e.paste("Ư\u{301}u\r\nđiểm");
        assert_eq!(e.text(), "Ứu\nđiểm");
    }

    /// A pasted escape is shown and stored as the loader would read it, never sent raw.
    #[test]
    fn a_pasted_control_is_a_replacement_character() {
        let mut e = Editor::new("");
        e.paste("Đoàn\u{1b}]0;x\u{7}\tkết\0");
        assert_eq!(e.text(), "Đoàn\u{fffd}]0;x\u{fffd}\tkết\u{fffd}");
    }

    /// 3,000 numbered lines: far more than one window.
    fn long() -> String {
        (0..3000)
            .map(|i| format!("Dòng {i}: chi bộ họp định kỳ, đảng viên dự đầy đủ."))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_long_text_is_held_in_a_window_and_edited_whole() {
        let text = long();
        let mut e = Editor::new(&text);
        assert!(e.textarea().lines().len() < 1000, "only a window is held");
        assert_eq!(e.text(), text, "nothing lost by the window");
        // Up through the whole text to its top, then type there.
        for _ in 0..3000 {
            e.key(key(KeyCode::Up));
        }
        e.key(key(KeyCode::Home));
        e.key(key(KeyCode::Char('Ấ')));
        assert!(e.text().starts_with("ẤDòng 0:"));
        assert_eq!(e.text().len(), text.len() + 'Ấ'.len_utf8());
        // Back up at the top, a backspace at the start of line 1 joins it to line 0.
        e.key(key(KeyCode::Down));
        e.key(key(KeyCode::Home));
        e.key(key(KeyCode::Backspace));
        assert!(
            e.text()
                .starts_with("ẤDòng 0: chi bộ họp định kỳ, đảng viên dự đầy đủ.Dòng 1:")
        );
    }

    #[test]
    fn ctrl_home_and_end_reach_the_whole_texts_ends() {
        let text = long();
        let mut e = Editor::new(&text);
        e.key(KeyEvent::new(KeyCode::Home, KeyModifiers::CONTROL));
        e.key(key(KeyCode::Char('x')));
        assert!(e.text().starts_with("xDòng 0"));
        e.key(KeyEvent::new(KeyCode::End, KeyModifiers::CONTROL));
        e.key(key(KeyCode::Char('y')));
        assert!(e.text().ends_with("đầy đủ.y"));
    }
}
