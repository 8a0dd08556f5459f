//! A broadcast script's recorded clips. The clip's header names who speaks in it ("CLIP 1:
//! DS JO BLOGGS, ANYTOWN POLICE", "CUT 2: VOX POP, SHOPKEEPER, HULL"); its in and out cues
//! and its duration follow (ingest files all three as furniture, [`is_script_cue`]); then
//! the words of the clip, often after "TRANSCRIPT:", without quote marks. Those words are
//! the speaker's direct speech, up to the next line that is not the clip's text.
//!
//! A TV script names the one speaking in a sound-on-tape clip by the caption put on screen
//! over it ("SUPER: Sgt Jo Bloggs, Anytown Police", "SUPER: Mother of a victim", "SUPER:
//! Priya, 16"), under the clip's header or in its place: the caption, printed as names are
//! written, names the speaker better than the header's capitals do. A piece to camera
//! ("PTC:") and a voice-over are the reporter's, no clip.

use std::sync::LazyLock;

use regex::Regex;

use super::super::context::{At, Context, Resolved};
use super::super::names;
use super::super::Para;
use super::labels;
use crate::ingest::{clip_header, is_clip_cue, is_script_cue};
use crate::model::{Article, Role};

/// The label a clip's words may be printed after: "TRANSCRIPT:", "VERBATIM:", "TEXT:".
static WORDS_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::numbers::compile(r"^(?:TRANSCRIPT|VERBATIM|TEXT|WORDS|CLIP TEXT)\s*:\s*"));

/// The out cue: "OUT: \"...next week.\"", "OUT CUE: '…at all.'", with the clip's last words.
static OUT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r#"(?i)^OUT(?:[\s-]?CUE|[\s-]?WORDS)?\s*:\s*["']\s*(?:\.\.\.|…)?\s*(?P<words>.*?)\s*["']\s*$"#,
    )
});

/// A caption naming who is on screen, as a TV script prints it under a clip's header or in
/// its place: "SUPER: Jo Bloggs, Anytown Council", "SOT -- SUPER: Priya, 16", "CAPTION: …",
/// "ASTON: …", "LOWER THIRD: …".
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^(?:(?:SOT|SYNC|CLIP|VOX(?:\s?POPS?)?)\s*[-–—]+\s*)?(?:SUPERS?|CAPTION|ASTON|NAMESTRAP|LOWER THIRD)\s*:\s*(?P<who>\S.*?)\s*$",
    )
});

/// The words of a caption line naming who is on screen ([`CAPTION`]): `None` for any other
/// line, or a caption naming no one ("SUPER: (NONE -- FIRST NAMES ONLY)").
pub(super) fn caption_words(line: &str) -> Option<&str> {
    if line.len() > MAX_CAPTION_LEN || !line.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let who = CAPTION.captures(line.trim())?.name("who")?.as_str();
    (!who.starts_with(['(', '['])).then_some(who)
}

/// The longest line read as a caption.
const MAX_CAPTION_LEN: usize = 200;

/// A direction in square brackets on a line of its own ("[TRANSCRIPT FOR WEB TEAM]"), which
/// a script may set between a clip's cues and its words.
fn is_bracketed_line(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('[') && line.ends_with(']')
}

/// Whether a paragraph is all in quote marks, as a script prints a clip's words.
pub(super) fn wholly_quoted(norm: &str) -> bool {
    let norm = norm.trim();
    norm.starts_with('"') && norm.ends_with('"') && norm.matches('"').count() == 2
}

/// A clip's header before a text paragraph: who speaks, and the clip's last words when an
/// out cue gives them.
#[derive(Debug, Clone)]
pub(super) struct Header {
    pub who: String,
    pub out: Option<String>,
}

/// For each text paragraph, the clip header among the non-text lines right before it, when
/// only the clip's cues stand between the two. A header counts only when it reads as one: an
/// in, out or duration cue follows it, or the page numbers two or more clips. A capitals
/// line alone ("AUDIO: CITY FM") over a paragraph is a label, not a clip.
pub(super) fn headers_before(article: &Article, paras: &[Para]) -> Vec<Option<Header>> {
    let numbered_clips = numbered_clips(article);
    super::gaps(article, paras)
        .zip(paras)
        .map(|(lines, para)| {
            // The clip's lines: its header, caption, cues and directions, up to the paragraph.
            let of_clip = |l: &&crate::model::Paragraph| {
                l.role == Role::Furniture
                    && (is_script_cue(&l.norm) || caption_words(&l.norm).is_some() || is_bracketed_line(&l.norm))
            };
            let start = lines.iter().rposition(|l| !of_clip(&l)).map_or(0, |k| k + 1);
            let block = lines.get(start..).unwrap_or_default();
            let header = block.iter().rposition(|l| clip_header(&l.norm).is_some());
            let caption = block.iter().rev().find_map(|l| caption_words(&l.norm));
            let cues = &block[header.map_or(0, |h| h + 1)..];
            let cued = cues.iter().any(|l| is_clip_cue(&l.norm));
            let out = cues
                .iter()
                .find_map(|l| OUT_CUE.captures(&l.norm)?.name("words").map(|w| squashed(w.as_str())))
                .filter(|w| !w.is_empty());
            let who = match (caption, header) {
                // A caption alone is a clip's when cues follow it or the words are quoted.
                (Some(caption), _) if header.is_some() || cued || wholly_quoted(&para.norm_str) => caption,
                (_, Some(h)) if cued || numbered_clips >= MIN_NUMBERED_CLIPS => clip_header(&block[h].norm)?.0,
                _ => return None,
            };
            Some(Header { who: who.to_string(), out })
        })
        .collect()
}

