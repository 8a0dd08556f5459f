//! Lists: places named together ("Dorset, Wiltshire and Devon and Cornwall") read as one
//! place, a table's force heading, values paired with years or places "respectively", and
//! a table's columns as its header names them (years, ranks, rates, changes).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::and_list;
use super::kinds::Candidate;
use super::locate::{is_borough, is_named_area, place_mentions};
use super::nouns::{head_noun, Noun};
use super::tables::{label_holds, Holds};
use super::{head, tail, Found};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::extract::places::{self, Place, Scope, NATIONAL};
use crate::model::{Kind, Period};

/// Places named together ("Thames Valley, Avon and Somerset and Dorset"): one place.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) range: Range<usize>,
    pub(super) places: Vec<&'static Place>,
    /// For one part of a force's ground printed under another of its names ("Glasgow" for
    /// the Greater Glasgow division, "Kensington & Chelsea"): the name as printed.
    pub(super) printed: Option<String>,
}

impl Group {
    /// Whether the text can go on about the group as one place: not a list of several forces
    /// ("as the Met, West Midlands and Greater Manchester top the table", "Five forces,
    /// including Lincolnshire and Gwent, did not reply"), which a later figure is for none of.
    pub(super) fn carries(&self) -> bool {
        self.places.len() == 1
            || self.places.iter().any(|p| p.scope != Scope::Force && !is_borough(p))
            || places::region_of_forces(&self.places).is_some()
    }

    /// The canonical name: `national` if any member is national, the region if the members
    /// are all its forces ("Northumbria, Durham and Cleveland police": the North East), a part
    /// of a force's ground as printed, else members joined.
    pub(super) fn name(&self) -> String {
        if self.places.iter().any(|p| p.scope == Scope::National) {
            return NATIONAL.to_string();
        }
        if let Some(region) = places::region_of_forces(&self.places) {
            return region.name.to_string();
        }
        if let (Some(printed), [_]) = (&self.printed, self.places.as_slice()) {
            return printed.clone();
        }
        let names: Vec<&str> = self.places.iter().map(|p| p.name).collect();
        and_list(&names).unwrap_or_default()
    }
}

/// What may stand between places of one list: ", ", " and ", " & ", ", and the ".
static CONNECTOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?$"));

/// What else joins places into one list: "in England and Wales as well as British Transport
/// Police", "Kent, along with Essex".
static ALONG_WITH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*,?\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s+(?:the\s+)?$"));

/// "Unlike its neighbour ", ", like neighbouring ", "Like ": words ending on a place a
/// figure is likened to or set apart from, which is not where the figure is.
static LIKENED_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[,;(]\s*)(?:[Ll]ike|[Uu]nlike)\s+(?:(?:its|their)\s+(?:\w+\s+)?neighbours?\s+|(?:neighbouring|nearby)\s+|the\s+)?$",
    )
});

/// " and ", " or ": what joins a second place to the one before it, without a comma.
static JOINED_BY_AND: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:and|or)\s+(?:the\s+)?$"));

