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
                2. CAR CRIME\n\nThefts of vans dropped 14% over 2023/24.\n";
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

#[test]
fn a_neighbourhood_teams_page_gives_its_own_figures_the_area_in_its_name() {
    let text = "Essex Police – Harlow Town\nPublic group · 3.1K members\n\nEssex Police – Harlow Town\n2 March 2024 · Edited\n\n\
                We dealt with 640 reports of shoplifting in 2023/24, down from 700 in 2022/23.\n\n\
                Shoplifting across all of Essex climbed 6% in that year.\n\n\
                👍 120 · 14 comments · 3 shares\n\nAnn Lee\nWell done.\nLike · Reply · 1d\n\n\
                Essex Police – Harlow Town\nThanks Ann.\nLike · Reply · 1d\n";
    assert_eq!(text_place_of(text, 640.0), some("Harlow Town"));
    assert_eq!(text_place_of(text, 700.0), some("Harlow Town"));
    assert_eq!(text_place_of(text, 6.0), some("Essex Police"));
    let text = "WMP Handsworth\nCommunity page · 2K followers\n\nWMP Handsworth\n5 May 2024\n\n\
                Here is what your team did this month. Car thefts are down 9% on the same period last year.\n\n\
                Across the West Midlands, officers made 311 arrests.\n\nWMP Handsworth\nThanks, we will pass it on.\n";
    assert_eq!(text_place_of(text, -9.0), some("Handsworth"));
    assert_eq!(text_place_of(text, 311.0), some("West Midlands Police"));
}

#[test]
fn a_force_wide_figure_on_a_teams_page_stays_the_forces() {
    let text = "Kent Police - Dover Town\n\nKent Police - Dover Town\n1 June 2024\n\n\
                Our team made 40 arrests in May. Force-wide, burglaries fell by 11% in 2023/24.\n\n\
                Kent Police - Dover Town\nThanks, we will look.\n";
    assert_eq!(text_place_of(text, -11.0), some("Kent Police"));
}

#[test]
fn a_forces_account_or_page_named_on_lines_of_their_own_speaks_for_the_force() {
    let text = "Kent Police\n@kent_police\nThread saved 2 May 2024\n\n\
                1/3 We recorded 300 bike thefts in 2023/24, while forces nationally saw a 4% rise.\n\n---\n\n\
                2/3 Shop thefts rose by 12% in 2023/24 and we are acting on it.\n";
    assert_eq!(text_place_of(text, 12.0), some("Kent Police"));
    let text = "Dorset Police\nCommunity page · 80K followers\n\nDorset Police\n4 May 2024\n\n\
                We recorded 300 bike thefts in 2023/24, while forces nationally saw a 4% rise.\n\n---\n\n\
                Shop thefts rose by 12% in 2023/24.\n\nDorset Police\nThanks, we will pass it on.\n";
    assert_eq!(text_place_of(text, 12.0), some("Dorset Police"));
    let text = "From: Essex Police Community Messaging <alerts@news.essex.police.uk>\nSubject: Update\n\n\
                We recorded 300 bike thefts in 2023/24, while forces nationally saw a 4% rise.\n\n---\n\n\
                Shop thefts rose by 12% in 2023/24.\n";
    assert_eq!(text_place_of(text, 12.0), some("Essex Police"));
}