/// The fewest numbered clip headers that make a page a script without any cue under them.
const MIN_NUMBERED_CLIPS: usize = 2;

/// How many of a page's lines are numbered clip headers ("CLIP 1: …", "CUT 2: …").
fn numbered_clips(article: &Article) -> usize {
    article
        .paragraphs
        .iter()
        .filter(|l| l.role == Role::Furniture && clip_header(&l.norm).is_some_and(|(_, n)| n))
        .count()
}

/// Whether a paragraph of a clip's words ends on the clip's last words (`out`, as an out cue
/// prints them): the clip ends with it.
pub(super) fn ends_clip(norm: &str, out: &str) -> bool {
    squashed(norm).ends_with(out)
}

/// Letters and digits in lower case, for comparing a cue's words with the text they cue.
fn squashed(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
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
    let head = readable_name(first);
    let organisation = (!rest.is_empty()).then(|| rest.iter().map(|p| readable_part(p)).collect::<Vec<_>>().join(", "));
    // "MAYOR JO BLOGGS": an office before the name is the role it stands in.
    let office: Vec<&str> = head.split_whitespace().take_while(|w| labels::is_office_word(w)).collect();
    let named = head.split_whitespace().skip(office.len()).collect::<Vec<_>>().join(" ");
    let unnamed = first.to_lowercase().split_whitespace().all(is_unnamed_word);
    if let Some(name) = labels::person_name(&named).filter(|n| !unnamed && is_a_persons_name(n)) {
        let surname = name.split_whitespace().next_back().unwrap_or(&name);
        if let Some(mut known) = ctx.named_before(surname, at).filter(|k| k.speaker == name) {
            known.organisation = organisation.or(known.organisation);
            return Some(known);
        }
        let role = labels::rank_before_name(&named).or_else(|| (!office.is_empty()).then(|| office.join(" ")));
        return Some(Resolved { speaker: name, role, organisation });
    }
    // A vox pop captioned by first name and age: "Priya, 16".
    if let Some(aged) = first_name_and_age(first, rest) {
        return Some(aged);
    }
    let described: Vec<String> = parts.iter().map(|p| described_part(p)).collect();
    Some(Resolved { speaker: described.join(", "), role: None, organisation: None })
}

/// A speaker captioned by a first name alone with their age after it ("Priya, 16", "PRIYA,
/// AGED 16"): the name, and the age as the role, with whatever else the caption says.
fn first_name_and_age(first: &str, rest: &[&str]) -> Option<Resolved> {
    static AGE: LazyLock<Regex> =
        LazyLock::new(|| crate::extract::numbers::compile(r"^(?i:aged\s+)?(?P<age>\d{1,2})$"));
    let name = readable_name(first);
    let one_word = !name.contains(char::is_whitespace) && name.chars().all(|c| c.is_alphabetic() || c == '-');
    if !one_word || !name.starts_with(char::is_uppercase) || is_unnamed_word(&name.to_lowercase()) {
        return None;
    }
    let age = rest.iter().find_map(|p| AGE.captures(p)?.name("age"))?.as_str();
    let mut role = vec![format!("aged {age}")];
    role.extend(rest.iter().filter(|p| !AGE.is_match(p)).map(|p| described_part(p)));
    Some(Resolved { speaker: name, role: Some(role.join(", ")), organisation: None })
}

