//! The role and organisation words of a speaker phrase: "NCWT chief executive", "head of
//! policy at the Lanyard Trust", "Gwent Police and Crime Commissioner", "a Meta spokesperson",
//! "the charity", read into a role and an organisation (or a reference to one).

use std::sync::LazyLock;

use regex::Regex;

use super::posts::{has_force_words, holds_police_rank, is_a_brief, BRIEF_HOLDERS};
use super::{bare, OrgRef, Who};
use crate::extract::quotes::context::{is_charity, is_known_org};
use crate::extract::quotes::names::{
    first_name_gender, force_as_printed, force_named, is_acronym, is_honorific, is_name_word, is_org_kind, is_org_word,
    is_role_word, is_title_word, title_case, without_the, words_with_offsets,
};

/// "A Cleveland Police spokesperson", "a spokeswoman for the force", "A spokesperson", "a
/// spokesperson for the Department for Science, Innovation and Technology". The words of the
/// organisation stand before the noun or after its preposition, and keep their inner "of",
/// "for", "and" and commas: "A City of London Police spokesperson".
pub(super) fn spokes(parts: &[String]) -> Option<Who> {
    let all = parts.join(", ");
    let words: Vec<&str> = all.split_whitespace().collect();
    let (at, word) = spokes_noun(&words)?;
    let before = org_span(&words[..at]);
    let after = org_span(&words[at + 1..]);
    let org_words = if before.is_empty() { after } else { before };
    let too_long = org_words.len() > if is_proper_name(&org_words) { MAX_PROPER_NAME_WORDS } else { 6 };
    if org_words.iter().any(|w| is_name_word(w) && w.len() > 1) && too_long {
        return None;
    }
    let org_text = without_office_possessive(org_words.join(" ").trim_end_matches(','));
    // "a spokesperson for the community group Unity Not Hate": the name after its kind.
    let org_text = named_after_its_kind(strip_article(&org_text)).map_or(org_text.clone(), str::to_string);
    // "a spokesperson for the partnership", "a trust spokesman": the body named before by
    // the word for its kind, as "the council's lead member" is.
    // "the Trust", in the house style of a body calling itself by its kind, is one too.
    let kind = org_text.to_lowercase();
    if BODY_WORDS.contains(&kind.as_str()) {
        return Some(Who::Spokes { word, org: OrgRef::Body(title_case(&kind)) });
    }
    // Words that name no known kind of organisation still name it: "a Meta spokesperson".
    let org = org_ref(&org_text).unwrap_or_else(|| OrgRef::Named(org_text.clone()));
    // "the spokesperson" alone points back to one the text reported.
    let definite = at > 0 && words[at - 1].eq_ignore_ascii_case("the");
    let org = if org == OrgRef::Unsaid && definite { OrgRef::Reported } else { org };
    Some(Who::Spokes { word, org })
}

/// The most words a body's proper name after "a spokesperson for" may run to: "the Office of
/// the Commissioner for Older People in North Wessex" is ten.
const MAX_PROPER_NAME_WORDS: usize = 12;

/// "Office of the Commissioner for Older People in North Wessex", "Royal Society for the Care
/// of Inland Waterways, RSCIW": every word capitalised but the small words joining them,
/// as a body's full name is printed. Such a name may be long; words that run on in lower
/// case ("the family of a man who died in the crash") are a description, not a name.
fn is_proper_name(words: &[&str]) -> bool {
    const JOINING: &[&str] = &["of", "for", "and", "the", "on", "in", "&"];
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
    }
    words.first().is_some_and(|w| bare(w).starts_with(char::is_uppercase))
        && words.last().is_some_and(|w| bare(w).starts_with(char::is_uppercase))
        && words.iter().map(|w| bare(w)).all(|w| w.starts_with(char::is_uppercase) || JOINING.contains(&w))
}

/// "the Chancellor's spokeswoman", "the Prime Minister's spokesman": the office she speaks
/// for, without its "'s", as "a spokeswoman for the Chancellor" names it. A name that ends
/// on "'s" keeps it ("a Barnardo's spokesman").
fn without_office_possessive(org: &str) -> String {
    let stem = org.strip_suffix("'s").or_else(|| org.strip_suffix("’s"));
    match stem {
        Some(stem) if stem.split_whitespace().next_back().is_some_and(is_title_word) => stem.to_string(),
        _ => org.to_string(),
    }
}

