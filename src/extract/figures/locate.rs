//! Where a figure is: the place mentions that say where (not organisations named after a
//! place, not places excluded), the police in general, and the place each number takes.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::{joined, OPENING_MAX};
use super::kinds::Candidate;
use super::lists::{self, place_groups, Group};
use super::nouns::{classify_word, Noun};
use super::{first_starting_from, head, last_ending_by, tail, Found};
use crate::extract::cues::{index_of, Case, CueWords};
use crate::extract::numbers::{compile, has_number_word, HEDGE};
use crate::extract::periods;
use crate::extract::places::{self, Place, Scope, NATIONAL};
use crate::model::{Article, Figure, Kind};

/// "in England, Wales and Northern Ireland": a list of nations including England.
static NATIONS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bEngland(?:\s*(?:,|,?\s*and|&)\s*(?:Wales|Scotland|Northern\s+Ireland|the\s+UK))+"));

/// "all 43 territorial forces and British Transport Police", "each of the 43 forces in
/// England and Wales, plus British Transport Police": every force of the country with the
/// one that polices its railways, the whole country's figures, not that one force's.
static EVERY_FORCE_AND_BTP: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:all|each\s+of|every\s+one\s+of)\s+(?:the\s+)?(?:\d+|forty-\w+)\s+(?:(?:territorial|regional|geographic(?:al)?|local|home\s+office)\s+)?(?:police\s+)?forces(?:\s+(?:in|of|across)\s+England\s+and\s+Wales)?,?\s+(?:and|plus|as\s+well\s+as)\s+(?:the\s+)?British\s+Transport\s+Police\b",
    )
});

/// "on the rail network in Great Britain", "the railways of England, Wales and Scotland": the
/// railways of Great Britain, which one force polices: British Transport Police's ground, not
/// the country (in a sentence about crime on them, [`RAILWAY_CRIME`]). A bare "network" is
/// not the railway's ("the network of food banks across England, Wales and Scotland").
static RAILWAYS_OF_BRITAIN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b[Tt]he\s+(?:(?:rail|railway|train)\s+network|railways?)\s+(?:in|of|across|throughout)\s+(?:(?:Great\s+)?Britain\b|England(?:\s*(?:,|,?\s*and|&)\s*(?:Wales|Scotland))+)",
    )
});

/// "on the rail network in London", "the railways of the North West": the railways of a
/// region, a part of British Transport Police's ground, not the region's territorial forces'
/// (in a sentence about crime on them, [`RAILWAY_CRIME`]). Ends where the region's name begins.
static RAILWAYS_OF_A_REGION: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b[Tt]he\s+(?:(?:rail|railway|train)\s+network|railways?)\s+(?:in|of|across|throughout)\s+(?:the\s+)?$")
});

/// Crime or policing words: what makes the railways named as a whole ("Britain's railways",
/// "the rail network in Great Britain") British Transport Police's ground. Fares,
/// punctuality, passenger numbers and station works on them are the railway's own news, no
/// figure of the force's.
static RAILWAY_CRIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:crimes?|criminal|offen[cs]es?|offenders?|robber(?:y|ies)|thefts?|thieves|stolen|assaults?|assaulted|attacks?|attacked|sexual|violen(?:ce|t)|harassment|abuse|arrests?|arrested|police|policing|officers?|knife|knives|weapons?|burglar(?:y|ies)|vandal\w*|trespass\w*|fraud|drugs?|victims?|charged|suspects?)\b",
    )
});

/// Whether the words of a British Transport Police mention name the railways as a whole
/// ("Britain's trains", "the UK's rail network") rather than the force.
fn names_the_railways(words: &str) -> bool {
    let words = words.to_lowercase();
    ["railway", "rail network", "trains", "stations"].iter().any(|w| words.contains(w))
}

/// "the national fraud reporting centre, run by City of London Police", "the National Police
/// Air Service, hosted by West Yorkshire Police": a national body that one force runs for the
/// country. Its figures are the country's, not the force's.
static NATIONAL_BODY_RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\bnational\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:run|operated|hosted|managed|led)\s+by\s+(?:the\s+)?$")
});

/// "The IWF said it confirmed 2,100 reports", "the National Crime Agency, which leads the
/// response, reported 470": a body that works for the whole UK, reporting its own count as the
/// subject of its clause. Its figures are the country's, not those of the force the text is
/// about ("The NCA said 40 were referred" may be telling the force's own cases).
static UK_BODY_REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:Internet\s+Watch\s+Foundation|IWF|National\s+Crime\s+Agency|NCA|Childline|ChildLine)(?:\s*\([A-Z]+\))?(?:,[^,.]{1,120},)?\s+(?:(?:said|says)\s+(?:it|they)\b|reported|reports|recorded|confirmed|found|handled|logged|received)\b",
    )
});

/// "a national rise of 60 per cent": the country's figure, named by its adjective.
static NATIONAL_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\bnational\s+(?:rise|increase|fall|drop|decrease|total|figure|average|rate|picture|trend|level)\b")
});

/// "the national figure is a floor", "above the national average": the country named only
/// as a yardstick. In a sentence with no figure it does not change the place the text is
/// about.
pub(super) fn is_national_yardstick(s: &str, range: &Range<usize>) -> bool {
    s.get(range.clone()).is_some_and(|words| NATIONAL_ADJECTIVE.is_match(words))
}

/// "said Amrit Sandhu, the NSPCC's development manager for the East Midlands", "Wales
/// director of the charity": a region or the country as the patch of someone's job, which
/// says who they are, not what the text goes on about. (A force in a job title, "a
/// spokesperson for Kent Police", speaks for the force, whose figures may follow.)
pub(super) fn is_job_patch(s: &str, g: &Group) -> bool {
    static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:manager|director|head|officer|lead|co-?ordinator|campaigner|spokes(?:man|woman|person)|chair(?:man|woman)?|executive|advis[eo]r|commissioner|secretary|representative|organiser|worker)(?:\s+of\s+[\w\s'-]{1,40}?)?\s+(?:for|at|in|covering)\s+(?:the\s+)?$",
        )
    });
    static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:'s)?\s+(?:manager|director|head|officer|lead|co-?ordinator|campaigner|spokes(?:man|woman|person)|chair(?:man|woman)?|executive|advis[eo]r)\b",
        )
    });
    g.places.iter().all(|p| p.scope != Scope::Force)
        && (ROLE_BEFORE.is_match(tail(s, g.range.start)) || ROLE_AFTER.is_match(head(s, g.range.end)))
}

/// "across the north west": a compass region written in lower case.
static LOWER_REGION: LazyLock<Regex> = LazyLock::new(|| compile(r"\bthe\s+((?:north|south)[\s-](?:east|west))\b"));

/// Words before a place that say the figure is *not* for it.
static EXCLUDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:excluding|except(?:\s+for)?|bar|apart\s+from|other\s+than|not\s+including|excludes?|excluded|outside(?:\s+of)?|beyond|unlike)\s+(?:the\s+)?$",
    )
});

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
    compile(
        r"(?i)(?:\b(?:(?:second|third|fourth|fifth)[\s-])?(?:highest|lowest|largest|smallest|biggest|greatest|most|fewest|worst|best)(?:\s+(?:total|number|figure|figures|rate|rates|count|level|increase|rise|fall|drop|proportion|share|recorded|such|offences|crimes|of|any|all|force|forces|division|divisions|police)){0,4}(?:\s+of(?:\s+[\w-]+){1,3}?)?|\bonly\s+(?:other\s+)?(?:police\s+)?(?:force|constabulary)|\bone\s+of\s+(?:only\s+|just\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:police\s+|policing\s+)?(?:forces|divisions|districts|boroughs|council\s+areas)|\bany\s+(?:other\s+)?(?:police\s+)?force)\s+(?:in|of|across|among(?:st)?)\s+(?:the\s+|all\s+)?$|\bany\s+(?:other\s+)?$|\b(?:highest|lowest|largest|smallest|biggest|busiest|most|fewest|worst|best)(?:\s+(?:total|number|figure|rate|count|level|share|increase|rise|fall|drop))?\s+of\s+(?:the\s+|all\s+)(?:[\w-]+\s+)?$",
    )
});

/// Whether the place at `range` is one a figure is ranked within ([`RANKED_WITHIN_BEFORE`]);
/// a place whose name takes its preposition ("across the country") is read with it.
fn ranked_within(s: &str, range: &Range<usize>) -> bool {
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
    RANKED_WITHIN_BEFORE.is_match(before)
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

/// Organisations named after a place: "NSPCC Cymru", "the Dorset Police and Crime Commissioner".
static ORG_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:NSPCC|Childline|ChildLine|Barnardo's|University\s+of|Office\s+for|Crown\s+Prosecution\s+Service)\s+$")
});
static ORG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:'s)?\s*(?:(?:Police\s+)?and\s+Crime\s+Commissioner|PCC\b|Crown\s+Court|Magistrates|County\s+Council|City\s+Council|Council\b|University|School\b|College\b|Hospital\b|Academy\b|Institute\b|Fire\b|NHS\b|Ambulance|FC\b|Football|Rugby|\)\s*(?:Act|Bill)\b)",
    )
});

/// "Highland Council area", "the Cornwall council area": a council's name, then "area", is
/// the ground the council serves, not the council.
static COUNCIL_AREA_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+[Cc]ouncil\s+area\b"));

/// Words after a borough's name that make it an institution or another place: "Croydon
/// Council", "Westminster Abbey", "Sutton Coldfield", "Harrow School".
static INSTITUTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:'s)?\s+(?:(?:Borough\s+|London\s+Borough\s+)?Council|Abbey|Palace|Hall|Bridge|School|College|University|Hospital|FC|Football|Rugby|Cricket|Magistrates|Crown|Coldfield|Station|Cathedral|Park|Village|Studios|Road|Street|Lane|Avenue|Green|Common|Town|upon\s+Hull|MP|politicians|government)\b",
    )
});

/// Words before a borough's name that make it a place: "in Westminster", "the borough of
/// Sutton".
///
/// Not [`AREA_LOCATIVE_BEFORE`]: this only settles that an ambiguous name is the borough
/// ("from Sutton", "covering Brent" do too), where that one says a council area's clause
/// gives it a figure, and so needs the preposition to open the clause.
static AREA_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:in|across|throughout|within|from|covering|borough\s+of)\s+(?:the\s+borough\s+of\s+)?$")
});

/// Words after a borough's name that make it the subject of a figure: "Sutton recorded 64",
/// "Camden accounted for 130", "Harrow alone saw 62",
/// "Westminster, which has few residents, logged 64", "Merton (41)", "Brent: 55", "Harrow -
/// 212", "Barnet, with 187, and …".
///
/// Not [`AREA_SUBJECT_AFTER`], though both read a name as a figure's subject: this one only
/// settles whether an ambiguous borough's name is the borough at all, anywhere in the
/// sentence, and takes verbs the other does not ("received", "came", "followed" alone), while
/// that one also needs the name to open its clause and reads more ("Salford's 311", "was
/// next"). Joined, each would find places the other does not.
static AREA_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:,[^,;.]{{1,80}},)?(?:\s+(?:alone|itself))?\s*(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|had|reported|registered|received|accounted\s+for|topped|came|followed|\(\s*\d|:\s*\d|-\s*\d|,\s*with\s+(?:{HEDGE}\s+)?\d)"
    ))
});

