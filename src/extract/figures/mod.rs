//! Statistics: place, period, value, kind and measure of every number an article states.
//!
//! The article is read sentence by sentence, in order, carrying a [`Context`] forward: the
//! place, period and measure the text last talked about, so that "the force", "such crimes"
//! or a table row under a force heading get theirs. In each sentence:
//!
//! 1. numbers are found ([`numbers`](super::numbers)) and those that are not statistics are
//!    dropped (years, ages, phone numbers, durations, counts of forces, rate bases…);
//! 2. time phrases are found ([`periods`]) and each number takes the one that goes with it;
//! 3. places are found with the gazetteer, coordinated ones joined, and each number takes the
//!    nearest that goes with it;
//! 4. the kind comes from the words around the number, the measure from the sentence's cues
//!    ([`measure`]).
//!
//! A figure printed twice is kept once, and a percent change stated beside its two values is
//! recomputed.
//!
//! The parts, each one step of that reading:
//!
//! - [`context`]: what the text last talked about, and facts about the whole article;
//! - [`filters`] and [`nouns`]: numbers that are not statistics, and what a number counts;
//! - [`kinds`]: count, rate, share or change, with the sign and qualifier;
//! - [`years`]: the period each figure is for, and [`calendar`] the calendar year of one
//!   no financial year dates;
//! - [`locate`] and [`lists`]: the place each figure is for, lists of places and values;
//! - [`tables`]: what a table's header says its columns hold, and so its rows' numbers;
//! - [`check`]: a percent change recomputed from its two values;
//! - [`dedupe`](mod@dedupe): a figure printed twice kept once;
//! - [`printed`]: where a figure's number is in the printed sentence.

mod calendar;
mod captions;
mod check;
mod context;
mod dedupe;
mod filters;
mod incidentals;
mod kinds;
mod lists;
mod locate;
mod measures;
mod nouns;
mod printed;
mod sentencing;
mod tables;
mod years;

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::numbers::compile;
use super::places::{Mention, ParagraphPlaces, Scope, NATIONAL};
use super::{measure, periods};
use crate::model::{Article, ChangeCheck, Figure, Kind, Measure, Period, Role};
use calendar::calendar_years;
use captions::{caption_figures, rounds_a_text_figure};
use check::{check_across, recompute};
use context::{
    is_baseline_value, is_later_note, is_retracted, is_separator, opening_figures_from_body, reports_on, ArticleFacts,
    Context,
};
use dedupe::dedupe;
use filters::{candidates, is_labelled_link};
use kinds::{bracketed_changes, continued_rates, is_rate, Candidate};
use lists::{
    area_heading, area_list, area_row_label, arrow_row_years, from_to_span, heading_place, is_area_list_heading,
    is_heading_line, is_rate_list_heading, is_row, is_summary_heading, list_places, list_rates, list_year,
    place_groups_scanned, respectively, row_years, section_place, side_by_side_years, table_total, year_heading,
    RowLayout, ROW_SEPARATOR,
};
use locate::{
    area_spoken_of, bare_forces_count, britain_as_btp, combined_total, compared_elsewhere, each_of_several,
    force_records_for_its_part, forces_asked_show_a_total, is_alternative, is_average_yardstick, is_borough,
    is_force_wide, is_forces_asked, is_ground_of, is_job_patch, is_named_area, is_national_yardstick, is_whole_ground,
    local_part_of_force, london_as_its_force, names_london, nationally_as_btp, one_force_across_breaks, opening_area,
    part_before_bracketed_force, place_for, refers_to_area, renamed_forces, restated, restated_for_named,
    scope_of_forces_asked, set_against_country, source_place, sourced_for_part, sourced_openings, topic_group,
    PlacedValues, GENERIC_POLICE,
};
use nouns::{head_noun, names_offences, Noun};
use printed::{Alignment, Printed};
use tables::{
    areas_summed, column_kinds, column_measures, column_place, column_places, column_years, drop_label_numbers,
    header_place, table_area, table_header,
};
use years::{
    attached_time, change_period, change_years_before, comparison_gap, count_period, counted_on, dated_by_check,
    dated_by_later_count, dates_an_event, first_or_last_of_span, from_to_under_span, last_year_of_its_own,
    of_the_latest, over_the_period, over_the_years_gone_through, reached_by, same_number_as, single_time_stated,
    unprinted_baselines, year_of_total_named_again, year_on_year, years_compared, years_compared_for, ValuesRead,
};

/// Every statistic stated in the article's text, each once.
pub fn extract_figures(article: &Article) -> Vec<Figure> {
    extract_figures_with(article, &ParagraphPlaces::new(article))
}

