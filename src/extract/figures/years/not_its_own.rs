//! Times beside a number that are not its own: the year of a sum of money that looks ahead,
//! a year that dates an event or a publication, a time a record is counted since, and times
//! inside a relative clause or an aside closed before the number.

use super::super::kinds::Candidate;
use super::super::locate::in_relative_clause;
use crate::extract::numbers::compile;
use crate::extract::periods;
use crate::model::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// Whether time `m`, before candidate `i` and past a new clause from it (`new_clause_in`, or
/// a dash and "as"), closes the clause of a sum of money: the last candidate before the time
/// is money, with no punctuation between them.
pub(super) fn money_s_own_year(
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
pub(super) fn looks_ahead(s: &str, money: &std::ops::Range<usize>) -> bool {
    static AHEAD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:will|shall|(?:is|are)\s+set\s+to|budgets?|precepts?|bills?|plans?|planned|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set\s+aside|funding|funded|grants?|investment|allocat(?:ed|ion|ions)|settlement|council\s+tax)\b",
        )
    });
    let before = super::super::tail(s, money.start);
    let before = before.rfind(['.', ';']).and_then(|at| before.get(at + 1..)).unwrap_or(before);
    let after = super::super::head(s, money.end);
    let after = after.find([',', ';', '-', '\u{2013}', '\u{2014}']).and_then(|at| after.get(..at)).unwrap_or(after);
    AHEAD.is_match(before) || AHEAD.is_match(after)
}

/// "… £285 for policing in 2025/26 - as burglary falls 11 per cent": a dash and "as" (or
/// "and") between `from` and `to`, which opens a clause of its own.
pub(super) fn dash_as_between(s: &str, from: usize, to: usize) -> bool {
    static DASH_AS: LazyLock<Regex> = LazyLock::new(|| compile(r"\s[-\x{2013}\x{2014}]\s*(?i:as|and)\s"));
    s.get(from..to).is_some_and(|gap| DASH_AS.is_match(gap))
}

/// "Recording rules changed in 2019/20", "the offence was introduced in 2017/18": a year
/// that dates something that happened, not the figures of a heading it is in.
pub(in crate::extract::figures) fn dates_an_event(s: &str, m: &periods::Mention) -> bool {
    static EVENT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:changed?|introduced|began|begun|started|launched|became|created|abolished|merged|set\s+up|brought\s+in|came\s+into\s+(?:force|effect)|took\s+effect)(?:\s+[\w-]+){0,3}?\s+(?:in|from|during)\s+(?:the\s+)?$",
        )
    });
    EVENT.is_match(super::super::tail(s, m.range.start))
}

/// "revised from the figure of 1,284 given in last year's release", "as stated in the
/// 2022/23 annual report": a time that dates the document a number was published in, not
/// the number.
pub(super) fn dates_a_publication(s: &str, m: &periods::Mention) -> bool {
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
pub(super) fn record_since(gap: &str) -> bool {
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
pub(super) fn record_since_the_time(s: &str, number_end: usize, m: &periods::Mention) -> bool {
    const SINCE: usize = "since".len();
    let opens_with_since = s.get(m.range.start..m.range.start + SINCE).is_some_and(|w| w.eq_ignore_ascii_case("since"));
    opens_with_since && s.get(number_end..m.range.start + SINCE).is_some_and(record_since)
}

/// "… 1,467 last year - almost 1,500, and the highest total in the five years we have
/// tracked": nor is a span of several years a record is the highest over.
pub(super) fn record_over(gap: &str, m: &periods::Mention) -> bool {
    static RECORD_OVER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:highest|lowest|most|fewest|largest|smallest|biggest|greatest|worst|best|record)\b[^;]*\b(?:in|over|across|for)\s+(?:the\s+|all\s+)?(?:last\s+|past\s+)?$",
        )
    });
    m.when.names_no_financial_year() && gap.ends_with(' ') && RECORD_OVER.is_match(gap)
}

/// Whether the time at `time` is inside a ", which …," or ", who …," clause that opens after
/// `from` and closes before `to`.
pub(super) fn in_closed_relative_clause(s: &str, from: usize, time: &std::ops::Range<usize>, to: usize) -> bool {
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
pub(super) fn in_closed_aside(s: &str, from: usize, m: &periods::Mention, to: usize) -> bool {
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
