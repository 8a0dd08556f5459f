//! The period of each figure: the time phrase that goes with its number, "last year" and
//! "the year before" resolved, and the later of the two years a percent change compares.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::check::recompute;
use super::context::{is_baseline, is_baseline_value, time_named_end, Context};
use super::kinds::Candidate;
use super::locate::in_relative_clause;
use super::{first_starting_from, last_ending_by, Found};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Figure, Kind, Period};

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
    // "9.4 million incidents, not statistically different from the year before": the
    // year a count is compared with is not the count's own (unless the count is the one
    // compared with).
    static COMPARED_WITH: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)\b(?:(?:on|than|compared\s+(?:with|to)|against|versus)\s+(?:the\s+|that\s+of\s+)?|compared\s+(?:with|to)\s+[a-z-]+\s+(?:in|for)\s+|(?:same|similar)\s+(?:number|total|figure|level|count)?\s*as\s+(?:in\s+)?(?:the\s+)?|(?:different|differs?|unchanged)["']?\s+(?:from|to|on)\s+(?:the\s+|that\s+of\s+)?)$"#,
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
    let other_moment = |m: &periods::Mention| {
        s.get(r.end..m.range.start).is_some_and(|gap| gap.contains("when") && WHEN_CLAUSE.is_match(gap))
    };
    first_starting_from(times, range, r.end)
        .filter(|&j| {
            let m = &times[j];
            m.range.end <= next_start
                && same_clause(m)
                && !other_moment(m)
                && !dates_a_publication(s, m)
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
            let last = (0..last_ending_by(times, range, r.start)? + 1).rev().find(|&k| {
                let from = prev_end(&times[k].range);
                !in_closed_relative_clause(s, from, &times[k].range, r.start)
                    && !in_closed_aside(s, from, &times[k], r.start)
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
            // "down 6% on the 62 it logged in 2017/18; in Kent …, Surrey recorded 39": nor is the
            // year a comparison ended on, past a semicolon; the number takes the year printed
            // before that comparison.
            let compared_past_semicolon = cands[i].kind != Kind::PercentChange
                && matches!(times[j].when, When::Year(_))
                && is_baseline(s, times[j].range.start)
                && s.get(times[j].range.end..r.start).is_some_and(|gap| gap.contains(';'));
            let j = if compared_past_semicolon { printed_before(j)? } else { j };
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

/// Whether time `m`, before candidate `i` and past a new clause from it (`new_clause_in`, or
/// a dash and "as"), closes the clause of a sum of money: the last candidate before the time
/// is money, with no punctuation between them.
fn money_s_own_year(
    s: &str,
    cands: &[Candidate],
    i: usize,
    m: &periods::Mention,
    new_clause_in: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let r = &cands[i].number.range;
    let before_time = cands[..i].partition_point(|c| c.number.range.end <= m.range.start);
    let Some(prev) = before_time.checked_sub(1).map(|k| &cands[k]) else { return false };
    // The cheap tests first; the clause and the money's own words are read only then.
    prev.kind == Kind::Money
        && cands[i].kind != Kind::Money
        && prev.number.range.end <= m.range.start
        && !s.get(prev.number.range.end..m.range.start).is_some_and(|gap| gap.contains([',', ';', '.']))
        && (new_clause_in(m.range.end, r.start) || dash_as_between(s, m.range.end, r.start))
        && looks_ahead(s, &prev.number.range)
}

/// "Households will pay £285 for policing", "the £40m budget for 2025/26", "has pledged £3m":
/// whether the sum of money at `money` looks ahead (a budget, a bill, a pledge, a grant, or
/// what someone will pay), read in its clause before it and in the words right after it.
/// Money lost, spent or stolen in a past year ("Shoplifting cost retailers £2.2bn in
/// 2023/24") does not, and its year is the year of the figures beside it too.
fn looks_ahead(s: &str, money: &std::ops::Range<usize>) -> bool {
    static AHEAD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:will|shall|(?:is|are)\s+set\s+to|budgets?|precepts?|bills?|plans?|planned|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set\s+aside|funding|funded|grants?|investment|allocat(?:ed|ion|ions)|settlement|council\s+tax)\b",
        )
    });
    let before = super::tail(s, money.start);
    let before = before.rfind(['.', ';']).and_then(|at| before.get(at + 1..)).unwrap_or(before);
    let after = super::head(s, money.end);
    let after = after.find([',', ';', '-', '\u{2013}', '\u{2014}']).and_then(|at| after.get(..at)).unwrap_or(after);
    AHEAD.is_match(before) || AHEAD.is_match(after)
}

/// "… £285 for policing in 2025/26 - as burglary falls 11 per cent": a dash and "as" (or
/// "and") between `from` and `to`, which opens a clause of its own.
fn dash_as_between(s: &str, from: usize, to: usize) -> bool {
    static DASH_AS: LazyLock<Regex> = LazyLock::new(|| compile(r"\s[-\x{2013}\x{2014}]\s*(?i:as|and)\s"));
    s.get(from..to).is_some_and(|gap| DASH_AS.is_match(gap))
}

/// The latest year of the figures a change at candidate `i` may be compared with
/// ([`years_compared`]), leaving out sums of money in another clause before it: a budget set
/// for the year ahead is not what "- as burglary falls 11 per cent" compares.
pub(super) fn years_compared_for(s: &str, cands: &[Candidate], i: usize, found: &[Found]) -> Option<Period> {
    static NEW_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),\s*(?:and|but|while|whilst|whereas|although|though|as)\b|\s(?:while|whilst|whereas|although)\s|;",
        )
    });
    let r = &cands[i].number.range;
    let apart = |k: usize| {
        let m = &cands[k].number.range;
        m.end <= r.start
            && (dash_as_between(s, m.end, r.start) || s.get(m.end..r.start).is_some_and(|g| NEW_CLAUSE.is_match(g)))
    };
    let kept: Vec<Found> = found
        .iter()
        .enumerate()
        .filter(|(k, f)| !(f.kind == Kind::Money && apart(*k) && looks_ahead(s, &f.range)))
        .map(|(_, f)| f.clone())
        .collect();
    years_compared(&kept)
}

