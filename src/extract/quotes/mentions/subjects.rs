//! People named or described as the subject of a sentence: by name alone ("Maria Lopez was
//! referred …"), set off by commas ("The commissioner for Devon, Jo Bloggs, has …"), in quote
//! marks as a name given ("'Zara' remembers …"), singled out of a group ("Among them was …"),
//! or taken up by a pronoun after an opening clause ("When we showed it to a nurse, she …").

use std::sync::LazyLock;

use regex::Regex;

use super::predicates::{is_finite_verb, is_regular_past, verb_after_a_noun, BUSINESS_NOUNS, IRREGULAR_PAST};
use crate::extract::quotes::attribution::{has_speech_verb, pattern, speaker_units, MAX_SPEAKER_UNITS, TITLES};
use crate::extract::quotes::names::Gender;

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
    words.len() <= 3 && words.last().is_some_and(|w| crate::extract::quotes::speaker::is_describing_noun(w))
}

/// "Once I raised the cost with the head of planning, he went quiet.", "After
/// we showed the letter to a senior nurse, he shook his head.": a sentence opening on a
/// clause that takes something to someone described, whom the "she" or "he" opening the
/// main clause then takes up.
pub struct ClauseObject<'a> {
    /// The opening clause's first words, its subject among them ("I", "the boy handed").
    pub subject: &'a str,
    /// The description of the one something is taken to, for [`crate::extract::quotes::speaker`] to read as
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

/// "Among them was a retired farmer from Ceredigion who …", "One of those stopped was a
/// delivery driver from Hull, who …": a sentence that singles one person out of a group the
/// text spoke of, by a description after "was". The description, without the clause after
/// it, is whom a later "he said" means; [`crate::extract::quotes::speaker`] decides whether it describes a
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
    let sentence = crate::extract::quotes::speaker::without_lead_clause(sentence).unwrap_or(sentence);
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
        && crate::extract::quotes::names::first_name_gender(words[0]).is_some()
        && !words[n - 1].ends_with([',', '*', '\''])
        && !words[n - 1].ends_with("'s")
        && is_finite_verb(next)
        && !(BUSINESS_NOUNS.contains(next) && words.get(n + 1).is_some_and(|w| verb_after_a_noun(w)));
    // "Ellie, for her part, wants …": a lone first name past an aside may go on with any verb.
    let acts = acts || (unaside.is_some() && n == 1 && is_finite_verb(next));
    // "Bloggs sounds a warning": a lone surname of someone named in full before (`lone`
    // accepts it, and it is no first name) may go on with a verb of the present as a full
    // name may.
    let surname_acts = n == 1
        && !words[0].ends_with([',', '*', '\''])
        && crate::extract::quotes::names::first_name_gender(words[0]).is_none()
        && lone(words[0])
        && is_finite_verb(next)
        && !BUSINESS_NOUNS.contains(next);
    let acts = acts || surname_acts;
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
    let listed = crate::extract::quotes::names::named_like_a_person(&joined);
    let after = sentence.get(sentence.find(words[n - 1]).map_or(0, |at| at + words[n - 1].len())..).unwrap_or("");
    let after = if words[n - 1].ends_with(',') { format!(",{after}") } else { after.to_string() };
    let person = listed && (aged || crate::extract::quotes::names::marked_as_a_person(&after, sentence));
    if !person && (crate::extract::quotes::context::is_known_org(&joined) || listed) {
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

/// "For Bloggs, the figures are …", "To Bloggs, it felt …": a sentence framed as one person's
/// view by a name set off after "For" or "To" at its start, or by a description of someone
/// unnamed ("For one mother in Leeds, …"). The words, for the caller to check are a person
/// named before or described: that person is whom a later "she" or "he" means.
pub fn framed_for(sentence: &str) -> Option<&str> {
    const MAX_NAME_WORDS: usize = 3;
    let trimmed = sentence.trim_start();
    let rest = trimmed.strip_prefix("For ").or_else(|| trimmed.strip_prefix("To "))?;
    let (name, _) = rest.split_once(", ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    // "For one father in Dorset, whose …,": someone described, not named.
    const MAX_DESCRIPTION_WORDS: usize = 8;
    let described = words.len() >= 2
        && words.len() <= MAX_DESCRIPTION_WORDS
        && matches!(words[0], "one" | "a" | "an")
        && !name.contains(['"', '“', '”']);
    if described {
        return Some(name);
    }
    let named = !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        });
    named.then_some(name)
}

