//! The grammar that ties quoted words to a speaker: "X said:" before the quote, ", X said"
//! or ", said X" after it, and the sentence boundaries these patterns need. The speech verbs
//! and titles here are shared with [`super::mentions`], which finds people a sentence names
//! without quoting them.
//!
//! Everything here works on normalised text (straight marks) and returns the words that
//! name the speaker; [`super::speaker`] reads those words.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use regex::Regex;

use super::names::{self, Gender};
use super::speaker::{is_describing_noun, without_body_described, Who};

/// Verbs that introduce direct speech. Reporting verbs that take a clause ("believes",
/// "warning that") are left out: words after them are folded into the writer's sentence.
/// "fumes" and "rages" are mostly a noun and a thing's verb ("the fumes are worst", "the
/// row rages on"): they introduce speech only right before a colon ([`angry_present`]).
pub(super) const VERBS: &str =
    "said|says|say|added|adds|told|tells|explained|explains|warned|warns|commented|comments|\
stated|states|continued|continues|urged|urges|insisted|insists|admitted|admits|revealed|reveals|claimed|claims|\
noted|notes|concluded|concludes|acknowledged|acknowledges|responded|responds|replied|replies|wrote|writes|\
remarked|recalled|recalls|argued|argues|agreed|agrees|announced|announces|emphasised|emphasized|stressed|stresses|\
asked|asks|suggested|suggests|cautioned|observed|confirmed|confirms|declared|conceded|concedes|vowed|pledged|\
promised|pointed out|went on|goes on|reflected|recounted|predicted|posted|tweeted|emailed|fumed|raged";

/// Builds one of this module's fixed patterns.
pub(super) fn pattern(source: &str) -> Regex {
    // The patterns are constants of this module; a failure is a bug caught by its tests.
    Regex::new(source).unwrap_or_else(|e| panic!("attribution pattern: {e}"))
}

/// "According to X:" before a quote.
static INTRO_ACCORDING: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?s)^\s*(?i:according to)\s+(?P<who>[^:,]{2,120}?)\s*[:,]\s*$"));

/// A title whose full stop does not end the speaker's words: "Dr.", "Supt.".
pub(super) const TITLE_DOT: &str = r"(?:Dr|Mr|Mrs|Ms|Supt|Insp|Sgt|Det|Prof|Rev|Cllr|Ch|Con|Cmdr|St)\.";

/// The titles of [`TITLE_DOT`], without their full stops.
pub(super) const TITLES: [&str; 15] =
    ["Dr", "Mr", "Mrs", "Ms", "Supt", "Insp", "Sgt", "Det", "Prof", "Rev", "Cllr", "Ch", "Con", "Cmdr", "St"];

/// Speaker words may run to this many chars, a title with its full stop ("Supt.") counting as one.
pub(super) const MAX_SPEAKER_UNITS: usize = 160;

/// The length of speaker words in chars, counting a title with its full stop as one.
///
/// The patterns below read speaker words as `(?:TITLE_DOT|[^".!?;:])*?` and check this
/// length afterwards: a counted repetition (`{0,160}`) is the same match but a far larger
/// automaton. A full stop inside the words can only end a title, so the count is exact.
pub(super) fn speaker_units(words: &str) -> usize {
    let titles: usize = words
        .match_indices('.')
        .filter_map(|(dot, _)| TITLES.iter().find(|t| words[..dot].ends_with(*t)).map(|t| t.len()))
        .sum();
    words.chars().count().saturating_sub(titles)
}

/// Intro clauses: the speaker words may run to this many chars.
const MAX_INTRO_CHARS: usize = 200;

/// Intro clauses: the speaker words may run to this many words.
const MAX_INTRO_WORDS: usize = 24;

/// ", X said." after a quote.
static TRAIL_WHO_VERB: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*[,;:]?\s*(?:-\s*)?(?P<who>(?:{TITLE_DOT}|[^\s",;:.!?])(?:{TITLE_DOT}|[^".!?;:]){{0,160}}?),?\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?P<verb>{VERBS})\b(?P<rest>[^".!?;:]*?)\s*(?P<end>[.!?;:,]|$)"#
    ))
});