/// "'s neighbour,", "'s larger neighbour -": a possessive, a noun (with a word or two before
/// it) and the comma or dash closing an apposition.
static POSSESSIVE_APPOSITION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^['’]s(?:\s+[a-z][a-z-]*){1,3}\s*(?:,|\s[-–—]\s)"));

/// What introduces a list that only spells out the place before it: "Wales - Gwent, …".
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:-|\(|:)\s*(?:the\s+)?$"));

/// Place mentions of `s` joined into lists, apposition lists dropped; with `areas`, for a
/// text about London, its boroughs too.
pub(super) fn place_groups(s: &str, areas: bool) -> Vec<Group> {
    place_groups_scanned(s, areas, &places::mentions(s), &places::all_area_mentions(s))
}

/// [`place_groups`], given the gazetteer's [`places::mentions`] of `s` and its council areas,
/// [`places::all_area_mentions`], already scanned.
pub(super) fn place_groups_scanned(
    s: &str,
    areas: bool,
    mentions: &[places::Mention],
    area_mentions: &[places::AreaMention],
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // End of the last mention dropped as part of an apposition list, which its list continues.
    let mut skipped_to: Option<usize> = None;
    // End of the last place a figure was likened to ("Unlike Kent and Essex, …").
    let mut likened_to: Option<usize> = None;
    for (range, place) in place_mentions(s, areas, mentions, area_mentions) {
        let joined_to_likened =
            likened_to.is_some_and(|end| JOINED_BY_AND.is_match(s.get(end..range.start).unwrap_or("")));
        if joined_to_likened || (s.contains("ike") && LIKENED_TO.is_match(tail(s, range.start))) {
            likened_to = Some(range.end);
            continue;
        }
        likened_to = None;
        if let Some(end) = skipped_to {
            if CONNECTOR.is_match(s.get(end..range.start).unwrap_or("")) {
                skipped_to = Some(range.end);
                continue;
            }
            skipped_to = None;
        }
        if let Some(last) = groups.last_mut() {
            let gap = s.get(last.range.end..range.start).unwrap_or("");
            // "Across the East Midlands, Nottinghamshire Police (402), …", "Nationally, Police
            // Scotland dealt with …": a region, or the country opening the sentence, and a
            // comma set the scene for the forces after them; they are not listed with them.
            // ("In London, the Metropolitan Police says …": so with "the" before the force.)
            let comma = gap.trim().strip_suffix("the").unwrap_or(gap.trim()).trim_end() == ",";
            let frame = comma
                && place.scope == Scope::Force
                && match last.places.as_slice() {
                    [p] if p.scope == Scope::Region => true,
                    [p] if p.scope == Scope::National => opens_as_frame(s, &last.range),
                    _ => false,
                };
            // "Across Scotland, Fife division logged …": so is a nation a force polices whole,
            // opening the sentence, for a part of that force's ground after it.
            // "In the Highlands and Islands, Northern Constabulary dealt with …": so is a region
            // opening the sentence for one of Scotland's legacy forces after it, which policed it.
            let frame = frame
                || comma
                    && places::is_legacy_scottish_force(place)
                    && matches!(last.places.as_slice(), [p] if p.scope == Scope::Region && !places::is_legacy_scottish_force(p))
                    && opens_as_frame(s, &last.range);
            let frame = frame
                || comma
                    && is_part_of_a_force(place)
                    && matches!(last.places.as_slice(), [p] if places::polices_a_nation(p))
                    && opens_as_frame(s, &last.range);
            // "Cleveland Police, Durham's neighbour, recorded 201": a place in a possessive
            // apposition describes the place before it; it is no member of a list with it,
            // nor the place of what the sentence goes on to say.
            if gap.trim() == "," && POSSESSIVE_APPOSITION.is_match(head(s, range.end)) {
                continue;
            }
            if (CONNECTOR.is_match(gap) || ALONG_WITH.is_match(gap)) && !frame {
                last.range.end = range.end;
                if !last.places.contains(&place) {
                    last.places.push(place);
                }
                continue;
            }
            if APPOSITION.is_match(gap) {
                skipped_to = Some(range.end);
                continue;
            }
        }
        let printed = printed_part(s, &range, place);
        groups.push(Group { range, places: vec![place], printed });
    }
    groups
}

/// "Nationally, …", "Across the UK, …", "In England and Wales, …": the country opening a
/// sentence as an adverb or after a preposition, the frame of what follows. (Opening it
/// bare, "England and Wales, Scotland and …", it may head a list of nations.)
fn opens_as_frame(s: &str, range: &Range<usize>) -> bool {
    let before = s.get(..range.start).unwrap_or("x").trim();
    let before = before.strip_suffix(" the").or_else(|| before.strip_suffix(" The")).unwrap_or(before);
    let words = s.get(range.clone()).unwrap_or("");
    let adverb = ["nationally", "nationwide"].iter().any(|w| words.eq_ignore_ascii_case(w));
    (before.is_empty() && adverb)
        || ["in", "across", "throughout", "within"].iter().any(|w| before.eq_ignore_ascii_case(w))
}

/// "division", "local policing division", "policing area", "policing district" after a part
/// of a force's ground: words saying what it is, not part of its name ("Tayside division" is
/// Tayside, as "Kent Police force" is Kent Police).
static DIVISION_WORDS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\s+(?:local\s+)?(?:policing\s+)?(?:division|area|district)$"));

/// The name a part of a force's ground (a London borough, a division of Police Scotland) is
/// printed under at `range`, when that is another of its names ("Glasgow", "Edinburgh"): the
/// text's own name for it is kept. Names in capitals (a headline's) are not. So is a region's
/// other name of its own ("Yorkshire", [`places::OWN_NAMES`]), as listed.
fn printed_part(s: &str, range: &Range<usize>, place: &Place) -> Option<String> {
    if place.scope == Scope::Region {
        if let Some(name) = s.get(range.clone()).and_then(places::own_name) {
            return Some(name.to_string());
        }
    }
    if !is_part_of_a_force(place) {
        return None;
    }
    let words = s.get(range.clone())?.trim();
    let words = words.strip_prefix("the ").or_else(|| words.strip_prefix("The ")).unwrap_or(words);
    let words = DIVISION_WORDS.find(words).and_then(|m| words.get(..m.start())).unwrap_or(words);
    let words = city_of_council_area(words, head(s, range.end));
    let words = &short_command_unit(words);
    let shouting = !words.chars().any(char::is_lowercase);
    // An area printed in capitals (copy read on air) goes under its listed name.
    if shouting && is_named_area(place) {
        let bare = words.strip_prefix("THE ").unwrap_or(words);
        if let Some(listed) = places::listed_area(bare) {
            return Some(listed.to_string());
        }
    }
    (words != place.name && !shouting && !words.is_empty()).then(|| words.to_string())
}

/// "Central West Basic Command Unit", "North Borough Command Unit": a command unit under the
/// short name forces and reporters give it, "Central West BCU".
fn short_command_unit(words: &str) -> Cow<'_, str> {
    static FULL: LazyLock<Regex> = LazyLock::new(|| compile(r"\s+(?:[Bb]asic|[Bb]orough)\s+[Cc]ommand\s+[Uu]nit$"));
    match FULL.find(words) {
        Some(m) => Cow::Owned(format!("{} BCU", &words[..m.start()])),
        None => Cow::Borrowed(words),
    }
}

