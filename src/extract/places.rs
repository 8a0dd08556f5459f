//! The gazetteer: every UK police force, the regions reporters group them into, and the
//! phrases that mean "the whole country".
//!
//! Two jobs: find place mentions in article text ([`mentions`]), and resolve what a user
//! typed to one place ([`lookup`]), exactly or fuzzily.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::numbers::compile;
use crate::model::{Article, Paragraph};

mod areas;

pub use areas::{AMBIGUOUS_AREAS, AREAS};

/// How much ground a place covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// One police force's area.
    Force,
    /// A group of force areas: "the North East", "Wales", "the Midlands".
    Region,
    /// The whole country, however the article phrases it.
    National,
}

/// A place in the gazetteer.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Place {
    /// The canonical name, used in answers and as the index key.
    pub name: &'static str,
    pub scope: Scope,
    /// Other ways articles name it. Matching ignores case, but a capitalised alias must not
    /// be printed all in lower case ("the Met" is a force, "they met" is not).
    pub aliases: &'static [&'static str],
    /// Where a force stands among the police articles report on (regions and the national
    /// scope stand at home).
    pub standing: Standing,
}

/// Where a force stands among the police articles report on. Only the UK's own 46 forces are
/// in a region or in a count of UK forces; the others are places articles give figures for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// The 43 territorial forces of England and Wales, Police Scotland, the PSNI and British
    /// Transport Police.
    Home,
    /// A UK force or policing body with a special remit rather than a territory of its own:
    /// the Ministry of Defence Police (defence sites), the Civil Nuclear Constabulary (civil
    /// nuclear sites), and the regional organised crime units that the forces of a region run
    /// together (serious and organised crime across their grounds).
    Special,
    /// The force of a Crown dependency (the Isle of Man, Jersey, Guernsey), outside the UK.
    CrownDependency,
    /// The police of another state that UK papers report on beside the PSNI: Ireland's.
    Abroad,
}

/// The name figures use for the whole country.
pub const NATIONAL: &str = "national";

