//! The sentence reader: [`read_sentence`] finds one sentence's figures and gives each its kind,
//! period, place and measure, updating the [`Context`] carried from the sentences before; with
//! it are the tests of how a sentence leans on the one before ("the figure", "Of these", "The
//! latest figure", a span of years named or left) and of a force's share of a wider total.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::bracket_rows::{bare_bracket_years, labelled_bracket_years};
use super::calendar::calendar_years;
use super::check::recompute;
use super::context::{is_baseline_value, reports_on, ArticleFacts, Context};
use super::filters::candidates;
use super::kinds::{bracketed_changes, continued_rates, is_rate, ranked_after_rates};
use super::lists::{
    area_list, arrow_row_years, from_to_span, heading_place, is_row, list_places, list_rates, list_year,
    place_groups_scanned, respectively, row_label_force, side_by_side_years, table_total, RowLayout,
};
use super::locate::{
    area_spoken_of, bare_forces_count, britain_as_btp, combined_total, compared_elsewhere, for_its_own_part,
    force_records_for_its_part, force_sources_its_part, forces_asked_show_a_total, forces_set_beside, is_alternative,
    is_average_yardstick, is_borough, is_compared_place, is_compared_source, is_compared_with, is_force_wide,
    is_forces_asked, is_ground_of, is_job_patch, is_left_out, is_named_area, is_national_yardstick,
    is_programme_introduction, is_version_note, is_whole_ground, local_part_of_force, london_as_its_force,
    names_london, nationally_as_btp, part_before_bracketed_force, place_for, refers_to_area, set_against_country,
    source_place, sourced_for_part, speaks_of_the_councils_area, topic_group, GENERIC_POLICE,
};
use super::nouns::names_offences;
use super::tables::{
    areas_summed, column_kinds, column_measures, column_place, column_places, column_years, drop_label_numbers,
    header_place, second_header_row, table_area, table_header,
};
use super::years::{
    attached_time, change_period, change_years_before, comparison_gap, count_period, counted_on, dates_an_event,
    figure_dated_back, first_or_last_of_span, from_to_under_span, last_year_of_its_own, of_the_latest, over_the_period,
    over_the_same_time, over_the_years_gone_through, paired_with_another_place, reached_by, same_number_as,
    same_part_of_an_earlier_year, single_time_stated, unprinted_baselines, year_on_year, years_compared,
    years_compared_for,
};
use crate::extract::numbers::compile;
use crate::extract::places::{Mention, Scope, NATIONAL};
use crate::extract::{measure, periods};
use crate::model::{Figure, Kind, Measure, Period};

use super::list_headings::{is_list_heading, read_list_heading};
use super::neighbours::{
    elliptical_changes, from_to_kinds, held_again, held_again_in_clause, held_now, told_of_things_before, verb_before,
};
use super::unnamed_forces::{
    answered_a_request, dozens_of_forces, few_forces_recorded, names_every_force, names_the_region,
    over_unnamed_forces, points_back_to_forces,
};
use super::{head, tail, Found};

/// "In 2019/20 the figure stood at 188", "twelve months on, that figure was higher", "A year
/// earlier it was 129": the figure the text last gave, in another year or place, which counts
/// what that figure counted (even after a sentence about part of a total, whose measure does
/// not carry on).
pub(super) fn the_figure_again(s: &str, previous: &[Found]) -> Option<Measure> {
    static THE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|that|this)\s+figure\b|\bit\s+(?:was|had\s+been|stood\s+at|came\s+to)\s+(?:just\s+|only\s+|about\s+|around\s+)?\d",
        )
    });
    if !(s.contains("figure ") || s.contains("it ") || s.contains("It ")) || !THE_FIGURE.is_match(s) {
        return None;
    }
    previous.iter().rev().find(|f| f.kind != Kind::Money).map(|f| f.measure)
}

/// "Source: Staffordshire Police, Central Referral Unit.", "Sources: ONS; Kent Police": a
/// note under a table or chart saying whose records its figures are, which leaves the text on
/// the place it was about.
fn names_the_source(s: &str) -> bool {
    static SOURCE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*(?:data\s+)?sources?\s*:"));
    SOURCE.is_match(s)
}

/// "West Yorkshire Police recorded the most: 4,812 offences, up from 4,540" after a table
/// that gave 4,812 as all sexual offences against children: a sentence naming no measure
/// whose count the text gave already counts what that figure counts, and so do the other
/// figures of the sentence and the text after it.
pub(super) fn measure_printed_before(s: &str, figures: &[Figure], current: &mut [Found]) -> Option<Measure> {
    let again = current.iter().filter(|f| f.kind == Kind::Count && f.place.is_some()).find_map(|f| {
        figures
            .iter()
            .rev()
            .find(|g| g.kind == f.kind && g.value == f.value && g.place == f.place)
            .map(|g| g.measure)
            .filter(|&m| m != f.measure)
    })?;
    if measure::of_sentence(s).is_some() {
        return None;
    }
    for f in current.iter_mut().filter(|f| matches!(f.kind, Kind::Count | Kind::PercentChange)) {
        f.measure = again;
    }
    Some(again)
}

/// "The figures, for 2021/22, were…", "The figure for 2022/23 is up 22%": a sentence
/// opening on the year of the figures before it.
pub(super) fn dated_back(s: &str, times: &[periods::Mention]) -> Option<Period> {
    static FIGURES_FOR: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:the|these|this|that)\s+(?:figures?|data|numbers?|statistics|total)\s*,?\s+(?:(?:which\s+)?(?:are|is|were|was)\s+)?(?:for|covering|covers?|relat(?:e|es|ing)\s+to)\s+(?:the\s+)?$",
        )
    });
    let first = times.first()?;
    match first.when {
        periods::When::Year(p) if FIGURES_FOR.is_match(s.get(..first.range.start)?) => Some(p),
        _ => None,
    }
}

/// The one financial year a sentence prints for figures, if it prints exactly one (not one
/// dating an event: "Recording rules changed in 2019/20").
pub(super) fn only_year(s: &str, times: &[periods::Mention]) -> Option<Period> {
    let mut years = times.iter().filter(|t| !dates_an_event(s, t)).filter_map(|t| t.year());
    let first = years.next()?;
    years.all(|p| p == first).then_some(first)
}

