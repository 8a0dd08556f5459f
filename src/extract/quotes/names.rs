//! Words that make up speaker phrases: honorifics, ranks and job titles, organisation
//! words, and the grouping key of a speaker's name.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::extract::places;

pub use super::first_names::first_name_gender;

/// Honorifics, dropped from a person's name: "Sir Owen Pryce" is "Owen Pryce".
const HONORIFICS: &[&str] = &[
    "sir",
    "dame",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "lord",
    "lady",
    "baroness",
    "baron",
    "prof",
    "professor",
    "rev",
    "revd",
    "reverend",
    "cllr",
    "councillor",
    "judge",
    // Judges of the Crown Court and of Scotland's sheriff courts: "Recorder Jo Bloggs".
    "recorder",
    "sheriff",
    "rt",
    "hon",
];

/// Honorifics that are also offices held: dropped from the name, kept as the role
/// ("Councillor Jo Bloggs" is Jo Bloggs, a councillor; "Recorder Jo Bloggs", a judge).
const OFFICES: &[&str] = &["cllr", "councillor", "judge", "recorder", "sheriff"];

/// Whether a word is one of [`OFFICES`], in any case.
pub fn is_office(word: &str) -> bool {
    OFFICES.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// Police ranks (any case): a person holding one belongs to a force.
pub(super) const POLICE_RANKS: &[&str] = &[
    "detective",
    "det",
    "superintendent",
    "supt",
    "inspector",
    "insp",
    "sergeant",
    "sgt",
    "constable",
    "pc",
    "dc",
    "ds",
    "di",
    "dci",
    "dcs",
    "dsupt",
    // Assistant and Deputy Chief Constable: "ACC Whitlam added".
    "acc",
    "dcc",
    "psi",
    "ps",
    "commander",
    "cmdr",
    "officer",
];

/// Other job-title words (any case). With [`POLICE_RANKS`] they make up a role, never a name.
const OTHER_ROLE_WORDS: &[&str] = &[
    "chief",
    // "Det Ch Insp", "Ch Supt": chief, shortened in a rank.
    "ch",
    "superintendant",
    "dsu",
    "con",
    "assistant",
    "acting",
    "temporary",
    "deputy",
    "commissioner",
    "head",
    "director",
    "executive",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "vice",
    "secretary",
    // "Parliamentary Under-Secretary of State": the junior minister's title, never a name.
    "under-secretary",
    "minister",
    "mp",
    "msp",
    "mep",
    "mla",
    // Members of the Isle of Man's House of Keys and Legislative Council, and of the Dáil.
    "mhk",
    "mlc",
    "td",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "manager",
    "lead",
    "leader",
    "coordinator",
    "co-ordinator",
    "founder",
    "co-founder",
    "mayor",
    "lecturer",
    "researcher",
    "doctor",
    // A family doctor: "a GP in the town" is a job, not an organisation's initials.
    "gp",
    "nurse",
    "consultant",
    "adviser",
    "advisor",
    "analyst",
    "campaigner",
    "senior",
    "principal",
    "governor",
    "editor",
    "correspondent",
    "chancellor",
    "attorney",
    "solicitor",
    "barrister",
    "counsel",
    "prosecutor",
    "trustee",
    "ambassador",
    "patron",
    "volunteer",
    "practitioner",
    "specialist",
    "investigator",
    "pcc",
    "commandant",
    "dept",
    "general",
    "policy",
    "safeguarding",
    "operations",
    "service",
];

/// Capitalised words that end an organisation's name ("Home Office", "Internet Watch
/// Foundation"), or are one.
const ORG_WORDS: &[&str] = &[
    "police",
    "constabulary",
    "office",
    "department",
    "council",
    "government",
    "agency",
    "foundation",
    "trust",
    "society",
    "services",
    "charity",
    "commission",
    "authority",
    "ministry",
    "association",
    "federation",
    "assembly",
    "parliament",
    "union",
    "network",
    "unit",
    "team",
    "university",
    "college",
    "school",
    // "Isaac Newton Academy", "Sue Ryder Hospice": schools and hospices named after people.
    "academy",
    "hospice",
    "nhs",
    "partnership",
    "board",
    "court",
    "institute",
    "centre",
    "center",
    "group",
    "ltd",
    "limited",
    "plc",
    "inc",
    // Businesses: "NFU Mutual", "Morland Retail", "Hollins Holdings".
    "mutual",
    "insurance",
    "retail",
    "holdings",
    "stores",
    "supermarkets",
    "airlines",
    "airways",
    "alliance",
    "coalition",
    "forum",
    "project",
    "bureau",
    "squad",
    "childline",
    "helpline",
    "barnardo's",
    "ofcom",
    "ofsted",
    // Platforms and companies that answer for themselves: "In a statement, Snapchat said:".
    "meta",
    "snapchat",
    "tiktok",
    "google",
    "youtube",
    "instagram",
    "facebook",
    "whatsapp",
    "twitter",
    "roblox",
    "discord",
    "telegram",
    "reddit",
    "twitch",
    "microsoft",
    "apple",
];

/// Capitalised words that start sentences or phrases but are never part of a name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "one",
    "in",
    "on",
    "at",
    "for",
    "of",
    "and",
    "but",
    "however",
    "meanwhile",
    "this",
    "that",
    "these",
    "those",
    "speaking",
    "also",
    "now",
    "today",
    "yesterday",
    "he",
    "she",
    "they",
    "it",
    "we",
    "our",
    "his",
    "her",
    "their",
    "its",
    "from",
    "with",
    "by",
    "as",
    "after",
    "before",
    "when",
    "while",
    "last",
    "next",
    "said",
    "says",
    "added",
    "according",
    "mrs",
    "mr",
    "ms",
    "i",
    "you",
    "my",
    "there",
    "here",
    "what",
    "which",
    "who",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "online",
    "internet",
    "crime",
    "crimes",
    "figures",
    "data",
    "nationally",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// Nouns that head a description of an unnamed person ("a girl who contacted Childline").
const PERSON_NOUNS: &[&str] = &[
    // Kin and callings a local report describes its unnamed speakers by ("a grandad from
    // Hull", "a postman who works the route").
    "grandad",
    "granddad",
    "grandpa",
    "grandma",
    "granny",
    "postman",
    "postwoman",
    "postie",
    "milkman",
    "binman",
    "fisherman",
    "policeman",
    "policewoman",
    "fireman",
    "builder",
    "plumber",
    "mechanic",
    "hairdresser",
    "cleaner",
    "cabbie",
    "girl",
    "boy",
    "child",
    "teenager",
    "person",
    "teen",
    "mother",
    "father",
    "mum",
    "dad",
    "parent",
    "parents",
    "victim",
    "survivor",
    "woman",
    "man",
    "officer",
    "detective",
    "source",
    "resident",
    "pupil",
    "student",
    "caller",
    "listener",
    "viewer",
    "teacher",
    "worker",
    "nurse",
    "doctor",
    "expert",
    "campaigner",
    "friend",
    "neighbour",
    "relative",
    "member",
    "user",
    "youngster",
    "grandmother",
    "grandfather",
    "grandparent",
    "husband",
    "wife",
    "aunt",
    "uncle",
    "carer",
    "reader",
    "sister",
    "brother",
    "daughter",
    "son",
    "witness",
    "insider",
    "volunteer",
    "counsellor",
    "official",
    "spokesperson",
    "headteacher",
    "headmaster",
    "headmistress",
    "lecturer",
    "paramedic",
    "midwife",
    "pensioner",
    "schoolgirl",
    "schoolboy",
    "grandson",
    "granddaughter",
    "stepfather",
    "stepmother",
    "partner",
    "classmate",
    "coach",
    "driver",
    "farmer",
    "shopkeeper",
    "landlord",
    "vicar",
    "owner",
    "homeowner",
    "householder",
    "tenant",
    "trader",
    "businessman",
    "businesswoman",
    "manager",
    "employee",
    "customer",
    "shopper",
    "passenger",
    "commuter",
    "motorist",
    "cyclist",
    "pedestrian",
    "local",
];

pub(super) fn lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// What a lower-case word is, by the word lists above (a word may be several things).
#[derive(Debug, Default, Clone, Copy)]
struct Class {
    honorific: bool,
    role: bool,
    org: bool,
    not_name: bool,
    person_noun: bool,
}

/// Every listed word and what it is, so that a word is lower-cased and looked up once (with
/// the Fx hash: a fixed table of short words, looked up for most words a speaker reading weighs).
static CLASSES: LazyLock<FxHashMap<&'static str, Class>> = LazyLock::new(|| {
    let mut classes: FxHashMap<&'static str, Class> = FxHashMap::default();
    let mut mark = |words: &[&'static str], set: fn(&mut Class)| {
        for &w in words {
            set(classes.entry(w).or_default());
        }
    };
    mark(HONORIFICS, |c| c.honorific = true);
    mark(POLICE_RANKS, |c| c.role = true);
    mark(OTHER_ROLE_WORDS, |c| c.role = true);
    mark(ORG_WORDS, |c| c.org = true);
    mark(NOT_NAMES, |c| c.not_name = true);
    mark(&crate::extract::periods::WEEKDAYS, |c| c.not_name = true);
    mark(PERSON_NOUNS, |c| c.person_noun = true);
    classes
});

