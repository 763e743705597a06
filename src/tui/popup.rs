//! Popups on a stack above the screen: help, messages, confirmations, pickers, forms and the text
//! editor. The top one gets the keys; each handler puts itself back if it stays open.

use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, SaveState};
use super::keymap::{Context, bindings};
use super::theme;
use super::widgets::editor::Editor;
use super::widgets::form::{Form, FormKey};
use crate::domain::{MemberId, Speaker, TextField};
use crate::i18n::Lang;
use crate::tui::words::T;

/// Where a remark goes: `None` until its first commit adds it, then its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemarkSlot {
    Contribution(Option<usize>),
    Criticism(MemberId, Option<usize>),
}

/// What the text in the editor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Collective(TextField),
    Member(MemberId, TextField),
    Remark {
        slot: RemarkSlot,
        speaker: Speaker,
    },
    /// A guest's name for a remark, then the remark's text.
    GuestSpeaker(RemarkSlot),
    Guest,
    Reason(MemberId),
    /// Why a finalized session is opened again.
    Reopen,
}

/// Whose vote or level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rated {
    Member(MemberId),
    Cell,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    Quit,
    Finalize,
    RemoveMember(MemberId),
    RemoveRemark(RemarkSlot),
    RemoveGuest(usize),
    UndoVote(Rated),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Chair,
    MinuteTaker,
    Speaker(RemarkSlot),
    Level(Rated),
    ExportFormat,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormFor {
    NewSession { sources: Vec<std::path::PathBuf> },
    Member { id: Option<MemberId> },
    Score(Rated),
    Tally(Rated),
    Motion,
    Time { end: bool },
    MeetingInfo,
    Settings,
}

pub enum Popup {
    Help(Context),
    Message {
        title: String,
        text: String,
        error: bool,
    },
    Confirm {
        text: String,
        action: Confirmed,
    },
    Pick {
        title: String,
        items: Vec<String>,
        sel: usize,
        purpose: Pick,
    },
    Form {
        form: Form,
        purpose: FormFor,
    },
    Text {
        title: String,
        editor: Box<Editor>,
        target: EditTarget,
    },
    /// The minutes as plain text, scrolled by `scroll` lines.
    Preview {
        lines: Vec<String>,
        scroll: usize,
    },
}

impl App {
    pub(crate) fn popup_key(&mut self, p: Popup, k: KeyEvent) {
        match p {
            Popup::Help(_) | Popup::Message { .. } => {}
            Popup::Preview { lines, scroll } => {
                if let Some(scroll) = scrolled(scroll, lines.len(), k.code) {
                    self.popups.push(Popup::Preview { lines, scroll });
                }
            }
            Popup::Confirm { text, action } => match k.code {
                KeyCode::Char('y' | 'c') | KeyCode::Enter => self.confirmed(action),
                KeyCode::Esc | KeyCode::Char('n' | 'k') => {}
                _ => self.popups.push(Popup::Confirm { text, action }),
            },
            Popup::Pick {
                title,
                items,
                sel,
                purpose,
            } => match k.code {
                KeyCode::Enter => self.picked(purpose, sel),
                KeyCode::Esc => {}
                code => {
                    let sel = picked_row(&items, sel, code);
                    self.popups.push(Popup::Pick {
                        title,
                        items,
                        sel,
                        purpose,
                    });
                }
            },
            Popup::Form { mut form, purpose } => match form.key(&k) {
                FormKey::Cancel => {}
                FormKey::Submit => self.submit_form(form, purpose),
                FormKey::Changed => {
                    self.form_changed(&mut form, &purpose);
                    self.popups.push(Popup::Form { form, purpose });
                }
                FormKey::Other => self.popups.push(Popup::Form { form, purpose }),
            },
            Popup::Text {
                title,
                editor,
                target,
            } => self.text_key(title, editor, target, k),
        }
    }

