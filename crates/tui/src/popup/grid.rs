//! The batch count: one set of ballots for every member to be rated, entered in one grid —
//! ballots issued and returned once, then per member the count per level and the ballots
//! invalid for that member's row. Each row is checked as it is typed and shows the level it
//! proposes; saved, each member's row is a round like any other.
//!
//! A member already decided (his last round has a result) shows that result and takes no
//! count: the cursor starts past him, and a count typed on his row first asks, as `b` does,
//! naming the standing result. Only when the meeting says yes is his row a new round.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Clear, Row, Table};

use super::{Cx, Popup};
use crate::keymap::{Action, Context};
use crate::msg::{Msg, Outcome};
use crate::theme;
use crate::widgets::hints::hint_line;
use crate::words::{T, new_round_question, outcome_text};
use chibo_core::domain::{Command, Level, LevelCounts, MemberId, Session, Tally};
use chibo_core::i18n::Lang;

/// The columns of a member's row: the four levels, then the row's invalid ballots.
const COLS: usize = 5;

#[derive(Clone)]
pub struct Grid {
    members: Vec<(MemberId, String)>,
    /// Ballots issued and returned, for the whole batch.
    issued: String,
    returned: String,
    /// Per member: the counts per level, then the invalid ballots of the row.
    cells: Vec<[String; COLS]>,
    /// Per member: held shut because a round already has a result (the meeting has not
    /// chosen to vote on him again).
    decided: Vec<bool>,
    /// Row 0 is the batch's ballots (two columns); rows 1.. are the members.
    row: usize,
    col: usize,
    touched: bool,
}

fn n(s: &str) -> u32 {
    s.trim().parse().unwrap_or(0)
}

impl Grid {
    /// The members present to be rated now, in review order, each with an empty row; the
    /// cursor on the first member not decided yet (on the ballots when all are).
    pub fn new(s: &Session) -> Self {
        let members: Vec<(MemberId, String)> = s
            .review_order()
            .into_iter()
            .filter(|m| m.attendance.is_present())
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect();
        let decided: Vec<bool> = members
            .iter()
            .map(|(id, _)| s.proposed(id).is_some())
            .collect();
        let row = decided.iter().position(|d| !d).map_or(0, |i| i + 1);
        let voters = s.voters_present().to_string();
        Grid {
            cells: vec![Default::default(); members.len()],
            members,
            decided,
            issued: voters.clone(),
            returned: voters,
            row,
            col: 0,
            touched: false,
        }
    }

    fn tally(&self, i: usize) -> Option<Tally> {
        let c = self.cells.get(i)?;
        let mut counts = LevelCounts::default();
        for (l, v) in Level::ALL.iter().zip(c.iter()) {
            counts.set(*l, n(v));
        }
        Some(Tally {
            method: chibo_core::domain::VoteMethod::SecretBallot,
            issued: n(&self.issued),
            returned: n(&self.returned),
            invalid: c.get(COLS - 1).map_or(0, |v| n(v)),
            counts,
        })
    }

    fn width(&self) -> usize {
        if self.row == 0 { 2 } else { COLS }
    }

    fn cell_mut(&mut self) -> Option<&mut String> {
        match self.row {
            0 if self.col == 0 => Some(&mut self.issued),
            0 => Some(&mut self.returned),
            r => self.cells.get_mut(r - 1)?.get_mut(self.col),
        }
    }

    pub fn key(&mut self, action: Option<Action>, k: &KeyEvent, cx: &Cx) -> Outcome {
        let rows = self.members.len() + 1;
        match action {
            Some(Action::Save) => return self.save(cx),
            Some(Action::Cancel) if self.touched => {
                return Outcome::Ask {
                    text: T::DropTypedQ.get(cx.lang).to_owned(),
                    yes: Msg::ClosePopup,
                };
            }
            Some(Action::Cancel) => return Outcome::Close,
            Some(Action::Up) => self.row = self.row.saturating_sub(1),
            Some(Action::Down) => self.row = (self.row + 1).min(rows - 1),
            Some(Action::NextField) => self.col += 1,
            Some(Action::PrevField) => self.col = self.col.saturating_sub(1),
            Some(Action::ClearField) => self.edit(|v| v.clear()),
            _ => match k.code {
                KeyCode::Char(c) if c.is_ascii_digit() => return self.digit(c, cx),
                KeyCode::Backspace => self.edit(|v| {
                    v.pop();
                }),
                _ => {}
            },
        }
        self.col = self.col.min(self.width() - 1);
        Outcome::Stay
    }

    /// The member of the cursor's row, when that member is decided.
    fn decided_here(&self) -> Option<&MemberId> {
        let i = self.row.checked_sub(1)?;
        let held = self.decided.get(i).copied().unwrap_or(false);
        self.members.get(i).filter(|_| held).map(|(id, _)| id)
    }