/// ", said X." after a quote.
static TRAIL_VERB_WHO: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*[,;:]?\s*(?:-\s*)?(?P<verb>said|says|added|adds|explained|continued|warned|according to)\s+(?P<who>(?:{TITLE_DOT}|[^".!?;:]){{2,160}}?)\s*(?P<end>[.!?;:]|,\s*$|$)"#
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
/// but not with a verb of the quoted words' own sentence ("is rising").
fn goes_on_after_attribution(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic());
    first.ends_with("ing")
        || matches!(first, "and" | "as" | "before" | "after" | "while" | "when" | "but" | "in" | "on")
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

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "st", "supt", "insp", "sgt", "det", "ch", "no", "prof", "rev", "cllr", "con", "gen",
    "col", "capt", "lt", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "est", "approx", "dept",
];

/// Does a sentence end just before position `i` (after `. `, `? `, `!" ` and so on)?
fn ends_sentence_before(norm: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && norm[j - 1].is_whitespace() {
        j -= 1;
    }
    if j == i {
        return false;
    }
    while j > 0 && matches!(norm[j - 1], '"' | '\'' | ')') {
        j -= 1;
    }
    if j == 0 || !matches!(norm[j - 1], '.' | '!' | '?') {
        return false;
    }
    let stop = j - 1;
    if norm[stop] == '!' {
        // A quote mark skipped before it closed an exclamation: that ends a sentence.
        let closed_quote = j < i && !norm[j..i].iter().all(|c| c.is_whitespace());
        return closed_quote || !(stop > 0 && norm[stop - 1].is_alphanumeric() && name_goes_on_to_a_verb(&norm[i..]));
    }
    if norm[stop] != '.' {
        return true;
    }
    let word_start = norm[..stop].iter().rposition(|c| !c.is_alphanumeric()).map_or(0, |k| k + 1);
    let word = &norm[word_start..stop];
    // Lower-cased, one char stays one char unless it is a letter like "İ".
    let initial = matches!(word, [c] if c.is_uppercase() && c.to_lowercase().count() == 1);
    !(is_abbreviation(word) || initial)
}

/// "Jo Bloggs, director of Stop It Now! Scotland, said:": after an exclamation mark inside
/// a name, the name's last capitalised words, a comma and a speech verb go on the sentence
/// the mark stood in; a sentence of its own does not open so.
fn name_goes_on_to_a_verb(rest: &[char]) -> bool {
    const LOOK: usize = 80;
    static NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(r"^(?:\p{{Lu}}[\w'’-]*\s+){{0,3}}\p{{Lu}}[\w'’-]*,\s+(?:(?:has|had|also)\s+)?(?:{VERBS})\b"))
    });
    let text: String = rest.iter().take(LOOK).collect();
    NAME_TAIL.is_match(&text)
}

/// Whether the chars of a word are one of [`ABBREVIATIONS`] in any case, compared without
/// building a lower-cased copy. The abbreviations are ASCII and have no "k", the one ASCII
/// letter a non-ASCII char (the Kelvin sign) lower-cases to, so only an ASCII word can match.
fn is_abbreviation(word: &[char]) -> bool {
    ABBREVIATIONS.iter().any(|a| a.len() == word.len() && a.chars().zip(word).all(|(a, w)| w.to_ascii_lowercase() == a))
}

/// Where the sentence holding position `pos` starts.
pub fn sentence_start(norm: &[char], pos: usize) -> usize {
    let pos = pos.min(norm.len());
    (1..=pos).rev().find(|&i| ends_sentence_before(norm, i)).unwrap_or(0)
}

/// [`sentence_start`], when the sentence starts at most `reach` chars before `pos`; `None`
/// when it starts further back. Reads back over `reach` chars at most.
pub fn sentence_start_within(norm: &[char], pos: usize, reach: usize) -> Option<usize> {
    let pos = pos.min(norm.len());
    let lowest = pos.saturating_sub(reach);
    let found = (lowest.max(1)..=pos).rev().find(|&i| ends_sentence_before(norm, i));
    found.or_else(|| (lowest == 0).then_some(0))
}

/// Where the first sentence of a paragraph ends (just after the space that follows it), or
/// the paragraph's end. Only the first space of a run is tried: the test reads back over the
/// whole run, so it says the same at each of its spaces.
pub fn first_sentence_end(norm: &[char]) -> usize {
    (1..norm.len())
        .filter(|&i| norm[i - 1].is_whitespace() && (i < 2 || !norm[i - 2].is_whitespace()))
        .find(|&i| ends_sentence_before(norm, i))
        .unwrap_or(norm.len())
}

/// Does a new sentence (or the paragraph) start at `pos`, ignoring spaces before it?
pub fn starts_sentence(norm: &[char], pos: usize) -> bool {
    let pos = pos.min(norm.len());
    let mut j = pos;
    while j > 0 && norm[j - 1].is_whitespace() {
        j -= 1;
    }
    j == 0 || (j < pos && ends_sentence_before(norm, pos)) || (j == pos && j > 0 && ends_sentence_before(norm, j + 1))
}

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
        return Some(c["who"].trim().to_string());
    }
    if !has_speech_verb(clause) {
        return put_it(clause)
            .or_else(|| plain_spoken(clause))
            .or_else(|| angry_present(clause))
            .or_else(|| gave_a_statement(clause))
            .or_else(|| titled_name_label(clause))
            .or_else(|| welsh_said(clause));
    }
    let c = intro_parts(clause)?;
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

/// "Dywedodd y Prif Gwnstabl, Jo Bloggs:": Welsh puts "said" first, and a bilingual page
/// introduces the Welsh rendering of a quote so. The speaker is the last part set off by
/// commas that opens on a capital: the name after an office, or the name before a role.
fn welsh_said(clause: &str) -> Option<String> {
    static DYWEDODD: LazyLock<Regex> =
        LazyLock::new(|| pattern(r"^\s*Dywedodd\s+(?:(?:y|yr)\s+)?(?P<who>[^:;.!?\x22]{2,160}?)\s*:\s*$"));
    let who = DYWEDODD.captures(clause)?.name("who")?.as_str().trim();
    let name = who.split(", ").map(str::trim).filter(|part| part.starts_with(char::is_uppercase)).last()?;
    Some(name.to_string())
}

