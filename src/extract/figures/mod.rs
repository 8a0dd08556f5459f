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
//! - [`corrections`]: figures a correction note or a reported revision withdraws or puts right;
//! - [`every_age`]: which story counts sexual offences of victims of every age, not children;
//! - [`dedupe`](mod@dedupe): a figure printed twice kept once;
//! - [`printed`]: where a figure's number is in the printed sentence.
//!
//! This module is the per-paragraph driver, [`extract_figures_with`], with the story-wide
//! adjustments made after it; one sentence is read by [`sentence`], with [`neighbours`]
//! (candidates read again beside the number before), [`unnamed_forces`] (totals over forces not
//! named) and [`list_headings`] (lines that head a list of values).

mod back_references;
mod bracket_rows;
mod calendar;
mod captions;
mod check;
mod context;
mod corrections;
mod dedupe;
mod every_age;
mod filters;
mod incidentals;
mod kinds;
mod list_headings;
mod lists;
mod locate;
mod measures;
mod neighbours;
mod nouns;
mod printed;
mod sentence;
mod sentencing;
mod tables;
mod unnamed_forces;
mod years;

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::numbers::compile;
use super::places::ParagraphPlaces;
use super::{measure, periods};
use crate::model::{Article, ChangeCheck, Figure, Kind, Measure, Period, Role};
use back_references::{measure_referred_back, pair_of_measures_given_respectively, whole_with_children_told_apart};
use captions::{caption_figures, completes_a_series, rounds_a_text_figure};
use check::check_across;
use context::{
    dates_the_copy, is_baseline_value, is_heading_block_line, is_later_note, is_retracted, is_separator,
    opening_figures_from_body, ArticleFacts, Context, Passage,
};
use dedupe::dedupe;
use lists::{
    area_heading, area_row_label, heading_place, is_heading_line, is_summary_heading, section_place, year_heading,
};
use locate::{
    change_of_the_figure_before, crosshead_figures_from_body, each_of_several, one_force_across_breaks,
    one_name_per_region, opening_area, renamed_forces, restated, restated_for_named, scope_of_forces_asked,
    sourced_openings, spoken_again, writers_own_figures, PlacedValues,
};
use nouns::{head_noun, Noun};
use printed::{Alignment, Printed};
use years::{
    change_to_a_count_given_before, dated_by_check, dated_by_later_count, year_of_total_named_again, ValuesRead,
};

