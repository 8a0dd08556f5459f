//! Regions as a figure's place: regions under the name printed, every force of a region named
//! together, and totals over several forces, named or unnamed, across a region or not.

use super::*;

#[test]
fn regions_stay_regions() {
    assert_eq!(place_of(&["Across the north west, 11,000 offences were recorded."], 11000.0), some("North West"));
    assert_eq!(place_of(&["Forces in the Midlands logged 7,000 offences."], 7000.0), some("Midlands"));
    let line = "All four forces in Wales - South Wales, Gwent, North Wales and Dyfed-Powys - logged 554 offences.";
    assert_eq!(place_of(&[line], 554.0), some("Wales"));
}

#[test]
fn the_north_east_and_cumbria_is_one_region_of_four_forces() {
    let line = "Police in the North East and Cumbria logged 1,420 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1420.0), some("North East and Cumbria"));
    let line = "Northumbria, Durham, Cleveland and Cumbria police logged 1,420 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1420.0), some("North East and Cumbria"));
    // The North East alone is still its three forces.
    let line = "Police in the North East logged 1,100 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1100.0), some("North East"));
}

#[test]
fn a_region_named_by_another_of_its_names_is_placed_under_the_name_printed() {
    let line = "Across the six forces of the Eastern region, 2,100 burglaries were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 2100.0), some("Eastern region"));
    let line = "Police in Yorkshire recorded 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire"));
    let line = "Police in Yorkshire and the Humber recorded 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire and the Humber"));
    // Its forces named together are still the region's standard name.
    let line = "Humberside, North Yorkshire, South Yorkshire and West Yorkshire police logged 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire and the Humber"));
    // In lower case, an eastern region is no name.
    let line = "Kent Police recorded 900 thefts in 2023/24, with 300 in the eastern region of the county.";
    assert_ne!(place_of(&[line], 300.0), some("Eastern region"));
}

#[test]
fn a_total_over_unnamed_forces_is_the_regions_not_the_last_forces() {
    let lines = [
        "Yorkshire forces see rise in child sex offences",
        "West Yorkshire Police recorded 2,210 offences, while South Yorkshire Police recorded 1,345.",
        "In total, 5,037 offences were recorded across the four forces.",
    ];
    assert_eq!(place_of(&lines, 2210.0), some("West Yorkshire Police"));
    // The region under the name the text gives it.
    assert_eq!(place_of(&lines, 5037.0), some("Yorkshire"));
    // With no region named, a total over as many forces as the text just named is theirs,
    // together; over more than it named, it has no place rather than the wrong one.
    let lines =
        ["Kent Police recorded 310 offences and Sussex Police 200.", "The two forces combined logged 510 offences."];
    assert_eq!(place_of(&lines, 510.0), some("Kent Police and Sussex Police"));
    let lines = ["Kent Police recorded 310 offences.", "Across all its forces, the region logged 900."];
    assert_eq!(place_of(&lines, 900.0), None);
    let lines = ["Kent Police recorded 310 offences.", "In total, the four forces recorded 1,538 offences in 2019/20."];
    assert_eq!(place_of(&lines, 1538.0), None);
}

#[test]
fn a_total_over_the_forces_is_for_the_region_and_forces_named_together_before_it() {
    let lines = [
        "Forces in the South West and Dyfed-Powys logged 610 online offences in 2020/21.",
        "Avon and Somerset, Dorset and Devon and Cornwall recorded 200, 90 and 180 respectively.",
        "Across the four forces, 3,100 sexual offences against children were recorded in 2020/21.",
    ];
    let got = brief(&lines);
    let place_of = |v: f64| got.iter().find(|f| f.2 == v).and_then(|f| f.0.clone());
    assert_eq!(place_of(3100.0).as_deref(), Some("South West and Dyfed-Powys Police"), "{got:?}");
}

