//! Where sentences start and end, so that an attribution is read within its own sentence:
//! full stops that end one, and abbreviations and names whose full stop or "!" does not.

use std::sync::LazyLock;

use regex::Regex;

use super::{pattern, VERBS};

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "st", "supt", "insp", "sgt", "det", "ch", "no", "prof", "rev", "cllr", "con", "gen",
    "col", "capt", "lt", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "est", "approx", "dept",
];

/// Does a sentence end just before position `i` (after `. `, `? `, `!" ` and so on)?
fn ends_sentence_before(norm: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && norm[j - 1].is_whitespace() {
        j -= 1;
    }
    if j == i {
        return false;
    }
    while j > 0 && matches!(norm[j - 1], '"' | '\'' | ')') {
        j -= 1;
    }
    if j == 0 || !matches!(norm[j - 1], '.' | '!' | '?') {
        return false;
    }
    let stop = j - 1;
    if norm[stop] == '!' {
        // A quote mark skipped before it closed an exclamation: that ends a sentence.
        let closed_quote = j < i && !norm[j..i].iter().all(|c| c.is_whitespace());
        return closed_quote || !(stop > 0 && norm[stop - 1].is_alphanumeric() && name_goes_on_to_a_verb(&norm[i..]));
    }
    if norm[stop] != '.' {
        return true;
    }
    let word_start = norm[..stop].iter().rposition(|c| !c.is_alphanumeric()).map_or(0, |k| k + 1);
    let word = &norm[word_start..stop];
    // Lower-cased, one char stays one char unless it is a letter like "İ".
    let initial = matches!(word, [c] if c.is_uppercase() && c.to_lowercase().count() == 1);
    !(is_abbreviation(word) || initial)
}

/// "Jo Bloggs, director of Stop It Now! Scotland, said:": after an exclamation mark inside
/// a name, the name's last capitalised words, a comma and a speech verb go on the sentence
/// the mark stood in; a sentence of its own does not open so.
fn name_goes_on_to_a_verb(rest: &[char]) -> bool {
    const LOOK: usize = 80;
    static NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(r"^(?:\p{{Lu}}[\w'’-]*\s+){{0,3}}\p{{Lu}}[\w'’-]*,\s+(?:(?:has|had|also)\s+)?(?:{VERBS})\b"))
    });
    let text: String = rest.iter().take(LOOK).collect();
    NAME_TAIL.is_match(&text)
}

/// Whether the chars of a word are one of [`ABBREVIATIONS`] in any case, compared without
/// building a lower-cased copy. The abbreviations are ASCII and have no "k", the one ASCII
/// letter a non-ASCII char (the Kelvin sign) lower-cases to, so only an ASCII word can match.
fn is_abbreviation(word: &[char]) -> bool {
    ABBREVIATIONS.iter().any(|a| a.len() == word.len() && a.chars().zip(word).all(|(a, w)| w.to_ascii_lowercase() == a))
}

/// Where the sentence holding position `pos` starts.
pub fn sentence_start(norm: &[char], pos: usize) -> usize {
    let pos = pos.min(norm.len());
    (1..=pos).rev().find(|&i| ends_sentence_before(norm, i)).unwrap_or(0)
}

/// [`sentence_start`], when the sentence starts at most `reach` chars before `pos`; `None`
/// when it starts further back. Reads back over `reach` chars at most.
pub fn sentence_start_within(norm: &[char], pos: usize, reach: usize) -> Option<usize> {
    let pos = pos.min(norm.len());
    let lowest = pos.saturating_sub(reach);
    let found = (lowest.max(1)..=pos).rev().find(|&i| ends_sentence_before(norm, i));
    found.or_else(|| (lowest == 0).then_some(0))
}

/// Where the first sentence of a paragraph ends (just after the space that follows it), or
/// the paragraph's end. Only the first space of a run is tried: the test reads back over the
/// whole run, so it says the same at each of its spaces.
pub fn first_sentence_end(norm: &[char]) -> usize {
    (1..norm.len())
        .filter(|&i| norm[i - 1].is_whitespace() && (i < 2 || !norm[i - 2].is_whitespace()))
        .find(|&i| ends_sentence_before(norm, i))
        .unwrap_or(norm.len())
}

/// Does a new sentence (or the paragraph) start at `pos`, ignoring spaces before it?
pub fn starts_sentence(norm: &[char], pos: usize) -> bool {
    let pos = pos.min(norm.len());
    let mut j = pos;
    while j > 0 && norm[j - 1].is_whitespace() {
        j -= 1;
    }
    j == 0 || (j < pos && ends_sentence_before(norm, pos)) || (j == pos && j > 0 && ends_sentence_before(norm, j + 1))
}
