//! The place each number takes among the places its sentence names ([`place_for`]): the
//! clause words that tie a place to the number before it or the one after.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::areas::{area_after_its_number, AREA_DESCRIBED};
use super::local_areas::is_named_area;
use super::london::is_borough;
use super::mentions::ranked_within;
use super::sources::{force_of_part, is_figures_source};
use super::yardsticks::{is_compared_yardstick, is_total_a_share_is_of};
use crate::extract::figures::kinds::Candidate;
use crate::extract::figures::lists::{self, Group};
use crate::extract::figures::{first_starting_from, head, last_ending_by, tail};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Scope};

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

/// "9% more in Cheshire, yet Merseyside's total fell from 930", "up 12%; in Essex the total
/// went from 300": a place after the number before that opens the next clause, past a comma
/// or semicolon and a conjunction, as its subject or its setting.
fn heads_next_clause(s: &str, prev_end: usize, place: &Range<usize>) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)(?:[,;]\s*(?:and|but|yet|while|whereas)|;)\s+(?:(?:in|across|for)\s+)?(?:the\s+)?$")
    });
    place.start >= prev_end && s.get(prev_end..place.start).is_some_and(|gap| OPENS.is_match(gap))
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

/// "ranged from 41 in Warwickshire to 2,140 in the Met", "between 12 in Gwent and 30 in
/// Kent": the far end of a range across places, printed with a place of its own, is that
/// place's, not the place of the near end before it.
fn far_end_of_a_range(s: &str, cands: &[Candidate], i: usize, before: &Range<usize>, after: &Range<usize>) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?$"));
    static JOINS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:to|and)\s+$"));
    let Some(near) = i.checked_sub(1).and_then(|j| cands.get(j)) else { return false };
    let r = &cands[i].number.range;
    let tied = |from: usize, to: usize| s.get(from..to).is_some_and(|gap| TIED_BEFORE.is_match(gap));
    let close_after = s.get(r.end..after.start).is_some_and(|words| words.split_whitespace().count() <= 3);
    OPENS.is_match(tail(s, near.number.range.start))
        && s.get(before.end..r.start).is_some_and(|gap| JOINS.is_match(gap))
        && tied(near.number.range.end, before.start)
        && tied(r.end, after.start)
        && close_after
}

/// " - a third of the total - and ": an aside set off by a dash right after a place and
/// closed by another, with no clause break of its own.
static CLOSED_ASIDE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+[-–—]\s[^;:()]*?\s[-–—]\s"));

/// "689 offences, a fall of 11pc, while North Yorkshire Police … logged 310": a place past
/// "; ", ", while", "- while", ", whereas" or ", but" belongs to the clause after it, not to
/// a number before it.
pub(super) static NEXT_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i);|(?:,|\s-|\s–|\s—)\s*(?:while|whereas|but)\b|\s(?:while|whereas)\s"));

/// "The fall of 13% came during the campaign, which ran across all four Welsh forces": a place
/// past ", which" or ", who" describes the noun the clause hangs on, not where the number
/// before it is; so does one in a relative clause of an aside after a dash ("87 were marked
/// – a change during which every force in Scotland was told to").
pub(in crate::extract::figures) fn in_relative_clause(gap: &str) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*(?:which|who|whose)\b"));
    static DASHED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\s[-–—]\s+(?:the|a|an)\s[^,;.\d]*\b(?:(?:in|during|for|by|on)\s+which|which|who|whose|when)\b")
    });
    (gap.contains(',') && RELATIVE.is_match(gap)) || DASHED_RELATIVE.is_match(gap)
}