const fn force(name: &'static str, aliases: &'static [&'static str]) -> Place {
    other_force(name, Standing::Home, aliases)
}

const fn other_force(name: &'static str, standing: Standing, aliases: &'static [&'static str]) -> Place {
    Place { name, scope: Scope::Force, aliases, standing }
}

const fn region(name: &'static str, aliases: &'static [&'static str]) -> Place {
    Place { name, scope: Scope::Region, aliases, standing: Standing::Home }
}

/// The 43 territorial forces of England and Wales, Police Scotland, the PSNI and British
/// Transport Police, then the forces of the three Crown dependencies, then regions (Police
/// Scotland's divisions among them), then the national scope.
pub static PLACES: &[Place] = &[
    force(
        "Avon and Somerset Police",
        &["Avon and Somerset Constabulary", "Avon and Somerset", "Avon & Somerset", "South Gloucestershire"],
    ),
    force("Bedfordshire Police", &["Bedfordshire", "Beds Police"]),
    force("Cambridgeshire Constabulary", &["Cambridgeshire Police", "Cambridgeshire", "Cambs Police"]),
    force("Cheshire Constabulary", &["Cheshire Police", "Cheshire"]),
    force("City of London Police", &["City of London", "Square Mile"]),
    force("Cleveland Police", &["Cleveland"]),
    force("Cumbria Constabulary", &["Cumbria Police", "Cumbria"]),
    force("Derbyshire Constabulary", &["Derbyshire Police", "Derbyshire"]),
    force(
        "Devon and Cornwall Police",
        &["Devon and Cornwall", "Devon & Cornwall", "Cornwall and Devon", "Devon", "Cornwall"],
    ),
    force("Dorset Police", &["Dorset"]),
    force("Durham Constabulary", &["Durham Police", "Durham"]),
    force("Dyfed-Powys Police", &["Dyfed-Powys", "Dyfed Powys"]),
    force("Essex Police", &["Essex"]),
    force("Gloucestershire Constabulary", &["Gloucestershire Police", "Gloucestershire"]),
    force("Greater Manchester Police", &["Greater Manchester", "GMP"]),
    force("Gwent Police", &["Gwent"]),
    force(
        "Hampshire Constabulary",
        &[
            "Hampshire and Isle of Wight Constabulary",
            "Hampshire and Isle of Wight",
            "Hampshire Police",
            "Hampshire",
            "Isle of Wight",
        ],
    ),
    force("Hertfordshire Constabulary", &["Hertfordshire Police", "Hertfordshire", "Herts Police"]),
    // The unitary areas whose names hold another force's county are this force's ground;
    // "East Yorkshire" is what the East Riding is commonly called, not the Yorkshire region.
    force(
        "Humberside Police",
        &[
            "Humberside",
            "North Lincolnshire",
            "North East Lincolnshire",
            "East Riding of Yorkshire",
            "East Riding",
            "East Yorkshire",
        ],
    ),
    force("Kent Police", &["Kent"]),
    force("Lancashire Constabulary", &["Lancashire Police", "Lancashire", "Lancs Police"]),
    force("Leicestershire Police", &["Leicestershire"]),
    force("Lincolnshire Police", &["Lincolnshire"]),
    force("Merseyside Police", &["Merseyside"]),
    force(
        "Metropolitan Police",
        &["Metropolitan Police Service", "Met Police", "the Met", "Scotland Yard", "Metropolitan", "Met"],
    ),
    force("Norfolk Constabulary", &["Norfolk Police", "Norfolk"]),
    force("North Wales Police", &["North Wales"]),
    force("North Yorkshire Police", &["North Yorkshire", "North Yorks", "N Yorks"]),
    force("Northamptonshire Police", &["Northamptonshire", "Northants Police"]),
    force("Northumbria Police", &["Northumbria"]),
    force("Nottinghamshire Police", &["Nottinghamshire", "Notts Police"]),
    force("South Wales Police", &["South Wales"]),
    force("South Yorkshire Police", &["South Yorkshire", "South Yorks", "S Yorks"]),
    force("Staffordshire Police", &["Staffordshire", "Staffs Police"]),
    force("Suffolk Constabulary", &["Suffolk Police", "Suffolk"]),
    force("Surrey Police", &["Surrey"]),
    force("Sussex Police", &["Sussex"]),
    force("Thames Valley Police", &["Thames Valley", "TVP"]),
    force("Warwickshire Police", &["Warwickshire"]),
    force("West Mercia Police", &["West Mercia"]),
    force("West Midlands Police", &["West Midlands", "WMP", "West Mids", "W Mids"]),
    force("West Yorkshire Police", &["West Yorkshire", "WYP", "West Yorks", "W Yorks"]),
    force("Wiltshire Police", &["Wiltshire"]),
    force("Police Scotland", &["Scotland"]),
    force("Police Service of Northern Ireland", &["PSNI", "Northern Ireland"]),
    force(
        "British Transport Police",
        &[
            "BTP",
            "Britain's railways",
            "Britain's rail network",
            "Britain's trains",
            "Britain's stations",
            "UK's railways",
            "UK's rail network",
            // With "the", else the country's own "the UK" would be found first.
            "the UK's railways",
            "the UK's rail network",
            "the UK's trains",
            "the UK's stations",
        ],
    ),
    // The UK's special police forces, which guard sites rather than police a territory.
    other_force(
        "Ministry of Defence Police",
        Standing::Special,
        &["MoD Police", "MOD Police", "Defence Police", "MDP"],
    ),
    // Not "CNC", which news uses more for machine tools ("CNC machines") than for the force.
    other_force("Civil Nuclear Constabulary", Standing::Special, &["Civil Nuclear Police"]),
    // The regional organised crime units, which the forces of a region (or of Wales's south)
    // run together: bodies of their own that give their own figures, not their region's.
    // Listed by their full names and the initials or brand names newsrooms print; "Titan"
    // only beside "ROCU", as the word alone is as often a moon or a submersible.
    other_force(
        "North East Regional Special Operations Unit",
        Standing::Special,
        &["NERSOU", "North East Regional Organised Crime Unit", "North East ROCU", "NEROCU"],
    ),
    other_force(
        "North West Regional Organised Crime Unit",
        Standing::Special,
        &["North West ROCU", "NWROCU", "Titan ROCU", "ROCU Titan", "Titan Regional Organised Crime Unit"],
    ),
    other_force(
        "Yorkshire and the Humber Regional Organised Crime Unit",
        Standing::Special,
        &[
            "Yorkshire and Humber Regional Organised Crime Unit",
            "Regional Organised Crime Unit for Yorkshire and the Humber",
            "Yorkshire and the Humber ROCU",
            "Yorkshire and Humber ROCU",
            "YHROCU",
        ],
    ),
    other_force("West Midlands Regional Organised Crime Unit", Standing::Special, &["West Midlands ROCU", "WMROCU"]),
    other_force(
        "East Midlands Special Operations Unit",
        Standing::Special,
        &["EMSOU", "East Midlands Regional Organised Crime Unit", "East Midlands ROCU"],
    ),
    other_force(
        "Eastern Region Special Operations Unit",
        Standing::Special,
        &["ERSOU", "Eastern Regional Special Operations Unit", "Eastern Region ROCU", "Eastern ROCU"],
    ),
    other_force("London Regional Organised Crime Unit", Standing::Special, &["London ROCU"]),
    other_force("South East Regional Organised Crime Unit", Standing::Special, &["SEROCU", "South East ROCU"]),
    other_force(
        "South West Regional Organised Crime Unit",
        Standing::Special,
        &["SWROCU", "South West ROCU", "Zephyr Regional Organised Crime Unit", "Zephyr ROCU"],
    ),
    other_force(
        "Tarian Regional Organised Crime Unit",
        Standing::Special,
        &["Tarian", "Tarian ROCU", "Southern Wales Regional Organised Crime Unit", "Southern Wales ROCU"],
    ),
    // The Crown dependencies' own forces, outside the UK: "Jersey" is the island's ("New
    // Jersey" is not, see `is_other_named`).
    other_force("Isle of Man Constabulary", Standing::CrownDependency, &["Isle of Man Police", "Isle of Man"]),
    other_force("States of Jersey Police", Standing::CrownDependency, &["Jersey Police", "States of Jersey", "Jersey"]),
    other_force(
        "Guernsey Police",
        Standing::CrownDependency,
        &["States of Guernsey Police", "Bailiwick of Guernsey Law Enforcement", "Guernsey"],
    ),
    // Ireland's police, which border papers report beside the PSNI. "Gardaí" (its officers)
    // ends on a letter an ASCII word boundary does not see, so only its unaccented spelling is
    // listed; "Garda" is the force only capitalised ("a garda" is one of its officers).
    other_force(
        "An Garda Síochána",
        Standing::Abroad,
        &["Garda Síochána", "An Garda Siochana", "Garda Siochana", "Gardai", "Garda"],
    ),
    region("North East", &["North-East", "Northeast", "the North East"]),
    // The North East's three forces with Cumbria's, as charities and health bodies group them.
    region("North East and Cumbria", &["North-East and Cumbria", "the North East and Cumbria"]),
    region("North West", &["North-West", "Northwest", "the North West"]),
    region("Yorkshire and the Humber", &["Yorkshire and Humber", "Yorkshire"]),
    region("East Midlands", &["East Midlands"]),
    region("Midlands", &["the Midlands"]),
    region("East of England", &["East Anglia", "Eastern region"]),
    region("London", &["Greater London"]),
    region("South East", &["South-East", "Southeast"]),
    region("South West", &["South-West", "Southwest"]),
    region("West Country", &["the West Country"]),
    region("Wales", &["Welsh forces"]),
    // Police Scotland's local policing divisions, which reporters name like forces.
    region("Tayside", &["Tayside division"]),
    region("Fife", &["Fife division"]),
    region("Edinburgh City", &["City of Edinburgh", "Edinburgh"]),
    region("Greater Glasgow", &["Glasgow"]),
    region("Lanarkshire", &[]),
    region("Ayrshire", &[]),
    region("Forth Valley", &[]),
    region("Highlands and Islands", &["Highland and Islands"]),
    region("North East Scotland", &["Grampian", "North East division"]),
    region("Argyll and West Dunbartonshire", &[]),
    region("Renfrewshire and Inverclyde", &[]),
    region("Lothians and Scottish Borders", &["the Lothians and Scottish Borders"]),
    region("Dumfries and Galloway", &[]),
    // Scotland's eight forces before Police Scotland took them over on 1 April 2013
    // ([`LEGACY_SCOTTISH_FORCES`]): older articles give figures for them, which are their
    // ground's, now part of Police Scotland's. Regions, not forces: none polices anything today.
    region("Strathclyde Police", &[]),
    region("Lothian and Borders Police", &["Lothian and Borders"]),
    region("Grampian Police", &[]),
    region("Northern Constabulary", &[]),
    region("Tayside Police", &[]),
    region("Fife Constabulary", &[]),
    region("Central Scotland Police", &[]),
    region("Dumfries and Galloway Constabulary", &[]),
    Place {
        name: NATIONAL,
        scope: Scope::National,
        standing: Standing::Home,
        aliases: &[
            "England and Wales",
            "England & Wales",
            "United Kingdom",
            "the UK",
            "UK-wide",
            "Great Britain",
            "Britain",
            "nationally",
            "nationwide",
            "across the country",
        ],
    },
];

/// The 32 London boroughs: areas inside the Metropolitan Police's ground that London
/// articles give figures for ("Croydon recorded the most, with 104"). Not in [`PLACES`]:
/// several are also the names of institutions or of places elsewhere ("Westminster",
/// "Richmond", "Sutton"), so they are only looked for in text about London, and in context
/// (see [`borough_mentions`]).
pub static LONDON_BOROUGHS: &[Place] = &[
    region("Barking and Dagenham", &[]),
    region("Barnet", &[]),
    region("Bexley", &[]),
    region("Brent", &[]),
    region("Bromley", &[]),
    region("Camden", &[]),
    region("Croydon", &[]),
    region("Ealing", &[]),
    region("Enfield", &[]),
    region("Greenwich", &[]),
    region("Hackney", &[]),
    region("Hammersmith and Fulham", &[]),
    region("Haringey", &[]),
    region("Harrow", &[]),
    region("Havering", &[]),
    region("Hillingdon", &[]),
    region("Hounslow", &[]),
    region("Islington", &[]),
    region("Kensington and Chelsea", &[]),
    region("Kingston upon Thames", &["Kingston"]),
    region("Lambeth", &[]),
    region("Lewisham", &[]),
    region("Merton", &[]),
    region("Newham", &[]),
    region("Redbridge", &[]),
    region("Richmond upon Thames", &["Richmond"]),
    region("Southwark", &[]),
    region("Sutton", &[]),
    region("Tower Hamlets", &[]),
    region("Waltham Forest", &[]),
    region("Wandsworth", &[]),
    region("Westminster", &[]),
];

/// Boroughs whose names are as often something else: the seat of government, a school, a
/// surname, a town outside London ("Sutton Coldfield", "Richmond, North Yorkshire").
const AMBIGUOUS_BOROUGHS: &[&str] = &[
    "Westminster",
    "Sutton",
    "Brent",
    "Merton",
    "Richmond upon Thames",
    "Kingston upon Thames",
    "Harrow",
    "Greenwich",
    "Barnet",
    "Camden",
    "Enfield",
    "Ealing",
];

/// London boroughs named in `text`, in order, as printed and capitalised. Each comes with
/// whether its name is also commonly something else, which only context can settle.
pub fn borough_mentions(text: &str) -> Vec<(Mention, bool)> {
    static BOROUGHS: LazyLock<NameMatcher<&'static Place>> = LazyLock::new(|| {
        let names = LONDON_BOROUGHS.iter().flat_map(|place| {
            std::iter::once(place.name).chain(place.aliases.iter().copied()).map(move |n| (n, place))
        });
        NameMatcher::new(names.collect(), spaced_key, "")
    });
    BOROUGHS
        .find_iter(text)
        .map(|(m, place)| (Mention { place, range: m.range() }, AMBIGUOUS_BOROUGHS.contains(&place.name)))
        .collect()
}

/// A council area or city named in a text ([`AREAS`], [`AMBIGUOUS_AREAS`]), as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaMention {
    /// The canonical name of the force whose ground it is in.
    pub force: &'static str,
    /// Byte range of the words in the text.
    pub range: Range<usize>,
    /// Its name is as often something else ("Angus"), which only the words around it settle.
    pub ambiguous: bool,
}

