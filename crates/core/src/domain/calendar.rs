//! Working days for the 3-day draft rule: Monday to Friday, less public holidays — 1 January
//! always, the others (Tết, 30/4, 1/5, 2/9 and their days off, which vary by year) from the
//! session's `holidays` setting, filled from the years the app knows and extended by the user.
//! Counted in constant time whatever the dates.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};

/// The public holidays (other than 1 January) the app ships, by year, as (month, day).
///
/// Empty: the sources behind DOMAIN.md (DOMAIN-SOURCES) give no dated list of holidays and days
/// off for any year, and a guessed Tết is worse than none. A year added here needs its source
/// there first; until then a session's `holidays` setting holds what the user knows.
pub const KNOWN_HOLIDAYS: &[(i32, &[(u32, u32)])] = &[];

/// The holidays of `table` that fall in `years`, in date order.
pub fn known_holidays(
    table: &[(i32, &[(u32, u32)])],
    years: RangeInclusive<i32>,
) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = table
        .iter()
        .filter(|(year, _)| years.contains(year))
        .flat_map(|(year, days)| {
            days.iter()
                .filter_map(|(m, d)| NaiveDate::from_ymd_opt(*year, *m, *d))
        })
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// Working days from `from` (included) to `to` (excluded): Monday to Friday, less 1 January
/// and the `holidays` given, each day counted once.
pub fn working_days_between(from: NaiveDate, to: NaiveDate, holidays: &[NaiveDate]) -> i64 {
    if to <= from {
        return 0;
    }
    let mut others: Vec<NaiveDate> = holidays
        .iter()
        .copied()
        .filter(|h| (from..to).contains(h) && is_weekday(*h) && !is_new_year(*h))
        .collect();
    others.sort_unstable();
    others.dedup();
    let others = i64::try_from(others.len()).unwrap_or(i64::MAX);
    weekdays_between(from, to) - new_years_on_weekdays(from, to) - others
}

fn is_weekday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn is_new_year(d: NaiveDate) -> bool {
    d.month() == 1 && d.day() == 1
}

/// Monday to Friday from `from` (included) to `to` (excluded): five per whole week, then the few
/// days left.
fn weekdays_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let days = to.signed_duration_since(from).num_days();
    if days <= 0 {
        return 0;
    }
    let (weeks, rest) = (days / 7, days % 7);
    // Monday is 0: the days left start on `from`'s weekday (whole weeks keep it).
    let first = i64::from(from.weekday().num_days_from_monday());
    let rest_working: i64 = (0..rest).map(|i| i64::from((first + i) % 7 < 5)).sum();
    weeks * 5 + rest_working
}

/// The Gregorian calendar repeats every 400 years, weekdays included (146 097 days, a whole
/// number of weeks): the 1 Januaries of any 400 years in a row fall the same way.
const CYCLE_YEARS: i32 = 400;

/// How many 1 Januaries from `from` (included) to `to` (excluded) fall Monday to Friday.
fn new_years_on_weekdays(from: NaiveDate, to: NaiveDate) -> i64 {
    let first = if from.ordinal() == 1 {
        from.year()
    } else {
        from.year().saturating_add(1)
    };
    // 1 January of `to`'s year is before `to` unless `to` is that day.
    let last = if to.ordinal() == 1 {
        to.year().saturating_sub(1)
    } else {
        to.year()
    };
    if last < first {
        return 0;
    }
    let years = i64::from(last) - i64::from(first) + 1;
    let cycle = i64::from(CYCLE_YEARS);
    let (cycles, rest) = (years / cycle, years % cycle);
    // `rest` < 400: the few years after the whole cycles, counted one by one.
    let rest_from = i64::from(first) + cycles * cycle;
    let rest_years = (0..rest).filter_map(|i| i32::try_from(rest_from + i).ok());
    cycles * weekday_new_years(first, CYCLE_YEARS) + weekday_new_years_in(rest_years)
}

/// How many of the `n` 1 Januaries from `year` on fall Monday to Friday.
fn weekday_new_years(year: i32, n: i32) -> i64 {
    weekday_new_years_in((0..n).filter_map(|i| year.checked_add(i)))
}

fn weekday_new_years_in(years: impl Iterator<Item = i32>) -> i64 {
    let count = years
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .filter(|d| is_weekday(*d))
        .count();
    i64::try_from(count).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn new_years_counted_over_the_cycle_agree_with_counting_them() {
        for (from, to) in [
            (d(2025, 12, 1), d(2026, 1, 10)),
            (d(2026, 1, 1), d(2026, 1, 2)),
            (d(2026, 1, 2), d(2027, 1, 1)),
            (d(1601, 3, 1), d(2803, 1, 2)),
        ] {
            let naive = from
                .iter_days()
                .take_while(|x| *x < to)
                .filter(|x| is_new_year(*x) && is_weekday(*x))
                .count();
            assert_eq!(
                new_years_on_weekdays(from, to),
                naive as i64,
                "{from} → {to}"
            );
        }
    }
}
