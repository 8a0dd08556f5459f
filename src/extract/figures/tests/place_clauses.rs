//! Which of the places in one sentence a number takes: the place next to it, in brackets after
//! it, the source the sentence ends on, and places in clauses, asides and relative clauses
//! describing something else.

use super::*;

#[test]
fn a_rise_from_one_number_to_another_is_for_the_place_of_the_first() {
    let line =
        "Dyfed-Powys Police saw the smallest increase, from 201 to 207, while South Wales Police recorded 1,032.";
    assert_eq!(place_of(&[line], 201.0), some("Dyfed-Powys Police"));
    assert_eq!(place_of(&[line], 207.0), some("Dyfed-Powys Police"));
    assert_eq!(place_of(&[line], 1032.0), some("South Wales Police"));
}

#[test]
fn every_number_in_brackets_after_a_place_is_that_places() {
    let line = "The biggest rises were in Norfolk Constabulary (up 22%, to 410), Suffolk Constabulary (up 15%, to 290) and Kent Police (up 9%).";
    let places: Vec<(f64, Option<String>)> = figures(&[line]).into_iter().map(|f| (f.value, f.place)).collect();
    assert_eq!(
        places,
        [
            (22.0, some("Norfolk Constabulary")),
            (410.0, some("Norfolk Constabulary")),
            (15.0, some("Suffolk Constabulary")),
            (290.0, some("Suffolk Constabulary")),
            (9.0, some("Kent Police")),
        ]
    );
}

#[test]
fn a_number_in_brackets_after_a_place_with_a_place_of_its_own_is_that_places() {
    let line = "Burglary rose in Cumbria (up 18%, against 9% in Lancashire) in 2023/24.";
    assert_eq!(place_of(&[line], 18.0), some("Cumbria Constabulary"));
    assert_eq!(place_of(&[line], 9.0), some("Lancashire Constabulary"));
    let line = "Knife crime fell in Essex (down 6%, compared with a fall of 2% across England and Wales) in 2023/24.";
    assert_eq!(place_of(&[line], -6.0), some("Essex Police"));
    assert_eq!(place_of(&[line], -2.0), some(NATIONAL));
    let line = "Dorset Police (which logged 1,300 thefts, against 1,750 in Wiltshire) said it was pleased.";
    assert_eq!(place_of(&[line], 1300.0), some("Dorset Police"));
    assert_eq!(place_of(&[line], 1750.0), some("Wiltshire Police"));
}

#[test]
fn a_change_in_brackets_after_a_count_is_for_the_counts_place() {
    let line = "Norfolk Constabulary recorded 356 (up 41%), Suffolk Constabulary 298 (up 12%) and Hertfordshire Constabulary 610 (down 4%).";
    let places: Vec<(f64, Option<String>)> = figures(&[line]).into_iter().map(|f| (f.value, f.place)).collect();
    assert_eq!(
        places,
        [
            (356.0, some("Norfolk Constabulary")),
            (41.0, some("Norfolk Constabulary")),
            (298.0, some("Suffolk Constabulary")),
            (12.0, some("Suffolk Constabulary")),
            (610.0, some("Hertfordshire Constabulary")),
            (-4.0, some("Hertfordshire Constabulary")),
        ]
    );
}

#[test]
fn a_region_setting_the_scene_is_not_listed_with_the_forces_after_it() {
    let line = "Across the East Midlands, Nottinghamshire Police (402), Leicestershire Police (389) and Derbyshire Constabulary (351) recorded the most.";
    assert_eq!(place_of(&[line], 402.0), some("Nottinghamshire Police"));
    assert_eq!(place_of(&[line], 351.0), some("Derbyshire Constabulary"));
    // So before a force named with "the".
    let line = "In London, the Metropolitan Police said it received 2,300 reports of fraud in 2022/23.";
    assert_eq!(place_of(&[line], 2300.0), some("Metropolitan Police"));
    let line = "In the North East, the Northumbria force recorded 610 thefts in 2022/23.";
    assert_eq!(place_of(&[line], 610.0), some("Northumbria Police"));
}

#[test]
fn each_number_takes_the_place_next_to_it() {
    let line = "Norfolk recorded 500 offences, while 300 were recorded in Suffolk.";
    assert_eq!(place_of(&[line], 500.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&[line], 300.0), some("Suffolk Constabulary"));
    let lines =
        ["Kent Police recorded 80 offences.", "The total reached 37,000, including 7,190 logged in the Midlands."];
    assert_eq!(place_of(&lines, 37000.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 7190.0), some("Midlands"));
}

