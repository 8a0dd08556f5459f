//! What the article has said so far, used to resolve "he", "Sgt Haldane", "the charity",
//! "the force" and a bare "A spokesperson" to a speaker.

/// The posts a word for a kind of post covers, read from the words of a role: "detective" any
/// detective's rank ("Detective Sergeant", "Det Ch Insp", "DCI"), "officer" any police rank
/// ("Sergeant", "Chief Inspector"; not an officer of another service, "chief fire officer"),
/// "councillor" a councillor's title ("Cllr").
fn post_of_kind(kind: &str) -> Option<fn(&[String]) -> bool> {
    const DETECTIVE_RANKS: &[&str] = &["detective", "det", "dc", "ds", "di", "dci", "dcs", "dsupt", "dsu"];
    match kind {
        "detective" => Some(|words| words.first().is_some_and(|w| DETECTIVE_RANKS.contains(&w.as_str()))),
        "officer" | "police officer" => {
            Some(|words| words.iter().any(|w| w != "officer" && super::names::POLICE_RANKS.contains(&w.as_str())))
        }
        "councillor" => Some(|words| words.iter().any(|w| w == "councillor" || w == "cllr")),
        _ => None,
    }
}

#[cfg(test)]
use std::cell::Cell;
use std::cell::{OnceCell, RefCell};
// Fx, not SipHash: these maps are memos and indexes keyed by an article's own words, never
// iterated.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_org_word, is_person_noun, Gender};
use super::speaker::{is_charity_branch, OrgRef, Who};
use crate::extract::places::{self, Mention, ParagraphPlaces, Scope};

/// A speaker as printed in a [`crate::model::Quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
}

/// A position in the article: text paragraph number and char offset within it.
pub type At = (usize, usize);

/// Someone who has spoken or been named as speaking.
#[derive(Debug, Clone)]
struct Known {
    at: At,
    resolved: Resolved,
    surname: Option<String>,
    gender: Option<Gender>,
    /// Named with a judge's title when first named.
    judge: bool,
    /// How this mention came up.
    noted: Noted,
}

/// How a person came up where the text mentions them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Noted {
    /// Quoted, reported as speaking ("Jo Bloggs said the figures …"), or named as acting or
    /// as a sentence's subject ("Jo Bloggs led the inquiry").
    #[default]
    Speaking,
    /// Singled out of a group by a description, neither named nor speaking ("Among the
    /// victims was a man in his 80s").
    SingledOut,
    /// Named after a job title in passing ("proposed by Councillor Jo Bloggs"): see
    /// [`Context::note_titled`].
    Titled,
}

/// Whose voice a quote's words are in, as far as they say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// Words of someone speaking for the police or another body to the public: "our
    /// officers", "ring us on 101", "I would urge anyone", "we will find".
    Official,
    /// Words about oneself, in the first person singular: "I thought I had found someone",
    /// "my savings", "I rang 999". They are the speaker's own whatever else they hold.
    Personal,
    /// Neither.
    Neutral,
}

/// Phrases only someone speaking for the police or another body uses. Numbers to ring, "the
/// policing" and "our team" are not among them: a victim speaks of ringing 999 and of the
/// policing where they live, and has a team of their own.
const OFFICIAL: &[&str] = &[
    "our officers",
    "my officers",
    "our detectives",
    "our investigation",
    "our enquiries",
    "our inquiries",
    "contact us",
    "call us",
    "ring us",
    "report it to us",
    "anyone with information",
    "anyone who has information",
    "would urge",
    "would encourage",
    "would appeal",
    "would ask anyone",
    "would ask people",
    "would ask the public",
    "we will find",
    "we will pursue",
    "we will not tolerate",
    "we will track",
    "we have arrested",
    "we have charged",
    "we have recovered",
    "before the courts",
    "crimestoppers",
];

/// Verbs of an appeal, as word stems: "come forward" after one ("we are appealing for
/// anyone who saw it to come forward", "I urge witnesses to come forward") is an officer's;
/// alone ("I hope others come forward") it may be anyone's.
const APPEALS: &[&str] = &["urg", "appeal", "encourag", "ask"];

/// Words after a first-person word that make it official, not personal: "I would urge",
/// "I'd ask", "my officers", "my colleagues".
const FIRST_PERSON_OFFICIAL: &[&str] =
    &["would", "urge", "ask", "appeal", "encourage", "officers", "detectives", "colleagues", "force"];

/// The [`Voice`] of a quote's words. Words about the speaker come first: a victim's "I just
/// hope others come forward" holds an officer's phrase but is in the victim's voice; a
/// first-person word opening an officer's phrase ("I would urge anyone", "my officers") is
/// none of the speaker's own.
fn voice(words: &str) -> Voice {
    let lower = words.to_lowercase().replace('’', "'");
    let tokens: Vec<&str> =
        lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()).collect();
    let personal = tokens.iter().enumerate().any(|(i, w)| {
        matches!(*w, "i" | "i'm" | "i've" | "i'd" | "i'll" | "my" | "me" | "myself" | "mine")
            && !tokens.get(i + 1).is_some_and(|next| FIRST_PERSON_OFFICIAL.contains(next))
    });
    if personal {
        return Voice::Personal;
    }
    let appeal = |before: &str| {
        before.split(|c: char| !c.is_alphanumeric()).any(|w| APPEALS.iter().any(|stem| w.starts_with(stem)))
    };
    let come_forward = lower.find("come forward").is_some_and(|at| appeal(lower.get(..at).unwrap_or("")));
    if come_forward || OFFICIAL.iter().any(|w| lower.contains(w)) {
        Voice::Official
    } else {
        Voice::Neutral
    }
}

/// Words a spokesperson's "I" or "my" comes with: of the body they speak for ("we", "our
/// officers", "my team", "the force"), of an appeal ("anyone with information") or of
/// sympathy ("my thoughts are with").
const OFFICE_WORDS: &[&str] = &[
    "we",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "our",
    "us",
    "force",
    "officers",
    "officer",
    "team",
    "inquiries",
    "inquiry",
    "investigation",
    "anyone",
    "information",
    "public",
    "community",
    "colleagues",
    "thoughts",
    "patients",
    "customers",
    "staff",
    "members",
    "residents",
];

/// Whether quoted words hold any word of an office ([`OFFICE_WORDS`], [`OFFICIAL`]): then
/// a first-person word in them may be a spokesperson's own.
fn words_of_an_office(words: &str) -> bool {
    let lower = words.to_lowercase().replace('’', "'");
    lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|w| OFFICE_WORDS.contains(&w))
        || OFFICIAL.iter().any(|w| lower.contains(w))
}

/// How many paragraphs back "he" or "she" may reach for the person meant.
const PRONOUN_REACH: usize = 3;

/// Charities reporters name.
const CHARITY_NAMES: [&str; 37] = [
    "NSPCC",
    "Barnardo's",
    "Barnardo’s",
    "Childline",
    "ChildLine",
    "Internet Watch Foundation",
    "IWF",
    "Action for Children",
    "The Children's Society",
    "Save the Children",
    "Women's Aid",
    "Refuge",
    "Victim Support",
    "Samaritans",
    "Marie Collins Foundation",
    "Lucy Faithfull Foundation",
    "Stop It Now",
    "Catch22",
    "Rape Crisis",
    "Childnet",
    "5Rights",
    "Molly Rose Foundation",
    "Kidscape",
    "YoungMinds",
    "Young Minds",
    "Crimestoppers",
    "Missing People",
    "The Survivors Trust",
    "NAPAC",
    "SafeLives",
    "Brook",
    "Mind",
    "Shelter",
    // Named after their founders: a first name and a surname that are no one speaking.
    "Marie Curie",
    "Sue Ryder",
    "Leonard Cheshire",
    "Marie Stopes",
];

/// Bodies reporters name by a name holding no word for a body, that are no charity: "the
/// charity" never means them. Action Fraud is the national fraud reporting centre, run by
/// the City of London Police; Internet Matters is an industry-funded not-for-profit company
/// and Parent Zone a social enterprise.
const NAMED_BODIES: [&str; 3] = ["Action Fraud", "Internet Matters", "Parent Zone"];

/// Businesses named after a person, first name and surname, that stories of thefts and
/// raids name as the business ("Eddie Stobart lorries were stolen", "Hugo Boss reported
/// losses"): the name is no person's, and a later "he said" is not the business speaking.
const BUSINESSES_NAMED_LIKE_PEOPLE: &[&str] = &[
    "Eddie Stobart",
    "Hugo Boss",
    "Jimmy Choo",
    "Louis Vuitton",
    "Victor Chandler",
    "Harvey Nichols",
    "Dorothy Perkins",
    "Toby Carvery",
    "Ernest Jones",
    "Ted Baker",
    "Laura Ashley",
    "Karen Millen",
    "Calvin Klein",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Ben Sherman",
    "Jack Wills",
    "Bobbi Brown",
    "Frankie & Benny's",
];

/// A business named like a person ([`BUSINESSES_NAMED_LIKE_PEOPLE`]), as written.
pub(super) fn is_business_named_like_a_person(name: &str) -> bool {
    BUSINESSES_NAMED_LIKE_PEOPLE.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// A charity reporters name, as written ("Barnardo's", any case).
pub(super) fn is_charity(name: &str) -> bool {
    CHARITY_NAMES.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// An organisation reporters name whose name alone says so ("Barnardo's", "Action Fraud"):
/// a charity or one of the [`NAMED_BODIES`]. Its name is no person's and may stand for the
/// organisation a speaker belongs to.
pub(super) fn is_known_org(name: &str) -> bool {
    // The names, ASCII-lower-cased, in one set: asked about every run of capitalised words a
    // speaker's words hold. Two names are equal in ASCII case when their ASCII-lower-cased
    // bytes are, so a name short enough to lower-case on the stack is one lookup.
    static KNOWN: LazyLock<rustc_hash::FxHashSet<Vec<u8>>> = LazyLock::new(|| {
        CHARITY_NAMES
            .iter()
            .chain(NAMED_BODIES.iter())
            .chain(BUSINESSES_NAMED_LIKE_PEOPLE.iter())
            .map(|n| n.as_bytes().to_ascii_lowercase())
            .collect()
    });
    // No known name is longer than the buffer, so a longer name is none of them.
    let mut buf = [0u8; 64];
    let Some(lowered) = buf.get_mut(..name.len()) else {
        return false;
    };
    lowered.copy_from_slice(name.as_bytes());
    lowered.make_ascii_lowercase();
    KNOWN.contains(&*lowered)
}

/// A capitalised word that closes an organisation's name, whose initials the article may
/// use after it ("the British Retail Consortium" ... "the BRC"): an organisation word
/// ("Association", "Council", "Trust") or a few more that close bodies' names. "Company"
/// is left out: a firm's name is as often a place and a trade ("Bristol Bus Company") whose
/// initials are another, better-known body's.
fn ends_an_org_name(word: &str) -> bool {
    is_org_word(word)
        || ["Consortium", "Service", "Confederation", "Corporation", "Institution", "Fund"].contains(&word)
}

/// Charities named in a text; "the charity" means the one named last. A known charity's
/// name takes in the federation it heads and the nation of its branch ("Women's Aid
/// Federation Northern Ireland", "Barnardo's Cymru"); any other name ending in "Charity"
/// is one ("the Fairhaven Youth Charity"), and so is a name after the word, in lower case
/// or opening a sentence ("the charity Leeway", "Charity Age Cymru said").
static CHARITY: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = CHARITY_NAMES.iter().map(|k| regex::escape(k)).collect();
    let source = format!(
        r"\b(?P<known>(?:{})(?:\s+(?:Federation|Association|Network))?(?:\s+(?:Northern\s+Ireland|Scotland|Cymru|Wales|England))?)\b|(?:charity|charities|Charity)\s+(?P<after>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}})|(?P<before>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}}),\s+(?:a|the)\s+(?:[\w'’-]+\s+){{0,3}}charity|(?:[Tt]he\s+)?(?P<titled>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}}\s+Charity)\b",
        names.join("|")
    );
    Regex::new(&source).unwrap_or_else(|e| panic!("charity pattern: {e}"))
});

