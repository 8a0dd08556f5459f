//! A parish, town or community council's report of a meeting: "the parish", "the ward" or
//! "the town" is the council's own area, under the name the council goes by; its police report
//! counts the area's crime; a part-year compared with the same part of an earlier year is of
//! no financial year; and a vote's tally, a caller's age and a speaker's children are no counts.

use super::*;

#[test]
fn the_parish_of_a_parish_councils_report_is_the_councils_area() {
    let lines = [
        "Ashcombe Parish Council: notes of the March meeting",
        "PC Lena Ford of Surrey Police gave the police report.",
        "Since January, 8 crimes had been logged in the parish, among them 3 shed break-ins.",
        "Members heard that 5 of those were reported online.",
    ];
    assert_eq!(place_of(&lines, 8.0), some("Ashcombe"));
    assert_eq!(place_of(&lines, 3.0), some("Ashcombe"), "the area carries on to its parts");
    assert_eq!(place_of(&lines, 5.0), some("Ashcombe"));
}

#[test]
fn the_town_of_a_town_council_named_in_the_sentence_is_its_area() {
    let lines = [
        "Kent Police recorded 420 grooming offences in 2020/21.",
        "At Tolbury Town Council on Tuesday, a sergeant said the town had 4 such reports this spring.",
    ];
    assert_eq!(place_of(&lines, 4.0), some("Tolbury"));
    assert_eq!(place_of(&lines, 420.0), some("Kent Police"));
}

#[test]
fn a_force_named_in_a_councils_report_keeps_its_own_figures() {
    let lines = [
        "Brackwater Community Council - report of the meeting",
        "Between May and July, 14 crimes were recorded in the ward.",
        "The sergeant pointed to force data, which showed that Essex Police had logged 210 offences over 2019/20, an increase of 17% on 2018/19.",
    ];
    assert_eq!(place_of(&lines, 14.0), some("Brackwater"));
    assert_eq!(place_of(&lines, 210.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 17.0), some("Essex Police"), "not the ward carried from before");
}

#[test]
fn a_councils_police_report_counts_all_the_crime_of_its_area() {
    let lines = [
        "Ashcombe Parish Council: notes of the March meeting",
        "Since January, 8 crimes had been logged in the parish.",
        "In 2021/22 Surrey Police counted 61 sexual crimes against children flagged as online.",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(8.0, Measure::Other)), "{found:?}");
    assert!(found.contains(&(61.0, Measure::Online)), "{found:?}");
}

#[test]
fn the_same_period_of_an_earlier_year_beside_a_part_year_is_no_financial_year() {
    let lines = [
        "Dorset Police recorded 300 thefts in 2021/22.",
        "Poole logged 41 thefts across the four months to August, and 33 for the same period the year before.",
        "Bournemouth saw 19 in June, against 25 in the same month of 2021.",
    ];
    assert_eq!(period_of(&lines, 33.0), None);
    assert_eq!(period_of(&lines, 25.0), None);
    assert_eq!(period_of(&lines, 300.0), some("2021/22"));
}

#[test]
fn a_callers_age_after_a_word_for_who_they_are_is_no_count() {
    let lines = [
        "Cumbria Police recorded 80 offences.",
        "Caller Tamsin, 38, from Kendal, rang the studio to say she was worried.",
    ];
    assert!(!has_value(&lines, 38.0), "{:?}", values(&lines));
}

#[test]
fn children_a_speaker_has_are_no_count_of_victims() {
    let lines =
        ["Cumbria Police recorded 80 offences.", "A mother said: \"We have three boys and I check their phones.\""];
    assert!(!counted(&lines, 3.0), "{:?}", brief(&lines));
}

#[test]
fn the_one_child_a_plan_may_spare_is_no_count() {
    let lines = [
        "Cumbria Police recorded 80 offences.",
        "The chair said: \"If this saves one child from harm, it will be worth it.\"",
    ];
    assert!(!has_value(&lines, 1.0), "{:?}", values(&lines));
}

#[test]
fn calls_said_to_be_down_to_a_number_are_not_offences() {
    let lines = ["Cumbria Police recorded 80 offences.", "Noise calls were down to 9 from 22 in March."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 != 80.0).all(|f| f.3 == Kind::Other), "{found:?}");
}
