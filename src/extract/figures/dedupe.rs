//! Duplicate removal: a figure printed more than once is kept once.

use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::nouns::{classify_word, Noun};
use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::extract::places;
use crate::model::{Figure, Kind, Measure};

/// A kept figure's index, with the words beside its number that say what it counts: read
/// the first time an unplaced figure of its value asks (most large figures are never asked
/// about), from the sentence and span; a figure kept with no place and later replaced by its
/// placed printing ([`placed_again`]) keeps the words of its first printing.
type Counted = (usize, OnceCell<Vec<String>>);

/// The kept figures of a hundred or more with no place, by value, kind and measure, each with
/// the words beside its number, waiting for a printing with a place.
type Unplaced = HashMap<(u64, Kind, Measure), Vec<(usize, Vec<String>)>>;

/// One figure per place, period, value, kind and measure. A figure printed again is the same
/// figure: where one printing lacks the year (a headline, a caption, a bullet) or takes another
/// measure from its new surroundings ("Of the 655, 102 were online"), the first reading stands.
/// Small values are only merged on an exact match, since they repeat by coincidence.
///
/// London and the Met are one ground under two names: a figure printed for "London" in one
/// place and for the Met in another is one, the Met's, the force whose figure it is (unless
/// it is plainly another body's, [`other_body`]). London's other force, the Square Mile's, is
/// no name for London's ground, and its figures stay its own. And a
/// figure of a hundred or more printed again with no place at all ("But 14,577 is not a number
/// you celebrate," he said) is the figure printed before with that value, kind and measure,
/// wherever it was, unless the words beside it name something counted that the earlier
/// figure's did not ("car thefts reached 500" after "500 burglaries"); so is one pointed back
/// to ("these 702 offences"), whatever place its sentence names. The other way round, a
/// figure of a hundred or more printed first with no place (a headline) and then with one is
/// that placed figure, by the same test of what it counts.
pub(super) fn dedupe(figures: Vec<Figure>) -> Vec<Figure> {
    const RESTATED_FROM: f64 = 10.0;
    const UNPLACED_FROM: f64 = 100.0;
    let ground = |place: &Option<String>| match place.as_deref() {
        Some(places::LONDON) => Some(places::LONDONS_FORCE.to_string()),
        _ => place.clone(),
    };
    let mut out: Vec<Figure> = Vec::new();
    let mut seen: HashMap<(Option<String>, u64, Kind), Vec<usize>> = HashMap::default();
    // Every figure kept of a hundred or more, by value, kind and measure, with the words
    // beside its number that say what it counts, for an unplaced figure printed again.
    let mut by_value: HashMap<(u64, Kind, Measure), Vec<Counted>> = HashMap::default();
    // The kept figures of a hundred or more with no place, the same way.
    let mut unplaced: Unplaced = HashMap::default();
    for f in figures {
        let large = f.value.abs() >= UNPLACED_FROM;
        let value_key = (f.value.to_bits(), f.kind, f.measure);
        if (f.place.is_none() || pointed_back_to(&f)) && large {
            // "Meanwhile, car thefts reached 500" after "500 burglaries": a value that counts
            // something the earlier sentence never named is another figure.
            let counts = counted_words(near_the_number(&f));
            let again = by_value.get(&value_key).is_some_and(|earlier| {
                earlier.iter().any(|(j, words)| {
                    let g = &out[*j];
                    (g.period == f.period || g.period.is_none() || f.period.is_none())
                        && counts.iter().all(|w| words.get_or_init(|| counted_words(near_the_number(g))).contains(w))
                })
            });
            if again {
                continue;
            }
        }
        // "Behind each of those 640 referrals" after "received 640 referrals": pointed back
        // to, the figure printed before, even where the new words read it as another kind of
        // count (people or things, offences).
        if large && pointed_back_to(&f) && out.iter().any(|g| counted_before_as_other_kind(g, &f)) {
            continue;
        }
        let same_key = seen.entry((ground(&f.place), f.value.to_bits(), f.kind)).or_default();
        let compatible = |g: &Figure| g.period == f.period || g.period.is_none() || f.period.is_none();
        let restated = f.value.abs() >= RESTATED_FROM;
        let fresh = stated_afresh(&f);
        let same = || same_key.iter().copied().filter(|&j| !(other_body(&out[j], &f) || fresh && beside(&out[j], &f)));
        // "… down 7% on the year. … Even that 7% drop leaves much to do.": a change printed again in
        // a sentence naming no measure of its own took the one the text carried there, not a
        // measure of its own: it is the change printed before, however small.
        let change_again = f.kind == Kind::PercentChange && measure::of_sentence(&f.sentence).is_none();
        let earlier = same()
            .find(|&j| out[j].measure == f.measure && compatible(&out[j]))
            .or_else(|| same().find(|&j| restated && out[j].period == f.period))
            .or_else(|| same().find(|_| restated && f.period.is_none()))
            .or_else(|| same().find(|&j| change_again && out[j].period == f.period));
        match earlier {
            Some(j) => {
                let same = &mut out[j];
                if same.place.as_deref() == Some(places::LONDON) && f.place.as_deref() == Some(places::LONDONS_FORCE) {
                    same.place = f.place.clone();
                }
                if same.period.is_none() && f.period.is_some() && same.measure == f.measure {
                    same.period = f.period;
                }
                if same.period.is_none() && same.calendar_year.is_none() && same.measure == f.measure {
                    same.calendar_year = f.calendar_year;
                }
                if same.check.is_none() {
                    same.check = f.check;
                }
            }
            None if large && f.place.is_some() && placed_again(&mut unplaced, &by_value, &mut out, &value_key, &f) => {}
            None => {
                same_key.push(out.len());
                if large && f.place.is_none() {
                    unplaced.entry(value_key).or_default().push((out.len(), counted_words(near_the_number(&f))));
                }
                if large {
                    by_value.entry(value_key).or_default().push((out.len(), OnceCell::new()));
                }
                out.push(f);
            }
        }
    }
    out
}

