//! Charities a paragraph names, by a name reporters use or by the word "charity" beside a
//! name; not a charity someone turned to, a person titled after one, or the regulator.

use std::sync::LazyLock;

use regex::Regex;

use super::chars::CharCounter;
use super::known_orgs::CHARITY_NAMES;
use crate::extract::quotes::attribution;
use crate::extract::quotes::names::{self, is_org_word};

/// Charities named in a text; "the charity" means the one named last. A known charity's
/// name takes in the federation it heads and the nation of its branch ("Women's Aid
/// Federation Northern Ireland", "Barnardo's Cymru"); any other name ending in "Charity"
/// is one ("the Fairhaven Youth Charity"), and so is a name after the word, in lower case
/// or opening a sentence ("the charity Leeway", "Charity Age Cymru said"). A name may end in
/// an ordinal ("Children 1st").
static CHARITY: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = CHARITY_NAMES.iter().map(|k| regex::escape(k)).collect();
    let source = format!(
        r"\b(?P<known>(?:{})(?:\s+(?:Federation|Association|Network))?(?:\s+(?:Northern\s+Ireland|Scotland|Cymru|Wales|England))?)\b|(?:charity|charities|Charity)\s+(?P<after>[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|\d+(?:st|nd|rd|th)\b)){{0,3}})|(?P<before>[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|\d+(?:st|nd|rd|th)\b)){{0,3}}),\s+(?:a|the)\s+(?:[\w'’-]+\s+){{0,3}}charity|(?:[Tt]he\s+)?(?P<titled>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}}\s+Charity)\b",
        names.join("|")
    );
    Regex::new(&source).unwrap_or_else(|e| panic!("charity pattern: {e}"))
});

/// Words before a charity's name that make it the one someone turned to, not one that
/// speaks: "a girl who contacted Childline", "told Childline", "children tell Childline",
/// "calls to Childline", "referrals to Refuge".
static CONTACTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:tell|tells|told|contact|contacts|contacted|contacting|call|calls|called|calling|ring|rings|rang|ringing|phone|phones|phoned|text|texts|texted|email|emails|emailed|approach|approaches|approached|writes?\s+to|wrote\s+to|(?:calls|contacts|referrals|messages|emails|texts)\s+(?:made\s+)?to)\s+(?:the\s+)?$",
    )
});

/// Whether the charity named at byte `at` is one someone turned to ([`CONTACTED`]) in a
/// sentence where someone speaks: "One boy who rang Childline said: …", "“Teenagers tell
/// Childline …,” said Dana Okafor, the charity's policy officer". That charity is the one
/// the speaker turned to, and is not the one "the charity" means after it. In a sentence of
/// the writer's own ("Parents who contact the NSPCC are often frightened.", "Calls the
/// NSPCC received rose"), it is what the story is about, and "the charity said" after it is
/// that charity speaking.
fn contacted_by_a_speaker(norm: &str, sentences: &std::cell::OnceCell<Vec<std::ops::Range<usize>>>, at: usize) -> bool {
    let before = norm.get(..at).unwrap_or("");
    if !CONTACTED.is_match(before) {
        return false;
    }
    // The paragraph is split into sentences once, when the first such charity is met, so the
    // work per charity is that of its own sentence however long the paragraph.
    let sentences = sentences.get_or_init(|| crate::extract::sentences::split(norm));
    let index = sentences.partition_point(|r| r.end <= at);
    let sentence = sentences.get(index).and_then(|r| norm.get(r.clone())).unwrap_or("");
    sentence.contains('"') || attribution::has_speech_verb(sentence)
}

/// Any text [`CHARITY`] can match holds one of these words: a literal search for them is far
/// cheaper than the pattern, whose "Name, a charity" branch has no literal to look for.
static CHARITY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> =
        CHARITY_NAMES.iter().chain(["charit", "Charity"].iter()).map(|k| regex::escape(k)).collect();
    Regex::new(&words.join("|")).unwrap_or_else(|e| panic!("charity words: {e}"))
});

/// Charities named in a paragraph, by char offset.
pub(super) fn read_charities(norm: &str) -> Vec<(usize, String)> {
    if !CHARITY_WORDS.is_match(norm) {
        return Vec::new();
    }
    let sentences = std::cell::OnceCell::new();
    // Char offsets are counted on from the last match, not from the start each time.
    let mut chars = CharCounter::new(norm);
    CHARITY
        .captures_iter(norm)
        .filter(|c| c.get(0).is_none_or(|m| !contacted_by_a_speaker(norm, &sentences, m.start())))
        .filter(|c| c.name("titled").is_none_or(|m| !name_goes_on(norm.get(m.end()..).unwrap_or(""))))
        // "Jo Bloggs, the charity's policy officer": a person described by the charity they
        // work for, not a charity named by a description after it.
        .filter(|c| {
            let after = c.get(0).and_then(|m| norm.get(m.end()..)).unwrap_or("");
            c.name("before").is_none() || !(after.starts_with("'s") || after.starts_with("’s"))
        })
        .filter(|c| !names_the_regulator(c))
        .filter(|c| c.name("after").is_none_or(|m| !titles_a_person(norm.get(m.start()..).unwrap_or(""))))
        .filter_map(|c| {
            let m = c
                .name("known")
                .or_else(|| c.name("after"))
                .or_else(|| c.name("before"))
                .or_else(|| c.name("titled"))?;
            let name = m.as_str().replace('’', "'");
            let name = if name.eq_ignore_ascii_case("childline") { "Childline".to_string() } else { name };
            Some((chars.at(m.start()), name))
        })
        .collect()
}

/// "Charity Commission inspectors": a sentence opening on "Charity" and a word that ends
/// the name of a body names that body, not a charity ("Charity Age Concern said" does).
fn names_the_regulator(c: &regex::Captures) -> bool {
    let opens_capitalised = c.get(0).is_some_and(|m| m.as_str().starts_with("Charity"));
    let first = c.name("after").and_then(|m| m.as_str().split_whitespace().next());
    opens_capitalised && first.is_some_and(is_org_word)
}

/// "Charity Chief Executive Mark Lee said", "Charity Fundraiser Of The Year Jo Smith": the
/// capitalised words after "Charity" (`after`, to the end of the text) open on a job title or
/// end in a person's name (a known first name and one more word), so they name a person
/// with a title, not a charity.
fn titles_a_person(after: &str) -> bool {
    let run: Vec<&str> = after
        .split_whitespace()
        .take(10)
        .scan(true, |going, w| {
            let keep = *going && w.starts_with(char::is_uppercase);
            *going = keep && !w.ends_with([',', '.', ';', ':', '!', '?']);
            keep.then_some(w)
        })
        .map(|w| w.trim_end_matches([',', '.', ';', ':', '!', '?']))
        .collect();
    let titled = run.first().is_some_and(|w| names::is_role_word(w));
    let named = match run.as_slice() {
        [.., first, _] => names::first_name_gender(first).is_some(),
        _ => false,
    };
    titled || named
}

/// Whether a name goes on past where it was read to end, with another capitalised word:
/// "Charity" in "the Charity Commission" names the regulator, not a charity.
fn name_goes_on(rest: &str) -> bool {
    let next = rest.trim_start_matches([' ', '\u{a0}']);
    next.len() < rest.len() && next.starts_with(|c: char| c.is_ascii_uppercase())
}
