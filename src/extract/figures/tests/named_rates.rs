//! Numbers the words before them name as a rate, with no base printed after them.

use super::*;

fn kind_of(lines: &[&str], value: f64) -> Option<Kind> {
    brief(lines).into_iter().find(|f| f.2 == value).map(|f| f.3)
}

#[test]
fn a_number_after_a_rate_of_is_a_rate_without_its_base() {
    let lines = ["Essex Police's 612 burglaries in 2021/22 put it at a rate of 33."];
    assert_eq!(kind_of(&lines, 33.0), Some(Kind::Rate), "{:?}", brief(&lines));
    assert_eq!(kind_of(&lines, 612.0), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = ["In 2021/22 Dorset Police's rate was 58, the highest in the south."];
    assert_eq!(kind_of(&lines, 58.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_for_another_place_after_a_named_rate_is_a_rate() {
    let lines = ["Merseyside Police's robbery rate came to 41 in 2022/23, with Cheshire Constabulary's 27."];
    assert_eq!(kind_of(&lines, 27.0), Some(Kind::Rate), "{:?}", brief(&lines));
    let lines = ["Norfolk Constabulary's rate stood at 47 in 2021/22, and Suffolk Constabulary's 52."];
    assert_eq!(kind_of(&lines, 52.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn a_bare_ranked_number_right_after_rates_is_a_rate() {
    let lines = [
        "Cumbria Constabulary logged 52 robberies per 100,000 people in 2022/23. Lancashire Constabulary came second, on 47.",
    ];
    assert_eq!(kind_of(&lines, 47.0), Some(Kind::Rate), "{:?}", brief(&lines));
    let lines = [
        "Avon and Somerset Police recorded 64 thefts per 1,000 people in 2021/22. Wiltshire Police came bottom, on 29.",
    ];
    assert_eq!(kind_of(&lines, 29.0), Some(Kind::Rate), "{:?}", brief(&lines));
}

#[test]
fn another_place_s_number_after_a_rate_with_its_base_may_be_a_count() {
    let lines = ["In 2022/23 Lancashire Constabulary's 520 burglaries work out at 36 per 10,000 homes, while Cumbria Constabulary's 95 (down from 110) come to 19 per 10,000."];
    assert_eq!(kind_of(&lines, 95.0), Some(Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_number_said_again_alone_for_stress_is_no_figure_of_its_own() {
    let lines = [
        "Essex Police recorded 3,300 burglaries in 2023/24, about 11 every day.",
        "Campaigner Jo Bell said: \"Eleven burglaries a day in one county. Eleven. That should shame us all.\"",
    ];
    let found = brief(&lines);
    assert_eq!(found.iter().filter(|f| f.2 == 11.0).count(), 1, "{found:?}");
    let lines = ["Kent Police logged 40 thefts a week in 2022/23. 40! Every single week."];
    let found = brief(&lines);
    assert!(found.iter().all(|f| f.3 == Kind::Rate) && found.len() == 1, "{found:?}");
}

#[test]
fn a_number_alone_as_its_sentence_after_another_value_is_still_read() {
    // Not the number before said again: a reply giving a count of its own.
    let lines = ["How many burglaries did Essex Police record in 2023/24?", "3,300."];
    assert!(has_value(&lines, 3300.0), "{:?}", brief(&lines));
    let lines = ["Kent Police logged 40 thefts in 2022/23. In 2023/24? 52."];
    assert!(has_value(&lines, 52.0), "{:?}", brief(&lines));
}
