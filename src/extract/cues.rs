//! Which of a fixed set of short literal words a text holds, found in one pass over it.
//!
//! Rules gate their rarer patterns on cheap literal checks ("does the sentence say `year`?").
//! A sentence asked about twenty words that way is read twenty times; a [`CueWords`] built
//! once reads it once, with an `aho-corasick` automaton over the words, every occurrence
//! reported (overlapping), so each word is found wherever `contains` would find it.
//!
//! The automaton is a DFA walked here byte by byte: the crate's overlapping iterator costs
//! about three times as much a byte (its state kept through a `&mut`, a prefilter called at
//! every return to the start state).

use std::ops::Range;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, StartKind};

/// How a [`CueWords`] compares letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Exactly as written.
    Exact,
    /// ASCII letters in either case, like `text.to_ascii_lowercase().contains(word)` for a
    /// word written in lowercase.
    Folded,
}

/// A set of up to 64 words to look for together. See the module documentation.
pub struct CueWords {
    finder: DFA,
}

/// The words of a [`CueWords`] that one text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found(u64);

impl Found {
    /// No word of the set.
    pub const NONE: Found = Found(0);

    /// Whether the text holds word number `i` of the set (its index in the list it was built
    /// from).
    pub fn has(self, i: usize) -> bool {
        i < 64 && self.0 & (1 << i) != 0
    }
}

