//! Telling a paragraph in Welsh from one in English, as bilingual pages (Welsh forces,
//! commissioners, councils and government) print each paragraph in both languages.

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
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase();
        if word.is_empty() {
            continue;
        }
        words += 1;
        // "mae'r", "cynyddu'n": the article and the particle elided onto the word before.
        let elided = ["'r", "'n"].iter().any(|e| word.len() > e.len() + 1 && word.ends_with(e));
        welsh += usize::from(elided || WELSH_WORDS.contains(&word.as_str()));
    }
    welsh >= MIN_WELSH_WORDS && 4 * welsh >= words
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
}
