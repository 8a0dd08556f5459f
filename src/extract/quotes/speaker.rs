//! Reading the words that name a speaker ("NCWT chief executive Owen Pryce", "a police
//! spokesman", "the charity", "she") into a structured, still unresolved [`Who`]. Here the
//! phrase is cut into parts and the person found; [`roles`] reads the role and organisation
//! words around them.

mod clauses;
mod former;
mod posts;
mod roles;

use std::sync::LazyLock;

use regex::Regex;

use super::context::is_known_org;
use super::names::{
    self, first_name_gender, gender_of_word, is_acronym, is_honorific, is_name_word, is_org_word, is_person_noun,
    is_role_word, Gender, POLICE_RANKS,
};
use crate::extract::places;
pub(super) use clauses::FINITE_VERBS;
use clauses::{is_age_now, rejoin_place_lists, tells_what_was_done, JOINING_WORDS};
pub(crate) use former::holds_only_former_roles;
pub(crate) use roles::is_charity_branch;
use roles::{is_body_kind, organisation, read_role_and_org, spokes, spokes_for_a_person, strip_article};

/// An organisation as the speaker phrase names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgRef {
    /// Named in the phrase: "NSPCC", "Home Office", or a force by its canonical name.
    Named(String),
    /// "the force", "police": the force the article is about at this point.
    Force,
    /// "the charity": the charity named before.
    Charity,
    /// "the chain", "the insurer": the business or body named before, by its kind.
    Mentioned,
    /// "the council's", "the federation's": the body named before whose name holds this
    /// word, capitalised ("Council": "Northby Borough Council").
    Body(String),
    /// A councillor's council, when the words about them name none: the local council the
    /// text named last ("Northby Borough Council"), not any body called a council.
    Council,
    /// Not said: "A spokesperson said".
    Unsaid,
    /// Not said, but pointed back to with "the": "the spokesperson said", the one the
    /// paragraph reported, unless another has come up since.
    Reported,
}

/// A person named in the phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name without honorifics or ranks: "Owen Pryce".
    pub name: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub gender: Option<Gender>,
    /// Holds a police rank: "Detective Superintendent", "Sgt".
    pub police: bool,
    /// Named with a judge's title: "Judge Amy Lee", "Recorder Jo Bloggs", "Sheriff Ian Gow".
    pub judge: bool,
    /// The organisation the text named before, when the phrase only points back to it:
    /// "the force's assistant chief constable", "the charity's head of policy".
    pub owner: Option<OrgRef>,
}

/// Who a speaker phrase says is speaking, before looking at the rest of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Person(Person),
    /// A surname after a title: "Sgt Haldane", "Mr Pryce".
    Surname {
        surname: String,
        role: Option<String>,
        gender: Option<Gender>,
        /// The name stood after "Sir" or "Dame", which go before a given name ("Dame Jo"):
        /// it may be the given name of someone named in full before.
        given: bool,
    },
    /// A lone capitalised word: a surname ("Smith said") or an organisation ("Ofcom said").
    Bare(String),
    /// "he" or "she".
    Pronoun(Gender),
    /// "it": the organisation the text is about.
    It,
    /// An unnamed spokesperson; `word` is the printed noun ("spokesman").
    Spokes {
        word: String,
        org: OrgRef,
    },
    /// An organisation speaking: "the charity said", "the NSPCC said".
    Organisation(OrgRef),
    /// An unnamed person described: "one mother who rang Parentwise".
    Description {
        words: String,
        gender: Option<Gender>,
    },
}

/// Words that open an adverbial part to drop: "In a statement, the force said".
const ADVERBIAL_STARTS: &[&str] = &[
    "in",
    "however",
    "meanwhile",
    "speaking",
    "responding",
    "commenting",
    "writing",
    "reacting",
    "asked",
    "today",
    "yesterday",
    "last",
    "now",
    "also",
    "but",
    "and",
    "separately",
    "elsewhere",
    "earlier",
    "later",
    "previously",
    "additionally",
    "furthermore",
    "similarly",
    "then",
    "finally",
    "despite",
    "although",
    "while",
    "after",
    "before",
    "when",
    "addressing",
    "welcoming",
    "explaining",
    "discussing",
    // A judge in court: "Sentencing, Judge Jo Bloggs said".
    "sentencing",
    "jailing",
    "passing",
];

/// Words that open a part to drop after the name: "Jane Smith, who leads the team," or ", 45,".
const ASIDE_STARTS: &[&str] = &[
    "who",
    "which",
    "whose",
    "aged",
    "also",
    "speaking",
    "writing",
    "responding",
    "commenting",
    "adding",
    "when",
    "known",
];

/// Determiners that open an unnamed speaker's description.
const DETERMINERS: &[&str] = &["a", "an", "one", "another", "the", "this"];

fn first_word_lower(part: &str) -> String {
    part.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Splits a phrase into comma-separated parts and drops leading adverbials and asides.
fn parts(phrase: &str) -> Vec<String> {
    let parts: Vec<String> = phrase.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
    let mut parts = rejoin_place_lists(parts);
    if let Some(first) = parts.first_mut() {
        if let Some(rest) = without_time_lead(first) {
            *first = rest.to_string();
        }
    }
    while parts.len() > 1 && ADVERBIAL_STARTS.contains(&first_word_lower(&parts[0]).as_str()) {
        parts.remove(0);
    }
    if let Some(first) = parts.first_mut() {
        for lead in ["And ", "But ", "and ", "but ", "So ", "Now "] {
            if let Some(rest) = first.strip_prefix(lead) {
                *first = rest.to_string();
            }
        }
    }
    let mut kept = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        let first = first_word_lower(&part);
        if i > 0 && starts_predicate(&part, &first) {
            break;
        }
        let aside = (ASIDE_STARTS.contains(&first.as_str()) && !names::is_name_changed(&part))
            || first.chars().all(|c| c.is_ascii_digit())
            || is_age_now(&part)
            || (first.ends_with("ing") && part.starts_with(char::is_lowercase));
        if i == 0 || !aside {
            kept.push(cut_relative(&part).to_string());
        }
    }
    kept.retain(|p| !p.is_empty());
    kept
}

/// "Last night Labour MP Jo Bloggs", "Yesterday Ian Holt", "Earlier this week the charity's
/// director": the words after a time that opens the speaker words with no comma after it.
/// Only when a name or "the" follows: "Last night" alone is an adverbial part, dropped whole.
/// After a time of one word, only "the", a first name, a title or a rank.
fn without_time_lead(part: &str) -> Option<&str> {
    static TIME_LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:(?:Last|Earlier|Later|Early|Late) (?:night|week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this (?:week|month|year|morning|afternoon|evening)|today|yesterday)|Yesterday|Today|Tonight|Earlier|Later)(?: (?:morning|afternoon|evening))?\s+",
        )
        .unwrap_or_else(|e| panic!("time lead pattern: {e}"))
    });
    let first = part.split_whitespace().next()?;
    if !matches!(first, "Last" | "Earlier" | "Later" | "Early" | "Late" | "Yesterday" | "Today" | "Tonight") {
        return None;
    }
    let time = TIME_LEAD.find(part)?;
    let rest = part.get(time.end()..)?;
    if rest.starts_with("the ") {
        return Some(rest);
    }
    // A time of one word ("Today", "Later") may open a name instead ("Later Life Trust",
    // "Today Programme presenter"): only a first name, a title or a rank after it is a
    // person's.
    let next = rest.split_whitespace().next().unwrap_or("");
    let one_word = !time.as_str().trim_end().contains(' ');
    let persons = names::first_name_gender(next).is_some()
        || names::is_honorific(next)
        || names::is_office(next)
        || names::is_role_word(next)
        || POLICE_RANKS.iter().any(|r| r.eq_ignore_ascii_case(next));
    (rest.starts_with(|c: char| c.is_uppercase()) && (!one_word || persons)).then_some(rest)
}

/// Past participles that describe a person rather than say what they did: "Jo Bloggs,
/// retired head teacher, said".
const DESCRIBING_PARTICIPLES: &[&str] = &[
    "retired",
    "qualified",
    "trained",
    "registered",
    "appointed",
    "elected",
    "renowned",
    "respected",
    "experienced",
    "based",
    "named",
    "celebrated",
    "dedicated",
    "licensed",
    "certified",
    "newly",
    "recently",
    "seasoned",
];

/// "Jo Bloggs, the trust's chair, welcomed the figures but said": a part opening with a
/// verb in the past tense is the sentence's own predicate, not the speaker's role.
fn starts_predicate(part: &str, first: &str) -> bool {
    part.starts_with(char::is_lowercase)
        && first.len() > 4
        && first.ends_with("ed")
        && !is_role_word(first)
        && !DESCRIBING_PARTICIPLES.contains(&first)
}

