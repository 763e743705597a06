//! The rows of the end of the meeting: the summary (each result, the counts, the cap, the
//! cell's request), the vote on the minutes with the closing time, and the close.

use super::{Row, RowKind, Total, motion_row, row, text_row};
use crate::popup::Rated;
use crate::words::{T, method_label, outcome_text};
use chibo_core::domain::{Level, MeetingText, Motion, MotionOf, Session};
use chibo_core::i18n::Lang;

pub(super) fn summary(s: &Session, lang: Lang) -> Vec<Row> {
    let mut v: Vec<Row> = s
        .review_order()
        .into_iter()
        .map(|m| {
            let value = s.member_outcome(&m.id).map_or_else(
                || T::NotYet.get(lang).to_owned(),
                |o| outcome_text(s, &o, lang),
            );
            let kind = RowKind::Outcome(Rated::Member(m.id.clone()));
            row(m.name.clone(), value, kind)
        })
        .collect();
    let cell = s.cell_outcome().map_or_else(
        || T::NotYet.get(lang).to_owned(),
        |o| outcome_text(s, &o, lang),
    );
    let kind = RowKind::Outcome(Rated::Cell);
    v.push(row(T::TheCell.get(lang), cell, kind));
    // The counts are the domain's summary, the same the minutes and `show` print.
    let sum = s.summary();
    let rated = sum.reviewed.saturating_sub(sum.unrated);
    let rated = format!("{rated}/{}", sum.reviewed);
    v.push(row(
        T::Rated.get(lang),
        rated,
        RowKind::Totals(Total::Rated),
    ));
    let per_level = Level::ALL
        .iter()
        .map(|l| format!("{} {}", l.short(), sum.per_level.get(*l)))
        .collect::<Vec<_>>()
        .join(" · ");
    let kind = RowKind::Totals(Total::PerLevel);
    v.push(row(T::PerLevel.get(lang), per_level, kind));
    let cap = &sum.cap;
    let ratio = format!("{}/{} (≤ {})", cap.excellent, cap.counted(), cap.limit);
    let label = crate::words::cap_row_label(cap.base, lang);
    v.push(row(label, ratio, RowKind::Totals(Total::Cap)));
    v.push(text_row(s, MeetingText::Request, lang));
    v
}

pub(crate) fn motion_text(m: Option<&Motion>, lang: Lang) -> String {
    m.map_or("—".to_owned(), |m| {
        let how = method_label(m.method, lang);
        format!(
            "{how}: {} {}, {} {}, {} {}",
            T::Agree.get(lang),
            m.agree,
            T::Disagree.get(lang),
            m.disagree,
            T::Abstain.get(lang),
            m.abstain
        )
    })
}

pub(super) fn minutes(s: &Session, lang: Lang) -> Vec<Row> {
    let end = s
        .meeting
        .end
        .map_or("—".to_owned(), |t| t.format("%H:%M").to_string());
    vec![
        motion_row(s, MotionOf::Minutes, lang),
        row(T::EndTime.get(lang), end, RowKind::End),
    ]
}

pub(super) fn close(s: &Session, lang: Lang) -> Vec<Row> {
    let status = match &s.status {
        chibo_core::domain::Status::Finalized { at, checksum } => {
            let short: String = checksum.chars().take(16).collect();
            format!(
                "{} {} · {short}…",
                T::FinalizedAt.get(lang),
                at.format("%d/%m/%Y %H:%M")
            )
        }
        _ => T::NotFinalized.get(lang).to_owned(),
    };
    vec![row(T::Status.get(lang), status, RowKind::Finalize)]
}