/// [`extract_figures`], taking the gazetteer's scan of a sentence that is its whole paragraph
/// from `places`, which other stages share.
pub fn extract_figures_with(article: &Article, places: &ParagraphPlaces) -> Vec<Figure> {
    let (facts, text_sentences) = ArticleFacts::of(article);
    let mut text_sentences = text_sentences.into_iter();
    let mut ctx = Context::new(facts.first_measure);
    let mut figures: Vec<Figure> = Vec::new();
    // The figures read so far with a place, by value, for a value printed again.
    let mut placed = PlacedValues::default();
    // Every figure read so far by value, for a total named again ("Of the 980 thefts, …").
    let mut values = ValuesRead::default();
    // The figures of the sentence before, for changes stated a sentence away from their values.
    let mut previous: Vec<Found> = Vec::new();
    // Figures read since the last year printed that have no time phrase of their own, for a
    // sentence that then says which year they are for ("The figures cover 2022/23.").
    let mut undated: Vec<(usize, bool)> = Vec::new();
    // Whether the sentence before gave figures.
    let mut last_had_figures = false;
    // The figures read before the first section break, after which nothing carries on.
    let mut before_break: Option<usize> = None;
    // The sentence before, for one that tells where its figures came from.
    let mut last_sentence = "";
    // Whether the flag (or marker, or tag) the text named last is the online one.
    let mut last_flag_online = false;
    let lead_in = 0..article.lead_in().len();
    // The figures picture captions print, read after the text's so that a figure printed in
    // both keeps the text's reading.
    let mut captioned: Vec<Figure> = Vec::new();
    for (i, para) in article.paragraphs.iter().enumerate() {
        ctx.end_aside();
        // A paper's name, motto or section above the headline that names a place ("THE
        // BRISTOL BUGLE", "Cornwall's farming weekly", "News › Wales") says where its story
        // is: read for the places it names, as a line with no figure is.
        if lead_in.contains(&i) && !para.norm.bytes().any(|b| b.is_ascii_digit()) {
            for text in lead_in_place_texts(&para.norm, |part| !places.in_text(i, part).is_empty()) {
                read_sentence(text, &places.in_text(i, text), &[], &facts, &mut ctx);
            }
        }
        if is_separator(&para.norm) {
            before_break.get_or_insert(figures.len());
            ctx.start_section();
            previous.clear();
            undated.clear();
        }
        if is_summary_heading(&para.norm) {
            if let Some(place) = figures.first().and_then(|f| f.place.clone()) {
                ctx.headed(place);
            }
        }
        // "Bradford" over a section about that district (a line read as body text or as a
        // label): its sentences naming no place are about it, until a heading naming none
        // ("What the force says").
        if matches!(para.role, Role::Body | Role::Furniture) {
            if let Some(area) = area_heading(&para.norm) {
                let before = ctx.area_section.take().unwrap_or_else(|| ctx.place.clone());
                ctx.area_section = Some(before);
                ctx.place = Some(area);
            } else if ctx.area_section.is_some() && is_heading_line(&para.norm) {
                ctx.place = ctx.area_section.take().flatten();
            }
        }
        // "## 2019/20" over a section of a timeline: the year its figures with none of their
        // own are for. A caption, a byline or a repeat heads no section.
        let heads = matches!(para.role, Role::Body | Role::Furniture | Role::Headline);
        if let Some(year) = year_heading(&para.norm).filter(|_| heads) {
            ctx.set_period(year);
        }
        // A line right before the items of a list may head it without a colon.
        let heads_list = article.paragraphs.get(i + 1).is_some_and(|next| is_list_item(&next.norm));
        if para.role == Role::Caption {
            captioned.extend(caption_figures(para, places, &facts, &ctx));
        }
        if !para.role.is_text() {
            if let Some(place) = heading_place(&para.norm).or_else(|| section_place(&para.norm)) {
                let known = super::places::by_name(&place).or_else(|| super::places::by_alias(&place));
                ctx.note_section_places(known);
                ctx.headed(place);
            }
            if heads_list || is_list_heading(&para.norm) {
                read_list_heading(&para.norm, &periods::scan(&para.norm), facts.first_measure, &mut ctx);
            }
            continue;
        }
        // A bilingual page prints each paragraph in Welsh and in English: the figures are
        // read once, from the English.
        if super::welsh::is_welsh(&para.norm) {
            let _ = text_sentences.next();
            continue;
        }
        // A list of areas ends at the first paragraph that is no row of it.
        if (ctx.area_rows || ctx.rate_rows) && !is_list_item(&para.norm) {
            ctx.area_rows = false;
            ctx.rate_rows = false;
        }
        // The layout of a list's rows holds for that list only.
        ctx.list_row = is_list_item(&para.norm);
        if !ctx.list_row {
            ctx.row_layout = None;
            ctx.row_years.clear();
        }
        // "Wigan ....... 310": read whole, as its dots may split it into sentences.
        ctx.area_row = if ctx.area_rows { area_row_label(&para.norm) } else { None };
        if let Some(area) = ctx.area_row.clone().filter(|a| !ctx.listed_areas.contains(a)) {
            ctx.listed_areas.push(area);
        }
        // Text with nothing to normalise lines up with itself. Made only for a paragraph
        // with figures, as only they are shown as printed.
        let align = OnceCell::new();
        // A note added to the story after it ran leaves the times the story is about as they were.
        let times_before_note = is_later_note(&para.norm).then(|| ctx.times_about());
        ctx.same_paragraph = false;
        ctx.quoted = para.norm.trim_start().starts_with(['"', '\'']);
        ctx.suppression_note = incidentals::notes_suppression(&para.norm);
        ctx.before_table = article.paragraphs.get(i + 1).is_some_and(|next| next.norm.contains('|'));
        for (k, sentence) in text_sentences.next().unwrap_or_default().into_iter().enumerate() {
            let norm = para.norm.get(sentence.range.clone()).unwrap_or("");
            if is_retracted(&para.norm, norm) {
                continue;
            }
            ctx.opening = k == 0;
            if k == 0 {
                ctx.paragraph_area = if ctx.quoted { None } else { opening_area(norm) };
                ctx.area_before = None;
            }
            if let Some(year) = dated_back(norm, &sentence.times) {
                // The figures just read, with no time phrase of their own, are for that year.
                let start = figures.len().saturating_sub(previous.len());
                for &(i, baseline) in &undated {
                    // "up from 976": the value the change starts from is the year before.
                    let period = if baseline { year.previous() } else { year };
                    if let Some(f) = figures.get_mut(i) {
                        f.period = Some(period);
                    }
                    if let Some(found) = i.checked_sub(start).and_then(|j| previous.get_mut(j)) {
                        found.period = Some(period);
                    }
                }
                if ctx.period.is_none() {
                    ctx.set_period(year);
                }
            }
            if !sentence.times.is_empty() {
                undated.clear();
            }
            if let Some(m) = the_figure_again(norm, &previous) {
                ctx.measure = m;
            }
            // "Of those 2,310 burglaries, …": the year of the total named again, for this sentence;
            // the text goes on about a later year it was about.
            let total_year = year_of_total_named_again(norm, &sentence.times, &figures, &values);
            let later_before = total_year.filter(|&y| ctx.period.is_some_and(|p| p > y)).map(|_| ctx.times_about());
            if let Some(year) = total_year {
                ctx.set_period(year);
                ctx.stated = Some(year);
            }
            ctx.after_dated_figures = last_had_figures && ctx.period.is_some();
            let mut current = read_sentence(norm, &places.in_text(i, norm), &sentence.times, &facts, &mut ctx);
            counts_what_the_last_did(norm, &previous, &mut current);
            if let Some(times) = later_before {
                ctx.restore_times(times);
            }
            // "Police logged 9,742 … The figures, obtained from 41 forces across England and
            // Wales, …": the ground of the forces the figures came from, told right after them,
            // is the place of those just read with none.
            if current.is_empty() && last_had_figures && norm.contains("forces") && forces_gave(last_sentence, norm) {
                if let Some(scope) = scope_of_forces_asked(norm, ctx.london) {
                    let start = figures.len().saturating_sub(previous.len());
                    for (i, found) in (start..figures.len()).zip(previous.iter_mut()) {
                        let Some(f) = figures.get_mut(i) else { continue };
                        if f.place.is_none() {
                            f.place = Some(scope.clone());
                            found.place = Some(scope.clone());
                            placed.note_one(i, f);
                        }
                    }
                }
            }
            last_had_figures = !current.is_empty();
            last_sentence = norm;
            // "… carried the marker": the flag named last, when it is the online one.
            // Only a sentence that names another measure of its own ("grooming crimes …")
            // keeps it.
            if last_flag_online
                && measure::carries_the_flag_named(norm)
                && measure::of_sentence(norm) != Some(Measure::Other)
            {
                for f in current.iter_mut() {
                    f.measure = Measure::Online;
                }
                ctx.measure = Measure::Online;
            }
            if let Some(online) = measure::names_an_online_flag(norm) {
                last_flag_online = online;
            }
            dated_by_later_count(norm, &mut current, &previous, &figures, ctx.period);
            restated(norm, &sentence.times, &figures, &mut current, ctx.london);
            restated_for_named(norm, &figures, &placed, &mut current, ctx.london);
            // A table's row takes its measures from its columns: a value in it that the text
            // gave before is a value of its column that happens to be the same.
            let table_row = ctx.columns.is_some() && norm.contains('|');
            if !table_row {
                if let Some(m) = measure_printed_before(norm, &figures, &mut current) {
                    ctx.measure = m;
                }
            }
            // Counts given again in order count what theirs did, and change no measure carried.
            if !measures::in_order_of_the_last(norm, &figures, &mut current) {
                if let Some(m) = measures::the_plain_total(norm, k == 0, &figures, &mut current) {
                    ctx.measure = m;
                }
            }
            each_of_several(norm, &mut current, ctx.london);
            ctx.note_place();
            ctx.note_places_passed(current.iter().filter_map(|f| f.place.as_deref()));
            let last_of_paragraph = sentence.range.end >= para.norm.trim_end().len();
            // A table's header is no list heading, though its rows may look like list items.
            if current.is_empty() && heads_list && last_of_paragraph && ctx.columns.is_none() {
                read_list_heading(norm, &sentence.times, facts.first_measure, &mut ctx);
            } else if current.is_empty() && !last_of_paragraph {
                // "The picture for all sexual offences was different. The force logged 812 …":
                // a sentence with no figure naming a measure sets it for the rest of its paragraph.
                if let Some(m) = measure::of_sentence(norm) {
                    ctx.measure = m;
                }
                // "Burglaries recorded in 2022/23, by district. Some could not be placed." over
                // a list: the year of its rows, though a note ends the paragraph heading it.
                if heads_list && ctx.columns.is_none() {
                    if let Some(year) = only_year(norm, &sentence.times) {
                        ctx.set_period(year);
                    }
                }
            }
            if let Some(year) = sentence.times.iter().rev().find_map(|m| m.year()) {
                ctx.last_year = Some(year);
            }
            ctx.note_time_named(norm, &sentence.times);
            ctx.every_force |= names_every_force(norm);
            check_across(&mut previous, &mut current);
            dated_by_check(&mut previous, &current);
            dated_by_check(&mut current, &previous);
            if !current.is_empty() {
                let align = align.get_or_init(|| {
                    if para.text == para.norm {
                        None
                    } else {
                        Alignment::of(&para.norm, &para.text)
                    }
                });
                let printed = Printed::of(para, align.as_ref(), sentence.range);
                if sentence.times.is_empty() {
                    let first = figures.len();
                    undated.extend(
                        current
                            .iter()
                            .enumerate()
                            .filter(|(_, f)| f.period.is_none())
                            .map(|(j, f)| (first + j, f.baseline)),
                    );
                }
                let from = figures.len();
                figures.extend(current.iter().map(|found| printed.figure(found, para.index)));
                placed.note(&figures, from);
                values.note(&figures, from);
                // Checks filled in across sentences go back onto the figures already made.
                let before = figures.len().saturating_sub(current.len() + previous.len());
                for (f, found) in figures[before..].iter_mut().zip(previous.iter().chain(&current)) {
                    f.check = found.check;
                    f.period = f.period.or(found.period);
                }
                previous = current;
            }
        }
        if let Some(times) = times_before_note {
            ctx.restore_times(times);
        }
    }
    // "All" is all sexual offences against children: in an article about no children
    // ("Sexual offences on the railway network also rose"), sexual offences are another measure.
    if figures.iter().any(|f| f.measure == Measure::All) && !mentions_children(article) {
        for f in figures.iter_mut().filter(|f| f.measure == Measure::All) {
            f.measure = Measure::Other;
        }
    }
    // In a story about sexual offences of every age that names children only as a part of
    // them, the figures of sentences naming no children are another measure.
    if figures.iter().any(|f| f.measure == Measure::All) && children_only_as_part(article) {
        for f in figures.iter_mut().filter(|f| f.measure == Measure::All && !measure::names_children(&f.sentence)) {
            f.measure = Measure::Other;
        }
    }
    // The writer says the sexual offences counted are not of children alone ("forces do not
    // record whether the victim was a pupil"): those not counted against children in so many
    // words are another measure.
    if figures.iter().any(|f| f.measure == Measure::All) && says_not_of_children_alone(article) {
        for f in figures
            .iter_mut()
            .filter(|f| f.measure == Measure::All && !measure::counts_offences_against_children(&f.sentence))
        {
            f.measure = Measure::Other;
        }
    }
    missing_persons_story(article, &mut figures);
    exploited_children_story(article, &mut figures);
    sentencing::case_numbers_of_a_sentencing_story(article, &mut figures);
    renamed_forces(article, &mut figures);
    if let Some(start) = before_break {
        one_force_across_breaks(&mut figures, start);
    }
    opening_figures_from_body(&mut figures);
    sourced_openings(&mut figures);
    captioned.retain(|c| rounds_a_text_figure(c, &figures));
    figures.append(&mut captioned);
    let mut figures = dedupe(figures);
    // A financial year filled in after the calendar year was read is the figure's year.
    for f in figures.iter_mut().filter(|f| f.period.is_some()) {
        f.calendar_year = None;
    }
    figures
}

