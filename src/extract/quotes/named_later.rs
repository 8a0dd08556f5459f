//! Speakers a quote gives only by a description, named by a sentence after it that points
//! back at that description: "“…,” one youth worker told the paper." then "That youth
//! worker, Jo Bloggs, runs a boxing club."; "“…,” said the charity's head of policy." then
//! "Jo Bloggs, who holds that role, added: …". The quotes of the description are the
//! person's.

use std::sync::LazyLock;

use regex::Regex;

use super::attribution::pattern;
use super::context::{Context, Resolved};
use super::speaker::Who;
use super::{Builder, Para};

/// How many text paragraphs before the naming one a described quote may stand.
const REACH: usize = 3;

/// What a paragraph's opening sentence says of a description quoted before it.
#[derive(Debug, PartialEq, Eq)]
struct Naming<'t> {
    /// The head noun of the description pointed back at ("worker" of "That youth worker"),
    /// or none when the sentence points at whatever post was just quoted ("who holds that
    /// role").
    head: Option<String>,
    /// The words naming the person.
    name: &'t str,
    /// The description set after the name ("the NPCC lead for roads policing" of "Jo
    /// Bloggs, the NPCC lead for roads policing, said"), which a description quoted before
    /// must open.
    apposition: Option<&'t str>,
}

/// "That youth worker, Jo Bloggs, …", "The commissioner, Jo Bloggs, …": a demonstrative or
/// the definite article, a lower-case noun phrase, and a name set off by commas.
static APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"^\s*(?:That|This|The)\s+(?P<head>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+(?P<name>[^,.;:!?"]{3,80}?),\s"#,
    )
});

/// "Jo Bloggs, who holds that role, …", "Jo Bloggs, who took up the post in May, …".
static HOLDS_THE_POST: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"^\s*(?P<name>[^,.;:!?"]{3,80}?),\s+who\s+(?:holds|held|has\s+held|fills|filled|occupies|took\s+up|was\s+appointed\s+to)\s+(?:that|this|the)\s+(?:role|post|job|position)\b"#,
    )
});

/// "Jo Bloggs, the NPCC lead for roads policing, said …": a name, then the definite
/// article and a description, set off by commas.
static NAME_THEN_POST: LazyLock<Regex> =
    LazyLock::new(|| pattern(r#"^\s*(?P<name>[A-Z][^,.;:!?"]{2,60}?),\s+(?P<post>the\s+[^,.;:!?"]{3,100}?),\s"#));

/// The naming a paragraph opens with, if any.
fn naming(paragraph: &str) -> Option<Naming<'_>> {
    if let Some(c) = APPOSED.captures(paragraph) {
        let head = c.name("head")?.as_str().split_whitespace().next_back()?.to_lowercase();
        return Some(Naming { head: Some(head), name: c.name("name")?.as_str().trim(), apposition: None });
    }
    if let Some(c) = HOLDS_THE_POST.captures(paragraph) {
        return Some(Naming { head: None, name: c.name("name")?.as_str().trim(), apposition: None });
    }
    let c = NAME_THEN_POST.captures(paragraph)?;
    Some(Naming { head: None, name: c.name("name")?.as_str().trim(), apposition: Some(c.name("post")?.as_str()) })
}

/// Whether `post`, set after a name, opens with the words of `description` quoted before
/// it, both after "the": "the NPCC lead for roads policing" with "the NPCC lead". Two
/// words at least must agree, so that "the minister" names no one by itself.
fn opens_with_description(post: &str, description: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect()
    };
    let (post, description) = (words(post), words(description));
    description.first().is_some_and(|w| w == "the")
        && description.len() >= 3
        && post.len() >= description.len()
        && post[..description.len()] == description[..]
}

/// The head noun of a description: its last word before what follows the noun ("head" of
/// "the charity's head of policy", "worker" of "one youth worker who asked not to be named").
fn head_of(description: &str) -> Option<String> {
    const AFTER_THE_NOUN: &[&str] = &[" of ", " who ", " whose ", " from ", " at ", " in ", " with ", " for ", ","];
    let lower = description.to_lowercase();
    let end = AFTER_THE_NOUN.iter().filter_map(|w| lower.find(w)).min().unwrap_or(lower.len());
    lower[..end].split_whitespace().next_back().map(str::to_string)
}

/// A description whose head noun is a word for a person ("a retired teacher from Hove",
/// "the woman"), not for a thing ("the song played at the funeral").
pub(super) fn describes_a_person(description: &str) -> bool {
    head_of(description)
        .is_some_and(|head| super::names::is_person_noun(&head) || super::speaker::is_describing_noun(&head))
}

/// "X, …, whose story began this feature, said …", "The nurse whose account opened this
/// piece went back …": the sentence naming who spoke the words an article opens on.
static OPENING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\bwhose\s+(?:words|account|story)\s+(?:open|opens|opened|began|begin|begins|start|starts|started)\s+(?:this|the)\s+(?:article|report|story|piece|page|feature)\b",
    )
});

