//! The vote forms: the tally of a round (checked as you type, with the proposed level and why),
//! the vote on the minutes, the self-score, and the opening and closing times.

use chrono::NaiveTime;

use crate::domain::{
    Command, Finding, FindingKind, Level, LevelCounts, Motion, Score, Severity, Subject, Tally,
    VoteMethod,
};
use crate::i18n::{finding_message, level_name};
use crate::tui::app::App;
use crate::tui::popup::{FormFor, Rated};
use crate::tui::widgets::form::{Field, Form};
use crate::tui::words::{T, outcome_long};

use super::rows::method_label;

const METHODS: [VoteMethod; 2] = [VoteMethod::SecretBallot, VoteMethod::ShowOfHands];

fn methods(lang: crate::i18n::Lang) -> Vec<String> {
    METHODS
        .iter()
        .map(|m| method_label(*m, lang).to_owned())
        .collect()
}

/// A count typed in a form: empty is 0.
fn number(form: &Form, i: usize, lang: crate::i18n::Lang) -> Result<u32, String> {
    let t = form.text(i);
    if t.is_empty() {
        return Ok(0);
    }
    t.parse()
        .map_err(|_| format!("{}: {}", form.fields[i].label, T::NotANumber.get(lang)))
}

pub fn parse_time(t: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(t.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t.trim(), "%Hh%M"))
        .or_else(|_| NaiveTime::parse_from_str(t.trim(), "%H:%M:%S"))
        .ok()
}

impl App {
    pub(crate) fn time_form(&mut self, end: bool) {
        let Some(s) = self.session() else { return };
        let lang = self.lang;
        let cur = if end { s.meeting.end } else { s.meeting.start };
        let t = cur
            .unwrap_or_else(|| self.now().time())
            .format("%H:%M")
            .to_string();
        let label = if end { T::EndTime } else { T::StartTime };
        let form = Form::new(
            label.get(lang).to_owned(),
            vec![Field::text(T::TimeHhMm.get(lang), &t)],
        );
        self.form_popup(form, FormFor::Time { end });
    }

    pub(crate) fn save_time(&mut self, form: &Form, end: bool) -> Result<(), String> {
        let t = if form.text(0).is_empty() {
            None
        } else {
            Some(parse_time(form.text(0)).ok_or_else(|| T::BadTime.get(self.lang).to_owned())?)
        };
        self.apply(if end {
            Command::SetEnd(t)
        } else {
            Command::SetStart(t)
        });
        Ok(())
    }