use self::list_headings::{is_list_heading, is_list_item, read_list_heading};
use self::sentence::{
    counts_what_the_last_did, dated_back, measure_printed_before, only_year, read_sentence, the_figure_again,
};
use self::unnamed_forces::names_every_force;

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
    let welsh = super::welsh::WelshPage::new(&article.paragraphs);
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
    // The measure the text had when the list being read began.
    let mut measure_before_list: Option<Measure> = None;
    // And the place it was about then.
    let mut place_before_list: Option<Option<String>> = None;
    // The figures picture captions print, read after the text's so that a figure printed in
    // both keeps the text's reading.
    let mut captioned: Vec<Figure> = Vec::new();
    // What the story's lead was about when its live blog's first entry began, which each
    // entry goes on from; and whether a stamp printed alone stands over the next paragraph.
    let mut lead: Option<Context> = None;
    let mut entry_stamped = false;
    // A page's time line above the story ("09:30 BST") stamps no entry.
    let mut text_begun = false;
    // Whether the page so far is only its heading block: a title and lines that are no sentence.
    let mut in_heading_block = true;
    // Whether the page has come to its readers' comments, under the story.
    let mut in_comments = false;
    // Whether each paragraph is a row of a list, asked of it here once rather than as the
    // next paragraph and again as itself.
    let list_items: Vec<bool> = article.paragraphs.iter().map(|p| is_list_item(&p.norm)).collect();
    for (i, para) in article.paragraphs.iter().enumerate() {
        in_heading_block &=
            is_separator(&para.norm) || !para.role.is_text() || (!para.item && is_heading_block_line(&para.norm));
        ctx.end_aside();
        if let Some(council) = locate::local_council(&para.norm) {
            ctx.council = Some(council);
        }
        // A paper's name, motto or section above the headline that names a place ("THE
        // BRISTOL BUGLE", "Cornwall's farming weekly", "News › Wales") says where its story
        // is: read for the places it names, as a line with no figure is.
        if lead_in.contains(&i) && !para.norm.bytes().any(|b| b.is_ascii_digit()) {
            for text in lead_in_place_texts(&para.norm, |part| !places.in_text(i, part).is_empty()) {
                read_sentence(text, &places.in_text(i, text), &[], &facts, &mut ctx);
            }
        }
        // "READER COMMENTS" over "Handle: text" lines: readers' words, not the story's. A
        // number a reader prints is the story's figure again or none of its own (an age, a
        // time); the heading's count of comments is the page's.
        if text_begun && filters::heads_reader_comments(&para.norm) {
            in_comments = true;
            if para.role.is_text() {
                let _ = text_sentences.next();
            }
            continue;
        }
        in_comments &= !is_separator(&para.norm);
        if in_comments && para.role.is_text() && filters::is_reader_comment(&para.norm) {
            let _ = text_sentences.next();
            continue;
        }
        if is_separator(&para.norm) {
            before_break.get_or_insert(figures.len());
            // A rule under the title and the lines naming the meeting or the request opens the
            // page's body, not another story: what the title named carries on.
            if !(std::mem::take(&mut in_heading_block) && figures.is_empty()) {
                ctx.start_section();
            }
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
        let heads_list = list_items.get(i + 1).copied().unwrap_or(false);
        if para.role == Role::Caption {
            captioned.extend(caption_figures(para, places, &facts, &ctx));
        }
        if !para.role.is_text() {
            entry_stamped |= text_begun && crate::ingest::opens_with_time(&para.norm);
            if let Some(place) = heading_place(&para.norm).or_else(|| section_place(&para.norm)) {
                let known = super::places::by_name(&place).or_else(|| super::places::by_alias(&place));
                ctx.note_section_places(known);
                ctx.headed(place);
            }
            if heads_list || is_list_heading(&para.norm) {
                read_list_heading(&para.norm, &periods::scan(&para.norm), facts.first_measure, &mut ctx);
            } else if para.role == Role::Furniture
                && heads_a_table(article, i)
                && !filters::is_labelled_link(&para.norm)
            {
                // A heading or caption right over a table ("Child sexual offences recorded, by
                // force") says what its rows count, over what the text counted last; a link to
                // another story printed there ("Read more: Knife crime down 9%") does not.
                if let Some(m) = measure::of_sentence(&para.norm) {
                    ctx.measure = m;
                }
            }
            continue;
        }
        // A bilingual page prints each paragraph in Welsh and in English: the figures are
        // read once, from the English.
        if welsh.gives_no_figures(i) {
            let _ = text_sentences.next();
            continue;
        }
        // A list of areas ends at the first paragraph that is no row of it.
        let list_item = list_items.get(i).copied().unwrap_or(false);
        if (ctx.area_rows || ctx.rate_rows) && !list_item {
            ctx.area_rows = false;
            ctx.rate_rows = false;
        }
        // The layout of a list's rows holds for that list only.
        ctx.list_row = list_item;
        // A list's items stand side by side ("• Grooming offences rose to 1,410", "• Rail
        // police logged 31 sexual offences against under-18s"): a measure one of them names
        // carries on through the list, but the text after it goes on with the measure it had
        // before the list, not with the last item's; and so with the place ("• Essex Police has
        // the lowest rate" ending a live blog's key points leaves its entries on
        // the country the blog is about).
        if para.item {
            measure_before_list.get_or_insert(ctx.measure);
            place_before_list.get_or_insert_with(|| ctx.place.clone());
            // What a later sentence of the item before named stays in that item.
            if let Some(m) = ctx.item_measure.take() {
                ctx.measure = m;
            }
        } else {
            if let Some(m) = measure_before_list.take() {
                ctx.measure = m;
                ctx.item_measure = None;
            }
            if let Some(place) = place_before_list.take() {
                ctx.place = place;
            }
        }
        ctx.row_place = None;
        ctx.in_item = para.item;
        // A live blog's entry ("14:05 - Staffordshire: rise of 10%") is a post of its own on
        // the story: what the entry before counted does not carry into it; it starts again
        // from what the story counts.
        // Nor do the places and years it was about: the entry goes on from the story's lead.
        // A stamp printed alone on the line above opens the entry under it.
        if std::mem::take(&mut entry_stamped) || crate::ingest::opens_with_time(&para.norm) {
            ctx.measure = facts.first_measure;
            ctx.start_entry(lead.get_or_insert_with(|| ctx.clone()));
        }
        text_begun = true;
        if !ctx.list_row {
            ctx.row_layout = None;
            ctx.row_years.clear();
            ctx.bracket_years = None;
        }
        // "Wigan ....... 310": read whole, as its dots may split it into sentences.
        ctx.area_row = if ctx.area_rows { area_row_label(&para.norm) } else { None };
        if let Some(area) = ctx.area_row.clone().filter(|a| !ctx.listed_areas.contains(a)) {
            ctx.listed_areas.push(area);
        }
        // Text with nothing to normalise lines up with itself. Made only for a paragraph
        // with figures, as only they are shown as printed.
        let align = OnceCell::new();
        // A note added to the story after it ran leaves the times the story is about as they were;
        // so does a line saying when the copy may run or ran ("EMBARGOED UNTIL 00.01 …").
        let times_before_note = (is_later_note(&para.norm) || dates_the_copy(&para.norm)).then(|| ctx.times_about());
        ctx.same_paragraph = false;
        ctx.quoted = para.norm.trim_start().starts_with(['"', '\'']);
        ctx.suppression_note = incidentals::notes_suppression(&para.norm);
        ctx.children_passage = Passage::new(&para.norm);
        ctx.before_table = article.paragraphs.get(i + 1).is_some_and(|next| next.norm.contains('|'));
        // "Kent Police: 101" between "Helpline: 0800 2222" and another line to call.
        // (The neighbours are gathered only for a paragraph ending on a 1 or a 9.)
        let number_to_call = para.norm.ends_with(['1', '9']) && {
            let beside: Vec<&str> = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| article.paragraphs.get(j))
                .map(|p| p.norm.as_str())
                .collect();
            filters::is_service_number_in_a_box(&para.norm, &beside)
        };
        for (k, sentence) in text_sentences.next().unwrap_or_default().into_iter().enumerate() {
            let norm = para.norm.get(sentence.range.clone()).unwrap_or("");
            let called_after_a_phone = k > 0
                && norm.trim_end_matches(['.', ' ']).ends_with(['1', '9'])
                && filters::is_service_number_in_a_box(norm, &[last_sentence]);
            if number_to_call || called_after_a_phone || is_retracted(&para.norm, norm) {
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
            // (Not after a sentence with no figure that named what "that figure" is: "… the
            // full count of burglaries each force logged. Nationally that figure came to …".)
            // (Asked only of a sentence saying "that figure": most do not.)
            let described = || !last_had_figures && measure::of_sentence(last_sentence).is_some();
            if let Some(m) = the_figure_again(norm, &previous).filter(|_| !described()) {
                ctx.measure = m;
            }
            // "… have grown by a third. Officers logged 230 such offences": the offences the
            // sentence before named, with no figure to carry their measure on.
            if let Some(m) = (!last_had_figures).then(|| measure_referred_back(norm, last_sentence)).flatten() {
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
            let place_before = ctx.place.clone();
            let mut current = read_sentence(norm, &places.in_text(i, norm), &sentence.times, &facts, &mut ctx);
            // A local council's police report ("9 crimes in the parish") counts all the crime
            // of its area, not what the story goes on to be about, unless the sentence says.
            if ctx.council.is_some() && measure::of_sentence(norm).is_none() {
                for f in current.iter_mut().filter(|f| f.place == ctx.council) {
                    f.measure = Measure::Other;
                }
            }
            // "Some 40% of the thefts took place in the North West": where a share of the
            // offences counted before happened, a part of them, not what the text goes on about.
            if !current.is_empty() && current.iter().all(|f| f.kind == Kind::Other) && shares_out_where(norm) {
                ctx.place = place_before;
            }
            if last_had_figures && said_again_alone(norm, &current, &previous) {
                current.clear();
            }
            if echoes_an_uncounted_number(norm, &current, last_sentence, &previous) {
                current.clear();
            }
            if para.item && k == 0 {
                ctx.item_measure = Some(ctx.measure);
            }
            // "Last autumn patrols caught 52 speeding drivers": a season is no financial year.
            if sentence.times.is_empty() && years::names_a_season(norm) {
                for f in current.iter_mut() {
                    f.period = None;
                }
            }
            counts_what_the_last_did(norm, &previous, &mut current);
            if k > 0 && last_had_figures {
                let names_a_place = !places.in_text(i, norm).is_empty();
                change_of_the_figure_before(norm, names_a_place, &previous, &mut current);
            }
            pair_of_measures_given_respectively(norm, &figures, &mut current);
            change_to_a_count_given_before(norm, &sentence.times, &figures, &values, &mut current);
            // "… counted 5,020 crimes in 2027/28. Of these, 630 carried an online … flag": the
            // count the online ones are part of, its sentence naming no measure, is of all.
            // (The part named as online in so many words, right after the count: not "Of the
            // ones logged in 2027/28, 75 concerned children under 13".)
            if last_had_figures
                && sentence::OF_THESE.is_match(norm)
                && measure::of_sentence(norm) == Some(Measure::Online)
                && current.iter().any(|f| f.kind == Kind::Count && f.measure == Measure::Online)
            {
                let start = figures.len().saturating_sub(previous.len());
                for (f, found) in figures[start..].iter_mut().zip(previous.iter_mut()) {
                    let plain = f.kind == Kind::Count
                        && f.measure == Measure::Online
                        && measure::of_sentence(&f.sentence).is_none();
                    if plain {
                        f.measure = Measure::All;
                        found.measure = Measure::All;
                    }
                }
            }
            if last_had_figures {
                let start = figures.len().saturating_sub(previous.len());
                whole_with_children_told_apart(norm, &current, &mut figures, start, &mut previous);
            }
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
            spoken_again(norm, &sentence.times, &figures, &mut current, ctx.london);
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
            measures::split_by_age_of_the_whole(norm, &figures, &mut current);
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
            // "Kent recorded the highest rate of thefts in the region in 2016/17, figures show":
            // a body sentence with no figure, before the text has dated any, dates those after it.
            let undated_text = ctx.period.is_none() && ctx.other_now.is_none() && ctx.stated.is_none();
            if current.is_empty() && undated_text && para.role == Role::Body && !heads_list {
                if let Some(year) = only_year(norm, &sentence.times) {
                    ctx.set_period(year);
                }
            }
            if let Some(year) = sentence.times.iter().rev().find_map(|m| m.year()) {
                ctx.last_year = Some(year);
            }
            ctx.note_time_named(norm, &sentence.times);
            ctx.every_force |= names_every_force(norm);
            ctx.many_forces_before = names_every_force(norm) || unnamed_forces::dozens_of_forces(norm);
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
    // "All" is all sexual offences against children: those of a story that counts sexual
    // offences of every age are another measure.
    facts.every_age.recount(article, &mut figures);
    missing_persons_story(article, &mut figures);
    exploited_children_story(article, &mut figures);
    sentencing::case_numbers_of_a_sentencing_story(article, &mut figures);
    renamed_forces(article, &mut figures);
    one_name_per_region(&mut figures);
    if let Some(start) = before_break {
        one_force_across_breaks(&mut figures, start);
    }
    writers_own_figures(article, &mut figures);
    opening_figures_from_body(&mut figures);
    crosshead_figures_from_body(&mut figures);
    sourced_openings(&mut figures);
    let mut kept: Vec<Figure> = Vec::new();
    for c in &captioned {
        if rounds_a_text_figure(c, &figures) {
            kept.push(c.clone());
        } else if let Some(series) = completes_a_series(c, &captioned, &figures) {
            let mut c = c.clone();
            c.period = series.period;
            c.calendar_year = series.calendar_year;
            c.measure = series.measure;
            kept.push(c);
        }
    }
    figures.append(&mut kept);
    corrections::apply_corrections(article, &mut figures);
    let mut figures = dedupe(figures);
    // A financial year filled in after the calendar year was read is the figure's year.
    for f in figures.iter_mut().filter(|f| f.period.is_some()) {
        f.calendar_year = None;
    }
    figures
}

/// Whether paragraph `i` stands right over a table: the next paragraph is a row of one
/// ("| Force | 2021/22 | 2022/23 |", or "Force | 2021/22" as a text file's table is read).
fn heads_a_table(article: &Article, i: usize) -> bool {
    article.paragraphs.get(i + 1).is_some_and(|next| next.norm.contains('|'))
}

/// "Roughly a quarter - 26% - of the thefts happened in Preston": a share of the offences told
/// by where they happened.
fn shares_out_where(s: &str) -> bool {
    static SHARE_WHERE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)%\s*(?:-\s*|–\s*|—\s*)?of\s+(?:the|these|those|all)\s+(?:[\w-]+\s+)?(?:offences|crimes|thefts|cases|incidents|attacks|reports)\s+(?:took\s+place|happened|occurred|were\s+committed|were\s+recorded)\s+(?:in|on|at)\b",
        )
    });
    s.contains('%') && SHARE_WHERE.is_match(s)
}

