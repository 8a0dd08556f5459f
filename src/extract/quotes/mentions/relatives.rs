//! Relatives named: of someone named, by a possessive ("Amy Lee's son", "Callum Reed's
//! father"), a relative described as acting, and the writer's own ("my mother"), with the
//! sex the word for the relative gives.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::quotes::attribution::pattern;
use crate::extract::quotes::names::Gender;

/// A person named by the possessive before a word for their child, partner or parent, and
/// that relative when the sentence goes on with them doing something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Possessive {
    /// Byte offset of the name.
    pub at: usize,
    /// The name: "Morag Lindsay".
    pub name: String,
    /// "Callum Reed's father" and the byte offset of the word for the relative, when that
    /// word says the relative's sex, no name of theirs follows it and they are the one
    /// acting: "Callum Reed's father paid tribute to his son". Not when the sentence only
    /// says what happened to them ("Kerry Walsh's daughter was 14 when …", "son Fergus").
    pub relative: Option<(usize, String, Gender)>,
}

/// Words for someone's relative, as a possessive ("Amy Lee's son") or "my" ("my father")
/// tells of them. Their sex, where they say it, is [`crate::extract::quotes::names::gender_of_word`]'s.
const RELATIVES: &[&str] = &[
    "son",
    "sons",
    "daughter",
    "daughters",
    "husband",
    "wife",
    "partner",
    "mother",
    "father",
    "mum",
    "dad",
    "brother",
    "sister",
    "child",
    "children",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "gran",
    "grandad",
    "aunt",
    "uncle",
    "boyfriend",
    "girlfriend",
    "fiancé",
    "fiancée",
    "fiance",
    "fiancee",
    "stepson",
    "stepdaughter",
    "nephew",
    "niece",
    "parents",
];

/// "son", "grandmother", "parents": a word for someone's relative ([`RELATIVES`]).
pub fn is_relative_word(word: &str) -> bool {
    RELATIVES.contains(&word)
}

/// Words set between the possessive and the relative that say which one: "my late father",
/// "Amy Lee's eldest son" (and "14-year-old", read by pattern).
const RELATIVE_MODIFIERS: &[&str] = &[
    "late", "eldest", "youngest", "oldest", "elder", "older", "younger", "only", "baby", "teenage", "infant", "twin",
    "little", "big",
];

/// People named by the possessive before a word for their child, partner or parent
/// ("Morag Lindsay's son Fergus was 17 when …", "Mrs Amy Lee's late husband"), by byte
/// offset: the story is theirs, and a later "she said" may mean them, unless the relative
/// is the one acting ([`Possessive::relative`]). The name must be of two or three name
/// words, so that "Argyll Council's" or "Britain's" names no one; a place or another word
/// before the name is dropped ("Oban Amy Lee's son" reads "Amy Lee").
pub fn possessive_relatives(text: &str) -> Vec<Possessive> {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<name>(?:[A-Z][a-z'’-]+\s+){{1,2}}[A-Z][a-z]*(?:['’-]?[A-Z][a-z]+)*)['’]s\s+(?:(?:{}|[a-z0-9]+-year-old)\s+){{0,2}}(?P<rel>{})\b",
            RELATIVE_MODIFIERS.join("|"),
            RELATIVES.join("|"),
        ))
    });
    // Every match holds "'s " or "’s " (a space: the text is normalised): a literal check
    // rules out most paragraphs, where "s " alone would rule out almost none.
    if !(text.contains("'s ") || text.contains("’s ")) {
        return Vec::new();
    }
    RELATIVE
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.name("name")?;
            let mut words = crate::extract::quotes::names::words_with_offsets(m.as_str());
            // Of three capitalised words, the first is a place or a sentence's first word
            // ("Oban", "Then") unless it is a known first name ("Mary Ann Reid").
            if words.len() == 3 && crate::extract::quotes::names::first_name_gender(words[0].1).is_none() {
                words.remove(0);
            }
            let name: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
            let name = name.join(" ");
            let named = words.iter().all(|&(_, w)| crate::extract::quotes::names::is_name_word(w))
                && crate::extract::places::by_alias(&name).is_none();
            let &(offset, _) = words.first()?;
            let at = m.start() + offset;
            let relative = c.name("rel").and_then(|rel| {
                let gender = crate::extract::quotes::names::gender_of_word(rel.as_str())?;
                let acts = relative_acts(text.get(rel.end()..).unwrap_or(""));
                acts.then(|| Some((rel.start(), text.get(at..rel.end())?.replace('’', "'"), gender))).flatten()
            });
            named.then_some(Possessive { at, name, relative })
        })
        .collect()
}

