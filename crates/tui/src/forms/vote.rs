//! The vote forms: the tally of a round (checked as it is typed, with the proposed level and
//! why), the vote on the minutes, and the self-score.

use super::meeting::method_options;
use super::{TypedForm, number};
use crate::msg::Msg;
use crate::popup::{Cx, Rated};
use crate::widgets::form::{Field, Form};
use crate::words::{
    T, domain_error, outcome_long, score_general_label, score_range, score_tasks_label,
};
use chibo_core::domain::{
    Command, DomainError, Finding, FindingKind, Level, LevelCounts, Motion, MotionOf, Score,
    Session, Severity, Subject, Tally, VoteMethod,
};
use chibo_core::i18n::{Lang, finding_message, level_name};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TallyField {
    Method,
    Issued,
    Returned,
    Invalid,
    Count(Level),
}

pub(crate) struct TallyForm {
    form: Form<TallyField>,
    rated: Rated,
    /// The number of the round being entered (1 for the first).
    round: usize,
    /// The session's way of voting, which the form proposes.
    method: VoteMethod,
}

/// The rounds already held for `rated`.
pub(crate) fn rounds_held(s: &Session, rated: &Rated) -> usize {
    match rated {
        Rated::Member(id) => s.review(id).map_or(0, |r| r.rounds.len()),
        Rated::Cell => s.cell_rating.rounds.len(),
    }
}

impl TallyForm {
    pub(crate) fn new(s: &Session, rated: Rated, cx: &Cx) -> Self {
        let lang = cx.lang;
        use TallyField as F;
        let voters = s.voters_present().to_string();
        let method = s.rules.settings.vote_method;
        let mut fields = vec![
            Field::choice(
                F::Method,
                T::Method.get(lang),
                method_options(lang),
                &method,
            ),
            Field::text(F::Issued, T::Issued.get(lang), &voters),
            Field::text(F::Returned, T::Returned.get(lang), &voters),
            Field::text(F::Invalid, T::Invalid.get(lang), "0"),
        ];
        for l in Level::ALL {
            fields.push(Field::text(F::Count(l), level_name(l, lang), ""));
        }
        let who = match &rated {
            Rated::Member(id) => s.member_name(id).to_owned(),
            Rated::Cell => T::TheCell.get(lang).to_owned(),
        };
        let round = rounds_held(s, &rated) + 1;
        let title = format!(
            "{} — {who} — {} {round}",
            T::VoteTitle.get(lang),
            T::Round.get(lang).to_lowercase()
        );
        let mut form = Form::new(title, fields);
        form.focus_on(F::Count(Level::Excellent));
        let mut this = TallyForm {
            form,
            rated,
            round,
            method,
        };
        this.preview(s, cx);
        this
    }

    fn command(&self, tally: Tally) -> Command {
        match &self.rated {
            Rated::Member(id) => Command::RecordVote {
                member: id.clone(),
                tally,
            },
            Rated::Cell => Command::RecordCellVote(tally),
        }
    }

    fn read(&self, lang: Lang) -> Result<Tally, String> {
        use TallyField as F;
        let form = &self.form;
        let mut counts = LevelCounts::default();
        for l in Level::ALL {
            counts.set(l, number(form, F::Count(l), lang)?);
        }
        Ok(Tally {
            // A field of the form's own: never missing, else the session's way.
            method: form.chosen(F::Method).unwrap_or(self.method),
            issued: number(form, F::Issued, lang)?,
            returned: number(form, F::Returned, lang)?,
            invalid: number(form, F::Invalid, lang)?,
            counts,
        })
    }

    /// Shows, as it is typed, what the rules will say once the round is saved: the level it
    /// proposes and why, or what is wrong with it (the domain's preview of the round).
    fn preview(&mut self, s: &Session, cx: &Cx) {
        let lang = cx.lang;
        let tally = match self.read(lang) {
            Ok(t) => t,
            Err(e) => return self.form.preview = vec![(e, true)],
        };
        let previewed = match &self.rated {
            Rated::Member(id) => s.preview_vote(id, &tally),
            Rated::Cell => s.preview_cell_vote(&tally),
        };
        let p = match previewed {
            Ok(p) => p,
            Err(DomainError::Tally(problem)) => {
                let f = Finding {
                    severity: Severity::Error,
                    subject: Subject::Session,
                    kind: FindingKind::Tally {
                        round: self.round,
                        problem,
                    },
                };
                return self.form.preview = vec![(finding_message(&f, lang), true)];
            }
            Err(e) => return self.form.preview = vec![(domain_error(&e, lang), true)],
        };
        let text = format!(
            "{} {}",
            T::Proposed.get(lang),
            outcome_long(s, &p.outcome, lang)
        );
        let mut lines = vec![(text, p.outcome.level().is_none())];
        // The errors the rules will then find about this member (or the cell).
        lines.extend(p.errors.iter().map(|f| (finding_message(f, lang), true)));
        self.form.preview = lines;
    }
}