/// "Bloggs's team has been promised …": a sentence opening on a name in the possessive,
/// whose subject is the person's own. The name without its "'s", for the caller to check is
/// someone's named before.
pub fn possessive_opening(sentence: &str) -> Option<&str> {
    const MAX_NAME_WORDS: usize = 3;
    let trimmed = sentence.trim_start();
    let mut end = 0;
    for (n, word) in trimmed.split(' ').enumerate().take(MAX_NAME_WORDS) {
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if let Some(name) = word.strip_suffix("'s").filter(|name| name.chars().all(char::is_alphabetic)) {
            let next_lower = trimmed[end + word.len()..].trim_start().starts_with(|c: char| c.is_lowercase());
            return (capital && next_lower).then(|| &trimmed[..end + name.len()]);
        }
        if !capital || !word.chars().all(|c| c.is_alphabetic() || c == '-') || n + 1 == MAX_NAME_WORDS {
            return None;
        }
        end += word.len() + 1;
    }
    None
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
    crate::extract::quotes::names::first_name_gender(name)?;
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
    crate::extract::quotes::names::first_name_gender(name)?;
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

/// A sentence whose opening words are followed by an aside set off by a pair of spaced dashes
/// ("Megan - not her real name - had joined …"), with the dashes read as the commas they
/// stand for ("Megan, not her real name, had joined …"), so that [`apposed_subject`] reads
/// it as it reads the comma form. `None` when the sentence has no such pair, or a comma or
/// quote mark comes before the first dash (the dashes are then not round the subject's aside).
pub fn with_dash_aside_as_commas(sentence: &str) -> Option<String> {
    const DASH: &str = " - ";
    let first = sentence.find(DASH)?;
    let second = first + DASH.len() + sentence[first + DASH.len()..].find(DASH)?;
    let opening = &sentence[..first];
    if opening.trim().is_empty() || opening.contains([',', '"', '“', '”']) {
        return None;
    }
    let aside = &sentence[first + DASH.len()..second];
    if aside.trim().is_empty() || aside.contains(',') {
        return None;
    }
    Some(format!("{opening}, {aside}, {}", &sentence[second + DASH.len()..]))
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
    for (n, (at, _)) in sentence[..reach].match_indices(", ").skip(1).enumerate() {
        let who = &sentence[start..at];
        if speaker_units(who) > MAX_SPEAKER_UNITS {
            return None;
        }
        let mut after = sentence[at + 2..].split_whitespace();
        let next = after.next().unwrap_or("");
        let verb = AUX.contains(&next)
            || IRREGULAR_PAST.contains(&next)
            || (is_regular_past(next) && next.starts_with(char::is_lowercase))
            || (n == 0 && plain_apposition(who) && present_verb_after_apposition(next, after.next()));
        if verb {
            return Some(who);
        }
    }
    None
}

/// Whether the words after the first comma of an apposed subject are a plain description
/// or name ("a nurse at the clinic", "its treasurer", "Jo Bloggs"), not an aside ("for her
/// part", "who runs …"), which the reader of a lone name with an aside takes instead.
fn plain_apposition(who: &str) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "our", "one"];
    who.split_once(", ")
        .and_then(|(_, apposed)| apposed.split_whitespace().next())
        .is_some_and(|first| DETERMINERS.contains(&first) || first.starts_with(|c: char| c.is_uppercase()))
}

/// "Jo Bloggs, a volunteer with the trust, runs sessions …": a magazine's present tense goes
/// on from an apposed subject with a verb ending in "-s" as surely as a report's past does.
/// A plural noun reads the same way, so the word must not end the next item of a list
/// ("The council, the police, schools and charities …"): it carries no comma of its own and
/// no "and" or "or" follows it. Only a first apposition is read so ("Jo, a nurse, runs"), not a
/// longer run of commas whose last word may be any noun.
fn present_verb_after_apposition(word: &str, following: Option<&str>) -> bool {
    let listed = following.is_some_and(|w| matches!(w, "and" | "or" | "&"));
    !word.ends_with(',') && !listed && is_finite_verb(word) && !is_regular_past(word) && !BUSINESS_NOUNS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_set_off_by_commas_acting_in_the_present_is_found() {
        assert_eq!(
            apposed_subject("Priya Noon, a nurse at the walk-in centre, runs a drop-in on Fridays."),
            Some("Priya Noon, a nurse at the walk-in centre")
        );
        assert_eq!(
            apposed_subject("Dev Okafor, the club's treasurer, keeps the books in a biscuit tin."),
            Some("Dev Okafor, the club's treasurer")
        );
    }

    #[test]
    fn a_name_framing_a_sentence_as_their_view_is_found() {
        assert_eq!(framed_for("For Okonjo, the waiting list is the real scandal."), Some("Okonjo"));
        assert_eq!(framed_for("To Maya Quist, it felt like a betrayal."), Some("Maya Quist"));
        assert_eq!(framed_for("For the first time, the figures fell."), None);
        assert_eq!(framed_for("For years, nothing changed."), None);
        assert_eq!(
            framed_for("For one grandfather in Hull, the fines were the last straw."),
            Some("one grandfather in Hull")
        );
    }

    #[test]
    fn a_name_in_the_possessive_opening_a_sentence_is_found() {
        assert_eq!(possessive_opening("Okonjo's clinic has lost two nurses."), Some("Okonjo"));
        assert_eq!(possessive_opening("Maya Quist's flat is above the shop."), Some("Maya Quist"));
        assert_eq!(possessive_opening("The council's budget fell."), None);
        assert_eq!(possessive_opening("Okonjo's."), None);
    }

    #[test]
    fn a_plural_noun_ending_a_list_is_no_present_verb() {
        assert_eq!(apposed_subject("The council, the police, schools and charities met twice."), None);
        assert_eq!(apposed_subject("The council, the police, schools, charities and the NHS met."), None);
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
    fn a_person_singled_out_of_a_group_is_described() {
        assert_eq!(
            singled_out("Among them was a 78-year-old grandmother from Hove who lost £9,000."),
            Some("a 78-year-old grandmother from Hove")
        );
        assert_eq!(singled_out("One of those caught was a taxi driver, who was fined."), Some("a taxi driver"));
        assert_eq!(singled_out("Among those charged was a 19-year-old man."), None);
        assert_eq!(singled_out("Last year there was a 12% rise."), None);
    }
}