/// What a word (any case, punctuation around it ignored) is.
fn class_of(word: &str) -> Class {
    // Most words are short and ASCII: lower-cased on the stack, not in a new string (speaker
    // reading asks about every capitalised word of every paragraph).
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    let mut buf = [0u8; 32];
    let lower_on_stack = match buf.get_mut(..bare.len()) {
        Some(head) if bare.is_ascii() => {
            head.copy_from_slice(bare.as_bytes());
            head.make_ascii_lowercase();
            std::str::from_utf8(head).ok()
        }
        _ => None,
    };
    let owned;
    let lower = match lower_on_stack {
        Some(lower) => lower,
        None => {
            owned = lower(word);
            owned.as_str()
        }
    };
    let mut class = CLASSES.get(lower).copied().unwrap_or_default();
    class.role |= lower.starts_with("spokes");
    class
}

/// "Sir", "Dr", "Mr." and other honorifics.
pub fn is_honorific(word: &str) -> bool {
    class_of(word).honorific
}

/// A rank or job-title word, in any case: "Detective", "chief", "CEO".
pub fn is_role_word(word: &str) -> bool {
    class_of(word).role
}

/// A word that can title the person named after it: a rank or job title ([`is_role_word`]),
/// an office ([`is_office`]) or a word for a person ([`is_person_noun`]): "chief executive
/// Jo Bloggs", "Councillor Jo Bloggs", "pensioner Jo Bloggs", "journalist Jo Bloggs".
pub fn is_title_word(word: &str) -> bool {
    is_role_word(word) || is_office(word) || is_person_noun(word)
}