/// A part without a relative clause inside it: "the Senedd member for Mid Wales who chairs
/// its group on online safety" is "the Senedd member for Mid Wales".
fn cut_relative(part: &str) -> &str {
    first_of(part, [" who ", " whose ", " which "]).map_or(part, |at| part[..at].trim_end())
}

/// Reads the words that name a speaker. `None` when they do not read as a speaker at all
/// (a clause of reported speech, a noun phrase, junk).
///
/// A clause saying where or when opens no speaker's words: it is dropped first, so that
/// "On a wet evening in Leeds, Jo Bloggs" is Jo Bloggs with no role, not one whose role is
/// "On a wet evening in Leeds". The words as they stand are read when the rest is no speaker.
/// A clause saying at which organisation ("At Barnardo's, chief executive Lynn Perry") gives
/// a person named after it with no organisation of their own theirs.
pub fn parse_who(phrase: &str) -> Option<Who> {
    let Some(rest) = without_lead_clause(phrase) else { return parse_who_in(phrase) };
    match parse_who_in(rest) {
        Some(Who::Person(mut p)) => {
            if p.organisation.is_none() && p.owner.is_none() {
                p.organisation = organisation_of_lead(phrase);
            }
            Some(Who::Person(p))
        }
        Some(who) => Some(who),
        None => parse_who_in(phrase),
    }
}

/// The organisation a lead clause "At X," names: a charity, a force, initials, or a name
/// ending in a word for a body ("At Leeds City Council"). A place ("At Leeds") is none.
fn organisation_of_lead(phrase: &str) -> Option<String> {
    let phrase = phrase.trim_start();
    if !phrase.starts_with("At ") {
        return None;
    }
    let (lead, _) = split_at_comma(phrase)?;
    let words = strip_article(lead.strip_prefix("At ")?.trim());
    if let Some(force) = names::force_as_printed(words) {
        return Some(force.to_string());
    }
    let last = words.split_whitespace().next_back()?;
    let body = words.starts_with(char::is_uppercase) && last.starts_with(char::is_uppercase) && is_org_word(last);
    (is_known_org(words) || is_acronym(words) || body).then(|| words.to_string())
}

/// "In a statement read to the court, the boy's father", "Outside court, a neighbour",
/// "Back in Handsworth, Bell", "Publishing her report, the commissioner": the speaker words
/// after a clause saying where, when or doing what they spoke, which is none of theirs. Only
/// a clause opening on such a word, ending at the first comma, is dropped.
pub(super) fn without_lead_clause(phrase: &str) -> Option<&str> {
    const LEADS: &[&str] = &[
        "In",
        "On",
        "At",
        "After",
        "Outside",
        "Speaking",
        "Following",
        "Before",
        "Writing",
        "Responding",
        "Asked",
        "Commenting",
        "Earlier",
        "Later",
        "Afterwards",
        "Yesterday",
        "Today",
        "Last",
        "Back",
        "Across",
        "During",
        "Inside",
        "Elsewhere",
        "Meanwhile",
        "Separately",
        "Nearby",
    ];
    let (lead, rest) = split_at_comma(phrase.trim_start())?;
    // "Last night Tom Reed, the chairman": the time opens the name's part, no clause of its own.
    if without_time_lead(lead).is_some() {
        return None;
    }
    let mut words = lead.split_whitespace();
    let first = words.next()?;
    // "Publishing his first report,", "Launching the scheme,": a clause on what they were
    // doing opens on a verb's "-ing" form and goes on in lower case (a name ending so,
    // "Manning" or "Fleming", goes on with a capital or not at all). A town so named opens
    // the speaker's description, a word for a person or a title after it ("Woking resident
    // Tom Hale, a father of two,", "Reading councillor Ann Smith,").
    let second = words.next();
    let doing = first.len() > 5
        && first.ends_with("ing")
        && first.starts_with(char::is_uppercase)
        && second.is_some_and(|w| w.starts_with(char::is_lowercase))
        && !second.is_some_and(|w| is_person_noun(w) || is_role_word(w) || names::is_office(w))
        && places::by_alias(first).is_none();
    let rest = rest.trim();
    ((LEADS.contains(&first) || doing) && lead.split_whitespace().count() <= 10 && !rest.is_empty()).then_some(rest)
}

/// [`parse_who`] on the speaker words as they stand.
fn parse_who_in(phrase: &str) -> Option<Who> {
    static PFCC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bpolice,\s+fire\s+and\s+crime\b").unwrap_or_else(|e| panic!("commissioner pattern: {e}"))
    });
    // "police, fire and crime commissioner" is one title, not two parts.
    let phrase = PFCC.replace_all(phrase, "Police Fire and Crime").replace(['(', ')'], ",");
    let phrase = phrase.trim().trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
    let phrase = strip_statement(strip_conjunction(phrase));
    if phrase.is_empty() || phrase.split_whitespace().count() > 24 {
        return None;
    }
    // "Nadia, 38, from Luton", "Nadia, now 38, from Luton": an age after the first part
    // (which `parts` drops as an aside) says it names a person.
    let aged = phrase.split(',').nth(1).is_some_and(|a| {
        let a = a.trim();
        let a = ["now ", "then ", "aged "].iter().find_map(|w| a.strip_prefix(w)).unwrap_or(a).trim_start();
        (1..=3).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_digit())
    });
    let parts = parts(phrase);
    let head = parts.first()?.clone();
    let head_lower = head.to_lowercase();
    match head_lower.as_str() {
        "he" => return Some(Who::Pronoun(Gender::Male)),
        "she" => return Some(Who::Pronoun(Gender::Female)),
        "it" => return Some(Who::It),
        _ => {}
    }
    if let Some(org) = organisation_by_clause(phrase) {
        return Some(Who::Organisation(org));
    }
    if let Some(spokes) = spokes_for_a_person(&head) {
        return Some(spokes);
    }
    let found = person(&parts, aged);
    // "Police spokesman Jon Smith" is a named person; "A police spokesman" is not.
    if let Some(Who::Person(mut p)) = found {
        if p.organisation.is_none() {
            p.organisation = force_in_clause(phrase, p.police).map(str::to_string);
        }
        if p.organisation.is_none() && p.owner.is_none() && roles::is_councillor(p.role.as_deref()) {
            match councillors_body(phrase, p.role.as_deref().unwrap_or("")) {
                OrgRef::Named(name) => p.organisation = Some(name),
                other => p.owner = Some(other),
            }
        }
        return Some(Who::Person(p));
    }
    if let Some(named @ Who::Surname { .. }) = found {
        return Some(named);
    }
    if parts.iter().any(|p| p.to_lowercase().split_whitespace().any(|w| w.starts_with("spokes"))) {
        return spokes(&parts);
    }
    if let Some(found) = found {
        return Some(found);
    }
    if let Some(org) = organisation(&head).filter(|_| !person_from_a_body(&head)) {
        return Some(Who::Organisation(org));
    }
    // "Speaking to the panel in Leeds on Friday, the county's top officer": a part saying
    // when or doing what, too long for `without_lead_clause`, which `parts` drops as an
    // adverbial, opens no description either.
    description(phrase).or_else(|| {
        let (lead, rest) = split_at_comma(phrase)?;
        let adverbial = ADVERBIAL_STARTS.contains(&first_word_lower(lead).as_str());
        adverbial.then(|| description(rest.trim_start())).flatten()
    })
}

/// "A counsellor from a Hull charity", "a nurse at the trust": words describing a
/// person (an article, then a word for a person) by the body they come from or work at,
/// which the words end on. They describe the person, not the body.
fn person_from_a_body(head: &str) -> bool {
    let lower = head.to_lowercase();
    let Some(at) = [" from ", " at ", " with "].iter().filter_map(|p| lower.find(p)).min() else { return false };
    let words: Vec<&str> = lower[..at].split_whitespace().collect();
    let described = matches!(words.first(), Some(&("a" | "an" | "one" | "another")));
    described && words.len() <= 4 && words.iter().skip(1).any(|w| is_person_noun(w))
}