/// "in Kent, where thefts rose 12% to 140 from 125, and Surrey, where they went up …": a
/// place opening a where-clause is the place of the numbers in that clause, after it;
/// printed after a number (`end`) with no preposition tying it back to it ("rose to 140 in
/// Kent, where …" is Kent's 140), it is not that number's.
fn heads_where_clause(s: &str, end: usize, place: &Range<usize>) -> bool {
    static WHERE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*,\s*where\s"));
    let Some(gap) = s.get(end..place.start) else { return false };
    WHERE_AFTER.is_match(head(s, place.end)) && (!TIED_BEFORE.is_match(gap) || opens_next_clause(gap))
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

/// " of the ", " out of a total of ": the words from a part to the whole it is of.
static PART_OF_THE_WHOLE_NEXT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(?:out\s+)?of\s+(?:the|all|a\s+total\s+of)\s+$"));

/// The place of candidate `i`: the nearest place before it with no other number between,
/// else the nearest after it with none between, else the nearest before it.
pub(in crate::extract::figures) fn place_for(
    s: &str,
    cands: &[Candidate],
    i: usize,
    groups: &[Group],
) -> Option<String> {
    // "Norfolk recorded 356 (up 41%), Suffolk 298": a number in brackets right after another
    // is about the same place.
    // "rose from 201 to 207": the number a rise goes to is about the place it came from.
    static IN_BRACKETS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*\([^()\d]*$"));
    if let Some(j) = one_of_a_compared_pair(s, cands, i, groups) {
        return Some(groups[j].name());
    }
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
    // "accounted for 240 of the 1,150 offences recorded by Dorset Police": a part set right
    // before the whole it is out of is counted where that whole is, even where its place is
    // printed after the whole. (Not where the sentence printed a place before the part: "Kent
    // recorded 240 of the 1,150 in the South East" is Kent's.)
    let placed_before = groups.iter().any(|g| g.range.end <= r.start);
    if !placed_before
        && cands.get(i + 1).is_some_and(|next| {
            s.get(r.end..next.number.range.start).is_some_and(|gap| PART_OF_THE_WHOLE_NEXT.is_match(gap))
        })
    {
        return place_for(s, cands, i + 1, groups);
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
    // "logged 3,310, roughly 9% of the England and Wales total, and a rise of 12%": the wider place a share
    // before is of takes no number past the clause break after it (the total's own value,
    // "of the national total of 50,510", it does).
    let before = match before {
        Some(j)
            if is_total_a_share_is_of(s, &groups[j])
                && s.get(groups[j].range.end..r.start).is_some_and(|gap| gap.contains([',', ';'])) =>
        {
            last_ending_by(groups, range, groups[j].range.start)
        }
        before => before,
    };
    let after = first_starting_from(groups, range, end).filter(|&j| {
        groups[j].range.end <= next_start
            && !leads_next_number(s, end, &groups[j].range, next_start)
            && !NEXT_CLAUSE.is_match(s.get(end..groups[j].range.start).unwrap_or(""))
            && !in_relative_clause(s.get(end..groups[j].range.start).unwrap_or(""))
            && !singled_out_after(s, end, &groups[j])
            && !partner_in_later_clause(s.get(end..groups[j].range.start).unwrap_or(""))
            && !is_compared_yardstick(s, &groups[j])
            && !heads_where_clause(s, end, &groups[j].range)
            // "rose to 870, the highest in the South East, where …": the region a number is
            // ranked within is not its place (kept only for the where-clause's figures).
            && !ranked_within(s, &groups[j].range)
            // "173 offences in Southwark in 2024, up from 142 in 2023, according to
            // Metropolitan Police figures": the force whose figures they are is not the
            // place of a number after a place of its own.
            && (before.is_none() || !is_figures_source(s, &groups[j]))
    });
    // "recorded 96 reports across the London rail network in 2024/25 - more than double the
    // 45 in 2022/23": the value a comparison starts from, with no place printed after it, is
    // about the place of the value it is compared with, not a place named on the way.
    // Not when a clause of its own opens on a place before it ("…, yet Merseyside's total fell
    // from 930 to 870").
    let own_subject = before.is_some_and(|j| heads_next_clause(s, prev_end, &groups[j].range));
    if i > 0 && after.is_none() && compared_back(tail(s, r.start)) && !NEXT_CLAUSE.is_match(gap) && !own_subject {
        return place_for(s, cands, i - 1, groups);
    }
    if i > 0 && after.is_none() {
        if let Some(prev) = ground_of_previous(s, cands, i, groups, before) {
            return prev;
        }
    }
    // "The North East BCU - one of 12 BCUs across London - logged 214, up 14% from 188": with
    // no place after it, a number after an aside set off by dashes takes the place the aside
    // hangs on, not one inside it.
    let before = match before {
        Some(j) if after.is_none() && in_dash_aside(s, 0, &groups[j].range, r.start) => {
            host_of_dash_aside(s, groups, j, r.start).or(Some(j))
        }
        before => before,
    };
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
        // rise of 5%", "The BTP, which patrols stations across Great Britain, received 66": a
        // place inside a where- or which-clause closed before the number describes the place
        // the clause hangs on, which is the number's (and the numbers' after it).
        Some(j) if after.is_none() && j > 0 && describes_host(s, &groups[j - 1].range, &groups[j].range, r.start) => {
            Some(j - 1)
        }
        // "The offence, which became law in Scotland a year after it did in England, was logged
        // 88 times": with no place after the number, a place inside a
        // relative clause closed before it describes the noun, not the number; the number
        // takes the place before the clause, if any, or the one the text is about.
        // So does a number after it with no place between them ("…, down 4% on the year
        // before"). (Not the force that gave the figures: "Figures, which were released by
        // Kent Police, show 400 …".)
        Some(j)
            if after.is_none()
                && in_closed_clause(s, 0, &groups[j].range, r.start)
                && !is_figures_source(s, &groups[j])
                && !agent_in_clause(s, 0, &groups[j].range) =>
        {
            clause_host(s, 0, groups, j)
        }
        // "Forces across Staffordshire and the West Midlands logged more crimes, with about 900
        // in Staffordshire alone": a number opening a with-clause, tied by
        // "in" to a place after it, is that place's.
        Some(_) if after.is_some_and(|k| opens_with_clause_in(s, prev_end, r, &groups[k].range)) => after,
        Some(j) if after.is_some_and(|k| tied_both_ways(s, prev_end, &groups[j].range, r, &groups[k].range)) => after,
        Some(j) if after.is_some_and(|k| far_end_of_a_range(s, cands, i, &groups[j].range, &groups[k].range)) => after,
        // "the Met recorded 144 offences in Croydon": the part of the force's ground the number
        // was counted in, printed after it, is its place.
        Some(j) if after.is_some_and(|k| counted_in_part(s, &groups[j], &groups[k])) => after,
        Some(j) if groups[j].range.start >= prev_end => Some(j),
        None if after.is_none() => subject_after_opening_phrase(s, r, groups),
        _ => after.or(before),
    }
    .map(|j| groups[j].name())
}

/// "After a peak of 1,900 in 2019/20, Cleveland Police logged 1,450", "Having recorded 610 the
/// year before, Gwent Police saw 540": a number in a phrase opening the sentence (on a
/// preposition or a participle), with no place of its own, is about the place the main clause
/// opens on after the comma that closes the phrase.
fn subject_after_opening_phrase(s: &str, number: &Range<usize>, groups: &[Group]) -> Option<usize> {
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\W*(?:after|before|with|from|since|following|despite|having|by|at|up|down)\b[^,;:]*$")
    });
    static CLOSES_TO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| compile(r"^[^,;:()]*,\s*(?:the\s+)?$"));
    let j = first_starting_from(groups, |g: &Group| g.range.clone(), number.end)?;
    let opened = s.get(..number.start).is_some_and(|b| OPENING.is_match(b));
    let closed = s.get(number.end..groups[j].range.start).is_some_and(|gap| CLOSES_TO_SUBJECT.is_match(gap));
    (j == 0 && opened && closed).then_some(j)
}

