//! A person's initials before their surname ("Mr G. Bloggs", "J. R. Bloggs"), as minutes,
//! notices and letters name people.

use super::bare;
use crate::extract::quotes::names::{is_honorific, is_name_word};

/// Whether a word is a person's initial: a capital and a full stop ("G.", "J.R."), or a
/// capital alone when `titled` (after "Mr", "Cllr"), where "A" can be no article.
pub(super) fn is_initial(word: &str, titled: bool) -> bool {
    let letters: Vec<char> = word.chars().collect();
    match letters.as_slice() {
        [c] => titled && c.is_ascii_uppercase(),
        _ => letters.len() <= 6 && letters.chunks(2).all(|pair| matches!(pair, [c, '.'] if c.is_ascii_uppercase())),
    }
}

/// Where the name word after a person's initials from `at` stands ("G. Hatch", "Mr J R
/// Bloggs"): `None` when `at` holds no initial or no name word ends them.
pub(super) fn initials_then_name(tokens: &[&str], at: usize) -> Option<usize> {
    let titled = at.checked_sub(1).is_some_and(|j| is_honorific(bare(tokens[j])) && !tokens[j].ends_with(','));
    let mut k = at;
    while tokens.get(k).is_some_and(|w| is_initial(w, titled)) {
        k += 1;
    }
    (k > at && tokens.get(k).is_some_and(|w| is_name_word(bare(w)))).then_some(k)
}

/// Whether `tokens[at]` is one capital right after a courtesy title ("Mrs K", "Mr D,"),
/// with no name word after it.
pub(super) fn is_titled_initial_at(tokens: &[&str], at: usize) -> bool {
    let initial = bare(tokens[at]);
    let one_capital = initial.len() == 1 && initial.starts_with(|c: char| c.is_ascii_uppercase());
    let titled = at.checked_sub(1).is_some_and(|j| {
        !tokens[j].ends_with([',', ')'])
            && matches!(bare(tokens[j]).trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Miss")
    });
    let ends = tokens[at].ends_with([',', ')']) || tokens.get(at + 1).is_none_or(|w| !is_name_word(bare(w)));
    one_capital && titled && ends
}
