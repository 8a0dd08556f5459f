//! Where figures come from, and the part of a force's ground they are for: a place named as
//! the source of a sentence's figures, the forces figures were gathered from, and a force's
//! figures given for the part of its ground the text is about.

use std::sync::LazyLock;

use regex::Regex;

use super::local_areas::{is_named_area, opens_with_part_word};
use crate::extract::figures::context::OPENING_MAX;
use crate::extract::figures::lists::{self, place_groups, Group};
use crate::extract::figures::{head, tail, Found};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Scope};
use crate::model::Figure;

/// "… rose by 12 per cent to 209, Merseyside Police has revealed.", "…, according to Kent
/// Police.": a place the sentence ends on as the source of its figures is the place of
/// every figure in it that has none of its own.
pub(in crate::extract::figures) fn source_place(s: &str, groups: &[Group]) -> Option<String> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*(according\s+to\s+)?(?:the\s+)?$"));
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)^\s*(?:has\s+|have\s+|had\s+)?(said|says|revealed|reveals|reported|reports|confirmed|confirms|announced|disclosed|published)?\s*[.!"']*\s*$"#,
        )
    });
    let last = groups.last()?;
    let before = BEFORE.captures(s.get(..last.range.start)?)?;
    let after = AFTER.captures(s.get(last.range.end..)?)?;
    (before.get(1).is_some() != after.get(1).is_some() && last.carries()).then(|| last.name())
}

/// "Nightlife hotspots drive a 22% rise, new Met figures show" over "Police recorded 173
/// spiking offences in Southwark in 2024, up 22 per cent": a figure in the opening lines (the
/// first two paragraphs with figures) whose sentence names its place only as the source of
/// the figures is the body's printing of that value and kind for a part of the source's
/// ground (a borough of the Met, a council area of a force), when every such printing is for
/// that one part; it takes that printing's place (and year, if it has one). Small values
/// repeat by coincidence and are left alone.
pub(in crate::extract::figures) fn sourced_openings(figures: &mut [Figure]) {
    let mut paragraphs = figures.iter().map(|f| f.paragraph);
    let first = paragraphs.next();
    let second = paragraphs.find(|&p| Some(p) != first);
    let opening = |f: &Figure| Some(f.paragraph) == first || Some(f.paragraph) == second;
    let body = figures.iter().position(|f| !opening(f)).unwrap_or(figures.len());
    for i in 0..body.min(OPENING_MAX) {
        let f = &figures[i];
        let Some(source) = f.place.as_deref() else { continue };
        if f.value.abs() < 10.0 {
            continue;
        }
        // The body's printings are looked at before the sentence's places are read: every
        // test must pass, and reading the places is by far the dearest.
        let mut printings = figures[body..].iter().filter(|g| g.value == f.value && g.kind == f.kind);
        let Some(part) = printings.next().and_then(|g| g.place.clone().map(|p| (p, g.period))) else { continue };
        if force_of_part(&part.0) != Some(source)
            || !printings.all(|g| g.place.as_deref() == Some(part.0.as_str()))
            || !named_only_as_source(&f.sentence, source)
        {
            continue;
        }
        let f = &mut figures[i];
        f.period = part.1.or(f.period);
        f.place = Some(part.0);
    }
}

/// Whether `sentence` names the place `name` only as the source of figures ("new Met
/// figures show").
fn named_only_as_source(sentence: &str, name: &str) -> bool {
    let groups = place_groups(sentence, false);
    let mut named = groups.iter().filter(|g| g.name() == name).peekable();
    named.peek().is_some() && named.all(|g| is_figures_source(sentence, g))
}

/// "figures obtained by the NSPCC from forces across the UK", "data from 41 forces in England
/// and Wales": a place named as the ground of the forces figures were gathered from, which is
/// the scope of the figures the text gave with no place, and no place of a figure restated.
pub(in crate::extract::figures) fn is_forces_asked(s: &str, g: &Group) -> bool {
    static FROM_FORCES: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:figures|data|statistics|numbers|responses)\b[^.;]*?\bfrom\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:police\s+)?forces\s+(?:across|in|throughout|around)\s+(?:the\s+)?$",
        )
    });
    let before = s.get(..g.range.start).unwrap_or("");
    before.ends_with(' ') && before.contains("forces") && FROM_FORCES.is_match(before)
}