/// London boroughs in `s` that are places: any whose name is not followed by an
/// institution's word; one whose name is also commonly something else only beside words that
/// make it a place, or in a list with another borough.
fn borough_mentions(s: &str) -> Vec<(Range<usize>, &'static Place)> {
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

/// "In Cornwall, 21 people died", "58 were recorded in Cornwall and the Isles of Scilly": one
/// of the counties a force is named after ("Devon and Cornwall Police"), printed alone, is that
/// part of its ground, under the name printed (with an "and the Isles of …" after it), not
/// the force.
fn counties_of_a_force(s: &str, found: &mut [(Range<usize>, &'static Place)]) {
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

/// Whether `place` is an area the text names as a city, town or district ([`AREA_NAMED`]):
/// part of a force's ground, not a group of forces.
pub(super) fn is_named_area(place: &Place) -> bool {
    std::ptr::eq(place, &LOCAL_AREA)
}

/// What joins council areas into one: ", ", " and ", ", and ", " & ".
static AREAS_JOINED: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)$"));

/// "burglaries in Conwy and Denbighshire fell 8%", "Leeds, Bradford and Wakefield recorded
/// 2,100": two or more council areas (none of a name as often something else) joined as one
/// place, under the names printed, joined, where the words around them give it a figure as
/// they would one area ([`area_has_figure`]), as the subject or frame of its clause. In a
/// headline or heading with no figure, "Youth crime falls across Conwy and Denbighshire", such
/// areas after "in", "across", "throughout" or "within" are what the text goes on to give
/// figures for: a service or partnership that covers them together, not a part of a force's
/// ground.
fn joint_areas(s: &str, mentions: &[places::AreaMention], found: &mut Vec<(Range<usize>, &'static Place)>) {
    if !(s.contains(" and ") || s.contains(" & ")) {
        return;
    }
    let figure = s.bytes().any(|b| b.is_ascii_digit());
    let mut i = 0;
    while i < mentions.len() {
        let mut j = i;
        while j + 1 < mentions.len()
            && !mentions[j].ambiguous
            && !mentions[j + 1].ambiguous
            && s.get(mentions[j].range.end..mentions[j + 1].range.start).is_some_and(|gap| AREAS_JOINED.is_match(gap))
        {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let range = mentions[i].range.start..mentions[j].range.end;
        i = j + 1;
        let after = head(s, range.end);
        let framed = AREA_JOINT_BEFORE.is_match(tail(s, range.start))
            && !(after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase()))
            && !INSTITUTION_AFTER.is_match(after);
        // "30% of those offences were recorded in Southampton and Portsmouth": a share
        // counted in several areas together is a share of the force's own figures; a count
        // ("231 were recorded in Bournemouth and Poole") is the areas' together.
        let subject = figure
            && area_has_figure(s, &range, range.end)
            && (!area_after_its_number(s, &range) || !share_before(s, range.start));
        // A headline or heading ends with no full stop; a sentence with no figure that does
        // ("Officers in Leeds and Bradford are appealing for witnesses.") only passes by.
        let heading = !s.trim_end().ends_with(['.', '!', '?', '"', '”']);
        if !(if figure { subject } else { framed && heading }) {
            continue;
        }
        found.retain(|(r, _)| !(range.start <= r.start && r.end <= range.end));
        if !found.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
            found.push((range, &LOCAL_AREA));
        }
    }
}

/// Whether the last number printed before `at`, years and financial years aside, is a
/// percentage ("30% of those …", "12 per cent in 2023/24 were in …").
fn share_before(s: &str, at: usize) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| compile(r"\d[\d,.]*(?:/\d+)?"));
    static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?$"));
    let before = s.get(..at).unwrap_or("");
    let Some(last) =
        NUMBER.find_iter(before).filter(|m| !YEAR.is_match(m.as_str().trim_end_matches(['.', ',']))).last()
    else {
        return false;
    };
    let after = before[last.end()..].trim_start();
    after.starts_with('%') || after.starts_with("per cent") || after.starts_with("percent")
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
fn emergency_service_subject(s: &str, found: &mut Vec<(Range<usize>, &'static Place)>) {
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

/// "in ", "across the ", "throughout ": a preposition placing what comes before it in the
/// council areas after it, not another noun's ("a man from Conwy and Denbighshire").
static AREA_JOINT_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:in|across|throughout|within)\s+$"));

/// Whether `place` is London or its force, after which a text's boroughs are places.
pub(super) fn names_london(place: &Place) -> bool {
    places::is_london_or_its_force(place.name)
}

/// Whether `place` is one of the London boroughs, areas inside a force rather than a group
/// of forces.
pub(super) fn is_borough(place: &Place) -> bool {
    places::LONDON_BOROUGHS.iter().any(|b| std::ptr::eq(b, place))
}

/// "Police in London recorded …": the Met's figure, London's own force.
fn londons_force(s: &str, range: &Range<usize>, place: &'static Place) -> &'static Place {
    static POLICE_IN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:police|officers)\s+in\s+$"));
    static MET: LazyLock<Option<&'static Place>> = LazyLock::new(|| places::by_name(places::LONDONS_FORCE));
    match *MET {
        Some(met) if place.name == places::LONDON && POLICE_IN.is_match(tail(s, range.start)) => met,
        _ => place,
    }
}

/// "in the city of Manchester", "across the district of South Lakeland": a part of a force's
/// ground that the text names as a city, town or district, which the gazetteer does not
/// list. Its name is the one printed.
static AREA_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Ff]or)\s+the\s+(?:city|town|district|county\s+borough|metropolitan\s+borough)\s+of\s+([A-Z][a-z][\w'-]*(?:\s+(?:upon|on|and|in|under)\s+[A-Z][a-z][\w'-]*|\s+[A-Z][a-z][\w'-]*){0,3})",
    )
});

/// Whether `s` holds a number, in digits or in words ("Orkney recorded four").
fn has_number(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit()) || has_number_word(s)
}

/// Words before a council area or city that make it the place a clause's figure is for:
/// "In Salford, …", "while across Kirklees …" at the start of a clause.
static AREA_LOCATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:^|[.;:(]\s*|,\s*|\b(?:while|whereas|but|and)\s+)(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+$")
});

/// "On" at the start of a clause, as [`AREA_LOCATIVE_BEFORE`]'s words are: see [`on_opens`].
static ON_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:^|[.;:(]\s*|,\s*|\b(?:while|whereas|but|and)\s+)[Oo]n\s+(?:the\s+)?$"));

/// Whether "On" opening a clause before the place at `range` of `s` is its locative: before a
/// rail network printed with "the" ("On the Elizabeth line, 130 …"), or a place that takes
/// "on", a -side area or an island ("On Teesside, …", "On Anglesey, …"). Before any other
/// name "On X," is as often "about X" ("On Wigan, the manager said 12 players were
/// injured").
fn on_opens(s: &str, range: &Range<usize>) -> bool {
    const ON_PLACES: &[&str] =
        &["Anglesey", "Isle of Anglesey", "Isle of Wight", "Isle of Man", "Isles of Scilly", "Shetland", "Orkney"];
    let Some(name) = s.get(range.clone()) else { return false };
    let network = name.starts_with("the ") || name.starts_with("The ");
    let on_place = name.ends_with("side") || ON_PLACES.iter().any(|p| name.eq_ignore_ascii_case(p));
    (network || on_place) && ON_BEFORE.is_match(s.get(..range.start).unwrap_or(""))
}

/// What follows such a locative before its clause goes on: "In Salford alone, …", "In
/// Salford 40 were …", "In Salford police logged …", "In Leeds itself there were …", "In
/// Angus the number of charges rose …", "In Salford alone we recorded …" (a force speaking
/// of its own ground, as "we", "they" or "the force", with a verb of recording).
static AREA_LOCATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+alone|\s+itself|\s+last\s+year|\s+this\s+year)?(?:\s*,|\s+\d|\s+(?:there|police|officers)\b|\s+the\s+(?:[a-z-]+\s+){0,2}?(?:number|numbers|total|figure|figures|count|tally|rate)\b|\s+(?:we|they|the\s+force)\s+(?:have\s+|had\s+|also\s+)?(?:recorded|logged|saw|had|reported|registered|received|dealt\s+with)\b)",
    )
});

/// "Derry City policing district", "the Wigan district", "Carlisle council area", "the Moray
/// local authority area", "the Leeds area", "the Wigan neighbourhood area", "within Cambridge
/// city": words after an area's name saying it is a district of a force's ground; a "City"
/// among them is part of the name it is printed under. So is "city centre" or "town centre"
/// ("Newport city centre"), a part of the area the figure is for, printed as such (tried
/// first, so that its "city" is not read as the lower-case word saying what the area is).
static AREA_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:(\s+(?:[Cc]ity|[Tt]own)\s+[Cc]entre)\b|(\s+City)?\s+(?:policing\s+district|(?:local\s+|neighbourhood\s+)?(?:policing\s+)?area|[Cc]ouncil\s+area|local\s+authority\s+area|area|district|division|city|town)\b)",
    )
});

/// "Wigan (up 12%)", "Oldham (412)", "Bury (-3%)": a council area or city with its own value
/// in brackets right after its name, wherever it stands in the sentence.
static AREA_BRACKETED_VALUE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*\(\s*(?:(?:up|down|a\s+rise\s+of|a\s+fall\s+of)\s+)?[+\-–−]?\s*£?\d"));

/// "412 thefts in Wigan", "96 offences were recorded in Sefton last year", "2,300 incidents
/// in the Carlisle council area", "a quarter of
/// them - 61 - were logged in Oldham", "380 ASB incidents in Bury": a number (set off by a
/// dash or not), a few words saying what it counts (an abbreviation among them), then the
/// area it was counted in. No other preposition comes between ("52
/// pupils at a school in Bridgend" are the school's).
static AREA_AFTER_NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\d[\d,.]*%?(?:\s+-)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,5}?(?:in|across|throughout|within)\s+(?:the\s+borough\s+of\s+|the\s+district\s+of\s+|the\s+)?$",
    )
});

/// [`AREA_AFTER_NUMBER_BEFORE`] with room for an offence's long name ("88 crimes of
/// threatening or abusive behaviour in the Moray council area"), read only before an area
/// the text names as one.
static DESCRIBED_AREA_AFTER_NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\d[\d,.]*%?(?:\s+-)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,9}?(?:in|across|throughout|within)\s+(?:the\s+)?$",
    )
});

/// Words of an offence's name that, before an area the text names as one ("the Angus council
/// area"), do not tie the number to another noun: "offences of sharing images with a child",
/// "threatening or abusive behaviour".
const OFFENCE_NAME_WORDS: &[&str] = &["of", "with", "and", "or"];

/// Words that tie a number to what it counts, not to where: before an area after a number,
/// they make the area another noun's ("pupils at a school in Bridgend", "a man from Bolton").
const NOT_COUNTING_WORDS: &[&str] =
    &["at", "from", "to", "of", "by", "with", "for", "on", "near", "outside", "and", "or"];

/// What may follow an area printed after its number: the end of the clause (or a dash
/// setting off an aside, "in Cardiff - a third of the total"; the next number of a list, "in
/// Liverpool and 520 in Wirral"), or the figure's time ("in 2023/24", "last year").
static AREA_AFTER_NUMBER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s*$|\s*[.,;:)]|\s+[-–—]\s|\s+(?:and|but|while|whereas)\s+£?\d|\s+(?:in|during|last|this|over|between|since|from|compared|up|down|alone)\b)",
    )
});

