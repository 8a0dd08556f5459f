//! The parts of the ground of forces that police a capital or a nation: London's boroughs and
//! command units, Police Scotland's divisions and council areas, and the PSNI's districts.

use super::*;

#[test]
fn police_scotland_divisions_are_places_of_their_own() {
    let lines = ["Police Scotland recorded 5,100 crimes in 2021-22.", "In Fife, officers logged 312 of them."];
    assert_eq!(place_of(&lines, 312.0), some("Fife"));
    assert_eq!(place_of(&lines, 5100.0), some("Police Scotland"));
}

#[test]
fn london_boroughs_are_places_in_a_text_about_london() {
    let lines = [
        "The Metropolitan Police recorded 2,900 knife offences against under-18s in 2022/23.",
        "Westminster must act, said Ms Smith, whose charity logged 44 referrals.",
        "Croydon Council said 31 of its schools had taken part.",
        "Lambeth saw the most of any London borough, with 240, ahead of Hackney (198) and Sutton (75).",
        "In Westminster, officers recorded 160.",
        "Camden accounted for 130 of them, and Harrow alone saw 62.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Camden"));
    assert_eq!(place_of(&lines, 62.0), some("Harrow"));
    assert_eq!(place_of(&lines, 240.0), some("Lambeth"));
    assert_eq!(place_of(&lines, 198.0), some("Hackney"));
    assert_eq!(place_of(&lines, 75.0), some("Sutton"), "an ambiguous name in a list of boroughs");
    assert_eq!(place_of(&lines, 160.0), some("Westminster"));
    assert_ne!(place_of(&lines, 44.0), some("Westminster"), "the seat of government");
    assert_ne!(place_of(&lines, 31.0), some("Croydon"), "the council");
    // Outside a text about London, a Sutton is not the borough.
    let lines = ["West Midlands Police recorded 900 offences.", "In Sutton Coldfield, officers logged 52."];
    assert_eq!(place_of(&lines, 52.0), some("West Midlands Police"));
}

#[test]
fn a_section_naming_another_force_no_longer_reads_london_borough_names() {
    // A round-up that opens on London and moves on to another force behind a break: the
    // section's heading names that force, so "Sutton" is its village, not the borough.
    let mut a = article(&[
        "Thefts in London rose 4% last year, figures from the Metropolitan Police show.",
        "---",
        "Cambridgeshire",
        "Sutton recorded 37 thefts in 2023/24.",
    ]);
    a.paragraphs[1].role = Role::Break;
    a.paragraphs[2].role = Role::Furniture;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 37.0).and_then(|f| f.place.clone()), some("Sutton"));
    // With no heading, a force named in the section's own sentence does the same.
    let mut a = article(&[
        "Thefts in London rose 4% last year, figures from the Metropolitan Police show.",
        "---",
        "Sutton, with 37 thefts, was the quietest part of Cambridgeshire last year.",
    ]);
    a.paragraphs[1].role = Role::Break;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 37.0).and_then(|f| f.place.clone()), some("Sutton"));
}