/// "Each of these 702 offences", "behind those 1,204 crimes": a value the sentence points back
/// to is one printed before, whatever place its own sentence names (a speaker's patch, "the
/// charity's head for the East of England, said"). So is a bare number opening its sentence
/// with a verb in the singular ("702 is shocking", "1,204 was not a surprise"): it names the
/// figure itself, not a count of things (which would take "are" or "were").
fn pointed_back_to(f: &Figure) -> bool {
    static DEMONSTRATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:these|those)\s+$"));
    static NUMBER_AS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:is|was|isn't|wasn't)\b"));
    let before = f.sentence.get(..f.span.start).unwrap_or("");
    let opens = !before.chars().any(char::is_alphanumeric);
    DEMONSTRATIVE.is_match(before) || (opens && NUMBER_AS_SUBJECT.is_match(f.sentence.get(f.span.end..).unwrap_or("")))
}

/// Whether `g`, kept before `f`, is `f`'s value counted as the other of offences and other
/// things, in a year `f` agrees with.
fn counted_before_as_other_kind(g: &Figure, f: &Figure) -> bool {
    let kinds = matches!((g.kind, f.kind), (Kind::Count, Kind::Other) | (Kind::Other, Kind::Count));
    kinds
        && g.value.to_bits() == f.value.to_bits()
        && (g.period == f.period || g.period.is_none() || f.period.is_none())
}

/// Whether `f` is a figure kept earlier with no place, printed again with its place: that
/// figure is then `f` (its place, year and sentence), and no longer waits for one. What the
/// unplaced printing counts stays the words `by_value` knows it by.
fn placed_again(
    unplaced: &mut Unplaced,
    by_value: &HashMap<(u64, Kind, Measure), Vec<Counted>>,
    out: &mut [Figure],
    key: &(u64, Kind, Measure),
    f: &Figure,
) -> bool {
    let Some(waiting) = unplaced.get_mut(key) else { return false };
    let counts = counted_words(near_the_number(f));
    let found = waiting.iter().position(|(j, words)| {
        let g = &out[*j];
        (g.period == f.period || g.period.is_none()) && words.iter().all(|w| counts.contains(w))
    });
    let Some(at) = found else { return false };
    let (j, words) = waiting.swap_remove(at);
    if let Some((_, cell)) = by_value.get(key).and_then(|kept| kept.iter().find(|(i, _)| *i == j)) {
        let _ = cell.set(words);
    }
    out[j] = f.clone();
    true
}

/// The three words either side of a figure's number ("Meanwhile, car thefts reached 500 in
/// the year"), where what it counts is named; not "one victim said" later in its sentence.
fn near_the_number(f: &Figure) -> &str {
    let before = f.sentence.get(..f.span.start).unwrap_or("");
    let after = f.sentence.get(f.span.end..).unwrap_or("");
    let start = before.rmatch_indices(char::is_whitespace).nth(3).map_or(0, |(i, _)| i);
    let end = after.match_indices(char::is_whitespace).nth(3).map_or(after.len(), |(i, _)| i);
    f.sentence.get(start..f.span.end + end).unwrap_or("")
}

/// The words of a text that name something a figure counts ("burglaries", "thefts"), in
/// lower case.
fn counted_words(sentence: &str) -> Vec<String> {
    let mut words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| classify_word(w) == Noun::Count)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// "Drug offences fell 6% in Kent. Weapons offences there were down 6%.": a change of the
/// same size stated afresh in the next sentences of its paragraph is another change (small
/// changes repeat by coincidence), unless it refers back to the one before ("That 6% fall").
/// Whether `f` is a change stated afresh: worked out once a figure, not once a pair.
fn stated_afresh(f: &Figure) -> bool {
    static REFERS_BACK: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:the|that|this|such\s+an?|same)\s+(?:[\w-]+\s+)?$"));
    f.kind == Kind::PercentChange && !REFERS_BACK.is_match(f.sentence.get(..f.span.start).unwrap_or(""))
}

/// "In London, 210 people were stabbed, and the Met recorded 210 knife offences": a figure
/// for London and one for the Met ([`places::is_london_or_its_force`]) are one figure printed
/// twice only in different sentences, counting nothing the other's words rule out (both name
/// what they count, and no word is shared). The same value in one sentence is two figures.
fn other_body(earlier: &Figure, f: &Figure) -> bool {
    if earlier.place == f.place {
        return false;
    }
    if earlier.sentence == f.sentence {
        return true;
    }
    let (a, b) = (counted_words(near_the_number(earlier)), counted_words(near_the_number(f)));
    !a.is_empty() && !b.is_empty() && !a.iter().any(|w| b.contains(w))
}

/// Whether an earlier figure sits in another sentence of `f`'s paragraph.
fn beside(earlier: &Figure, f: &Figure) -> bool {
    earlier.paragraph == f.paragraph && earlier.sentence != f.sentence
}