/// The spokesperson noun among `words` ("spokeswoman,"): where it stands, and the word in
/// lower case without the punctuation stuck to it.
fn spokes_noun(words: &[&str]) -> Option<(usize, String)> {
    let at = words.iter().position(|w| w.to_lowercase().starts_with("spokes"))?;
    Some((at, words[at].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()))
}

/// "A spokesperson for Mr Bloggs", "a spokeswoman for Dame Jo Bloggs", "a spokesman for Mr
/// and Mrs Bloggs": the spokesperson speaks, for those named after the honorifics, who are no
/// speakers here. They are named as printed, honorifics and all, as a firm may be named so
/// ("a spokesperson for Dr Oetker"). Only an article may stand before the noun, and only the
/// name after the honorifics: "Labour spokeswoman for home affairs Jo Bloggs" is Jo Bloggs,
/// holding a portfolio.
pub(super) fn spokes_for_a_person(head: &str) -> Option<Who> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let (at, word) = spokes_noun(&words)?;
    let article = |w: &&str| matches!(w.to_lowercase().as_str(), "a" | "an" | "the");
    if !words[..at].iter().all(article) || words.get(at + 1) != Some(&"for") {
        return None;
    }
    let after: Vec<&str> = words.get(at + 2..)?.iter().map(|w| bare(w)).collect();
    let mut honorifics = 0;
    while after.get(honorifics).is_some_and(|w| is_honorific(w)) {
        honorifics += 1;
        // "Mr and Mrs": honorifics joined by "and".
        if after.get(honorifics) == Some(&"and") && after.get(honorifics + 1).is_some_and(|w| is_honorific(w)) {
            honorifics += 1;
        }
    }
    let name = &after[honorifics..];
    let named = honorifics > 0 && (1..=3).contains(&name.len()) && name.iter().all(|w| is_name_word(w));
    named.then(|| Who::Spokes { word, org: OrgRef::Named(after.join(" ")) })
}

/// "Ms Bloggs's office", "Jo Bloggs' office", "Mr Bloggs's campaign team": the staff of
/// someone named answer for them as a spokesperson does, and are named as printed, the
/// one they work for and all. A lone name must have an honorific ("Mr Bloggs's office"):
/// "Kent's office" is no one's.
pub(super) fn office_of_a_person(head: &str) -> Option<Who> {
    const STAFF: &[&str] = &["office", "private office", "constituency office", "campaign team", "press office"];
    let head = head.trim();
    // The owner ends before "'s" ("Bloggs's") or on the "s" before a lone apostrophe ("Jones'").
    let (owner, staff) = ["'s ", "’s ", "s' ", "s’ "].iter().find_map(|mark| {
        let at = head.find(mark)?;
        let owner_end = if mark.starts_with('s') { at + 1 } else { at };
        Some((head.get(..owner_end)?, head.get(at + mark.len()..)?))
    })?;
    if !STAFF.contains(&staff.trim().to_lowercase().as_str()) {
        return None;
    }
    let words: Vec<&str> = owner.split_whitespace().map(bare).collect();
    let honorifics = words.iter().take_while(|w| is_honorific(w)).count();
    let name = &words[honorifics..];
    let named = (1..=3).contains(&name.len())
        && name.iter().all(|w| is_name_word(w))
        && (honorifics > 0 || (name.len() >= 2 && first_name_gender(name[0]).is_some()));
    named.then(|| Who::Organisation(OrgRef::Named(head.to_string())))
}

/// The words of an organisation beside a spokesperson noun, without the determiners and
/// prepositions that lead up to it ("a", "for the") or a trailing "said".
fn org_span<'w>(words: &[&'w str]) -> Vec<&'w str> {
    let lead =
        |w: &str| matches!(w.to_lowercase().as_str(), "a" | "an" | "the" | "for" | "from" | "at" | "of" | "with");
    let start = words.iter().position(|w| !lead(w)).unwrap_or(words.len());
    let mut kept: Vec<&str> = words[start..].to_vec();
    while kept.last().is_some_and(|w| {
        let l = w.trim_matches(',').to_lowercase();
        lead(&l) || matches!(l.as_str(), "said" | "and" | "")
    }) {
        kept.pop();
    }
    kept
}

