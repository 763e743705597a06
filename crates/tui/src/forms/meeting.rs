//! The meeting's own forms: the opening or closing time, the meeting details (cell, committee,
//! date, place, when the draft report went out) and the rules and counting settings.

use chrono::NaiveDate;

use super::session::rule_options;
use super::{TypedForm, optional_date, optional_time, parse_date};
use crate::msg::Msg;
use crate::popup::Cx;
use crate::widgets::form::{Field, Form};
use crate::words::{
    T, cap_base_label, cap_percent_bad, cap_reason_label, denominator_label as denominator_title,
    method_label,
};
use chibo_core::domain::{
    CapBase, Command, DenominatorRule, RuleSet, Session, Settings, VoteMethod,
};
use chibo_core::i18n::{Lang, cap_base_short};

pub(crate) mod facts;

const METHODS: [VoteMethod; 2] = [VoteMethod::SecretBallot, VoteMethod::ShowOfHands];
const DENOMINATORS: [DenominatorRule; 2] =
    [DenominatorRule::Convened, DenominatorRule::OfficialPresent];
const CAP_BASES: [CapBase; 2] = [CapBase::Good, CapBase::GoodAndExcellent];

/// The ways of voting to choose from.
pub(crate) fn method_options(lang: Lang) -> Vec<(String, VoteMethod)> {
    METHODS
        .map(|m| (method_label(m, lang).to_owned(), m))
        .to_vec()
}

