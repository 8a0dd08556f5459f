//! People a sentence names without quoting them: the speaker of reported speech ("Jo
//! Bloggs, from the trust, said funding had run out."), someone introduced as talking to the
//! press, the subject a sentence sets off by commas, a person named with a title. A later
//! "he" or "she", or a quote with no attribution of its own, may mean them.
//!
//! These read the same speech verbs and titles as [`super::attribution`], on normalised text,
//! and return the words naming the person; [`super::speaker`] reads those words.

use std::sync::LazyLock;

use regex::Regex;

use super::attribution::{has_speech_verb, pattern, speaker_units, verb_after, MAX_SPEAKER_UNITS, TITLES};
use super::names::Gender;

/// People named with a title anywhere in a text ("Detective Chief Inspector Sarah Jenkins
/// leads the team", "figures published by Police and Crime Commissioner Jo Bloggs"), by byte
/// offset: "she" or "Ms Bloggs" may mean them later. A name word may go on with a capital
/// after a hyphen or apostrophe ("Rhys-Morgan", "O'Hare", "McKee"), have accents ("Siân"),
/// and take particles between its words ("Aoife Ní Riain", "Jo de Souza"). Judges count: "Recorder
/// Jo Bloggs jailed him" names who a later "Sentencing, she told him" means.
pub fn titled_names(text: &str) -> Vec<(usize, String)> {
    static TITLED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"\b(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Judge|Recorder|Sheriff|Detective|Det|Chief|Superintendent|Supt|Inspector|Insp|Sergeant|Sgt|Constable|PC|DC|DS|DI|DCI|DCS|Commander|Assistant|Deputy|Acting|(?:Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+)?Commissioner)\.?(?:\s+(?:Chief|Ch|Superintendent|Inspector|Constable|Supt|Insp|Detective|Sergeant|Sgt|Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+Commissioner))*\s+\p{{Lu}}[\p{{Ll}}'’-]+(?:\p{{Lu}}[\p{{Ll}}'’-]+)?(?:\s+(?:(?:{particles})\s+)*\p{{Lu}}[\p{{Ll}}'’-]+(?:\p{{Lu}}[\p{{Ll}}'’-]+)?){{0,2}}",
            particles = super::names::NAME_PARTICLES.join("|")
        ))
    });
    // "Dundee Sheriff Court", "the Crown Court Recorder Court…": a court is no person.
    let court = |m: &regex::Match| m.as_str().split_whitespace().nth(1).is_some_and(|w| w.starts_with("Court"));
    let ranked: Vec<regex::Match> = TITLED.find_iter(text).filter(|m| !court(m)).collect();
    let mut found: Vec<(usize, String)> = ranked.iter().map(|m| (m.start(), m.as_str().to_string())).collect();
    for (at, name_at, words) in job_titled_names(text) {
        // The matches come in order, none inside another: only the last to start by the
        // name may hold it.
        let last = ranked.partition_point(|m| m.start() <= name_at).checked_sub(1);
        if !last.is_some_and(|i| ranked[i].range().contains(&name_at)) {
            found.push((at, words));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found
}

/// "where council leader Aileen Moss defended …", "Labour group leader Tom Reed called …",
/// "Councillor Sarah Bloggs welcomed …", "headteacher Mark Jones": a person named right
/// after a job title (a role word, an office or a word for a person, in any case) that
/// [`titled_names`]'s pattern of ranks does not read. The
/// name is two name words and ends there: a third capitalised word runs into a body's name
/// ("chief executive Social Care Wales"), and a place is no one's name. The title takes in
/// up to three words before it that belong to it: role and body words ("council", "group"),
/// and a capitalised word that does not open a clause ("Labour", not "Yesterday").
/// Returns the byte offsets of the words and of the name, and the words.
fn job_titled_names(text: &str) -> Vec<(usize, usize, String)> {
    use super::names::{is_name_word, is_org_word, is_role_word, is_title_word, words_with_offsets};
    if !may_hold_job_title(text) {
        return Vec::new();
    }
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "However",
        "Meanwhile",
        "Now",
        "Then",
        "Today",
        "Yesterday",
        "Last",
        "Earlier",
        "Later",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "When",
        "Where",
        "While",
        "After",
        "Before",
        "As",
        "If",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Speaking",
        "Asked",
    ];
    let ends_in_stop = |w: &str| w.ends_with(TITLE_STOPS);
    let words = words_with_offsets(text);
    let mut found = Vec::new();
    for i in 0..words.len().saturating_sub(2) {
        let (_, first) = words[i + 1];
        // Cheap checks first: a capitalised word after a word without a stop.
        if !first.starts_with(|c: char| c.is_ascii_uppercase()) || !is_name_word(first) {
            continue;
        }
        let (_, title) = words[i];
        // "Councillor Máire Ní Bhriain": particles stand between the first and last name.
        let mut l = i + 2;
        while words.get(l).is_some_and(|(_, w)| super::names::is_name_particle(w)) && l + 1 < words.len() {
            l += 1;
        }
        let (last_at, last) = words[l];
        // "the then housing minister, Julian Marsh, said …": a known first name set off by
        // commas after the post, the apposition closed, is the one holding it.
        let closed = last.ends_with(',')
            && super::names::first_name_gender(first).is_some()
            && words[i.saturating_sub(3)..i].iter().any(|&(_, w)| is_determiner(w));
        let apposed = title.strip_suffix(',').filter(|t| closed && !ends_in_stop(t));
        let title = match title.strip_suffix('.') {
            Some(abbr) if TITLES.contains(&abbr) => abbr,
            _ => match apposed {
                Some(title) => title,
                None if ends_in_stop(title) => continue,
                None => title,
            },
        };
        if !is_title_word(title) {
            continue;
        }
        let last_bare = last.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"']);
        let last_bare = last_bare.strip_suffix("'s").unwrap_or(last_bare);
        let runs_on = last_bare.len() == last.len()
            && words.get(l + 1).is_some_and(|(_, w)| w.starts_with(|c: char| c.is_uppercase()));
        let place = |w: &str| crate::extract::places::by_alias(w).is_some();
        let name = format!("{first} {last_bare}");
        if !is_name_word(last_bare) || runs_on || place(first) || place(last_bare) || place(&name) {
            continue;
        }
        let mut j = i;
        while j > 0 && i - j < 3 {
            let w = words[j - 1].1;
            let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
            let belongs = !ends_in_stop(w)
                && (is_role_word(w)
                    || is_org_word(w)
                    || (w.starts_with(char::is_uppercase) && !OPENERS.contains(&w) && (is_name_word(w) || acronym)));
            if !belongs {
                break;
            }
            j -= 1;
        }
        let end = last_at + last_bare.len();
        if let Some(words_text) = text.get(words[j].0..end) {
            found.push((words[j].0, words[i + 1].0, words_text.to_string()));
        }
    }
    found
}

