//! The calendar year of a figure no financial year dates: "Thirty-one people died on the
//! county's roads in 2024, down from 38 in 2023". Financial years are read first
//! ([`years`](super::years)); a figure left with none takes the calendar year its time
//! phrase prints, read the way a financial year would be, and a change the later of the two
//! calendar years it compares.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::{is_baseline, is_baseline_value};
use super::kinds::Candidate;
use super::years::{
    attached_time, compared_at_another_time, compared_with_the_last, ends_comparison, is_when_clause, set_against,
    starts_a_change,
};
use super::{tail, Found};
use crate::extract::numbers::compile;
use crate::extract::periods::{Mention, When};
use crate::model::Kind;

/// Fills in the calendar year of every figure of the sentence `s` that has no financial year:
/// counts (and other figures) first, then changes and differences, which compare them.
pub(super) fn calendar_years(s: &str, cands: &[Candidate], times: &[Mention], found: &mut [Found]) {
    if !times.iter().any(|m| m.calendar_year().is_some()) {
        return;
    }
    let n = found.len().min(cands.len());
    let compares = |f: &Found| f.kind == Kind::PercentChange || f.difference;
    for (i, f) in found.iter_mut().enumerate().take(n) {
        if f.period.is_none() && !compares(f) {
            f.calendar_year = count_calendar_year(s, cands, i, times);
        }
    }
    for i in 0..n {
        if found[i].period.is_none() && compares(&found[i]) {
            found[i].calendar_year = change_calendar_year(s, cands, i, times, found);
        }
    }
}

/// The calendar year of the count (or any figure but a change) at `i`: the one its time phrase
/// prints, with the exceptions [`count_period`](super::years::count_period) makes for a
/// financial year (a value a comparison ends on or starts from, one set against the year).
fn count_calendar_year(s: &str, cands: &[Candidate], i: usize, times: &[Mention]) -> Option<u16> {
    let m = attached_time(s, cands, i, times)?;
    let c = &cands[i];
    let before = m.range.end <= c.number.range.start;
    if m.calendar_year().is_some() && (dates_another_thing(s, m, &c.number.range) || compared_with(s, m, c)) {
        return None;
    }
    match m.when {
        // "fell from 38 in 2023 to 31": the other side of the comparison, whose year is not printed.
        When::Calendar(_) if before && ends_comparison(s, m, c) => None,
        // "In 2024 it recorded 31, down from 38": the value the change starts from is the year before's.
        When::Calendar(y) if before && !is_baseline(s, m.range.start) && starts_a_change(s, cands, i) => {
            y.checked_sub(1)
        }
        // "96 higher than in 2023": the later year's, which is not printed.
        When::Calendar(_) if set_against(s, c, m) => None,
        When::Calendar(_) if before && compared_at_another_time(s, c) => None,
        When::Calendar(y) if before && compared_with_the_last(s, cands, i, m, times) => y.checked_sub(1),
        When::Calendar(y) => Some(y),
        When::Before(n) | When::After(n) => counted_from_a_calendar_year(s, m, times, n),
        _ => None,
    }
}

/// "31 in 2023, up from 22 a year earlier", "610 in 2020 and 745 the following year": a
/// relative time counting straight from the calendar year printed last before it in the
/// sentence, with no other relative time between (a chain of them is left undated), nor
/// "ago", which counts from the present. "… in 2023, 870 a year earlier and 820 two years
/// before": a time further back than the one right before it counts back from the same
/// year, unless it says it counts from that one ("the year before that").
fn counted_from_a_calendar_year(s: &str, m: &Mention, times: &[Mention], n: u16) -> Option<u16> {
    static FROM_THAT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*(?:that|then)\b"));
    let printed = s.get(m.range.clone())?.to_ascii_lowercase();
    if printed.ends_with("ago") {
        return None;
    }
    let mut earlier = times.iter().rev().filter(|t| t.range.end <= m.range.start);
    let mut last = earlier.next()?;
    if let (When::Before(k), When::Before(n)) = (last.when, m.when) {
        let from_that = printed.contains("that") || s.get(m.range.end..).is_some_and(|r| FROM_THAT.is_match(r));
        if k >= n || from_that {
            return None;
        }
        last = earlier.next()?;
    }
    let from = last.calendar_year()?;
    match m.when {
        When::Before(_) => from.checked_sub(n),
        _ => from.checked_add(n),
    }
}

