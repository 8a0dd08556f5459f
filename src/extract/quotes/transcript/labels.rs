//! The speaker labels of published transcripts, read from the head of a paragraph:
//!
//! - UK Hansard: "Jo Bloggs (Anytown North) (Lab):", "Lord Bloggs of Anytown (Con):",
//!   "The Minister for Policing (Jo Bloggs):", "Mr Speaker:", "Hon. Members:";
//! - the Scottish Parliament's Official Report: "The Convener (Jo Bloggs):", "Jo Bloggs
//!   (Lothian) (SNP):"; the Senedd's Record: "Jo Bloggs MS:", "Jo Bloggs AS/MS:";
//! - select-committee evidence: "Q12 Chair:", "Dr Jo Bloggs:";
//! - broadcast scripts: "PRESENTER:", "JO BLOGGS (clip):";
//! - published podcast and radio transcripts, each turn with its time stamp: "[00:01:05] Jo
//!   Bloggs:", "Jo Bloggs (00:01:05):", "01:05 JO BLOGGS:", or "Jo Bloggs  01:05" alone on
//!   its line over the words. The stamp is neither the speaker nor the words.
//!
//! A label is a name or an office before a colon, with optional brackets (a seat, a party, a
//! person named after an office, a broadcast tag) and member's letters ("MS", "MSP"); the
//! speech after it does not open with a quote mark (a write-up quoting people after labels
//! is read as quotes are) nor with a figure ("Kent: 1,204" is a table row). A label is
//! *strong* when its shape alone is a transcript's: a party in brackets, a person named in
//! brackets after an office, member's letters, a question number, a broadcast tag, or a time
//! stamp beside a person named in full or an office (a live blog's "10:30 BST:" is none).

use std::sync::LazyLock;

use regex::Regex;

use super::super::names::{self, is_honorific, is_office, is_role_word};

/// The most bytes a label may take before its colon: an office in full ("The
/// Parliamentary Under-Secretary of State for the Home Department (Jo Bloggs)") is long.
const MAX_LABEL_BYTES: usize = 160;

/// The most words a person's name in a label may have ("Lord Bloggs of Much Wenlock").
const MAX_NAME_WORDS: usize = 7;

/// The most words an office may have ("The Parliamentary Under-Secretary of State for the
/// Home Department").
const MAX_OFFICE_WORDS: usize = 16;

/// Whom a label names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Named {
    /// A person, with the office the label gives them ("The Convener (Jo Bloggs)",
    /// "Jo Bloggs (Chair)").
    Person { name: String, office: Option<String> },
    /// An office alone: `label` as a speaker is printed ("Mr Speaker", "Chair",
    /// "Presenter"), `office` the post ("Speaker").
    Office { label: String, office: String },
    /// Several members at once ("Hon. Members:", "Noble Lords:"), or a voice a transcript
    /// does not name ("Speaker 1 (00:00):"): no one's quote.
    Group,
}

/// A speaker label at the head of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Label {
    pub named: Named,
    /// The seat in brackets: "Anytown North".
    pub seat: Option<String>,
    /// The party in brackets, in full: "Labour".
    pub party: Option<&'static str>,
    /// The member's letters after the name, as a role: "Member of the Senedd".
    pub member: Option<&'static str>,
    /// The shape alone says the page is a transcript.
    pub strong: bool,
    /// Chars of the paragraph up to and including the colon.
    pub past: usize,
    /// The speech opens with "To ask": a written question, not a quote.
    pub asks: bool,
    /// A title or rank stood before the name and was dropped ("Chief Constable Bloggs",
    /// "Dr Bloggs"): a transcript's way of naming someone named in full before.
    pub titled: bool,
    /// The rank or job title dropped before the name, as printed: "DET SUPT".
    pub rank: Option<String>,
    /// The label stands alone on its line, its speech in the paragraphs under it, as a
    /// parliament's web pages print a member's name as a heading over their words.
    pub alone: bool,
    /// A label alone on its line ends with a colon, as a label does: "Chief Constable Jo
    /// Bloggs:".
    pub colon: bool,
    /// A time stamp stood before the label or after the name ("[00:01:05] Jo Bloggs:", "Jo
    /// Bloggs (00:01:05):"): a published podcast's or programme's transcript.
    pub timed: bool,
}

