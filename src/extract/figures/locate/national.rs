//! The country and Great Britain's railways as places: lists of nations, bodies that work for
//! the whole UK, "national" figures, British Transport Police's railways, and the police in
//! general.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::mentions::ranked_within;
use crate::extract::figures::lists::Group;
use crate::extract::numbers::compile;
use crate::extract::places::{self, Scope};

/// "in England, Wales and Northern Ireland": a list of nations including England, in title
/// case or in the capitals copy read on air is written in ("ACROSS ENGLAND, WALES AND SCOTLAND").
pub(super) static NATIONS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bEngland(?:\s*(?:,|,?\s*and|&)\s*(?:Wales|Scotland|Northern\s+Ireland|the\s+UK))+|\bENGLAND(?:\s*(?:,|,?\s*AND|&)\s*(?:WALES|SCOTLAND|NORTHERN\s+IRELAND|THE\s+UK))+",
    )
});

/// "all 43 territorial forces and British Transport Police", "each of the 43 forces in
/// England and Wales, plus British Transport Police": every force of the country with the
/// one that polices its railways, the whole country's figures, not that one force's.
pub(super) static EVERY_FORCE_AND_BTP: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:all|each\s+of|every\s+one\s+of)\s+(?:the\s+)?(?:\d+|forty-\w+)\s+(?:(?:territorial|regional|geographic(?:al)?|local|home\s+office)\s+)?(?:police\s+)?forces(?:\s+(?:in|of|across)\s+England\s+and\s+Wales)?,?\s+(?:and|plus|as\s+well\s+as)\s+(?:the\s+)?British\s+Transport\s+Police\b",
    )
});

/// "on the rail network in Great Britain", "the railways of England, Wales and Scotland": the
/// railways of Great Britain, which one force polices: British Transport Police's ground, not
/// the country (in a sentence about crime on them, [`RAILWAY_CRIME`]). A bare "network" is
/// not the railway's ("the network of food banks across England, Wales and Scotland").
pub(super) static RAILWAYS_OF_BRITAIN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b[Tt]he\s+(?:(?:rail|railway|train)\s+network|railways?)\s+(?:in|of|across|throughout)\s+(?:(?:Great\s+)?Britain\b|England(?:\s*(?:,|,?\s*and|&)\s*(?:Wales|Scotland))+)",
    )
});

/// "on the rail network in London", "the railways of the North West", "on railways in the West
/// Midlands": the railways of a region (or of a force's area), a part of British Transport
/// Police's ground, not the territorial forces' (in a sentence about crime on them,
/// [`RAILWAY_CRIME`]). Ends where the place's name begins.
pub(super) static RAILWAYS_OF_A_REGION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Tt]he\s+(?:(?:rail|railway|train)\s+network|railways?)|railways)\s+(?:in|of|across|throughout)\s+(?:the\s+)?$",
    )
});

/// "on London's rail and Underground network", "the North West's railways": a region's
/// railways named with its possessive, after the region's name. Also British Transport
/// Police's ground (see [`RAILWAYS_OF_A_REGION`]).
pub(super) static REGIONS_RAILWAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^['’]s\s+(?:(?:(?:rail|railway|train|Tube|Underground|tram)\s+(?:and\s+(?:rail|railway|train|Tube|Underground|tram)\s+)?(?:network|lines|system)s?)|railways?|trains)\b",
    )
});

/// Crime or policing words: what makes the railways named as a whole ("Britain's railways",
/// "the rail network in Great Britain") British Transport Police's ground. Fares,
/// punctuality, passenger numbers and station works on them are the railway's own news, no
/// figure of the force's.
pub(super) static RAILWAY_CRIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:crimes?|criminal|offen[cs]es?|offenders?|robber(?:y|ies)|thefts?|thieves|stolen|assaults?|assaulted|attacks?|attacked|sexual|violen(?:ce|t)|harassment|abuse|arrests?|arrested|police|policing|officers?|knife|knives|weapons?|burglar(?:y|ies)|vandal\w*|trespass\w*|fraud|drugs?|victims?|charged|suspects?)\b",
    )
});

/// Whether the words of a British Transport Police mention name the railways as a whole
/// ("Britain's trains", "the UK's rail network") rather than the force.
pub(super) fn names_the_railways(words: &str) -> bool {
    let words = words.to_lowercase();
    ["railway", "rail network", "trains", "stations"].iter().any(|w| words.contains(w))
}

/// "the national fraud reporting centre, run by City of London Police", "the National Police
/// Air Service, hosted by West Yorkshire Police": a national body that one force runs for the
/// country. Its figures are the country's, not the force's.
pub(super) static NATIONAL_BODY_RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\bnational\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:run|operated|hosted|managed|led)\s+by\s+(?:the\s+)?$")
});