#[test]
fn a_place_that_leads_into_the_next_number_is_not_the_one_before() {
    let line =
        "Staffordshire Police recorded 540 image offences in 2023, up from 488, while West Mercia Police recorded 611.";
    assert_eq!(place_of(&[line], 488.0), some("Staffordshire Police"));
    assert_eq!(place_of(&[line], 611.0), some("West Mercia Police"));
    let lines = [
        "Essex Police logged 3,046 offences against under-18s in 2021/22.",
        "The rate stood at 2.0 per 1,000 children, higher than the national average of 1.7.",
    ];
    assert_eq!(place_of(&lines, 2.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 1.7), some("national"));
}

#[test]
fn places_in_a_clause_describing_a_forces_ground_are_not_where_a_figure_is() {
    let lines = [
        "Crimes reported to Cumbria Constabulary rose last year.",
        "The force, which polices an area the size of Wales, recorded 812 offences in 2019/20.",
    ];
    assert_eq!(place_of(&lines, 812.0), some("Cumbria Constabulary"));
    let line = "British Transport Police, which is responsible for the railways of England, Wales and Scotland, logged 2,000 offences.";
    assert_eq!(place_of(&[line], 2000.0), some("British Transport Police"));
}

#[test]
fn council_areas_listed_in_a_clause_describing_a_forces_ground_are_not_where_a_figure_is() {
    let line = "West Mercia, which covers Herefordshire, Shropshire, Telford and Wrekin and Worcestershire, recorded 212 tractor thefts in 2023/24.";
    assert_eq!(place_of(&[line], 212.0), some("West Mercia Police"));
    let line = "North Wales Police, which polices Conwy, Gwynedd and Wrexham, logged 96 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 96.0), some("North Wales Police"));
    // A place after ", and" is no item of the list: the clause is closed.
    let line = "Kent Police, which covers Medway, and Essex Police recorded 410 and 380 respectively in 2023/24.";
    assert_eq!(place_of(&[line], 380.0), some("Essex Police"));
}

#[test]
fn a_place_past_while_or_a_semicolon_belongs_to_the_next_clause() {
    let line = "Cheshire Constabulary logged 530 offences, a rise of 6%, while Cumbria Constabulary, the smallest force in the region, logged 214.";
    assert_eq!(place_of(&[line], 6.0), some("Cheshire Constabulary"));
    assert_eq!(place_of(&[line], 214.0), some("Cumbria Constabulary"));
    let line = "Essex Police recorded 900 offences - up 4% on the 865 logged in 2021/22 - whereas Kent Police, with 1,100, saw a fall.";
    assert_eq!(place_of(&[line], 865.0), some("Essex Police"));
    assert_eq!(place_of(&[line], 1100.0), some("Kent Police"));
}

#[test]
fn a_place_ending_the_sentence_as_its_source_is_the_place_of_all_its_figures() {
    let lines = [
        "Kent Police recorded 1,200 offences in 2022/23.",
        "Burglaries fell by 9 per cent in 2022/23 to 3,450, Northumbria Police has said.",
        "Hate crimes rose 14% to 610, according to Cleveland Police.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Northumbria Police"));
    assert_eq!(place_of(&lines, 3450.0), some("Northumbria Police"));
    assert_eq!(place_of(&lines, 14.0), some("Cleveland Police"));
    // A place at the end with no saying is no source.
    let lines =
        ["Kent Police recorded 1,200 offences.", "The figure rose by 9 per cent, the most since 2015, in Essex."];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
}

#[test]
fn both_ends_of_a_rise_take_the_place_printed_after_the_second() {
    let lines = ["Burglaries fell 8% to 2,960 in North Yorkshire during 2021/22, the force said."];
    assert_eq!(place_of(&lines, -8.0), some("North Yorkshire Police"));
    assert_eq!(place_of(&lines, 2960.0), some("North Yorkshire Police"));
}

#[test]
fn a_place_in_a_clause_describing_something_else_is_not_the_figures() {
    let lines = [
        "Lancashire Constabulary arrested 188 drivers in its summer operation, down from 214.",
        "The fall of 12% came over a fortnight of checks, which were carried out by every force in the North West.",
    ];
    assert_eq!(place_of(&lines, -12.0), some("Lancashire Constabulary"));
}

