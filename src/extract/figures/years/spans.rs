//! Figures over a span of years: a time with no financial year that dates them, the two ends
//! of a change under a span, changes "over the period" or "over the five years", and numbers
//! "in the first year" or "in the last" of a span.

use super::super::context::{is_baseline_value, reports_on, time_named_end, Context};
use super::super::kinds::Candidate;
use super::super::Found;
use super::attached_time;
use crate::extract::numbers::compile;
use crate::extract::periods;
use crate::model::{Kind, Period};
use regex::Regex;
use std::sync::LazyLock;

/// "Police recorded 3,412 burglaries in the year to June 2023": the end of the latest time
/// that is no financial year, but one the text dates, that dates a figure of the sentence
/// with no financial year (not the value a comparison starts from), as
/// [`periods::single_time_end`] counts months.
pub(in crate::extract::figures) fn single_time_stated(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &[Found],
) -> Option<u32> {
    if !times.iter().any(|m| m.when.names_no_financial_year()) {
        return None;
    }
    (0..found.len().min(cands.len()))
        .filter(|&i| found[i].period.is_none() && !found[i].baseline)
        .filter_map(|i| attached_time(s, cands, i, times))
        // "In the first three months of 2023 alone": a part of the year, which is not dated here.
        .filter(|m| m.when.names_no_financial_year() && !super::super::tail(s, m.range.start).ends_with(" of "))
        .filter(|m| !is_post_stamp(s, m))
        // "would pay £60,000 for two wardens from May 2031": a time a plan looks ahead to.
        .filter(|m| reports_on(s, m))
        .filter_map(|m| s.get(m.range.clone()).and_then(periods::single_time_end))
        .max()
}

/// "Tue 4 Feb 2025, 19:40", "22 Nov 2024 at 06:15", "7:41 PM · 3 Mar 2019": a date printed
/// with a clock time is when a post or message went up, not a time its figures are for.
fn is_post_stamp(s: &str, m: &periods::Mention) -> bool {
    static CLOCK_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^,?\s*(?:at\s+)?\d{1,2}:\d{2}\b"));
    static CLOCK_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·|,]?\s*$"));
    s.get(m.range.end..).is_some_and(|after| CLOCK_AFTER.is_match(after))
        || s.get(..m.range.start).is_some_and(|before| CLOCK_BEFORE.is_match(before))
}

/// "Between 2016/17 and 2021/22, thefts in the town rose from 140 to 171": the two ends of a
/// change take the two ends of a span the sentence printed before them, with no number
/// between. (A span printed right after them, "from 82 to 64 between 2020/21 and 2021/22",
/// is read by `lists::from_to_span`, which runs after this and wins.)
pub(in crate::extract::figures) fn from_to_under_span(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
) {
    static FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bfrom\s+(?:around\s+|about\s+|some\s+)?$"));
    if !times.iter().any(|m| m.when.names_no_financial_year()) {
        return;
    }
    for i in 1..cands.len().min(found.len()) {
        let (a, b) = (&cands[i - 1].number.range, &cands[i].number.range);
        if s.get(a.end..b.start).map(str::trim) != Some("to") || !FROM_BEFORE.is_match(s.get(..a.start).unwrap_or("")) {
            continue;
        }
        let previous = i.checked_sub(2).map_or(0, |j| cands[j].number.range.end);
        let opened = times.iter().rev().find(|m| m.range.end <= a.start && m.range.start >= previous);
        let span = opened.filter(|m| m.when.names_no_financial_year()).and_then(|m| s.get(m.range.clone()));
        if let Some((first, last)) = span.and_then(periods::span_ends) {
            found[i - 1].period = Some(first);
            found[i].period = Some(last);
        }
    }
}

/// "Five years earlier, in 2017-18, the figure was 7,273, meaning offences have risen by 71%
/// over the period": a change over the period from a year printed before it, earlier than
/// the year the text is about, runs to that year.
pub(in crate::extract::figures) fn over_the_period(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    ctx: &Context,
) {
    static OVER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:per\s+cent|pc|%)?\s*(?:[\w-]+\s+){0,3}?(?:(?:over|during|across|in)\s+(?:the|that|this)\s+(?:whole\s+|same\s+)?(?:period|time)\b|since\s+then\b)",
        )
    });
    let Some(now) = ctx.period else { return };
    if !(s.contains("period") || s.contains("time") || s.contains("since then")) {
        return;
    }
    for (i, f) in found.iter_mut().enumerate() {
        let Some(c) = cands.get(i).filter(|_| f.kind == Kind::PercentChange) else { continue };
        if !OVER.is_match(super::super::head(s, c.number.range.end)) {
            continue;
        }
        let earlier = attached_time(s, cands, i, times)
            .filter(|m| m.range.end <= c.number.range.start)
            .and_then(|m| m.year())
            .is_some_and(|p| p < now);
        if earlier {
            f.period = Some(now);
        }
    }
}