/// "The IWF said it confirmed 2,100 reports", "the National Crime Agency, which leads the
/// response, reported 470", "IWF analysts assessed 51,300 webpages", "Childline held 3,900
/// counselling sessions": a body that works for the
/// whole UK (or its staff), reporting its own count as the subject of its clause. Its figures are the country's, not those of the force the text is
/// about ("The NCA said 40 were referred" may be telling the force's own cases).
pub(super) static UK_BODY_REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b{UK_BODY}(?:\s+(?:analysts|staff|counsellors|hotline|investigators|officers))?(?:,[^,.]{{1,120}},)?\s+(?:(?:said|says)\s+(?:it|they)\b|reported|reports|recorded|confirmed|found|handled|logged|received|assessed|processed|actioned|removed|delivered|held|conducted)\b",
    ))
});

/// A body that works for the whole UK, by name, with its initials in brackets after it.
/// (The Child Exploitation and Online Protection Centre, CEOP, was one before it became part
/// of the National Crime Agency.)
const UK_BODY: &str = r"(?:Internet\s+Watch\s+Foundation|IWF|National\s+Crime\s+Agency|NCA|Childline|ChildLine|Action\s+Fraud|Child\s+Exploitation\s+and\s+Online\s+Protection\s+(?:Centre|Command)|CEOP)(?:\s*\([A-Z]+\))?";

/// "Reports of sextortion made to Action Fraud rose by 65%", "Calls to Childline about
/// grooming": the reports made to a body that works for the whole UK, as the subject opening
/// the sentence, are reported from across it. Not those some people made ("Residents of the
/// county made 1,204 reports to Action Fraud"): they are the people's.
pub(super) static REPORTED_TO_UK_BODY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\W*(?:\d{{1,2}}[.)]\s+)?(?:Reports|Calls|Contacts|Referrals)\s+(?:[\w'’-]+\s+){{0,6}}?to\s+(?:the\s+)?{UK_BODY}"
    ))
});

/// "…, according to the Internet Watch Foundation", "… 1,020 cases, the IWF said": a body
/// that works for the whole UK cited for what the sentence says, at its end. A figure the
/// sentence gives no place of is the country's; one of a force it names stays the force's.
/// In a sentence with no figure, the text goes on about the body's figures.
pub(super) static UK_BODY_CITED: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?:\baccording\s+to\s+(?:the\s+)?{UK_BODY}|,\s*(?:the\s+)?{UK_BODY}\s+(?:said|says|reported|reports|found))\W*$",
    ))
});

/// "a national rise of 60 per cent": the country's figure, named by its adjective.
pub(super) static NATIONAL_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\bnational\s+(?:rise|increase|fall|drop|decrease|total|figure|average|rate|picture|trend|level)\b")
});

/// Whether `s` has "national" in it, ASCII letters in either case: a cheap test every match
/// of [`NATIONAL_ADJECTIVE`] passes (it looks for its last letter, one of the rarer ones, and
/// checks the seven before it), so that sentences without the word skip the pattern.
pub(super) fn may_say_national(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr2_iter(b'l', b'L', bytes).any(|end| {
        end.checked_sub(7).and_then(|start| bytes.get(start..=end)).is_some_and(|w| w.eq_ignore_ascii_case(b"national"))
    })
}

/// "the national figure is a floor", "above the national average": the country named only
/// as a yardstick. In a sentence with no figure it does not change the place the text is
/// about.
pub(in crate::extract::figures) fn is_national_yardstick(s: &str, range: &Range<usize>) -> bool {
    s.get(range.clone()).is_some_and(|words| may_say_national(words) && NATIONAL_ADJECTIVE.is_match(words))
}

/// "The PSNI counts these crimes differently from forces in England and Wales",
/// "Unlike forces across the UK, the PSNI …", "more than police in England and Wales": the
/// country whose forces another is set beside, in a sentence with no figure, is no place the
/// text moves to.
pub(in crate::extract::figures) fn forces_set_beside(s: &str, range: &Range<usize>) -> bool {
    static FORCES_SET_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\bunlike|\blike|\bthan|\bsame\b[^.;:]{0,40}?\b(?:as|that|which|used\s+by))\s+(?:(?:the|most|other)\s+)?(?:forces|police(?:\s+forces)?|officers)\s+(?:in|across|throughout)\s+(?:the\s+)?$",
        )
    });
    FORCES_SET_BESIDE.is_match(super::super::tail(s, range.start))
}

/// "The force", "BTP" or "British Transport Police", as words (in capitals too): what
/// [`britain_as_btp`] needs the sentence to count with.
static THE_FORCE_OR_BTP: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:[Tt]he\s+force|THE\s+FORCE|BTP|British\s+Transport\s+Police|BRITISH\s+TRANSPORT\s+POLICE)\b")
});

/// British Transport Police named in a sentence as what recorded its figures, in full or as
/// "BTP", in title case or capitals ("BTP cut 200 jobs" counts nothing it recorded).
static NAMES_BTP: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:BTP|British\s+Transport\s+Police|BRITISH\s+TRANSPORT\s+POLICE)\s+(?i:(?:has\s+|have\s+|had\s+)?(?:recorded|logged|registered|received|flagged|dealt\s+with))\b",
    )
});