/// Parties as Hansard and the devolved reports abbreviate them, with their names.
const PARTIES: &[(&str, &str)] = &[
    ("Lab", "Labour"),
    ("Labour", "Labour"),
    ("Lab/Co-op", "Labour Co-operative"),
    ("Lab Co-op", "Labour Co-operative"),
    ("Con", "Conservative"),
    ("Conservative", "Conservative"),
    ("LD", "Liberal Democrat"),
    ("Lib Dem", "Liberal Democrat"),
    ("Liberal Democrat", "Liberal Democrat"),
    ("SNP", "Scottish National Party"),
    ("DUP", "Democratic Unionist Party"),
    ("PC", "Plaid Cymru"),
    ("Plaid Cymru", "Plaid Cymru"),
    ("Green", "Green Party"),
    ("GP", "Green Party"),
    ("Ind Lab", "Independent Labour"),
    ("Ind Con", "Independent Conservative"),
    ("Grn", "Green Party"),
    ("Ind", "Independent"),
    ("Independent", "Independent"),
    ("CB", "Crossbench"),
    ("Crossbench", "Crossbench"),
    ("Non-Afl", "Non-affiliated"),
    ("Non-affiliated", "Non-affiliated"),
    ("SF", "Sinn Féin"),
    ("SDLP", "Social Democratic and Labour Party"),
    ("UUP", "Ulster Unionist Party"),
    ("Alliance", "Alliance Party"),
    ("Alba", "Alba Party"),
    ("Reform", "Reform UK"),
    ("Reform UK", "Reform UK"),
    ("TUV", "Traditional Unionist Voice"),
];

/// The Senedd's Welsh and bilingual member's letters, which a transcript prints after a name
/// beside the letters every paper uses ([`names::MEMBERS_LETTERS`]).
const SENEDD_LETTERS: &[(&str, &str)] =
    &[("AS/MS", "Member of the Senedd"), ("MS/AS", "Member of the Senedd"), ("AS", "Member of the Senedd")];

/// Tags a broadcast script puts after a speaker: "(clip)", "(VO)", "(on phone)".
const BROADCAST_TAGS: &[&str] = &[
    "clip",
    "vo",
    "v/o",
    "voiceover",
    "voice-over",
    "voice over",
    "archive",
    "on phone",
    "by phone",
    "phone",
    "on the line",
    "recorded",
    "translated",
    "translation",
    "in studio",
    "studio",
    "oov",
    "sot",
    "sync",
    "in vision",
    "via video link",
    "video link",
    "actuality",
];

/// Those who speak for the programme in a broadcast script.
const BROADCAST_ROLES: &[&str] = &["presenter", "interviewer", "reporter", "host", "anchor", "newsreader", "narrator"];

/// Words whose last place in a label makes it an office: "Mr Speaker", "The Convener",
/// "Deputy Presiding Officer", "Presenter".
const OFFICE_WORDS: &[&str] = &[
    "speaker",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "convener",
    "convenor",
    "officer",
    "llywydd",
    "lywydd",
    "minister",
    "secretary",
    "leader",
    "chancellor",
    "general",
    "advocate",
    "whip",
    "commissioner",
    "clerk",
    "president",
    "presenter",
    "interviewer",
    "reporter",
    "host",
    "narrator",
    "newsreader",
    "anchor",
    "correspondent",
    "mayor",
    "paymaster",
    "treasurer",
    "comptroller",
    "counsel",
];

/// Titles that are a peer's or bishop's name, kept in the speaker: "Lord Bloggs of Anytown",
/// "Baroness Bloggs", "The Lord Bishop of Anytown".
const PEERAGE: &[&str] = &[
    "lord",
    "baroness",
    "lady",
    "earl",
    "countess",
    "viscount",
    "viscountess",
    "marquess",
    "marchioness",
    "duke",
    "duchess",
    "bishop",
    "archbishop",
];

/// Lower-case words a name, seat or office may hold: "Rhys ap Dafydd", "Secretary of State
/// for the Home Department", "Stratford-on-Avon and Alcester".
const PARTICLES: &[&str] = &[
    "of", "for", "the", "and", "in", "on", "upon", "under", "with", "to", "at", "de", "van", "von", "der", "den", "la",
    "le", "du", "da", "di", "ap", "ab", "bin", "al", "el", "an", "na", "nan", "y", "a'",
];

/// Everyone at once: "Hon. Members", "Several hon. Members", "Noble Lords".
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)^(?:several |an |some )?(?:hon\.|honourable|noble) (?:members?|lords|friends?)$",
    )
});

/// A committee's question number before the label ("Q12 Chair"), or an order paper's
/// ("1. Jo Bloggs (Anytown) (Lab)").
static QUESTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::numbers::compile(r"^(?:Q\s?\d{1,4}|\d{1,3}\.)\s+(?P<rest>\S.*)$"));