/// Words before a charity's name that make it the one someone turned to, not one that
/// speaks: "a girl who contacted Childline", "told Childline", "children tell Childline".
static CONTACTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:tell|tells|told|contact|contacts|contacted|contacting|call|calls|called|calling|ring|rings|rang|ringing|phone|phones|phoned|text|texts|texted|email|emails|emailed|approach|approaches|approached|writes?\s+to|wrote\s+to)\s+(?:the\s+)?$",
    )
});

/// Whether the charity named at byte `at` is one someone turned to ([`CONTACTED`]) in a
/// sentence where someone speaks: "One boy who rang Childline said: …", "“Teenagers tell
/// Childline …,” said Dana Okafor, the charity's policy officer". That charity is the one
/// the speaker turned to, and is not the one "the charity" means after it. In a sentence of
/// the writer's own ("Parents who contact the NSPCC are often frightened.", "Calls the
/// NSPCC received rose"), it is what the story is about, and "the charity said" after it is
/// that charity speaking.
fn contacted_by_a_speaker(norm: &str, sentences: &std::cell::OnceCell<Vec<std::ops::Range<usize>>>, at: usize) -> bool {
    let before = norm.get(..at).unwrap_or("");
    if !CONTACTED.is_match(before) {
        return false;
    }
    // The paragraph is split into sentences once, when the first such charity is met, so the
    // work per charity is that of its own sentence however long the paragraph.
    let sentences = sentences.get_or_init(|| crate::extract::sentences::split(norm));
    let index = sentences.partition_point(|r| r.end <= at);
    let sentence = sentences.get(index).and_then(|r| norm.get(r.clone())).unwrap_or("");
    sentence.contains('"') || super::attribution::has_speech_verb(sentence)
}

/// A body of its own, not a unit inside a force, that a police officer may speak for: "the
/// National Crime Agency", "the Police Chiefs' Council", "the College of Policing", "the
/// Home Office", "the NPCC".
fn is_body(org: &str) -> bool {
    const BODIES: &[&str] =
        &["council", "college", "agency", "office", "authority", "commission", "federation", "association", "ministry"];
    // National policing bodies known by their initials: "the NPCC lead for knife crime".
    const INITIALS: &[&str] = &["npcc", "nca", "iopc", "hmicfrs", "ceop"];
    let words: Vec<String> =
        org.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    match words.as_slice() {
        [word] => INITIALS.contains(&word.as_str()),
        _ => words.len() >= 2 && words.iter().any(|w| BODIES.contains(&w.as_str())),
    }
}

/// Whether a role is one that heads or runs part of an organisation ("CEO", "chief
/// executive", "its director of policy", "head of child safety"): its holder speaks for it.
fn leads_an_organisation(role: &str) -> bool {
    const LEADS: &[&str] = &[
        "ceo",
        "chief executive",
        "director",
        "head",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "founder",
        "co-founder",
        "president",
        "manager",
    ];
    let words: Vec<String> = role.split_whitespace().map(|w| w.trim_matches(',').to_lowercase()).collect();
    // A head teacher heads a school, which is no organisation named near them.
    if words.windows(2).any(|w| w[0] == "head" && w[1] == "teacher") {
        return false;
    }
    LEADS.iter().any(|lead| {
        let lead: Vec<&str> = lead.split(' ').collect();
        words.windows(lead.len()).any(|w| w.iter().zip(&lead).all(|(a, b)| a == b))
    })
}

/// A Police and Crime Commissioner (or a Police, Fire and Crime one, or a deputy), who is
/// elected for one force's area.
fn is_commissioner(role: Option<&str>) -> bool {
    role.is_some_and(|r| r.to_lowercase().contains("crime commissioner"))
}

/// Where the forces a paragraph names stand, and the one it opens with as its subject.
#[derive(Debug, Default)]
struct Forces {
    /// Forces named, by char offset.
    named: Vec<(usize, &'static str)>,
    /// The force the paragraph opens with, as its subject ("Durham Constabulary recorded ...").
    subject: Option<&'static str>,
}

/// Char offset of a byte offset.
fn char_at(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

/// [`char_at`] for many byte offsets of one text, counted on from the last one asked for
/// rather than from the start each time: for offsets in order, the work is the text's length
/// all told, not its length for each offset.
pub(super) struct CharCounter<'t> {
    text: &'t str,
    /// The last byte offset counted to, and its char offset.
    counted: (usize, usize),
}

impl<'t> CharCounter<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        CharCounter { text, counted: (0, 0) }
    }

    /// The char offset of `byte`, as [`char_at`] gives it.
    pub(super) fn at(&mut self, byte: usize) -> usize {
        let (from, chars) = self.counted;
        if !self.text.is_char_boundary(byte) {
            return 0;
        }
        let chars = match self.text.get(from..byte) {
            Some(between) => chars + between.chars().count(),
            None => char_at(self.text, byte),
        };
        self.counted = (byte, chars);
        chars
    }
}

impl Forces {
    /// The forces of `norm`, from its gazetteer `mentions` ([`places::mentions`] of it).
    fn read(norm: &str, mentions: &[Mention]) -> Self {
        let mut chars = CharCounter::new(norm);
        let named: Vec<(usize, &'static str)> = mentions
            .iter()
            .filter(|m| m.place.scope == Scope::Force)
            .map(|m| (chars.at(m.range.start), m.place.name))
            .collect();
        let lead = norm.trim_start();
        let lead_skip = norm.len() - lead.len();
        let opener =
            ["The ", "In ", "the "].iter().find_map(|w| lead.strip_prefix(w)).map_or(0, |rest| lead.len() - rest.len());
        let subject = named.first().filter(|(pos, _)| *pos <= char_at(norm, lead_skip + opener)).map(|&(_, name)| name);
        Forces { named, subject }
    }
}

/// Any text [`CHARITY`] can match holds one of these words: a literal search for them is far
/// cheaper than the pattern, whose "Name, a charity" branch has no literal to look for.
static CHARITY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> =
        CHARITY_NAMES.iter().chain(["charit", "Charity"].iter()).map(|k| regex::escape(k)).collect();
    Regex::new(&words.join("|")).unwrap_or_else(|e| panic!("charity words: {e}"))
});

/// A local authority's name: "Council" after a word for its kind ("Hull City Council",
/// "Kent County Council", "Northby Borough Council") or after the name of a place: a force's
/// area, a council area or city, a London borough ("Cardiff Council", "Camden Council",
/// "City of Edinburgh Council"). A name of an area ambiguous elsewhere ("Angus", "Highland")
/// is one here: "Council" after it says what it is.
pub(super) fn is_local_council(name: &str) -> bool {
    const KINDS: &[&str] = &["County", "Borough", "City", "District", "Town", "Parish", "Metropolitan", "Unitary"];
    let Some(before) = name.strip_suffix("Council").map(str::trim_end) else { return false };
    let words: Vec<&str> = before.split_whitespace().collect();
    // A kind alone ("Borough Council") names no one council.
    let named = words.iter().any(|w| !KINDS.contains(w) && *w != "of");
    if !named || words.len() > 5 {
        return false;
    }
    let whole = |range: &std::ops::Range<usize>| range.start == 0 && range.end == before.len();
    words.iter().any(|w| KINDS.contains(w))
        || places::by_alias(before).is_some()
        || places::all_area_mentions(before).iter().any(|m| whole(&m.range))
        || places::borough_mentions(before).iter().any(|(m, _)| whole(&m.range))
}

/// Charities named in a paragraph, by char offset.
fn read_charities(norm: &str) -> Vec<(usize, String)> {
    if !CHARITY_WORDS.is_match(norm) {
        return Vec::new();
    }
    let sentences = std::cell::OnceCell::new();
    // Char offsets are counted on from the last match, not from the start each time.
    let mut chars = CharCounter::new(norm);
    CHARITY
        .captures_iter(norm)
        .filter(|c| c.get(0).is_none_or(|m| !contacted_by_a_speaker(norm, &sentences, m.start())))
        .filter(|c| c.name("titled").is_none_or(|m| !name_goes_on(norm.get(m.end()..).unwrap_or(""))))
        // "Jo Bloggs, the charity's policy officer": a person described by the charity they
        // work for, not a charity named by a description after it.
        .filter(|c| {
            let after = c.get(0).and_then(|m| norm.get(m.end()..)).unwrap_or("");
            c.name("before").is_none() || !(after.starts_with("'s") || after.starts_with("’s"))
        })
        .filter(|c| !names_the_regulator(c))
        .filter(|c| c.name("after").is_none_or(|m| !titles_a_person(norm.get(m.start()..).unwrap_or(""))))
        .filter_map(|c| {
            let m = c
                .name("known")
                .or_else(|| c.name("after"))
                .or_else(|| c.name("before"))
                .or_else(|| c.name("titled"))?;
            let name = m.as_str().replace('’', "'");
            let name = if name.eq_ignore_ascii_case("childline") { "Childline".to_string() } else { name };
            Some((chars.at(m.start()), name))
        })
        .collect()
}

/// "Charity Commission inspectors": a sentence opening on "Charity" and a word that ends
/// the name of a body names that body, not a charity ("Charity Age Concern said" does).
fn names_the_regulator(c: &regex::Captures) -> bool {
    let opens_capitalised = c.get(0).is_some_and(|m| m.as_str().starts_with("Charity"));
    let first = c.name("after").and_then(|m| m.as_str().split_whitespace().next());
    opens_capitalised && first.is_some_and(is_org_word)
}