/// Whether a sentence telling which forces figures came from ("The figures, obtained from 41
/// forces across England and Wales, …") is about the figures of the sentence `before` it: it
/// opens by pointing back at them, and they count what police record (offences, crimes,
/// arrests), not a charity's calls or a hospital's patients.
fn forces_gave(before: &str, sentence: &str) -> bool {
    static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:The|These|Those|This|That|Such|Its|Their)\s+(?:[\w-]+\s+)?(?:figures|data|statistics|stats|numbers|responses|totals?)\b",
        )
    });
    static POLICE_COUNTS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:offences?|offending|crimes?|arrests?|incidents?|thefts?|burglar\w*|robber\w*|assaults?|searches|stops|charges|convictions|police|officers?|forces?)\b",
        )
    });
    POINTS_BACK.is_match(sentence) && (POLICE_COUNTS.is_match(before) || measure::of_sentence(before).is_some())
}

/// "Nearly 5,000 reports of missing children made to police in a year": in a story whose
/// headline is about people reported missing, the counts of them are its statistics, not
/// figures beside the offences (as they are in a story about something else).
fn missing_persons_story(article: &Article, figures: &mut [Figure]) {
    static MISSING_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bmissing[\s-](?:children|child|people|persons?|teenagers|young\s+people|youngsters)\b|\b(?:reported|went|gone|go|going)\s+missing\b",
        )
    });
    if !article.title.as_deref().is_some_and(|t| t.contains("issing") && MISSING_HEADLINE.is_match(t)) {
        return;
    }
    counted_in_a_story_about_them(figures, |f, _| nouns::missing_persons(f.sentence.get(f.span.end..).unwrap_or("")));
}

