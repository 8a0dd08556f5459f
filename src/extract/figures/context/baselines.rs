//! Whether a time phrase or a number is the baseline a comparison starts from ("up from 1,200",
//! "on 2021/22", "compared with 902"), or the second of a pair a change went from.

use super::super::{head, tail};
use crate::extract::numbers::compile;
use regex::Regex;
use std::sync::LazyLock;

/// True when the time phrase at `at` is the baseline of a comparison ("from 415 in 2016/17",
/// "compared with 530 in 2019-20", "up 4% on last year", "from April 2015 to March 2016")
/// rather than the year compared to. "Against" compares only a value or a year ("against the
/// 2,240 recorded in 2022/23", "against 2021/22"): "offences against children in 2023/24"
/// are that year's. "On" compares only after a change ("up 12% on 2022/23", "down slightly
/// on 2023/24", "a rise of 400 on the 865 logged in 2021/22", "a 9% rise in attacks on
/// 2022/23"): "attacks on staff in the year to March 2023" are that year's.
pub(in crate::extract::figures) fn is_baseline(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|versus)\s+(?:the\s+)?(?:(?:[£\d](?:[\d,.]*\d)?%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static ON: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:%|\bper\s+cent|\bpc|\b(?:up|down|higher|lower|more|fewer|less|rises?|increases?|falls?|drops?|decreases?|declines?|jumps?|reductions?|changes?|doubled|trebled|tripled|halved)(?:\s+\w+ly)?(?:\s+(?:of|by)\s+(?:a\s+|an\s+)?[\w,.]+%?(?:\s+per\s+cent)?)?(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?)\s+on\s+(?:the\s+)?(?:(?:[£\d](?:[\d,.]*\d)?%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static AGAINST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bagainst\s+(?:the\s+)?(?:[£\d](?:[\d,.]*\d)?%?(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    let before = tail(sentence, at);
    static STARTS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^(?:from|since)\b"));
    BEFORE.is_match(before)
        || (before.contains("on ") && ON.is_match(before))
        || (before.contains("gainst") && AGAINST.is_match(before))
        || STARTS.is_match(head(sentence, at))
}

/// True when the number at `at` is the value a comparison starts from: "up from 1,716",
/// "compared with 79", "compared with just nine", "from the 274 recorded", "a rise of 2% on the 63,536", "12 per cent
/// higher than the 9,310 recorded", "more than the 402". ("more than 400" on its own is a
/// hedge, not a comparison.) Not locate's `compared_back`, which says when a number shares the
/// previous number's place (see there).
pub(in crate::extract::figures) fn is_baseline_value(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:from|compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus)|(?:%|\bper\s+cent|\bup|\bdown|\brise|\bincrease|\bfall|\bdrop)\s+on)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under|just|only|a\s+mere|barely)\s+)?$",
        )
    });
    static THAN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\bthan\s+(?:the|those|that)|(?:%|\bper\s+cent|\bpc)\s+(?:higher|lower|more|fewer|less|greater|bigger|smaller|up|down)\s+than)\s+$",
        )
    });
    let before = tail(sentence, at);
    if opens_a_range(before) {
        return false;
    }
    BEFORE.is_match(before) || (before.contains("than") && THAN.is_match(before)) || second_of_a_pair_from(sentence, at)
}

/// "ranged from ", "varying from the ": words ending on the near end of a range ("ranged
/// from 12 in Gwent to 310 in Kent"), which sets values side by side in one year, and is no
/// change from one year to another.
fn opens_a_range(before: &str) -> bool {
    static RANGE_FROM: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:the\s+)?$"));
    // The pattern ends "from " or "from the ": a test of the last word first, then the scans.
    ends_on_word(before, |t| ends_with_folded(t, "from") || ends_with_folded(t, "the"))
        && (before.contains("rang") || before.contains("var"))
        && RANGE_FROM.is_match(before)
}

/// Whether `before` ends in whitespace and `last` holds for the text before it: the cheap
/// precondition of a pattern ending `\s+$` (`\s` and `char::is_whitespace` are both Unicode's
/// White_Space), read from the end instead of by a scan from the start.
fn ends_on_word(before: &str, last: impl Fn(&str) -> bool) -> bool {
    let t = before.trim_end();
    t.len() < before.len() && last(t)
}

/// Whether `t` ends with `word` (lowercase ASCII) in either case: as a `(?i)` pattern reads a
/// word with no "s" or "k" (the only ASCII letters non-ASCII ones fold to).
fn ends_with_folded(t: &str, word: &str) -> bool {
    t.len()
        .checked_sub(word.len())
        .and_then(|at| t.as_bytes().get(at..))
        .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
}

/// "went from 1,517 thefts and 90 robberies to 2,209 and 417", "from 1,402 offences, 71 of
/// them at night, to …": the second of two values printed between "from" and "to" is on the
/// starting side too.
pub(in crate::extract::figures) fn second_of_a_pair_from(sentence: &str, at: usize) -> bool {
    static FIRST: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bfrom\s+\d[\d,.]*(?:\s+[a-z-]+){0,2}(?:\s+and|,)\s+$"));
    static TO: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\d[\d,.]*(?:\s+of\s+(?:them|these|those|which))?(?:\s+[a-z-]+){0,2},?\s+to\s"));
    let before = tail(sentence, at);
    ends_on_word(before, |t| t.ends_with(',') || ends_with_folded(t, "and"))
        && before.contains("from")
        && FIRST.is_match(before)
        && sentence.get(at..).is_some_and(|rest| TO.is_match(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_opening_is_told_from_the_words_before_the_number() {
        assert!(opens_a_range("Waiting times across the wards ranged FROM the "));
        assert!(opens_a_range("Counts of stolen bikes varied from\u{a0}"));
        assert!(!opens_a_range("Counts of stolen bikes varied from the start, "));
        assert!(!opens_a_range("Counts ranged from"));
    }

    #[test]
    fn a_second_value_after_from_is_told_from_the_words_before_it() {
        let s = "Break-ins went from 140 sheds AND ";
        assert!(second_of_a_pair_from(&format!("{s}31 garages to 90 and 12."), s.len()));
        let s = "Break-ins went from 140, ";
        assert!(second_of_a_pair_from(&format!("{s}31 of them at night, to 90."), s.len()));
        let s = "Break-ins went from 140 sheds and 31 garages ";
        assert!(!second_of_a_pair_from(&format!("{s}12 to 90."), s.len()));
    }
}
