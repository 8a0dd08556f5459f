//! The figures of a story's opening lines, which its body goes on to give in full: placed,
//! dated and measured by the body's figures, and rounded or scaled ones matched to them.

use super::super::locate::hedged_near;
use crate::extract::numbers::compile;
use crate::model::{Figure, Kind, Measure, Period};
use regex::Regex;
use std::sync::LazyLock;

/// How many figures the opening lines (headline, standfirst) may hold. Real ones hold a
/// handful; the cap keeps the opening-to-body matching linear on a text of thousands of
/// numbers and no dated, placed one.
pub(in crate::extract::figures) const OPENING_MAX: usize = 40;

/// "Online child sex crimes soar 19pc to record high", then "That is up 19pc on the previous
/// year" in the body: a figure with no year or no place in the opening lines (a headline, a
/// standfirst: before any figure the text dates and places) is the later figure of that value and kind, printed
/// again with less said about it; it takes that figure's place, year and measure (when every
/// such figure agrees on them, and the opening's place, if any, is theirs). So is a hedged
/// round number ("more than 400") the figure it rounds (412). Small values repeat by
/// coincidence and are left alone, but for a change with no place the body prints once.
pub(in crate::extract::figures) fn opening_figures_from_body(figures: &mut [Figure]) {
    // The opening lines end at the first figure the text both dates and places.
    let opening = figures.iter().position(|f| f.period.is_some() && f.place.is_some()).unwrap_or(0).min(OPENING_MAX);
    for i in 0..opening {
        let f = &figures[i];
        // A small change with no place ("as domestic abuse crimes fall 4%") is taken only
        // when the body prints that change once.
        let small = f.value.abs() < 10.0;
        if small && (f.kind != Kind::PercentChange || f.place.is_some()) {
            continue;
        }
        let exact = figures[opening..].iter().any(|g| g.value == f.value && g.kind == f.kind && g.period.is_some());
        // "force logs more than 400 offences" over a body that prints 412: a hedged round
        // number is the body's figure it rounds, on the side its hedge says.
        // So is a hedged count in tens ("nearly 50 offences" over a body's 47): the body's
        // figure less than half a ten from it, on the side its hedge says.
        let hundreds = f.value >= 100.0 && f.value % 100.0 == 0.0;
        let tens = (20.0..100.0).contains(&f.value) && f.value % 10.0 == 0.0 && f.kind == Kind::Count;
        let hedge = f.qualifier.as_deref().filter(|_| !exact && (hundreds || tens));
        let restates = |g: &Figure| match hedge {
            Some(h) if tens => g.value != f.value && within_a_ten(h, g.value, f.value),
            Some(h) => g.value != f.value && hedged_near(h, g.value, f.value),
            None => g.value == f.value,
        };
        let mut same = figures[opening..].iter().filter(|g| restates(g) && g.kind == f.kind && g.period.is_some());
        let Some(first) = same.next() else { continue };
        let agree = if small {
            same.next().is_none()
        } else {
            same.all(|g| g.place == first.place && g.period == first.period)
        };
        if agree && (f.place.is_none() || f.place == first.place) {
            let (place, period, measure) = (first.place.clone(), first.period, first.measure);
            let f = &mut figures[i];
            f.place = place;
            f.period = period;
            f.measure = measure;
        }
    }
    openings_rounding_other_things(figures, opening);
    rounded_openings(figures);
    scaled_openings(figures);
    placed_by_later_printing(&mut figures[..opening]);
    placed_by_sentence_mates(&mut figures[..opening]);
    placed_by_first_body_figure(figures, opening);
    dated_over_years_to_the_first_body_figure(figures, opening);
    dated_by_sentence_mates(figures);
}

/// "Hospital abuse referrals top 2,000" over a body whose 2,140 referrals a trust made count
/// no offences: a hedged round count of the opening lines, undated, that rounds (on the side
/// its hedge says) a later dated figure of things that are no offences, and no count of
/// offences, is that figure told again, and counts no offences either. It takes that figure's
/// place, year and measure.
fn openings_rounding_other_things(figures: &mut [Figure], opening: usize) {
    for i in 0..opening {
        let f = &figures[i];
        let round = f.value >= 100.0 && f.value % 100.0 == 0.0;
        let Some(hedge) = f.qualifier.as_deref().filter(|_| round && f.kind == Kind::Count && f.period.is_none())
        else {
            continue;
        };
        let later = &figures[i + 1..];
        let rounds = |g: &Figure| g.value != f.value && hedged_near(hedge, g.value, f.value);
        if later.iter().any(|g| g.kind == Kind::Count && (g.value == f.value || rounds(g))) {
            continue;
        }
        let Some(other) = later.iter().find(|g| g.kind == Kind::Other && g.period.is_some() && rounds(g)) else {
            continue;
        };
        let told = (other.place.clone(), other.period, other.measure);
        let f = &mut figures[i];
        f.kind = Kind::Other;
        take_place_year_and_measure(f, told);
    }
}

