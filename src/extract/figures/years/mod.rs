//! The period of each figure: the time phrase that goes with its number, "last year" and
//! "the year before" resolved, and the later of the two years a percent change compares.
//!
//! This module holds the entry points every figure goes through: [`attached_time`] (the time
//! phrase that is a number's own), [`count_period`] and [`change_period`]. The rest is grouped
//! by theme: [`not_its_own`] (times beside a number that date something else), [`relative`]
//! (years counted back or on: "the year before", "a decade earlier", "last year"),
//! [`comparisons`] (values compared with, changes' starts and ends, the years a comparison
//! spans), [`spans`] (figures over a span of years) and [`from_other_figures`] (figures dated
//! by the checks and counts the text gave elsewhere).

mod comparisons;
mod from_other_figures;
mod not_its_own;
mod relative;
mod spans;

use self::comparisons::rose_from_year;
pub(super) use self::comparisons::{
    compared_at_another_time, compared_with_the_last, comparison_gap, counted_on, ends_comparison, figure_dated_back,
    is_out_of_a_total, is_when_clause, paired_with_another_place, reached_by, set_against, starts_a_change,
    unprinted_baselines, year_on_year, years_compared, years_compared_for,
};
pub(super) use self::from_other_figures::{
    change_to_a_count_given_before, dated_by_check, dated_by_later_count, same_number_as, year_of_total_named_again,
    ValuesRead,
};
pub(super) use self::not_its_own::dates_an_event;
use self::not_its_own::{
    dates_a_publication, in_closed_aside, in_closed_relative_clause, money_s_own_year, record_over, record_since,
    record_since_the_time,
};
pub(super) use self::relative::{change_years_before, last_year_of_its_own, of_the_latest};
use self::relative::{
    figures_for_year, from_the_figure_compared, loose_decade, same_point_as_the_last, second_start_of_a_change,
    year_before,
};
pub(super) use self::spans::{
    first_or_last_of_span, from_to_under_span, over_the_period, over_the_same_time, over_the_years_gone_through,
    same_part_of_an_earlier_year, single_time_stated,
};
use super::context::{is_baseline, is_baseline_value, Context};
use super::kinds::Candidate;
use super::{first_starting_from, last_ending_by, Found};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Kind, Period};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The time phrase that goes with candidate `i` in sentence `s`: the first after it (before
/// the next number, in the same clause), else the last before it. "In 2020/21, 1,603 were
/// logged; a year later the figure was 2,860": the year after the semicolon is the
/// second count's.
pub(super) fn attached_time<'t>(
    s: &str,
    cands: &[Candidate],
    i: usize,
    times: &'t [periods::Mention],
) -> Option<&'t periods::Mention> {
    let r = &cands[i].number.range;
    let next_start = cands.get(i + 1).map_or(usize::MAX, |c| c.number.range.start);
    let range = |m: &periods::Mention| m.range.clone();
    // "The previous year it recorded 2,811, and five years earlier, in 2016/17, just 1,906":
    // a time past a new clause that leads to the next number is that number's. "although",
    // "though" and "whilst" open one too ("down from 231 the year before, although all
    // offences rose to 1,102"). A dash may stand for the comma before a contrast ("down 2% on
    // the year before - but Kent recorded 410"), unless a second dash follows it in the
    // sentence: a pair of dashes sets off an aside ("410 burglaries - but only in 2021/22 -
    // while …"), which is no new clause.
    static NEW_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i),\s*(?:and|but|while|whilst|whereas|although|though)\b|\s(?:while|whilst|whereas|although)\s")
    });
    static DASH_CLAUSE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\s[-\x{2013}\x{2014}]\s*(?:but|while|whereas)\b"));
    static SPACED_DASH: LazyLock<Regex> = LazyLock::new(|| compile(r"\s[-\x{2013}\x{2014}]\s"));
    let new_clause_in = |from: usize, to: usize| {
        s.get(from..to).is_some_and(|gap| {
            NEW_CLAUSE.is_match(gap)
                || DASH_CLAUSE
                    .find(gap)
                    .is_some_and(|d| s.get(from + d.end()..).is_some_and(|rest| !SPACED_DASH.is_match(rest)))
        })
    };
    // "In 2010/11 the force recorded 412, so a year later the figure had barely moved": a
    // count the sentence dated before it keeps that year past a new clause counting on from it.
    static SO_CLAUSE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*(?:so|and|but)\b"));
    let dated_before = times.iter().any(|t| matches!(t.when, When::Year(_)) && t.range.end <= r.start);
    let counts_on_in_a_new_clause = |m: &periods::Mention| {
        dated_before
            && matches!(m.when, When::Before(_) | When::After(_))
            && s.get(r.end..m.range.start).is_some_and(|gap| SO_CLAUSE.is_match(gap))
    };
    let same_clause = |m: &periods::Mention| {
        !(s.get(r.end..m.range.start).is_some_and(|gap| gap.contains(';'))
            || (next_start != usize::MAX && new_clause_in(r.end, m.range.start))
            || counts_on_in_a_new_clause(m))
    };
    // "up from 1,744 the year before, and an average of five a day": a relative year right
    // after the value a comparison starts from is that value's alone, and stays so past the
    // numbers listed after it ("up from 437 the year before, Lancashire 289, Merseyside 201").
    let baselines_own = |m: &periods::Mention| {
        matches!(m.when, When::Before(_) | When::After(_))
            && cands[..i]
                .iter()
                .rev()
                .find(|c| c.number.range.end <= m.range.start)
                .is_some_and(|c| is_baseline_value(s, c.number.range.start))
    };
    // "The figure for 2022/23 - 396 - is up by nearly a half on 2021/22", "Seven died,
    // compared with ten in 2022/23", "four offences, the same number as the year before",
    // "8.1 million incidents, no real change on the year before", "2,905
    // bike thefts, nearly twice the number logged five years before": the
    // year a count is compared with is not the count's own (unless the count is the one
    // compared with).
    static COMPARED_WITH: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)\b(?:(?:on|than|compared\s+(?:with|to)|against|versus)\s+(?:the\s+|that\s+of\s+)?|compared\s+(?:with|to)\s+[a-z-]+\s+(?:in|for)\s+|(?:same|similar)\s+(?:number|total|figure|level|count)?\s*as\s+(?:in\s+)?(?:the\s+)?|(?:different|differs?|unchanged)["']?\s+(?:from|to|on)\s+(?:the\s+|that\s+of\s+)?|\b(?:double|twice|treble|triple|half|(?:two|three|four|five|ten|\d+)\s+times)\s+(?:the\s+)?(?:number|total|figure|level|count|rate|amount|tally)\s+(?:(?:recorded|seen|logged|reported)\s+)?)$"#,
        )
    });
    let compared_with = |m: &periods::Mention| {
        cands[i].kind != Kind::PercentChange
            && s.get(r.end..m.range.start).is_some_and(|gap| COMPARED_WITH.is_match(gap))
    };
    // "Bedfordshire recorded 165 (2019/20: 140)": a year labelling the number in brackets
    // after it is that number's.
    let labels_next = |m: &periods::Mention| {
        s.get(r.end..m.range.start).is_some_and(|gap| gap.contains('('))
            && s.get(m.range.end..).is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    // "fell by 3 per cent to 1,015, but remain double their level when the offence was
    // introduced in 2017": a time in a clause about when something else happened is not the
    // number's.
    static WHEN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),[^,;]*\bwhen\s+(?:the|it|they|a|an)\b"));
    // "96 were tagged online, a label that officers have used since 2016": nor is a
    // time since which something else, with a subject of its own, has held.
    static SINCE_IN_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?:have|has|had)\s+[^,;]*?(?:\bsince\s+)?$")
    });
    // "210 bore a tag - the label detectives have used since 2018": so is one in an aside
    // set off by a comma or a dash that names a noun and, with no "that", the subject of a
    // clause of its own.
    static SINCE_IN_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:,|\s[-\x{2013}\x{2014}])\s*(?:the|a|an)\s+[\w-]+\s+(?:[\w'’-]+\s+){1,2}?(?:have|has|had)\s+[^,;]*?(?:\bsince\s+)?$",
        )
    });
    let since = |m: &periods::Mention| {
        s.get(m.range.start..).is_some_and(|t| t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("since ")))
            || s.get(..m.range.start).is_some_and(|b| b.ends_with("since "))
    };
    let other_moment = |m: &periods::Mention| {
        s.get(r.end..m.range.start).is_some_and(|gap| {
            gap.contains("when") && WHEN_CLAUSE.is_match(gap)
                || since(m) && (gap.contains("that") || gap.contains("which")) && SINCE_IN_RELATIVE.is_match(gap)
                || since(m) && SINCE_IN_ASIDE.is_match(gap)
        })
    };
    // "244 offences of sexual communication, the crime created in 2017": the year of an event
    // told in an aside after the number is not the number's.
    let event_in_aside =
        |m: &periods::Mention| dates_an_event(s, m) && s.get(r.end..m.range.start).is_some_and(|gap| gap.contains(','));
    first_starting_from(times, range, r.end)
        .filter(|&j| {
            let m = &times[j];
            (m.range.end <= next_start || closes_counts_by_place(s.get(r.end..m.range.start).unwrap_or("")))
                && same_clause(m)
                && !other_moment(m)
                && !dates_a_publication(s, m)
                && !event_in_aside(m)
                && !compared_with(m)
                && !labels_next(m)
                // "5,120 offences - three years before the law was changed": a time counted
                // back from an event dates a number only right after it.
                && !(periods::counts_back_from_an_event(s, m)
                    && s.get(r.end..m.range.start).is_some_and(|gap| gap.contains([',', '-', '\u{2013}', '('])))
                && !s.get(r.end..m.range.start).is_some_and(|gap| record_since(gap) || record_over(gap, m))
                && !record_since_the_time(s, r.end, m)
        })
        .or_else(|| {
            // "Offences of stalking, which became a crime in its own right in 2012, rose to
            // 640": a time in a clause describing the noun, closed before the number, is not
            // the number's; one before that clause may be.
            // "while Dyfed-Powys, which had its worst year in 2023/24 with 67, saw 58": the
            // clause is read from the number before it, past any number inside it.
            // (Candidates run in order of position, so the last ending by the time is found by
            // halving.)
            let prev_end = |time: &std::ops::Range<usize>| {
                let k = cands[..i].partition_point(|c| c.number.range.end <= time.start);
                k.checked_sub(1).map_or(0, |k| cands[k].number.range.end)
            };
            // "Vandalism reached 9,410, the most since the count began in 2008/09, while
            // housebreaking rose to 13,220": nor is the year something happened in (or a record
            // is counted since), past a new clause from it.
            let elsewhere_before_new_clause = |m: &periods::Mention, from: usize| {
                (dates_an_event(s, m) || s.get(from..m.range.start).is_some_and(record_since))
                    && new_clause_in(m.range.end, r.start)
            };
            let last = (0..last_ending_by(times, range, r.start)? + 1).rev().find(|&k| {
                let from = prev_end(&times[k].range);
                !in_closed_relative_clause(s, from, &times[k].range, r.start)
                    && !in_closed_aside(s, from, &times[k], r.start)
                    && !elsewhere_before_new_clause(&times[k], from)
            })?;
            // "up from 688 the year before, while its total … went down 5% to 3,102": a
            // relative year is the clause's it closes; past a new clause the number takes the
            // year printed before it.
            let new_clause = |m: &periods::Mention| {
                matches!(m.when, When::Before(_) | When::After(_)) && new_clause_in(m.range.end, r.start)
            };
            // "720 thefts in 2021/22, up from 640 the year before, Sussex 410": nor one the
            // value a comparison starts from took, before it; the number takes the year
            // printed before that value, if any.
            let printed_before = |k: usize| {
                (0..k).rev().find(|&k| matches!(times[k].when, When::Year(_)) && !is_baseline(s, times[k].range.start))
            };
            let j = if cands[i].kind != Kind::PercentChange && new_clause(&times[last]) {
                (0..last).rev().find(|&k| matches!(times[k].when, When::Year(_)))?
            } else if cands[i].kind != Kind::PercentChange && baselines_own(&times[last]) {
                printed_before(last)?
            } else {
                last
            };
            // "down 6% on the 62 it logged in 2017/18; in Kent …, Surrey recorded 39", "12% more
            // than a year earlier; sheds made up 240 of them": nor is the year a comparison ended
            // on, past a semicolon; the number takes the year printed before that comparison, or
            // none of the sentence's.
            let compared_past_semicolon = cands[i].kind != Kind::PercentChange
                && matches!(times[j].when, When::Year(_) | When::Before(_) | When::After(_))
                && is_baseline(s, times[j].range.start)
                && s.get(times[j].range.end..r.start).is_some_and(|gap| gap.contains(';'));
            let j = if compared_past_semicolon { printed_before(j)? } else { j };
            // "logged 2,040 in 2019/20, up 7% on 2018/19, with 310 bearing the online flag": nor
            // is the year a comparison ended on the year of a part of the count, opening a
            // with-clause after it; the part takes the year printed before that comparison.
            static WITH_PART: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^[^;]*,\s*with\s+[^,;]*$"));
            let part_past_comparison = cands[i].kind != Kind::PercentChange
                && matches!(times[j].when, When::Year(_) | When::Before(_))
                && is_baseline(s, times[j].range.start)
                && s.get(times[j].range.end..r.start).is_some_and(|gap| WITH_PART.is_match(gap));
            if part_past_comparison {
                return printed_before(j);
            }
            let m = &times[j];
            // "Households will pay £285 for policing in 2025/26 - as burglary falls 11 per
            // cent": nor is the year of a sum of money (a budget, a bill, most often the year
            // ahead), past a new clause, the year of the crime figures set beside it.
            if money_s_own_year(s, cands, i, m, &new_clause_in) {
                return None;
            }
            // "up 4% on the 865 logged in 2021/22, while Kent saw 1,100": nor is the year a
            // comparison ended on, past a new clause.
            let closed_comparison = matches!(m.when, When::Year(_))
                && i.checked_sub(1).is_some_and(|k| cands[k].number.range.end <= m.range.start)
                && is_baseline(s, m.range.start)
                && new_clause_in(m.range.end, r.start);
            if closed_comparison {
                return None;
            }
            // Nor is it the year of a number after that bracket closes.
            let closed_label =
                s.get(m.range.end..r.start).is_some_and(|gap| gap.trim_start().starts_with(':') && gap.contains(')'));
            // "recorded 207 offences last year, up from 119": nor is "last year" after the
            // count before, which it dates, the year of the value that count is compared with.
            let latest_of_the_last = m.when == When::Latest
                && i.checked_sub(1).is_some_and(|k| {
                    m.range.start >= cands[k].number.range.end && !is_baseline_value(s, cands[k].number.range.start)
                })
                && is_baseline_value(s, r.start);
            (!baselines_own(m) && !closed_label && !latest_of_the_last).then_some(j)
        })
        .map(|j| &times[j])
}

