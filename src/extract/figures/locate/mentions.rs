//! The place mentions in a sentence that say where a figure is ([`place_mentions`]): the
//! gazetteer's, with the other finders' places added, less those that are not: a place
//! excluded, ranked within, described as a force's ground, in an organisation's name, a
//! dateline.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::areas::{
    area_has_figure, framed_as_area, has_number, joint_areas, AREA_DESCRIBED, AREA_WHERE_AFTER, WHERE_TO_THE_END,
};
use super::attach::records_in_relative_clause;
use super::local_areas::{
    compass_unit, counties_of_a_force, emergency_service_subject, is_named_area, unit_covering, ward_with_town,
    AREA_CALLED, AREA_NAMED, LOCAL_AREA, NOT_A_WARD_NAME, WARD_CALLED,
};
use super::london::{borough_mentions, londons_force, names_london};
use super::national::{
    may_say_national, names_the_railways, EVERY_FORCE_AND_BTP, NATIONAL_ADJECTIVE, NATIONAL_BODY_RUN_BY, NATIONS,
    RAILWAYS_OF_A_REGION, RAILWAYS_OF_BRITAIN, RAILWAY_CRIME, REGIONS_RAILWAYS, REPORTED_TO_UK_BODY, UK_BODY_CITED,
    UK_BODY_REPORTS,
};
use crate::extract::cues::{index_of, Case, CueWords};
use crate::extract::figures::lists;
use crate::extract::figures::{head, tail};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope, NATIONAL};

/// "across the north west": a compass region written in lower case.
static LOWER_REGION: LazyLock<Regex> = LazyLock::new(|| compile(r"\bthe\s+((?:north|south)[\s-](?:east|west))\b"));

/// Words before a place that say the figure is *not* for it.
static EXCLUDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:excluding|except(?:\s+for)?|bar|apart\s+from|other\s+than|not\s+including|excludes?|excluded|outside(?:\s+of)?|beyond|unlike)\s+(?:the\s+)?$",
    )
});

/// "the superintendent told a meeting in Carlisle", "speaking at a conference in Leeds": the
/// town where something was said, the venue of a meeting, not where the figure said is.
static VENUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:(?:told|addressed|addressing)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|conference|hearing|briefing|summit|seminar|committee|audience)|[Ss]peaking\s+(?:at\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|conference|hearing|briefing|summit|seminar|event))?)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?$",
    )
});

/// "Compared with Norfolk, Suffolk saw 530 fewer", "In comparison to Durham, Cleveland
/// logged …": a place set off at the start of a sentence as what the rest is compared with,
/// which is the yardstick of the clause's figure, not its place (as after "unlike").
static COMPARED_WITH_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[.;:]\s+)(?:(?:[Cc]ompared|[Rr]elative)\s+(?:with|to)|[Ii]n\s+comparison\s+(?:with|to))\s+(?:the\s+)?$",
    )
});

/// "according to figures released by the City of London Police, which runs Action Fraud",
/// "data supplied by West Yorkshire Police, which hosts the National Police Air Service": a
/// force named as who released the figures, on behalf of a body it runs, is that body's
/// keeper, not where the figures were counted.
fn releases_for_a_body_it_runs(place: &Place, before: &str, after: &str) -> bool {
    static RELEASED_BY: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:released|published|supplied|provided|compiled|issued)\s+by|(?:figures|data|statistics)\s+from)\s+(?:the\s+)?$",
        )
    });
    static RUNS_A_BODY: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"^\s*,\s*which\s+(?:also\s+)?(?:runs|operates|hosts|manages|houses|oversees)\s+(?:the\s+)?[A-Z]")
    });
    place.scope == Scope::Force
        && after.contains("which")
        && RUNS_A_BODY.is_match(after)
        && RELEASED_BY.is_match(before)
}

