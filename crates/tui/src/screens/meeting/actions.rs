//! What a key does on a step of the meeting: a change to the session, or a popup to ask for one.
//! Pure: it reads the session and returns a [`Msg`] for the app to act on.

use super::rows::RowKind;
use super::{MeetingView, Pane};
use crate::forms::meeting::facts::MinutesFactsForm;
use crate::forms::meeting::{MeetingInfoForm, SettingsForm, TimeForm};
use crate::forms::vote::{MotionForm, ScoreForm, TallyForm};
use crate::keymap::Action;
use crate::msg::Msg;
use crate::popup::{
    Cx, LineEntry, LineTarget, Picker, Popup, Rated, RemarkSlot, TextEntry, TextTarget,
};
use crate::words::{T, field_label, finalize_question};
use chibo_core::domain::{Attendance, Command, Level, MemberId, MotionOf, Session, Speaker, Step};
use chibo_core::i18n::{Lang, level_name};

fn push(p: Popup) -> Option<Msg> {
    Some(Msg::Push(p))
}

fn form(f: impl crate::forms::FormSpec + 'static) -> Option<Msg> {
    push(Popup::Form(Box::new(f)))
}

fn line(title: T, target: LineTarget, lang: Lang) -> Option<Msg> {
    push(Popup::Line(LineEntry::new(
        title.get(lang).to_owned(),
        target,
    )))
}

/// The editor on a text of the meeting, with the stored text.
pub(crate) fn text_editor(s: &Session, target: TextTarget, lang: Lang) -> Popup {
    let title = match &target {
        TextTarget::Collective(f) => field_label(*f, lang).to_owned(),
        TextTarget::Meeting(f) => crate::words::meeting_text_label(*f, lang).to_owned(),
        TextTarget::Member(id, f) => format!("{} — {}", s.member_name(id), field_label(*f, lang)),
        TextTarget::Remark { speaker, .. } => {
            format!("{} — {}", T::Remark.get(lang), s.speaker_name(speaker))
        }
    };
    Popup::Text(TextEntry::new(s, title, target))
}

impl MeetingView {
    /// What `action` does here; `None` when it only moved the view.
    pub fn on_action(&mut self, action: Action, cx: &Cx) -> Option<Msg> {
        let s = cx.session?;
        let lang = cx.lang;
        let on_agenda = self.focus == Pane::Agenda;
        match action {
            Action::NextStep => self.step_at(s, 1),
            Action::PrevStep => self.step_at(s, -1),
            Action::Up if on_agenda => self.step_at(s, -1),
            Action::Down if on_agenda => self.step_at(s, 1),
            Action::Up => Some(Msg::MoveRow(-1)),
            Action::Down => Some(Msg::MoveRow(1)),
            Action::Top => Some(Msg::MoveRow(isize::MIN)),
            Action::Bottom => Some(Msg::MoveRow(isize::MAX)),
            Action::SwitchPane => {
                self.focus = if on_agenda { Pane::Step } else { Pane::Agenda };
                None
            }
            Action::ToRoster => Some(Msg::ShowRoster),
            Action::Back => Some(Msg::CloseSession),
            Action::Export => push(export_picker(lang)),
            Action::Preview => Some(Msg::Preview),
            Action::Reopen => line(T::ReopenReason, LineTarget::Reopen, lang),
            _ if s.status.is_finalized() => None,
            _ => self.edit_action(action, s, lang, cx),
        }
    }