/// The period of a count (or any figure but a percent change) at `i`.
pub(super) fn count_period(
    s: &str,
    cands: &[Candidate],
    i: usize,
    times: &[periods::Mention],
    found: &[Found],
    latest: Option<Period>,
    ctx: &Context,
) -> Option<Period> {
    let Some(m) = attached_time(s, cands, i, times) else {
        // "from 1,005 to 965" with no year: the year of the baseline is not printed.
        if is_baseline_value(s, cands[i].number.range.start) {
            return None;
        }
        // "recorded 498, up from 402 in 2019/20": the year after the one the comparison right
        // after it starts from, unless the text is about a later year still.
        if let Some(p) = rose_from_year(s, cands, i, times) {
            return Some(ctx.period.filter(|&c| c > p).unwrap_or(p.next()));
        }
        return ctx.period;
    };
    match m.when {
        // "fell from 1,045 in 2022/23 to 1,003": a number after the year a comparison starts
        // from, and not itself a starting value, is the other side of it: the year the text is
        // about, or else the year after.
        When::Year(p) if m.range.end <= cands[i].number.range.start && ends_comparison(s, m, &cands[i]) => {
            Some(ctx.period.filter(|&c| c > p).unwrap_or(p.next()))
        }
        // "robbery rose by 11% in 2023/24, from 2,940 offences to 3,263", "In 2023/24 it
        // recorded 1,100, down from 1,200": the value a change within a year printed before it
        // starts from is the year before's, or, when the text has stated a comparison with both
        // its years, as many years before as that one spanned. A comparison the sentence made
        // before it ("against 1,900 a year earlier, and … went from 700 to 760") spans its own.
        When::Year(p)
            if m.range.end <= cands[i].number.range.start
                && !is_baseline(s, m.range.start)
                && starts_a_change(s, cands, i) =>
        {
            let start = cands[i].number.range.start;
            let own = times.iter().filter(|t| t.range.end <= start).find_map(|t| match t.when {
                When::Before(n) => Some(n),
                _ => None,
            });
            Some(Period::starting(p.start_year.saturating_sub(own.or(ctx.gap).unwrap_or(1))))
        }
        // "The total was 96 higher than in 2021/22": a number set against an earlier year is
        // not that year's, but the later one's: the sentence's own, else the text's, else the
        // year after.
        When::Year(p) if set_against(s, &cands[i], m) => {
            let later = stated_year(s, times).filter(|&y| y > p).or(ctx.period.filter(|&c| c > p));
            Some(later.unwrap_or(p.next()))
        }
        // "recorded 812 in 2023/24, compared with 640 before the pandemic": a value compared
        // with at a time the sentence names but does not date is no year the text prints.
        When::Year(_) if m.range.end <= cands[i].number.range.start && compared_at_another_time(s, &cands[i]) => None,
        // "recorded 1,187 times in 2023-24, compared with 902 in its first full year": a value
        // compared with that prints no year of its own is not the year of the count before
        // it, whose year that is, but the year before.
        When::Year(p)
            if m.range.end <= cands[i].number.range.start && compared_with_the_last(s, cands, i, m, times) =>
        {
            Some(p.previous())
        }
        // "153 offences in 2022/23, compared with 112 in 2021/22, out of a total of 861": the
        // total a part is out of is for the part's year, not a year the part was set against.
        When::Year(p) if m.range.end <= cands[i].number.range.start && is_out_of_a_total(s, &cands[i]) => {
            found.iter().find(|f| !f.baseline && f.kind != Kind::PercentChange).and_then(|f| f.period).or(Some(p))
        }
        When::Year(p) => Some(p),
        // "since 2013/14, when 798 were recorded": the year the clause goes back to.
        When::Other | When::Calendar(_)
            if is_when_clause(s.get(m.range.end..cands[i].number.range.start).unwrap_or("")) =>
        {
            s.get(m.range.clone()).and_then(periods::span_end)
        }
        When::Other | When::Calendar(_) => None,
        When::Latest => latest,
        // "Provisional figures for 2017-18 show the trend going on, with 80 crimes a year
        // later", after a paragraph about 2016/17: the year the sentence says its figures are
        // for is the number's, when "later" can only count from the earlier year the text was
        // about. Where a number before it in the sentence already has that year ("figures
        // for 2017-18 showed 60 …, and a year later 80"), "later" counts on from it as usual.
        When::After(_)
            if !is_baseline_value(s, cands[i].number.range.start)
                && figures_for_year(s, times, m).is_some_and(|y| {
                    ctx.period.is_some_and(|c| c < y) && found.iter().all(|f| f.period != Some(y))
                }) =>
        {
            figures_for_year(s, times, m)
        }
        When::Before(n) | When::After(n) => {
            let n = loose_decade(s, m, n, ctx.gap);
            // "The previous year, 980 offences were recorded, including 120 online": a count
            // sharing the phrase with the count before it shares its year.
            let shared = i.checked_sub(1).filter(|&j| {
                m.range.end <= cands[j].number.range.start
                    && attached_time(s, cands, j, times).is_some_and(|t| t.range == m.range)
            });
            if let Some(f) = shared.and_then(|j| found.get(j)).filter(|f| f.kind != Kind::PercentChange) {
                return f.period;
            }
            // "up from 46,265 five years ago": "ago" counts back from the year the text is
            // about, not from the count before it ("the previous year, when 49,013 …").
            let ago = s
                .get(m.range.clone())
                .is_some_and(|t| t.get(t.len().saturating_sub(3)..).is_some_and(|e| e.eq_ignore_ascii_case("ago")));
            // "reported in 2023, against 870 a year earlier": counted from a calendar year the
            // sentence printed last, it is a calendar year ([`super::calendar`] reads it), not
            // a year back from the financial year the text is about.
            if !ago && counts_from_a_calendar_year(s, times, m) {
                return None;
            }
            // A change's period is only provisional here ("up 19 per cent on the previous
            // year, when 724 were logged"): counts count from the counts before them.
            let reference = if ago { stated_year(s, times).or(ctx.period).or(latest) } else { None };
            let reference = reference.or_else(|| same_point_as_the_last(s, cands, i, m, times, found));
            let before = matches!(m.when, When::Before(_));
            let reference = reference.or_else(|| from_the_figure_compared(found, ctx).filter(|_| before));
            let reference = reference.or_else(|| second_start_of_a_change(s, cands, i, found).filter(|_| before));
            let reference = reference.or_else(|| {
                found
                    .iter()
                    .rev()
                    .filter(|f| f.kind != Kind::PercentChange)
                    .find_map(|f| f.period)
                    .or_else(|| year_before(times, m.range.start))
                    // "A year later": later than the year printed last, even if that was the
                    // value a comparison started from.
                    .or(if matches!(m.when, When::After(_)) { ctx.last_year.or(ctx.period) } else { ctx.counted_from })
            });
            reference.map(|p| {
                let start = if matches!(m.when, When::Before(_)) {
                    p.start_year.saturating_sub(n)
                } else {
                    p.start_year.saturating_add(n)
                };
                Period::starting(start)
            })
        }
    }
}