impl TypedForm for TallyForm {
    type Field = TallyField;
    fn form(&self) -> &Form<TallyField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<TallyField> {
        &mut self.form
    }
    fn changed(&mut self, cx: &Cx) {
        if let Some(s) = cx.session {
            self.preview(s, cx);
        }
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        let tally = self.read(cx.lang)?;
        let voters = cx.session.map_or(0, Session::voters_present);
        if tally.check(voters).is_err() {
            // What is wrong is already shown below the fields; it is not said twice.
            return Err(T::FixTheCounts.get(cx.lang).to_owned());
        }
        Ok(Msg::Apply(self.command(tally)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MotionField {
    Method,
    Agree,
    Disagree,
    Abstain,
}

/// A vote on a motion: the agenda, the counting team, the collective report, the minutes.
pub(crate) struct MotionForm {
    form: Form<MotionField>,
    /// What is voted on.
    of: MotionOf,
    /// The way of voting the form opened on.
    method: VoteMethod,
}

impl MotionForm {
    pub(crate) fn new(s: &Session, of: MotionOf, lang: Lang) -> Self {
        use MotionField as F;
        let m = s.motion(of).copied().unwrap_or(Motion {
            // The agenda, the team and the report are voted by a show of hands.
            method: match of {
                MotionOf::Minutes => VoteMethod::default(),
                _ => VoteMethod::ShowOfHands,
            },
            agree: s.voters_present(),
            ..Motion::default()
        });
        let fields = vec![
            Field::choice(
                F::Method,
                T::Method.get(lang),
                method_options(lang),
                &m.method,
            ),
            Field::text(F::Agree, T::Agree.get(lang), &m.agree.to_string()),
            Field::text(F::Disagree, T::Disagree.get(lang), &m.disagree.to_string()),
            Field::text(F::Abstain, T::Abstain.get(lang), &m.abstain.to_string()),
        ];
        let mut form = Form::new(crate::words::motion_label(of, lang).to_owned(), fields);
        form.focus_on(F::Agree);
        MotionForm {
            form,
            of,
            method: m.method,
        }
    }
}

impl TypedForm for MotionForm {
    type Field = MotionField;
    fn form(&self) -> &Form<MotionField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<MotionField> {
        &mut self.form
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        use MotionField as F;
        let (form, lang) = (&self.form, cx.lang);
        let m = Motion {
            // A field of the form's own: never missing, else the way it opened on.
            method: form.chosen(F::Method).unwrap_or(self.method),
            agree: number(form, F::Agree, lang)?,
            disagree: number(form, F::Disagree, lang)?,
            abstain: number(form, F::Abstain, lang)?,
        };
        Ok(Msg::Apply(match self.of {
            MotionOf::Minutes => Command::RecordMinutesVote(Some(m)),
            of => Command::RecordMotion {
                of,
                motion: Some(m),
            },
        }))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScoreField {
    General,
    Tasks,
}

/// The self-score of the rule sets that have one.
pub(crate) struct ScoreForm {
    form: Form<ScoreField>,
    rated: Rated,
}

impl ScoreForm {
    pub(crate) fn new(s: &Session, rated: Rated, lang: Lang) -> Self {
        let cur = match &rated {
            Rated::Member(id) => s.review(id).and_then(|r| r.self_score),
            Rated::Cell => s.cell_rating.self_score,
        };
        let num = |n: Option<u8>| n.map_or(String::new(), |n| n.to_string());
        let fields = vec![
            Field::text(
                ScoreField::General,
                &score_general_label(lang),
                &num(cur.map(|c| c.general)),
            ),
            Field::text(
                ScoreField::Tasks,
                &score_tasks_label(lang),
                &num(cur.map(|c| c.tasks)),
            ),
        ];
        let form = Form::new(T::SelfScore.get(lang).to_owned(), fields);
        ScoreForm { form, rated }
    }
}

impl TypedForm for ScoreForm {
    type Field = ScoreField;
    fn form(&self) -> &Form<ScoreField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<ScoreField> {
        &mut self.form
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        use ScoreField as F;
        let (form, lang) = (&self.form, cx.lang);
        let out_of_range = || score_range(lang);
        let score = if form.text(F::General).is_empty() && form.text(F::Tasks).is_empty() {
            None
        } else {
            let small = |n: u32| u8::try_from(n).map_err(|_| out_of_range());
            let s = Score {
                general: small(number(form, F::General, lang)?)?,
                tasks: small(number(form, F::Tasks, lang)?)?,
            };
            if !s.in_range() {
                return Err(out_of_range());
            }
            Some(s)
        };
        Ok(Msg::Apply(match &self.rated {
            Rated::Member(id) => Command::SetSelfScore {
                member: id.clone(),
                score,
            },
            Rated::Cell => Command::SetCellScore(score),
        }))
    }
}
