//! Values printed again: a figure in a sentence that restates one read before takes that
//! one's place and year ([`restated`], [`restated_for_named`], [`spoken_again`]).

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap as HashMap;

use super::sources::is_forces_asked;
use crate::extract::figures::lists::place_groups;
use crate::extract::figures::{tail, Found};
use crate::extract::numbers::compile;
use crate::extract::periods;
use crate::extract::places;
use crate::model::{Figure, Kind, Period};

/// A figure in a sentence that names no place which restates one printed before, and so
/// takes its place and year (when all the figures it could restate agree on them):
///
/// - "Almost 1,400 offences in a single year is a number that should stop us", a PCC said of
///   the 1,402 reported: a hedged count in round hundreds within a twentieth of a count
///   printed before, on the side its hedge says (and the sentence prints no other year);
/// - "… and behind the 4% rise are thousands of families": a value printed after "the",
///   "this" or "those" that is one given before, of the same kind.
pub(in crate::extract::figures) fn restated(
    s: &str,
    times: &[periods::Mention],
    earlier: &[Figure],
    found: &mut [Found],
    london: bool,
) {
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
    // "Almost 600 of these thefts involved a van": a part of the whole just counted,
    // not the whole again, however near its value is to a count printed before.
    let part_of_a_whole = |f: &Found| {
        let after = s.get(f.range.end..).unwrap_or("").trim_start();
        ["of those ", "of these ", "of them", "of which", "of whom"].iter().any(|p| after.starts_with(p))
    };
    let rounded = |f: &Found| {
        f.kind == Kind::Count
            && round(f.value)
            && f.qualifier.as_deref().is_some_and(|q| HEDGES.contains(&q))
            && !part_of_a_whole(f)
    };
    let definite = |f: &Found| {
        let before = tail(s, f.range.start);
        let word = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        before.ends_with(' ') && ["the", "this", "that", "these", "those"].iter().any(|w| word.eq_ignore_ascii_case(w))
    };
    // "Wyre accounted for 18 of the 410 thefts", "Of the 62 reports, seven came from
    // Catterick": the whole a part is taken out of, printed after "of the", is that whole
    // again even in a sentence that names the part's place.
    let whole = |f: &Found| {
        let before = tail(s, f.range.start);
        let lead = before.strip_suffix("of the ").or_else(|| before.strip_suffix("Of the "));
        lead.is_some_and(|l| !l.ends_with(char::is_alphanumeric))
    };
    if !found.iter().any(|f| rounded(f) || definite(f)) {
        return;
    }
    // "The 19% rise is revealed in figures obtained from forces across the UK": the forces the
    // figures were gathered from name no place of the figure restated.
    // (The gazetteer is read only for a sentence with such a figure: most have none.)
    let names_place = place_groups(s, london).iter().any(|g| !is_forces_asked(s, g));
    if names_place && !found.iter().any(whole) {
        return;
    }
    let printed_year = times.iter().any(|m| m.year().is_some());
    for f in found.iter_mut() {
        if names_place && !whole(f) {
            continue;
        }
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

/// A value spoken again, as a programme's presenter and guests restate the figures its
/// summary gave, in a sentence naming no place (and no year but the one the figure had):
///
/// - "Amy, 733 stalking offences. Is that a lot?": a value put to someone addressed by name;
/// - "It is up, by about 20 per cent": a hedged value that is exactly one given before;
/// - "When you look back to 2017 the figure was 415": a value "the figure" is said to be.
///
/// It is the figure given before of that kind and value, and takes its place and year, when
/// all those figures agree on them. Values under ten are left alone: they recur by chance.
pub(in crate::extract::figures) fn spoken_again(
    s: &str,
    times: &[periods::Mention],
    earlier: &[Figure],
    found: &mut [Found],
    london: bool,
) {
    static ADDRESSED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?:^|:\s)\s*[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?,\s+(?:so\s+)?$"));
    static THE_FIGURE_WAS: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\bthe\s+(?:figure|number|total|count)\s+(?:was|is|stood\s+at|had\s+been)\s+(?:about\s+)?$")
    });
    const HEDGES: &[&str] = &["about", "around", "roughly", "approximately", "some", "nearly", "almost"];
    let spoken = |f: &Found| {
        let before = tail(s, f.range.start);
        f.value.abs() >= 10.0
            && matches!(f.kind, Kind::Count | Kind::PercentChange)
            && (ADDRESSED.is_match(before)
                || THE_FIGURE_WAS.is_match(before)
                || f.qualifier.as_deref().is_some_and(|q| HEDGES.contains(&q)))
    };
    if !found.iter().any(spoken) || !place_groups(s, london).is_empty() {
        return;
    }
    let years: Vec<(Option<Period>, Option<u16>)> =
        times.iter().map(|m| (m.year(), m.calendar_year())).filter(|&(p, c)| p.is_some() || c.is_some()).collect();
    for f in found.iter_mut().filter(|f| spoken(f)) {
        let (value, kind) = (f.value, f.kind);
        let same: Vec<&Figure> = earlier.iter().filter(|e| e.kind == kind && e.value == value).collect();
        // A year the sentence prints is the year of the figure spoken again.
        let in_its_year = |e: &Figure| {
            years
                .iter()
                .all(|&(p, c)| p.is_some_and(|p| e.period == Some(p)) || c.is_some_and(|c| e.calendar_year == Some(c)))
        };
        if !same.iter().all(|e| in_its_year(e)) {
            continue;
        }
        if let Some((place, period)) = agreed(same.into_iter()) {
            f.place = Some(place);
            f.period = period.or(f.period);
        }
    }
}