#[test]
fn london_named_before_a_section_break_still_makes_its_boroughs_places() {
    let mut a = article(&[
        "Robberies across London rose to 31,000 in 2023/24, the Metropolitan Police said.",
        "---",
        "Where it happened",
        "Hackney: 1,420 robberies, up 8%",
        "Camden: 1,210, down 3%",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    a.paragraphs[2].role = Role::Furniture;
    let found = extract_figures(&a);
    let place = |v: f64| found.iter().find(|f| f.value == v).and_then(|f| f.place.clone());
    assert_eq!(place(1420.0), some("Hackney"));
    assert_eq!(place(8.0), some("Hackney"));
    assert_eq!(place(1210.0), some("Camden"));
    // A text that never named London keeps a town of the same name no place.
    let mut a = article(&["Kent Police recorded 900 robberies in 2023/24.", "---", "Camden: 12 robberies"]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 12.0).and_then(|f| f.place.clone()), some("Camden"));
}

#[test]
fn a_borough_given_a_hedged_value_with_with_is_a_place_whatever_the_hedge() {
    for hedge in ["roughly", "well over", "fewer than", "just under"] {
        let lines = [
            "The Metropolitan Police recorded 2,100 robberies in 2022/23.".to_string(),
            format!("Sutton, with {hedge} 90, was the quietest borough."),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(place_of(&lines, 90.0), some("Sutton"), "{hedge}");
    }
}

#[test]
fn a_borough_given_a_value_with_with_is_a_place_though_its_name_is_ambiguous() {
    let lines = [
        "The Metropolitan Police recorded 900 thefts in 2022/23.",
        "Camden, with 187, and Hackney, with 164, were the worst-hit boroughs.",
    ];
    assert_eq!(place_of(&lines, 187.0), some("Camden"));
    assert_eq!(place_of(&lines, 164.0), some("Hackney"));
}

#[test]
fn a_round_up_of_a_national_forces_divisions_comes_back_to_the_force() {
    // Police Scotland and the PSNI police whole nations: their divisions and districts are
    // its places, as forces are the country's.
    let lines = [
        "Police Scotland recorded 9,870 housebreakings in 2023/24, down from 10,400.",
        "Tayside division saw 1,020 and Fife division 870.",
        "Edinburgh City division logged 1,460.",
        "Housebreakings of commercial premises fell by 4.5 per cent to 2,210.",
    ];
    assert_eq!(place_of(&lines, 2210.0), some("Police Scotland"));
    let lines = [
        "The PSNI recorded 3,400 drug seizures in 2022/23.",
        "Belfast City policing district saw 1,300 and Derry City and Strabane 410.",
        "Armagh City, Banbridge and Craigavon recorded 260.",
        "Cannabis seizures rose by 6 per cent to 2,020.",
    ];
    assert_eq!(place_of(&lines, 2020.0), some("Police Service of Northern Ireland"));
}

#[test]
fn a_round_up_of_divisions_in_one_sentence_comes_back_to_the_force() {
    // Two divisions ranked in one sentence are as many places gone through as two sentences.
    let lines = [
        "Police Scotland recorded 4,310 frauds in 2022/23.",
        "Tayside division logged the most, with 610, ahead of Fife on 540.",
        "The figure has climbed 35 per cent since 2018/19, when officers recorded 3,190.",
    ];
    assert_eq!(place_of(&lines, 35.0), some("Police Scotland"));
    assert_eq!(place_of(&lines, 3190.0), some("Police Scotland"));
    let lines = [
        "The PSNI recorded 2,870 thefts of vehicles in 2023/24.",
        "Belfast City policing district saw 980, while Derry City and Strabane had 310.",
        "Vehicle thefts are up 12% on five years earlier.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Police Service of Northern Ireland"));
}

#[test]
fn a_borough_named_with_london_is_a_place_and_the_forces_figures_are_only_the_source() {
    let lines = [
        "Lewisham saw more knife offences than any other London borough last year, latest Met Police figures show.",
        "The data shows 506 knife offences were recorded in the borough in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 506.0), some("Lewisham"));
    let lines = ["The Metropolitan Police's busiest boroughs in 2023/24 were:", "Lambeth - 402", "Harrow - 212"];
    assert_eq!(place_of(&lines, 212.0), some("Harrow"));
}

#[test]
fn figures_from_the_force_placed_in_the_city_are_the_city_divisions() {
    let lines = [
        "Complaints of disorder in Glasgow have risen by 8 per cent.",
        "Police Scotland figures show 9,310 complaints were made in the city in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 9310.0), some("Glasgow"));
    // Without a sentence about part of its ground, the force's figures are its own.
    let line = "Police Scotland figures show 9,310 complaints were made in the city in 2023-24.";
    assert_eq!(place_of(&[line], 9310.0), some("Police Scotland"));
}

#[test]
fn figures_from_the_force_placed_across_the_district_are_the_council_areas_the_text_is_about() {
    let lines = [
        "Thefts from farms in the Causeway Coast and Glens policing district rose by 14 per cent in 2022/23.",
        "PSNI figures show 312 such thefts were recorded across the district that year.",
        "Officers also recovered 41 stolen quad bikes, up from 29 the year before.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Causeway Coast and Glens"));
    assert_eq!(place_of(&lines, 41.0), some("Causeway Coast and Glens"));
    let lines = [
        "Shoplifting in the Falkirk council area rose by 9% in 2023-24.",
        "Police Scotland data shows 1,204 shoplifting crimes were recorded in the council area in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Falkirk"));
    // Another force's figures are that force's: the council area is not part of its ground.
    let lines = [
        "Shoplifting in the Falkirk council area rose by 9% in 2023-24.",
        "Cumbria Constabulary figures show 880 shoplifting crimes were recorded across the district in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 880.0), some("Cumbria Constabulary"));
}

#[test]
fn a_council_area_in_the_subject_named_as_a_district_is_its_figures_place() {
    let line = "Car thefts in the Mid Ulster policing district fell by 7% in 2022/23.";
    assert_eq!(place_of(&[line], -7.0), some("Mid Ulster"));
    let line = "Assaults across the Inverclyde council area rose by 5% in 2023-24.";
    assert_eq!(place_of(&[line], 5.0), some("Inverclyde"));
}

#[test]
fn a_council_area_whose_figure_is_in_words_is_its_place() {
    let lines = ["Police Scotland recorded 310 thefts of bikes in 2023-24.", "Shetland recorded three."];
    assert_eq!(place_of(&lines, 3.0), some("Shetland"));
    let lines = ["Police Scotland recorded 310 thefts of bikes in 2023-24.", "Clackmannanshire logged nine."];
    assert_eq!(place_of(&lines, 9.0), some("Clackmannanshire"));
}

#[test]
fn an_area_whose_name_is_printed_with_the_is_given_its_figure_after_the() {
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "In the Scottish Borders, 140 were from farms."];
    assert_eq!(place_of(&lines, 140.0), some("Scottish Borders"));
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "The Western Isles recorded 14."];
    assert_eq!(place_of(&lines, 14.0), some("Western Isles"));
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "Thefts across the Shetland Islands rose by 6%."];
    assert_eq!(place_of(&lines, 6.0), some("Shetland Islands"));
    // "The" before a name printed without it makes it part of something else.
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "The Stirling team recorded 61."];
    assert_eq!(place_of(&lines, 61.0), some("Police Scotland"));
}

