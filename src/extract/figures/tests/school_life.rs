//! School, college and students' union life beside the force's figures: ages of a group,
//! votes, terms, and the people a survey asked, none of them counts of offences.

use super::*;

#[test]
fn the_youngest_or_eldest_of_a_group_said_to_be_a_number_is_an_age() {
    let lines = ["Our eldest cadets are 14, and Dorset Police recorded 318 burglaries in 2022/23."];
    assert_eq!(values(&lines), [318.0]);
}

#[test]
fn some_of_us_said_to_be_a_number_is_an_age() {
    let lines = ["Dorset Police recorded 318 burglaries in 2022/23.", "Several of us are 17."];
    assert_eq!(values(&lines), [318.0]);
}

#[test]
fn people_said_to_be_two_ages_when_something_happened_are_ages() {
    let lines = [
        "Dorset Police recorded 318 burglaries in 2022/23.",
        "\"Most of the trainees were 13 or 14 when the messages started,\" the coach said.",
    ];
    assert_eq!(values(&lines), [318.0]);
}

#[test]
fn a_guess_of_two_small_numbers_after_at_is_no_figure() {
    let lines = [
        "Dorset Police recorded 318 burglaries in 2022/23.",
        "\"Plenty of people only speak up later, at 20 or 21, once they have left home.\"",
    ];
    assert_eq!(values(&lines), [318.0]);
    // A value the total stood at is still one.
    assert!(has_value(&["Dorset Police's total stood at 318 in 2022/23."], 318.0));
}

#[test]
fn a_vote_tally_is_no_figure() {
    for line in [
        "The parish council voted 11–2 to pay for more cameras.",
        "The motion was carried by 40 votes to nine.",
        "A 9-4 vote backed the plan for a youth hub.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    let lines = ["After Dorset Police recorded 318 burglaries in 2022/23, residents voted to fund cameras."];
    assert_eq!(values(&lines), [318.0]);
}

#[test]
fn the_bare_base_of_a_share_of_people_is_no_count() {
    let lines = [
        "Dorset Police recorded 318 burglaries in 2022/23.",
        "About a quarter of parents who filled in the form – 24% of 880 – said a stranger had messaged their child.",
    ];
    assert!(!counted(&lines, 880.0), "{:?}", brief(&lines));
    assert!(counted(&lines, 318.0));
}

#[test]
fn people_who_replied_right_after_their_number_are_no_count() {
    let lines = [
        "Dorset Police recorded 318 burglaries in 2022/23.",
        "Of the 212 who replied, 40% said they had seen such messages.",
    ];
    assert!(!counted(&lines, 212.0), "{:?}", brief(&lines));
}

#[test]
fn a_school_term_label_is_no_figure() {
    let lines =
        ["Newsletter of Hollin Bank Primary", "Term 3, 2024", "Dorset Police recorded 318 burglaries in 2022/23."];
    assert_eq!(values(&lines), [318.0]);
}