    /// The keys that change the meeting (never offered on a finalized session).
    fn edit_action(&mut self, action: Action, s: &Session, lang: Lang, cx: &Cx) -> Option<Msg> {
        let row = self.selected_kind(s, lang);
        match action {
            Action::Edit => self.edit_row(row?, s, lang, cx),
            Action::Present => roll_call(row, s, Attendance::Present),
            Action::Unexcused => roll_call(row, s, Attendance::Unexcused),
            Action::Excused => match row {
                Some(RowKind::Attendance(id)) => {
                    line(T::AbsenceReason, LineTarget::Reason(id), lang)
                }
                _ => None,
            },
            Action::Chair => push(chair_picker(s, lang, false)),
            Action::MinuteTaker => push(chair_picker(s, lang, true)),
            Action::AddGuest => line(T::Guest, LineTarget::Guest, lang),
            Action::AddRemark => self.add_remark(s, lang),
            Action::ChangeSpeaker => match row? {
                RowKind::Remark(slot) => speaker_picker(s, slot, lang),
                _ => None,
            },
            Action::Delete => delete(row, lang),
            Action::MoveUp | Action::MoveDown => {
                let Some(RowKind::Remark(RemarkSlot::Criticism(member, Some(index)))) = row else {
                    return None;
                };
                let up = action == Action::MoveUp;
                let cmd = Command::MoveCriticism { member, index, up };
                Some(Msg::Seq(vec![
                    Msg::Apply(cmd),
                    Msg::MoveRow(if up { -1 } else { 1 }),
                ]))
            }
            Action::Vote if self.step == Step::MinutesVote => {
                form(MotionForm::new(s, MotionOf::Minutes, lang))
            }
            Action::Vote => vote(s, self.rated()?, cx),
            Action::Level => push(level_picker(self.rated()?, lang)),
            Action::Score => form(ScoreForm::new(s, self.rated()?, lang)),
            Action::UndoVote => {
                let text = T::UndoVoteQ.get(lang).to_owned();
                let cmd = match self.rated()? {
                    Rated::Member(member) => Command::UndoVote { member },
                    Rated::Cell => Command::UndoCellVote,
                };
                push(Popup::confirm(text, Msg::Apply(cmd)))
            }
            Action::Finalize => finalize(s, lang),
            Action::BatchVote => push(Popup::Grid(crate::popup::grid::Grid::new(s))),
            Action::Ballots => {
                use chibo_docs::papers::{OutFormat, Paper};
                let paper = match self.rated()? {
                    Rated::Member(_) => Paper::Ballots,
                    Rated::Cell => Paper::CellBallots,
                };
                let docx = OutFormat::Minutes(chibo_docs::Format::Docx);
                Some(Msg::Paper(paper, docx))
            }
            _ => None,
        }
    }

    fn edit_row(&mut self, kind: RowKind, s: &Session, lang: Lang, cx: &Cx) -> Option<Msg> {
        let text = |t| push(text_editor(s, t, lang));
        match kind {
            RowKind::Attendance(_) => roll_call(Some(kind), s, Attendance::Present),
            RowKind::Chair => push(chair_picker(s, lang, false)),
            RowKind::MinuteTaker => push(chair_picker(s, lang, true)),
            RowKind::Start => form(TimeForm::new(s, false, cx.now.time(), lang)),
            RowKind::End => form(TimeForm::new(s, true, cx.now.time(), lang)),
            RowKind::MeetingInfo => form(MeetingInfoForm::new(s, lang)),
            RowKind::Facts => form(MinutesFactsForm::new(s, lang)),
            RowKind::CountingTeam => line(T::CountingTeamAsk, LineTarget::CountingTeam, lang),
            RowKind::Visitor(_) => roll_call(Some(kind), s, Attendance::Present),
            RowKind::Settings => form(SettingsForm::new(s, lang)),
            RowKind::AddGuest | RowKind::Guest(_) => line(T::Guest, LineTarget::Guest, lang),
            RowKind::Collective(f) => text(TextTarget::Collective(f)),
            RowKind::MemberText(id, f) => text(TextTarget::Member(id, f)),
            RowKind::Remark(slot) => {
                let speaker = crate::popup::text::remark_at(s, &slot)?.speaker.clone();
                text(TextTarget::Remark { slot, speaker })
            }
            RowKind::AddRemark => self.add_remark(s, lang),
            RowKind::Level(r) => push(level_picker(r, lang)),
            RowKind::Score(r) => form(ScoreForm::new(s, r, lang)),
            RowKind::Vote(r) => vote(s, r, cx),
            RowKind::Outcome(Rated::Member(id)) => Some(Msg::Goto(Step::Member(id))),
            RowKind::Outcome(Rated::Cell) => Some(Msg::Goto(Step::CellRating)),
            RowKind::Motion(of) => form(MotionForm::new(s, of, lang)),
            RowKind::MeetingText(f) => text(TextTarget::Meeting(f)),
            RowKind::Finalize => finalize(s, lang),
            RowKind::Info | RowKind::Round(_) | RowKind::Totals(_) => None,
        }
    }

