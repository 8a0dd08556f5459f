//! The speaker phrase cut into its comma-separated parts, with what opens it and is none of
//! the speaker's dropped: an adverbial part ("In a statement,"), a time ("Last night"), a
//! lead clause saying where, when or doing what ("Outside court,"), a linking word ("But"),
//! "A statement from", and asides after the name ("who leads the team", ", 45,").

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::{is_age_now, rejoin_place_lists};
use super::roles::strip_article;
use super::{first_of, split_at_comma};
use crate::extract::places;
use crate::extract::quotes::context::is_known_org;
use crate::extract::quotes::names::{self, is_acronym, is_org_word, is_person_noun, is_role_word, POLICE_RANKS};

/// Words that open an adverbial part to drop: "In a statement, the force said".
pub(super) const ADVERBIAL_STARTS: &[&str] = &[
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

pub(super) fn first_word_lower(part: &str) -> String {
    part.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Splits a phrase into comma-separated parts and drops leading adverbials and asides.
pub(super) fn parts(phrase: &str) -> Vec<String> {
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

/// The organisation a lead clause "At X," names: a charity, a force, initials, or a name
/// ending in a word for a body ("At Leeds City Council"). A place ("At Leeds") is none.
pub(super) fn organisation_of_lead(phrase: &str) -> Option<String> {
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
pub(in crate::extract::quotes) fn without_lead_clause(phrase: &str) -> Option<&str> {
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

/// "But Cecile Gwilym warned …", "Meanwhile, the NSPCC said …": the word linking the
/// sentence to the one before is no part of the speaker, nor is the "as" of an attribution
/// made a clause of its own ("As one boy who rang the helpline explained:", "But as one
/// mother put it:").
pub(super) fn strip_conjunction(phrase: &str) -> &str {
    const LINKS: &[&str] =
        &["But ", "And ", "Yet ", "However, ", "However ", "Meanwhile, ", "Meanwhile ", "Now ", "So ", "Or, ", "Or "];
    let linked = LINKS.iter().find_map(|lead| phrase.strip_prefix(lead)).map(str::trim_start);
    let rest = linked.unwrap_or(phrase);
    let as_lead = if linked.is_some() { rest.strip_prefix("as ") } else { None };
    as_lead.or_else(|| rest.strip_prefix("As ")).map_or(rest, str::trim_start)
}

/// "A statement from Durham Constabulary" speaks for Durham Constabulary.
pub(super) fn strip_statement(phrase: &str) -> &str {
    let lower = phrase.to_lowercase();
    for lead in ["a statement from ", "the statement from ", "a statement by ", "a statement issued by "] {
        if lower.starts_with(lead) {
            return phrase.get(lead.len()..).unwrap_or(phrase);
        }
    }
    phrase
}
