//! Numbers of what did not happen: "If Dorset had logged 40 more burglaries, …", "Had the
//! force recorded 25 fewer …", "it would have seen 90 fewer thefts": a conditional's number
//! is no statistic.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;

/// Whether the words before a number put it in an unreal condition or its outcome: "if …
/// had recorded", "had it logged", "would have recorded", all within one clause; or in what
/// someone would rather have ("we'd rather take 20 false alarms than miss one"), or in what a
/// generic "you" has in a condition ("when you've got 22").
pub(super) fn is_hypothetical(before: &str) -> bool {
    static UNREAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\bif\s+(?:[\w'-]+\s+){1,5}?had|(?:^|[,;:.!?])\s*had\s+(?:it|they|we|the\s+force|\p{Lu}[\w'-]*)|\b(?:would|could|might|should)(?:\s+not|n't)?\s+have)\s+(?:[\w'-]+\s+){0,3}?(?:recorded|logged|registered|seen|reported|had|been|received|dealt\s+with)\s+(?:(?:about|around|only|just|some|roughly|another|an\s+extra)\s+)?$",
        )
    });
    // "We'd rather take 40 false alarms than overlook a single victim": what someone would
    // rather have, or the thing they would rather not, is imagined, not counted.
    static RATHER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:\bwould|'d)\s+(?:much\s+|far\s+)?rather\s+[^.;:!?,]{0,60}$"));
    // "one man can now message three hundred teenagers in a night": how many someone is
    // able to reach, not how many were.
    static ABLE_TO_REACH: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:can|could|may|might)\s+(?:now\s+|easily\s+|still\s+|even\s+|simply\s+)?(?:contact|reach|message|target|groom|approach|talk\s+to|speak\s+to|chat\s+to|chat\s+with)\s+(?:up\s+to\s+|as\s+many\s+as\s+|dozens,\s+even\s+)?$",
        )
    });
    // "When you've got 40, things slip", "if you have 30 on your desk": what a generic
    // "you" has in a condition is imagined, not counted.
    static WHEN_YOU_HAVE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:when|if|once|whenever)\s+you(?:['\x{2019}]ve|\s+have)?\s+(?:got|have|get|carry|hold)\s+(?:(?:about|around|more\s+than|over|nearly|almost|maybe)\s+)?$",
        )
    });
    ((before.contains("ad ") || before.contains("ave ")) && UNREAL.is_match(before))
        || (before.contains("you") && WHEN_YOU_HAVE.is_match(before))
        || ABLE_TO_REACH.is_match(before)
        || (before.contains("rather") && RATHER.is_match(before))
}