/// ", which recorded ", ", who logged almost ", " area, which logged ": the words between a
/// place (or its area) and a number that make the number what the place recorded, in a
/// relative clause hanging on it.
pub(super) fn records_in_relative_clause(gap: &str) -> bool {
    static RECORDED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:(?:force\s+|police\s+)?area\s*)?,\s*(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:recorded|logged|reported|registered|saw|received)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just)\s+)?$",
        )
    });
    gap.contains("wh") && RECORDED.is_match(gap)
}

/// Whether `part`, printed after a number as where it was counted ("144 knife crime offences
/// in Croydon"), is a part of the ground of the one force `force` names; or a council area
/// inside the ground of a force whose division `force` names ("a report from the Tayside
/// division shows 97 thefts were recorded in Dundee").
fn counted_in_part(s: &str, force: &Group, part: &Group) -> bool {
    let [f] = force.places.as_slice() else { return false };
    let [p] = part.places.as_slice() else { return false };
    let its_force = if f.scope == Scope::Force {
        Some(f.name)
    } else if lists::is_part_of_a_force(f) && is_named_area(p) {
        force_of_part(f.name)
    } else if f.scope == Scope::Region && is_named_area(p) {
        division_of_force_named(s, &force.range)
    } else {
        None
    };
    its_force.is_some()
        && (is_borough(p) || is_named_area(p) || lists::is_part_of_a_force(p))
        && force_of_part(&part.name()) == its_force
        && area_after_its_number(s, &part.range)
}

