//! Places a figure is measured against, in words other than a yardstick's noun.

use super::*;

#[test]
fn a_figure_said_to_track_what_is_seen_nationally_keeps_the_texts_place() {
    let lines = [
        "Cheshire Police logged 640 stalking offences last year.",
        "That was up 14 per cent, which mirrors what officers are finding nationally.",
    ];
    assert_eq!(place_of(&lines, 14.0), some("Cheshire Constabulary"));
    let lines = [
        "Q: How is Dorset doing?",
        "A: Dorset Police recorded 412 thefts, up about 9 per cent, and that matches the pattern we see across the country.",
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
        "Police in the Tayside division recorded 140 frauds in 2022-23, up from 90 the previous year.",
        "That is a rise of 56 per cent, almost three times the increase recorded across Scotland as a whole, where frauds went up 20 per cent.",
    ];
    assert_eq!(place_of(&lines, 56.0), some("Tayside"));
    assert_eq!(place_of(&lines, 20.0), some("Police Scotland"));
    let lines = [
        "Gwent Police recorded 300 thefts in 2022/23, up from 200 the year before.",
        "That is an increase of 50 per cent, more than double the rise seen in Wales as a whole.",
    ];
    assert_eq!(place_of(&lines, 50.0), some("Gwent Police"));
}
