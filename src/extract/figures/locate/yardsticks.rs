//! Places and values a figure is measured against (the national average, the country's
//! figure, another force's count): not where the figure is, nor where the text goes on.

use std::sync::LazyLock;

use regex::Regex;

use super::national::is_national_yardstick;
use crate::extract::figures::lists::Group;
use crate::extract::figures::{head, tail, Found};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope, NATIONAL};

/// "up 14 per cent, faster than the national rise", "above the national average", "higher
/// than the average for England and Wales", "below the England and Wales rate", "under the
/// average for forces in England and Wales": the country (or a region) named after a figure
/// as what it is measured against, which is not its place.
pub(super) fn is_compared_yardstick(s: &str, g: &Group) -> bool {
    static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:than|above|below|under|beneath|against|compared\s+(?:with|to)|outpacing|outstripping|ahead\s+of|behind|in\s+line\s+with)\s+(?:the\s+)?$",
        )
    });
    /// "… above the average for ", "… than the rate across ": a yardstick's noun before the
    /// country. So is a multiple of it ("double the increase logged across", "four times the
    /// rise reported in").
    static COMPARED_WITH_ITS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:than|above|below|under|beneath|against|compared\s+(?:with|to)|outpacing|outstripping|ahead\s+of|behind|in\s+line\s+with|twice|double|treble|triple|(?:two|three|four|five|\d)\s+times)\s+(?:the\s+)?(?:national\s+)?(?:average|mean|rate|figure|level|rise|increase|fall|trend)\s+(?:(?:seen|recorded|reported|logged|found)\s+)?(?:for|in|across|of|throughout)\s+(?:the\s+|all\s+(?:of\s+)?)?(?:(?:the\s+)?(?:\d+\s+)?(?:police\s+)?forces\s+(?:in|across|of)\s+(?:the\s+)?)?$",
        )
    });
    /// "the England and Wales average": the country as a yardstick's adjective.
    static YARDSTICK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^(?:-wide|\s+as\s+a\s+whole)?\s+(?:average|mean|rate|figure|level|rise|increase|fall|trend)\b")
    });
    // "up 5% and about a tenth of the national total": the country's total a share is of.
    static SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:quarter|third|half|fifth|sixth|tenth|fraction|share|proportion|%|per\s+cent)\s+of\s+(?:the\s+)?$",
        )
    });
    if is_national_yardstick(s, &g.range) {
        let before = tail(s, g.range.start);
        let total = s.get(g.range.clone()).is_some_and(|w| w.ends_with("total") || w.ends_with("figure"));
        return COMPARED.is_match(before) || total && SHARE_OF.is_match(before);
    }
    // "in line with the average for the North West": a region is a yardstick as the country
    // is; so is a nation its force polices whole ("the increase logged in Wales").
    let wide = |p: &&Place| matches!(p.scope, Scope::National | Scope::Region) || places::polices_a_nation(p);
    if !g.places.iter().any(wide) {
        return false;
    }
    let before = tail(s, g.range.start);
    COMPARED_WITH_ITS.is_match(before)
        || (COMPARED.is_match(before) && YARDSTICK_AFTER.is_match(head(s, g.range.end)))
        || likened_to_what_is_seen(before)
        || is_total_a_share_is_of(s, g)
}

/// "9% of the England and Wales total", "a tenth of the Welsh figure": the country (or a
/// region) whose total a share printed before it is of, which is the yardstick of that share.
pub(super) fn is_total_a_share_is_of(s: &str, g: &Group) -> bool {
    static SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:quarter|third|half|fifth|sixth|tenth|fraction|share|proportion|%|per\s+cent)\s+of\s+(?:the\s+|all\s+)?$",
        )
    });
    static TOTAL_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:['’]s)?(?:-wide|\s+as\s+a\s+whole)?\s+(?:total|figure|count|tally)\b"));
    let wide = |p: &&Place| matches!(p.scope, Scope::National | Scope::Region) || places::polices_a_nation(p);
    let words = s.get(g.range.clone()).unwrap_or("");
    let total_in_name = words.ends_with("total") || words.ends_with("figure");
    g.places.iter().any(wide)
        && SHARE_OF.is_match(tail(s, g.range.start))
        && (total_in_name || TOTAL_AFTER.is_match(head(s, g.range.end)))
}

/// Whether `place`, a figure's place, is a place its sentence names only as what it is
/// measured against ("It is well above the level in England and Wales, where police logged
/// 94"): the text does not go on about it.
pub(in crate::extract::figures) fn is_compared_place(s: &str, groups: &[Group], place: Option<&str>) -> bool {
    place.is_some_and(|p| groups.iter().any(|g| g.name() == p && is_compared_yardstick(s, g)))
}

