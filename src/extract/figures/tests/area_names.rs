//! Towns, cities, districts, wards and council areas of a force's ground as the places of
//! figures, under the name printed, and the towns named in passing that are none.

use super::*;

#[test]
fn an_area_named_as_a_neighbourhood_area_is_the_place_of_its_part() {
    let lines = [
        "Northumbria Police recorded 2,140 burglaries in 2021/22.",
        "The Sunderland neighbourhood area accounted for 312 of them.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Sunderland"));
    let lines = [
        "Police in Northumbria logged 640 thefts of tools in 2021/22.",
        "The Tynedale neighbourhood area saw 58 of the thefts, up from 40 the year before.",
    ];
    assert_eq!(place_of(&lines, 58.0), some("Tynedale"));
    assert_eq!(place_of(&lines, 40.0), some("Tynedale"));
}

#[test]
fn a_part_of_a_forces_ground_keeps_the_name_it_is_printed_under() {
    let line = "Edinburgh logged 131 of the offences in 2021-22 and Glasgow 187.";
    assert_eq!(place_of(&[line], 131.0), some("Edinburgh"));
    assert_eq!(place_of(&[line], 187.0), some("Glasgow"));
    let line = "The Greater Glasgow division logged 187 of the offences in 2021-22.";
    assert_eq!(place_of(&[line], 187.0), some("Greater Glasgow"));
    // A force is named as the gazetteer names it, however it is printed.
    let line = "Hampshire Police logged 412 offences in 2021-22.";
    assert_eq!(place_of(&[line], 412.0), some("Hampshire Constabulary"));
}

#[test]
fn an_island_after_on_the_is_the_place_of_its_figures() {
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 18,300 thefts in 2023/24.",
        "On the Isle of Wight 1,120 thefts were recorded.",
    ];
    assert_eq!(place_of(&lines, 1120.0), some("Isle of Wight"));
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 18,300 thefts in 2023/24.",
        "On the Isle of Wight, officers logged 990 burglaries.",
    ];
    assert_eq!(place_of(&lines, 990.0), some("Isle of Wight"));
}

#[test]
fn a_city_or_district_the_text_names_as_such_is_a_place_of_its_own() {
    let line = "Officers recorded 214 burglaries in the city of Sheffield in 2022/23, up from 190.";
    assert_eq!(place_of(&[line], 214.0), some("Sheffield"));
    let line = "In the district of South Lakeland, police logged 38 such crimes in 2022/23.";
    assert_eq!(place_of(&[line], 38.0), some("South Lakeland"));
    // A name in capitals is a headline's, not read as an area.
    let line = "Cumbria Constabulary logged 38 crimes IN THE CITY OF CARLISLE in 2022/23.";
    assert_eq!(place_of(&[line], 38.0), some("Cumbria Constabulary"));
}

#[test]
fn a_county_a_force_is_named_after_printed_alone_is_that_part_of_its_ground() {
    let lines = [
        "Devon and Cornwall Police recorded 1,920 burglaries in 2022/23.",
        "In Devon, 1,210 homes were burgled, up from 1,140.",
        "Around 300 of the burglaries happened at night.",
    ];
    assert_eq!(place_of(&lines, 1210.0), some("Devon"));
    assert_eq!(place_of(&lines, 1140.0), some("Devon"));
    // A breakdown: the text then goes on about the force.
    assert_eq!(place_of(&lines, 300.0), some("Devon and Cornwall Police"));
    let line = "The force said 44 were logged in Cornwall and the Isles of Scilly in 2022/23.";
    assert_eq!(place_of(&[line], 44.0), some("Cornwall and the Isles of Scilly"));
    // Listed with the force's other county, the whole force.
    let line = "Across Cornwall, Devon and the Isles of Scilly, police logged 812 thefts in 2022/23.";
    assert_eq!(place_of(&[line], 812.0), some("Devon and Cornwall Police"));
}

#[test]
fn a_council_area_given_its_own_figure_is_its_place() {
    let lines = [
        "Lancashire Constabulary recorded 2,310 burglaries in 2023/24.",
        "In Blackpool, 412 homes were burgled, up from 380.",
        "Preston saw 268, and Blackburn with Darwen accounted for 301.",
        "Around 500 of the burglaries happened at night.",
    ];
    assert_eq!(place_of(&lines, 412.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 380.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 268.0), some("Preston"));
    assert_eq!(place_of(&lines, 301.0), some("Blackburn with Darwen"));
    // The text then goes on about the force.
    assert_eq!(place_of(&lines, 500.0), some("Lancashire Constabulary"));
    // An area whose name holds the force's is the area.
    let line = "Devon and Cornwall Police logged 3,100 thefts in 2023/24. In East Devon, 260 were from vehicles.";
    assert_eq!(place_of(&[line], 260.0), some("East Devon"));
    let line = "Redcar and Cleveland recorded 530 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 530.0), some("Redcar and Cleveland"));
    let line = "Sunderland's 147 was the highest in the force area in 2022/23.";
    assert_eq!(place_of(&[line], 147.0), some("Sunderland"));
    let line = "Police logged 96 knife offences in 2022/23; in Rhondda Cynon Taf alone, officers seized 41 blades.";
    assert_eq!(place_of(&[line], 41.0), some("Rhondda Cynon Taf"));
}

