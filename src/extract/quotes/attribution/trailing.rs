//! The speaker named after a quote: ", X said", ", said X" (inverted, short or with a long
//! description; Welsh ", meddai X"), and "as X put it" clauses that end the sentence.

use std::sync::LazyLock;

use regex::Regex;

use super::intro_without_verb::welsh_speaker;
use super::{
    has_speech_verb, is_describing_noun, names, pattern, rest_allowed, speaker_units, without_body_described,
    MAX_SPEAKER_UNITS, TITLE_DOT, VERBS,
};

/// ", X said." after a quote.
static TRAIL_WHO_VERB: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*[,;:]?\s*(?:-\s*)?(?P<who>(?:{TITLE_DOT}|[^\s",;:.!?])(?:{TITLE_DOT}|[^".!?;:]){{0,160}}?),?\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?P<verb>{VERBS})\b(?P<rest>[^".!?;:]*?)\s*(?P<end>[.!?;:,]|$)"#
    ))
});

/// ", said X." after a quote. Besides the common verbs, those a newsroom inverts for colour
/// ("fumed Jo Bloggs", "vowed the chairman", "recalled one mother", "wrote Jo Bloggs in a
/// letter"), which rarely take an object straight after a quote.
static TRAIL_VERB_WHO: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*[,;:]?\s*(?:-\s*)?(?P<verb>said|says|added|adds|explained|explains|continued|continues|warned|warns|urged|urges|insisted|insists|admitted|admits|stressed|stresses|fumed|raged|vowed|pledged|recalled|recalls|replied|replies|remarked|conceded|concedes|declared|cautioned|observed|reflected|recounted|argued|argues|wrote|writes|according to|meddai(?:['’]r)?)\s+(?P<who>(?:{TITLE_DOT}|[^".!?;:]){{2,160}}?)\s*(?P<end>[.!?;:]|,\s*$|$)"#
    ))
});

/// Words that may open the speaker words after a quote: a capital, a pronoun, an article,
/// a possessive pointing back to who was named before ("said its director, Jo Bloggs"),
/// "police", or a lower-case description of a named person ("said local mother Dawn Pike",
/// "added council leader Sam Ode").
fn opens_trailing_speaker(who: &str) -> bool {
    let first = who.split_whitespace().next().unwrap_or("");
    first.starts_with(char::is_uppercase)
        || describes_named_person(who)
        || matches!(
            first,
            "he" | "she"
                | "the"
                | "a"
                | "an"
                | "one"
                | "another"
                | "its"
                | "their"
                | "his"
                | "her"
                | "police"
                | "officers"
                | "detectives"
        )
}

/// Whether a speaker's words open with a few lower-case words, one of them a word for a
/// person or a role ("local mother", "grandfather", "council leader"), and then a name of
/// at least two words: the description of a person named after it.
fn describes_named_person(who: &str) -> bool {
    const MAX_DESCRIBING_WORDS: usize = 3;
    let words: Vec<&str> = who.split_whitespace().take(MAX_DESCRIBING_WORDS + 2).collect();
    let Some(name_at) = words.iter().position(|w| w.starts_with(char::is_uppercase)) else { return false };
    let describing = &words[..name_at];
    (1..=MAX_DESCRIBING_WORDS).contains(&describing.len())
        && describing.iter().any(|w| is_describing_noun(w) || names::is_role_word(w))
        && words.get(name_at + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// After ", X said," the sentence may go on with "adding that ..." or "and called for ...",
/// or say where the words were said, as a feature does ("…," she says later, over coffee
/// at the depot.), but not with a verb of the quoted words' own sentence ("is rising").
fn goes_on_after_attribution(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic());
    first.ends_with("ing")
        || matches!(
            first,
            "and"
                | "as"
                | "before"
                | "after"
                | "while"
                | "when"
                | "but"
                | "in"
                | "on"
                | "at"
                | "over"
                | "outside"
                | "inside"
                | "during"
                | "across"
                | "beside"
        )
}

/// A speaker named after a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trailing {
    /// The words naming the speaker.
    pub who: String,
    /// The attribution ends in a comma or colon before the next quoted span: the quote
    /// goes on ("The figures," she said, "are stark.").
    pub split: bool,
    /// Chars of `after` the attribution takes up.
    pub len: usize,
}

