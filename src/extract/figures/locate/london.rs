//! London: its boroughs as places in a text about London, and the Met as the force whose
//! ground London is.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::areas::INSTITUTION_AFTER;
use super::attach::NEXT_CLAUSE;
use super::sources::{is_figures_source, source_place};
use crate::extract::figures::lists::Group;
use crate::extract::figures::{head, tail, Found};
use crate::extract::numbers::{compile, HEDGE};
use crate::extract::places::{self, Place};

/// Words before a borough's name that make it a place: "in Westminster", "the borough of
/// Sutton".
///
/// Not [`AREA_LOCATIVE_BEFORE`]: this only settles that an ambiguous name is the borough
/// ("from Sutton", "covering Brent" do too), where that one says a council area's clause
/// gives it a figure, and so needs the preposition to open the clause.
///
/// [`AREA_LOCATIVE_BEFORE`]: super::areas::AREA_LOCATIVE_BEFORE
static AREA_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:in|across|throughout|within|from|covering|borough\s+of)\s+(?:the\s+borough\s+of\s+)?$")
});

/// Words after a borough's name that make it the subject of a figure: "Sutton recorded 64",
/// "Camden accounted for 130", "Harrow alone saw 62",
/// "Westminster, which has few residents, logged 64", "Merton (41)", "Brent: 55", "Harrow -
/// 212", "Barnet, with 187, and …".
///
/// Not `AREA_SUBJECT_AFTER` (of [`areas`](super::areas)), though both read a name as a
/// figure's subject: this one only settles whether an ambiguous borough's name is the borough
/// at all, anywhere in the sentence, and takes verbs the other does not ("received", "came",
/// "followed" alone), while that one also needs the name to open its clause and reads more
/// ("Salford's 311", "was next"). Joined, each would find places the other does not.
static AREA_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:,[^,;.]{{1,80}},)?(?:\s+(?:alone|itself))?\s*(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|had|reported|registered|received|accounted\s+for|topped|came|followed|\(\s*\d|:\s*\d|-\s*\d|,\s*with\s+(?:{HEDGE}\s+)?\d)"
    ))
});

/// London boroughs in `s` that are places: any whose name is not followed by an
/// institution's word; one whose name is also commonly something else only beside words that
/// make it a place, or in a list with another borough.
pub(super) fn borough_mentions(s: &str) -> Vec<(Range<usize>, &'static Place)> {
    let mut found: Vec<(Range<usize>, &'static Place, bool)> = Vec::new();
    for (m, ambiguous) in places::borough_mentions(s) {
        if INSTITUTION_AFTER.is_match(head(s, m.range.end)) {
            continue;
        }
        let placed =
            !ambiguous || AREA_BEFORE.is_match(tail(s, m.range.start)) || AREA_AFTER.is_match(head(s, m.range.end));
        found.push((m.range, m.place, placed));
    }
    let listed = |a: &Range<usize>, b: &Range<usize>| {
        let gap = s.get(a.end..b.start).unwrap_or("x").trim();
        matches!(gap, "," | "and" | "&" | ", and" | "or")
    };
    let placed: Vec<bool> = (0..found.len())
        .map(|i| {
            found[i].2
                || (i > 0 && found[i - 1].2 && listed(&found[i - 1].0, &found[i].0))
                || found.get(i + 1).is_some_and(|next| next.2 && listed(&found[i].0, &next.0))
        })
        .collect();
    found.into_iter().zip(placed).filter(|(_, p)| *p).map(|((range, place, _), _)| (range, place)).collect()
}

/// Whether `place` is London or its force, after which a text's boroughs are places.
pub(in crate::extract::figures) fn names_london(place: &Place) -> bool {
    places::is_london_or_its_force(place.name)
}

/// Whether `place` is one of the London boroughs, areas inside a force rather than a group
/// of forces.
pub(in crate::extract::figures) fn is_borough(place: &Place) -> bool {
    places::LONDON_BOROUGHS.iter().any(|b| std::ptr::eq(b, place))
}

/// "Police in London recorded …": the Met's figure, London's own force.
pub(super) fn londons_force(s: &str, range: &Range<usize>, place: &'static Place) -> &'static Place {
    static POLICE_IN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:police|officers)\s+in\s+$"));
    static MET: LazyLock<Option<&'static Place>> = LazyLock::new(|| places::by_name(places::LONDONS_FORCE));
    match *MET {
        Some(met) if place.name == places::LONDON && POLICE_IN.is_match(tail(s, range.start)) => met,
        _ => place,
    }
}

/// "Knife crime in London fell 2.7 per cent, Met figures show", "The force (the Met) recorded
/// 14,577 offences across London": London named in a sentence whose figures the Met gives,
/// as their source or as the force that recorded them, is the Met's ground, and its figures
/// are the Met's (as "Police in London recorded …" is). With no force named ("Across London
/// as a whole, knife crime rose by 14%"), London stays London. `force` is the force the text
/// named last, which "the force" means.
///
/// The Met as the recorder governs only its own clause: "Ambulance crews in London treated
/// 1,912 victims, while the Met recorded 12,786 offences" leaves the crews' London figure
/// London's. And a sentence naming London's other force too ([`places::LONDONS_CITY_FORCE`])
/// is about the ground of both, which stays London.
pub(in crate::extract::figures) fn london_as_its_force(
    s: &str,
    groups: &[Group],
    found: &mut [Found],
    force: Option<&str>,
) {
    /// "recorded", "has logged", "said it had received": a force recording what follows.
    const RECORDS: &str = r"(?:(?:has|have|had|also)\s+|(?:says|said)\s+it\s+(?:has\s+|had\s+)?)?(?:recorded|logged|received|registered|counted|dealt\s+with)\b";
    static RECORDED_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)^(?:'s)?\s+{RECORDS}")));
    static THE_FORCE_RECORDED: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\bthe\s+force\s+{RECORDS}")));
    if !found.iter().any(|f| f.place.as_deref() == Some(places::LONDON)) {
        return;
    }
    let only = |g: &Group, name: &str| matches!(g.places.as_slice(), [p] if p.name == name);
    if groups.iter().any(|g| g.places.iter().any(|p| p.name == places::LONDONS_CITY_FORCE)) {
        return;
    }
    let met = |g: &Group| only(g, places::LONDONS_FORCE);
    let sourced = groups.iter().filter(|g| met(g)).any(|g| is_figures_source(s, g))
        || source_place(s, groups).as_deref() == Some(places::LONDONS_FORCE);
    // Where each clause the Met records in starts (past its verb) and ends (the next clause,
    // read within the window after the verb).
    let mut recorded: Vec<usize> = groups
        .iter()
        .filter(|g| met(g))
        .filter_map(|g| RECORDED_AFTER.find(head(s, g.range.end)).map(|m| g.range.end + m.end()))
        .collect();
    if force == Some(places::LONDONS_FORCE) && s.contains("force") {
        recorded.extend(THE_FORCE_RECORDED.find_iter(s).map(|m| m.end()));
    }
    let clauses: Vec<Range<usize>> = recorded
        .into_iter()
        .map(|from| {
            let rest = head(s, from);
            from..from + NEXT_CLAUSE.find(rest).map_or(rest.len(), |m| m.start())
        })
        .collect();
    if !sourced && clauses.is_empty() {
        return;
    }
    for f in found.iter_mut().filter(|f| f.place.as_deref() == Some(places::LONDON)) {
        if sourced || clauses.iter().any(|c| c.contains(&f.range.start)) {
            f.place = Some(places::LONDONS_FORCE.to_string());
        }
    }
}