/// Council areas and cities named in `text`, in order, longest names first where they
/// overlap; names are matched as printed, capitalised. Any a force's name covers ("Cornwall")
/// is left to [`mentions`], but not one listed under its own force that a force's alias is
/// only to keep another force's county from being found inside it ("South Gloucestershire");
/// any whose name is as often something else ([`AMBIGUOUS_AREAS`]) is left out.
pub fn area_mentions(text: &str) -> Vec<AreaMention> {
    all_area_mentions(text).into_iter().filter(|m| !m.ambiguous).collect()
}

/// [`area_mentions`] with the areas whose names are as often something else ("Angus"), each
/// marked as such. One pattern holds every name.
pub fn all_area_mentions(text: &str) -> Vec<AreaMention> {
    // Copy read on air is printed in capitals ("ON THE LONDON UNDERGROUND"): where the text
    // has no lower-case letter to tell a name by, names are matched in any case.
    let capitals = !text.chars().any(char::is_lowercase);
    let matcher: &NameMatcher<_> = if capitals { &CAPITALS_MATCHER } else { &AREA_MATCHER };
    static AREA_MATCHER: LazyLock<NameMatcher<(&'static str, bool)>> = LazyLock::new(|| area_matcher("", spaced_key));
    static CAPITALS_MATCHER: LazyLock<NameMatcher<(&'static str, bool)>> =
        LazyLock::new(|| area_matcher("(?i)", |s| spaced_key(s).to_lowercase()));
    matcher.find_iter(text).map(|(m, (force, ambiguous))| AreaMention { force, range: m.range(), ambiguous }).collect()
}

/// The matcher of every listed area, each with its force and whether it is ambiguous;
/// `flags` open the pattern and `key` says when printed words are a listed name.
fn area_matcher(flags: &str, key: fn(&str) -> String) -> NameMatcher<(&'static str, bool)> {
    {
        let listed = |table: &'static [(&'static str, &'static [&'static str])], ambiguous: bool| {
            table.iter().flat_map(move |&(force, areas)| {
                areas
                    .iter()
                    .filter(move |a| MATCHER.get(a).is_none_or(|p| p.scope == Scope::Force && p.name == force))
                    .map(move |&a| (a, (force, ambiguous)))
            })
        };
        let names = listed(AREAS, false).chain(listed(AMBIGUOUS_AREAS, true));
        NameMatcher::new(names.collect(), key, flags)
    }
}

/// The listed name of the area `words` print in any case ("LONDON UNDERGROUND"): the name a
/// part printed in capitals goes under.
pub fn listed_area(words: &str) -> Option<&'static str> {
    let key = spaced_key(words).to_lowercase();
    AREAS
        .iter()
        .chain(AMBIGUOUS_AREAS)
        .flat_map(|(_, areas)| areas.iter().copied())
        .find(|a| spaced_key(a).to_lowercase() == key)
}

/// A name with hyphens and runs of space as one space, "&" as "and" and its commas dropped:
/// all a match of a name as printed, capitalised, may print differently from the table
/// ("Newry Mourne & Down" for "Newry, Mourne and Down").
fn spaced_key(s: &str) -> String {
    let s = s.replace(['-', '–', ','], " ").replace('&', " and ").replace('’', "'");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A place named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub place: &'static Place,
    /// Byte range of the words in the text.
    pub range: Range<usize>,
}

/// A fixed table of (name, value) pairs compiled into one pattern, each match mapped back
/// to the value its name is listed with. Names are tried longest first, so where two
/// overlap the longer wins; a hyphen in a name also matches a dash or a space, a space any
/// run of space, "&" also "and" (and "and" also "&"), and a comma may be left out. `key` says when printed words are a listed name.
/// The pattern goes through [`compile`], so its `\b` is an ASCII word boundary: every
/// listed name begins and ends with an ASCII letter.
struct NameMatcher<V: 'static> {
    regex: Regex,
    /// Each name's key to its value; where two names share a key, the first listed. Both
    /// tables are fixed and looked up for every place mention: hashed with the Fx hash.
    by_key: FxHashMap<String, V>,
    /// Each name exactly as listed, to what its key finds: the words a text prints are
    /// most often listed as they are, and need no key made.
    by_name: FxHashMap<&'static str, V>,
    key: fn(&str) -> String,
}

impl<V: Copy> NameMatcher<V> {
    /// The matcher of `names`, in table order; `flags` ("(?i)" or none) open the pattern.
    fn new(mut names: Vec<(&'static str, V)>, key: fn(&str) -> String, flags: &str) -> Self {
        let mut by_key = FxHashMap::default();
        for &(name, value) in &names {
            by_key.entry(key(name)).or_insert(value);
        }
        let by_name = names.iter().filter_map(|&(n, _)| Some((n, *by_key.get(&key(n))?))).collect();
        // Longest first, so "North Yorkshire Police" wins over "North Yorkshire" and "Yorkshire".
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        let alternation: Vec<String> = names
            .iter()
            .map(|(n, _)| {
                // An apostrophe may be printed curly ("Britain’s railways").
                let n = regex::escape(n).replace(r"\-", r"[-–\s]").replace(' ', r"\s+").replace(r"\&", "(?:&|and)");
                let n = n.replace('\'', "['’]");
                n.replace(r"\s+and\s+", r"\s+(?:and|&)\s+").replace(",", ",?")
            })
            .collect();
        // The pattern is built from a static table; a failure is a bug in that table, caught
        // by the tests, never by user input.
        let regex = compile(&format!(r"{flags}\b(?:{})\b", alternation.join("|")));
        NameMatcher { regex, by_key, by_name, key }
    }

    /// The value of the listed name these words print, if they print one.
    fn get(&self, words: &str) -> Option<V> {
        match self.by_name.get(words) {
            Some(&value) => Some(value),
            None => self.by_key.get(&(self.key)(words)).copied(),
        }
    }

    /// Every listed name in `text`, in order, with its value.
    fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (regex::Match<'a>, V)> + 'a {
        self.regex.find_iter(text).filter_map(|m| Some((m, self.get(m.as_str())?)))
    }
}

/// Lower-case, `&` read as "and", hyphens and runs of space as one space, "the " dropped.
fn key(s: &str) -> String {
    if s.is_ascii() {
        return ascii_key(s);
    }
    let s = s.to_lowercase().replace('&', " and ").replace(['-', '–', '—'], " ").replace('’', "'");
    let words: Vec<&str> = s.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// [`key`] of ASCII words, built in one pass into one string: the gazetteer is asked about
/// every speaker's words, most of them no place, and each miss makes a key.
fn ascii_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    // Whether a word was begun and not yet ended by a space.
    let mut in_word = false;
    for b in s.bytes() {
        match b {
            // ASCII whitespace as `split_whitespace` sees it, and the dash as a space.
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | b'-' => in_word = false,
            b'&' => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str("and");
                in_word = false;
            }
            _ => {
                if !in_word && !out.is_empty() {
                    out.push(' ');
                }
                out.push(b.to_ascii_lowercase() as char);
                in_word = true;
            }
        }
    }
    match out.strip_prefix("the") {
        Some("") => String::new(),
        Some(rest) if rest.starts_with(' ') => rest[1..].to_string(),
        _ => out,
    }
}

/// Every name and alias in [`PLACES`] (the national scope's canonical name aside), matched
/// in any case.
static MATCHER: LazyLock<NameMatcher<&'static Place>> = LazyLock::new(|| {
    let names = PLACES.iter().flat_map(|place| {
        std::iter::once(place.name)
            .chain(place.aliases.iter().copied())
            .filter(move |&phrase| !(place.scope == Scope::National && phrase == NATIONAL))
            .map(move |phrase| (phrase, place))
    });
    NameMatcher::new(names.collect(), key, "(?i)")
});

