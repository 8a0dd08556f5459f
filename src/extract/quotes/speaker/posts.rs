//! What a post covers, as the words around a title say it: the area a force polices named
//! as a place ("a father from Kent", "Greater Manchester's Deputy Mayor"), a police rank
//! ("Detective Inspector", not "welfare officer"), and a brief held ("Local Government
//! Minister", "Cabinet Member for Children's Services"), none of which names a body.

use super::bare;
use crate::extract::quotes::names::{force_named, is_acronym, POLICE_RANKS};

/// Words in a force's name, or in a byname of one ("the Met", "Scotland Yard"), that no
/// area's name holds.
const FORCE_NAME_WORDS: &[&str] = &["police", "constabulary", "force", "service", "met", "metropolitan", "yard"];

/// "Kent", "Greater Manchester", "Northern Ireland": the area a force polices, named as a
/// place, not the force ("Kent Police", "the Met", "PSNI"). Where a person lives, or what a
/// civic post covers, unless the person holds a police rank.
pub(super) fn names_an_area_only(words: &str) -> bool {
    force_named(words).is_some()
        && !words.split_whitespace().any(|w| {
            let w = bare(w);
            is_acronym(w) || FORCE_NAME_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
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

/// Words that name a nation's government by its people or its name: "Welsh Government",
/// "UK Government", "Isle of Man Government".
const NATION_WORDS: &[&str] =
    &["UK", "British", "English", "Welsh", "Scottish", "Irish", "Manx", "Jersey", "Guernsey", "HM", "Her", "His"];

/// "Local Government", "Housing and Local Government": a minister's brief, no government;
/// a government is named by its nation ("Welsh Government", "Northern Ireland Government").
pub(super) fn is_a_brief(words: &[&str]) -> bool {
    let Some((last, lead)) = words.split_last() else { return false };
    if !bare(last).eq_ignore_ascii_case("government") {
        return false;
    }
    let lead: Vec<&str> = lead.iter().map(|w| bare(w)).collect();
    let nation = lead.first().is_some_and(|w| NATION_WORDS.contains(w))
        || (!lead.is_empty() && crate::extract::places::by_alias(&lead.join(" ")).is_some());
    !nation
}
