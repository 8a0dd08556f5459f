//! Figures dated by other figures: a change dated by the counts its check works out from, or
//! by a later count of the text, a count equal to another year's, and a part of a total the
//! text gave before ([`ValuesRead`] looks those totals up by value).

use super::super::check::recompute;
use super::super::Found;
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Figure, Kind, Period};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// "The number has risen by 23 per cent." then "… 2,310 in 2022/23, up from 1,880 in 2021/22":
/// a change with no period of its own that checks out against two counts of the sentence
/// beside it is for the year of the count it runs to.
pub(in crate::extract::figures) fn dated_by_check(changes: &mut [Found], counts: &[Found]) {
    for change in changes.iter_mut().filter(|f| f.kind == Kind::PercentChange && f.period.is_none()) {
        let Some(check) = change.check.filter(|c| c.consistent) else { continue };
        change.period = counts
            .iter()
            .find(|f| f.kind == Kind::Count && f.value == check.to && f.place == change.place)
            .and_then(|f| f.period);
    }
}

/// "In 2021/22 the figures were 3,204 and 1,150, so online offences rose by 12 per cent in a
/// single year", in a text about 2022/23 that gave 1,288 for them: a change in a sentence about
/// a year before the one the text is about (`now`), which the sentence's count for that year
/// and the count the text gave for the year it is about (same place, and what either counts)
/// work out to, runs to the later year. A change its own sentence's values already work out is
/// left. A sentence with no count of its own ("In 2019/20 the totals were 1,410 and 96. That
/// means online crimes rose by 50%.") is worked out from the counts of the sentence before it.
///
/// A count the change runs to ("The previous year, thefts fell by 3% to 4,227") is where that
/// change ended, not where a later one started.
pub(in crate::extract::figures) fn dated_by_later_count(
    s: &str,
    current: &mut [Found],
    before: &[Found],
    figures: &[Figure],
    now: Option<Period>,
) {
    static TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bto\s+(?:[a-z]+\s+){0,2}$"));
    let Some(now) = now else { return };
    let own_counts = current.iter().any(|f| f.kind == Kind::Count);
    for i in 0..current.len() {
        let c = &current[i];
        let earlier = c.period.filter(|&p| p < now);
        if c.kind != Kind::PercentChange || c.check.is_some_and(|k| k.consistent) || earlier.is_none() {
            continue;
        }
        let runs_to = |f: &Found| {
            own_counts
                && f.range.start > c.range.end
                && s.get(c.range.end..f.range.start).is_some_and(|gap| TO_BEFORE.is_match(gap))
        };
        let of_that_year = |f: &&Found| f.kind == Kind::Count && !f.baseline && f.period == earlier && !runs_to(f);
        let counts: &[Found] = if own_counts { current } else { before };
        let later = counts.iter().filter(of_that_year).filter(|f| f.place == c.place).any(|f| {
            figures.iter().rev().any(|g| {
                let same = g.kind == Kind::Count
                    && g.period == Some(now)
                    && g.place == f.place
                    && (g.measure == f.measure || g.measure == c.measure);
                // Built only for a count that could be the later one, not for every figure.
                same && {
                    let to = Found { value: g.value, period: Some(now), ..(*f).clone() };
                    recompute(c, &[(*f).clone(), to]).is_some_and(|k| k.consistent)
                }
            })
        });
        if later {
            current[i].period = Some(now);
        }
    }
}

/// "recorded three offences - the same number as the year before", "410 crimes, the same
/// total as in 2021/22": a count said to equal that of another year is that year's count
/// too, a figure of its own.
pub(in crate::extract::figures) fn same_number_as(s: &str, times: &[periods::Mention], found: &mut Vec<Found>) {
    static SAME_AS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s+[\w-]+){0,3}?\s*[-,]\s*(?:exactly\s+)?the\s+same\s+(?:number|total|figure|count|level)\s+as\s+(?:in\s+)?$",
        )
    });
    if !s.contains("same ") {
        return;
    }
    let mut more = Vec::new();
    for f in found.iter().filter(|f| f.kind == Kind::Count) {
        let Some(p) = f.period else { continue };
        let Some(m) = times.iter().find(|m| m.range.start >= f.range.end) else { continue };
        if !s.get(f.range.end..m.range.start).is_some_and(|gap| SAME_AS.is_match(gap)) {
            continue;
        }
        let period = match m.when {
            When::Year(q) => Some(q),
            When::Before(n) => Some(Period::starting(p.start_year.saturating_sub(n))),
            _ => None,
        };
        if let Some(q) = period.filter(|&q| q != p) {
            more.push(Found { period: Some(q), baseline: true, ..f.clone() });
        }
    }
    found.extend(more);
}