/// Whether `exact` is what a hedged count in tens (`round`, "nearly 50", "more than 30")
/// rounds: less than half a ten from it, on the side the hedge says.
fn within_a_ten(hedge: &str, exact: f64, round: f64) -> bool {
    let near = (exact - round).abs() < 5.0;
    match hedge {
        "more than" | "over" | "just over" => near && exact > round,
        "almost" | "nearly" | "just under" | "close to" => near && exact < round,
        "around" | "about" | "approximately" | "roughly" | "some" => near,
        _ => false,
    }
}

/// "Dorset's shop thefts now top 2,000 a year, and those where a weapon was shown have
/// climbed 8%", then "Dorset Police logged 2,130 … in 2022/23": a change
/// in the opening lines with no year, beside figures of its own sentence that the
/// body dated, is of their year (when they agree on one). Not one in a sentence naming a time
/// of its own ("up 80% since 2015", "in five years", "in FY2025/26"), whose year is that
/// time's or none.
fn dated_by_sentence_mates(figures: &mut [Figure]) {
    static SPAN: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:since|decade|years|months|weeks|quarter|half)\b|(?:19|20)\d{2}"));
    for i in 0..opening_lines(figures) {
        let f = &figures[i];
        // (Not a table's row, whose columns say what each value is for.)
        if f.period.is_some() || f.kind != Kind::PercentChange || f.sentence.contains('|') || SPAN.is_match(&f.sentence)
        {
            continue;
        }
        let mut mates = figures
            .iter()
            .filter(|g| g.paragraph == f.paragraph && g.sentence == f.sentence && g.place == f.place)
            .filter(|g| matches!(g.kind, Kind::PercentChange | Kind::Count))
            .filter_map(|g| g.period);
        let Some(first) = mates.next() else { continue };
        if mates.all(|p| p == first) {
            figures[i].period = Some(first);
        }
    }
}

/// "Bike thefts have risen by 80% in four years", then "Norfolk Constabulary recorded 900 in
/// the year to March 2024": a change in the opening lines over so many years up to now, with
/// no year of its own, runs to the year of the first figure the text both dates and places,
/// when it is for that figure's place.
fn dated_over_years_to_the_first_body_figure(figures: &mut [Figure], opening: usize) {
    static OVER_YEARS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:in|over|within)\s+(?:the\s+(?:last|past)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
        )
    });
    let Some(first) = figures.get(opening).filter(|f| f.place.is_some() && f.period.is_some()) else { return };
    let (place, period) = (first.place.clone(), first.period);
    for f in figures[..opening].iter_mut() {
        if f.kind == Kind::PercentChange
            && f.period.is_none()
            && f.place == place
            && f.sentence.contains("years")
            && OVER_YEARS.is_match(&f.sentence)
        {
            f.period = period;
        }
    }
}

/// "Child exploitation crimes soar 41% in five years", then "Police in England and Wales
/// flagged 14,380 such crimes in 2022/23": a change in the opening lines still with no place
/// is about the place of the first figure the text both dates and places (and its year, if
/// it has none of its own). Not one "across eight forces", a total of forces left unnamed,
/// nor one the body prints again (for places it does not tell apart).
fn placed_by_first_body_figure(figures: &mut [Figure], opening: usize) {
    let Some(first) = figures.get(opening).filter(|f| f.place.is_some() && f.period.is_some()) else { return };
    let (place, period) = (first.place.clone(), first.period);
    let (opening_lines, body) = figures.split_at_mut(opening);
    let printed_again = |f: &Figure| body.iter().any(|g| g.value == f.value && g.kind == f.kind);
    let unplaced = |f: &&mut Figure| {
        f.place.is_none() && f.kind == Kind::PercentChange && !f.sentence.contains("forces") && !printed_again(f)
    };
    for f in opening_lines.iter_mut().filter(unplaced) {
        f.place = place.clone();
        f.period = f.period.or(period);
    }
}

