//! How long speaker words may run: titles whose full stop does not end them, and the
//! length that counts such a title as one.

/// A title whose full stop does not end the speaker's words: "Dr.", "Supt.".
pub(in crate::extract::quotes) const TITLE_DOT: &str =
    r"(?:Dr|Mr|Mrs|Ms|Supt|Insp|Sgt|Det|Prof|Rev|Cllr|Ch|Con|Cmdr|St)\.";

/// The titles of [`TITLE_DOT`], without their full stops.
pub(in crate::extract::quotes) const TITLES: [&str; 15] =
    ["Dr", "Mr", "Mrs", "Ms", "Supt", "Insp", "Sgt", "Det", "Prof", "Rev", "Cllr", "Ch", "Con", "Cmdr", "St"];

/// Speaker words may run to this many chars, a title with its full stop ("Supt.") counting as one.
pub(in crate::extract::quotes) const MAX_SPEAKER_UNITS: usize = 160;

/// The length of speaker words in chars, counting a title with its full stop as one.
///
/// The patterns below read speaker words as `(?:TITLE_DOT|[^".!?;:])*?` and check this
/// length afterwards: a counted repetition (`{0,160}`) is the same match but a far larger
/// automaton. A full stop inside the words can only end a title, so the count is exact.
pub(in crate::extract::quotes) fn speaker_units(words: &str) -> usize {
    let titles: usize = words
        .match_indices('.')
        .filter_map(|(dot, _)| TITLES.iter().find(|t| words[..dot].ends_with(*t)).map(|t| t.len()))
        .sum();
    words.chars().count().saturating_sub(titles)
}