/// "Police Scotland's North East division": the force whose division a region's name, printed
/// after the force's possessive and before "division", names.
fn division_of_force_named(s: &str, region: &Range<usize>) -> Option<&'static str> {
    static DIVISION_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:local\s+policing\s+)?division\b"));
    if !DIVISION_AFTER.is_match(head(s, region.end)) {
        return None;
    }
    let before = tail(s, region.start);
    let owner = before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s "))?;
    let force = places::mentions(owner).into_iter().last().filter(|m| m.range.end == owner.len())?.place;
    (force.scope == Scope::Force).then_some(force.name)
}

/// "even though the force-wide total fell 4% to 22,410", "across the force as a whole, 1,900
/// were recorded": a number whose own clause (from the number or place before it) says it is
/// the whole force's, in a sentence naming parts of its ground, is the force's.
pub(in crate::extract::figures) fn is_force_wide(s: &str, cands: &[Candidate], i: usize, groups: &[Group]) -> bool {
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
/// across Wales to 46,019"): that total is the region's; nor one said of another place
/// named after that number.
fn ground_of_previous(
    s: &str,
    cands: &[Candidate],
    i: usize,
    groups: &[Group],
    before: Option<usize>,
) -> Option<Option<String>> {
    let prev_end = cands.get(i.checked_sub(1)?)?.number.range.end;
    let g = groups.get(before?).filter(|g| g.range.start >= prev_end)?;
    // "Suffolk 512 and Norfolk Constabulary – counted in the East of England for this
    // release – 328": a place named between the number before and the region is what the
    // region is said of, not that number's force.
    if groups[..before?].iter().any(|h| h.range.start >= prev_end) {
        return None;
    }
    let [region] = g.places.as_slice() else { return None };
    let gap = s.get(prev_end..g.range.start)?;
    // "the most in the North West, where the average was 1,050": a region opening a
    // where-clause is the place of the numbers in it, not the force's ground.
    static WHERE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*,\s*where\s"));
    if region.scope != Scope::Region
        || !TIED_BEFORE.is_match(gap)
        || names_total_over(gap)
        || WHERE_AFTER.is_match(head(s, g.range.end))
    {
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

/// Whether the relative clause opened at a comma after `from` names the place at `place` as
/// who did something ("which were released by Kent Police", "who heard from the Met").
fn agent_in_clause(s: &str, from: usize, place: &Range<usize>) -> bool {
    static AGENT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:by|from)\s+(?:the\s+)?$"));
    s.get(from..place.start).is_some_and(|before| AGENT.is_match(before))
}

/// Whether the number at `number` opens a clause on ", with" (after `from`) and a place at
/// `place` follows it, tied by "in", "across" or "for" with at most a few words between.
fn opens_with_clause_in(s: &str, from: usize, number: &Range<usize>, place: &Range<usize>) -> bool {
    static WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),\s*with\s+(?:(?:a\s+total\s+of|nearly|almost|more\s+than|over|about|around|some|just\s+over|just\s+under|close\s+to)\s+)?$",
        )
    });
    static IN_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[a-z-]+\s+){0,3}?(?:in|across|for)\s+(?:the\s+)?$"));
    let (Some(before), Some(gap)) = (s.get(from..number.start), s.get(number.end..place.start)) else { return false };
    before.contains("with") && WITH_BEFORE.is_match(before) && IN_AFTER.is_match(gap)
}

/// The last place printed before the relative clause that place `j` stands in opened (at a
/// comma after `from`), if any.
fn clause_host(s: &str, from: usize, groups: &[Group], j: usize) -> Option<usize> {
    let before = s.get(from..groups[j].range.start)?;
    let comma = from + before.rfind(',')?;
    (0..j).rev().find(|&h| groups[h].range.end <= comma && groups[h].range.start >= from)
}