#[test]
fn northern_ireland_districts_printed_in_short_are_found() {
    let lines =
        ["The PSNI recorded 9,000 thefts in 2023/24.", "In the Derry and Strabane district, 310 were recorded."];
    assert_eq!(place_of(&lines, 310.0), some("Derry and Strabane"));
    let lines = ["The PSNI recorded 9,000 thefts in 2023/24.", "Armagh, Banbridge and Craigavon recorded 402."];
    assert_eq!(place_of(&lines, 402.0), some("Armagh, Banbridge and Craigavon"));
}

#[test]
fn a_neighbourhood_or_local_policing_area_is_placed_under_the_name_printed() {
    let lines = [
        "The PSNI recorded 2,100 burglaries in 2023/24.",
        "In the Limavady and Dungiven neighbourhood policing area, officers recorded 96 burglaries.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Limavady and Dungiven"));
    let line = "Across the Leith and Portobello local policing area, 140 bikes were stolen in 2023-24.";
    assert_eq!(place_of(&[line], 140.0), some("Leith and Portobello"));
}

#[test]
fn the_force_whose_figures_they_are_is_not_the_place_of_a_borough_figure() {
    let line =
        "Officers logged 88 thefts in Camden in 2023, down 5 per cent from 93 in 2022, according to Metropolitan Police data.";
    assert_eq!(place_of(&[line], 93.0), some("Camden"));
    assert_eq!(place_of(&[line], -5.0), some("Camden"));
}

#[test]
fn a_policing_district_is_printed_under_its_own_name() {
    let lines =
        ["The PSNI recorded 402 stalking offences in 2022/23. Lisburn and Castlereagh City policing district accounted for 75 of them."];
    assert_eq!(place_of(&lines, 75.0), some("Lisburn and Castlereagh City"));
    assert_eq!(period_of(&lines, 75.0), some("2022/23"));
    // The council's own name is an institution, not the district.
    let line = "The PSNI said Belfast City Council had reported 31 cases in 2022/23.";
    assert_eq!(place_of(&[line], 31.0), some("Police Service of Northern Ireland"));
}