/// "Morland Retail, which runs 240 shops", "Hollins, the bakery chain": a name that the
/// words set off after it tell is a thing, not a person (people take "who", and a kind of
/// organisation is no person) names the organisation speaking, whatever its words are.
/// Only a name of capitalised words is read so.
fn organisation_by_clause(phrase: &str) -> Option<OrgRef> {
    let (head, rest) = phrase.split_once(',')?;
    // "At Children 1st, which runs a helpline": the preposition opening the sentence is
    // no part of the name, unless the whole is a name known ("For Women Scotland").
    let head = head.trim();
    let head = if is_known_org(head) {
        head
    } else {
        ["At ", "In ", "From ", "For ", "With "].iter().find_map(|p| head.strip_prefix(p)).unwrap_or(head)
    };
    let rest = rest.trim_start();
    let told = rest.starts_with("which ") || {
        // "the bakery chain", "a Midlands bank": up to four words after the article, ending in
        // a kind of organisation that is never a person.
        let part = rest.split(',').next().unwrap_or("");
        let words: Vec<&str> = part.split_whitespace().collect();
        matches!(words.first(), Some(&("the" | "a" | "an")))
            && (2..=5).contains(&words.len())
            && words.last().is_some_and(|w| names::is_org_kind_only(w))
    };
    let tokens: Vec<&str> = strip_article(head).split_whitespace().collect();
    let capitalised = tokens.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*w, "of" | "and" | "&" | "for")
    });
    let pronoun = matches!(head.to_lowercase().as_str(), "he" | "she" | "it" | "they" | "we");
    if !told || tokens.is_empty() || tokens.len() > 6 || !capitalised || pronoun {
        return None;
    }
    let name = strip_article(head);
    Some(organisation(head).unwrap_or_else(|| OrgRef::Named(name.to_string())))
}

/// "Jo Bloggs, who leads Merseyside Police's online team": the one force a clause about the
/// person names is the force they belong to. A force's name opening that of the body that
/// scrutinises it ("who chairs the Gwent Police and Crime Panel", "the Police, Fire and
/// Crime Commissioner") names no force they belong to. Nor, unless the person is an
/// officer, does the area a force polices ("who set up the Safe Screens Merseyside group").
fn force_in_clause(phrase: &str, police: bool) -> Option<&'static str> {
    let at = first_of(phrase, [" who ", ", who "])?;
    let clause = &phrase[at..];
    let scrutiny = |end: usize| {
        let after = clause.get(end..).unwrap_or("");
        let Some(at) = after.find("and Crime ") else { return false };
        // Only more of the body's name between: "Kent| and Medway Police and Crime Panel".
        let between: Vec<&str> = after.get(..at).unwrap_or("").split_whitespace().collect();
        between.len() <= 4
            && between
                .iter()
                .all(|w| w.trim_end_matches(',').starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
    };
    let mut forces = places::mentions(clause)
        .into_iter()
        .filter(|m| m.place.scope == places::Scope::Force && !scrutiny(m.range.end))
        .filter(|m| police || !clause.get(m.range.clone()).is_some_and(posts::names_an_area_only));
    let first = forces.next()?.place.name;
    forces.all(|m| m.place.name == first).then_some(first)
}

/// The body a councillor with no organisation of their own speaks for. A clause about them
/// may name it ("who chairs Northby Council's licensing committee") or point back to a panel
/// ("who represents Eastfield on the panel"), as a role may ("Panel chairman Councillor");
/// a title may hold the council's name ("Kent County Councillor"). Otherwise it is the local
/// council the text named last ([`OrgRef::Council`]), when it named one.
fn councillors_body(phrase: &str, role: &str) -> OrgRef {
    let clause = [" who ", ", who "].iter().filter_map(|w| phrase.find(w)).min().map_or("", |at| &phrase[at..]);
    for word in ["Council", "Panel"] {
        if let Some(name) = super::context::last_body_named(clause, word) {
            return OrgRef::Named(name);
        }
    }
    let panel = |words: &str| words.split_whitespace().any(|w| bare(w).eq_ignore_ascii_case("panel"));
    if panel(clause) || panel(role) {
        return OrgRef::Body("Panel".to_string());
    }
    roles::council_of_title(role).map_or(OrgRef::Council, OrgRef::Named)
}

/// "But Cecile Gwilym warned …", "Meanwhile, the NSPCC said …": the word linking the
/// sentence to the one before is no part of the speaker.
fn strip_conjunction(phrase: &str) -> &str {
    for lead in ["But ", "And ", "Yet ", "However, ", "However ", "Meanwhile, ", "Meanwhile ", "Now ", "So "] {
        if let Some(rest) = phrase.strip_prefix(lead) {
            return rest.trim_start();
        }
    }
    phrase
}

/// Where the first of `needles` (at most three, none empty) starts in `text`: the least of
/// their `find`s, in one scan for their first bytes rather than a substring searcher set up
/// for each, which costs more than the search on the short phrases this is used for.
fn first_of<const N: usize>(text: &str, needles: [&str; N]) -> Option<usize> {
    // memchr3 scans for three first bytes: a fourth needle's would never be looked for.
    const { assert!(N >= 1 && N <= 3, "first_of takes one to three needles") };
    let first = |i: usize| needles.get(i.min(N.saturating_sub(1))).and_then(|n| n.bytes().next());
    let (a, b, c) = (first(0)?, first(1)?, first(2)?);
    memchr::memchr3_iter(a, b, c, text.as_bytes())
        .find(|&at| needles.iter().any(|n| text.as_bytes()[at..].starts_with(n.as_bytes())))
}

/// `text.split_once(", ")` found by a byte scan for commas: the substring searcher's set-up
/// costs more than the search on the short phrases this is used for.
fn split_at_comma(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b',', bytes.get(from..)?) {
        let at = from + i;
        if bytes.get(at + 1) == Some(&b' ') {
            return Some((text.get(..at)?, text.get(at + 2..)?));
        }
        from = at + 1;
    }
    None
}

/// "A statement from Durham Constabulary" speaks for Durham Constabulary.
fn strip_statement(phrase: &str) -> &str {
    let lower = phrase.to_lowercase();
    for lead in ["a statement from ", "the statement from ", "a statement by ", "a statement issued by "] {
        if lower.starts_with(lead) {
            return phrase.get(lead.len()..).unwrap_or(phrase);
        }
    }
    phrase
}

/// A word with punctuation stuck to it removed ("Pryce," → "Pryce"); keeps inner
/// apostrophes and hyphens.
fn bare(word: &str) -> &str {
    let word = word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'));
    strip_all_suffixes(strip_all_suffixes(word, "'s"), "’s")
}

/// `text.trim_end_matches(suffix)` without setting up a substring search, which costs more
/// than the check itself on the short words this is used for.
fn strip_all_suffixes<'t>(mut text: &'t str, suffix: &str) -> &'t str {
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