/// "The unit now has 22 detectives. That is up from 9 in 2019.": a sentence pointing back at
/// the figure before and giving the value it rose or fell from, with no noun of its own,
/// counts what that figure counted; so it is no count of offences when that one was not.
pub(super) fn counts_what_the_last_did(s: &str, previous: &[Found], current: &mut [Found]) {
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+has\s+(?:risen|grown|fallen|gone\s+(?:up|down)))\s+(?:(?:up|down)\s+)?from\s+(?:(?:about|around|just|only|some)\s+)?\d[\d,]*(?:\s+(?:in|a\s+year|the\s+year|last|since|at)\b|\s*[.,;]|\s*$)",
        )
    });
    let last_not_counted = previous.iter().rev().find(|f| f.kind != Kind::Money).is_some_and(|f| f.kind == Kind::Other);
    if !last_not_counted || !FROM.is_match(s) {
        return;
    }
    for f in current.iter_mut().filter(|f| f.baseline && f.kind == Kind::Count) {
        f.kind = Kind::Other;
    }
}

/// "Of these, …", "Of the 655, …", "Around 230 of the offences …", "Six hundred and seventy
/// of those crimes …", "Grooming accounted for 1,480 of the crimes": a sentence about part of
/// what came before, whose measure does not carry on to the sentences after it.
///
/// Its shapes in two patterns: the first two open the sentence and are read from its start
/// alone, the last ("accounted for 1,480 of the") may stand anywhere. One pattern of all three
/// was scanned over every sentence to its end.
fn is_subset(s: &str) -> bool {
    static SUBSET_LEAD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*of\s+(?:the|these|those|them|which|this|its|their|(?:last|that|this)\s+year's)\b|^\W*(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more\s+than|fewer\s+than|just\s+(?:over|under))\s+)?(?:[\d,.]+%?|(?:(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|and|a)[\s,-]+)*(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand))\s+of\s+(?:the|these|those|them|its|their)\b",
        )
    });
    static SUBSET_SHARE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:accounted\s+for|made\s+up|comprised|represented)\s+(?:(?:more\s+than|almost|nearly|about|around|over)\s+)?[\d,.]+%?\s+of\s+(?:the|these|those|them|all)\b",
        )
    });
    SUBSET_LEAD.is_match(s) || SUBSET_SHARE.is_match(s)
}

/// "Of these, …", "Of those …": part of the figures of the sentence before.
pub(super) static OF_THESE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them|which)\b"));

/// "In 2018/19 the force recorded 90. The latest figure is up 12% on a year earlier": a
/// sentence opening on the latest figure is about the year the text is about, and counts back
/// from it, not from an earlier year the sentence before printed.
static THE_LATEST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*the\s+(?:latest|most\s+recent|newest)\s+(?:annual\s+|yearly\s+)?(?:total|figure|number|count|tally)\b",
    )
});

/// The first and last years of the span of years a sentence names last: "between 2015/16 and
/// 2022/23", "(for each year) from 2015-16 to 2022-23".
fn span_named(s: &str, times: &[periods::Mention]) -> Option<(Period, Period)> {
    let between = times.iter().rev().filter(|m| m.when.names_no_financial_year());
    let between = between.filter_map(|m| s.get(m.range.clone()).and_then(periods::span_ends)).next();
    let from_to = times.windows(2).rev().find_map(|pair| {
        let (first, last) = (pair[0].year()?, pair[1].year()?);
        let joined = s.get(pair[0].range.end..pair[1].range.start).is_some_and(|gap| gap.trim() == "to");
        let from = tail(s, pair[0].range.start).trim_end().to_ascii_lowercase().ends_with("from");
        (joined && from && first < last).then_some((first, last))
    });
    between.or(from_to).or_else(|| years_counted_from(s, times))
}

/// "the seven financial years from 2012/13", "their three years beginning with 2027/28": a span named
/// by its first year and how many years it runs, which FOI replies print for the years they
/// cover.
fn years_counted_from(s: &str, times: &[periods::Mention]) -> Option<(Period, Period)> {
    static YEARS_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|its|their)\s+([a-z]+|\d{1,2})\s+(?:financial\s+|full\s+)?years\s+(?:from|starting(?:\s+(?:in|with))?|beginning(?:\s+(?:in|with))?)\s+$",
        )
    });
    if !s.contains("years") {
        return None;
    }
    times.iter().rev().find_map(|m| {
        let first = m.year()?;
        let n = YEARS_FROM.captures(tail(s, m.range.start))?.get(1)?.as_str();
        let n = n.parse::<u16>().ok().or_else(|| crate::extract::numbers::word_value(n).map(|v| v as u16))?;
        (2..=30).contains(&n).then(|| (first, Period::starting(first.start_year + n - 1)))
    })
}

/// "A unit was launched in 2020", "The pilot ran for three years": a sentence after a span
/// was named that prints a year other than its ends, or tells of something begun, so that
/// "the first year" after it may be that thing's, not the span's.
fn leaves_span(s: &str, times: &[periods::Mention], (first, last): (Period, Period)) -> bool {
    static BEGUN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:launched|set\s+up|formed|founded|created|introduced|established|began|started|joined|opened|pilot|trial|scheme|new\s+(?:unit|team|squad|service))\b",
        )
    });
    times.iter().filter_map(periods::Mention::year).any(|y| y != first && y != last) || BEGUN.is_match(s)
}

/// "In the North West, the force recorded …": the force's figure for a part of its ground.
static REGION_FRAME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\W*in\s+(?:the\s+)?[\w\s-]{2,40},\s+the\s+force\b"));

/// "the force recorded …": the force the text named last.
/// "The force", "the constabulary"; also "the national force", "the single national force":
/// a force that polices a whole nation named by what it is, in a text about it.
static THE_FORCE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\bthe\s+(?:(?:single\s+)?national\s+|single\s+)?(?:force|constabulary)\b"));

