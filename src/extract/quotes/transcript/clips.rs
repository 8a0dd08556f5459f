//! A broadcast script's recorded clips. The clip's header names who speaks in it ("CLIP 1:
//! DS JO BLOGGS, ANYTOWN POLICE", "CUT 2: VOX POP, SHOPKEEPER, HULL"); its in and out cues
//! and its duration follow (ingest files all three as furniture, [`is_script_cue`]); then
//! the words of the clip, often after "TRANSCRIPT:", without quote marks. Those words are
//! the speaker's direct speech, up to the next line that is not the clip's text.

use std::sync::LazyLock;

use regex::Regex;

use super::super::context::{At, Context, Resolved};
use super::super::names;
use super::super::Para;
use super::labels;
use crate::ingest::is_script_cue;
use crate::model::{Article, Role};

/// The words naming the speaker in a clip's header: what follows the clip's number and colon.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^(?:CLIP|CUT|INSERT|ACT|ACTUALITY|SOT|SYNC|AUDIO|BITE|SOUNDBITE|GRAB|VOX(?:\s?POPS?)?)(?:\s*\d{1,2}[A-Z]?)?(?:\s*-\s*[A-Z/]+)?\s*:\s*(?P<who>\S.*)$",
    )
});

/// The label a clip's words may be printed after: "TRANSCRIPT:", "VERBATIM:", "TEXT:".
static WORDS_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::numbers::compile(r"^(?:TRANSCRIPT|VERBATIM|TEXT|WORDS|CLIP TEXT)\s*:\s*"));

/// For each text paragraph, the speaker words of the clip header among the non-text lines
/// right before it, when only the clip's cues stand between the two.
pub(super) fn headers_before(article: &Article, paras: &[Para]) -> Vec<Option<String>> {
    let mut from = 0;
    paras
        .iter()
        .map(|p| {
            let lines = article.paragraphs.get(from..p.index).unwrap_or_default();
            from = p.index + 1;
            let header = lines.iter().rposition(|l| HEADER.is_match(&l.norm) && is_script_cue(&l.norm))?;
            let cues_only = lines[header..].iter().all(|l| l.role == Role::Furniture && is_script_cue(&l.norm));
            let who = HEADER.captures(&lines[header].norm)?.name("who")?.as_str().to_string();
            cues_only.then_some(who)
        })
        .collect()
}

/// How many chars of a clip's paragraph its words label takes ("TRANSCRIPT: ").
pub(super) fn words_from(norm: &str) -> usize {
    WORDS_LABEL.find(norm).map_or(0, |m| norm[..m.end()].chars().count())
}

/// The speaker a clip header's words name: a person by name (with a rank and an
/// organisation after a comma: "DCI JO BLOGGS, ANYTOWN POLICE"), taken as the text named
/// them when it did; or someone unnamed, described by the header's words ("vox pop,
/// shopkeeper, Hull").
pub(super) fn speaker(words: &str, at: At, ctx: &Context) -> Option<Resolved> {
    let words = without_brackets(words);
    let parts: Vec<&str> = words.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let (first, rest) = parts.split_first()?;
    let head = super::super::interview::readable_label(first);
    let organisation = (!rest.is_empty()).then(|| rest.iter().map(|p| readable_part(p)).collect::<Vec<_>>().join(", "));
    if let Some(name) = labels::person_name(&head).filter(|n| is_a_persons_name(n)) {
        let surname = name.split_whitespace().next_back().unwrap_or(&name);
        if let Some(mut known) = ctx.named_before(surname, at).filter(|k| k.speaker == name) {
            known.organisation = organisation.or(known.organisation);
            return Some(known);
        }
        return Some(Resolved { speaker: name, role: labels::rank_before_name(&head), organisation });
    }
    let described: Vec<String> = parts.iter().map(|p| described_part(p)).collect();
    Some(Resolved { speaker: described.join(", "), role: None, organisation: None })
}

/// Whether a label's name is a person's as names are printed: two words or more, not a place.
fn is_a_persons_name(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        && crate::extract::places::by_name(name).is_none()
        && matches!(super::super::speaker::parse_who(name), Some(super::super::speaker::Who::Person(_)))
}

/// The words without a bracket's note ("(UNNAMED)", "(ARCHIVE)").
fn without_brackets(words: &str) -> String {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"\s*\([^)]*\)"));
    BRACKET.replace_all(words, "").trim().to_string()
}

/// An organisation's words in capitals as a name is written: "ANYTOWN POLICE" is "Anytown
/// Police"; a short word alone ("NSPCC", "BBC") is its initials, kept.
fn readable_part(part: &str) -> String {
    const MAX_INITIALS: usize = 5;
    let alone = !part.contains(' ');
    if alone && part.chars().count() <= MAX_INITIALS && crate::extract::places::by_name(part).is_none() {
        return part.to_string();
    }
    part.split_whitespace().map(capitalised).collect::<Vec<_>>().join(" ")
}

/// A part of an unnamed speaker's description: a word for a person or a kind of clip in lower
/// case ("mother", "vox pop"), a place or name as it is written ("Preston").
fn described_part(part: &str) -> String {
    let lower = part.to_lowercase();
    let common = lower.split_whitespace().all(|w| names::is_person_noun(w) || matches!(w, "vox" | "pop" | "pops"));
    if common {
        lower
    } else {
        readable_part(part)
    }
}

/// A word in capitals with only its first letter, and any after a hyphen or apostrophe, kept.
fn capitalised(word: &str) -> String {
    let mut after_break = true;
    word.chars()
        .map(|c| {
            let out = if after_break { c } else { c.to_lowercase().next().unwrap_or(c) };
            after_break = c == '\'' || c == '-';
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clip_text_label_is_skipped() {
        assert_eq!(words_from("TRANSCRIPT: We were there."), "TRANSCRIPT: ".len());
        assert_eq!(words_from("VERBATIM:  Nobody came."), "VERBATIM:  ".len());
        assert_eq!(words_from("Transcripts show it."), 0);
    }

    #[test]
    fn an_unnamed_clip_speaker_is_described_by_the_header() {
        assert_eq!(described_part("SHOPKEEPER"), "shopkeeper");
        assert_eq!(described_part("VOX POP"), "vox pop");
        assert_eq!(described_part("HEBDEN BRIDGE"), "Hebden Bridge");
        assert_eq!(readable_part("RSPCA"), "RSPCA");
    }
}