/// A place a figure is ranked within, not the place it is for: "had the highest total in
/// the south west, at 876", "the second-lowest rate in England and Wales", "was the only
/// force in Wales to record a fall", "one of only two forces in the region", "more than any
/// other force in the North East", "the most of any London borough", "the highest rate of
/// drink-driving offences in Wales", "the largest of the four Welsh forces", "the highest
/// total of the four Welsh forces", "one of 13 local
/// policing divisions across the country". Only a region or the
/// country is ranked within: "the largest share in Devon and Cornwall" is part of that
/// force's own figures.
static RANKED_WITHIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // "the highest total in", "the second-lowest rate in", "the highest rate of drink-driving
    // offences in": a superlative, perhaps after an ordinal, with up to four words of what it
    // ranks and perhaps an "of" and a few words more.
    const SUPERLATIVE: &str = concat!(
        r"\b(?:(?:second|third|fourth|fifth)[\s-])?",
        r"(?:highest|lowest|largest|smallest|biggest|greatest|most|fewest|worst|best)",
        r"(?:\s+(?:total|number|figure|figures|rate|rates|count|level|increase|rise|fall|drop|proportion|share|",
        r"recorded|such|offences|crimes|of|any|all|force|forces|division|divisions|police)){0,4}",
        r"(?:\s+of(?:\s+[\w-]+){1,3}?)?"
    );
    // "the only force", "the only other police force".
    const ONLY_FORCE: &str = r"\bonly\s+(?:other\s+)?(?:police\s+)?(?:force|constabulary)";
    // "one of only two forces", "one of 13 local policing divisions": one of a set of areas.
    const ONE_OF_AREAS: &str = concat!(
        r"\bone\s+of\s+(?:only\s+|just\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:police\s+|policing\s+)?",
        r"(?:forces|divisions|districts|boroughs|council\s+areas)"
    );
    // "more than any other force".
    const ANY_FORCE: &str = r"\bany\s+(?:other\s+)?(?:police\s+)?force";
    // " in the", " across", " among all": the preposition before the place ranked within.
    const WITHIN: &str = r"\s+(?:in|of|across|among(?:st)?)\s+(?:the\s+|all\s+)?$";
    // "more than any other", "the most of any": the place right after "any".
    const ANY_OTHER: &str = r"\bany\s+(?:other\s+)?$";
    // "the largest of the", "the highest total of the four", "the busiest of all": a
    // superlative of a set, right before the place.
    const SUPERLATIVE_OF_THE: &str = concat!(
        r"\b(?:highest|lowest|largest|smallest|biggest|busiest|most|fewest|worst|best)",
        r"(?:\s+(?:total|number|figure|rate|count|level|share|increase|rise|fall|drop))?",
        r"\s+of\s+(?:the\s+|all\s+)(?:[\w-]+\s+)?$"
    );
    let ranked = [SUPERLATIVE, ONLY_FORCE, ONE_OF_AREAS, ANY_FORCE].join("|");
    compile(&format!("(?i)(?:{ranked}){WITHIN}|{ANY_OTHER}|{SUPERLATIVE_OF_THE}"))
});

/// "which made it the busiest depot for thefts in Wessex", "the highest of any single street
/// in Yorkshire": a spot (a station, a street, a town) the figure is ranked among within a
/// region, described in a few words after the superlative. The region is where the spot
/// ranks, not the figure's place.
static RANKED_SPOT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:highest|lowest|largest|smallest|biggest|busiest|most|fewest|worst|best)(?:[\s-]+[\w-]+){0,3}?\s+(?:stations?|streets?|roads?|areas?|towns?|cit(?:y|ies)|neighbourhoods?|wards?|estates?|hotspots?|spots?|places?|locations?|lines?|routes?|venues?|hospitals?|schools?)\s+(?:in|of|across|on)\s+(?:the\s+)?$",
    )
});

/// Whether the place at `range` is one a figure is ranked within ([`RANKED_WITHIN_BEFORE`],
/// [`RANKED_SPOT_BEFORE`]);
/// a place whose name takes its preposition ("across the country") is read with it.
pub(super) fn ranked_within(s: &str, range: &Range<usize>) -> bool {
    // "the largest of Scotland's eight forces", "the busiest of Wales's four": the place
    // whose forces a figure is ranked among, printed as their owner.
    static RANKED_AMONG_OWNERS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:second|third|fourth|fifth)[\s-])?(?:highest|lowest|largest|smallest|biggest|busiest|most|fewest|worst|best)\s+of\s+$",
        )
    });
    let before = tail(s, range.start);
    let words = s.get(range.clone()).unwrap_or("");
    let takes_across = words.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("across "));
    let owner = ["'s ", "’s ", "' ", "’ "].iter().any(|o| head(s, range.end).starts_with(o));
    // "a 17% climb, one of the steepest across the Midlands", "among the sharpest in": the
    // region a change is ranked among.
    static AMONG_THE_STEEPEST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:one\s+of|among)\s+the\s+(?:steepest|sharpest|fastest|biggest|largest|highest|lowest)(?:\s+[\w-]+){0,2}?\s+(?:in|across)\s+(?:the\s+)?$",
        )
    });
    RANKED_WITHIN_BEFORE.is_match(before)
        || RANKED_SPOT_BEFORE.is_match(before)
        || AMONG_THE_STEEPEST.is_match(before)
        || takes_across && RANKED_WITHIN_BEFORE.is_match(&format!("{before}across "))
        || owner && RANKED_AMONG_OWNERS.is_match(before)
}

