//! Places under the name printed ([`LOCAL_AREA`]), which no gazetteer lists as such: a
//! city, district, neighbourhood or ward named as one, a command unit, an emergency service,
//! one county of a force named after two.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::figures::head;
use crate::extract::figures::lists;
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope};

/// The place of an area [`AREA_NAMED`] finds: a part of a force's ground, printed under its
/// own name.
pub(super) static LOCAL_AREA: Place =
    Place { name: "local area", scope: Scope::Region, aliases: &[], standing: places::Standing::Home };

/// Whether `place` is an area the text names as a city, town or district ([`AREA_NAMED`]):
/// part of a force's ground, not a group of forces.
pub(in crate::extract::figures) fn is_named_area(place: &Place) -> bool {
    std::ptr::eq(place, &LOCAL_AREA)
}

/// "the Leeds District", "the Wigan division", "the Leeds area", "the Sefton borough": the
/// words after an area's name saying it is a part of a force's ground, in any case.
const PART_WORDS: &[&str] = &["district", "division", "area", "borough"];

/// Whether `word` is one of [`PART_WORDS`].
pub(super) fn is_part_word(word: &str) -> bool {
    PART_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether `after`, the words printed after an area's name, open with one of [`PART_WORDS`].
pub(super) fn opens_with_part_word(after: &str) -> bool {
    after.split_whitespace().next().is_some_and(|w| is_part_word(w.trim_end_matches(|c: char| !c.is_alphabetic())))
}

/// "In Cornwall, 21 people died", "58 were recorded in Cornwall and the Isles of Scilly": one
/// of the counties a force is named after ("Devon and Cornwall Police"), printed alone, is that
/// part of its ground, under the name printed (with an "and the Isles of …" after it), not
/// the force.
pub(super) fn counties_of_a_force(s: &str, found: &mut [(Range<usize>, &'static Place)]) {
    static AND_MORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s+and\s+the\s+[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?"));
    for k in 0..found.len() {
        let (range, place) = (found[k].0.clone(), found[k].1);
        let Some(words) = s.get(range.clone()) else { continue };
        // "Devon, Cornwall and the Isles of Scilly": listed with the force's other county, the
        // whole force.
        let listed_with = |j: usize| {
            found.get(j).is_some_and(|(r, p)| {
                let gap = if r.start >= range.end { s.get(range.end..r.start) } else { s.get(r.end..range.start) };
                std::ptr::eq(*p, place) && gap.is_some_and(|g| matches!(g.trim(), "," | "and" | "&" | "or" | ", and"))
            })
        };
        if place.scope != Scope::Force
            || !is_named_side(place.name, words)
            || listed_with(k + 1)
            || k.checked_sub(1).is_some_and(listed_with)
        {
            continue;
        }
        let next_start = found.get(k + 1).map_or(s.len(), |(r, _)| r.start);
        let more = AND_MORE.find(s.get(range.end..).unwrap_or("")).map_or(0, |m| m.end());
        let end = if range.end + more <= next_start { range.end + more } else { range.end };
        found[k] = (range.start..end, &LOCAL_AREA);
    }
}

/// Whether `words` are one of the places a force's name joins with "and" ("Cornwall" of
/// "Devon and Cornwall Police"), not its whole name.
fn is_named_side(name: &str, words: &str) -> bool {
    // Most forces' names join no places: no " and " in the name, none in the part of it kept.
    if !name.contains(" and ") {
        return false;
    }
    let core = name.trim_end_matches(" Police").trim_end_matches(" Constabulary");
    core.contains(" and ") && core.split(" and ").any(|side| side.eq_ignore_ascii_case(words.trim()))
}

/// "North West Ambulance Service", "East of England Ambulance Service", "Kent Fire and
/// Rescue Service": an emergency service named for its ground, as a force is.
static EMERGENCY_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:[A-Z][\w'-]*\s+(?:of\s+|and\s+)?){1,4}(?:Ambulance|Fire\s+and\s+Rescue)\s+Service\b")
});

/// What follows such a service opening its clause as the subject of a figure: "said",
/// "recorded", "logged", "reported".
static SERVICE_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+NHS\s+(?:Foundation\s+)?Trust)?\s+(?:(?:has|had|have)\s+)?(?:said|says|recorded|logged|reported|received|attended|saw)\b",
    )
});

