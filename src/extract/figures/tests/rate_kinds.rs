//! Numbers that are rates, not counts: by their form, or by the base printed beside them.

use super::*;

fn kind_of(lines: &[&str], value: f64) -> Option<Kind> {
    brief(lines).into_iter().find(|f| f.2 == value).map(|f| f.3)
}

#[test]
fn a_bare_number_with_a_fraction_is_no_count() {
    let lines = ["Dyfed-Powys Police logged 0.42 offences for each 1,000 children in 2021/22."];
    assert_ne!(kind_of(&lines, 0.42), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = ["Gwent Police: 388 offences in 2021/22, up 12%, 1.9."];
    assert_ne!(kind_of(&lines, 1.9), Some(Kind::Count), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 388.0), Some(Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn another_place_s_number_before_its_own_rate_is_a_count() {
    let lines = ["In 2022/23 Kent Police's 610 robberies work out at 33 per 100,000 people, while Sussex Police's 240 (down from 265) come to 14 per 100,000."];
    assert_eq!(kind_of(&lines, 240.0), Some(Kind::Count), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 265.0), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = ["Avon and Somerset Police's 1,020 thefts in 2021/22 came to 58 per 100,000 residents, and Wiltshire Police's 310 equal 43 per 100,000."];
    assert_eq!(kind_of(&lines, 310.0), Some(Kind::Count), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 43.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_number_for_every_million_of_something_is_a_rate() {
    let lines = ["In 2023/24 there were 12 assaults on staff for every million passengers, compared with 10 per million a year earlier."];
    assert_eq!(kind_of(&lines, 12.0), Some(Kind::Rate), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 10.0), Some(Kind::Rate), "{:?}", brief(&lines));
    let lines = ["The airport police logged 4 thefts per million travellers in 2022/23."];
    assert_eq!(kind_of(&lines, 4.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_base_before_the_number_makes_a_rate_in_any_case() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "In Lowmoor, PER 100,000 PEOPLE, 73 burglaries were logged.";
    assert_eq!(kinds(line), [(73.0, Kind::Rate)], "{line}");
    let line = "In Lowmoor, For Every 100,000 Residents, 41 thefts were logged.";
    assert_eq!(kinds(line), [(41.0, Kind::Rate)], "{line}");
    let line = "In Lowmoor, in every 10,000 inhabitants, 5 robberies were logged.";
    assert_eq!(kinds(line), [(5.0, Kind::Rate)], "{line}");
}

#[test]
fn words_before_a_number_with_no_base_leave_it_a_count() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    // "per" and "every" only inside other words ("Superintendent", "Beverley"), or neither.
    let line = "Superintendent Joy Beverley said 730 burglaries were logged in Lowmoor.";
    assert_eq!(kinds(line), [(730.0, Kind::Count)], "{line}");
    let line = "Officers in Lowmoor logged 730 burglaries.";
    assert_eq!(kinds(line), [(730.0, Kind::Count)], "{line}");
}
