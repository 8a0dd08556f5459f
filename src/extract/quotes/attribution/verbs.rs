//! The speech verbs an attribution turns on, and cheap literal searches for them that the
//! patterns of the other parts rely on.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;

use super::pattern;
use crate::extract::cues::WordSpots;

/// Verbs that introduce direct speech. Reporting verbs that take a clause ("believes",
/// "warning that") are left out: words after them are folded into the writer's sentence.
/// "fumes" and "rages" are mostly a noun and a thing's verb ("the fumes are worst", "the
/// row rages on"): they introduce speech only right before a colon ([`angry_present`](super::intro_without_verb::angry_present)).
pub(in crate::extract::quotes) const VERBS: &str =
    "said|says|say|added|adds|told|tells|explained|explains|warned|warns|commented|comments|\
stated|states|continued|continues|urged|urges|insisted|insists|admitted|admits|revealed|reveals|claimed|claims|\
noted|notes|concluded|concludes|acknowledged|acknowledges|responded|responds|replied|replies|wrote|writes|\
remarked|recalled|recalls|argued|argues|agreed|agrees|announced|announces|emphasised|emphasized|stressed|stresses|\
asked|asks|suggested|suggests|cautioned|observed|confirmed|confirms|declared|conceded|concedes|vowed|pledged|\
promised|pointed out|went on|goes on|reflected|recounted|predicted|posted|tweeted|emailed|fumed|raged";

/// Where in `text` a speech verb stands and which, when `text` opens with
/// `,?\s+(?:AUX\s+)?(?:VERBS)\b` for one of the `aux` words; as the patterns do, the
/// verb after an auxiliary is tried first.
pub(in crate::extract::quotes) fn verb_after(text: &str, aux: &[&str]) -> Option<(usize, &'static str)> {
    let word = skip_spaces(text.strip_prefix(',').unwrap_or(text))?;
    let after_aux = aux.iter().find_map(|a| word.strip_prefix(a).and_then(skip_spaces));
    let (at, verb) = after_aux
        .and_then(|v| speech_verb(v).map(|verb| (v, verb)))
        .or_else(|| speech_verb(word).map(|verb| (word, verb)))?;
    Some((text.len() - at.len(), verb))
}

/// The text after the spaces it opens with, if it opens with any.
fn skip_spaces(text: &str) -> Option<&str> {
    let rest = text.trim_start();
    (rest.len() < text.len()).then_some(rest)
}

/// The one of [`VERBS`] that `text` opens with as a whole word (`(?:VERBS)\b`).
///
/// The longest verb `text` opens with is the only one that can end at a word's end: where
/// one verb opens another ("say", "says"), the longer goes on with a word char (a test
/// checks every pair). So one anchored leftmost-longest search of all the verbs finds it,
/// instead of trying each verb that starts with the same letter in turn (~700 instructions
/// a call, on every word after a quote).
pub(super) fn speech_verb(text: &str) -> Option<&'static str> {
    static LIST: LazyLock<Vec<&'static str>> = LazyLock::new(|| VERBS.split('|').collect());
    // Built from the fixed list above: a failure is a bug in the source.
    static AT_START: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(VERBS.split('|'))
            .unwrap_or_else(|e| panic!("speech verbs: {e}"))
    });
    let m = AT_START.try_find(Input::new(text).anchored(Anchored::Yes)).ok()??;
    let verb = *LIST.get(m.pattern().as_usize())?;
    (!text[m.end()..].starts_with(is_word_char)).then_some(verb)
}

/// Whether `text` opens with one of [`VERBS`] as a whole word.
pub(in crate::extract::quotes) fn opens_with_speech_verb(text: &str) -> bool {
    speech_verb(text).is_some()
}

/// A char the patterns' `\b` counts as part of a word (Unicode `\w`).
pub(super) fn is_word_char(c: char) -> bool {
    static WORD: LazyLock<Regex> = LazyLock::new(|| pattern(r"^\w$"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    WORD.is_match(c.encode_utf8(&mut [0; 4]))
}

/// Whether a text holds one of [`VERBS`] as a word: a necessary condition for the patterns
/// here, checked by a literal search that is much cheaper than they are.
///
/// As the pattern `\b(?:VERBS)\b` would say, read by one overlapping search of the verbs
/// (every place each one stands), a place counting when no word char adjoins it: every verb
/// opens and ends on a letter, so that is where `\b` holds. The pattern's Unicode `\b` made
/// the regex engine fall back from its DFA on any text not all ASCII.
pub(in crate::extract::quotes) fn has_speech_verb(text: &str) -> bool {
    // Built from the fixed list above: a failure is a bug in the source.
    static ANYWHERE: LazyLock<WordSpots> = LazyLock::new(|| WordSpots::new(VERBS.split('|')));
    ANYWHERE.any(text, |m| !text[..m.start].ends_with(is_word_char) && !text[m.end..].starts_with(is_word_char))
}