/// "North West Ambulance Service said assaults on its staff had reached 1,422": an ambulance
/// or fire and rescue service opening its clause as the subject of a figure is its place,
/// under the name printed, as a force's would be (not the region its name holds). A service
/// named in passing ("a paramedic from North West Ambulance Service") is not, nor is the
/// place its name holds.
pub(super) fn emergency_service_subject(s: &str, found: &mut Vec<(Range<usize>, &'static Place)>) {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    for m in EMERGENCY_SERVICE.find_iter(s) {
        // "Kent Police and Kent Fire and Rescue Service": a force listed before it is no part
        // of its name.
        let text = m.as_str();
        let listed_at =
            ["Police and ", "Constabulary and "].iter().filter_map(|w| text.rfind(w).map(|i| i + w.len())).max();
        let start = match listed_at {
            Some(i) => m.start() + i,
            None if text.starts_with("The ") => m.start() + 4,
            None => m.start(),
        };
        let lead = s.get(..m.start()).unwrap_or("").trim_end();
        // Not after "and" or a comma: "Kent Police and Kent Fire and Rescue Service said"
        // lists the service with others.
        let opens = listed_at.is_none()
            && (lead.is_empty()
                || lead.ends_with(['.', ';', ':'])
                || ["while", "whereas", "but", "the", "The"]
                    .iter()
                    .any(|w| lead.strip_suffix(w).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))));
        let range = start..m.end();
        // The places in its name are the service's name, not where a figure is ("a paramedic
        // from South East Coast Ambulance Service").
        found.retain(|(r, _)| !(r.start < range.end && range.start < r.end));
        if opens && SERVICE_SUBJECT_AFTER.is_match(head(s, m.end())) {
            found.push((range, &LOCAL_AREA));
        }
    }
}

/// "in the city of Manchester", "across the district of South Lakeland": a part of a force's
/// ground that the text names as a city, town or district, which the gazetteer does not
/// list. Its name is the one printed.
pub(super) static AREA_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Ff]or)\s+the\s+(?:city|town|district|county\s+borough|metropolitan\s+borough)\s+of\s+([A-Z][a-z][\w'-]*(?:\s+(?:upon|on|and|in|under)\s+[A-Z][a-z][\w'-]*|\s+[A-Z][a-z][\w'-]*){0,3})",
    )
});

/// "in the Leith Walk area", "across the Moss Side and Hulme area", "in the Strabane and
/// Castlederg neighbourhood policing area": a part of a force's ground named as an area (a
/// policing area among them), under the name printed.
pub(super) static AREA_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Ii]n|[Aa]cross|[Ww]ithin)\s+the\s+([A-Z][a-z][\w'-]*(?:\s+(?:upon|on|and|under)\s+[A-Z][a-z][\w'-]*|\s+[A-Z][a-z][\w'-]*){0,3})\s+(?:(?:local|neighbourhood)\s+)?(?:policing\s+)?area\b",
    )
});

/// "Central ward recorded 602 …", "in Moss Side ward": a council ward named as one, under the
/// name printed (a ward's councillor or boundary is no place a figure is for).
pub(super) static WARD_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b([A-Z][a-z][\w'-]*(?:\s+(?:and|upon|on)\s+[A-Z][a-z][\w'-]*|\s+[A-Z][a-z][\w'-]*){0,3})\s+ward\b(?:\s+(?:councillors?|members?|boundar\w*|seats?|by-elections?|elections?))?",
    )
});

/// "Bargate (Southampton) saw 1,212 reports", "- Ryde North East (Isle of Wight) logged 388":
/// a name opening a sentence or list item with the town or council area it lies in printed
/// in brackets after it, a ward or neighbourhood given under the name printed.
static NAME_WITH_TOWN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[\s*_•-]*([A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,3})\s+\(([A-Z][^()]{1,40})\)"));

/// Titles before a person's name: "Cllr Smith (Portsmouth)" is a councillor, not a ward.
const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Sir", "Dame", "Lord", "Lady"];

