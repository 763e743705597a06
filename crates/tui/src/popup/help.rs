//! The help popup: every key of the place under it, from the key table, one row per action.
//! Rows that do not fit the window's height go on in another column, so that no key is cut off,
//! even at the smallest window the app draws in (80×24).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::keymap::{Context, help_rows};
use crate::theme;
use crate::widgets::hints::hint_line;
use crate::words::{T, action_label};
use chibo_core::i18n::Lang;

/// Blank columns between two columns of keys.
const GAP: usize = 3;
/// The narrowest box, so that a short list is not drawn as a sliver.
const MIN_WIDTH: usize = 40;

/// The rows laid out in columns: (keys, label) per cell, column after column.
struct Layout<'a> {
    rows: Vec<(String, &'a str)>,
    per_col: usize,
    cols: usize,
    key_w: usize,
    col_w: usize,
}

impl<'a> Layout<'a> {
    /// As few columns as the height allows, each as wide as its longest row, or narrower (the
    /// labels cut with "…") when the window is too narrow for them.
    fn new(rows: Vec<(String, &'a str)>, area: Rect) -> Self {
        // The window less a line or a column around the box, and the box's frame.
        let room_h = usize::from(area.height.saturating_sub(4)).max(1);
        let room_w = usize::from(area.width.saturating_sub(4));
        let cols = rows.len().div_ceil(room_h).max(1);
        let per_col = rows.len().div_ceil(cols);
        let key_w = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
        let label_w = rows.iter().map(|(_, l)| l.width()).max().unwrap_or(0);
        let gaps = (cols - 1) * GAP;
        let inner = (cols * (key_w + label_w) + gaps).max(MIN_WIDTH).min(room_w);
        Layout {
            col_w: inner.saturating_sub(gaps) / cols,
            rows,
            per_col,
            cols,
            key_w,
        }
    }

    fn width(&self) -> usize {
        self.cols * self.col_w + (self.cols - 1) * GAP
    }

    /// Line `r`: the `r`-th row of every column.
    fn line(&self, r: usize) -> Line<'static> {
        let label_w = self.col_w.saturating_sub(self.key_w);
        let mut spans = Vec::new();
        for c in 0..self.cols {
            let Some((keys, label)) = self.rows.get(c * self.per_col + r) else {
                break;
            };
            if c > 0 {
                spans.push(Span::raw(" ".repeat(GAP)));
            }
            spans.push(Span::styled(theme::pad(keys, self.key_w), theme::label()));
            spans.push(Span::raw(theme::pad(&theme::fit(label, label_w), label_w)));
        }
        Line::from(spans)
    }
}

pub(super) fn draw_help(f: &mut Frame, area: Rect, ctx: Context, lang: Lang) {
    let rows = help_rows(ctx)
        .into_iter()
        .map(|(keys, a)| (keys, action_label(a, lang)))
        .collect();
    let layout = Layout::new(rows, area);
    let lines: Vec<Line> = (0..layout.per_col).map(|r| layout.line(r)).collect();
    let w = u16::try_from(layout.width() + 2).unwrap_or(u16::MAX);
    let h = u16::try_from(layout.per_col + 2).unwrap_or(u16::MAX);
    let rect = theme::centered(area, w, h);
    f.render_widget(Clear, rect);
    let title = format!(" {} ", T::HelpTitle.get(lang));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .title_bottom(hint_line(Context::Help, lang));
    f.render_widget(Paragraph::new(lines).block(block), rect);
}