/// "… in 2022/23, up 18% on the year before, out of 7,310 offences in all over the same
/// twelve months", "… while all offences reached 3,880 in the same period": a count said to be
/// over the same time as the sentence's is for the financial year the sentence states, not for
/// the one a change before it counted back to. Not "the same period last year", which is the
/// earlier one.
pub(in crate::extract::figures) fn over_the_same_time(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
) {
    static SAME_TIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:[\w'-]+\s+){0,12}?(?:over|during|across|in|for|within)\s+the\s+same\s+(?:(?:twelve|12)[\s-]months?|(?:financial\s+)?year|period)\b(\s+(?:last|a\s+year|the\s+(?:year|previous|prior)|of\s+(?:the\s+)?(?:previous|last|prior)|in\s+(?:19|20)|before|earlier|ago))?",
        )
    });
    if !s.contains(" same ") {
        return;
    }
    let Some(year) = super::stated_year(s, times) else { return };
    for (c, f) in cands.iter().zip(found.iter_mut()) {
        if f.kind != Kind::Count || f.baseline || f.period == Some(year) {
            continue;
        }
        let same = SAME_TIME.captures(super::super::head(s, c.number.range.end)).is_some_and(|m| m.get(1).is_none());
        if same {
            f.period = Some(year);
        }
    }
}

/// "The largest rises over the two years were in Kent (up 48%, to 388)": "the two years", with
/// no "past" or "last" to run them up to now, are years the text has already been through,
/// which end in the year it is about. A change over them runs to that year, and so does the
/// value it rose or fell to. (A total over them, "1,400 offences over the two years", is no
/// year's.) When the time named last before them (in the sentence, else before it) ends in
/// another year ("The team ran in 2017 and 2018. Over the two years …"), they are those.
pub(in crate::extract::figures) fn over_the_years_gone_through(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    ctx: &Context,
) {
    static THE_YEARS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^the\s+(?:same\s+)?[\w-]+\s+years$"));
    static OVER_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:over|during|across|in)\s+$"));
    static TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*,?\s*to\s*$"));
    static OVER_BETWEEN: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:%|per\s+cent|pc)?\s*(?:over|during|across|in)\s+$"));
    let Some(now) = ctx.period else { return };
    if !s.contains(" years") {
        return;
    }
    let now_end = periods::financial_year_end(now);
    let ends_now = |m: &periods::Mention| {
        let named = times.iter().filter(|t| t.range.end <= m.range.start);
        let end = named.rev().find_map(|t| time_named_end(s, t, Some(now))).or(ctx.last_time_end);
        end.is_none_or(|end| (now_end - 11..=now_end).contains(&end))
    };
    let gone_through = |m: &periods::Mention| {
        m.when.names_no_financial_year()
            && s.get(m.range.clone()).is_some_and(|t| THE_YEARS.is_match(t))
            && OVER_BEFORE.is_match(super::super::tail(s, m.range.start))
            && ends_now(m)
    };
    let mut change_over: Option<std::ops::Range<usize>> = None;
    for i in 0..found.len().min(cands.len()) {
        let Some(m) = attached_time(s, cands, i, times).filter(|m| gone_through(m)) else {
            change_over = None;
            continue;
        };
        // "up 48%, to 388", and "grew 35% across the three years, to 770" with the
        // years between.
        let to_after = |k: usize| {
            let (from, to) = (cands[k].number.range.end, cands[i].number.range.start);
            let around = if from <= m.range.start && m.range.end <= to {
                s.get(from..m.range.start)
                    .zip(s.get(m.range.end..to))
                    .is_some_and(|(a, b)| OVER_BETWEEN.is_match(a) && TO_BEFORE.is_match(b))
            } else {
                false
            };
            around || s.get(from..to).is_some_and(|gap| TO_BEFORE.is_match(gap))
        };
        let reached = found[i].kind == Kind::Count
            && change_over.as_ref() == Some(&m.range)
            && i.checked_sub(1).is_some_and(to_after);
        if found[i].kind == Kind::PercentChange || reached {
            found[i].period = Some(now);
        }
        change_over = (found[i].kind == Kind::PercentChange).then(|| m.range.clone());
    }
    // "up 82% from 112 to 204 over the five years", "rose 25% over the three years, from 200
    // to 250": the two ends of a change over them are the first and the last of those years.
    let mut over: Option<&periods::Mention> = None;
    for i in 0..found.len().min(cands.len()) {
        let own = attached_time(s, cands, i, times).filter(|m| gone_through(m));
        if found[i].kind == Kind::PercentChange {
            over = own;
            continue;
        }
        let Some(k) = i.checked_sub(1) else { continue };
        let (a, b) = (&cands[k].number.range, &cands[i].number.range);
        let pair = s.get(a.end..b.start).map(str::trim) == Some("to") && is_baseline_value(s, a.start);
        let Some(m) = own.or(over).filter(|_| pair && found[k].kind == found[i].kind) else { continue };
        let Some(n) = s.get(m.range.clone()).and_then(years_counted) else { continue };
        found[k].period = Some(Period::starting(now.start_year.saturating_sub(n - 1)));
        found[i].period = Some(now);
    }
}

