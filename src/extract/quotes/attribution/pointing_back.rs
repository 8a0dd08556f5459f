//! Attributions that reach across quotes: a paragraph pointing back at the quote before it
//! ("Those were the words of X"), and ", adding:" between two quotes of one speaker.

use std::sync::LazyLock;

use regex::Regex;

use super::{pattern, speaker_units, MAX_SPEAKER_UNITS, TITLE_DOT};

/// A paragraph opening on a sentence that names the speaker of the quote just before it by
/// pointing back at it: "Those were the words of X", "These are the words of X", "The words
/// are those of X", "So says X", "That is the verdict of X", "That was the stark warning
/// from X". The speaker words run to the end of the sentence or to a clause of time or
/// circumstance after them (", as …", " when …", " on Tuesday", " in a statement", " in
/// court"), or to a word adding someone who agrees or disagrees (" too", " also", ", but …").
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*(?:(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+the\s+(?:[a-z]+\s+)?(?:words|verdict|message|warning|view|plea|assessment|reaction|response)\s+(?:of|from)|The\s+words\s+(?:are|were)\s+those\s+of|So\s+(?:says|said))\s+(?P<who>(?:{TITLE_DOT}|[^".!?;:])+?)\s*(?:[.!?;:]|$|,?\s+(?:as|when|after|while|speaking|during|before|writing|yesterday|today|last|this|earlier|on\s+[A-Z][a-z]+day|(?:at|in)\s+(?:a|an|the|his|her|their|court)|who|too|also|but)\b)"#
    ))
});

/// "The words of a retired teacher, passed on by …, show …", "The words of one shopkeeper
/// capture the mood": the words just quoted given as someone's, who is named up to a comma
/// or a verb saying what the words do.
static WORDS_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"^\s*The\s+words\s+of\s+(?P<who>[^,".!?;:]{3,120}?)(?:,|\s+(?:capture|show|sum\s+up|say|tell|reveal|describe|convey|echo|speak\s+for)\b)"#,
    )
});

/// The speaker words of a paragraph's opening sentence that points back at the quote
/// before it ([`POINTS_BACK`]); the caller checks that they name a person.
pub fn points_back(paragraph: &str) -> Option<String> {
    let t = paragraph.trim_start();
    if !t.starts_with(['T', 'S']) {
        return None;
    }
    let caps = POINTS_BACK.captures(t).or_else(|| WORDS_OF.captures(t))?;
    let who = caps.name("who")?.as_str().trim().trim_end_matches(',').trim();
    (speaker_units(who) <= MAX_SPEAKER_UNITS && !who.is_empty()).then(|| who.to_string())
}

/// ", adding:" between two quotes: the same speaker goes on.
pub fn goes_on_speaking(between: &str) -> bool {
    static ADDING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"\b(?:adding|continuing|saying|explaining|warning|insisting|before adding|and added|then added)\s*[:,]\s*$",
        )
    });
    ADDING.is_match(between.trim_end())
}
