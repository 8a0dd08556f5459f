//! A person's initials before their surname ("Mr G. Bloggs", "J. R. Bloggs"), as minutes,
//! notices and letters name people.

use super::bare;
use crate::extract::quotes::names::{is_honorific, is_name_word};

/// Whether a word is a person's initial: a capital and a full stop ("G.", "J.R."), or a
/// capital alone when `titled` (after "Mr", "Cllr"), where "A" can be no article.
pub(super) fn is_initial(word: &str, titled: bool) -> bool {
    match word.as_bytes() {
        [c] => titled && c.is_ascii_uppercase(),
        b => {
            b.len() <= 6
                && b.len() % 2 == 0
                && b.chunks(2).all(|pair| matches!(pair, [c, b'.'] if c.is_ascii_uppercase()))
        }
    }
}

/// Where the name word after a person's initials from `at` stands ("G. Hatch", "Mr J R
/// Bloggs"): `None` when `at` holds no initial or no name word ends them.
pub(super) fn initials_then_name(tokens: &[&str], at: usize) -> Option<usize> {
    // Most words are no initial even after a title: asked first, before the title is looked up.
    if !is_initial(tokens.get(at)?, true) {
        return None;
    }
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
    if initial.len() != 1 || !initial.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let titled = at.checked_sub(1).is_some_and(|j| {
        !tokens[j].ends_with([',', ')'])
            && matches!(bare(tokens[j]).trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Miss")
    });
    titled && (tokens[at].ends_with([',', ')']) || tokens.get(at + 1).is_none_or(|w| !is_name_word(bare(w))))
}