/// A clause describing a force's ground: "The force, which polices the railways in England,
/// Wales and Scotland, recorded …", "West Mercia, which covers Wyre Forest, …", or its ties
/// now or before ("which until recently shared a control room with Warwickshire"). The places
/// in it say what the force covers or works with, not where the figure is.
static DESCRIBING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i),\s*(?:which|who)\s+(?:also\s+|now\s+|once\s+|formerly\s+|previously\s+|until\s+(?:recently|last\s+year|\d{4})\s+)?(?:covers|covered|polices|policed|serves|served|patrols|spans|includes|is\s+responsible\s+for|neighbours|neighbors|borders|adjoins|(?:is|lies|sits)\s+next\s+to|shares|shared|works|worked|collaborates|collaborated|partners|partnered|merged)\b(?:\s+[\w'-]+){0,6}?\s+(?:in\s+|across\s+|of\s+|with\s+|alongside\s+)?(?:the\s+)?$",
    )
});

/// "Carmarthenshire, ", "Banbridge and ": a name listed before the next, at the end of the
/// words before a place.
static LISTED_NAME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b[A-Z][\w'-]*(?:\s+(?:of\s+|upon\s+)?[A-Z][\w'-]*)*(?:,|\s+and)\s+$"));

/// Whether the words before a place open a clause describing a force's ground
/// ([`DESCRIBING_BEFORE`]), or list the places of one: "Dyfed-Powys, which covers
/// Carmarthenshire, Ceredigion, Pembrokeshire and Powys, recorded 74" names four places the
/// force covers, none of them where the figure is. A name after ", and" is no item of the
/// list: "Kent Police, which covers Medway, and Essex Police" closes the clause first.
fn describes_ground(before: &str) -> bool {
    // Cheaply: "which" and "who", in any case, both hold "wh".
    if !before.as_bytes().windows(2).any(|w| w.eq_ignore_ascii_case(b"wh")) {
        return false;
    }
    let mut before = before;
    for _ in 0..8 {
        if DESCRIBING_BEFORE.is_match(before) {
            return true;
        }
        match LISTED_NAME_BEFORE.find(before) {
            Some(m) => before = before.get(..m.start()).unwrap_or(""),
            None => return false,
        }
    }
    false
}

/// Organisations named after a place: "NSPCC Cymru", "the Dorset Police and Crime Commissioner",
/// a newsroom ("the Wessex Data Desk", "the North West News Bureau").
static ORG_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:NSPCC|Childline|ChildLine|Barnardo's|University\s+of|Office\s+for|Crown\s+Prosecution\s+Service)\s+$")
});
static ORG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:'s)?\s*(?:(?:Police\s+)?and\s+Crime\s+Commissioner|PCC\b|Crown\s+Court|Magistrates|County\s+Council|City\s+Council|Council\b|University|School\b|College\b|Hospital\b|Academy\b|Institute\b|Fire\b|NHS\b|Ambulance|FC\b|Football|Rugby|(?:Data\s+|News\s+)?(?:Desk|Bureau|Newsroom)\b|\)\s*(?:Act|Bill|Order|Regulations)\b)",
    )
});

/// "Highland Council area", "the Cornwall council area": a council's name, then "area", is
/// the ground the council serves, not the council.
static COUNCIL_AREA_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+[Cc]ouncil\s+area\b"));

/// "according to figures released to Care Scotland", "figures obtained by Countryside England":
/// a place word closing the name of whoever the data went to (a name begun by a capitalised
/// word that is no compass point, so not "released to North Wales Police") names an outlet or
/// body, not where the figure is, when the sentence has named a place before it ("Forces in
/// the region … according to data obtained by BBC North West" takes the region from the name).
static RECIPIENT_NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i:\b(?:(?:released|supplied|provided|given|sent|disclosed|leaked)\s+to|(?:obtained|seen|requested|analysed|compiled)\s+by))\s+(?:the\s+)?(?-i:(?:\p{Lu}[\w'-]*\s+){1,3})$",
    )
});