/// Words of feeling a paper sets before a person's title ("Devastated mum", "Proud dad").
fn is_feeling(word: &str) -> bool {
    const FEELINGS: &[&str] = &[
        "devastated",
        "heartbroken",
        "distraught",
        "grief-stricken",
        "tearful",
        "furious",
        "angry",
        "proud",
        "delighted",
        "relieved",
        "shocked",
        "brave",
        "tragic",
    ];
    FEELINGS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Finds the person a phrase names, with their role and organisation from the other parts.
fn person(parts: &[String], aged: bool) -> Option<Who> {
    let mut single: Option<Who> = None;
    for (p, part) in parts.iter().enumerate() {
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let runs = name_runs(&tokens, aged);
        let titled = |run: &std::ops::Range<usize>| {
            run.start.checked_sub(1).is_some_and(|j| is_honorific(bare(tokens[j])) || is_role_word(bare(tokens[j])))
        };
        // "Kent County Councillor Andrew Brignall", "Scottish Labour justice spokesman Ruth
        // Baird": names right before a title (after a few lower-case words of it) that a later
        // name follows say whose title it is; the name is the one after.
        let qualifies_title = |run: &std::ops::Range<usize>| {
            let title = tokens.iter().skip(run.end).take(3).take_while(|w| {
                let w = bare(w);
                is_honorific(w) || is_role_word(w) || w.starts_with(char::is_lowercase)
            });
            title.clone().any(|w| is_honorific(bare(w)) || is_role_word(bare(w)))
                && runs.iter().any(|later| later.start > run.end && titled(later))
        };
        let Some(run) = runs
            .iter()
            .find(|r| r.len() >= 2 && !qualifies_title(r))
            .or_else(|| runs.iter().find(|r| titled(r)))
            .cloned()
        else {
            if single.is_none() && parts.len() == 1 && tokens.len() == 1 && runs.len() == 1 {
                single = Some(Who::Bare(bare(tokens[0]).to_string()));
            }
            if let Some(named) = first_name_described(p, &tokens, parts, aged) {
                return Some(named);
            }
            continue;
        };
        // "The trust's Independent Reviewer, Dr Alison Pryce": capitalised words
        // opening with no first name, before a name a later part gives with its honorific,
        // are a title.
        if !titled(&run)
            && first_name_gender(bare(tokens[run.start])).is_none()
            && parts.get(p + 1..).unwrap_or_default().iter().any(|later| honoured_name(later))
        {
            continue;
        }
        // "Spokesman" and "chairman" are the titles of many women too: before a name they
        // leave the person's pronoun open.
        let gender = tokens[..run.start]
            .iter()
            .filter(|w| !matches!(bare(w).to_lowercase().as_str(), "spokesman" | "chairman"))
            .find_map(|w| gender_of_word(bare(w)))
            .or_else(|| first_name_gender(bare(tokens[run.start])).filter(|_| run.len() >= 2));
        // An honorific that names an office of a place ("County Councillor") stays in the
        // role, and so does one that is an office by itself ("Councillor", "Recorder").
        let qualified = runs.iter().any(|r| r.end < run.start && qualifies_title(r));
        // "Inquiry chair Sir Robert Vane": the honorifics right before the name are the
        // name's, never the title's.
        let courtesy = tokens[..run.start].iter().rev().take_while(|w| is_courtesy(w)).count();
        let before: Vec<&str> =
            tokens[..run.start - courtesy].iter().copied().filter(|w| qualified || !is_courtesy(w)).collect();
        // "Heartbroken dad Tom Reed", "Proud headteacher Ann Lowe": a feeling opening the
        // words before the name is the writer's colour, not part of the title. Before a
        // capitalised word that is no title it opens a name ("Proud Trust chief executive",
        // "Brave Heart Trust founder") and stays.
        let mut feelings = before.iter().take_while(|w| is_feeling(bare(w))).count();
        if let Some(next) = before.get(feelings).map(|w| bare(w)) {
            let named = next.starts_with(char::is_uppercase) && !is_honorific(next) && !names::is_role_word(next);
            if named {
                feelings = 0;
            }
        }
        let before = before.get(feelings..).filter(|rest| !rest.is_empty()).unwrap_or(&before);
        // "…, though Detective Inspector Jo Bloggs": the word joining the clause is no title's.
        let joining = before.iter().take_while(|w| JOINING_WORDS.contains(w)).count();
        let before = &before[joining..];
        // "Jane Doe MP", "Sir Robert Vane KC": letters after the name go with it, not into a
        // role; a part of letters alone ("Ann Lowe, OBE,") too.
        let after = &tokens[run.end..];
        // "Commissioner Jo Bloggs welcomed the fall but": what the sentence says they did.
        let after = if after.first().is_some_and(|w| tells_what_was_done(w)) { &[][..] } else { after };
        let lettered = after.iter().take_while(|w| names::is_postnominal(bare(w))).count();
        let (mut letters, after) = (after[..lettered].to_vec(), &after[lettered..]);
        let mut roles: Vec<String> = Vec::new();
        let mut org: Option<String> = None;
        let mut owner: Option<OrgRef> = None;
        read_role_and_org(&before.join(" "), &mut roles, &mut org, &mut owner);
        if !after.is_empty() {
            read_role_and_org(&after.join(" "), &mut roles, &mut org, &mut owner);
        }
        for (q, other) in parts.iter().enumerate() {
            let words: Vec<&str> = other.split_whitespace().collect();
            // "Devon's total has risen by half, though …": a clause of the sentence, with
            // no title in it ("a report by the police and crime commissioner" keeps one).
            let clause = words.iter().any(|w| FINITE_VERBS.contains(w)) && !words.iter().any(|w| is_role_word(bare(w)));
            if q == p || clause {
                continue;
            }
            if words.iter().all(|w| names::is_postnominal(bare(w))) {
                letters.extend(words);
            } else {
                read_role_and_org(other, &mut roles, &mut org, &mut owner);
            }
        }
        roles.retain(|r| !r.is_empty());
        // A member's letters alone say what the person is: "Jo Bloggs MP" is an MP. Beside
        // a title they add nothing to it, and an honour ("OBE") is no role.
        if roles.is_empty() {
            let seats: Vec<&str> = letters.iter().map(|w| bare(w)).filter(|w| names::is_members_letters(w)).collect();
            if !seats.is_empty() {
                roles.push(seats.join(" "));
            }
        }
        // A rank held once ("retired detective") makes no serving officer of the speaker.
        let police = roles.iter().filter(|r| !former::is_former_role(r)).any(|r| posts::holds_police_rank(r));
        let role = (!roles.is_empty()).then(|| roles.join(", "));
        let judge = tokens[..run.start]
            .iter()
            .any(|w| matches!(bare(w).to_lowercase().as_str(), "judge" | "recorder" | "sheriff"));
        let name_words: Vec<&str> = tokens[run.clone()].iter().map(|w| bare(w)).collect();
        if name_words.len() == 1 {
            let given = tokens[..run.start].last().is_some_and(|w| matches!(bare(w), "Sir" | "Dame"));
            return Some(Who::Surname { surname: name_words[0].to_string(), role, gender, given });
        }
        let owner = owner.filter(|_| org.is_none());
        return Some(Who::Person(Person {
            name: name_words.join(" "),
            role,
            organisation: org,
            gender,
            police,
            judge,
            owner,
        }));
    }
    single
}

/// Whether a part of a phrase names someone with a courtesy honorific and a known first name:
/// "Dr Maureen Ashby", "Mr Tom Reed".
fn honoured_name(part: &str) -> bool {
    let tokens: Vec<&str> = part.split_whitespace().collect();
    tokens.windows(2).any(|w| is_courtesy(w[0]) && first_name_gender(bare(w[1])).is_some())
}

/// An honorific that is no office: "Sir", "Dame", "Dr" ("Councillor" and "Judge" are offices).
fn is_courtesy(word: &str) -> bool {
    let word = bare(word);
    is_honorific(word) && !names::is_office(word)
}

/// "Janet, a grandmother from Wallasey", "Janet, 52, from Wallasey", "Grandmother Janet": a
/// lone name followed by a part that describes a person or gives a role, by an age, or
/// after a word for a person is the person's name, as a surname would be.
fn first_name_described(p: usize, tokens: &[&str], parts: &[String], aged: bool) -> Option<Who> {
    if let [noun, word] = tokens {
        let name = bare(word);
        let org = is_known_org(name) || is_known_org(&format!("{} {name}", bare(noun)));
        if is_describing_noun(noun) && is_name_word(name) && places::by_alias(name).is_none() && !org {
            let head = noun.split('-').next().unwrap_or(noun);
            let gender = gender_of_word(bare(head)).or_else(|| first_name_gender(name));
            return Some(Who::Surname {
                surname: name.to_string(),
                role: Some(noun.to_lowercase()),
                gender,
                given: false,
            });
        }
        return None;
    }
    let [word] = tokens else { return None };
    let name = bare(word);
    if !is_name_word(name) || places::by_alias(name).is_some() || is_known_org(name) {
        return None;
    }
    if let Some(renamed) = parts.iter().skip(1).find(|part| names::is_name_changed(part)).filter(|_| p == 0) {
        let gender = gender_in_words(renamed).or_else(|| first_name_gender(name));
        return Some(Who::Surname { surname: name.to_string(), role: None, gender, given: false });
    }
    if aged && p == 0 {
        let role = parts.get(1).map(|r| strip_article(r).to_string());
        return Some(Who::Surname { surname: name.to_string(), role, gender: first_name_gender(name), given: false });
    }
    let next = parts.get(1).filter(|_| p == 0)?;
    let words: Vec<&str> = next.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let noun = words.iter().skip(1).take(4).find(|w| is_person_noun(bare(w)) && w.starts_with(char::is_lowercase));
    let described = DETERMINERS.contains(&first.as_str()) && noun.is_some();
    let role = is_role_word(&first) && next.starts_with(char::is_lowercase);
    if !(described || role) {
        return None;
    }
    let gender = noun.and_then(|w| gender_of_word(bare(w))).or_else(|| first_name_gender(name));
    Some(Who::Surname { surname: name.to_string(), role: Some(strip_article(next).to_string()), gender, given: false })
}

/// The gender a pronoun among `words` gives ("not her real name").
fn gender_in_words(words: &str) -> Option<Gender> {
    words.split_whitespace().find_map(|w| match w.to_lowercase().as_str() {
        "her" | "she" => Some(Gender::Female),
        "his" | "he" => Some(Gender::Male),
        _ => None,
    })
}

/// A word for a person that may stand before their first name: "Mother", "Mum-of-two",
/// "Father-of-three", "Teenager".
pub(super) fn is_describing_noun(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or(word);
    let head = bare(head);
    is_person_noun(head) || gender_of_word(head).is_some_and(|_| !is_honorific(head) && head.len() > 3)
}

/// Titles that are also surnames, as printed: after a first name they end a name.
const SURNAME_TITLES: &[&str] = &["Lord", "Judge", "Sheriff", "Baron", "Dame"];

/// Where names may stand among a part's words: runs of name words that are not a place or
/// an organisation ("NSPCC Northern Ireland", "from Barnardo's Cymru", "Thames Valley Police").
/// `aged`: the phrase gives the person's age ("Jack Wills, 19,"), so a name a business or
/// place also has is theirs.
fn name_runs(tokens: &[&str], aged: bool) -> Vec<std::ops::Range<usize>> {
    let is_possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // "Grandmother Janet", "Farmer Tom Hartley", "Victim Tamsin Crewe": a word for a
        // person before a first name (alone, or known as one and followed by a surname, or any
        // two name words that end the name) is no part of the name.
        let name_at = |j: usize| tokens.get(j).is_some_and(|w| is_name_word(bare(w)));
        // "Victim Support Cymru" is an organisation's name.
        let org_name = |n: usize| {
            tokens
                .get(i..i + n)
                .is_some_and(|ws| is_known_org(&ws.iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ")))
        };
        let first_name_follows = || {
            (tokens.get(i + 1).is_some_and(|w| first_name_gender(bare(w)).is_some())
                || !name_at(i + 3)
                    && !tokens.get(i + 1).is_some_and(|w| w.ends_with(','))
                    && !org_name(2)
                    && !org_name(3))
                && name_at(i + 1)
                && name_at(i + 2)
        };
        // Asked last, and only of a name word: the lookups of the words after it are the dear part.
        let describing = || is_describing_noun(tokens[i]) && (i == 0 && tokens.len() == 2 || first_name_follows());
        if !is_name_word(bare(tokens[i])) || is_possessive(tokens[i]) || describing() {
            i += 1;
            continue;
        }
        let start = i;
        // "Amy Lord", "Owen Judge": a title that is also a surname, after a name word and
        // before none, ends the name ("Lord Smith" is still a title).
        let surname_title = |j: usize| {
            j > start
                && SURNAME_TITLES.contains(&bare(tokens[j]))
                && !tokens[j - 1].ends_with([',', ')'])
                && !tokens.get(j + 1).is_some_and(|w| is_name_word(bare(w)))
        };
        // "Llinos ap Dafydd", "Anna van der Berg", "Ciara Ó Néill": a particle between name
        // words is part of the name.
        let particles = |j: usize| {
            let mut k = j;
            while k > start
                && k < tokens.len()
                && names::is_name_particle(tokens[k])
                && !tokens[k - 1].ends_with([',', ')'])
            {
                k += 1;
            }
            (k > j && tokens.get(k).is_some_and(|w| is_name_word(bare(w)))).then_some(k)
        };
        while i < tokens.len() && (is_name_word(bare(tokens[i])) || surname_title(i)) && !is_possessive(tokens[i]) {
            if let Some(k) = particles(i + 1) {
                i = k;
            }
            i += 1;
            if tokens[i - 1].ends_with([',', ')']) {
                break;
            }
        }
        let run = start..i.min(start + 4);
        let words: Vec<&str> = tokens[run.clone()].iter().map(|w| bare(w)).collect();
        let prev = start.checked_sub(1).map(|j| tokens[j]);
        // "from Safe Harbour", "the charity Safe Harbour": the name of an organisation. After
        // a kind of body, a known first name still starts a person's name ("head of policy
        // at the charity Andrew Barnes said").
        let after_kind = prev.is_some_and(is_body_kind) && first_name_gender(words[0]).is_none();
        let after_org = after_kind
            || prev.is_some_and(|w| {
                (is_acronym(w) && !is_possessive(w))
                    || matches!(w.to_lowercase().as_str(), "from" | "of" | "for" | "at" | "with" | "by" | "in")
            });
        let before_org = tokens.get(i).is_some_and(|w| is_org_word(bare(w)) || is_acronym(w));
        // "A Co Antrim mother": names before a person noun say where the person is from.
        let before_noun = tokens.get(i).is_some_and(|w| w.starts_with(char::is_lowercase) && is_person_noun(bare(w)));
        let place = places::by_alias(&words.join(" ")).is_some();
        // "Victim Support said", "Action Fraud said": a known organisation's name is no person's.
        let joined = words.join(" ");
        let named_like_a_person = names::named_like_a_person(&joined);
        let known_org =
            words.len() >= 2 && !(aged && named_like_a_person) && (is_known_org(&joined) || named_like_a_person);
        if !after_org && !before_org && !before_noun && !place && !known_org {
            runs.push(run);
        }
    }
    runs
}

/// The most words an unnamed speaker's description is kept whole with.
const MAX_DESCRIPTION_WORDS: usize = 16;

/// "one boy who rang a helpline last winter", "a victim's mother". A clause set off by a
/// comma is kept only when it says who the person is, up to where it goes on to what
/// happened ("One girl, who contacted Childline after a man asked her for photographs" is "one
/// girl who contacted Childline"); "A mother, who asked not to be named" is "a mother".
fn description(phrase: &str) -> Option<Who> {
    let cut = [", who", ", which", ", and who", " whose "].iter().filter_map(|c| phrase.find(c)).min();
    let (phrase, clause) = match cut {
        Some(at) => (&phrase[..at], phrase.get(at..).map(|c| c.trim_start_matches([',', ' ']))),
        None => (phrase, None),
    };
    // "One nurse at the hospital, a 29-year-old who has worked on its wards for six years and
    // more": a description too long to keep whole is told by its first part, before the
    // aside set off after it.
    let phrase = match split_at_comma(phrase) {
        Some((first, _)) if phrase.split_whitespace().count() > MAX_DESCRIPTION_WORDS => first,
        _ => phrase,
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    // "Her mother, who asked not to be named": someone told by whose relative they are.
    let owned = owned_by_place_or_body(words.first()?);
    let whose = matches!(first.as_str(), "her" | "his" | "their") || owned;
    if !(DETERMINERS.contains(&first.as_str()) || whose) || words.len() > MAX_DESCRIPTION_WORDS {
        return None;
    }
    // The person noun heads the phrase, before any clause it opens: "a claim that the driver
    // had one drink" describes a claim, not a driver. A possessor is not the one described:
    // "the victim's daughter" is a daughter, and a woman.
    let opens_clause = |w: &&&str| matches!(w.to_lowercase().as_str(), "that" | "which" | "whether" | "who" | "whom");
    let possessor = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
    let singled_out = one_of_a_group(&words);
    let head = words
        .iter()
        .skip(1)
        .take(4)
        .take_while(|w| !opens_clause(w))
        .find(|w| !possessor(w) && is_person_noun(family_compound_head(bare(w))))
        .or_else(|| role_head(&words));
    let gender = match (head, &singled_out) {
        (Some(head), _) => gender_of_word(family_compound_head(bare(head))),
        (None, Some(one)) => gender_of_word(one),
        (None, None) => return None,
    };
    // "Her mother, who asked to be called "Karen"": named by the name the story gives her,
    // with the description kept as her role, which a later "her mother said" is.
    if let Some((name, _)) = clause.and_then(name_given) {
        let role = phrase.trim().to_lowercase();
        return Some(Who::Surname { surname: name, role: Some(role), gender, given: false });
    }
    let mut text = phrase.to_string();
    if let Some(who) = clause.and_then(identifying_clause) {
        text = format!("{text} {who}");
    }
    // "A mother" is "a mother" mid-sentence; "Kent's chief constable" keeps its capital.
    if let Some(c) = text.get(..1).filter(|_| !owned) {
        let lower = c.to_lowercase();
        text.replace_range(..1, &lower);
    }
    Some(Who::Description { words: text, gender })
}

/// "one of the girls", "one of his former pupils": one person picked out of a group of
/// people, told by "one of", a determiner and at most one word more before the plural noun
/// for them. The singular of that noun, which says the person's sex when it can.
fn one_of_a_group(words: &[&str]) -> Option<String> {
    const GROUP_DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "those", "these", "our", "my"];
    let lower = |i: usize| words.get(i).map(|w| bare(w).to_lowercase());
    if lower(0)? != "one" || lower(1)? != "of" || !GROUP_DETERMINERS.contains(&lower(2)?.as_str()) {
        return None;
    }
    let rest = words.get(3..)?;
    let (noun_at, _) = rest.iter().enumerate().take(2).find(|(_, w)| singular_person(bare(w)).is_some())?;
    // The plural noun ends the group's words, or a phrase saying where or whom they are of
    // follows it ("one of the girls at the club").
    let next = rest.get(noun_at + 1).map(|w| bare(w).to_lowercase());
    let ends = next.as_deref().is_none_or(|n| ["at", "in", "from", "of", "who", "on", "with"].contains(&n));
    ends.then(|| singular_person(bare(rest[noun_at]))).flatten()
}

/// The singular of a plural noun for people ("girls", "pupils", "women", "children"), when
/// it is one.
fn singular_person(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let single = match lower.as_str() {
        "men" => "man".to_string(),
        "women" => "woman".to_string(),
        "children" => "child".to_string(),
        "people" => "person".to_string(),
        w => w.strip_suffix('s').filter(|stem| !stem.ends_with('s'))?.to_string(),
    };
    (is_person_noun(&single) || gender_of_word(&single).is_some()).then_some(single)
}

/// "mother-of-two", "dad-of-three": a word for a person with how many children they have
/// joined on; its first part is the noun ("mother"). Any other word is itself.
pub(super) fn family_compound_head(word: &str) -> &str {
    word.split_once("-of-").map_or(word, |(head, _)| head)
}

/// "Kent's chief constable", "Barnardo's chief executive": a possessive of a place the
/// gazetteer knows, a force or a known organisation opens an unnamed person's description
/// as "the force's" does. A possessive of any other capitalised word is most often a
/// person's ("Smith's lawyer"), whose description this is not.
fn owned_by_place_or_body(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) else { return false };
    stem.starts_with(char::is_uppercase)
        && (places::by_alias(stem).is_some() || names::force_as_printed(stem).is_some() || is_known_org(stem))
}

/// "a designated safeguarding lead at a school", "one senior manager", "the councillor", "the
/// inspector responsible for the town": a job-title word or an office held (as "Councillor"
/// is before a name) that ends the noun phrase (nothing, or "at", "in", "from", "for",
/// "with", "of", "who", or "responsible" or "based" opening what follows, after it) heads
/// the description of someone unnamed.
fn role_head<'a>(words: &'a [&str]) -> Option<&'a &'a str> {
    const AFTER_HEAD: &[&str] = &["at", "in", "from", "for", "with", "of", "who", "responsible", "based"];
    let ends_phrase = |i: usize| words.get(i + 1).is_none_or(|next| AFTER_HEAD.contains(&bare(next)));
    words
        .iter()
        .enumerate()
        .skip(1)
        .take(4)
        .find(|&(i, w)| (is_role_word(bare(w)) || names::is_office(bare(w))) && ends_phrase(i))
        .map(|(_, w)| w)
}