/// "Teenagers exploited by drug gangs as numbers climb": in a story whose headline is about
/// children exploited, the children a force identified or found ("identified 318 children at
/// risk of county lines exploitation", "while Sussex Police identified 201") are its
/// statistics, the victims counted, not people found beside the offences (as they are in a
/// story about something else). Children a service helped stay people helped.
fn exploited_children_story(article: &Article, figures: &mut [Figure]) {
    static EXPLOITED_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:children|child|young\s+people|youngsters|teenagers|teens|under-18s|girls|boys)\b.*\bexploit|\bexploit\w*\b.*\b(?:children|child|young\s+people|youngsters|teenagers|teens|under-18s|girls|boys)\b",
        )
    });
    static FOUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:identified|found|located|traced)\s+(?:(?:a\s+total\s+of|some|around|about|more\s+than|over|nearly|almost)\s+)?$",
        )
    });
    static YOUNG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:[\w-]+\s+)?(?:children|child|young\s+people|youngsters|teenagers|girls|boys|under-18s)\b")
    });
    if !article.title.as_deref().is_some_and(|t| t.contains("xploit") && EXPLOITED_HEADLINE.is_match(t)) {
        return;
    }
    counted_in_a_story_about_them(figures, |f, after_one| {
        let before = f.sentence.get(..f.span.start).unwrap_or("");
        let after = f.sentence.get(f.span.end..).unwrap_or("");
        FOUND_BEFORE.is_match(before)
            && (YOUNG_AFTER.is_match(after) || (after_one && head_noun(after) == Noun::Unknown))
    });
}

/// Makes counts of the figures of kind other (not shares nor money) that `counts` says a
/// story counts, told whether a figure before it in its sentence was made one; and the bare
/// values such a count is compared with ("up from 5,790").
fn counted_in_a_story_about_them(figures: &mut [Figure], counts: impl Fn(&Figure, bool) -> bool) {
    // The count last made one here, which a bare value it is compared with counts too.
    let mut counted: Option<(usize, String, usize)> = None;
    for f in figures.iter_mut() {
        if f.kind != Kind::Other {
            continue;
        }
        let printed = f.sentence.get(f.span.clone()).unwrap_or("");
        if printed.contains(['%', '£']) || printed.contains("cent") {
            continue;
        }
        let after_one = counted.as_ref().is_some_and(|(p, s, _)| *p == f.paragraph && *s == f.sentence);
        if counts(f, after_one) {
            f.kind = Kind::Count;
            counted = Some((f.paragraph, f.sentence.clone(), f.span.end));
        } else if counted.as_ref().is_some_and(|c| compared_with_count(f, c)) {
            f.kind = Kind::Count;
        }
    }
}

/// "2,140 reports of missing children, up from 1,980": a bare value the count at `end` of the
/// same sentence is compared with, with no noun of its own nor a sentence break between.
fn compared_with_count(f: &Figure, (paragraph, sentence, end): &(usize, String, usize)) -> bool {
    let after = f.sentence.get(f.span.end..).unwrap_or("");
    f.paragraph == *paragraph
        && f.sentence == *sentence
        && *end <= f.span.start
        && f.sentence.get(*end..f.span.start).is_some_and(|gap| !gap.contains([';', '.']))
        && head_noun(after) == Noun::Unknown
        && is_baseline_value(&f.sentence, f.span.start)
}

/// Whether the article is about children at all: "children", "under-18s", "girls", "the
/// NSPCC", "grooming"… in its own text, not in links to other stories.
fn mentions_children(article: &Article) -> bool {
    static CHILDREN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:child|children|childhood|childline|under-1\d|under\s+1\d|minors?|young\s+(?:people|person)|youngsters?|teenagers?|teens?|girls?|boys?|pupils|schoolchildren|babies|nspcc|barnardo's|paedophil\w*|groom\w*)",
        )
    });
    // A link to another story ("READ MORE: Teen, 17, stabbed …") says nothing of this one.
    let of_the_story = |p: &&crate::model::Paragraph| p.role.is_text() && !is_labelled_link(&p.norm);
    article.paragraphs.iter().filter(of_the_story).any(|p| CHILDREN.is_match(&p.norm))
        || article.title.as_deref().is_some_and(|t| CHILDREN.is_match(t))
}

/// [`measure::says_not_of_children_alone`] in the writer's words of the story's own text (not
/// links to others, nor what someone is quoted saying).
fn says_not_of_children_alone(article: &Article) -> bool {
    let of_the_story = |p: &&crate::model::Paragraph| p.role.is_text() && !is_labelled_link(&p.norm);
    article
        .paragraphs
        .iter()
        .filter(of_the_story)
        .any(|p| measure::says_not_of_children_alone(&measure::writers_words(&p.norm)))
}

/// [`measure::children_only_as_part`] over the story's own text (not links to others).
fn children_only_as_part(article: &Article) -> bool {
    let of_the_story = |p: &&crate::model::Paragraph| p.role.is_text() && !is_labelled_link(&p.norm);
    let texts: Vec<&str> = article.paragraphs.iter().filter(of_the_story).map(|p| p.norm.as_str()).collect();
    let sentences: Vec<&str> = texts
        .iter()
        .flat_map(|t| crate::extract::sentences::split(t).into_iter().filter_map(move |r| t.get(r)))
        .collect();
    measure::children_only_as_part(article.title.as_deref(), sentences.iter().copied())
}

/// "In 2019/20 the figure stood at 188", "a year later that figure had risen": the figure
/// the text last gave, in another year or place, which counts what that figure counted
/// (even after a sentence about part of a total, whose measure does not carry on).
fn the_figure_again(s: &str, previous: &[Found]) -> Option<Measure> {
    static THE_FIGURE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:the|that|this)\s+figure\b"));
    if !s.contains("figure ") || !THE_FIGURE.is_match(s) {
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
fn measure_printed_before(s: &str, figures: &[Figure], current: &mut [Found]) -> Option<Measure> {
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
fn dated_back(s: &str, times: &[periods::Mention]) -> Option<Period> {
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
fn only_year(s: &str, times: &[periods::Mention]) -> Option<Period> {
    let mut years = times.iter().filter(|t| !dates_an_event(s, t)).filter_map(|t| t.year());
    let first = years.next()?;
    years.all(|p| p == first).then_some(first)
}

/// A figure found in one sentence, before it becomes a [`Figure`].
#[derive(Debug, Clone)]
struct Found {
    /// Byte range in the normalised sentence.
    range: Range<usize>,
    value: f64,
    kind: Kind,
    qualifier: Option<String>,
    place: Option<String>,
    period: Option<Period>,
    /// The calendar year, for a figure with no financial year ([`calendar`]).
    calendar_year: Option<u16>,
    measure: Measure,
    check: Option<ChangeCheck>,
    /// Printed as the value a comparison starts from ("up from 98").
    baseline: bool,
    /// A number more or fewer than another ("300 fewer"), not a total.
    difference: bool,
}

/// "The unit now has 22 detectives. That is up from 9 in 2019.": a sentence pointing back at
/// the figure before and giving the value it rose or fell from, with no noun of its own,
/// counts what that figure counted; so it is no count of offences when that one was not.
fn counts_what_the_last_did(s: &str, previous: &[Found], current: &mut [Found]) {
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

/// "Of these, …", "Of the 655, …", "Around 230 of the offences …", "Grooming accounted for
/// 1,480 of the crimes": a sentence about part of what came before, whose measure does not
/// carry on to the sentences after it.
static SUBSET: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*of\s+(?:the|these|those|them|which|this|its|their|(?:last|that|this)\s+year's)\b|^\W*(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more\s+than|fewer\s+than|just\s+(?:over|under))\s+)?[\d,.]+%?\s+of\s+(?:the|these|those|them|its|their)\b|\b(?:accounted\s+for|made\s+up|comprised|represented)\s+(?:(?:more\s+than|almost|nearly|about|around|over)\s+)?[\d,.]+%?\s+of\s+(?:the|these|those|them|all)\b",
    )
});

/// "Of these, …", "Of those …": part of the figures of the sentence before.
static OF_THESE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them|which)\b"));

/// "In 2018/19 the force recorded 90. The latest figure is up 12% on a year earlier": a
/// sentence opening on the latest figure is about the year the text is about, and counts back
/// from it, not from an earlier year the sentence before printed.
static THE_LATEST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*the\s+(?:latest|most\s+recent|newest)\s+(?:annual\s+|yearly\s+)?(?:total|figure|number|count|tally)\b",
    )
});