/// A word that opens a noun phrase: an article or a possessive ("the", "its", "the
/// county's"). A post set off before a name is one only in such a phrase ("the minister,
/// Jo Bloggs,").
fn is_determiner(word: &str) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this"];
    DETERMINERS.contains(&word.to_lowercase().as_str()) || word.ends_with("'s") || word.ends_with("’s")
}

/// Marks ending a word that [`job_titled_names`] takes for no title: "the manager, Jo Bloggs",
/// unless the name is a known first name's and a comma closes it ("the manager, Jo Bloggs,").
/// A full stop ends an abbreviated title too ("Cllr. Jo Bloggs").
const TITLE_STOPS: [char; 10] = [',', '.', ';', ':', '!', '?', '"', '\'', ')', '('];

/// Whether `text` may hold what [`job_titled_names`] reads: a word it takes for a title
/// ([`super::names::is_title_word`]) and, after the spaces that end it, a word opening on an
/// ASCII capital. Most paragraphs hold none: a walk over the capitals that open a word, asking
/// about the one word before each as the reading asks, rules them out before they are split
/// into words and every word is classed. A capital after a letter, digit or mark is passed over
/// with one comparison, and only a capital opening a word costs a lookup.
fn may_hold_job_title(text: &str) -> bool {
    // A word ending in a stop is no title, but for an abbreviation's full stop ("Cllr. Jo
    // Bloggs"), which the reading drops.
    // A comma may end a title a name is set off after ("the minister, Julian Marsh, …").
    let title = |w: &str| match w.strip_suffix('.').or_else(|| w.strip_suffix(',')) {
        Some(abbr) => super::names::is_title_word(abbr),
        None => !w.ends_with(TITLE_STOPS) && super::names::is_title_word(w),
    };
    let bytes = text.as_bytes();
    for (at, pair) in bytes.windows(2).enumerate() {
        let [before, capital] = *pair else { continue };
        if !capital.is_ascii_uppercase() {
            continue;
        }
        // The capital is ASCII, so the text up to it ends on a char boundary.
        let Some(head) = text.get(..at + 1) else { continue };
        let opens_word = if before.is_ascii() {
            char::from(before).is_whitespace()
        } else {
            head.chars().next_back().is_some_and(char::is_whitespace)
        };
        if !opens_word {
            continue;
        }
        // `split_whitespace` and `trim_end` both split on Unicode white space.
        let word = head.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        if !word.is_empty() && title(word) {
            return true;
        }
    }
    false
}

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
/// tells of them. Their sex, where they say it, is [`super::names::gender_of_word`]'s.
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
            let mut words = super::names::words_with_offsets(m.as_str());
            // Of three capitalised words, the first is a place or a sentence's first word
            // ("Oban", "Then") unless it is a known first name ("Mary Ann Reid").
            if words.len() == 3 && super::names::first_name_gender(words[0].1).is_none() {
                words.remove(0);
            }
            let name: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
            let name = name.join(" ");
            let named = words.iter().all(|&(_, w)| super::names::is_name_word(w))
                && crate::extract::places::by_alias(&name).is_none();
            let &(offset, _) = words.first()?;
            let at = m.start() + offset;
            let relative = c.name("rel").and_then(|rel| {
                let gender = super::names::gender_of_word(rel.as_str())?;
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
    if !(text.starts_with("The ") || text.starts_with("A ")) || !(text.contains("'s ") || text.contains("’s ")) {
        return None;
    }
    let c = DESCRIBED.captures(text)?;
    let (who, owner, rel) = (c.name("who")?, c.name("owner")?, c.name("rel")?);
    let gender = super::names::gender_of_word(rel.as_str())?;
    let owner_is_a_person =
        super::names::is_person_noun(owner.as_str()) || super::names::gender_of_word(owner.as_str()).is_some();
    if !owner_is_a_person || !relative_acts(text.get(rel.end()..).unwrap_or("")) {
        return None;
    }
    let mut words = who.as_str().replace('’', "'");
    if let Some(first) = words.get(..1).map(str::to_lowercase) {
        words.replace_range(..1, &first);
    }
    Some((lead, words, gender))
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

/// Whether the words of a sentence before a name leave the name its subject: none, a
/// clause saying where or when set off by a comma ("In 2019, Amy Lee's son …"), or a few
/// words describing the person ending on a word for one ("Bereaved mother Amy Lee's son").
/// "The court heard Amy Lee's son …" does not: she is named inside what someone else said.
pub fn opens_as_subject(before: &str) -> bool {
    let before = before.trim();
    if before.is_empty() {
        return true;
    }
    if let Some(lead) = before.strip_suffix(',') {
        return lead.split_whitespace().count() <= 8 && !has_speech_verb(lead) && !lead.contains(" heard");
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    words.len() <= 3 && words.last().is_some_and(|w| super::speaker::is_describing_noun(w))
}

/// The speaker words of a sentence of reported speech ("Jane Smith, from Essex police,
/// said tackling it is a priority."), used to know who "he" or "she" is later.
pub fn reported_speaker(sentence: &str) -> Option<String> {
    // The speaker words and the verb cannot run past a quote mark or a `!?;:`, so a text
    // with no speech verb before the first of those is ruled out by a cheap literal scan.
    // (A byte scan: the marks are ASCII, and a char-set `find` decodes every char.)
    let reach = sentence.bytes().position(|b| matches!(b, b'"' | b'!' | b'?' | b';' | b':')).unwrap_or(sentence.len());
    if !has_speech_verb(&sentence[..reach]) {
        return None;
    }
    let who = reported_who(sentence)?;
    // After its first capital, the words may run to MAX_SPEAKER_UNITS.
    if speaker_units(who) > MAX_SPEAKER_UNITS + 1 {
        return None;
    }
    let who = without_auxiliary(who.trim().trim_end_matches(','));
    Some(after_writers_clause(who).unwrap_or(who).to_string())
}

/// "The commissioner, Jo Bloggs, has now agreed …": the words before the verb end on an
/// auxiliary with an adverb between it and the verb, which the reading's own auxiliaries
/// (right before the verb) do not take. Neither is the speaker's: both are dropped.
fn without_auxiliary(who: &str) -> &str {
    const ADVERBS: &[&str] =
        &["now", "since", "already", "just", "today", "recently", "previously", "also", "this week"];
    let mut rest = who;
    if let Some(before) = ADVERBS.iter().find_map(|a| rest.strip_suffix(a).and_then(|b| b.strip_suffix(' '))) {
        rest = before;
    } else {
        return who;
    }
    match ["has", "had", "have"].iter().find_map(|a| rest.strip_suffix(a).and_then(|b| b.strip_suffix(' '))) {
        Some(before) => before.trim_end().trim_end_matches(','),
        None => who,
    }
}

/// "Chief Constable Ann Rowe will retire in June, Durham Constabulary said": words whose
/// first part is a clause of the writer's (it has a verb of its own) before the last comma
/// report what the one after the comma said. The words after it, when they open on a
/// capital or an article ("the force"). A clause set off after a name ("Jo Bloggs, who was
/// jailed,") is about the speaker, and its verb is not in the first part.
fn after_writers_clause(who: &str) -> Option<&str> {
    let (_, tail) = who.rsplit_once(", ")?;
    let first = who.split(", ").next()?;
    let clause = first.split_whitespace().any(|w| super::speaker::FINITE_VERBS.contains(&w));
    let speaker = tail.starts_with(|c: char| c.is_uppercase()) || tail.starts_with("the ") || tail.starts_with("a ");
    (clause && speaker).then_some(tail)
}

/// The speaker words of reported speech, as the pattern
/// `^\s*(?P<who>[A-Z](?:TITLE_DOT|[^".!?;:])*?),?\s+(?:has\s+|had\s+|also\s+)?(?:VERBS)\b`
/// would capture them, read by hand: the pattern's captures cost a search with
/// backtracking on every sentence of every paragraph.
///
/// The lazy words end at the first place the rest follows. They may run over any char but
/// `".!?;:`, and over a full stop only when it ends a title that starts after the first
/// capital ("Det Supt. Jo Bloggs"); no title ends with a space or comma, so trying each end
/// in turn finds the same one as the pattern.
fn reported_who(sentence: &str) -> Option<&str> {
    let start = sentence.len() - sentence.trim_start().len();
    if !sentence[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    for (offset, c) in sentence[start + 1..].char_indices() {
        let end = start + 1 + offset;
        if (c == ',' || c.is_whitespace()) && verb_follows(&sentence[end..]) {
            return Some(&sentence[start..end]);
        }
        let title_dot = c == '.' && TITLES.iter().any(|t| sentence[..end].ends_with(t) && end - t.len() > start);
        if matches!(c, '"' | '.' | '!' | '?' | ';' | ':') && !title_dot {
            return None;
        }
    }
    None
}

/// "Jo Bloggs, who leads the unit, has been speaking to us about the figures", "Jo Bloggs
/// sat down with the Gazette to explain the rise": a sentence that introduces someone as
/// talking to the press without reporting what they said. The words naming them, when the
/// sentence opens with them. Sitting down is an interview only with the press ("us", a
/// paper's name after "the", a broadcaster's capitals), not "with officers", "with his
/// family" or "with Jo Bloggs", who may be the one talking.
pub fn talking_speaker(sentence: &str) -> Option<String> {
    static TALKING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"^(?P<who>.+?),?\s+(?:has been |have been |had been |was |were |has |have |had )?(?:(?:speaking|talking|spoke|talked|spoken)\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?[A-Z]|(?:sat|sits|sitting) down\s+(?:exclusively\s+)?with\s+(?:the\s+[A-Z]|[A-Z]{2})|(?:(?:speaking|talking|spoke|talked|spoken)\s+(?:exclusively\s+)?(?:to|with)|(?:sat|sits|sitting) down\s+(?:exclusively\s+)?with)\s+(?:us\b|me\b|reporters\b|journalists\b|the (?:media|press)\b|(?:this|our) (?:newspaper|paper|website|programme|station|reporter)\b))",
        )
    });
    // The pattern needs one of these words: literal checks first.
    let talk = memchr::memchr(b'k', sentence.as_bytes()).is_some()
        && (sentence.contains("spok") || sentence.contains("speaking") || sentence.contains("talk"));
    if !talk && !sentence.contains(" down with ") {
        return None;
    }
    let start = sentence.len() - sentence.trim_start().len();
    if !sentence[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let who = TALKING.captures(&sentence[start..])?.name("who")?.as_str();
    let clean = who.char_indices().all(|(i, c)| {
        let title_dot = c == '.' && TITLES.iter().any(|t| who[..i].ends_with(t));
        !matches!(c, '"' | '!' | '?' | ';' | ':') && (c != '.' || title_dot)
    });
    (clean && speaker_units(who) <= MAX_SPEAKER_UNITS).then(|| who.trim().trim_end_matches(',').to_string())
}

/// "Once I raised the cost with the head of planning, he went quiet.", "After
/// we showed the letter to a senior nurse, he shook his head.": a sentence opening on a
/// clause that takes something to someone described, whom the "she" or "he" opening the
/// main clause then takes up.
pub struct ClauseObject<'a> {
    /// The opening clause's first words, its subject among them ("I", "the boy handed").
    pub subject: &'a str,
    /// The description of the one something is taken to, for [`super::speaker`] to read as
    /// a person or not.
    pub who: &'a str,
    /// The pronoun's sex.
    pub gender: Gender,
}

/// The opening clause and the one its pronoun takes up, when the clause's subject is the
/// writer ("I", "we") or is not a person named ("When the complaint was put to …"); the
/// caller refuses a described person ([`ClauseObject::subject`]). A pronoun after a clause
/// in which someone else acts normally takes up that subject ("When the girl took it to a
/// teacher, she …" is the girl), so a capitalised name or a personal pronoun refuses.
pub fn clause_object_taken_up(sentence: &str) -> Option<ClauseObject<'_>> {
    static TAKEN_UP: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:When|After|As|Once|Before|While)\s+(?P<subject>[^,;:!?"]{0,80}?)\s(?:to|with)\s+(?P<who>(?:the|a|an|one)\s[^,;:!?".]{2,80}?),\s+(?P<pronoun>she|he)\s"#,
        )
    });
    // The pattern's opening words, checked first: most sentences open otherwise.
    const OPENERS: [&str; 6] = ["When", "After", "As", "Once", "Before", "While"];
    let opening = sentence.trim_start();
    let opens_a_clause =
        OPENERS.iter().any(|w| opening.strip_prefix(w).is_some_and(|rest| rest.starts_with(char::is_whitespace)));
    if !opens_a_clause || !(sentence.contains(" she ") || sentence.contains(" he ")) {
        return None;
    }
    let c = TAKEN_UP.captures(sentence)?;
    let subject = c.name("subject")?.as_str();
    if !subject_may_be_writer_or_thing(subject) {
        return None;
    }
    let gender = if c.name("pronoun")?.as_str() == "she" { Gender::Female } else { Gender::Male };
    Some(ClauseObject { subject, who: c.name("who")?.as_str(), gender })
}