/// Whether the number at `i` is a value compared with ("compared with 902", "against 38")
/// whose last time phrase before it, `m`, is the time of the number before it, which is
/// not itself compared with: the comparison is with another time, the sentence does not say
/// which. (A value a change starts from, "down from 1,200", is read by `starts_a_change`;
/// one set against another place, "compared with 254 in Nottinghamshire", is that year's.)
pub(super) fn compared_with_the_last(
    s: &str,
    cands: &[Candidate],
    i: usize,
    m: &periods::Mention,
    times: &[periods::Mention],
) -> bool {
    static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^[^,;.]*?(?:\b(?i:in|for|at|by|across)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\p{Lu}|\b(?i:nationally|national|average|elsewhere|regionally|force-wide|countrywide|the\s+rest)\b)",
        )
    });
    let Some(j) = i.checked_sub(1) else { return false };
    let start = cands[i].number.range.start;
    cands[i].kind == Kind::Count
        && COMPARED_WITH_BEFORE.is_match(super::tail(s, start))
        && !ELSEWHERE.is_match(super::head(s, cands[i].number.range.end))
        && !is_baseline_value(s, cands[j].number.range.start)
        && attached_time(s, cands, j, times).is_some_and(|t| t.range == m.range)
}

/// "compared with 640 before the pandemic", "against 210 offences prior to the merger",
/// "compared with 480 when the scheme began": a value compared with, followed by a time it
/// was at that is no year (a printed year would be its own time phrase).
pub(super) fn compared_at_another_time(s: &str, c: &Candidate) -> bool {
    static AT_ANOTHER_TIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[a-z-]+\s+){0,2}?(?:before|after|prior\s+to|ahead\s+of|during|when|at\s+the\s+(?:start|height|peak|end)\s+of)\s",
        )
    });
    COMPARED_WITH_BEFORE.is_match(super::tail(s, c.number.range.start))
        && AT_ANOTHER_TIME.is_match(super::head(s, c.number.range.end))
}

/// "compared with 902", "against 38", "versus the 1,200": a value set against the one before
/// it (not one a change starts from, "down from 1,200").
static COMPARED_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under)\s+)?$",
    )
});

/// "out of a total of 861", "out of 1,602 offences overall": the whole a part is out of.
fn is_out_of_a_total(s: &str, c: &Candidate) -> bool {
    static OUT_OF: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$"));
    let before = super::tail(s, c.number.range.start);
    before.ends_with("of ") && OUT_OF.is_match(before)
}

/// "Recording rules changed in 2019/20", "the offence was introduced in 2017/18": a year
/// that dates something that happened, not the figures of a heading it is in.
pub(super) fn dates_an_event(s: &str, m: &periods::Mention) -> bool {
    static EVENT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:changed?|introduced|began|begun|started|launched|became|created|abolished|merged|set\s+up|brought\s+in|came\s+into\s+(?:force|effect)|took\s+effect)(?:\s+[\w-]+){0,3}?\s+(?:in|from|during)\s+(?:the\s+)?$",
        )
    });
    EVENT.is_match(super::tail(s, m.range.start))
}

/// "revised from the figure of 1,284 given in last year's release", "as stated in the
/// 2022/23 annual report": a time that dates the document a number was published in, not
/// the number.
fn dates_a_publication(s: &str, m: &periods::Mention) -> bool {
    static PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:'s)?\s+(?:(?:news|press|annual|official)\s+)?(?:release|report|publication|bulletin|statement|press\s+release|review)\b",
        )
    });
    PUBLICATION.is_match(s.get(m.range.end..).unwrap_or(""))
}