#[test]
fn a_place_a_later_clause_does_something_with_is_not_the_numbers_place() {
    let lines = [
        "Dorset Police recorded 412 thefts in 2023/24.",
        "Thefts rose 18% as officers teamed up with Wiltshire Police.",
    ];
    assert_eq!(place_of(&lines, 18.0), some("Dorset Police"));
    let lines = [
        "Essex Police logged 1,930 frauds in 2022/23.",
        "Frauds are up 27 per cent after the force agreed a data-sharing deal with Kent.",
    ];
    assert_eq!(place_of(&lines, 27.0), some("Essex Police"));
    // The place a clause of the number's own counts it in is still its place.
    let line = "Thefts rose 18% as officers in Wiltshire dealt with more shoplifting.";
    assert_eq!(place_of(&[line], 18.0), some("Wiltshire Police"));
}

#[test]
fn a_place_in_a_clause_describing_the_offence_gives_way_to_the_place_printed_with_the_number() {
    let line = "Upskirting, the offence which became law in England and Wales in April 2019, reached 41 offences in Gwent last year.";
    assert_eq!(place_of(&[line], 41.0), some("Gwent Police"));
}

#[test]
fn a_place_in_an_aside_set_off_by_dashes_before_the_number_is_not_its_place() {
    let lines = ["Police in England and Wales recorded 5,100 robberies in 2023/24. Thefts rose by 4%. Arson - setting aside last year's riots in London and Manchester - rose to 1,240."];
    assert_eq!(place_of(&lines, 1240.0), some("national"));
    let lines = ["Police in England and Wales recorded 5,100 robberies in 2023/24. Thefts rose by 4%. Knife homicides – not counting the attacks in Kent – climbed to 212."];
    assert_eq!(place_of(&lines, 212.0), some("national"));
}

#[test]
fn a_number_a_relative_clause_records_is_the_place_it_hangs_on() {
    let line = "The region's total sums data from Durham Constabulary, which recorded 1,210 thefts, with figures from Cleveland Police, which recorded 988.";
    assert_eq!(place_of(&[line], 1210.0), some("Durham Constabulary"));
    assert_eq!(place_of(&[line], 988.0), some("Cleveland Police"));
    let line = "The survey covered staff at Gwent Police, who logged almost 300 reports, as well as officers from Dyfed-Powys Police.";
    assert_eq!(place_of(&[line], 300.0), some("Gwent Police"));
}

#[test]
fn a_number_a_relative_clause_on_a_force_area_the_others_are_outside_records_is_that_forces() {
    let line = "Avon and Somerset Police logged 2,140 and Devon and Cornwall Police 1,980, the highest totals outside the Thames Valley Police area, which recorded 3,020.";
    assert_eq!(place_of(&[line], 1980.0), some("Devon and Cornwall Police"));
    assert_eq!(place_of(&[line], 3020.0), some("Thames Valley Police"));
    let line = "Cumbria Constabulary saw 410 thefts, the most of any force beyond the Lancashire force area, which logged almost 1,900.";
    assert_eq!(place_of(&[line], 1900.0), some("Lancashire Constabulary"));
}

#[test]
fn a_place_opening_the_next_clause_after_a_comma_and_conjunction_is_not_the_earlier_numbers() {
    let line = "Gwent Police recorded 2,100 thefts in 2024/25, a rise of 6 per cent, and across England and Wales thefts reached 440,000.";
    assert_eq!(place_of(&[line], 6.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 440000.0), some(NATIONAL));
    let line =
        "The panel heard that Kent Police recorded 900 robberies, up 5%, and that in Essex robberies reached 700.";
    assert_eq!(place_of(&[line], 5.0), some("Kent Police"));
    assert_eq!(place_of(&[line], 700.0), some("Essex Police"));
    // Tied by its preposition with no new clause, the place is the number's before it.
    let line = "Robberies rose by 5% in Essex to 700.";
    assert_eq!(place_of(&[line], 5.0), some("Essex Police"));
}