#[test]
fn a_total_across_the_region_is_the_regions_not_the_last_forces() {
    let lines = [
        "Forces in the North East recorded more grooming offences last year.",
        "Northumbria Police logged 410 and Cleveland Police 215.",
        "That makes 780 offences across the region, against 700 the year before.",
        "The region's forces recorded 520 in 2018/19.",
    ];
    assert_eq!(place_of(&lines, 780.0), some("North East"));
    assert_eq!(place_of(&lines, 700.0), some("North East"));
    assert_eq!(place_of(&lines, 520.0), some("North East"));
}

#[test]
fn a_total_across_an_unnamed_region_is_the_forces_the_text_took_together() {
    let lines = [
        "Kent Police recorded 310 thefts, Essex Police 290 and Surrey Police 300 in 2022/23.",
        "Across the three forces, thefts rose 20% to 900.",
        "Kent had the steepest rise.",
        "In all, 900 thefts works out at 2.5 a day across the region.",
    ];
    let found = brief(&lines);
    let together = some("Kent Police, Essex Police and Surrey Police");
    assert!(found.iter().filter(|f| f.2 == 900.0).all(|f| f.0 == together), "{found:#?}");
    let lines = [
        "Dorset Police logged 120 burglaries and Wiltshire Police 140 in 2021/22.",
        "Between them, the two forces recorded 260.",
        "Dorset's total was the lower.",
        "Throughout the whole region, 260 burglaries means five a week.",
    ];
    let found = brief(&lines);
    assert!(
        found.iter().filter(|f| f.2 == 260.0).all(|f| f.0 == some("Dorset Police and Wiltshire Police")),
        "{found:#?}"
    );
}

#[test]
fn every_force_of_a_region_named_together_is_the_region() {
    let lines = [
        "Gwent, Dyfed-Powys, South Wales and North Wales police logged 1,204 grooming offences in 2023/24.",
        "A year earlier the total was 1,050.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Wales"));
    assert_eq!(place_of(&lines, 1050.0), some("Wales"));
    let line = "Gwent and South Wales police logged 610 grooming offences in 2023/24.";
    assert_eq!(place_of(&[line], 610.0), some("Gwent Police and South Wales Police"));
}

#[test]
fn a_figure_said_of_both_forces_named_together_is_each_ones() {
    let line = "Cumbria Constabulary and Lancashire Constabulary both saw rises of 12% in 2022/23.";
    let got = brief(&[line]);
    let places: Vec<Option<&str>> = got.iter().filter(|f| f.2 == 12.0).map(|f| f.0.as_deref()).collect();
    assert_eq!(places, [Some("Cumbria Constabulary"), Some("Lancashire Constabulary")], "{got:?}");
}

#[test]
fn a_total_over_the_forces_just_named_is_theirs_together_in_the_order_named() {
    let lines = [
        "Essex Police logged 610 stalking offences in 2021/22.",
        "In Kent, police recorded 702, and Sussex Police 455.",
        "Across the three forces, 1,767 stalking offences were recorded that year.",
    ];
    assert_eq!(place_of(&lines, 1767.0), some("Essex Police, Kent Police and Sussex Police"));
    // Only the last two of them, for "both forces".
    let lines = [
        "Essex Police logged 610 stalking offences in 2021/22.",
        "Kent Police recorded 702 and Sussex Police 455 in 2021/22.",
        "Both forces recorded 1,157 such offences between them.",
    ];
    assert_eq!(place_of(&lines, 1157.0), some("Kent Police and Sussex Police"));
}

#[test]
fn a_force_ranked_among_a_regions_forces_is_the_place_not_the_region() {
    let line = "In North Wales, the busiest of the four Welsh forces, stalking offences rose to 512 in 2021/22.";
    assert_eq!(place_of(&[line], 512.0), some("North Wales Police"));
    // A noun of what is ranked may stand between: "the highest total of".
    let line =
        "Gwent Police had the highest total of the four Welsh forces with 388, followed by Dyfed-Powys Police on 201.";
    assert_eq!(place_of(&[line], 388.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 201.0), some("Dyfed-Powys Police"));
}