/// Every listed word [`is_title_word`] takes: what the job-title gate must let through.
#[cfg(test)]
pub fn listed_title_words() -> Vec<&'static str> {
    CLASSES.iter().filter(|(w, c)| c.role || c.person_noun || is_office(w)).map(|(w, _)| *w).collect()
}

/// A word that ends an organisation's name: "Police", "Office", "Foundation".
pub fn is_org_word(word: &str) -> bool {
    class_of(word).org
}

/// Common nouns a story uses to point back to a business or body it has named: "a
/// spokeswoman for the chain", "the company said", "Greggs, the bakery chain". Some of
/// them also say what a person does ([`ORG_OR_PERSON`]); none names a place.
const ORG_KINDS: &[&str] = &[
    "company",
    "firm",
    "chain",
    "retailer",
    "supermarket",
    "grocer",
    "business",
    "insurer",
    "lender",
    "bank",
    "operator",
    "provider",
    "supplier",
    "manufacturer",
    "airline",
    "carrier",
    "broadcaster",
    "publisher",
    "platform",
    "housebuilder",
    "franchise",
];

/// A lower-case noun for a kind of organisation that points back to one already named
/// ("the chain", "the insurer"); see [`ORG_KINDS`].
pub fn is_org_kind(word: &str) -> bool {
    ORG_KINDS.contains(&word)
}

/// Of [`ORG_KINDS`], those that also say what a person does: "Jo Bloggs, a local
/// retailer" or "a broadcaster" may be one woman.
const ORG_OR_PERSON: &[&str] =
    &["retailer", "grocer", "supplier", "manufacturer", "operator", "provider", "publisher", "broadcaster", "carrier"];

/// A noun for a kind of organisation that never describes a person: "Hollins, the bakery
/// chain" is a business, whatever its name looks like.
pub fn is_org_kind_only(word: &str) -> bool {
    is_org_kind(word) && !ORG_OR_PERSON.contains(&word)
}

/// A noun that can head the description of an unnamed person: a listed one, or a
/// lower-case word for a trade by its ending ("pharmacist", "optician").
pub fn is_person_noun(word: &str) -> bool {
    class_of(word).person_noun || is_trade_noun(word)
}