/// Whether the year printed last before the relative time `m` in its sentence is a calendar
/// year on its own, which the relative time then counts from.
/// A year inside a closed relative clause ("the agency, which opened in 2008, handled 640 …,
/// against 520 the year before") dates what the clause tells of, and is not counted from.
fn counts_from_a_calendar_year(s: &str, times: &[periods::Mention], m: &periods::Mention) -> bool {
    times
        .iter()
        .rev()
        .filter(|t| t.range.end <= m.range.start && !in_closed_relative_clause(s, 0, &t.range, m.range.start))
        .find(|t| matches!(t.when, When::Year(_) | When::Calendar(_)))
        .is_some_and(|t| matches!(t.when, When::Calendar(_)))
}

/// The period of a percent change: the later of the years it compares. `compared` is the
/// latest year of the sentence's other figures.
pub(super) fn change_period(
    s: &str,
    change: &Range<usize>,
    times: &[periods::Mention],
    attached: Option<&periods::Mention>,
    compared: Option<Period>,
    latest: Option<Period>,
    ctx: &Context,
) -> Option<Period> {
    let own = attached.and_then(|m| {
        let baseline = is_baseline(s, m.range.start);
        match m.when {
            // "up more than 90 per cent on 2017/18" in a sentence that names no later year:
            // the change runs to the year the text is about, if that is later.
            When::Year(p) if baseline && only_baselines(s, times) => ctx.period.filter(|&c| c > p).or(Some(p.next())),
            When::Year(p) if baseline => Some(p.next()),
            When::Year(p) => Some(p),
            When::Latest if !baseline => latest,
            // "The figure for 2022/23 is up 22% on the previous year": the change runs to the
            // year that one counts back from.
            When::Before(_) if baseline => stated_year(s, times).or(ctx.counted_from),
            _ => None,
        }
    });
    // "Between 2018/19 and 2022/23, offences rose 44%": a change over a span runs to its end;
    // "since 2017/18, … has risen by 140 per cent" runs to the year the text is about.
    let span = attached.filter(|m| m.when.names_no_financial_year()).and_then(|m| s.get(m.range.clone()));
    let since = span.is_some_and(|t| t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("since")));
    let span_end = if since { None } else { span.and_then(periods::span_end) };
    let own = if since { own.max(ctx.period) } else { own };
    // "That is 82% more than the 3,492 recorded in 2017-18": a change whose printed years are
    // all ones it starts from runs to the year the text is about, if that is later.
    let from_baselines = compared.is_some() && times.iter().any(|m| m.year().is_some()) && only_baselines(s, times);
    let compared = if from_baselines { compared.max(ctx.period) } else { compared };
    match own.max(compared).or(span_end) {
        Some(p) if runs_to_the_text_s_other_time(s, times, change, attached, p, ctx) => None,
        Some(p) => Some(p),
        None if attached.is_some_and(|m| m.when.names_no_financial_year()) => None,
        None => ctx.period,
    }
}