/// "In 2021/22 the city recorded 590", "figures for the town", "38 drink-drivers in the
/// district": a sentence naming no place that speaks of "the city", "the town" or "the
/// district" means the council area or city the text last gave a figure for, if it is not
/// already about it.
/// In a local council's report, "in the parish", "the ward", "the town" mean the council's
/// area ([`speaks_of_the_councils_area`]) before any area the text gave a figure for.
fn named_area_referred_to(s: &str, ctx: &Context) -> Option<String> {
    static THE_CITY: LazyLock<Regex> = LazyLock::new(|| compile(r"\b[Tt]he\s+(?:city|town|district)\b"));
    if let Some(council) = ctx.council.as_ref().filter(|c| ctx.place.as_ref() != Some(*c)) {
        if speaks_of_the_councils_area(s) {
            return Some(council.clone());
        }
    }
    let area = ctx.area_named.as_ref().filter(|a| ctx.place.as_ref() != Some(*a))?;
    let cheap = s.contains("he city") || s.contains("he town") || s.contains("he district");
    (cheap && THE_CITY.is_match(s)).then(|| area.clone())
}

/// The council area or city (as printed) a sentence with no figure says offences were
/// recorded in, the only one it names, when every place it names beside it is the area's own
/// force or the nation that force polices.
fn area_of_offences(
    s: &str,
    groups: &[super::lists::Group],
    areas: &[crate::extract::places::AreaMention],
) -> Option<String> {
    // "offences logged in the Mid Ulster policing district", "crimes in the
    // Wrexham council area": what was recorded, in the area, described as one or not.
    static RECORDED_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:recorded|logged|reported|committed|offences|offending|crimes?)\s+(?:in|across|within|throughout)\s+(?:the\s+)?$",
        )
    });
    static DESCRIBED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"^(?:\s+(?:local\s+)?(?:policing\s+)?(?:district|division|council\s+area|borough|area))?(?:[\s,.;]|$)")
    });
    if areas.is_empty() || !(names_offences(s) || measure::of_sentence(s).is_some()) {
        return None;
    }
    let recorded_in = || {
        let mut unambiguous = areas.iter().filter(|m| !m.ambiguous);
        let m = unambiguous.next().filter(|_| unambiguous.next().is_none())?;
        let after = s.get(m.range.end..)?;
        let named_on = after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase));
        (RECORDED_IN_BEFORE.is_match(tail(s, m.range.start)) && DESCRIBED_AFTER.is_match(after) && !named_on)
            .then(|| s.get(m.range.clone()).map(str::to_string))
            .flatten()
    };
    let area = recorded_in()?;
    let force = areas.iter().find(|m| s.get(m.range.clone()) == Some(area.as_str()))?.force;
    groups.iter().flat_map(|g| &g.places).all(|p| p.name == force).then_some(area)
}

/// The measure a sentence with no figure defines as what the figures count: "The best
/// measure here is the count of crimes of …", "The figures below cover offences of …", "These
/// statistics count …". None where it names several measures.
fn measure_defined(s: &str) -> Option<Measure> {
    static DEFINES: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:measure|figures?|statistics|data|numbers?)\s+(?:(?:below|here|used)\s+){0,2}(?:is|are|covers?|counts?|refers?\s+to|relates?\s+to)\s+(?:only\s+)?(?:the\s+(?:number|count|total)\s+of\s+)?(?:recorded\s+)?(?:offences|crimes)\b",
        )
    });
    if !(s.contains("offences") || s.contains("crimes")) || !DEFINES.is_match(s) {
        return None;
    }
    // "…, which are logged under a 2003 Act": a clause after the
    // definition says more of them, not what they are.
    let clause = [", which", ", as ", ";"].iter().filter_map(|w| s.find(w)).min().map_or(s, |end| &s[..end]);
    match measure::of_sentence_and_several(clause) {
        (Some(m), false) => Some(m),
        _ => None,
    }
}

/// Whether `name` is a council area or city the gazetteer lists, printed whole.
fn is_listed_area(name: &str) -> bool {
    matches!(crate::extract::places::all_area_mentions(name).as_slice(), [m] if m.range == (0..name.len()))
}

/// Whether the number at `range` stands alone in brackets: "498 (371)".
pub(super) fn in_brackets(s: &str, range: &Range<usize>) -> bool {
    tail(s, range.start).trim_end().ends_with('(') && head(s, range.end).trim_start().starts_with(')')
}