/// Words after "of" that refer back to what was just counted: "2,311 of those were in
/// Cardiff", "210 of them in Medway" count a part of it, which the "of" does not tie to
/// another noun.
const COUNTED_BEFORE: &[&str] = &["them", "those", "these", "which"];

/// Whether the area at `range` is where a number printed before it was counted: "1,200
/// burglaries in Wigan", "88 offences were recorded in Sefton in 2023/24", "412 of those
/// were in Bolton".
fn area_after_its_number(s: &str, range: &Range<usize>) -> bool {
    let before = tail(s, range.start);
    // "in the Moray council area": named as an area, the place is where the number was
    // counted past an offence's long name.
    let described = AREA_DESCRIBED.find(head(s, range.end));
    let named_as_area = described.is_some_and(|d| d.as_str().contains("area") || d.as_str().contains("district"));
    let m = match AREA_AFTER_NUMBER_BEFORE.find(before) {
        Some(m) => m,
        None if named_as_area => match DESCRIBED_AREA_AFTER_NUMBER_BEFORE.find(before) {
            Some(m) => m,
            None => return false,
        },
        None => return false,
    };
    let words = before.get(m.start()..).unwrap_or("");
    // The first word is the number, the last the preposition before the area.
    let inner: Vec<&str> = words.split_whitespace().collect();
    let between = inner.get(1..inner.len().saturating_sub(1)).unwrap_or(&[]);
    // "412 of the offences were in Bolton": a part of the offences counted, not another noun.
    let of_the_counted = |k: usize| {
        between.get(k + 1) == Some(&"the") && between.get(k + 2).is_some_and(|n| classify_word(n) == Noun::Count)
    };
    let ties = |k: usize, w: &&str| {
        NOT_COUNTING_WORDS.contains(w)
            && !(*w == "of" && (between.get(k + 1).is_some_and(|n| COUNTED_BEFORE.contains(n)) || of_the_counted(k)))
            && !(named_as_area && OFFENCE_NAME_WORDS.contains(w))
    };
    // "2,300 incidents in the Carlisle council area and …": the words saying what the area is
    // come before what follows it.
    let end = range.end + described.map_or(0, |d| d.end());
    !between.iter().enumerate().any(|(k, w)| ties(k, w)) && AREA_AFTER_NUMBER_AFTER.is_match(head(s, end))
}

/// Whether an area whose name is as often something else ("Angus", a first name) is framed
/// as a place: after "in", "across", "throughout" or "within" ("In Angus, …", "charges in
/// Angus rose"), or `described` as one ("the Angus council area").
fn framed_as_area(s: &str, range: &Range<usize>, described: bool) -> bool {
    static LOCATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:in|across|throughout|within)\s+$"));
    described || LOCATIVE.is_match(tail(s, range.start))
}

/// "except Rochdale, where burglaries rose by 3%", "in Trafford, where 212 were logged": a
/// council area or city with a clause after a comma, "where" it had the number the clause
/// prints before the clause's first comma ("except Kent, where figures were late, rose 12%"
/// says nothing of Kent's own).
static AREA_WHERE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^,\s*where\s[^.;,]*?\d"));

/// A where-clause that runs on to the end of its sentence: ", where burglaries rose by 3%.".
static WHERE_TO_THE_END: LazyLock<Regex> = LazyLock::new(|| compile(r"^,\s*where\s[^,;]*$"));

/// "The biggest drop was in Trafford, down 19%", "Wigan, up 12%, led the rises": a council
/// area or city with its change set off after a comma.
static AREA_CHANGE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^,\s*(?:up|down)\s+(?:by\s+)?[+\-]?\d[\d,.]*\s*(?:%|per\s*cent|pc\b)"));

/// What may stand before a council area set off with its figure: a preposition placing the
/// figure in it ("in", "except", "apart from", "including"), or the start of a clause. Not
/// "from" or "to", which make it another noun's ("a man from Bolton, where 40 …").
static AREA_SET_OFF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[.;:,(]\s*|\b(?:in|across|within|throughout|except|excepting|bar|save|including|notably|especially|particularly|apart\s+from|other\s+than)\s+)$",
    )
});

/// Whether a council area or city, with the text `before` and `after` it, is set off with a
/// figure of its own after a comma: "except Rochdale, where burglaries rose by 3%", "in
/// Trafford, down 19%".
fn area_set_off_with_its_figure(before: &str, after: &str) -> bool {
    let set_off = after.starts_with(',') && (AREA_WHERE_AFTER.is_match(after) || AREA_CHANGE_AFTER.is_match(after));
    set_off && AREA_SET_OFF_BEFORE.is_match(before)
}

/// Words after a council area or city at the start of a clause that make it the subject of
/// a figure: "Kirklees recorded 64", "Wigan alone saw 412", "Salford, the next highest, logged 40", "Wigan, which
/// takes in Leigh and Hindley, had more than any other district", "Salford
/// accounted for 31", "Salford was next with 28", "Salford was the only district where …,
/// from 40 to 52", "Salford's 311", "Salford (41)", "Salford |
/// 311 | 290" (a table's row).
static AREA_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:['’]s?\s+(?:\d|(?:total|figure|tally|count|rate|share)\b)|(?:,[^,;.]{1,80},|,\s*(?:which|where|whose)\b[^;.]{1,100}?,)?(?:\s+(?:alone|itself))?\s*(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|reported|registered|accounted\s+for|topped|had|(?:was|came)\s+(?:next|second|third)|(?:was|is)\s+(?:the\s+only|one\s+of|among)\b|followed\s+with|\(\s*\d|:\s*\d|[-–]\s*\d|\|\s*[(+\-]?£?\d|\s*\.{2,}\s*\d))",
    )
});

/// "burglaries in Bolton fell by 9%", "thefts across Wirral rose to 640", "Frauds in Moray
/// rose …": a council area or city closing the subject of a change or total, right before
/// its verb.
static AREA_IN_SUBJECT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:^[A-Z][a-z-]*|\b[a-z][a-z-]*)\s+(?:in|across|throughout|within)\s+$"));

/// The verb of a change or total after such a subject: "fell", "rose", "went up", "totalled",
/// "stood at".
static AREA_IN_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+(?:alone|itself))?\s+(?:(?:have|has|had)\s+)?(?:fell|fallen|rose|risen|dropped|dipped|climbed|increased|decreased|declined|grew|grown|jumped|soared|surged|doubled|halved|went\s+(?:up|down)|gone\s+(?:up|down)|totalled|totaled|numbered|reached|stood\s+at|(?:were|was)\s+(?:up|down))\b",
    )
});

/// "Scottish Borders", "Western Isles", "Shetland Islands", "Derbyshire Dales": an area whose
/// name is a plural of land, which is printed with "the" before it.
fn name_takes_the(name: &str) -> bool {
    const PLURAL_LAND: &[&str] = &["Isles", "Islands", "Borders", "Dales", "Glens", "Wolds", "Cotswolds", "Valleys"];
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or(first);
    PLURAL_LAND.contains(&first) || PLURAL_LAND.contains(&last)
}

/// Whether the council area or city at `range` (with the words saying what it is, "district",
/// up to `end`) is given its own figure in `s`: the
/// locative or the subject at the start of its clause, not a name part of a longer one
/// ("Bolton Wanderers") or an institution's ("Salford Council"), nor an incidental mention
/// ("a man from Salford", "a school in Bolton").
fn area_has_figure(s: &str, range: &Range<usize>, end: usize) -> bool {
    let after = head(s, end);
    if after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase())
        || INSTITUTION_AFTER.is_match(after)
    {
        return false;
    }
    let before = s.get(..range.start).unwrap_or("");
    // "In the Moray council area, 96 …", "The Falkirk council area saw 61": before an area
    // named as one, or one whose name is printed with "the" ("In the Scottish Borders, 96
    // …"), "the" opens its clause as the bare name would.
    let takes_the = end > range.end || s.get(range.clone()).is_some_and(name_takes_the);
    let before = match before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")) {
        Some(lead) if takes_the && (lead.is_empty() || lead.ends_with(' ')) => lead,
        _ => before,
    };
    if (AREA_LOCATIVE_BEFORE.is_match(before) || on_opens(s, range)) && AREA_LOCATIVE_AFTER.is_match(after) {
        return true;
    }
    if AREA_BRACKETED_VALUE.is_match(after) || area_after_its_number(s, range) {
        return true;
    }
    if area_set_off_with_its_figure(before, after) {
        return true;
    }
    if AREA_IN_SUBJECT_AFTER.is_match(after) && AREA_IN_SUBJECT_BEFORE.is_match(tail(before, before.len())) {
        return true;
    }
    let lead = before.trim_end();
    // "| Wirral | 410 |": the first cell of a table's row.
    let clause_start = lead.is_empty()
        || lead == "|"
        || lead.ends_with(['.', ';', ':', ',', '('])
        || ["while", "whereas", "but", "and"]
            .iter()
            .any(|w| lead.strip_suffix(w).is_some_and(|rest| rest.ends_with(' ')));
    // "Preston recorded 268, Blackpool 212 and Chorley 97": a later item of a list whose verb
    // is left out, after a comma or "and", when the list's first item says what its numbers
    // are ("Blackpool was ranked worst, Preston 2 and Burnley 3" gives ranks, no counts).
    let listed_item = lead.ends_with(',') || lead.strip_suffix("and").is_some_and(|rest| rest.ends_with(' '));
    clause_start
        && (AREA_SUBJECT_AFTER.is_match(after)
            || listed_item
                && AREA_GAPPED_AFTER.is_match(after)
                && GAPPED_LIST_HEAD.is_match(before)
                && !ranks_or_scores(before))
}

/// "…, Blackpool 212 and Chorley 97.": what follows a council area or city that is an item
/// of a list with its verb left out: its number alone (a decimal only as a percentage, not a
/// score, "Chorley 6.1"), then the end of the item.
static AREA_GAPPED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+[+\-]?£?\d[\d,]*(?:(?:\.\d+)?(?:%|\s+per\s+cent))?(?:\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:and|while|but)\b)",
    )
});

/// "Preston recorded 268 burglaries (up 4%), Blackpool 212 and ", "In Wigan, 412 cars were
/// stolen, Bolton 380 and ": what comes before a later item of such a list: its first item's
/// number (with a few words saying what it counts, and a change in brackets), after a word or
/// a mark, not a name (that would make it a list item of its own, "Preston 2", with no first
/// one giving a number), and not an ordinal ("Wyre 2nd"); then items of a name and a number
/// alone.
static GAPPED_LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)[+\-]?£?\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent)?(?:\s+(?:[a-z][a-z-]*|\d{4}(?:[/-]\d{2,4})?)){0,4}(?:\s*\([^()]*\))?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[+\-]?£?\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent)?(?:\s*\([^()]*\))?)*,?(?:\s+and)?\s*$",
    )
});

/// Words before a list of areas with numbers that make the numbers ranks or scores: "Oldham
/// was ranked number 1, Rochdale 2 and Bolton 3".
fn ranks_or_scores(before: &str) -> bool {
    let before = before.to_lowercase();
    ["rank", "position", "score", "rating"].iter().any(|w| before.contains(w))
}

