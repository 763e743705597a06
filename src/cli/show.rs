//! `chibo show`: a session as plain text, and the aligned tables the commands print.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::words::{self as t, T};
use chibo_core::domain::{Level, Member, Outcome, Session, Subject, audit};
use chibo_core::i18n::{Lang, exclusion, finding_message, level_name, no_majority, severity_label};

/// Columns aligned by display width (Vietnamese letters with marks are one column each).
pub(super) fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.iter().take(cols)) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut l = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                l.push_str("  ");
            }
            l.push_str(c);
            // A row longer than the header (an error message in `list`) is not padded.
            let w = widths.get(i).copied().unwrap_or(0);
            l.extend(std::iter::repeat_n(' ', w.saturating_sub(c.width())));
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&mut header.iter().copied());
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

/// The whole session as text.
pub(super) fn render(s: &Session, lang: Lang) -> String {
    let mut out = String::new();
    header(s, lang, &mut out);
    attendance(s, lang, &mut out);
    members(s, lang, &mut out);
    cell(s, lang, &mut out);
    findings(s, lang, &mut out);
    out
}

fn header(s: &Session, lang: Lang, out: &mut String) {
    let m = &s.meeting;
    let _ = writeln!(out, "{} — {}", s.cell.name, s.cell.committee);
    let _ = writeln!(
        out,
        "{} · {} ({})",
        t::review_year(s.year, lang),
        s.rules.name.code(),
        s.rules.name.texts()
    );
    let time = match (m.start, m.end) {
        (Some(a), Some(b)) => format!(", {}–{}", a.format("%H:%M"), b.format("%H:%M")),
        (Some(a), None) => format!(", {}", a.format("%H:%M")),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "{}: {}{time}, {}",
        T::Meeting.get(lang),
        m.date.format("%d/%m/%Y"),
        m.place
    );
    let name = |id: &Option<chibo_core::domain::MemberId>| {
        id.as_ref()
            .map_or_else(|| "—".to_owned(), |id| s.member_name(id).to_owned())
    };
    let _ = writeln!(
        out,
        "{}: {} · {}: {}",
        T::Chair.get(lang),
        name(&m.chair),
        T::MinuteTaker.get(lang),
        name(&m.minute_taker)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        T::Status.get(lang),
        t::session_status(&s.status, lang)
    );
    out.push('\n');
}

fn attendance(s: &Session, lang: Lang, out: &mut String) {
    let present = s
        .members
        .iter()
        .filter(|m| m.attendance.is_present())
        .count();
    let _ = writeln!(
        out,
        "{}",
        t::attendance_line(
            s.members.len(),
            present,
            s.voters_present(),
            s.denominator(),
            s.denominator_present(),
            lang
        )
    );
    out.push('\n');
}

fn member_row(s: &Session, no: usize, m: &Member, lang: Lang) -> Vec<String> {
    let review = s.review(&m.id);
    let short = |l: Option<Level>| l.map_or_else(String::new, |l| l.short().to_owned());
    let votes = review
        .and_then(|r| r.rounds.last())
        .map_or_else(String::new, |r| {
            let c = &r.counts;
            format!(
                "{}/{}/{}/{}",
                c.excellent, c.good, c.complete, c.not_complete
            )
        });
    let rounds = review.map_or(0, |r| r.rounds.len());
    let outcome = match s.member_outcome(&m.id) {
        Some(Outcome::Proposed {
            level,
            votes,
            denominator,
        }) => format!("{} ({votes}/{denominator})", level.short()),
        Some(Outcome::NoResult { .. }) => no_majority(lang),
        None => String::new(),
    };
    vec![
        no.to_string(),
        m.name.clone(),
        t::membership(m.membership, lang).to_owned(),
        t::attendance_short(&m.attendance, lang).to_owned(),
        short(review.and_then(|r| r.self_assessed)),
        if rounds > 1 {
            format!("{votes} ×{rounds}")
        } else {
            votes
        },
        outcome,
    ]
}

fn members(s: &Session, lang: Lang, out: &mut String) {
    let rows: Vec<Vec<String>> = s
        .review_order()
        .into_iter()
        .enumerate()
        .map(|(i, m)| member_row(s, i + 1, m, lang))
        .collect();
    out.push_str(&table(&t::member_header(lang), &rows));
    let summary = s.summary();
    let (total, unrated) = (summary.reviewed, summary.unrated);
    let _ = writeln!(out, "{}", t::rated_line(total - unrated, total, lang));
    for m in s.members.iter().filter(|m| m.attendance.is_absent()) {
        let _ = writeln!(
            out,
            "  - {}: {}",
            m.name,
            t::attendance(&m.attendance, lang)
        );
    }
    if !summary.excluded.is_empty() {
        let _ = writeln!(out, "{}", T::NotReviewed.get(lang));
        for (id, why) in &summary.excluded {
            let _ = writeln!(out, "  - {}: {}", s.member_name(id), exclusion(why, lang));
        }
    }
    out.push('\n');
}

fn cell(s: &Session, lang: Lang, out: &mut String) {
    let c = &s.cell_rating;
    let self_assessed = c.self_assessed.map_or("—", |l| level_name(l, lang));
    let proposed = match s.cell_outcome() {
        Some(Outcome::Proposed {
            level,
            votes,
            denominator,
        }) => format!("{} ({votes}/{denominator})", level_name(level, lang)),
        Some(Outcome::NoResult { .. }) => no_majority(lang),
        None => "—".to_owned(),
    };
    let _ = writeln!(out, "{}", t::cell_line(self_assessed, &proposed, lang));
    out.push('\n');
}

fn findings(s: &Session, lang: Lang, out: &mut String) {
    let all = audit(s);
    let _ = writeln!(out, "{} ({})", T::Findings.get(lang), all.len());
    for f in &all {
        let who = match &f.subject {
            Subject::Session => String::new(),
            Subject::Cell => format!("{}: ", T::Cell.get(lang)),
            Subject::Member(id) => format!("{}: ", s.member_name(id)),
        };
        let _ = writeln!(
            out,
            "  [{}] {who}{}",
            severity_label(f.severity, lang),
            finding_message(f, lang)
        );
    }
}