/// "rose to 1,306 - the highest figure since stalking became an offence in 2012", "the
/// most since records began in 2002": the gap between a number and a time that a record is
/// counted from, which is not the number's own time.
fn record_since(gap: &str) -> bool {
    static RECORD_SINCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:highest|lowest|most|fewest|largest|smallest|biggest|greatest|worst|best|first\s+time|record)\b[^;]*\bsince\b",
        )
    });
    gap.contains("since") && RECORD_SINCE.is_match(gap)
}

/// "dropped to 5,318, its lowest point since 1981", "412 - the fewest since 2001/02": a record
/// counted since a time that opens with "since" itself (so that the gap before it holds no
/// "since" for [`record_since`]).
fn record_since_the_time(s: &str, number_end: usize, m: &periods::Mention) -> bool {
    const SINCE: usize = "since".len();
    let opens_with_since = s.get(m.range.start..m.range.start + SINCE).is_some_and(|w| w.eq_ignore_ascii_case("since"));
    opens_with_since && s.get(number_end..m.range.start + SINCE).is_some_and(record_since)
}

/// "… 1,467 last year - almost 1,500, and the highest total in the five years we have
/// tracked": nor is a span of several years a record is the highest over.
fn record_over(gap: &str, m: &periods::Mention) -> bool {
    static RECORD_OVER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:highest|lowest|most|fewest|largest|smallest|biggest|greatest|worst|best|record)\b[^;]*\b(?:in|over|across|for)\s+(?:the\s+|all\s+)?(?:last\s+|past\s+)?$",
        )
    });
    m.when.names_no_financial_year() && gap.ends_with(' ') && RECORD_OVER.is_match(gap)
}

/// Whether the time at `time` is inside a ", which …," or ", who …," clause that opens after
/// `from` and closes before `to`.
fn in_closed_relative_clause(s: &str, from: usize, time: &std::ops::Range<usize>, to: usize) -> bool {
    let (Some(before), Some(after)) = (s.get(from..time.start), s.get(time.end..to)) else { return false };
    let opened = before.rfind(',').and_then(|c| before.get(c..)).is_some_and(in_relative_clause);
    opened && after.contains(',')
}

/// Whether the time `m` is inside an aside set off by a pair of spaced dashes that opens
/// after `from` and closes before `to`, that says something of its own before the time, and
/// that tells when something else happens: a time naming no year ("hare coursing - most
/// common between September and March - dropped by 23% to 412": a season, not the number's
/// year), or any time in a relative clause ("- which hit a record high in 2022/23 -"). An
/// aside that is only the time ("- for 2021/22 -") still dates the number, and so does a year
/// the aside ties to the figures ("Figures - published on Thursday for the year to March 2024
/// - show …", "- the force's figures for 2023/24 show -").
fn in_closed_aside(s: &str, from: usize, m: &periods::Mention, to: usize) -> bool {
    const DASHES: [&str; 3] = [" - ", " \u{2013} ", " \u{2014} "];
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(?:which|who|whose|when|where)\b"));
    let time = &m.range;
    let (Some(before), Some(after)) = (s.get(from..time.start), s.get(time.end..to)) else { return false };
    let Some(open) = DASHES.iter().filter_map(|d| before.rfind(d).map(|at| at + d.len())).max() else {
        return false;
    };
    let aside = before.get(open..).unwrap_or("");
    let words_before = aside.split_whitespace().count();
    let opened = words_before >= 2 && !aside.contains([',', ';']);
    let elsewhere = m.year().is_none() || RELATIVE.is_match(aside);
    opened && elsewhere && DASHES.iter().any(|d| after.contains(d))
}

/// "up from 3,900 a year earlier and 3,700 two years before": a count further back than the
/// count before it, joined to it, counts back from the same year, not from that count's
/// (which "the year before that" would). The year counted from, when so.
fn same_point_as_the_last(
    s: &str,
    cands: &[Candidate],
    i: usize,
    m: &periods::Mention,
    times: &[periods::Mention],
    found: &[Found],
) -> Option<Period> {
    let When::Before(n) = m.when else { return None };
    let j = i.checked_sub(1)?;
    let last = attached_time(s, cands, j, times)?;
    let When::Before(k) = last.when else { return None };
    let joined = s
        .get(cands[j].number.range.end..cands[i].number.range.start)
        .is_some_and(|gap| gap.contains(" and ") || gap.contains(", "));
    static THAT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*(?:that|then)\b"));
    let from_that = s.get(m.range.clone()).is_some_and(|t| t.to_ascii_lowercase().contains("that"))
        || s.get(m.range.end..).is_some_and(|rest| THAT.is_match(rest));
    if k >= n || !joined || from_that || last.range.end > cands[i].number.range.start {
        return None;
    }
    let p = found.get(j).filter(|f| f.kind != Kind::PercentChange)?.period?;
    Some(Period::starting(p.start_year.checked_add(k)?))
}