/// What follows a council area or city that opens a paragraph as its subject: a verb saying
/// how it fared ("Bolton recorded the steepest rise", "Sefton went the other way", "Wirral
/// was the only district where …").
static OPENING_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+(?:alone|itself|also|again))?\s+(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|reported|registered|accounted|topped|fared|bucked|showed|remained|stayed|went|came|led|was|is|had|has)\b",
    )
});

/// Words of a sentence that make its figures the whole force's, not the area its paragraph
/// opened with: "Overall, 2,300 …", "In total …", "force-wide", "across the county",
/// "throughout the force area", "the county as a whole". Not "across the city", "the
/// borough as a whole" (a paragraph may open on one), nor "412 burglaries in total" (the
/// area's own total).
static WHOLE_GROUND: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:Overall|In\s+total|Altogether)\b|(?i)\b(?:force|county)[\s-]?wide\b|\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+|wider\s+)?(?:county|region|force(?:['’]s)?(?:\s+area)?)\b|\b(?:force|force(?:['’]s)?\s+area|county|region|country)\s+as\s+a\s+whole\b",
    )
});

/// "Bolton recorded the steepest rise.", "In Wirral, …", "Sefton was the only district where …": the council area or city (as printed) a paragraph
/// opens with as the subject or frame of its first sentence. The paragraph is then about it:
/// its sentences that name no place of their own ("There were 412 …", "Its thefts rose
/// …") go on about that area, not the force.
pub(super) fn opening_area(s: &str) -> Option<String> {
    /// Words a paragraph's opening area may take: "Throughout" and the longest name
    /// ("Armagh City, Banbridge and Craigavon"), with one to spare.
    const OPENING_WORDS: usize = 7;
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // Only a name at the start, or after one word, counts: the matcher reads the first words
    // (as many as the longest name and its preposition hold), not the whole sentence.
    let m = places::all_area_mentions(first_words(s, OPENING_WORDS)).into_iter().next()?;
    let before = s.get(..m.range.start)?;
    let framed = match before.split_whitespace().collect::<Vec<_>>().as_slice() {
        [] if !m.ambiguous => false,
        [w] if ["In", "Across", "Within", "Throughout"].contains(w) && before.ends_with(' ') => true,
        _ => return None,
    };
    let after = head(s, m.range.end);
    if INSTITUTION_AFTER.is_match(after) {
        return None;
    }
    let opens = if framed { AREA_LOCATIVE_AFTER.is_match(after) } else { OPENING_SUBJECT_AFTER.is_match(after) };
    opens.then(|| s.get(m.range).map(str::to_string)).flatten()
}

/// "Bolton saw no change.", "In Sefton, the picture was different.", "Thefts in Wirral
/// fell.": the council area or city (as printed) a sentence with no figure is about, as its
/// subject or its frame. An area whose name is as often something else counts only framed.
/// `areas` are [`places::all_area_mentions`] of `s`.
pub(super) fn area_spoken_of(s: &str, areas: &[places::AreaMention]) -> Option<String> {
    areas.iter().find_map(|m| {
        let after = head(s, m.range.end);
        if after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase())
            || INSTITUTION_AFTER.is_match(after)
        {
            return None;
        }
        let before = s.get(..m.range.start)?;
        let framed =
            (AREA_LOCATIVE_BEFORE.is_match(before) || on_opens(s, &m.range)) && AREA_LOCATIVE_AFTER.is_match(after);
        let subject = !m.ambiguous
            && (before.trim().is_empty() && OPENING_SUBJECT_AFTER.is_match(after)
                || AREA_IN_SUBJECT_BEFORE.is_match(tail(s, m.range.start)) && AREA_IN_SUBJECT_AFTER.is_match(after));
        (framed || subject).then(|| s.get(m.range.clone()).map(str::to_string)).flatten()
    })
}

/// The first `n` words of `s`, with the space after them.
fn first_words(s: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in s.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            if words == n {
                return s.get(..at).unwrap_or(s);
            }
            words += 1;
            in_word = true;
        }
    }
    s
}

/// "Shoplifting there fell", "in the borough", "Its total …": words referring back to a
/// place just named ("There, thefts fell" too). "There were …" (capitalised, or "and there
/// were 40"), "there's been" only say something exists: the word after "there", or its
/// "'s", is captured to tell them apart.
static REFERS_TO_AREA: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bthere(?:(['’]s)\b|\b(?:\s+([a-z]+))?)|^There\s*,|\bin\s+the\s+(?:district|borough|city|town|area)\b|^Its\s",
    )
});

/// Verbs after which "there" only says something exists: "there were", "there have been",
/// "there seems to be", "there remain", "there being", "there must be", "there isn't".
const EXISTENTIAL_AFTER_THERE: &[&str] = &[
    "were", "was", "is", "are", "have", "has", "had", "will", "would", "could", "may", "might", "seems", "seem",
    "seemed", "appears", "appear", "appeared", "remain", "remains", "remained", "being", "be", "been", "must",
    "should", "can", "cannot", "need", "needs", "needed", "used", "isn", "aren", "wasn", "weren", "hasn", "haven",
    "hadn", "won", "wouldn", "couldn", "shouldn", "also", "still",
];

/// Whether a sentence refers back to a place just named, as "there", "in the district" or
/// "Its …" do, or restates the change just given there ("That's a 24 per cent rise", "This
/// is a fall of 8%").
pub(super) fn refers_to_area(s: &str) -> bool {
    static RESTATES_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:That|This)(?:['’]s|\s+is|\s+was|\s+represents|\s+means)\s+(?:a|an)\s+(?:(?:[\d.]+\s*(?:%|per\s*cent)\s+(?:rise|fall|increase|decrease|drop|jump|reduction)\b)|(?:rise|fall|increase|decrease|drop|jump|reduction)\s+of\s+[\d.]+\s*(?:%|per\s*cent))",
        )
    });
    if (s.starts_with("That") || s.starts_with("This")) && RESTATES_CHANGE.is_match(s) {
        return true;
    }
    if !(s.contains("there") || s.contains("in the ") || s.starts_with("Its ") || s.starts_with("There")) {
        return false;
    }
    REFERS_TO_AREA.captures_iter(s).any(|c| {
        let is = c.get(1).is_some();
        let existential = c.get(2).is_some_and(|w| EXISTENTIAL_AFTER_THERE.contains(&w.as_str()));
        !is && !existential
    })
}

/// Whether a sentence naming no place is about the whole force's ground, not the area its
/// paragraph opened with ("Overall, the county recorded …").
pub(super) fn is_whole_ground(s: &str) -> bool {
    WHOLE_GROUND.is_match(s)
}

/// "in the Leith Walk area", "across the Moss Side and Hulme area", "in the Strabane and
/// Castlederg neighbourhood policing area": a part of a force's ground named as an area (a
/// policing area among them), under the name printed.
static AREA_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Ii]n|[Aa]cross|[Ww]ithin)\s+the\s+([A-Z][a-z][\w'-]*(?:\s+(?:upon|on|and|under)\s+[A-Z][a-z][\w'-]*|\s+[A-Z][a-z][\w'-]*){0,3})\s+(?:(?:local|neighbourhood)\s+)?(?:policing\s+)?area\b",
    )
});

/// "Central ward recorded 602 …", "in Moss Side ward": a council ward named as one, under the
/// name printed (a ward's councillor or boundary is no place a figure is for).
static WARD_CALLED: LazyLock<Regex> = LazyLock::new(|| {
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
fn ward_with_town(s: &str) -> Option<(Range<usize>, Range<usize>)> {
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
const NOT_A_WARD_NAME: &[&str] =
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
/// [`lists::printed_part`]), and the places its clause lists are not.
fn unit_covering(s: &str, found: &mut Vec<(Range<usize>, &'static Place)>) {
    for c in UNIT_COVERING.captures_iter(s) {
        let (Some(whole), Some(name)) = (c.get(0), c.get(1)) else { continue };
        let opener = ["The ", "This ", "That ", "Its ", "Their "];
        let start =
            opener.iter().find(|o| name.as_str().starts_with(*o)).map_or(name.start(), |o| name.start() + o.len());
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

/// The place of an area [`AREA_NAMED`] finds: a part of a force's ground, printed under its
/// own name.
static LOCAL_AREA: Place = Place { name: "local area", scope: Scope::Region, aliases: &[], crown_dependency: false };

/// "The force" or "BTP", as a word: what [`britain_as_btp`] needs the sentence to count with.
static THE_FORCE_OR_BTP: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:[Tt]he\s+force|BTP)\b"));

/// "British Transport Police recorded 3,100 thefts. Across England, Wales and Scotland, the
/// force logged 310": in a text already about British Transport Police (`force`), the force
/// counting across Great Britain's three nations (not Northern Ireland) is BTP, whose ground
/// they are. Only then: in any other text "the force" is a territorial one, and the three
/// nations are the country, often set against that force's own figure ("compared with 8,000
/// across England, Wales and Scotland"). Nor where the sentence names another force.
pub(super) fn britain_as_btp(s: &str, groups: &mut [Group], force: Option<&str>) {
    const BTP: &str = "British Transport Police";
    if force != Some(BTP) || !s.contains("Scotland") || !THE_FORCE_OR_BTP.is_match(s) {
        return;
    }
    let other_force = groups.iter().any(|g| g.places.iter().any(|p| p.scope == Scope::Force && p.name != BTP));
    let Some(btp) = places::by_name(BTP) else { return };
    if other_force {
        return;
    }
    let britain = |w: &str| w.contains("Wales") && w.contains("Scotland") && !w.contains("Ireland");
    for g in groups.iter_mut() {
        let words = s.get(g.range.clone()).unwrap_or("");
        // (Not where a force is ranked within them: "the lowest rate in England, …".)
        if matches!(g.places.as_slice(), [p] if p.scope == Scope::National)
            && britain(words)
            && !ranked_within(s, &g.range)
        {
            g.places = vec![btp];
        }
    }
}

/// The literal words [`place_mentions`] gates its rarer patterns on, found in one pass over a
/// sentence.
pub(super) const PLACE_GATES: [&str; 19] = [
    "network",
    "railway",
    "IWF",
    "Watch Foundation",
    "NCA",
    "Crime Agency",
    "Childline",
    "ChildLine",
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
];

pub(super) static PLACE_GATE_SET: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&PLACE_GATES, Case::Exact));

/// Place mentions in `s` that say where a figure is, in order; with `areas`, for a text about
/// London, its boroughs too. `mentions` are the gazetteer's, [`places::mentions`] of `s`, and
/// `area_mentions` its council areas, [`places::all_area_mentions`] of `s`.
pub(super) fn place_mentions(
    s: &str,
    areas: bool,
    mentions: &[places::Mention],
    area_mentions: &[places::AreaMention],
) -> Vec<(Range<usize>, &'static Place)> {
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
            // also its force's): the region's name goes with them, as BTP's.
            let region = |m: &&places::Mention| {
                m.place.scope == Scope::Region
                    || m.place.name == "Police Scotland" && s.get(m.range.clone()) == Some("Scotland")
            };
            for m in mentions.iter().filter(region) {
                let before = s.get(..m.range.start).unwrap_or("");
                if let Some(rail) = RAILWAYS_OF_A_REGION.find(before) {
                    if !found.iter().any(|(r, _)| r.start < m.range.end && rail.start() < r.end) {
                        found.push((rail.start()..m.range.end, btp));
                    }
                }
            }
        }
    }
    if let Some(national) = *NATIONAL_PLACE {
        let railways = found.clone();
        let outside = |r: &Range<usize>| !railways.iter().any(|(b, _)| b.start < r.end && r.start < b.end);
        found.extend(NATIONS.find_iter(s).map(|m| (m.range(), national)).filter(|(r, _)| outside(r)));
        found.extend(NATIONAL_ADJECTIVE.find_iter(s).map(|m| (m.range(), national)));
        if has!("IWF")
            || has!("Watch Foundation")
            || has!("NCA")
            || has!("Crime Agency")
            || has!("Childline")
            || has!("ChildLine")
        {
            found.extend(UK_BODY_REPORTS.find_iter(s).map(|m| (m.range(), national)));
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
        let the = ["the ", "The "].iter().any(|t| s.get(..m.range.start).is_some_and(|b| b.ends_with(t)));
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
    for c in LOWER_REGION.captures_iter(s) {
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
            || describes_ground(before)
            || (ranked_within(s, &range)
                && (place.scope != Scope::Force || names_a_part && places::polices_a_nation(place)))
            || ORG_BEFORE.is_match(before)
            || (ORG_AFTER.is_match(after) && !COUNCIL_AREA_AFTER.is_match(after))
            || (place.scope == Scope::Region && is_part_of_region(before))
            || follows_excluded
        {
            last_excluded = Some(range.end);
            continue;
        }
        kept.push((range, place));
    }
    kept
}

/// "Police in south-east Wales recorded …", "across north-west Scotland": a compass point in
/// lower case before a region names a part of it, the ground of one of its forces or
/// divisions, not the region itself.
fn is_part_of_region(before: &str) -> bool {
    static COMPASS: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(?:north|south|east|west|mid)(?:-(?:east|west))?[\s-]$"));
    before.ends_with([' ', '-']) && COMPASS.is_match(before)
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

/// "police are recording…": the police in general, which is the whole country.
pub(super) static GENERIC_POLICE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bpolice\s+(?:are|were|have\s+been|had\s+been)\s+(?:recording|logging|required|obliged|now\s+recording)\b|\bpolice\s+(?:across|nationally|nationwide)\b",
    )
});

/// "540 offences, up from 488, while West Mercia Police recorded 611", "2.0 per 1,000,
/// higher than the national average of 1.7": a place between two numbers that runs on into
/// the second, with no break between them, is the second's, unless a preposition ties it to
/// the first ("300 were recorded in Suffolk").
fn leads_next_number(s: &str, end: usize, place: &Range<usize>, next_start: usize) -> bool {
    let Some(run_on) = s.get(place.end..next_start.min(s.len())) else { return false };
    let gap = s.get(end..place.start).unwrap_or("");
    next_start != usize::MAX
        && !run_on.contains([',', ';', ':', '(', ')'])
        && (!TIED_BEFORE.is_match(gap) || opens_next_clause(gap))
}

/// "a rise of 9 per cent, and across England and Wales offences reached 530,643", "up 5%,
/// and that in Essex …": a preposition after a comma and a conjunction opens the next clause,
/// and ties its place to that clause, not to the number before the comma.
fn opens_next_clause(gap: &str) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)[,;]\s*(?:and|but|yet|while|whereas)\s+(?:that\s+)?(?:in|across|throughout|within)\s+(?:the\s+)?$",
        )
    });
    gap.contains(',') && OPENS.is_match(gap)
}

