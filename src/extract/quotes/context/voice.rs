//! Whose voice a quote's words are in: an official's ("our officers", "I would urge anyone"),
//! the speaker's own ("I rang 999"), or neither.

/// Whose voice a quote's words are in, as far as they say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Voice {
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
pub(super) fn voice(words: &str) -> Voice {
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
pub(super) fn words_of_an_office(words: &str) -> bool {
    let lower = words.to_lowercase().replace('’', "'");
    lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|w| OFFICE_WORDS.contains(&w))
        || OFFICIAL.iter().any(|w| lower.contains(w))
}