/// "The girl's mother found the messages …", "A victim's grandmother raised the alarm": a
/// relative described by whose relative they are (an article and a word for a person, no
/// name), opening the sentence and doing something ([`relative_acts`]). The byte offset of
/// the description in `sentence`, its words ("the girl's mother") and the relative's sex: a
/// later "she said" may mean them.
pub fn described_relative_acting(sentence: &str) -> Option<(usize, String, Gender)> {
    static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"^(?P<who>(?:The|A|An)\s+(?:[a-z0-9-]+\s+){{0,2}}?(?P<owner>[a-z]+)['’]s\s+(?:(?:{}|[a-z0-9]+-year-old)\s+){{0,2}}(?P<rel>{}))\b",
            RELATIVE_MODIFIERS.join("|"),
            RELATIVES.join("|"),
        ))
    });
    let lead = sentence.len() - sentence.trim_start().len();
    let text = &sentence[lead..];
    if !(text.contains("'s ") || text.contains("’s ")) {
        return None;
    }
    if let Some(found) = first_named_relative_acting(text) {
        return Some((lead, found.0, found.1));
    }
    if !(text.starts_with("The ") || text.starts_with("A ")) {
        return None;
    }
    let c = DESCRIBED.captures(text)?;
    let (who, owner, rel) = (c.name("who")?, c.name("owner")?, c.name("rel")?);
    let gender = crate::extract::quotes::names::gender_of_word(rel.as_str())?;
    let owner_is_a_person = crate::extract::quotes::names::is_person_noun(owner.as_str())
        || crate::extract::quotes::names::gender_of_word(owner.as_str()).is_some();
    if !owner_is_a_person || !relative_acts(text.get(rel.end()..).unwrap_or("")) {
        return None;
    }
    let mut words = who.as_str().replace('’', "'");
    if let Some(first) = words.get(..1).map(str::to_lowercase) {
        words.replace_range(..1, &first);
    }
    Some((lead, words, gender))
}

/// A relative named by the possessive pronoun opening a sentence ("Her father", "His
/// mother"): see [`pronoun_relative_acting`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PronounRelative {
    /// Byte offset of the pronoun in the sentence.
    pub at: usize,
    /// The sex of whose relative they are: "her" a woman or girl, "his" a man or boy.
    pub owner: Gender,
    /// The word for the relative, with the words saying which one ("late father").
    pub relative: String,
    /// The relative's sex.
    pub gender: Gender,
}

/// "Her aunt spotted the chat logs …", "His father drove to the station": a
/// relative of someone mentioned before, named by "her" or "his" opening the sentence and
/// doing something ([`relative_acts`]), as [`described_relative_acting`] reads "the girl's
/// mother": a later "she said" may mean them. Whose relative the pronoun means is for the
/// caller to find.
pub fn pronoun_relative_acting(sentence: &str) -> Option<PronounRelative> {
    static OWNED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"^(?P<pron>Her|His)\s+(?P<rel>(?:(?:{}|[a-z0-9]+-year-old)\s+){{0,2}}(?:{}))\b",
            RELATIVE_MODIFIERS.join("|"),
            RELATIVES.join("|"),
        ))
    });
    let lead = sentence.len() - sentence.trim_start().len();
    let text = &sentence[lead..];
    if !(text.starts_with("Her ") || text.starts_with("His ")) {
        return None;
    }
    let c = OWNED.captures(text)?;
    let rel = c.name("rel")?;
    let word = rel.as_str().rsplit(' ').next().unwrap_or("");
    let gender = crate::extract::quotes::names::gender_of_word(word)?;
    if !relative_acts(text.get(rel.end()..).unwrap_or("")) {
        return None;
    }
    let owner = if text.starts_with("Her") { Gender::Female } else { Gender::Male };
    Some(PronounRelative { at: lead, owner, relative: rel.as_str().to_string(), gender })
}

/// "Kirsty's mother now runs a group …": a relative of someone the text names by a first
/// name alone (a known first name), opening the sentence and doing something, as
/// [`described_relative_acting`] reads "the girl's mother". The words ("Kirsty's mother")
/// and the relative's sex.
fn first_named_relative_acting(text: &str) -> Option<(String, Gender)> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"^(?P<who>(?P<owner>\p{{Lu}}[\p{{Ll}}-]+)['’]s\s+(?:(?:{}|[a-z0-9]+-year-old)\s+){{0,2}}(?P<rel>{}))\b",
            RELATIVE_MODIFIERS.join("|"),
            RELATIVES.join("|"),
        ))
    });
    let c = NAMED.captures(text)?;
    let (who, owner, rel) = (c.name("who")?, c.name("owner")?, c.name("rel")?);
    let gender = crate::extract::quotes::names::gender_of_word(rel.as_str())?;
    let first_name = crate::extract::quotes::first_names::first_name_gender(owner.as_str()).is_some();
    (first_name && relative_acts(text.get(rel.end()..).unwrap_or(""))).then(|| (who.as_str().replace('’', "'"), gender))
}