#[test]
fn a_council_area_set_off_with_its_figure_after_a_comma_is_its_place() {
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24, down 6%.",
        "All five districts saw a fall except Calderdale, where burglaries rose by 4% on the year before.",
        "The sharpest fall was in Wakefield, down 15%.",
        "Across the county, 610 of the burglaries were of sheds.",
    ];
    assert_eq!(place_of(&lines, 4.0), some("Calderdale"));
    assert_eq!(place_of(&lines, -15.0), some("Wakefield"));
    assert_eq!(place_of(&lines, -6.0), some("West Yorkshire Police"));
    // The text then goes on about the force.
    assert_eq!(place_of(&lines, 610.0), some("West Yorkshire Police"));
    // An area left out, whose clause gives no figure of its own, stays left out.
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24.",
        "Every district except Kirklees, where figures were late, saw burglaries fall by 8%.",
    ];
    assert_eq!(place_of(&lines, -8.0), some("West Yorkshire Police"));
    // Nor is an area left out the place of what the sentence goes on to say of the rest.
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24.",
        "Excluding Leeds, where 40% of them were recorded, burglaries fell by 5%.",
    ];
    assert_eq!(place_of(&lines, -5.0), some("West Yorkshire Police"));
}

#[test]
fn a_town_mentioned_in_passing_is_not_the_place_of_a_figure() {
    let lines = [
        "A man from Swansea was among 38 people South Wales Police arrested in 2023/24.",
        "South Wales Police said 52 pupils at a school in Bridgend had been spoken to in 2023/24.",
        "Cardiff Council said South Wales Police issued 61 fines in 2023/24.",
        "Swansea Bay University Health Board said South Wales Police referred 19 cases in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 38.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 52.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 61.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 19.0), some("South Wales Police"));
}

#[test]
fn a_neighbourhood_named_as_an_area_is_a_place_of_its_own() {
    let lines = [
        "Merseyside Police logged 2,900 reports of anti-social behaviour in 2023/24.",
        "Calls about nuisance bikes in the Toxteth and Dingle area rose by 31% to 388.",
    ];
    assert_eq!(place_of(&lines, 388.0), some("Toxteth and Dingle"));
    assert_eq!(place_of(&lines, 2900.0), some("Merseyside Police"));
    // A force's ground named as an area is still the force.
    let line = "Officers in the Thames Valley area seized 73 e-scooters in 2023/24.";
    assert_eq!(place_of(&[line], 73.0), some("Thames Valley Police"));
}

#[test]
fn a_city_itself_is_its_own_place_inside_the_force() {
    let lines = [
        "West Yorkshire Police recorded 9,800 burglaries in 2023/24.",
        "In Leeds itself there were 3,100, the most of the five districts.",
    ];
    assert_eq!(place_of(&lines, 3100.0), some("Leeds"));
    assert_eq!(place_of(&lines, 9800.0), some("West Yorkshire Police"));
}

#[test]
fn a_ward_named_as_one_is_the_place_of_its_figure_under_the_name_printed() {
    let lines = [
        "West Midlands Police recorded 9,000 burglaries in 2023/24.",
        "Soho and Victoria ward recorded 402 burglaries, the highest of any ward.",
        "The ward also logged 310 thefts.",
        "Soho ward councillors said 120 cars were stolen.",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Soho and Victoria"));
    // "The ward" names none, nor does a ward's councillors make it the figure's place.
    assert_eq!(place_of(&lines, 310.0), some("West Midlands Police"));
    assert_eq!(place_of(&lines, 120.0), some("West Midlands Police"));
}

#[test]
fn a_unitary_area_named_after_another_forces_county_is_placed_under_its_own_name() {
    let lines = [
        "Humberside Police recorded 3,900 burglaries in 2023/24.",
        "North Lincolnshire recorded 640 of them, while in North East Lincolnshire there were 702.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("North Lincolnshire"));
    assert_eq!(place_of(&lines, 702.0), some("North East Lincolnshire"));
    assert_eq!(place_of(&lines, 3900.0), some("Humberside Police"));
    let lines = ["Avon and Somerset Police recorded 9,100 thefts in 2023/24.", "South Gloucestershire: 812, up 4%"];
    assert_eq!(place_of(&lines, 812.0), some("South Gloucestershire"));
    // Named only in passing, the area is its force's ground, not the county's force.
    let line = "A man from South Gloucestershire was among 45 people charged by the force in 2023/24.";
    assert_ne!(place_of(&[line], 45.0), some("Gloucestershire Constabulary"));
}

#[test]
fn a_council_area_officially_named_a_city_is_placed_under_that_name() {
    let lines = [
        "Nottinghamshire Police recorded 9,840 shoplifting offences in 2023/24.",
        "Nottingham City – 4,107 (12.9 per 1,000)",
        "Lisburn and Castlereagh City recorded 212 burglaries in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 4107.0), some("Nottingham City"));
    assert_eq!(place_of(&lines, 212.0), some("Lisburn and Castlereagh City"));
    // The council is an institution, not the area.
    let line =
        "Nottinghamshire Police logged 730 thefts in 2023/24. Nottingham City Council said 58 were from its parks.";
    assert_ne!(place_of(&[line], 58.0), some("Nottingham City"));
}

#[test]
fn a_city_or_town_centre_is_placed_under_the_name_printed() {
    let lines = [
        "South Wales Police recorded 3,020 shoplifting offences in 2024/25.",
        "Swansea city centre accounted for 640 of them.",
        "There were 215 thefts in Bridgend town centre in 2024/25.",
    ];
    assert_eq!(place_of(&lines, 3020.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 640.0), some("Swansea city centre"));
    assert_eq!(place_of(&lines, 215.0), some("Bridgend town centre"));
    let lines =
        ["South Wales Police recorded 3,020 shoplifting offences in 2024/25.", "Cardiff city centre alone saw 702."];
    assert_eq!(place_of(&lines, 702.0), some("Cardiff city centre"));
}

#[test]
fn council_areas_joined_by_and_are_one_place_the_text_goes_on_about() {
    let lines = [
        "Burglary down across Conwy and Denbighshire",
        "Burglaries in Conwy and Denbighshire have fallen by 12 per cent, the community safety partnership said.",
        "Households in the two counties reported 430 break-ins in 2023/24.",
        "Thefts of bicycles also fell, from 96 to 71.",
    ];
    assert_eq!(place_of(&lines, -12.0), some("Conwy and Denbighshire"));
    assert_eq!(place_of(&lines, 430.0), some("Conwy and Denbighshire"));
    assert_eq!(place_of(&lines, 71.0), some("Conwy and Denbighshire"));
    let line = "Across Leeds, Bradford and Wakefield, 2,100 burglaries were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 2100.0), some("Leeds, Bradford and Wakefield"));
    // Named with a figure, they are a part of the force's ground, after which the text goes
    // on about the force.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Thefts in Guildford and Woking fell by 9 per cent.",
        "Shoplifting rose to 3,100 offences.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Guildford and Woking"));
    assert_eq!(place_of(&lines, 3100.0), some("Surrey Police"));
    // Named in passing in a sentence (not a headline) with no figure, they are not what the
    // text goes on about.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Officers in Guildford and Woking are appealing for witnesses.",
        "Shoplifting rose to 3,100 offences.",
    ];
    assert_eq!(place_of(&lines, 3100.0), some("Surrey Police"));
    // A share counted in several areas together is the force's.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Around 40% of those were recorded in Guildford and Woking.",
    ];
    assert_eq!(place_of(&lines, 40.0), some("Surrey Police"));
    // Areas each given a figure of their own stay apart.
    let line = "There were 520 thefts in Liverpool and 310 in Wirral in 2023/24.";
    assert_eq!(place_of(&[line], 310.0), some("Wirral"));
}