/// "300 were recorded in Suffolk": a preposition before a place that ties it to a number
/// before it.
static TIED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:in|by|at|for|across|from|to|within|throughout)\s+(?:the\s+)?$"));

/// "1,150 thefts in Liverpool, and 97 in Wirral", "rose 14% in Essex but fell 6% in Kent": a
/// place tied by a preposition to the number before it, a comma after it, and one tied by a
/// preposition to this number after it; past a conjunction rather than a comma, the later
/// place must follow the number closely ("fell 6% in Kent", not "and 40% of them involved
/// people from Kent").
fn tied_both_ways(s: &str, prev_end: usize, before: &Range<usize>, r: &Range<usize>, after: &Range<usize>) -> bool {
    static CONJUNCTION: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:and|but|while|whereas|yet)\s"));
    let tied = |from: usize, to: usize| s.get(from..to).is_some_and(|gap| TIED_BEFORE.is_match(gap));
    let Some(gap) = s.get(before.end..r.start) else { return false };
    // "in the Carlisle council area and 700 in …": the words saying what the place is are no gap.
    let gap = AREA_DESCRIBED.find(gap).and_then(|d| gap.get(d.end()..)).unwrap_or(gap);
    // "in Cardiff - a third of the total - and 6,100 in …": an aside closed by a second dash
    // ends the clause as a comma would.
    let aside = CLOSED_ASIDE.is_match(gap);
    let close_after = s.get(r.end..after.start).is_some_and(|words| words.split_whitespace().count() <= 3);
    let next_clause = gap.contains(',') || aside || CONJUNCTION.is_match(gap) && close_after;
    prev_end > 0 && tied(prev_end, before.start) && next_clause && tied(r.end, after.start)
}

/// " - a third of the total - and ": an aside set off by a dash right after a place and
/// closed by another, with no clause break of its own.
static CLOSED_ASIDE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+[-–—]\s[^;:()]*?\s[-–—]\s"));

/// "689 offences, a fall of 11pc, while North Yorkshire Police … logged 310": a place past
/// "; ", ", while", "- while", ", whereas" or ", but" belongs to the clause after it, not to
/// a number before it.
static NEXT_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i);|(?:,|\s-|\s–|\s—)\s*(?:while|whereas|but)\b|\s(?:while|whereas)\s"));

/// "The fall of 13% came during the campaign, which ran across all four Welsh forces": a place
/// past ", which" or ", who" describes the noun the clause hangs on, not where the number
/// before it is.
pub(super) fn in_relative_clause(gap: &str) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*(?:which|who|whose)\b"));
    gap.contains(',') && RELATIVE.is_match(gap)
}

/// "Thefts rose 31% in a year, with Kent Police seeing the steepest increase", "up 9%, with
/// Essex the worst affected": a place singled out past ", with" as the most of those the
/// number was over is one of them, not the number's place.
fn singled_out_after(s: &str, end: usize, g: &Group) -> bool {
    static WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*with\s+(?:the\s+)?$"));
    static SUPERLATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:\s+(?:seeing|recording|logging|reporting|posting|showing|having|registering|suffering)|\s+(?:was|being))?\s+the\s+(?:[a-z]+est|most|worst|biggest|largest|highest|lowest)\b",
        )
    });
    let Some(gap) = s.get(end..g.range.start) else { return false };
    gap.contains("with") && WITH_BEFORE.is_match(gap) && SUPERLATIVE_AFTER.is_match(head(s, g.range.end))
}

/// "up 41% as police compare notes with Merseyside", "rose 27% after the force agreed a deal
/// with Kent": a place past the number that is the object of "with" in a clause of its own
/// (opened by "as", "after", "while", "because" or "since", with a subject of its own before
/// the place) is who that clause's subject did something with, not where the number was
/// counted. `gap` is the text from the number to the place.
fn partner_in_later_clause(gap: &str) -> bool {
    static WITH_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:as|after|while|because|since)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)*?\s+with\s+(?:the\s+)?$")
    });
    gap.contains("with") && !gap.contains(',') && WITH_IN_CLAUSE.is_match(gap)
}

/// The place of candidate `i`: the nearest place before it with no other number between,
/// else the nearest after it with none between, else the nearest before it.
pub(super) fn place_for(s: &str, cands: &[Candidate], i: usize, groups: &[Group]) -> Option<String> {
    // "Norfolk recorded 356 (up 41%), Suffolk 298": a number in brackets right after another
    // is about the same place.
    // "rose from 201 to 207": the number a rise goes to is about the place it came from.
    static IN_BRACKETS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*\([^()\d]*$"));
    let r = &cands[i].number.range;
    let prev_end = if i == 0 { 0 } else { cands[i - 1].number.range.end };
    let gap = s.get(prev_end..r.start).unwrap_or("");
    if i > 0 && (IN_BRACKETS_AFTER.is_match(gap) || gap.trim() == "to") {
        return place_for(s, cands, i - 1, groups);
    }
    // "Essex (up 48%, to 388), Kent (up 31%, to 274)": every number inside brackets opened
    // right after a place is about that place, not the one after the bracket closes; unless
    // the bracket names a place of its own after the number ("(up 40%, against 22% in Kent)").
    static OPEN_BRACKET_AFTER_PLACE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*\([^()]*$"));
    if let Some(j) = last_ending_by(groups, |g: &Group| g.range.clone(), r.start) {
        if s.get(groups[j].range.end..r.start).is_some_and(|g| OPEN_BRACKET_AFTER_PLACE.is_match(g)) {
            let own_place =
                groups.get(j + 1).is_some_and(|g| s.get(r.end..g.range.start).is_some_and(|w| !w.contains(')')));
            if !own_place {
                return Some(groups[j].name());
            }
        }
    }
    // "rose 4% to 50,973 in England and Wales": the two ends of a rise are about one place,
    // which may be printed after the second; so the first looks past it.
    let to_next = |k: usize| {
        cands
            .get(k + 1)
            .is_some_and(|n| s.get(cands[k].number.range.end..n.number.range.start).map(str::trim) == Some("to"))
    };
    let (end, next) = if to_next(i) { (cands[i + 1].number.range.end, i + 2) } else { (r.end, i + 1) };
    let next_start = cands.get(next).map_or(usize::MAX, |c| c.number.range.start);
    let range = |g: &Group| g.range.clone();
    let before = last_ending_by(groups, range, r.start);
    let after = first_starting_from(groups, range, end).filter(|&j| {
        groups[j].range.end <= next_start
            && !leads_next_number(s, end, &groups[j].range, next_start)
            && !NEXT_CLAUSE.is_match(s.get(end..groups[j].range.start).unwrap_or(""))
            && !in_relative_clause(s.get(end..groups[j].range.start).unwrap_or(""))
            && !singled_out_after(s, end, &groups[j])
            && !partner_in_later_clause(s.get(end..groups[j].range.start).unwrap_or(""))
            && !is_compared_yardstick(s, &groups[j])
            // "173 offences in Southwark in 2024, up from 142 in 2023, according to
            // Metropolitan Police figures": the force whose figures they are is not the
            // place of a number after a place of its own.
            && (before.is_none() || !is_figures_source(s, &groups[j]))
    });
    // "recorded 96 reports across the London rail network in 2024/25 - more than double the
    // 45 in 2022/23": the value a comparison starts from, with no place printed after it, is
    // about the place of the value it is compared with, not a place named on the way.
    if i > 0 && after.is_none() && compared_back(tail(s, r.start)) && !NEXT_CLAUSE.is_match(gap) {
        return place_for(s, cands, i - 1, groups);
    }
    if i > 0 && after.is_none() {
        if let Some(prev) = ground_of_previous(s, cands, i, groups, before) {
            return prev;
        }
    }
    match before {
        // "data for Kent Police, which recorded 800, with figures from Essex Police": the
        // place a relative clause with a verb of recording hangs on is its number's.
        Some(j) if records_in_relative_clause(s.get(groups[j].range.end..r.start).unwrap_or("")) => Some(j),
        // "Grooming, the offence which came into force in England and Wales in 2017, reached
        // 72 in North Wales": a place in a clause describing the noun, closed before the
        // number, gives way to the place the number is printed with.
        Some(j) if after.is_some() && in_closed_clause(s, prev_end, &groups[j].range, r.start) => after,
        // "Homicides - leaving aside the attacks in London - climbed to 739": a place inside
        // an aside set off by dashes before the number is not its place.
        Some(j) if in_dash_aside(s, prev_end, &groups[j].range, r.start) => after,
        // "In Leeds, where the county force shares the patrols, 420 thefts were logged, a
        // rise of 5%": a place inside a where-clause closed before the number describes the
        // place the clause hangs on, which is the number's (and the numbers' after it).
        Some(j) if after.is_none() && j > 0 && describes_host(s, &groups[j - 1].range, &groups[j].range, r.start) => {
            Some(j - 1)
        }
        Some(j) if after.is_some_and(|k| tied_both_ways(s, prev_end, &groups[j].range, r, &groups[k].range)) => after,
        // "the Met recorded 144 offences in Croydon": the part of the force's ground the number
        // was counted in, printed after it, is its place.
        Some(j) if after.is_some_and(|k| counted_in_part(s, &groups[j], &groups[k])) => after,
        Some(j) if groups[j].range.start >= prev_end => Some(j),
        _ => after.or(before),
    }
    .map(|j| groups[j].name())
}

/// ", which recorded ", ", who logged almost ", " area, which logged ": the words between a
/// place (or its area) and a number that make the number what the place recorded, in a
/// relative clause hanging on it.
fn records_in_relative_clause(gap: &str) -> bool {
    static RECORDED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:(?:force\s+|police\s+)?area\s*)?,\s*(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:recorded|logged|reported|registered|saw|received)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just)\s+)?$",
        )
    });
    gap.contains("wh") && RECORDED.is_match(gap)
}