/// Whether the words after a word for a relative ("Callum Reed's father …") go on with the
/// relative doing something: a verb in the active voice ("paid tribute", "has spoken",
/// "thanked"), not a name of theirs ("son Fergus"), a clause, or a verb saying what they
/// are or what happened to them ("was 14", "had been", "died").
fn relative_acts(after: &str) -> bool {
    const NOT_ACTING: &[&str] = &[
        "was", "were", "is", "are", "died", "dies", "who", "whose", "which", "and", "or", "aged", "had", "has", "have",
        "also", "been", "being", "lost", "suffered", "survived",
    ];
    let mut words = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(next) = words.next().filter(|_| after.starts_with(' ')) else { return false };
    if !next.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // "has paid tribute", "had spoken": acting; "has been", "had died": not.
    if matches!(next, "has" | "had" | "have") {
        return words.next().is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !NOT_ACTING.contains(&w));
    }
    !NOT_ACTING.contains(&next)
}

/// The word `rest` opens with, in lower case, and the text after it.
fn lower_word_at(rest: &str) -> (String, &str) {
    let len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    (rest[..len].to_ascii_lowercase(), &rest[len..])
}

/// "My mother is 81", "– my father would disagree": a close relative of the writer's, named
/// by "my" outside quote marks, as columns and first-person pieces tell of them. The byte
/// offset, the words ("my mother", in lower case, so every mention is one person) and the
/// relative's sex: a later "she told me" means them. Only words that say the sex are read;
/// "my mother's carer" is the carer's mention, not hers.
pub fn writers_relatives(text: &str) -> Vec<(usize, String, Gender)> {
    if !(text.contains("my ") || text.contains("My ")) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (at, _) in text.match_indices("my ").chain(text.match_indices("My ")) {
        let word_start = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let (mut kin, mut after) = lower_word_at(&text[at + 3..]);
        let mut which = String::new();
        if RELATIVE_MODIFIERS.contains(&kin.as_str()) && after.starts_with(' ') {
            which = format!("{kin} ");
            (kin, after) = lower_word_at(&after[1..]);
        }
        let possessive = after.starts_with("'s") || after.starts_with("’s") || after.starts_with('\'');
        // "my mother-in-law" is not "my mother".
        let compound = after.starts_with('-');
        if !word_start || possessive || compound || !RELATIVES.contains(&kin.as_str()) {
            continue;
        }
        if let Some(gender) = crate::extract::quotes::names::gender_of_word(&kin) {
            found.push((at, format!("my {which}{kin}"), gender));
        }
    }
    found.sort_by_key(|&(at, _, _)| at);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_before_a_relative_names_the_parent() {
        let names = |text: &str| possessive_relatives(text).into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names("Morag Lindsay's son Fergus was 17."), vec!["Morag Lindsay"]);
        assert_eq!(names("Mrs Ann O'Hare's late husband was a miner."), vec!["Ann O'Hare"]);
        assert_eq!(
            names("Leeds mother Ann Vaughan-Price’s 15-year-old daughter went missing."),
            vec!["Ann Vaughan-Price"]
        );
        assert_eq!(names("Argyll Council's son"), Vec::<String>::new());
        assert_eq!(names("Tom Reed's business is boxing."), Vec::<String>::new());
        assert_eq!(names("Greater Manchester's children are safer."), Vec::<String>::new());
        let at = possessive_relatives("Then Morag Lindsay's son left.")[0].at;
        assert_eq!(at, "Then ".len());
        // Either apostrophe passes the literal check before the pattern.
        assert_eq!(names("Then Ceri Ward’s husband spoke."), vec!["Ceri Ward"]);
        assert_eq!(names("Then Ceri Wards husband spoke."), Vec::<String>::new());
    }

    #[test]
    fn a_relative_after_a_possessive_is_described_only_when_acting() {
        let relative = |text: &str| {
            possessive_relatives(text).into_iter().next().and_then(|p| p.relative).map(|(_, words, g)| (words, g))
        };
        assert_eq!(
            relative("Callum Reed's father paid tribute to him."),
            Some(("Callum Reed's father".to_string(), Gender::Male))
        );
        assert_eq!(
            relative("Then Sara Owen’s late mother had written to the council."),
            Some(("Sara Owen's late mother".to_string(), Gender::Female))
        );
        for text in [
            "Kerry Walsh's daughter was 14.",
            "Morag Lindsay's son Fergus spoke.",
            "Amy Lee's husband, a miner, spoke.",
            "Amy Lee's husband had been ill.",
            "Amy Lee's husband died in 2020.",
            "Amy Lee's partner spoke.",
            "Amy Lee's son.",
        ] {
            assert_eq!(relative(text), None, "{text}");
        }
    }

    #[test]
    fn the_writers_relatives_are_read_with_their_sex() {
        let found = writers_relatives("My father is 80 - and my sister, who lives with him, agrees.");
        let words: Vec<(&str, Gender)> = found.iter().map(|(_, w, g)| (w.as_str(), *g)).collect();
        assert_eq!(words, [("my father", Gender::Male), ("my sister", Gender::Female)]);
        for text in ["My mother's carer rang.", "Enmy son.", "my partner said so", "Our son is 9.", "my mothers"] {
            assert!(writers_relatives(text).is_empty(), "{text}");
        }
    }
}
