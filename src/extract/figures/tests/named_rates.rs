//! Numbers the words before them name as a rate, with no base printed after them.

use super::*;

fn kind_of(lines: &[&str], value: f64) -> Option<Kind> {
    brief(lines).into_iter().find(|f| f.2 == value).map(|f| f.3)
}

#[test]
fn a_number_after_a_rate_of_is_a_rate_without_its_base() {
    let lines = ["Essex Police logged 612 burglaries in 2021/22, up from 540, a rate of 33."];
    assert_eq!(kind_of(&lines, 33.0), Some(Kind::Rate), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 612.0), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = ["In 2021/22 Dorset Police's rate was 58, the highest in the south."];
    assert_eq!(kind_of(&lines, 58.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_for_another_place_after_a_named_rate_is_a_rate() {
    let lines = ["In 2021/22 Kent Police's rate was 412 and Surrey Police's 390."];
    assert_eq!(kind_of(&lines, 390.0), Some(Kind::Rate), "{:?}", brief(&lines));
    let lines = ["Norfolk Constabulary's rate stood at 47 in 2021/22, and Suffolk Constabulary's 52."];
    assert_eq!(kind_of(&lines, 52.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_bare_ranked_number_right_after_rates_is_a_rate() {
    let lines = [
        "In 2021/22 Devon and Cornwall Police had the highest rate, at 91 burglaries per 10,000 homes. Dorset Police had the lowest, at 38.",
    ];
    assert_eq!(kind_of(&lines, 38.0), Some(Kind::Rate), "{:?}", brief(&lines));
    let lines = [
        "Avon and Somerset Police recorded 64 thefts per 1,000 people in 2021/22. Wiltshire Police came bottom, on 29.",
    ];
    assert_eq!(kind_of(&lines, 29.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn another_place_s_number_after_a_rate_with_its_base_may_be_a_count() {
    let lines = ["In 2021/22 Kent Police's 310 burglaries equate to 17 per 10,000 homes, and Surrey Police's 240 - up from 200 - to 14 per 10,000."];
    assert_eq!(kind_of(&lines, 240.0), Some(Kind::Count), "{:?}", brief(&lines));
}
