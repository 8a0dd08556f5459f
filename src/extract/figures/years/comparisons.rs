//! Comparisons and their baselines: values compared with, the value a change starts from and
//! the one it goes to, the years of the figures compared, and the years a comparison spans.

use super::super::context::{is_baseline, is_baseline_value, Context};
use super::super::kinds::Candidate;
use super::super::Found;
use super::attached_time;
use super::not_its_own::{dash_as_between, looks_ahead};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Kind, Period};
use regex::Regex;
use std::sync::LazyLock;

/// The latest year of the figures a change at candidate `i` may be compared with
/// ([`years_compared`]), leaving out sums of money in another clause before it: a budget set
/// for the year ahead is not what "- as burglary falls 11 per cent" compares.
pub(in crate::extract::figures) fn years_compared_for(
    s: &str,
    cands: &[Candidate],
    i: usize,
    found: &[Found],
) -> Option<Period> {
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
pub(in crate::extract::figures) fn compared_with_the_last(
    s: &str,
    cands: &[Candidate],
    i: usize,
    m: &periods::Mention,
    times: &[periods::Mention],
) -> bool {
    // "530 online crimes in 2019/20, against 2,210 crimes in total": the whole the count
    // before is part of, in its year, not the year before's.
    static THE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)^[^,;.]*?\b(?:{}|as\s+a\s+whole)\b", super::super::measures::WHOLE_WORDS))
    });
    let Some(j) = i.checked_sub(1) else { return false };
    let start = cands[i].number.range.start;
    let after = super::super::head(s, cands[i].number.range.end);
    cands[i].kind == Kind::Count
        && COMPARED_WITH_BEFORE.is_match(super::super::tail(s, start))
        && !ELSEWHERE.is_match(after)
        && !THE_WHOLE.is_match(after)
        && !is_baseline_value(s, cands[j].number.range.start)
        && attached_time(s, cands, j, times).is_some_and(|t| t.range == m.range)
}

/// What follows a value set against another place's, not another time's: "against 38 in
/// Essex", "compared with 5.9 across England and Wales", "against 2.8 nationally".
static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^,;.]*?(?:\b(?i:in|for|at|by|across)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\p{Lu}|\b(?i:nationally|national|average|elsewhere|regionally|force-wide|countrywide|the\s+rest)\b)",
    )
});

/// "The rate stood at 7.1 against 5.9 across England and Wales in 2023", "4.1, against 3.9
/// nationally, in 2022/23": a value set against another place's value, with the sentence's
/// only time printed after both, is for that time too, as the other place's value is.
pub(in crate::extract::figures) fn paired_with_another_place(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &mut [Found],
) {
    for i in 1..found.len().min(cands.len()) {
        let (j, at) = (i - 1, cands[i].number.range.start);
        let paired = cands[i].kind == cands[j].kind
            && COMPARED_WITH_BEFORE.is_match(super::super::tail(s, at))
            && ELSEWHERE.is_match(super::super::head(s, cands[i].number.range.end));
        let no_time_before = times.iter().all(|t| t.range.start >= cands[i].number.range.end);
        let own_time_after = attached_time(s, cands, i, times).is_some();
        if !(paired && no_time_before && own_time_after && !found[j].baseline) {
            continue;
        }
        let (period, calendar_year) = (found[i].period, found[i].calendar_year);
        if period.is_some() || calendar_year.is_some() {
            found[j].period = period;
            found[j].calendar_year = calendar_year;
        }
    }
}

/// "compared with 640 before the pandemic", "against 210 offences prior to the merger",
/// "compared with 480 when the scheme began": a value compared with, followed by a time it
/// was at that is no year (a printed year would be its own time phrase).
pub(in crate::extract::figures) fn compared_at_another_time(s: &str, c: &Candidate) -> bool {
    static AT_ANOTHER_TIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[a-z-]+\s+){0,2}?(?:before|after|prior\s+to|ahead\s+of|during|when|at\s+the\s+(?:start|height|peak|end)\s+of)\s",
        )
    });
    COMPARED_WITH_BEFORE.is_match(super::super::tail(s, c.number.range.start))
        && AT_ANOTHER_TIME.is_match(super::super::head(s, c.number.range.end))
}

/// "compared with 902", "against 38", "versus the 1,200": a value set against the one before
/// it (not one a change starts from, "down from 1,200").
static COMPARED_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under)\s+)?$",
    )
});

/// "out of a total of 861", "out of 1,602 offences overall": the whole a part is out of.
pub(in crate::extract::figures) fn is_out_of_a_total(s: &str, c: &Candidate) -> bool {
    static OUT_OF: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$"));
    let before = super::super::tail(s, c.number.range.start);
    before.ends_with("of ") && OUT_OF.is_match(before)
}

/// The year a comparison right after count `i` starts from ("498, up from 402 in 2019/20"):
/// the next number is the value it starts from, dated by a financial year of its own.
pub(super) fn rose_from_year(s: &str, cands: &[Candidate], i: usize, times: &[periods::Mention]) -> Option<Period> {
    let next = cands.get(i + 1)?;
    if next.kind == Kind::PercentChange || !is_baseline_value(s, next.number.range.start) {
        return None;
    }
    match attached_time(s, cands, i + 1, times)?.when {
        When::Year(p) => Some(p),
        _ => None,
    }
}