/// Minutes after a label: "He said …", "She asked whether …", "The member noted …".
static MINUTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^(?:He|She|They|The (?:member|councillor|chair|minister|panel|committee))\s+(?:\w+ly\s+)?(?:said|asked|noted|stated|explained|questioned|queried|raised|added|replied|responded|welcomed|expressed|felt|suggested|reported|confirmed|highlighted|thanked|agreed|advised|commented|requested)\b",
    )
});

/// A label without its question number ("Q12 Chair" is "Chair"), and whether it had one.
/// Only a label opening on "Q" or a digit can: the pattern's captures are not run on others.
fn without_question_number(label: &str) -> (bool, &str) {
    if !label.starts_with(|c: char| c == 'Q' || c.is_ascii_digit()) {
        return (false, label);
    }
    match QUESTION_NUMBER.captures(label).and_then(|c| c.name("rest")) {
        Some(rest) => (true, rest.as_str()),
        None => (false, label),
    }
}

/// The label a paragraph opens with, when it has one ([`Label`]).
pub(super) fn read_label(norm: &str) -> Option<Label> {
    read_colon_label(norm).or_else(|| read_stamped_label(norm))
}

/// A label with its time stamp in brackets and no colon, the turn's words after it on the
/// same line ("JO BLOGGS [00:01:05] Words …"), as a label printed over its words reads once
/// the lines are joined.
fn read_stamped_label(norm: &str) -> Option<Label> {
    static STAMPED: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^(?P<label>[^\[\]():;\x22\d]{2,80}?\s*(?:\[\s*\d{1,2}(?::\d{2}){1,2}\s*\]|\(\s*\d{1,2}(?::\d{2}){1,2}\s*\)))\s+(?P<speech>\S)",
        )
    });
    if !norm.contains(['[', '(']) {
        return None;
    }
    let c = STAMPED.captures(norm)?;
    let speech = c.name("speech")?;
    // The words open a sentence: "Jo Bloggs (00:31) said …" is a write-up's.
    let opens = |ch: char| ch.is_uppercase() || matches!(ch, '[' | '-' | '–' | '—' | '…');
    if !speech.as_str().starts_with(opens) || MINUTED.is_match(norm.get(speech.start()..)?) {
        return None;
    }
    let mut parsed = read_printed_label(c.name("label")?.as_str().trim()).filter(|l| l.timed)?;
    parsed.past = norm.get(..speech.start())?.chars().count();
    Some(parsed)
}

/// A label before a colon at the head of a paragraph.
fn read_colon_label(norm: &str) -> Option<Label> {
    let head = norm.as_bytes().get(..=MAX_LABEL_BYTES).unwrap_or(norm.as_bytes());
    // A colon between figures is a time stamp's ("Jo Bloggs (00:01:05):"), not the label's.
    let digit = |i: Option<usize>| i.and_then(|i| head.get(i)).is_some_and(u8::is_ascii_digit);
    let colon = memchr::memchr_iter(b':', head).find(|&i| !(digit(i.checked_sub(1)) && digit(Some(i + 1))))?;
    let speech = norm.get(colon + 1..)?;
    if !speech.starts_with(' ') {
        return None;
    }
    let speech = speech.trim_start();
    // "Jo Bloggs MS: 3. Will the Minister …": the number of the question on the order paper
    // is not the member's words.
    let numbered = agenda_number(speech);
    let speech = speech.get(numbered..).unwrap_or(speech).trim();
    // Speech opens on a capital, or on a stage direction: "asked whether …" and "He said
    // …" after a label are a minute's reported speech. After a time stamp the label is a
    // turn's, and a turn may open in lower case or on the dash of speech broken off ("01:05
    // Jo Bloggs: —and the rest").
    let stamped = || without_time_stamps(norm.get(..colon).unwrap_or_default()).1;
    let turn_start = |c: char| c.is_lowercase() || matches!(c, '-' | '–' | '—' | '…');
    let opens_well =
        speech.starts_with(|c: char| c.is_uppercase() || c == '[') || (speech.starts_with(turn_start) && stamped());
    if !opens_well || MINUTED.is_match(speech) {
        return None;
    }
    let mut parsed = read_printed_label(norm.get(..colon)?.trim())?;
    let past = norm.get(..=colon)?.chars().count();
    let number = norm.get(colon + 1..)?.trim_start();
    let skipped = norm.get(colon + 1..)?.len() - number.len() + numbered;
    parsed.past = past + norm.get(colon + 1..colon + 1 + skipped).map_or(0, |s| s.chars().count());
    parsed.asks = speech.starts_with("To ask ");
    Some(parsed)
}