/// Whether the opening words of a clause leave its subject the writer or a thing: "I", "we",
/// or a word that is neither a name (a capital) nor a personal pronoun.
fn subject_may_be_writer_or_thing(subject: &str) -> bool {
    let first = subject.split_whitespace().next().unwrap_or_default();
    if matches!(first, "I" | "we" | "I'd" | "I'm" | "we'd" | "we're") {
        return true;
    }
    let person_pronoun = matches!(first, "he" | "she" | "they" | "you" | "He" | "She" | "They" | "You");
    !person_pronoun && !first.starts_with(|c: char| c.is_uppercase())
}

/// The subject's head when it is an article or possessive and a noun or two ("the boy",
/// "the young girl"): each one-word and two-word reading, for the caller to test as a person.
pub fn subject_readings(subject: &str) -> Vec<String> {
    let words: Vec<&str> = subject.split_whitespace().take(3).collect();
    let determiner = words.first().is_some_and(|w| {
        matches!(*w, "the" | "a" | "an" | "one" | "her" | "his" | "their" | "my" | "our" | "this" | "that")
    });
    if !determiner {
        return Vec::new();
    }
    (2..=words.len()).map(|n| words[..n].join(" ")).collect()
}

/// "Her mother described the difference the support made.", "One victim talked about the
/// months after the break-in.": a sentence whose subject tells of something, without a quote
/// or a clause of what they said. The words before the verb, when the sentence opens with
/// them; [`super::speaker`] decides whether they describe a person. Read only as the last
/// sentence of a paragraph, as an introduction to a paragraph of their words after it.
pub fn telling_about_speaker(sentence: &str) -> Option<&str> {
    static TELLING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^(?P<who>[A-Z][^,.;:!?"]{2,80}?)\s+(?:has |have |had )?(?:described|describes|remembered|remembers|(?:spoke|spoken|speaks|talked|talks) (?:of|about)|told of|tells of)\s[^"]*$"#,
        )
    });
    let sentence = sentence.trim();
    let telling = ["descri", "remember", " of ", " about "].iter().any(|w| sentence.contains(w));
    if !telling {
        return None;
    }
    TELLING.captures(sentence)?.name("who").map(|m| m.as_str().trim())
}