/// The organisation some words name, if they name one.
fn org_ref(words: &str) -> Option<OrgRef> {
    let words = without_the(words.trim()).trim();
    let lower = words.to_lowercase();
    let lower = lower.trim_end_matches("'s").trim_end_matches("’s");
    if lower.is_empty() {
        return Some(OrgRef::Unsaid);
    }
    if let Some(force) = force_as_printed(words) {
        return Some(OrgRef::Named(force.to_string()));
    }
    // "Victim Support", "Action Fraud": known by a name with no word for a body in it.
    if words.contains(' ') && is_known_org(words) {
        return Some(OrgRef::Named(words.to_string()));
    }
    if matches!(lower, "force" | "police" | "police force" | "constabulary" | "police service") {
        return Some(OrgRef::Force);
    }
    if let Some(name) = name_after_kind(words) {
        return Some(OrgRef::Named(name.to_string()));
    }
    if lower.ends_with("charity") || lower == "organisation" || lower == "campaign group" {
        return Some(OrgRef::Charity);
    }
    if is_org_kind(lower) && words.starts_with(char::is_lowercase) {
        return Some(OrgRef::Mentioned);
    }
    let tokens: Vec<&str> = words.split_whitespace().collect();
    let capitalised = tokens.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || matches!(*w, "of" | "for" | "and" | "&" | "the")
    });
    // "University of Kent", "Police Federation of England and Wales": an organisation word,
    // then what it is of.
    let org_of =
        tokens.len() > 2 && tokens.windows(2).any(|pair| is_org_word(pair[0]) && matches!(pair[1], "of" | "for"));
    let org_like = tokens.len() == 1 && is_acronym(tokens[0])
        || tokens.last().is_some_and(|w| is_org_word(w))
        || tokens.iter().any(|w| is_acronym(w))
        || org_of;
    (capitalised && org_like && tokens.len() <= 6).then(|| OrgRef::Named(words.to_string()))
}

/// "charity Missing People", "children's charity Safe Line", "campaign group Safer Streets":
/// a lower-case word for a kind of body, then its name in capitals, which is the
/// organisation's. A name opening on a job title or a known first name is a person's.
fn name_after_kind(words: &str) -> Option<&str> {
    const KINDS: &[&str] = &["charity ", "campaign group ", "campaign ", "organisation ", "group "];
    let (at, kind) = KINDS.iter().filter_map(|k| words.find(k).map(|at| (at, k))).min_by_key(|(at, _)| *at)?;
    let before = &words[..at];
    if !before.split_whitespace().all(|w| w.starts_with(char::is_lowercase)) {
        return None;
    }
    let name = words[at + kind.len()..].trim();
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let first = *tokens.first()?;
    let capitalised =
        tokens.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "&"));
    let person = is_role_word(bare(first)) || crate::extract::quotes::names::first_name_gender(bare(first)).is_some();
    (capitalised && !person && tokens.len() <= 6 && tokens.last().is_some_and(|w| w.starts_with(char::is_uppercase)))
        .then_some(name)
}

/// Words ending (or inside) the name of a body that "the council's", "the federation's"
/// point back to. Not "force" or "charity" (read as such), nor a unit or team of a force.
const BODY_WORDS: &[&str] = &[
    "council",
    "federation",
    "trust",
    "foundation",
    "association",
    "society",
    "commission",
    "authority",
    "agency",
    "union",
    "panel",
    "board",
    "partnership",
    "institute",
    "alliance",
    "coalition",
    "forum",
];

/// Nouns for a kind of body that a name may follow: "the charity Leeway", "the community
/// group Unity Not Hate".
const BODY_KINDS: &[&str] =
    &["charity", "group", "organisation", "organization", "campaign", "network", "service", "project", "body"];

/// A lower-case noun for a kind of organisation that its name may follow ("the charity
/// Leeway", "the chain Hollins").
pub(super) fn is_body_kind(word: &str) -> bool {
    BODY_KINDS.contains(&word) || is_org_kind(word)
}