#[test]
fn a_division_printed_with_the_word_division_is_named_without_it() {
    let line = "Police Scotland's Fife division, which covers Kirkcaldy and Dunfermline, logged 233 thefts in 2022-23.";
    assert_eq!(place_of(&[line], 233.0), some("Fife"));
    let line = "The Fife Division recorded 84 robberies last year.";
    assert_eq!(place_of(&[line], 84.0), some("Fife"));
    let line = "The Forth Valley local policing division logged 150 frauds in 2021-22.";
    assert_eq!(place_of(&[line], 150.0), some("Forth Valley"));
    // A district's own name keeps its "City".
    let line = "Derry City policing district accounted for 310 of the incidents in 2022/23.";
    assert_eq!(place_of(&[line], 310.0), some("Derry City"));
}

#[test]
fn a_city_councils_official_name_before_council_area_is_placed_under_the_citys_name() {
    let line = "Police Scotland said 310 frauds were recorded in the Dundee City council area in 2023-24.";
    assert_eq!(place_of(&[line], 310.0), some("Dundee"));
    let line = "In the City of Edinburgh council area, burglaries fell from 940 to 880 in 2023-24.";
    assert_eq!(place_of(&[line], 880.0), some("Edinburgh"));
    // Printed alone, the official name is kept.
    let line = "Police Scotland recorded 8,400 frauds in 2023-24. In Dundee City, 310 were reported.";
    assert_eq!(place_of(&[line], 310.0), some("Dundee City"));
}

#[test]
fn a_council_area_named_as_one_after_the_opens_its_clause_as_the_name_would() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In the Moray council area, 96 were recorded.",
        "The Falkirk council area saw 61.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Moray"));
    assert_eq!(place_of(&lines, 61.0), some("Falkirk"));
    // So is one named as a local authority's area.
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "Some 96 frauds were recorded in the Moray local authority area last year.",
        "In the Dundee City local authority area, 130 were recorded.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Moray"));
    assert_eq!(place_of(&lines, 130.0), some("Dundee"));
    // Not named as an area, "the" makes the name part of something else.
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24.", "The Falkirk team saw 61."];
    assert_eq!(place_of(&lines, 61.0), some("Police Scotland"));
}

#[test]
fn a_council_area_named_as_one_after_a_long_offence_name_is_where_the_number_was_counted() {
    let line =
        "Police Scotland recorded 88 crimes of threatening or abusive behaviour in the Moray council area in 2023-24.";
    assert_eq!(place_of(&[line], 88.0), some("Moray"));
    let line = "Police Scotland recorded 51 offences of sharing indecent images with a child in the Angus council area in 2022-23.";
    assert_eq!(place_of(&[line], 51.0), some("Angus"));
    // What the number counts is still tied elsewhere by "at".
    let line = "Police Scotland recorded 900 thefts in 2023-24. It said 40 pupils at a school in the Moray council area were spoken to.";
    assert_ne!(place_of(&[line], 40.0), some("Moray"));
}

#[test]
fn a_force_named_as_the_local_division_is_the_division_the_text_is_about() {
    let lines = [
        "Officers in Fife logged 2,210 thefts in 2023-24.",
        "Figures given to the council showed the local division of Police Scotland had recorded 1,980 in 2022-23.",
    ];
    assert_eq!(place_of(&lines, 1980.0), some("Fife"));
    let lines =
        ["Officers in Fife logged 2,210 thefts in 2023-24.", "Police Scotland's local division had 1,980 in 2022-23."];
    assert_eq!(place_of(&lines, 1980.0), some("Fife"));
    // The force named as a whole is the force.
    let lines = ["Officers in Fife logged 2,210 thefts in 2023-24.", "Police Scotland recorded 41,000 in 2023-24."];
    assert_eq!(place_of(&lines, 41000.0), some("Police Scotland"));
    // The division holding a council area is not the council area.
    let lines = [
        "In Falkirk, 310 thefts were logged in 2023-24.",
        "The local division of Police Scotland recorded 1,980 in 2022-23.",
    ];
    assert_eq!(place_of(&lines, 1980.0), some("Police Scotland"));
    // A borough's command is the borough.
    let lines = [
        "The Metropolitan Police said Lewisham saw 310 robberies in 2023/24.",
        "The Met's borough command recorded 280 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 280.0), some("Lewisham"));
}

#[test]
fn a_scottish_council_area_opening_its_clause_is_its_place() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Falkirk the number of frauds rose from 210 in 2022-23 to 248 in 2023-24.",
        "Across Clackmannanshire, 96 were recorded.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Falkirk"));
    assert_eq!(place_of(&lines, 248.0), some("Falkirk"));
    assert_eq!(place_of(&lines, 96.0), some("Clackmannanshire"));
    // A clause opening on the place and going on with something else does not frame it.
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24. In Falkirk the council's review found 210 cases."];
    assert_eq!(place_of(&lines, 210.0), some("Police Scotland"));
}