/// "rose by 11%, from 2,940 offences to 3,263", "down from 1,200", "fell 5% to 850 in
/// 2023/24, from 900": the number at `i` is the value a rise or fall starts from, not one
/// "from" some source ("300 came from 1,200 referrals").
pub(in crate::extract::figures) fn starts_a_change(s: &str, cands: &[Candidate], i: usize) -> bool {
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
    let before = super::super::tail(s, r.start);
    // "went from 510 thefts and 42 robberies to 640 and 55": so is the second of a pair.
    if super::super::context::second_of_a_pair_from(s, r.start) && !RANGE_FROM.is_match(before) {
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
pub(in crate::extract::figures) fn ends_comparison(s: &str, m: &periods::Mention, c: &Candidate) -> bool {
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
pub(in crate::extract::figures) fn set_against(s: &str, c: &Candidate, m: &periods::Mention) -> bool {
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
pub(in crate::extract::figures) fn is_when_clause(gap: &str) -> bool {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*,?\s*(?:(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,3}?(?:year|period|month|time)\b[^,;.]{0,100},\s*)?when\s+(?:there\s+were\s+|(?:it|they|the\s+force|the\s+constabulary|police|officers|forces)\s+(?:was|were|stood\s+at|recorded|logged|had|saw|received|dealt\s+with)\s+|the\s+(?:figure|total|number)\s+(?:was|stood\s+at)\s+)?(?:just\s+|only\s+)?$",
        )
    });
    WHEN.is_match(gap)
}

/// The latest year of the figures that are not changes. A count the change is measured from
/// ("up from 1,716 the year before") stands for the year before the change.
pub(in crate::extract::figures) fn years_compared(found: &[Found]) -> Option<Period> {
    found
        .iter()
        .filter(|f| f.kind != Kind::PercentChange)
        .filter_map(|f| f.period.map(|p| if f.baseline { p.next() } else { p }))
        .max()
}

/// "a year-on-year rise … from 624 to 681": with no year printed, the pair is the context's
/// year and the one before.
pub(in crate::extract::figures) fn year_on_year(
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

/// The years between the two sides of a comparison stated with both years: the latest year
/// of the sentence's figures that are not changes, less the year of its starting value. A
/// start printed with its own year is the comparison's ("up from 1,020 in 2018-19, though
/// down from 1,530 the year before" spans four years); a start dated only by a relative
/// year counts when no start has its own. A value with an earlier year of its own joined on
/// after a start ("against 1,900 a year earlier and 1,700 in 2018/19") is a start too.
pub(in crate::extract::figures) fn comparison_gap(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &[Found],
) -> Option<u16> {
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
pub(in crate::extract::figures) fn reached_by(
    s: &str,
    times: &[periods::Mention],
    before: Option<Period>,
) -> Option<u16> {
    static BY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*by\s+(?:the\s+end\s+of\s+)?$"));
    let before = before?;
    let m = times.first()?;
    let When::Year(p) = m.when else { return None };
    if !BY.is_match(s.get(..m.range.start).unwrap_or("")) {
        return None;
    }
    p.start_year.checked_sub(before.start_year).filter(|&g| g > 1)
}

/// "… recorded 412 offences in 2022/23. In 2017/18, the figure was 187.": a sentence giving
/// the same figure ("the figure", "the total", "the number") for a year earlier than the one the
/// sentence before in its paragraph stated is a comparison over the years between, which a
/// later change printing no years ("climbed from 903 to 1,148 across those years") spans too.
pub(in crate::extract::figures) fn figure_dated_back(
    s: &str,
    times: &[periods::Mention],
    found: &[Found],
    before: Option<Period>,
) -> Option<u16> {
    static THE_FIGURE_WAS: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:the|that|this|its|their)\s+(?:figure|total|number|count)\s+(?:was|stood\s+at|had\s+been)\s+")
    });
    let before = before?;
    let counts: Vec<&Found> = found.iter().filter(|f| f.kind != Kind::PercentChange).collect();
    let [only] = counts.as_slice() else { return None };
    let year = only.period?;
    let printed = times.iter().any(|m| m.year() == Some(year));
    if !(printed && !only.baseline && THE_FIGURE_WAS.is_match(s)) {
        return None;
    }
    before.start_year.checked_sub(year.start_year).filter(|&g| g > 1)
}

/// "A year later, that had risen to 287": a count dated so many years on from the one before
/// it, said to have moved, is a comparison over that many years, which "over the same period"
/// then means. Years only filled in one after another ("In 2014/15 it logged 2,311, and a year
/// later 3,402") with no rise or fall said are points inside the comparison made before, not
/// a comparison of their own.
pub(in crate::extract::figures) fn counted_on(s: &str, cands: &[Candidate], times: &[periods::Mention]) -> Option<u16> {
    if !times.iter().any(|m| matches!(m.when, When::After(_))) || !super::super::kinds::says_a_change(s) {
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
pub(in crate::extract::figures) fn unprinted_baselines(
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
        printed.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in "))
            || OVER.is_match(super::super::tail(s, m.range.start))
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
        let set_against = COMPARED_WITH_BEFORE.is_match(super::super::tail(s, cands[i].number.range.start));
        let against =
            found[..i].iter().rev().find(|g| !g.baseline && g.kind != Kind::PercentChange).filter(|_| set_against);
        let same_year = against
            .filter(|g| g.place.is_some() && f.place.is_some() && g.place != f.place)
            .map(|g| g.period.unwrap_or(compared));
        found[i].period = same_year.or(Some(Period::starting(compared.start_year.saturating_sub(gap))));
    }
}
