//! Numbers a story tells in passing that are no statistics: the few people of the one case
//! it reports, a limit set on what readers send in, a distance something was away, and the
//! bounds of values a table leaves out.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::{compile, Number};

/// The most people a story about one case tells of as a group ("two boys", "five men").
const FEW_PEOPLE: f64 = 10.0;

/// Words for people the police or a court deal with in one case.
const PEOPLE: &str = "people|persons|men|women|boys|girls|children|teenagers|teens|youths|adults|brothers|sisters|\
suspects|friends|pupils|students|relatives|others";

/// What the police or a court do to the people of a case.
const DEALT_WITH: &str =
    "arrested|charged|jailed|imprisoned|convicted|sentenced|remanded|bailed|detained|held|cautioned|questioned";

/// "Four men, all from Deal, were bailed after the raid", "three women were arrested",
/// "police have charged two teenagers": a few people a case is about, arrested, charged or
/// jailed, in a sentence that names no period and follows no dated figures, are those of the
/// story, not a statistic of people dealt with (which a count over a year is: "412 children
/// were charged in 2023/24"; so is "Six people were jailed." after "In 2022/23 the team made
/// 55 arrests."). `has_period` says the sentence or the one before is of a period.
pub(super) fn few_people_of_a_case(n: &Number, before: &str, after: &str, has_period: bool) -> bool {
    static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+)?(?:{PEOPLE})(?:\s*,[^,.;:]{{1,40}},)?\s+(?:(?:have|has|had)\s+(?:also\s+|now\s+|since\s+)?been|(?:were|are)(?:\s+being)?)\s+(?:later\s+|also\s+|subsequently\s+|since\s+|now\s+)?(?:{DEALT_WITH})\b"
        ))
    });
    static VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)\b(?:have|has|had)\s+(?:also\s+|now\s+|since\s+)?(?:{DEALT_WITH})\s+$"))
    });
    static PEOPLE_NEXT: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)^\s+(?:[\w-]+\s+)?(?:{PEOPLE})\b")));
    let few = !n.percent && !n.money && n.value >= 1.0 && n.value <= FEW_PEOPLE && n.value.fract() == 0.0;
    few && !has_period
        && (PEOPLE_AFTER.is_match(after)
            || (verb_may_end(before) && VERB_BEFORE.is_match(before) && PEOPLE_NEXT.is_match(after)))
}

/// "two boys aged 13 and 14", "three sisters, aged 9, 11 and 14": as many people as the
/// ages listed after them, each given one, are the people of one case, not a statistic ("310
/// girls aged 13 to 15" gives a band, not one age a person).
pub(super) fn people_each_aged(n: &Number, after: &str) -> bool {
    static AGES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+)?(?:{PEOPLE}|victims)\s*,?\s+(?:both\s+|all\s+)?aged\s+(?P<ages>\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*,?\s+(?:and|&)\s+\d{{1,2}})\b"
        ))
    });
    let few = !n.percent && !n.money && n.value >= 2.0 && n.value <= FEW_PEOPLE && n.value.fract() == 0.0;
    if !few || !after.contains("aged") {
        return false;
    }
    AGES_AFTER.captures(after).is_some_and(|c| {
        let ages = c.name("ages").map_or("", |m| m.as_str());
        let listed = ages.split(|ch: char| !ch.is_ascii_digit()).filter(|w| !w.is_empty()).count();
        listed as f64 == n.value
    })
}

/// Every verb of [`DEALT_WITH`] ends in "d": a cheap test, as [`super::filters`]' people dealt
/// with has, that rules most numbers out before the pattern runs.
fn verb_may_end(before: &str) -> bool {
    before.trim_end().ends_with(['d', 'D'])
}

