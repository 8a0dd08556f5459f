//! A meeting's vote told as its tally: "councillors voted 7–2", "carried 5 to 4", "passed
//! unanimously (6–0)", "8 in favour, 3 against", "with one abstention". The numbers are of
//! members voting, not of offences: `vote_tallies` finds whole tallies before numbers are read,
//! `is_vote_tally` a side, or members voting one way or abstaining, as each number is read.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;

/// Words that say a vote was held or decided, a few words before its tally.
const VOTE_WORDS: &str = r"(?:vot(?:e|es|ed|ing)|carried|passed|approved|adopted|agreed|rejected|defeated|backed|unanimous(?:ly)?|motion|resolution)";

/// A number the tally's other side may be: digits or a small number in words.
const SIDE: &str = r"(?:\d{1,3}\b|nil\b|none\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b)";

/// Whether the number between `before` and `after` is one side of a vote's tally, or the
/// members who abstained, voted for or against.
pub(super) fn is_vote_tally(before: &str, after: &str) -> bool {
    // "voted 7–2", "carried unanimously (6–0)", "passed 5 to 4": the first side.
    static FIRST_SIDE: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)^\s*(?:[-–—]|to)\s*{SIDE}")));
    static VOTE_BEFORE_FIRST: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b{VOTE_WORDS}\b[^.;:!?]{{0,25}}?[(\[]?\s*(?:by\s+)?$")));
    // "… 7–2", "… 5 to 4": the second side, after the first.
    static VOTE_BEFORE_SECOND: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b{VOTE_WORDS}\b[^.;:!?]{{0,25}}?\b{SIDE}\s*(?:[-–—]|to)\s*$")));
    // "with one abstention": members who abstained, however the vote went.
    static ABSTAINED_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+abstentions?\b"));
    // "8 in favour, 3 against": members voting one way, in a sentence about a vote.
    static ONE_WAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:(?:votes?|members|councillors)\s+)?(?:in\s+favour|against|for)\s*(?:[,;.)]|and\b|$)")
    });
    static VOTE_IN_CLAUSE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b{VOTE_WORDS}\b[^.;!?]{{0,60}}$")));
    if ABSTAINED_AFTER.is_match(after) {
        return true;
    }
    // Each pattern below needs a dash or "to" beside the number, or a word of voting one way
    // after it; most numbers have none, and skip the vote words' search.
    let (next, last) = (after.trim_start(), before.trim_end());
    let opens = |s: &str, word: &str| s.get(..word.len()).is_some_and(|h| h.eq_ignore_ascii_case(word));
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let beside = next.starts_with(dash)
        || opens(next, "to")
        || last.ends_with(dash)
        || last.get(last.len().saturating_sub(2)..).is_some_and(|t| t.eq_ignore_ascii_case("to"));
    let one_way = ["in", "again", "for", "vote", "member", "councillor"].iter().any(|w| opens(next, w));
    if !beside && !one_way {
        return false;
    }
    let voting = before.contains("vot")
        || before.contains("arried")
        || before.contains("assed")
        || before.contains("pproved")
        || before.contains("dopted")
        || before.contains("greed")
        || before.contains("ejected")
        || before.contains("efeated")
        || before.contains("acked")
        || before.contains("nanimous")
        || before.contains("otion")
        || before.contains("esolution");
    if !voting {
        return false;
    }
    (FIRST_SIDE.is_match(after) && VOTE_BEFORE_FIRST.is_match(before))
        || VOTE_BEFORE_SECOND.is_match(before)
        || (ONE_WAY_AFTER.is_match(after) && VOTE_IN_CLAUSE.is_match(before))
}

/// "The council voted 27-3 to …", "a 14–2 vote", "carried by 27 votes to three": a vote's
/// tally, two numbers of votes, not figures.
pub(super) fn vote_tallies(s: &str) -> Vec<Range<usize>> {
    static TALLY: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            // "voted 27-3", "the vote was 9 to 4", "a vote of 12–0".
            r"(?i)(?:\bvot(?:ed|es|e|ing)\s+(?:(?:was|were|of|by)\s+)?(?P<a>\d{1,3}\s*(?:[-\x{2013}]|to)\s*\d{1,3})\b)",
            // "a 14–2 vote", "a 9-4 majority vote".
            r"|(?:\b(?P<b>\d{1,3}\s*[-\x{2013}]\s*\d{1,3})\s+(?:(?:split|majority)\s+)?(?:vote|ballot)\b)",
            // "by 27 votes to three".
            r"|(?:\b(?P<c>\d{1,3}\s+votes?\s+to\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|nil|none))\b)",
        ))
    });
    TALLY
        .captures_iter(s)
        .filter_map(|c| c.name("a").or_else(|| c.name("b")).or_else(|| c.name("c")).map(|m| m.range()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(s: &str, number: &str) -> bool {
        let Some(at) = s.find(number) else { return false };
        is_vote_tally(&s[..at], &s[at + number.len()..])
    }

    #[test]
    fn both_sides_of_a_tally_after_a_vote_word_are_votes() {
        let s = "Trustees voted 11–3 to close the depot.";
        assert!(tally(s, "11") && tally(s, "3"));
        let s = "The proposal was approved unanimously (8-0) by the board.";
        assert!(tally(s, "8") && tally(s, "0"));
        let s = "Governors voted 6 to 2 against the plan.";
        assert!(tally(s, "6") && tally(s, "2"));
    }

    #[test]
    fn abstentions_and_members_voting_one_way_are_votes() {
        assert!(tally("The budget was agreed, with 2 abstentions.", "2"));
        let s = "The motion was carried with 9 in favour and 4 against.";
        assert!(tally(s, "9") && tally(s, "4"));
    }

    #[test]
    fn a_change_between_two_values_is_no_tally() {
        let s = "Thefts rose from 40 to 52 in Kent Police's area.";
        assert!(!tally(s, "40") && !tally(s, "52"));
        let s = "Burglaries in the borough went from 310 – 290 last year.";
        assert!(!tally(s, "310"));
    }
}