/// "Editor's note: A spokesperson for the force", "UPDATE: The council": a label set off by
/// a colon before the speaker words is the page's, not the speaker's. No name holds a colon
/// and a space, so the words are those after the last one, when they open on a capital.
fn without_label(who: &str) -> &str {
    match who.rsplit_once(": ") {
        Some((_, rest)) if rest.starts_with(char::is_uppercase) => rest,
        _ => who,
    }
}

/// "The chief constable put it plainly when she addressed the panel:", "Jo Bloggs put it
/// bluntly:", "As one father put it:": "put it", with how and when after it or in an "as"
/// clause, introduces the quote after the colon as a speech verb does. Only before a colon,
/// and not in [`VERBS`], whose other readers ("As she put it, the figures ...") are not
/// attributions.
fn put_it(clause: &str) -> Option<String> {
    static PUT_IT: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:(?P<as_who>(?:(?:But|And|Or|Yet|So),?\s+as|As)\s+[^\s"][^":;.!?]*?),?\s+put\s+it\s*:\s*$|(?P<who>[^\s"][^":;.!?]*?),?\s+(?:has\s+|had\s+|also\s+)?put\s+it\s+(?:\w+ly|this\s+way|best)\b[^":;.!?]*:\s*$)"#,
        )
    });
    if !clause.contains(" put it") {
        return None;
    }
    let c = PUT_IT.captures(clause)?;
    let who = c.name("who").or_else(|| c.name("as_who"))?.as_str().trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// The clause before a spaced dash that ends it ("Jo Bloggs was blunt - ", "X said — ", "X
/// said -- "): house styles set a dash where others set a colon before a quote. A hyphen
/// joined to a word ("well-") is no such dash.
fn before_spaced_dash(clause: &str) -> Option<&str> {
    let body = clause.trim_end().strip_suffix('-')?.trim_end_matches('-');
    body.ends_with(char::is_whitespace).then(|| body.trim_end())
}

/// "Jo Bloggs was blunt:", "The head, Ruth Okoro, did not mince her words:", "Tom Reed pulled
/// no punches:": how plainly someone spoke, right before a colon, introduces the quote after
/// it as a speech verb does. Only before a colon: "Jo Bloggs was blunt about the cuts." says
/// how she spoke and quotes nothing.
fn plain_spoken(clause: &str) -> Option<String> {
    static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?P<who>[^\s"][^":;.!?]*?),?\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?:even|far|more|less|just\s+as|equally)\s+)?(?:blunt(?:er)?|frank(?:er)?|candid|direct|forthright|emphatic|unequivocal|scathing|damning|defiant|unapologetic|adamant)(?:\s+still)?|(?:did\s+not|didn't|does\s+not|doesn't)\s+mince\s+(?:his|her|their|its|any)\s+words|minced\s+no\s+words|(?:pulled|pulls)\s+no\s+punches|(?:did\s+not|didn't)\s+hold\s+back)\s*:\s*$"#,
        )
    });
    let who = PLAIN.captures(clause)?.name("who")?.as_str().trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Landlord Tom Eade fumes:", "Ann Lowe rages:": a tabloid's present tense of anger right
/// before the colon introduces the quote after it. Anywhere else these are the noun and a
/// thing's verb ("the fumes are worst", "the row rages on"), so they are not in [`VERBS`].
fn angry_present(clause: &str) -> Option<String> {
    let before = clause.trim_end().strip_suffix(':')?.trim_end();
    let who = before.strip_suffix(" fumes").or_else(|| before.strip_suffix(" rages"))?.trim();
    // Someone named or set off just before it ("Tom Eade", "Ann Lowe, 61,"), not a kind of
    // fumes ("Diesel fumes:") or their object ("Workers breathed in the fumes:").
    let set_off = who.ends_with(',');
    let who = who.trim_end_matches(',').trim_end();
    let last = who.split_whitespace().next_back().unwrap_or("");
    let named = who.split_whitespace().nth(1).is_some() && (set_off || last.starts_with(char::is_uppercase));
    let plain = !who.contains(['"', ':', ';', '.', '!', '?']);
    (named && plain && who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Jo Bloggs, head of policy, has given us this statement:", "The inspector provided the
/// following statement to the panel:", "Kent Police gave Sky News an updated statement:",
/// "A spokesperson sent me this:", "The firm gave us the following:": the one who gave the
/// statement (or "this", "the following", with no word for what it is), right before a
/// colon, is the speaker of the quote after it, as with a speech verb; a report's paragraph number before the words ("4.2 The
/// inspector …") is not theirs, nor a clause before theirs ("The force did not respond,
/// but the council issued a statement:"). A passive names who received the statement
/// ("Councillors were sent this statement:"): no speaker. Only before a colon: "The council
/// issued a statement on Monday." tells of one and quotes nothing.
fn gave_a_statement(clause: &str) -> Option<String> {
    static GAVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?:\d+(?:\.\d+)+\s+)?(?P<who>(?:{TITLE_DOT}|[^\s"])(?:{TITLE_DOT}|[^":;.!?])*?),?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:given|gave|provided|provides|issued|issues|sent|released|supplied)\s+(?:(?:us|me|the\s+\w+|(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{0,3}}[A-Z][\w'’&-]*)\s+)?(?:(?:this|the\s+following|an?|the)\s+(?:[\w-]+\s+)?statement\b[^":;.!?]*|this|the\s+following)\s*:\s*$"#
        ))
    });
    const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
    if !clause.contains("statement") && !clause.contains(" this") && !clause.contains(" following") {
        return None;
    }
    let who = GAVE.captures(clause)?.name("who")?.as_str().trim();
    if who.split_whitespace().next_back().is_some_and(|w| PASSIVE.contains(&w)) {
        return None;
    }
    // The giver is the subject of the last clause.
    let who = [", but ", ", and "]
        .iter()
        .filter_map(|joint| who.rsplit_once(joint))
        .map(|(_, last)| last)
        .min_by_key(|last| last.len())
        .unwrap_or(who)
        .trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
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

