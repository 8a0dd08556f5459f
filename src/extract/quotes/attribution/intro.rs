//! The speaker named before a quote: "X said:", "According to X:", past a subordinate
//! clause ("When we asked X, she said:"), and the clean-up of the speaker words read there.

use std::sync::LazyLock;

use regex::Regex;

use super::intro_without_verb::{
    angry_present, called_in, gave_a_statement, plain_spoken, put_it, shares_their_words, welsh_said,
};
use super::labels::titled_name_label;
use super::{has_speech_verb, names, pattern, rest_allowed, verb_after, without_body_described};

/// "According to X:" or "In the words of X," before a quote; before a colon the speaker words
/// may hold a comma ("In the words of our chair, Jo Bloggs:").
static INTRO_ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?s)^\s*(?i:according to|in the words of)\s+(?:(?P<who>[^:,]{2,120}?)\s*[:,]|(?P<listed>[^:,]{2,60},\s*[^:,]{2,60}?)\s*:)\s*$",
    )
});

/// Intro clauses: the speaker words may run to this many chars.
pub(super) const MAX_INTRO_CHARS: usize = 200;

/// Intro clauses: the speaker words may run to this many words.
const MAX_INTRO_WORDS: usize = 24;

/// The speaker words of a clause that introduces a quote: everything from the sentence
/// start to the quote's opening mark, e.g. "Marion Tate, chief executive, said:".
///
/// A colon may follow any words after the verb ("She said there was hope for them:"); a
/// comma only follows the verb itself or "told the BBC", since "said, in" is not an intro.
pub fn intro_speaker(clause: &str) -> Option<String> {
    intro_speaker_at(clause).map(|(who, _)| who)
}

/// [`intro_speaker`], with the byte offset in `clause` of the clause the speaker words were
/// read from: past a subordinate clause opening the sentence ("When we asked Gwent Police
/// about it, a spokeswoman said:"), whose verb ("asked") is its own and no attribution, the
/// main clause after it introduces the quote, and its speaker stands after what the lead
/// clause named.
pub fn intro_speaker_at(clause: &str) -> Option<(String, usize)> {
    if let Some(from) = subordinate_lead_end(clause) {
        if let Some(who) = intro_speaker_in(&clause[from..]) {
            return Some(pronoun_after_aside(who, clause, from));
        }
    }
    intro_speaker_in(clause).map(|who| (who, 0))
}

/// "When I put this to Jo Bloggs, a lecturer at the university, she said:": the lead clause's
/// first comma ends it only as far as the aside about whom it names; the pronoun after the
/// aside is the speaker, standing where it does in `clause`. Other speaker words, read from
/// `from`, stay as they are.
fn pronoun_after_aside(who: String, clause: &str, from: usize) -> (String, usize) {
    const PRONOUNS: &[&str] = &["he", "she", "they", "we", "I"];
    match who.rsplit_once(", ") {
        Some((_, last)) if PRONOUNS.contains(&last) => {
            let at = clause[from..].find(&format!(", {last} ")).map_or(from, |i| from + i + 2);
            (last.to_string(), at)
        }
        _ => (who, from),
    }
}

/// Words opening a subordinate clause before the main one: "When", "Once", "After" …, and the
/// participles of being asked ("Asked about it,", "Approached by us,").
const SUBORDINATE_LEADS: &[&str] = &[
    "When",
    "Whenever",
    "Once",
    "After",
    "Before",
    "As",
    "Since",
    "Because",
    "If",
    "Although",
    "Though",
    "While",
    "Whilst",
    "Until",
    "Asked",
    "Contacted",
    "Approached",
];

/// The most words a subordinate lead clause is read over: room for whom it names with their
/// title and body and a time ("After we showed the figures to Inspector Jo Bloggs of the rural crime team on Friday,").
const MAX_LEAD_WORDS: usize = 20;

/// Where the main clause starts after a subordinate clause opening `clause` and ending at
/// its first comma (the first word after the comma), when there is one.
fn subordinate_lead_end(clause: &str) -> Option<usize> {
    let start = clause.len() - clause.trim_start().len();
    let first = clause[start..].split_whitespace().next()?;
    if !SUBORDINATE_LEADS.contains(&first) {
        return None;
    }
    let comma = start + clause[start..].find(", ")?;
    let lead = &clause[start..comma];
    if lead.contains(['"', ':', ';']) || lead.split_whitespace().count() > MAX_LEAD_WORDS {
        return None;
    }
    // "As Ruth Okafor, the practice's partner, said:": a name alone after "As" is the
    // subject of the attribution, set off by its aside, not a clause of its own.
    if first == "As" && lead.split_whitespace().skip(1).all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let from = comma + 1;
    let from = from + (clause[from..].len() - clause[from..].trim_start().len());
    (from < clause.len()).then_some(from)
}