#[test]
fn a_ward_printed_with_its_town_in_brackets_is_placed_under_its_own_name() {
    let lines = [
        "Northumbria Police recorded 8,200 incidents of anti-social behaviour in 2023/24.",
        "Three wards stand out:",
        "- Elswick (Newcastle) logged 640 reports, up from 590.",
        "- Hendon East (Sunderland) saw 410 reports, up from 380.",
        "- Blyth South West (Northumberland) had 275 reports.",
    ];
    // A region's name inside the ward's is part of the name.
    assert_eq!(place_of(&lines, 275.0), some("Blyth South West"));
    assert_eq!(place_of(&lines, 640.0), some("Elswick"));
    assert_eq!(place_of(&lines, 410.0), some("Hendon East"));
    assert_eq!(place_of(&lines, 380.0), some("Hendon East"));
    // The town in brackets after a force is no ward.
    let line = "Northumbria Police (Newcastle) logged 640 reports in 2023/24.";
    assert_eq!(place_of(&[line], 640.0), some("Northumbria Police"));
}

#[test]
fn a_count_recorded_in_several_areas_together_is_theirs_and_a_share_the_forces() {
    let lines = ["Kent Police recorded 500 burglaries in 2023/24.", "Of those, 231 were recorded in Medway and Swale."];
    assert_eq!(place_of(&lines, 231.0), some("Medway and Swale"));
    let lines =
        ["Essex Police logged 800 thefts in 2022/23.", "Some 310 of them were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 310.0), some("Basildon and Colchester"));
    let lines =
        ["Essex Police logged 800 thefts in 2022/23.", "About 40% of them were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 40.0), some("Essex Police"));
    // A year printed between the share and the areas does not make the share a count.
    let lines = ["Kent Police recorded 500 burglaries.", "Some 12 per cent in 2023/24 were in Medway and Swale."];
    assert_eq!(place_of(&lines, 12.0), some("Kent Police"));
    let lines =
        ["Essex Police logged 800 thefts.", "About 40% of them in 2022 were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 40.0), some("Essex Police"));
}

#[test]
fn a_district_or_division_printed_with_a_capital_after_an_areas_name_is_the_area() {
    let line = "Greater Manchester Police recorded 740 burglaries in the Wigan District in 2023/24, up 6% from 698.";
    assert_eq!(place_of(&[line], 740.0), some("Wigan"));
    assert_eq!(place_of(&[line], 698.0), some("Wigan"));
    let line = "South Yorkshire Police logged 515 robberies across the Sheffield Division last year.";
    assert_eq!(place_of(&[line], 515.0), some("Sheffield"));
}

#[test]
fn a_council_area_after_reports_of_an_offence_is_the_figures_place_not_a_region_in_its_name() {
    let line = "We logged 23 reports of dog theft across Bath and North East Somerset this spring.";
    assert_eq!(place_of(&[line], 23.0), some("Bath and North East Somerset"));
    let line = "Officers logged 212 cases of shoplifting in Telford and Wrekin during 2023.";
    assert_eq!(place_of(&[line], 212.0), some("Telford and Wrekin"));
    // "of" before another noun still ties the number to it: the pupils are not counted there.
    let line = "Some 40 pupils of a school in Bolton took part.";
    assert_ne!(figures(&[line]).iter().find(|f| f.value == 40.0).and_then(|f| f.place.clone()), some("Bolton"));
}

#[test]
fn a_council_area_naming_the_figures_its_clause_gives_is_their_place() {
    let lines = [
        "Across Wales, thefts of bicycles rose from 2,300 to 2,710 in 2022/23.",
        "The Swansea figures were the worst: police there logged 415 thefts, against 290 a year before.",
    ];
    assert_eq!(place_of(&lines, 415.0), some("Swansea"));
    assert_eq!(place_of(&lines, 290.0), some("Swansea"));
    let lines =
        ["Devon and Cornwall Police recorded 9,120 burglaries in 2022/23.", "The Plymouth total rose to 1,804."];
    assert_eq!(place_of(&lines, 1804.0), some("Plymouth"));
}

#[test]
fn an_area_named_as_a_modifier_of_other_words_is_not_the_place_of_figures() {
    // "The Plymouth office", "the Swansea figures" only where the figures follow as its own.
    let lines = [
        "Devon and Cornwall Police recorded 9,120 burglaries in 2022/23.",
        "The Plymouth office said 1,804 of them were solved.",
    ];
    assert_ne!(place_of(&lines, 1804.0), some("Plymouth"));
}

#[test]
fn a_table_row_naming_a_division_with_its_kind_is_the_division_as_the_body_names_it() {
    let lines = [
        "Detectives in the Forth Valley division logged 418 crimes in 2022-23, against 371 a year earlier.",
        "| Area | 2021-22 | 2022-23 |",
        "|---|---|---|",
        "| Forth Valley division | 371 | 418 |",
    ];
    let found = brief(&lines);
    assert!(found.iter().all(|f| f.0.as_deref() == Some("Forth Valley")), "{found:?}");
    let lines = ["| Area | 2021/22 | 2022/23 |", "|---|---|---|", "| Swansea council area | 88 | 97 |"];
    assert_eq!(place_of(&lines, 97.0), some("Swansea"));
    // A name whose last word is its own keeps it.
    let lines = ["| District | 2021/22 | 2022/23 |", "|---|---|---|", "| Belfast City | 388 | 412 |"];
    assert_eq!(place_of(&lines, 412.0), some("Belfast City"));
}