/// "anti-knife charity StepAway", "Cardiff-based charity Safe Cymru", "community group Unity
/// Not Hate" (the article already taken off): a few words ending in a noun for a kind of
/// organisation, then its name of capitalised words to the end. The name.
pub(super) fn named_after_its_kind(words: &str) -> Option<&str> {
    let words = words.trim_end_matches(['.', ',', ' ']);
    let tokens: Vec<(usize, &str)> = words_with_offsets(words);
    let kind = tokens.iter().rposition(|(_, w)| is_body_kind(w))?;
    let name = &tokens[kind + 1..];
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let inner = |w: &str| matches!(w, "of" | "and" | "&" | "for");
    let name_shaped = name.first().is_some_and(|(_, w)| capital(w))
        && name.last().is_some_and(|(_, w)| capital(w))
        && name.iter().all(|(_, w)| capital(w) || inner(w))
        && name.len() <= 6;
    (kind <= 4 && name_shaped).then(|| name.first().and_then(|&(at, _)| words.get(at..))).flatten()
}

/// "head of policy at Safer Screens": a job at a place of capitalised words that names no
/// town or county is a job at that organisation, whatever its name.
fn works_at(role: &str, tail: &str) -> bool {
    let tokens: Vec<&str> = tail.split_whitespace().collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let name_shaped = tokens.first().is_some_and(|w| capital(w))
        && tokens.last().is_some_and(|w| capital(w))
        && tokens.iter().all(|w| capital(w) || matches!(*w, "of" | "and" | "&" | "for"))
        && tokens.len() <= 6;
    let job = role.split_whitespace().any(|w| is_role_word(bare(w)));
    name_shaped && job && crate::extract::places::by_alias(tail).is_none()
}

/// "the PSNI's Public Protection Branch", "Kent Police's child exploitation team": the unit a
/// force owns, when the words name one.
fn unit_of_force(words: &str) -> Option<&str> {
    let words = strip_article(words.trim());
    let Some((owner, unit)) = words.split_once("'s ").or_else(|| words.split_once("’s ")) else {
        return force_and_unit(words).map(|(_, unit)| unit);
    };
    let unit = unit.trim().trim_end_matches(['.', ',']);
    (force_named(owner).is_some() && !unit.is_empty() && unit.split_whitespace().count() <= 6).then_some(unit)
}

/// Words that end the name of a unit inside a force.
const UNIT_WORDS: &[&str] =
    &["Team", "Unit", "Squad", "Taskforce", "Branch", "Command", "Division", "Hub", "Bureau", "Section"];

/// "Wiltshire Police Rural Crime Team": a force's name, then the capitalised name of one of
/// its units (ending in "Team", "Unit", "Squad" …). The force and the unit.
fn force_and_unit(words: &str) -> Option<(&'static str, &str)> {
    let words = words.trim().trim_end_matches(['.', ',']);
    let tokens: Vec<(usize, &str)> = words_with_offsets(words);
    let last = tokens.last()?.1;
    if tokens.len() > 10 || !UNIT_WORDS.contains(&last) {
        return None;
    }
    (1..tokens.len()).rev().find_map(|i| {
        let (at, _) = tokens[i];
        let unit = words.get(at..)?;
        let capitalised = tokens[i..].iter().all(|(_, w)| w.starts_with(char::is_uppercase) || *w == "and");
        let force = force_named(words.get(..at)?.trim())?;
        (capitalised && tokens.len() - i <= 5).then_some((force, unit))
    })
}

/// "the charity", "the NSPCC", "Cleveland Police", "the force".
pub(super) fn organisation(head: &str) -> Option<OrgRef> {
    match org_ref(head)? {
        OrgRef::Unsaid | OrgRef::Reported => None,
        found => Some(found),
    }
}

/// A place's name and nothing else: no force, council or other body of it.
pub(super) fn is_place_only(words: &str) -> bool {
    let words = words.trim().trim_end_matches(['.', ',']).trim();
    let whole_area = || {
        let found = crate::extract::places::area_mentions(words);
        matches!(found.as_slice(), [only] if only.range == (0..words.len()))
    };
    words.starts_with(char::is_uppercase)
        && (crate::extract::places::by_alias(words).is_some() || whole_area())
        && (force_named(words).is_none() || !has_force_words(words))
        && !is_known_org(words)
}

