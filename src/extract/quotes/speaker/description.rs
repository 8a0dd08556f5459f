//! Unnamed speakers described ("one boy who rang a helpline", "a victim's mother"): the
//! words kept as their description, the singular noun of "one of the girls", and a name a
//! story calls someone by in place of their own ("who asked to be called Karen").

use std::sync::LazyLock;

use regex::Regex;

use super::{bare, parse_who, split_at_comma, Who, DETERMINERS};
use crate::extract::places;
use crate::extract::quotes::context::is_known_org;
use crate::extract::quotes::names::{self, gender_of_word, is_name_word, is_person_noun, is_role_word};

/// "a campaign group", "a residents' group", "an anti-knife group": a group unnamed, told by
/// the one to three words of what it is for between the determiner and "group", speaks as
/// a person described does. "A group" alone, or "a group of parents" (those in it), is not.
fn group_head<'a>(words: &'a [&str]) -> Option<&'a &'a str> {
    const MAX_MODIFIERS: usize = 3;
    let at = words.iter().take(MAX_MODIFIERS + 2).position(|w| bare(w).eq_ignore_ascii_case("group"))?;
    let modifiers = words.get(1..at)?;
    let plain = |w: &&str| {
        w.starts_with(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let of_members = words.get(at + 1).is_some_and(|w| *w == "of");
    (!modifiers.is_empty() && modifiers.iter().all(plain) && !of_members).then(|| &words[at])
}

/// The most words an unnamed speaker's description is kept whole with.
const MAX_DESCRIPTION_WORDS: usize = 16;

/// "one boy who rang a helpline last winter", "a victim's mother". A clause set off by a
/// comma is kept only when it says who the person is, up to where it goes on to what
/// happened ("One girl, who contacted Childline after a man asked her for photographs" is "one
/// girl who contacted Childline"); "A mother, who asked not to be named" is "a mother".
pub(super) fn description(phrase: &str) -> Option<Who> {
    // "One of the shoppers, in a statement read to the court": the aside tells how their
    // words came to be heard, not who they are.
    static STATEMENT_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::quotes::attribution::pattern(
            r"(?i),\s+in\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,3}statement\b",
        )
    });
    let phrase = STATEMENT_ASIDE.find(phrase).map_or(phrase, |m| phrase.get(..m.start()).unwrap_or(phrase));
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
        // "One of the women, a nurse": one picked out of a group, with an aside set off
        // after the group saying more of her, is told by the group.
        Some((first, _)) if one_of_a_group(&first.split_whitespace().collect::<Vec<_>>()).is_some() => first,
        _ => phrase,
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    // "Her mother, who asked not to be named": someone told by whose relative they are.
    let owned = owned_by_place_or_body(words.first()?) || kin_of_a_first_name(&words);
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
        .find(|w| !possessor(w) && is_person_noun(prefixed_head(family_compound_head(bare(w)))))
        .or_else(|| role_head(&words))
        .or_else(|| age_head(&words))
        .or_else(|| group_head(&words));
    let gender = match (head, &singled_out) {
        (Some(head), _) => gender_of_word(family_compound_head(bare(head))),
        (None, Some(one)) => gender_of_word(one),
        (None, None) => return None,
    };
    // "Her mother, who asked to be called "Karen"": named by the name the story gives her,
    // with the description kept as her role, which a later "her mother said" is.
    // A courtesy title in that name ("whom I will call Mrs T") says their sex when the
    // description does not ("a reader").
    if let Some((name, _)) = clause.and_then(name_given) {
        let role = phrase.trim().to_lowercase();
        let gender =
            gender.or_else(|| name.split_whitespace().next().and_then(|w| gender_of_word(w.trim_end_matches('.'))));
        return Some(Who::Surname { surname: name, role: Some(role), gender, given: false });
    }
    let mut text = phrase.to_string();
    // "a grandmother whose grandson was blackmailed": a "whose" clause is kept only after a
    // bare description, which says nothing else of who they are; "a father from Hull" is
    // told apart already.
    let bare_description = words.len() <= 3 && !words.iter().any(|w| PLACE_OR_BODY_WORDS.contains(w));
    let kept = clause.and_then(identifying_clause).filter(|c| !c.starts_with("whose ") || bare_description);
    if let Some(who) = kept {
        text = format!("{text} {who}");
    }
    // "A mother" is "a mother" mid-sentence; "Kent's chief constable" keeps its capital.
    if let Some(c) = text.get(..1).filter(|_| !owned) {
        let lower = c.to_lowercase();
        text.replace_range(..1, &lower);
    }
    Some(Who::Description { words: text, gender })
}

/// Words that tie a description to a place or body ("a father from Hull", "a nurse at the
/// hospital"): it says who the person is without a clause.
const PLACE_OR_BODY_WORDS: &[&str] = &["from", "at", "in", "of", "with", "for", "on"];

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

/// Prefixes joined by a hyphen to a job or a word for a person that leave it what it is:
/// "sub-editor", "co-founder", "vice-chair", "ex-officer".
const JOINED_PREFIXES: &[&str] = &["sub", "co", "vice", "ex", "pro", "under", "deputy", "assistant", "trainee"];