/// "British Transport Police recorded 3,100 thefts. Across England, Wales and Scotland, the
/// force logged 310", "BTP NOTED 825 ROBBERIES, ENGLAND, WALES AND SCOTLAND TOGETHER": in a text already about British Transport Police (`force`), the force
/// counting across Great Britain's three nations (not Northern Ireland) is BTP, whose ground
/// they are; or in a sentence naming British Transport Police itself. Only then: in any other
/// text "the force" is a territorial one, and the three
/// nations are the country, often set against that force's own figure ("compared with 8,000
/// across England, Wales and Scotland"). Nor where the sentence names another force.
pub(in crate::extract::figures) fn britain_as_btp(s: &str, groups: &mut [Group], force: Option<&str>) {
    const BTP: &str = "British Transport Police";
    // A sentence naming the force itself needs no text about it before: "BRITISH TRANSPORT
    // POLICE RECORDED 437 … ACROSS ENGLAND, WALES AND SCOTLAND" after a scene set at a station.
    let names_btp = || NAMES_BTP.is_match(s);
    if !(s.contains("Scotland") || s.contains("SCOTLAND"))
        || !THE_FORCE_OR_BTP.is_match(s)
        || (force != Some(BTP) && !names_btp())
    {
        return;
    }
    let other_force = groups.iter().any(|g| g.places.iter().any(|p| p.scope == Scope::Force && p.name != BTP));
    let Some(btp) = places::by_name(BTP) else { return };
    if other_force {
        return;
    }
    let britain = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.contains("wales") && w.contains("scotland") && !w.contains("ireland")
    };
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

/// "British Transport Police recorded 1,900 thefts … Of the thefts recorded nationally, 220
/// …": in a text already about British Transport Police (`force`), the bare adverb
/// "nationally" is the force's whole network, which spans the country, as "Britain's
/// railways" is. Not where the sentence names another force or has the police in general
/// ("forces", "police across the country") doing the counting, nor where it names a source
/// of the country's statistics ("the Office for National Statistics said", "Home Office
/// data"): those are the country.
pub(in crate::extract::figures) fn nationally_as_btp(s: &str, groups: &mut [Group], force: Option<&str>) {
    const BTP: &str = "British Transport Police";
    static POLICE_AT_LARGE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:forces|constabularies|police\s+(?:across|in|throughout|nationally))\b"));
    static NATIONAL_SOURCE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(?:ONS|Office\s+for\s+National\s+Statistics|Home\s+Office)\b"));
    if force != Some(BTP)
        || !s.contains("ationally")
        || POLICE_AT_LARGE.is_match(s)
        || GENERIC_POLICE.is_match(s)
        || NATIONAL_SOURCE.is_match(s)
    {
        return;
    }
    if groups.iter().any(|g| g.places.iter().any(|p| p.scope == Scope::Force && p.name != BTP)) {
        return;
    }
    let Some(btp) = places::by_name(BTP) else { return };
    for g in groups.iter_mut() {
        let words = s.get(g.range.clone()).unwrap_or("").trim();
        if matches!(g.places.as_slice(), [p] if p.scope == Scope::National) && words.eq_ignore_ascii_case("nationally")
        {
            g.places = vec![btp];
        }
    }
}

/// "police are recording…": the police in general, which is the whole country.
pub(in crate::extract::figures) static GENERIC_POLICE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bpolice\s+(?:are|were|have\s+been|had\s+been)\s+(?:recording|logging|required|obliged|now\s+recording)\b|\bpolice\s+(?:across|nationally|nationwide)\b",
    )
});

/// "Forces recorded 2,618 offences …", "Police forces logged 4,410 …", "Those forces recorded
/// 35,436 …", "Overall, forces recorded …" (after a word summing up) (the forces that answered a request just told of): forces with no place, opening
/// a sentence as the subject of what they counted. In a text that has
/// named no place but the country, they are the police in general, the whole country's; in
/// one about a region, they may be its ("Midlands crimes up 7pc. Police forces logged almost
/// 1,000 …"); one force is no group of forces, and after it they are the country's. A
/// headline or standfirst, with no full stop, says it loosely of the force or region its body
/// goes on to name.
pub(in crate::extract::figures) fn bare_forces_count(s: &str, place_before: Option<&str>) -> bool {
    if !s.trim_end().ends_with(['.', '!', '?', '"', '\'']) {
        return false;
    }
    static BARE_FORCES: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:(?:Overall|In\s+total|In\s+all|Altogether|All\s+told|Together|Nationally)\s*,?\s+)?(?:[Pp]olice\s+|(?:[Tt]hose|[Tt]hese)\s+(?:\d+\s+)?(?:police\s+)?)?[Ff]orces\s+(?:(?:have|had)\s+)?(?:recorded|logged|received|registered|reported|flagged)\s",
        )
    });
    // (A text about one force's ground, which no group of forces is: "Police forces" are not it.)
    let one_force = |p: &str| places::by_name(p).is_some_and(|p| p.scope == Scope::Force);
    place_before.is_none_or(|p| p == places::NATIONAL || one_force(p)) && BARE_FORCES.is_match(s)
}