/// Every place named in `text`, in order, longest names first where they overlap.
pub fn mentions(text: &str) -> Vec<Mention> {
    MATCHER
        .find_iter(text)
        .filter_map(|(found, place)| {
            let words = found.as_str();
            let capitalised_alias = place.scope != Scope::National;
            let all_lower = !words.chars().any(|c| c.is_uppercase());
            if capitalised_alias && all_lower {
                return None;
            }
            // "in south Wales": the south of the country, printed with the compass point in
            // lower case, is the ground of South Wales Police, Gwent and part of Dyfed-Powys,
            // not the one force named after it. ("north Wales" is its force's ground.)
            if place.name == "South Wales Police" && words.starts_with("south ") {
                return None;
            }
            if is_other_named(words, text.get(found.end()..).unwrap_or(""))
                || ends_other_name(words, text.get(..found.start()).unwrap_or(""))
            {
                return None;
            }
            Some(Mention { place, range: found.range() })
        })
        .collect()
}

/// The places each paragraph of an article names ([`mentions`] of its `norm`), scanned the
/// first time anything asks and then kept. Figures (for a sentence that is its whole
/// paragraph), quotes (the forces a paragraph names) and the index documents (the places a
/// paragraph is found under) each want them: between them they scan a paragraph once, not
/// three times.
#[derive(Debug)]
pub struct ParagraphPlaces<'a> {
    paragraphs: &'a [Paragraph],
    scanned: Vec<OnceCell<Vec<Mention>>>,
}

impl<'a> ParagraphPlaces<'a> {
    /// Nothing is scanned yet.
    pub fn new(article: &'a Article) -> Self {
        let scanned = article.paragraphs.iter().map(|_| OnceCell::new()).collect();
        ParagraphPlaces { paragraphs: &article.paragraphs, scanned }
    }

    /// [`mentions`] of `text`: the kept scan of the article's paragraph `index` when `text` is
    /// that paragraph's whole `norm`, else a scan of `text` that is not kept. Either way what
    /// [`mentions`] finds in `text`, as it depends on the text alone.
    pub fn in_text(&self, index: usize, text: &str) -> Cow<'_, [Mention]> {
        match (self.paragraphs.get(index), self.scanned.get(index)) {
            (Some(p), Some(scanned)) if p.norm == text => Cow::Borrowed(scanned.get_or_init(|| mentions(&p.norm))),
            _ => Cow::Owned(mentions(text)),
        }
    }
}

/// Short aliases that also begin other names: "Met" is the Metropolitan Police, but not in
/// "Met Office".
fn is_other_named(words: &str, after: &str) -> bool {
    const OTHERS: &[(&str, &[&str])] = &[("met", &["office", "éireann", "gala", "opera", "museum"])];
    // Every place mention passes here: the words are compared before anything is allocated.
    let bare = |w: &str, alias: &str| {
        w.eq_ignore_ascii_case(alias)
            || w.len() > 4
                && w.is_char_boundary(4)
                && w[..4].eq_ignore_ascii_case("the ")
                && w[4..].trim().eq_ignore_ascii_case(alias)
    };
    let Some((_, names)) = OTHERS.iter().find(|(alias, _)| bare(words, alias)) else { return false };
    let next = after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    names.contains(&next.to_lowercase().as_str())
}

/// Whether a place is one of the UK's 46 police forces: the 43 territorial forces of England
/// and Wales, Police Scotland, the PSNI and British Transport Police (not a special force, a
/// Crown dependency's or another state's).
pub fn is_uk_force(place: &Place) -> bool {
    place.scope == Scope::Force && place.standing == Standing::Home
}

/// Aliases whose first word also ends other names: "Jersey" and "Jersey Police" are the
/// island's force, but not in "New Jersey" or "New Jersey police".
fn ends_other_name(words: &str, before: &str) -> bool {
    const OTHERS: &[(&str, &[&str])] = &[("jersey", &["new"])];
    let first = words.split_whitespace().next().unwrap_or("");
    let Some((_, names)) = OTHERS.iter().find(|(word, _)| first.eq_ignore_ascii_case(word)) else { return false };
    let last = before.split_whitespace().next_back().unwrap_or("");
    names.iter().any(|n| last.eq_ignore_ascii_case(n))
}

/// Whether a force polices a whole nation of the UK (Police Scotland, the PSNI): the
/// nation's name is one of its aliases. Its divisions and districts stand to it as forces to
/// the country, so a text that starts on it and goes through them comes back to it.
pub fn polices_a_nation(place: &Place) -> bool {
    const NATIONS: [&str; 2] = ["Scotland", "Northern Ireland"];
    place.scope == Scope::Force && place.aliases.iter().any(|a| NATIONS.contains(a))
}

/// The place with this canonical name, a London borough included: the name a figure or a
/// user's lookup carries. Extraction asks [`by_name`], as boroughs are only places in context.
pub fn named(name: &str) -> Option<&'static Place> {
    by_name(name).or_else(|| borough_named(name))
}

/// The London borough with this canonical name.
fn borough_named(name: &str) -> Option<&'static Place> {
    LONDON_BOROUGHS.iter().find(|p| p.name.eq_ignore_ascii_case(name))
}

/// Whether `name` is a London borough's canonical name.
pub fn is_london_borough(name: &str) -> bool {
    borough_named(name).is_some()
}

/// The place with this canonical name.
pub fn by_name(name: &str) -> Option<&'static Place> {
    let name = RENAMED.iter().find(|(_, new)| new.eq_ignore_ascii_case(name)).map_or(name, |(old, _)| old);
    PLACES.iter().find(|p| p.name.eq_ignore_ascii_case(name))
}

/// Forces that took a new official name, which articles since print in full: (the name in
/// [`PLACES`], the new name). A figure from an article printing the new name is given it.
/// Aliases of a region that are names of their own, not spellings of its name: a figure for
/// the region printed under one keeps it ("Police in Yorkshire recorded 2,153"; "the six
/// forces of the Eastern region"; East Anglia, which is not the whole East of England), as
/// the text names it. Looked up, they find the region as any alias does.
pub const OWN_NAMES: &[&str] = &["Yorkshire", "Eastern region", "East Anglia"];

/// The alias of [`OWN_NAMES`] that `words` print ("the Eastern Region"), as listed.
pub fn own_name(words: &str) -> Option<&'static str> {
    let words = words.trim();
    let words = match words.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => words.get(4..).unwrap_or(words).trim(),
        _ => words,
    };
    OWN_NAMES.iter().copied().find(|n| n.eq_ignore_ascii_case(words))
}

pub const RENAMED: &[(&str, &str)] = &[("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary")];

/// London, the one region two forces police ([`REGION_FORCES`]): the Metropolitan Police,
/// whose ground is all of London but the Square Mile, and City of London Police, whose ground
/// is the Square Mile alone. The Met is London's own force: "police in London", a London
/// figure the Met gives and London's boroughs are its; the City force's figures are never
/// London's as a whole.
pub const LONDON: &str = "London";
/// London's own force (see [`LONDON`]).
pub const LONDONS_FORCE: &str = "Metropolitan Police";
/// London's other force, the Square Mile's (see [`LONDON`]).
pub const LONDONS_CITY_FORCE: &str = "City of London Police";

/// Whether `name` is London or its own force, the Met: one ground under two names.
pub fn is_london_or_its_force(name: &str) -> bool {
    name == LONDON || name == LONDONS_FORCE
}

/// Scotland's eight legacy forces, merged into Police Scotland on 1 April 2013: parts of its
/// ground, as its divisions are, but not among them.
pub const LEGACY_SCOTTISH_FORCES: &[&str] = &[
    "Strathclyde Police",
    "Lothian and Borders Police",
    "Grampian Police",
    "Northern Constabulary",
    "Tayside Police",
    "Fife Constabulary",
    "Central Scotland Police",
    "Dumfries and Galloway Constabulary",
];

/// Whether `place` is one of Scotland's legacy forces ([`LEGACY_SCOTTISH_FORCES`]).
pub fn is_legacy_scottish_force(place: &Place) -> bool {
    place.scope == Scope::Region && LEGACY_SCOTTISH_FORCES.contains(&place.name)
}