/// "who asked to be called "Karen"", "who asked to be identified only as Jo", "whom we are
/// calling Sam": a clause giving the name a story calls someone by in place of their own,
/// which names them as "Kayleigh, not her real name" does.
/// The name and the byte length of the clause up to it.
fn name_given(clause: &str) -> Option<(String, usize)> {
    static GIVEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r#"^(?:who\s+(?:asked|wished|wanted|wants|prefers|preferred|chose)\s+(?:only\s+)?to\s+be\s+(?:called|known\s+as|named|identified\s+(?:only\s+)?as|referred\s+to\s+as)|(?:who|whom)\s+we\s+(?:are\s+calling|have\s+called|will\s+call|call))\s+["“‘']?(\p{Lu}[\p{Ll}-]+)["”’']?(?:$|[\s,.;])"#,
        )
    });
    let lead = clause.len() - clause.trim_start().len();
    let c = GIVEN.captures(clause.trim_start())?;
    let name = c.get(1)?;
    is_name_word(name.as_str()).then(|| (name.as_str().to_string(), lead + name.end()))
}

/// "Her mother, who asked to be called "Karen", found out …": a sentence opening on someone
/// described and given a name the story calls them by, who is then that name (the
/// description as their role). `None` for any other sentence.
pub(super) fn given_name_subject(sentence: &str) -> Option<Who> {
    const REACH: usize = 80;
    if !sentence.contains(", wh") {
        return None;
    }
    let at = sentence.find(", wh").filter(|&at| at <= REACH)?;
    let clause = sentence.get(at + 2..)?;
    let (_, len) = name_given(clause)?;
    let end = (at + 2 + len..=sentence.len()).find(|&i| sentence.is_char_boundary(i))?;
    let phrase = sentence.get(..end)?.trim_end_matches(['"', '”', '’', '\'']);
    match parse_who(phrase)? {
        who @ Who::Surname { role: Some(_), .. } => Some(who),
        _ => None,
    }
}