/// The byte after the first colon that closes a clause of saying or writing ("the victim's
/// daughter wrote:", "one neighbour posted on Facebook:"): what follows it in the paragraph
/// is someone's own words, printed without quote marks. `None` with no such colon.
pub fn unquoted_words_from(paragraph: &str) -> Option<usize> {
    paragraph.match_indices(':').map(|(at, _)| at).find_map(|colon| {
        let before = &paragraph[..colon];
        let clause_start = before.rfind(['.', '!', '?', ':', '"']).map_or(0, |at| at + 1);
        let clause = before[clause_start..].to_lowercase();
        super::attribution::has_speech_verb(&clause).then_some(colon + 1)
    })
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
        if let Some(gender) = super::names::gender_of_word(&kin) {
            found.push((at, format!("my {which}{kin}"), gender));
        }
    }
    found.sort_by_key(|&(at, _, _)| at);
    found
}

/// "The charity shared the words of a 14-year-old boy who contacted it", "The helpline has
/// passed on the account of one mother": a sentence that hands the reader someone's own
/// words without a verb of saying, as a release or a charity's case study is quoted. The
/// words describing the one whose words they are, without the clause after them; a quote
/// paragraph next is theirs. Whether they describe a person (not "the words of the hymn")
/// is for [`super::speaker`] to say.
pub fn words_shared_of(sentence: &str) -> Option<&str> {
    static SHARED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^[A-Z][^.;:!?"]{0,80}?\s(?:has |have |had )?(?:shared|published|released|passed on|relayed|read out)\s+(?:the\s+)?(?:words|account|testimony|experience|story)\s+of\s+(?P<who>[^,.;:!?"]{3,100}?)(?:\s+(?:who|whose|whom|that)\b|\s*[,.;:!?]|\s*$)"#,
        )
    });
    let sentence = sentence.trim_start();
    if !(sentence.contains(" of ")
        && (sentence.contains("words")
            || sentence.contains("account")
            || sentence.contains("testimony")
            || sentence.contains("experience")
            || sentence.contains("story")))
    {
        return None;
    }
    SHARED.captures(sentence)?.name("who").map(|m| m.as_str().trim())
}

