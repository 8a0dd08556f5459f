//! Telling a paragraph in Welsh from one in English, as bilingual pages (Welsh forces,
//! commissioners, councils and government) print each paragraph in both languages.

use std::cell::OnceCell;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::model::Paragraph;

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

/// Whether a paragraph (its normalised text, whose only space is ' ') is written in Welsh: at
/// least [`MIN_WELSH_WORDS`] of its words, and a quarter of them or more, are Welsh words
/// English does not use. A lower-case Welsh word between two capitalised ones is part of a
/// name ("Ysgol y Strade", "Ysgol yr Afon") and is not counted, so an English line listing
/// Welsh schools or places is not read as Welsh. Every paragraph is asked, so words are
/// split and trimmed on bytes; chars are decoded only at a word's non-ASCII ends.
pub fn is_welsh(text: &str) -> bool {
    let mut words = 0;
    let mut welsh = 0;
    // A lower-case Welsh word after a capitalised one: counted unless the next word is capitalised too.
    let mut pending = false;
    let mut after_capital = false;
    for word in text.split_ascii_whitespace() {
        let word = trimmed(word);
        let Some(&first) = word.as_bytes().first() else { continue };
        words += 1;
        let capitalised =
            if first.is_ascii() { first.is_ascii_uppercase() } else { word.starts_with(|c: char| c.is_uppercase()) };
        if pending && !capitalised {
            welsh += 1;
        }
        pending = false;
        if is_elided(word) || is_welsh_word(word) {
            if after_capital && !capitalised {
                pending = true;
            } else {
                welsh += 1;
            }
        }
        after_capital = capitalised;
    }
    welsh += usize::from(pending);
    welsh >= MIN_WELSH_WORDS && 4 * welsh >= words
}

/// A word without the marks around it: everything but letters, digits and apostrophes.
fn trimmed(word: &str) -> &str {
    let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'\'' || !b.is_ascii();
    let bytes = word.as_bytes();
    // Both ends fall on char boundaries: ASCII bytes are passed over, and a non-ASCII char is
    // met at its first byte going forward and its last going back.
    let start = bytes.iter().position(kept).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(kept).map_or(start, |last| last + 1);
    let word = word.get(start..end).unwrap_or_default();
    let ascii_ends =
        word.as_bytes().first().is_none_or(u8::is_ascii) && word.as_bytes().last().is_none_or(u8::is_ascii);
    if ascii_ends {
        word
    } else {
        word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
    }
}

/// "mae'r", "cynyddu'n": the article or the particle elided onto the word before.
fn is_elided(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() > 3
        && bytes
            .get(bytes.len() - 2..)
            .is_some_and(|end| end.eq_ignore_ascii_case(b"'r") || end.eq_ignore_ascii_case(b"'n"))
}

/// How many paragraphs either side of a Welsh one its English twin may stand: bilingual pages
/// print the twins side by side, or the Welsh text in a block before or after the English.
const TWIN_WINDOW: usize = 40;

/// The most numbers of a Welsh paragraph looked for in its twin.
const TWIN_NUMBERS: usize = 8;

/// A page's paragraphs, each asked at most once whether it is in Welsh: a Welsh paragraph
/// looks for its English twin among up to 2 × [`TWIN_WINDOW`] neighbours.
pub struct WelshPage<'a> {
    paragraphs: &'a [Paragraph],
    welsh: Vec<OnceCell<bool>>,
}

impl<'a> WelshPage<'a> {
    pub fn new(paragraphs: &'a [Paragraph]) -> Self {
        WelshPage { paragraphs, welsh: paragraphs.iter().map(|_| OnceCell::new()).collect() }
    }

    fn is_welsh(&self, index: usize) -> bool {
        let (Some(paragraph), Some(known)) = (self.paragraphs.get(index), self.welsh.get(index)) else { return false };
        *known.get_or_init(|| is_welsh(&paragraph.norm))
    }

    /// Whether paragraph `index` is in Welsh and gives no figures: a bilingual page's copy
    /// of English text, each of whose numbers (the first [`TWIN_NUMBERS`]) is printed in an
    /// English paragraph within [`TWIN_WINDOW`] of it, so its figures are read once, from the
    /// English; or a line asking readers to call ("ffoniwch 101"), whose numbers are
    /// telephone numbers. A Welsh paragraph with no English twin (a page in Welsh alone)
    /// gives its own figures.
    pub fn gives_no_figures(&self, index: usize) -> bool {
        let Some(paragraph) = self.paragraphs.get(index) else { return false };
        if !self.is_welsh(index) {
            return false;
        }
        if asks_to_call(&paragraph.norm) {
            return true;
        }
        let near = index.saturating_sub(TWIN_WINDOW)..self.paragraphs.len().min(index + TWIN_WINDOW + 1);
        let english: Vec<&str> = near
            .filter(|&k| k != index && !self.is_welsh(k))
            .filter_map(|k| self.paragraphs.get(k))
            .map(|p| p.norm.as_str())
            .collect();
        numbers(&paragraph.norm).take(TWIN_NUMBERS).all(|n| english.iter().any(|text| numbers(text).any(|m| m == n)))
    }
}