/// The position of `word` in `words`, for naming a word of a [`CueWords`] set by its text in
/// a `const` (a word not in the list fails to compile there).
pub const fn index_of(words: &[&str], word: &str) -> usize {
    let mut i = 0;
    while i < words.len() {
        let (a, b) = (words[i].as_bytes(), word.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not one of the words")
}

impl CueWords {
    /// A set of `words`. At most 64 words; any past the 64th are never found.
    pub fn new(words: &[&'static str], case: Case) -> CueWords {
        let words = words.iter().take(64);
        // The words are a fixed list in the source: a failure to build is a bug there.
        let finder = overlapping_dfa(words, case).unwrap_or_else(|e| panic!("cue words: {e}"));
        CueWords { finder }
    }

    /// The words of the set that `text` holds.
    pub fn find(&self, text: &str) -> Found {
        let mut found = 0u64;
        walk(&self.finder, text, |word, _| {
            found |= 1 << (word & 63);
            false
        });
        Found(found)
    }
}

/// Every place each of a list of words stands in a text (overlapping, as
/// `AhoCorasick::find_overlapping_iter` reports them), for a rule that asks whether one of
/// them stands somewhere it counts; any number of words.
pub struct WordSpots {
    finder: DFA,
    lengths: Vec<usize>,
}

impl WordSpots {
    /// The places of `words`, compared exactly as written.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSpots {
        let words: Vec<&str> = words.into_iter().collect();
        let lengths = words.iter().map(|w| w.len()).collect();
        // The words are a fixed list in the source: a failure to build is a bug there.
        let finder = overlapping_dfa(words, Case::Exact).unwrap_or_else(|e| panic!("word spots: {e}"));
        WordSpots { finder, lengths }
    }

    /// Whether `counts` holds for the byte range of some place one of the words stands.
    pub fn any(&self, text: &str, mut counts: impl FnMut(Range<usize>) -> bool) -> bool {
        walk(&self.finder, text, |word, end| self.lengths.get(word).is_some_and(|len| counts(end - len..end)))
    }
}

fn overlapping_dfa<I, P>(words: I, case: Case) -> Result<DFA, aho_corasick::BuildError>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    DFA::builder()
        .ascii_case_insensitive(case == Case::Folded)
        .start_kind(StartKind::Unanchored)
        .prefilter(false)
        .build(words)
}

/// Walks `dfa` over `text`, calling `stop(word, end)` for every word ending at each byte,
/// until it returns true; whether it did.
fn walk(dfa: &DFA, text: &str, mut stop: impl FnMut(usize, usize) -> bool) -> bool {
    // Built unanchored, so there is a start state; with the standard match kind the walk
    // never dies, and a match state holds every word ending at its byte.
    let Ok(mut state) = dfa.start_state(Anchored::No) else { return false };
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        state = dfa.next_state(Anchored::No, state, byte);
        if dfa.is_special(state) {
            if dfa.is_dead(state) {
                return false;
            }
            if !dfa.is_match(state) {
                continue;
            }
            for i in 0..dfa.match_len(state) {
                if stop(dfa.match_pattern(state, i).as_usize(), at + 1) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "",
        "a",
        "In the year to March 2021, burglaries rose by 31% in the summer quarter.",
        "YEAR'S END: since DECEMBER, the Network Rail railway saw 19 or 20 thefts",
        "over the previous 12 months between Sept and Oct (the busiest ward area)",
        "Jan, Feb, Mar, Apr, May, Jun, Jul, Aug; nov. dec — half a decade ago",
        "yea yearly yeaR monthly MONTH minc ince quarte QUARTER ummer sUMMER mar marc",
        "café year£ é19 ñ20 ſince Kelvin K city of town of district of borough of",
        "the British Transport Police and the Internet Watch Foundation, NCA, Childline",
        "British Transport Polic; Watch Foundatio; Crime Agenc; ChildLin ; by ;  area;  ward",
        "31",
        "3",
        "march",
        "MARCH",
        "12345678ABC, 12345678abd, Summer Quarter, summer quartet",
    ];

    fn agrees(words: &[&'static str], case: Case) {
        let set = CueWords::new(words, case);
        for text in TEXTS {
            let found = set.find(text);
            for (i, word) in words.iter().enumerate() {
                let expected = match case {
                    Case::Exact => text.contains(word),
                    Case::Folded => text.to_ascii_lowercase().contains(word),
                };
                assert_eq!(found.has(i), expected, "{word:?} in {text:?}");
            }
        }
    }

    #[test]
    fn folded_words_are_found_exactly_where_a_lowercased_copy_contains_them() {
        agrees(
            &[
                "month",
                "year",
                "years",
                "year'",
                "ince",
                "19",
                "20",
                "31",
                "jan",
                "feb",
                "mar",
                "march",
                "apr",
                "april",
                "may",
                "jun",
                "jul",
                "aug",
                "ep",
                "oct",
                "nov",
                "dec",
                "decade",
                "quarter",
                "half",
                "ummer",
                "between",
                "y",
                "é",
                "12345678abc",
                "summer quarter",
            ],
            Case::Folded,
        );
    }

    #[test]
    fn exact_words_are_found_exactly_where_the_text_contains_them() {
        agrees(
            &[
                "network",
                "railway",
                "IWF",
                "Watch Foundation",
                "NCA",
                "Crime Agency",
                "Childline",
                "ChildLine",
                "British Transport Police",
                "city of",
                " by ",
                " area",
                " ward",
                " (",
                " Service",
                "é",
                "a",
            ],
            Case::Exact,
        );
    }

    #[test]
    fn a_word_past_the_sixty_fourth_is_never_found() {
        let words: Vec<&'static str> = std::iter::repeat_n("a", 65).collect();
        let found = CueWords::new(&words, Case::Exact).find("a");
        assert!(found.has(63));
        assert!(!found.has(64));
    }

    #[test]
    fn word_spots_are_every_place_an_overlapping_search_reports() {
        let words = ["say", "says", "said", "pointed out", "out", "ed", "é", "a"];
        let finder = aho_corasick::AhoCorasick::new(words).unwrap_or_else(|e| panic!("{e}"));
        let spots = WordSpots::new(words);
        for text in TEXTS.iter().chain(&["she says, as he said, he pointed out a dog", "sayssaid éa"]) {
            let mut expected: Vec<Range<usize>> = finder.find_overlapping_iter(text).map(|m| m.range()).collect();
            let mut seen = Vec::new();
            assert!(!spots.any(text, |r| {
                seen.push(r);
                false
            }));
            expected.sort_by_key(|r| (r.start, r.end));
            seen.sort_by_key(|r| (r.start, r.end));
            assert_eq!(seen, expected, "{text:?}");
            assert_eq!(spots.any(text, |_| true), !expected.is_empty(), "{text:?}");
        }
    }
}