/// "the Glasgow City council area", "the City of Edinburgh local authority area": a city council's
/// official name, printed only to say which council's area, is the city the text means;
/// the area goes under the city's everyday name ("Glasgow", "Edinburgh"), the one a reader
/// looks it up by. Printed alone ("In Dundee City, 310 were …"), the name is kept as printed.
fn city_of_council_area<'a>(words: &'a str, after: &str) -> &'a str {
    static COUNCIL_AREA: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:[Cc]ouncil|local\s+authority)\s+area\b"));
    let city = words.strip_suffix(" City").or_else(|| words.strip_prefix("City of "));
    match city {
        Some(city) if !city.is_empty() && COUNCIL_AREA.is_match(after) => city.trim(),
        _ => words,
    }
}

/// Whether `place` is an area inside one force: a London borough or a division of Police
/// Scotland (a region made up of no forces).
pub(super) fn is_part_of_a_force(place: &Place) -> bool {
    is_borough(place) || (place.scope == Scope::Region && places::forces_in(place).is_empty())
}

/// "Burglaries by district, 2023/24:", "Offences recorded by council area:", "WARD BY WARD
/// (incidents, 2023/24)": a heading over a list whose rows are areas inside a force's
/// ground, each named as printed.
pub(super) fn is_area_list_heading(heading: &str) -> bool {
    static BY_AREA: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\bby\s+{AREA_KIND}s?\b")));
    (heading.contains("by ") || heading.contains("BY ") || heading.contains("By ")) && BY_AREA.is_match(heading)
}

/// "Highest rates per 100,000 children, 2023/24:", "Offences per 1,000 residents by
/// force:": a heading over a list whose values are rates.
pub(super) fn is_rate_list_heading(heading: &str) -> bool {
    (heading.contains("rate") || heading.contains("per ")) && label_holds(heading) == Holds::Rate
}

/// The plain numbers of a row of a list of rates: rates, not counts (a percentage or a sum
/// of money says what it is itself, and so does a number with its noun: "98 (5,410
/// offences)"). A row that prints its rate ("West Midlands – 162 per 100,000 (4,788
/// offences)") says itself which number that is.
pub(super) fn list_rates(s: &str, cands: &mut [Candidate]) {
    if cands.iter().any(|c| c.kind == Kind::Rate) {
        return;
    }
    for c in cands.iter_mut().filter(|c| c.kind == Kind::Count && !c.number.percent && !c.number.money) {
        if head_noun(head(s, c.number.range.end)) == Noun::Unknown {
            c.kind = Kind::Rate;
        }
    }
}

/// What each number of a list's row is, as a row whose own words said so printed them:
/// "Leeds: 4,210 burglaries (31.2 per 1,000 households)" is a count, then a rate in brackets.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RowLayout(Vec<Slot>);

/// One number of a [`RowLayout`]: whether it opens a bracket, and its kind.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Slot {
    bracketed: bool,
    kind: Kind,
}

impl RowLayout {
    /// The layout of a row of two or more numbers, each a count or a rate its own words say
    /// is one ("4,210 burglaries", "31.2 per 1,000 households"); a percentage or a sum of
    /// money may stand among them. `None` if any count is bare: the row says nothing then.
    pub(super) fn of(s: &str, cands: &[Candidate]) -> Option<RowLayout> {
        if cands.len() < 2 || !cands.iter().any(|c| c.kind == Kind::Rate) {
            return None;
        }
        let worded = |c: &Candidate| match c.kind {
            Kind::Rate => true,
            Kind::Count => head_noun(s.get(c.number.range.end..).unwrap_or("")) != Noun::Unknown,
            _ => c.number.percent || c.number.money,
        };
        cands
            .iter()
            .all(worded)
            .then(|| RowLayout(cands.iter().map(|c| Slot { bracketed: opens_bracket(s, c), kind: c.kind }).collect()))
    }

    /// A row printing as many numbers, bracketed where the layout's are ("Bradford: 3,390
    /// (27.5)"): each bare count takes the kind of the layout's number in its place.
    pub(super) fn apply(&self, s: &str, cands: &mut [Candidate]) {
        let same_shape = cands.len() == self.0.len()
            && cands.iter().zip(&self.0).all(|(c, slot)| opens_bracket(s, c) == slot.bracketed);
        if !same_shape {
            return;
        }
        for (c, slot) in cands.iter_mut().zip(&self.0) {
            let bare = c.kind == Kind::Count
                && !c.number.percent
                && !c.number.money
                && head_noun(s.get(c.number.range.end..).unwrap_or("")) == Noun::Unknown;
            if bare && slot.kind == Kind::Rate {
                c.kind = Kind::Rate;
            }
        }
    }
}

/// Whether the number of `c` opens a bracket: "(27.5)", "(31.2 per 1,000 households)".
fn opens_bracket(s: &str, c: &Candidate) -> bool {
    s.get(..c.number.range.start).unwrap_or("").trim_end().ends_with('(')
}