/// How many bytes an order paper's question number takes at the head of a speech ("3. ",
/// "12. "): 0 when there is none.
fn agenda_number(speech: &str) -> usize {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"^\d{1,3}\.\s+"));
    NUMBER.find(speech).map_or(0, |m| m.end())
}

/// A label standing alone on its line, as a heading over the speech under it ("Jo Bloggs
/// (Anytown North) (Lab)", "The Minister for Policing (Jo Bloggs)", "Jo Bloggs"): no
/// sentence's closing mark, and at most a colon after it.
pub(super) fn read_label_alone(norm: &str) -> Option<Label> {
    let printed_label = norm.trim().trim_end_matches(':').trim_end();
    let closed = printed_label.ends_with(['.', ',', ';', '!', '?', '"', '\'', '’', '”']);
    let (unstamped, _) = without_time_stamps(printed_label);
    if closed || unstamped.is_empty() || printed_label.len() > MAX_LABEL_BYTES || unstamped.contains(':') {
        return None;
    }
    let mut parsed = read_printed_label(printed_label)?;
    parsed.past = norm.chars().count();
    parsed.alone = true;
    parsed.colon = norm.trim_end().ends_with(':');
    Some(parsed)
}

/// A label as printed, before its colon or alone on its line: a question number, a name or
/// an office, and brackets ("Q12 Jo Bloggs (Anytown North) (Lab)").
fn read_printed_label(printed_label: &str) -> Option<Label> {
    let (printed_label, timed) = without_time_stamps(printed_label);
    // "Speaker 1 (00:00)": a stamped turn of a voice the transcript does not name, no one's
    // quote.
    if timed && unnamed_voice(printed_label) {
        return Some(Label { timed, ..group_label() });
    }
    let (numbered, label) = without_question_number(printed_label);
    if label.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | ';' | '!' | '?' | '[' | ']')) {
        return None;
    }
    let (head, brackets) = split_brackets(label)?;
    let mut parsed = read_head(head, &brackets)?;
    parsed.strong |= numbered;
    parsed.timed = timed;
    parsed.strong |= timed && names_someone(&parsed);
    Some(parsed)
}

/// A voice an automatic transcript numbers or letters instead of naming: "Speaker 1",
/// "SPEAKER 2", "Speaker A", "Unknown Speaker".
fn unnamed_voice(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    let Some(rest) = lower.strip_prefix("speaker ") else { return lower == "unknown speaker" };
    let rest = rest.trim();
    (1..=2).contains(&rest.len()) && (rest.chars().all(|c| c.is_ascii_digit()) || rest.len() == 1)
}

/// A time stamp as a transcript prints one beside a label: "00:31", "1:02:15", "[00:00:31]",
/// "(00:31)".
const STAMP: &str = r"(?:\[\s*\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?\s*\]|\(\s*\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?\s*\)|\d{1,2}(?::\d{2}){1,2})";

/// A label without the time stamp before it ("[00:01:05] Jo Bloggs", "01:05 JO BLOGGS") or
/// after the name ("Jo Bloggs (00:01:05)", "Jo Bloggs  01:05"), and whether it had one.
fn without_time_stamps(label: &str) -> (&str, bool) {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(&format!(r"^{STAMP}\s+")));
    static AFTER: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(&format!(r"\s*{STAMP}$")));
    if !label.contains(|c: char| c.is_ascii_digit()) {
        return (label, false);
    }
    let before = BEFORE.find(label).map_or(0, |m| m.end());
    let rest = label.get(before..).unwrap_or(label);
    // A stamp after the name stands apart from it: "Jo Bloggs 01:05", not "Room101:05".
    let after = AFTER
        .find(rest)
        .filter(|m| {
            m.start() > 0 && (m.as_str().starts_with(char::is_whitespace) || !m.as_str().starts_with(char::is_numeric))
        })
        .map_or(rest.len(), |m| m.start());
    let unstamped = rest.get(..after).unwrap_or(rest).trim();
    (unstamped, before > 0 || after < rest.len())
}

/// Whether a time-stamped label names someone as a transcript does: an office, or a person
/// by title or named in full, not a place, a body or a time zone ("10:30 BST").
pub(super) fn names_someone(label: &Label) -> bool {
    use super::super::speaker::Who;
    match &label.named {
        Named::Office { .. } => true,
        Named::Group => false,
        Named::Person { name, .. } => {
            label.titled
                || peer(name)
                || (name.split_whitespace().count() >= 2
                    && crate::extract::places::by_name(name).is_none()
                    && matches!(super::super::speaker::parse_who(name), Some(Who::Person(_))))
        }
    }
}