/// The speaker named right after a quote, in `after` (the text up to the next quote).
/// `ended_sentence` says whether the quote closed on a full stop, after which only a bare
/// attribution ("Marion Tate said.") may follow, not a new sentence of reported speech.
pub fn trailing_speaker(after: &str, ended_sentence: bool) -> Option<Trailing> {
    if let Some(found) = as_clause_speaker(after) {
        return Some(found);
    }
    if let Some(found) = dash_signed_speaker(after) {
        return Some(found);
    }
    // Both patterns need a speech verb (or "according to"): a cheap literal check first.
    if !has_speech_verb(after) && !after.contains("according to") && !after.contains("meddai") {
        return None;
    }
    if let Some(found) = welsh_pronoun_speaker(after) {
        return Some(found);
    }
    let found = trailing_speaker_in(after, ended_sentence);
    if found.as_ref().is_some_and(|t| !t.who.ends_with(" who")) {
        return found;
    }
    // "one victim, who asked not to be named, told the Gazette": the verb of an aside about
    // the speaker is not the attribution's. Read it with the aside blanked out, char for
    // char, so that the length taken up stays that of `after`.
    // Not `intro_parts`' way, which skips only the verb after "who" and keeps the aside for
    // `speaker::description` to read ("A girl, who told her teacher, said:" is "a girl who
    // told her teacher"); here the aside is gone (", a boy, who told his teacher, said." is
    // "a boy"), as the trailing patterns cannot skip a clause inside their lazy speaker
    // words. One way for both would change trailing speakers.
    let aside = relative_aside(after)?;
    let blanked: String = after.char_indices().map(|(i, c)| if aside.contains(&i) { ' ' } else { c }).collect();
    trailing_speaker_in(&blanked, ended_sentence)
}

/// `"We were told nothing," as one father put it.`, `… as Jo Bloggs told the Courier.`: an
/// "as" clause of saying that ends the sentence after a quote names its speaker.
fn as_clause_speaker(after: &str) -> Option<Trailing> {
    static AS_SAID: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*,?\s*as\s+(?P<who>(?:{TITLE_DOT}|[^\s",;:.!?])(?:{TITLE_DOT}|[^",;:.!?]){{1,100}}?)\s+(?:has\s+|had\s+)?(?:put\s+it|said|says|explained|explains|added|wrote|writes|told\s+(?:the\s+)?\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*){{0,3}}|tells\s+(?:the\s+)?\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*){{0,3}})\s*[.!?]"#
        ))
    });
    if !after.trim_start().trim_start_matches(',').trim_start().starts_with("as ") {
        return None;
    }
    let c = AS_SAID.captures(after)?;
    let who = c.name("who")?.as_str().trim();
    if !opens_trailing_speaker(who) {
        return None;
    }
    Some(Trailing { who: who.to_string(), split: false, len: after[..c.get(0)?.end()].chars().count() })
}

/// `"We saw it coming" - Jo Bloggs, director of the Hearth Trust.`: a quote signed after a
/// dash, as pull-quotes and round-ups print it, with no verb. The signature ends the text
/// after the quote and opens on a person's name: two to four capitalised name words (after
/// a title), none a body's word, then maybe a comma and their post.
fn dash_signed_speaker(after: &str) -> Option<Trailing> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*,?\s*(?:-{{1,2}}|–|—)\s*(?P<who>\p{{Lu}}(?:{TITLE_DOT}|[^".!?;:]){{2,160}}?)\s*\.?\s*$"#
        ))
    });
    let c = SIGNED.captures(after)?;
    let who = c.name("who")?.as_str().trim();
    let name = who.split(',').next().unwrap_or("");
    let words: Vec<&str> =
        name.split_whitespace().skip_while(|w| names::is_honorific(w.trim_end_matches('.'))).collect();
    let named = (2..=4).contains(&words.len())
        && words.iter().all(|w| names::is_name_word(w) && !names::is_org_word(w) && !w.ends_with("'s"));
    named.then(|| Trailing { who: who.to_string(), split: false, len: after.chars().count() })
}

/// The byte range of ", who …," in the speaker words after a quote, commas included.
fn relative_aside(after: &str) -> Option<std::ops::Range<usize>> {
    const MAX_ASIDE_CHARS: usize = 120;
    let start = after.find(", who ")?;
    let len = after[start + 1..].find(',')? + 1;
    (len <= MAX_ASIDE_CHARS && !after[start..start + len].contains(['"', '.'])).then(|| start..start + len + 1)
}