/// "Among them was a retired farmer from Ceredigion who …", "One of those stopped was a
/// delivery driver from Hull, who …": a sentence that singles one person out of a group the
/// text spoke of, by a description after "was". The description, without the clause after
/// it, is whom a later "he said" means; [`super::speaker`] decides whether it describes a
/// person at all ("Among them was a stolen van" does not). One of a group of suspects
/// ("Among those arrested was a 41-year-old man") is the subject of police work, not
/// someone the story hears from: a later "he said" is still the officer's.
pub fn singled_out(sentence: &str) -> Option<&str> {
    static SINGLED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^(?P<lead>(?:Among|Amongst|One of|One such)\b[^,.;:!?"]{0,80}?)\s(?:was|is)\s+(?P<desc>(?:a|an)\s[^,.;:!?"]{3,100}?)(?:\s+(?:who|whose)\b|\s*[,.;:!?]|\s*$)"#,
        )
    });
    const SUSPECTED: &[&str] = &[
        "arrested",
        "charged",
        "held",
        "detained",
        "convicted",
        "jailed",
        "sentenced",
        "remanded",
        "prosecuted",
        "wanted",
        "suspect",
        "suspects",
        "accused",
        "defendant",
        "defendants",
        "offender",
        "offenders",
    ];
    let sentence = sentence.trim_start();
    if !(sentence.starts_with("Among") || sentence.starts_with("One ")) {
        return None;
    }
    let c = SINGLED.captures(sentence)?;
    let suspected = c.name("lead")?.as_str().split_whitespace().any(|w| SUSPECTED.contains(&w));
    (!suspected).then(|| c.name("desc")).flatten().map(|m| m.as_str().trim())
}

/// A person named as the plain subject of a sentence, by their name alone ("Maria Lopez was
/// referred to the service …", "Maria, 34, moved …"): the words naming them, with an age
/// set off by commas kept. A later "she said" may mean them. A lone word must be one `lone`
/// accepts: "Kent was …" names no one. A clause saying where or when may come first
/// ("On a wet evening in Leeds, Jo Bloggs is handing out tea"): a known first name, or the
/// surname of someone the text named in full before ("Back in Leeds, Bloggs is more hopeful").
pub fn named_subject(sentence: &str, lone: &dyn Fn(&str) -> bool) -> Option<String> {
    const AUX: &[&str] = &["was", "is", "has", "had", "were", "said", "says", "told", "moved", "lives", "lived"];
    let sentence = super::speaker::without_lead_clause(sentence).unwrap_or(sentence);
    let unaside = without_aside_after_first_name(sentence);
    let sentence = unaside.as_deref().unwrap_or(sentence);
    let words: Vec<&str> = sentence.split_whitespace().take(6).collect();
    let name = |w: &str| {
        let w = w.trim_end_matches(['*', ',']);
        w.len() > 1
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let n = words.iter().take(3).take_while(|w| name(w)).count();
    let next = words.get(n)?;
    let aged = words[..n].last().is_some_and(|w| w.ends_with(','))
        && next.trim_end_matches(',').len() <= 2
        && next.ends_with(',')
        && next.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit());
    // "Tom Reed runs a gym": a full name opening on a known first name may go on with any
    // verb of the present or past tense, not only one of the few above.
    let acts = n >= 2
        && super::names::first_name_gender(words[0]).is_some()
        && !words[n - 1].ends_with([',', '*', '\''])
        && !words[n - 1].ends_with("'s")
        && is_finite_verb(next)
        && !(BUSINESS_NOUNS.contains(next) && words.get(n + 1).is_some_and(|w| verb_after_a_noun(w)));
    // "Ellie, for her part, wants …": a lone first name past an aside may go on with any verb.
    let acts = acts || (unaside.is_some() && n == 1 && is_finite_verb(next));
    if n == 0 || !(aged || acts || AUX.contains(next)) || words[..n].iter().take(n - 1).any(|w| w.ends_with(',')) {
        return None;
    }
    let names: Vec<&str> = words[..n].iter().map(|w| w.trim_end_matches(['*', ','])).collect();
    if names.len() == 1 && !lone(names[0]) {
        return None;
    }
    // "Marie Curie said", "Bradley Stoke was": a charity, business or place whose name opens
    // with a first name.
    let joined = names.join(" ");
    let listed = super::names::named_like_a_person(&joined);
    let after = sentence.get(sentence.find(words[n - 1]).map_or(0, |at| at + words[n - 1].len())..).unwrap_or("");
    let after = if words[n - 1].ends_with(',') { format!(",{after}") } else { after.to_string() };
    let person = listed && (aged || super::names::marked_as_a_person(&after, sentence));
    if !person && (super::context::is_known_org(&joined) || listed) {
        return None;
    }
    // "Victoria Station reopened", "Grace Road was flooded": a first name can open the name
    // of a place. These words are seldom surnames.
    const PLACE_WORDS: &[&str] = &[
        "station",
        "road",
        "street",
        "avenue",
        "square",
        "airport",
        "harbour",
        "hospital",
        "stadium",
        "market",
        "cathedral",
        "estate",
        "prison",
        "gardens",
        "bay",
        "way",
        "crescent",
        "terrace",
    ];
    if names.len() >= 2 && names.last().is_some_and(|w| PLACE_WORDS.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    let joined = names.join(" ");
    Some(if aged { format!("{joined}, {}", next.trim_end_matches(',')) } else { joined })
}

/// "When", "After", "Once": the words before a clause's subject when the clause opens a
/// sentence ("When Jo first saw the messages, she …"), all of them.
pub fn is_clause_opener(words: &str) -> bool {
    const OPENERS: &[&str] =
        &["when", "after", "before", "once", "while", "until", "as", "since", "although", "though", "if"];
    let words = words.trim();
    OPENERS.iter().any(|o| words.eq_ignore_ascii_case(o))
}

/// A sentence opening on a name in quote marks, read without them: see
/// [`without_marks_round_opening_name`].
pub struct Pseudonym {
    /// The sentence with the marks round the name taken off (and the spaces before it).
    pub sentence: String,
    /// The name.
    pub name: String,
    /// Chars of space before the opening mark.
    pub lead: usize,
}

/// "“Zara” (not her real name) remembers …", "'Leah', then 19, was …": a sentence opening on a
/// known first name in quote marks, as a story prints the name it gives someone it keeps
/// unnamed. The sentence without the marks round the name; `None` for any other sentence,
/// and for a name the sentence quotes as a word ("'Zara' was the name she chose.") the
/// reader of its subject finds no person in all the same.
pub fn without_marks_round_opening_name(sentence: &str) -> Option<Pseudonym> {
    let trimmed = sentence.trim_start();
    let lead = sentence[..sentence.len() - trimmed.len()].chars().count();
    let mark = trimmed.chars().next().filter(|c| matches!(c, '"' | '\'' | '“' | '‘'))?;
    let rest = &trimmed[mark.len_utf8()..];
    let end = rest.find(|c: char| !(c.is_alphabetic() || c == '-'))?;
    let name = &rest[..end];
    super::names::first_name_gender(name)?;
    let after = rest[end..].strip_prefix(['"', '\'', '”', '’'])?;
    if !after.starts_with([' ', ',']) {
        return None;
    }
    Some(Pseudonym { sentence: format!("{name}{after}"), name: name.to_string(), lead })
}

/// "Mia (not her real name) was 14 …", "Sian, not her real name, was followed …", "Ellie,
/// for her part, wants …": a sentence opening on a lone known first name with a short aside
/// after it, bracketed or set off by commas, without the aside ("Mia was 14 …"); a relative
/// clause ("Dev, who drove buses …, said") may be longer. An age is no aside ("Maria, 34, moved", read as an age). `None` for any other sentence.
fn without_aside_after_first_name(sentence: &str) -> Option<String> {
    const MAX_ASIDE_WORDS: usize = 6;
    // "Dev, who drove buses across the county for eleven years before his grandson was
    // groomed, told us …": a relative clause tells who the person is and may run on for a
    // line or two.
    const MAX_RELATIVE_CLAUSE_WORDS: usize = 30;
    let sentence = sentence.trim_start();
    let name_len = sentence.find([' ', ',', '('])?;
    let name = &sentence[..name_len];
    super::names::first_name_gender(name)?;
    let rest = sentence[name_len..].trim_start();
    let (aside, after) = if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        (&inner[..close], inner[close + 1..].trim_start_matches(',').trim_start())
    } else {
        let inner = rest.strip_prefix(',')?.trim_start();
        let close = inner.find(", ")?;
        (&inner[..close], inner[close + 2..].trim_start())
    };
    let opens_lower = aside.trim_start().starts_with(|c: char| c.is_lowercase());
    let words = aside.split_whitespace().count();
    let short = words <= MAX_ASIDE_WORDS || (words <= MAX_RELATIVE_CLAUSE_WORDS && opens_relative_clause(aside));
    let quoted = aside.contains(['"', '“', '”']);
    (opens_lower && short && !quoted && !after.is_empty()).then(|| format!("{name} {after}"))
}