/// "Shoplifting hits record 61,204" over "Police in Wales recorded 61,204 shoplifting offences
/// in the year to June": a figure in the opening lines with no place, printed again word for
/// word before the text dates anything, is that printing's (its place, and its year and
/// measure). Small values repeat by coincidence and are left alone.
fn placed_by_later_printing(opening: &mut [Figure]) {
    for i in 0..opening.len() {
        let f = &opening[i];
        if f.place.is_some() || f.value.abs() < 100.0 {
            continue;
        }
        let mut same = opening[i + 1..].iter().filter(|g| g.value == f.value && g.kind == f.kind && g.place.is_some());
        let Some(first) = same.next() else { continue };
        if same.all(|g| g.place == first.place) {
            let (place, period, measure) = (first.place.clone(), first.period, first.measure);
            let f = &mut opening[i];
            f.place = place;
            f.period = f.period.or(period);
            f.measure = measure;
        }
    }
}

/// "Cops logged 974 blackmail crimes against under-18s last year - up 38 per cent" in a
/// standfirst, with 974 found again in the body: a figure in the opening lines still with no
/// place is for the place the figures of its own sentence were found to be for (when they
/// agree).
fn placed_by_sentence_mates(opening: &mut [Figure]) {
    for i in 0..opening.len() {
        if opening[i].place.is_some() {
            continue;
        }
        let f = &opening[i];
        let mut mates = opening.iter().filter(|g| g.paragraph == f.paragraph && g.sentence == f.sentence);
        let Some(first) = mates.find(|g| g.place.is_some()) else { continue };
        if mates.all(|g| g.place.is_none() || g.place == first.place) {
            let place = first.place.clone();
            opening[i].place = place;
        }
    }
}

/// "NSPCC data shows police recorded almost 12,000 offences …" in a standfirst, then "…
/// recorded 11,912 sexual offences against children with an online element in 2023/24": a
/// rounded figure in the opening lines (the first two paragraphs with figures) is the next
/// figure of its kind printed after it (past the rounded one printed again), told again. It stays a figure of its own, with its
/// value, and takes that one's place (if it names none), year and measure.
fn rounded_openings(figures: &mut [Figure]) {
    for i in 0..opening_lines(figures) {
        let f = &figures[i];
        // The same rounded figure printed again on the way does not count.
        let Some(next) = figures[i + 1..].iter().find(|g| g.kind == f.kind && g.value != f.value) else { continue };
        let told_again = next.paragraph > f.paragraph
            && next.period.is_some()
            && rounded_from(f, next.value)
            && (f.place.is_none() || f.place == next.place || one_ground(&f.place, &next.place));
        if told_again {
            let told = (next.place.clone(), next.period, next.measure);
            take_place_year_and_measure(&mut figures[i], told);
        }
    }
}

/// "Almost 500 London teens …" over "The Met recorded 486 …": London and its own force are one
/// ground under two names ([`crate::extract::places::is_london_or_its_force`]).
fn one_ground(a: &Option<String>, b: &Option<String>) -> bool {
    use crate::extract::places::is_london_or_its_force;
    a.as_deref().is_some_and(is_london_or_its_force) && b.as_deref().is_some_and(is_london_or_its_force)
}

/// How many figures, from the first, stand in the opening lines: the first two paragraphs
/// with figures, and no more than [`OPENING_MAX`] figures.
fn opening_lines(figures: &[Figure]) -> usize {
    let mut paragraphs = figures.iter().map(|f| f.paragraph);
    let first = paragraphs.next();
    let second = paragraphs.find(|&p| Some(p) != first);
    figures.iter().take(OPENING_MAX).take_while(|f| Some(f.paragraph) == first || Some(f.paragraph) == second).count()
}

/// An opening figure told again in the body takes the body figure's place, year and measure.
fn take_place_year_and_measure(f: &mut Figure, (place, period, measure): (Option<String>, Option<Period>, Measure)) {
    f.place = place;
    f.period = period;
    f.measure = measure;
}

/// "Police log 6.7 million crimes" in a headline over a body that prints 6,652,891: a figure
/// of the opening lines printed with a scale word, a decimal and no hedge ("6.7 million", "£2.4m"),
/// undated, is the later dated figure of its kind that rounds to it at the digits printed.
/// It stays a figure of its own and takes that one's place (if it names none), year and
/// measure, when every such figure agrees on them.
fn scaled_openings(figures: &mut [Figure]) {
    for i in 0..opening_lines(figures) {
        let f = &figures[i];
        if f.period.is_some() || f.qualifier.is_some() {
            continue;
        }
        let Some(step) = f.sentence.get(f.span.clone()).and_then(printed_step) else { continue };
        let rounds = |g: &&Figure| {
            g.paragraph > f.paragraph
                && g.kind == f.kind
                && g.period.is_some()
                && g.value != f.value
                && ((g.value / step).round() * step - f.value).abs() < step / 100.0
        };
        let mut same = figures[i + 1..].iter().filter(rounds);
        let Some(body) = same.next() else { continue };
        let agree = same.all(|g| g.place == body.place && g.period == body.period && g.measure == body.measure);
        if agree && (f.place.is_none() || f.place == body.place) {
            let told = (body.place.clone(), body.period, body.measure);
            take_place_year_and_measure(&mut figures[i], told);
        }
    }
}