fn trailing_speaker_in(after: &str, ended_sentence: bool) -> Option<Trailing> {
    let inverted = TRAIL_VERB_WHO.captures(after);
    let Some(caps) = inverted.or_else(|| TRAIL_WHO_VERB.captures(after)) else {
        return long_inverted_speaker(after);
    };
    let who = caps.name("who")?.as_str().trim().trim_end_matches(',').trim();
    // Welsh "meddai" ("said") goes before its speaker, and a bilingual page closes the Welsh
    // rendering of a quote so ("meddai'r Cynghorydd Jo Bloggs, Aelod y Cabinet").
    let welsh = caps.name("verb").is_some_and(|v| v.as_str().starts_with("meddai"));
    let welsh_who = if welsh { welsh_speaker(who) } else { None };
    let who = welsh_who.as_deref().unwrap_or(who);
    if !opens_trailing_speaker(who) || urges_someone_to_act(caps.name("verb").map_or("", |m| m.as_str()), who) {
        return None;
    }
    let rest = caps.name("rest").map_or("", |m| m.as_str().trim());
    let verb = caps.name("verb").map_or("", |m| m.as_str());
    let comma_before = after.trim_start().starts_with(',');
    if (ended_sentence && !comma_before && !rest_allowed(verb, rest)) || rest.split_whitespace().count() > 20 {
        return None;
    }
    if rest.contains(" that ") || rest.starts_with("that ") || rest == "that" {
        return None;
    }
    let whole = caps.get(0)?;
    let tail = &after[whole.end()..];
    // ", said X, " captures its comma with the spaces after it.
    let end = caps.name("end").map_or("", |m| m.as_str().trim_end());
    let split = matches!(end, "," | ":") && tail.trim().is_empty();
    if matches!(end, "," | ":") && !split && !goes_on_after_attribution(tail) {
        return None;
    }
    Some(Trailing { who: who.to_string(), split, len: after[..whole.end()].chars().count() })
}

/// `"…," meddai hi.`, `meddai ef`, `meddai e`: a Welsh pronoun after "meddai" ("said") is
/// "she" ("hi") or "he" ("ef", "e", "fe", and the northern "o", "fo"), whom the person last
/// named of that sex is.
fn welsh_pronoun_speaker(after: &str) -> Option<Trailing> {
    static MEDDAI: LazyLock<Regex> =
        LazyLock::new(|| pattern(r#"^\s*[,;:]?\s*meddai\s+(?P<who>hi|ef|e|fe|o|fo)\s*(?P<end>[.!?,;:]|$)"#));
    if !after.contains("meddai") {
        return None;
    }
    let c = MEDDAI.captures(after)?;
    let who = if c.name("who")?.as_str() == "hi" { "she" } else { "he" };
    let whole = c.get(0)?;
    let split = matches!(c.name("end").map(|m| m.as_str()), Some("," | ":")) && after[whole.end()..].trim().is_empty();
    Some(Trailing { who: who.to_string(), split, len: after[..whole.end()].chars().count() })
}

/// `"…," urged the charity to ministers`, `… urged the force to act`: after a verb of urging,
/// words going on with "to" name whom the writer says was urged, not who speaks.
fn urges_someone_to_act(verb: &str, who: &str) -> bool {
    matches!(verb.to_lowercase().as_str(), "urged" | "urges") && who.split_whitespace().any(|w| w == "to")
}

/// ", said Jo Bloggs, head of research at the Marlowe Institute, the think tank that studies
/// housing across the north …": speaker words after the verb too long for [`TRAIL_VERB_WHO`],
/// read without the long description of the body they name, up to the end of the sentence.
fn long_inverted_speaker(after: &str) -> Option<Trailing> {
    static LEAD: LazyLock<Regex> =
        LazyLock::new(|| pattern(r"^\s*[,;:]?\s*(?:-\s*)?(?:said|says|added|adds|explained|continued|warned)\s+"));
    let lead = LEAD.find(after)?;
    let body = &after[lead.end()..];
    let end = body.find(['.', '!', '?', ';', ':', '"']).unwrap_or(body.len());
    if speaker_units(&body[..end]) <= MAX_SPEAKER_UNITS || body[end..].starts_with([';', ':', '"']) {
        return None;
    }
    let who = without_body_described(body[..end].trim())?;
    if speaker_units(who) > MAX_SPEAKER_UNITS || !opens_trailing_speaker(who) {
        return None;
    }
    let taken = lead.end() + end + body[end..].chars().next().map_or(0, char::len_utf8);
    Some(Trailing { who: who.to_string(), split: false, len: after[..taken].chars().count() })
}