/// The calendar year of a change (or difference) at `i`: the later of the calendar years it
/// compares, as a financial year is. Its own time phrase ("fell 12% in 2023"), the end of a span
/// printed with it ("between 2019 and 2023"), and the years of the sentence's counts that are
/// not values compared with; a change whose only year is the one it is compared with ("up 9%
/// on 2022") takes none, the later year not being printed.
fn change_calendar_year(s: &str, cands: &[Candidate], i: usize, times: &[Mention], found: &[Found]) -> Option<u16> {
    let attached = attached_time(s, cands, i, times);
    let attached = attached.filter(|m| !dates_another_thing(s, m, &cands[i].number.range));
    let own = attached.and_then(|m| Some((m.calendar_year()?, is_compared_year(s, m, &cands[i].number.range))));
    let span_end = attached.and_then(|m| span_end(s, m, times));
    let counts = found
        .iter()
        .enumerate()
        .filter(|&(k, f)| k != i && f.kind != Kind::PercentChange && !f.difference && !f.baseline)
        .filter_map(|(_, f)| f.calendar_year)
        .max();
    let later = own.filter(|o| !o.1).map(|o| o.0).max(counts).max(span_end);
    match own {
        Some((compared_with, true)) => later.filter(|&y| y > compared_with),
        _ => later,
    }
}

/// "between 2019 and 2023", "from 2019 to 2023": the later calendar year joined to `m`.
fn span_end(s: &str, m: &Mention, times: &[Mention]) -> Option<u16> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(?:and|to|until|-)\s*(?:the\s+end\s+of\s+)?$"));
    let first = m.calendar_year()?;
    let next = times.iter().find(|t| t.range.start >= m.range.end)?;
    let last = next.calendar_year().filter(|&y| y > first)?;
    s.get(m.range.end..next.range.start).is_some_and(|gap| JOINED.is_match(gap)).then_some(last)
}

/// Whether the calendar year `m` dates something other than the number at `number`: an event
/// ("since the scheme began in 2019, 2,410 knives …", "a commitment it introduced in 2022"),
/// unless the number is part of the event's own words ("was set up with 62 officers in 2016");
/// or another clause, across a semicolon or a conjunction after a comma ("grew from 30 in
/// 2021 to 46 today, and officers have visited 212 schools"; "some are being listed for 2027").
fn dates_another_thing(s: &str, m: &Mention, number: &Range<usize>) -> bool {
    static EVENT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:introduced|began|begun|started|launched|relaunched|became|created|abolished|merged|set\s+up|brought\s+in|came\s+into\s+(?:force|effect)|took\s+effect|formed|founded|established|opened|installed|rolled\s+out)\b(?:\s+[\w'-]+){0,6}?\s+(?:in|from|during)\s+(?:the\s+)?$",
        )
    });
    static NEW_CLAUSE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i);|,\s*(?:and|but|so|while|whilst|whereas|although|though)\b"));
    let before = tail(s, m.range.start);
    let event = EVENT.find(before).is_some_and(|e| {
        let verb = m.range.start - before.len() + e.start();
        !(number.start >= verb && number.end <= m.range.start)
    });
    let gap = if number.end <= m.range.start { number.end..m.range.start } else { m.range.end..number.start };
    event || s.get(gap).is_some_and(|g| NEW_CLAUSE.is_match(g))
}

/// "a rise of 7% on 2022, when the last assessment was carried out, and equates to around 315
/// offences a day", "61 fewer officers than we had in 2013": a year the sentence compares with
/// is not that of a number that is no value compared with, unless a clause about the year
/// gives it ("up 18% on 2020, when 5,325 were made").
fn compared_with(s: &str, m: &Mention, c: &Candidate) -> bool {
    let r = &c.number.range;
    let about_the_year = m.range.end <= r.start && s.get(m.range.end..r.start).is_some_and(is_when_clause);
    is_compared_year(s, m, r) && !is_baseline_value(s, r.start) && !about_the_year
}

/// Whether `m` is a year compared with ("on 2022", "than in 2013", "from 2019"), read from the
/// number at `number` on when the year is after it, so that a hedge before the number ("more
/// than 600 reports in 2024") is no comparison.
fn is_compared_year(s: &str, m: &Mention, number: &Range<usize>) -> bool {
    if m.range.start < number.start {
        return is_baseline(s, m.range.start);
    }
    s.get(number.start..).is_some_and(|from| is_baseline(from, m.range.start - number.start))
}