/// The ward [`NAME_WITH_TOWN`] finds, with the range of the brackets after it, when the
/// brackets hold nothing but a place the gazetteers know and the name is none.
pub(super) fn ward_with_town(s: &str) -> Option<(Range<usize>, Range<usize>)> {
    let c = NAME_WITH_TOWN.captures(s)?;
    let (name, town, whole) = (c.get(1)?, c.get(2)?, c.get(0)?);
    let first = name.as_str().split_whitespace().next().unwrap_or("");
    if NOT_A_WARD_NAME.contains(&first) || TITLES.contains(&first) {
        return None;
    }
    let whole_name = |text: &str| {
        places::mentions(text).iter().any(|m| m.range == (0..text.len()))
            || places::all_area_mentions(text).iter().any(|m| m.range == (0..text.len()))
    };
    // "Ryde North East": a region's name inside the ward's is part of it; one opening it is the
    // place ("Sunderland Central"), as is one that is the whole name.
    let opens = |text: &str| {
        places::mentions(text).iter().any(|m| m.range.start == 0)
            || places::all_area_mentions(text).iter().any(|m| m.range.start == 0)
    };
    (whole_name(town.as_str()) && !opens(name.as_str())).then(|| (name.range(), town.start() - 1..whole.end()))
}

/// Words that open a sentence or a noun phrase before "ward", which name none: "The ward".
pub(super) const NOT_A_WARD_NAME: &[&str] =
    &["The", "This", "That", "Each", "Every", "Its", "Their", "Our", "One", "Another", "Any", "No", "Which", "Whose"];

/// "The Central West Basic Command Unit (BCU), which covers Westminster, …", "the Eastern
/// Division, which covers Ipswich and Felixstowe, …": a command unit or division no gazetteer
/// knows, named in full with the places it covers after it. The unit's name (group 1), not
/// the places listed, is where its figures are.
static UNIT_COVERING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((?:[A-Z][a-z][\w-]*\s+){1,3}(?:(?:[Bb]asic|[Bb]orough)\s+[Cc]ommand\s+[Uu]nit|[Cc]ommand\s+[Uu]nit|BCU|[Dd]ivision|[Cc]ommand))(?:\s*\((?:BCU|[A-Z]{2,5})\))?\s*,\s*which\s+(?:also\s+)?(?:covers|covered|polices|spans|takes\s+in|includes)\s",
    )
});

/// Where a clause that lists places a unit covers ends in `rest`: at a comma before a word
/// in lower case (", recorded 212", ", has seen", but not ", and Hammersmith"), or a stop.
fn listed_clause_end(rest: &str) -> usize {
    for (i, c) in rest.match_indices([',', ';', ':', '.']) {
        let after = rest.get(i + 1..).unwrap_or("");
        if c != "," {
            if after.is_empty() || after.starts_with(char::is_whitespace) {
                return i;
            }
            continue;
        }
        let after = after.trim_start();
        let after = after.strip_prefix("and ").or_else(|| after.strip_prefix("or ")).unwrap_or(after);
        if after.starts_with(|c: char| c.is_lowercase()) {
            return i;
        }
    }
    rest.len()
}