/// Reads role words and an organisation out of one part of a phrase: "NCWT chief
/// executive", "chief executive of the Lanyard Trust", "Head of Practice for NCWT Scotland",
/// "from Norfolk police", "Gwent Police and Crime Commissioner", "the charity's head of
/// policy" (whose organisation is the `owner` the text named before).
pub(super) fn read_role_and_org(
    part: &str,
    roles: &mut Vec<String>,
    org: &mut Option<String>,
    owner: &mut Option<OrgRef>,
) {
    let part = part.trim().trim_matches(',').trim();
    let part = strip_article(part);
    // "His colleague, PC Emma Hart": a relation to someone else, not a role of one's own.
    let relative =
        ["his ", "her ", "their "].iter().any(|p| part.get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)));
    if part.is_empty() || relative {
        return;
    }
    // "former Met detective", "Ex-sergeant": the job is read as any other, and reads as
    // held once.
    if let Some((former, job)) = super::former::split_former(part) {
        let from = roles.len();
        read_role_and_org(job, roles, org, owner);
        match roles.get_mut(from) {
            Some(first) => first.insert_str(0, former),
            None => roles.push(former.trim_end().to_string()),
        }
        return;
    }
    static PCC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bpolice,?\s+(?:fire\s+and\s+)?(?:and\s+)?crime\s+commissioner\b")
            .unwrap_or_else(|e| panic!("commissioner pattern: {e}"))
    });
    if let Some(m) = PCC.find(part) {
        // "Deputy Police and Crime Commissioner", "the county's deputy police and crime
        // commissioner": rank words before the title are part of it; what stands before them
        // is the area when it is a name ("Gwent", "Surrey's"), not a word pointing back to it
        // ("the region's"), whose area the article gives.
        let before: Vec<&str> = strip_article(part[..m.start()].trim()).split_whitespace().collect();
        let ranks = before.iter().rev().take_while(|w| is_role_word(bare(w))).count();
        let (place, rank) = before.split_at(before.len() - ranks);
        let title = commissioner_title(m.as_str());
        roles.push(if rank.is_empty() { title } else { format!("{} {title}", rank.join(" ")) });
        let place = place.join(" ");
        let place = place.trim_end_matches("'s").trim_end_matches("’s");
        let place = if place.starts_with(char::is_lowercase) { "" } else { place };
        // "Police and Crime Commissioner for Gwent": the place after it.
        let after = part[m.end()..].trim_start();
        let place_after =
            ["for ", "of "].iter().find_map(|p| after.strip_prefix(p)).map(|rest| strip_article(rest.trim()));
        let place = if place.is_empty() { place_after.unwrap_or("").trim_end_matches(['.', ',']) } else { place };
        if org.is_none() && !place.is_empty() {
            *org = Some(place.to_string());
        }
        return;
    }
    for prep in ["from ", "of ", "at ", "with "] {
        if let Some(rest) = part.strip_prefix(prep) {
            // "Jo Bloggs, 78, from Kirkcaldy", "Jo Bloggs, of Wrexham": a town alone says where
            // the person lives, not whom they speak for.
            if matches!(prep, "from " | "of ") && is_place_only(rest) {
                return;
            }
            // "from near Hawes", "of rural Powys": a place described, no body. "of the
            // charity's helpline service": the charity named before.
            // "of the force's public protection unit" names the unit, read below.
            let described = strip_article(rest);
            let pointed = described.split_whitespace().next().and_then(named_before);
            if described.starts_with(char::is_lowercase) && pointed != Some(OrgRef::Force) {
                if let Some(named_before) = pointed {
                    owner.get_or_insert(named_before);
                }
                return;
            }
            // "of North Yorkshire Police's Rural Taskforce": the force's unit joins the role,
            // as a unit before a rank does ("OCET Sergeant").
            if let Some(unit) = unit_of_force(rest) {
                roles.push(unit.to_string());
            }
            set_org(org, rest);
            return;
        }
    }
    // "chief executive of the NSPCC": the last preposition followed by a capitalised name,
    // unless the preposition is inside that name ("at the University of Kent", "manager of
    // the Association of Convenience Stores": then the one before it).
    for prep in [" for ", " of ", " at ", " from "] {
        for (at, _) in part.rmatch_indices(prep) {
            let tail = strip_article(part[at + prep.len()..].trim());
            // "Isle of Wight Council", "the Royal College of Nursing": after a capitalised
            // word that is no title, "of" joins the words of one name.
            let inside_name = part[..at].split_whitespace().next_back().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && (is_org_word(w)
                        || prep == " of " && !is_role_word(bare(w)) && tail.starts_with(char::is_uppercase))
            });
            if inside_name {
                continue;
            }
            let role = part[..at].trim();
            // "manager of the Boston-based charity Haven Lincs": the name after its kind.
            if let Some(name) = named_after_its_kind(tail) {
                roles.push(role.to_string());
                set_org(org, name);
                return;
            }
            // "assistant director for Northern Ireland": an area a post covers, no force,
            // unless the post is a police rank.
            // The force the tail names, asked once for the three checks below.
            let tail_force = force_named(tail);
            let area = tail_force.is_some() && !has_force_words(tail) && !holds_police_rank(role);
            // "Cabinet Member for Children's Services": the brief held.
            let brief = prep == " for "
                && role
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| BRIEF_HOLDERS.contains(&bare(w).to_lowercase().as_str()))
                && tail_force.is_none()
                && !is_known_org(tail);
            let named = tail.starts_with(|c: char| c.is_uppercase())
                && org_ref(tail).is_some_and(|o| o != OrgRef::Unsaid)
                || tail_force.is_some()
                || is_charity_branch(tail)
                || prep == " at " && works_at(role, tail);
            // "head of the States of Jersey Police Public Protection Unit": the force's unit
            // goes with the role.
            if let Some((_, unit)) = force_and_unit(tail) {
                roles.push(format!("{role}{prep}{unit}"));
                set_org(org, tail);
                return;
            }
            if named && !area && !brief {
                roles.push(role.to_string());
                set_org(org, tail);
                return;
            }
            break;
        }
    }
    // "NCWT chief executive", "Gwent Police Detective Chief Superintendent", "Met lead for ...".
    let tokens: Vec<&str> = part.split_whitespace().collect();
    let mut split = 0;
    for n in (1..=tokens.len().min(5)).rev() {
        let whole = tokens[..n].join(" ");
        let lead = whole.trim_end_matches("'s").trim_end_matches("’s");
        // "Royal College of Nursing's": "of", "and" or "for" inside a name of capitalised
        // words, no title among them ("Cabinet Member for Children's Services").
        let inner = |(i, w): (usize, &&str)| i > 0 && i + 1 < n && matches!(*w, "of" | "and" | "for" | "&");
        let capitalised =
            tokens[..n].iter().enumerate().all(|(i, w)| w.starts_with(char::is_uppercase) || inner((i, w)))
                && (tokens[..n].iter().enumerate().all(|(i, w)| !inner((i, w)))
                    || !tokens[..n].iter().any(|w| {
                        let w = bare(w);
                        is_title_word(w) || BRIEF_HOLDERS.contains(&w.to_lowercase().as_str())
                    }));
        // "Brightwater's head of policy", "Scottish Labour's justice spokesperson": a name
        // owning a job title, when it is no place ("Britain's top officer").
        let owns_title = lead.len() < whole.len()
            && tokens[n..].first().is_some_and(|w| w.starts_with(char::is_lowercase))
            && tokens[n..].iter().take(3).any(|w| is_role_word(bare(w)))
            && crate::extract::places::by_alias(lead).is_none();
        // "Council leader", "Trust chair": a body's kind alone, capitalised to open the
        // sentence, names no body; the role keeps it.
        let kind_only = n == 1 && BODY_WORDS.contains(&bare(tokens[0]).to_lowercase().as_str());
        let brief = is_a_brief(&tokens[..n], &tokens[n..]);
        let named_org = (capitalised && !kind_only && !brief && (is_org_word(bare(tokens[n - 1])) || owns_title))
            || is_known_org(&whole)
            || is_known_org(lead);
        // "Surrey County Councillor": a place whose name goes on is no force.
        let name_goes_on = tokens.get(n).is_some_and(|w| is_name_word(bare(w)));
        // "Greater Manchester's Deputy Mayor": an area owning a post that is no police rank.
        // The force the lead names, asked once for both checks.
        let lead_force = force_named(lead);
        let area = lead_force.is_some() && !has_force_words(lead) && !holds_police_rank(&tokens[n..].join(" "));
        let force = lead_force.is_some() && !name_goes_on && !area;
        // "Cllr Jo Bloggs (Anytown Borough Council)": a part that is wholly an organisation's
        // name of two words or more is the organisation, not a role (nor a force of its place).
        let wholly_named = named_org && n == tokens.len() && n >= 2;
        if force || (n == 1 && is_acronym(tokens[0])) || (named_org && n < tokens.len()) || wholly_named {
            // "NSPCC Scotland policy manager": the organisation's branch in one of the nations.
            let n = n + nation_words(&tokens[n..]);
            let whole = tokens[..n].join(" ");
            set_org(
                org,
                if is_known_org(&whole) { &whole } else { whole.trim_end_matches("'s").trim_end_matches("’s") },
            );
            split = n;
            break;
        }
    }
    // "the charity's policy manager", "the insurer's claims director": the organisation
    // was named already.
    let mut rest = &tokens[split..];
    if let [possessive, tail @ ..] = rest {
        if let Some(named_before) = named_before(possessive).filter(|_| !tail.is_empty()) {
            owner.get_or_insert(named_before);
            rest = tail;
        }
    }
    let role = rest.join(" ");
    if !role.is_empty() {
        roles.push(role);
    }
}