#[test]
fn a_council_area_named_like_a_person_is_a_place_only_where_framed_as_one() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Angus, 312 were reported. Frauds in Highland rose by 7%.",
        "Angus recorded 55 of them online.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Angus"));
    assert_eq!(place_of(&lines, 7.0), some("Highland"));
    // As a subject it may be anyone called Angus.
    assert_eq!(place_of(&lines, 55.0), some("Police Scotland"));
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24.", "Angus had 40 of the calls transferred."];
    assert_eq!(place_of(&lines, 40.0), some("Police Scotland"));
    // Framed in the middle of a paragraph, too.
    let line = "Police Scotland recorded 8,400 frauds in 2023-24. In Highland the number fell by 3% to 1,240.";
    assert_eq!(place_of(&[line], 1240.0), some("Highland"));
}

#[test]
fn a_paragraph_opening_in_a_council_area_named_like_a_person_goes_on_about_it() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Angus the total rose to 312. Of those, 58 were online.",
        "Angus Robertson said 40 more staff were needed.",
    ];
    assert_eq!(place_of(&lines, 58.0), some("Angus"));
    assert_ne!(place_of(&lines, 40.0), some("Angus"));
}

#[test]
fn the_divisions_a_division_is_one_of_are_not_the_place_the_text_moves_to() {
    let lines = [
        "Officers in Tayside recorded 1,100 frauds in 2023-24.",
        "Tayside is one of 13 local policing divisions across the country.",
        "Of the frauds, 210 were online.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Tayside"));
}

#[test]
fn a_council_area_named_after_its_council_is_the_area() {
    let lines = [
        "Police Scotland recorded 150 road deaths in 2024.",
        "In all, 17 people died on roads in the Highland Council area in 2024, up from 11 in 2023.",
    ];
    assert_eq!(place_of(&lines, 17.0), some("Highland"));
    assert_eq!(place_of(&lines, 11.0), some("Highland"));
    // The council itself is an institution, not a place.
    let line = "Police Scotland recorded 150 road deaths in 2024. Highland Council said 12 roads would be resurfaced.";
    assert_ne!(place_of(&[line], 12.0), some("Highland"));
}

