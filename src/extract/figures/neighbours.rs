//! A sentence's candidates read again beside the number before them: a change told for a
//! second place with its noun left out, "from six officers to 12", what a unit had and has now,
//! and things counted in the sentence before ("310 of them").

use std::sync::LazyLock;

use regex::Regex;

use super::kinds::Candidate;
use super::nouns::{head_noun, names_offences, Noun};
use crate::extract::numbers::compile;
use crate::model::Kind;

use super::sentence::OF_THESE;
use super::{head, tail};

/// "… an increase of 38 per cent on the previous year; for Nottinghamshire, 12 per cent": a
/// bare percentage in a clause that only names another place repeats the change before it.
pub(super) fn elliptical_changes(s: &str, cands: &mut [Candidate]) {
    static ELLIPSIS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;]*(?:;|,\s*(?:and|while|but)\b)\s*(?:and\s+|while\s+|but\s+)?(?:for|in|at)\s+[^,;\d]{2,60},\s*(?:it\s+was\s+|the\s+figure\s+was\s+)?$",
        )
    });
    with_previous(s, cands, |gap, prev, c| {
        let after = s.get(c.number.range.end..).unwrap_or("").trim_start();
        let after = after.strip_prefix("per cent").or_else(|| after.strip_prefix('%')).unwrap_or(after);
        let bare = after.trim_start().is_empty() || after.trim_start().starts_with(['.', ';', ',']);
        if prev.kind == Kind::PercentChange
            && c.number.percent
            && c.kind == Kind::Other
            && bare
            && ELLIPSIS.is_match(gap)
        {
            c.kind = Kind::PercentChange;
            c.sign = prev.sign;
        }
    });
}

/// "from six officers to 12", "from 30 officers and staff in 2021 to 46 today", "31 officers
/// and staff, up from 19", "2,347 images, 312 of them …", "310 officers, short of the 400
/// promised", "Durham had 1,298 officers, while Northumbria had 3,601", "hired 20 officers,
/// bringing the total to 310": the other end of a change, a part, what a number falls short
/// of, what another place has by the same verb, the total a number was added to (unless
/// it counts people harmed), or the difference set after it ("1,983 officers, 44 more than
/// in March") counts what the first number counts.
pub(super) fn from_to_kinds(s: &str, cands: &mut [Candidate]) {
    static UP_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),?\s*(?:(?:up|down|rising|falling|increased|decreased|compared)\s+(?:from|with|to)|(?:short|shy)\s+of(?:\s+the)?|(?:fewer|less)\s+than(?:\s+the)?|(?:below|above|against)(?:\s+the|\s+a\s+target\s+of)?)\s*$",
        )
    });
    static OF_THEM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b"));
    static PARALLEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:,\s*|\s+)(?i:while|whereas|and|but)\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+(?:\p{Lu}[\w'-]*|of|and))*\s+([a-z]+)\s+$",
        )
    });
    // "in 2025", "at the close of June 2022", "as of the end of the year": when they were counted.
    static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\s+(?:in|during|for|by|as\s+(?:of|at))\s+(?:(?:the\s+)?(?:end|close|start)\s+of\s+)?(?:(?:[a-z]+\s+)?\d{4}(?:[/-]\d{2,4})?|the\s+(?:year|month|quarter))\s*$|\s+at\s+the\s+(?:end|close|start)\s+of\s+(?:(?:[a-z]+\s+)?\d{4}(?:[/-]\d{2,4})?|the\s+(?:year|month|quarter))\s*$",
        )
    });
    // "funded two more officers for the team, bringing it to 11": the total the number before
    // was added to.
    static BRINGING_TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),\s*(?:bringing|taking|which\s+(?:brings|brought|takes|took))\s+(?:it|them|the\s+(?:total|number|team|unit|squad|figure|headcount)|its\s+(?:total|strength|numbers?|headcount))(?:\s+(?:up|down))?\s+to\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over|just\s+(?:over|under))\s+)?$",
        )
    });
    static MORE_THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:more|fewer|less)\s+than\b"));
    with_previous(s, cands, |gap, prev, c| {
        let to = gap.trim().strip_suffix("to").is_some_and(|words| words.split_whitespace().count() <= 2);
        // "38 orders in 2024/25, up from 14": the first one's year is no word of its noun.
        // "37 officers and staff in its dedicated online abuse team, up from 22": a longer
        // phrase of where they are, when no punctuation cuts it, is still theirs.
        let from = UP_FROM.find(gap).is_some_and(|m| {
            let words = &gap[..m.start()];
            let words = YEAR_AFTER.find(words).map_or(words, |y| &words[..y.start()]);
            let n = words.split_whitespace().count();
            n <= 4 || n <= 12 && !words.contains([',', ';', ':', '.', '(', '"'])
        });
        // "from 30 officers and staff in 2021 to 46": the two ends of one span.
        let span = tail(s, prev.number.range.start).trim_end().to_ascii_lowercase().ends_with("from")
            && gap.trim_end().strip_suffix(" to").is_some()
            && !gap.contains([',', ';', '.'])
            && gap.split_whitespace().count() <= 8;
        // "2,347 indecent images, 312 of them in Category A": part of the things just counted.
        let part = !gap.contains([';', '.'])
            && gap.split_whitespace().count() <= 8
            && OF_THEM.is_match(head(s, c.number.range.end));
        // "had 1,298 officers in March 2025, while Northumbria Police had 3,601".
        let parallel = !gap.contains([';', '.'])
            && PARALLEL.captures(gap).is_some_and(|m| {
                let verb = tail(s, prev.number.range.start).split_whitespace().next_back();
                verb.is_some_and(|v| v.eq_ignore_ascii_case(&m[1]))
            });
        // "12 officers were assaulted, bringing the total to 310": people harmed are added to
        // a total of the offences against them.
        let brought = !gap.contains([';', '.'])
            && gap.contains("to")
            && BRINGING_TO.is_match(gap)
            && !super::nouns::names_harm(gap);
        // "The force has 1,983 officers, 44 more than a year ago": the difference set after
        // the number it tells of.
        let difference = gap.trim_end().ends_with(',')
            && !gap.contains([';', '.'])
            && gap.split_whitespace().count() <= 6
            && MORE_THAN_AFTER.is_match(head(s, c.number.range.end));
        if prev.not_offences
            && c.kind == Kind::Count
            && (to || from || span || part || parallel || brought || difference)
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    });
}