/// Reads one sentence, updating the context, and returns its figures. `mentions` are the
/// gazetteer's places in it ([`crate::extract::places::mentions`]).
pub(super) fn read_sentence(
    s: &str,
    mentions: &[Mention],
    times: &[periods::Mention],
    facts: &ArticleFacts,
    ctx: &mut Context,
) -> Vec<Found> {
    let listed = ctx.listed.take();
    let held = ctx.held.take();
    if let Some(ends) = span_named(s, times) {
        ctx.span = Some(ends);
    } else if ctx.span.is_some_and(|ends| leaves_span(s, times, ends)) {
        ctx.span = None;
    }
    // "Table 2: Sexual offences against children by region" over a table: what its rows
    // count. A caption naming nothing ("Table 1 (continued)") goes on with the last.
    if s.contains('|') {
        if let Some(m) = ctx.caption_measure.take() {
            ctx.table_measure = Some(m);
            ctx.measure = m;
        }
        if ctx.caption_counts_no_offences {
            ctx.table_counts_no_offences = true;
        }
    } else {
        ctx.table_counts_no_offences = false;
    }
    let places = column_places(s);
    if let Some(mut columns) = table_header(s, times) {
        // "| | 2021/22 | 2022/23 | 2021/22 | 2022/23 |" under "| Force | Online-flagged | |
        // All offences | |": the second row of a two-row header.
        if let (Some(above), Some(first)) = (ctx.header_above.take(), ctx.columns.as_deref()) {
            if let Some(joined) = second_header_row(&above, first, s, &columns) {
                columns = joined;
            }
        }
        ctx.header_above = Some(s.to_string());
        // "| UK, referrals | 2022 | 2023 |": the place the header names heads the rows.
        if let Some(place) = header_place(s) {
            ctx.headed(place);
        }
        ctx.columns = Some(columns);
        ctx.table_rows.clear();
        ctx.column_places = places;
        return Vec::new();
    }
    if places.is_some() {
        ctx.columns = None;
        ctx.column_places = places;
        return Vec::new();
    }
    if !s.contains('|') {
        ctx.columns = None;
        ctx.column_places = None;
    }
    let mut cands = candidates(s, times, ctx.after_dated_figures, &ctx.children_passage);
    if !cands.is_empty() || !s.contains('|') {
        ctx.header_above = None;
    }
    if s.contains('|') {
        drop_label_numbers(s, &mut cands);
    }
    if ctx.suppression_note {
        cands.retain(|c| !super::incidentals::is_suppression_bound(tail(s, c.number.range.start)));
    }
    // Before the sentence moves the place or force the text is about.
    if !cands.is_empty() {
        ctx.set_aside(s);
    }
    if let Some(columns) = &ctx.columns {
        column_kinds(s, columns, &mut cands);
    }
    if ctx.table_counts_no_offences && s.contains('|') {
        // "| Truancy | 233 | 307 |" under "Table D7: Pupils excluded from school, by reason".
        for c in cands.iter_mut().filter(|c| c.kind == Kind::Count) {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
    // The council areas named, scanned once for the place lists and the area a sentence with
    // no figure speaks of.
    let area_mentions = crate::extract::places::all_area_mentions(s);
    let mut scanned = place_groups_scanned(s, ctx.london, mentions, &area_mentions);
    // A section London was carried into that names another force: read it without London.
    if ctx.note_section_places(scanned.iter().flat_map(|g| g.places.iter().copied())) {
        scanned = place_groups_scanned(s, false, mentions, &area_mentions);
    }
    let mut groups = ctx.country_as_home_nation(s, scanned);
    // "Our totals were measured against records held by Gwent Police": in a sentence with no
    // figure, a place named only as the source of figures set against the text's is not
    // spoken of.
    if cands.is_empty() {
        groups.retain(|g| !is_compared_source(s, &g.range));
    }
    ctx.region_as_forces_named(s, &mut groups);
    // "The force recorded 3,104 …, according to data gathered from police forces across England
    // and Wales", "The data, obtained from forces across the UK, shows that 164 were flagged by
    // Cumbria Constabulary": the ground of the forces asked is where the figures were
    // gathered, not their place, in a sentence that has a force of its own.
    if s.contains("forces") && groups.iter().any(|g| is_forces_asked(s, g)) {
        let own = groups.iter().any(|g| !is_forces_asked(s, g)) || THE_FORCE.is_match(s);
        if own && !forces_asked_show_a_total(s, &groups) {
            groups.retain(|g| !is_forces_asked(s, g));
        }
    }
    britain_as_btp(s, &mut groups, ctx.force.as_deref());
    nationally_as_btp(s, &mut groups, ctx.force.as_deref());
    ctx.note_nation(&groups);
    // "Wigan ....... 310" under "… by district:", "| Medway | 2,390 |" under "| District |
    // …": the row's area as printed.
    let area_row = ctx.area_row.clone().or_else(|| ctx.columns.as_deref().and_then(|c| table_area(s, c)));
    // "| Total | 497 |" under a table of the areas of a force's ground: the force's.
    let area_row =
        area_row.or_else(|| ctx.columns.as_deref().filter(|c| areas_summed(s, c)).and_then(|_| ctx.force.clone()));
    ctx.london = ctx.london || groups.iter().any(|g| g.places.iter().any(|p| names_london(p)));
    let last_single = |scope: Scope| {
        groups.iter().rev().find_map(|g| match g.places.as_slice() {
            [p] if p.scope == scope => Some(p.name.to_string()),
            _ => None,
        })
    };
    // "Police in the North East and Cumbria …": a region, alone or with forces beside it, is
    // what a later total over "the four forces" is for.
    let region = groups.iter().rev().find(|g| {
        g.places.iter().any(|p| p.scope == Scope::Region && !is_borough(p) && !is_named_area(p))
            && g.places.iter().all(|p| p.scope != Scope::National)
    });
    if let Some(g) = region {
        ctx.note_region(s, &g.range, g.name());
    }
    // "The force solved 13% of cases, while in Suffolk the figure was 17%": "the force" before
    // the first place a sentence names is still the force the text named before, for the
    // numbers it opens on, not the place the text last went on about.
    let force_before = groups
        .first()
        .filter(|g| s.get(..g.range.start).is_some_and(|lead| THE_FORCE.is_match(lead)))
        .and_then(|g| Some((g.range.start, ctx.force.clone()?)));
    if let Some(force) = last_single(Scope::Force) {
        ctx.force = Some(force);
    }
    ctx.note_forces(groups.iter().flat_map(|g| &g.places));
    let bare_forces = ctx.region.is_none() && bare_forces_count(s, ctx.place.as_deref());
    if groups.is_empty() && (GENERIC_POLICE.is_match(s) || bare_forces) {
        ctx.place = Some(NATIONAL.to_string());
    }
    // A total over unnamed forces is the region's, if the text named one; "the force" is the
    // force the text named last, even after a national or regional figure.
    let across = groups.is_empty() && (over_unnamed_forces(s) || (ctx.region.is_some() && few_forces_recorded(s)));
    let the_force = groups.is_empty() && !across && THE_FORCE.is_match(s);
    // "Taken together, the three forces logged 6,282 - one in eight of the 50,510 recorded
    // across England and Wales": so even in a sentence that names other places.
    let joint_named = !groups.is_empty() && s.contains("forces") && over_unnamed_forces(s);
    let carried = if across {
        let every_force = || ctx.every_force || names_every_force(s) || dozens_of_forces(s);
        let joint = ctx.joint_forces(s);
        if joint.is_some() {
            ctx.forces_together.clone_from(&joint);
        }
        // "Across the four forces, offences rose 63%. … 1,052 offences across the region": with
        // no region named, the region is the forces the text took together.
        // "across the 41 forces that replied": more forces than any region has are the
        // country's, whatever region the text is about.
        joint
            .or_else(|| dozens_of_forces(s).then(|| NATIONAL.to_string()))
            // "… wrote to each of Britain's police forces. Across those forces, 4,815 …": the
            // forces pointed back at are those the sentence before counted, the country's.
            .or_else(|| (ctx.many_forces_before && points_back_to_forces(s)).then(|| NATIONAL.to_string()))
            .or(ctx.region.clone())
            .or_else(|| (answered_a_request(s) && every_force()).then(|| NATIONAL.to_string()))
            .or_else(|| ctx.forces_together.clone().filter(|_| names_the_region(s)))
            // "Those forces recorded 35,436 …" in a text about the country: its forces.
            .or_else(|| bare_forces.then(|| NATIONAL.to_string()))
    } else if joint_named {
        ctx.joint_forces(s).or(ctx.place.clone())
    } else if the_force {
        // With no force named, not the country a figure before left the text on.
        ctx.force.clone().or(ctx.place.clone().filter(|p| p != NATIONAL))
    } else if groups.is_empty() {
        // "Bolton recorded the steepest rise. There were 412 …": the area the paragraph opened
        // with, unless the sentence says it is about the whole ground.
        // "In Wigan, burglaries rose 12%. Shoplifting there fell 4%": the area a sentence before
        // it in the paragraph gave a figure for, when it refers back to it.
        let before = ctx.area_before.clone().filter(|_| refers_to_area(s));
        let area = before.or_else(|| ctx.paragraph_area.clone().filter(|_| !is_whole_ground(s)));
        let named = named_area_referred_to(s, ctx);
        listed_area_opening(s, &ctx.listed_areas)
            .or_else(|| ctx.row_place.clone())
            .or(area)
            .or(named)
            .or_else(|| ctx.round_up_home(s))
            .or(ctx.place.clone())
    } else if ctx.council.is_some() && ctx.council == ctx.place {
        // A council's report on its own area that names a force goes on to the force's
        // figures: a number the force's name does not reach is the force's, not the area's.
        groups
            .iter()
            .find(|g| matches!(g.places.as_slice(), [p] if p.scope == Scope::Force))
            .map(|g| g.name())
            .or(ctx.place.clone())
    } else {
        ctx.place.clone()
    };
    let caption = cands.is_empty() && ctx.before_table;
    ctx.caption_measure = if caption { measure::of_sentence(s) } else { None };
    ctx.caption_counts_no_offences = caption && super::tables::caption_counts_no_offences(s);
    if cands.is_empty() {
        // "Burglary is rising in the county.", "Violence against the person is rising": a
        // sentence about offences leaves the things counted before them behind, for "the
        // total" after it.
        if ctx.things_last && (measure::of_sentence(s).is_some() || names_offences(s)) {
            ctx.things_last = false;
        }
        // No figure: the sentence only moves the place the text talks about (not to the patch
        // of a speaker's job, "…, the charity's manager for the North West"), or, heading a
        // list ("Online-flagged child sexual offences by force, 2023-24:"), what it counts.
        if let Some(g) = topic_group(s, &groups).filter(|g| {
            g.carries()
                && !is_national_yardstick(s, &g.range)
                && !forces_set_beside(s, &g.range)
                && !is_job_patch(s, g)
                && !is_ground_of(s, g, &ctx.place)
                && !is_alternative(s, &g.range)
                && !is_left_out(s, g)
                && !is_compared_with(s, &g.range)
                && !names_the_source(s)
                && !is_version_note(s)
                && !is_programme_introduction(s, g)
        }) {
            ctx.place = Some(part_before_bracketed_force(s, g, &area_mentions).unwrap_or_else(|| g.name()));
            // A line that is nothing but the name heads what follows.
            if s.len() <= 60 && heading_place(s).is_some() {
                ctx.headed(g.name());
            }
        }
        // "Grooming offences recorded in the Conwy council area have hit a record, figures
        // for North Wales show": a sentence about offences in one council area or city, naming
        // no place beyond its force's ground, moves the text to the area, which a later "in
        // the district" or "in the county" means.
        if let Some(area) = area_of_offences(s, &groups, &area_mentions) {
            ctx.place = Some(area);
        }
        // "The town's yearly totals are below": the council area or city the text last gave
        // a figure for is what it is about now.
        if let Some(area) = named_area_referred_to(s, ctx).filter(|_| groups.is_empty()) {
            ctx.place = Some(area);
        }
        // "Table 3: Grooming reports in Swindon, 2011/12 to 2013/14": a table's caption
        // naming one council area or city, and no force, heads rows about it.
        if ctx.before_table && groups.is_empty() {
            if let [area] = area_mentions.iter().filter(|m| !m.ambiguous).collect::<Vec<_>>().as_slice() {
                if let Some(name) = s.get(area.range.clone()) {
                    ctx.place = Some(name.to_string());
                }
            }
        }
        if is_list_heading(s) {
            read_list_heading(s, times, facts.first_measure, ctx);
        }
        // "The figures below count only offences of sexual grooming": a sentence saying what
        // the figures that follow count: a sentence saying what the figures that follow count names their measure.
        if let Some(m) = measure_defined(s) {
            ctx.measure = m;
        }
        // "In Wigan, burglaries rose 12%. Bolton saw no change. Shoplifting there fell": an
        // area the sentence is about is what a later "there" refers back to.
        if let Some(area) = area_spoken_of(s, &area_mentions) {
            ctx.area_before = Some(area);
        }
        return Vec::new();
    }
    // Rates: decided with the text up to the next number, so a later "a day" is not taken.
    let ends: Vec<usize> = cands.iter().skip(1).map(|c| c.number.range.start).chain(std::iter::once(s.len())).collect();
    for (i, c) in cands.iter_mut().enumerate() {
        if c.kind == Kind::Count || c.kind == Kind::Other {
            let window = head(s.get(..ends[i]).unwrap_or(s), c.number.range.end);
            let rest = head(s, c.number.range.end);
            if !c.number.percent && is_rate(tail(s, c.number.range.start), window, rest) {
                c.kind = Kind::Rate;
            }
        }
    }
    // "Bradford: 3,390 (27.5)" under "Leeds: 4,210 burglaries (31.2 per 1,000 households)":
    // a list's bare row prints what the row before it said in words.
    if ctx.list_row && ctx.columns.is_none() {
        match &ctx.row_layout {
            Some(layout) => layout.apply(s, &mut cands),
            None => ctx.row_layout = RowLayout::of(s, &cands),
        }
    }
    // Under a heading of rates, once the row's own words have said which of its numbers is
    // one. (A table's header, not a note above it, says what its columns hold.)
    if ctx.rate_rows && ctx.columns.is_none() {
        list_rates(s, &mut cands);
    }
    elliptical_changes(s, &mut cands);
    continued_rates(s, &mut cands);
    if ctx.rates_last && ctx.same_paragraph {
        ranked_after_rates(s, &mut cands);
    }
    from_to_kinds(s, &mut cands);
    bracketed_changes(s, &mut cands);
    if let Some(verb) = held.filter(|_| ctx.same_paragraph) {
        held_again(s, &mut cands, &verb);
    }
    held_again_in_clause(s, &mut cands);
    held_now(s, &mut cands);
    ctx.held = cands.last().filter(|c| c.not_offences).and_then(|c| verb_before(s, c.number.range.start));
    if ctx.things_last {
        told_of_things_before(s, &mut cands);
    }
    ctx.things_last = cands.last().is_some_and(|c| c.not_offences);
    ctx.rates_last = cands.iter().any(|c| c.kind == Kind::Rate);
    // A table's row naming no measure counts what its caption said the table counts, not
    // what the row before it named ("| Sexual communication | 126 |" over "| Causing a child
    // to watch a sexual act | 22 |").
    let base = ctx.table_measure.filter(|_| s.contains('|')).unwrap_or(ctx.measure);
    let (mut measures, mut cue) = super::measures::of_candidates(s, &cands, base);
    // In an article about sexual offences of every age, those a sentence gives with no
    // children named are not the offences against children; nor are those of a clause naming
    // none, when another clause of the sentence does ("Sexual offences fell 3% to 198,542, but
    // image offences - mostly of children - rose").
    if facts.every_age.in_each_sentence() {
        let children = measure::names_children(s);
        let clauses = children.then(|| measure::ChildClauses::of(s));
        for (c, m) in cands.iter().zip(measures.iter_mut()) {
            if *m == Measure::All && !clauses.as_ref().is_some_and(|k| k.around(c.number.range.start)) {
                *m = Measure::Other;
            }
        }
        if let Some(m) = cue.as_mut().filter(|m| **m == Measure::All && !children) {
            *m = Measure::Other;
        }
    }
    // "| Dorset Police | 2,140 | +4% |" in a table of missing episodes: a row whose values
    // count no offences changes by what it counts.
    let row_counts_no_offences = s.contains('|')
        && cands.iter().any(|c| c.not_offences)
        && cands.iter().all(|c| c.not_offences || c.number.percent || c.kind == Kind::Rate);
    if row_counts_no_offences {
        for (c, m) in cands.iter().zip(measures.iter_mut()) {
            if c.kind == Kind::PercentChange {
                *m = Measure::Other;
            }
        }
    }
    if let Some(columns) = &ctx.columns {
        column_measures(s, columns, &cands, &mut measures);
        // "| of which: rape | 188 |" in a table of sexual offences against children: rapes
        // of children.
        if ctx.table_measure == Some(Measure::All) && measure::names_rape_alone(s) {
            for m in measures.iter_mut().filter(|m| **m == Measure::Other) {
                *m = Measure::All;
            }
        }
    }
    // "Of these, 20 were online": part of the figures just read, of their year; so is a
    // sentence going on in their paragraph with no year or place of its own.
    let text_year = ctx.period;
    let goes_on = ctx.same_paragraph && times.is_empty() && groups.is_empty();
    // "Belfast City accounted for 142 of them": part of the figures just read, in their year.
    let part_of_last = ctx.same_paragraph && times.is_empty() && is_subset(s);
    if goes_on || part_of_last || OF_THESE.is_match(s) {
        ctx.period = ctx.stated.or(text_year);
    }
    let the_latest = s.contains("atest") || s.contains("ecent") || s.contains("ewest");
    let the_latest = the_latest && THE_LATEST.is_match(s);
    ctx.counted_from = if ctx.same_paragraph && !the_latest { ctx.stated.or(ctx.period) } else { ctx.period };
    let stated_before = ctx.stated.filter(|_| ctx.same_paragraph);
    ctx.same_paragraph = true;
    let latest = facts.resolve_latest(s, times);
    let source = source_place(s, &groups);
    let mut found: Vec<Found> = Vec::new();
    for i in 0..cands.len() {
        let period = count_period(s, &cands, i, times, &found, latest, ctx);
        let force_wide = ctx.force.is_some() && !groups.is_empty() && is_force_wide(s, &cands, i, &groups);
        let place =
            if force_wide { ctx.force.clone() } else { area_row.clone().or_else(|| place_for(s, &cands, i, &groups)) };
        let own_force = force_before.as_ref().filter(|(end, _)| cands[i].number.range.end <= *end).map(|(_, f)| f);
        let place = place.or_else(|| source.clone()).or_else(|| own_force.or(carried.as_ref()).cloned());
        let c = &cands[i];
        found.push(Found {
            range: c.number.range.clone(),
            value: c.number.value * c.sign,
            kind: c.kind,
            qualifier: c.qualifier.clone(),
            place,
            period,
            calendar_year: None,
            measure: measures[i],
            check: None,
            baseline: is_baseline_value(s, c.number.range.start),
            difference: c.difference,
        });
    }
    sourced_for_part(s, &groups, &mut found, ctx.place.as_deref());
    for_its_own_part(s, &groups, &mut found);
    london_as_its_force(s, &groups, &mut found, ctx.force.as_deref());
    local_part_of_force(s, &groups, &mut found, ctx.place.as_deref());
    combined_total(s, &mut found);
    year_on_year(s, &cands, times, &mut found, ctx);
    last_year_of_its_own(s, &cands, times, &mut found, facts.latest());
    unprinted_baselines(s, &cands, times, &mut found, ctx);
    list_year(s, &cands, times, &mut found);
    first_or_last_of_span(s, &cands, &mut found, ctx.span);
    if ctx.list_row && ctx.columns.is_none() {
        side_by_side_years(s, &cands, &ctx.row_years, &mut found);
        if ctx.row_years.is_empty() {
            ctx.row_years = arrow_row_years(s, &cands, times);
        }
        match ctx.bracket_years {
            Some(years) => bare_bracket_years(s, &cands, times, years, &mut found),
            None => {
                ctx.bracket_years = labelled_bracket_years(s, &cands, times, &found);
                // "58 robberies in 2027/28 (44 in 2026/27); flagged as online 6 (4)": the bare
                // pairs of the row that labels its years.
                if let Some(years) = ctx.bracket_years {
                    bare_bracket_years(s, &cands, times, years, &mut found);
                }
            }
        }
    }
    from_to_under_span(s, &cands, times, &mut found);
    from_to_span(s, &cands, times, &mut found);
    let listed_here = respectively(s, &cands, times, &groups, &mut found);
    // "Wigan and Bolton saw 412 and 380": each area's own, after which the text goes on
    // about what it was about.
    let area_listed = listed_here.is_none() && area_list(s, &cands, &mut found);
    match listed_here {
        Some(places) => ctx.listed = Some(places),
        None if groups.is_empty() => {
            if let Some(places) = &listed {
                list_places(s, &cands, places, &mut found);
            }
        }
        None => {}
    }
    if let Some(columns) = &ctx.columns {
        column_years(s, columns, &mut found, false);
    }
    if let Some(places) = &ctx.column_places {
        column_place(s, places, &mut found);
    }
    if ctx.columns.is_some() {
        table_total(s, &groups, &mut found, &mut ctx.table_rows);
    }
    if let Some(year) = ctx.bracketed {
        // A list line under that heading: "South Wales Police – 498 (371)".
        let mut any = false;
        for (c, f) in cands.iter().zip(found.iter_mut()) {
            if f.kind != Kind::PercentChange && in_brackets(s, &c.number.range) {
                f.period = Some(year);
                f.baseline = true;
                any = true;
            }
        }
        if !any {
            ctx.bracketed = None;
        }
    }
    if let Some(m) = ctx.bracketed_measure {
        // A list line under that heading: "Gwent Police: 212 (1,870)".
        let bracketed = cands.iter().zip(found.iter_mut()).filter(|(c, _)| in_brackets(s, &c.number.range));
        let mut any = false;
        for (_, f) in bracketed.filter(|(_, f)| f.kind != Kind::PercentChange) {
            f.measure = m;
            any = true;
        }
        if !any {
            ctx.bracketed_measure = None;
        }
    }
    let compared = years_compared(&found);
    for i in 0..found.len() {
        if found[i].kind == Kind::PercentChange {
            let attached = attached_time(s, &cands, i, times);
            let before = change_years_before(s, &cands[i].number.range, attached, times, ctx);
            let compared = if found.iter().any(|f| f.kind == Kind::Money) {
                years_compared_for(s, &cands, i, &found)
            } else {
                compared
            };
            found[i].period =
                before.or_else(|| change_period(s, &cands[i].number.range, times, attached, compared, latest, ctx));
            found[i].check = recompute(&found[i], &found);
        } else if cands[i].difference {
            // "165 more than in the previous 12 months": a difference is for the later year.
            let attached = attached_time(s, &cands, i, times);
            found[i].period = change_period(s, &cands[i].number.range, times, attached, compared, latest, ctx);
        }
    }
    if let Some(columns) = &ctx.columns {
        column_years(s, columns, &mut found, true);
    }
    over_the_period(s, &cands, times, &mut found, ctx);
    over_the_same_time(s, &cands, times, &mut found);
    same_part_of_an_earlier_year(s, &cands, &mut found);
    over_the_years_gone_through(s, &cands, times, &mut found, ctx);
    of_the_latest(s, &mut found, facts.latest());
    same_number_as(s, times, &mut found);
    calendar_years(s, &cands, times, &mut found);
    paired_with_another_place(s, &cands, times, &mut found);
    // "Twelve months before, the tally for the region stood at 5,210, Kent's share 1,480": a count
    // the words before it give as the region's is the region's the text named.
    if let Some(region) = ctx.region.clone() {
        for (c, f) in cands.iter().zip(found.iter_mut()) {
            if f.kind == Kind::Count && f.place.as_deref() != Some(region.as_str()) && the_regions(s, c, &groups) {
                f.place = Some(region.clone());
            }
        }
    }
    // "<force>, <the ground or wider area it covers>: <count> offences": the row's force.
    if ctx.list_row && ctx.columns.is_none() && groups.first().is_some_and(|g| g.places.len() > 1) {
        if let Some(force) = row_label_force(s, &groups) {
            for f in found.iter_mut() {
                f.place = Some(force.name.to_string());
            }
            ctx.row_place = Some(force.name.to_string());
        }
    }
    // "Surrey Police: 1,415 crimes …": the place of the row, for its later sentences.
    if (ctx.list_row || ctx.in_item) && is_row(s, &groups) {
        ctx.row_place = found.first().and_then(|f| f.place.clone()).or(ctx.row_place.take());
    }
    if let Some(last) = found.last() {
        // "In the North West, the force recorded 521": a part of the force's ground, after
        // which the text goes on about the force.
        let part_of_force = groups.len() == 1
            && groups[0].places.iter().all(|p| p.scope == Scope::Region)
            && REGION_FRAME.is_match(s)
            && ctx.force.is_some();
        if part_of_force {
            ctx.place = ctx.force.clone();
        } else if across && last.place.is_some() && last.place == ctx.region {
            // "Between them, the region's forces logged 3,050 … The drop, 4%, …": a total over
            // the forces of the region the text named leaves it on that region, not on a
            // force it named before.
            ctx.place.clone_from(&last.place);
        } else if !across
            && area_row.is_none()
            && !area_listed
            && !is_row(s, &groups)
            && ctx.column_places.is_none()
            && !groups.iter().any(|g| !g.carries() && last.place.as_deref() == Some(&g.name()))
        {
            // The text goes on about the place of its last figure, not of an average that
            // figure was set against, nor of a value elsewhere it was compared with.
            let about = found
                .iter()
                .enumerate()
                .rev()
                .find(|&(k, f)| {
                    !is_average_yardstick(s, f.range.start)
                        && !set_against_country(s, &found, k, ctx.place.as_deref())
                        && !compared_elsewhere(&found, k)
                        && !is_compared_place(s, &groups, f.place.as_deref())
                })
                .map_or(last, |(_, f)| f);
            // "It is well above the level in England and Wales, where police logged 94":
            // a sentence whose figures are all of the place it compares with leaves the text
            // where it was.
            let only_compared =
                ctx.place.is_some() && found.iter().all(|f| is_compared_place(s, &groups, f.place.as_deref()));
            // "The force" is then still the force of that figure, not the one compared with.
            if found.iter().rev().position(|f| std::ptr::eq(f, about)).is_some_and(|back| back > 0)
                && about
                    .place
                    .as_deref()
                    .and_then(crate::extract::places::by_name)
                    .is_some_and(|p| p.scope == Scope::Force)
            {
                ctx.force = about.place.clone();
            }
            // "In Cornwall, 21 people died …": a part of a force's ground named as an area is a
            // breakdown, after which the text goes on about the force.
            let area =
                |name: &str| groups.iter().any(|g| g.places.iter().all(|p| is_named_area(p)) && g.name() == name);
            let at_area = about.place.as_deref().is_some_and(area);
            // Nor is an area the paragraph opened with or referred back to, which ends with it.
            let carried_area =
                about.place.is_some() && (about.place == ctx.paragraph_area || about.place == ctx.area_before);
            // An area the text gives its first figures for, though, is what the text is
            // about ("Domestic abuse in the Derry City and Strabane policing district rose 11%"
            // opening a local paper's story), not a breakdown of a force's.
            // So is the part of a force's ground the force is named recording every figure for
            // ("Merseyside Police recorded 640 … in the Wirral District").
            let leading_area = at_area
                && (ctx.place.is_none()
                    && (ctx.force.is_none()
                        || about.place.as_deref().is_some_and(|a| force_sources_its_part(s, &groups, &found, a)))
                    || about.place.as_deref().is_some_and(|a| force_records_for_its_part(s, &groups, &found, a)));
            let share = share_of_wider_total(s, &found, about, ctx.place.as_deref());
            if (leading_area || !at_area && !carried_area) && !share && !only_compared {
                ctx.place = about.place.clone().or(ctx.place.take());
            }
            // "Shoplifting there fell 4%": what a later sentence of the paragraph may refer
            // back to.
            if !carried_area {
                ctx.area_before = if at_area { about.place.clone() } else { None };
            }
            // Only a council area or city the gazetteer lists, not a neighbourhood named as an
            // area ("the Niddrie area"), which is no city.
            if at_area && about.place.as_deref().is_some_and(is_listed_area) {
                ctx.area_named.clone_from(&about.place);
            }
        }
        // The year the text is about, not that of a value it was compared with.
        let stated = found.iter().filter(|f| !f.baseline).filter_map(|f| f.period).max();
        // "The commissioner has pledged £450,000 for 2024/25": a sentence whose every year
        // looks ahead leaves the year the text reports on as it was.
        let mut years = times.iter().filter(|m| m.year().is_some()).peekable();
        let looks_ahead = years.peek().is_some() && years.all(|m| !reports_on(s, m));
        if !looks_ahead {
            // A sentence about earlier years ("The previous year …", "In the year to March 2022
            // the force recorded …") looks back without changing it.
            ctx.stated = stated.or_else(|| found.iter().filter_map(|f| f.period).max());
            let other = single_time_stated(s, &cands, times, &found);
            ctx.move_period(stated, text_year, other);
        }
        ctx.gap = comparison_gap(s, &cands, times, &found)
            .or_else(|| counted_on(s, &cands, times))
            .or_else(|| reached_by(s, times, stated_before))
            .or_else(|| figure_dated_back(s, times, &found, stated_before))
            .or(ctx.gap);
        // "Glasgow City accounted for 402 of the communicating indecently crimes": a place's
        // share is the same offences broken down by place, whose measure carries on.
        let place_share = groups.iter().any(|g| s.get(g.range.end..).is_some_and(|a| a.starts_with(" accounted for ")));
        if let Some(m) = cue.filter(|_| !is_subset(s) || place_share) {
            ctx.measure = m;
        }
    } else if let Some(g) = groups.last() {
        ctx.place = Some(g.name());
    }
    found
}

/// "the tally for the region stood at 5,210", "the region's total of 740", "while the count
/// of these crimes for the region went up to 2,015": a count whose own clause, with no place named between,
/// says it is the region's.
fn the_regions(s: &str, c: &super::kinds::Candidate, groups: &[super::lists::Group]) -> bool {
    static REGIONS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the\s+)?(?:regional\s+(?:total|figure|tally|count)|region['’]s\s+(?:total|figure|tally|count)|(?:total|figure|tally|count)\s+for\s+the\s+(?:whole\s+)?region|(?:offences|crimes|(?:number|count)\s+of\s+[\w\s-]{1,40}?)\s+(?:across|in)\s+the\s+(?:whole\s+)?region)\b[^,;.()]*$",
        )
    });
    let start = c.number.range.start;
    let before = tail(s, start);
    if !before.contains("egion") {
        return false;
    }
    let Some(m) = REGIONS.find(before) else { return false };
    let from = start - before.len() + m.start();
    !groups.iter().any(|g| g.range.start >= from && g.range.start < start)
}