    fn text_key(
        &mut self,
        title: String,
        mut editor: Box<Editor>,
        target: EditTarget,
        k: KeyEvent,
    ) {
        let single = editor.is_single_line();
        match k.code {
            KeyCode::Esc if single => {}
            KeyCode::Enter if single => self.finish_line(editor.text(), target),
            KeyCode::Esc => {
                self.typing_since = None;
                self.commit(&editor.text(), target);
                self.mark_typed_saved();
            }
            _ => {
                if editor.key(k) && !single {
                    self.typing_since.get_or_insert_with(Instant::now);
                    if let Some(o) = &mut self.open {
                        o.save = SaveState::Unsaved;
                    }
                }
                self.popups.push(Popup::Text {
                    title,
                    editor,
                    target,
                });
            }
        }
    }

    fn mark_typed_saved(&mut self) {
        if let Some(o) = &mut self.open
            && o.save == SaveState::Unsaved
        {
            o.save = SaveState::Saved;
        }
    }

    /// Commits the text being typed, if any, keeping the editor open.
    pub fn commit_text(&mut self) {
        self.typing_since = None;
        // The editor may lie under an error popup; it is the topmost editor that counts.
        let Some(Popup::Text { editor, target, .. }) = self
            .popups
            .iter()
            .rev()
            .find(|p| matches!(p, Popup::Text { .. }))
        else {
            return;
        };
        if editor.is_single_line() {
            return;
        }
        let text = editor.text();
        let target = target.clone();
        let new_target = self.commit(&text, target);
        // An error popup may now be on top; the editor is the one below it then.
        for p in self.popups.iter_mut().rev() {
            if let Popup::Text { target, .. } = p {
                *target = new_target;
                break;
            }
        }
        self.mark_typed_saved();
    }

    pub fn draw_popup(&self, p: &Popup, f: &mut Frame, area: Rect) {
        let lang = self.lang;
        match p {
            Popup::Help(ctx) => draw_help(f, area, *ctx, self),
            Popup::Message { title, text, error } => {
                let style = if *error {
                    theme::error()
                } else {
                    theme::title()
                };
                let hint = T::PressAnyKey.get(lang);
                draw_box(f, area, title, style, text, hint);
            }
            Popup::Confirm { text, .. } => {
                let hint = T::ConfirmHint.get(lang);
                draw_box(f, area, T::Confirm.get(lang), theme::warning(), text, hint);
            }
            Popup::Pick {
                title, items, sel, ..
            } => draw_pick(f, area, title, items, *sel, lang),
            Popup::Form { form, .. } => form.draw(f, area, lang),
            Popup::Preview { lines, scroll } => draw_preview(f, area, lines, *scroll, lang),
            Popup::Text { title, editor, .. } => draw_editor(f, area, title, editor, lang),
        }
    }
}

/// The row a key moves the picker to: arrows and pages, or a letter to the next name whose
/// given name (the last word) starts with it, accents ignored ("a" finds "Ấn").
fn picked_row(items: &[String], sel: usize, code: KeyCode) -> usize {
    let n = items.len().max(1);
    match code {
        KeyCode::Up => (sel + n - 1) % n,
        KeyCode::Down => (sel + 1) % n,
        KeyCode::PageUp => sel.saturating_sub(10),
        KeyCode::PageDown => (sel + 10).min(n - 1),
        KeyCode::Char(c) => {
            let want = base_letter(c);
            (1..=n)
                .map(|d| (sel + d) % n)
                .find(|&i| {
                    let given = items[i].split_whitespace().last().unwrap_or("");
                    given.chars().next().map(base_letter) == Some(want)
                })
                .unwrap_or(sel)
        }
        _ => sel,
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

/// The new scroll position of the preview after a key, or `None` when the key closes it.
fn scrolled(scroll: usize, len: usize, code: KeyCode) -> Option<usize> {
    let page = 20;
    let last = len.saturating_sub(1);
    Some(match code {
        KeyCode::Esc | KeyCode::Char('q') => return None,
        KeyCode::Up => scroll.saturating_sub(1),
        KeyCode::Down => (scroll + 1).min(last),
        KeyCode::PageUp => scroll.saturating_sub(page),
        KeyCode::PageDown => (scroll + page).min(last),
        KeyCode::Home => 0,
        KeyCode::End => last,
        _ => scroll,
    })
}

fn draw_box(
    f: &mut Frame,
    area: Rect,
    title: &str,
    style: ratatui::style::Style,
    text: &str,
    hint: &str,
) {
    let lines = text.lines().count() + text.width() / 60;
    let h = u16::try_from(lines + 4).unwrap_or(20);
    let rect = theme::centered(area, 66, h);
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), style))
        .title_bottom(Line::from(hint).style(theme::muted()));
    f.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(block),
        rect,
    );
}