/// An aside that opens a relative clause about the person before it ("who runs …", "whose
/// son …", "whom the court cannot name …").
fn opens_relative_clause(aside: &str) -> bool {
    matches!(aside.split_whitespace().next(), Some("who" | "whose" | "whom"))
}

/// The subject of a sentence that names someone and then goes on with what they did, set
/// off by a comma: "The commissioner for Devon, Jo Bloggs, has given £5,000 to the
/// scheme." gives "The commissioner for Devon, Jo Bloggs". A later "she" may mean them.
pub fn apposed_subject(sentence: &str) -> Option<&str> {
    const AUX: &[&str] = &["has", "had", "is", "was", "will", "would", "can", "could", "also"];
    let start = sentence.len() - sentence.trim_start().len();
    // Two commas at least: a memchr count rules out most sentences before any other work.
    let two_commas = memchr::memchr_iter(b',', sentence.as_bytes()).nth(1).is_some();
    if !two_commas || !sentence[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // The subject cannot run past a quote mark, `!?;:` or a full stop that ends no title:
    // one pass over the bytes finds where it must end and whether two commas come before
    // that, which rules out most sentences.
    let bytes = sentence.as_bytes();
    let mut reach = bytes.len();
    let mut commas = 0;
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        match b {
            b'"' | b'!' | b'?' | b';' | b':' => {}
            b'.' if !TITLES.iter().any(|t| sentence[start..i].ends_with(t)) => {}
            b',' => {
                commas += 1;
                continue;
            }
            _ => continue,
        }
        reach = i;
        break;
    }
    if commas < 2 {
        return None;
    }
    // The words must hold a comma of their own ("X, Y"): the first comma cannot end them.
    for (at, _) in sentence[..reach].match_indices(", ").skip(1) {
        let who = &sentence[start..at];
        if speaker_units(who) > MAX_SPEAKER_UNITS {
            return None;
        }
        let next = sentence[at + 2..].split_whitespace().next().unwrap_or("");
        let verb = AUX.contains(&next)
            || IRREGULAR_PAST.contains(&next)
            || (next.len() > 4 && next.ends_with("ed") && next.starts_with(char::is_lowercase));
        if verb {
            return Some(who);
        }
    }
    None
}

/// Common verbs in the past tense that do not end in "-ed": "Jo Bloggs, who farms near
/// Brecon, lost 40 ewes." goes on from its subject with one of these as surely as with
/// "was" or "has". Only the words after a subject holding its own comma are read, and
/// only a person's name there is kept.
const IRREGULAR_PAST: &[&str] = &[
    "lost",
    "found",
    "spent",
    "saw",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "left",
    "began",
    "became",
    "built",
    "bought",
    "brought",
    "fought",
    "won",
    "wrote",
    "kept",
    "held",
    "met",
    "sent",
    "felt",
    "paid",
    "sold",
    "knew",
    "grew",
    "drove",
    "fell",
    "stood",
    "heard",
    "thought",
    "caught",
    "taught",
    "chose",
    "stole",
    "broke",
    "woke",
    "sought",
    "fled",
    "sat",
    "threw",
    "withdrew",
    "overcame",
    "underwent",
    "ran",
];

/// Plural nouns for a business's or charity's people and property, which a name before them
/// owns: "Eddie Stobart lorries were stolen", "Marie Curie volunteers found", "Greenway
/// Motors forecourts". After a name they read as a verb ending in "-s" would, but a person's
/// name is seldom set before a noun; they are read as nouns only when a verb follows them
/// ([`verb_after_a_noun`]).
const BUSINESS_NOUNS: &[&str] = &[
    "lorries",
    "trucks",
    "vans",
    "stores",
    "shops",
    "branches",
    "outlets",
    "boutiques",
    "depots",
    "warehouses",
    "restaurants",
    "hotels",
    "pubs",
    "forecourts",
    "premises",
    "bookmakers",
    "volunteers",
    "nurses",
    "workers",
    "employees",
    "customers",
    "shoppers",
    "bosses",
    "executives",
    "shareholders",
    "shares",
    "products",
    "profits",
    "sales",
    "fundraisers",
    "managers",
    "drivers",
];

