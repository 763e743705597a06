//! Drawing the popups. Each popup's bottom border lists its keys from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Picker, Popup};
use crate::keymap::{Action, Context, bindings};
use crate::theme;
use crate::widgets::hints::hint_line;
use crate::words::T;
use chibo_core::i18n::Lang;

pub(super) fn popup(p: &Popup, f: &mut Frame, area: Rect, lang: Lang) {
    let ctx = p.context();
    match p {
        Popup::Help(under) => super::help::draw_help(f, area, *under, lang),
        Popup::Message { title, text } => {
            draw_box(f, area, title, theme::title(), text, hint_line(ctx, lang));
        }
        Popup::Error(problem) => {
            let text = crate::words::problem(problem, lang);
            let title = T::Error.get(lang);
            draw_box(f, area, title, theme::error(), &text, hint_line(ctx, lang));
        }
        Popup::Reading {
            title, progress, ..
        } => {
            let text = crate::words::reading(*progress, lang);
            draw_box(f, area, title, theme::title(), &text, hint_line(ctx, lang));
        }
        Popup::Confirm { text, scroll, .. } => {
            let (title, hints) = (T::Confirm.get(lang), hint_line(ctx, lang));
            match scroll {
                Some(at) => draw_long_question(f, area, title, text, *at, lang),
                None => draw_box(f, area, title, theme::warning(), text, hints),
            }
        }
        Popup::Pick(p) => draw_pick(f, area, p, lang),
        Popup::Form(form) => form.draw(f, area, lang),
        Popup::Preview { lines, scroll } => draw_preview(f, area, lines, *scroll, lang),
        Popup::Text(t) => {
            let h = area.height.saturating_sub(6).min(16);
            let rect = theme::centered(area, area.width.saturating_sub(8).min(100), h);
            let inner = frame(f, rect, &t.title, hint_line(ctx, lang));
            f.render_widget(t.editor.textarea(), inner);
        }
        Popup::Line(l) => {
            let rect = theme::centered(area, area.width.saturating_sub(8).min(100), 3);
            let inner = frame(f, rect, &l.title, hint_line(ctx, lang));
            let pos = l.input.render(inner, f.buffer_mut(), theme::normal());
            f.set_cursor_position(pos);
        }
        // Drawn with the session, by `Popup::draw`.
        Popup::Grid(_) => {}
    }
}

/// Clears `rect`, draws a titled border with the keys at the bottom; returns the inside.
fn frame(f: &mut Frame, rect: Rect, title: &str, hints: Line<'static>) -> Rect {
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme::title()))
        .title_bottom(hints);
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    inner
}

/// The new scroll position of the preview after an action, or `None` when it closes.
pub(super) fn scrolled(scroll: usize, len: usize, action: Option<Action>) -> Option<usize> {
    let page = 20;
    let last = len.saturating_sub(1);
    Some(match action {
        Some(Action::Close) => return None,
        Some(Action::Up) => scroll.saturating_sub(1),
        Some(Action::Down) => (scroll + 1).min(last),
        Some(Action::PageUp) => scroll.saturating_sub(page),
        Some(Action::PageDown) => (scroll + page).min(last),
        Some(Action::Top) => 0,
        Some(Action::Bottom) => last,
        _ => scroll,
    })
}

fn draw_box(
    f: &mut Frame,
    area: Rect,
    title: &str,
    style: ratatui::style::Style,
    text: &str,
    hints: Line<'static>,
) {
    // Each line of the text wrapped to the box's inner width, and the borders.
    let lines: usize = text.lines().map(|l| l.width().div_ceil(62).max(1)).sum();
    let h = u16::try_from(lines + 3).unwrap_or(u16::MAX);
    let rect = theme::centered(area, 66, h);
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), style))
        .title_bottom(hints);
    f.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(block),
        rect,
    );
}

/// A question after a table: as wide as its widest line within the screen, scrolled; its keys
/// name the scrolling ones when the text is taller than the box.
fn draw_long_question(
    f: &mut Frame,
    area: Rect,
    title: &str,
    text: &str,
    scroll: usize,
    lang: Lang,
) {
    let widest = text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    let w = u16::try_from(widest.max(62) + 4)
        .unwrap_or(u16::MAX)
        .min(area.width.saturating_sub(2));
    // Wrapped lines take more rows: as many as the box is tall.
    let inside = usize::from(w.saturating_sub(2)).max(1);
    let rows: usize = text
        .lines()
        .map(|l| l.width().div_ceil(inside).max(1))
        .sum();
    let h = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let rect = theme::centered(area, w, h.min(area.height));
    let mut hints = hint_line(Context::Confirm, lang);
    if h > rect.height {
        // The scrolling key first: the border may cut the end.
        let keys = bindings(Context::Confirm);
        let down = keys.iter().find(|b| b.action == Action::Down);
        if let Some(b) = down {
            let label = format!(" {} {} ·", b.keys_label(), b.label(lang));
            hints.spans.insert(0, Span::raw(label));
        }
    }
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme::warning()))
        .title_bottom(hints);
    let lines: Vec<Line> = text.lines().skip(scroll).map(Line::raw).collect();
    let body = Paragraph::new(lines).wrap(Wrap { trim: false });
    f.render_widget(body.block(block), rect);
}

fn draw_pick(f: &mut Frame, area: Rect, p: &Picker, lang: Lang) {
    let labels: Vec<&str> = p.labels().collect();
    let h = u16::try_from(labels.len().max(1) + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let hints = if p.guarded_until().is_some() {
        Line::from(T::QuestionWaits.get(lang)).style(theme::warning())
    } else {
        hint_line(Context::Pick, lang)
    };
    let w = labels
        .iter()
        .map(|s| s.width())
        .max()
        .unwrap_or(10)
        .max(p.title.width())
        .max(hints.width())
        .max(p.empty.width())
        + 6;
    let rect = theme::centered(area, u16::try_from(w).unwrap_or(80), h);
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(format!(" {} ", p.title))
        .title_bottom(hints);
    if p.is_empty() {
        let text = Paragraph::new(p.empty.as_str()).style(theme::muted());
        return f.render_widget(text.block(block), rect);
    }
    let list = List::new(labels.into_iter().map(ListItem::new))
        .block(block)
        .highlight_style(theme::selected())
        .highlight_symbol("› ");
    let mut st = ListState::default().with_selected(Some(p.highlighted()));
    f.render_stateful_widget(list, rect, &mut st);
}

fn draw_preview(f: &mut Frame, area: Rect, lines: &[String], scroll: usize, lang: Lang) {
    let rect = theme::centered(area, 84, area.height.saturating_sub(2));
    let title = T::PreviewTitle.get(lang);
    let inner = frame(f, rect, title, hint_line(Context::Preview, lang));
    let text: Vec<Line> = lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .map(|l| Line::raw(l.as_str()))
        .collect();
    f.render_widget(Paragraph::new(text), inner);
}