/// How many text paragraphs may come before an article's opening quote (a standfirst, a
/// dateline read as text).
const OPENING: usize = 3;

/// The text paragraph that opens an article on a quote, with the words naming who spoke it
/// from a later sentence saying their words open the article: the speaker of that quote.
pub(super) fn opening_quote_named(paras: &[Para]) -> Option<(usize, String)> {
    if !paras.iter().any(|p| p.norm_str.contains("whose ")) {
        return None;
    }
    let first = paras.iter().take(OPENING).position(|p| p.norm_str.trim_start().starts_with(['"', '\'']))?;
    paras.iter().skip(first + 1).find_map(|p| {
        let m = OPENING_WORDS.find(&p.norm_str)?;
        let start = super::attribution::sentence_start(&p.norm, p.norm_str[..m.start()].chars().count());
        let sentence = p.norm_slice(start..p.norm.len());
        let subject = subject_before_relative(sentence)?;
        Some((first, subject.to_string()))
    })
}

/// The words of a sentence's subject before the relative clause set after it: "Jo Bloggs"
/// of "Jo Bloggs, who …" or "Jo Bloggs, a nurse whose …"; "The boy" of "The boy whose …".
fn subject_before_relative(sentence: &str) -> Option<&str> {
    const MAX_SUBJECT_WORDS: usize = 12;
    let end = [", who ", " whose ", ", whose "].iter().filter_map(|w| sentence.find(w)).min()?;
    let subject = sentence[..end].trim();
    // "Jo Bloggs, a nurse from Reading whose …": the name before its description.
    let subject = match subject.split_once(", ") {
        Some((name, _)) if name.split_whitespace().any(|w| w.starts_with(char::is_uppercase)) => name,
        _ => subject,
    };
    (!subject.is_empty() && subject.split_whitespace().count() <= MAX_SUBJECT_WORDS).then_some(subject)
}

/// When paragraph `k` opens by naming a description quoted in the few paragraphs before it,
/// gives those quotes to the person named, keeping the post and body the description gave
/// where the name comes without them.
pub(super) fn name_described(paras: &[Para], k: usize, ctx: &mut Context, quotes: &mut Builder) {
    let Some(para) = paras.get(k) else { return };
    let since = paras[k.saturating_sub(REACH)].index;
    // Most paragraphs have no quote within reach to name: their opening is not read (three
    // patterns a paragraph).
    if !quotes.has_quote_since(since, para.index) {
        return;
    }
    let Some(naming) = naming(&para.norm_str) else { return };
    let Some(Who::Person(person)) = ctx.read_who(naming.name) else { return };
    let fits = |speaker: &Resolved| {
        let described = matches!(super::speaker::parse_who(&speaker.speaker), Some(Who::Description { .. }));
        described
            && naming.head.as_ref().is_none_or(|head| head_of(&speaker.speaker).as_ref() == Some(head))
            && naming.apposition.is_none_or(|post| opens_with_description(post, &speaker.speaker))
    };
    let Some(described) = quotes.last_speaker_since(since, para.index, fits) else { return };
    let Some(named) = ctx.resolve(Who::Person(person), (k, 0)) else { return };
    let named = Resolved {
        role: named.role.or_else(|| described.role.clone()),
        organisation: named.organisation.or_else(|| described.organisation.clone()),
        speaker: named.speaker,
    };
    quotes.rename_since(&described, &named, since, para.index);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_pointing_back_at_a_description_is_read_with_its_head_noun() {
        let n = naming("That youth worker, Jo Bloggs, runs a club.");
        assert_eq!(n, Some(Naming { head: Some("worker".into()), name: "Jo Bloggs", apposition: None }));
        let n = naming("Jo Bloggs, who holds that role, added: \"We act.\"");
        assert_eq!(n, Some(Naming { head: None, name: "Jo Bloggs", apposition: None }));
        assert_eq!(
            naming("The figures, published on Monday, show a rise."),
            Some(Naming { head: Some("figures".into()), name: "published on Monday", apposition: None })
        );
        assert_eq!(naming("Jo Bloggs said the figures were stark."), None);
        assert_eq!(
            naming("Jo Bloggs, the county's lead for road safety, said: \"We act.\""),
            Some(Naming { head: None, name: "Jo Bloggs", apposition: Some("the county's lead for road safety") })
        );
    }

    #[test]
    fn a_post_after_a_name_names_a_description_it_opens_with() {
        assert!(opens_with_description("the county's lead for road safety", "the county's lead"));
        assert!(!opens_with_description("the county's lead for road safety", "the lead"));
        assert!(!opens_with_description("the county's lead", "the county's lead for road safety"));
        assert!(!opens_with_description("the county's lead", "a county lead"));
    }

    #[test]
    fn the_head_of_a_description_is_its_noun_before_what_follows_it() {
        assert_eq!(head_of("the charity's head of child safety policy").as_deref(), Some("head"));
        assert_eq!(head_of("one youth worker").as_deref(), Some("worker"));
        assert_eq!(head_of("a mother from Leeds").as_deref(), Some("mother"));
    }
}