/// "across the four forces", "by the region's forces combined", "the four forces recorded",
/// "both forces recorded",
/// "across the region": a total over several forces the sentence does not name, which is
/// none of them (not the force the text last named) but the region's, if the text named one.
static ACROSS_FORCES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:across|by|in|among|between|for|from)\s+(?:all\s+)?(?:the|these|those|its|their)\s+(?:[\w']+\s+)?(?:police\s+)?forces\b|\bforces\s+(?:combined|together|between\s+them)\b|\b(?:the|these|those|all|both)\s+(?:[\w']+\s+)?(?:police\s+)?forces\s+(?:\w+\s+)?(?:recorded|logged|reported|saw|had|registered|received|dealt)\b|\b(?:across|throughout)\s+the\s+(?:whole\s+|wider\s+)?region\b|\bthe\s+region's\s+(?:\w+\s+)?(?:forces|total|figure)\b|\b(?:police|forces|officers)\s+(?:in|across|covering)\s+the\s+region\b",
    )
});

/// Whether `s` speaks of a total over several forces it does not name ([`ACROSS_FORCES`]).
/// Not the region's forces as where something went ("passed 300 cases to the region's
/// forces", "sent alerts out to the region's six forces"): they are who received it from
/// the sentence's subject, whose figure it is.
fn over_unnamed_forces(s: &str) -> bool {
    ACROSS_FORCES.find_iter(s).any(|m| {
        let before = s.get(..m.start()).unwrap_or("").trim_end();
        let recipients = m.as_str().starts_with("the region") && (before.ends_with(" to") || before.ends_with(" into"));
        !recipients
    })
}

/// "across the whole region", "the region's forces", in a sentence [`ACROSS_FORCES`] matched:
/// words speaking of a region by no name (its other forms speak of forces).
fn names_the_region(s: &str) -> bool {
    static REGION: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bregion\b"));
    REGION.find_iter(s).any(|m| !after_a_named_region(s.get(..m.start()).unwrap_or("")))
}

/// "the North West region": whether `before` ends with a region the gazetteer names.
fn after_a_named_region(before: &str) -> bool {
    let before = before.trim_end();
    super::places::mentions(before).iter().any(|m| m.range.end == before.len() && m.place.scope == Scope::Region)
}

/// "all 43 forces", "every police force", "39 of the 43 forces": words speaking of every force
/// in the country.
fn names_every_force(s: &str) -> bool {
    static EVERY_FORCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:every|all)\s+(?:of\s+)?(?:the\s+)?(?:\d+\s+)?(?:police\s+|territorial\s+)?forces?\b|\b(?:4[3-6]|forty-(?:three|four|five|six))\s+(?:police\s+|territorial\s+)?forces\b",
        )
    });
    s.contains("force") && EVERY_FORCE.is_match(s)
}

/// "the 38 forces that were able to supply data": more forces than any region or nation but
/// the country has (England and Wales have 43; Wales four, the largest region seven).
fn dozens_of_forces(s: &str) -> bool {
    const MORE_THAN_A_REGION_HAS: f64 = 10.0;
    static COUNTED_FORCES: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(\d{2})\s+(?:police\s+|territorial\s+)?forces\b"));
    COUNTED_FORCES
        .captures_iter(s)
        .filter_map(|c| c.get(1)?.as_str().parse::<f64>().ok())
        .any(|n| n >= MORE_THAN_A_REGION_HAS)
}

/// "recorded by the forces that responded", "across the 39 forces that supplied data": the
/// forces that answered a request for figures sent to every force, which, with no region
/// named, are the country's, as the gold answers read them ("from 39 of the 43 forces
/// responding": England and Wales). A request sent to forces the text names is not.
fn answered_a_request(s: &str) -> bool {
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|those)\s+(?:\d+\s+|[a-z]+-?[a-z]*\s+)?(?:police\s+)?forces\s+(?:that|which|who)\s+(?:had\s+|have\s+)?(?:responded|replied|answered|provided|supplied|gave|shared|returned|sent|(?:were|was)\s+able\s+to\s+(?:respond|reply|answer|provide|supply|give|share|return|send))\b|\bresponding\s+(?:police\s+)?forces\b",
        )
    });
    // Read only for a sentence about a total over unnamed forces, which is rare.
    ANSWERED.is_match(s)
}

/// "… an increase of 38 per cent on the previous year; for Nottinghamshire, 12 per cent": a
/// bare percentage in a clause that only names another place repeats the change before it.
fn elliptical_changes(s: &str, cands: &mut [Candidate]) {
    static ELLIPSIS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;]*(?:;|,\s*(?:and|while|but)\b)\s*(?:and\s+|while\s+|but\s+)?(?:for|in|at)\s+[^,;\d]{2,60},\s*(?:it\s+was\s+|the\s+figure\s+was\s+)?$",
        )
    });
    with_previous(s, cands, |gap, prev, c| {
        let after = s.get(c.number.range.end..).unwrap_or("").trim_start();
        let after = after.strip_prefix("per cent").or_else(|| after.strip_prefix('%')).unwrap_or(after);
        let bare = after.trim_start().is_empty() || after.trim_start().starts_with(['.', ';', ',']);
        if prev.kind == Kind::PercentChange
            && c.number.percent
            && c.kind == Kind::Other
            && bare
            && ELLIPSIS.is_match(gap)
        {
            c.kind = Kind::PercentChange;
            c.sign = prev.sign;
        }
    });
}

