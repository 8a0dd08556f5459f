//! Words around a figure that set a scene or make an aside rather than say where or when it
//! is: a region opening the sentence before the old force that policed it, the town a
//! meeting was held in, a body working for the whole UK, "police forces" after one force,
//! and a year in a clause about the body that counted.

use super::*;

#[test]
fn a_region_opening_the_sentence_frames_the_legacy_scottish_force_after_it() {
    let line = "Throughout the Forth Valley, Central Scotland Police dealt with 96 burglaries in 2010.";
    assert_eq!(place_of(&[line], 96.0), some("Central Scotland Police"));
    let line = "In Fife, Fife Constabulary recorded 140 assaults on staff last year.";
    assert_eq!(place_of(&[line], 140.0), some("Fife Constabulary"));
}

#[test]
fn the_town_a_meeting_was_told_in_is_no_place_of_the_figure() {
    let lines = [
        "Grampian Police recorded 820 assaults in 2010-11.",
        "Of those assaults, 95 were on children under 14, the inspector told a meeting in Aberdeen.",
    ];
    assert_eq!(place_of(&lines, 95.0), some("Grampian Police"));
    let lines = [
        "Cumbria Constabulary logged 400 assaults in 2012-13.",
        "Of those, 71 were on girls under 16, the inspector told the committee in Carlisle.",
    ];
    assert_eq!(place_of(&lines, 71.0), some("Cumbria Constabulary"));
}

#[test]
fn the_child_exploitation_centre_counts_for_the_whole_country() {
    let lines = [
        "Kent Police recorded 310 grooming offences in 2011/12.",
        "The Child Exploitation and Online Protection Centre logged 3,420 reports of grooming in 2011/12.",
    ];
    assert_eq!(place_of(&lines, 3420.0), some(NATIONAL));
    let lines = [
        "Essex Police saw 95 such cases in 2012/13.",
        "CEOP, which sits within a wider agency, received 2,880 reports in 2012/13.",
    ];
    assert_eq!(place_of(&lines, 2880.0), some(NATIONAL));
}

#[test]
fn a_helpline_delivering_sessions_is_the_country_s_not_the_force_before() {
    let lines = [
        "Kent Police recorded 800 thefts in 2021/22.",
        "Childline delivered 3,900 counselling sessions about grooming in 2021/22, up 9% on the previous year.",
    ];
    assert_eq!(place_of(&lines, 9.0), some(NATIONAL));
    let lines = [
        "Merseyside Police dealt with 450 cases in 2020/21.",
        "Childline held 2,100 sessions with boys about sextortion in 2020/21, an increase of 14 per cent.",
    ];
    assert_eq!(place_of(&lines, 14.0), some(NATIONAL));
}

#[test]
fn police_forces_counting_after_one_force_are_the_country_s() {
    let lines = [
        "Thefts of catalytic converters in Lincolnshire hit a new high.",
        "Police forces recorded more than 9,000 thefts of catalytic converters in 2022/23, according to the insurer.",
    ];
    assert_eq!(place_of(&lines, 9000.0), some(NATIONAL));
    let lines = [
        "Avon and Somerset Police logged 520 dog thefts in 2021/22.",
        "Forces recorded 2,400 dog thefts in 2021/22, the charity said.",
    ];
    assert_eq!(place_of(&lines, 2400.0), some(NATIONAL));
}

#[test]
fn the_year_before_counts_from_the_figure_not_a_year_in_a_clause_about_the_body() {
    let lines = [
        "Reports of grooming made to the unit rose by 25 per cent in 2010/11.",
        "The unit, which was founded in 2006, logged 2,880 cases that year and 2,310 the year before.",
    ];
    assert_eq!(period_of(&lines, 2310.0), some("2009/10"));
    let lines = [
        "Scam calls to the helpline went up 12 per cent in 2016/17.",
        "The helpline, which opened in 2012, answered 4,100 calls over the year, up from 3,650 the year before.",
    ];
    assert_eq!(period_of(&lines, 3650.0), some("2015/16"));
}

#[test]
fn a_part_of_a_whole_recorded_by_a_force_named_after_it_is_that_force_s() {
    let lines = [
        "Wiltshire Police recorded 980 such offences in 2022/23.",
        "Online offences accounted for 240 of the 1,150 crimes recorded by Gloucestershire Constabulary over the same year.",
    ];
    assert_eq!(place_of(&lines, 240.0), some("Gloucestershire Constabulary"));
    let lines = [
        "Bedfordshire Police logged 300 thefts in 2021/22.",
        "Shoplifting made up 61 of the 410 thefts logged by Hertfordshire Constabulary that year.",
    ];
    assert_eq!(place_of(&lines, 61.0), some("Hertfordshire Constabulary"));
    // A place printed before the part is the part's own.
    let line = "Kent recorded 240 of the 1,150 burglaries in the South East in 2022/23.";
    assert_eq!(place_of(&[line], 240.0), some("Kent Police"));
}

