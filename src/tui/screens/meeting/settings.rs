//! The rules the session follows and the numbers the texts leave to the cell: the rule set, the
//! vote method, the majority's denominator, counting cumulatively, and the cap on "excellent".

use crate::domain::{Command, DenominatorRule, RuleSet, RuleSetName, Settings, VoteMethod};
use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::popup::FormFor;
use crate::tui::widgets::form::{Field, Form};
use crate::tui::words::T;

use super::rows::method_label;

const RULES: [RuleSetName; 3] = [RuleSetName::Qd132, RuleSetName::Qd124, RuleSetName::Qd366];
const METHODS: [VoteMethod; 2] = [VoteMethod::SecretBallot, VoteMethod::ShowOfHands];
const DENOMINATORS: [DenominatorRule; 2] =
    [DenominatorRule::Convened, DenominatorRule::OfficialPresent];

fn denominator_label(d: DenominatorRule, lang: Lang) -> &'static str {
    match d {
        DenominatorRule::Convened => T::DenomConvened.get(lang),
        DenominatorRule::OfficialPresent => T::DenomPresent.get(lang),
    }
}

/// One line for the opening's row.
pub fn summary(r: &RuleSet, lang: Lang) -> String {
    let st = &r.settings;
    let cumulative = if st.cumulative {
        T::CumulativeShort.get(lang)
    } else {
        ""
    };
    format!(
        "{} · {} · {}{cumulative} · HTXSNV ≤ {}%",
        r.name.code(),
        method_label(st.vote_method, lang),
        denominator_label(st.denominator, lang),
        st.excellent_cap_percent,
    )
}

impl App {
    pub(crate) fn settings_form(&mut self) {
        let Some(s) = self.session() else { return };
        if s.status.is_finalized() {
            return;
        }
        let lang = self.lang;
        let st = &s.rules.settings;
        let pos = |found: Option<usize>| found.unwrap_or(0);
        let fields = vec![
            Field::choice(
                T::RuleSet.get(lang),
                RULES.iter().map(|r| r.texts().to_owned()).collect(),
                pos(RULES.iter().position(|r| *r == s.rules.name)),
            ),
            Field::choice(
                T::Method.get(lang),
                METHODS
                    .iter()
                    .map(|m| method_label(*m, lang).to_owned())
                    .collect(),
                pos(METHODS.iter().position(|m| *m == st.vote_method)),
            ),
            Field::choice(
                T::Denominator.get(lang),
                DENOMINATORS
                    .iter()
                    .map(|d| denominator_label(*d, lang).to_owned())
                    .collect(),
                pos(DENOMINATORS.iter().position(|d| *d == st.denominator)),
            ),
            Field::flag(T::Cumulative.get(lang), st.cumulative),
            Field::text(
                T::CapPercent.get(lang),
                &st.excellent_cap_percent.to_string(),
            ),
            Field::text(
                T::CapReason.get(lang),
                st.cap_reason.as_deref().unwrap_or(""),
            ),
        ];
        let form = Form::new(T::Settings.get(lang).to_owned(), fields);
        self.form_popup(form, FormFor::Settings);
    }

    pub(crate) fn save_settings(&mut self, form: &Form) -> Result<(), String> {
        let lang = self.lang;
        let Ok(cap) = form.text(4).parse::<u32>() else {
            return Err(T::CapPercentBad.get(lang).to_owned());
        };
        let Some(s) = self.session() else {
            return Ok(());
        };
        let name = RULES.get(form.choice(0)).copied().unwrap_or(s.rules.name);
        let settings = Settings {
            vote_method: METHODS.get(form.choice(1)).copied().unwrap_or_default(),
            denominator: DENOMINATORS
                .get(form.choice(2))
                .copied()
                .unwrap_or_default(),
            cumulative: form.flag(3),
            excellent_cap_percent: cap,
            cap_reason: Some(form.text(5).to_owned()).filter(|r| !r.is_empty()),
            ..s.rules.settings.clone()
        };
        let rules = RuleSet { name, settings };
        if rules != s.rules {
            self.apply(Command::SetRules(rules));
        }
        Ok(())
    }
}