/// A time stamp alone on its line: "[00:12:40]", "01:02:15", "(12:40)".
pub(super) fn is_time_stamp(norm: &str) -> bool {
    static ALONE: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(&format!(r"^{STAMP}$")));
    let norm = norm.trim();
    norm.len() <= 16 && norm.contains(':') && ALONE.is_match(norm)
}

/// The words before the brackets and what each bracket holds; `None` when anything but
/// brackets follows the first one, or brackets nest.
fn split_brackets(label: &str) -> Option<(&str, Vec<&str>)> {
    let Some(open) = label.find('(') else { return Some((label.trim(), Vec::new())) };
    let head = label.get(..open)?.trim();
    let mut rest = label.get(open..)?.trim();
    let mut brackets = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('(')?;
        let close = inner.find(')')?;
        let content = inner.get(..close)?.trim();
        if content.is_empty() || content.contains('(') {
            return None;
        }
        brackets.push(content);
        rest = inner.get(close + 1..)?.trim_start();
    }
    Some((head, brackets))
}

/// What a bracket after a name holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bracket<'a> {
    Party(&'static str),
    Broadcast,
    /// An office held by the person named before it: "(Chair)".
    Office(&'a str),
    /// A seat, or a person's name after an office: capitalised words.
    Words(&'a str),
}

fn read_bracket(content: &str) -> Option<Bracket<'_>> {
    if let Some((_, party)) = PARTIES.iter().find(|(short, _)| short.eq_ignore_ascii_case(content)) {
        return Some(Bracket::Party(party));
    }
    let lower = content.to_lowercase();
    if BROADCAST_TAGS.contains(&lower.as_str()) {
        return Some(Bracket::Broadcast);
    }
    // "Sir Jo Bloggs (in the Chair)" chairs the sitting.
    let office = content.strip_prefix("in the ").unwrap_or(content);
    if office_word(office) && office.split_whitespace().count() <= 3 {
        return Some(Bracket::Office(office));
    }
    capitalised_words(content, MAX_NAME_WORDS + 2).then_some(Bracket::Words(content))
}

/// Whether a word names an office ([`OFFICE_WORDS`]): "Mayor", "Chair", "Presenter".
pub(super) fn is_office_word(word: &str) -> bool {
    OFFICE_WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether the last word of `words` makes them an office ([`OFFICE_WORDS`]).
fn office_word(words: &str) -> bool {
    words.split_whitespace().next_back().is_some_and(|w| OFFICE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether `words` are at most `max` words, each capitalised or a particle ([`PARTICLES`]),
/// the first capitalised, made of letters and the marks names use.
fn capitalised_words(words: &str, max: usize) -> bool {
    let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | '&' | ',' | '/');
    let count = words.split_whitespace().count();
    words.starts_with(char::is_uppercase)
        && words.chars().all(allowed)
        && (1..=max).contains(&count)
        && words.split_whitespace().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic());
            bare.is_empty() || bare.starts_with(char::is_uppercase) || PARTICLES.contains(&w.to_lowercase().as_str())
        })
}

/// A label naming a group, with nothing else read yet.
fn group_label() -> Label {
    Label {
        named: Named::Group,
        seat: None,
        party: None,
        member: None,
        strong: false,
        past: 0,
        asks: false,
        titled: false,
        rank: None,
        alone: false,
        colon: false,
        timed: false,
    }
}