/// "Data from forces across England and Wales show 45,000 burglaries were recorded in 2023/24,
/// with Kent Police among the highest": the forces asked are the subject of a figure they
/// show, in a clause that names no other place, so that figure is their ground's even though
/// the sentence names a force after it ("show that 210 of those were recorded by Essex Police"
/// is the force's).
pub(in crate::extract::figures) fn forces_asked_show_a_total(s: &str, groups: &[Group]) -> bool {
    static SHOW_N: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;,]{0,20}?\b(?:show|shows|showed|reveal|reveals|revealed)\s+(?:that\s+)?(?:some\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?[£\d]",
        )
    });
    groups.iter().filter(|g| is_forces_asked(s, g)).any(|g| {
        let rest = s.get(g.range.end..).unwrap_or("");
        let Some(shown) = SHOW_N.find(rest) else {
            return false;
        };
        let clause_end = rest
            .get(shown.end()..)
            .and_then(|r| r.find([',', ';', '.']))
            .map_or(s.len(), |i| g.range.end + shown.end() + i);
        !groups.iter().any(|o| o.range.start >= g.range.end && o.range.start < clause_end)
    })
}

/// The place [`is_forces_asked`] names in a sentence, if any.
pub(in crate::extract::figures) fn scope_of_forces_asked(s: &str, london: bool) -> Option<String> {
    place_groups(s, london).into_iter().find(|g| is_forces_asked(s, g)).map(|g| g.name())
}

/// "Metropolitan Police figures show", "Police Scotland's data": a place named as where the
/// figures come from.
pub(super) fn is_figures_source(s: &str, g: &Group) -> bool {
    static SOURCE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:'s)?\s+(?:own\s+)?(?:figures|data|statistics|stats)\b"));
    s.get(g.range.end..).is_some_and(|after| SOURCE.is_match(after))
}

/// "…, checked against statistics from Gwent Police", "set against figures published by
/// Kent Police": a place named only as the source of figures the text set its
/// own against, which is no place the text goes on to talk about.
pub(in crate::extract::figures) fn is_compared_source(s: &str, range: &std::ops::Range<usize>) -> bool {
    static COMPARED_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:compar(?:ed?|ing)|set|measured|checked)\b(?:\s+[\w'-]+){0,3}?\s+(?:with|to|against)\s+(?:[\w'-]+\s+){0,3}?(?:data|figures|statistics|stats|records|numbers)\s+(?:from|published\s+by|held\s+by|released\s+by|supplied\s+by)\s+(?:the\s+)?$",
        )
    });
    s.get(..range.start).is_some_and(|before| COMPARED_SOURCE.is_match(before))
}

/// "Staffordshire Police recorded 517 offences in the city": a force named as the one that
/// recorded the figures, right before its verb.
fn is_recorder(s: &str, g: &Group) -> bool {
    static RECORDED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s+(?:has\s+|had\s+)?(?:recorded|logged|received|dealt\s+with)\b"));
    s.get(g.range.end..).is_some_and(|after| RECORDED.is_match(after))
}

