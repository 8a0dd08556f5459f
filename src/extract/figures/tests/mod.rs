//! Tests of the figure extractor, through [`extract_figures`] on articles written for them.

mod addresses;
mod ages;
mod ages_of_people;
mod area_counts;
mod area_names;
mod area_scope;
mod bodies;
mod calendar;
mod captions;
mod cases_and_sayings;
mod changes_set_off_by_commas;
mod charity_numbers;
mod compared_places;
mod compared_sources;
mod comparison_gaps;
mod corrections;
mod counts_of_forces_and_areas;
mod divisions_and_boroughs;
mod durations_and_dates;
mod figure_labels;
mod figures_printed_again;
mod force_names;
mod group_sizes;
mod health_services;
mod html_table_parts;
mod incidentals;
mod key_number_labels;
mod kinds;
mod list_rows;
mod lists;
mod live_entries;
mod local_council_reports;
mod markup_numbers;
mod measure_abbreviations;
mod measures_carried;
mod measures_of_children_or_every_age;
mod measures_of_online_and_flagged_offences;
mod measures_through_clauses_and_parts;
mod named_rates;
mod nation_parts;
mod national_scope;
mod non_territorial_grounds;
mod numbers_in_words;
mod offence_lists;
mod office_patches;
mod opening_figures_printed_again;
mod padded_times;
mod page_parts;
mod parts;
mod people_not_offences;
mod phone_numbers;
mod phone_numbers_abroad;
mod place_clauses;
mod places_carried;
mod platform_chrome;
mod quarters_and_fiscal_labels;
mod ranges;
mod rate_kinds;
mod recomputed_changes;
mod reference_numbers;
mod regions;
mod relative_years;
mod scene_and_asides;
mod school_life;
mod second_baselines;
mod sentencing;
mod space_table_headers;
mod span_baselines;
mod table_caption_measures;
mod table_caption_subjects;
mod table_change_rows;
mod table_header_rows;
mod table_label_cells;
mod table_measure_columns;
mod table_notes;
mod table_people_columns;
mod table_span_columns;
mod table_year_columns;
mod things_counted;
mod things_not_offences;
mod totals_beside_online_parts;
mod updates;
mod welsh_twins;
mod what_is_counted;
mod writers;
mod yardsticks;
mod years_by_clause;
mod years_counted_back_and_on;
mod years_from_headings_and_opening_lines;
mod years_of_changes;
mod years_of_values_compared_with;
mod years_printed_and_calendar_times;
mod years_the_article_reports;

use super::locate::is_average_yardstick;
use super::unnamed_forces::names_the_region;
use super::*;
use crate::extract::places::NATIONAL;
use crate::model::Role;

/// An article whose lines are body paragraphs.
fn article(lines: &[&str]) -> Article {
    Article::from_body_lines(lines)
}

fn figures(lines: &[&str]) -> Vec<Figure> {
    extract_figures(&article(lines))
}

/// The figures of a text file's article, read as ingest reads one (tables laid out with
/// spaces become "a | b | c" rows).
fn text_figures(text: &str) -> Vec<Figure> {
    let article = crate::ingest::parse_article(
        "t",
        std::path::Path::new("t.txt"),
        text,
        &crate::ingest::catalogue::Catalogue::default(),
    );
    extract_figures(&article)
}

/// (place, period, value, kind) of every figure of a text file's article.
fn text_brief(text: &str) -> Vec<(Option<String>, Option<String>, f64, Kind)> {
    text_figures(text).into_iter().map(|f| (f.place, f.period.map(|p| p.to_string()), f.value, f.kind)).collect()
}

/// (place, period, value, kind) of every figure, for compact assertions.
fn brief(lines: &[&str]) -> Vec<(Option<String>, Option<String>, f64, Kind)> {
    figures(lines).into_iter().map(|f| (f.place, f.period.map(|p| p.to_string()), f.value, f.kind)).collect()
}

/// (value, measure) of every figure.
fn measures(lines: &[&str]) -> Vec<(f64, Measure)> {
    figures(lines).iter().map(|f| (f.value, f.measure)).collect()
}

fn values(lines: &[&str]) -> Vec<f64> {
    figures(lines).iter().map(|f| f.value).collect()
}