/// "from six officers to 12", "from 30 officers and staff in 2021 to 46 today", "31 officers
/// and staff, up from 19", "2,347 images, 312 of them …", "310 officers, short of the 400
/// promised", "Durham had 1,298 officers, while Northumbria had 3,601", "hired 20 officers,
/// bringing the total to 310": the other end of a change, a part, what a number falls short
/// of, what another place has by the same verb, the total a number was added to (unless
/// it counts people harmed), or the difference set after it ("1,983 officers, 44 more than
/// in March") counts what the first number counts.
fn from_to_kinds(s: &str, cands: &mut [Candidate]) {
    static UP_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),?\s*(?:(?:up|down|rising|falling|increased|decreased|compared)\s+(?:from|with|to)|(?:short|shy)\s+of(?:\s+the)?|(?:fewer|less)\s+than(?:\s+the)?|(?:below|above|against)(?:\s+the|\s+a\s+target\s+of)?)\s*$",
        )
    });
    static OF_THEM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b"));
    static PARALLEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:,\s*|\s+)(?i:while|whereas|and|but)\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+(?:\p{Lu}[\w'-]*|of|and))*\s+([a-z]+)\s+$",
        )
    });
    static YEAR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\s+(?:in|during|for)\s+(?:\d{4}(?:[/-]\d{2,4})?)\s*$"));
    // "funded two more officers for the team, bringing it to 11": the total the number before
    // was added to.
    static BRINGING_TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),\s*(?:bringing|taking|which\s+(?:brings|brought|takes|took))\s+(?:it|them|the\s+(?:total|number|team|unit|squad|figure|headcount)|its\s+(?:total|strength|numbers?|headcount))(?:\s+(?:up|down))?\s+to\s*$",
        )
    });
    static MORE_THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:more|fewer|less)\s+than\b"));
    with_previous(s, cands, |gap, prev, c| {
        let to = gap.trim().strip_suffix("to").is_some_and(|words| words.split_whitespace().count() <= 2);
        // "38 orders in 2024/25, up from 14": the first one's year is no word of its noun.
        // "37 officers and staff in its dedicated online abuse team, up from 22": a longer
        // phrase of where they are, when no punctuation cuts it, is still theirs.
        let from = UP_FROM.find(gap).is_some_and(|m| {
            let words = &gap[..m.start()];
            let words = YEAR_AFTER.find(words).map_or(words, |y| &words[..y.start()]);
            let n = words.split_whitespace().count();
            n <= 4 || n <= 12 && !words.contains([',', ';', ':', '.', '(', '"'])
        });
        // "from 30 officers and staff in 2021 to 46": the two ends of one span.
        let span = tail(s, prev.number.range.start).trim_end().to_ascii_lowercase().ends_with("from")
            && gap.trim_end().strip_suffix(" to").is_some()
            && !gap.contains([',', ';', '.'])
            && gap.split_whitespace().count() <= 8;
        // "2,347 indecent images, 312 of them in Category A": part of the things just counted.
        let part = !gap.contains([';', '.'])
            && gap.split_whitespace().count() <= 8
            && OF_THEM.is_match(head(s, c.number.range.end));
        // "had 1,298 officers in March 2025, while Northumbria Police had 3,601".
        let parallel = !gap.contains([';', '.'])
            && PARALLEL.captures(gap).is_some_and(|m| {
                let verb = tail(s, prev.number.range.start).split_whitespace().next_back();
                verb.is_some_and(|v| v.eq_ignore_ascii_case(&m[1]))
            });
        // "12 officers were assaulted, bringing the total to 310": people harmed are added to
        // a total of the offences against them.
        let brought =
            !gap.contains([';', '.']) && gap.contains("to") && BRINGING_TO.is_match(gap) && !nouns::names_harm(gap);
        // "The force has 1,983 officers, 44 more than a year ago": the difference set after
        // the number it tells of.
        let difference = gap.trim_end().ends_with(',')
            && !gap.contains([';', '.'])
            && gap.split_whitespace().count() <= 6
            && MORE_THAN_AFTER.is_match(head(s, c.number.range.end));
        if prev.not_offences
            && c.kind == Kind::Count
            && (to || from || span || part || parallel || brought || difference)
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    });
}

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
    between.or(from_to)
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

/// "Two years ago my team had 38 officers. Today we have 52": a number with no noun of its
/// own, right after the verb (`verb`, as [`verb_before`] reads it) that gave the last figure
/// of the sentence before something other than offences, counts the same things. Only a
/// verb of having or employing is read so: after "said", "showed" or "told" the number is
/// as often what was recorded.
fn held_again(s: &str, cands: &mut [Candidate], verb: &str) {
    const HOLDING: &[&str] = &["have", "employ", "number", "field", "staff", "own", "run", "keep", "hold", "deploy"];
    if !HOLDING.contains(&verb) {
        return;
    }
    for c in cands.iter_mut() {
        if c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
            && verb_before(s, c.number.range.start).as_deref() == Some(verb)
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// "The unit was set up with 62 officers in 2016; it now has 94", "The team began with 12
/// detectives and now has 30": as [`held_again`], a bare number a later clause of the same
/// sentence has, after a figure of things other than offences, counts the same things.
fn held_again_in_clause(s: &str, cands: &mut [Candidate]) {
    const HOLDING: &[&str] = &["have", "employ", "number", "field", "staff", "own", "run", "keep", "hold", "deploy"];
    with_previous(s, cands, |gap, prev, c| {
        let new_clause = gap.contains([';', ',']) || gap.contains(" and ");
        // "Across the six busiest stations, sexual offences numbered 74": a clause whose
        // subject names offences has them, not the things before.
        let clause = gap.rsplit([';', ',']).next().unwrap_or(gap);
        let clause = clause.rsplit(" and ").next().unwrap_or(clause);
        let clause_counts_offences = || clause.split_whitespace().any(|w| nouns::classify_word(w) == Noun::Count);
        if prev.not_offences
            && new_clause
            && c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && head_noun(head(s, c.number.range.end)) == Noun::Unknown
            && verb_before(s, c.number.range.start).is_some_and(|v| HOLDING.contains(&v.as_str()))
            && !clause_counts_offences()
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    });
}

/// "Essex, it turns out, has 19.", "Most rural beats have only 3.": a
/// bare number a place has now, ending its clause, is what it holds (officers, cameras,
/// staff), not offences, which are counted over a time gone by ("Essex had 310").
fn held_now(s: &str, cands: &mut [Candidate]) {
    static HAS_NOW: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:has|have)\s+(?:(?:only|just|about|around|nearly|almost|some|now|still)\s+)?$")
    });
    static ENDS_CLAUSE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:[.;!?]|$)"));
    for c in cands.iter_mut() {
        let (before, after) = (tail(s, c.number.range.start), head(s, c.number.range.end));
        if c.kind == Kind::Count
            && !c.number.percent
            && !c.number.money
            && !c.difference
            && ENDS_CLAUSE.is_match(after)
            && HAS_NOW.is_match(before)
        {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// "Officers carried out 2,900 searches. Weapons were found in 310 of them.", "… 2,900
/// searches. The total was down from 3,400", "… That compares with 3,400 in 2019": after a figure that counted something other
/// than offences, a number with no noun of its own told as a part of it ("310 of them", "Of
/// them, 340 …"), or in a clause whose subject is that total or figure, counts the same
/// things.
fn told_of_things_before(s: &str, cands: &mut [Candidate]) {
    // The total as the subject of the sentence or of a clause joined on ("…, and the total
    // was up from 3,400"), or the figure before compared ("That compares with 3,400").
    static THE_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^\W*|[,;]\s*(?:and\s+|while\s+|but\s+)?)(?:the|that|this)\s+(?:(?:total|figure|number|tally)\s+(?:was|is|had|has|fell|rose|dropped|climbed|increased|decreased|went|compares|compared)|compares\s+(?:with|to))\b",
        )
    });
    // Not "11 of those arrested", "of those who …": people the sentence picks out anew.
    static OF_THEM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b(?:\s+([a-z]+))?"));
    let of_them = |after: &str| {
        OF_THEM.captures(after).is_some_and(|c| {
            c.get(1).is_none_or(|w| !(w.as_str().ends_with("ed") || w.as_str().eq_ignore_ascii_case("who")))
        })
    };
    let the_total = THE_TOTAL.find(s).map_or(usize::MAX, |m| m.start());
    // "Recorded offences rose 8%; the total was 84,000": a sentence whose own subject before
    // the total is offences (and no number before it counts other things) totals those.
    let the_total = match s.get(..the_total) {
        Some(before)
            if names_offences(before) && !cands.iter().any(|c| c.number.range.end <= the_total && c.not_offences) =>
        {
            usize::MAX
        }
        _ => the_total,
    };
    // "Of them, 340 were for robbery": a sentence opening on a part of them.
    let opens_on_part = OF_THESE.is_match(s);
    for (i, c) in cands.iter_mut().enumerate() {
        let after = head(s, c.number.range.end);
        let bare = c.kind == Kind::Count && !c.number.percent && !c.number.money && head_noun(after) == Noun::Unknown;
        // "of them" after a later number of the sentence is a part of the one before it.
        if bare && (c.number.range.start >= the_total || i == 0 && (of_them(after) || opens_on_part)) {
            c.kind = Kind::Other;
            c.not_offences = true;
        }
    }
}