/// "Kent recorded 1,140 in 2022/23. That compares with 610 in 2016/17, and 1,020 the previous
/// year": where every count the sentence gave before is a value compared with, a relative
/// year counts back from the figure they are compared with (the year counted from), not from
/// the earlier of them.
fn from_the_figure_compared(found: &[Found], ctx: &Context) -> Option<Period> {
    let counts: Vec<&Found> = found.iter().filter(|f| f.kind != Kind::PercentChange).collect();
    if !counts.iter().all(|f| f.baseline) {
        return None;
    }
    let earliest = counts.iter().filter_map(|f| f.period).min()?;
    ctx.counted_from.filter(|&c| c > earliest)
}

/// "2,405 in 2020-21, up from 1,730 in 2015-16, though down from 2,511 the year before": a
/// value a change starts from, after the figure changed and values it was changed from and
/// nothing else, is another start of a change to that figure; a relative year counts back
/// from the figure's year, not from the start before it. (In "from 1,045 in 2022/23 to
/// 1,003, after 980 the year before" the figure changed comes after a start, and the
/// relative year counts back as usual.)
fn second_start_of_a_change(s: &str, cands: &[Candidate], i: usize, found: &[Found]) -> Option<Period> {
    if !is_baseline_value(s, cands[i].number.range.start) {
        return None;
    }
    let mut counts = found.get(..i)?.iter().filter(|f| f.kind != Kind::PercentChange);
    let changed = counts.next().filter(|f| !f.baseline)?;
    let mut starts = counts.peekable();
    (starts.peek().is_some() && starts.all(|f| f.baseline)).then_some(changed.period).flatten()
}

/// The year a comparison right after count `i` starts from ("498, up from 402 in 2019/20"):
/// the next number is the value it starts from, dated by a financial year of its own.
fn rose_from_year(s: &str, cands: &[Candidate], i: usize, times: &[periods::Mention]) -> Option<Period> {
    let next = cands.get(i + 1)?;
    if next.kind == Kind::PercentChange || !is_baseline_value(s, next.number.range.start) {
        return None;
    }
    match attached_time(s, cands, i + 1, times)?.when {
        When::Year(p) => Some(p),
        _ => None,
    }
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

/// "2,315 in 2021/22, against 1,406 in 2012/13. … 583, against 302 a decade before":
/// "a decade" is said loosely of the nine or eleven years the text's last comparison with both
/// years printed spanned (`gap`), and means that span.
///
/// So are "five years earlier" and the like, counted the way "five years of data" counts
/// 2018/19 to 2022/23, when the text's comparisons spanned one year fewer (three or more
/// years in all): the first year of that span.
fn loose_decade(s: &str, m: &periods::Mention, n: u16, gap: Option<u16>) -> u16 {
    const DECADE: u16 = 10;
    const FEWEST_YEARS_COUNTED_INCLUSIVELY: u16 = 3;
    let said_decade = s.get(m.range.clone()).is_some_and(|t| t.to_ascii_lowercase().contains("a decade"));
    match gap {
        Some(g) if said_decade && n == DECADE && g.abs_diff(DECADE) == 1 => g,
        Some(g) if !said_decade && n >= FEWEST_YEARS_COUNTED_INCLUSIVELY && g + 1 == n => g,
        _ => n,
    }
}

/// "Police recorded 3,412 burglaries in the year to June 2023": the end of the latest time
/// that is no financial year, but one the text dates, that dates a figure of the sentence
/// with no financial year (not the value a comparison starts from), as
/// [`periods::single_time_end`] counts months.
pub(super) fn single_time_stated(
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
        .filter(|m| m.when.names_no_financial_year() && !super::tail(s, m.range.start).ends_with(" of "))
        .filter_map(|m| s.get(m.range.clone()).and_then(periods::single_time_end))
        .max()
}

/// "Between 2016/17 and 2021/22, thefts in the town rose from 140 to 171": the two ends of a
/// change take the two ends of a span the sentence printed before them, with no number
/// between. (A span printed right after them, "from 82 to 64 between 2020/21 and 2021/22",
/// is read by `lists::from_to_span`, which runs after this and wins.)
pub(super) fn from_to_under_span(s: &str, cands: &[Candidate], times: &[periods::Mention], found: &mut [Found]) {
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

/// "rose by 11%, from 2,940 offences to 3,263", "down from 1,200", "fell 5% to 850 in
/// 2023/24, from 900": the number at `i` is the value a rise or fall starts from, not one
/// "from" some source ("300 came from 1,200 referrals").
pub(super) fn starts_a_change(s: &str, cands: &[Candidate], i: usize) -> bool {
    static CHANGE_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:up|down|r[io]se|rising|risen|rises|fell|falling|fallen|falls?|increased?|increasing|decreased?|decreasing|dropped|dropping|drop|climbed|climbing|jumped|jump|grew|growing|went\s+(?:up|down))\b[^.;:]{0,60}?\bfrom\s+(?:around\s+|about\s+|some\s+|the\s+)?$",
        )
    });
    static TO_NEXT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(?:[a-z-]+\s+){0,2}to\s+$"));
    // "rates ranged from 40 to 90 per 100,000": a range, not a change.
    static RANGE_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann?(?:ed|ing|s)?)\b[^.;:]{0,40}?\bfrom\s+(?:around\s+|about\s+|some\s+|the\s+)?$",
        )
    });
    static FROM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bfrom\s+(?:around\s+|about\s+|some\s+|the\s+)?$"));
    let r = &cands[i].number.range;
    let before = super::tail(s, r.start);
    // "went from 510 thefts and 42 robberies to 640 and 55": so is the second of a pair.
    if super::context::second_of_a_pair_from(s, r.start) && !RANGE_FROM.is_match(before) {
        return true;
    }
    if !before.ends_with(' ') || !FROM.is_match(before) || RANGE_FROM.is_match(before) {
        return false;
    }
    // "from 2,940 offences to 3,263": a pair is a change whether or not a verb says so.
    let pair =
        cands.get(i + 1).is_some_and(|c| s.get(r.end..c.number.range.start).is_some_and(|g| TO_NEXT.is_match(g)));
    pair || CHANGE_FROM.is_match(before)
}