#[test]
fn a_compass_point_before_a_region_names_part_of_it_not_the_region() {
    let lines = [
        "North Wales Police has published its figures for the year.",
        "Officers in north-west Wales logged 95 grooming offences in 2020/21.",
    ];
    assert_eq!(place_of(&lines, 95.0), some("North Wales Police"));
    let line = "Officers across Wales logged 95 grooming offences in 2020/21.";
    assert_eq!(place_of(&[line], 95.0), some("Wales"));
}

#[test]
fn a_total_over_so_many_forces_is_theirs_in_a_sentence_naming_the_country_too() {
    let lines = [
        "Kent Police recorded 900 robberies in 2022/23.",
        "Essex Police recorded 700 in the same year.",
        "Between them, the two forces logged 1,600 robberies - a tenth of the 16,000 recorded across England and Wales.",
    ];
    assert_eq!(place_of(&lines, 1600.0), some("Kent Police and Essex Police"));
    assert_eq!(place_of(&lines, 16000.0), some("national"));
}

#[test]
fn a_combined_value_after_several_forces_values_is_theirs_together() {
    let line = "Gwent Police logged 120 thefts, Dyfed-Powys Police 310 and North Wales Police 95 - a combined 525.";
    assert_eq!(place_of(&[line], 525.0), some("Gwent Police, Dyfed-Powys Police and North Wales Police"));
    // Forces that make up a whole region are the region.
    let line = "Northumbria Police recorded 410 burglaries, Durham Constabulary 150 and Cleveland Police 260, a combined total of 820.";
    assert_eq!(place_of(&[line], 820.0), some("North East"));
}

#[test]
fn a_region_named_without_figures_that_holds_the_force_is_its_ground() {
    let lines = [
        "Northumbria Police logged 2,140 stalking offences in 2022/23.",
        "It means stalking in the North East is now reported more often than ever.",
        "Of those offences, 410 involved a former partner.",
    ];
    assert_eq!(place_of(&lines, 410.0), some("Northumbria Police"));
    // A region that does not hold the force moves the text.
    let lines = [
        "Northumbria Police logged 2,140 stalking offences in 2022/23.",
        "Attention is now turning to the North West.",
        "There, 3,900 offences were logged.",
    ];
    assert_eq!(place_of(&lines, 3900.0), some("North West"));
}

#[test]
fn a_change_after_a_forces_count_across_its_own_region_is_the_forces() {
    let line = "The Metropolitan Police logged 8,210 robberies across London in 2023/24, a rise of 6 per cent.";
    assert_eq!(place_of(&[line], 6.0), some("Metropolitan Police"));
    assert_eq!(place_of(&[line], 8210.0), some("Metropolitan Police"));
}

#[test]
fn a_total_named_over_a_region_after_a_forces_figure_is_the_regions() {
    let line = "Gwent Police logged 3,210 thefts, taking the total across Wales to 14,880.";
    assert_eq!(place_of(&[line], 3210.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 14880.0), some("Wales"));
    let line = "Essex Police recorded 2,050 robberies, while the overall figure for the East of England was 9,400.";
    assert_eq!(place_of(&[line], 9400.0), some("East of England"));
    // A region tied to the force's number as where it was counted is still the force's ground.
    let line = "The Met logged 8,210 robberies across London in 2023/24, a rise of 6 per cent.";
    assert_eq!(place_of(&[line], 6.0), some("Metropolitan Police"));
}

#[test]
fn east_yorkshire_is_humberside_not_the_yorkshire_region() {
    for line in [
        "Police in East Yorkshire recorded 310 burglaries in 2023/24.",
        "Thefts in Hull and East Yorkshire rose by 12 per cent in 2022/23.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty(), "{line}");
        assert!(found.iter().all(|f| f.0.as_deref() == Some("Humberside Police")), "{line}: {found:?}");
    }
}