/// "Detective Chief Superintendent Lucy Morris: …": a name with a title or a role, and a
/// colon, labels the quote after it with no speech verb. A bare name does not ("Read More:").
fn titled_name_label(clause: &str) -> Option<String> {
    let who = clause.trim_end().strip_suffix(':')?.trim();
    if who.is_empty() || who.split_whitespace().count() > 12 || who.contains(['"', '.', ';', '!', '?']) {
        return None;
    }
    let who = label_case(who);
    match super::speaker::parse_who(&who)? {
        super::speaker::Who::Person(p)
            if (p.role.is_some() || p.organisation.is_some()) && names_a_person(&who, &p.name) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// The name a label reads is a person's: it opens with a known first name, or a title or
/// rank stands right before it ("Cllr Amy Rees", "Inspector Omar Dale"). Capitalised
/// heading words read as a name otherwise ("Key Findings from the Home Office:", "Top
/// Stories in West Yorkshire:").
fn names_a_person(label: &str, name: &str) -> bool {
    let known = name.split_whitespace().next().is_some_and(|w| names::first_name_gender(w).is_some());
    let before = label.find(name).and_then(|at| label.get(..at)).and_then(|b| b.split_whitespace().next_back());
    let titled = before.is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        names::is_honorific(w) || names::is_role_word(w)
    });
    known || titled
}

/// A transcript label printed in capitals ("CHIEF CONSTABLE JO BLOGGS", "CLLR AMY REES
/// (Anytown Council)") read in the case a name is written in: each capitalised word outside
/// brackets becomes "Chief", "Jo". Short words with no vowel or naming a rank ("PC",
/// "DCI", "MP") are initials and stay as printed. A label with any lower-case letter outside
/// brackets is left alone, and so is a heading in capitals.
fn label_case(who: &str) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in who.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    // "KEY FINDINGS FROM THE HOME OFFICE", "LETTER TO THE EDITOR": a heading has the small
    // words of a phrase, which a speaker's title and name do not.
    const PHRASE_WORDS: &[&str] = &[
        "A", "AN", "THE", "OF", "FROM", "TO", "IN", "ON", "AT", "FOR", "AND", "WITH", "BY", "WHAT", "HOW", "WHY",
        "SAID",
    ];
    let letters = outside.chars().filter(|c| c.is_alphabetic()).count();
    let phrase = outside.split(|c: char| !c.is_alphabetic()).any(|w| PHRASE_WORDS.contains(&w));
    if letters < 4 || phrase || outside.chars().any(char::is_lowercase) {
        return who.to_string();
    }
    let mut out = String::with_capacity(who.len());
    let mut depth = 0usize;
    let mut word_start = true;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let initials = word.chars().count() <= 3
            && (!word.chars().any(|c| "AEIOUY".contains(c)) || names::is_role_word(word.as_str()));
        let mut chars = word.chars();
        if let (false, Some(first)) = (initials, chars.next()) {
            out.push(first);
            out.extend(chars.flat_map(char::to_lowercase));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in who.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && c.is_alphabetic() {
            word.push(c);
            word_start = false;
            continue;
        }
        if !word_start {
            flush(&mut word, &mut out);
            word_start = true;
        }
        out.push(c);
    }
    flush(&mut word, &mut out);
    out
}

/// The parts of an intro clause: "X said:" / "X, the charity's head of policy, said:" /
/// "X told the BBC:" / "X said,".
#[derive(Debug, PartialEq, Eq)]
struct Intro<'t> {
    who: &'t str,
    verb: &'t str,
    rest: &'t str,
    punct: char,
}