/// "The Metropolitan Police recorded 412 of these", "Of those, 61 were in Kent": a force's or
/// area's share of the country's or a region's total printed before is a breakdown of it,
/// after which the text goes on about the wider place.
fn share_of_wider_total(s: &str, found: &[Found], f: &Found, before: Option<&str>) -> bool {
    static SHARE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them|this\s+total|the\s+total)\b"));
    static SHARE_OPENING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them),"));
    let Some(wider) = before.and_then(crate::extract::places::by_name) else { return false };
    let wider = matches!(wider.scope, Scope::National | Scope::Region);
    let elsewhere = f.place.is_some() && f.place.as_deref() != before;
    let printed_as_share =
        found.iter().any(|g| g.place == f.place && !g.baseline && SHARE_AFTER.is_match(head(s, g.range.end)));
    wider && elsewhere && (printed_as_share || SHARE_OPENING.is_match(s))
}

/// "But in Fishwick, thefts rose to 311": an area a list's rows named before, opening the
/// sentence's clause as "In NAME," (after "But" or "And" too), though the gazetteer does not
/// know it.
fn listed_area_opening(s: &str, listed: &[String]) -> Option<String> {
    if listed.is_empty() {
        return None;
    }
    let rest = s.trim_start();
    let rest = ["But ", "And ", "Yet "].iter().find_map(|w| rest.strip_prefix(w)).map_or(rest, |r| r.trim_start());
    let rest = rest.strip_prefix("In ").or_else(|| rest.strip_prefix("in "))?;
    listed.iter().find(|a| rest.strip_prefix(a.as_str()).is_some_and(|r| r.starts_with(','))).cloned()
}

#[cfg(test)]
mod subset_tests {
    use super::*;

    #[test]
    fn a_sentence_opening_on_part_of_the_last_figures_is_a_subset() {
        assert!(is_subset("\"Of those, most were sheds."));
        assert!(is_subset("Roughly forty-two of the break-ins were at night."));
        assert!(!is_subset("Sheds were hit most, and of those most at night."));
    }

    #[test]
    fn a_share_anywhere_in_the_sentence_is_a_subset() {
        assert!(is_subset("Over the winter, shed raids MADE UP nearly 40% of all the burglaries."));
        assert!(!is_subset("Shed raids made up the rest of the winter's reports."));
    }
}
