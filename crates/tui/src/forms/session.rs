//! The new-session form: the cell, the committee above, year, date, time, place, rule set, and
//! a past session to copy the roster from — only a session of the cell as typed (the cell's
//! name compared as `domain::same_name` does), the newest first, and only when chosen: the
//! form starts on an empty roster.

use std::path::PathBuf;

use chrono::{DateTime, Datelike, FixedOffset};

use super::{TypedForm, optional_time, parse_date};
use crate::msg::{Msg, NewSession};
use crate::popup::Cx;
use crate::widgets::form::{Field, Form};
use crate::words::T;
use chibo_core::domain::{RuleSet, RuleSetName, same_name};
use chibo_core::i18n::Lang;
use chibo_files::store::IndexEntry;

const RULES: [RuleSetName; 3] = [RuleSetName::Qd132, RuleSetName::Qd124, RuleSetName::Qd366];

/// The rule sets to choose from, each named as the decision's texts name it.
pub(crate) fn rule_options() -> Vec<(String, RuleSetName)> {
    RULES.map(|r| (r.texts().to_owned(), r)).to_vec()
}

/// The roster's choice when none is copied.
const NO_ROSTER: Option<PathBuf> = None;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum F {
    Cell,
    Committee,
    Year,
    Date,
    Start,
    Place,
    Rules,
    RosterFrom,
}

pub(crate) struct NewSessionForm {
    form: Form<F>,
    /// The sessions of the folder whose roster could be copied, newest first.
    past: Vec<Past>,
    /// The session whose roster the secretary chose, kept while the cell's name is retyped:
    /// chosen again once that name is back.
    wanted: Option<PathBuf>,
    lang: Lang,
}

/// A session of the folder, as the roster's choice offers it.
struct Past {
    cell: String,
    label: String,
    path: PathBuf,
}

impl NewSessionForm {
    pub(crate) fn new(entries: &[IndexEntry], now: DateTime<FixedOffset>, lang: Lang) -> Self {
        let year = now.year();
        let mut read: Vec<_> = entries
            .iter()
            .filter_map(|e| e.summary.as_ref().ok().map(|s| (s, &e.path)))
            .collect();
        // Newest first, then by file: the first of a cell is its latest session.
        read.sort_by(|(a, pa), (b, pb)| (b.year, b.date).cmp(&(a.year, a.date)).then(pa.cmp(pb)));
        let past = read
            .into_iter()
            .map(|(s, path)| Past {
                cell: s.cell.clone(),
                label: format!("{} {} ({})", s.cell, s.year, s.members),
                path: path.clone(),
            })
            .collect();
        let rule = RuleSetName::for_year(year);
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
            Field::choice(F::Rules, T::RuleSet.get(lang), rule_options(), &rule),
            // Filled by `offer_rosters`, from the cell as typed.
            Field::choice(
                F::RosterFrom,
                T::RosterFrom.get(lang),
                Vec::new(),
                &NO_ROSTER,
            ),
        ];
        let form = Form::new(T::NewSessionTitle.get(lang).to_owned(), fields);
        let mut this = NewSessionForm {
            form,
            past,
            wanted: None,
            lang,
        };
        this.offer_rosters();
        this
    }

    /// The rosters the cell as typed may start from: none (first, and chosen until another is),
    /// then its own past sessions, the latest first. Another cell's roster is never offered.
    fn offer_rosters(&mut self) {
        let cell = self.form.text(F::Cell);
        let mut options: Vec<(String, Option<PathBuf>)> =
            vec![(T::EmptyRoster.get(self.lang).to_owned(), None)];
        if !cell.is_empty() {
            let same = self.past.iter().filter(|p| same_name(&p.cell, cell));
            options.extend(same.map(|p| (p.label.clone(), Some(p.path.clone()))));
        }
        self.form.set_options(F::RosterFrom, options);
        self.form.set_choice(F::RosterFrom, &self.wanted);
    }
}

impl TypedForm for NewSessionForm {
    type Field = F;
    fn form(&self) -> &Form<F> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<F> {
        &mut self.form
    }

    /// The rule set follows the year as it is typed; the rosters offered follow the cell.
    fn changed(&mut self, _cx: &Cx) {
        if self.form.focused() == Some(F::RosterFrom) {
            self.wanted = self.form.chosen(F::RosterFrom).flatten();
        }
        self.offer_rosters();
        if self.form.focused() != Some(F::Year) {
            return;
        }
        if let Ok(y) = self.form.text(F::Year).parse::<i32>() {
            self.form.set_choice(F::Rules, &RuleSetName::for_year(y));
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
        // Never missing (the form's own fields): else the year's rules and an empty roster.
        let rules = form
            .chosen(F::Rules)
            .unwrap_or_else(|| RuleSetName::for_year(year));
        let roster_from: Option<PathBuf> = form.chosen(F::RosterFrom).flatten();
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
    fn every_rule_set_is_offered_once_under_its_texts() {
        let options = rule_options();
        for name in RULES {
            let offered: Vec<_> = options.iter().filter(|(_, r)| *r == name).collect();
            assert_eq!(offered.len(), 1, "{name:?}");
            assert_eq!(offered[0].0, name.texts());
        }
    }
}