/// A lower-case noun for someone by their trade or calling, read from how it ends:
/// "dentist", "florist", "electrician", "physician". Verbs ending the same way ("insist",
/// "persist", "exist") and short words ("list", "wrist") are not, nor are compounds of
/// "list" ("checklist", "shortlist", "playlist", "enlist"): a trade ends in "-list" after a
/// vowel, "l" or "c" ("specialist", "journalist", "novelist", "medallist", "cyclist") or is
/// a "stylist".
fn is_trade_noun(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let list_compound = word
        .strip_suffix("list")
        .is_some_and(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u', 'l', 'c']) && !stem.ends_with("ty"));
    let ist = word.len() >= 6
        && word.ends_with("ist")
        && !word.ends_with("sist")
        && !word.ends_with("xist")
        && !list_compound;
    let ician = word.len() >= 7 && word.ends_with("ician");
    ist || ician
}

/// Words of a force's name that no area's name holds: "Kent Police", "Durham Constabulary".
pub(in crate::extract::quotes) const FORCE_WORDS: &[&str] = &["police", "constabulary", "force", "service"];

/// Letters after a name for a seat held in a legislature: "Jo Bloggs MP", "Alan Reece MSP",
/// a Manx member of the House of Keys or the Legislative Council ("MHK", "MLC"), an Irish TD.
/// Alone they say what the person is; beside another title they add nothing to it.
/// Each with the role it gives.
pub const MEMBERS_LETTERS: &[(&str, &str)] = &[
    ("MP", "MP"),
    ("MS", "Member of the Senedd"),
    ("MSP", "Member of the Scottish Parliament"),
    ("MLA", "Member of the Legislative Assembly"),
    ("MEP", "Member of the European Parliament"),
    ("AM", "Member of the Senedd"),
    ("MHK", "Member of the House of Keys"),
    ("MLC", "Member of the Legislative Council"),
    ("TD", "TD"),
];

/// Letters after a name for an honour or a standing: "Sir Owen Pryce KC", "Jane Smith OBE".
const HONOURS_LETTERS: &[&str] = &["QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "JP", "DL", "FRS", "PhD"];

/// Letters written after a person's name for an office or an honour: "Jo Bloggs MS", "Jane
/// Smith OBE". They name no organisation.
pub fn is_postnominal(word: &str) -> bool {
    is_members_letters(word) || HONOURS_LETTERS.contains(&word)
}

/// One of [`MEMBERS_LETTERS`]: a seat held, not an honour.
pub fn is_members_letters(word: &str) -> bool {
    MEMBERS_LETTERS.iter().any(|(letters, _)| *letters == word)
}

/// "not her real name", "whose name has been changed", "a pseudonym": the name before it
/// stands for a person who is not named.
pub fn is_name_changed(part: &str) -> bool {
    let lower = part.to_lowercase();
    (lower.contains("real name") && lower.starts_with("not "))
        || (lower.contains("name") && lower.contains("changed"))
        || lower.contains("pseudonym")
}

/// A word as names and titles are printed: its first letter, and any after a hyphen or an
/// apostrophe, in capitals, the rest in lower case ("O'NEILL" is "O'Neill", "DET" is "Det",
/// "council" is "Council").
pub fn title_case(word: &str) -> String {
    let mut after_break = true;
    let mut cased = String::with_capacity(word.len());
    for c in word.chars() {
        if after_break {
            cased.extend(c.to_uppercase());
        } else {
            cased.extend(c.to_lowercase());
        }
        after_break = matches!(c, '\'' | '-');
    }
    cased
}

/// An acronym standing for an organisation: "NSPCC", "OCET", "NSPCC's".
pub fn is_acronym(word: &str) -> bool {
    // As `trim_end_matches("'s").trim_end_matches("’s")`, without building a string
    // searcher for each (~2 instructions a byte of the index build: every capitalised word).
    let mut core = word;
    while let Some(rest) = core.strip_suffix("'s") {
        core = rest;
    }
    while let Some(rest) = core.strip_suffix("’s") {
        core = rest;
    }
    let core = core.trim_matches(|c: char| !c.is_alphanumeric());
    core.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && core.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        && !is_role_word(core)
        && !is_postnominal(core)
}

/// Particles that stand between the words of a name: Welsh "ap", "ab", "ferch" (son or
/// daughter of, "Llinos ap Dafydd"), Dutch, German and Romance "van", "von", "de", … ("Anna
/// van der Berg"), and the Irish and Scottish Gaelic ones, capitalised, "Ciara Ó Néill", "Máire
/// Ní Bhriain", "Seán Mac Giolla", "Eilidh Nic Dhòmhnaill".
pub(super) const NAME_PARTICLES: &[&str] = &[
    "ap", "ab", "ferch", "van", "von", "der", "den", "de", "du", "da", "di", "la", "le", "Ó", "Ní", "Nic", "Mac",
    "Mhic", "Uí", "Ua",
];

/// Whether a word is a particle between the words of a name ([`NAME_PARTICLES`]).
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

/// A word that can be part of a person's name: capitalised, made of letters (and `-`, `'`),
/// and neither a title, an organisation word nor a common capitalised word.
pub fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let shape = first.is_uppercase()
        && word.split('-').all(|seg| seg.starts_with(char::is_uppercase))
        && chars.clone().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && chars.any(|c| c.is_lowercase());
    if !shape {
        return false;
    }
    let class = class_of(word);
    !(class.honorific || class.role || class.org || class.not_name)
}

/// The whitespace-separated words of `text` with the byte offset of each, as
/// `split_whitespace` splits them.
pub fn words_with_offsets(text: &str) -> Vec<(usize, &str)> {
    // Each word is a slice of `text`, so its offset is the distance between their starts.
    let base = text.as_ptr() as usize;
    text.split_whitespace().map(|word| (word.as_ptr() as usize - base, word)).collect()
}

/// Grammatical gender, when a word reveals it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender a word of a speaker phrase reveals: "Mr", "spokeswoman", "she".
pub fn gender_of_word(word: &str) -> Option<Gender> {
    match lower(word).as_str() {
        "mr" | "sir" | "lord" | "baron" | "he" | "spokesman" | "chairman" | "father" | "boy" | "man" | "son"
        | "brother" | "dad" | "grandfather" | "grandad" | "granddad" | "grandpa" | "postman" | "milkman" | "binman"
        | "fisherman" | "policeman" | "fireman" | "husband" | "uncle" | "grandson" | "nephew" | "stepson"
        | "stepfather" | "boyfriend" | "fiance" | "fiancé" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "baroness" | "she" | "spokeswoman" | "chairwoman" | "mother"
        | "girl" | "woman" | "daughter" | "sister" | "mum" | "grandmother" | "gran" | "grandma" | "granny"
        | "postwoman" | "policewoman" | "wife" | "aunt" | "granddaughter" | "niece" | "stepdaughter" | "stepmother"
        | "girlfriend" | "fiancee" | "fiancée" => Some(Gender::Female),
        _ => None,
    }
}

/// Places whose names open with a first name and go on with a word that could be a surname
/// ("Bradley Stoke", a town by Bristol), too small for the gazetteer of council areas and
/// large towns: read as one name, they are no person.
const PLACES_NAMED_LIKE_PEOPLE: &[&str] =
    &["Bradley Stoke", "Leigh Park", "Stanley Park", "Victoria Park", "Kirkby Stephen", "Chester Moor"];

/// Whether a name is that of a business or a place named like a person
/// ([`super::context::is_business_named_like_a_person`], [`PLACES_NAMED_LIKE_PEOPLE`]).
pub fn named_like_a_person(name: &str) -> bool {
    super::context::is_business_named_like_a_person(name)
        || PLACES_NAMED_LIKE_PEOPLE.iter().any(|p| p.eq_ignore_ascii_case(name))
}

/// Whether a name of a business or place named like a person ("Jack Wills", "Stanley Park")
/// is a person's all the same, by the words around it: an age or a home town after it
/// ("Jack Wills, 19, from Swindon"), or "he", "she", "his" or "her" in its `sentence` ("Ted
/// Baker was asleep when burglars broke into his home"). A business is "it"; a person is
/// told of so.
pub fn marked_as_a_person(after: &str, sentence: &str) -> bool {
    static AGED_OR_FROM: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(r"^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,|\(\d{1,3}\)|,\s*(?:from|of)\s+[A-Z])")
    });
    static PRONOUN: LazyLock<Regex> =
        LazyLock::new(|| crate::extract::numbers::compile(r"(?i)\b(?:he|she|his|her|him|himself|herself)\b"));
    AGED_OR_FROM.is_match(after) || PRONOUN.is_match(sentence)
}