fn period_of(lines: &[&str], value: f64) -> Option<String> {
    let found = figures(lines);
    let f = found.iter().find(|f| f.value == value);
    assert!(f.is_some(), "{value} not found in {found:#?}");
    f.and_then(|f| f.period).map(|p| p.to_string())
}

fn place_of(lines: &[&str], value: f64) -> Option<String> {
    let found = figures(lines);
    let f = found.iter().find(|f| f.value == value);
    assert!(f.is_some(), "{value} not found in {found:#?}");
    f.and_then(|f| f.place.clone())
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// (value, kind) of every figure of one line.
fn kinds_of(line: &str) -> Vec<(f64, Kind)> {
    brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect()
}

fn has_value(lines: &[&str], value: f64) -> bool {
    brief(lines).iter().any(|f| f.2.abs() == value)
}

fn counted(lines: &[&str], value: f64) -> bool {
    brief(lines).iter().any(|f| f.2.abs() == value && matches!(f.3, Kind::Count | Kind::PercentChange))
}

#[test]
fn spans_point_at_the_number_in_the_printed_sentence() {
    let lines = ["“In Kent – the county – police recorded 1,875 offences,” she said, “a 15% rise.”"];
    let found = figures(&lines);
    let printed: Vec<&str> = found.iter().filter_map(|f| f.sentence.get(f.span.clone())).collect();
    assert_eq!(printed, ["1,875", "15%"]);
}

#[test]
fn spans_fall_back_to_the_normalised_text_when_it_does_not_line_up() {
    let mut a = article(&["Kent recorded 1,875 offences."]);
    a.paragraphs[0].text = "Kent – recorded 1,875 offences – in all.".into();
    let found = extract_figures(&a);
    assert_eq!(found[0].sentence.get(found[0].span.clone()), Some("1,875"));
}

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "£",
        "%",
        "per cent",
        "2016/17",
        "14/15:",
        "Kent",
        " and ",
        ", ",
        "1,000",
        "nine",
        "‘",
        "”",
        "–",
        "é",
        "\n",
        "respectively",
        "the previous year",
        "last year",
        "aged",
        "under",
        "from",
        " to ",
        "0808",
        "999",
        ".",
        " ",
        "𝟙",
        "\u{301}",
        "Police",
        "(",
        ")",
        "-",
        "year",
        "12",
        "3m",
        "a day",
        "per 100,000",
        "North-East",
        "£3.5bn",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..400 {
        let mut line = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            line.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let mut a = article(&[&line, &line]);
        // A paragraph whose norm does not line up with its text must not break spans either.
        a.paragraphs[1].norm = line.replace('é', "e\u{301}");
        for f in extract_figures(&a) {
            assert!(f.sentence.get(f.span.clone()).is_some(), "{f:?}");
        }
    }
}

/// Long runs of numbers, places, years and ranges with nothing else around them: read to
/// the end without a panic, every figure's span inside its sentence. How the time grows with
/// such input is measured by the `pathological_input` benchmark (benches/hot_paths.rs), not here.
#[test]
fn pathological_runs_of_numbers_and_places_are_read_to_the_end() {
    for piece in PATHOLOGICAL_PIECES {
        let text = piece.repeat(40_000 / piece.len());
        for f in figures(&[&text]) {
            assert!(f.sentence.get(f.span.clone()).is_some(), "{piece:?}: {f:?}");
        }
    }
}

/// The pieces the pathological-input test and benchmark repeat (kept in step with
/// `benches/hot_paths.rs`).
const PATHOLOGICAL_PIECES: [&str; 8] =
    ["1 ", "12% ", "Kent and ", "2016/17 ", "from 5 to ", "aged 3 and ", "£1m, ", "last year "];

#[test]
fn a_long_article_of_repeated_statements_gives_each_figure_once() {
    let line = "Kent Police recorded 1,234 offences in 2019/20, up 12% from 1,100 in 2018/19, while Essex logged 900 last year. ";
    let found = figures(&[&line.repeat(3000)]);
    let got: Vec<String> = found
        .iter()
        .map(|f| format!("{:?} {:?} {} {:?}", f.place, f.period.map(|p| p.to_string()), f.value, f.kind))
        .collect();
    assert_eq!(got.len(), 4, "{got:#?}");
    for want in ["Kent Police", "1234", "12", "1100", "Essex Police", "900"] {
        assert!(got.iter().any(|g| g.contains(want)), "{want} in {got:#?}");
    }
}