/// [`UNIT_COVERING`]: the unit's name is the place, under the name printed (see
/// [`lists::printed_part`]), and the places its clause lists are not. A unit named by a
/// compass point or an area ([`COMPASS_UNIT`]) starts where that name does ("Neighbouring
/// East Area BCU" is the East Area BCU).
pub(super) fn unit_covering(s: &str, found: &mut Vec<(Range<usize>, &'static Place)>) {
    for c in UNIT_COVERING.captures_iter(s) {
        let (Some(whole), Some(name)) = (c.get(0), c.get(1)) else { continue };
        let opener = ["The ", "This ", "That ", "Its ", "Their "];
        let start =
            opener.iter().find(|o| name.as_str().starts_with(*o)).map_or(name.start(), |o| name.start() + o.len());
        let start = compass_unit_names(name.as_str()).next().map_or(start, |r| (name.start() + r.start).max(start));
        let range = start..name.end();
        // A division the gazetteer knows ("Police Scotland's Fife division") is left to it; a
        // region or force in the unit's name ("the North East BCU") is part of the name.
        let overlaps = |r: &Range<usize>| r.start < range.end && range.start < r.end;
        if found.iter().any(|(r, p)| overlaps(r) && p.scope == Scope::Region && lists::is_part_of_a_force(p)) {
            continue;
        }
        found.retain(|(r, _)| !overlaps(r));
        let rest = s.get(whole.end()..).unwrap_or("");
        let listed = whole.end()..whole.end() + listed_clause_end(rest);
        found.retain(|(r, _)| !(listed.start <= r.start && r.end <= listed.end));
        found.push((range, &LOCAL_AREA));
    }
}

/// "the Met's North East Basic Command Unit (BCU)", "East Area BCU", "the Central West BCU": a
/// command unit named by a compass point (or two), or by an area ("East Area", "Ealing
/// Area"), then "BCU" or "Basic Command Unit". Group 1 is the unit's name.
static COMPASS_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((?:(?:North|South|East|West|Central)(?:\s+(?:North|South|East|West|Central))?(?:\s+Area)?|[A-Z][a-z]+\s+Area)\s+(?:BCU|(?:[Bb]asic|[Bb]orough)\s+[Cc]ommand\s+[Uu]nit))\b",
    )
});

/// The ranges of the command units [`COMPASS_UNIT`] finds in `s`, but one whose name opens
/// on a word that names none ("The Area BCU").
fn compass_unit_names(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    COMPASS_UNIT.captures_iter(s).filter_map(|c| c.get(1)).filter_map(|m| {
        let first = m.as_str().split_whitespace().next().unwrap_or("");
        (!NOT_A_WARD_NAME.contains(&first)).then(|| m.range())
    })
}

/// [`COMPASS_UNIT`]: such a unit is a place under the name printed (short, "North East BCU",
/// see [`lists::printed_part`]), not the region or area its name holds ("North East"), where
/// no unit is already found there.
pub(super) fn compass_unit(s: &str, found: &mut Vec<(Range<usize>, &'static Place)>) {
    for range in compass_unit_names(s) {
        let overlaps = |r: &Range<usize>| r.start < range.end && range.start < r.end;
        if found.iter().any(|(r, p)| overlaps(r) && is_named_area(p)) {
            continue;
        }
        found.retain(|(r, _)| !overlaps(r));
        found.push((range, &LOCAL_AREA));
    }
}

/// "Little Marsh Parish Council", "Glenbrae Community Council", "Hadley Town Council's
/// committee": a council of a parish, town, village or community (in Scotland and Wales, a
/// community council), whose area is a place under the name printed before "… Council".
static LOCAL_COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b((?:[A-Z][a-z][\w'-]*\s+){0,3}[A-Z][a-z][\w'-]*)\s+(?:Parish|Town|Village|Community)\s+Council\b")
});

/// The name of the area of the first local council [`LOCAL_COUNCIL`] finds in `s`: the place
/// a meeting's report means by "the parish", "the ward" or "the town".
pub(in crate::extract::figures) fn local_council(s: &str) -> Option<String> {
    if !s.contains(" Council") {
        return None;
    }
    let name = LOCAL_COUNCIL.captures(s)?.get(1)?.as_str();
    // "The Parish Council", "Our Town Council", "At Hadley Town Council": a determiner or a
    // preposition opening the sentence names no area.
    const OPENERS: &[&str] =
        &["Our", "At", "In", "On", "Of", "For", "By", "From", "To", "With", "Meanwhile", "Yesterday"];
    let words: Vec<&str> =
        name.split_whitespace().skip_while(|w| NOT_A_WARD_NAME.contains(w) || OPENERS.contains(w)).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// "in the parish", "across the ward", "the community area", "the village had seen": a sentence
/// of a local council's report speaking of the council's own area, not naming it.
pub(in crate::extract::figures) fn speaks_of_the_councils_area(s: &str) -> bool {
    static THE_AREA: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"\b[Tt]he\s+(?:parish|ward|village|town|community(?:\s+council)?\s+area|community)\b(?:['’]s)?")
    });
    let cheap = ["parish", "ward", "village", "town", "community"].iter().any(|w| s.contains(w));
    cheap && THE_AREA.is_match(s)
}