/// "Of those 2,310 burglaries, 415 were of sheds …", "Of the 980 thefts, 212 …": a sentence
/// about part of a total the text gave before, named by its value, is for that total's year,
/// whatever the sentences since have looked back to ("In 2012/13 it had logged 1,720."). None when the sentence prints a financial year of its own, or the value is no count
/// the text gave with a year.
pub(in crate::extract::figures) fn year_of_total_named_again(
    s: &str,
    times: &[periods::Mention],
    figures: &[Figure],
    values: &ValuesRead,
) -> Option<Period> {
    static OF_THE_TOTAL: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:the|these|those)\s+(\d{1,3}(?:,\d{3})+|\d+)\b"));
    if !s.trim_start().get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of "))
        || times.iter().any(|m| m.year().is_some())
    {
        return None;
    }
    let printed = OF_THE_TOTAL.captures(s)?.get(1)?.as_str().replace(',', "");
    let value: f64 = printed.parse().ok()?;
    values.last_count(figures, value).and_then(|f| f.period)
}

/// "Of them, 512 were thefts of bikes. A year before, officers logged 4,030 … Bike
/// thefts dropped, from 540 to 512.": a change "from" one value "to"
/// another in a sentence printing no year, whose end is a count the text gave before for the
/// same place with a year, runs to that count again, in its year, from the year before; not
/// to a year the sentences since have looked back to. So does a bare "874 to 1,011" whose
/// start was given before too, for the year before ([`change_given_before`]).
pub(in crate::extract::figures) fn change_to_a_count_given_before(
    s: &str,
    times: &[periods::Mention],
    figures: &[Figure],
    values: &ValuesRead,
    found: &mut [Found],
) {
    static FROM_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bfrom\s+(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+)?$"));
    if found.len() < 2 || times.iter().any(|m| m.year().is_some()) || !s.contains(" to ") {
        return;
    }
    for j in 1..found.len() {
        let (from, to) = (&found[j - 1], &found[j]);
        if from.kind != Kind::Count || to.kind != Kind::Count || from.place != to.place {
            continue;
        }
        let between = s.get(from.range.end..to.range.start).map(str::trim);
        if between != Some("to") {
            continue;
        }
        let Some(given) = values.last_count(figures, to.value).filter(|f| f.place == to.place) else { continue };
        let Some(year) = given.period else { continue };
        if !FROM_BEFORE.is_match(s.get(..from.range.start).unwrap_or("")) {
            if change_given_before(figures, values, from, year) {
                found[j].period = Some(year);
                found[j - 1].period = Some(year.previous());
            }
            continue;
        }
        if to.period != Some(year) {
            found[j].period = Some(year);
            found[j - 1].period = Some(year.previous());
        }
    }
}

/// "Sam, 1,875 to 2,140." after "climbed to 2,140 over 2022/23 from 1,875 a year earlier": a
/// bare "X to Y" whose end was given before in `year` (the caller's check) and whose start
/// was given before for the same place in the year before is that change spoken again, not
/// a range of values.
fn change_given_before(figures: &[Figure], values: &ValuesRead, from: &Found, year: Period) -> bool {
    values.last_count(figures, from.value).is_some_and(|f| f.place == from.place && f.period == Some(year.previous()))
}

/// The figures read so far by value, as indices into them: what
/// [`year_of_total_named_again`] looks a total up in, so that a text with many "Of the N …"
/// sentences does not scan every earlier figure for each. Kinds and periods are read from
/// the figures when asked, as they may be filled in after a figure is noted.
#[derive(Debug, Default)]
pub(in crate::extract::figures) struct ValuesRead {
    by_value: HashMap<u64, Vec<usize>>,
}

impl ValuesRead {
    fn key(value: f64) -> u64 {
        if value == 0.0 {
            0
        } else {
            value.to_bits()
        }
    }

    /// Notes `figures[from..]`, just read.
    pub(in crate::extract::figures) fn note(&mut self, figures: &[Figure], from: usize) {
        for (i, f) in figures.iter().enumerate().skip(from) {
            self.by_value.entry(Self::key(f.value)).or_default().push(i);
        }
    }

    /// The last count read of this value.
    fn last_count<'f>(&self, figures: &'f [Figure], value: f64) -> Option<&'f Figure> {
        let indices = self.by_value.get(&Self::key(value))?;
        indices.iter().rev().filter_map(|&i| figures.get(i)).find(|f| f.kind == Kind::Count && f.value == value)
    }
}
