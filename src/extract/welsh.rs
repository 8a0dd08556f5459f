//! Telling a paragraph in Welsh from one in English, as bilingual pages (Welsh forces,
//! commissioners, councils and government) print each paragraph in both languages.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Welsh words that English text does not use: articles, the verb "to be", pronouns and
/// prepositions, which any Welsh sentence is full of.
const WELSH_WORDS: &[&str] = &[
    "mae", "yn", "yr", "y", "wedi", "gyda", "bod", "fod", "nhw", "hyn", "hefyd", "ym", "mewn", "oedd", "roedd",
    "ydych", "ydym", "rydym", "rydyn", "dros", "ein", "eich", "ei", "eu", "ac", "yw", "ydy", "ond", "neu", "i'r",
    "o'r", "a'r", "bob", "ddim", "sydd", "pan", "hwn", "hon", "rhaid", "gan", "drwy", "gyfer", "ffoniwch", "o", "nag",
    "mwy", "eleni",
];

/// The fewest Welsh words a paragraph in Welsh holds.
const MIN_WELSH_WORDS: usize = 3;

/// Whether a paragraph is written in Welsh: at least [`MIN_WELSH_WORDS`] of its words, and a
/// quarter of them or more, are Welsh words English does not use. An English sentence naming
/// a Welsh school or place ("Ysgol y Strade") holds one or two.
pub fn is_welsh(text: &str) -> bool {
    let mut words = 0;
    let mut welsh = 0;
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if word.is_empty() {
            continue;
        }
        words += 1;
        // "mae'r", "cynyddu'n": the article and the particle elided onto the word before.
        let elided = ["'r", "'n"].iter().any(|e| {
            word.len() > e.len() + 1 && word.get(word.len() - e.len()..).is_some_and(|end| end.eq_ignore_ascii_case(e))
        });
        welsh += usize::from(elided || is_welsh_word(word));
    }
    welsh >= MIN_WELSH_WORDS && 4 * welsh >= words
}

/// Whether `word` is one of [`WELSH_WORDS`], in any case. Every paragraph of every article is
/// asked, so the word is lower-cased on the stack and looked up in a hash set: no word longer
/// than the longest listed one can be listed.
fn is_welsh_word(word: &str) -> bool {
    const LONGEST: usize = 8;
    static LISTED: LazyLock<FxHashSet<&'static [u8]>> =
        LazyLock::new(|| WELSH_WORDS.iter().map(|w| w.as_bytes()).collect());
    let mut lower = [0u8; LONGEST];
    let Some(lower) = lower.get_mut(..word.len()) else { return false };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    LISTED.contains(&*lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_paragraphs_are_told_from_english_ones() {
        assert!(is_welsh("Mae'r heddlu wedi cofnodi mwy o droseddau eleni nag erioed o'r blaen."));
        assert!(is_welsh("Os ydych yn gweld rhywbeth, ffoniwch 101."));
        assert!(!is_welsh("Pupils at Ysgol y Strade in Llanelli said they felt safer, and 40 signed up."));
        assert!(!is_welsh("Officers in Cardiff recorded 311 offences, up from 280 the year before."));
    }

    #[test]
    fn welsh_words_are_known_in_any_case_and_no_longer_word_is_one() {
        assert!(WELSH_WORDS.iter().all(|w| w.len() <= 8), "is_welsh_word's LONGEST must cover the list");
        assert!(is_welsh_word("MAE") && is_welsh_word("Ffoniwch") && is_welsh_word("i'r"));
        assert!(!is_welsh_word("ffoniwchx") && !is_welsh_word("police") && !is_welsh_word(""));
    }
}