    /// A digit typed: on a decided member's row, the question `b` asks, whose yes puts this
    /// grid back with the row opened for a new round and the digit in it.
    fn digit(&mut self, c: char, cx: &Cx) -> Outcome {
        let Some(id) = self.decided_here() else {
            self.edit(|v| v.push(c));
            return Outcome::Stay;
        };
        let (Some(s), Some(i)) = (cx.session, self.row.checked_sub(1)) else {
            return Outcome::Stay;
        };
        let Some(standing) = s.member_outcome(id) else {
            return Outcome::Stay;
        };
        let text = new_round_question(s, s.member_name(id), &standing, cx.lang);
        let mut opened = self.clone();
        if let Some(d) = opened.decided.get_mut(i) {
            *d = false;
        }
        opened.edit(|v| v.push(c));
        let yes = Msg::Seq(vec![Msg::ClosePopup, Msg::Push(Popup::Grid(opened))]);
        Outcome::Ask { text, yes }
    }

    /// Edits the cursor's cell; a decided member's row takes nothing.
    fn edit(&mut self, f: impl FnOnce(&mut String)) {
        if self.decided_here().is_some() {
            return;
        }
        if let Some(v) = self.cell_mut() {
            f(v);
            self.touched = true;
        }
    }

    /// One round per member with counts; refused while a row does not add up.
    fn save(&self, cx: &Cx) -> Outcome {
        let Some(s) = cx.session else {
            return Outcome::Close;
        };
        let mut rounds = Vec::new();
        for (i, (id, _)) in self.members.iter().enumerate() {
            if self.decided.get(i).copied().unwrap_or(false) {
                continue;
            }
            let Some(t) = self.tally(i) else { continue };
            if t.counts.total() == Some(0) && t.invalid == 0 {
                continue;
            }
            if t.check(s.voters_present()).is_err() {
                return Outcome::Stay;
            }
            let cmd = Command::RecordVote {
                member: id.clone(),
                tally: t,
            };
            rounds.push(Msg::Apply(cmd));
        }
        Outcome::Emit(Msg::Seq(rounds))
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, s: Option<&Session>, lang: Lang) {
        let rect = theme::centered(area, area.width.saturating_sub(4), area.height - 2);
        f.render_widget(Clear, rect);
        let mut header = vec![T::ColName.get(lang).to_owned()];
        header.extend(Level::ALL.iter().map(|l| l.short().to_owned()));
        header.push(T::InvalidShort.get(lang).to_owned());
        header.push(T::Proposed.get(lang).to_owned());
        let pick = |r: usize, c: usize, v: &str| {
            let cell = Cell::from(v.to_owned());
            if (r, c) == (self.row, self.col) {
                cell.style(theme::selected())
            } else {
                cell
            }
        };
        let mut rows = vec![Row::new(vec![
            Cell::from(T::BatchBallots.get(lang)),
            pick(0, 0, &self.issued),
            pick(0, 1, &self.returned),
        ])];
        for (i, (id, name)) in self.members.iter().enumerate() {
            let mut cells = vec![Cell::from(name.clone())];
            let values = self.cells.get(i).map(|c| c.as_slice()).unwrap_or(&[]);
            cells.extend(values.iter().enumerate().map(|(c, v)| pick(i + 1, c, v)));
            let row = match (self.decided.get(i), s) {
                (Some(true), Some(s)) => {
                    cells.push(Cell::from(standing(s, id, lang)));
                    Row::new(cells).style(theme::muted())
                }
                _ => {
                    cells.push(Cell::from(self.row_check(i, s, lang)));
                    Row::new(cells)
                }
            };
            rows.push(row);
        }
        let mut widths = vec![Constraint::Fill(2)];
        widths.extend([Constraint::Length(7); COLS]);
        widths.push(Constraint::Fill(2));
        let title = format!(" {} ", T::BatchTitle.get(lang));
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(theme::label()))
            .block(
                Block::bordered()
                    .title(Line::styled(title, theme::title()))
                    .title_bottom(hint_line(Context::Grid, lang)),
            );
        f.render_widget(table, rect);
    }

    /// The row's proposed level and why, or what is wrong with it.
    fn row_check(&self, i: usize, s: Option<&Session>, lang: Lang) -> String {
        let (Some(t), Some(s)) = (self.tally(i), s) else {
            return String::new();
        };
        if t.counts.total() == Some(0) && t.invalid == 0 {
            return String::new();
        }
        match t.check(s.voters_present()) {
            Ok(()) => outcome_text(s, &s.outcome_of(&t), lang),
            Err(_) => T::RowDoesNotAddUp.get(lang).to_owned(),
        }
    }
}

/// A decided member's standing result, as his row shows it: "HTTNV: 6/6 > 1/2 (đã có kết quả)".
fn standing(s: &Session, id: &MemberId, lang: Lang) -> String {
    s.member_outcome(id).map_or_else(String::new, |o| {
        format!("{} {}", outcome_text(s, &o, lang), T::GridDecided.get(lang))
    })
}
