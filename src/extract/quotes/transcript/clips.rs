//! A broadcast package script's clips, as a newsroom's running order prints them:
//!
//! ```text
//! CLIP 1: DCI JO BLOGGS, ANYTOWN POLICE
//! IN: "I think it's important..."
//! OUT: "...we will listen."
//! DUR: 0'24"
//! TRANSCRIPT: I think it's important people understand …
//! ```
//!
//! The clip's header names who speaks; the cue lines (in and out words, duration) are the
//! script's; the transcript line is the speaker's words.

use std::sync::LazyLock;

use regex::Regex;

use super::super::context::Resolved;

/// A clip's header: "CLIP 1: NAME, ORGANISATION", "SOT: NAME", "INSERT 2 - NAME".
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(r"^(?:CLIP|SOT|INSERT|ACTUALITY|CUT|SYNC)\s*\d{0,2}\s*[:\-–—]\s*(?P<who>\S.*)$")
});

/// A cue line under a clip's header: its in and out words, its duration.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(r"^(?:IN|OUT|IN\s*WORDS|OUT\s*WORDS|INCUE|OUTCUE|OUT\s*CUE|DUR|DURATION)\s*:")
});

/// The clip's words: "TRANSCRIPT: …", "VERBATIM: …".
static WORDS: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"^(?:TRANSCRIPT|VERBATIM)\s*:\s*"));

/// "(UNNAMED)", "(VOX POP)": a note in brackets on who speaks.
static BRACKET_NOTE: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"\s*\([^()]*\)\s*"));

/// Whether a page prints clips: a clip's header and a transcript line.
pub(super) fn has_clips(norms: &[&str]) -> bool {
    norms.iter().any(|n| HEADER.is_match(n.trim())) && norms.iter().any(|n| WORDS.is_match(n.trim()))
}

/// Whether a line is a cue under a clip's header.
pub(super) fn is_cue(norm: &str) -> bool {
    CUE.is_match(norm.trim())
}

/// The chars of a transcript line before the clip's words, when it is one.
pub(super) fn words_from(norm: &str) -> Option<usize> {
    let trimmed = norm.trim_start();
    let lead = norm.len() - trimmed.len();
    WORDS.find(trimmed).map(|m| norm.get(..lead + m.end()).map_or(0, |s| s.chars().count()))
}

/// Who a clip's header names: "DCI JO BLOGGS, ANYTOWN POLICE" is Jo Bloggs, DCI, of Anytown
/// Police; an unnamed voice ("VOX POP, MOTHER, ANYTOWN (UNNAMED)") is who it is said to be
/// ("mother, Anytown").
pub(super) fn clip_speaker(norm: &str) -> Option<Resolved> {
    let who = HEADER.captures(norm.trim())?.name("who")?.as_str();
    let who = BRACKET_NOTE.replace_all(who, " ");
    let mut parts = who.split(',').map(str::trim).filter(|p| !p.is_empty());
    let first = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    let readable = super::super::interview::readable_label(first);
    if first.eq_ignore_ascii_case("vox pop") || first.eq_ignore_ascii_case("vox") {
        let said = rest.iter().map(|p| super::super::interview::readable_label(p)).collect::<Vec<_>>();
        let speaker = said.join(", ");
        let speaker = if speaker.is_empty() { "vox pop".to_string() } else { lower_first(&speaker) };
        return Some(Resolved { speaker, role: None, organisation: None });
    }
    let name = super::labels::person_name(&readable)?;
    let name = name.split_whitespace().map(name_word).collect::<Vec<_>>().join(" ");
    let rank: Vec<&str> =
        readable.split_whitespace().take_while(|w| !name.to_lowercase().starts_with(&w.to_lowercase())).collect();
    let role = (!rank.is_empty()).then(|| rank.join(" "));
    let organisation = rest.first().map(|org| organisation_as_printed(org));
    Some(Resolved { speaker: name, role, organisation })
}

/// An organisation in a header in capitals, as it is printed: initials stay ("NSPCC"), other
/// words take capitals only at their start.
fn organisation_as_printed(org: &str) -> String {
    const MAX_INITIALS: usize = 6;
    let initials = !org.contains(' ') && org.chars().count() <= MAX_INITIALS;
    if initials {
        org.to_string()
    } else {
        super::super::interview::readable_label(org)
    }
}

/// A name's word in capitals as a name is printed: "JO" is "Jo", "O'BRIEN" is "O'Brien".
fn name_word(word: &str) -> String {
    if word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut after_break = true;
    word.chars()
        .flat_map(|c| {
            let keep = after_break;
            after_break = matches!(c, '\'' | '-' | '’');
            let lower: Vec<char> = if keep { vec![c] } else { c.to_lowercase().collect() };
            lower
        })
        .collect()
}

/// The words with their first letter in lower case: "Mother, Preston" is "mother, Preston".
fn lower_first(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clips_header_names_the_speaker_their_rank_and_body() {
        let r = clip_speaker("CLIP 1: DCI JO BLOGGS, ANYTOWN POLICE");
        assert_eq!(
            r.map(|r| (r.speaker, r.role, r.organisation)),
            Some(("Jo Bloggs".into(), Some("DCI".into()), Some("Anytown Police".into())))
        );
        let r = clip_speaker("SOT: SAM SMITH, NSPCC");
        assert_eq!(r.map(|r| (r.speaker, r.organisation)), Some(("Sam Smith".into(), Some("NSPCC".into()))));
        let r = clip_speaker("CLIP 2: VOX POP, FATHER, LEEDS (UNNAMED)");
        assert_eq!(r.map(|r| r.speaker), Some("father, Leeds".into()));
    }
}