/// "from 1,045 in 2022/23 to 1,003", "from 2019/20 … to 760": a number a comparison that
/// starts at the year `m` goes "to", and not in a clause about that year ("from 2015/16,
/// when … 3,903").
pub(super) fn ends_comparison(s: &str, m: &periods::Mention, c: &Candidate) -> bool {
    static TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\bto\s+(?:(?:about|around|almost|nearly|just\s+over|just\s+under|more\s+than|over)\s+)?$")
    });
    static WHEN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bwhen\b"));
    static FROM: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bfrom\s+(?:\d(?:[\d,.]*\d)?%?\s+(?:[\w-]+\s+){0,3}?(?:in|for|during)\s+)?$"));
    let gap = s.get(m.range.end..c.number.range.start).unwrap_or("");
    // "climbed 12% on 2022/23 to 7,800": so does one set against the year.
    let from = FROM.is_match(s.get(..m.range.start).unwrap_or("")) || is_baseline(s, m.range.start);
    TO.is_match(gap) && !WHEN.is_match(gap) && from
}

/// "96 higher than in 2021/22", "1,204 crimes lower than for 2020/21": a number printed right
/// before the earlier year it is set against. ("on 2020/21", "than 2020/21" are not attached
/// to the number at all; see [`attached_time`].)
pub(super) fn set_against(s: &str, c: &Candidate, m: &periods::Mention) -> bool {
    static AGAINST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:[\w-]+,?\s+){0,3}?(?:higher|lower|greater|smaller|more|fewer|less)\s+than\s+(?:in|for|during)\s+(?:the\s+)?$",
        )
    });
    let gap = s.get(c.number.range.end..m.range.start).unwrap_or("");
    gap.contains(" than ") && AGAINST.is_match(gap)
}

/// ", when 798 were recorded", ", when there were 270", ", when the force recorded 172",
/// ", when it stood at 598": a clause about the time just named. Words renaming that time
/// may stand between ("since 2015/16, the first year the unit ran, when 1,204 were
/// recorded"): a phrase set off by commas whose noun is a time.
pub(super) fn is_when_clause(gap: &str) -> bool {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*,?\s*(?:(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,3}?(?:year|period|month|time)\b[^,;.]{0,100},\s*)?when\s+(?:there\s+were\s+|(?:it|they|the\s+force|the\s+constabulary|police|officers|forces)\s+(?:was|were|stood\s+at|recorded|logged|had|saw|received|dealt\s+with)\s+|the\s+(?:figure|total|number)\s+(?:was|stood\s+at)\s+)?(?:just\s+|only\s+)?$",
        )
    });
    WHEN.is_match(gap)
}

/// The last financial year printed before byte `at`.
/// "Figures for 2017-18 suggest …", "New data covering 2023/24 shows …": the financial year
/// the sentence prints last before the relative time `m`, when printed as the one its
/// figures are for.
fn figures_for_year(s: &str, times: &[periods::Mention], m: &periods::Mention) -> Option<Period> {
    static FIGURES_FOR: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:figures|data|statistics|numbers)\s+(?:for|covering|from)\s+(?:the\s+(?:year\s+)?)?$")
    });
    // The last year printed before it: "did not give figures for 2015/16, but recorded 375
    // in 2017/18 and 509 the following year" counts on from 2017/18.
    let t = times.iter().rev().filter(|t| t.range.end <= m.range.start).find(|t| t.year().is_some())?;
    FIGURES_FOR.is_match(super::tail(s, t.range.start)).then_some(t.year()?)
}

fn year_before(times: &[periods::Mention], at: usize) -> Option<Period> {
    times.iter().rev().filter(|t| t.range.end <= at).find_map(|t| t.year())
}

/// The period of a percent change: the later of the years it compares. `compared` is the
/// latest year of the sentence's other figures.
pub(super) fn change_period(
    s: &str,
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
        Some(p) if runs_to_the_text_s_other_time(s, attached, p, ctx) => None,
        Some(p) => Some(p),
        None if attached.is_some_and(|m| m.when.names_no_financial_year()) => None,
        None => ctx.period,
    }
}