/// [`intro_speaker`] on the clause as it stands.
fn intro_speaker_in(clause: &str) -> Option<String> {
    if let Some(before) = before_spaced_dash(clause) {
        return intro_speaker_in(&format!("{before}:"));
    }
    // Both patterns end on a colon or comma and INTRO needs a speech verb: most clauses
    // before a quote are ruled out by these literal checks, far cheaper than the patterns.
    if !clause.trim_end().ends_with([':', ',']) {
        return None;
    }
    if let Some(c) = INTRO_ACCORDING.captures(clause) {
        return c.name("who").or_else(|| c.name("listed")).map(|who| who.as_str().trim().to_string());
    }
    if let Some(pronoun) = shares_their_words(clause) {
        return Some(pronoun);
    }
    if !has_speech_verb(clause) {
        return put_it(clause)
            .or_else(|| plain_spoken(clause))
            .or_else(|| angry_present(clause))
            .or_else(|| gave_a_statement(clause))
            .or_else(|| called_in(clause))
            .or_else(|| titled_name_label(clause))
            .or_else(|| welsh_said(clause));
    }
    if let Some(after) = after_writers_clause(clause) {
        if let Some(who) = intro_speaker_in(after) {
            let writers = clause.get(..clause.len().saturating_sub(after.len())).unwrap_or_default();
            let asked = if who == "they" { whom_the_writer_asked(writers) } else { None };
            return Some(asked.map_or(who, str::to_string));
        }
    }
    let c = intro_parts(clause)?;
    if let Some(who) = as_clause_speaker(clause, &c) {
        return Some(who.to_string());
    }
    // After its first char, the words may run to MAX_INTRO_CHARS; past that, only without a
    // long description of the body they name.
    let who = c.who.trim().trim_end_matches(',').trim();
    let who = if who.chars().count() > MAX_INTRO_CHARS + 1 || who.split_whitespace().count() > MAX_INTRO_WORDS {
        without_body_described(who)?
    } else {
        who
    };
    if who.chars().count() > MAX_INTRO_CHARS + 1 {
        return None;
    }
    // A name or title in quote marks inside the speaker words ("who runs "Project X"").
    let who = &who.replace('"', "");
    let who = &without_asides(who);
    let who = without_label(who);
    if who.split_whitespace().count() > MAX_INTRO_WORDS {
        return None;
    }
    let rest = c.rest.trim();
    if c.punct == ',' && (!rest_allowed(c.verb, rest) || rest.contains('"')) {
        return None;
    }
    Some(who.to_string())
}

/// "We emailed the council and a spokesman replied:", "I rang the surgery and the
/// practice manager, Jo Bloggs, said:": a clause of the writer's doing ("I", "We" and at
/// least a verb and its object) joined by "and" to the clause that introduces the quote.
/// That clause, from the word after "and", whose subject is the speaker.
fn after_writers_clause(clause: &str) -> Option<&str> {
    const MIN_WRITERS_WORDS: usize = 3;
    let opening = clause.trim_start();
    if !(opening.starts_with("I ") || opening.starts_with("We ")) || !clause.contains(" and ") {
        return None;
    }
    clause.rmatch_indices(" and ").find_map(|(at, joint)| {
        let before = clause[..at].trim_end_matches(',');
        let after: &str = &clause[at + joint.len()..];
        let writers = before.split_whitespace().count() >= MIN_WRITERS_WORDS && !before.contains(['"', ':', ';']);
        (writers && has_speech_verb(after)).then_some(after)
    })
}

/// "We asked Anytown Council about it and they said:", "I contacted the Anytown Trust last week,
/// and they told me:": "they" answering the writer is whom the writer put the question to,
/// the words after the writer's verb up to "about", "why", "whether", "last", a comma or "and".
fn whom_the_writer_asked(writers: &str) -> Option<&str> {
    static ASKED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"^\s*(?:I|We)\s+(?:asked|contacted|emailed|e-mailed|approached|rang|phoned|wrote\s+to|put\s+(?:this|that|it|these\s+\w+)\s+to)\s+(?P<whom>(?:the\s+)?[A-Z][^,]*?)(?:\s+(?:about|why|whether|how|for|last|this|on|over)\b|,|\s+and\b|$)",
        )
    });
    let whom = ASKED.captures(writers)?.name("whom")?.as_str().trim();
    let named = whom.trim_start_matches("the ");
    (named.split_whitespace().count() <= 8
        && named
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "for" | "and" | "&")))
    .then_some(named)
}