/// How many words before "Council" [`last_body_named`] reads for a council's name: more than
/// any name [`is_local_council`] takes (five words and "Council"), so a longer run of
/// capitalised words cut short here is still one too long to be a council's.
const NAME_WINDOW: usize = 12;

/// The last `n` words of `text` (whitespace-separated), or all of it when it has fewer: read
/// from the end, so the cost is that of the words kept.
fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (b, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return text.get(b..).unwrap_or(text);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// The names holding `word` ("Trust") in `text`, in the order named. Each is read from the
/// words just before its `word` and those after it up to the next `word`, so the text is
/// read once however often it holds the word. A council's name ends with its word ("Hull
/// City Council"); another body's may go on ("Safer Roads Partnership for Northumbria").
fn bodies_named(text: &str, word: &str) -> Vec<String> {
    let found: Vec<(usize, usize)> = text
        .match_indices(word)
        .map(|(b, m)| (b, b + m.len()))
        .filter(|&(_, end)| !text.get(end..).unwrap_or("").starts_with(char::is_alphanumeric))
        .collect();
    found
        .iter()
        .enumerate()
        .filter_map(|(i, &(_, end))| {
            let start = end - last_words(text.get(..end)?, NAME_WINDOW).len();
            let next = if word == "Council" { end } else { found.get(i + 1).map_or(text.len(), |&(b, _)| b) };
            last_body_named(text.get(start..next)?, word)
        })
        .collect()
}

/// Unions of states: no union a spokesman speaks for ("since the UK left the European
/// Union … a spokesman for the union").
const UNIONS_OF_STATES: &[&str] = &["European Union", "African Union", "Soviet Union"];

/// How many people named in passing one paragraph's mentions may note: see
/// [`Context::note_reported`].
pub const NOTED_PER_PARAGRAPH: usize = 40;

/// How many paragraphs before a spokesperson "for the trust" are read for the trust named.
const BODY_REACH: usize = 5;

/// "Charity Chief Executive Mark Lee said", "Charity Fundraiser Of The Year Jo Smith": the
/// capitalised words after "Charity" (`after`, to the end of the text) open on a job title or
/// end in a person's name (a known first name and one more word), so they name a person
/// with a title, not a charity.
fn titles_a_person(after: &str) -> bool {
    let run: Vec<&str> = after
        .split_whitespace()
        .take(10)
        .scan(true, |going, w| {
            let keep = *going && w.starts_with(char::is_uppercase);
            *going = keep && !w.ends_with([',', '.', ';', ':', '!', '?']);
            keep.then_some(w)
        })
        .map(|w| w.trim_end_matches([',', '.', ';', ':', '!', '?']))
        .collect();
    let titled = run.first().is_some_and(|w| super::names::is_role_word(w));
    let named = match run.as_slice() {
        [.., first, _] => super::names::first_name_gender(first).is_some(),
        _ => false,
    };
    titled || named
}

/// The last name in `text` of capitalised words that holds `word` ("Council"): "Northby
/// Borough Council", "Women's Aid Federation Northern Ireland", "Gwent Police and Crime
/// Panel". "of", "for", "and" and "&" may join its words; an article, a quote mark or a
/// comma ends it. A lone `word` is no name.
pub(super) fn last_body_named(text: &str, word: &str) -> Option<String> {
    if !text.contains(word) {
        return None;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let core = |t: &str| -> String {
        let t = t.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
        t.strip_suffix("'s").unwrap_or(t).to_string()
    };
    let capital = |t: &str| t.starts_with(char::is_uppercase) && !matches!(t, "The" | "A" | "An");
    let punctuated = |t: &str| t.ends_with([',', '.', ';', ':', '!', '?', ')']);
    let ends = |t: &str| punctuated(t) || t.ends_with("'s");
    let joins = |t: &str| matches!(t, "of" | "for" | "and" | "&");
    let at = tokens.iter().rposition(|t| core(t) == word)?;
    // Before the word, a possessive is part of the name ("Women's Aid Federation").
    let mut start = at;
    while start > 0 {
        let prev = tokens[start - 1];
        if capital(prev) && !punctuated(prev) && !prev.starts_with(['"', '(']) {
            start -= 1;
        } else if prev.starts_with('(') && capital(prev.trim_start_matches('(')) && !punctuated(prev) {
            // "(Swindon Borough Council)": the bracket opens the name.
            start -= 1;
            break;
        } else if joins(prev) && start >= 2 && capital(tokens[start - 2]) && !punctuated(tokens[start - 2]) {
            start -= 2;
        } else {
            break;
        }
    }
    let mut end = at + 1;
    if !ends(tokens[at]) {
        while end < tokens.len() {
            let next = tokens[end];
            if capital(next) && !next.starts_with(['"', '(']) {
                end += 1;
            } else if joins(next) && tokens.get(end + 1).is_some_and(|t| capital(t)) {
                end += 2;
            } else {
                break;
            }
            if ends(tokens[end - 1]) {
                break;
            }
        }
    }
    let mut words: Vec<&str> = tokens[start..end].to_vec();
    if let Some(first) = words.first_mut() {
        *first = first.trim_start_matches('(');
    }
    let last = core(words.pop()?);
    (!words.is_empty()).then(|| format!("{} {last}", words.join(" ")))
}

/// Whether a name goes on past where it was read to end, with another capitalised word:
/// "Charity" in "the Charity Commission" names the regulator, not a charity.
fn name_goes_on(rest: &str) -> bool {
    let next = rest.trim_start_matches([' ', '\u{a0}']);
    next.len() < rest.len() && next.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The organisation a paragraph reports as speaking.
#[derive(Debug, Default)]
struct Speaking {
    /// An organisation other than a force that the paragraph opens with as speaker
    /// ("Meta said it ...", "The Home Office said ...").
    org: Option<String>,
    /// The organisation of a spokesperson the paragraph reports ("A spokesperson for North
    /// Yorkshire Police said the force had ..."), whom a later "the spokesperson said" means.
    spokes_for: Option<String>,
    /// Char offset where the sentence of that report ends.
    report_end: usize,
}

impl Speaking {
    fn read(norm: &str, memo: &mut WhoMemo) -> Self {
        let reported = super::mentions::reported_speaker(norm).and_then(|who| memo.read(&who));
        let org = reported.clone().and_then(|who| match who {
            Who::Organisation(OrgRef::Named(name)) | Who::Bare(name) if places::by_name(&name).is_none() => Some(name),
            _ => None,
        });
        let spokes_for = reported.and_then(|who| match who {
            Who::Spokes { org: OrgRef::Named(name), .. } => Some(name),
            _ => None,
        });
        let report_end = match spokes_for {
            Some(_) => super::attribution::first_sentence_end(&norm.chars().collect::<Vec<char>>()),
            None => 0,
        };
        Speaking { org, spokes_for, report_end }
    }
}

/// One text paragraph as the context sees it. Each fact is read the first time a speaker
/// needs it: most paragraphs are never asked about, and each fact depends on the
/// paragraph's own text only, so reading late gives the same answer as reading early.
#[derive(Debug)]
struct ParaFacts<'a> {
    /// Which of the article's paragraphs it is.
    index: usize,
    /// How many section breaks come before it: see [`Context::new`].
    section: usize,
    norm: &'a str,
    forces: OnceCell<Forces>,
    charities: OnceCell<Vec<(usize, String)>>,
    speaking: OnceCell<Speaking>,
}

/// A role a speaker was named to, with where in `Context::known` those mentions stand.
type RoleMentions = (Option<String>, Vec<usize>);

/// The article so far.
#[derive(Debug)]
pub struct Context<'a> {
    title: Option<&'a str>,
    paras: Vec<ParaFacts<'a>>,
    /// The gazetteer's scan of each paragraph, shared with the other stages.
    places: &'a ParagraphPlaces<'a>,
    dominant: OnceCell<Option<&'static str>>,
    known: Vec<Known>,
    /// Where in `known` each one-word speaker given a role stands, by the role in ASCII
    /// lower case: see [`Context::given_name_before`].
    given_names: HashMap<String, Vec<usize>>,
    /// Where in `known` each speaker stands, by speaker name: the mentions of one person
    /// are looked up, not sought among everyone remembered.
    by_speaker: HashMap<String, Vec<usize>>,
    /// Where in `known` each person named in full (a speaker name of two words or more)
    /// stands, by surname in ASCII lower case: see [`Context::named_before`].
    by_surname: HashMap<String, Vec<usize>>,
    /// Where in `known` each speaker stands, by speaker name and then by the role they were
    /// named to: see [`Context::resolve`].
    roles: HashMap<String, Vec<RoleMentions>>,
    /// Where in `known` the mentions of judges stand: see [`Context::judge_meant`].
    judged: Vec<usize>,
    /// Where in `known` the people described, not named ("a mother from Leeds"), stand:
    /// see [`Context::described_before`].
    described: Vec<usize>,
    /// The furthest paragraph any mention in `known` stands in.
    highest: usize,
    /// How many paragraphs before `highest` (as it was then) a mention was pushed at most: a
    /// person introduced in the paragraph before a quote is noted after that paragraph's own
    /// mentions. A look back over the last few paragraphs stops at the first mention more
    /// than this before them, as no mention earlier in `known` can be in them.
    max_lag: usize,
    /// Every charity any paragraph names: see [`Context::resolve`].
    charity_names: OnceCell<HashSet<String>>,
    /// How many mentions the look-ups have read: see the tests.
    #[cfg(test)]
    read: Cell<usize>,
    memo: RefCell<WhoMemo>,
    /// Initials the article spells out, with the paragraph and the name: see
    /// [`Context::spelled_out`].
    spelled: OnceCell<HashMap<String, (usize, String)>>,
    /// How the people remembered now came up: see [`Context::note_named`].
    noting: Noted,
    /// The paragraph whose mentions are being noted, and how many have been: see
    /// [`Context::note_reported`].
    noted_in: (usize, usize),
    /// Every person named with a judge's title: whom "the judge" may mean.
    judges: Vec<Resolved>,
    /// The gender first known of each person named, by speaker name: see [`Context::remember`].
    genders: HashMap<String, Gender>,
}

/// Speaker phrases already read in this article, with what they said: one phrase is often
/// read several times (as a titled name, in reported speech, as a quote's speaker).
#[derive(Debug, Default)]
struct WhoMemo(HashMap<String, Option<Who>>);

impl WhoMemo {
    fn read(&mut self, phrase: &str) -> Option<Who> {
        if let Some(known) = self.0.get(phrase) {
            return known.clone();
        }
        let who = super::speaker::parse_who(phrase);
        self.0.insert(phrase.to_string(), who.clone());
        who
    }
}

impl<'a> Context<'a> {
    /// Takes the title and the text paragraphs (normalised, each with its index among the
    /// article's paragraphs and the number of section breaks before it); nothing is read
    /// from them yet. A section break (a separator line, a live blog's time stamp) starts
    /// text that a "he" or "she" after it does not reach back across: a live blog's entries
    /// run newest first, and a feature's sections each name their people afresh.
    pub fn new(
        title: Option<&'a str>,
        paragraphs: &[(usize, &'a str, usize)],
        places: &'a ParagraphPlaces<'a>,
    ) -> Self {
        let paras = paragraphs
            .iter()
            .map(|&(index, norm, section)| ParaFacts {
                index,
                section,
                norm,
                forces: OnceCell::new(),
                charities: OnceCell::new(),
                speaking: OnceCell::new(),
            })
            .collect();
        Context {
            title,
            paras,
            places,
            dominant: OnceCell::new(),
            known: Vec::new(),
            given_names: HashMap::default(),
            by_speaker: HashMap::default(),
            by_surname: HashMap::default(),
            roles: HashMap::default(),
            judged: Vec::new(),
            described: Vec::new(),
            highest: 0,
            max_lag: 0,
            charity_names: OnceCell::new(),
            #[cfg(test)]
            read: Cell::new(0),
            memo: RefCell::default(),
            spelled: OnceCell::new(),
            noting: Noted::Speaking,
            noted_in: (0, 0),
            judges: Vec::new(),
            genders: HashMap::default(),
        }
    }

    /// Whether a person mentioned at `from` is within reach of a "he" or "she" at `at`:
    /// before it, at most [`PRONOUN_REACH`] paragraphs back, and with no section break
    /// between.
    fn pronoun_reaches(&self, from: At, at: At) -> bool {
        let section = |k: usize| self.paras.get(k).map(|p| p.section);
        from < at && from.0 + PRONOUN_REACH >= at.0 && section(from.0) == section(at.0)
    }

    /// The forces paragraph `k` names.
    fn forces(&self, k: usize) -> Option<&Forces> {
        let p = self.paras.get(k)?;
        Some(p.forces.get_or_init(|| Forces::read(p.norm, &self.places.in_text(p.index, p.norm))))
    }

    /// The charities paragraph `k` names.
    fn charities(&self, k: usize) -> Option<&[(usize, String)]> {
        let p = self.paras.get(k)?;
        Some(p.charities.get_or_init(|| read_charities(p.norm)))
    }

    /// Every charity any paragraph names.
    fn charity_names(&self) -> &HashSet<String> {
        self.charity_names.get_or_init(|| {
            (0..self.paras.len()).filter_map(|j| self.charities(j)).flatten().map(|(_, n)| n.clone()).collect()
        })
    }

    /// The organisation paragraph `k` reports as speaking.
    fn speaking(&self, k: usize) -> Option<&Speaking> {
        let p = self.paras.get(k)?;
        Some(p.speaking.get_or_init(|| Speaking::read(p.norm, &mut self.memo.borrow_mut())))
    }

    /// The force the article is mostly about: named more often than any other, in the text
    /// and the title.
    fn dominant(&self) -> Option<&'static str> {
        *self.dominant.get_or_init(|| {
            let mut counts: Vec<(&'static str, usize)> = Vec::new();
            let title_forces = self.title.map(|t| Forces::read(t, &places::mentions(t)).named).unwrap_or_default();
            let text_forces = (0..self.paras.len()).filter_map(|k| self.forces(k)).flat_map(|f| f.named.iter());
            for (_, name) in text_forces.chain(title_forces.iter()) {
                match counts.iter_mut().find(|(n, _)| n == name) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((name, 1)),
                }
            }
            counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
            match counts.as_slice() {
                [(name, _)] => Some(*name),
                [(name, a), (_, b), ..] if a > b => Some(*name),
                _ => None,
            }
        })
    }

    /// The last force paragraph `k` names before char `pos`.
    fn force_before(&self, (k, pos): At) -> Option<&'static str> {
        self.forces(k)?.named.iter().rev().find(|(p, _)| *p < pos).map(|&(_, n)| n)
    }

    /// The organisation paragraph `j` reports as speaking, unless the one word naming it is
    /// the surname of a person named before: "Bloggs said officers were ..." after "Detective
    /// Inspector Jo Bloggs" is her speaking, and no spokesperson speaks for "Bloggs".
    fn org_speaking(&self, j: usize) -> Option<String> {
        let org = self.speaking(j)?.org.as_ref()?;
        let surname = self.by_surname.contains_key(&org.to_ascii_lowercase());
        (!surname).then(|| org.clone())
    }

    /// The force paragraph `j` opens with.
    fn subject(&self, j: usize) -> Option<&'static str> {
        self.forces(j)?.subject
    }

    /// Whether a person of this full name was named as speaking before `at`.
    pub fn person_named_before(&self, name: &str, at: At) -> bool {
        self.mentions_of(name).any(|k| k.at < at)
    }

    /// What a speaker phrase says ([`super::speaker::parse_who`]), read once per article.
    pub fn read_who(&mut self, phrase: &str) -> Option<Who> {
        self.memo.get_mut().read(phrase)
    }

    /// The force an unnamed police speaker at `at` belongs to: one named earlier in the same
    /// paragraph, else the subject of one of the two paragraphs before, else the force the
    /// article is mostly about.
    fn force_at(&self, at: At) -> Option<&'static str> {
        let k = at.0;
        self.force_before(at)
            .or_else(|| (k.saturating_sub(2)..k).rev().find_map(|j| self.subject(j)))
            .or_else(|| self.dominant())
    }

    /// Whom "the spokesperson" later in a paragraph speaks for: the one the paragraph opened
    /// by reporting ("A spokesperson for Mr Bloggs said he had misspoken. “He meant …,” the
    /// spokesperson said."). A force named after that report's sentence, or another
    /// spokesperson quoted since, is nearer, and leaves it to [`Self::spokes_org_at`].
    fn reported_spokes_at(&self, (k, pos): At) -> Option<String> {
        let speaking = self.speaking(k).filter(|_| pos > 0)?;
        let org = speaking.spokes_for.as_deref()?;
        let since = speaking.report_end..pos;
        let force_since = self.forces(k)?.named.iter().any(|&(p, force)| since.contains(&p) && force != org);
        let spokes_since = self.back_to_paragraph(k).any(|known| {
            known.at.0 == k
                && since.contains(&known.at.1)
                && known.resolved.role.as_deref().is_some_and(|r| r.starts_with("spokes"))
                && known.resolved.organisation.as_deref() != Some(org)
        });
        (!force_since && !spokes_since).then(|| org.to_string())
    }

    /// Whom a bare "A spokesperson" speaks for: a force named earlier in the paragraph, else
    /// the force or organisation one of the two paragraphs before opens with, else the
    /// force the article is mostly about.
    fn spokes_org_at(&self, at: At) -> Option<String> {
        let k = at.0;
        if let Some(force) = self.force_before(at) {
            return Some(force.to_string());
        }
        for j in (k.saturating_sub(2)..k).rev() {
            if let Some(force) = self.subject(j) {
                return Some(force.to_string());
            }
            if let Some(org) = self.org_speaking(j).or_else(|| self.speaking(j).and_then(|s| s.spokes_for.clone())) {
                return Some(org);
            }
        }
        self.dominant().map(str::to_string)
    }

    /// What "it" speaking means: the organisation this paragraph, or else the one before,
    /// opens with ("The NSPCC is urging ... In a statement, it said:").
    fn it_at(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        for j in (k.saturating_sub(1)..=k).rev() {
            let Some(charities) = self.charities(j) else { continue };
            let opening = charities.first().filter(|(c, _)| *c <= 4 && (j < k || *c < pos)).map(|(_, n)| n.clone());
            let found = self.subject(j).map(str::to_string).or(opening).or_else(|| self.org_speaking(j));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The force of a named officer: one named earlier in the same paragraph, else the one
    /// the previous paragraph names, else the force the article is mostly about (also when
    /// the previous paragraph names several: "Staffordshire recorded 540, while West Mercia
    /// …" says nothing of whose officer speaks next).
    fn officer_force_at(&self, at: At) -> Option<&'static str> {
        let before = || {
            let named = &self.forces(at.0.checked_sub(1)?)?.named;
            let &(_, first) = named.first()?;
            if named.iter().all(|&(_, n)| n == first) {
                return Some(first);
            }
            self.dominant().or(named.last().map(|&(_, n)| n))
        };
        self.force_before(at).or_else(before).or_else(|| self.dominant())
    }

    /// A police officer belongs to a force: when the phrase names only a unit ("OCET
    /// Sergeant"), the unit joins the role and the force comes from the context.
    fn officer_unit(
        &self,
        role: Option<String>,
        organisation: Option<String>,
        police: bool,
        at: At,
    ) -> (Option<String>, Option<String>) {
        let is_force = |o: &str| places::by_name(o).is_some_and(|p| p.scope == Scope::Force);
        // "policy officer, NSPCC Cymru" is no police officer, and the charity no unit of a force;
        // a body known by its name ("Action Fraud") is its own, whichever force runs it.
        if !police
            || organisation
                .as_deref()
                .is_some_and(|o| is_force(o) || is_charity_branch(o) || is_known_org(o) || is_body(o))
        {
            return (role, organisation);
        }
        let Some(force) = self.officer_force_at(at) else { return (role, organisation) };
        let role = match (role, organisation) {
            (Some(r), Some(unit)) => Some(format!("{r}, {unit}")),
            (r, unit) => r.or(unit),
        };
        (role, Some(force.to_string()))
    }

    /// The last charity paragraph `k` names before char `pos`.
    fn charity_before(&self, (k, pos): At) -> Option<String> {
        self.charities(k)?.iter().rev().find(|(p, _)| *p < pos).map(|(_, n)| n.clone())
    }

    /// The organisation a titled person with no organisation of their own ("Chief executive
    /// Jane Doe said:") speaks for: a charity named earlier in the paragraph, else the last
    /// charity or speaking organisation of the two paragraphs before.
    fn organisation_near(&self, at: At) -> Option<String> {
        if let Some(name) = self.charity_before(at) {
            return Some(name);
        }
        let k = at.0;
        (k.saturating_sub(2)..k).rev().find_map(|j| {
            let last = self.charities(j)?.last().map(|(_, n)| n.clone());
            last.or_else(|| self.org_speaking(j))
        })
    }

    /// What "the chain" or "the insurer" means: the organisation other than a force that
    /// this paragraph or one of the two before reports as speaking ("Morland Retail, which
    /// runs 240 shops, said …"). A force is "the force", never "the company".
    fn mentioned_org_at(&self, at: At) -> Option<String> {
        let k = at.0;
        (k.saturating_sub(2)..=k).rev().find_map(|j| self.org_speaking(j))
    }

    /// The text of paragraph `j` that comes before `at`: all of it for a paragraph before
    /// `at`'s, none for one after.
    fn text_before(&self, j: usize, (k, pos): At) -> Option<&'a str> {
        let norm = self.paras.get(j).filter(|_| j <= k)?.norm;
        Some(if j == k { norm.char_indices().nth(pos).map_or(norm, |(b, _)| &norm[..b]) } else { norm })
    }

    /// The body last named before `at` whose name holds `word` ("Council"), however far
    /// back: whose "the council's lead member" is.
    fn body_named_before(&self, word: &str, at: At) -> Option<String> {
        (0..=at.0).rev().find_map(|j| last_body_named(self.text_before(j, at)?, word))
    }

    /// Whom "a spokesperson for the trust" (the council, the union …) at `at` speaks for:
    /// the one body holding that word named in this paragraph before it or in the
    /// [`BODY_REACH`] before, named again in full or shorter or not. Two named there leave it
    /// unsaid which is meant. Only a local council is "the council" ([`is_local_council`]),
    /// and no union of states is "the union".
    fn spokes_body_at(&self, word: &str, at: At) -> Option<String> {
        let mut found: Vec<String> = Vec::new();
        for j in at.0.saturating_sub(BODY_REACH)..=at.0 {
            let Some(text) = self.text_before(j, at) else { continue };
            for name in bodies_named(text, word) {
                let fits = match word {
                    "Council" => is_local_council(&name),
                    _ => !UNIONS_OF_STATES.contains(&name.as_str()),
                };
                if !fits {
                    continue;
                }
                match found.iter_mut().find(|f| f.contains(name.as_str()) || name.contains(f.as_str())) {
                    Some(same) if name.len() > same.len() => *same = name,
                    Some(_) => {}
                    None => found.push(name),
                }
            }
        }
        match found.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The local council last named before `at`, however far back ("Hull City Council",
    /// "Northby Borough Council"): a councillor's, when nothing said about them names theirs.
    /// A national body called a council ("the National Police Chiefs' Council") is none.
    fn council_named_before(&self, at: At) -> Option<String> {
        (0..=at.0).rev().find_map(|j| {
            bodies_named(self.text_before(j, at)?, "Council").into_iter().rev().find(|name| is_local_council(name))
        })
    }

    /// The area whose police a commissioner with no place of their own answers for: that of
    /// the force an officer at `at` would belong to ("Lincolnshire" for Lincolnshire Police).
    fn area_at(&self, at: At) -> Option<String> {
        let force = self.officer_force_at(at)?;
        let area = force.strip_suffix(" Police").or_else(|| force.strip_suffix(" Constabulary"))?;
        Some(area.to_string())
    }

    /// The charity last named before `at`.
    fn charity_at(&self, at: At) -> Option<String> {
        let k = at.0.min(self.paras.len());
        self.charity_before(at)
            .or_else(|| (0..k).rev().find_map(|j| self.charities(j).and_then(|c| c.last()).map(|(_, n)| n.clone())))
    }

    fn org(&self, org: &OrgRef, at: At) -> Option<String> {
        match org {
            OrgRef::Named(name) => Some(self.spelled_out(name, at).unwrap_or_else(|| name.clone())),
            OrgRef::Force => self.force_at(at).map(str::to_string),
            OrgRef::Charity => self.charity_at(at),
            OrgRef::Mentioned => self.mentioned_org_at(at),
            OrgRef::Body(word) => self.body_named_before(word, at),
            OrgRef::Council => self.council_named_before(at),
            OrgRef::Unsaid | OrgRef::Reported => None,
        }
    }

    /// The full name of an organisation named by its initials ("the BRC") that the article
    /// spelled out up to `at`: set before the initials in brackets ("the Chartered Institute
    /// of Library and Information Professionals (CILIP)"), or, for three letters or more,
    /// as an organisation's name whose initials they are ("the British Retail Consortium";
    /// small words inside the name, "of", "for the", have none). `None` when it never was:
    /// the initials stand, for a person's name or title ("Councillor Peter Smith", "Detective
    /// Sergeant Mark") is no organisation. The article is read once, whatever the initials.
    fn spelled_out(&self, initials: &str, (k, _): At) -> Option<String> {
        let letters = initials.trim_end_matches("'s").trim_end_matches("’s");
        if !super::names::is_acronym(letters) || !letters.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let index = self.spelled.get_or_init(|| self.spelled_index());
        index.get(letters).filter(|(j, _)| *j <= k).map(|(_, name)| name.clone())
    }

    /// Every set of initials the article spells out, with the first paragraph doing so and
    /// the name it gives: see [`Context::spelled_out`]. Each word is read a bounded number
    /// of times, so the index is linear in the article.
    fn spelled_index(&self) -> HashMap<String, (usize, String)> {
        const SMALL: &[&str] = &["of", "for", "the", "and", "&", "to", "in", "on"];
        const OPENERS: &[&str] = &[
            "The", "But", "And", "In", "On", "At", "As", "If", "It", "This", "That", "A", "An", "By", "For", "From",
            "When", "While", "After", "Before", "So", "Yet", "Its", "His", "Her", "Their",
        ];
        /// The most capitalised words read back from an organisation's last word.
        const LONGEST: usize = 8;
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&').to_string();
        // A word naming a person or their title: a run holding one is no organisation's name.
        let personal = |w: &str| {
            use super::names::{first_name_gender, is_honorific, is_office, is_role_word, POLICE_RANKS};
            is_honorific(w)
                || is_office(w)
                || is_role_word(w)
                || POLICE_RANKS.iter().any(|r| r.eq_ignore_ascii_case(w))
                || first_name_gender(w).is_some()
        };
        let mut index: HashMap<String, (usize, String)> = HashMap::default();
        for (j, para) in self.paras.iter().enumerate() {
            let words: Vec<&str> = para.norm.split_whitespace().collect();
            for (i, w) in words.iter().enumerate() {
                let inner = w.trim_end_matches([',', '.', ';', ':']);
                let bracketed = inner
                    .strip_prefix('(')
                    .and_then(|r| r.strip_suffix(')'))
                    .filter(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_uppercase()));
                // The name's words run back from `end` (exclusive): before the brackets, or
                // from an organisation's last word ("Consortium", "Association") that closes
                // no sentence before it.
                let end = if bracketed.is_some() {
                    i
                } else if capital(&bare(w)) && ends_an_org_name(&bare(w)) {
                    i + 1
                } else {
                    continue;
                };
                let mut initials_read = String::new();
                let mut start = end;
                let mut names: Vec<(String, usize)> = Vec::new();
                while start > 0 && initials_read.len() < LONGEST {
                    let raw = words[start - 1];
                    if raw.ends_with([',', '.', ';', ':']) && start < end {
                        break;
                    }
                    let word = bare(raw);
                    if capital(&word) {
                        if bracketed.is_none() && start < end && personal(&word) {
                            break;
                        }
                        initials_read.insert(0, word.chars().next().unwrap_or(' '));
                        names.push((initials_read.clone(), start - 1));
                    } else if !SMALL.contains(&word.as_str()) {
                        break;
                    }
                    start -= 1;
                }
                for (read, from) in names {
                    let name: Vec<String> = words[from..end].iter().map(|w| bare(w)).collect();
                    let fits = match bracketed {
                        Some(letters) => read == letters,
                        None => read.len() >= 3,
                    };
                    // "But Bristol City …" is no name of a "BBC": a word opening a sentence is none.
                    let opener = name.first().is_some_and(|w| OPENERS.contains(&w.as_str())) && bracketed.is_none();
                    if fits && name.len() >= 2 && !opener && read.chars().all(|c| c.is_ascii_uppercase()) {
                        index.entry(read).or_insert((j, name.join(" ")));
                    }
                }
            }
        }
        index
    }

    /// How many mentions of people the context holds.
    #[cfg(test)]
    pub fn remembered(&self) -> usize {
        self.known.len()
    }

    fn remember(&mut self, at: At, resolved: &Resolved, surname: Option<String>, gender: Option<Gender>) {
        // "Dr Amy Lee … said", then "Dr Lee said": named again by a title and surname, she is
        // still the woman a "he" does not mean. Only people named: two spokespeople of one
        // body, or two mothers described alike, may be a man and a woman.
        let named = resolved.speaker.starts_with(char::is_uppercase) && !resolved.speaker.ends_with("spokesperson");
        let gender = match gender {
            Some(g) => {
                if named {
                    self.genders.entry(resolved.speaker.clone()).or_insert(g);
                }
                Some(g)
            }
            None if named => self.genders.get(&resolved.speaker).copied(),
            None => None,
        };
        let judge = self.judges.contains(resolved);
        self.push_known(Known { at, resolved: resolved.clone(), surname, gender, judge, noted: self.noting });
    }

    /// Adds a mention to `known`, and to the index of given names when it is one.
    fn push_known(&mut self, k: Known) {
        let i = self.known.len();
        if let Some(role) = k.resolved.role.as_deref().filter(|_| !k.resolved.speaker.contains(' ')) {
            self.given_names.entry(role.to_ascii_lowercase()).or_default().push(i);
        }
        self.by_speaker.entry(k.resolved.speaker.clone()).or_default().push(i);
        let roles = self.roles.entry(k.resolved.speaker.clone()).or_default();
        match roles.iter_mut().find(|(role, _)| *role == k.resolved.role) {
            Some((_, places)) => places.push(i),
            None => roles.push((k.resolved.role.clone(), vec![i])),
        }
        if let Some(surname) = k.surname.as_deref().filter(|_| k.resolved.speaker.contains(' ')) {
            self.by_surname.entry(surname.to_ascii_lowercase()).or_default().push(i);
        }
        if k.judge {
            self.judged.push(i);
        }
        if k.resolved.role.is_none() && k.resolved.organisation.is_none() {
            self.described.push(i);
        }
        self.max_lag = self.max_lag.max(self.highest.saturating_sub(k.at.0));
        self.highest = self.highest.max(k.at.0);
        self.known.push(k);
    }

    /// The mentions at these places in `known`, first to last.
    fn at_places<'s>(&'s self, places: Option<&'s Vec<usize>>) -> impl DoubleEndedIterator<Item = &'s Known> + 's {
        places.into_iter().flatten().filter_map(|&i| self.known.get(i)).inspect(|_| self.reading())
    }

    /// Counts a mention read by a look-up, in tests.
    fn reading(&self) {
        #[cfg(test)]
        self.read.set(self.read.get() + 1);
    }

    /// Every mention of the speaker of this name, first to last.
    fn mentions_of<'s>(&'s self, speaker: &str) -> impl DoubleEndedIterator<Item = &'s Known> + 's {
        self.at_places(self.by_speaker.get(speaker))
    }

    /// The mentions from the last back to the first in paragraph `first` or after it, and
    /// maybe some before it (up to [`Context::max_lag`] paragraphs before): a look back that
    /// wants only those filters the rest out itself.
    fn back_to_paragraph(&self, first: usize) -> impl Iterator<Item = &Known> + '_ {
        let lag = self.max_lag;
        self.known.iter().rev().take_while(move |k| k.at.0 + lag >= first).inspect(|_| self.reading())
    }

    /// The mentions a "he" or "she" at `at` may reach, last first, with some it may not.
    fn back_within_reach(&self, at: At) -> impl Iterator<Item = &Known> + '_ {
        self.back_to_paragraph(at.0.saturating_sub(PRONOUN_REACH))
    }

    /// Whom "he" or "she" means in a clause only a judge speaks ("Sentencing, she told him:"),
    /// or "the judge" means: the judge last named before `at`, of the pronoun's gender when
    /// both are known, however far back; the defendant or a barrister named since is not
    /// meant. `None` when no judge was named.
    pub fn judge_meant(&mut self, gender: Option<Gender>, at: At) -> Option<Resolved> {
        let found = self
            .at_places(Some(&self.judged))
            .rev()
            .filter(|k| k.at < at && k.judge)
            .find(|k| gender.is_none() || k.gender.is_none_or(|g| Some(g) == gender))?;
        let found = found.clone();
        self.remember(at, &found.resolved, found.surname, gender.or(found.gender));
        Some(found.resolved)
    }

    /// Notes a person named as speaking in reported speech, or named with a title, so "He
    /// said:" can find them; a person described, not named ("A mother from Leeds told the
    /// paper ..."), too. A lone word counts only as the surname of someone named in full
    /// before ("Bell says the funding runs out" after "Marcus Bell"): it names them again.
    ///
    /// Each mention noted is read again at every later one, so one paragraph notes at most
    /// [`NOTED_PER_PARAGRAPH`]: news prose names far fewer people in one, and text that names
    /// them thousands of times (a feed run together) costs no more than that.
    pub fn note_reported(&mut self, who: Who, at: At) {
        if self.noted_in.0 != at.0 {
            self.noted_in = (at.0, 0);
        }
        if self.noted_in.1 >= NOTED_PER_PARAGRAPH {
            return;
        }
        self.noted_in.1 += 1;
        match who {
            Who::Person(_) | Who::Surname { .. } | Who::Description { .. } => {
                let _ = self.resolve(who, at);
            }
            // "A Met spokesman said the force would … “We will …,” he said.": a spokesman or
            // spokeswoman reported as speaking is whom a later "he" or "she" means; an
            // ungendered "spokesperson" is no one's antecedent.
            Who::Spokes { ref word, .. } if super::names::gender_of_word(word).is_some() => {
                let _ = self.resolve(who, at);
            }
            Who::Bare(word) => {
                // Two people of one surname ("Emma Hart", "PC Sam Hart"): "Hart says" names neither.
                // One person noted twice, once with their role (a sign-off "Sam Hart, youth
                // worker") and once without, is still one.
                let mut same: Vec<&Resolved> = Vec::new();
                let places = self.by_surname.get(&word.to_ascii_lowercase());
                for k in self.at_places(places).filter(|k| k.at <= at && k.resolved.speaker.contains(' ')) {
                    if k.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(&word))
                        && !same.iter().any(|s| s.speaker == k.resolved.speaker)
                    {
                        same.push(&k.resolved);
                    }
                }
                if let [found] = same.as_slice() {
                    let found = (*found).clone();
                    let gender = self.gender_of(&found);
                    self.remember(at, &found, Some(word), gender);
                }
            }
            _ => {}
        }
    }

    /// Notes a person named as acting or as a sentence's subject, not as speaking: a later
    /// "he said" may mean them, as it may mean someone reported speaking.
    pub fn note_named(&mut self, who: Who, at: At) {
        self.note_reported(who, at);
    }

    /// Notes a person named after a job title in passing ("The motion was proposed by
    /// Councillor Jo Bloggs"), as [`Context::note_named`] does; a later "he" or "she" does
    /// not pick them out of others of their sex named in the same paragraph: see
    /// [`Context::pronoun_for_quote`].
    pub fn note_titled(&mut self, who: Who, at: At) {
        self.noting = Noted::Titled;
        self.note_reported(who, at);
        self.noting = Noted::Speaking;
    }

    /// Notes a person singled out of a group by a description ("Among the victims was a man
    /// in his 80s"): see [`Context::pronoun_for_quote`].
    pub fn note_singled_out(&mut self, who: Who, at: At) {
        self.noting = Noted::SingledOut;
        self.note_reported(who, at);
        self.noting = Noted::Speaking;
    }

    /// Whom "he" or "she" attributing the quoted `words` means. The person last mentioned, as
    /// [`Context::resolve`] finds; but a person only singled out of a group since ("Among
    /// the victims was a man …") does not take the words from a named person of that gender
    /// mentioned within reach before them when the words are in an official voice ("ring us
    /// on 101", "our officers") and not about the speaker ("I thought …", "my savings").
    /// Words in neither voice are the one singled out, who was mentioned last. Empty `words`
    /// (the quote is still to come) say nothing, and the person last mentioned is meant.
    pub fn pronoun_for_quote(&mut self, gender: Gender, at: At, words: &str) -> Option<Resolved> {
        let reach = |k: &&Known| self.pronoun_reaches(k.at, at);
        let fits = |k: &&Known| k.gender.is_none_or(|g| g == gender);
        let nearest = self.back_within_reach(at).filter(reach).find(fits)?;
        // "The motion was proposed by Councillor Sarah Bloggs and opposed by Councillor Jane
        // Smith. “It is a waste,” she said.": the order they were named in says nothing of
        // which woman spoke.
        if nearest.noted == Noted::Titled && nearest.surname.is_some() {
            let rival =
                self.back_to_paragraph(nearest.at.0).filter(|k| k.at.0 == nearest.at.0 && k.at < at).filter(fits).any(
                    |k| {
                        k.surname.is_some()
                            && k.resolved.speaker != nearest.resolved.speaker
                            && k.noted != Noted::SingledOut
                    },
                );
            if rival {
                return None;
            }
        }
        // "A police spokeswoman said inquiries were continuing. “I was terrified,” she said.":
        // words only about the speaker's own life are not a spokesperson's, but the person
        // named before them's. Spokespeople say "I" and "my" too ("I would ask anyone …",
        // "my team", "my thoughts are with Mr Jones's family"): words with any of an office's
        // or that name the person in the third person stay the spokesperson's.
        let spokes = |r: &Resolved| r.speaker.ends_with("spokesperson");
        if spokes(&nearest.resolved) && voice(words) == Voice::Personal && !words_of_an_office(words) {
            let named = self
                .back_within_reach(at)
                .filter(reach)
                .filter(fits)
                .find(|k| k.surname.is_some() && k.resolved.speaker.contains(' ') && !spokes(&k.resolved))
                .filter(|k| k.surname.as_deref().is_none_or(|s| !words.contains(s)))
                .cloned();
            if let Some(named) = named {
                self.remember(at, &named.resolved, named.surname, Some(gender));
                return Some(named.resolved);
            }
        }
        let singled_only = |r: &Resolved| {
            let mut entries = self.mentions_of(&r.speaker).filter(|k| k.resolved == *r && k.at < at).peekable();
            entries.peek().is_some() && entries.all(|k| k.noted == Noted::SingledOut)
        };
        if words.trim().is_empty() || !singled_only(&nearest.resolved) {
            return self.resolve(Who::Pronoun(gender), at);
        }
        let rival = self
            .back_within_reach(at)
            .filter(reach)
            .filter(fits)
            .find(|k| k.surname.is_some() && k.resolved != nearest.resolved && k.noted != Noted::SingledOut);
        let Some(rival) = rival else { return self.resolve(Who::Pronoun(gender), at) };
        if voice(words) != Voice::Official {
            return self.resolve(Who::Pronoun(gender), at);
        }
        let rival = rival.clone();
        self.remember(at, &rival.resolved, rival.surname, Some(gender));
        Some(rival.resolved)
    }

    /// Whether anyone a "he" or "she" of `gender` may mean is within its reach at `at`: someone
    /// of that sex, or of none known. When there is, and [`Self::pronoun_for_quote`] still
    /// finds no one, it refused on purpose (two such people named side by side).
    pub fn someone_of_sex_in_reach(&self, gender: Gender, at: At) -> bool {
        self.back_within_reach(at)
            .filter(|k| self.pronoun_reaches(k.at, at))
            .any(|k| k.gender.is_none_or(|g| g == gender))
    }

    /// Whether the paragraph before `at` (or its own text before it) names two people or more
    /// whom "he" or "she" of `gender` may mean ("Judge Alan Cole asked Mr Khan whether he
    /// understood." then "He nodded."): the pronoun alone does not say which.
    pub fn pronoun_ambiguous(&self, gender: Gender, at: At) -> bool {
        let mut people: Vec<&str> = Vec::new();
        let near = |k: &&Known| k.at < at && k.at.0 + 1 >= at.0;
        for k in
            self.back_to_paragraph(at.0.saturating_sub(1)).filter(near).filter(|k| k.gender.is_none_or(|g| g == gender))
        {
            if k.surname.is_some() && !people.contains(&k.resolved.speaker.as_str()) {
                people.push(&k.resolved.speaker);
            }
        }
        people.len() >= 2
    }

    /// `speaker` is quoted at `at`: a paragraph of theirs keeps them the one a later "he"
    /// or "she" means, as a mention of their name would.
    pub fn note_quoted(&mut self, speaker: &Resolved, at: At) {
        let last = self.mentions_of(&speaker.speaker).rev().find(|k| k.resolved == *speaker && k.at <= at);
        if let Some(k) = last.filter(|k| k.at.0 < at.0).cloned() {
            self.push_known(Known { at, ..k });
        }
    }

    /// The speaker the words mean at this point of the article, remembered for later
    /// references; `None` when the article does not say who it is.
    pub fn resolve(&mut self, who: Who, at: At) -> Option<Resolved> {
        match who {
            Who::Person(p) => {
                // Named again without the role and organisation given before, or with the
                // last words of the one title given before ("Commissioner Jo Bloggs" after
                // "Police and Crime Commissioner Jo Bloggs"): the same person, as introduced.
                // An office alone ("Councillor", "Judge") is no more than the name: the same
                // person named again, whatever else the first mention gave them.
                let office_only = p.role.as_deref().is_some_and(|r| r.split_whitespace().all(super::names::is_office));
                let shorter = |known: Option<&str>| {
                    let Some(role) = p.role.as_deref().filter(|_| !office_only) else { return true };
                    let before = known.unwrap_or("").to_lowercase();
                    let role = role.to_lowercase();
                    !before.contains(',')
                        && before.len() > role.len()
                        && before.strip_suffix(role.as_str()).is_some_and(|lead| lead.ends_with(' '))
                };
                // The last mention of each role they were named to, of the roles it may be.
                let same = (self.roles.get(&p.name).into_iter().flatten())
                    .filter(|(role, _)| shorter(role.as_deref()))
                    .filter_map(|(_, places)| {
                        places
                            .iter()
                            .rev()
                            .find(|&&i| self.known.get(i).inspect(|_| self.reading()).is_some_and(|k| k.at <= at))
                    })
                    .max()
                    .and_then(|&i| self.known.get(i))
                    .cloned()
                    .filter(|_| p.organisation.is_none() && p.owner.is_none());
                if let Some(k) = same.filter(|_| p.role.is_some()) {
                    self.remember(at, &k.resolved, k.surname, p.gender.or(k.gender));
                    return Some(k.resolved);
                }
                // A body the words point to ("who represents Eastfield on the panel") is read
                // again rather than taken from the first mention; the local council by default
                // is what that mention found.
                let pointed = p.owner.as_ref().is_some_and(|o| *o != OrgRef::Council);
                if (p.role.is_none() || office_only) && p.organisation.is_none() && !pointed {
                    let known =
                        self.mentions_of(&p.name).rev().find(|k| k.at <= at && k.resolved.speaker == p.name).cloned();
                    if let Some(k) = known {
                        self.remember(at, &k.resolved, k.surname, p.gender.or(k.gender));
                        return Some(k.resolved);
                    }
                }
                let organisation = p.organisation.or_else(|| p.owner.as_ref().and_then(|o| self.org(o, at)));
                let (role, organisation) = self.officer_unit(p.role, organisation, p.police, at);
                let leads = !p.police && role.as_deref().is_some_and(leads_an_organisation);
                let organisation = organisation.or_else(|| leads.then(|| self.organisation_near(at)).flatten());
                let organisation =
                    organisation.or_else(|| is_commissioner(role.as_deref()).then(|| self.area_at(at)).flatten());
                let surname = p.name.split_whitespace().last().map(str::to_string);
                let resolved = Resolved { speaker: p.name, role, organisation };
                self.remember(at, &resolved, surname, p.gender);
                if p.judge {
                    let last = self.known.len().saturating_sub(1);
                    if let Some(k) = self.known.last_mut() {
                        if !k.judge {
                            self.judged.push(last);
                        }
                        k.judge = true;
                        if !self.judges.contains(&k.resolved) {
                            self.judges.push(k.resolved.clone());
                        }
                    }
                }
                Some(resolved)
            }
            Who::Surname { surname, role, gender } => {
                let found = self.named_before(&surname, at);
                let resolved = found.unwrap_or(Resolved { speaker: surname.clone(), role, organisation: None });
                self.remember(at, &resolved, Some(surname), gender);
                Some(resolved)
            }
            Who::Bare(word) => {
                if let Some(found) = self.named_before(&word, at) {
                    let gender = self.gender_of(&found);
                    self.remember(at, &found, Some(word), gender);
                    return Some(found);
                }
                let org_like = is_org_word(&word) || is_known_org(&word) || self.charity_names().contains(&word);
                if org_like {
                    return Some(Resolved { speaker: word.clone(), role: None, organisation: Some(word) });
                }
                // "Mia told us": a known first name alone that the text introduced someone by
                // before ("Mia (not her real name) was 14") is that person. Never introduced,
                // it may be anyone's ("Jane said").
                let found = self.first_named_before(&word, at)?;
                let gender = super::names::first_name_gender(&word);
                self.remember(at, &found, Some(word), gender);
                Some(found)
            }
            Who::Pronoun(gender) => {
                let found = self
                    .back_within_reach(at)
                    .filter(|k| self.pronoun_reaches(k.at, at))
                    .find(|k| k.gender.is_none_or(|g| g == gender))?
                    .clone();
                self.remember(at, &found.resolved, found.surname, Some(gender));
                Some(found.resolved)
            }
            Who::Spokes { word, org } => {
                let organisation = match &org {
                    OrgRef::Unsaid => self.spokes_org_at(at),
                    OrgRef::Reported => self.reported_spokes_at(at).or_else(|| self.spokes_org_at(at)),
                    // "a spokesperson for the trust" with no trust named before: the trust.
                    OrgRef::Body(word) => self.spokes_body_at(word, at).or_else(|| Some(word.to_lowercase())),
                    _ => self.org(&org, at),
                };
                let speaker = match &organisation {
                    Some(o) => format!("{o} spokesperson"),
                    None => "spokesperson".to_string(),
                };
                let resolved = Resolved { speaker, role: Some(word.clone()), organisation };
                self.remember(at, &resolved, None, super::names::gender_of_word(&word));
                Some(resolved)
            }
            Who::It => {
                let name = self.it_at(at)?;
                Some(Resolved { speaker: name.clone(), role: None, organisation: Some(name) })
            }
            Who::Organisation(org) => {
                let name = self.org(&org, at)?;
                Some(Resolved { speaker: name.clone(), role: None, organisation: Some(name) })
            }
            Who::Description { words, gender } => {
                let resolved = self
                    .given_name_before(&words, at)
                    .or_else(|| self.described_before(&words, at))
                    .or_else(|| self.office_holder_before(&words, at))
                    .or_else(|| self.kind_of_post_holder_before(&words, at));
                let resolved = resolved.unwrap_or_else(|| {
                    // "the force's head of public protection": the post is the role.
                    let organisation = self.description_owner(&words, at);
                    let role =
                        organisation.as_ref().and_then(|_| words.split_once("'s ")).map(|(_, post)| post.to_string());
                    Resolved { speaker: words, role, organisation }
                });
                self.remember(at, &resolved, None, gender);
                Some(resolved)
            }
        }
    }

    /// The organisation an unnamed person's description says they work for by whose they are:
    /// "the force's head of public protection" (the force the text is about at `at`), "the
    /// charity's helpline manager" (the charity named last), "Lancashire's chief constable"
    /// (a force named by its area, only for a police post: "London's mayor" is no officer
    /// of the Met).
    fn description_owner(&self, words: &str, at: At) -> Option<String> {
        const POLICE_WORDS: &[&str] =
            &["constable", "officer", "detective", "police", "superintendent", "inspector", "sergeant", "commander"];
        // "chief fire officer", "medical officer": an officer of another service. A police
        // and crime commissioner, and the panel that scrutinises one, are elected or
        // appointed apart from the force: "Cleveland's police and crime commissioner" is no
        // officer of Cleveland Police.
        const OTHER_SERVICES: &[&str] = &[
            "fire",
            "ambulance",
            "medical",
            "probation",
            "prison",
            "council",
            "health",
            "education",
            "welfare",
            "commissioner",
            "commissioners",
            "panel",
        ];
        let (owner, post) = words.split_once("'s ")?;
        match owner.to_lowercase().as_str() {
            "the force" => self.force_at(at).map(str::to_string),
            "the charity" => self.charity_at(at),
            _ => {
                let words: Vec<String> = post.split_whitespace().map(str::to_lowercase).collect();
                let police = words.iter().any(|w| POLICE_WORDS.contains(&w.as_str()))
                    && !words.iter().any(|w| OTHER_SERVICES.contains(&w.as_str()));
                let force = places::by_alias(owner).filter(|p| p.scope == Scope::Force);
                force.filter(|_| police).map(|p| p.name.to_string())
            }
        }
    }

    /// The person last named in full from paragraph `from` up to `before`, of `gender` when
    /// it is known: whom an introduction ("We asked her about …") means.
    pub fn last_named(&self, from: usize, before: At, gender: Option<Gender>) -> Option<Resolved> {
        self.back_to_paragraph(from)
            .filter(|k| k.at.0 >= from && k.at < before)
            .filter(|k| gender.is_none() || k.gender.is_none_or(|g| Some(g) == gender))
            .map(|k| &k.resolved)
            .find(|r| {
                r.speaker.contains(' ') && r.speaker.starts_with(char::is_uppercase) && !r.speaker.contains("spokes")
            })
            .cloned()
    }

    /// "her mother said" after "Her mother, who asked to be called "Karen"": the person the
    /// story gave a name to under the same description.
    ///
    /// The mentions it may be are looked up by the description, not sought among all the
    /// people remembered: a page quoting "Kent's chief constable" thousands of times would
    /// otherwise go through every earlier mention for each quote.
    fn given_name_before(&self, words: &str, at: At) -> Option<Resolved> {
        self.given_names
            .get(&words.to_ascii_lowercase())?
            .iter()
            .rev()
            .filter_map(|&i| self.known.get(i))
            .find(|k| k.at <= at)
            .map(|k| k.resolved.clone())
    }

    /// "The mother" after "a mother from Bradford": the person described before whose
    /// description has the same noun.
    fn described_before(&self, words: &str, at: At) -> Option<Resolved> {
        let rest: Vec<&str> = words.strip_prefix("the ")?.split_whitespace().collect();
        let noun = rest.last().filter(|w| rest.len() <= 2 && is_person_noun(w))?;
        self.at_places(Some(&self.described))
            .rev()
            .filter(|k| k.at <= at && k.resolved.role.is_none() && k.resolved.organisation.is_none())
            .map(|k| &k.resolved)
            .find(|r| {
                let mut said = r.speaker.split_whitespace();
                said.next().is_some_and(|d| matches!(d, "a" | "an" | "one" | "another")) && said.any(|w| w == *noun)
            })
            .cloned()
    }

    /// "The Commissioner" after "Commissioner Jo Bloggs", "the chief executive" after "Jo
    /// Bloggs, chief executive of the trust": an office named again by its title alone means
    /// the one person named before whose role is that office (a role's head before "of",
    /// "for" or "at", alone, after "acting" or "interim", or after a body's possessive, "the
    /// trust's chief executive"); a longer
    /// title is another office ("Prime Minister" is no "the minister", "Detective Chief
    /// Inspector" no "the inspector"). Two people named to roles it fits leave it unsaid
    /// which is meant, and so does the office's word anywhere between the holder's mention
    /// and the description ("A junior minister met them …", "The council's chief executive
    /// wrote …"): another holder, named or not, may be meant.
    fn office_holder_before(&self, words: &str, at: At) -> Option<Resolved> {
        let office = words.strip_prefix("the ")?.trim().to_lowercase();
        let count = office.split_whitespace().count();
        if !(1..=3).contains(&count) || !office.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-') {
            return None;
        }
        let holds = |role: &str| {
            role.to_lowercase().split(", ").any(|part| {
                let head =
                    [" of ", " for ", " at "].iter().filter_map(|w| part.find(w)).min().map_or(part, |i| &part[..i]);
                head.strip_suffix(office.as_str()).is_some_and(|lead| {
                    let lead = lead.trim_end();
                    // An acting or interim holder holds the office meanwhile.
                    matches!(lead, "" | "acting" | "interim") || lead.ends_with("'s") || lead.ends_with("’s")
                })
            })
        };
        let holders: Vec<&Known> = self
            .known
            .iter()
            .filter(|k| k.at <= at && k.resolved.speaker.contains(' '))
            .filter(|k| k.resolved.role.as_deref().is_some_and(holds))
            .collect();
        let first = holders.first()?;
        if holders.iter().any(|other| other.resolved.speaker != first.resolved.speaker) {
            return None;
        }
        if self.office_named_between(&office, holders.last()?.at.0, at) {
            return None;
        }
        // Of the mentions naming them to it, the one whose role is the title alone: a role
        // read from reported speech may hold more of its sentence.
        holders.iter().min_by_key(|k| k.resolved.role.as_deref().map_or(0, str::len)).map(|k| k.resolved.clone())
    }

    /// "the detective" after "Det Ch Insp Jo Bloggs", "the officer" after "Sergeant Jo
    /// Bloggs", "the councillor" after "Cllr Jo Bloggs": a word for a kind of post, not an
    /// office's title, means the person last named before `at` to a post of that kind
    /// (any detective's rank; any police rank; a councillor's title). Two people named to such
    /// posts in that one paragraph leave it unsaid which is meant.
    fn kind_of_post_holder_before(&self, words: &str, at: At) -> Option<Resolved> {
        let kind = words.strip_prefix("the ")?.trim().to_lowercase();
        let fits = post_of_kind(&kind)?;
        let holds = |k: &&Known| {
            k.at <= at
                && k.resolved.speaker.contains(' ')
                && k.resolved.role.as_deref().is_some_and(|role| {
                    role.split(", ").any(|part| {
                        let words: Vec<String> = part.split_whitespace().map(str::to_lowercase).collect();
                        fits(&words)
                    })
                })
        };
        let nearest = self.known.iter().filter(holds).max_by_key(|k| k.at)?;
        let rival = self
            .known
            .iter()
            .filter(holds)
            .any(|k| k.at.0 == nearest.at.0 && k.resolved.speaker != nearest.resolved.speaker);
        (!rival).then(|| nearest.resolved.clone())
    }

    /// Whether `office` ("minister") is named from paragraph `from` up to `at` more than the
    /// once the holder's own mention in paragraph `from` takes: see
    /// [`Context::office_holder_before`].
    fn office_named_between(&self, office: &str, from: usize, (k, pos): At) -> bool {
        let times = |text: &str| {
            let lower = text.to_lowercase();
            lower
                .match_indices(office)
                .filter(|(i, _)| !lower.get(..*i).unwrap_or("").ends_with(char::is_alphanumeric))
                .count()
        };
        let mut named = 0;
        for j in from..=k.min(self.paras.len().saturating_sub(1)) {
            let Some(para) = self.paras.get(j) else { break };
            let text = if j == k {
                (0..=pos.min(para.norm.len())).rev().find_map(|p| para.norm.get(..p)).unwrap_or("")
            } else {
                para.norm
            };
            named += times(text);
        }
        named > 1
    }

    /// The gender last known of a speaker already remembered: named again by surname alone,
    /// they are still the one "he" or "she" means, not anyone.
    fn gender_of(&self, resolved: &Resolved) -> Option<Gender> {
        self.mentions_of(&resolved.speaker).rev().filter(|k| k.resolved == *resolved).find_map(|k| k.gender)
    }

    /// The person last named in full before `at` whose surname is `surname`: whom a label
    /// ("DI Khan:") or a bare surname means, without remembering anything.
    /// The person the text introduced by a lone known first name (`name`) before `at`, as
    /// [`Self::named_before`] finds one by a full name.
    fn first_named_before(&self, name: &str, at: At) -> Option<Resolved> {
        super::names::first_name_gender(name)?;
        self.at_places(self.by_speaker.get(name))
            .rev()
            .find(|k| k.at <= at && k.resolved.role.is_none() && k.resolved.organisation.is_none())
            .map(|k| k.resolved.clone())
    }

    pub fn named_before(&self, surname: &str, at: At) -> Option<Resolved> {
        self.at_places(self.by_surname.get(&surname.to_ascii_lowercase()))
            .rev()
            .filter(|k| k.at <= at)
            .find(|k| {
                k.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(surname))
                    && k.resolved.speaker.contains(' ')
            })
            .map(|k| k.resolved.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_organisation_is_found_in_any_case_and_a_longer_name_is_none() {
        for name in CHARITY_NAMES.iter().chain(&NAMED_BODIES).chain(BUSINESSES_NAMED_LIKE_PEOPLE) {
            assert!(name.len() <= 64, "{name} is longer than is_known_org's buffer");
            assert!(is_known_org(name), "{name}");
            assert!(is_known_org(&name.to_uppercase()), "{name}");
        }
        assert!(!is_known_org(&"Barnardo's ".repeat(8)));
        assert!(!is_known_org("Cleveland Police"));
    }

    #[test]
    fn the_people_an_article_names_again_and_again_are_looked_up_not_read_through() {
        // One inspector of seven quoted in each of thousands of paragraphs, a surname no one
        // has, a "she": each look-up reads the few mentions it may mean, so the work of the
        // whole article grows with its length, not with the square of it.
        const SURNAMES: [&str; 7] = ["Hill", "Bell", "Stone", "Reed", "Moss", "Hart", "Lane"];
        let read = |n: usize| {
            let texts: Vec<String> = (0..n).map(|i| format!("Inspector Jane {} spoke.", SURNAMES[i % 7])).collect();
            let art = super::super::tests::article(&texts.iter().map(String::as_str).collect::<Vec<_>>());
            let places = ParagraphPlaces::new(&art);
            let paras: Vec<(usize, &str, usize)> =
                art.paragraphs.iter().map(|p| (p.index, p.norm.as_str(), 0)).collect();
            let mut ctx = Context::new(None, &paras, &places);
            for i in 0..n {
                let at = (i, 0);
                let who = ctx.read_who(&format!("Inspector Jane {}", SURNAMES[i % 7]));
                let resolved = who.and_then(|who| ctx.resolve(who, at));
                assert!(resolved.is_some_and(|r| r.speaker == format!("Jane {}", SURNAMES[i % 7])), "{i}");
                ctx.note_reported(Who::Bare("Smithers".into()), (i, 1));
                if i == 1 {
                    // A person noted in the paragraph before the one being read, as one
                    // introduced before a quote is: the mentions are out of order once.
                    let who = ctx.read_who("Inspector Tom Hollis");
                    assert!(who.and_then(|who| ctx.resolve(who, (0, 9))).is_some());
                }
                assert!(ctx.named_before("Smithers", (i, 2)).is_none());
                assert!(ctx.named_before("reed", (i, 2)).is_some() == (i >= 3), "{i}");
                assert!(ctx.resolve(Who::Pronoun(Gender::Female), (i, 3)).is_some(), "{i}");
                assert!(!ctx.person_named_before("Jane Smithers", (i, 4)), "{i}");
                assert!(!ctx.pronoun_ambiguous(Gender::Male, (i, 5)), "{i}");
            }
            ctx.read.get()
        };
        let (small, large) = (read(200), read(1600));
        assert!(large <= 10 * small, "{small} mentions read for 200 paragraphs, {large} for 1600");
    }

    #[test]
    fn a_local_council_is_named_by_its_kind_or_by_its_area() {
        for name in [
            "Hull City Council",
            "Conwy County Borough Council",
            "Swansea Council",
            "Wrexham Council",
            "Camden Council",
            "Fife Council",
            "City of Edinburgh Council",
        ] {
            assert!(is_local_council(name), "{name}");
        }
        for name in [
            "Borough Council",
            "Hull Youth Council",
            "Sentencing Council",
            "National Police Chiefs' Council",
            "Swansea Youth Council",
        ] {
            assert!(!is_local_council(name), "{name}");
        }
    }

    #[test]
    fn the_last_words_of_a_text_are_cut_at_a_word_boundary() {
        assert_eq!(last_words("Hull City Council", 12), "Hull City Council");
        assert_eq!(last_words("The Hull Youth Council met.  Leeds City Council", 3), " Leeds City Council");
        assert_eq!(last_words("", 3), "");
        // A council's name longer than the window is no local council's, cut or whole.
        let long = "The Royal And Ancient Honourable Guild Of Merchants Venturers Trading Borough Council";
        assert!(!is_local_council(&last_body_named(long, "Council").unwrap_or_default()));
        assert!(!is_local_council(&last_body_named(last_words(long, NAME_WINDOW), "Council").unwrap_or_default()));
    }

    #[test]
    fn a_body_is_named_by_the_capitalised_words_around_its_word() {
        for (text, word, name) in [
            (
                "A meeting of the Gwent Police and Crime Panel was told on Friday.",
                "Panel",
                Some("Gwent Police and Crime Panel"),
            ),
            (
                "Women's Aid Federation Northern Ireland said its refuges were full.",
                "Federation",
                Some("Women's Aid Federation Northern Ireland"),
            ),
            (
                "The Northby Borough Council's budget fell. \"Council\" staff left.",
                "Council",
                Some("Northby Borough Council"),
            ),
            ("It wrote to Northby Council, which runs 40 schools.", "Council", Some("Northby Council")),
            (
                "The Association of Chief Police Officers said so.",
                "Association",
                Some("Association of Chief Police Officers"),
            ),
            ("The council said so.", "Council", None),
        ] {
            assert_eq!(last_body_named(text, word).as_deref(), name, "{text}");
        }
    }

    /// Counting on from the last offset gives what counting from the start does, for offsets
    /// in order, back again, past the end and inside a character.
    #[test]
    fn char_offsets_counted_on_are_those_counted_from_the_start() {
        let text = "Kent’s chief — Avon & Somerset Police, Dyfed-Powys Police … é Essex Police";
        let mut counter = CharCounter::new(text);
        let bytes: Vec<usize> = (0..=text.len() + 2).chain((0..=text.len()).rev()).chain([7, 3, 40, 9, 200]).collect();
        for byte in bytes {
            assert_eq!(counter.at(byte), char_at(text, byte), "{byte}");
        }
    }
}