/// Whether the word after one of [`BUSINESS_NOUNS`] is the verb it is the subject of, which
/// makes that word a noun: "Eddie Stobart lorries were stolen", "Wendy Marsh volunteers
/// found the door forced". Many of those nouns are verbs too ("Emma Lewis volunteers at the
/// hospice shop", "Sandra Price nurses her husband", "Tom Hughes shares a flat"): a
/// preposition, determiner or object after the word says it is the person's verb.
fn verb_after_a_noun(word: &str) -> bool {
    const AUX: &[&str] = &[
        "are", "were", "was", "is", "have", "had", "has", "will", "would", "can", "could", "may", "might", "must",
        "should", "did", "do", "say", "said", "told", "also",
    ];
    let word = word.trim_end_matches(',');
    AUX.contains(&word)
        || IRREGULAR_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase()))
}

/// Past participles that do not end in "-ed", as a headline uses them after its subject
/// ("Woman, 52, taken to hospital").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "taken", "given", "seen", "shot", "hit", "hurt", "stolen", "beaten", "bitten", "driven", "thrown", "struck",
    "caught", "told", "sent", "held", "found", "left", "been",
];

/// Whether a word set after a subject begins what is said of it: an auxiliary ("was",
/// "has"), a verb in the past ("died", "went") or a past participle ("taken"). "from",
/// "helpline" or "mother" go on describing the subject instead.
pub(super) fn reads_as_predicate(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    verb_after_a_noun(word)
        || IRREGULAR_PARTICIPLES.contains(&word)
        || matches!(word, "remains" | "remain" | "denies" | "faces" | "being")
}

