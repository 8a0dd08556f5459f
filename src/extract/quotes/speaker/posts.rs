//! What a post covers, as the words around a title say it: the area a force polices named
//! as a place ("a father from Kent", "Greater Manchester's Deputy Mayor"), a police rank
//! ("Detective Inspector", not "welfare officer"), and a brief held ("Local Government
//! Minister", "Cabinet Member for Children's Services"), none of which names a body.

use super::bare;
use crate::extract::quotes::names::{force_named, is_acronym, FORCE_WORDS, POLICE_RANKS};

/// Words in a byname of a force ("the Met", "Scotland Yard") that no area's name holds; the
/// words of a force's own name are [`FORCE_WORDS`].
const FORCE_BYNAME_WORDS: &[&str] = &["met", "metropolitan", "yard"];

/// "Kent", "Greater Manchester", "Northern Ireland": the area a force polices, named as a
/// place, not the force ("Kent Police", "the Met", "PSNI"). Where a person lives, or what a
/// civic post covers, unless the person holds a police rank.
pub(super) fn names_an_area_only(words: &str) -> bool {
    force_named(words).is_some() && !has_force_words(words)
}

/// Whether `words` hold a word of a force's name or byname, or an acronym ("Police", "Met",
/// "PSNI"): the part of [`names_an_area_only`] for words whose [`force_named`] a caller
/// already has.
pub(super) fn has_force_words(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        let w = bare(w);
        is_acronym(w) || FORCE_WORDS.iter().chain(FORCE_BYNAME_WORDS).any(|f| f.eq_ignore_ascii_case(w))
    })
}

/// Words of a role that hold a police rank: "Detective Inspector", "police officer", "officer
/// in the case"; not "welfare officer" or "petty officer", whose "officer" serves another body.
pub(super) fn holds_police_rank(role: &str) -> bool {
    const POLICE_OFFICERS: &[&str] =
        &["police", "investigating", "arresting", "custody", "firearms", "response", "neighbourhood", "duty"];
    let words: Vec<String> = role.split_whitespace().map(|w| bare(w).to_lowercase()).collect();
    words.iter().enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).and_then(|b| words.get(b)).map(String::as_str);
        POLICE_RANKS.contains(&w.as_str())
            && (w != "officer" || before.is_none_or(|b| POLICE_OFFICERS.contains(&b) || POLICE_RANKS.contains(&b)))
    })
}

/// Words ending a title whose "for" names the brief it holds, not a body: "Cabinet Member for
/// Children's Services", "Portfolio Holder for Communities", "Minister for Policing".
pub(super) const BRIEF_HOLDERS: &[&str] = &["member", "holder", "minister", "secretary"];

/// Words naming whose government a "… Government" is when it is a state's: "Welsh
/// Government Minister" is that government's minister, not a brief.
const GOVERNMENTS_OF: &[&str] =
    &["welsh", "scottish", "uk", "british", "irish", "manx", "hm", "his", "her", "majesty's", "jersey", "guernsey"];

/// "Local Government Minister", "Digital Government Secretary", "Local Government
/// spokesperson": a "… Government" is a minister's brief, no government, only when a holder
/// of a brief follows it and the words before it name no state ("Welsh Government Minister"
/// is that government's); "Welsh Government minister" and "Labour Government adviser" are a
/// government's people.
pub(super) fn is_a_brief(words: &[&str], after: &[&str]) -> bool {
    let names_government = words.last().is_some_and(|w| bare(w).eq_ignore_ascii_case("government"))
        && !words.iter().rev().nth(1).is_some_and(|w| GOVERNMENTS_OF.contains(&bare(w).to_lowercase().as_str()));
    let holder = after.first().is_some_and(|w| {
        let w = bare(w);
        let title_cased = w.starts_with(char::is_uppercase) && BRIEF_HOLDERS.contains(&w.to_lowercase().as_str());
        title_cased || w.to_lowercase().starts_with("spokes")
    });
    names_government && holder
}