/// Whether `part`, printed after a number as where it was counted ("144 knife crime offences
/// in Croydon"), is a part of the ground of the one force `force` names.
fn counted_in_part(s: &str, force: &Group, part: &Group) -> bool {
    let [f] = force.places.as_slice() else { return false };
    let [p] = part.places.as_slice() else { return false };
    f.scope == Scope::Force
        && (is_borough(p) || is_named_area(p) || lists::is_part_of_a_force(p))
        && force_of_part(&part.name()) == Some(f.name)
        && area_after_its_number(s, &part.range)
}

/// "even though the force-wide total fell 4% to 22,410", "across the force as a whole, 1,900
/// were recorded": a number whose own clause (from the number or place before it) says it is
/// the whole force's, in a sentence naming parts of its ground, is the force's.
pub(super) fn is_force_wide(s: &str, cands: &[Candidate], i: usize, groups: &[Group]) -> bool {
    static FORCE_WIDE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bforce-?wide\b|\b(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?force(?:\s+area)?\b|\bthe\s+force(?:\s+area)?\s+as\s+a\s+whole\b|\bthe\s+force's\s+(?:overall\s+)?total\b",
        )
    });
    let Some(r) = cands.get(i).map(|c| &c.number.range) else { return false };
    let prev_end = if i == 0 { 0 } else { cands[i - 1].number.range.end };
    // "fell 4% to 22,410": the value a change goes to is for the same place.
    if i > 0 && s.get(prev_end..r.start).map(str::trim) == Some("to") {
        return is_force_wide(s, cands, i - 1, groups);
    }
    let place_end = last_ending_by(groups, |g| g.range.clone(), r.start).map_or(0, |j| groups[j].range.end);
    let clause = s.get(prev_end.max(place_end)..r.start).unwrap_or("");
    clause.contains("orce") && FORCE_WIDE.is_match(clause)
}

/// "The Met logged 8,210 robberies across London in 2023/24, a rise of 6 per cent": the
/// region a force polices, tied to the number before as where it was counted, is that
/// number's force's ground; a number after it with no place of its own is the force's too.
/// Not a region a total is named over ("North Wales Police logged 7,696, taking the total
/// across Wales to 46,019"): that total is the region's.
fn ground_of_previous(
    s: &str,
    cands: &[Candidate],
    i: usize,
    groups: &[Group],
    before: Option<usize>,
) -> Option<Option<String>> {
    let prev_end = cands.get(i.checked_sub(1)?)?.number.range.end;
    let g = groups.get(before?).filter(|g| g.range.start >= prev_end)?;
    let [region] = g.places.as_slice() else { return None };
    let gap = s.get(prev_end..g.range.start)?;
    if region.scope != Scope::Region || !TIED_BEFORE.is_match(gap) || names_total_over(gap) {
        return None;
    }
    let prev = place_for(s, cands, i - 1, groups);
    let force = prev.as_deref().and_then(places::by_name).filter(|f| f.scope == Scope::Force)?;
    places::forces_in(region).iter().any(|f| std::ptr::eq(*f, force)).then_some(prev)
}

/// "the total across ", "the overall figure for the ", "a combined tally in ": words ending
/// on a total named over the place printed next, which is that total's place.
fn names_total_over(before: &str) -> bool {
    static TOTAL_OVER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|a|its|their)\s+(?:overall\s+|combined\s+|whole\s+|grand\s+)?(?:total|tally|figure)\s+(?:across|in|for|throughout)\s+(?:the\s+)?$",
        )
    });
    (before.contains("total") || before.contains("tally") || before.contains("figure")) && TOTAL_OVER.is_match(before)
}

/// Whether the words before a number make it the value a comparison starts from: "up from",
/// "compared with", "more than double the", "twice the", "three times the".
///
/// Kept apart from context's `is_baseline_value`, which it overlaps but does not mean: a
/// number this finds takes the previous number's place, so "from" counts only after a change
/// word ("rose from 45"; "96 reports from 12 stations" are not compared back), "against",
/// "versus", "on" and "than" do not count, and a multiple ("double the 45") does, which is
/// no baseline there. Either in the other's place would change which numbers inherit a place.
fn compared_back(before: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|compared\s+(?:with|to)|double|twice|treble|triple|(?:two|three|four|five)\s+times)\s+(?:the\s+)?$",
        )
    });
    let cued = ["from", "compared", "double", "twice", "treble", "triple", "times"].iter().any(|w| before.contains(w));
    cued && BACK.is_match(before)
}

/// Whether the place at `place` is inside a clause with "which", "who" or "whose" that opens
/// at a comma after `from` and closes at a comma before `to`: ", the offence which came into
/// force in England and Wales in 2017,".
fn in_closed_clause(s: &str, from: usize, place: &Range<usize>, to: usize) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:which|who|whose)\b"));
    let (Some(before), Some(after)) = (s.get(from..place.start), s.get(place.end..to)) else { return false };
    let opened = before.rfind(',').and_then(|c| before.get(c..)).is_some_and(|clause| RELATIVE.is_match(clause));
    opened && after.contains(',')
}

/// Whether the place at `place` is inside a where-clause that opens at a comma right after
/// the place at `host` and closes at a comma before `to`: "In Leeds, where the county force
/// shares the patrols, 420 …".
fn describes_host(s: &str, host: &Range<usize>, place: &Range<usize>, to: usize) -> bool {
    static WHERE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*,\s*where\s[^,;.]*$"));
    let (Some(opener), Some(after)) = (s.get(host.end..place.start), s.get(place.end..to)) else { return false };
    WHERE.is_match(opener) && after.contains(',') && !after.contains(['.', ';'])
}

/// The place at `place` lies between two spaced dashes, both after `from` and before `to`.
fn in_dash_aside(s: &str, from: usize, place: &Range<usize>, to: usize) -> bool {
    let dash = |t: &str| t.contains(" - ") || t.contains(" – ") || t.contains(" — ");
    let (Some(before), Some(after)) = (s.get(from..place.start), s.get(place.end..to)) else { return false };
    dash(before) && dash(after)
}

/// "up 14 per cent, faster than the national rise", "above the national average", "higher
/// than the average for England and Wales", "below the England and Wales rate", "under the
/// average for forces in England and Wales": the country (or a region) named after a figure
/// as what it is measured against, which is not its place.
fn is_compared_yardstick(s: &str, g: &Group) -> bool {
    static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:than|above|below|under|beneath|against|compared\s+(?:with|to)|outpacing|outstripping|ahead\s+of|behind|in\s+line\s+with)\s+(?:the\s+)?$",
        )
    });
    /// "… above the average for ", "… than the rate across ": a yardstick's noun before the country.
    static COMPARED_WITH_ITS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:than|above|below|under|beneath|against|compared\s+(?:with|to)|outpacing|outstripping|ahead\s+of|behind|in\s+line\s+with)\s+(?:the\s+)?(?:national\s+)?(?:average|mean|rate|figure|level|rise|increase|fall|trend)\s+(?:for|in|across|of|throughout)\s+(?:the\s+|all\s+(?:of\s+)?)?(?:(?:the\s+)?(?:\d+\s+)?(?:police\s+)?forces\s+(?:in|across|of)\s+(?:the\s+)?)?$",
        )
    });
    /// "the England and Wales average": the country as a yardstick's adjective.
    static YARDSTICK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^(?:-wide|\s+as\s+a\s+whole)?\s+(?:average|mean|rate|figure|level|rise|increase|fall|trend)\b")
    });
    if is_national_yardstick(s, &g.range) {
        return COMPARED.is_match(tail(s, g.range.start));
    }
    // "in line with the average for the South East": a region is a yardstick as the country is.
    if !g.places.iter().any(|p| matches!(p.scope, Scope::National | Scope::Region)) {
        return false;
    }
    let before = tail(s, g.range.start);
    COMPARED_WITH_ITS.is_match(before) || (COMPARED.is_match(before) && YARDSTICK_AFTER.is_match(head(s, g.range.end)))
}

/// "The Met recorded 1,412 … That means one in five offences in London is now flagged …": a
/// region named in a sentence with no figure, when it holds the force the text is about, is
/// that force's ground; the text stays on the force. Not when the sentence turns to the
/// region's own figures ("Figures for the North West as a whole were also released").
pub(super) fn is_ground_of(s: &str, g: &Group, about: &Option<String>) -> bool {
    static REGIONS_OWN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bas\s+a\s+whole\b|\b(?:figures|data|numbers|statistics|totals?)\s+for\b|\bregion-wide\b|\bacross\s+the\s+(?:whole|wider)\b",
        )
    });
    let Some(force) = about.as_deref().and_then(places::by_name).filter(|p| p.scope == Scope::Force) else {
        return false;
    };
    let holds = matches!(g.places.as_slice(), [region] if region.scope == Scope::Region
        && places::forces_in(region).iter().any(|f| std::ptr::eq(*f, force)));
    holds && !REGIONS_OWN.is_match(s)
}

/// "Cleveland Police recorded 388, Durham Constabulary 241 and Northumbria Police 519 - a
/// combined 1,148": a total printed as the values before it combined is for their forces
/// together (their region, if they make up a whole one).
pub(super) fn combined_total(s: &str, found: &mut [Found]) {
    static COMBINED: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:a|the|their)\s+combined\s+(?:total\s+(?:of\s+)?|figure\s+of\s+)?(?:of\s+)?$")
    });
    if !s.contains("combined") {
        return;
    }
    for i in 1..found.len() {
        if !COMBINED.is_match(tail(s, found[i].range.start)) {
            continue;
        }
        let mut forces: Vec<&'static Place> = Vec::new();
        for f in found[..i].iter().filter(|f| f.kind == found[i].kind && !f.baseline) {
            let Some(p) = f.place.as_deref().and_then(places::by_name) else { continue };
            if p.scope == Scope::Force && !forces.iter().any(|q| std::ptr::eq(*q, p)) {
                forces.push(p);
            }
        }
        if forces.len() >= 2 {
            found[i].place = joined(&forces);
        }
    }
}