/// `s` with every "the " opening it dropped, then every "The ": what
/// `s.trim_start_matches("the ").trim_start_matches("The ")` gives, without building two
/// string searchers (force lookups run on every speaker's words).
pub fn without_the(s: &str) -> &str {
    let mut s = s;
    while let Some(rest) = s.strip_prefix("the ") {
        s = rest;
    }
    while let Some(rest) = s.strip_prefix("The ") {
        s = rest;
    }
    s
}

/// Is this text the name of a police force (or one of its other names)?
pub fn force_named(words: &str) -> Option<&'static str> {
    let words = without_the(words.trim());
    if let Some(place) = places::by_alias(words).filter(|p| p.scope == places::Scope::Force) {
        return Some(place.name);
    }
    let mentions = places::mentions(words);
    let only = mentions.first().filter(|_| mentions.len() == 1)?;
    let rest: String = format!("{} {}", &words[..only.range.start], &words[only.range.end..]);
    let rest_is_filler = rest.split_whitespace().all(|w| {
        let w = lower(w);
        FORCE_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "the" | "of" | "area" | "s")
    });
    (only.place.scope == places::Scope::Force && rest_is_filler).then_some(only.place.name)
}

/// The force some words name, as [`force_named`], but by its new name when the words print
/// the new name of a force that was renamed ("Hampshire and Isle of Wight Constabulary"):
/// a quote's organisation is the one the article names. Keys stay on the canonical name.
pub fn force_as_printed(words: &str) -> Option<&'static str> {
    let force = force_named(words)?;
    let printed = without_the(words.trim());
    let renamed = places::RENAMED.iter().find(|(old, new)| *old == force && new.eq_ignore_ascii_case(printed));
    Some(renamed.map_or(force, |(_, new)| *new))
}