/// "Two years ago my team had 38 officers. Today we have 52": a number with no noun of its
/// own, right after the verb (`verb`, as [`verb_before`] reads it) that gave the last figure
/// of the sentence before something other than offences, counts the same things. Only a
/// verb of having or employing is read so: after "said", "showed" or "told" the number is
/// as often what was recorded.
pub(super) fn held_again(s: &str, cands: &mut [Candidate], verb: &str) {
    const HOLDING: &[&str] = &["have", "employ", "number", "field", "staff", "own", "run", "keep", "hold", "deploy"];
    if !HOLDING.contains(&verb) {
        return;
    }
    for c in cands.iter_mut() {
        if c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
            && verb_before(s, c.number.range.start).as_deref() == Some(verb)
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// "The unit was set up with 62 officers in 2016; it now has 94", "The team began with 12
/// detectives and now has 30": as [`held_again`], a bare number a later clause of the same
/// sentence has, after a figure of things other than offences, counts the same things.
pub(super) fn held_again_in_clause(s: &str, cands: &mut [Candidate]) {
    const HOLDING: &[&str] = &["have", "employ", "number", "field", "staff", "own", "run", "keep", "hold", "deploy"];
    with_previous(s, cands, |gap, prev, c| {
        let new_clause = gap.contains([';', ',']) || gap.contains(" and ");
        // "Across the six busiest stations, sexual offences numbered 74": a clause whose
        // subject names offences has them, not the things before.
        let clause = gap.rsplit([';', ',']).next().unwrap_or(gap);
        let clause = clause.rsplit(" and ").next().unwrap_or(clause);
        let clause_counts_offences =
            || clause.split_whitespace().any(|w| super::nouns::classify_word(w) == Noun::Count);
        if prev.not_offences
            && new_clause
            && c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
            && verb_before(s, c.number.range.start).is_some_and(|v| HOLDING.contains(&v.as_str()))
            && !clause_counts_offences()
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    });
}

/// "Essex, it turns out, has 19.", "Most rural beats have only 3.": a
/// bare number a place has now, ending its clause, is what it holds (officers, cameras,
/// staff), not offences, which are counted over a time gone by ("Essex had 310").
pub(super) fn held_now(s: &str, cands: &mut [Candidate]) {
    static HAS_NOW: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:has|have)\s+(?:(?:only|just|about|around|nearly|almost|some|now|still)\s+)?$")
    });
    static ENDS_CLAUSE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:[.;!?]|$)"));
    for c in cands.iter_mut() {
        let (before, after) = (tail(s, c.number.range.start), head(s, c.number.range.end));
        if c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && !c.difference
            && ENDS_CLAUSE.is_match(after)
            && HAS_NOW.is_match(before)
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// "Officers carried out 2,900 searches. Weapons were found in 310 of them.", "… 2,900
/// searches. The total was down from 3,400", "… That compares with 3,400 in 2019": after a figure that counted something other
/// than offences, a number with no noun of its own told as a part of it ("310 of them", "Of
/// them, 340 …"), or in a clause whose subject is that total or figure, counts the same
/// things.
pub(super) fn told_of_things_before(s: &str, cands: &mut [Candidate]) {
    // The total as the subject of the sentence or of a clause joined on ("…, and the total
    // was up from 3,400"), or the figure before compared ("That compares with 3,400"), or
    // its value now opening the sentence ("Today it is 71").
    static THE_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^\W*|[,;]\s*(?:and\s+|while\s+|but\s+)?)(?:(?:the|that|this)\s+(?:(?:total|figure|number|tally)\s+(?:was|is|had|has|fell|rose|dropped|climbed|increased|decreased|went|compares|compared)|compares\s+(?:with|to))\b|(?:(?:today|now|currently|these\s+days)\s*,?\s+)?it(?:'s|\x{2019}s|\s+is|\s+was|\s+stands\s+at)\s+(?:(?:just|only|nearly|almost|about|around|over)\s+)?\d)",
        )
    });
    // Not "11 of those arrested", "of those who …": people the sentence picks out anew.
    static OF_THEM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b(?:\s+([a-z]+))?"));
    let of_them = |after: &str| {
        OF_THEM.captures(after).is_some_and(|c| {
            c.get(1).is_none_or(|w| !(w.as_str().ends_with("ed") || w.as_str().eq_ignore_ascii_case("who")))
        })
    };
    let the_total = THE_TOTAL.find(s).map_or(usize::MAX, |m| m.start());
    // "Recorded offences rose 8%; the total was 84,000": a sentence whose own subject before
    // the total is offences (and no number before it counts other things) totals those.
    let the_total = match s.get(..the_total) {
        Some(before)
            if names_offences(before) && !cands.iter().any(|c| c.number.range.end <= the_total && c.not_offences) =>
        {
            usize::MAX
        }
        _ => the_total,
    };
    // "Of them, 340 were for robbery": a sentence opening on a part of them.
    let opens_on_part = OF_THESE.is_match(s);
    for (i, c) in cands.iter_mut().enumerate() {
        let after = head(s, c.number.range.end);
        let bare = c.kind == Kind::Count && !c.number.percent && !c.number.money && head_noun(after) == Noun::Unknown;
        // "of them" after a later number of the sentence is a part of the one before it.
        if bare && (c.number.range.start >= the_total || i == 0 && (of_them(after) || opens_on_part)) {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// The verb right before byte `at`, past a hedge ("had almost 40"), as one form for its
/// tenses ("has", "had" and "have" are "have"; "employs" and "employed" are "employ"); none
/// when the word before is no verb-like word.
pub(super) fn verb_before(s: &str, at: usize) -> Option<String> {
    const HEDGES: &[&str] = &["almost", "nearly", "about", "around", "over", "just", "some", "only", "now", "still"];
    let words = tail(s, at).split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
    let word = words.map(str::to_ascii_lowercase).find(|w| !HEDGES.contains(&w.as_str()))?;
    if word.len() < 3 || super::nouns::ends_phrase(&word) && !matches!(word.as_str(), "has" | "had" | "have") {
        return None;
    }
    let stem = match word.as_str() {
        "has" | "had" | "have" | "having" => "have",
        w => w.strip_suffix("ed").or_else(|| w.strip_suffix('s')).unwrap_or(w),
    };
    Some(stem.to_string())
}

/// Calls `rule` with each candidate after the first, the one before it, and the text
/// between the two.
fn with_previous(s: &str, cands: &mut [Candidate], mut rule: impl FnMut(&str, &Candidate, &mut Candidate)) {
    for i in 1..cands.len() {
        let (done, rest) = cands.split_at_mut(i);
        let (prev, c) = (&done[i - 1], &mut rest[0]);
        rule(s.get(prev.number.range.end..c.number.range.start).unwrap_or(""), prev, c);
    }
}