/// The forces of each region of England and Wales, as the Home Office groups them (the
/// Midlands is both of its regions, the West Country the South West; the North East and
/// Cumbria, as charities group them, the North East with Cumbria). Police Scotland's
/// divisions are parts of one force, not groups of forces, and are not listed.
const REGION_FORCES: &[(&str, &[&str])] = &[
    ("North East", &["Cleveland Police", "Durham Constabulary", "Northumbria Police"]),
    (
        "North East and Cumbria",
        &["Cleveland Police", "Cumbria Constabulary", "Durham Constabulary", "Northumbria Police"],
    ),
    (
        "North West",
        &[
            "Cheshire Constabulary",
            "Cumbria Constabulary",
            "Greater Manchester Police",
            "Lancashire Constabulary",
            "Merseyside Police",
        ],
    ),
    (
        "Yorkshire and the Humber",
        &["Humberside Police", "North Yorkshire Police", "South Yorkshire Police", "West Yorkshire Police"],
    ),
    (
        "East Midlands",
        &[
            "Derbyshire Constabulary",
            "Leicestershire Police",
            "Lincolnshire Police",
            "Northamptonshire Police",
            "Nottinghamshire Police",
        ],
    ),
    (
        "Midlands",
        &[
            "Derbyshire Constabulary",
            "Leicestershire Police",
            "Lincolnshire Police",
            "Northamptonshire Police",
            "Nottinghamshire Police",
            "Staffordshire Police",
            "Warwickshire Police",
            "West Mercia Police",
            "West Midlands Police",
        ],
    ),
    (
        "East of England",
        &[
            "Bedfordshire Police",
            "Cambridgeshire Constabulary",
            "Essex Police",
            "Hertfordshire Constabulary",
            "Norfolk Constabulary",
            "Suffolk Constabulary",
        ],
    ),
    (LONDON, &[LONDONS_FORCE, LONDONS_CITY_FORCE]),
    (
        "South East",
        &["Hampshire Constabulary", "Kent Police", "Surrey Police", "Sussex Police", "Thames Valley Police"],
    ),
    (
        "South West",
        &[
            "Avon and Somerset Police",
            "Devon and Cornwall Police",
            "Dorset Police",
            "Gloucestershire Constabulary",
            "Wiltshire Police",
        ],
    ),
    (
        "West Country",
        &[
            "Avon and Somerset Police",
            "Devon and Cornwall Police",
            "Dorset Police",
            "Gloucestershire Constabulary",
            "Wiltshire Police",
        ],
    ),
    ("Wales", &["Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"]),
];

/// The forces whose areas make up a region ("North East": Cleveland, Durham, Northumbria);
/// none for a force, the national scope or a division of Police Scotland.
pub fn forces_in(region: &Place) -> Vec<&'static Place> {
    REGION_FORCES
        .iter()
        .find(|(name, _)| *name == region.name)
        .map(|(_, forces)| forces.iter().filter_map(|f| by_name(f)).collect())
        .unwrap_or_default()
}

/// The region whose forces are exactly these ("Northumbria, Durham and Cleveland": the North
/// East), the first listed where two regions have the same forces; none for any other set.
pub fn region_of_forces(forces: &[&Place]) -> Option<&'static Place> {
    if forces.len() < 2 || forces.iter().any(|f| f.scope != Scope::Force) {
        return None;
    }
    let (name, _) = REGION_FORCES.iter().find(|(_, members)| {
        members.len() == forces.len()
            && members.iter().all(|m| forces.iter().any(|f| f.name == *m))
            && forces.iter().all(|f| members.contains(&f.name))
    })?;
    by_name(name)
}

/// The place these exact words name (a canonical name or an alias, any case).
pub fn by_alias(words: &str) -> Option<&'static Place> {
    MATCHER.get(words)
}

/// What a user's words resolve to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// One place, matched exactly or by a close spelling.
    Found(&'static Place),
    /// Nothing close enough; the nearest names, best first.
    NotFound { suggestions: Vec<&'static Place> },
}

/// Words a user may add around a force's name that do not tell forces apart.
const FILLER: &[&str] = &["the", "police", "constabulary", "force", "area", "service", "of"];

/// Whether a typed word is a filler word, or a misspelling of a long one ("constabullary").
fn is_filler(word: &str) -> bool {
    FILLER.iter().any(|&f| f == word || (f.len() > 5 && strsim::jaro_winkler(f, word) > 0.9))
}

fn lookup_key(s: &str) -> String {
    key(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !is_filler(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lookup keys of every name and alias of every place, built once. A user asking for a
/// London borough ("/force Croydon") means the borough, whatever else the name may be.
static LOOKUP_KEYS: LazyLock<Vec<(String, &'static Place)>> = LazyLock::new(|| {
    let mut keys = Vec::new();
    for place in PLACES.iter().chain(LONDON_BOROUGHS) {
        for &phrase in std::iter::once(&place.name).chain(place.aliases) {
            let k = lookup_key(phrase);
            if !k.is_empty() {
                keys.push((k, place));
            }
        }
    }
    keys
});

/// How alike two lookup keys are, from 0 to 1.
fn similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b).max(strsim::normalized_levenshtein(a, b))
}

/// Resolves what a user typed ("cleveland", "Cleveland Police", "clevland", "the Met") to a place.
pub fn lookup(query: &str) -> Lookup {
    const CLOSE_ENOUGH: f64 = 0.88;
    let wanted = lookup_key(query);
    if wanted.is_empty() {
        return Lookup::NotFound { suggestions: Vec::new() };
    }
    // A name printed in full first: "Tayside Police" is the legacy force, though without its
    // filler word it is the division's name.
    if let Some(place) = by_alias(query.trim()) {
        return Lookup::Found(place);
    }
    if let Some((_, place)) = LOOKUP_KEYS.iter().find(|(k, _)| *k == wanted) {
        return Lookup::Found(place);
    }
    let ranked = rank(&wanted);
    match ranked.first() {
        Some(&(score, place)) if score >= CLOSE_ENOUGH => Lookup::Found(place),
        _ => Lookup::NotFound { suggestions: ranked.iter().take(3).map(|&(_, p)| p).collect() },
    }
}

/// Places whose names or aliases are close to `wanted`, best first, each place once.
fn rank(wanted: &str) -> Vec<(f64, &'static Place)> {
    let mut best: Vec<(f64, &'static Place)> = Vec::new();
    for (k, place) in LOOKUP_KEYS.iter() {
        let score = similarity(wanted, k);
        match best.iter_mut().find(|(_, p)| std::ptr::eq(*p, *place)) {
            Some(entry) if entry.0 < score => entry.0 = score,
            Some(_) => {}
            None => best.push((score, place)),
        }
    }
    best.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.name.cmp(b.1.name)));
    best
}

