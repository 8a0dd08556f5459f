//! Times of day printed with a leading zero ("00.01", "08.15") in wire and notice furniture.

use super::*;

#[test]
fn an_embargo_time_padded_with_a_zero_is_no_figure() {
    let lines = [
        "NOT FOR PUBLICATION BEFORE 00.05 THURSDAY 2 MAY 2024",
        "Lincolnshire Police recorded 702 burglaries in 2022/23, up 4% on the year before.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 < 1.0), "{found:?}");
    // The time leaves the year of the story's figures as it was.
    assert_eq!(period_of(&lines, 4.0), some("2022/23"));
}

#[test]
fn a_padded_time_after_a_date_in_a_note_is_no_figure() {
    let lines = [
        "Cambridgeshire Police logged 1,240 thefts in 2021/22.",
        "Amended (5 June 2023, 08.25): a spelling was put right.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 8.25), "{found:?}");
    // A rate with a plain whole part stands.
    let lines = ["Cambridgeshire Police recorded 8.25 offences per 1,000 people in 2021/22."];
    assert!(brief(&lines).iter().any(|f| f.2 == 8.25), "{:?}", brief(&lines));
}
