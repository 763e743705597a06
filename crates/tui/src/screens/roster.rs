//! The roster: every member with every attribute the rules use; add, edit, remove (the domain's
//! validation is shown in the form), and a member's levels over the years.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState};

use crate::forms::member::MemberForm;
use crate::keymap::{Action, Context, bindings};
use crate::msg::Msg;
use crate::popup::{LineEntry, LineTarget, Popup};
use crate::theme;
use crate::widgets::hints::Hints;
use crate::words::{T, member_flags, post_label};
use chibo_core::domain::{Command, Member, MemberId, Session};
use chibo_core::i18n::Lang;

#[derive(Debug, Default)]
pub struct RosterView {
    /// The selected member, by id: the roster changes under it (added, removed, imported).
    /// `None` until a member is chosen: the first.
    sel: Option<MemberId>,
    /// Where the selected member was last seen: when they are gone, the one in their place.
    at: usize,
}

impl RosterView {
    /// Where the selection is among `members`: the member it points at, else the one that
    /// took their place (the next, or the last when they were last).
    fn index(&self, members: &[Member]) -> Option<usize> {
        let last = members.len().checked_sub(1)?;
        let found = match &self.sel {
            Some(id) => members.iter().position(|m| m.id == *id),
            None => Some(0),
        };
        Some(found.unwrap_or(self.at).min(last))
    }

    /// The selected member as the roster is now; the selection is held on them from here.
    fn selected<'s>(&mut self, s: &'s Session) -> Option<&'s Member> {
        let i = self.index(&s.members)?;
        let m = s.members.get(i)?;
        self.sel = Some(m.id.clone());
        self.at = i;
        Some(m)
    }

    pub fn on_action(&mut self, action: Action, s: &Session, lang: Lang) -> Option<Msg> {
        let n = s.members.len();
        let selected = self.selected(s);
        match action {
            Action::Up => self.move_by(-1, s),
            Action::Down => self.move_by(1, s),
            Action::Top => self.move_by(isize::MIN, s),
            Action::Bottom => self.move_by(isize::MAX, s),
            Action::Import => {
                let title = T::ImportPath.get(lang).to_owned();
                let entry = LineEntry::new(title, LineTarget::ImportFile);
                return Some(Msg::Push(Popup::Line(entry)));
            }
            Action::Reopen => {
                let title = T::ReopenReason.get(lang).to_owned();
                let entry = LineEntry::new(title, LineTarget::Reopen);
                return Some(Msg::Push(Popup::Line(entry)));
            }
            Action::ToMeeting => return Some(Msg::ShowMeeting),
            Action::Back => return Some(Msg::CloseSession),
            Action::History => return selected.map(|m| Msg::History(m.id.clone())),
            Action::AddMember => {
                // The first free id of the form m<N>.
                let id = (n + 1..)
                    .map(|i| format!("m{i}"))
                    .find(|id| s.member(&MemberId::new(id.as_str())).is_none())
                    .unwrap_or_default();
                let form = MemberForm::new(None, &id, lang);
                return Some(Msg::Push(Popup::Form(Box::new(form))));
            }
            Action::EditMember => {
                let form = MemberForm::new(Some(selected?), "", lang);
                return Some(Msg::Push(Popup::Form(Box::new(form))));
            }
            Action::RemoveMember => {
                let m = selected?;
                let text = format!("{} {}?", T::RemoveMemberQ.get(lang), m.name);
                let yes = Msg::Apply(Command::RemoveMember(m.id.clone()));
                return Some(Msg::Push(Popup::confirm(text, yes)));
            }
            _ => {}
        }
        None
    }

    /// Moves the selection `delta` members from where it is; `isize::MAX` goes to the last.
    pub fn move_by(&mut self, delta: isize, s: &Session) {
        let Some(i) = self.index(&s.members) else {
            return;
        };
        let to = i
            .saturating_add_signed(delta)
            .min(s.members.len().saturating_sub(1));
        self.sel = s.members.get(to).map(|m| m.id.clone());
        self.at = to;
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, s: &Session, ctx: Context, lang: Lang) {
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = format!("{} — {} {}", T::RosterTitle.get(lang), s.cell.name, s.year);
        f.render_widget(
            Paragraph::new(theme::fit(&title, usize::from(area.width))).style(theme::title()),
            top,
        );
        let header = Row::new(
            [T::ColName, T::ColId, T::ColBorn, T::ColPost, T::ColNotes].map(|t| t.get(lang)),
        )
        .style(theme::label());
        let rows: Vec<Row> = s
            .members
            .iter()
            .map(|m| {
                Row::new([
                    m.name.clone(),
                    m.id.to_string(),
                    m.born.map_or(String::new(), |b| b.to_string()),
                    post_label(m.post, lang).to_owned(),
                    member_flags(m, lang),
                ])
            })
            .collect();
        let widths = [
            Constraint::Fill(2),
            Constraint::Length(8),
            Constraint::Length(9),
            Constraint::Length(12),
            Constraint::Fill(2),
        ];
        let count = format!(" {} ({}) ", T::Members.get(lang), s.members.len());
        let table = Table::new(rows, widths)
            .header(header)
            .block(Block::bordered().title(Span::styled(count, theme::title())))
            .row_highlight_style(theme::selected());
        f.render_stateful_widget(
            table,
            body,
            &mut TableState::default().with_selected(self.index(&s.members)),
        );
        let list = bindings(ctx);
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }
}