    /// The cell, the committee above, the date and place, and when the draft report went out.
    pub(crate) fn meeting_info_form(&mut self) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let date = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
        let fields = vec![
            Field::text(T::CellName.get(lang), &s.cell.name),
            Field::text(T::Committee.get(lang), &s.cell.committee),
            Field::text(T::DateDmy.get(lang), &date(s.meeting.date)),
            Field::text(T::Place.get(lang), &s.meeting.place),
            Field::text(
                T::DraftSent.get(lang),
                &s.meeting.draft_sent.map_or(String::new(), date),
            ),
        ];
        let form = Form::new(T::MeetingInfo.get(lang).to_owned(), fields);
        self.form_popup(form, FormFor::MeetingInfo);
    }

    pub(crate) fn save_meeting_info(&mut self, form: &Form) -> Result<(), String> {
        use crate::tui::screens::home::parse_date;
        let lang = self.lang;
        let bad = |t: T| t.get(lang).to_owned();
        if form.text(0).is_empty() {
            return Err(bad(T::NeedCell));
        }
        let date = parse_date(form.text(2)).ok_or_else(|| bad(T::BadDate))?;
        let sent = match form.text(4) {
            "" => None,
            t => Some(parse_date(t).ok_or_else(|| bad(T::BadDate))?),
        };
        let Some(s) = self.session() else {
            return Ok(());
        };
        let mut cmds = Vec::new();
        if s.cell.name != form.text(0) || s.cell.committee != form.text(1) {
            let (name, committee) = (form.text(0).to_owned(), form.text(1).to_owned());
            cmds.push(Command::SetCell { name, committee });
        }
        if s.meeting.date != date || s.meeting.place != form.text(3) {
            let place = form.text(3).to_owned();
            cmds.push(Command::SetMeeting { date, place });
        }
        if s.meeting.draft_sent != sent {
            cmds.push(Command::SetDraftSent(sent));
        }
        for c in cmds {
            self.apply(c);
        }
        Ok(())
    }

    pub(crate) fn score_form(&mut self, rated: Rated) {
        let Some(s) = self.session() else { return };
        let lang = self.lang;
        let cur = match &rated {
            Rated::Member(id) => s.review(id).and_then(|r| r.self_score),
            Rated::Cell => s.cell_rating.self_score,
        };
        let num = |n: Option<u8>| n.map_or(String::new(), |n| n.to_string());
        let fields = vec![
            Field::text(T::ScoreGeneral.get(lang), &num(cur.map(|c| c.general))),
            Field::text(T::ScoreTasks.get(lang), &num(cur.map(|c| c.tasks))),
        ];
        let form = Form::new(T::SelfScore.get(lang).to_owned(), fields);
        self.form_popup(form, FormFor::Score(rated));
    }

    pub(crate) fn save_score(&mut self, form: &Form, rated: &Rated) -> Result<(), String> {
        let lang = self.lang;
        let score = if form.text(0).is_empty() && form.text(1).is_empty() {
            None
        } else {
            let small = |n: u32| u8::try_from(n).map_err(|_| T::ScoreRange.get(lang).to_owned());
            let s = Score {
                general: small(number(form, 0, lang)?)?,
                tasks: small(number(form, 1, lang)?)?,
            };
            if !s.in_range() {
                return Err(T::ScoreRange.get(lang).to_owned());
            }
            Some(s)
        };
        let cmd = match rated {
            Rated::Member(id) => Command::SetSelfScore {
                member: id.clone(),
                score,
            },
            Rated::Cell => Command::SetCellScore(score),
        };
        self.apply(cmd);
        Ok(())
    }

    pub(crate) fn tally_form(&mut self, rated: Rated) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let voters = s.voters_present().to_string();
        let method = METHODS
            .iter()
            .position(|m| *m == s.rules.settings.vote_method)
            .unwrap_or(0);
        let mut fields = vec![
            Field::choice(T::Method.get(lang), methods(lang), method),
            Field::text(T::Issued.get(lang), &voters),
            Field::text(T::Returned.get(lang), &voters),
            Field::text(T::Invalid.get(lang), "0"),
        ];
        for l in Level::ALL {
            fields.push(Field::text(level_name(l, lang), ""));
        }
        let who = match &rated {
            Rated::Member(id) => s.member_name(id).to_owned(),
            Rated::Cell => T::TheCell.get(lang).to_owned(),
        };
        let mut form = Form::new(format!("{} — {who}", T::VoteTitle.get(lang)), fields);
        form.focus = 4;
        self.tally_preview(&mut form);
        self.form_popup(form, FormFor::Tally(rated));
    }

    fn read_tally(&self, form: &Form) -> Result<Tally, String> {
        let lang = self.lang;
        let mut counts = LevelCounts::default();
        for (i, l) in Level::ALL.iter().enumerate() {
            counts.set(*l, number(form, 4 + i, lang)?);
        }
        Ok(Tally {
            method: METHODS.get(form.choice(0)).copied().unwrap_or_default(),
            issued: number(form, 1, lang)?,
            returned: number(form, 2, lang)?,
            invalid: number(form, 3, lang)?,
            counts,
        })
    }

    /// Checks the tally as typed and shows the level it proposes, or what is wrong.
    pub(crate) fn tally_preview(&self, form: &mut Form) {
        let Some(s) = self.session() else { return };
        let lang = self.lang;
        form.preview = match self.read_tally(form) {
            Err(e) => vec![(e, true)],
            Ok(t) => match t.check(s.voters_present()) {
                Err(problem) => {
                    let f = Finding {
                        severity: Severity::Error,
                        subject: Subject::Session,
                        kind: FindingKind::Tally { round: 1, problem },
                    };
                    vec![(finding_message(&f, lang), true)]
                }
                Ok(()) => {
                    let o = s.outcome_of(&t);
                    vec![(
                        format!("{} {}", T::Proposed.get(lang), outcome_long(s, &o, lang)),
                        o.level().is_none(),
                    )]
                }
            },
        };
    }

    pub(crate) fn save_tally(&mut self, form: &Form, rated: &Rated) -> Result<(), String> {
        let tally = self.read_tally(form)?;
        let voters = self.session().map_or(0, |s| s.voters_present());
        if tally.check(voters).is_err() {
            return Err(form.preview.first().map_or(String::new(), |p| p.0.clone()));
        }
        let cmd = match rated {
            Rated::Member(id) => Command::RecordVote {
                member: id.clone(),
                tally,
            },
            Rated::Cell => Command::RecordCellVote(tally),
        };
        self.apply(cmd);
        Ok(())
    }

    pub(crate) fn motion_form(&mut self) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let m = s.minutes_vote.unwrap_or(Motion {
            agree: s.voters_present(),
            ..Motion::default()
        });
        let method = METHODS.iter().position(|x| *x == m.method).unwrap_or(0);
        let fields = vec![
            Field::choice(T::Method.get(lang), methods(lang), method),
            Field::text(T::Agree.get(lang), &m.agree.to_string()),
            Field::text(T::Disagree.get(lang), &m.disagree.to_string()),
            Field::text(T::Abstain.get(lang), &m.abstain.to_string()),
        ];
        let mut form = Form::new(T::MinutesVote.get(lang).to_owned(), fields);
        form.focus = 1;
        self.form_popup(form, FormFor::Motion);
    }

    pub(crate) fn save_motion(&mut self, form: &Form) -> Result<(), String> {
        let lang = self.lang;
        let m = Motion {
            method: METHODS.get(form.choice(0)).copied().unwrap_or_default(),
            agree: number(form, 1, lang)?,
            disagree: number(form, 2, lang)?,
            abstain: number(form, 3, lang)?,
        };
        self.apply(Command::RecordMinutesVote(Some(m)));
        Ok(())
    }
}