pub(crate) fn denominator_label(d: DenominatorRule, lang: Lang) -> &'static str {
    match d {
        DenominatorRule::Convened => T::DenomConvened.get(lang),
        DenominatorRule::OfficialPresent => T::DenomPresent.get(lang),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeField {
    Time,
}

/// The opening (`end == false`) or closing time.
pub(crate) struct TimeForm {
    form: Form<TimeField>,
    end: bool,
}

impl TimeForm {
    pub(crate) fn new(s: &Session, end: bool, now: chrono::NaiveTime, lang: Lang) -> Self {
        let cur = if end { s.meeting.end } else { s.meeting.start };
        let t = cur.unwrap_or(now).format("%H:%M").to_string();
        let title = if end { T::EndTime } else { T::StartTime };
        let fields = vec![Field::text(TimeField::Time, T::TimeHhMm.get(lang), &t)];
        TimeForm {
            form: Form::new(title.get(lang).to_owned(), fields),
            end,
        }
    }
}

impl TypedForm for TimeForm {
    type Field = TimeField;
    fn form(&self) -> &Form<TimeField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<TimeField> {
        &mut self.form
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        let t = optional_time(self.form.text(TimeField::Time), cx.lang)?;
        Ok(Msg::Apply(if self.end {
            Command::SetEnd(t)
        } else {
            Command::SetStart(t)
        }))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InfoField {
    Cell,
    Committee,
    Date,
    Place,
    DraftSent,
}

pub(crate) struct MeetingInfoForm {
    form: Form<InfoField>,
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

impl MeetingInfoForm {
    pub(crate) fn new(s: &Session, lang: Lang) -> Self {
        use InfoField as I;
        let sent = s.meeting.draft_sent.map_or(String::new(), dmy);
        let fields = vec![
            Field::text(I::Cell, T::CellName.get(lang), &s.cell.name),
            Field::text(I::Committee, T::Committee.get(lang), &s.cell.committee),
            Field::text(I::Date, T::DateDmy.get(lang), &dmy(s.meeting.date)),
            Field::text(I::Place, T::Place.get(lang), &s.meeting.place),
            Field::text(I::DraftSent, T::DraftSent.get(lang), &sent),
        ];
        let form = Form::new(T::MeetingInfo.get(lang).to_owned(), fields);
        MeetingInfoForm { form }
    }
}

impl TypedForm for MeetingInfoForm {
    type Field = InfoField;
    fn form(&self) -> &Form<InfoField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<InfoField> {
        &mut self.form
    }
    /// Only what changed becomes a command, so the log names only that.
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        use InfoField as I;
        let lang = cx.lang;
        let form = &self.form;
        if form.text(I::Cell).is_empty() {
            return Err(T::NeedCell.get(lang).to_owned());
        }
        let date = parse_date(form.text(I::Date)).ok_or_else(|| T::BadDate.get(lang).to_owned())?;
        let sent = optional_date(form.text(I::DraftSent), lang)?;
        let Some(s) = cx.session else {
            return Ok(Msg::Seq(Vec::new()));
        };
        let (name, committee) = (form.text(I::Cell), form.text(I::Committee));
        let place = form.text(I::Place);
        let mut cmds = Vec::new();
        if s.cell.name != name || s.cell.committee != committee {
            cmds.push(Msg::Apply(Command::SetCell {
                name: name.to_owned(),
                committee: committee.to_owned(),
            }));
        }
        if s.meeting.date != date || s.meeting.place != place {
            let place = place.to_owned();
            cmds.push(Msg::Apply(Command::SetMeeting { date, place }));
        }
        if s.meeting.draft_sent != sent {
            cmds.push(Msg::Apply(Command::SetDraftSent(sent)));
        }
        Ok(Msg::Seq(cmds))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SettingsField {
    Rules,
    Method,
    Denominator,
    Cumulative,
    CapPercent,
    /// What the cap is a share of: Good, or Good and Excellent.
    CapBase,
    CapReason,
    /// Public holidays besides 1 January, for the working days of the draft rule.
    Holidays,
}

pub(crate) struct SettingsForm {
    form: Form<SettingsField>,
}

impl SettingsForm {
    pub(crate) fn new(s: &Session, lang: Lang) -> Self {
        use SettingsField as S;
        let st = &s.rules.settings;
        let denominators = DENOMINATORS
            .map(|d| (denominator_label(d, lang).to_owned(), d))
            .to_vec();
        let fields = vec![
            Field::choice(
                S::Rules,
                T::RuleSet.get(lang),
                rule_options(),
                &s.rules.name,
            ),
            Field::choice(
                S::Method,
                T::Method.get(lang),
                method_options(lang),
                &st.vote_method,
            ),
            Field::choice(
                S::Denominator,
                &denominator_title(lang),
                denominators,
                &st.denominator,
            ),
            Field::flag(S::Cumulative, T::Cumulative.get(lang), st.cumulative),
            Field::text(
                S::CapPercent,
                T::CapPercent.get(lang),
                &st.excellent_cap_percent.to_string(),
            ),
            Field::choice(
                S::CapBase,
                cap_base_label(lang),
                CAP_BASES
                    .iter()
                    .map(|b| (cap_base_short(*b, lang).to_owned(), *b))
                    .collect(),
                &st.cap_base,
            ),
            Field::text(
                S::CapReason,
                &cap_reason_label(lang),
                st.cap_reason.as_deref().unwrap_or(""),
            ),
            Field::text(
                S::Holidays,
                T::Holidays.get(lang),
                &holidays_text(&st.holidays),
            ),
        ];
        let form = Form::new(T::Settings.get(lang).to_owned(), fields);
        SettingsForm { form }
    }
}

impl TypedForm for SettingsForm {
    type Field = SettingsField;
    fn form(&self) -> &Form<SettingsField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<SettingsField> {
        &mut self.form
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        use SettingsField as S;
        let form = &self.form;
        let Ok(cap) = form.text(S::CapPercent).parse::<u32>() else {
            return Err(cap_percent_bad(cx.lang));
        };
        let holidays = parse_holidays(form.text(S::Holidays))
            .ok_or_else(|| T::BadHolidays.get(cx.lang).to_owned())?;
        let Some(s) = cx.session else {
            return Ok(Msg::Seq(Vec::new()));
        };
        // The choices are the form's own fields: never missing, else unchanged.
        let st = &s.rules.settings;
        let name = form.chosen(S::Rules).unwrap_or(s.rules.name);
        let settings = Settings {
            vote_method: form.chosen(S::Method).unwrap_or(st.vote_method),
            denominator: form.chosen(S::Denominator).unwrap_or(st.denominator),
            cumulative: form.flag(S::Cumulative),
            excellent_cap_percent: cap,
            cap_base: form.chosen(S::CapBase).unwrap_or(st.cap_base),
            cap_reason: Some(form.text(S::CapReason).to_owned()).filter(|r| !r.is_empty()),
            holidays,
            ..s.rules.settings.clone()
        };
        let rules = RuleSet { name, settings };
        Ok(if rules == s.rules {
            Msg::Seq(Vec::new())
        } else {
            Msg::Apply(Command::SetRules(rules))
        })
    }
}

/// The holidays as the form shows them: "30/04/2025, 01/05/2025".
fn holidays_text(days: &[NaiveDate]) -> String {
    let days: Vec<String> = days
        .iter()
        .map(|d| d.format("%d/%m/%Y").to_string())
        .collect();
    days.join(", ")
}

/// The holidays as typed, separated by commas or spaces, in date order, each once; `None` when
/// one is not a date.
fn parse_holidays(text: &str) -> Option<Vec<NaiveDate>> {
    let mut days = text
        .split([',', ';', ' '])
        .filter(|t| !t.trim().is_empty())
        .map(parse_date)
        .collect::<Option<Vec<_>>>()?;
    days.sort_unstable();
    days.dedup();
    Some(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(f: &SettingsForm, s: &Session) -> Result<Settings, String> {
        let now = chrono::DateTime::parse_from_rfc3339("2025-12-15T14:00:00+07:00").unwrap();
        let cx = Cx {
            session: Some(s),
            lang: Lang::En,
            now,
        };
        match f.parse(&cx)? {
            Msg::Apply(Command::SetRules(r)) => Ok(r.settings),
            _ => panic!("no change"),
        }
    }

    #[test]
    fn the_holidays_are_typed_as_dates_and_shown_again() {
        let date = NaiveDate::from_ymd_opt(2025, 12, 15).unwrap();
        let s = Session::new("x", chibo_core::domain::Cell::default(), 2025, date, "");
        let mut f = SettingsForm::new(&s, Lang::En);
        f.form.focus_on(SettingsField::Holidays);
        f.form.paste("02/01/2026, 30/12/2025 2026-01-02");
        let st = applied(&f, &s).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(if m == 1 { 2026 } else { 2025 }, m, d).unwrap();
        assert_eq!(st.holidays, vec![day(12, 30), day(1, 2)]);
        let mut again = s.clone();
        again.rules.settings = st;
        let f = SettingsForm::new(&again, Lang::En);
        assert_eq!(
            f.form.text(SettingsField::Holidays),
            "30/12/2025, 02/01/2026"
        );
        let mut bad = SettingsForm::new(&s, Lang::En);
        bad.form.focus_on(SettingsField::Holidays);
        bad.form.paste("30/02/2025");
        assert_eq!(
            applied(&bad, &s),
            Err(T::BadHolidays.get(Lang::En).to_owned())
        );
    }

    #[test]
    fn the_caps_base_is_chosen_in_the_settings_and_shown_again() {
        let date = NaiveDate::from_ymd_opt(2025, 12, 15).unwrap();
        let s = Session::new("x", chibo_core::domain::Cell::default(), 2025, date, "");
        let mut f = SettingsForm::new(&s, Lang::Vi);
        assert_eq!(
            f.form.chosen(SettingsField::CapBase),
            Some(CapBase::Good),
            "Good by default"
        );
        f.form
            .set_choice(SettingsField::CapBase, &CapBase::GoodAndExcellent);
        let st = applied(&f, &s).unwrap();
        assert_eq!(st.cap_base, CapBase::GoodAndExcellent);
        let mut again = s.clone();
        again.rules.settings = st;
        let f = SettingsForm::new(&again, Lang::Vi);
        assert_eq!(
            f.form.chosen(SettingsField::CapBase),
            Some(CapBase::GoodAndExcellent)
        );
    }
}