fn draw_help(f: &mut Frame, area: Rect, ctx: Context, app: &App) {
    let lang = app.lang;
    let list = bindings(ctx);
    let rows: Vec<Row> = list
        .iter()
        .map(|b| Row::new([b.keys_label(), b.label(lang).to_owned()]))
        .collect();
    let h = u16::try_from(list.len() + 4).unwrap_or(u16::MAX);
    let rect = theme::centered(area, 64, h);
    f.render_widget(Clear, rect);
    let widths = [
        ratatui::layout::Constraint::Length(12),
        ratatui::layout::Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths).block(
        Block::bordered()
            .title(Span::styled(
                format!(" {} ", T::HelpTitle.get(lang)),
                theme::title(),
            ))
            .title_bottom(Line::from(T::PressAnyKey.get(lang)).style(theme::muted())),
    );
    f.render_widget(table, rect);
}

impl Popup {
    pub fn draw(&self, f: &mut Frame, area: Rect, app: &App) {
        app.draw_popup(self, f, area);
    }
}

fn draw_pick(f: &mut Frame, area: Rect, title: &str, items: &[String], sel: usize, lang: Lang) {
    let h = u16::try_from(items.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let w = items
        .iter()
        .map(|s| s.width())
        .max()
        .unwrap_or(10)
        .max(title.width())
        + 6;
    let rect = theme::centered(area, u16::try_from(w).unwrap_or(80), h);
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(format!(" {title} "))
        .title_bottom(T::PickHint.get(lang));
    let list = List::new(items.iter().map(|s| ListItem::new(s.as_str())))
        .block(block)
        .highlight_style(theme::selected())
        .highlight_symbol("› ");
    let mut st = ListState::default().with_selected(Some(sel));
    f.render_stateful_widget(list, rect, &mut st);
}

fn draw_preview(f: &mut Frame, area: Rect, lines: &[String], scroll: usize, lang: Lang) {
    let rect = theme::centered(area, 84, area.height.saturating_sub(2));
    f.render_widget(Clear, rect);
    let title = format!(" {} ", T::PreviewTitle.get(lang));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .title_bottom(Line::from(T::PreviewHint.get(lang)).style(theme::muted()));
    let text: Vec<Line> = lines
        .iter()
        .skip(scroll)
        .map(|l| Line::raw(l.as_str()))
        .collect();
    f.render_widget(Paragraph::new(text).block(block), rect);
}

fn draw_editor(f: &mut Frame, area: Rect, title: &str, editor: &Editor, lang: Lang) {
    let single = editor.is_single_line();
    let h = if single {
        3
    } else {
        area.height.saturating_sub(6).min(16)
    };
    let rect = theme::centered(area, area.width.saturating_sub(8).min(100), h);
    f.render_widget(Clear, rect);
    let hint = if single { T::LineHint } else { T::EditorHint };
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme::title()))
        .title_bottom(Line::from(hint.get(lang)).style(theme::muted()));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    f.render_widget(editor.textarea(), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_jumps_to_the_next_given_name_accents_ignored() {
        let items: Vec<String> = ["Nguyễn Văn Ấn", "Trần Thị Bình", "Đặng Thị Ỷ", "Lê Văn An"]
            .map(str::to_owned)
            .to_vec();
        assert_eq!(picked_row(&items, 1, KeyCode::Char('a')), 3);
        assert_eq!(picked_row(&items, 3, KeyCode::Char('a')), 0, "wraps around");
        assert_eq!(picked_row(&items, 0, KeyCode::Char('Y')), 2);
        assert_eq!(
            picked_row(&items, 0, KeyCode::Char('z')),
            0,
            "no match stays"
        );
        assert_eq!(picked_row(&items, 0, KeyCode::Up), 3);
    }
}