    fn rated(&self) -> Option<Rated> {
        match &self.step {
            Step::Member(id) => Some(Rated::Member(id.clone())),
            Step::CellRating => Some(Rated::Cell),
            _ => None,
        }
    }

    fn add_remark(&self, s: &Session, lang: Lang) -> Option<Msg> {
        let slot = match &self.step {
            Step::Collective => RemarkSlot::Contribution(None),
            Step::Member(id) => RemarkSlot::Criticism(id.clone(), None),
            _ => return None,
        };
        let mut choices: Vec<(String, Msg)> = in_the_room(s)
            .map(|(name, speaker)| {
                let slot = slot.clone();
                (name, Msg::EditRemark { slot, speaker })
            })
            .collect();
        let guest = Popup::Line(LineEntry::new(
            T::GuestName.get(lang).to_owned(),
            LineTarget::GuestSpeaker(slot),
        ));
        choices.push((T::GuestSpeaker.get(lang).to_owned(), Msg::Push(guest)));
        push(Popup::Pick(Picker::new(
            T::Speaker.get(lang).to_owned(),
            choices,
        )))
    }
}

fn roll_call(row: Option<RowKind>, s: &Session, attendance: Attendance) -> Option<Msg> {
    let cmd = match row? {
        RowKind::Attendance(member) => {
            let attendance = present_again(s, &member, attendance);
            Command::SetAttendance { member, attendance }
        }
        RowKind::Visitor(index) => {
            let mut visitor = s.meeting.visitors.get(index)?.clone();
            visitor.attendance = attendance;
            Command::UpdateVisitor { index, visitor }
        }
        _ => return None,
    };
    // As on paper, the roll call moves on to the next member.
    Some(Msg::Seq(vec![Msg::Apply(cmd), Msg::MoveRow(1)]))
}

/// An exempt member called present a second time is present without voting (he counts in the
/// base only when he votes), and a third time present again.
fn present_again(s: &Session, member: &MemberId, attendance: Attendance) -> Attendance {
    match s.member(member) {
        Some(m) if m.exempt && attendance == Attendance::Present => match m.attendance {
            Attendance::Present => Attendance::PresentNotVoting,
            _ => Attendance::Present,
        },
        _ => attendance,
    }
}

/// The chair (or, with `taker`, the minute-taker) from the members present.
fn chair_picker(s: &Session, lang: Lang, taker: bool) -> Popup {
    let choices = s
        .members
        .iter()
        .filter(|m| m.attendance.is_present())
        .map(|m| {
            let id = Some(m.id.clone());
            let cmd = if taker {
                Command::SetMinuteTaker(id)
            } else {
                Command::SetChair(id)
            };
            (m.name.clone(), Msg::Apply(cmd))
        })
        .collect();
    let title = if taker { T::MinuteTaker } else { T::Chair };
    let picker = Picker::new(title.get(lang).to_owned(), choices);
    Popup::Pick(picker.when_empty(T::NoPresent.get(lang)))
}

fn level_picker(rated: Rated, lang: Lang) -> Popup {
    let set = |level: Option<Level>| {
        Msg::Apply(match &rated {
            Rated::Member(member) => Command::SetSelfAssessed {
                member: member.clone(),
                level,
            },
            Rated::Cell => Command::SetCellSelfAssessed(level),
        })
    };
    let mut choices: Vec<(String, Msg)> = Level::ALL
        .iter()
        .map(|l| (level_name(*l, lang).to_owned(), set(Some(*l))))
        .collect();
    choices.push((T::NoneYet.get(lang).to_owned(), set(None)));
    Popup::Pick(Picker::new(T::SelfLevel.get(lang).to_owned(), choices))
}