/// "Talks should be no longer than 20 minutes", "entries must not exceed 500 words", "against
/// a recommended maximum of 18": a bound someone is told to keep to is an instruction, not a
/// count of anything done.
pub(super) fn is_set_limit(before: &str) -> bool {
    /// The last words of the pattern below: most numbers follow none of them.
    const BOUND_WORDS: &[&str] = &["than", "most", "least", "under", "below", "within", "of", "exceed", "to"];
    static LIMIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:should|must|shall|cannot|can't|may\s+not|needs?\s+to|ha(?:ve|s)\s+to)\s+(?:not\s+)?(?:be\s+)?(?:no\s+(?:more|longer|fewer|less|shorter)\s+than|(?:more|longer|fewer|less|shorter)\s+than|at\s+(?:most|least)|under|below|within|a\s+(?:maximum|minimum)\s+of|exceed|up\s+to|limited\s+to|kept\s+(?:to|under|below|within))\s+$|\b(?:a|an|the|its|their)\s+(?:recommended|agreed|suggested|advised|safe|legal|statutory|national|set)\s+(?:maximum|minimum|limit|cap|ceiling)\s+of\s+$",
        )
    });
    // "- the legal limit is 35", "; a limit of 20": a limit the clause opens on, stated,
    // is a bound set by law or rule, not a count ("those over the limit were 35" is one).
    static STATED_LIMIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[.;:,(–—-]\s*|\b(?:and|but|while|where|whereas)\s+)(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?limit\s+(?:(?:in|for|on)\s+(?:[\w-]+\s+){1,3}?)?(?:is|was|of|stands\s+at|(?:is|was)\s+set\s+at)\s+$",
        )
    });
    let last = before.split_whitespace().next_back().unwrap_or("");
    if BOUND_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w)) && LIMIT_BEFORE.is_match(before) {
        return true;
    }
    let stated = ["is", "was", "of", "at"].iter().any(|w| last.eq_ignore_ascii_case(w));
    stated && before.contains("limit") && STATED_LIMIT_BEFORE.is_match(before)
}

/// Units of distance, as a pattern's alternation: what [`is_distance_away`] reads and
/// [`super::filters`] reads among its units after a number in words.
pub(super) const DISTANCE_UNITS: &str = "miles?|yards?|feet|foot|metres?|meters?|kilometres?|kilometers?|km";

/// "the van was found ninety miles away", "stopped 40 kilometres from home": a distance
/// something was from somewhere places it; it measures no crime ("1,200 miles of road"
/// patrolled is still measured).
pub(super) fn is_distance_away(after: &str) -> bool {
    static AWAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^[\s-]+(?:{DISTANCE_UNITS})\s+(?:away|from|off|outside|north|south|east|west|inland|offshore|beyond|short)\b",
        ))
    });
    let unit_initial = after.trim_start_matches([' ', '-']).starts_with(['m', 'k', 'y', 'f', 'M', 'K', 'Y', 'F']);
    unit_initial && AWAY_AFTER.is_match(after)
}

/// Whether a paragraph is a note on values left out of a table: "* marks a count from 1
/// to 3, suppressed", "Under five crimes. Suppressed for privacy", "Rates
/// are not shown for areas with fewer than 20 outcomes".
pub(super) fn notes_suppression(paragraph: &str) -> bool {
    // The words as one pattern of literals: one scan of the paragraph, not one a word.
    static LEFT_OUT: LazyLock<Regex> =
        LazyLock::new(|| compile("uppress|edact|withheld|not shown|not published|not disclosed"));
    LEFT_OUT.is_match(paragraph)
}

/// In a note on values left out ([`notes_suppression`]), a number after "fewer than",
/// "under", "between" (or "between 1 and"): a bound of the values left out.
pub(super) fn is_suppression_bound(before: &str) -> bool {
    static BOUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:fewer\s+than|less\s+than|under|below|between(?:\s+\d+\s+and)?|from\s+\d+\s+to|\d+\s+to)\s*$")
    });
    BOUND_BEFORE.is_match(before)
}

/// "I've got two girls", "we have three kids", "she has two sons": the children a speaker or
/// someone told of has are a family, not victims of offences.
pub(super) fn children_of_ones_own(before: &str, after: &str) -> bool {
    static HAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:i|we|you|he|she|they)(?:['\x{2019}]ve|\s+have|\s+has|\s+had|['\x{2019}]d)?\s+(?:got\s+)?(?:only\s+|just\s+)?$",
        )
    });
    static CHILDREN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:young|little|teenage|grown-up|small)\s+)?(?:girls|boys|kids|children|sons|daughters|grandchildren)\b",
        )
    });
    CHILDREN_AFTER.is_match(after) && HAS_BEFORE.is_match(before)
}