/// The kinds of area inside a force's ground that a list or a table's rows may be of:
/// "district", "borough", "council area", "local policing area", "community safety
/// partnership".
pub(super) const AREA_KIND: &str = r"(?:district|borough|council(?:\s+area)?|local\s+authority(?:\s+area)?|local\s+(?:policing\s+)?area|policing\s+(?:area|district)|community\s+safety\s+partnership(?:\s+area)?|csp|division|neighbourhood|ward|town|city)";

/// Whether a row's name is no area's: "Total", "Other", "All areas", "Unknown", "Force
/// total", "Force average", "Median".
pub(super) fn is_summary_label(label: &str) -> bool {
    let first = label.split_whitespace().next().unwrap_or(label).to_lowercase();
    matches!(first.as_str(), "total" | "totals" | "overall" | "other" | "others" | "unknown" | "all" | "not" | "grand")
        || label.split_whitespace().any(|w| ["total", "totals", "Total", "Totals"].contains(&w))
        || average_of(label).is_some()
}

/// "National average", "England and Wales mean", "Force average", "Median": a row of an
/// average, and what it is the average of (empty for a bare "Median").
fn average_of(label: &str) -> Option<&str> {
    const AVERAGES: &[&str] = &["average", "mean", "median"];
    let mut words = label.split_whitespace();
    let last = words.next_back()?;
    AVERAGES
        .iter()
        .any(|a| last.eq_ignore_ascii_case(a))
        .then(|| label.trim_end().get(..label.trim_end().len() - last.len()).unwrap_or("").trim())
}

/// What stands between the name of a list's row and its value, in normalised text (dashes
/// are "-"): "Kent: 410", "Kent - 410", "Kent | 410", "Wigan ....... 310".
pub(super) const ROW_SEPARATOR: &str = r"(?:\s*:|\s+-|\s*\||\s*(?:\.{2,}|…+))\s*";

/// "Wigan ....... 310", "Bassetlaw: 96", "- St Albans - 41": the area a row of a list of
/// areas names before its value, as printed (the gazetteer need not know it).
pub(super) fn area_row_label(s: &str) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"^\s*(?:[-*•]\s*)?([A-Z][\w'’-]*(?:\s+(?:(?:and|&|upon|on|in|under|with|of|the)\s+)*[A-Z][\w'’-]*)*)\s*\*?{ROW_SEPARATOR}[(+\-]?£?\d"
        ))
    });
    let label = LABEL.captures(s).and_then(|c| c.get(1))?.as_str();
    printed_area(label)
}

/// The area a row names as `label`: "Total: 4,100", "Other: 12", "Force average: 8.1" are
/// no area's row, but "National average: 6.9" is the country's; "GMP: 310", "England and
/// Wales: 402,000", "North West: 41,200" are the force, country or region the gazetteer
/// names; any other name, a division or a council area the gazetteer also knows
/// ("Edinburgh", which it calls "Edinburgh City"; "South Gloucestershire", which it also
/// knows as its force's alias) included, is kept as printed.
pub(super) fn printed_area(label: &str) -> Option<String> {
    if let Some(of) = average_of(label) {
        let national =
            of.eq_ignore_ascii_case("national") || places::by_alias(of).is_some_and(|p| p.scope == Scope::National);
        return national.then(|| NATIONAL.to_string());
    }
    if label.is_empty() || is_summary_label(label) {
        return None;
    }
    let label = without_unit_word(label);
    // "South Gloucestershire: 2,245": a council area also known as its force's alias is the area.
    let area = || places::area_mentions(label).first().is_some_and(|m| m.range == (0..label.len()));
    let known = places::by_alias(label).filter(|p| !is_part_of_a_force(p) && !area());
    Some(known.map_or_else(|| label.to_string(), |p| p.name.to_string()))
}

/// "Highlands and Islands division", "Swansea council area", "Mid Ulster policing district":
/// a row's name that is a place the gazetteer knows with the word for what kind of area it
/// is after it names that place, as the body names it. An area whose own name ends in such a
/// word ("Belfast City", "Derby City") keeps it.
fn without_unit_word(label: &str) -> &str {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(.+?)\s+(?:policing\s+|local\s+policing\s+)?(?:division|district|council\s+area|local\s+authority(?:\s+area)?|area)$",
        )
    });
    let area = |name: &str| places::area_mentions(name).first().is_some_and(|m| m.range == (0..name.len()));
    let Some(name) = UNIT.captures(label).and_then(|c| c.get(1)).map(|m| m.as_str()) else { return label };
    if area(label) || !(area(name) || places::by_alias(name).is_some()) {
        return label;
    }
    name
}

/// A line that is nothing but a place's name (a table heading such as "Dorset Police").
pub(super) fn heading_place(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches(':');
    if line.is_empty() || line.len() > 60 || line.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // A line of more than six words is no heading, whatever places it names: counted before
    // the places are read, as reading them costs far more.
    let words = line.split_whitespace().count();
    if words > 6 {
        return None;
    }
    let found = place_groups(line, false);
    let covered: usize = found.iter().map(|g| g.range.len()).sum();
    (found.len() == 1 && covered * 10 >= line.len() * 6).then(|| found[0].name())
}