/// A header's name in capitals as a name is written: "DCI JO BLOGGS" is "DCI Jo Bloggs"; a
/// rank or title keeps its capitals, every other word only its first letter ("ANA", "LI").
fn readable_name(words: &str) -> String {
    if !crate::ingest::lead::is_all_capitals(words) {
        return words.to_string();
    }
    let rank = |w: &str| names::is_role_word(w) || names::is_honorific(w) || is_initials(w);
    words
        .split_whitespace()
        .map(|w| if rank(w) { w.to_string() } else { names::title_case(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a header's name is a person's as names are printed: two to four words, not a
/// place, and read as a person's (or a name the reader does not know), not a body's.
fn is_a_persons_name(name: &str) -> bool {
    use super::super::speaker::Who;
    const MAX_WORDS: usize = 4;
    let words = name.split_whitespace().count();
    (2..=MAX_WORDS).contains(&words)
        && crate::extract::places::by_name(name).is_none()
        && crate::extract::places::area_mentions(name).is_empty()
        && matches!(super::super::speaker::parse_who(name), Some(Who::Person(_) | Who::Bare(_) | Who::Surname { .. }))
}

/// The words without a bracket's note ("(UNNAMED)", "(ARCHIVE)") or the bulletin a clip is
/// cut for ("BLOGGS FOR 0800").
fn without_brackets(words: &str) -> String {
    static BRACKET: LazyLock<Regex> =
        LazyLock::new(|| crate::extract::numbers::compile(r"\s*\([^)]*\)|(?i)\s+for\s+\d{3,4}(?:\s*(?:hrs|h))?\s*$"));
    BRACKET.replace_all(words, "").trim().to_string()
}

/// The person a cue introducing a clip names in full, by the surname alone the clip's header
/// gives: the cue's last sentence ends on a colon and holds the surname after a first name
/// ("… HERE'S ITS HEAD OF PROPERTY, DAVINA OKORO:", "… MARTIN FAIRLEY IS ITS CHIEF
/// EXECUTIVE:"). The name as names are written.
pub(super) fn named_in_cue(surname: &str, cue: &str) -> Option<String> {
    // Words a script's capitals put before a surname that are no first name.
    const NOT_NAMES: &[&str] = &[
        "the", "its", "his", "her", "their", "our", "here's", "heres", "here", "is", "and", "with", "from", "of", "by",
        "now", "to", "for", "said", "says", "told", "us", "me", "mr", "mrs", "ms", "miss", "dr",
    ];
    let cue = cue.trim();
    let cue = cue.strip_suffix(':')?;
    let last = cue.rsplit(['.', '?', '!']).next().unwrap_or(cue);
    let words: Vec<&str> = last.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).collect();
    let at = words.iter().rposition(|w| w.eq_ignore_ascii_case(surname))?;
    let first = *words.get(at.checked_sub(1)?)?;
    let plain = first.chars().count() >= 2
        && first.starts_with(char::is_uppercase)
        && first.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''));
    let lower = first.to_lowercase();
    let named = plain
        && !NOT_NAMES.contains(&lower.as_str())
        && !names::is_role_word(first)
        && !names::is_honorific(first)
        && !is_unnamed_word(&lower);
    named.then(|| format!("{} {}", readable_name(first), readable_name(surname)))
}

/// An organisation's words in capitals as a name is written: "ANYTOWN POLICE" is "Anytown
/// Police"; initials ("NSPCC", "BBC RADIO KENT") keep their capitals.
fn readable_part(part: &str) -> String {
    if !crate::ingest::lead::is_all_capitals(part) {
        return part.to_string();
    }
    part.split_whitespace()
        .map(|w| if is_initials(w) { w.to_string() } else { names::title_case(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a word in capitals is initials, read letter by letter: two to six capitals with
/// no vowel ("BBC", "PCC", "NSPCC"), or initials that spell one and are common in news
/// ("ITV", "IOPC").
fn is_initials(word: &str) -> bool {
    const MAX_LETTERS: usize = 6;
    const WITH_VOWELS: [&str; 12] =
        ["ITV", "ITN", "IOPC", "RSPCA", "ONS", "UK", "EU", "UN", "NHSE", "CEO", "RNLI", "DVLA"];
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let letters = core.chars().filter(char::is_ascii_uppercase).count();
    let all_capitals = core.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    let vowel = core.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'));
    all_capitals && (2..=MAX_LETTERS).contains(&letters) && (!vowel || WITH_VOWELS.contains(&core))
}

/// A part of an unnamed speaker's description: a word for a person or a kind of clip in lower
/// case ("mother", "vox pop"), a place or name as it is written ("Preston").
fn described_part(part: &str) -> String {
    let lower = part.to_lowercase();
    let common = lower.split_whitespace().all(is_unnamed_word);
    if common {
        return lower;
    }
    // A description printed as a sentence is ("Mother of a victim"): a word for a person
    // opening it is no name.
    let shouted = crate::ingest::lead::is_all_capitals(part);
    let first = lower.split_whitespace().next().unwrap_or_default();
    if !shouted && is_unnamed_word(first) {
        let mut chars = part.chars();
        return chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    }
    readable_part(part)
}

/// A word describing someone unnamed, or the kind of clip they speak in ("vox pop").
fn is_unnamed_word(word: &str) -> bool {
    names::is_person_noun(word) || matches!(word, "vox" | "pop" | "pops" | "voxpop")
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