/// "Thefts had already risen by 6% the year before", "The year before, they rose 5%": a
/// change said to have happened so many years before (the time phrase right after it, or
/// opening the sentence, and not what it is set against: "up 7% on the year before") is for
/// that many years before the year the sentence states, or else the year it counts from
/// ([`Context::counted_from`]).
/// ("Rose 7% in the previous 12 months" may mean the latest year, and is left.)
pub(super) fn change_years_before(
    s: &str,
    number: &std::ops::Range<usize>,
    attached: Option<&periods::Mention>,
    times: &[periods::Mention],
    ctx: &Context,
) -> Option<Period> {
    static RIGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*(?:%|per\s+cent|pc)?\s*,?\s*$"));
    static OPENING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*(?:(?:and|but)\s+)?(?:in\s+|during\s+)?$"));
    let m = attached?;
    let When::Before(n) = m.when else { return None };
    let after =
        number.end <= m.range.start && s.get(number.end..m.range.start).is_some_and(|g| RIGHT_AFTER.is_match(g));
    let opening = m.range.end <= number.start && s.get(..m.range.start).is_some_and(|g| OPENING.is_match(g));
    if !(after || opening) || is_baseline(s, m.range.start) {
        return None;
    }
    let reference = stated_year(s, times).or(ctx.counted_from)?;
    // "A year earlier the force had 900 officers, and numbers have since risen 8%": the change
    // runs from that year to the one counted from.
    static SINCE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:have|has|had)\s+since\b"));
    if opening && s.get(m.range.end..number.start).is_some_and(|gap| gap.contains("since") && SINCE.is_match(gap)) {
        return Some(reference);
    }
    Some(Period::starting(reference.start_year.checked_sub(n)?))
}

/// "That is up 9% on a year earlier, and twice the 1,130 logged in 2013/14" in a text about
/// the year to June 2023: a change that prints no year of its own to run to, whose years are
/// all over before the time the text is about began, runs to that time, which is no
/// financial year.
fn runs_to_the_text_s_other_time(s: &str, attached: Option<&periods::Mention>, p: Period, ctx: &Context) -> bool {
    let Some(end) = ctx.other_now else { return false };
    let own_year = attached.is_some_and(|m| matches!(m.when, When::Year(_)) && !is_baseline(s, m.range.start));
    !own_year && periods::financial_year_end(p) < end.saturating_sub(11)
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

/// The latest year of the figures that are not changes. A count the change is measured from
/// ("up from 1,716 the year before") stands for the year before the change.
pub(super) fn years_compared(found: &[Found]) -> Option<Period> {
    found
        .iter()
        .filter(|f| f.kind != Kind::PercentChange)
        .filter_map(|f| f.period.map(|p| if f.baseline { p.next() } else { p }))
        .max()
}

/// "a year-on-year rise … from 624 to 681": with no year printed, the pair is the context's
/// year and the one before.
pub(super) fn year_on_year(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    ctx: &Context,
) {
    static YOY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byear[\s-]on[\s-]year\b"));
    let Some(p) = ctx.period else { return };
    if !times.is_empty() || !YOY.is_match(s) {
        return;
    }
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1].number.range, &cands[i].number.range);
        let gap = s.get(a.end..b.start).unwrap_or("");
        let from = s[..a.start].trim_end().to_ascii_lowercase().ends_with("from");
        if from && gap.trim() == "to" {
            found[i - 1].period = Some(p.previous());
            found[i].period = Some(p);
        }
    }
}

/// "It rose to 672 in 2022/23 before reaching 733 last year": "last year" beside a year
/// printed for another number of the sentence is not that year, but the latest year the
/// article reports, when that is later.
pub(super) fn last_year_of_its_own(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    article_latest: Option<Period>,
) {
    let Some(latest) = article_latest else { return };
    if !times.iter().any(|m| m.when == When::Latest) {
        return;
    }
    let attached: Vec<Option<&periods::Mention>> =
        (0..cands.len()).map(|i| attached_time(s, cands, i, times)).collect();
    for (i, f) in found.iter_mut().enumerate() {
        let Some(p) = f.period.filter(|&p| p < latest) else { continue };
        let own = attached[i].is_some_and(|m| m.when == When::Latest && !is_baseline(s, m.range.start));
        let others = attached.iter().enumerate().any(|(j, m)| j != i && m.is_some_and(|m| m.year() == Some(p)));
        if own && others {
            f.period = Some(latest);
        }
    }
}