/// The key that groups every quote of one speaker across articles.
///
/// For a person it is the surname, lower-cased, so "Owen Pryce", "Sir Owen Pryce",
/// "Mr Pryce" and "NCWT chief executive Owen Pryce" all give `pryce` (two people
/// who share a surname share a key; the full name is kept in each quote). For a
/// spokesperson it is the organisation (forces by their canonical name) and `spokesperson`;
/// for an organisation, its name; for a description, its words without the article.
pub fn speaker_key(name: &str) -> String {
    let cleaned: String = name.chars().map(|c| if c == '’' { '\'' } else { c }).filter(|c| !c.is_control()).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.iter().any(|w| lower(w).starts_with("spokes")) {
        let org: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| {
                !lower(w).starts_with("spokes") && !matches!(lower(w).as_str(), "a" | "an" | "the" | "for" | "from")
            })
            .collect();
        let org = org.join(" ");
        let org = force_named(&org).map(str::to_string).unwrap_or(org);
        return format!("{} spokesperson", org.to_lowercase()).trim().to_string();
    }
    if let Some(force) = force_named(&cleaned) {
        return force.to_lowercase();
    }
    let starts_lower = words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    let people = people_words(&words);
    match people.last() {
        Some(surname) if !starts_lower => surname.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase(),
        _ => {
            let kept: Vec<String> = words
                .iter()
                .map(|w| lower(w))
                .filter(|w| !w.is_empty() && !matches!(w.as_str(), "a" | "an" | "the" | "one"))
                .collect();
            kept.join(" ")
        }
    }
}

