//! Interviews that say outright they are questions and answers ("Q&A", "In conversation"):
//! under such a cue an unlabelled answer may be in any person, and the one person the
//! introduction names is the one asked.

use std::sync::LazyLock;

use regex::Regex;

use super::{is_unmarked_question, quotes_anyone, Para, NEWSROOM};
use crate::extract::quotes::context::{Context, Resolved};
use crate::model::Article;

/// Words that say outright the piece is questions and answers: "Q&A", "In conversation".
static EXPLICIT_CUE: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::numbers::compile(r"(?i)\b(?:q\s*&\s*a|in conversation)\b"));

/// What follows "Q&A" when it is an event the story reports, not the piece's format: "a Q&A
/// session", "the Q&A evening".
static EVENT_AFTER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)^\s*(?:sessions?|events?|evenings?|nights?|meetings?|panels?|with residents)\b",
    )
});

/// The most words of a paragraph that heads an interview as its format ("Q&A", "In
/// conversation: the food bank's manager").
const CUE_LINE_WORDS: usize = 10;

/// Whether the piece says outright that it is questions and answers: "Q&A" or "In
/// conversation" in the title or a kicker above it, a short line before the first question,
/// or an introduction opening "In conversation with". A "Q&A session" the story reports is
/// none. Under such a cue unlabelled answers need not be in the first person.
pub(in crate::extract::quotes) fn explicit_cue(article: &Article, paras: &[Para]) -> bool {
    let cues =
        |text: &str| EXPLICIT_CUE.find_iter(text).any(|m| !EVENT_AFTER_CUE.is_match(text.get(m.end()..).unwrap_or("")));
    let heads = article.title.iter().map(String::as_str).chain(article.lead_in().iter().map(|p| p.norm.as_str()));
    if heads.into_iter().any(cues) {
        return true;
    }
    let first_question = paras.iter().position(is_unmarked_question).unwrap_or(0);
    paras.get(..first_question).unwrap_or_default().iter().any(|p| {
        let t = p.norm_str.trim_start();
        let short = t.split_whitespace().count() <= CUE_LINE_WORDS;
        (short && cues(t)) || t.get(..15).is_some_and(|lead| lead.eq_ignore_ascii_case("in conversation"))
    })
}

/// Whether a paragraph can open an answer to an unlabelled question in a piece that says it
/// is questions and answers ([`explicit_cue`]): as [`opens_answer`](super::opens_answer), in any person.
pub(super) fn opens_cued_answer(para: &Para) -> bool {
    let t = para.norm_str.trim();
    !t.is_empty() && !t.ends_with('?') && !quotes_anyone(para) && !para.is_furniture() && !NEWSROOM.is_match(t)
}

/// How many paragraphs ending in "?" are followed by an answer in any person, in a piece
/// that says it is questions and answers.
pub(super) fn cued_questions(paras: &[Para]) -> usize {
    paras.windows(2).filter(|w| is_unmarked_question(&w[0]) && opens_cued_answer(&w[1])).count()
}

/// The one person named in full in paragraphs `from` up to `first_question`: whom a piece
/// that says it is questions and answers puts them to. Two people named leave it unsaid.
pub(super) fn only_person_named(ctx: &Context, from: usize, first_question: usize) -> Option<Resolved> {
    let last = ctx.last_named(from, (first_question, 0), None)?;
    let others = (from..first_question)
        .filter_map(|k| ctx.last_named(k, (k + 1, 0), None))
        .any(|named| named.speaker != last.speaker);
    (!others).then_some(last)
}