/// How many years "the five years", "the same 3 years" are: two or more.
fn years_counted(phrase: &str) -> Option<u16> {
    let count = phrase.split_whitespace().rev().nth(1)?;
    let n = count.parse::<u16>().ok().or_else(|| crate::extract::numbers::word_value(count).map(|v| v as u16))?;
    (2..=30).contains(&n).then_some(n)
}

/// "figures for each year from 2015-16 to 2022-23", then "Essex's were 1,288 and 64 in the
/// first year and 2,041 and 296 in the last": numbers before "in the first year" (or "in
/// the last", "in the final year"), with only other numbers joined to them between, are for
/// the first (or last) year of the span the text named (`span`). ("in the last year" is left
/// alone: it as often means the past twelve months.)
pub(in crate::extract::figures) fn first_or_last_of_span(
    s: &str,
    cands: &[Candidate],
    found: &mut [Found],
    span: Option<(Period, Period)>,
) {
    static FIRST_OR_LAST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:in|for)\s+the\s+(?:(first)(?:\s+year)?|(?:last|final)\s+year|last)(?:\s*(?:[.,;:)]|$)|\s+(?:and|but|while)\b)",
        )
    });
    let Some((first, last)) = span else { return };
    // "During the first year, 143 such crimes were logged": a sentence printing no year of
    // its own that opens on the span's first (or final) year is about it throughout.
    static OPENS_ON_FIRST_OR_FINAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:in|for|during)\s+(?:that|the|its|this)\s+(?:(first)|final)\s+(?:financial\s+|full\s+)?year\s*,",
        )
    });
    static A_YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:19|20)\d\d\b"));
    if s.contains(" year") && !A_YEAR.is_match(s) {
        if let Some(c) = OPENS_ON_FIRST_OR_FINAL.captures(s) {
            let year = if c.get(1).is_some() { first } else { last };
            for f in found.iter_mut() {
                f.period = Some(year);
            }
            return;
        }
    }
    if !s.contains(" the first") && !s.contains(" the last") && !s.contains(" the final") {
        return;
    }
    // Read from the last number back, carrying the year of the run of joined numbers after.
    let mut carried = None;
    for j in (0..cands.len()).rev() {
        let rest = s.get(cands[j].number.range.end..).unwrap_or("");
        let year = if let Some(c) = FIRST_OR_LAST.captures(rest) {
            // "in the last year" is no end of a span.
            let past_twelve_months =
                c.get(1).is_none() && rest.trim_start().to_ascii_lowercase().starts_with("in the last year");
            (!past_twelve_months).then_some(if c.get(1).is_some() { first } else { last })
        } else {
            let joined = cands.get(j + 1).is_some_and(|next| {
                let gap = s.get(cands[j].number.range.end..next.number.range.start).unwrap_or("").trim();
                matches!(gap, "and" | "," | "or")
            });
            carried.filter(|_| joined)
        };
        carried = year;
        if let (Some(year), Some(f)) = (year, found.get_mut(j)) {
            if f.kind != Kind::PercentChange {
                f.period = Some(year);
            }
        }
    }
}

/// "41 thefts across the four months to August, and 33 for the same period the year before",
/// "12 burglaries in March, against 20 in the same month of 2021": a value for the same part
/// of an earlier year, as the sentence's own figure (a quarter's, a month's) is, is for no
/// financial year either.
pub(in crate::extract::figures) fn same_part_of_an_earlier_year(s: &str, cands: &[Candidate], found: &mut [Found]) {
    static SAME_PART: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:[\w'-]+\s+){0,3}?(?:in|during|over|for|across)\s+the\s+same\s+(?:(period)|quarter|months?|weeks?|fortnight|half)\s+(?:last\s+year|the\s+(?:previous|year\s+before)|a\s+year\s+(?:earlier|before|ago)|of\s+(?:last\s+year|the\s+(?:previous|prior)\s+year|(?:19|20)\d\d))\b",
        )
    });
    if !s.contains(" same ") {
        return;
    }
    // "The same period" is a part of a year only where the sentence's own figure is of none.
    let part_year_beside = found.iter().any(|f| f.period.is_none() && !f.baseline && f.kind == Kind::Count);
    for (c, f) in cands.iter().zip(found.iter_mut()) {
        let Some(m) = SAME_PART.captures(super::super::head(s, c.number.range.end)) else { continue };
        if m.get(1).is_none() || part_year_beside {
            f.period = None;
        }
    }
}