/// Whether `exact` is what "`hedge` `round`" says, within a twentieth: "more than 40,000" is
/// not 38,685, "almost 1,400" may loosely be 1,402.
pub(in crate::extract::figures) fn hedged_near(hedge: &str, exact: f64, round: f64) -> bool {
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

/// The figures read so far that have a place, by kind and value, and under each the places
/// they were given with the figures' indices: what [`restated_for_named`] looks a value up
/// in, so that a text printing one value thousands of times stays linear (scanning every
/// earlier figure in every sentence made a long paragraph in a text about London quadratic).
/// A figure given its place after it was read is noted then; periods may still be filled in,
/// so they are read from the figures when asked.
#[derive(Debug, Default)]
pub(in crate::extract::figures) struct PlacedValues {
    by_value: HashMap<(Kind, u64), Vec<PlaceIndices>>,
}

/// A place and the indices of the figures of one value given it.
type PlaceIndices = (String, Vec<usize>);

impl PlacedValues {
    fn key(kind: Kind, value: f64) -> (Kind, u64) {
        (kind, if value == 0.0 { 0 } else { value.to_bits() })
    }

    /// Notes `figures[from..]`, just read.
    pub(in crate::extract::figures) fn note(&mut self, figures: &[Figure], from: usize) {
        for (i, f) in figures.iter().enumerate().skip(from) {
            self.note_one(i, f);
        }
    }

    /// Notes `f`, `figures[i]`, if it has a place: just read, or given its place afterwards
    /// (the ground of the forces figures were gathered from, told in the next sentence).
    pub(in crate::extract::figures) fn note_one(&mut self, i: usize, f: &Figure) {
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
pub(in crate::extract::figures) fn restated_for_named(
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
    let mut named_memo: HashMap<String, bool> = HashMap::default();
    // The Met is named where London, its ground, is ([`london_as_its_force`]).
    let mut named = |place: &str| {
        *named_memo.entry(place.to_string()).or_insert_with(|| {
            let names = |p: &str| groups.iter().any(|g| g.name() == p) || prints_name(s, p);
            names(place) || place == places::LONDONS_FORCE && names(places::LONDON)
        })
    };
    let mut agreed_memo = HashMap::default();
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