/// "Police Scotland figures show 14,662 complaints were made in the capital", after a sentence
/// about Edinburgh; "PSNI figures showed 1,324 crimes were recorded across the council area",
/// after one about Derry City and Strabane, "Staffordshire Police recorded 517 offences in the
/// city" after a table of Stoke-on-Trent's: a force named only as the source of figures (or as
/// the one that recorded them) the sentence places "in the city", "in the borough" or "across the district" is not their
/// place; the part of its ground the text is about (a London borough, a division of Police
/// Scotland, a council area the force polices) is.
pub(in crate::extract::figures) fn sourced_for_part(
    s: &str,
    groups: &[Group],
    found: &mut [Found],
    about: Option<&str>,
) {
    static IN_PART: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:in|across|throughout)\s+the\s+(?:city|capital|borough|division|district|council\s+area)\b")
    });
    let Some(about) = about else { return };
    let table_row = s.contains('|');
    if !table_row && (!s.contains(" the ") || !IN_PART.is_match(s)) {
        return;
    }
    let (part, its_force) = (is_part_of_a_force(about), force_of_part(about));
    if !part && its_force.is_none() {
        return;
    }
    let single_force = |g: &&Group| matches!(g.places.as_slice(), [p] if p.scope == Scope::Force);
    // A recorder's part is where it recorded them, after it: "Across the capital, the Met
    // recorded …" is about its whole ground.
    let records_in_part = |g: &Group| is_recorder(s, g) && IN_PART.find_at(s, g.range.end).is_some();
    // "| Grooming reports logged (Dorset Police) | 47 |" in a table of a part of its ground:
    // the force in brackets after what a row counts is whose records they are.
    let bracketed_in_row = |g: &Group| {
        table_row
            && s.get(..g.range.start)
                .is_some_and(|b| b.ends_with('(') && !b.trim_end_matches('(').trim_end().ends_with('|'))
            && s.get(g.range.end..).is_some_and(|a| a.starts_with(')'))
    };
    let from_source = |g: &&Group| is_figures_source(s, g) || records_in_part(g) || bracketed_in_row(g);
    let Some(source) = groups.iter().filter(single_force).find(from_source) else {
        return;
    };
    let name = source.name();
    // A council area is only its own force's part ("Wigan figures" are not Police Scotland's).
    if !part && its_force != Some(name.as_str()) {
        return;
    }
    for f in found.iter_mut().filter(|f| f.place.as_deref() == Some(name.as_str())) {
        f.place = Some(about.to_string());
    }
}

/// Whether `name` (canonical, or as printed: "Glasgow") is an area inside one force.
fn is_part_of_a_force(name: &str) -> bool {
    places::LONDON_BOROUGHS.iter().any(|b| b.name == name)
        || places::by_name(name).or_else(|| places::by_alias(name)).is_some_and(lists::is_part_of_a_force)
}

/// The force whose ground holds the part named `name`: the Met a London borough's, Police
/// Scotland a division's (the regions made up of no forces), the force a council area or
/// city is listed under ("Wigan": Greater Manchester Police).
pub(super) fn force_of_part(name: &str) -> Option<&'static str> {
    if places::is_london_borough(name) {
        return Some(places::LONDONS_FORCE);
    }
    if places::by_name(name).or_else(|| places::by_alias(name)).is_some_and(lists::is_part_of_a_force) {
        return Some("Police Scotland");
    }
    let areas = places::all_area_mentions(name);
    match areas.as_slice() {
        [m] if m.range == (0..name.len()) => Some(m.force),
        _ => None,
    }
}

/// "the local division of Police Scotland had recorded 1,295", "Police Scotland's local
/// division logged …", after a sentence about Tayside: a force named as the part of its
/// ground the text is about is that part, and the figures given it are the part's, when the
/// part is of the kind named: a division a division of Police Scotland, a (borough) command
/// a London borough, a district a council area or city (not the division holding the council
/// area the text is about).
pub(in crate::extract::figures) fn local_part_of_force(
    s: &str,
    groups: &[Group],
    found: &mut [Found],
    about: Option<&str>,
) {
    const PART: &str = r"(?:local\s+)?(?:policing\s+)?(division|district|(?:basic\s+|borough\s+)?command(?:\s+unit)?)";
    static PART_OF: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:the|its|their)\s+{PART}\s+(?:of|for|within)\s+(?:the\s+)?$")));
    static PART_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)^['’]s\s+{PART}\b")));
    let Some(about) = about else { return };
    if !(s.contains("division") || s.contains("district") || s.contains("command")) {
        return;
    }
    let Some(force) = force_of_part(about) else { return };
    let fits = |part: &str| {
        let part = part.to_ascii_lowercase();
        if part.starts_with("division") {
            !places::is_london_borough(about)
                && places::by_name(about).or_else(|| places::by_alias(about)).is_some_and(lists::is_part_of_a_force)
        } else if part.starts_with("district") {
            places::all_area_mentions(about).first().is_some_and(|m| m.range == (0..about.len()))
        } else {
            places::is_london_borough(about)
        }
    };
    for g in groups.iter().filter(|g| matches!(g.places.as_slice(), [p] if p.name == force)) {
        let before = PART_OF.captures(tail(s, g.range.start));
        let after = PART_AFTER.captures(head(s, g.range.end));
        let named_as_part = before.or(after).and_then(|c| c.get(1)).is_some_and(|m| fits(m.as_str()));
        if !named_as_part {
            continue;
        }
        for f in found.iter_mut().filter(|f| f.place.as_deref() == Some(force)) {
            f.place = Some(about.to_string());
        }
    }
}