/// "That is up 9% on a year earlier, and twice the 1,130 logged in 2013/14" in a text about
/// the year to June 2023: a change that prints no year of its own to run to, whose years are
/// all over before the time the text is about began, runs to that time, which is no
/// financial year. Not in a sentence that prints that year as its own, before the change
/// ("logged 4,210 in 2022/23, 11% more than in 2021/22"): the sentence is about that year.
fn runs_to_the_text_s_other_time(
    s: &str,
    times: &[periods::Mention],
    change: &Range<usize>,
    attached: Option<&periods::Mention>,
    p: Period,
    ctx: &Context,
) -> bool {
    let Some(end) = ctx.other_now else { return false };
    let own_year = attached.is_some_and(|m| matches!(m.when, When::Year(_)) && !is_baseline(s, m.range.start));
    let printed_before =
        times.iter().any(|m| m.range.end <= change.start && m.year() == Some(p) && !is_baseline(s, m.range.start));
    !own_year && !printed_before && periods::financial_year_end(p) < end.saturating_sub(11)
}

/// The latest financial year printed in `s` that is not the start of a comparison.
fn stated_year(s: &str, times: &[periods::Mention]) -> Option<Period> {
    times
        .iter()
        .filter_map(|m| match m.when {
            When::Year(p) if !is_baseline(s, m.range.start) => Some(p),
            _ => None,
        })
        .max()
}