/// "Bradford", "## Blackburn with Darwen": a line that is nothing but the name of one
/// council area or city (not one as often something else, "Angus"), as a heading over a
/// section about it. Not one in capitals, as a dateline may print it.
pub(super) fn area_heading(line: &str) -> Option<String> {
    const MAX_LEN: usize = 40;
    let line = line.trim().trim_matches(['#', '*', '_', ':', ' ']);
    if line.is_empty() || line.len() > MAX_LEN || !line.chars().any(char::is_lowercase) {
        return None;
    }
    match places::area_mentions(line).as_slice() {
        [m] if m.range == (0..line.len()) => Some(line.to_string()),
        _ => None,
    }
}

/// "## 2019/20", "<h2>The year to March 2021</h2>": a line that is nothing but one financial
/// year (with at most two words beside it), as a heading over a section about that year, in
/// a timeline or a year-by-year story. Not a line naming a source or a publication date
/// ([`labels_a_source`]).
pub(super) fn year_heading(line: &str) -> Option<Period> {
    const MAX_LEN: usize = 40;
    let line = line.trim().trim_matches(['#', '*', '_', ':', ' ']);
    if line.is_empty() || line.len() > MAX_LEN {
        return None;
    }
    let times = periods::scan(line);
    let [only] = times.as_slice() else { return None };
    let year = only.year()?;
    let rest = [line.get(..only.range.start).unwrap_or(""), line.get(only.range.end..).unwrap_or("")].concat();
    let words = rest.split_whitespace().count();
    (words <= 2 && !rest.contains(|c: char| c.is_ascii_digit()) && !labels_a_source(&rest)).then_some(year)
}

/// "Source: ONS, 2021/22", "Published: 2022/23", "Data: Home Office": words saying where
/// figures come from or when a page was put out, a line of which heads no section.
fn labels_a_source(words: &str) -> bool {
    const LABELS: &[&str] = &["source", "sources", "published", "updated", "data", "credit", "copyright", "ons"];
    words.split(|c: char| !c.is_alphanumeric()).any(|w| LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// "What the force says", "## The national picture": a short line with no number and no
/// closing punctuation, set as a heading.
pub(super) fn is_heading_line(line: &str) -> bool {
    is_heading_shaped(line) && !line.contains(|c: char| c.is_ascii_digit())
}

/// A short line (marks of emphasis or a heading aside) starting with a capital and ending on
/// no sentence mark: a heading, or a crosshead with its figure ("Burglary falls 7%").
pub(in crate::extract::figures) fn is_heading_shaped(line: &str) -> bool {
    const MAX_LEN: usize = 60;
    let line = line.trim().trim_matches(['#', '*', '_', ' ']);
    line.len() <= MAX_LEN
        && line.starts_with(|c: char| c.is_uppercase())
        && !line.ends_with(['.', '!', '?', ':', ';', ',', '"', '\''])
}

/// A heading over a box of the article's own numbers: "Key figures", "In numbers", "At a
/// glance", "Fact file". What follows it is about what the article is about, not about the
/// place the text before it ended on.
pub(super) fn is_summary_heading(line: &str) -> bool {
    const MAX_LEN: usize = 40;
    static SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:the\s+)?(?:key\s+(?:figures|facts|numbers|statistics|stats|findings)|(?:the\s+)?(?:figures|numbers|facts)\s+at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|at\s+a\s+glance|fact\s*(?:file|box|sheet)|the\s+numbers)\s*:?$",
        )
    });
    let line = line.trim().trim_matches(['*', '_', '#', ' ']);
    line.len() <= MAX_LEN && SUMMARY.is_match(line)
}

/// A row of a list or table that opens on its place: "Metropolitan Police: 1,386 (+9%)",
/// "Kent Police | 302 | -12%", "3   Essex Police   251   297". Each row is about its own
/// place; the text after the list is about what it was about before.
pub(super) fn is_row(s: &str, groups: &[Group]) -> bool {
    static AFTER_PLACE: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\s*[:|–-]|\s{2,}\d)"));
    static RANK: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\d{1,2}[.)]?\s+)?$"));
    let Some(first) = groups.first() else { return false };
    s.contains('|')
        || (RANK.is_match(s.get(..first.range.start).unwrap_or("x"))
            && AFTER_PLACE.is_match(s.get(first.range.end..).unwrap_or("")))
}

/// "<force>, <the ground or wider area it covers>: <count> offences (<count>)": a list
/// row whose label, before its colon, opens on one force, with no other force beside it
/// (whatever part of its ground or wider area the label goes on to name): the row is that
/// force's.
pub(super) fn row_label_force(s: &str, groups: &[Group]) -> Option<&'static Place> {
    static RANK: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\d{1,2}[.)]?\s+)?$"));
    let first = groups.first()?;
    let label_end = s.find(':')?;
    let force = *first.places.first()?;
    let alone = first.places.iter().filter(|p| p.scope == Scope::Force).count() == 1;
    let opens = RANK.is_match(s.get(..first.range.start).unwrap_or("x"));
    let others_in_label = groups.iter().skip(1).any(|g| g.range.start < label_end);
    let before_digits = !s.get(..label_end).unwrap_or("").contains(|c: char| c.is_ascii_digit());
    (force.scope == Scope::Force && alone && opens && first.range.end <= label_end && !others_in_label && before_digits)
        .then_some(force)
}