/// Reads the words before the brackets, with the brackets, into a [`Label`].
fn read_head(head: &str, brackets: &[&str]) -> Option<Label> {
    let mut label = group_label();
    if GROUP.is_match(head) {
        return brackets.is_empty().then_some(label);
    }
    if let Some((name, role)) = caller(head, brackets) {
        label.named = Named::Person { name, office: None };
        label.rank = Some(role);
        label.strong = true;
        return Some(label);
    }
    // The Senedd's bilingual labels: "Y Llywydd / The Presiding Officer".
    let head = head.rsplit(" / ").next().unwrap_or(head).trim();
    let shouted = crate::ingest::lead::is_all_capitals(head);
    let head = if shouted { super::super::interview::readable_label(head) } else { head.to_string() };
    let (head, member) = without_member_letters(&head);
    label.member = member;
    // "MP" after a name is a newspaper's habit, not a transcript's.
    label.strong |= member.is_some_and(|m| m != "MP");
    if !capitalised_words(head, MAX_OFFICE_WORDS) {
        return None;
    }
    let mut person_in_brackets = None;
    let mut office_in_brackets = None;
    for content in brackets {
        match read_bracket(content)? {
            Bracket::Party(party) if label.party.is_none() => label.party = Some(party),
            Bracket::Broadcast => label.strong = true,
            Bracket::Office(office) if office_in_brackets.is_none() => office_in_brackets = Some(office),
            Bracket::Words(words) if label.seat.is_none() && person_in_brackets.is_none() => {
                person_in_brackets = Some(words);
            }
            _ => return None,
        }
    }
    label.strong |= label.party.is_some();
    match office_of(head) {
        Some(office) => {
            // "The Convener (Jo Bloggs)": the person is in brackets, and the label is strong;
            // a minister in the Lords has a party too ("… (Lord Bloggs of Anytown) (Con)").
            if office_in_brackets.is_some() {
                return None;
            }
            label.named = match person_in_brackets.and_then(person_name) {
                Some(name) => {
                    label.strong = true;
                    Named::Person { name, office: Some(office) }
                }
                None if person_in_brackets.is_some() => return None,
                None => {
                    // "PRESENTER:" in capitals is a broadcast script's own label.
                    label.strong |= shouted && BROADCAST_ROLES.contains(&office.to_lowercase().as_str());
                    Named::Office { label: speaker_of_office(head), office }
                }
            };
        }
        None => {
            label.seat = person_in_brackets.map(str::to_string);
            let name = person_name(head)?;
            if head.contains(',') {
                return None;
            }
            label.titled = name.split_whitespace().count() < head.split_whitespace().count() && !peer(head);
            label.rank = rank_before_name(head);
            label.named = Named::Person { name, office: office_in_brackets.map(str::to_string) };
        }
    }
    Some(label)
}

/// Those a phone-in puts on air by first name: "CALLER (GARETH, BRIDGEND)", "CALLER --
/// TERRY (MARGATE)", "Listener - Sue": the name as names are written, and the role the label
/// gives ("caller, Bridgend").
fn caller(head: &str, brackets: &[&str]) -> Option<(String, String)> {
    const MAX_NAME_WORDS: usize = 2;
    let (kind, rest) = head.split_once(char::is_whitespace).unwrap_or((head, ""));
    let kind = kind.to_lowercase();
    if !matches!(kind.as_str(), "caller" | "listener") || brackets.len() > 1 {
        return None;
    }
    let rest = rest.trim().trim_start_matches(['-', '–', '—', ',']).trim();
    let bracket = brackets.first().map(|b| b.split(',').map(str::trim).collect::<Vec<_>>()).unwrap_or_default();
    let (name, place): (&str, Vec<&str>) = if rest.is_empty() {
        let (name, place) = bracket.split_first()?;
        (name, place.to_vec())
    } else {
        (rest, bracket)
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let plain =
        |w: &&str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''));
    if !(1..=MAX_NAME_WORDS).contains(&words.len()) || !words.iter().all(plain) {
        return None;
    }
    let cased = |w: &str| if crate::ingest::lead::is_all_capitals(w) { names::title_case(w) } else { w.to_string() };
    let name = words.iter().map(|w| cased(w)).collect::<Vec<_>>().join(" ");
    let mut role = kind;
    for part in place.iter().filter(|p| !p.is_empty()) {
        role.push_str(", ");
        role.push_str(&part.split_whitespace().map(cased).collect::<Vec<_>>().join(" "));
    }
    Some((name, role))
}

/// Whether a label's role is a phone-in caller's ([`caller`]): "caller, Bridgend".
pub(super) fn is_callers_role(role: &str) -> bool {
    let kind = role.split(',').next().unwrap_or(role);
    matches!(kind, "caller" | "listener")
}

/// The head without member's letters after the name ("Jo Bloggs MS"), and the role they give.
fn without_member_letters(head: &str) -> (&str, Option<&'static str>) {
    let Some((name, last)) = head.trim().rsplit_once(' ') else { return (head.trim(), None) };
    match names::MEMBERS_LETTERS.iter().chain(SENEDD_LETTERS).find(|(letters, _)| *letters == last) {
        Some((_, role)) if name.split_whitespace().count() >= 2 => (name.trim(), Some(role)),
        _ => (head.trim(), None),
    }
}

/// The office a head names, when it names one: "The Minister for Policing", "Mr Speaker",
/// "Madam Deputy Speaker", "Chair", "Presenter". A peer ("The Earl of Anytown") is a person.
fn office_of(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let rest = match first.as_str() {
        "the" | "mr" | "madam" | "madame" => words.get(1..)?,
        _ => &words[..],
    };
    let peer = rest.first().is_some_and(|w| PEERAGE.contains(&w.to_lowercase().as_str()));
    if peer && !office_word(head) {
        return None;
    }
    let office = rest.join(" ");
    let short = rest.len() <= 4 && !rest.is_empty();
    // "Under-Secretary" holds "secretary".
    let holds_office =
        |w: &&str| w.trim_matches(',').split('-').any(|part| OFFICE_WORDS.contains(&part.to_lowercase().as_str()));
    let titled = first == "the" && rest.iter().any(holds_office);
    ((short && office_word(&office)) || titled).then_some(office)
}