/// Whether [`RECIPIENT_NAME_BEFORE`] holds, its name opening on no compass point.
fn in_recipients_name(before: &str) -> bool {
    const COMPASS: &[&str] = &["North", "South", "East", "West", "Mid", "Central", "Greater", "New"];
    before.ends_with(' ')
        && RECIPIENT_NAME_BEFORE.captures(before).is_some_and(|c| {
            c.get(0).is_some_and(|m| {
                let name = m.as_str().split_whitespace().find(|w| w.starts_with(char::is_uppercase));
                name.is_some_and(|w| !COMPASS.contains(&w))
            })
        })
}

/// "on the defence estate in the", "across the defence estate of": the military sites of a
/// region, policed by the Ministry of Defence Police, not the region's territorial forces.
/// Ends where the region's name begins.
static DEFENCE_ESTATE_OF_A_REGION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b[Tt]he\s+[Dd]efence\s+estate\s+(?:in|of|across|throughout)\s+(?:the\s+)?$"));

/// A region's name, or a nation's whose name is also its force's ("Scotland").
fn names_a_region(s: &str, m: &places::Mention) -> bool {
    m.place.scope == Scope::Region || m.place.name == "Police Scotland" && s.get(m.range.clone()) == Some("Scotland")
}

/// The literal words [`place_mentions`] gates its rarer patterns on, found in one pass over a
/// sentence.
const PLACE_GATES: [&str; 30] = [
    "network",
    "railway",
    "IWF",
    "CEOP",
    "Online Protection",
    "Watch Foundation",
    "NCA",
    "Crime Agency",
    "Childline",
    "ChildLine",
    "Action Fraud",
    "efence estate",
    "British Transport Police",
    "city of",
    "town of",
    "district of",
    "borough of",
    " by ",
    " area",
    " ward",
    " (",
    " Service",
    ", which",
    " BCU",
    "ommand Unit",
    "ommand unit",
    "north",
    "south",
    "England",
    "ENGLAND",
];

/// "against 1.8 for England as a whole", "compared with 12% across England": England alone,
/// named after a comparison word with the value set against a figure, is the country that
/// value is for. (The gazetteer has no bare "England": named anywhere else it may be part of
/// a longer name or a nation's share of the country.)
static ENGLAND_SET_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i:\b(?:against|compared\s+(?:with|to)|versus|than)\s+(?:just\s+|only\s+)?(?:the\s+)?[£\d][\d,.]*(?:%|\s+per\s+cent|pc)?(?:\s+[a-z]+){0,3}?\s+(?:for|across|in|throughout)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?)(England)\b",
    )
});

static PLACE_GATE_SET: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&PLACE_GATES, Case::Exact));

