//! The grammar that ties quoted words to a speaker: "X said:" before the quote, ", X said"
//! or ", said X" after it, and the sentence boundaries these patterns need. The speech verbs
//! and titles here are shared with [`super::mentions`], which finds people a sentence names
//! without quoting them.
//!
//! Everything here works on normalised text (straight marks) and returns the words that
//! name the speaker; [`super::speaker`] reads those words.

use std::sync::LazyLock;

use regex::Regex;

use super::names::{self, Gender};
use super::speaker::{self, is_describing_noun, without_body_described, Who};

mod intro;
mod intro_without_verb;
mod labels;
mod pointing_back;
mod sentences;
mod speaker_length;
mod statements;
#[cfg(test)]
pub(super) mod tests;
mod trailing;
mod verbs;

pub use intro::{intro_speaker, intro_speaker_at};
pub use intro_without_verb::spoke_plainly;
pub use pointing_back::{goes_on_speaking, points_back};
pub use sentences::{first_sentence_end, sentence_start, sentence_start_within, starts_sentence};
pub(in crate::extract::quotes) use speaker_length::{speaker_units, MAX_SPEAKER_UNITS, TITLES, TITLE_DOT};
pub use statements::{quotes_the_statement, statement_giver, statement_of, tells_of_a_statement, Statement};
pub use trailing::trailing_speaker;
pub(in crate::extract::quotes) use verbs::{has_speech_verb, opens_with_speech_verb, verb_after, VERBS};

/// Builds one of this module's fixed patterns.
pub(in crate::extract::quotes) fn pattern(source: &str) -> Regex {
    // The patterns are constants of this module; a failure is a bug caught by its tests.
    Regex::new(source).unwrap_or_else(|e| panic!("attribution pattern: {e}"))
}

/// Words allowed between the verb and the end of an attribution where reported speech
/// could also stand: "in a statement", "yesterday", "on Twitter".
static SHORT_REST: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:|in a (?:written |joint )?statement|in a (?:press )?release|in (?:his|her|their|a) report|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|x|facebook|social media)|yesterday|today|last (?:night|week|month|year)|this (?:week|month|morning)|earlier|later|recently|previously|at the time)$",
    )
});

/// Does the rest of an attribution, after its verb, leave it an attribution? "told the
/// BBC" and "said in a statement" do; "said the figures were worrying" is reported speech.
fn rest_allowed(verb: &str, rest: &str) -> bool {
    let told = verb.starts_with("told") || verb.starts_with("tell");
    let rest_lower = rest.to_lowercase();
    SHORT_REST.is_match(&rest_lower) || (told && rest.split_whitespace().count() <= 4 && !rest_lower.contains("that"))
}