/// Whether a Welsh text asks its reader to telephone: "ffoniwch", "ffonio", "rhif ffôn".
fn asks_to_call(text: &str) -> bool {
    text.split_whitespace()
        .any(|word| word.get(..4).is_some_and(|start| start.eq_ignore_ascii_case("ffon")) || word.starts_with("ffôn"))
}

/// The numbers printed in `text`, as written ("1,200", "2022", "23" of "2022/23"), without
/// allocating.
fn numbers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|part| part.trim_matches([',', '.']))
        .filter(|part| part.starts_with(|c: char| c.is_ascii_digit()))
}

/// The longest of [`WELSH_WORDS`], in bytes.
const LONGEST: usize = 8;

/// For each length of word, the first letters of the [`WELSH_WORDS`] that long (bit 0 for
/// 'a'): most English words ("the", "to", "police") are ruled out on these alone.
const FIRST_LETTERS: [u32; LONGEST + 1] = first_letters();

const fn first_letters() -> [u32; LONGEST + 1] {
    let mut letters = [0; LONGEST + 1];
    let mut i = 0;
    while i < WELSH_WORDS.len() {
        let word = WELSH_WORDS[i].as_bytes();
        letters[word.len()] |= 1 << (word[0] - b'a');
        i += 1;
    }
    letters
}

/// Whether `word` is one of [`WELSH_WORDS`], in any case. Every word of every paragraph is
/// asked, so its length and first letter are checked first ([`FIRST_LETTERS`]); then it is
/// lower-cased on the stack and looked up in a hash set.
fn is_welsh_word(word: &str) -> bool {
    static LISTED: LazyLock<FxHashSet<&'static [u8]>> =
        LazyLock::new(|| WELSH_WORDS.iter().map(|w| w.as_bytes()).collect());
    let Some(first) = word.as_bytes().first() else { return false };
    let letter = u32::from(first.to_ascii_lowercase().wrapping_sub(b'a'));
    let starts = FIRST_LETTERS.get(word.len()).copied().unwrap_or(0);
    if letter >= 26 || starts & (1 << letter) == 0 {
        return false;
    }
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
    fn welsh_words_inside_capitalised_names_do_not_make_english_welsh() {
        assert!(!is_welsh("Ysgol y Castell, Ysgol y Bryn and Ysgol yr Afon: 35 pupils"));
        assert!(!is_welsh("Ysgol y Wern, Ysgol y Dderwen, Ysgol yr Hafod: 61 incidents"));
        assert!(is_welsh("Mae Ysgol y Wern yn cau am fod y to wedi torri."));
    }

    #[test]
    fn a_welsh_paragraph_gives_no_figures_when_english_nearby_prints_them_or_it_gives_a_phone_number() {
        let paragraphs =
            |lines: &[&str]| -> Vec<Paragraph> { crate::model::Article::from_body_lines(lines).paragraphs };
        let twinned = paragraphs(&[
            "Mae'r heddlu wedi cofnodi 1,204 o droseddau yn 2022/23.",
            "The force recorded 1,204 offences in 2022/23.",
        ]);
        let twinned = WelshPage::new(&twinned);
        assert!(twinned.gives_no_figures(0) && !twinned.gives_no_figures(1));
        let alone = paragraphs(&[
            "Mae'r heddlu wedi cofnodi 1,204 o droseddau yn 2022/23.",
            "Mae'r cyngor hefyd wedi derbyn 96 o gwynion.",
        ]);
        let alone = WelshPage::new(&alone);
        assert!(!alone.gives_no_figures(0) && !alone.gives_no_figures(1));
        let call = paragraphs(&["Os ydych chi'n poeni, Ffoniwch yr heddlu ar 101."]);
        assert!(WelshPage::new(&call).gives_no_figures(0));
        assert_eq!(numbers("up 4.5% to 1,204 in 2022/23.").collect::<Vec<_>>(), ["4.5", "1,204", "2022", "23"]);
    }

    #[test]
    fn words_are_trimmed_of_marks_at_ascii_and_non_ascii_ends_alike() {
        assert_eq!(trimmed("(mae'r,"), "mae'r");
        assert_eq!(trimmed("\u{2026}wedi\u{2026}"), "wedi");
        assert_eq!(trimmed("Caerdydd\u{2019}s\u{2014}"), "Caerdydd\u{2019}s");
        assert_eq!(trimmed("ôl."), "ôl");
        assert_eq!(trimmed("--"), "");
        assert!(is_elided("cynyddu'N") && !is_elided("'r") && !is_elided("o'r"));
    }

    #[test]
    fn welsh_words_are_known_in_any_case_and_no_longer_word_is_one() {
        assert!(
            WELSH_WORDS.iter().all(|w| w.len() <= LONGEST && w.starts_with(|c: char| c.is_ascii_lowercase())),
            "FIRST_LETTERS needs every listed word at most LONGEST bytes, opening on a lower-case letter"
        );
        assert!(is_welsh_word("MAE") && is_welsh_word("Ffoniwch") && is_welsh_word("i'r"));
        assert!(!is_welsh_word("ffoniwchx") && !is_welsh_word("police") && !is_welsh_word(""));
    }
}