/// "against a London average of 0.32", "above the England and Wales average of 84", "three
/// times the UK rate of 41": a value printed as the average a figure is measured against,
/// whose place the text does not go on about (see [`set_against_country`] too). So with the average's place between it and its value: "below the average for
/// England and Wales of 98", "the average across the country of 11%", "the average for
/// forces in England and Wales of 84".
pub(super) fn is_average_yardstick(s: &str, at: usize) -> bool {
    static AVERAGE_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:average|mean)(?:\s+(?:for|in|across)\s+(?:(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?:police\s+)?forces\s+(?:in|across|of)\s+)?(?:(?:the\s+)?(?-i:[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})|the\s+(?:country|UK|nation|region)))?|\b(?:UK|national|nationwide|England\s+and\s+Wales|country's)\s+(?:rate|figure))\s+(?:of|was|is|at|stood\s+at)\s+(?:just\s+)?$",
        )
    });
    let before = tail(s, at);
    ["average", "mean", "rate", "figure"].iter().any(|w| before.contains(w)) && AVERAGE_OF.is_match(before)
}

/// Whether figure `k` of `found` is the country's value a local figure before it in the
/// sentence is set against ([`country_set_against`]), in a text that was not about the
/// country before the sentence (`place_before`). In a national story ("Knife crime rose by 4
/// per cent across England and Wales. Essex Police recorded a rise of 9 per cent, against 4
/// per cent nationally."), the one local line is the aside, and the text stays with the
/// country.
pub(super) fn set_against_country(s: &str, found: &[Found], k: usize, place_before: Option<&str>) -> bool {
    let local = |f: &Found| f.place.as_deref().is_some_and(|p| p != NATIONAL);
    place_before != Some(NATIONAL)
        && found.get(..k).is_some_and(|before| before.iter().any(local))
        && found.get(k).is_some_and(|f| country_set_against(s, f.range.start))
}

/// "a rate of 72.1, compared with 84.3 across England and Wales", "14 per cent, against 11 per
/// cent nationally": the country's value, printed after "compared with" or "against" as what a
/// figure before it is set against. Not in a sentence ranking places ("Manchester had the
/// highest rate, 141, against 79 across England and Wales"), which is about the country's
/// places, the country among them.
fn country_set_against(s: &str, at: usize) -> bool {
    static SET_AGAINST: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\d[^,;]*,?\s+(?:compared\s+(?:with|to)|against|versus)\s+(?:just\s+)?$"));
    static COUNTRY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[\d,.]+(?:%|\s+per\s+cent)?(?:\s+(?:per|a|an|for\s+every)\s+[\d,]+(?:\s+[a-z]+)?)?\s+(?:(?:across|in|throughout|for)\s+(?:the\s+)?(?:England\s+and\s+Wales|England|UK|United\s+Kingdom|Britain|country)\b|nationally\b|nationwide\b)",
        )
    });
    static RANKING: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:highest|lowest|most|fewest|worst|best|largest|smallest|biggest)\b"));
    let before = tail(s, at);
    (before.contains("against") || before.contains("compared") || before.contains("versus"))
        && SET_AGAINST.is_match(before)
        && COUNTRY_AFTER.is_match(head(s, at))
        && !RANKING.is_match(s)
}

/// "Cheshire Constabulary recorded 333 robberies, compared with 351 in Merseyside": the value
/// a figure before it is compared with (figure `k` of `found`), printed with another place, is
/// a yardstick; the text goes on about the figure's place, not the yardstick's. Only between
/// two places short of the country: a national figure and a local one compared either way
/// ("London had 164 per 100,000, against 87 across England and Wales"; "thefts rose 5%
/// nationally, compared with 3% in Kent") leave the text where it was going (the country's
/// value set against a figure outside a ranking is a yardstick: [`is_average_yardstick`]).
pub(super) fn compared_elsewhere(found: &[Found], k: usize) -> bool {
    let local = |place: &Option<String>| place.as_deref().is_some_and(|p| p != NATIONAL);
    let Some(f) = found.get(k).filter(|f| f.baseline && local(&f.place)) else { return false };
    let figure = found.get(..k).and_then(|before| before.iter().rev().find(|e| !e.baseline));
    figure.is_some_and(|e| local(&e.place) && e.place != f.place)
}

/// "… rose by 12 per cent to 209, Merseyside Police has revealed.", "…, according to Kent
/// Police.": a place the sentence ends on as the source of its figures is the place of
/// every figure in it that has none of its own.
pub(super) fn source_place(s: &str, groups: &[Group]) -> Option<String> {
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

/// A figure in a sentence that names no place which restates one printed before, and so
/// takes its place and year (when all the figures it could restate agree on them):
///
/// - "Almost 1,400 offences in a single year is a number that should stop us", a PCC said of
///   the 1,402 reported: a hedged count in round hundreds within a twentieth of a count
///   printed before, on the side its hedge says (and the sentence prints no other year);
/// - "… and behind the 4% rise are thousands of families": a value printed after "the",
///   "this" or "those" that is one given before, of the same kind.
pub(super) fn restated(s: &str, times: &[periods::Mention], earlier: &[Figure], found: &mut [Found], london: bool) {
    const HEDGES: &[&str] = &[
        "almost",
        "nearly",
        "around",
        "about",
        "approximately",
        "roughly",
        "some",
        "close to",
        "just over",
        "just under",
        "more than",
        "over",
    ];
    // Small values are near others by coincidence ("nearly 100 aged ten and under" beside a
    // count of 98), so only counts in the thousands are taken for rounded restatements.
    let round = |v: f64| v >= 1000.0 && v % 100.0 == 0.0;
    let rounded = |f: &Found| {
        f.kind == Kind::Count && round(f.value) && f.qualifier.as_deref().is_some_and(|q| HEDGES.contains(&q))
    };
    let definite = |f: &Found| {
        let before = tail(s, f.range.start);
        let word = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        before.ends_with(' ') && ["the", "this", "that", "these", "those"].iter().any(|w| word.eq_ignore_ascii_case(w))
    };
    // "The 19% rise is revealed in figures obtained from forces across the UK": the forces the
    // figures were gathered from name no place of the figure restated.
    // (The gazetteer is read only for a sentence with such a figure: most have none.)
    if !found.iter().any(|f| rounded(f) || definite(f))
        || place_groups(s, london).iter().any(|g| !is_forces_asked(s, g))
    {
        return;
    }
    let printed_year = times.iter().any(|m| m.year().is_some());
    for f in found.iter_mut() {
        let (value, kind, period) = (f.value, f.kind, f.period);
        let agreed = if rounded(f) {
            let hedge = f.qualifier.as_deref().unwrap_or("");
            agreed(earlier.iter().filter(|e| {
                e.kind == Kind::Count
                    && e.value != value
                    && hedged_near(hedge, e.value, value)
                    && (!printed_year || e.period == period)
            }))
        } else if definite(f) {
            agreed(earlier.iter().filter(|e| e.kind == kind && e.value == value))
        } else {
            None
        };
        if let Some((place, period)) = agreed {
            f.place = Some(place);
            f.period = period.or(f.period);
        }
    }
}

/// "Nightlife hotspots drive a 22% rise, new Met figures show" over "Police recorded 173
/// spiking offences in Southwark in 2024, up 22 per cent": a figure in the opening lines (the
/// first two paragraphs with figures) whose sentence names its place only as the source of
/// the figures is the body's printing of that value and kind for a part of the source's
/// ground (a borough of the Met, a council area of a force), when every such printing is for
/// that one part; it takes that printing's place (and year, if it has one). Small values
/// repeat by coincidence and are left alone.
pub(super) fn sourced_openings(figures: &mut [Figure]) {
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

/// Whether `exact` is what "`hedge` `round`" says, within a twentieth: "more than 40,000" is
/// not 38,685, "almost 1,400" may loosely be 1,402.
pub(super) fn hedged_near(hedge: &str, exact: f64, round: f64) -> bool {
    let near = (exact - round).abs() <= round / 20.0;
    match hedge {
        "more than" | "over" | "just over" => near && exact > round,
        "almost" | "nearly" | "just under" | "close to" => near && exact <= round + round / 100.0,
        _ => near,
    }
}

/// The place and year all these figures agree on, if they have a place.
fn agreed<'a>(mut figures: impl Iterator<Item = &'a Figure>) -> Option<(String, Option<crate::model::Period>)> {
    let first = figures.next()?;
    let place = first.place.clone()?;
    figures.all(|e| e.place == first.place && e.period == first.period).then_some((place, first.period))
}

/// "Warwickshire Police recorded 31,480 crimes … --- | Shoplifting | 3,119 | 3,874 |": a
/// newsletter or report split into sections by rules, all about one force. A section break
/// carries no place on ([`super::context::Context::start_section`]), as a round-up's next
/// story may be about another force; but where every figure the article places is that one
/// force's, those after a break that name no place are its figures too. (A round-up naming
/// two forces, or a region or the country, leaves them with none.)
pub(super) fn one_force_across_breaks(figures: &mut [Figure], start: usize) {
    let Some(rest) = figures.get(start..) else { return };
    if rest.iter().all(|f| f.place.is_some()) {
        return;
    }
    let mut placed = figures.iter().filter_map(|f| f.place.as_deref());
    let Some(first) = placed.next() else { return };
    if !placed.all(|p| p == first) || places::by_name(first).is_none_or(|p| p.scope != Scope::Force) {
        return;
    }
    let force = first.to_string();
    for f in figures[start..].iter_mut().filter(|f| f.place.is_none()) {
        f.place = Some(force.clone());
    }
}

/// A force under the name it was printed with: the new name a sentence prints for it
/// ("| Hampshire and Isle of Wight Constabulary | 2,607 |"), or the old one in full; a figure
/// whose sentence prints neither takes the new name if the article prints it and not the old
/// one ("Hampshire Constabulary has since been renamed …" keeps the old).
pub(super) fn renamed_forces(article: &Article, figures: &mut [Figure]) {
    /// Each renamed force's new name with an ampersand ("Hampshire & Isle of Wight
    /// Constabulary") and memchr's searcher for what its three names open with: the whole
    /// article is searched once a force, for every article, and the names checked only where
    /// it finds that.
    static SCANS: LazyLock<Vec<(String, memchr::memmem::Finder<'static>)>> = LazyLock::new(|| {
        places::RENAMED
            .iter()
            .map(|(old, new)| {
                let new_amp = new.replace(" and ", " & ");
                let shared = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
                let len = shared(old, new).min(shared(new, &new_amp));
                let opening = memchr::memmem::Finder::new(&new.as_bytes()[..len]).into_owned();
                (new_amp, opening)
            })
            .collect()
    });
    for ((old, new), (new_amp, opening)) in places::RENAMED.iter().zip(SCANS.iter()) {
        // Whether the article prints the new name, the new name with an ampersand, the old.
        let (mut prints_new, mut prints_amp, mut prints_old) = (false, false, false);
        for p in &article.paragraphs {
            let text = p.norm.as_str();
            let mut from = 0;
            while let Some(at) = text.as_bytes().get(from..).and_then(|rest| opening.find(rest)).map(|i| from + i) {
                let rest = &text.as_bytes()[at..];
                prints_new |= rest.starts_with(new.as_bytes());
                prints_amp |= rest.starts_with(new_amp.as_bytes());
                if !prints_old && rest.starts_with(old.as_bytes()) {
                    prints_old = !in_speakers_job(text, at);
                }
                from = at + 1;
            }
        }
        if !prints_new && (new_amp == *new || !prints_amp) {
            continue;
        }
        let new_overall = !prints_old;
        // Alone, or among forces named together ("Hampshire Constabulary and Thames Valley
        // Police" for "the two forces").
        for f in figures.iter_mut().filter(|f| f.place.as_deref().is_some_and(|p| p.contains(old))) {
            let printed_new = f.sentence.contains(new) || f.sentence.contains(new_amp.as_str());
            if printed_new || (new_overall && !f.sentence.contains(old)) {
                f.place = f.place.as_deref().map(|p| p.replace(old, new));
            }
        }
    }
}