/// Whether a head names a peer or a bishop by title: "Lord Bloggs of Anytown", "Baroness
/// Bloggs", "The Lord Bishop of Anytown".
pub(super) fn peer(head: &str) -> bool {
    let mut words = head.split_whitespace().map(str::to_lowercase);
    let lead = words.next().unwrap_or_default();
    let next = words.next();
    (lead == "the" && next.as_deref().is_some_and(|w| PEERAGE.contains(&w)))
        || (PEERAGE.contains(&lead.as_str()) && next.is_some())
}

/// How an office alone is printed as a speaker: the label without "The" ("Mr Speaker",
/// "Convener", "Presenter").
fn speaker_of_office(head: &str) -> String {
    head.strip_prefix("The ").unwrap_or(head).to_string()
}

/// Whether a label's office is a broadcaster's own ("Presenter", "Reporter"): what is said
/// under it is the outlet's script, not a quote.
pub(super) fn is_broadcast_role(office: &str) -> bool {
    BROADCAST_ROLES.contains(&office.to_lowercase().as_str())
}

/// The rank or job-title words a person's label opens with ("DET SUPT Kevin Arden",
/// "Chief Inspector Jo Bloggs"), as printed: the role the name stands in.
pub(super) fn rank_before_name(head: &str) -> Option<String> {
    if peer(head) {
        return None;
    }
    let rank: Vec<&str> = head.split_whitespace().take_while(|w| is_role_word(w)).collect();
    (!rank.is_empty()).then(|| rank.iter().map(|w| title_case(w)).collect::<Vec<_>>().join(" "))
}

/// A rank's word as a role is printed: "DET" and "det" are "Det"; a short set of letters
/// ("DC", "PC") stays in capitals.
fn title_case(word: &str) -> String {
    const MAX_LETTERS_KEPT: usize = 2;
    if word.chars().count() <= MAX_LETTERS_KEPT && !word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    names::title_case(word)
}