/// Place mentions in `s` that say where a figure is, in order; with `areas`, for a text about
/// London, its boroughs too. `mentions` are the gazetteer's, [`places::mentions`] of `s`, and
/// `area_mentions` its council areas, [`places::all_area_mentions`] of `s`.
pub(in crate::extract::figures) fn place_mentions(
    s: &str,
    areas: bool,
    mentions: &[places::Mention],
    area_mentions: &[places::AreaMention],
) -> Vec<(Range<usize>, &'static Place)> {
    // "In #Camden this week": a place printed as a hashtag is read as its name (a space for
    // the mark keeps every range in place).
    let dehashed;
    let s = if s.contains('#') {
        dehashed = s.replace('#', " ");
        dehashed.as_str()
    } else {
        s
    };
    let mut found: Vec<(Range<usize>, &'static Place)> = Vec::new();
    let gates = PLACE_GATE_SET.find(s);
    // `has!("word")`: whether `s` contains the word, one of `PLACE_GATES`.
    macro_rules! has {
        ($word:literal) => {
            gates.has(const { index_of(&PLACE_GATES, $word) })
        };
    }
    // The national place, looked up once rather than for every sentence.
    static NATIONAL_PLACE: LazyLock<Option<&'static Place>> = LazyLock::new(|| places::by_name(NATIONAL));
    if (has!("network") || has!("railway")) && RAILWAY_CRIME.is_match(s) {
        if let Some(btp) = places::by_name("British Transport Police") {
            found.extend(RAILWAYS_OF_BRITAIN.find_iter(s).map(|m| (m.range(), btp)));
            // A region's railways (or a nation's, "the railways of Scotland", whose name is
            // also its force's, or a force's area, "railways in the West Midlands"): the
            // place's name goes with them, as BTP's.
            let area = |m: &&places::Mention| {
                names_a_region(s, m) || m.place.scope == Scope::Force && m.place.name != btp.name
            };
            for m in mentions.iter().filter(area) {
                let before = s.get(..m.range.start).unwrap_or("");
                let after = s.get(m.range.end..).unwrap_or("");
                let railways = match (RAILWAYS_OF_A_REGION.find(before), REGIONS_RAILWAYS.find(after)) {
                    (Some(rail), _) => rail.start()..m.range.end,
                    (None, Some(rail)) => m.range.start..m.range.end + rail.end(),
                    (None, None) => continue,
                };
                if !found.iter().any(|(r, _)| r.start < railways.end && railways.start < r.end) {
                    found.push((railways, btp));
                }
            }
        }
    }
    // "on the defence estate in the South West": the Ministry of Defence Police's ground there.
    if has!("efence estate") {
        if let Some(mdp) = places::by_name("Ministry of Defence Police") {
            for m in mentions.iter().filter(|m| names_a_region(s, m)) {
                if let Some(estate) = DEFENCE_ESTATE_OF_A_REGION.find(s.get(..m.range.start).unwrap_or("")) {
                    if !found.iter().any(|(r, _)| r.start < m.range.end && estate.start() < r.end) {
                        found.push((estate.start()..m.range.end, mdp));
                    }
                }
            }
        }
    }
    if let Some(national) = *NATIONAL_PLACE {
        let railways = found.clone();
        let outside = |r: &Range<usize>| !railways.iter().any(|(b, _)| b.start < r.end && r.start < b.end);
        // Both patterns are gated on a word every match contains, so that the sentences
        // naming neither (most of them) skip the scans.
        if has!("England") || has!("ENGLAND") {
            found.extend(NATIONS.find_iter(s).map(|m| (m.range(), national)).filter(|(r, _)| outside(r)));
        }
        if may_say_national(s) {
            found.extend(NATIONAL_ADJECTIVE.find_iter(s).map(|m| (m.range(), national)));
        }
        if s.contains("England") {
            let nations = found.clone();
            let alone = |r: &Range<usize>| !nations.iter().any(|(b, _)| b.start < r.end && r.start < b.end);
            let england = ENGLAND_SET_AGAINST.captures_iter(s).filter_map(|c| c.get(1)).map(|m| m.range());
            found.extend(england.filter(|r| alone(r)).map(|r| (r, national)));
        }
        if has!("IWF")
            || has!("Watch Foundation")
            || has!("NCA")
            || has!("Crime Agency")
            || has!("Childline")
            || has!("ChildLine")
            || has!("Action Fraud")
            || has!("CEOP")
            || has!("Online Protection")
        {
            found.extend(UK_BODY_REPORTS.find_iter(s).map(|m| (m.range(), national)));
            found.extend(UK_BODY_CITED.find_iter(s).map(|m| (m.range(), national)));
            found.extend(REPORTED_TO_UK_BODY.find_iter(s).map(|m| (m.range(), national)));
        }
        if has!("British Transport Police") {
            for m in EVERY_FORCE_AND_BTP.find_iter(s) {
                found.retain(|(r, _)| !(m.start() <= r.start && r.end <= m.end()));
                found.push((m.range(), national));
            }
        }
    }
    // "in the city of Leeds": the city, not the force a gazetteer alias would make it.
    if has!("city of") || has!("town of") || has!("district of") || has!("borough of") {
        for m in AREA_NAMED.captures_iter(s).filter_map(|c| c.get(1)) {
            if !found.iter().any(|(r, _)| r.start < m.end() && m.start() < r.end) {
                found.push((m.range(), &LOCAL_AREA));
            }
        }
    }
    for m in mentions {
        let railways = m.place.name == "British Transport Police"
            && s.get(m.range.clone()).is_some_and(names_the_railways)
            && !RAILWAY_CRIME.is_match(s);
        if railways {
            continue;
        }
        if !found.iter().any(|(r, _)| r.start < m.range.end && m.range.start < r.end) {
            let place = londons_force(s, &m.range, m.place);
            let run_for_the_country =
                m.place.scope == Scope::Force && has!(" by ") && NATIONAL_BODY_RUN_BY.is_match(tail(s, m.range.start));
            let place = match *NATIONAL_PLACE {
                Some(national) if run_for_the_country => national,
                _ => place,
            };
            found.push((m.range.clone(), place));
        }
    }
    // "In Telford and Wrekin, 139 …", "Salford saw 87", "Orkney recorded four": a council area
    // or city given its own figure. Only a sentence with a number, in digits or words, can give one.
    joint_areas(s, area_mentions, &mut found);
    // The number words are looked for only once an area is found: most sentences without a
    // digit name none, and the area scan costs less than the number-word one.
    let council_areas = if !area_mentions.is_empty() && !has_number(s) { &[] } else { area_mentions };
    for m in council_areas {
        // "Derry City policing district": the name printed, with "City", and the words
        // saying what it is.
        let described = AREA_DESCRIBED.captures(head(s, m.range.end));
        let city = described.as_ref().and_then(|c| c.get(1).or(c.get(2))).map_or(0, |g| g.end());
        let end = m.range.end + described.as_ref().and_then(|c| c.get(0)).map_or(0, |g| g.end());
        // "The Elizabeth line accounted for 96": a rail network's name takes "the".
        let network = m.force == "British Transport Police";
        let the = ["the ", "The ", "THE "].iter().any(|t| s.get(..m.range.start).is_some_and(|b| b.ends_with(t)));
        let start = if network && the { m.range.start - 4 } else { m.range.start };
        let range = start..m.range.end + city;
        if !area_has_figure(s, &range, end) || (m.ambiguous && !framed_as_area(s, &range, described.is_some())) {
            continue;
        }
        // "East Devon", "Redcar and Cleveland": an area whose name holds a force's is the
        // area; so is one whose whole name is also its force's alias ("South
        // Gloucestershire").
        found.retain(|(r, p)| {
            !(range.start <= r.start && r.end <= range.end && (r.len() < range.len() || p.scope == Scope::Force))
        });
        if !found.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
            found.push((range, &LOCAL_AREA));
        }
    }
    // "in the Leith Walk area": a neighbourhood the text names as an area, when it is no
    // place the gazetteers know.
    // "in the Highland Council area": the council's area, under the council's place name.
    if has!(" area") {
        for m in AREA_CALLED.captures_iter(s).filter_map(|c| c.get(1)) {
            let end = m.as_str().strip_suffix(" Council").map_or(m.end(), |name| m.start() + name.len());
            if !found.iter().any(|(r, _)| r.start < end && m.start() < r.end) {
                found.push((m.start()..end, &LOCAL_AREA));
            }
        }
    }
    if has!(" ward") {
        for c in WARD_CALLED.captures_iter(s) {
            let (Some(whole), Some(m)) = (c.get(0), c.get(1)) else { continue };
            let first = m.as_str().split_whitespace().next().unwrap_or("");
            if !whole.as_str().ends_with("ward") || NOT_A_WARD_NAME.contains(&first) {
                continue;
            }
            if !found.iter().any(|(r, _)| r.start < m.end() && m.start() < r.end) {
                found.push((m.range(), &LOCAL_AREA));
            }
        }
    }
    if has!(" (") {
        if let Some((name, brackets)) = ward_with_town(s) {
            found.retain(|(r, _)| {
                !(r.start < brackets.end && brackets.start < r.end || r.start < name.end && name.start < r.end)
            });
            found.push((name, &LOCAL_AREA));
        }
    }
    if has!(" Service") {
        emergency_service_subject(s, &mut found);
    }
    // "Croydon records most offences in London": a sentence naming London or its force is
    // about London itself, boroughs before the name included.
    if areas || found.iter().any(|(_, p)| names_london(p)) {
        for (range, place) in borough_mentions(s) {
            if !found.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
                found.push((range, place));
            }
        }
    }
    // Every match of LOWER_REGION holds "north" or "south", in lower case.
    let lower_regions = if has!("north") || has!("south") { Some(LOWER_REGION.captures_iter(s)) } else { None };
    for c in lower_regions.into_iter().flatten() {
        if let (Some(whole), Some(name)) = (c.get(0), c.get(1)) {
            if let Some(place) = places::by_alias(name.as_str()).filter(|p| p.scope == Scope::Region) {
                if !found.iter().any(|(r, _)| r.start < whole.end() && whole.start() < r.end) {
                    found.push((whole.range(), place));
                }
            }
        }
    }
    if has!(", which") {
        unit_covering(s, &mut found);
    }
    if has!(" BCU") || has!("ommand Unit") || has!("ommand unit") {
        compass_unit(s, &mut found);
    }
    found.sort_by_key(|(r, _)| r.start);
    counties_of_a_force(s, &mut found);
    let mut kept: Vec<(Range<usize>, &'static Place)> = Vec::new();
    let mut last_excluded: Option<usize> = None;
    // "Tayside Police, the largest force in Scotland, recorded …": with a part of a nation's
    // force named (a division or legacy force of Police Scotland), the nation a figure is
    // ranked within is the country, not the force's own ground.
    let names_a_part = found.iter().any(|(_, p)| p.scope == Scope::Region && lists::is_part_of_a_force(p));
    for (range, place) in found {
        let before = tail(s, range.start);
        let after = head(s, range.end);
        let follows_excluded =
            last_excluded.is_some_and(|end| s.get(end..range.start).is_some_and(|gap| gap.trim() == "("));
        // "except Rochdale, where burglaries rose by 3%.": left out of what the sentence says
        // of the rest, but the place of its own figure, when its clause ends the sentence
        // ("Excluding Salford, where 40% were logged, burglary fell 5%" is the rest's 5%).
        // So is a place "outside" of which the others' figures are, when a relative clause
        // after it gives its own ("the highest outside the Met area, which logged 14,233").
        let own_figure = || {
            is_named_area(place) && AREA_WHERE_AFTER.is_match(after) && WHERE_TO_THE_END.is_match(after)
                || after.find(|c: char| c.is_ascii_digit()).is_some_and(|d| records_in_relative_clause(&after[..d]))
        };
        if is_dateline(s, &range)
            || (EXCLUDED_BEFORE.is_match(before) && !own_figure())
            || (after.starts_with(',')
                && COMPARED_WITH_OPENING.is_match(s.get(..range.start).unwrap_or(""))
                && !own_figure())
            || describes_ground(before)
            || VENUE_BEFORE.is_match(before)
            || (ranked_within(s, &range)
                && (place.scope != Scope::Force || names_a_part && places::polices_a_nation(place))
                // "the lowest in the South West, where forces averaged 720": the region opens
                // a where-clause with a figure of its own, which is the region's.
                && !AREA_WHERE_AFTER.is_match(after))
            || ORG_BEFORE.is_match(before)
            || (in_recipients_name(before) && kept.iter().any(|(r, _)| r.end <= range.start))
            || releases_for_a_body_it_runs(place, before, after)
            || (ORG_AFTER.is_match(after) && !COUNCIL_AREA_AFTER.is_match(after))
            || (place.scope == Scope::Region && is_part_of_region(before))
            || (place.scope == Scope::National && is_remit_aside(s, &range))
            || (place.scope != Scope::Force && owns_the_force_described(before, after))
            || follows_excluded
        {
            last_excluded = Some(range.end);
            continue;
        }
        kept.push((range, place));
    }
    kept
}

