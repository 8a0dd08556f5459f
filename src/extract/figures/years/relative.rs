//! Relative years ("the year before", "a year later", "five years ago", "last year"): what
//! they count from, how loosely "a decade" is said, and changes dated by them.

use super::super::context::{is_baseline, is_baseline_value, Context};
use super::super::kinds::Candidate;
use super::super::Found;
use super::{attached_time, stated_year};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Kind, Period};
use regex::Regex;
use std::sync::LazyLock;

/// "up from 3,900 a year earlier and 3,700 two years before": a count further back than the
/// count before it, joined to it, counts back from the same year, not from that count's
/// (which "the year before that" would). The year counted from, when so.
pub(super) fn same_point_as_the_last(
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
pub(super) fn from_the_figure_compared(found: &[Found], ctx: &Context) -> Option<Period> {
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
pub(super) fn second_start_of_a_change(s: &str, cands: &[Candidate], i: usize, found: &[Found]) -> Option<Period> {
    if !is_baseline_value(s, cands[i].number.range.start) {
        return None;
    }
    let mut counts = found.get(..i)?.iter().filter(|f| f.kind != Kind::PercentChange);
    let changed = counts.next().filter(|f| !f.baseline)?;
    let mut starts = counts.peekable();
    (starts.peek().is_some() && starts.all(|f| f.baseline)).then_some(changed.period).flatten()
}

/// "2,315 in 2021/22, against 1,406 in 2012/13. … 583, against 302 a decade before":
/// "a decade" is said loosely of the nine or eleven years the text's last comparison with both
/// years printed spanned (`gap`), and means that span.
///
/// So are "five years earlier" and the like, counted the way "five years of data" counts
/// 2018/19 to 2022/23, when the text's comparisons spanned one year fewer (three or more
/// years in all): the first year of that span.
pub(super) fn loose_decade(s: &str, m: &periods::Mention, n: u16, gap: Option<u16>) -> u16 {
    const DECADE: u16 = 10;
    const FEWEST_YEARS_COUNTED_INCLUSIVELY: u16 = 3;
    let said_decade = s.get(m.range.clone()).is_some_and(|t| t.to_ascii_lowercase().contains("a decade"));
    match gap {
        Some(g) if said_decade && n == DECADE && g.abs_diff(DECADE) == 1 => g,
        Some(g) if !said_decade && n >= FEWEST_YEARS_COUNTED_INCLUSIVELY && g + 1 == n => g,
        _ => n,
    }
}

/// The last financial year printed before byte `at`.
/// "Figures for 2017-18 suggest …", "New data covering 2023/24 shows …": the financial year
/// the sentence prints last before the relative time `m`, when printed as the one its
/// figures are for.
pub(super) fn figures_for_year(s: &str, times: &[periods::Mention], m: &periods::Mention) -> Option<Period> {
    static FIGURES_FOR: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:figures|data|statistics|numbers)\s+(?:for|covering|from)\s+(?:the\s+(?:year\s+)?)?$")
    });
    // The last year printed before it: "no data for 2019/20; 212 burglaries in 2020/21 and
    // 240 the year after" counts on from 2020/21.
    let t = times.iter().rev().filter(|t| t.range.end <= m.range.start).find(|t| t.year().is_some())?;
    FIGURES_FOR.is_match(super::super::tail(s, t.range.start)).then_some(t.year()?)
}

pub(super) fn year_before(times: &[periods::Mention], at: usize) -> Option<Period> {
    times.iter().rev().filter(|t| t.range.end <= at).find_map(|t| t.year())
}

/// "Thefts had already risen by 6% the year before", "The year before, they rose 5%": a
/// change said to have happened so many years before (the time phrase right after it, or
/// opening the sentence, and not what it is set against: "up 7% on the year before") is for
/// that many years before the year the sentence states, or else the year it counts from
/// ([`Context::counted_from`]).
/// ("Rose 7% in the previous 12 months" may mean the latest year, and is left.)
pub(in crate::extract::figures) fn change_years_before(
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

/// "It rose to 672 in 2022/23 before reaching 733 last year": "last year" beside a year
/// printed for another number of the sentence is not that year, but the latest year the
/// article reports, when that is later.
pub(in crate::extract::figures) fn last_year_of_its_own(
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

/// "A year later the number had climbed to 803, and the latest total is 48 per cent higher
/// again": a change said of the latest total (or figure) is for the latest year the article
/// reports, whatever year the sentence went through on the way.
pub(in crate::extract::figures) fn of_the_latest(s: &str, found: &mut [Found], latest: Option<Period>) {
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
        if LATEST.is_match(super::super::tail(s, f.range.start)) {
            f.period = Some(latest);
        }
    }
}
