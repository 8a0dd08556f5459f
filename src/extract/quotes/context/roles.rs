//! What the words of a role say of its holder: that they head an organisation, answer for a
//! police area, or hold a post of a kind ("the detective", "the officer").

use crate::extract::quotes::names;

/// The posts a word for a kind of post covers, read from the words of a role: "detective" any
/// detective's rank ("Detective Sergeant", "Det Ch Insp", "DCI"), "officer" any police rank
/// ("Sergeant", "Chief Inspector"; not an officer of another service, "chief fire officer"),
/// "councillor" a councillor's title ("Cllr").
pub(super) fn post_of_kind(kind: &str) -> Option<fn(&[String]) -> bool> {
    const DETECTIVE_RANKS: &[&str] = &["detective", "det", "dc", "ds", "di", "dci", "dcs", "dsupt", "dsu"];
    match kind {
        "detective" => Some(|words| words.first().is_some_and(|w| DETECTIVE_RANKS.contains(&w.as_str()))),
        "officer" | "police officer" => {
            Some(|words| words.iter().any(|w| w != "officer" && names::POLICE_RANKS.contains(&w.as_str())))
        }
        "councillor" => Some(|words| words.iter().any(|w| w == "councillor" || w == "cllr")),
        _ => None,
    }
}

/// Whether a role is one that heads or runs part of an organisation ("CEO", "chief
/// executive", "its director of policy", "head of child safety"): its holder speaks for it.
pub(super) fn leads_an_organisation(role: &str) -> bool {
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
pub(super) fn is_commissioner(role: Option<&str>) -> bool {
    role.is_some_and(|r| r.to_lowercase().contains("crime commissioner"))
}
