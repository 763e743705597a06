//! The roster: every member with every attribute the rules use; add, edit, remove, with the
//! domain's validation shown in the form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState};

use crate::domain::{Command, Member, MemberId, Membership, Post};
use crate::tui::app::{App, Screen};
use crate::tui::keymap::{Action, bindings};
use crate::tui::popup::{Confirmed, FormFor, Popup};
use crate::tui::screens::home::parse_date;
use crate::tui::screens::meeting::MeetingView;
use crate::tui::theme;
use crate::tui::widgets::form::{Field, Form};
use crate::tui::widgets::hints::Hints;
use crate::tui::words::{T, domain_error, member_flags, outcome_text, post_label};

const POSTS: [Post; 4] = [
    Post::Secretary,
    Post::Deputy,
    Post::Committee,
    Post::Ordinary,
];

#[derive(Debug, Default)]
pub struct RosterView {
    pub sel: usize,
}

impl RosterView {
    pub fn draw(&self, f: &mut Frame, area: Rect, app: &App) {
        let Some(open) = &app.open else { return };
        let s = &open.session;
        let lang = app.lang;
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
            &mut TableState::default().with_selected(Some(self.sel)),
        );
        let list = bindings(app.context());
        f.render_widget(
            Hints {
                bindings: &list,
                lang,
            },
            bottom,
        );
    }
}

fn member_form(m: &Member, adding: bool, lang: crate::i18n::Lang) -> Form {
    let post = POSTS.iter().position(|p| *p == m.post).unwrap_or(3);
    let official = usize::from(m.membership == Membership::Probationary);
    let fields = vec![
        Field::text(T::ColId.get(lang), m.id.as_str()),
        Field::text(T::ColName.get(lang), &m.name),
        Field::text(
            T::ColBorn.get(lang),
            &m.born.map_or(String::new(), |b| b.to_string()),
        ),
        Field::choice(
            T::Membership.get(lang),
            vec![
                T::Official.get(lang).into(),
                T::Probationary.get(lang).into(),
            ],
            official,
        ),
        Field::text(
            T::Admitted.get(lang),
            &m.admitted
                .map_or(String::new(), |d| d.format("%d/%m/%Y").to_string()),
        ),
        Field::choice(
            T::ColPost.get(lang),
            POSTS
                .iter()
                .map(|p| post_label(*p, lang).to_owned())
                .collect(),
            post,
        ),
        Field::flag(T::Exempt.get(lang), m.exempt),
        Field::flag(T::Suspended.get(lang), m.suspended),
        Field::text(
            T::Elsewhere.get(lang),
            m.temporary_elsewhere.as_deref().unwrap_or(""),
        ),
        Field::flag(T::Disciplined.get(lang), m.disciplined),
        Field::flag(T::SelfReported.get(lang), m.self_reported),
        Field::flag(T::SickLeave.get(lang), m.long_sick_leave),
    ];
    let title = if adding {
        T::AddMemberTitle
    } else {
        T::EditMemberTitle
    };
    let mut form = Form::new(title.get(lang).to_owned(), fields);
    form.focus = 1;
    form
}

impl App {
    pub(crate) fn roster_action(&mut self, action: Action) {
        let Some(s) = self.session() else { return };
        let n = s.members.len();
        let lang = self.lang;
        let Screen::Roster(v) = &mut self.screen else {
            return;
        };
        let sel = v.sel;
        match action {
            Action::Up => v.sel = v.sel.saturating_sub(1),
            Action::Down => v.sel = (v.sel + 1).min(n.saturating_sub(1)),
            Action::ToMeeting => {
                if let Some(s) = self.session() {
                    self.screen = Screen::Meeting(MeetingView::new(s));
                }
            }
            Action::Back => self.close_session(),
            Action::History => {
                if let Some(m) = self.session().and_then(|s| s.members.get(sel)).cloned() {
                    self.history(&m);
                }
            }
            Action::AddMember => {
                let id = (n + 1..).map(|i| format!("m{i}")).find(|id| {
                    self.session()
                        .is_some_and(|s| s.member(&MemberId::new(id.as_str())).is_none())
                });
                let m = Member::new(id.unwrap_or_default(), "");
                self.form_popup(member_form(&m, true, lang), FormFor::Member { id: None });
            }
            Action::EditMember => {
                let Some(m) = self.session().and_then(|s| s.members.get(sel)).cloned() else {
                    return;
                };
                self.form_popup(
                    member_form(&m, false, lang),
                    FormFor::Member { id: Some(m.id) },
                );
            }
            Action::RemoveMember => {
                let Some(m) = self.session().and_then(|s| s.members.get(sel)) else {
                    return;
                };
                let text = format!("{} {}?", T::RemoveMemberQ.get(lang), m.name);
                let action = Confirmed::RemoveMember(m.id.clone());
                self.popups.push(Popup::Confirm { text, action });
            }
            _ => {}
        }
    }