fn export_picker(lang: Lang) -> Popup {
    use chibo_docs::papers::{OutFormat, Paper};
    let all = (T::ExportAll.get(lang).to_owned(), Msg::Export(None));
    let one = chibo_docs::Format::ALL.iter().map(|f| {
        let label = crate::words::format_label(*f, lang).to_owned();
        (label, Msg::Export(Some(*f)))
    });
    let docx = OutFormat::Minutes(chibo_docs::Format::Docx);
    let papers = [
        (T::PaperBallots, Paper::Ballots, docx),
        (T::PaperCellBallots, Paper::CellBallots, docx),
        (T::PaperCounting, Paper::Counting, docx),
        (T::PaperList, Paper::List, docx),
        (T::PaperListXlsx, Paper::List, OutFormat::Xlsx),
    ]
    .map(|(t, p, f)| (t.get(lang).to_owned(), Msg::Paper(p, f)));
    let choices = std::iter::once(all).chain(one).chain(papers).collect();
    Popup::Pick(Picker::new(T::ExportTitle.get(lang).to_owned(), choices))
}

fn delete(row: Option<RowKind>, lang: Lang) -> Option<Msg> {
    let (text, cmd) = match row? {
        RowKind::Remark(RemarkSlot::Contribution(Some(i))) => {
            (T::RemoveRemarkQ, Command::RemoveContribution(i))
        }
        RowKind::Remark(RemarkSlot::Criticism(member, Some(index))) => {
            (T::RemoveRemarkQ, Command::RemoveCriticism { member, index })
        }
        RowKind::Guest(i) => (T::RemoveGuestQ, Command::RemoveGuest(i)),
        _ => return None,
    };
    push(Popup::confirm(text.get(lang).to_owned(), Msg::Apply(cmd)))
}

fn finalize(s: &Session, lang: Lang) -> Option<Msg> {
    if s.status.is_finalized() {
        return None;
    }
    let text = finalize_question(s, lang);
    push(Popup::confirm(text, Msg::Apply(Command::Finalize)))
}

/// The tally of a new round; when a level has already passed, asked first, naming it.
fn vote(s: &Session, rated: Rated, cx: &Cx) -> Option<Msg> {
    let lang = cx.lang;
    let (who, standing) = match &rated {
        Rated::Member(id) => (s.member_name(id).to_owned(), s.member_outcome(id)),
        Rated::Cell => (T::TheCell.get(lang).to_owned(), s.cell_outcome()),
    };
    let tally = Msg::Push(Popup::Form(Box::new(TallyForm::new(s, rated, cx))));
    match standing.filter(|o| o.level().is_some()) {
        Some(o) => {
            let text = crate::words::new_round_question(s, &who, &o, lang);
            push(Popup::confirm(text, tally))
        }
        None => Some(tally),
    }
}

/// Those who may speak: the members present, then the guests entered at roll call.
fn in_the_room(s: &Session) -> impl Iterator<Item = (String, Speaker)> + '_ {
    let present = s.members.iter().filter(|m| m.attendance.is_present());
    let members = present.map(|m| (m.name.clone(), Speaker::Member(m.id.clone())));
    let guests = (s.meeting.guests.iter()).map(|g| (g.clone(), Speaker::Guest(g.clone())));
    members.chain(guests)
}

/// The speakers a remark can be given instead of its own: those present, the guests, or
/// another guest typed in. The text stays as it was written.
fn speaker_picker(s: &Session, slot: RemarkSlot, lang: Lang) -> Option<Msg> {
    let remark = crate::popup::text::remark_at(s, &slot)?;
    let mut choices: Vec<(String, Msg)> = in_the_room(s)
        .map(|(name, speaker)| {
            let cmd = crate::popup::text::edit_remark(&slot, speaker, remark.text.clone());
            (name, cmd.map_or(Msg::Seq(Vec::new()), Msg::Apply))
        })
        .collect();
    let target = LineTarget::NewSpeaker {
        slot,
        text: remark.text.clone(),
    };
    let guest = Popup::Line(LineEntry::new(T::GuestName.get(lang).to_owned(), target));
    choices.push((T::GuestSpeaker.get(lang).to_owned(), Msg::Push(guest)));
    push(Popup::Pick(Picker::new(
        T::Speaker.get(lang).to_owned(),
        choices,
    )))
}