#[test]
fn a_year_since_which_something_else_has_held_does_not_date_the_part() {
    let lines = [
        "Dorset Police recorded 900 frauds in 2020/21.",
        "Of those, 210 were marked as romance scams, a label that officers have had to use since 2018.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2020/21"));
    let lines = [
        "Norfolk Constabulary logged 1,140 burglaries in 2019/20.",
        "Of them, 160 were of sheds, a category which the force has kept since 2016.",
    ];
    assert_eq!(period_of(&lines, 160.0), some("2019/20"));
}

#[test]
fn a_year_since_which_an_aside_with_no_that_says_something_has_held_does_not_date_the_part() {
    let lines = [
        "Dorset Police recorded 900 frauds in 2020/21.",
        "Of those, 210 bore a \"romance\" tag \u{2013} the label detectives have been told to use since March 2018.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2020/21"));
    let lines = [
        "Norfolk Constabulary logged 1,140 burglaries in 2019/20.",
        "Sheds made up 160 of them, a category the force has kept apart since 2016 for insurers.",
    ];
    assert_eq!(period_of(&lines, 160.0), some("2019/20"));
    // The part's own clause saying since when still dates it by that span, not the year before.
    let lines = [
        "Norfolk Constabulary logged 1,140 burglaries in 2019/20.",
        "Some 160 of the shed burglaries have been logged since April 2016.",
    ];
    assert_ne!(period_of(&lines, 160.0), some("2019/20"));
}

#[test]
fn a_region_inside_a_dash_aside_after_a_force_leaves_the_number_to_that_force() {
    let lines = [
        "Force by force, Essex Police logged 1,604 thefts (down 9%), Suffolk Constabulary 512 (down 11%) and Norfolk Constabulary – counted by the Home Office in the East of England for this return – 328 (down 12%).",
    ];
    assert_eq!(place_of(&lines, 328.0), some("Norfolk Constabulary"));
    let lines = [
        "Dyfed-Powys Police recorded 210 assaults, Gwent Police 390 and South Wales Police – whose figures are published in Wales by the Welsh Government – 1,140.",
    ];
    assert_eq!(place_of(&lines, 1140.0), some("South Wales Police"));
}

#[test]
fn a_change_after_a_total_over_the_region_s_forces_is_the_region_s_not_a_force_named_before() {
    let lines = [
        "Burglary climbed 3% last year in Essex, alone among East of England forces.",
        "Between them, the region's five forces logged 9,120 burglaries in 2023/24, against 9,800 the previous year.",
        "The drop, 7%, mirrors a 6% national fall in England and Wales.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("East of England"), some("2023/24"), -7.0, Kind::PercentChange)), "{found:?}");
    let lines = [
        "Robbery climbed throughout the South East last year; Kent Police reported the biggest jump, 14%.",
        "The region's forces together logged 4,410 robberies in 2022/23.",
        "This represents a 6% year-on-year rise.",
    ];
    assert_eq!(place_of(&lines, 6.0), some("South East"));
    let lines = [
        "Cumbria Constabulary's shoplifting figure jumped 18% in 2022/23 as offences climbed across the North West.",
        "Across the region, forces recorded 21,300 offences.",
        "The rise was 9%.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("North West"));
}

#[test]
fn a_verbless_fragment_echoing_a_number_just_told_as_a_scene_is_no_figure() {
    for lines in [
        ["“Those are the first six folders on the shelf this week,” she says. “Six strangers.”"],
        ["“Look at the top two chats in her Kent inbox,” she said. “Two men.”"],
    ] {
        assert!(values(&lines).is_empty(), "{lines:?}: {:?}", values(&lines));
    }
}

#[test]
fn a_verbless_fragment_echoing_a_number_in_the_narration_is_no_figure() {
    for lines in [
        ["He sets down the top four folders from the Kent pile. Four boys."],
        ["She reads out the last three names on the Kent list. Three girls."],
    ] {
        assert!(values(&lines).is_empty(), "{lines:?}: {:?}", values(&lines));
    }
}

#[test]
fn a_fragment_with_a_value_of_its_own_or_a_verb_is_still_read() {
    // A different number from the sentence before is not an echo of it.
    assert_eq!(values(&["He sets down the top four folders from the Kent pile. 212 offences in 2023/24."]), [212.0]);
    // A fragment after a figure is left to the figures' own repeats.
    assert_eq!(values(&["Kent recorded 310 burglaries in 2023/24. 310 burglaries were solved."]), [310.0]);
}