/// The name words of a phrase: capitalised words that are not titles or organisations.
fn people_words<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words.iter().copied().filter(|w| is_name_word(w.trim_matches(|c: char| c == ',' || c == '.'))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_capitalises_a_word_and_each_part_after_a_hyphen_or_apostrophe() {
        assert_eq!(title_case("O'HALLORAN-BRYCE"), "O'Halloran-Bryce");
        assert_eq!(title_case("SUPT"), "Supt");
        assert_eq!(title_case("partnership"), "Partnership");
        assert_eq!(title_case("élodie"), "Élodie");
        assert_eq!(title_case(""), "");
    }

    #[test]
    fn words_come_with_their_byte_offsets_as_split_whitespace_splits_them() {
        for text in ["", "  ", "Amy Lee’s  son\u{a0}Fergus ", "é à\tb", "one"] {
            let got = words_with_offsets(text);
            let words: Vec<&str> = got.iter().map(|&(_, w)| w).collect();
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
            assert!(got.iter().all(|&(at, w)| text.get(at..at + w.len()) == Some(w)), "{text:?}");
        }
    }

    #[test]
    fn a_words_class_is_the_same_lowered_on_the_stack_or_in_a_string() {
        let by_string = |word: &str| {
            let lower = lower(word);
            let mut class = CLASSES.get(lower.as_str()).copied().unwrap_or_default();
            class.role |= lower.starts_with("spokes");
            class
        };
        for word in [
            "Chief",
            "chief,",
            "\"Superintendent",
            "Spokeswoman.",
            "COUNCILLOR",
            "Zoë",
            "Héloïse",
            "ÉTÉ",
            "",
            "'",
            "Mr.",
            "Inspector-General",
            "abcdefghijklmnopqrstuvwxyzabcdefgh",
            "Pneumonoultramicroscopicsilicovolcanoconiosis",
            "Police",
            "Trust",
            "Victim",
            "mum",
        ] {
            assert_eq!(format!("{:?}", class_of(word)), format!("{:?}", by_string(word)), "{word:?}");
        }
    }

    #[test]
    fn one_person_has_one_key_however_named() {
        for name in [
            "Owen Pryce",
            "Sir Owen Pryce",
            "Mr Pryce",
            "NCWT chief executive Owen Pryce",
            "CEO Owen Pryce",
            "Chief executive Sir Owen Pryce",
            "Owen Pryce, NCWT chief executive",
        ] {
            assert_eq!(speaker_key(name), "pryce", "{name}");
        }
        for name in ["Marion Tate", "Dame Marion Tate", "Ms Tate", "Lanyard Trust chair Marion Tate"] {
            assert_eq!(speaker_key(name), "tate", "{name}");
        }
        assert_eq!(speaker_key("Det Supt Anne-Marie Pell"), "pell");
        assert_eq!(speaker_key("Sgt Rob Haldane"), "haldane");
    }

    #[test]
    fn spokespeople_key_by_their_organisation() {
        assert_eq!(speaker_key("Durham Constabulary spokesperson"), "durham constabulary spokesperson");
        assert_eq!(speaker_key("a spokesman for Durham Police"), "durham constabulary spokesperson");
        assert_eq!(speaker_key("Cleveland Police spokeswoman"), "cleveland police spokesperson");
        assert_eq!(speaker_key("spokesperson"), "spokesperson");
    }

    #[test]
    fn organisations_and_descriptions_key_by_their_words() {
        assert_eq!(speaker_key("NSPCC"), "nspcc");
        assert_eq!(speaker_key("Cleveland Police"), "cleveland police");
        assert_eq!(speaker_key("one mother who rang Parentwise"), "mother who rang parentwise");
    }

    #[test]
    fn titles_are_not_name_words() {
        for w in ["Sir", "Detective", "Supt", "CEO", "Police", "The", "NSPCC", "Office"] {
            assert!(!is_name_word(w), "{w}");
        }
        for w in ["Owen", "Anne-Marie", "O'Brien", "Pryce"] {
            assert!(is_name_word(w), "{w}");
        }
        assert!(is_acronym("NSPCC") && is_acronym("NSPCC's") && !is_acronym("CEO") && !is_acronym("A"));
        assert!(!is_acronym("MS") && !is_acronym("OBE") && !is_acronym("KC,"));
    }

    #[test]
    fn a_trade_is_read_from_its_ending_but_a_compound_of_list_is_no_trade() {
        for w in ["dentist", "specialist", "journalist", "novelist", "medallist", "cyclist", "stylist", "optician"] {
            assert!(is_person_noun(w), "{w}");
        }
        for w in ["checklist", "shortlist", "playlist", "waitlist", "enlist", "blacklist", "watchlist", "insist"] {
            assert!(!is_person_noun(w), "{w}");
        }
    }

    #[test]
    fn force_names_resolve_through_the_gazetteer() {
        assert_eq!(force_named("Durham Police"), Some("Durham Constabulary"));
        assert_eq!(force_named("the Met"), Some("Metropolitan Police"));
        assert_eq!(force_named("Suffolk police"), Some("Suffolk Constabulary"));
        assert_eq!(force_named("NSPCC"), None);
        let renamed = places::RENAMED[0];
        assert_eq!(force_as_printed(renamed.1), Some(renamed.1));
        assert_eq!(force_as_printed(renamed.0), Some(renamed.0));
        assert_eq!(force_named(renamed.1), Some(renamed.0));
    }
}