/// The name a person's label gives, as a speaker is printed: a peer's title kept whole
/// ("Lord Bloggs of Anytown"), other honorifics and ranks dropped ("Mr Jo Bloggs", "Det Supt
/// Jo Bloggs" are "Jo Bloggs"). `None` when nothing like a name is left.
pub(super) fn person_name(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let lead = words.first()?.to_lowercase();
    if peer(head) {
        let name = words.iter().skip(usize::from(lead == "the")).copied().collect::<Vec<_>>().join(" ");
        return (words.len() <= MAX_NAME_WORDS).then_some(name);
    }
    if lead == "the" {
        return None;
    }
    let titled = |w: &&str| is_honorific(w) || is_role_word(w) || is_office(w);
    let name: Vec<&str> = words.iter().copied().skip_while(titled).collect();
    let plain = name.iter().all(|w| !OFFICE_WORDS.contains(&w.to_lowercase().as_str()));
    ((1..=MAX_NAME_WORDS).contains(&name.len()) && plain).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(norm: &str) -> Option<(Named, bool)> {
        read_label(norm).map(|l| (l.named, l.strong))
    }

    fn person(name: &str, office: Option<&str>) -> Named {
        Named::Person { name: name.into(), office: office.map(str::to_string) }
    }

    #[test]
    fn labels_of_each_house_style_are_read() {
        assert_eq!(named("Jo Bloggs (Anytown North) (Lab): Words here."), Some((person("Jo Bloggs", None), true)));
        assert_eq!(
            named("The Minister of State, Home Department (Jo Bloggs): Words."),
            Some((person("Jo Bloggs", Some("Minister of State, Home Department")), true))
        );
        assert_eq!(named("Lord Bloggs of Anytown (CB): Words."), Some((person("Lord Bloggs of Anytown", None), true)));
        assert_eq!(
            named("Mr Speaker: Order."),
            Some((Named::Office { label: "Mr Speaker".into(), office: "Speaker".into() }, false))
        );
        assert_eq!(
            named("Q7 Chair: Thank you."),
            Some((Named::Office { label: "Chair".into(), office: "Chair".into() }, true))
        );
        assert_eq!(named("Jo Bloggs MS: Words."), Some((person("Jo Bloggs", None), true)));
        assert_eq!(named("MARIA BLOGGS (clip): Words."), Some((person("Maria Bloggs", None), true)));
        assert_eq!(named("Hon. Members: Hear, hear."), Some((Named::Group, false)));
    }

    #[test]
    fn a_colon_past_the_longest_label_makes_none_whatever_the_chars_before() {
        let long = format!("{}é: Words here.", "Ab".repeat(MAX_LABEL_BYTES / 2));
        assert_eq!(read_label(&long), None);
    }

    #[test]
    fn every_broadcast_role_is_an_office() {
        assert!(BROADCAST_ROLES.iter().all(|r| OFFICE_WORDS.contains(r)));
    }

    #[test]
    fn news_labels_are_no_strong_labels() {
        for norm in [
            "Kent: 1,204",
            "Source: Home Office figures.",
            "Pictured: Jo Bloggs (left) with officers.",
            "Jo Bloggs (Lab): \"Shocking.\"",
            "Figures for 2023: a rise.",
        ] {
            assert!(!read_label(norm).is_some_and(|l| l.strong), "{norm}");
        }
    }

    #[test]
    fn a_time_stamp_before_a_label_or_after_the_name_is_cut_and_makes_the_label_strong() {
        for norm in [
            "[00:01:05] Jo Bloggs: Words here.",
            "(01:05) Jo Bloggs: Words here.",
            "01:05 JO BLOGGS: Words here.",
            "1:02:15 Jo Bloggs: Words here.",
            "Jo Bloggs (00:01:05): Words here.",
            "Jo Bloggs [01:05]: Words here.",
        ] {
            let label = read_label(norm);
            assert_eq!(
                label.as_ref().map(|l| (l.named.clone(), l.strong, l.timed)),
                Some((person("Jo Bloggs", None), true, true)),
                "{norm}"
            );
            let past = label.map_or(0, |l| l.past);
            assert_eq!(norm.chars().skip(past).collect::<String>().trim(), "Words here.", "{norm}");
        }
        let alone = read_label_alone("Jo Bloggs  01:05");
        assert_eq!(alone.map(|l| (l.named, l.strong, l.alone)), Some((person("Jo Bloggs", None), true, true)));
        assert!(is_time_stamp("[01:02:15]") && is_time_stamp("12:40") && !is_time_stamp("12.40 pm"));
    }

    #[test]
    fn a_time_zone_a_body_or_a_place_after_a_time_is_no_strong_label() {
        for norm in [
            "10:45 BST: Police said the road was shut.",
            "11:02 Wessex Police: Officers are at the scene.",
            "11:40 Lydd: Sandbags are available.",
            "At 10:30: Police were called.",
            "Update 10:30: Police were called.",
        ] {
            assert!(!read_label(norm).is_some_and(|l| l.strong), "{norm}");
        }
    }

    #[test]
    fn a_stamped_label_reads_a_turn_opening_in_lower_case_or_on_a_dash_and_an_unstamped_one_does_not() {
        for norm in [
            "[00:01:04] Jo Bloggs: —and the rest.",
            "01:05 JO BLOGGS: and then we left.",
            "Jo Bloggs (00:31): - sorry.",
        ] {
            assert_eq!(read_label(norm).map(|l| l.named), Some(person("Jo Bloggs", None)), "{norm}");
        }
        assert_eq!(read_label("Jo Bloggs: and then we left."), None);
    }

    #[test]
    fn a_numbered_speaker_with_a_stamp_is_an_unnamed_voice_and_without_one_no_label() {
        for norm in ["Speaker 1 (00:00): Hello.", "[00:12] SPEAKER 2: Yes.", "Speaker A (01:02): No."] {
            assert_eq!(read_label(norm).map(|l| (l.named, l.timed)), Some((Named::Group, true)), "{norm}");
        }
        assert_eq!(read_label("Speaker 1: Hello."), None);
        assert_eq!(read_label("Speakers 12 (00:00): Hello."), None);
    }

    #[test]
    fn a_name_with_a_bracketed_stamp_and_no_colon_labels_the_words_after_it() {
        let label = read_label("JO BLOGGS [00:00:04] Morning, all of you.");
        assert_eq!(
            label.as_ref().map(|l| (l.named.clone(), l.strong, l.timed)),
            Some((person("Jo Bloggs", None), true, true))
        );
        let past = label.map_or(0, |l| l.past);
        assert_eq!(
            "JO BLOGGS [00:00:04] Morning, all of you.".chars().skip(past).collect::<String>(),
            "Morning, all of you."
        );
        assert_eq!(read_label("Jo Bloggs (00:31) said the road was shut."), None);
        assert!(!read_label("Kent [12:30] Roads are shut.").is_some_and(|l| l.strong));
    }
}