/// The step a number printed with a scale word and a decimal is rounded to: 100,000 for
/// "6.7 million", 100 for "2.5k"; none for a number with no scale word, or none printed in
/// whole millions or thousands ("£3m", "2 million backlog"), which rounds so much that it is
/// as often a new figure of its own as the body's.
fn printed_step(printed: &str) -> Option<f64> {
    let lower = printed.to_ascii_lowercase();
    let digits_end = lower.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || "£$€ ".contains(c)))?;
    let (number, word) = lower.split_at(digits_end);
    let scale = match word.trim() {
        "m" | "million" => 1e6,
        "bn" | "billion" => 1e9,
        "k" | "thousand" => 1e3,
        _ => return None,
    };
    let decimals = number.trim().split_once('.').map_or(0, |(_, d)| d.len());
    if decimals == 0 {
        return None;
    }
    Some(scale / 10f64.powi(i32::try_from(decimals).ok()?))
}

/// `x` with all but its leading digit cut to nought: 2,000 for 2,210.
fn leading_digit(x: f64) -> f64 {
    let step = 10f64.powi(x.abs().log10().floor() as i32);
    (x / step).floor() * step
}

/// Whether `f`, printed with a qualifier ("almost 12,000", "more than 400", "about 1,500",
/// "more than 40%"), is `exact` rounded: within a tenth of it, on the side the qualifier says; or, for "more
/// than", `exact` cut to its leading digit ("more than 2,000" for 2,210).
fn rounded_from(f: &Figure, exact: f64) -> bool {
    // "up by more than 40%" over a rise of 43%, "fall by almost 20%" over -18%: a hedged change
    // in tens or fives rounds one of the same direction, read by its size.
    let change = f.kind == Kind::PercentChange && f.qualifier.is_some() && f.value * exact > 0.0;
    let (v, x) = if change { (f.value.abs(), exact.abs()) } else { (f.value, exact) };
    let round_change = change && v >= 10.0 && v % 5.0 == 0.0;
    if (v < 100.0 && !round_change) || v == x {
        return false;
    }
    match f.qualifier.as_deref() {
        Some("almost" | "nearly" | "just under" | "fewer than" | "less than" | "under" | "close to") => {
            x < v && x >= v * 0.9
        }
        Some("more than" | "over" | "just over" | "well over" | "upwards of" | "in excess of" | "at least") => {
            x > v && (x <= v * 1.1 || leading_digit(x) == v)
        }
        Some("around" | "about" | "approximately" | "roughly" | "some" | "an estimated") => (x - v).abs() <= v * 0.1,
        None => {
            round_in_digits(f) && {
                // "HIT 4,700" over 4,719, "RECORD 10,000" over 10,417: the value at the last
                // digit printed that is no zero, cut or rounded, and within a tenth of it.
                let step = round_step(v);
                (x - v).abs() <= v * 0.1 && (x - v < step && x - v >= -step / 2.0)
            }
        }
        _ => false,
    }
}

/// Whether `f` is printed as a round number in digits of a thousand or more ("4,700",
/// "10,000"), not with a scale word ("5m", "3 million"), which rounds too coarsely to say
/// which figure it is.
fn round_in_digits(f: &Figure) -> bool {
    let printed = f.sentence.get(f.span.clone()).unwrap_or("");
    let after = f.sentence.get(f.span.end..).unwrap_or("").trim_start().to_ascii_lowercase();
    let scaled = ["m ", "m.", "m,", "bn", "k ", "million", "billion", "thousand"].iter().any(|w| after.starts_with(w))
        || after == "m"
        || after == "k";
    f.value >= 1000.0 && round_step(f.value) >= 100.0 && printed.contains(',') && !scaled
}

/// The largest power of ten (up to a million) that divides `v`: 100 for 4,700, 10,000 for 10,000.
fn round_step(v: f64) -> f64 {
    let mut step = 1.0;
    while step < 1_000_000.0 && v % (step * 10.0) == 0.0 {
        step *= 10.0;
    }
    step
}

/// A small count printed in figures or in words ("3", "three").
pub(super) fn small_count(text: &str) -> Option<usize> {
    text.parse().ok().or_else(|| crate::extract::numbers::word_value(text).map(|v| v as usize))
}
