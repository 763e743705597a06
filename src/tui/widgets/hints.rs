//! The bottom bar: the keys of the current table that fit, help always first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::tui::keymap::{Action, Binding};
use crate::tui::theme;

pub struct Hints<'a> {
    pub bindings: &'a [Binding],
    pub lang: Lang,
}

impl Widget for Hints<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut spans: Vec<Span> = Vec::new();
        let mut used = 0usize;
        let width = usize::from(area.width);
        let help = self.bindings.iter().filter(|b| b.action == Action::Help);
        let rest = self
            .bindings
            .iter()
            .filter(|b| b.hint && b.action != Action::Help);
        for b in help.chain(rest) {
            let key = format!(" {} ", b.keys_label());
            let label = format!(" {} ", b.label(self.lang));
            let w = key.width() + label.width();
            if used + w > width {
                break;
            }
            used += w;
            spans.push(Span::styled(key, theme::key()));
            spans.push(Span::raw(label));
        }
        Line::from(spans).render(area, buf);
    }
}