/// "Thefts in Newry, Mourne and Down rose 9% in 2021-22, latest PSNI figures show", "Figures
/// from the PSNI show thefts in Mid Ulster rose 9%": a sentence naming the force of a part of
/// its ground (`area`) only as where the figures come from, every figure of it the part's, is
/// about that part: the text goes on about it, not about the force.
pub(in crate::extract::figures) fn force_sources_its_part(
    s: &str,
    groups: &[Group],
    found: &[Found],
    area: &str,
) -> bool {
    static FROM_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:figures|data|statistics|stats)\s+(?:from|published\s+by|released\s+by|compiled\s+by)\s+(?:the\s+)?$",
        )
    });
    let Some(force) = force_of_part(area) else { return false };
    let mut named = groups.iter().filter(|g| matches!(g.places.as_slice(), [p] if p.name == force)).peekable();
    let as_source = |g: &Group| is_figures_source(s, g) || FROM_SOURCE.is_match(tail(s, g.range.start));
    named.peek().is_some()
        && named.all(as_source)
        && !found.is_empty()
        && found.iter().all(|f| f.place.as_deref() == Some(area))
}

/// "Merseyside Police recorded 640 offences in the Wirral District": a sentence naming a
/// force only as the one recording the figures of a part of its ground (`area`), with no figure
/// of the force's own and naming the part as its district, division, area or borough (the
/// word printed right after its name), is about that part: the text goes on about it, not
/// about the force.
pub(in crate::extract::figures) fn force_records_for_its_part(
    s: &str,
    groups: &[Group],
    found: &[Found],
    area: &str,
) -> bool {
    let Some(force) = force_of_part(area) else { return false };
    // Only a part printed as one of the force's ("the Leeds District", "the Wigan division").
    let printed_as_part = groups
        .iter()
        .filter(|g| g.places.iter().all(|p| is_named_area(p)) && g.name() == area)
        .any(|g| opens_with_part_word(head(s, g.range.end)));
    if !printed_as_part {
        return false;
    }
    let names_force = groups.iter().any(|g| matches!(g.places.as_slice(), [p] if p.name == force));
    names_force && !found.is_empty() && found.iter().all(|f| f.place.as_deref() == Some(area))
}

/// "Police Scotland figures show 96 were recorded in the force's Tayside division", "Police
/// Scotland recorded 230 in its North East division": a force the sentence names (as the
/// source or the recorder of its figures) giving them for a part of its own ground it names
/// as its own (after "its", "their" or a possessive) is giving the part's figures, not its
/// own. A part named otherwise ("compared with 80 in Tayside") is only set beside them.
pub(in crate::extract::figures) fn for_its_own_part(s: &str, groups: &[Group], found: &mut [Found]) {
    static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:\b(?:its|their)|['’]s)\s+$"));
    if !s.contains("division") {
        return;
    }
    for part in groups {
        let [place] = part.places.as_slice() else { continue };
        if !lists::is_part_of_a_force(place) || !POSSESSIVE.is_match(tail(s, part.range.start)) {
            continue;
        }
        let printed = s.get(part.range.clone()).unwrap_or("");
        if !printed.contains("division") && !opens_with_part_word(head(s, part.range.end)) {
            continue;
        }
        let Some(force) = force_of_part(place.name) else { continue };
        if !groups.iter().any(|g| matches!(g.places.as_slice(), [p] if p.name == force)) {
            continue;
        }
        let name = part.name();
        for f in found.iter_mut().filter(|f| f.place.as_deref() == Some(force)) {
            f.place = Some(name.clone());
        }
    }
}