/// Words that open the part of a clause telling what happened rather than who someone is.
const CLAUSE_GOES_ON: &[&str] =
    &[" after ", " because ", " when ", " while ", " before ", " as ", " since ", " until ", ","];

/// Whether a clause says someone stays unnamed: "who asked not to be named", "who wished to
/// remain anonymous", "who cannot be identified for legal reasons". Words that only mention
/// naming or comment ("who declined to comment", "who was named as the new head", "who was
/// identified by police as the driver") say nothing of the kind.
fn keeps_unnamed(clause: &str) -> bool {
    static UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:not\s+(?:to\s+)?be\s+(?:named|identified)|(?:cannot|can't|can\s+not|could\s+not|may\s+not|must\s+not)\s+be\s+(?:named|identified)|(?:remain|stay|be\s+kept)\s+anonymous|anonymously|anonymity|declined\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+|real\s+)?name)|did\s+not\s+(?:want|wish)\s+(?:to\s+be\s+(?:named|identified)|(?:his|her|their)\s+name)|withheld\s+(?:his|her|their)\s+name|not\s+(?:his|her|their)\s+real\s+name)",
        )
        .unwrap_or_else(|e| panic!("unnamed clause pattern: {e}"))
    });
    UNNAMED.is_match(clause)
}

/// "One victim, a widow from Hull who asked not to be named": the description before a
/// closing "who" clause about staying unnamed ([`keeps_unnamed`]), or `None` with no such clause.
pub(crate) fn without_unnamed_clause(words: &str) -> Option<&str> {
    let at = words.rfind(" who ")?;
    keeps_unnamed(&words[at..]).then(|| words[..at].trim_end_matches([',', ' ']))
}

