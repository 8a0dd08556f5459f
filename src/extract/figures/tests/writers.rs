//! A force's own publication (its newsletter email, its account's thread, its page's posts):
//! what it says in its own voice is about its ground.

use super::*;

fn text_place_of(text: &str, value: f64) -> Option<String> {
    let found = text_figures(text);
    let f = found.iter().find(|f| f.value == value);
    assert!(f.is_some(), "{value} not found in {found:#?}");
    f.and_then(|f| f.place.clone())
}

#[test]
fn a_forces_newsletter_email_speaks_for_the_force_across_its_sections() {
    let text = "From: Kent Police <alerts@news.kent.police.uk>\nSubject: This month in your area\n\n\
                ------------------------------\n\n\
                1. SHOPLIFTING\n\nThis month we charged 42 people with shoplifting offences.\n\n\
                ------------------------------\n\n\
                2. CAR CRIME\n\nVehicle thefts fell by 14% in the year to March 2024.\n";
    assert_eq!(text_place_of(text, 42.0), some("Kent Police"));
    assert_eq!(text_place_of(text, -14.0), some("Kent Police"));
}

#[test]
fn a_thread_by_a_forces_account_speaks_for_the_force_across_its_posts() {
    let text = "# Thread by @sussexpolice\n\n\
                **Sussex Police** @sussexpolice · 3 Feb 2024 · 4 tweets\n\n---\n\n\
                **1/4** Our week of action is over.\n\nOfficers recorded 215 thefts of catalytic converters in 2022/23.\n\n---\n\n\
                **2/4** That fell by 31% in 2023/24, and we will keep going.\n";
    assert_eq!(text_place_of(text, 215.0), some("Sussex Police"));
    assert_eq!(text_place_of(text, -31.0), some("Sussex Police"));
}

#[test]
fn a_newspapers_round_up_after_a_break_still_takes_no_force_from_a_headline() {
    // A paper's round-up is no force's own voice: a section about no named force stays so.
    let text = "Crime round-up: Kent Police and others\n\nKent Police recorded 310 burglaries in 2022/23.\n\n---\n\n\
                Nationally, arson is falling. Thefts of bikes fell by 8% in 2022/23, figures show.\n";
    assert_ne!(text_place_of(text, -8.0), some("Kent Police"));
}