/// "…, who leads the team at Hampshire Constabulary, said", "a spokesman for Hampshire
/// Constabulary added": a force named at byte `at` of `text` as where a speaker works, in a
/// sentence that attributes speech; which names the speaker, not the figures. Only the
/// sentence's words within [`super::WINDOW`] bytes of the name are read, so a long paragraph
/// with no full stop (a flattened table) costs no more per mention than a short one.
fn in_speakers_job(text: &str, at: usize) -> bool {
    static WORKS_AT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:at|for|with)\s+(?:the\s+)?$"));
    static SAID: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:said|says|added|adds|told|explained|warned)\b"));
    let before = super::tail(text, at);
    if !WORKS_AT.is_match(before) {
        return false;
    }
    let before = before.rfind(['.', '!', '?']).and_then(|i| before.get(i + 1..)).unwrap_or(before);
    let after = super::head(text, at);
    let after = after.find(['.', '!', '?']).and_then(|i| after.get(..i)).unwrap_or(after);
    SAID.is_match(before) || SAID.is_match(after)
}

/// "Thames Valley Police and Sussex Police both recorded increases of 18%", "Kent and Essex
/// each logged 400": a figure said of each of several forces named together is a figure of
/// each of them, not of the group.
pub(super) fn each_of_several(s: &str, found: &mut Vec<Found>, london: bool) {
    static EACH: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:police\s+|forces\s+|constabularies\s+)?(?:both|each)\b"));
    if found.is_empty() || !(s.contains(" both ") || s.contains(" each ")) {
        return;
    }
    for g in place_groups(s, london) {
        let several = g.places.len() >= 2 && g.places.iter().all(|p| p.scope == Scope::Force);
        if !several || !s.get(g.range.end..).is_some_and(|rest| EACH.is_match(rest)) {
            continue;
        }
        let name = g.name();
        let mut split = Vec::with_capacity(found.len() + g.places.len());
        for f in found.drain(..) {
            if f.place.as_deref() == Some(name.as_str()) {
                split.extend(g.places.iter().map(|p| Found { place: Some(p.name.to_string()), ..f.clone() }));
            } else {
                split.push(f);
            }
        }
        *found = split;
    }
}

/// "as if it only happens in Leeds or London", "drove in from Bristol or London": a place
/// offered as one of two, joined to the other by "or", is no place the text goes on about.
pub(super) fn is_alternative(s: &str, range: &Range<usize>) -> bool {
    static OR_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\p{Lu}[\w'-]*\s+or\s+(?:the\s+)?$"));
    static OR_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+or\s+(?:the\s+)?\p{Lu}"));
    let before = s.get(..range.start).unwrap_or("");
    let after = s.get(range.end..).unwrap_or("");
    (before.ends_with("or ") && OR_BEFORE.is_match(before)) || (after.starts_with(" or ") && OR_AFTER.is_match(after))
}

/// The place a sentence with no figure moves the text to: its last, unless that is only where
/// the figures come from and another place is named ("Croydon recorded more offences than any
/// other borough, new Metropolitan Police figures show": the text goes on about Croydon).
pub(super) fn topic_group<'g>(s: &str, groups: &'g [Group]) -> Option<&'g Group> {
    groups.iter().rev().find(|g| !is_figures_source(s, g)).or(groups.last())
}

/// "figures obtained by the NSPCC from forces across the UK", "data from 41 forces in England
/// and Wales": a place named as the ground of the forces figures were gathered from, which is
/// the scope of the figures the text gave with no place, and no place of a figure restated.
pub(super) fn is_forces_asked(s: &str, g: &Group) -> bool {
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
pub(super) fn forces_asked_show_a_total(s: &str, groups: &[Group]) -> bool {
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
pub(super) fn scope_of_forces_asked(s: &str, london: bool) -> Option<String> {
    place_groups(s, london).into_iter().find(|g| is_forces_asked(s, g)).map(|g| g.name())
}

/// "Metropolitan Police figures show", "Police Scotland's data": a place named as where the
/// figures come from.
fn is_figures_source(s: &str, g: &Group) -> bool {
    static SOURCE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:'s)?\s+(?:own\s+)?(?:figures|data|statistics|stats)\b"));
    s.get(g.range.end..).is_some_and(|after| SOURCE.is_match(after))
}

/// "Police Scotland figures show 14,662 complaints were made in the capital", after a sentence
/// about Edinburgh; "PSNI figures showed 1,324 crimes were recorded across the council area",
/// after one about Derry City and Strabane: a force named only as the source of figures the
/// sentence places "in the city", "in the borough" or "across the district" is not their
/// place; the part of its ground the text is about (a London borough, a division of Police
/// Scotland, a council area the force polices) is.
pub(super) fn sourced_for_part(s: &str, groups: &[Group], found: &mut [Found], about: Option<&str>) {
    static IN_PART: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:in|across|throughout)\s+the\s+(?:city|capital|borough|division|district|council\s+area)\b")
    });
    let Some(about) = about else { return };
    if !s.contains(" the ") || !IN_PART.is_match(s) {
        return;
    }
    let (part, its_force) = (is_part_of_a_force(about), force_of_part(about));
    if !part && its_force.is_none() {
        return;
    }
    let single_force = |g: &&Group| matches!(g.places.as_slice(), [p] if p.scope == Scope::Force);
    let Some(source) = groups.iter().filter(single_force).find(|g| is_figures_source(s, g)) else { return };
    let name = source.name();
    // A council area is only its own force's part ("Wigan figures" are not Police Scotland's).
    if !part && its_force != Some(name.as_str()) {
        return;
    }
    for f in found.iter_mut().filter(|f| f.place.as_deref() == Some(name.as_str())) {
        f.place = Some(about.to_string());
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
pub(super) fn london_as_its_force(s: &str, groups: &[Group], found: &mut [Found], force: Option<&str>) {
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

/// Whether `name` (canonical, or as printed: "Glasgow") is an area inside one force.
fn is_part_of_a_force(name: &str) -> bool {
    places::LONDON_BOROUGHS.iter().any(|b| b.name == name)
        || places::by_name(name).or_else(|| places::by_alias(name)).is_some_and(lists::is_part_of_a_force)
}

/// The force whose ground holds the part named `name`: the Met a London borough's, Police
/// Scotland a division's (the regions made up of no forces), the force a council area or
/// city is listed under ("Wigan": Greater Manchester Police).
fn force_of_part(name: &str) -> Option<&'static str> {
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
pub(super) fn local_part_of_force(s: &str, groups: &[Group], found: &mut [Found], about: Option<&str>) {
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

/// The figures read so far that have a place, by kind and value, and under each the places
/// they were given with the figures' indices: what [`restated_for_named`] looks a value up
/// in, so that a text printing one value thousands of times stays linear (scanning every
/// earlier figure in every sentence made a long paragraph in a text about London quadratic).
/// A figure given its place after it was read is noted then; periods may still be filled in,
/// so they are read from the figures when asked.
#[derive(Debug, Default)]
pub(super) struct PlacedValues {
    by_value: HashMap<(Kind, u64), Vec<PlaceIndices>>,
}

/// A place and the indices of the figures of one value given it.
type PlaceIndices = (String, Vec<usize>);

impl PlacedValues {
    fn key(kind: Kind, value: f64) -> (Kind, u64) {
        (kind, if value == 0.0 { 0 } else { value.to_bits() })
    }

    /// Notes `figures[from..]`, just read.
    pub(super) fn note(&mut self, figures: &[Figure], from: usize) {
        for (i, f) in figures.iter().enumerate().skip(from) {
            self.note_one(i, f);
        }
    }

    /// Notes `f`, `figures[i]`, if it has a place: just read, or given its place afterwards
    /// (the ground of the forces figures were gathered from, told in the next sentence).
    pub(super) fn note_one(&mut self, i: usize, f: &Figure) {
        let Some(place) = &f.place else { return };
        let places = self.by_value.entry(Self::key(f.kind, f.value)).or_default();
        match places.iter_mut().find(|(p, _)| p == place) {
            Some((_, at)) => at.push(i),
            None => places.push((place.clone(), vec![i])),
        }
    }
}

/// "Thanet and Swale bucked the trend, with rises of 5.4% and 6.1%", after a table giving
/// each district its change: a value the sentence prints again, of the kind it was given
/// for a place the sentence names, is that place's figure again, not one of the place the
/// text carried on with (which the sentence does not name). `earlier` are the figures read
/// before, `placed` those of them with a place ([`PlacedValues`]).
pub(super) fn restated_for_named(
    s: &str,
    earlier: &[Figure],
    placed: &PlacedValues,
    found: &mut [Found],
    london: bool,
) {
    // Each answer worked out once a call, and each value looked up by its key.
    let key = PlacedValues::key;
    if !found.iter().any(|f| placed.by_value.contains_key(&key(f.kind, f.value))) {
        return;
    }
    let groups = place_groups(s, london);
    let mut named_memo: HashMap<String, bool> = HashMap::new();
    // The Met is named where London, its ground, is ([`london_as_its_force`]).
    let mut named = |place: &str| {
        *named_memo.entry(place.to_string()).or_insert_with(|| {
            let names = |p: &str| groups.iter().any(|g| g.name() == p) || prints_name(s, p);
            names(place) || place == places::LONDONS_FORCE && names(places::LONDON)
        })
    };
    let mut agreed_memo = HashMap::new();
    for f in found.iter_mut() {
        if f.place.as_deref().is_some_and(&mut named) {
            continue;
        }
        let k = key(f.kind, f.value);
        let Some(places) = placed.by_value.get(&k) else { continue };
        let agreed = agreed_memo
            .entry(k)
            .or_insert_with(|| {
                // The earlier figures of that value at the places the sentence names, which
                // must all be one place's, in one period.
                let mut named_places = places.iter().filter(|(p, _)| named(p));
                let (_, at) = named_places.next()?;
                if named_places.next().is_some() {
                    return None;
                }
                agreed(at.iter().filter_map(|&i| earlier.get(i)))
            })
            .clone();
        if let Some((place, period)) = agreed {
            f.place = Some(place);
            f.period = period.or(f.period);
        }
    }
}

/// Whether `s` prints `name` as words of its own ("Swale", not "Swaleside").
fn prints_name(s: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    !name.is_empty()
        && s.match_indices(name).any(|(at, _)| {
            !word(s.get(..at).and_then(|b| b.chars().next_back()))
                && !word(s.get(at + name.len()..).and_then(|a| a.chars().next()))
        })
}