#[test]
fn a_force_named_in_a_where_clause_is_not_the_place_the_clause_describes() {
    let line = "In Wales, where British Transport Police patrol the valley lines, stations and depots, 240 assaults were recorded in 2029/30, up from 200 the year before - a rise of 20%.";
    assert_eq!(place_of(&[line], 240.0), some("Wales"));
    assert_eq!(place_of(&[line], 200.0), some("Wales"));
    assert_eq!(place_of(&[line], 20.0), some("Wales"));
    let line = "In the North West, where Greater Manchester Police shares the motorway patrols, 3,120 thefts were logged in 2029/30.";
    assert_eq!(place_of(&[line], 3120.0), some("North West"));
    // A force that did the counting in the clause stays the place.
    let line = "In Kent, where police recorded 512 burglaries, shops were the worst hit.";
    assert_eq!(place_of(&[line], 512.0), some("Kent Police"));
}

#[test]
fn a_force_named_in_a_clause_about_anothers_past_ties_is_not_the_figures_place() {
    let line = "Dorset Police, which until last year shared a firearms unit with Devon and Cornwall, logged 212.";
    assert_eq!(place_of(&[line], 212.0), some("Dorset Police"));
    let line = "Kent recorded 900, while Norfolk Constabulary, which once worked closely with Suffolk, recorded 301.";
    assert_eq!(place_of(&[line], 301.0), some("Norfolk Constabulary"));
}

#[test]
fn a_place_in_a_relative_clause_describing_a_force_is_not_where_its_figures_are() {
    let line = "The BTP, which patrols hundreds of stations across England, Wales and Scotland, received 66 reports of robbery in 2021/22, up from 40 in 2020/21.";
    assert_eq!(place_of(&[line], 66.0), some("British Transport Police"));
    assert_eq!(place_of(&[line], 40.0), some("British Transport Police"));
    let line = "The Civil Nuclear Constabulary, who guard 12 sites throughout the UK, logged 19 thefts last year, against 11 the year before.";
    assert_eq!(place_of(&[line], 19.0), some("Civil Nuclear Constabulary"));
    assert_eq!(place_of(&[line], 11.0), some("Civil Nuclear Constabulary"));
}

#[test]
fn a_place_in_a_relative_clause_of_a_dashed_aside_after_the_number_is_not_its_place() {
    let lines = [
        "Kent Police recorded 1,402 stalking offences in 2019/20.",
        "Of those, 87 began on gaming sites – a year during which forces in Scotland were told to log them.",
    ];
    assert_eq!(place_of(&lines, 87.0), some("Kent Police"));
    let lines = [
        "Essex Police logged 3,118 burglaries in 2022/23.",
        "Some 640 were of sheds — a figure which officers across the UK say is rising.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Essex Police"));
}

#[test]
fn a_part_of_figures_given_in_words_after_of_the_total_stays_the_forces() {
    let lines = [
        "Kent Police recorded 52 burglaries at farms in 2022/23.",
        "Of the 52 burglaries, seven related to Romney Marsh.",
    ];
    assert_eq!(place_of(&lines, 7.0), some("Kent Police"));
    let lines =
        ["Dorset Police logged 38 thefts from boats in 2023/24.", "Of the 38 thefts, five came from Poole Quay."];
    assert_eq!(place_of(&lines, 5.0), some("Dorset Police"));
}

#[test]
fn a_place_that_opens_a_where_clause_is_not_the_place_of_a_number_before_it() {
    let line = "The steepest rises were in Kent, where thefts rose 40% to 210 from 150, and Essex, where they climbed 22% to 330, from 270.";
    assert_eq!(place_of(&[line], 150.0), some("Kent Police"));
    assert_eq!(place_of(&[line], 270.0), some("Essex Police"));
    let line = "Falls came in Norfolk, where burglaries dropped to 95 from 120, and in Suffolk, where they dropped to 80 from 101.";
    assert_eq!(place_of(&[line], 120.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&[line], 101.0), some("Suffolk Constabulary"));
}

#[test]
fn the_whole_a_part_is_out_of_is_the_figure_printed_before() {
    let lines = [
        "Gloucestershire Constabulary recorded 410 burglaries in 2023/24.",
        "Tewkesbury accounted for 52 of the 410 burglaries.",
    ];
    let found = brief(&lines);
    assert!(
        found.iter().filter(|f| f.2 == 410.0).all(|f| f.0.as_deref() == Some("Gloucestershire Constabulary")),
        "{found:?}"
    );
    let lines = ["Cumbria Constabulary logged 96 thefts in 2022/23.", "Of the 96 thefts, 40 were in Carlisle."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 96.0).all(|f| f.0.as_deref() == Some("Cumbria Constabulary")), "{found:?}");
}