/// "Our advice, as one copy chief told us:", "The answer, as Jo Bloggs told
/// me:": the words before the verb run past a comma into an "as" clause, whose subject is
/// the speaker; what stands before it is the writer's. An aside closed by a comma before the
/// verb ("Jo Bloggs, as chair of the board, said:") is the speaker's own description, and is
/// read as any speaker words.
fn as_clause_speaker<'t>(clause: &str, c: &Intro<'t>) -> Option<&'t str> {
    let (_, after) = c.who.rsplit_once(", as ")?;
    let verb_at = (c.verb.as_ptr() as usize).checked_sub(clause.as_ptr() as usize)?;
    let closed = clause.get(..verb_at).is_none_or(|before| before.trim_end().ends_with(','));
    let after = after.trim();
    (!closed && after.starts_with(|ch: char| ch.is_alphabetic()) && after.split_whitespace().count() <= 12)
        .then_some(after)
}

/// "Editor's note: A spokesperson for the force", "UPDATE: The council": a label set off by
/// a colon before the speaker words is the page's, not the speaker's. No name holds a colon
/// and a space, so the words are those after the last one, when they open on a capital.
pub(super) fn without_label(who: &str) -> &str {
    match who.rsplit_once(": ") {
        Some((_, rest)) if rest.starts_with(char::is_uppercase) => rest,
        _ => who,
    }
}

/// The clause before a spaced dash that ends it ("Jo Bloggs was blunt - ", "X said — ", "X
/// said -- "): house styles set a dash where others set a colon before a quote. A hyphen
/// joined to a word ("well-") is no such dash.
fn before_spaced_dash(clause: &str) -> Option<&str> {
    let body = clause.trim_end().strip_suffix('-')?.trim_end_matches('-');
    body.ends_with(char::is_whitespace).then(|| body.trim_end())
}

/// The speaker words without a bracketed aside that names a place or thing again in other
/// words ("a father from Caernarfon (Caernarvon)", "a nurse in Ynys Môn (Anglesey)"): the
/// speaker is never inside the brackets. An acronym in brackets is kept ("(NSPCC)"), and so
/// is an aside saying the name is not the real one ("Tom (not his real name)").
fn without_asides(who: &str) -> String {
    if !who.contains('(') {
        return who.to_string();
    }
    let mut out = String::with_capacity(who.len());
    let mut rest = who;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else { break };
        let inner = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        if names::is_acronym(inner.trim()) || names::is_name_changed(inner) {
            out.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ").replace(" ,", ",")
}

/// The parts of an intro clause: "X said:" / "X, the charity's head of policy, said:" /
/// "X told the BBC:" / "X said,".
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Intro<'t> {
    pub(super) who: &'t str,
    pub(super) verb: &'t str,
    pub(super) rest: &'t str,
    pub(super) punct: char,
}

/// An intro clause read into the parts the pattern
/// `(?s)^\s*(?P<who>[^\s].*?),?\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)?(?P<verb>VERBS)\b(?P<rest>.*?)\s*(?P<punct>[:,])\s*$`
/// would capture, by hand: its captures cost a search with backtracking for every quote.
///
/// The lazy speaker words end at the first place a speech verb follows; the lazy rest
/// then runs to the spaces before the colon or comma that ends the clause.
pub(super) fn intro_parts(clause: &str) -> Option<Intro<'_>> {
    const AUX: &[&str] = &["has", "had", "have", "also", "then", "later"];
    let body = clause.trim_end();
    let punct = body.chars().next_back().filter(|c| matches!(c, ':' | ','))?;
    let rest_end = body[..body.len() - 1].trim_end().len();
    let start = clause.len() - clause.trim_start().len();
    let first = clause[start..].chars().next()?.len_utf8();
    for (offset, c) in clause[start + first..].char_indices() {
        let end = start + first + offset;
        if c != ',' && !c.is_whitespace() {
            continue;
        }
        // "One owner, who asked not to be named, said:": a verb right after "who" is the
        // aside's, not the attribution's. The aside stays in the speaker words, for the
        // speaker's description to read (`trailing_speaker` drops it instead; see there).
        let who_so_far = clause[start..end].trim_end();
        if who_so_far.ends_with(" who") || who_so_far.eq_ignore_ascii_case("who") {
            continue;
        }
        if let Some((at, verb)) = verb_after(&clause[end..], AUX) {
            let verb_end = end + at + verb.len();
            let rest = clause.get(verb_end..rest_end)?;
            return Some(Intro { who: &clause[start..end], verb: &clause[end + at..verb_end], rest, punct });
        }
    }
    None
}