/// An intro clause read into the parts the pattern
/// `(?s)^\s*(?P<who>[^\s].*?),?\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)?(?P<verb>VERBS)\b(?P<rest>.*?)\s*(?P<punct>[:,])\s*$`
/// would capture, by hand: its captures cost a search with backtracking for every quote.
///
/// The lazy speaker words end at the first place a speech verb follows; the lazy rest
/// then runs to the spaces before the colon or comma that ends the clause.
fn intro_parts(clause: &str) -> Option<Intro<'_>> {
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
    // Both patterns need a speech verb (or "according to"): a cheap literal check first.
    if !has_speech_verb(after) && !after.contains("according to") {
        return None;
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
    if !opens_trailing_speaker(who) {
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

/// A paragraph opening on a sentence that names the speaker of the quote just before it by
/// pointing back at it: "Those were the words of X", "These are the words of X", "The words
/// are those of X", "So says X", "That is the verdict of X", "That was the stark warning
/// from X". The speaker words run to the end of the sentence or to a clause of time or
/// circumstance after them (", as …", " when …", " on Tuesday", " in a statement", " in
/// court"), or to a word adding someone who agrees or disagrees (" too", " also", ", but …").
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r#"^\s*(?:(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+the\s+(?:[a-z]+\s+)?(?:words|verdict|message|warning|view|plea|assessment|reaction|response)\s+(?:of|from)|The\s+words\s+(?:are|were)\s+those\s+of|So\s+(?:says|said))\s+(?P<who>(?:{TITLE_DOT}|[^".!?;:])+?)\s*(?:[.!?;:]|$|,?\s+(?:as|when|after|while|speaking|during|before|writing|yesterday|today|last|this|earlier|on\s+[A-Z][a-z]+day|(?:at|in)\s+(?:a|an|the|his|her|their|court)|who|too|also|but)\b)"#
    ))
});

/// "The words of a retired teacher, passed on by …, show …", "The words of one shopkeeper
/// capture the mood": the words just quoted given as someone's, who is named up to a comma
/// or a verb saying what the words do.
static WORDS_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"^\s*The\s+words\s+of\s+(?P<who>[^,".!?;:]{3,120}?)(?:,|\s+(?:capture|show|sum\s+up|say|tell|reveal|describe|convey|echo|speak\s+for)\b)"#,
    )
});

/// The speaker words of a paragraph's opening sentence that points back at the quote
/// before it ([`POINTS_BACK`]); the caller checks that they name a person.
pub fn points_back(paragraph: &str) -> Option<String> {
    let t = paragraph.trim_start();
    if !t.starts_with(['T', 'S']) {
        return None;
    }
    let caps = POINTS_BACK.captures(t).or_else(|| WORDS_OF.captures(t))?;
    let who = caps.name("who")?.as_str().trim().trim_end_matches(',').trim();
    (speaker_units(who) <= MAX_SPEAKER_UNITS && !who.is_empty()).then(|| who.to_string())
}

/// Whose words a statement or press release quoted as speaking holds: see [`statement_of`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    /// "the statement", "the press release": the one just quoted, whose statement it is
    /// ("… ,” the statement added.").
    Before,
    /// "a statement from Kent Police", "the family's statement": these words' speaker
    /// ("Kent Police", "the family").
    Of(String),
    /// "his statement", "her statement", "its statement": whom the pronoun means, of its
    /// gender.
    By(Who),
}

/// Narrative telling of someone giving a statement: "as the family issued a statement",
/// "Kent Police later released a short statement". A statement quoted after it is not
/// surely that of the quote before it. A statement given by "he", "she", "they", "it" or
/// "who" is the speaker's own, told in their attribution ("…,” Mrs Anna Reid said as she read
/// out a statement."): that does not tell of another's.
pub fn tells_of_a_statement(text: &str) -> bool {
    static GAVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"(?i)\b(?:issued|released|put\s+out|published|gave|read\s+out|made|sent|shared|posted)\s+(?:an?|their|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:statement|release)\b",
        )
    });
    static BY_THE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"(?i)\b(?:he|she|they|it|who)\s+(?:(?:later|also|then|had|has|have|just|briefly)\s+)?$")
    });
    (text.contains("statement") || text.contains("release"))
        && GAVE.find_iter(text).any(|m| !BY_THE_SPEAKER.is_match(text.get(..m.start()).unwrap_or("")))
}