/// The short "who ..." clause that says who a described person is ("who contacted
/// Childline"), cut before what happened next; `None` for other clauses.
fn identifying_clause(clause: &str) -> Option<&str> {
    let clause = clause.trim_start();
    if !clause.starts_with("who ") {
        return None;
    }
    let end = CLAUSE_GOES_ON.iter().filter_map(|w| clause.find(w)).min().unwrap_or(clause.len());
    let kept = clause[..end].trim_end();
    let short = (2..=6).contains(&kept.split_whitespace().count());
    (short && !keeps_unnamed(kept)).then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person_of(phrase: &str) -> Person {
        match parse_who(phrase) {
            Some(Who::Person(p)) => p,
            other => panic!("{phrase} -> {other:?}"),
        }
    }

    proptest::proptest! {
        #[test]
        fn first_of_is_the_least_find(text in "[a-c ,é]{0,12}") {
            let needles = [" a ", ", a", "bc"];
            let least = needles.iter().filter_map(|w| text.find(w)).min();
            proptest::prop_assert_eq!(first_of(&text, needles), least);
            let least = needles[..2].iter().filter_map(|w| text.find(w)).min();
            proptest::prop_assert_eq!(first_of(&text, [needles[0], needles[1]]), least);
        }

        #[test]
        fn split_at_comma_is_split_once(text in "[a-c ,é]{0,12}") {
            proptest::prop_assert_eq!(split_at_comma(&text), text.split_once(", "));
        }
    }

    #[test]
    fn an_organisations_branch_in_a_nation_is_the_organisation() {
        for (phrase, role, org) in [
            (
                "Jo Barrett, NSPCC Scotland policy and public affairs manager",
                "policy and public affairs manager",
                "NSPCC Scotland",
            ),
            ("NSPCC Cymru's head of policy, Jo Barrett", "head of policy", "NSPCC Cymru"),
            ("Jo Barrett, head of Barnardo's Northern Ireland", "head", "Barnardo's Northern Ireland"),
            ("Barnardo's director Jo Barrett", "director", "Barnardo's"),
            ("Jo Barrett, NSPCC policy manager", "policy manager", "NSPCC"),
            ("Jo Barrett, the NSPCC's policy manager", "policy manager", "NSPCC"),
        ] {
            let p = person_of(phrase);
            assert_eq!(
                (p.name.as_str(), p.role.as_deref(), p.organisation.as_deref()),
                ("Jo Barrett", Some(role), Some(org)),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_capitalised_title_before_an_honoured_name_is_no_name() {
        let p = person_of("The trust's Independent Reviewer, Dr Alison Pryce");
        assert_eq!(p.name, "Alison Pryce");
        assert!(p.role.is_some_and(|r| r.contains("Independent Reviewer")));
        let p = person_of("The board's Lay Member, Mr David Kerr");
        assert_eq!(p.name, "David Kerr");
    }

    #[test]
    fn a_party_or_body_before_a_title_is_whose_title_it_is() {
        let p = person_of("Welsh Liberal Democrat health spokesman Owen Pryce MS");
        assert_eq!(p.name, "Owen Pryce");
        assert!(p.role.is_some_and(|r| r.contains("Welsh Liberal Democrat health spokesman")));
    }

    #[test]
    fn the_charitys_or_the_forces_role_is_the_role() {
        for phrase in [
            "Jo Barrett, the charity's policy manager",
            "Jo Barrett, the force's policy manager",
            "Its policy manager, Jo Barrett",
        ] {
            assert_eq!(person_of(phrase).role.as_deref(), Some("policy manager"), "{phrase}");
        }
    }

    #[test]
    fn people_are_named_without_titles_whatever_the_word_order() {
        let cases = [
            (
                "Nick Tavener, NCWT head of youth internet safety policy",
                "Nick Tavener",
                Some("head of youth internet safety policy"),
                Some("NCWT"),
            ),
            ("OCET Sergeant Rob Haldane", "Rob Haldane", Some("Sergeant"), Some("OCET")),
            (
                "Gwent Police Detective Chief Superintendent Fiona Raikes",
                "Fiona Raikes",
                Some("Detective Chief Superintendent"),
                Some("Gwent Police"),
            ),
            ("Owen Pryce, chief executive of the NCWT", "Owen Pryce", Some("chief executive"), Some("NCWT")),
            (
                "Owen Pryce, chief executive of the Lanyard Trust",
                "Owen Pryce",
                Some("chief executive"),
                Some("Lanyard Trust"),
            ),
            ("NCWT chief executive Owen Pryce", "Owen Pryce", Some("chief executive"), Some("NCWT")),
            ("CEO Owen Pryce", "Owen Pryce", Some("CEO"), None),
            ("Chief executive Sir Owen Pryce", "Owen Pryce", Some("Chief executive"), None),
            ("Chief executive Dame Marion Tate", "Marion Tate", Some("Chief executive"), None),
            ("Sir Owen Pryce, NCWT CEO", "Owen Pryce", Some("CEO"), Some("NCWT")),
            (
                "Graham Lusk, Head of Practice for NCWT Scotland",
                "Graham Lusk",
                Some("Head of Practice"),
                Some("NCWT Scotland"),
            ),
            ("Dylan Marr from NCWT Northern Ireland", "Dylan Marr", None, Some("NCWT Northern Ireland")),
            (
                "Gwent Police and Crime Commissioner, Helen Pennock",
                "Helen Pennock",
                Some("Police and Crime Commissioner"),
                Some("Gwent"),
            ),
            (
                "Helen Pennock, the Police and Crime Commissioner for Gwent",
                "Helen Pennock",
                Some("Police and Crime Commissioner"),
                Some("Gwent"),
            ),
            (
                "Detective Superintendent Ruth Okafor, from Norfolk police",
                "Ruth Okafor",
                Some("Detective Superintendent"),
                Some("Norfolk Constabulary"),
            ),
            (
                "Detective Superintendent Nadine Ferrow, the Met lead for internet grooming and image-based abuse",
                "Nadine Ferrow",
                Some("Detective Superintendent, lead for internet grooming and image-based abuse"),
                Some("Metropolitan Police"),
            ),
            ("Detective Superintendent Anne-Marie Pell", "Anne-Marie Pell", Some("Detective Superintendent"), None),
            ("In a statement, Dr Jane O'Brien, 45, who leads the unit", "Jane O'Brien", None, None),
            ("The NCWT's Nick Tavener", "Nick Tavener", None, Some("NCWT")),
            (
                "Mo Farouk, Bristol City Council's lead member for housing",
                "Mo Farouk",
                Some("lead member for housing"),
                Some("Bristol City Council"),
            ),
            // The title holds the council's name; a party's name is none.
            (
                "Surrey County Councillor Priya Okoye",
                "Priya Okoye",
                Some("Surrey County Councillor"),
                Some("Surrey County Council"),
            ),
            ("Green Party Councillor Tom Ellery", "Tom Ellery", Some("Green Party Councillor"), None),
            ("Cllr Amy Rees (Northby Council)", "Amy Rees", Some("Cllr"), Some("Northby Council")),
            ("Cllr Ian Boyd (Kent County Council)", "Ian Boyd", Some("Cllr"), Some("Kent County Council")),
            ("Chief Inspector Ian Boyd, Kent Police", "Ian Boyd", Some("Chief Inspector"), Some("Kent Police")),
            (
                "Welsh Government deputy minister Julie Morgan",
                "Julie Morgan",
                Some("deputy minister"),
                Some("Welsh Government"),
            ),
        ];
        for (phrase, name, role, org) in cases {
            let p = person_of(phrase);
            assert_eq!((p.name.as_str(), p.role.as_deref(), p.organisation.as_deref()), (name, role, org), "{phrase}");
        }
    }

    #[test]
    fn a_word_for_a_person_before_a_first_name_is_the_role_not_the_name() {
        for (phrase, name, role) in [
            ("Farmer Tom Hartley", "Tom Hartley", "Farmer"),
            ("Grandmother Amy Lee", "Amy Lee", "Grandmother"),
            ("Shopkeeper Amy Lee, 52", "Amy Lee", "Shopkeeper"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.name.as_str(), p.role.as_deref()), (name, Some(role)), "{phrase}");
        }
        assert_eq!(person_of("Grandmother Amy Lee").gender, Some(Gender::Female));
        // A name of three words with no word for a person before it stays whole.
        assert_eq!(person_of("Julie Anne Hartley").name, "Julie Anne Hartley");
    }

    #[test]
    fn an_organisation_named_after_its_kind_or_as_where_someone_works_is_the_organisation() {
        for (phrase, role, org) in [
            ("Jo Barrett, chief executive of the Leeds-based charity Safe Harbour", "chief executive", "Safe Harbour"),
            (
                "Jo Barrett, a spokeswoman for the residents' group Keep Oakfield Green",
                "spokeswoman",
                "Keep Oakfield Green",
            ),
            ("Jo Barrett, head of research at Open Screens", "head of research", "Open Screens"),
            (
                "Jo Barrett, regional director of the Federation of Small Retailers",
                "regional director",
                "Federation of Small Retailers",
            ),
            ("Jo Barrett, deputy chair of the Welsh Assembly", "deputy chair", "Welsh Assembly"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
        // A known first name after the kind of body starts a person's name.
        assert_eq!(person_of("head of policy at the children's charity Andrew Barnes").name, "Andrew Barnes");
        // A town is where someone works, not whom for.
        let p = person_of("Jo Barrett, a teacher at Leeds");
        assert_eq!(p.organisation, None);
        assert_eq!(
            parse_who("a spokesperson for the campaign group Open Streets"),
            Some(Who::Spokes { word: "spokesperson".into(), org: OrgRef::Named("Open Streets".into()) })
        );
    }

    #[test]
    fn a_unit_of_the_force_an_officer_is_of_joins_the_role() {
        for (phrase, role, org) in [
            ("Inspector Jo Barrett, of Dorset Police's Marine Unit", "Inspector, Marine Unit", "Dorset Police"),
            (
                "Detective Sergeant Jo Barrett, from the Met's fraud squad",
                "Detective Sergeant, fraud squad",
                "Metropolitan Police",
            ),
            ("Sergeant Jo Barrett, of Dorset Police", "Sergeant", "Dorset Police"),
            (
                "Sergeant Jo Barrett, of the Dorset Police Rural Crime Team",
                "Sergeant, Rural Crime Team",
                "Dorset Police",
            ),
            ("PC Jo Barrett, from Greater Manchester Police", "PC", "Greater Manchester Police"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
    }

    #[test]
    fn a_name_owning_a_job_title_is_the_organisation() {
        for (phrase, role, org) in [
            ("Safe Harbour's head of policy, Jo Barrett", "head of policy", "Safe Harbour"),
            ("Jo Barrett, Welsh Labour's justice spokesperson", "justice spokesperson", "Welsh Labour"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
        // A place owning a title is no organisation.
        assert_eq!(person_of("Britain's top police officer, Jo Barrett").organisation, None);
    }

    #[test]
    fn titles_before_a_surname_make_a_reference() {
        for phrase in ["Sgt Haldane", "Mr Pryce", "Det Supt Ferrow", "Ms Pennock"] {
            assert!(matches!(parse_who(phrase), Some(Who::Surname { .. })), "{phrase}");
        }
        assert_eq!(parse_who("He"), Some(Who::Pronoun(Gender::Male)));
        assert_eq!(parse_who("she"), Some(Who::Pronoun(Gender::Female)));
        assert_eq!(parse_who("Smith"), Some(Who::Bare("Smith".into())));
    }

    #[test]
    fn unnamed_spokespeople_keep_the_organisation_they_name() {
        let org = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { org, .. }) => org,
            other => panic!("{phrase} -> {other:?}"),
        };
        assert_eq!(org("A Cleveland Police spokesperson"), OrgRef::Named("Cleveland Police".into()));
        assert_eq!(org("A West Yorkshire Police spokesperson"), OrgRef::Named("West Yorkshire Police".into()));
        assert_eq!(org("A South Wales Police spokeswoman"), OrgRef::Named("South Wales Police".into()));
        assert_eq!(org("a spokesman for Durham Police"), OrgRef::Named("Durham Constabulary".into()));
        assert_eq!(org("a spokeswoman for the force"), OrgRef::Force);
        assert_eq!(org("A police spokesman"), OrgRef::Force);
        assert_eq!(org("A spokesperson"), OrgRef::Unsaid);
        assert_eq!(org("A Home Office spokesperson"), OrgRef::Named("Home Office".into()));
        assert_eq!(org("a spokesperson for the NSPCC"), OrgRef::Named("NSPCC".into()));
        assert_eq!(org("A Bank of England spokesman"), OrgRef::Named("Bank of England".into()));
        assert_eq!(
            org("a spokeswoman for the Department for Culture, Media and Sport"),
            OrgRef::Named("Department for Culture, Media and Sport".into())
        );
        assert_eq!(
            org("a spokesman for the Office of the Children's Commissioner"),
            OrgRef::Named("Office of the Children's Commissioner".into())
        );
        for phrase in [
            "A Thames Valley Police spokeswoman",
            "A Devon and Cornwall Police spokesperson",
            "A Welsh Government spokesperson",
            "A TikTok spokesperson",
            "a spokesperson for Barnardo's Cymru",
        ] {
            assert!(matches!(parse_who(phrase), Some(Who::Spokes { .. })), "{phrase}");
        }
        match parse_who("Police spokesman Jon Smith") {
            Some(Who::Person(p)) => {
                assert_eq!((p.name.as_str(), p.role.as_deref()), ("Jon Smith", Some("spokesman")))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_spokesperson_for_a_titled_person_speaks_for_that_person() {
        let spokes = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { word, org }) => (word, org),
            other => panic!("{phrase} -> {other:?}"),
        };
        // Named as printed, title and all: "Dr" or "Mr" may be part of a firm's name.
        assert_eq!(spokes("A spokesperson for Mr Hallam"), ("spokesperson".into(), OrgRef::Named("Mr Hallam".into())));
        assert_eq!(
            spokes("a spokeswoman for Dame Ruth Ellery"),
            ("spokeswoman".into(), OrgRef::Named("Dame Ruth Ellery".into()))
        );
        assert_eq!(spokes("The spokesman for Dr Okafor"), ("spokesman".into(), OrgRef::Named("Dr Okafor".into())));
        assert_eq!(spokes("A spokesperson for Dr Oetker"), ("spokesperson".into(), OrgRef::Named("Dr Oetker".into())));
        // A couple, their honorifics joined by "and".
        assert_eq!(
            spokes("A spokesman for Mr and Mrs Adeyemi"),
            ("spokesman".into(), OrgRef::Named("Mr and Mrs Adeyemi".into()))
        );
        // A portfolio after "for" is the title of the person named after it.
        match parse_who("Labour spokeswoman for home affairs Ms Ruth Ellery") {
            Some(Who::Person(p)) => assert_eq!(p.name, "Ruth Ellery"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_spokesperson_for_a_body_called_by_its_kind_points_back_to_it() {
        let org = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { org, .. }) => org,
            other => panic!("{phrase} -> {other:?}"),
        };
        assert_eq!(org("A spokesperson for the partnership"), OrgRef::Body("Partnership".into()));
        assert_eq!(org("a trust spokesman"), OrgRef::Body("Trust".into()));
        assert_eq!(org("a spokeswoman for the federation"), OrgRef::Body("Federation".into()));
        // A body calling itself by its kind writes it with a capital.
        assert_eq!(org("a spokesperson for the Trust"), OrgRef::Body("Trust".into()));
        // A body's own name is no pointer back.
        assert_eq!(org("a spokesman for the Ferndale Trust"), OrgRef::Named("Ferndale Trust".into()));
    }

    #[test]
    fn organisations_speak_for_themselves() {
        assert_eq!(parse_who("the charity"), Some(Who::Organisation(OrgRef::Charity)));
        assert_eq!(parse_who("The children's charity"), Some(Who::Organisation(OrgRef::Charity)));
        assert_eq!(parse_who("the NSPCC"), Some(Who::Organisation(OrgRef::Named("NSPCC".into()))));
        assert_eq!(parse_who("Cleveland Police"), Some(Who::Organisation(OrgRef::Named("Cleveland Police".into()))));
        assert_eq!(parse_who("the force"), Some(Who::Organisation(OrgRef::Force)));
        assert_eq!(
            parse_who("In a statement, the Home Office"),
            Some(Who::Organisation(OrgRef::Named("Home Office".into())))
        );
    }

    #[test]
    fn unnamed_people_are_described() {
        match parse_who("One mother who rang Parentwise over the summer") {
            Some(Who::Description { words, gender }) => {
                assert_eq!(words, "one mother who rang Parentwise over the summer");
                assert_eq!(gender, Some(Gender::Female));
            }
            other => panic!("{other:?}"),
        }
        match parse_who("A mother from Weston-super-Mare, who asked not to be named") {
            Some(Who::Description { words, .. }) => assert_eq!(words, "a mother from Weston-super-Mare"),
            other => panic!("{other:?}"),
        }
        match parse_who("A designated safeguarding lead at a primary school in Devon, who asked not to be named") {
            Some(Who::Description { words, .. }) => {
                assert_eq!(words, "a designated safeguarding lead at a primary school in Devon")
            }
            other => panic!("{other:?}"),
        }
        match parse_who("One boy who messaged a helpline last winter") {
            Some(Who::Description { words, gender }) => {
                assert_eq!(words, "one boy who messaged a helpline last winter");
                assert_eq!(gender, Some(Gender::Male));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_phrase_whose_person_noun_is_inside_a_clause_describes_no_one() {
        for phrase in ["a claim that the driver had only one drink", "one rumour which a teacher started"] {
            assert!(!matches!(parse_who(phrase), Some(Who::Description { .. })), "{phrase}");
        }
        assert!(matches!(parse_who("a retired nurse who lost £9,000"), Some(Who::Description { .. })));
    }

    #[test]
    fn a_name_told_by_which_or_by_a_kind_of_business_is_an_organisation() {
        for (phrase, name) in [
            ("Hollins Bakeries, which runs 80 shops across Lancashire", "Hollins Bakeries"),
            ("Hollins, the bakery chain", "Hollins"),
            ("Tom Hartley, which runs 80 shops", "Tom Hartley"),
        ] {
            assert_eq!(parse_who(phrase), Some(Who::Organisation(OrgRef::Named(name.into()))), "{phrase}");
        }
        assert_eq!(
            parse_who("Durham Police, which covers the county"),
            Some(Who::Organisation(OrgRef::Named("Durham Constabulary".into())))
        );
        for phrase in
            ["Tom Hartley, who runs 80 shops", "Tom Hartley, a local retailer", "Tom Hartley, the firm's founder"]
        {
            assert!(matches!(parse_who(phrase), Some(Who::Person(_))), "{phrase}");
        }
        assert_eq!(parse_who("the chain"), Some(Who::Organisation(OrgRef::Mentioned)));
        assert_eq!(parse_who("The insurer"), Some(Who::Organisation(OrgRef::Mentioned)));
    }

    #[test]
    fn clauses_are_not_speakers() {
        for phrase in [
            "is a term used by",
            "crimes, police",
            "was introduced after the Home Office",
            "the figures",
            "they",
            "It was",
        ] {
            assert_eq!(parse_who(phrase), None, "{phrase}");
        }
    }
}