/// "The Met, the UK's largest force, …", "Kent Police, one of the UK's busiest forces, …": the
/// country or a region owning the force an aside after a comma describes, which says what the
/// force is among, not where its figure is.
fn owns_the_force_described(before: &str, after: &str) -> bool {
    static ASIDE_OPENS: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i),\s*(?:(?:one|two|three)\s+of\s+)?(?:the\s+)?$"));
    static OWNED_FORCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:police\s+)?(?:forces?|constabular(?:y|ies))\s*[,–—-]")
    });
    before.ends_with(' ') && OWNED_FORCE.is_match(after) && ASIDE_OPENS.is_match(before)
}

/// "Police in south-east Wales recorded …", "across north-west Scotland": a compass point in
/// lower case before a region names a part of it, the ground of one of its forces or
/// divisions, not the region itself.
fn is_part_of_region(before: &str) -> bool {
    static COMPASS: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(?:north|south|east|west|mid)(?:-(?:east|west))?[\s-]$"));
    before.ends_with([' ', '-']) && COMPASS.is_match(before)
}

/// "Its plant theft unit, set up in 2020 and now working nationally, shares …", "Its desk, which works
/// nationwide, took 150 calls": the country as the remit of a body, in an aside set off by
/// commas that describes it, is where the body works, not where its figures are: they are
/// those of the force it belongs to.
fn is_remit_aside(s: &str, range: &Range<usize>) -> bool {
    static WORKS: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i),[^,;.]*\b(?:operat(?:ing|es|ed)|work(?:ing|s|ed)|deployed|active)\s+$"));
    let (Some(before), Some(after)) = (s.get(..range.start), s.get(range.end..)) else { return false };
    after.trim_start().starts_with(',') && WORKS.is_match(tail(before, before.len()))
}