/// The speaker words of an attribution that name a statement or a press release, not a
/// speaker: "the statement added", "a statement from the council said", "the family's
/// statement went on". A statement given by no one ("the statement") is the one the quote
/// just before was from; one given by someone named is theirs. Reports, letters and emails
/// are not read: their authors are seldom the one quoted just before.
pub fn statement_of(words: &str) -> Option<Statement> {
    const KIND: &str = r"(?:(?:joint|written|full|short|brief|further|separate|same|official|earlier|prepared|press)\s+)?(?:statement|release)";
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"^(?i:the|this|that)\s+{KIND}$")));
    static POSSESSIVE: LazyLock<Regex> =
        LazyLock::new(|| pattern(&format!(r"^(?P<whose>(?i:its|his|her|their))\s+{KIND}$")));
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"^(?i:an?|the)\s+{KIND}\s+(?:(?:issued|released|put\s+out|sent|made)\s+)?(?:from|by|on\s+behalf\s+of)\s+(?P<who>.+)$"
        ))
    });
    static OWNED: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"^(?P<who>.+?)['’]s?\s+{KIND}$")));
    let words = words.trim();
    if !(words.contains("statement") || words.contains("release")) {
        return None;
    }
    if BEFORE.is_match(words) {
        return Some(Statement::Before);
    }
    // "his statement" is his whom "he" means, who need not be the one quoted just before.
    // "their statement" says of no one whose.
    if let Some(c) = POSSESSIVE.captures(words) {
        let who = match c.name("whose")?.as_str().to_lowercase().as_str() {
            "his" => Who::Pronoun(Gender::Male),
            "her" => Who::Pronoun(Gender::Female),
            "its" => Who::It,
            _ => return None,
        };
        return Some(Statement::By(who));
    }
    let who = FROM.captures(words).or_else(|| OWNED.captures(words))?.name("who")?.as_str().trim();
    (!who.is_empty()).then(|| Statement::Of(who.to_string()))
}

/// ", adding:" between two quotes: the same speaker goes on.
pub fn goes_on_speaking(between: &str) -> bool {
    static ADDING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"\b(?:adding|continuing|saying|explaining|warning|insisting|before adding|and added|then added)\s*[:,]\s*$",
        )
    });
    ADDING.is_match(between.trim_end())
}