/// The years between the two sides of a comparison stated with both years: the latest year
/// of the sentence's figures that are not changes, less the year of its starting value. A
/// start printed with its own year is the comparison's ("up from 1,020 in 2018-19, though
/// down from 1,530 the year before" spans four years); a start dated only by a relative
/// year counts when no start has its own. A value with an earlier year of its own joined on
/// after a start ("against 1,900 a year earlier and 1,700 in 2018/19") is a start too.
pub(super) fn comparison_gap(s: &str, cands: &[Candidate], times: &[periods::Mention], found: &[Found]) -> Option<u16> {
    let counts = || found.iter().filter(|f| f.kind != Kind::PercentChange);
    let printed = |i: usize| i < cands.len() && attached_time(s, cands, i, times).is_some_and(|m| m.year().is_some());
    let first_start = found.iter().position(|f| f.kind != Kind::PercentChange && f.baseline);
    let joined_start = |i: usize| first_start.is_some_and(|b| b < i) && printed(i);
    let compared = counts().filter(|f| !f.baseline).filter_map(|f| f.period).max()?;
    let starts = || {
        found.iter().enumerate().filter(|&(i, f)| {
            f.kind != Kind::PercentChange && (f.baseline || (joined_start(i) && f.period.is_some_and(|p| p < compared)))
        })
    };
    let base = starts()
        .filter(|&(i, _)| printed(i))
        .filter_map(|(_, f)| f.period)
        .max()
        .or_else(|| starts().filter_map(|(_, f)| f.period).max())?;
    compared.start_year.checked_sub(base.start_year).filter(|&g| g > 0)
}

/// "In 2016/17 the force recorded 800 thefts. By 2021/22 the total was 1,100.": a sentence
/// opening on "by" a year later than the one the sentence before in its paragraph stated is
/// a comparison over the years between, which a later change printing no years ("went from
/// 600 to 750") is read as spanning too.
pub(super) fn reached_by(s: &str, times: &[periods::Mention], before: Option<Period>) -> Option<u16> {
    static BY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*by\s+(?:the\s+end\s+of\s+)?$"));
    let before = before?;
    let m = times.first()?;
    let When::Year(p) = m.when else { return None };
    if !BY.is_match(s.get(..m.range.start).unwrap_or("")) {
        return None;
    }
    p.start_year.checked_sub(before.start_year).filter(|&g| g > 1)
}

/// "A year later, that had risen to 287": a count dated so many years on from the one before
/// it, said to have moved, is a comparison over that many years, which "over the same period"
/// then means. Years only filled in one after another ("In 2014/15 it logged 2,311, and a year
/// later 3,402") with no rise or fall said are points inside the comparison made before, not
/// a comparison of their own.
pub(super) fn counted_on(s: &str, cands: &[Candidate], times: &[periods::Mention]) -> Option<u16> {
    if !times.iter().any(|m| matches!(m.when, When::After(_))) || !super::kinds::says_a_change(s) {
        return None;
    }
    (0..cands.len()).filter(|&i| cands[i].kind != Kind::PercentChange).find_map(|i| {
        match attached_time(s, cands, i, times)?.when {
            When::After(n) => Some(n),
            _ => None,
        }
    })
}

/// "down from 158", "rose from 176 to 243" with no year for the starting value: when the text
/// has already stated a comparison with both its years, this one is read the same way, so
/// the starting value is that many years before the year it is compared with; else it is
/// the year before ("offences fell by 4 per cent, from 1,627 to 1,562": a year on year). One
/// set against another place's value is for the same year.
pub(super) fn unprinted_baselines(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    ctx: &Context,
) {
    // "rose from 61 to 74 in the last year", "rose … in a single year": a change said to be
    // over the latest year is year on year, whatever gap the text's comparisons had before
    // ("recorded 207 last year, up from 119" only dates the count).
    static OVER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:in|over|during|within)\s+$"));
    let over_the_latest = times.iter().filter(|m| m.when == When::Latest).any(|m| {
        let printed = s.get(m.range.clone()).unwrap_or("");
        printed.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in ")) || OVER.is_match(super::tail(s, m.range.start))
    });
    let gap = if over_the_latest { 1 } else { ctx.gap.unwrap_or(1) };
    let compared = found.iter().filter(|f| f.kind != Kind::PercentChange && !f.baseline).filter_map(|f| f.period).max();
    let Some(compared) = compared.or(ctx.period) else { return };
    for i in 0..found.len() {
        let f = &found[i];
        if !(f.baseline
            && f.period.is_none()
            && f.kind != Kind::PercentChange
            && attached_time(s, cands, i, times).is_none())
        {
            continue;
        }
        // "Kent recorded 900 burglaries, against 1,200 in Essex": a value set against another
        // place's is for the same year.
        let set_against = COMPARED_WITH_BEFORE.is_match(super::tail(s, cands[i].number.range.start));
        let against =
            found[..i].iter().rev().find(|g| !g.baseline && g.kind != Kind::PercentChange).filter(|_| set_against);
        let same_year = against
            .filter(|g| g.place.is_some() && f.place.is_some() && g.place != f.place)
            .map(|g| g.period.unwrap_or(compared));
        found[i].period = same_year.or(Some(Period::starting(compared.start_year.saturating_sub(gap))));
    }
}