#[test]
fn a_total_across_the_forces_a_region_is_printed_as_is_the_regions() {
    let lines = [
        "| Force | 2022/23 | 2023/24 |",
        "|---|---:|---:|",
        "| Durham Constabulary | 210 | 230 |",
        "| Cleveland Police | 300 | 320 |",
        "| **North East (two forces)** | **510** | **550** |",
        "Across the two forces, the total is up 8% since 2022/23.",
    ];
    assert_eq!(place_of(&lines, 8.0), some("North East"));
    let lines = [
        "Figures for the South East (three forces) came from Kent Police, Sussex Police and Surrey Police.",
        "Kent Police recorded 300 thefts in 2023/24, Sussex Police 350 and Surrey Police 250.",
        "Between them, the three forces saw a 12% rise.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("South East"));
}

#[test]
fn a_region_by_no_name_is_neither_a_regional_word_nor_a_named_region() {
    assert!(names_the_region("That comes to 900 across the whole region."));
    assert!(names_the_region("The region's forces logged 520 in 2018/19."));
    assert!(!names_the_region("Across all the forces, 40 regional officers were hired."));
    assert!(!names_the_region("Between them, the forces of both regions logged 800."));
    assert!(!names_the_region("All the forces in the North West region recorded 1,200."));
    assert!(!names_the_region("These forces made up the South West Region's total of 600."));
}

#[test]
fn a_number_of_a_regions_forces_is_the_forces_of_it_named_before() {
    let found = brief(&[
        "Burglaries top 3,000 in Northumbria and Durham",
        "Police in two North East force areas recorded more than 3,000 burglaries between them in 2023/24.",
    ]);
    assert!(found.iter().all(|f| f.0.as_deref() != Some("North East")), "{found:?}");
    let found = brief(&[
        "Lancashire Constabulary and Cumbria Constabulary shared a helicopter last year.",
        "The two North West forces logged 4,100 rural thefts in 2022/23.",
    ]);
    assert!(found.iter().all(|f| f.0.as_deref() != Some("North West")), "{found:?}");
}

#[test]
fn a_region_printed_in_full_names_the_figures_given_under_its_shorter_name() {
    let lines = [
        "Yorkshire car crime falls",
        "Vehicle thefts logged by the region's forces fell to 6,420 in 2023/24.",
        "In Yorkshire and the Humber as a whole, 1,380 of the thefts in 2023/24 were of vans.",
    ];
    let places: Vec<_> = brief(&lines).into_iter().map(|f| f.0).collect();
    assert!(places.iter().all(|p| p.as_deref() == Some("Yorkshire and the Humber")), "{places:?}");
    let lines = [
        "Police in Yorkshire recorded 2,150 robberies in 2022/23.",
        "Across Yorkshire and the Humber, robberies were up 9% on 2021/22.",
    ];
    let places: Vec<_> = brief(&lines).into_iter().map(|f| f.0).collect();
    assert!(places.iter().all(|p| p.as_deref() == Some("Yorkshire and the Humber")), "{places:?}");
}

#[test]
fn a_region_printed_only_under_its_shorter_name_keeps_it() {
    let lines = ["Police in Yorkshire recorded 2,150 robberies in 2022/23."];
    assert_eq!(brief(&lines)[0].0.as_deref(), Some("Yorkshire"));
}

#[test]
fn a_total_a_few_unnamed_forces_recorded_in_a_text_about_a_region_is_the_region_s() {
    let lines = [
        "South West car crime figures published",
        "Between them, six forces received 2,730 reports of car theft in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 2730.0).as_deref(), Some("South West"));
    let lines = [
        "Thefts across the North East rise again, with Durham worst hit",
        "Three police forces logged 9,410 thefts in 2022/23, up 6%.",
    ];
    assert_eq!(place_of(&lines, 9410.0).as_deref(), Some("North East"));
}

#[test]
fn a_change_ranked_among_the_regions_forces_stays_the_forces_own() {
    let lines = [
        "Gwent Police recorded 130 stalking offences in 2019/20, up from 100 the year before.",
        "That is a rise of 30% - the sharpest increase among the region's four forces.",
    ];
    assert_eq!(place_of(&lines, 30.0), some("Gwent Police"));
}
