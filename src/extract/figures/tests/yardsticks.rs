//! Places a figure is measured against, in words other than a yardstick's noun.

use super::*;

#[test]
fn a_figure_said_to_track_what_is_seen_nationally_keeps_the_texts_place() {
    let lines = [
        "Cheshire Police logged 640 stalking offences last year.",
        "Reports climbed 14 per cent, echoing what other forces have seen nationally.",
    ];
    assert_eq!(place_of(&lines, 14.0), some("Cheshire Constabulary"));
    let lines = [
        "Dorset Police said thefts of tools from vans reached 412.",
        "The force said the 9 per cent increase reflects the trend across the country.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Dorset Police"));
}

#[test]
fn a_figure_for_the_country_is_still_the_countrys() {
    let line = "Nationally, offences rose 9 per cent, matching the rise in Kent.";
    assert_eq!(place_of(&[line], 9.0), some(NATIONAL));
    let line = "Kent Police recorded 400 thefts. Across the country, thefts went up 6 per cent.";
    assert_eq!(place_of(&[line], 6.0), some(NATIONAL));
}

#[test]
fn a_multiple_of_the_rise_seen_in_a_wider_place_is_measured_against_it() {
    let lines = [
        "Frauds reported in the Tayside division grew from 90 to 140 in 2022-23.",
        "Tayside's 56 per cent jump is nearly treble the increase logged in Scotland, where the count grew by 20 per cent.",
    ];
    assert_eq!(place_of(&lines, 56.0), some("Tayside"));
    assert_eq!(place_of(&lines, 20.0), some("Police Scotland"));
    let lines = [
        "Thefts logged by Gwent Police went from 200 to 300 in 2022/23.",
        "The 50 per cent climb is double the rise reported for Wales overall.",
    ];
    assert_eq!(place_of(&lines, 50.0), some("Gwent Police"));
}

#[test]
fn england_alone_set_against_a_figure_is_the_country_in_the_same_year() {
    let first = [
        "Thefts were recorded at 90 sites in 2023/24.",
        "Across the North West, the rate was 3.2 offences per 1,000 people, against 2.7 for England as a whole.",
    ];
    assert_eq!(place_of(&first, 2.7), some("national"));
    assert_eq!(period_of(&first, 2.7), some("2023/24"));
    let second = ["In 2022/23, Kent Police saw burglaries rise 14%, compared with 6% across England."];
    assert_eq!(place_of(&second, 6.0), some("national"));
    assert_eq!(period_of(&second, 6.0), some("2022/23"));
}

#[test]
fn the_wider_total_a_share_is_of_does_not_take_the_numbers_after_it() {
    let line = "Kent Police logged 3,310 robberies during 2023/24, roughly 9% of the England and Wales total, and a rise of 12%.";
    assert_eq!(place_of(&[line], 12.0), some("Kent Police"));
    assert_eq!(place_of(&[line], 3310.0), some("Kent Police"));
    let line = "Merseyside Police logged 2,040 arson attacks in 2022/23, a tenth of the national total, a rise of 9%.";
    assert_eq!(place_of(&[line], 9.0), some("Merseyside Police"));
}