/// The noun of a word joined to one of [`JOINED_PREFIXES`] ("editor" of "sub-editor"); any
/// other word is itself ("well-wisher", "by-election" stay whole).
fn prefixed_head(word: &str) -> &str {
    match word.split_once('-') {
        Some((prefix, noun)) if !noun.is_empty() && JOINED_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(prefix)) => {
            noun
        }
        _ => word,
    }
}

/// "mother-of-two", "dad-of-three": a word for a person with how many children they have
/// joined on; its first part is the noun ("mother"). Any other word is itself.
pub(in crate::extract::quotes) fn family_compound_head(word: &str) -> &str {
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

/// "Amir's father", "Sophie's mum": the possessive of a first name alone before a word for
/// a relative opens the description of that relative, whom a case study names by the child
/// it is about.
fn kin_of_a_first_name(words: &[&str]) -> bool {
    let Some(stem) = words.first().and_then(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))) else {
        return false;
    };
    let kin = words.get(1).is_some_and(|w| crate::extract::quotes::mentions::is_relative_word(bare(w)));
    kin && is_name_word(stem) && names::first_name_gender(stem).is_some()
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
        .find(|&(i, w)| (is_role_word(prefixed_head(bare(w))) || names::is_office(bare(w))) && ends_phrase(i))
        .map(|(_, w)| w)
}

/// "a 17-year-old from Bangor", "one 15-year-old, who asked not to be named": an age
/// written as a noun, ending the noun phrase as [`role_head`]'s words do, heads the
/// description of a young person ("a 16-year-old girl" is headed by "girl").
fn age_head<'a>(words: &'a [&str]) -> Option<&'a &'a str> {
    const AFTER_HEAD: &[&str] = &["at", "in", "from", "of", "who", "whose"];
    let aged = |w: &str| {
        w.strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()))
    };
    words.iter().enumerate().skip(1).take(3).find_map(|(i, w)| {
        let ends_phrase = w.ends_with(',') || words.get(i + 1).is_none_or(|next| AFTER_HEAD.contains(&bare(next)));
        (aged(bare(w)) && ends_phrase).then_some(w)
    })
}

/// "who asked to be called "Karen"", "who asked to be identified only as Jo", "whom we are
/// calling Sam", "whom I will call "Mrs K"", "who the charity calls Jamie", "whom the report refers to as Sam": a
/// clause giving the name a story, or the charity or report it draws on, calls someone by in
/// place of their own, which names them as "Kayleigh, not her real name" does.
/// The name and the byte length of the clause up to it.
pub(in crate::extract::quotes) fn name_given(clause: &str) -> Option<(String, usize)> {
    static GIVEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r#"^(?:who\s+(?:asked|wished|wanted|wants|prefers|preferred|chose)\s+(?:only\s+)?to\s+be\s+(?:called|known\s+as|named|identified\s+(?:only\s+)?as|referred\s+to\s+as)|(?:who|whom)\s+(?:we|they|it|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\w'’]*(?:\s+\p{Lu}[\w'’]*){0,3})\s+(?:(?:are|is)\s+calling|(?:have|has)\s+called|will\s+call|calls?|refers?\s+to\s+as))\s+["“‘']?((?:Mrs|Mr|Ms|Miss)\.?\s+\p{Lu}|\p{Lu}[\p{Ll}-]+)["”’']?(?:$|[\s,.;])"#,
        )
    });
    let lead = clause.len() - clause.trim_start().len();
    let c = GIVEN.captures(clause.trim_start())?;
    let name = c.get(1)?;
    (is_name_word(name.as_str()) || is_titled_initial(name.as_str()))
        .then(|| (name.as_str().to_string(), lead + name.end()))
}

/// "Mrs J", "Mr K": a courtesy title and one capital, the name a report gives someone it
/// keeps unnamed.
fn is_titled_initial(name: &str) -> bool {
    name.rsplit_once(' ').is_some_and(|(title, initial)| {
        names::is_honorific(title.trim_end_matches('.')) && initial.chars().count() == 1
    })
}

/// "Her mother, who asked to be called "Karen", found out …": a sentence opening on someone
/// described and given a name the story calls them by, who is then that name (the
/// description as their role). `None` for any other sentence.
pub(in crate::extract::quotes) fn given_name_subject(sentence: &str) -> Option<Who> {
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

/// The short "who ..." or "whose ..." clause that says who a described person is ("who
/// contacted Childline", "whose son was targeted on a game"), cut before what happened
/// next; `None` for other clauses. A "whose" clause names the one it tells of, and so may run
/// a few words longer.
fn identifying_clause(clause: &str) -> Option<&str> {
    let clause = clause.trim_start();
    let most = if clause.starts_with("who ") {
        6
    } else if clause.starts_with("whose ") {
        9
    } else {
        return None;
    };
    let end = CLAUSE_GOES_ON.iter().filter_map(|w| clause.find(w)).min().unwrap_or(clause.len());
    let kept = clause[..end].trim_end();
    let short = (2..=most).contains(&kept.split_whitespace().count());
    (short && !keeps_unnamed(kept)).then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::names::Gender;

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
}