/// Places for an autocomplete box: those whose names or aliases start with, contain or
/// resemble what has been typed so far, best first, at most `limit`.
pub fn complete(partial: &str, limit: usize) -> Vec<&'static Place> {
    let typed = lookup_key(partial);
    if typed.is_empty() {
        return PLACES.iter().filter(|p| p.scope == Scope::Force).take(limit).collect();
    }
    let mut scored: Vec<(u8, f64, &'static Place)> = Vec::new();
    for (k, place) in LOOKUP_KEYS.iter() {
        let tier = if k.starts_with(&typed) {
            0
        } else if k.split(' ').any(|w| w.starts_with(&typed)) {
            1
        } else if k.contains(&typed) {
            2
        } else {
            3
        };
        let score = similarity(&typed, k);
        if tier == 3 && score < 0.75 {
            continue;
        }
        match scored.iter_mut().find(|(_, _, p)| std::ptr::eq(*p, *place)) {
            Some(entry) if (tier, -score) < (entry.0, -entry.1) => {
                entry.0 = tier;
                entry.1 = score;
            }
            Some(_) => {}
            None => scored.push((tier, score, place)),
        }
    }
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then_with(|| a.2.name.cmp(b.2.name)));
    scored.into_iter().take(limit).map(|(_, _, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_legacy_scottish_force_is_a_region_of_the_gazetteer() {
        let legacy: Vec<&str> = PLACES.iter().filter(|p| is_legacy_scottish_force(p)).map(|p| p.name).collect();
        assert_eq!(legacy, LEGACY_SCOTTISH_FORCES);
    }

    fn names(text: &str) -> Vec<&'static str> {
        mentions(text).iter().map(|m| m.place.name).collect()
    }

    #[test]
    fn an_ascii_key_is_the_key_the_general_path_makes() {
        let general = |s: &str| {
            let s = s.to_lowercase().replace('&', " and ").replace(['-', '–', '—'], " ").replace('’', "'");
            let words: Vec<&str> = s.split_whitespace().collect();
            let words = match words.first() {
                Some(&"the") => &words[1..],
                _ => &words[..],
            };
            words.join(" ")
        };
        for s in [
            "",
            " ",
            "the",
            "The",
            "the ",
            "theft",
            "The Met",
            "the the Met",
            "Kent Police",
            "  Avon  and\tSomerset ",
            "Devon & Cornwall",
            "A&B",
            "&",
            "&&",
            "the&x",
            "-",
            "Hampshire-Isle of Wight",
            "the-Met",
            "x\x0By\x0Cz\r",
            "THE  KENT",
            "North-East",
            "Met's",
            "the  ",
        ] {
            assert_eq!(ascii_key(s), general(s), "{s:?}");
        }
    }

    #[test]
    fn a_paragraphs_kept_scan_finds_what_a_fresh_scan_of_its_text_finds() {
        let lines = [
            "Kent Police recorded 1,204 offences, and the Met 3,100.",
            "Across the North East, Durham and Cleveland police saw rises. The Met Office said so.",
            "",
            "No place here.",
        ];
        let article = Article::from_body_lines(&lines);
        let places = ParagraphPlaces::new(&article);
        for _ in 0..2 {
            for (i, line) in lines.iter().enumerate() {
                // The whole paragraph, from the kept scan the second time round.
                assert_eq!(places.in_text(i, line).as_ref(), mentions(line).as_slice(), "{line}");
                // Part of it, or another paragraph's text, or one past the last: a fresh scan.
                let part = line.get(..line.len() / 2).unwrap_or("");
                assert_eq!(places.in_text(i, part).as_ref(), mentions(part).as_slice(), "{part}");
                assert_eq!(places.in_text((i + 1) % lines.len(), line).as_ref(), mentions(line).as_slice());
                assert_eq!(places.in_text(lines.len(), line).as_ref(), mentions(line).as_slice());
            }
        }
        assert!(matches!(places.in_text(0, lines[0]), Cow::Borrowed(_)));
        assert!(matches!(places.in_text(0, "Kent"), Cow::Owned(_)));
    }

    #[test]
    fn south_wales_in_lower_case_is_the_south_of_the_country_not_its_force() {
        assert_eq!(names("Police in south Wales recorded fewer offences."), Vec::<&str>::new());
        assert_eq!(names("South Wales recorded fewer offences."), ["South Wales Police"]);
        assert_eq!(names("Police in north Wales recorded fewer offences."), ["North Wales Police"]);
    }

    #[test]
    fn every_place_name_begins_and_ends_on_an_ascii_letter_so_its_ascii_word_boundaries_hold() {
        let places = PLACES.iter().chain(LONDON_BOROUGHS);
        let names = places.flat_map(|p| std::iter::once(p.name).chain(p.aliases.iter().copied()));
        let areas = areas::AREAS.iter().chain(AMBIGUOUS_AREAS).flat_map(|(_, names)| names.iter().copied());
        for name in names.chain(areas) {
            let (first, last) = (name.chars().next(), name.chars().next_back());
            assert!([first, last].iter().all(|c| c.is_some_and(|c| c.is_ascii_alphabetic())), "{name}");
        }
    }

    #[test]
    fn only_police_scotland_and_the_psni_police_a_whole_nation() {
        let national: Vec<&str> = PLACES.iter().filter(|p| polices_a_nation(p)).map(|p| p.name).collect();
        assert_eq!(national, ["Police Scotland", "Police Service of Northern Ireland"]);
    }

    #[test]
    fn a_place_is_found_beside_curly_quotes_and_accented_words() {
        assert_eq!(names("‘Cleveland’ and café owners in Durham’s towns"), ["Cleveland Police", "Durham Constabulary"]);
    }

    #[test]
    fn the_railways_of_britain_are_british_transport_polices() {
        let found = mentions("Sex attacks on Britain's railways rose, while Britain as a whole saw a fall.");
        let names: Vec<&str> = found.iter().map(|m| m.place.name).collect();
        assert_eq!(names.first(), Some(&"British Transport Police"));
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn a_name_with_an_apostrophe_is_found_printed_with_a_curly_one() {
        assert_eq!(names("Thefts on Britain\u{2019}s railways rose."), ["British Transport Police"]);
        assert_eq!(names("Assaults on the UK\u{2019}s rail network fell."), ["British Transport Police"]);
    }

    #[test]
    fn the_trains_and_stations_of_britain_are_british_transport_polices() {
        assert_eq!(names("Robberies on Britain's trains and stations rose."), ["British Transport Police"]);
        assert_eq!(names("Thefts at Britain's stations fell."), ["British Transport Police"]);
        assert_eq!(names("Britain's prisons are full."), ["national"]);
    }

    #[test]
    fn the_uk_special_forces_are_named_by_their_short_names_but_not_counted_among_the_46() {
        assert_eq!(
            names("Reports to the MoD Police rose, and the MDP said more officers would patrol."),
            ["Ministry of Defence Police", "Ministry of Defence Police"]
        );
        assert_eq!(
            names("The Civil Nuclear Police, which guards Sellafield, logged 12 thefts; the Civil Nuclear Constabulary agreed."),
            ["Civil Nuclear Constabulary", "Civil Nuclear Constabulary"]
        );
        assert_eq!(names("Thieves took two CNC machines from the works."), Vec::<&str>::new());
        // The ministry itself is not its police.
        assert_eq!(names("The Ministry of Defence said a new unit would be set up."), Vec::<&str>::new());
        for name in ["Ministry of Defence Police", "Civil Nuclear Constabulary"] {
            let place = by_name(name);
            assert!(place.is_some_and(|p| p.standing == Standing::Special && !is_uk_force(p)), "{name}");
            assert!(REGION_FORCES.iter().all(|(_, forces)| !forces.contains(&name)), "{name} in no region");
        }
    }

    #[test]
    fn the_regional_organised_crime_units_are_named_in_full_and_by_initials_but_are_not_uk_forces() {
        assert_eq!(
            names("The Yorkshire and Humber ROCU and SEROCU shared intelligence with ERSOU."),
            [
                "Yorkshire and the Humber Regional Organised Crime Unit",
                "South East Regional Organised Crime Unit",
                "Eastern Region Special Operations Unit"
            ]
        );
        // The longer name wins over the region or force inside it.
        assert_eq!(
            names("Analysts at the West Midlands Regional Organised Crime Unit and Tarian agreed."),
            ["West Midlands Regional Organised Crime Unit", "Tarian Regional Organised Crime Unit"]
        );
        assert_eq!(names("The Titan submersible was lost."), Vec::<&str>::new());
        let units: Vec<&Place> =
            PLACES.iter().filter(|p| p.name.contains("Crime Unit") || p.name.contains("Operations Unit")).collect();
        assert_eq!(units.len(), 10);
        for unit in units {
            assert!(unit.standing == Standing::Special && !is_uk_force(unit), "{}", unit.name);
            assert!(REGION_FORCES.iter().all(|(_, forces)| !forces.contains(&unit.name)), "{} in no region", unit.name);
        }
    }

    #[test]
    fn irelands_police_is_named_in_irish_and_english_but_is_not_a_uk_force() {
        assert_eq!(
            names("An Garda Síochána logged 410 reports, and Gardai in Donegal made arrests."),
            ["An Garda Síochána", "An Garda Síochána"]
        );
        assert_eq!(
            names("A Garda Siochana spokesman said the PSNI agreed."),
            ["An Garda Síochána", "Police Service of Northern Ireland"]
        );
        assert!(by_name("An Garda Síochána").is_some_and(|p| p.standing == Standing::Abroad && !is_uk_force(p)));
    }

    #[test]
    fn forces_are_named_by_their_initials_where_newsrooms_use_them() {
        assert_eq!(names("Firms in the WMP area made 3,100 reports."), ["West Midlands Police"]);
        assert_eq!(names("TVP and WYP both recorded rises."), ["Thames Valley Police", "West Yorkshire Police"]);
    }

    #[test]
    fn the_crown_dependencies_forces_are_named_but_are_not_uk_forces() {
        assert_eq!(
            names("The Isle of Man Police and the States of Jersey Police met Guernsey Police officers."),
            ["Isle of Man Constabulary", "States of Jersey Police", "Guernsey Police"]
        );
        assert_eq!(
            names("Figures from Jersey and the Isle of Man were lower."),
            ["States of Jersey Police", "Isle of Man Constabulary"]
        );
        // The American state is no island's force.
        assert_eq!(names("New Jersey police recorded 900."), Vec::<&str>::new());
        let crown: Vec<&str> =
            PLACES.iter().filter(|p| p.standing == Standing::CrownDependency).map(|p| p.name).collect();
        assert_eq!(crown, ["Isle of Man Constabulary", "States of Jersey Police", "Guernsey Police"]);
        assert!(crown.iter().all(|f| by_name(f).is_some_and(|p| p.scope == Scope::Force && !is_uk_force(p))));
    }

    #[test]
    fn gazetteer_holds_every_uk_police_force() {
        let forces = PLACES.iter().filter(|p| is_uk_force(p)).count();
        assert_eq!(forces, 46, "43 territorial forces, Police Scotland, PSNI and BTP");
    }

    #[test]
    fn the_english_regions_and_wales_hold_each_territorial_force_once() {
        let regions = ["North East", "North West", "Yorkshire and the Humber", "Midlands", "East of England", "London"];
        let regions = regions.iter().chain(&["South East", "South West", "Wales"]);
        let mut held: Vec<&str> = Vec::new();
        for name in regions {
            let region = by_name(name).filter(|p| p.scope == Scope::Region);
            let forces = region.map(forces_in).unwrap_or_default();
            assert!(!forces.is_empty(), "{name}");
            held.extend(forces.iter().map(|f| f.name));
        }
        held.sort_unstable();
        let before = held.len();
        held.dedup();
        assert_eq!(before, held.len(), "a force in two regions");
        assert_eq!(held.len(), 43, "every territorial force of England and Wales");
        for (region, forces) in REGION_FORCES {
            assert!(by_name(region).is_some_and(|p| p.scope == Scope::Region), "{region}");
            assert_eq!(
                forces.len(),
                by_name(region).map(forces_in).map_or(0, |f| f.len()),
                "{region}: a name is wrong"
            );
        }
        assert!(by_name("Cleveland Police").map(forces_in).is_some_and(|f| f.is_empty()));
    }

    #[test]
    fn every_alias_is_found_in_text_as_its_own_place() {
        for place in PLACES {
            for alias in place.aliases {
                let text = format!("Figures from {alias} show a rise.");
                let found = mentions(&text);
                assert!(found.iter().any(|m| m.place == place), "{alias} -> {found:?}");
            }
        }
    }

    #[test]
    fn longest_name_wins_where_names_overlap() {
        assert_eq!(names("North Yorkshire Police recorded a rise"), ["North Yorkshire Police"]);
        assert_eq!(names("in the South Wales area"), ["South Wales Police"]);
        assert_eq!(names("across England and Wales"), [NATIONAL]);
        assert_eq!(names("the City of London force"), ["City of London Police"]);
    }

    #[test]
    fn newsroom_abbreviations_of_county_forces_name_them() {
        // Graphics captions and scripts shorten the county: "N YORKS 702", "W Mids".
        assert_eq!(names("GRAPHIC: N YORKS 702 / S YORKS 1,410"), ["North Yorkshire Police", "South Yorkshire Police"]);
        assert_eq!(names("West Yorks officers said"), ["West Yorkshire Police"]);
        assert_eq!(names("a W Mids spokesman"), ["West Midlands Police"]);
    }

    #[test]
    fn common_words_in_lower_case_are_not_places() {
        assert!(names("officers met with parents in kent street").is_empty());
        assert_eq!(names("officers met the Met's team"), ["Metropolitan Police"]);
        assert_eq!(names("Met records 9,234 child sex crimes"), ["Metropolitan Police"]);
        assert!(names("The Met Office issued a warning").is_empty());
    }

    #[test]
    fn london_boroughs_are_found_apart_from_the_gazetteer() {
        let found: Vec<(&str, bool)> = borough_mentions("Tower Hamlets, Newham and Richmond; Kingston   upon Thames")
            .into_iter()
            .map(|(m, ambiguous)| (m.place.name, ambiguous))
            .collect();
        assert_eq!(
            found,
            [
                ("Tower Hamlets", false),
                ("Newham", false),
                ("Richmond upon Thames", true),
                ("Kingston upon Thames", true)
            ]
        );
        assert!(borough_mentions("tower hamlets").is_empty());
        assert!(names("Croydon recorded 104").is_empty(), "not in the gazetteer of forces and regions");
        assert_eq!(LONDON_BOROUGHS.len(), 32);
    }

    #[test]
    fn police_scotland_divisions_take_their_division_names() {
        assert_eq!(names("Edinburgh recorded 204"), ["Edinburgh City"]);
        assert_eq!(names("Edinburgh City: 204"), ["Edinburgh City"]);
    }

    #[test]
    fn all_the_forces_of_a_region_together_are_the_region() {
        let forces = |names: &[&str]| names.iter().filter_map(|n| by_name(n)).collect::<Vec<_>>();
        let wales = forces(&["Gwent Police", "North Wales Police", "South Wales Police", "Dyfed-Powys Police"]);
        assert_eq!(region_of_forces(&wales).map(|p| p.name), Some("Wales"));
        let some = forces(&["Gwent Police", "North Wales Police", "South Wales Police"]);
        assert_eq!(region_of_forces(&some), None, "three of the four are not the region");
        let same_forces = forces(&[
            "Wiltshire Police",
            "Dorset Police",
            "Avon and Somerset Police",
            "Gloucestershire Constabulary",
            "Devon and Cornwall Police",
        ]);
        assert_eq!(region_of_forces(&same_forces).map(|p| p.name), Some("South West"));
        assert_eq!(region_of_forces(&forces(&["Kent Police"])), None);
    }

    #[test]
    fn capitals_hyphens_and_ampersands_do_not_hide_a_force() {
        assert_eq!(names("CHESHIRE Police have recorded"), ["Cheshire Constabulary"]);
        assert_eq!(names("the North-East forces"), ["North East"]);
        assert_eq!(names("Avon & Somerset saw a rise"), ["Avon and Somerset Police"]);
        // A unitary area named after another force's county is on its own force's ground.
        assert_eq!(names("in North East Lincolnshire"), ["Humberside Police"]);
        assert_eq!(names("across South Gloucestershire"), ["Avon and Somerset Police"]);
        assert_eq!(names("across Lincolnshire"), ["Lincolnshire Police"]);
        assert_eq!(names("in Dyfed Powys"), ["Dyfed-Powys Police"]);
    }

    #[test]
    fn national_scopes_are_recognised_in_lower_case() {
        assert_eq!(names("nationally, the total rose"), [NATIONAL]);
        assert_eq!(names("offences across the country"), [NATIONAL]);
        assert_eq!(names("forces across the UK"), [NATIONAL]);
    }

    #[test]
    fn users_reach_a_london_borough_by_name_or_typo() {
        let lewisham = named("Lewisham").unwrap();
        assert_eq!(lookup("lewisham"), Lookup::Found(lewisham));
        assert_eq!(lookup("Lewishem"), Lookup::Found(lewisham));
        assert_eq!(lookup("Kingston"), Lookup::Found(named("Kingston upon Thames").unwrap()));
        assert!(complete("Lewi", 5).contains(&lewisham));
        // Forces keep their own names: "Surrey" is not the borough of Sutton.
        assert_eq!(lookup("Surrey"), Lookup::Found(by_name("Surrey Police").unwrap()));
        assert!(by_name("Lewisham").is_none(), "boroughs are places to extraction only in context");
    }

    #[test]
    fn users_reach_a_force_by_name_alias_or_typo() {
        for typed in
            ["Cleveland", "cleveland", "Cleveland Police", "clevland", "the Cleveland police area", "Clevland Polise"]
        {
            assert_eq!(lookup(typed), Lookup::Found(by_name("Cleveland Police").unwrap()), "{typed}");
        }
        assert_eq!(lookup("the met"), Lookup::Found(by_name("Metropolitan Police").unwrap()));
        assert_eq!(lookup("PSNI"), Lookup::Found(by_name("Police Service of Northern Ireland").unwrap()));
        assert_eq!(lookup("durham constabulary"), Lookup::Found(by_name("Durham Constabulary").unwrap()));
    }

    #[test]
    fn unknown_places_get_suggestions_not_a_guess() {
        match lookup("Atlantis") {
            Lookup::NotFound { suggestions } => assert_eq!(suggestions.len(), 3),
            found => panic!("Atlantis resolved to {found:?}"),
        }
        assert_eq!(lookup("   "), Lookup::NotFound { suggestions: vec![] });
    }

    #[test]
    fn autocomplete_offers_prefix_matches_first() {
        let offered = complete("clev", 25);
        assert_eq!(offered.first().map(|p| p.name), Some("Cleveland Police"));
        let offered = complete("north", 25);
        assert!(offered.iter().any(|p| p.name == "Northumbria Police"));
        assert!(offered.iter().any(|p| p.name == "North Yorkshire Police"));
        assert!(complete("", 25).len() <= 25);
    }

    #[test]
    fn every_council_area_is_listed_under_a_force_once() {
        let mut seen = std::collections::HashSet::new();
        for &(force, areas) in AREAS.iter().chain(AMBIGUOUS_AREAS) {
            assert_eq!(by_name(force).map(|p| p.scope), Some(Scope::Force), "{force}");
            for area in areas {
                assert!(seen.insert(*area), "{area} listed twice");
                assert!(area.starts_with(|c: char| c.is_uppercase()), "{area}");
            }
        }
        assert!(seen.len() > 350, "{}", seen.len());
    }

    #[test]
    fn every_scottish_council_area_is_found_as_an_area_or_a_division() {
        let councils = [
            "Aberdeen City",
            "Aberdeenshire",
            "Argyll and Bute",
            "City of Edinburgh",
            "Clackmannanshire",
            "Dumfries and Galloway",
            "Dundee City",
            "East Ayrshire",
            "East Dunbartonshire",
            "East Lothian",
            "East Renfrewshire",
            "Falkirk",
            "Fife",
            "Glasgow City",
            "Inverclyde",
            "Midlothian",
            "Moray",
            "Na h-Eileanan Siar",
            "North Ayrshire",
            "North Lanarkshire",
            "Orkney Islands",
            "Perth and Kinross",
            "Renfrewshire",
            "Scottish Borders",
            "Shetland Islands",
            "South Ayrshire",
            "South Lanarkshire",
            "Stirling",
            "West Dunbartonshire",
            "West Lothian",
        ];
        for name in councils {
            let text = format!("Figures for {name} rose.");
            let area = all_area_mentions(&text).into_iter().any(|m| text.get(m.range) == Some(name));
            let division = mentions(&text).iter().any(|m| text.get(m.range.clone()) == Some(name));
            assert!(area || division, "{name}");
        }
        // The two named like a person or a word are found, marked as such.
        for name in ["Angus", "Highland"] {
            let text = format!("Figures for {name} rose.");
            let found = all_area_mentions(&text);
            assert!(found.iter().all(|m| m.ambiguous && m.force == "Police Scotland") && found.len() == 1, "{name}");
            assert!(area_mentions(&text).is_empty(), "{name}");
        }
    }

    #[test]
    fn police_scotland_has_thirteen_divisions() {
        let parts = PLACES.iter().filter(|p| p.scope == Scope::Region && forces_in(p).is_empty());
        let (legacy, divisions): (Vec<_>, Vec<_>) = parts.partition(|p| is_legacy_scottish_force(p));
        assert_eq!(divisions.len(), 13);
        assert_eq!(legacy.len(), 8, "each of the legacy forces is in the gazetteer");
    }

    #[test]
    fn scotlands_legacy_forces_are_places_of_their_own_not_forces_or_divisions() {
        assert_eq!(PLACES.iter().filter(|p| is_uk_force(p)).count(), 46, "UK forces policing today");
        assert_eq!(
            names("Tayside Police logged 310 and Fife Constabulary 205."),
            ["Tayside Police", "Fife Constabulary"]
        );
        assert_eq!(
            names("Grampian Police said crimes fell; the Grampian division agreed."),
            ["Grampian Police", "North East Scotland"]
        );
        assert_eq!(names("Figures from Lothian and Borders rose."), ["Lothian and Borders Police"]);
        assert_eq!(names("the Lothians and Scottish Borders division"), ["Lothians and Scottish Borders"]);
        assert!(matches!(lookup("Strathclyde"), Lookup::Found(p) if p.name == "Strathclyde Police"));
        assert!(matches!(lookup("northern constabulary"), Lookup::Found(p) if p.name == "Northern Constabulary"));
        assert!(matches!(lookup("Tayside"), Lookup::Found(p) if p.name == "Tayside"), "the division keeps its name");
        assert!(matches!(lookup("Tayside Police"), Lookup::Found(p) if p.name == "Tayside Police"));
        assert!(matches!(lookup("fife constabulary"), Lookup::Found(p) if p.name == "Fife Constabulary"));
    }

    #[test]
    fn council_areas_are_found_as_printed_with_their_force() {
        let found = |text: &str| -> Vec<(String, &str)> {
            area_mentions(text).into_iter().map(|m| (text[m.range].to_string(), m.force)).collect()
        };
        assert_eq!(
            found("Figures for Stoke on Trent and Newcastle-under-Lyme rose."),
            [
                ("Stoke on Trent".to_string(), "Staffordshire Police"),
                ("Newcastle-under-Lyme".to_string(), "Staffordshire Police")
            ]
        );
        // The longest name wins; a force's own name is left to the forces.
        assert_eq!(found("In Brighton and Hove, Sussex"), [("Brighton and Hove".to_string(), "Sussex Police")]);
        assert!(found("Cheshire, Cornwall and Somerset Police").iter().all(|(w, _)| w == "Somerset"));
        // Printed without its commas, or with "&", a name is still found.
        assert_eq!(
            found("Ards & North Down and Armagh City Banbridge & Craigavon"),
            [
                ("Ards & North Down".to_string(), "Police Service of Northern Ireland"),
                ("Armagh City Banbridge & Craigavon".to_string(), "Police Service of Northern Ireland")
            ]
        );
        // Printed in lower case, a name is a word.
        assert!(found("they were reading the report").is_empty());
    }

    #[test]
    fn a_regions_other_names_of_its_own_are_found_as_the_region_and_told_apart_from_spellings() {
        assert_eq!(
            names("Police in Yorkshire and across the Eastern Region"),
            ["Yorkshire and the Humber", "East of England"]
        );
        assert_eq!(own_name("the Eastern Region"), Some("Eastern region"));
        assert_eq!(own_name("Yorkshire"), Some("Yorkshire"));
        assert_eq!(own_name("the North-East"), None);
        assert_eq!(own_name("Yorkshire and Humber"), None);
        assert!(matches!(lookup("Yorkshire"), Lookup::Found(p) if p.name == "Yorkshire and the Humber"));
    }

    #[test]
    fn a_unitary_area_named_after_another_forces_county_is_an_area_of_its_own_force() {
        let found = |text: &str| -> Vec<(String, &str)> {
            area_mentions(text).into_iter().map(|m| (text[m.range].to_string(), m.force)).collect()
        };
        assert_eq!(
            found("Figures for South Gloucestershire and North Lincolnshire rose."),
            [
                ("South Gloucestershire".to_string(), "Avon and Somerset Police"),
                ("North Lincolnshire".to_string(), "Humberside Police")
            ]
        );
        // Named alone, it is still its own force's ground, not the county's force.
        assert_eq!(names("across South Gloucestershire"), ["Avon and Somerset Police"]);
    }
}
