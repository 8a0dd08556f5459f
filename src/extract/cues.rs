//! Which of a fixed set of short literal words a text holds, found in one pass over it.
//!
//! Rules gate their rarer patterns on cheap literal checks ("does the sentence say `year`?").
//! A sentence asked about twenty words that way is read twenty times; a [`CueWords`] built
//! once reads it once, with an `aho-corasick` automaton over the words, every occurrence
//! reported (overlapping), so each word is found wherever `contains` would find it.

use aho_corasick::{AhoCorasick, AhoCorasickKind};

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
    finder: AhoCorasick,
}

/// The words of a [`CueWords`] that one text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found(u64);

impl Found {
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
        let finder = AhoCorasick::builder()
            .ascii_case_insensitive(case == Case::Folded)
            .kind(Some(AhoCorasickKind::DFA))
            .build(words)
            .unwrap_or_else(|e| panic!("cue words: {e}"));
        CueWords { finder }
    }

    /// The words of the set that `text` holds.
    pub fn find(&self, text: &str) -> Found {
        let mut found = 0u64;
        for m in self.finder.find_overlapping_iter(text) {
            found |= 1 << m.pattern().as_usize();
        }
        Found(found)
    }
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
}