/// Where in `text` a speech verb stands and which, when `text` opens with
/// `,?\s+(?:AUX\s+)?(?:VERBS)\b` for one of the `aux` words; as the patterns do, the
/// verb after an auxiliary is tried first.
pub(super) fn verb_after(text: &str, aux: &[&str]) -> Option<(usize, &'static str)> {
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
fn speech_verb(text: &str) -> Option<&'static str> {
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
pub(super) fn opens_with_speech_verb(text: &str) -> bool {
    speech_verb(text).is_some()
}

/// A char the patterns' `\b` counts as part of a word (Unicode `\w`).
fn is_word_char(c: char) -> bool {
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
pub(super) fn has_speech_verb(text: &str) -> bool {
    // Built from the fixed list above: a failure is a bug in the source.
    static ANYWHERE: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(VERBS.split('|')).unwrap_or_else(|e| panic!("speech verbs: {e}")));
    ANYWHERE
        .find_overlapping_iter(text)
        .any(|m| !text[..m.start()].ends_with(is_word_char) && !text[m.end()..].starts_with(is_word_char))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Generated test texts from a small linear congruential generator: the same cases on
    /// every run.
    pub(in crate::extract::quotes) struct Cases(pub(in crate::extract::quotes) u64);

    impl Cases {
        /// A number below `n`.
        pub(in crate::extract::quotes) fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) as usize % n
        }

        /// One to `most` pieces, picked at random and joined.
        pub(in crate::extract::quotes) fn text(&mut self, pieces: &[&str], most: usize) -> String {
            let len = 1 + self.below(most);
            (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
        }
    }

    /// [`speech_verb`] as it was: each verb with the text's first letter tried in list order.
    fn speech_verb_by_list(text: &str) -> Option<&'static str> {
        let list: Vec<&'static str> = VERBS.split('|').collect();
        let &first = text.as_bytes().first()?;
        list.into_iter()
            .filter(|v| v.as_bytes()[0] == first)
            .find(|v| text.starts_with(v) && !text[v.len()..].starts_with(is_word_char))
    }

    proptest::proptest! {
        #[test]
        fn has_speech_verb_is_the_pattern(text in "([a-zA-Z ,.'’é_]|said|Said|SAYS|says|went on|pointed out|raged){0,12}") {
            let pattern = pattern(&format!(r"\b(?:{VERBS})\b"));
            proptest::prop_assert_eq!(has_speech_verb(&text), pattern.is_match(&text));
        }
    }

    #[test]
    fn every_verb_opens_and_ends_on_a_letter() {
        for verb in VERBS.split('|') {
            assert!(verb.starts_with(|c: char| c.is_ascii_lowercase()), "{verb}");
            assert!(verb.ends_with(|c: char| c.is_ascii_lowercase()), "{verb}");
        }
    }

    #[test]
    fn a_verb_that_opens_another_is_followed_there_by_a_word_char() {
        let verbs: Vec<&str> = VERBS.split('|').collect();
        for a in &verbs {
            for b in &verbs {
                if a != b && b.starts_with(a) {
                    assert!(b[a.len()..].starts_with(is_word_char), "{a:?} opens {b:?}");
                }
            }
        }
    }

    #[test]
    fn speech_verb_finds_what_trying_each_verb_in_turn_finds() {
        let verbs: Vec<&str> = VERBS.split('|').collect();
        let after = ["", " ", ":", ",", "s", "ed", "ing", "_", "1", "é", "’", " out", "-", "\"", " on"];
        let mut texts = vec![String::new(), "x".to_string(), "Said".to_string(), "SAID".to_string(), "sai".to_string()];
        for v in &verbs {
            for a in after {
                texts.push(format!("{v}{a}"));
                texts.push(format!("{}{a}", &v[..v.len() - 1]));
                texts.push(format!(" {v}{a}"));
            }
        }
        for t in &texts {
            assert_eq!(speech_verb(t), speech_verb_by_list(t), "{t:?}");
        }
    }

    #[test]
    fn the_title_list_and_the_title_pattern_name_the_same_titles() {
        assert_eq!(TITLE_DOT, format!(r"(?:{})\.", TITLES.join("|")));
    }

    #[test]
    fn a_title_with_its_full_stop_counts_once_in_the_speaker_length() {
        assert_eq!(speaker_units("Jo Bloggs"), 9);
        assert_eq!(speaker_units("Det. Supt. Jo Bloggs"), 13);
        assert_eq!(speaker_units("Mrs. Amy Lee"), 9);
    }

    #[test]
    fn a_statement_is_read_as_the_one_just_quoted_or_as_whose_it_is_said_to_be() {
        let before = Some(Statement::Before);
        let of = |w: &str| Some(Statement::Of(w.to_string()));
        let cases: &[(&str, Option<Statement>)] = &[
            ("the statement", before.clone()),
            ("The joint statement", before.clone()),
            ("the press release", before.clone()),
            ("a statement from Kent Police", of("Kent Police")),
            ("A written statement issued on behalf of the family", of("the family")),
            ("the council's statement", of("the council")),
            ("its statement", Some(Statement::By(Who::It))),
            ("her statement", Some(Statement::By(Who::Pronoun(Gender::Female)))),
            ("His statement", Some(Statement::By(Who::Pronoun(Gender::Male)))),
            ("their statement", None),
            // Neither a statement nor a release: left to the speaker reading.
            ("the report", None),
            ("the letter", None),
            ("Jo Bloggs", None),
            ("a statement", None),
            ("the statement of intent", None),
        ];
        for (words, expected) in cases {
            assert_eq!(&statement_of(words), expected, "{words}");
        }
    }

    #[test]
    fn intro_speaker_words_are_bounded_in_length() {
        let intro = |chars: usize| format!("A{} said:", "b".repeat(chars));
        assert!(intro_speaker(&intro(MAX_INTRO_CHARS)).is_some());
        assert_eq!(intro_speaker(&intro(MAX_INTRO_CHARS + 1)), None);
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn intro_clauses_name_the_speaker() {
        let cases = [
            (
                "Nick Tavener, NCWT head of youth internet safety policy, said: ",
                "Nick Tavener, NCWT head of youth internet safety policy",
            ),
            ("OCET Sergeant Rob Haldane said:", "OCET Sergeant Rob Haldane"),
            ("Sgt Haldane added: ", "Sgt Haldane"),
            ("She said there is \"no single type\" of abuser: ", "She"),
            ("Dylan Marr from NCWT Northern Ireland said: ", "Dylan Marr from NCWT Northern Ireland"),
            ("He told the BBC: ", "He"),
            ("He told the Northern Echo, ", "He"),
            ("The force said in a statement: ", "The force"),
            ("According to Marion Tate, ", "Marion Tate"),
            ("Jane Smith said, ", "Jane Smith"),
            ("Detective Chief Superintendent Lucy Morris: ", "Detective Chief Superintendent Lucy Morris"),
            ("Sir Peter Wanless, NSPCC chief executive: ", "Sir Peter Wanless, NSPCC chief executive"),
        ];
        for (clause, who) in cases {
            assert_eq!(intro_speaker(clause).as_deref(), Some(who), "{clause}");
        }
    }

    #[test]
    fn a_label_in_capitals_is_read_in_name_case() {
        let cases = [
            ("CHIEF SUPERINTENDENT OMAR DALE: ", "Chief Superintendent Omar Dale"),
            ("CLLR BETH ANNAN (Northby District Council): ", "Cllr Beth Annan (Northby District Council)"),
            ("PC SAM HOLT: ", "PC Sam Holt"),
            ("DCI LEE WARD: ", "DCI Lee Ward"),
            ("Chair (Cllr Nia Pugh): ", "Chair (Cllr Nia Pugh)"),
        ];
        for (clause, who) in cases {
            assert_eq!(intro_speaker(clause).as_deref(), Some(who), "{clause}");
        }
    }

    #[test]
    fn reported_speech_before_a_fragment_is_no_intro() {
        for clause in [
            "The NSPCC said ",
            "with the Lanyard Trust warning that ",
            "The Lanyard Trust said \"the holidays had left children exposed\" and believes ",
            "It believed the ",
            "the NSPCC said, in a report on crimes that were ",
            "She said the figures were ",
            "Read More: ",
            "Jane Smith: ",
            "Key findings: ",
            "KEY FINDINGS: ",
            "UPDATE: ",
            "BREAKING NEWS: ",
            "WATCH: ",
            "JANE SMITH: ",
            "KEY FINDINGS FROM THE HOME OFFICE: ",
            "LETTER TO THE EDITOR: ",
            "WHAT THE CHIEF CONSTABLE SAID NEXT: ",
            "TOP STORIES IN WEST YORKSHIRE: ",
            "Key Findings from the Home Office: ",
            "Top Stories in West Yorkshire: ",
            "Latest Updates, Northby Police: ",
        ] {
            assert_eq!(intro_speaker(clause), None, "{clause}");
        }
    }

    #[test]
    fn trailing_attributions_name_the_speaker() {
        let cases = [
            (", the charity said.", "the charity", false),
            (" the charity said.", "the charity", false),
            (
                ", said Owen Pryce, chief executive of the Lanyard Trust.",
                "Owen Pryce, chief executive of the Lanyard Trust",
                false,
            ),
            (", she said, ", "she", true),
            (" he told the BBC.", "he", false),
            (", according to Jane Smith.", "Jane Smith", false),
            (", Owen Pryce, NCWT chief executive, said.", "Owen Pryce, NCWT chief executive", false),
            (" she said, adding that more was needed.", "she", false),
            (", said its head of services, Mei Tanaka.", "its head of services, Mei Tanaka", false),
            (", said their spokeswoman.", "their spokeswoman", false),
        ];
        for (after, who, split) in cases {
            let t = trailing_speaker(after, false).unwrap_or_else(|| panic!("{after}"));
            assert_eq!((t.who.as_str(), t.split), (who, split), "{after}");
        }
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_an_attribution() {
        assert_eq!(trailing_speaker(" She said the figures were worrying.", true), None);
        assert_eq!(trailing_speaker(" is a term used by police.", false), None);
        assert_eq!(trailing_speaker(" crimes, police said, rose sharply.", false), None);
        assert!(trailing_speaker(" Marion Tate said.", true).is_some());
        assert_eq!(trailing_speaker(", the NSPCC said, is rising.", false), None);
        assert_eq!(trailing_speaker(", said Dr. Jane Smith.", false).map(|t| t.who).as_deref(), Some("Dr. Jane Smith"));
        let aside = trailing_speaker(", a witness, who asked to stay anonymous, told reporters.", false);
        assert_eq!(aside.as_ref().map(|t| t.who.as_str()), Some("a witness"));
        assert_eq!(aside.map(|t| t.len), Some(", a witness, who asked to stay anonymous, told reporters.".len()));
    }

    #[test]
    fn sentences_start_after_full_stops_but_not_abbreviations() {
        let text = chars("It rose. Dr. Smith said: \"Yes.\" J. Bloggs agreed.");
        assert_eq!(sentence_start(&text, 20), 9);
        assert!(starts_sentence(&text, 0));
        assert!(starts_sentence(&text, 9));
        assert!(!starts_sentence(&text, 13));
        assert_eq!(sentence_start(&text, 40), 32);
    }

    #[test]
    fn a_sentence_start_is_looked_for_only_within_reach() {
        let text = chars("It rose. Dr. Smith said: \"Yes.\" J. Bloggs agreed.");
        assert_eq!(sentence_start_within(&text, 20, 11), Some(9));
        assert_eq!(sentence_start_within(&text, 20, 10), None);
        assert_eq!(sentence_start_within(&text, 5, 10), Some(0));
        let long = chars(&"\"No,\" the statement added, ".repeat(100));
        assert_eq!(sentence_start_within(&long, 2_000, 500), None);
        assert_eq!(sentence_start(&long, 2_000), 0);
    }

    /// "X said:" / "X, the charity's head of policy, said:" / "X told the BBC:" / "X said,".
    static INTRO: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"(?s)^\s*(?P<who>[^\s].*?),?\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)?(?P<verb>{VERBS})\b(?P<rest>.*?)\s*(?P<punct>[:,])\s*$"
        ))
    });

    #[test]
    fn intro_clauses_are_read_as_the_pattern_reads_them() {
        let pieces = [
            "Jo",
            "Bloggs",
            " ",
            "  ",
            ",",
            ", ",
            ":",
            ": ",
            ".",
            "\"",
            "said",
            "says",
            "saying",
            "said_",
            "saidé",
            "told",
            "tells",
            "has",
            "had",
            "have",
            "also",
            "then",
            "later",
            "pointed out",
            "went on",
            "went onward",
            "the BBC",
            "in a statement",
            "that",
            "\u{a0}",
            "é",
            "\n",
            "a",
        ];
        let mut cases = Cases(11);
        for _ in 0..20_000 {
            let mut text = cases.text(&pieces, 10);
            text.push_str([":", ",", ": ", ", ", "", " :"][cases.below(6)]);
            let expected = INTRO.captures(&text).map(|c| Intro {
                who: c.name("who").map_or("", |m| m.as_str()),
                verb: c.name("verb").map_or("", |m| m.as_str()),
                rest: c.name("rest").map_or("", |m| m.as_str()),
                punct: c["punct"].chars().next().unwrap_or(' '),
            });
            assert_eq!(intro_parts(&text), expected, "{text:?}");
        }
    }
}