/// The verb right before byte `at`, past a hedge ("had almost 40"), as one form for its
/// tenses ("has", "had" and "have" are "have"; "employs" and "employed" are "employ"); none
/// when the word before is no verb-like word.
fn verb_before(s: &str, at: usize) -> Option<String> {
    const HEDGES: &[&str] = &["almost", "nearly", "about", "around", "over", "just", "some", "only", "now", "still"];
    let words = tail(s, at).split_whitespace().rev().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
    let word = words.map(str::to_ascii_lowercase).find(|w| !HEDGES.contains(&w.as_str()))?;
    if word.len() < 3 || nouns::ends_phrase(&word) && !matches!(word.as_str(), "has" | "had" | "have") {
        return None;
    }
    let stem = match word.as_str() {
        "has" | "had" | "have" | "having" => "have",
        w => w.strip_suffix("ed").or_else(|| w.strip_suffix('s')).unwrap_or(w),
    };
    Some(stem.to_string())
}

/// Calls `rule` with each candidate after the first, the one before it, and the text
/// between the two.
fn with_previous(s: &str, cands: &mut [Candidate], mut rule: impl FnMut(&str, &Candidate, &mut Candidate)) {
    for i in 1..cands.len() {
        let (done, rest) = cands.split_at_mut(i);
        let (prev, c) = (&done[i - 1], &mut rest[0]);
        rule(s.get(prev.number.range.end..c.number.range.start).unwrap_or(""), prev, c);
    }
}

/// "In the North West, the force recorded …": the force's figure for a part of its ground.
static REGION_FRAME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\W*in\s+(?:the\s+)?[\w\s-]{2,40},\s+the\s+force\b"));

/// "the force recorded …": the force the text named last.
static THE_FORCE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bthe\s+(?:force|constabulary)\b"));

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
fn is_list_heading(line: &str) -> bool {
    line.trim_end().ends_with(':') || (line.contains("brackets") && IN_BRACKETS.is_match(line))
}