/// "charity's", "force's", "company's", "council's": a possessive pointing back to the
/// organisation of that kind the text named before.
fn named_before(possessive: &str) -> Option<OrgRef> {
    match possessive.to_lowercase().replace('’', "'").as_str() {
        "charity's" => Some(OrgRef::Charity),
        "force's" => Some(OrgRef::Force),
        // "the company's finance director": the business named before; "the council's
        // lead member": the council named before.
        kind => kind.strip_suffix("'s").and_then(|k| {
            if is_org_kind(k) {
                Some(OrgRef::Mentioned)
            } else {
                BODY_WORDS.contains(&k).then(|| OrgRef::Body(title_case(k)))
            }
        }),
    }
}

/// A councillor's role: the office ("Councillor", "Cllr", "Kent County Councillor", "local
/// councillor") or a council's office held ("cabinet member for transport", "portfolio
/// holder for children", "council leader", "leader of the council", a party's "group leader"
/// on it).
pub(crate) fn is_councillor(role: Option<&str>) -> bool {
    let Some(role) = role else { return false };
    let lower = role.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "councillor" | "cllr"))
        || lower.contains("cabinet member")
        || lower.contains("portfolio holder")
        || leads_a_local_council(role)
        || lower.contains("leader of the council")
        || leads_a_party_group(&lower)
}

