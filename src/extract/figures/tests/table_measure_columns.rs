//! A header row over rows that each open with a year names, cell by cell, what each column
//! counts ("All offences | Online-flagged | Sexual communication with a child"): each value
//! takes its column's measure, whatever the sentence before the table named.

use super::*;

/// (value, measure) of every figure of a text file's article.
fn text_measures(text: &str) -> Vec<(f64, Measure)> {
    text_figures(text).iter().map(|f| (f.value, f.measure)).collect()
}

#[test]
fn columns_named_by_measure_over_year_rows_give_each_value_its_measure() {
    let lines = [
        "The number of grooming offences has grown every year (Table 2).",
        "| Year | Sexual offences against children | Of which online-flagged | Sexual communication with a child |",
        "|---|---|---|---|",
        "| 2028/29 | 1,410 | 215 | 77 |",
        "| 2029/30 | 1,502 | 240 | 81 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(1410.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(240.0, Measure::Online)), "{found:?}");
    assert!(found.contains(&(81.0, Measure::Other)), "{found:?}");
    let text = "Offences flagged online rose again, the force said.\n\n\
        Period    Child sexual offences    Internet-enabled offences\n\
        2027/28   930                      118\n\
        2028/29   988                      141\n";
    let found = text_measures(text);
    assert!(found.contains(&(930.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(141.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_total_column_beside_an_online_column_counts_all_offences() {
    let text = "Of them, 150 child sexual offences were flagged online in 2029/30.\n\n\
        Year       All offences   Online-flagged\n\
        2027/28    702            88\n\
        2028/29    755            104\n";
    let found = text_measures(text);
    assert!(found.contains(&(702.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(104.0, Measure::Online)), "{found:?}");
    let lines = [
        "Online offences against children are set out below.",
        "| Year | Total | Online |",
        "| 2026/27 | 1,204 | 190 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(1204.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(190.0, Measure::Online)), "{found:?}");
}

#[test]
fn an_age_in_a_header_cell_leaves_the_row_a_header() {
    let lines = [
        "Question 3 asked about sexual communication with a child.",
        "Financial year | Sexual offences, victim under 18 | Of which online-flagged | Sexual communication with a child",
        "2027/28        | 512                              | 61                      | 28",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(512.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(61.0, Measure::Online)), "{found:?}");
    assert!(found.contains(&(28.0, Measure::Other)), "{found:?}");
    let lines = [
        "Image offences are counted separately.",
        "| Year | Offences against children aged 0-17 | Online |",
        "| 2028/29 | 644 | 97 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(644.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(97.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_pipe_table_padded_with_spaces_keeps_its_own_cells() {
    let text = "Child sexual offences, by year.\n\n\
        Year       | All child sexual offences | Of which online-flagged | Grooming\n\
        2027/28    | 440                       | 52                      | 19\n\
        2028/29    | 471                       | 60                      | 23\n";
    let found = text_measures(text);
    assert!(found.contains(&(440.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(60.0, Measure::Online)), "{found:?}");
    assert!(found.contains(&(23.0, Measure::Other)), "{found:?}");
    let text = "Offences against children, as the force logged them.\n\n\
        Period   |   Offences against children   |   Online\n\
        2029/30  |   1,208                       |   166\n";
    let found = text_measures(text);
    assert!(found.contains(&(1208.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(166.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_table_value_equal_to_one_given_before_keeps_its_columns_measure() {
    let lines = [
        "Gwent Police recorded 71 online child sexual offences in 2026/27.",
        "| Year | Child sexual offences | Online-flagged | Grooming |",
        "| 2027/28 | 834 | 140 | 71 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(834.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(71.0, Measure::Other)), "{found:?}");
    let lines = [
        "Kent Police logged 96 grooming offences against children during 2025/26.",
        "| Year | Sexual offences against children | Of which online |",
        "| 2026/27 | 1,020 | 96 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(1020.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(96.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_total_column_labelled_with_its_year_beside_online_ones_counts_all_offences() {
    let lines = [
        "Online child sexual offences rose in most of the region's forces.",
        "| Force | Online-flagged, 2031/32 | Online-flagged, 2032/33 | All offences, 2031/32 | All offences, 2032/33 |",
        "| Wessex Police | 120 | 131 | 940 | 1,002 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(131.0, Measure::Online)), "{found:?}");
    assert!(found.contains(&(940.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(1002.0, Measure::All)), "{found:?}");
    assert_eq!(period_of(&lines, 940.0), some("2031/32"));
    assert_eq!(period_of(&lines, 1002.0), some("2032/33"));
}

#[test]
fn a_total_column_labelled_with_a_year_first_is_no_total_of_another_column() {
    // A cell naming no total keeps the measure of the text, year or no year.
    let lines = [
        "Online child sexual offences rose again.",
        "| Force | Online, 2032/33 | Staff, 2032/33 |",
        "| Wessex Police | 131 | 40 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(131.0, Measure::Online)), "{found:?}");
    assert!(!found.contains(&(40.0, Measure::All)), "{found:?}");
}

#[test]
fn a_pipe_header_of_two_rows_gives_each_column_its_groups_measure_and_its_own_year() {
    let lines = [
        "Online child sexual offences rose in most forces.",
        "| Force | Online-flagged | | All offences | | Rate per 100,000, 2032/33 |",
        "|---|---|---|---|---|---|",
        "| | 2031/32 | 2032/33 | 2031/32 | 2032/33 | |",
        "| Wessex Police | 120 | 131 | 940 | 1,002 | 512 |",
    ];
    let b = brief(&lines);
    let got = figures(&lines);
    let find = |v: f64| got.iter().find(|f| f.value == v).map(|f| (f.period.map(|p| p.to_string()), f.measure, f.kind));
    assert_eq!(find(120.0), Some((some("2031/32"), Measure::Online, Kind::Count)), "{b:?}");
    assert_eq!(find(131.0), Some((some("2032/33"), Measure::Online, Kind::Count)), "{b:?}");
    assert_eq!(find(940.0), Some((some("2031/32"), Measure::All, Kind::Count)), "{b:?}");
    assert_eq!(find(1002.0), Some((some("2032/33"), Measure::All, Kind::Count)), "{b:?}");
    assert_eq!(find(512.0).map(|f| f.2), Some(Kind::Rate), "{b:?}");
}

#[test]
fn a_second_header_row_with_no_year_leaves_the_first_as_it_was() {
    // Two header-like rows naming no year: the second is a header of its own.
    let lines =
        ["Online child sexual offences rose.", "| Force | 2031/32 | 2032/33 |", "| Wessex Police | 120 | 131 |"];
    assert_eq!(period_of(&lines, 120.0), some("2031/32"));
    assert_eq!(period_of(&lines, 131.0), some("2032/33"));
}