/// A lower-case word that reads as a verb in the present or past tense after a subject:
/// "runs", "founded", "lost"; not "business" or "bus".
fn is_finite_verb(word: &str) -> bool {
    let lower = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
    lower
        && ((word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"))
            || (word.len() > 4 && word.ends_with("ed"))
            || IRREGULAR_PAST.contains(&word))
}

/// Does `text` open with `,?\s+(?:has\s+|had\s+|also\s+)?(?:VERBS)\b`?
fn verb_follows(text: &str) -> bool {
    verb_after(text, &["has", "had", "also"]).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::attribution::tests::Cases;
    use super::super::attribution::{TITLE_DOT, VERBS};
    use super::*;

    #[test]
    fn the_job_title_gate_lets_through_every_title_word_the_reading_knows() {
        use crate::extract::quotes::names::{is_title_word, listed_title_words};
        let trades = ["journalist", "pharmacist", "paediatrician", "electrician", "spokespeople"];
        let words = listed_title_words();
        assert!(words.len() > 100, "the listed title words: {}", words.len());
        for word in words.iter().copied().chain(trades) {
            let capitalised = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            for form in [word.to_string(), capitalised, word.to_uppercase()] {
                for shape in [
                    "{} Jo Bloggs said",
                    "The pub's {} Jo Bloggs.",
                    "“{} Jo Bloggs",
                    "{}. Jo Bloggs",
                    "x {}\u{a0}Jo Bloggs",
                    "the {}, Jo Bloggs, said",
                ] {
                    let text = shape.replace("{}", &form);
                    let found = !job_titled_names(&text).is_empty();
                    // A title word as printed, with a capital after it, must let the text through.
                    let printed = text.split_whitespace().find(|w| w.contains(form.as_str())).unwrap_or("");
                    let plain = !shape.contains('.') && is_title_word(printed);
                    assert!(may_hold_job_title(&text) || !(found || plain), "{text}: the reading found {found}");
                }
            }
        }
    }

    #[test]
    fn the_job_title_gate_shuts_on_text_with_no_title_before_a_capital() {
        for text in [
            "Police recorded 512 offences in the first year, up from 379 in 2019.",
            "The first Sunday of the list was quiet, and the officer left.",
            "Officers made 87 arrests; in the end, Jo Bloggs was not among them.",
            "",
        ] {
            assert!(!may_hold_job_title(text), "{text}");
        }
        assert!(may_hold_job_title("Figures from the force's chief constable Jo Bloggs."));
        // A name set off by commas after the post may be the one holding it.
        assert!(may_hold_job_title("Officers made 87 arrests; the manager, Jo Bloggs, was not among them."));
    }

    #[test]
    fn reported_speaker_words_are_bounded_in_length() {
        let long = |units: usize| format!("A{} said it was a priority.", "b".repeat(units));
        assert_eq!(reported_speaker(&long(MAX_SPEAKER_UNITS)).map(|w| w.len()), Some(MAX_SPEAKER_UNITS + 1));
        assert_eq!(reported_speaker(&long(MAX_SPEAKER_UNITS + 1)), None);
        let titled = format!("A Supt. {} said it was a priority.", "b".repeat(MAX_SPEAKER_UNITS - 3));
        assert!(reported_speaker(&titled).is_some(), "the title counts once: {titled}");
    }

    /// The pattern [`reported_who`] reads by hand.
    fn reported_pattern() -> Regex {
        pattern(&format!(
            r#"^\s*(?P<who>[A-Z](?:{TITLE_DOT}|[^".!?;:])*?),?\s+(?:has\s+|had\s+|also\s+)?(?:{VERBS})\b"#
        ))
    }

    #[test]
    fn reported_speaker_words_are_read_as_the_pattern_reads_them() {
        let oracle = reported_pattern();
        let pieces = [
            "Jo",
            "Bloggs",
            " ",
            "  ",
            ",",
            ", ",
            ".",
            ". ",
            "Dr.",
            "Dr",
            "Supt.",
            "Cmdr.",
            "Mrs.",
            "XSt.",
            "said",
            "says",
            "saying",
            "said_",
            "saidé",
            "said\u{301}",
            "has",
            "had",
            "also",
            "pointed out",
            "pointed",
            "went on",
            "went onward",
            "goes on",
            "\"",
            "!",
            "?",
            ";",
            ":",
            "the",
            "D",
            "é",
            "\u{a0}",
            "told",
            "a",
            "S",
            "1",
        ];
        let mut cases = Cases(7);
        for _ in 0..20_000 {
            let text = cases.text(&pieces, 12);
            let expected = oracle.captures(&text).map(|c| c.name("who").map(|m| m.as_str()));
            assert_eq!(reported_who(&text).map(Some), expected, "{text:?}");
        }
    }

    #[test]
    fn a_person_set_off_by_commas_as_the_subject_is_found() {
        assert_eq!(
            apposed_subject("The mayor of Leeds, Tom Hart, has opened two new youth centres."),
            Some("The mayor of Leeds, Tom Hart")
        );
        assert_eq!(
            apposed_subject("Amy Lee, the trust's director, welcomed the grant, which runs to 2027."),
            Some("Amy Lee, the trust's director")
        );
        assert_eq!(apposed_subject("In Leeds, crime has fallen."), None);
        assert_eq!(apposed_subject("Figures rose. Tom Hart, the mayor, has opened a centre."), None);
        assert_eq!(apposed_subject("Police, fire crews and paramedics attended."), None);
    }

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
    fn a_person_singled_out_of_a_group_is_described() {
        assert_eq!(
            singled_out("Among them was a 78-year-old grandmother from Hove who lost £9,000."),
            Some("a 78-year-old grandmother from Hove")
        );
        assert_eq!(singled_out("One of those caught was a taxi driver, who was fined."), Some("a taxi driver"));
        assert_eq!(singled_out("Among those charged was a 19-year-old man."), None);
        assert_eq!(singled_out("Last year there was a 12% rise."), None);
    }

    #[test]
    fn a_name_after_a_job_title_is_a_person_named() {
        let names = |text: &str| titled_names(text).into_iter().map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(
            names("The plan went to committee, where council leader Aileen Moss defended it."),
            ["council leader Aileen Moss"]
        );
        assert_eq!(
            names("Conservative group leader Tom Reed called it reckless."),
            ["Conservative group leader Tom Reed"]
        );
        assert_eq!(names("Councillor Sarah Bloggs welcomed the report."), ["Councillor Sarah Bloggs"]);
        assert_eq!(names("Headteacher Mark Jones showed them round."), ["Headteacher Mark Jones"]);
        assert_eq!(
            names("It was backed by Cllr. Dafydd Rhys-Morgan, who chairs the panel."),
            ["Cllr. Dafydd Rhys-Morgan"]
        );
        // A name set off by commas after the post, the apposition closed.
        assert_eq!(names("I asked the health minister, Julia Hart, about it."), ["minister, Julia Hart"]);
        assert_eq!(names("It fell to the chair, Owen Price, to explain."), ["chair, Owen Price"]);
        assert_eq!(names("I asked the health minister, Julia Hart and others."), Vec::<String>::new());
        // A rank the pattern reads is named once, from its first word.
        assert_eq!(names("Chief Superintendent Derek Hale told councillors."), ["Chief Superintendent Derek Hale"]);
        // Not a person: an organisation, a place, a name running on into a body's name.
        for text in [
            "The chair of Police Scotland spoke.",
            "She is chief executive Social Care Wales.",
            "Ask the leader Fife Council appointed.",
            "The director General Medical Council named.",
            "The leader said so.",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
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

    #[test]
    fn sharing_someones_words_introduces_them() {
        for (sentence, who) in [
            ("The helpline passed on the words of a 12-year-old girl who rang it last spring.", "a 12-year-old girl"),
            (
                "Victim Support has shared the account of one pensioner from Hull, whose savings went.",
                "one pensioner from Hull",
            ),
            ("The trust published the testimony of a nurse at the hospital.", "a nurse at the hospital"),
        ] {
            assert_eq!(words_shared_of(sentence), Some(who), "{sentence}");
        }
        for sentence in [
            "The charity said the words of a child were hard to read.",
            "Officers shared the boy's words with his school.",
            "the charity shared the words of a girl.",
            "He spoke of the story of a town in decline.",
        ] {
            assert_eq!(words_shared_of(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn talking_to_the_press_introduces_a_speaker() {
        for (sentence, who) in [
            (
                "Inspector Tom Reyes, who runs the county's cyber unit, has been speaking to us about the rise.",
                "Inspector Tom Reyes, who runs the county's cyber unit",
            ),
            ("A father from Hull spoke to the Yorkshire Post about his son's ordeal.", "A father from Hull"),
            ("Dr. Amy Lee talked to reporters after the hearing.", "Dr. Amy Lee"),
            (
                "Sergeant Ian Holt, who runs the rural crime team, sat down with the Gazette to explain the rise.",
                "Sergeant Ian Holt, who runs the rural crime team",
            ),
            ("Jo Bloggs has sat down with us to talk about her campaign.", "Jo Bloggs"),
            ("The chief constable sat down with BBC Wales.", "The chief constable"),
        ] {
            assert_eq!(talking_speaker(sentence).as_deref(), Some(who), "{sentence}");
        }
        for sentence in [
            "Officers spoke to the boy's parents.",
            "the charity has been talking to schools.",
            "Nobody said anything.",
            "He said: \"We spoke to Ofcom.\"",
            "The inspector sat down with his family.",
            "Jo Bloggs sat down with officers from three forces.",
            "The minister sat down with Jo Bloggs to hear her concerns.",
        ] {
            assert_eq!(talking_speaker(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn reported_speech_after_a_clause_of_the_writers_names_the_one_after_the_comma() {
        assert_eq!(
            reported_speaker("Chief Constable Ann Rowe will retire in June, Durham Constabulary said.").as_deref(),
            Some("Durham Constabulary")
        );
        assert_eq!(reported_speaker("Crime has fallen by a fifth, the force said.").as_deref(), Some("the force"));
        // A clause about the speaker is theirs: the name before it speaks.
        assert_eq!(
            reported_speaker("Jo Bloggs, who was jailed in 2019, said the system failed her.").as_deref(),
            Some("Jo Bloggs, who was jailed in 2019")
        );
    }

    #[test]
    fn reported_speech_names_its_speaker() {
        assert_eq!(
            reported_speaker(
                "Detective Superintendent Ruth Okafor, from Norfolk police, said answering every call is a priority."
            )
            .as_deref(),
            Some("Detective Superintendent Ruth Okafor, from Norfolk police")
        );
        assert_eq!(reported_speaker("the figures said nothing"), None);
    }
}