/// True when every financial year printed in `s` is the start of a comparison.
fn only_baselines(s: &str, times: &[periods::Mention]) -> bool {
    times.iter().all(|m| !matches!(m.when, When::Year(_)) || is_baseline(s, m.range.start))
}

/// "Last winter", "this spring", "the autumn": a season, part of a year and no financial
/// year, which dates the figures of its sentence to none.
pub(super) fn names_a_season(s: &str) -> bool {
    static SEASON: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:last|this|next|the|over\s+the)\s+(?:winter|spring|autumn|summer)\b"));
    (s.contains("inter") || s.contains("pring") || s.contains("utumn") || s.contains("ummer")) && SEASON.is_match(s)
}

/// "310 burglaries in Kent and 220 in Sussex across all of 2022/23", "95 in Bath, 61
/// in Frome and 40 in Yeovil during 2023/24": the words from a number to a time closing a
/// run of counts, each a number and the place it is in, joined by commas or "and": the time
/// dates every count of the run, not only the last.
fn closes_counts_by_place(gap: &str) -> bool {
    static RUN_BY_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:\s+[a-z][\w-]*){0,2}\s+in\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,3}(?:(?:,|,?\s+and)\s+\d[\d,]*(?:\s+[a-z][\w-]*)?\s+in\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,3})+,?\s+(?:across|over|in|during|for|throughout)\b[a-z\s]{0,24}$",
        )
    });
    gap.contains(" in ") && RUN_BY_PLACE.is_match(gap)
}