/// "West Midlands Police: 402 (361) +11pc", "Norfolk Constabulary - up 30%", "Kent | 410",
/// "Wigan ....... 310":
/// a line of a list, a name then its value.
fn is_list_item(line: &str) -> bool {
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
fn read_list_heading(line: &str, times: &[periods::Mention], main: Measure, ctx: &mut Context) {
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
    ctx.row_years = row_years(line, times);
    // A heading whose rows print each year side by side is about the last of them: what the
    // text after the list goes on about, as a row's change is.
    if let Some(&year) = ctx.row_years.last().or(years.first()) {
        ctx.set_period(year);
    }
}

/// Whether the number at `range` stands alone in brackets: "498 (371)".
fn in_brackets(s: &str, range: &Range<usize>) -> bool {
    tail(s, range.start).trim_end().ends_with('(') && head(s, range.end).trim_start().starts_with(')')
}

/// Reads one sentence, updating the context, and returns its figures. `mentions` are the
/// gazetteer's places in it ([`super::places::mentions`]).
fn read_sentence(
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
    if let Some(columns) = table_header(s, times) {
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
    let mut cands = candidates(s, times, ctx.after_dated_figures);
    if s.contains('|') {
        drop_label_numbers(s, &mut cands);
    }
    if ctx.suppression_note {
        cands.retain(|c| !incidentals::is_suppression_bound(tail(s, c.number.range.start)));
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
    let area_mentions = super::places::all_area_mentions(s);
    let mut scanned = place_groups_scanned(s, ctx.london, mentions, &area_mentions);
    // A section London was carried into that names another force: read it without London.
    if ctx.note_section_places(scanned.iter().flat_map(|g| g.places.iter().copied())) {
        scanned = place_groups_scanned(s, false, mentions, &area_mentions);
    }
    let mut groups = ctx.country_as_home_nation(s, scanned);
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
    let across = groups.is_empty() && over_unnamed_forces(s);
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
        joint
            .or(ctx.region.clone())
            .or_else(|| (answered_a_request(s) && every_force()).then(|| NATIONAL.to_string()))
            .or_else(|| ctx.forces_together.clone().filter(|_| names_the_region(s)))
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
        listed_area_opening(s, &ctx.listed_areas).or(area).or_else(|| ctx.round_up_home(s)).or(ctx.place.clone())
    } else {
        ctx.place.clone()
    };
    let caption = cands.is_empty() && ctx.before_table;
    ctx.caption_measure = if caption { measure::of_sentence(s) } else { None };
    ctx.caption_counts_no_offences = caption && tables::caption_counts_no_offences(s);
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
                && !is_job_patch(s, g)
                && !is_ground_of(s, g, &ctx.place)
                && !is_alternative(s, &g.range)
                && !names_the_source(s)
        }) {
            ctx.place = Some(part_before_bracketed_force(s, g, &area_mentions).unwrap_or_else(|| g.name()));
            // A line that is nothing but the name heads what follows.
            if s.len() <= 60 && heading_place(s).is_some() {
                ctx.headed(g.name());
            }
        }
        // "Table 1: CSE activity in Stoke-on-Trent, 2013/14 to 2015/16": a table's caption
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
            if !c.number.percent && is_rate(tail(s, c.number.range.start), window) {
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
    // A table's row naming no measure counts what its caption said the table counts, not
    // what the row before it named ("| Sexual communication | 126 |" over "| Causing a child
    // to watch a sexual act | 22 |").
    let base = ctx.table_measure.filter(|_| s.contains('|')).unwrap_or(ctx.measure);
    let (mut measures, mut cue) = measures::of_candidates(s, &cands, base);
    // In an article about sexual offences of every age, those a sentence gives with no
    // children named are not the offences against children; nor are those of a clause naming
    // none, when another clause of the sentence does ("Sexual offences fell 3% to 198,542, but
    // image offences - mostly of children - rose").
    if facts.every_age {
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
    let part_of_last = ctx.same_paragraph && times.is_empty() && SUBSET.is_match(s);
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
            found[i].period = before.or_else(|| change_period(s, times, attached, compared, latest, ctx));
            found[i].check = recompute(&found[i], &found);
        } else if cands[i].difference {
            // "165 more than in the previous 12 months": a difference is for the later year.
            found[i].period = change_period(s, times, attached_time(s, &cands, i, times), compared, latest, ctx);
        }
    }
    if let Some(columns) = &ctx.columns {
        column_years(s, columns, &mut found, true);
    }
    over_the_period(s, &cands, times, &mut found, ctx);
    over_the_years_gone_through(s, &cands, times, &mut found, ctx);
    of_the_latest(s, &mut found, facts.latest());
    same_number_as(s, times, &mut found);
    calendar_years(s, &cands, times, &mut found);
    if let Some(last) = found.last() {
        // "In the North West, the force recorded 521": a part of the force's ground, after
        // which the text goes on about the force.
        let part_of_force = groups.len() == 1
            && groups[0].places.iter().all(|p| p.scope == Scope::Region)
            && REGION_FRAME.is_match(s)
            && ctx.force.is_some();
        if part_of_force {
            ctx.place = ctx.force.clone();
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
                })
                .map_or(last, |(_, f)| f);
            // "The force" is then still the force of that figure, not the one compared with.
            if found.iter().rev().position(|f| std::ptr::eq(f, about)).is_some_and(|back| back > 0)
                && about.place.as_deref().and_then(super::places::by_name).is_some_and(|p| p.scope == Scope::Force)
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
                && (ctx.place.is_none() && ctx.force.is_none()
                    || about.place.as_deref().is_some_and(|a| force_records_for_its_part(s, &groups, &found, a)));
            let share = share_of_wider_total(s, &found, about, ctx.place.as_deref());
            if (leading_area || !at_area && !carried_area) && !share {
                ctx.place = about.place.clone().or(ctx.place.take());
            }
            // "Shoplifting there fell 4%": what a later sentence of the paragraph may refer
            // back to.
            if !carried_area {
                ctx.area_before = if at_area { about.place.clone() } else { None };
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
            .or(ctx.gap);
        // "Glasgow City accounted for 402 of the communicating indecently crimes": a place's
        // share is the same offences broken down by place, whose measure carries on.
        let place_share = groups.iter().any(|g| s.get(g.range.end..).is_some_and(|a| a.starts_with(" accounted for ")));
        if let Some(m) = cue.filter(|_| !SUBSET.is_match(s) || place_share) {
            ctx.measure = m;
        }
    } else if let Some(g) = groups.last() {
        ctx.place = Some(g.name());
    }
    found
}

/// "The Metropolitan Police recorded 412 of these", "Of those, 61 were in Kent": a force's or
/// area's share of the country's or a region's total printed before is a breakdown of it,
/// after which the text goes on about the wider place.
fn share_of_wider_total(s: &str, found: &[Found], f: &Found, before: Option<&str>) -> bool {
    static SHARE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them|this\s+total|the\s+total)\b"));
    static SHARE_OPENING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:these|those|them),"));
    let Some(wider) = before.and_then(super::places::by_name) else { return false };
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

/// How far around a number its words are read, in bytes.
const WINDOW: usize = 200;

/// Up to [`WINDOW`] bytes of `s` before byte `at`, cut at a char boundary.
fn tail(s: &str, at: usize) -> &str {
    super::tail_within(s, at, WINDOW)
}

/// Up to [`WINDOW`] bytes of `s` from byte `at`, cut at a char boundary.
fn head(s: &str, at: usize) -> &str {
    let at = at.min(s.len());
    let mut end = (at + WINDOW).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(at..end).unwrap_or("")
}

/// In ranges sorted and not overlapping: the index of the last that ends by `at`.
fn last_ending_by<T>(items: &[T], range: impl Fn(&T) -> Range<usize>, at: usize) -> Option<usize> {
    items.partition_point(|x| range(x).end <= at).checked_sub(1)
}

/// In ranges sorted and not overlapping: the index of the first that starts from `at`.
fn first_starting_from<T>(items: &[T], range: impl Fn(&T) -> Range<usize>, at: usize) -> Option<usize> {
    let i = items.partition_point(|x| range(x).start < at);
    (i < items.len()).then_some(i)
}

/// The parts of a lead-in line that say where its story is: a name plate or motto whole
/// ("Cornwall's farming weekly"), a path down a site's sections whole ("News › London ›
/// Crime"). Of a menu or trail of three parts or more split by bars or dots,
/// a motto in the first part ("Isle of Man news and sport | Subscribe | Log in") and the last
/// part, the page's own section; not the last when an earlier link names a place too ("Home
/// | UK | Scotland | Wales": a site's menu lists sections, not where the story is).
fn lead_in_place_texts(line: &str, names_a_place: impl Fn(&str) -> bool) -> Vec<&str> {
    const MIN_MENU_PARTS: usize = 3;
    const MIN_MOTTO_WORDS: usize = 3;
    let parts = crate::ingest::lead_line_parts(line);
    let menu = parts.len() >= MIN_MENU_PARTS && !crate::ingest::is_section_path(line);
    let Some((last, before)) = parts.split_last().filter(|_| menu) else {
        return vec![line];
    };
    let is_motto = |part: &str| part.split_whitespace().count() >= MIN_MOTTO_WORDS;
    let motto = before.first().copied().filter(|first| is_motto(first));
    let menu_of_places = before.iter().any(|part| !is_motto(part) && names_a_place(part));
    motto.into_iter().chain((!menu_of_places).then_some(*last)).collect()
}

#[cfg(test)]
mod tests;
