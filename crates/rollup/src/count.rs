//! Counting: each cell once a year, the cells missing since last year, and the committee's
//! totals with its cap over the cells under it (a grassroots cell keeps its own).

use std::collections::HashSet;

use super::{CellLine, CellStatus, OrgCap, Problem, Totals};
use chibo_core::domain::{CellKind, Level, LevelCounts};

/// Which of a cell's files counts: finalized and intact first, then finalized but changed
/// since sealed, then in progress, then draft; of the same, the newest (sealed, or else last
/// changed).
fn rank(c: &CellLine) -> (u8, Option<chrono::DateTime<chrono::FixedOffset>>) {
    let status = match c.status {
        CellStatus::Finalized => 3,
        CellStatus::Changed => 2,
        CellStatus::InProgress => 1,
        CellStatus::Draft => 0,
    };
    (status, c.updated)
}

/// One line per committee, year and cell (names already unified): the one that counts, sorted
/// by committee, year and cell; the others are listed as duplicates, left out of every total.
pub(crate) fn once(mut lines: Vec<CellLine>) -> (Vec<CellLine>, Vec<Problem>) {
    lines.sort_by(|a, b| {
        (&a.committee, a.year, &a.cell)
            .cmp(&(&b.committee, b.year, &b.cell))
            .then_with(|| rank(b).cmp(&rank(a)))
            .then_with(|| a.file.cmp(&b.file))
    });
    let mut counted: Vec<CellLine> = Vec::with_capacity(lines.len());
    let mut problems: Vec<Problem> = Vec::new();
    for c in lines {
        let same = counted
            .last()
            .filter(|k| (&k.committee, k.year, &k.cell) == (&c.committee, c.year, &c.cell));
        let Some(first) = same else {
            counted.push(c);
            continue;
        };
        let listed = problems
            .last_mut()
            .filter(|p| matches!(p, Problem::Duplicate { counted, .. } if *counted == first.file));
        match listed {
            Some(Problem::Duplicate { left_out, .. }) => left_out.push(c.file),
            _ => problems.push(Problem::Duplicate {
                cell: c.cell,
                year: c.year,
                counted: first.file.clone(),
                left_out: vec![c.file],
            }),
        }
    }
    (counted, problems)
}

/// Cells that had a file the year before a year shown (`year`, or every year read), of the
/// committees asked for, and none that year.
pub(crate) fn missing(
    all: &[CellLine],
    year: Option<i32>,
    asked: &dyn Fn(&CellLine) -> bool,
) -> Vec<Problem> {
    let here: HashSet<(&str, i32, &str)> = all
        .iter()
        .map(|c| (c.committee.as_str(), c.year, c.cell.as_str()))
        .collect();
    let years: HashSet<i32> = all.iter().map(|c| c.year).collect();
    let mut out: Vec<Problem> = Vec::new();
    let mut seen: HashSet<(&str, i32, &str)> = HashSet::new();
    for c in all.iter().filter(|c| asked(c)) {
        let y = c.year + 1;
        let shown = year.map_or(years.contains(&y), |k| k == y);
        let key = (c.committee.as_str(), y, c.cell.as_str());
        if shown && !here.contains(&key) && seen.insert(key) {
            out.push(Problem::Missing {
                committee: c.committee.clone(),
                cell: c.cell.clone(),
                year: y,
            });
        }
    }
    out
}

/// Sums for one committee and year, the cap's figures kept apart for the cells under it.
#[derive(Default)]
struct Sums {
    t: Option<Totals>,
    under_members: LevelCounts,
    under_cells: LevelCounts,
    under: u32,
}

fn add(into: &mut LevelCounts, l: Level, n: u32) {
    into.set(l, into.get(l).saturating_add(n));
}

/// The totals per committee and year of `cells` (sorted by committee and year): the caps at
/// `percent` over the cells under the committee only.
pub(crate) fn totals(cells: &[CellLine], percent: u32) -> Vec<Totals> {
    let mut out: Vec<Totals> = Vec::new();
    let mut sums = Sums::default();
    for c in cells {
        let same = sums
            .t
            .as_ref()
            .is_some_and(|t| t.committee == c.committee && t.year == c.year);
        if !same {
            out.extend(finish(std::mem::take(&mut sums), percent));
            sums.t = Some(empty(c));
        }
        let Some(t) = sums.t.as_mut() else { continue };
        t.cells += 1;
        t.members += c.members;
        t.reviewed += c.reviewed;
        t.rated += c.rated;
        t.not_final += u32::from(!c.status.is_finalized());
        for l in Level::ALL {
            add(&mut t.per_level, l, c.per_level.get(l));
        }
        if let Some(l) = c.cell_proposed {
            add(&mut t.cells_per_level, l, 1);
        }
        if c.kind == CellKind::Grassroots {
            t.grassroots += 1;
            continue;
        }
        sums.under += 1;
        for l in Level::ALL {
            add(&mut sums.under_members, l, c.per_level.get(l));
        }
        if let Some(l) = c.cell_proposed {
            add(&mut sums.under_cells, l, 1);
        }
    }
    out.extend(finish(sums, percent));
    out
}

fn finish(s: Sums, percent: u32) -> Option<Totals> {
    let mut t = s.t?;
    let cap = |k: &LevelCounts| OrgCap::new(k.get(Level::Excellent), k.get(Level::Good), percent);
    if s.under > 0 {
        t.member_cap = Some(cap(&s.under_members));
        t.cell_cap = Some(cap(&s.under_cells));
    }
    Some(t)
}

fn empty(c: &CellLine) -> Totals {
    Totals {
        committee: c.committee.clone(),
        year: c.year,
        cells: 0,
        members: 0,
        reviewed: 0,
        rated: 0,
        per_level: LevelCounts::default(),
        cells_per_level: LevelCounts::default(),
        not_final: 0,
        grassroots: 0,
        member_cap: None,
        cell_cap: None,
    }
}