    pub(crate) fn save_member(&mut self, form: &Form, id: Option<&MemberId>) -> Result<(), String> {
        let lang = self.lang;
        let msg = |t: T| t.get(lang).to_owned();
        let bad = |t: T| Err(msg(t));
        let old = id.and_then(|id| self.session().and_then(|s| s.member(id)).cloned());
        let new_id = MemberId::new(form.text(0));
        if old.as_ref().is_some_and(|o| o.id != new_id) {
            return bad(T::IdFixed);
        }
        let mut m = old
            .clone()
            .unwrap_or_else(|| Member::new(new_id.0.clone(), ""));
        m.name = form.text(1).to_owned();
        m.born = match form.text(2) {
            "" => None,
            t => Some(t.parse::<i32>().map_err(|_| msg(T::BadYear))?),
        };
        m.membership = if form.choice(3) == 1 {
            Membership::Probationary
        } else {
            Membership::Official
        };
        m.admitted = match form.text(4) {
            "" => None,
            t => Some(parse_date(t).ok_or_else(|| msg(T::BadDate))?),
        };
        m.post = POSTS.get(form.choice(5)).copied().unwrap_or(Post::Ordinary);
        m.exempt = form.flag(6);
        m.suspended = form.flag(7);
        m.temporary_elsewhere = Some(form.text(8).to_owned()).filter(|t| !t.is_empty());
        m.disciplined = form.flag(9);
        m.self_reported = form.flag(10);
        m.long_sick_leave = form.flag(11);
        let cmd = if old.is_some() {
            Command::UpdateMember(m)
        } else {
            Command::AddMember(m)
        };
        let now = self.now();
        // Validate on a copy first so a refused member keeps the form open with the reason.
        let Some(mut trial) = self.session().cloned() else {
            return Ok(());
        };
        trial
            .apply(cmd.clone(), now)
            .map_err(|e| domain_error(&e, lang))?;
        self.apply(cmd);
        if old.is_none()
            && let Screen::Roster(v) = &mut self.screen
        {
            v.sel = self
                .open
                .as_ref()
                .map_or(0, |o| o.session.members.len().saturating_sub(1));
        }
        Ok(())
    }
}

impl App {
    /// A member's outcome in every session of the folder that has them (same id), newest first.
    fn history(&mut self, m: &Member) {
        let lang = self.lang;
        let mut lines = Vec::new();
        for e in crate::store::index(&self.dir) {
            // The open session is read from memory: its file may be a moment behind.
            let here = self.session_path() == Some(e.path.as_path());
            let loaded = if here {
                self.session().cloned()
            } else {
                crate::store::load(&e.path).ok()
            };
            let Some(s) = loaded else { continue };
            if s.member(&m.id).is_none() {
                continue;
            }
            let result = s.member_outcome(&m.id).map_or_else(
                || T::NotYet.get(lang).to_owned(),
                |o| outcome_text(&s, &o, lang),
            );
            lines.push(format!(
                "{} · {} · {result}",
                s.year,
                s.meeting.date.format("%d/%m/%Y")
            ));
        }
        let text = if lines.is_empty() {
            T::NoHistory.get(lang).to_owned()
        } else {
            lines.join("\n")
        };
        self.popups.push(Popup::Message {
            title: format!("{} — {}", T::HistoryTitle.get(lang), m.name),
            text,
            error: false,
        });
    }
}