#[test]
fn an_island_council_named_in_its_forces_name_is_its_own_area() {
    // A table's row for the island is the island council's, not the force's.
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 4,100 vehicle thefts in 2023/24.",
        "| District | 2022/23 | 2023/24 |",
        "|---|---|---|",
        "| Winchester | 210 | 230 |",
        "| Isle of Wight | 305 | 287 |",
    ];
    assert_eq!(place_of(&lines, 287.0), some("Isle of Wight"));
    assert_eq!(place_of(&lines, 4100.0), some("Hampshire and Isle of Wight Constabulary"));
    // The force's short name, which holds the island's, is still the force alone (under the
    // new name it prints).
    let line = "Hampshire and Isle of Wight recorded 655 thefts in 2023/24, up 8%.";
    assert_eq!(place_of(&[line], 655.0), some("Hampshire and Isle of Wight Constabulary"));
    // The force's full name, which holds the island's, is still the force.
    let lines = ["Hampshire and Isle of Wight Constabulary recorded 4,100 vehicle thefts in 2023/24, up 6%."];
    assert_eq!(place_of(&lines, 6.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn a_command_unit_named_with_the_places_it_covers_is_the_place_of_its_figures() {
    let line = "The North East Basic Command Unit (BCU), which covers Hackney and Tower Hamlets, recorded 640 robberies in 2023/24, up 12% on 2022/23.";
    assert_eq!(place_of(&[line], 640.0), some("North East BCU"));
    assert_eq!(place_of(&[line], 12.0), some("North East BCU"));
    let line = "In 2022/23 the South West Borough Command Unit, which covers Kingston, Merton, Richmond, and Wandsworth, logged 1,110 burglaries.";
    assert_eq!(place_of(&[line], 1110.0), some("South West BCU"));
    let line = "Essex Police's Harbour Division, which covers Harwich and Clacton, saw thefts rise to 870 in 2023/24.";
    assert_eq!(place_of(&[line], 870.0), some("Harbour"));
    // A division the gazetteer knows keeps its name.
    let line =
        "Police Scotland's Tayside division, which covers Dundee, Angus and Perth, logged 455 frauds in 2022-23.";
    assert_eq!(place_of(&[line], 455.0), some("Tayside"));
}

#[test]
fn a_command_unit_covering_boroughs_listed_with_a_serial_comma_is_their_place_in_london() {
    let lines = [
        "The Met recorded 9,020 burglaries across London in 2023/24.",
        "The South Basic Command Unit (BCU), which covers Croydon, Bromley, and Sutton and Merton, logged 1,230 of them.",
    ];
    assert_eq!(place_of(&lines, 1230.0), some("South BCU"));
}

#[test]
fn a_command_unit_named_by_a_compass_point_or_an_area_is_a_place_under_its_name() {
    let lines = [
        "The Met's South West Basic Command Unit (BCU) logged 420 robberies in 2023/24, up 9% from 385 in 2022/23.",
        "The South West BCU also recorded 3,100 thefts in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 420.0), some("South West BCU"));
    assert_eq!(place_of(&lines, 385.0), some("South West BCU"));
    assert_eq!(place_of(&lines, 3100.0), some("South West BCU"));
    let lines = [
        "Metropolitan Police figures show 2,210 burglaries across London in 2024/25.",
        "Nearby West Area BCU, which covers Ealing, Hillingdon and Hounslow, recorded 301 burglaries.",
        "The Central North Basic Command Unit recorded 255.",
    ];
    assert_eq!(place_of(&lines, 301.0), some("West Area BCU"));
    assert_eq!(place_of(&lines, 255.0), some("Central North BCU"));
}

#[test]
fn a_forces_figures_it_gives_for_its_own_division_are_the_divisions() {
    let lines = [
        "According to Police Scotland, officers logged 96 thefts in the force's Tayside division in 2018/19, against 71 a year earlier.",
        "Across Scotland the force logged 1,412 thefts that year.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Tayside"));
    assert_eq!(place_of(&lines, 71.0), some("Tayside"));
    assert_eq!(place_of(&lines, 1412.0), some("Police Scotland"));
    let lines = ["Police Scotland recorded 230 frauds in its North East division in 2022/23."];
    assert_eq!(place_of(&lines, 230.0), some("North East"));
}

#[test]
fn an_area_named_as_a_policing_division_is_its_own_place() {
    let lines = [
        "Lancashire Constabulary saw burglary climb 12% in 2019/20.",
        "In the Preston policing division alone there were 640 burglaries last year.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Preston"));
    let lines = [
        "Thefts recorded by Cumbria Constabulary fell in 2020/21.",
        "The Carlisle policing division logged 410 thefts, down from 455.",
    ];
    assert_eq!(place_of(&lines, 410.0), some("Carlisle"));
}

#[test]
fn a_council_or_its_partnership_reporting_a_figure_gives_it_for_the_council_area() {
    for line in [
        "Stockport's community safety partnership also recorded a 9% drop in burglary during 2030/31.",
        "The Stockport safeguarding partnership reported a 9% fall in burglary in 2030/31.",
    ] {
        let lines = ["Greater Manchester Police recorded 4,100 burglaries in 2030/31.", line];
        assert_eq!(place_of(&lines, -9.0), some("Stockport"), "{line}");
    }
    // A council that only says something is no subject of a figure.
    let lines =
        ["Greater Manchester Police recorded 4,100 burglaries in 2030/31.", "Stockport Council said burglary fell 9%."];
    assert_eq!(place_of(&lines, -9.0), some("Greater Manchester Police"));
}