/// "a rise that echoes what other forces report nationally", "which mirrors the pattern
/// across the country": a figure likened to what is seen in the country (or a
/// region), named after it, is measured against it; the place is not the figure's.
fn likened_to_what_is_seen(before: &str) -> bool {
    static LIKENED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:track(?:s|ed|ing)?|mirror(?:s|ed|ing)?|match(?:es|ed|ing)?|reflect(?:s|ed|ing)?|echo(?:es|ed|ing)?|in\s+line\s+with|similar\s+to|consistent\s+with)\s+(?:what|the\s+(?:pattern|picture|trend|experience)s?\b)[^\d,;.]{0,60}$",
        )
    });
    LIKENED.is_match(before)
}

/// "against a London average of 0.32", "above the England and Wales average of 84", "three
/// times the UK rate of 41": a value printed as the average a figure is measured against,
/// whose place the text does not go on about (see [`set_against_country`] too). So with the average's place between it and its value: "below the average for
/// England and Wales of 98", "the average across the country of 11%", "the average for
/// forces in England and Wales of 84".
pub(in crate::extract::figures) fn is_average_yardstick(s: &str, at: usize) -> bool {
    static AVERAGE_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:average|mean)(?:\s+(?:for|in|across)\s+(?:(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?:police\s+)?forces\s+(?:in|across|of)\s+)?(?:(?:the\s+)?(?-i:[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})|the\s+(?:country|UK|nation|region)))?|\b(?:UK|national|nationwide|England\s+and\s+Wales|country's)\s+(?:rate|figure))\s+(?:of|was|is|at|stood\s+at)\s+(?:just\s+)?$",
        )
    });
    let before = tail(s, at);
    ["average", "mean", "rate", "figure"].iter().any(|w| before.contains(w)) && AVERAGE_OF.is_match(before)
}

/// Whether figure `k` of `found` is the country's value a local figure before it in the
/// sentence is set against ([`country_set_against`]), in a text that was not about the
/// country before the sentence (`place_before`). In a national story ("Knife crime rose by 4
/// per cent across England and Wales. Essex Police recorded a rise of 9 per cent, against 4
/// per cent nationally."), the one local line is the aside, and the text stays with the
/// country.
pub(in crate::extract::figures) fn set_against_country(
    s: &str,
    found: &[Found],
    k: usize,
    place_before: Option<&str>,
) -> bool {
    let local = |f: &Found| f.place.as_deref().is_some_and(|p| p != NATIONAL);
    place_before != Some(NATIONAL)
        && found.get(..k).is_some_and(|before| before.iter().any(local))
        && found.get(k).is_some_and(|f| country_set_against(s, f.range.start))
}

/// "a rate of 72.1, compared with 84.3 across England and Wales", "14 per cent, against 11 per
/// cent nationally": the country's value, printed after "compared with" or "against" as what a
/// figure before it is set against. Not in a sentence ranking places ("Manchester had the
/// highest rate, 141, against 79 across England and Wales"), which is about the country's
/// places, the country among them.
fn country_set_against(s: &str, at: usize) -> bool {
    static SET_AGAINST: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\d[^,;]*,?\s+(?:compared\s+(?:with|to)|against|versus)\s+(?:just\s+)?$"));
    static COUNTRY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[\d,.]+(?:%|\s+per\s+cent)?(?:\s+(?:per|a|an|for\s+every)\s+[\d,]+(?:\s+[a-z]+)?)?\s+(?:(?:across|in|throughout|for)\s+(?:the\s+)?(?:England\s+and\s+Wales|England|UK|United\s+Kingdom|Britain|country)\b|nationally\b|nationwide\b)",
        )
    });
    static RANKING: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:highest|lowest|most|fewest|worst|best|largest|smallest|biggest)\b"));
    let before = tail(s, at);
    (before.contains("against") || before.contains("compared") || before.contains("versus"))
        && SET_AGAINST.is_match(before)
        && COUNTRY_AFTER.is_match(head(s, at))
        && !RANKING.is_match(s)
}

/// "Cheshire Constabulary recorded 333 robberies, compared with 351 in Merseyside": the value
/// a figure before it is compared with (figure `k` of `found`), printed with another place, is
/// a yardstick; the text goes on about the figure's place, not the yardstick's. Only between
/// two places short of the country: a national figure and a local one compared either way
/// ("London had 164 per 100,000, against 87 across England and Wales"; "thefts rose 5%
/// nationally, compared with 3% in Kent") leave the text where it was going (the country's
/// value set against a figure outside a ranking is a yardstick: [`is_average_yardstick`]).
pub(in crate::extract::figures) fn compared_elsewhere(found: &[Found], k: usize) -> bool {
    let local = |place: &Option<String>| place.as_deref().is_some_and(|p| p != NATIONAL);
    let Some(f) = found.get(k).filter(|f| f.baseline && local(&f.place)) else { return false };
    let figure = found.get(..k).and_then(|before| before.iter().rev().find(|e| !e.baseline));
    figure.is_some_and(|e| local(&e.place) && e.place != f.place)
}