/// "council leader", "Leeds City Council leader", "Hull council leader": the leader of a
/// local council, with nothing before "council" but the kind of a local council or a
/// place. A "youth council leader", "student council leader" or "parish council leader"
/// leads another body.
fn leads_a_local_council(role: &str) -> bool {
    let words: Vec<&str> = role.split_whitespace().collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        if !pair[0].eq_ignore_ascii_case("council") || !pair[1].eq_ignore_ascii_case("leader") {
            return false;
        }
        let Some(before) = i.checked_sub(1).and_then(|b| words.get(b)) else { return true };
        let kind = matches!(
            before.to_lowercase().as_str(),
            "the" | "a" | "city" | "county" | "borough" | "district" | "metropolitan" | "unitary" | "local"
        );
        kind || (before.starts_with(char::is_uppercase) && crate::extract::places::by_alias(before).is_some())
    })
}

/// "Labour group leader", "Lib Dem group leader": a party's group on the council. A
/// "support group leader" or "Scout group leader" leads no council group.
fn leads_a_party_group(lower: &str) -> bool {
    const PARTIES: &[&str] = &[
        "labour",
        "conservative",
        "tory",
        "dem",
        "dems",
        "democrat",
        "democrats",
        "liberal",
        "green",
        "greens",
        "reform",
        "independent",
        "independents",
        "snp",
        "plaid",
        "opposition",
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.windows(3).any(|w| PARTIES.contains(&w[0]) && w[1] == "group" && w[2] == "leader")
}

/// "Kent County Councillor", "Leeds City Councillor": a title holding the name of the
/// councillor's council, when it names a local one.
pub(crate) fn council_of_title(role: &str) -> Option<String> {
    let tokens: Vec<&str> = role.split_whitespace().collect();
    let at = tokens.iter().position(|w| *w == "Councillor")?;
    let first =
        tokens[..at].iter().rposition(|w| !w.starts_with(char::is_uppercase) || w.ends_with(',')).map_or(0, |i| i + 1);
    let name = format!("{} Council", tokens.get(first..at)?.join(" "));
    (first < at && crate::extract::quotes::context::is_local_council(&name)).then_some(name)
}

/// "Police Fire and Crime Commissioner" as it is printed: "Police, Fire and Crime
/// Commissioner" ([`parse_who`] takes the comma out to keep the title in one part).
fn commissioner_title(title: &str) -> String {
    match title.split_once(' ') {
        Some((police, rest)) if !police.ends_with(',') && rest.to_lowercase().starts_with("fire ") => {
            format!("{police}, {rest}")
        }
        _ => title.to_string(),
    }
}

/// A charity, or its branch in a nation: "Barnardo's", "NSPCC Cymru".
pub(crate) fn is_charity_branch(words: &str) -> bool {
    let tokens: Vec<&str> = words.split_whitespace().collect();
    (1..=tokens.len()).any(|n| is_charity(&tokens[..n].join(" ")) && n + nation_words(&tokens[n..]) == tokens.len())
}

/// How many of `tokens` name one of the UK's nations, as a branch of an organisation is
/// named ("NSPCC Cymru", "Barnardo's Northern Ireland"): 0, 1 or 2.
fn nation_words(tokens: &[&str]) -> usize {
    let bare = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(',').to_string();
    match tokens {
        [first, second, ..] if *first == "Northern" && bare(second) == "Ireland" => 2,
        [first, ..] if matches!(bare(first).as_str(), "Scotland" | "Cymru" | "Wales" | "England" | "NI") => 1,
        _ => 0,
    }
}

pub(super) fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "a ", "A ", "an ", "An ", "its ", "Its ", "their ", "Their ", "our ", "Our "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

/// Sets the organisation once; a force is written by its canonical name.
fn set_org(org: &mut Option<String>, words: &str) {
    if org.is_some() {
        return;
    }
    let words = strip_article(words.trim().trim_end_matches(['.', ',']));
    // "the Southampton-based Solent Refuge Alliance": where it is based is no part of its name.
    let words = match words.split_once(' ') {
        Some((based, name)) if based.ends_with("-based") && name.starts_with(char::is_uppercase) => name,
        _ => words,
    };
    if is_known_org(words) {
        *org = Some(words.to_string());
        return;
    }
    // "the NSPCC's South East campaigns team": the team's owner, when the words name one.
    let owning = words
        .match_indices("'s ")
        .chain(words.match_indices("’s "))
        .map(|(at, _)| &words[..at])
        .find(|owner| is_known_org(owner) || is_acronym(owner) || is_charity_branch(owner));
    if let Some(owner) = owning.filter(|o| force_named(o).is_none()) {
        *org = Some(owner.to_string());
        return;
    }
    // "Kent Police's child protection team" belongs to Kent Police.
    let owner = words.split_once("'s ").or_else(|| words.split_once("’s ")).map(|(owner, _)| owner);
    if let Some(force) = owner.and_then(force_named).or_else(|| force_and_unit(words).map(|(force, _)| force)) {
        *org = Some(force.to_string());
        return;
    }
    let named = force_as_printed(words).map(str::to_string).unwrap_or_else(|| words.trim_end_matches("'s").to_string());
    if !named.is_empty() {
        *org = Some(named);
    }
}