/// "Nine burglaries a night across the county. Nine.": a sentence that is only a number, the value
/// the sentence before gave, says that number again for stress and gives no figure of its own.
fn said_again_alone(sentence: &str, current: &[Found], before: &[Found]) -> bool {
    let [only] = current else { return false };
    let alone = |s: &str| !s.chars().any(char::is_alphanumeric);
    alone(sentence.get(..only.range.start).unwrap_or("x"))
        && alone(sentence.get(only.range.end..).unwrap_or("x"))
        && before.iter().any(|f| f.value == only.value)
}

/// "… the top four folders from the pile. Four boys.": a fragment of only a
/// number and a word or two, with no verb, that says again a number the sentence before told
/// of something it did not count as offences, tells the same scene, not a figure. (A count of
/// offences said again is left to [`said_again_alone`] and the repeats.)
fn echoes_an_uncounted_number(sentence: &str, current: &[Found], before: &str, previous: &[Found]) -> bool {
    let [only] = current else { return false };
    if previous.iter().any(|f| f.value == only.value && f.kind != Kind::Other) {
        return false;
    }
    let quote_marks = |c: char| c.is_whitespace() || "\"'\u{2018}\u{2019}\u{201C}\u{201D}".contains(c);
    let opens = sentence.get(..only.range.start).is_some_and(|b| b.chars().all(quote_marks));
    let rest = sentence.get(only.range.end..).unwrap_or("").trim_end_matches(|c: char| quote_marks(c) || c == '.');
    let words: Vec<&str> = rest.split_whitespace().collect();
    let bare_words =
        (1..=2).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    opens && bare_words && super::numbers::scan(before).iter().any(|n| n.value == only.value && !n.percent && !n.money)
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
