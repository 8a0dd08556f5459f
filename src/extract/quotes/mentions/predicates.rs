//! Words that begin what is said of a subject rather than go on describing it: auxiliaries,
//! verbs in the past with no "-ed" ("lost"), past participles ("taken"), and the plural nouns
//! of a business's people and property that read as verbs after a name ("Stobart lorries").

/// Common verbs in the past tense that do not end in "-ed": "Jo Bloggs, who farms near
/// Brecon, lost 40 ewes." goes on from its subject with one of these as surely as with
/// "was" or "has". Only the words after a subject holding its own comma are read, and
/// only a person's name there is kept.
pub(super) const IRREGULAR_PAST: &[&str] = &[
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
pub(super) const BUSINESS_NOUNS: &[&str] = &[
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
pub(super) fn verb_after_a_noun(word: &str) -> bool {
    const AUX: &[&str] = &[
        "are", "were", "was", "is", "have", "had", "has", "will", "would", "can", "could", "may", "might", "must",
        "should", "did", "do", "say", "said", "told", "also",
    ];
    let word = word.trim_end_matches(',');
    AUX.contains(&word)
        || IRREGULAR_PAST.contains(&word)
        || (is_regular_past(word) && word.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether a word has the shape of a regular verb's past: "-ed" after a stem of three letters
/// or more ("warned", "visited"), or after two ("used", "died", "owed", "eyed", "axed"), where
/// "-eed" is a noun's or a present verb's ending ("need", "feed", "seed"), not a past's.
pub(super) fn is_regular_past(word: &str) -> bool {
    word.ends_with("ed") && (word.len() > 4 || (word.len() == 4 && !word.ends_with("eed")))
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
pub(in crate::extract::quotes) fn reads_as_predicate(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    verb_after_a_noun(word)
        || IRREGULAR_PARTICIPLES.contains(&word)
        || matches!(word, "remains" | "remain" | "denies" | "faces" | "being")
}

/// A lower-case word that reads as a verb in the present or past tense after a subject:
/// "runs", "founded", "lost"; not "business" or "bus".
pub(super) fn is_finite_verb(word: &str) -> bool {
    let lower = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
    lower
        && ((word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"))
            || is_regular_past(word)
            || IRREGULAR_PAST.contains(&word))
}
