//! The new-session form: the cell, the committee above, year, date, time, place, rule set, and
//! a past session to copy the roster from.

use std::path::PathBuf;

use chrono::{DateTime, Datelike, FixedOffset};

use super::{TypedForm, optional_time, parse_date};
use crate::msg::{Msg, NewSession};
use crate::popup::Cx;
use crate::widgets::form::{Field, Form};
use crate::words::T;
use chibo_core::domain::{RuleSet, RuleSetName};
use chibo_core::i18n::Lang;
use chibo_files::store::IndexEntry;

pub const RULES: [RuleSetName; 3] = [RuleSetName::Qd132, RuleSetName::Qd124, RuleSetName::Qd366];

/// The rule set's place in [`RULES`]: every one has one (a new rule set does not compile here).
fn rule_index(name: RuleSetName) -> usize {
    match name {
        RuleSetName::Qd132 => 0,
        RuleSetName::Qd124 => 1,
        RuleSetName::Qd366 => 2,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum F {
    Cell,
    Committee,
    Year,
    Date,
    Start,
    Place,
    Rules,
    RosterFrom,
}

pub struct NewSessionForm {
    form: Form<F>,
    /// The sessions the roster can be copied from, in the order of the choice after "empty".
    sources: Vec<PathBuf>,
}

impl NewSessionForm {
    pub fn new(entries: &[IndexEntry], now: DateTime<FixedOffset>, lang: Lang) -> Self {
        let year = now.year();
        let mut sources = Vec::new();
        let mut names = vec![T::EmptyRoster.get(lang).to_owned()];
        for e in entries {
            if let Ok(s) = &e.summary {
                names.push(format!("{} {} ({})", s.cell, s.year, s.members));
                sources.push(e.path.clone());
            }
        }
        let rule = rule_index(RuleSetName::for_year(year));
        let copy = usize::from(!sources.is_empty());
        let fields = vec![
            Field::text(F::Cell, T::CellName.get(lang), ""),
            Field::text(F::Committee, T::Committee.get(lang), ""),
            Field::text(F::Year, T::ColYear.get(lang), &year.to_string()),
            Field::text(
                F::Date,
                T::DateDmy.get(lang),
                &now.format("%d/%m/%Y").to_string(),
            ),
            Field::text(F::Start, T::StartTime.get(lang), "08:00"),
            Field::text(F::Place, T::Place.get(lang), ""),
            Field::choice(F::Rules, T::RuleSet.get(lang), rule_names(), rule),
            Field::choice(F::RosterFrom, T::RosterFrom.get(lang), names, copy),
        ];
        let form = Form::new(T::NewSessionTitle.get(lang).to_owned(), fields);
        NewSessionForm { form, sources }
    }
}

pub fn rule_names() -> Vec<String> {
    RULES.iter().map(|r| r.texts().to_owned()).collect()
}

impl TypedForm for NewSessionForm {
    type Field = F;
    fn form(&self) -> &Form<F> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<F> {
        &mut self.form
    }

    /// The rule set follows the year as it is typed.
    fn changed(&mut self, _cx: &Cx) {
        if self.form.focused() != Some(F::Year) {
            return;
        }
        if let Ok(y) = self.form.text(F::Year).parse::<i32>() {
            let rule = rule_index(RuleSetName::for_year(y));
            self.form.set_choice(F::Rules, rule);
        }
    }

    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        let lang = cx.lang;
        let form = &self.form;
        let bad = |t: T| Err(t.get(lang).to_owned());
        let name = form.text(F::Cell);
        if name.is_empty() {
            return bad(T::NeedCell);
        }
        let Ok(year) = form.text(F::Year).parse::<i32>() else {
            return bad(T::BadYear);
        };
        let Some(date) = parse_date(form.text(F::Date)) else {
            return bad(T::BadDate);
        };
        let rules = RULES
            .get(form.choice(F::Rules))
            .copied()
            .unwrap_or(RuleSetName::Qd366);
        let roster_from = form
            .choice(F::RosterFrom)
            .checked_sub(1)
            .and_then(|i| self.sources.get(i))
            .cloned();
        Ok(Msg::CreateSession(Box::new(NewSession {
            cell: name.to_owned(),
            committee: form.text(F::Committee).to_owned(),
            year,
            date,
            start: optional_time(form.text(F::Start), lang)?,
            place: form.text(F::Place).to_owned(),
            rules: RuleSet::named(rules),
            roster_from,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_set_has_its_own_place_in_the_choice() {
        for (i, name) in RULES.into_iter().enumerate() {
            assert_eq!(rule_index(name), i);
        }
    }
}
