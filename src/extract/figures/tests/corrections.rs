//! Figures an article puts right: a correction note at the foot that the body was left
//! without, and revisions the text reports ("since revised to", "now says … not …").

use super::*;

#[test]
fn a_foot_correction_replaces_the_wrong_figure_the_body_still_prints() {
    let lines = [
        "Dorset Police recorded 4,317 burglaries in 2022/23, the force said.",
        "That was up 3% on the year before.",
        "Correction, 2 June: An earlier version of this story said 4,317 burglaries. The correct figure is 4,173.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 4317.0), "{found:?}");
    let right = found.iter().find(|f| f.2 == 4173.0);
    assert_eq!(
        right.map(|f| (f.0.clone(), f.1.clone(), f.3)),
        Some((some("Dorset Police"), some("2022/23"), Kind::Count)),
        "{found:?}"
    );
    // Printed where the note gives it.
    let all = figures(&lines);
    let f = all.iter().find(|f| f.value == 4173.0);
    assert_eq!(f.and_then(|f| f.sentence.get(f.span.clone())), Some("4,173"), "{all:?}");
    let lines = [
        "Cheshire Constabulary logged 1,052 thefts from vehicles in 2021/22.",
        "This report was amended on 3 March to put right the Cheshire total. We wrote 1,052; it is 1,025.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 1052.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 1025.0 && f.1.as_deref() == Some("2021/22")), "{found:?}");
}

#[test]
fn a_value_a_note_says_was_given_before_is_no_figure() {
    let lines = [
        "Surrey Police recorded 233 frauds in 2020/21, up from 171 in 2019/20.",
        "This page was corrected on 4 May to fix the figure for 2019/20, which was previously given as 117.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 117.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 171.0), "{found:?}");
    let lines = [
        "Kent Police recorded 640 robberies in 2022/23.",
        "*Correction, 9 May: this post previously said 604 for Kent; it is 640.*",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 604.0), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.2 == 640.0).count(), 1, "{found:?}");
}

#[test]
fn a_note_in_underscore_italics_is_a_correction_note() {
    // "it is 388" gives the right value in a note only: the body's 383 takes it.
    let lines = [
        "Avon and Somerset Police logged 383 bike thefts in 2023/24.",
        "_Correction, 12 June: we wrote 383 for the force; it is 388._",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 383.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 388.0 && f.1.as_deref() == Some("2023/24")), "{found:?}");
    let lines =
        ["Gwent Police recorded 79 arson attacks in 2022/23.", "__Clarification: we gave 79 for Gwent; it is 97.__"];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 79.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 97.0 && f.1.as_deref() == Some("2022/23")), "{found:?}");
}

#[test]
fn a_figure_a_force_has_since_revised_gives_way_to_the_new_one() {
    let lines = [
        "Norfolk Constabulary said in April that it had recorded 512 stalking offences in 2022/23.",
        "The force has since corrected its return and now puts the total at 538, a rise of 6% on the year before.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 512.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 538.0), "{found:?}");
    let lines = [
        "UPDATE: Suffolk Constabulary has revised its figures. It now reports 731 assaults in 2021/22, not 713, and the rise is now 8%.",
        "Suffolk Constabulary recorded 713 assaults in 2021/22, a rise of 5%, and more than 700 in each of the two years before.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 713.0), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == 5.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 731.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 8.0), "{found:?}");
}

#[test]
fn the_original_figures_a_revision_replaced_are_no_figures() {
    let lines = [
        "Avon and Somerset Police recorded 905 offences in 2023/24, up 9% from 830 in 2022/23.",
        "Later the 2022/23 figure was revised to 812, making the rise 11%. Some reports still give the original 830 and 9%.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 830.0), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == 9.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 812.0), "{found:?}");
}

#[test]
fn a_rounded_figure_a_revision_leaves_true_stands() {
    let lines = [
        "UPDATE: Gloucestershire Constabulary has since corrected its total. It now says 1,264 offences were recorded in 2022/23, not 1,246.",
        "Gloucestershire Constabulary recorded more than 1,200 offences in 2022/23.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 1200.0), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == 1246.0), "{found:?}");
}

#[test]
fn figures_beside_a_word_like_now_in_a_paragraph_naming_no_revision_stand() {
    let lines = [
        "Wiltshire Police recorded 390 burglaries in 2022/23.",
        "The total is now 390 a year, against 420 in 2022/23 by another count.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 420.0), "{found:?}");
}

#[test]
fn a_value_withdrawn_for_one_force_stands_for_another_place() {
    let lines = [
        "Burglaries across the East Midlands rose from 5,100 in 2021/22 to 5,712 in 2022/23, a 12% increase.",
        "Leicestershire Police recorded 1,904 burglaries in 2022/23, up 9%.",
        "Correction: An earlier version of this story gave Leicestershire's rise as 12%. The correct figure is 9%; 12% was the regional rise.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 12.0 && f.3 == Kind::PercentChange), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 9.0), "{found:?}");
}

#[test]
fn a_figure_the_next_sentence_says_was_revised_is_withdrawn() {
    let lines = [
        "Hertfordshire Constabulary recorded 640 offences in 2022/23, compared with 588 in 2021/22.",
        "A 2022 bulletin listed 566 offences for 2021/22. That figure has since been revised to 588.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 566.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 588.0), "{found:?}");
    // A sentence with two counts before it points back to neither.
    let lines = ["Bedfordshire Police recorded 320 thefts and 140 robberies in 2022/23. The total was later revised."];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 320.0) && found.iter().any(|f| f.2 == 140.0), "{found:?}");
}

#[test]
fn a_revised_rise_naming_no_measure_supersedes_the_old_rise_whatever_was_carried() {
    let lines = [
        "UPDATE: Cumbria Constabulary has revised its figures. It now says 510 offences were recorded in 2022/23, 96 of them flagged as online offences. The rise is now 11%.",
        "Cumbria Constabulary recorded 488 offences in 2022/23, a rise of 6%.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 6.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 11.0), "{found:?}");
}

#[test]
fn a_revised_count_leaves_counts_of_another_measure_standing() {
    let lines = [
        "Cleveland Police recorded 300 offences in 2022/23, against 250 in 2021/22.",
        "Officers flagged 61 as online offences, up from 44 in 2021/22.",
        "The force's first return showed 244 offences for 2021/22. The total was later corrected to 250.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 44.0), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == 244.0), "{found:?}");
}

#[test]
fn a_value_an_earlier_entry_or_post_gave_is_withdrawn() {
    let lines = [
        "Devon and Cornwall Police logged 36 drone complaints in the summer.",
        "*Correction: a previous post said the Devon and Cornwall total for the summer was 63. It was 36.*",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 63.0), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.2 == 36.0).count(), 1, "{found:?}");
}

#[test]
fn a_value_an_earlier_entry_said_is_withdrawn_for_the_one_that_should_stand() {
    let lines = [
        "Cumbria Constabulary recorded 240 thefts of bicycles in July.",
        "Correction: the earlier entry said the July total for Cumbria was 402. That should be 240.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 402.0), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.2 == 240.0).count(), 1, "{found:?}");
}