/// A section heading naming its place before a colon: "ESSEX: Domestic abuse down again".
pub(super) fn section_place(line: &str) -> Option<String> {
    let (head, rest) = line.split_once(':')?;
    (!rest.trim().is_empty()).then(|| heading_place(head)).flatten()
}

/// The first cell of a table row with its markup dropped: "Kent Police" of
/// "| **Kent Police** | 412 |".
fn row_label(s: &str) -> Option<&str> {
    s.split('|').map(|c| c.trim().trim_matches(['*', '_']).trim()).find(|c| !c.is_empty())
}

/// A row of a table of forces: one naming a single force notes it (as printed); a "Total"
/// row under them is for those forces together, as the rows print them ("Kent, Essex and
/// PSNI"), or for their region if they make up a whole one. ("All forces" is the country's,
/// not theirs.)
pub(super) fn table_total(s: &str, groups: &[Group], found: &mut [Found], rows: &mut Vec<(&'static Place, String)>) {
    static TOTAL: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:total|totals|combined(?:\s+total)?)(?:\s*\([^()]*\))?:?$"));
    let Some(label) = row_label(s) else { return };
    match groups {
        [g] if g.places.len() == 1
            && g.places[0].scope == Scope::Force
            && label.len() <= 60
            && s.get(g.range.clone()).is_some_and(|name| label.contains(name)) =>
        {
            rows.push((g.places[0], label.to_string()));
        }
        [] if rows.len() >= 2 && TOTAL.is_match(label) => {
            let forces: Vec<&'static Place> = rows.iter().map(|(p, _)| *p).collect();
            let name = match places::region_of_forces(&forces) {
                Some(region) => region.name.to_string(),
                None => {
                    let names: Vec<&str> = rows.iter().map(|(_, n)| n.as_str()).collect();
                    let Some(joined) = and_list(&names) else { return };
                    joined
                }
            };
            for f in found.iter_mut() {
                f.place = Some(name.clone());
            }
        }
        _ => {}
    }
}

/// The candidates printed as one list ("420, 167, 98 and 201"), each run in order; a run of
/// one is a number on its own.
fn value_runs(s: &str, cands: &[Candidate]) -> Vec<Vec<usize>> {
    let linked = |gap: &str| CONNECTOR.is_match(gap) || gap.trim().is_empty();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in 0..cands.len() {
        let joins = i > 0 && linked(s.get(cands[i - 1].number.range.end..cands[i].number.range.start).unwrap_or("x"));
        match runs.last_mut() {
            Some(run) if joins => run.push(i),
            _ => runs.push(vec![i]),
        }
    }
    runs
}

/// "Online offences, 2021/22 and 2022/23", "Burglaries (2022/23 v 2023/24)", "Thefts (2022/23,
/// then 2023/24)": a list heading naming two or more financial years joined as a list, one for
/// each value its rows print side by side, in that order. Empty for a heading naming fewer, or naming them otherwise
/// ("2023/24 (2022/23 in brackets)", "since 2019/20").
pub(super) fn row_years(line: &str, times: &[periods::Mention], about: Option<Period>) -> Vec<Period> {
    static JOINED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s*(?:,|and|&|/|v|vs\.?|versus|,\s*and|,?\s*(?:and\s+)?then|→|->)\s*$"));
    let years: Vec<&periods::Mention> = times.iter().filter(|t| t.year().is_some()).collect();
    if let [only] = years.as_slice() {
        // The year the text is about given first: the year before it next.
        let next = |y: Period| if about.is_some_and(|a| y >= a) { y.previous() } else { y.next() };
        return year_given_first(line, only).map_or_else(Vec::new, |y| vec![y, next(y)]);
    }
    if years.len() < 2 {
        return Vec::new();
    }
    let joined =
        years.windows(2).all(|w| line.get(w[0].range.end..w[1].range.start).is_some_and(|g| JOINED.is_match(g)));
    if !joined {
        return Vec::new();
    }
    years.iter().filter_map(|t| t.year()).collect()
}

/// "with the 2030/31 figure first", "(2030/31 figures first)": a list heading saying its rows
/// print the year it names first, and the year after it next (or the year before, when the
/// year named is the one the text is about). The year, when it says so.
fn year_given_first(line: &str, year: &periods::Mention) -> Option<Period> {
    static FIRST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:figures?|numbers?|totals?|counts?|values?)\s+)?(?:(?:is|are|comes?|given|shown|printed)\s+)?first\b",
        )
    });
    line.get(year.range.end..).is_some_and(|rest| FIRST.is_match(rest)).then_some(year.year()).flatten()
}