/// Whether the place at `place` is inside a where-clause (or a relative clause with "which",
/// "who" or "whose") that opens at a comma right after the place at `host` and closes at a
/// comma before `to`: "In Leeds, where the county force shares the patrols, 420 …", "The
/// MDP, which guards sites across the UK, received 44 …". The clause may hold numbers of its
/// own ("which guards 100 sites"). A short word may stand bracketed after the host's name
/// before the comma: its initials ("The Marine Policing Unit (MPU), which …").
fn describes_host(s: &str, host: &Range<usize>, place: &Range<usize>, to: usize) -> bool {
    static WHERE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:\)|\([A-Z][A-Za-z]{1,9}\))?\s*,\s*(?:where|which|who|whose)\s[^,;.]*$"));
    let (Some(opener), Some(after)) = (s.get(host.end..place.start), s.get(place.end..to)) else { return false };
    WHERE.is_match(opener) && after.contains(',') && !after.contains(['.', ';'])
}

/// The place an aside set off by dashes around place `j`, closed before `to`, hangs on: the
/// nearest place before it outside the aside.
fn host_of_dash_aside(s: &str, groups: &[Group], j: usize, to: usize) -> Option<usize> {
    (0..j).rev().find(|&h| !in_dash_aside(s, 0, &groups[h].range, to))
}

/// The place at `place` lies between two spaced dashes, both after `from` and before `to`.
fn in_dash_aside(s: &str, from: usize, place: &Range<usize>, to: usize) -> bool {
    let dash = |t: &str| t.contains(" - ") || t.contains(" – ") || t.contains(" — ");
    let (Some(before), Some(after)) = (s.get(from..place.start), s.get(place.end..to)) else { return false };
    dash(before) && dash(after)
}

/// "Rates in Kent were higher than in Essex, at 6.4 against 5.2", "lower than in Sussex, 3.1
/// compared with 4.7", "rarer in Devon than in Dorset (1.2 v 1.9)": two values set against
/// each other right after two places compared are the places' in order, the first value the
/// first place's. The group index of candidate `i`'s place, when it is one of such a pair.
fn one_of_a_compared_pair(s: &str, cands: &[Candidate], i: usize, groups: &[Group]) -> Option<usize> {
    static PAIR_JOIN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:%|per\s+cent|pc)?\s*(?:against|compared\s+(?:with|to)|v\.?|vs\.?|versus)\s+(?:just\s+|only\s+)?$",
        )
    });
    static PLACES_COMPARED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:than|compared\s+(?:with|to)|against|versus)\s+(?:(?:in|for|across|at|that\s+(?:of|in|for)|those\s+(?:of|in|for))\s+)?(?:the\s+)?$",
        )
    });
    // ", at ", " (", ", with ", " in 2022 (": words from the second place to the pair.
    static LEADS_TO_PAIR: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:'s|’s)?(?:\s+(?:in|during|for)\s+[\d/-]+)?\s*(?:,\s*(?:at|with|on)?|\(|-|–|:)\s*(?:rates?\s+of\s+|figures?\s+of\s+)?[£]?$",
        )
    });
    let joined = |a: usize| {
        let (Some(x), Some(y)) = (cands.get(a), cands.get(a + 1)) else { return false };
        s.get(x.number.range.end..y.number.range.start).is_some_and(|gap| PAIR_JOIN.is_match(gap))
    };
    let (first, second_of_pair) = if joined(i) {
        (i, false)
    } else if i > 0 && joined(i - 1) {
        (i - 1, true)
    } else {
        return None;
    };
    let start = cands[first].number.range.start;
    let later = last_ending_by(groups, |g: &Group| g.range.clone(), start)?;
    let earlier = later.checked_sub(1)?;
    let prev_end = first.checked_sub(1).map_or(0, |k| cands[k].number.range.end);
    let compared = s.get(groups[earlier].range.end..groups[later].range.start)?;
    let leads = s.get(groups[later].range.end..start)?;
    let ok = prev_end <= groups[earlier].range.start
        && !compared.contains([';', '.'])
        && PLACES_COMPARED.is_match(compared)
        && LEADS_TO_PAIR.is_match(leads);
    ok.then_some(if second_of_pair { later } else { earlier })
}