#[test]
fn a_place_in_a_dash_aside_gives_way_to_the_place_the_aside_hangs_on() {
    let line = "The South West BCU – which polices part of London – logged 420 robberies in 2023/24, up 9% from 385.";
    assert_eq!(place_of(&[line], 420.0), some("South West BCU"));
    assert_eq!(place_of(&[line], 9.0), some("South West BCU"));
    assert_eq!(place_of(&[line], 385.0), some("South West BCU"));
    let line = "The Central North BCU - one of 12 BCUs in London - logged 300 thefts in 2023/24, up 5% from 286.";
    assert_eq!(place_of(&[line], 300.0), some("Central North BCU"));
    assert_eq!(place_of(&[line], 286.0), some("Central North BCU"));
}

#[test]
fn a_place_in_a_possessive_apposition_is_not_listed_with_the_place_it_describes() {
    let first = ["Cumbria Constabulary, Lancashire's northern neighbour, logged 143 thefts in 2022/23."];
    assert_eq!(place_of(&first, 143.0), some("Cumbria Constabulary"));
    let second = ["Last year Gwent Police, South Wales's smaller neighbour, recorded 77 robberies."];
    assert_eq!(place_of(&second, 77.0), some("Gwent Police"));
}

#[test]
fn a_number_in_an_opening_phrase_takes_the_place_the_main_clause_opens_on() {
    let first = ["After a peak of 1,900 in 2019/20, Cleveland Police logged 1,450 burglaries in 2022/23."];
    let second = ["Having recorded 610 robberies the year before, Gwent Police saw 540 in 2021/22."];
    assert_eq!((place_of(&first, 1900.0), place_of(&second, 610.0)), (some("Cleveland Police"), some("Gwent Police")));
}

#[test]
fn a_place_in_a_relative_clause_before_a_number_with_no_place_of_its_own_is_not_its_place() {
    let lines = [
        "Suffolk Constabulary published its crime figures for 2020/21 this week.",
        "Ram raiding, which spread in Essex faster than in Kent, was recorded 55 times, up 10% on the year before.",
    ];
    assert_eq!(place_of(&lines, 55.0), some("Suffolk Constabulary"));
    assert_eq!(place_of(&lines, 10.0), some("Suffolk Constabulary"));
    let lines = [
        "Norfolk Constabulary released its data for 2020/21.",
        "Upskirting, an offence which became law across England and Wales in 2019, was recorded 31 times.",
    ];
    assert_eq!(place_of(&lines, 31.0), some("Norfolk Constabulary"));
}

#[test]
fn the_force_named_as_the_source_in_a_relative_clause_is_still_the_numbers_place() {
    let lines = ["Burglary figures, which were released by Kent Police on Monday, show 400 break-ins in 2022/23."];
    assert_eq!(place_of(&lines, 400.0), some("Kent Police"));
}

#[test]
fn a_number_opening_a_with_clause_takes_the_place_printed_after_it() {
    let lines = ["Burglaries rose across Kent and Essex in 2021/22, with almost 1,200 in Essex alone."];
    assert_eq!(place_of(&lines, 1200.0), some("Essex Police"));
    let lines = ["Officers in Surrey logged more thefts in 2021/22, with 640 shoplifting offences in Sussex."];
    assert_eq!(place_of(&lines, 640.0), some("Sussex Police"));
    // Not a number the subject recorded, with no with-clause.
    let lines = ["Kent Police recorded 300 thefts in 2021/22, more than in Essex."];
    assert_eq!(place_of(&lines, 300.0), some("Kent Police"));
}

#[test]
fn a_place_in_the_name_of_who_the_data_went_to_is_not_the_figures_place() {
    let line = "Gwent Police recorded 410 burglaries in 2022/23, up from 380 the year before, a rise of 8 per cent, according to data released to Housing Wales under the FOI Act.";
    assert_eq!(place_of(&[line], 8.0), some("Gwent Police"));
    let line = "Kent Police logged 930 thefts in 2022/23, a fall of 4 per cent, according to figures obtained by Countryside England.";
    assert_eq!(place_of(&[line], -4.0), some("Kent Police"));
    // With no place named before it, the name is all that says where.
    let line = "Forces in the region recorded 610 offences in 2022/23, according to data obtained by BBC North West.";
    assert_eq!(place_of(&[line], 610.0), some("North West"));
}