/// "Kent: 318 / 412" under "Online offences, 2021/22 and 2022/23": a row printing one value
/// for each year its heading names, side by side with "/" (or an arrow, "318 → 412", or
/// "then", "318, then 412") between, gives each value its year. A change printed in brackets
/// after them ("318 → 412 (up 30%)") is the change between them, of the last year. A row may
/// print several such runs, one for each thing it counts ("all offences: 940 → 1,002;
/// online-flagged: 120 → 131"); a value printed otherwise keeps its own reading.
pub(super) fn side_by_side_years(s: &str, cands: &[Candidate], years: &[Period], found: &mut [Found]) {
    let n = years.len();
    if n < 2 || found.len() != cands.len() {
        return;
    }
    let joined = |a: &Candidate, b: &Candidate| {
        s.get(a.number.range.end..b.number.range.start).is_some_and(|g| {
            let g = g.trim();
            let g = g.strip_prefix(',').unwrap_or(g).trim_start();
            matches!(g, "/" | "→" | "->" | "then" | "and then")
        })
    };
    let mut i = 0;
    while i + n <= cands.len() {
        let run = &cands[i..i + n];
        let side_by_side = run.windows(2).all(|w| joined(&w[0], &w[1]));
        if !side_by_side {
            i += 1;
            continue;
        }
        // Not part of a longer run than the heading has years for.
        let longer = (i > 0 && joined(&cands[i - 1], &cands[i]))
            || cands.get(i + n).is_some_and(|next| joined(&cands[i + n - 1], next));
        if longer {
            return;
        }
        for (f, &year) in found[i..i + n].iter_mut().zip(years) {
            f.period = Some(year);
            f.baseline = false;
        }
        let change_after = cands.get(i + n).filter(|c| {
            c.kind == Kind::PercentChange
                && s.get(cands[i + n - 1].number.range.end..c.number.range.start)
                    .is_some_and(|g| g.trim_start().starts_with('('))
        });
        if change_after.is_some() {
            if let (Some(f), Some(&last)) = (found.get_mut(i + n), years.iter().max()) {
                f.period = Some(last);
                f.baseline = false;
            }
            i += 1;
        }
        i += n;
    }
}

/// "Dorset: 804 (2012/13) → 1,361 (2021/22)", "Dorset Police - 79 in 2030/31, 131 in
/// 2031/32 (+66%)": a list row printing each of its two values with its year (in brackets,
/// or after "in"), an arrow or a comma between them, and maybe their change after; the
/// years, in order, for the rows under it that print their values side by side without them
/// ("Wiltshire: 318 → 590", "Kent Police - 118, then 176").
pub(super) fn arrow_row_years(s: &str, cands: &[Candidate], times: &[periods::Mention]) -> Vec<Period> {
    static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\(|in)\s*$"));
    let (first, second) = match cands {
        [first, second] => (first, second),
        [first, second, change] if change.kind == Kind::PercentChange => (first, second),
        _ => return Vec::new(),
    };
    let year_after = |c: &Candidate| {
        times.iter().find(|m| {
            m.year().is_some()
                && s.get(c.number.range.end..m.range.start).is_some_and(|g| YEAR_BEFORE.is_match(g))
                && (!s.get(c.number.range.end..m.range.start).unwrap_or("").contains('(')
                    || s.get(m.range.end..).is_some_and(|rest| rest.trim_start().starts_with(')')))
        })
    };
    let (Some(a), Some(b)) = (year_after(first), year_after(second)) else { return Vec::new() };
    let joined = s.get(a.range.end..second.number.range.start).is_some_and(|g| {
        let g = g.trim_start().trim_start_matches(')').trim();
        matches!(g, "→" | "->" | ",")
    });
    match (joined, a.year(), b.year()) {
        (true, Some(y1), Some(y2)) if y1 < y2 => vec![y1, y2],
        _ => Vec::new(),
    }
}

/// "That compares to 398, 150, 101 and 176 in 2021/22": a list of values with one year
/// after its last, and none inside it, is all for that year.
pub(super) fn list_year(s: &str, cands: &[Candidate], times: &[periods::Mention], found: &mut [Found]) {
    for run in value_runs(s, cands).into_iter().filter(|r| r.len() >= 2) {
        let (Some(&first), Some(&last)) = (run.first(), run.last()) else { continue };
        let (start, end) = (cands[first].number.range.start, cands[last].number.range.end);
        let next = cands.get(last + 1).map_or(s.len(), |c| c.number.range.start);
        if times.iter().any(|m| m.range.start >= start && m.range.start < end) {
            continue;
        }
        let after = times.iter().find(|m| m.range.start >= end && m.range.end <= next);
        let close = after.filter(|m| s.get(end..m.range.start).is_some_and(|gap| !gap.contains([',', ';', '('])));
        if let Some(When::Year(p)) = close.map(|m| m.when) {
            for &i in &run {
                found[i].period = Some(p);
            }
        }
    }
}