/// "The number has risen by 23 per cent." then "… 2,310 in 2022/23, up from 1,880 in 2021/22":
/// a change with no period of its own that checks out against two counts of the sentence
/// beside it is for the year of the count it runs to.
pub(super) fn dated_by_check(changes: &mut [Found], counts: &[Found]) {
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
pub(super) fn dated_by_later_count(
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

/// "Five years earlier, in 2017-18, the figure was 7,273, meaning offences have risen by 71%
/// over the period": a change over the period from a year printed before it, earlier than
/// the year the text is about, runs to that year.
pub(super) fn over_the_period(
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
        if !OVER.is_match(super::head(s, c.number.range.end)) {
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

/// "The largest rises over the two years were in Kent (up 48%, to 388)": "the two years", with
/// no "past" or "last" to run them up to now, are years the text has already been through,
/// which end in the year it is about. A change over them runs to that year, and so does the
/// value it rose or fell to. (A total over them, "1,400 offences over the two years", is no
/// year's.) When the time named last before them (in the sentence, else before it) ends in
/// another year ("The team ran in 2017 and 2018. Over the two years …"), they are those.
pub(super) fn over_the_years_gone_through(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
    ctx: &Context,
) {
    static THE_YEARS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^the\s+(?:same\s+)?[\w-]+\s+years$"));
    static OVER_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:over|during|across|in)\s+$"));
    static TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*,?\s*to\s*$"));
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
            && OVER_BEFORE.is_match(super::tail(s, m.range.start))
            && ends_now(m)
    };
    let mut change_over: Option<std::ops::Range<usize>> = None;
    for i in 0..found.len().min(cands.len()) {
        let Some(m) = attached_time(s, cands, i, times).filter(|m| gone_through(m)) else {
            change_over = None;
            continue;
        };
        let reached = found[i].kind == Kind::Count
            && change_over.as_ref() == Some(&m.range)
            && i.checked_sub(1)
                .and_then(|k| s.get(cands[k].number.range.end..cands[i].number.range.start))
                .is_some_and(|gap| TO_BEFORE.is_match(gap));
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

/// "A year later the number had climbed to 803, and the latest total is 48 per cent higher
/// again": a change said of the latest total (or figure) is for the latest year the article
/// reports, whatever year the sentence went through on the way.
pub(super) fn of_the_latest(s: &str, found: &mut [Found], latest: Option<Period>) {
    static LATEST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bthe\s+(?:latest|most\s+recent|newest)\s+(?:total|figure|number|count|tally)\s+(?:is|was|has\s+(?:risen|fallen|grown|climbed|dropped)|(?:rose|fell|grew|climbed|dropped|jumped))\s+(?:by\s+)?(?:(?:another|a\s+further|some|about|around|nearly|almost|more\s+than|over)\s+)?$",
        )
    });
    let Some(latest) = latest else { return };
    // The pattern ignores case; these cues are the words' lower-case tails ("The latest").
    if !s.contains("latest ") && !s.contains("recent ") && !s.contains("newest ") {
        return;
    }
    for f in found.iter_mut().filter(|f| f.kind == Kind::PercentChange) {
        if LATEST.is_match(super::tail(s, f.range.start)) {
            f.period = Some(latest);
        }
    }
}

/// "recorded three offences - the same number as the year before", "410 crimes, the same
/// total as in 2021/22": a count said to equal that of another year is that year's count
/// too, a figure of its own.
pub(super) fn same_number_as(s: &str, times: &[periods::Mention], found: &mut Vec<Found>) {
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

/// "figures for each year from 2015-16 to 2022-23", then "Essex's were 1,288 and 64 in the
/// first year and 2,041 and 296 in the last": numbers before "in the first year" (or "in
/// the last", "in the final year"), with only other numbers joined to them between, are for
/// the first (or last) year of the span the text named (`span`). ("in the last year" is left
/// alone: it as often means the past twelve months.)
pub(super) fn first_or_last_of_span(s: &str, cands: &[Candidate], found: &mut [Found], span: Option<(Period, Period)>) {
    static FIRST_OR_LAST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:in|for)\s+the\s+(?:(first)(?:\s+year)?|(?:last|final)\s+year|last)(?:\s*(?:[.,;:)]|$)|\s+(?:and|but|while)\b)",
        )
    });
    let Some((first, last)) = span else { return };
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

/// "Of those 2,310 burglaries, 415 were of sheds …", "Of the 980 thefts, 212 …": a sentence
/// about part of a total the text gave before, named by its value, is for that total's year,
/// whatever the sentences since have looked back to ("In 2012/13 it had logged 1,720."). None when the sentence prints a financial year of its own, or the value is no count
/// the text gave with a year.
pub(super) fn year_of_total_named_again(
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

/// The figures read so far by value, as indices into them: what
/// [`year_of_total_named_again`] looks a total up in, so that a text with many "Of the N …"
/// sentences does not scan every earlier figure for each. Kinds and periods are read from
/// the figures when asked, as they may be filled in after a figure is noted.
#[derive(Debug, Default)]
pub(super) struct ValuesRead {
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
    pub(super) fn note(&mut self, figures: &[Figure], from: usize) {
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