/// "GLASGOW - Police Scotland recorded …", "LONDON, Tuesday": a dateline, the town the story
/// was filed from, in capitals at the start of the text and set off by a dash or comma. It
/// is not where the figures are.
fn is_dateline(s: &str, range: &Range<usize>) -> bool {
    let (Some(before), Some(words), Some(after)) = (s.get(..range.start), s.get(range.clone()), s.get(range.end..))
    else {
        return false;
    };
    before.trim().is_empty()
        && !words.chars().any(char::is_lowercase)
        && words.chars().filter(|c| c.is_alphabetic()).count() > 1
        && (after.starts_with(" -") || after.starts_with(" –") || after.starts_with(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_gate_opens_wherever_the_national_adjective_pattern_matches() {
        let texts = [
            "Burglary saw a national rise of 12 per cent last spring.",
            "A NATIONAL AVERAGE OF 40 lay behind the county's 55.",
            "The NaTiOnAl TrEnD held steady, officials said.",
            "Against the National picture the town fared well.",
        ];
        for text in texts {
            assert!(NATIONAL_ADJECTIVE.is_match(text), "{text:?}");
            assert!(may_say_national(text), "{text:?}");
        }
    }

    #[test]
    fn national_yardstick_is_read_in_the_words_named_whatever_their_case() {
        let s = "Shoplifting here ran above the NATIONAL Average of 31, the council said.";
        let at = s.find("NATIONAL").unwrap_or(0);
        assert!(super::super::is_national_yardstick(s, &(at..at + "NATIONAL Average".len())));
        // Only the words of the range are read: the word just past them does not count.
        assert!(!super::super::is_national_yardstick(s, &(at..at + "NATIONAL".len())));
    }

    #[test]
    fn no_national_yardstick_without_the_word_national() {
        let s = "Thefts rose in the nation's capital, above the average of 31.";
        assert!(!super::super::is_national_yardstick(s, &(0..s.len())));
        assert!(!super::super::is_national_yardstick(s, &(0..0)));
        assert!(!super::super::is_national_yardstick(s, &(s.len()..s.len() + 4)));
    }

    #[test]
    fn national_gate_stays_shut_without_the_word() {
        let texts = ["A nationwide rise in thefts", "local levels fell; nation-al", "l", "", "Ational total"];
        for text in texts {
            assert!(!may_say_national(text), "{text:?}");
            assert!(!NATIONAL_ADJECTIVE.is_match(text), "{text:?}");
        }
    }

    #[test]
    fn each_place_gate_opens_exactly_where_the_sentence_contains_its_word() {
        let texts = [
            "Offences on the railway network rose, the British Transport Police said (BTP).",
            "The Internet Watch Foundation, the NCA, the National Crime Agency and Childline agreed.",
            "ChildLine took 40 calls in the city of Leeds, the town of Wigan and the borough of Bury.",
            "In the district of Fylde, a scheme run by the force covers the Ashton ward area.",
            "The Fire and Rescue Service and the Ambulance Service attended.",
            "Network Rail's railways; british transport police; the city off; a town oF; ward; area",
            "nca iwf childline by (by) watch foundatio crime agenc services",
            "The North East BCU, the Basic Command Unit and a borough command unit; BCUs",
            "in the north east and the south-west, not the North or the SOUTH; northerly southward",
            "across England and Wales, ACROSS ENGLAND AND WALES; england, Englandish",
            "",
        ];
        for text in texts {
            let found = PLACE_GATE_SET.find(text);
            for (i, word) in PLACE_GATES.iter().enumerate() {
                assert_eq!(found.has(i), text.contains(word), "{word:?} in {text:?}");
            }
        }
    }
}
