//! The keys that work where the user is, from the key table itself: the bottom bar of a screen
//! (help always first) and the bottom border of a popup. Neither can drift from what the keys do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::keymap::{Action, Binding, Context, bindings};
use crate::theme;
use chibo_core::i18n::Lang;

pub(crate) struct Hints<'a> {
    pub bindings: &'a [Binding],
    pub lang: Lang,
}

impl Widget for Hints<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut spans: Vec<Span> = Vec::new();
        let mut used = 0usize;
        let width = usize::from(area.width);
        let help = self
            .bindings
            .iter()
            .filter(|b| b.hint && b.action == Action::Help);
        let rest = self
            .bindings
            .iter()
            .filter(|b| b.hint && b.action != Action::Help);
        for b in help.chain(rest) {
            // Help shows its main key only: the bar is short.
            let keys = if b.action == Action::Help {
                b.key.label()
            } else {
                b.keys_label()
            };
            let key = format!(" {keys} ");
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

/// A popup's keys on one line, "Enter đồng ý · Esc hủy · …", for its bottom border.
pub(crate) fn hint_line(ctx: Context, lang: Lang) -> Line<'static> {
    let text = bindings(ctx)
        .iter()
        .filter(|b| b.hint)
        .map(|b| format!("{} {}", b.keys_label(), b.label(lang)))
        .collect::<Vec<_>>()
        .join(" · ");
    Line::from(format!(" {text} ")).style(theme::muted())
}
