//! Words beside a speaker's name that are no title: a clause of the sentence ("Devon's
//! total has risen, though …", "… welcomed the fall but"), an age reached ("now 24"), and
//! a list of places the commas cut apart.

use super::{bare, names, roles, strip_article};

/// Words joining a clause to what came before it, which may open the words naming a speaker:
/// "…, though Detective Inspector Jo Bloggs warns".
pub(super) const JOINING_WORDS: &[&str] =
    &["though", "although", "while", "whilst", "whereas", "but", "and", "yet", "so", "as", "because", "since", "when"];

/// Verbs that make a part of the speaker words a clause of the sentence, not a description:
/// "Devon's total has risen by half", "the fall was welcome", "crime fell".
pub(in crate::extract::quotes) const FINITE_VERBS: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "must", "can", "may", "does",
    "did", "rose", "fell",
];

/// Words that may follow a name and still say who the person is: "of Kent Police", "from
/// the charity", "at Leeds City Council".
const AFTER_NAME_WORDS: &[&str] = &["of", "from", "at", "for", "with", "in", "on", "and"];

/// A lower-case word after a name that is no preposition nor title word: the start of
/// what the sentence says the person did ("welcomed", "praised").
pub(super) fn tells_what_was_done(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && !AFTER_NAME_WORDS.contains(&word) && !names::is_title_word(bare(word))
}

/// "now 24", "now in her 30s": the age a person has reached, set off after their name.
pub(super) fn is_age_now(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next() == Some("now")
        && words.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "in" | "aged"))
}

/// "commissioner for Devon", "Cornwall and the Isles of Scilly": a list of places that the
/// commas cut apart, joined again to the part whose last word is the list's first place.
/// Cut apart, the places would read as titles or organisations of their own.
pub(super) fn rejoin_place_lists(parts: Vec<String>) -> Vec<String> {
    let place = |words: &str| roles::is_place_only(strip_article(words.trim()));
    let pair = |part: &str| part.split_once(" and ").is_some_and(|(a, b)| place(a) && place(b));
    let ends_in_place = |part: &str| part.split_whitespace().next_back().is_some_and(place);
    let mut joined: Vec<String> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let singles = parts[i..].iter().take_while(|p| place(p)).count();
        let closes = parts.get(i + singles).is_some_and(|p| pair(p));
        match joined.last_mut() {
            Some(before) if closes && ends_in_place(before) => {
                for p in &parts[i..=i + singles] {
                    before.push_str(", ");
                    before.push_str(p);
                }
                i += singles + 1;
            }
            _ => {
                joined.push(parts[i].clone());
                i += 1;
            }
        }
    }
    joined
}
