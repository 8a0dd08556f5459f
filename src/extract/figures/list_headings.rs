//! Lines that head a list of values ("Offences by force, 2023-24 (2022-23 in brackets):"):
//! what the list counts, for which year, and what its bracketed values are; and which lines are
//! its items.

use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use super::lists::{is_area_list_heading, is_rate_list_heading, row_years, ROW_SEPARATOR};
use super::years::dates_an_event;
use crate::extract::numbers::compile;
use crate::extract::{measure, periods};
use crate::model::{Measure, Period};

/// "(2022-23 in brackets)", "(figures for 2016/17 in brackets)", "(2023/24, with 2022/23 in
/// brackets)": the year of the values a list prints in brackets, the last year before "in
/// brackets".
static IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\([^()]{4,60}?\s+in\s+brackets\s*\)"));

/// The year a list heading says its bracketed values are for.
fn bracket_year(s: &str, times: &[periods::Mention]) -> Option<Period> {
    if !s.contains("brackets") {
        return None;
    }
    let m = IN_BRACKETS.find(s)?;
    let named = times.iter().rev().filter(|t| m.range().contains(&t.range.start)).find_map(|t| t.year());
    // "Top stations for 2024/25 (previous year in brackets):": the year before the one the
    // heading names for its values.
    named.or_else(|| {
        let year_before = PREVIOUS_YEAR.is_match(m.as_str());
        year_before
            .then(|| times.iter().filter(|t| !m.range().contains(&t.range.start)).find_map(|t| t.year()))
            .flatten()
            .map(|y| y.previous())
    })
}

/// "(previous year in brackets)", "(the year before in brackets)": the values in brackets are
/// for the year before the list's.
static PREVIOUS_YEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:previous|prior|preceding)\s+year\b|\byear\s+before\b"));

/// "(all sexual offences against children in brackets)": what the values a list prints in
/// brackets count, and the heading without that note, which says what the others count.
fn bracket_measure(line: &str) -> (Option<Measure>, std::borrow::Cow<'_, str>) {
    match IN_BRACKETS.find(line).filter(|_| line.contains("brackets")) {
        Some(m) => (measure::of_sentence(m.as_str()), [&line[..m.start()], &line[m.end()..]].concat().into()),
        None => (None, line.into()),
    }
}

/// A line that heads a list of values: it ends on a colon, or says which of its values are
/// in brackets.
pub(super) fn is_list_heading(line: &str) -> bool {
    line.trim_end().ends_with(':') || (line.contains("brackets") && IN_BRACKETS.is_match(line))
}

/// "West Midlands Police: 402 (361) +11pc", "Norfolk Constabulary - up 30%", "Kent | 410",
/// "Wigan ....... 310":
/// a line of a list, a name then its value.
pub(super) fn is_list_item(line: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"^[^\d|:;.!?]{{2,60}}?{ROW_SEPARATOR}(?:[(+-]?£?\d|(?i:up|down|no\s+change)\b)"))
    });
    line.len() < 160 && ITEM.is_match(line)
}

/// A list's heading, "Online-flagged child sexual offences by force, 2023-24 (2022-23 in
/// brackets):", says what the list counts, and the year of its values and of those in
/// brackets (and what those count, "(all offences in brackets)"). A heading about "the figures" names no measure of its own: the list is about
/// what the article is about (`main`), not what the sentence before it happened to count;
/// one about "the total" in an article about online offences lists all offences.
pub(super) fn read_list_heading(line: &str, times: &[periods::Mention], main: Measure, ctx: &mut Context) {
    static THE_FIGURES: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:the|these|our|latest|new)\s+(?:figures|data|numbers|statistics|stats|totals|breakdown)\b")
    });
    // A note on the values in brackets is about them, not the others.
    let (in_brackets, rest) = bracket_measure(line);
    ctx.bracketed_measure = in_brackets;
    let heading = rest.as_ref();
    ctx.area_rows = is_area_list_heading(heading);
    ctx.rate_rows = is_rate_list_heading(heading);
    // "… show how the total has changed": in an article about online offences, the total
    // they are part of.
    let total = || (main == Measure::Online).then(|| measure::of_contrasting_part(heading)).flatten();
    if let Some(m) = measure::of_sentence(heading).or_else(total) {
        ctx.measure = m;
    } else if THE_FIGURES.is_match(heading) {
        ctx.measure = main;
    }
    let bracketed = bracket_year(line, times);
    if bracketed.is_some() {
        ctx.bracketed = bracketed;
    }
    let years: Vec<Period> = times
        .iter()
        .filter(|t| !dates_an_event(line, t))
        .filter_map(|t| t.year())
        .filter(|&p| Some(p) != bracketed)
        .collect();
    // A heading naming no year right under a list ("The biggest fallers" after "The biggest
    // risers") heads a list of the same years side by side.
    if !years.is_empty() || bracketed.is_some() {
        ctx.row_years = row_years(line, times, ctx.period);
    }
    // A heading whose rows print each year side by side is about the last of them: what the
    // text after the list goes on about, as a row's change is.
    if let Some(&year) = ctx.row_years.iter().max().or(years.first()) {
        ctx.set_period(year);
    }
}
