//! Colours and the few layout helpers every screen shares, defined once.

use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

pub(crate) fn normal() -> Style {
    Style::default()
}
pub(crate) fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}
pub(crate) fn label() -> Style {
    Style::default().fg(Color::Cyan)
}
pub(crate) fn muted() -> Style {
    Style::default().fg(Color::DarkGray)
}
pub(crate) fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}
pub(crate) fn error() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
}
pub(crate) fn warning() -> Style {
    Style::default().fg(Color::Yellow)
}
pub(crate) fn good() -> Style {
    Style::default().fg(Color::Green)
}
pub(crate) fn key() -> Style {
    Style::default().fg(Color::Black).bg(Color::Cyan)
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// `s` padded with spaces to `width` display columns.
pub(crate) fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `s` cut to at most `width` display columns, with "…" when cut.
/// Reads no further than `width` columns: the cost is what is shown, however long `s` is.
pub(crate) fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    // The cut point that leaves room for the "…".
    let mut cut = None;
    for (i, c) in s.char_indices() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > width && cut.is_none() {
            cut = Some(i);
        }
        if used + cw > width {
            let end = cut.unwrap_or(i);
            out.push_str(s.get(..end).unwrap_or(""));
            out.push('…');
            return out;
        }
        used += cw;
    }
    out.push_str(s);
    out
}
