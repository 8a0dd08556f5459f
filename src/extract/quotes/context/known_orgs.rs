//! Organisations reporters name by a name alone: charities, bodies whose name holds no word
//! for a body, and businesses named like a person.

use std::sync::LazyLock;

/// Charities reporters name.
pub(super) const CHARITY_NAMES: [&str; 38] = [
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
    "With You",
    // Named after their founders: a first name and a surname that are no one speaking.
    "Marie Curie",
    "Sue Ryder",
    "Leonard Cheshire",
    "Marie Stopes",
];

/// Bodies reporters name by a name holding no word for a body, that are no charity: "the
/// charity" never means them. Action Fraud is the national fraud reporting centre, run by
/// the City of London Police; Internet Matters is an industry-funded not-for-profit company
/// Parent Zone a social enterprise, and For Women Scotland a campaign company.
pub(super) const NAMED_BODIES: [&str; 4] = ["Action Fraud", "Internet Matters", "Parent Zone", "For Women Scotland"];

/// Businesses named after a person, first name and surname, that stories of thefts and
/// raids name as the business ("Eddie Stobart lorries were stolen", "Hugo Boss reported
/// losses"): the name is no person's, and a later "he said" is not the business speaking.
pub(super) const BUSINESSES_NAMED_LIKE_PEOPLE: &[&str] = &[
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
pub(in crate::extract::quotes) fn is_business_named_like_a_person(name: &str) -> bool {
    BUSINESSES_NAMED_LIKE_PEOPLE.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// A charity reporters name, as written ("Barnardo's", any case).
pub(in crate::extract::quotes) fn is_charity(name: &str) -> bool {
    CHARITY_NAMES.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// An organisation reporters name whose name alone says so ("Barnardo's", "Action Fraud"):
/// a charity or one of the [`NAMED_BODIES`]. Its name is no person's and may stand for the
/// organisation a speaker belongs to.
pub(in crate::extract::quotes) fn is_known_org(name: &str) -> bool {
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