/// "fell from 82 to 64 between 2020/21 and 2021/22": the two ends of a change take the two
/// ends of the span printed right after them.
pub(super) fn from_to_span(s: &str, cands: &[Candidate], times: &[periods::Mention], found: &mut [Found]) {
    static FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bfrom\s+(?:around\s+|about\s+|some\s+)?$"));
    for i in 1..cands.len().min(found.len()) {
        let (a, b) = (&cands[i - 1].number.range, &cands[i].number.range);
        if s.get(a.end..b.start).map(str::trim) != Some("to") || !FROM_BEFORE.is_match(s.get(..a.start).unwrap_or("")) {
            continue;
        }
        let next = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        let span =
            times.iter().find(|m| m.range.start >= b.end && m.range.end <= next && m.when.names_no_financial_year());
        let close = span.filter(|m| s.get(b.end..m.range.start).is_some_and(|gap| gap.split_whitespace().count() <= 3));
        if let Some((first, last)) = close.and_then(|m| s.get(m.range.clone())).and_then(periods::span_ends) {
            found[i - 1].period = Some(first);
            found[i].period = Some(last);
        }
    }
}

/// "… recorded 420, 167, 98 and 201 respectively." then "That compares to 398, 150, 101
/// and 176 in 2021/22.": a list of as many values, in a sentence naming no place, is for
/// the same places in the same order.
pub(super) fn list_places(s: &str, cands: &[Candidate], places: &[&'static Place], found: &mut [Found]) {
    let runs = value_runs(s, cands);
    let [run] = runs.as_slice() else { return };
    if run.len() == places.len() {
        for (&i, place) in run.iter().zip(places) {
            found[i].place = Some(place.name.to_string());
        }
    }
}

/// "151, 187 and 240 for 2015/16, 2016/17 and 2017/18 respectively" and
/// "Merseyside, Cleveland and the West Midlands … 95, 88 and 71 respectively". Returns the
/// places a list of values was matched with.
pub(super) fn respectively(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    groups: &[Group],
    found: &mut [Found],
) -> Option<Vec<&'static Place>> {
    if !s.to_ascii_lowercase().contains("respectively") {
        return None;
    }
    let runs = value_runs(s, cands);
    let years: Vec<Period> =
        times.iter().filter_map(|m| if let When::Year(p) = m.when { Some(p) } else { None }).collect();
    let mut matched = None;
    for run in runs.into_iter().filter(|r| r.len() >= 2) {
        // One list, one kind: "95, 88 and 71 crimes per 100,000 residents respectively".
        if let Some(&last) = run.last() {
            let kind = found[last].kind;
            for &i in &run {
                found[i].kind = kind;
            }
        }
        if years.len() == run.len() {
            for (&i, p) in run.iter().zip(&years) {
                found[i].period = Some(*p);
            }
        } else if let [year] = years.as_slice() {
            for &i in &run {
                found[i].period = Some(*year);
            }
        }
        // The list of places as long as the list of values; else the end of a longer list
        // ("In Wales, North Wales Police and Gwent Police logged 120 and 98 respectively").
        let list = groups
            .iter()
            .find(|g| g.places.len() == run.len())
            .or_else(|| groups.iter().find(|g| g.places.len() > run.len()));
        if let Some(g) = list {
            let members = &g.places[g.places.len() - run.len()..];
            for (&i, place) in run.iter().zip(members) {
                found[i].place = Some(place.name.to_string());
            }
            matched = Some(members.to_vec());
        }
    }
    matched
}

/// "Oldham and Rochdale bucked the trend, with rises of 4.2% and 7.9%", "Wigan and Bolton
/// recorded 412 and 380 respectively": the one list of council areas or cities in a sentence
/// and its one list of as many values of one kind, paired in order, each value for its area
/// as printed. Returns whether it paired them.
pub(super) fn area_list(s: &str, cands: &[Candidate], found: &mut [Found]) -> bool {
    let runs = value_runs(s, cands);
    let mut long = runs.iter().filter(|r| r.len() >= 2);
    let (Some(run), None) = (long.next(), long.next()) else { return false };
    let kind = found.get(run[0]).map(|f| f.kind);
    if run.iter().any(|&i| found.get(i).map(|f| f.kind) != kind) {
        return false;
    }
    let mut lists: Vec<Vec<Range<usize>>> = Vec::new();
    for m in places::area_mentions(s) {
        // "Bolton Wanderers", "Hyndburn Vale": part of a longer name, no area of the list.
        let after = s.get(m.range.end..).unwrap_or("");
        if after.starts_with(' ') && after.trim_start().starts_with(char::is_uppercase) {
            lists.push(Vec::new());
            continue;
        }
        match lists.last_mut() {
            Some(list)
                if list.last().is_some_and(|r| CONNECTOR.is_match(s.get(r.end..m.range.start).unwrap_or("x"))) =>
            {
                list.push(m.range);
            }
            _ => lists.push(vec![m.range]),
        }
    }
    let mut long = lists.iter().filter(|l| l.len() >= 2);
    let (Some(list), None) = (long.next(), long.next()) else { return false };
    if list.len() != run.len() {
        return false;
    }
    for (&i, range) in run.iter().zip(list) {
        if let (Some(f), Some(name)) = (found.get_mut(i), s.get(range.clone())) {
            f.place = Some(name.to_string());
        }
    }
    true
}
