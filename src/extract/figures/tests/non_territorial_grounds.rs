//! The ground of forces that police no county: British Transport Police's railways and rail
//! networks, the Ministry of Defence Police's estate, and the City of London Police's Square Mile.

use super::*;

#[test]
fn the_rail_network_of_great_britain_is_british_transport_polices_ground() {
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "In 2019/20 the force had recorded 2,480 across the network in England, Wales and Scotland.",
        "Robberies on the rail network in Great Britain rose by 8 per cent.",
    ];
    assert_eq!(place_of(&lines, 2480.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 8.0), some("British Transport Police"));
    // A single force counting across Great Britain can only be the one that polices its railways.
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "Across England, Wales and Scotland, the force logged 310 robberies.",
    ];
    assert_eq!(place_of(&lines, 310.0), some("British Transport Police"));
    // The three nations with no railway named are the country.
    let line = "Across England, Wales and Scotland, 10,400 thefts of bikes were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 10400.0), some(NATIONAL));
}

#[test]
fn the_railways_of_a_region_are_british_transport_polices_ground() {
    let line =
        "BTP recorded 610 thefts on the rail network in the North West in 2023/24, up 9% from 560 the year before.";
    assert_eq!(brief(&[line]).iter().filter(|f| f.0.as_deref() != Some("British Transport Police")).count(), 0);
    let line = "There were 230 robberies on the railways of Wales in 2023/24.";
    assert_eq!(place_of(&[line], 230.0), some("British Transport Police"));
    let line = "BTP recorded 140 robberies on the railways of Scotland in 2022/23, up 12% from 125.";
    assert_eq!(place_of(&[line], 125.0), some("British Transport Police"));
    // Not the railways' own news.
    let line = "Punctuality on the rail network in the North West fell to 61 per cent in 2023/24.";
    assert_ne!(place_of(&[line], 61.0), some("British Transport Police"));
}

#[test]
fn nationally_in_a_text_about_btp_is_its_whole_network() {
    let lines = [
        "British Transport Police recorded 1,900 thefts on trains in 2023/24.",
        "Of the thefts recorded nationally in 2023/24, 220 involved a mobile phone, down from 260 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 220.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 260.0), some("British Transport Police"));
    let lines = [
        "BTP logged 3,400 assaults across the rail network in 2022/23.",
        "Nationally, 510 of the assaults were on station staff.",
    ];
    assert_eq!(place_of(&lines, 510.0), some("British Transport Police"));
    // The police in general, or another force, counting nationally are the country.
    let lines = [
        "British Transport Police recorded 1,900 thefts on trains in 2023/24.",
        "Nationally, police forces recorded 96,000 thefts from the person.",
    ];
    assert_eq!(place_of(&lines, 96000.0), some(NATIONAL));
    let lines =
        ["Kent Police recorded 1,900 thefts in 2023/24.", "Nationally, 96,000 thefts from the person were recorded."];
    assert_eq!(place_of(&lines, 96000.0), some(NATIONAL));
}

#[test]
fn nationally_with_a_source_of_national_statistics_is_the_country_not_btp() {
    let lines = [
        "British Transport Police recorded 2,300 thefts on trains in 2023/24.",
        "Nationally, robbery rose by 7 per cent to 81,000 offences, the Office for National Statistics said.",
    ];
    assert_eq!(place_of(&lines, 81000.0), some(NATIONAL));
    let lines = [
        "BTP logged 1,700 assaults on the rail network in 2022/23.",
        "Home Office data show 44,000 assaults on emergency workers were recorded nationally.",
    ];
    assert_eq!(place_of(&lines, 44000.0), some(NATIONAL));
}

#[test]
fn the_three_nations_are_btp_only_in_a_text_already_about_btp() {
    // "The forces", "the forced": no single force.
    let line = "Across England, Wales and Scotland, the forces recorded 12,000 assaults on officers in 2023/24.";
    assert_eq!(place_of(&[line], 12000.0), some(NATIONAL));
    let line = "Ticket offices face the forced closure of 1,000 sites across England, Wales and Scotland, unions said.";
    assert_eq!(place_of(&[line], 1000.0), some(NATIONAL));
    // "The force" a territorial one, and the nations its yardstick.
    let line = "Police Scotland said the force logged 310 robberies in 2023/24, compared with 8,000 across England, Wales and Scotland.";
    assert_eq!(place_of(&[line], 8000.0), some(NATIONAL));
    let line =
        "Unemployment across England, Wales and Scotland rose to 4.4 per cent, the ONS said, as BTP cut 200 jobs.";
    assert_eq!(place_of(&[line], 4.4), some(NATIONAL));
    let lines = [
        "Cumbria Constabulary recorded 410 knife offences in 2023/24.",
        "Across England, Wales and Scotland, the force said, knife crime rose by 5 per cent.",
    ];
    assert_eq!(place_of(&lines, 5.0), some(NATIONAL));
}

#[test]
fn the_railways_as_a_whole_are_btps_ground_only_for_crime_on_them() {
    let line = "Fares on Britain's trains will rise by 4.6 per cent in March, the Department for Transport said.";
    assert_ne!(place_of(&[line], 4.6), some("British Transport Police"));
    let line = "Network Rail said 40 of Britain's stations would get step-free access by 2030.";
    assert_ne!(place_of(&[line], 40.0), some("British Transport Police"));
    let line = "Passenger journeys on the rail network in Great Britain rose by 8 per cent in 2023/24.";
    assert_ne!(place_of(&[line], 8.0), some("British Transport Police"));
    let line = "Punctuality across the network in England, Wales and Scotland fell to 68 per cent last year.";
    assert_eq!(place_of(&[line], 68.0), some(NATIONAL));
    let line =
        "Food banks in the network across England, Wales and Scotland handed out 3.1 million parcels in 2023/24.";
    assert_eq!(place_of(&[line], 3_100_000.0), some(NATIONAL));
    // Crime on them is the force's.
    let line = "The rail network in Great Britain saw 1,200 sexual offences in 2023/24.";
    assert_eq!(place_of(&[line], 1200.0), some("British Transport Police"));
    let line = "Thefts at Britain's stations rose by 11 per cent.";
    assert_eq!(place_of(&[line], 11.0), some("British Transport Police"));
}

#[test]
fn on_opens_a_clause_only_before_a_network_or_a_place_that_takes_on() {
    // "On X," as often means "about X".
    let line = "On Wigan, the manager said 12 players were injured.";
    assert_ne!(place_of(&[line], 12.0), some("Wigan"));
    let line = "On Bolton, the minister said 30 schools would get new roofs.";
    assert_ne!(place_of(&[line], 30.0), some("Bolton"));
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "On the Elizabeth line, 130 were recorded.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Elizabeth line"));
    let lines = ["North Wales Police recorded 9,200 crimes in 2023/24.", "On Anglesey, 640 were recorded."];
    assert_eq!(place_of(&lines, 640.0), some("Anglesey"));
}

#[test]
fn a_rail_network_given_its_own_figure_is_its_place() {
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "London Overground accounted for 420 of them.",
        "In 2023/24, Merseyrail and Tyne and Wear Metro recorded 210, up 12 per cent.",
    ];
    assert_eq!(place_of(&lines, 420.0), some("London Overground"));
    assert_eq!(place_of(&lines, 210.0), some("Merseyrail and Tyne and Wear Metro"));
    // A network's name takes "the", and a figure on it "on".
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "On the Elizabeth line, 130 were recorded.",
        "The Docklands Light Railway accounted for 96 of them.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Elizabeth line"));
    assert_eq!(place_of(&lines, 96.0), some("Docklands Light Railway"));
    // Named in passing, a network is no place.
    let line = "A London Overground guard said 40 passengers were on the train.";
    assert_ne!(place_of(&[line], 40.0), some("London Overground"));
}

#[test]
fn a_rail_network_after_its_number_and_on_is_the_place_of_that_number() {
    let lines = [
        "British Transport Police logged 2,640 thefts of phones in 2023/24.",
        "Some 305 of those happened on the Elizabeth line.",
        "Pickpockets were blamed for 71 of them.",
    ];
    assert_eq!(place_of(&lines, 305.0), some("Elizabeth line"));
    // The network is no place carried to the next figure.
    assert_eq!(place_of(&lines, 71.0), some("British Transport Police"));
    let lines = [
        "Assaults on rail staff recorded by British Transport Police rose to 1,930 in 2023/24.",
        "Officers said 212 assaults were on the London Overground, up from 180.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("London Overground"));
    // A number in words, as copy read on air prints it.
    let lines = [
        "British Transport Police logged 2,640 thefts of phones in 2023/24.",
        "Nearly three hundred of them were on the Elizabeth line.",
    ];
    assert_eq!(place_of(&lines, 300.0), some("Elizabeth line"));
    // "on" before a place that is no network is still no place of the number.
    let lines = [
        "British Transport Police logged 2,640 thefts of phones in 2023/24.",
        "Some 40 officers worked on the Bristol inquiry.",
    ];
    assert_ne!(place_of(&lines, 40.0), some("Bristol"));
}

#[test]
fn a_rail_network_labelling_a_row_in_capitals_is_its_place_under_its_listed_name() {
    let lines = [
        "BRITISH TRANSPORT POLICE LOGGED 2,640 THEFTS OF PHONES IN 2023/24.",
        "THEFTS BY LINE",
        "ELIZABETH LINE: 305",
        "DOCKLANDS LIGHT RAILWAY: 118",
    ];
    assert_eq!(place_of(&lines, 305.0), some("Elizabeth line"));
    assert_eq!(place_of(&lines, 118.0), some("Docklands Light Railway"));
    // A network's name holds a city's, which is not the place of its row.
    let lines = ["GFX: BTP PHONE THEFTS 2023/24", "ALL LINES: 2,640", "LONDON OVERGROUND: 233"];
    assert_eq!(place_of(&lines, 233.0), some("London Overground"));
}

#[test]
fn the_square_mile_is_city_of_london_polices_ground() {
    let lines = [
        "Police in London recorded 3,000 burglaries in 2023/24.",
        "In the Square Mile, the force recorded 41 burglaries in 2023/24, down from 52.",
    ];
    assert_eq!(place_of(&lines, 41.0), some("City of London Police"));
    assert_eq!(place_of(&lines, 52.0), some("City of London Police"));
    let lines =
        ["The Met logged 9,200 thefts in 2022/23.", "Across the Square Mile there were 130 thefts in the same year."];
    assert_eq!(place_of(&lines, 130.0), some("City of London Police"));
}

#[test]
fn a_regions_railways_named_with_its_possessive_are_british_transport_polices() {
    let lines = [
        "British Transport Police recorded 900 assaults in 2023/24.",
        "Officers logged 210 thefts on London's rail and Underground network in 2023/24, up 5% on 200 the year before.",
    ];
    assert_eq!(place_of(&lines, 5.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 200.0), some("British Transport Police"));
    let lines = ["Robberies on the North West's railways rose to 85 in 2022/23, from 70 the year before."];
    assert_eq!(place_of(&lines, 85.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 70.0), some("British Transport Police"));
}

#[test]
fn a_regions_defence_estate_is_the_ministry_of_defence_polices_ground() {
    let lines = [
        "The Ministry of Defence Police recorded 40 thefts in 2023.",
        "The force logged 12 assaults on the defence estate in the South West in 2024, against nine a year earlier.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Ministry of Defence Police"));
    assert_eq!(place_of(&lines, 9.0), some("Ministry of Defence Police"));
    let lines = ["Across the defence estate in Scotland, officers dealt with 18 drug offences in 2022/23."];
    assert_eq!(place_of(&lines, 18.0), some("Ministry of Defence Police"));
}

#[test]
fn railways_in_a_forces_area_are_british_transport_polices() {
    let lines = [
        "British Transport Police gave us figures too.",
        "Officers logged 23 thefts on railways in the East Midlands in 2022, against 15 a year earlier.",
    ];
    assert_eq!(place_of(&lines, 23.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 15.0), some("British Transport Police"));
    let lines = ["Officers recorded 64 assaults on the railways of Kent in 2023/24, up from 51 the year before."];
    assert_eq!(place_of(&lines, 64.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 51.0), some("British Transport Police"));
}

#[test]
fn britain_named_in_capitals_after_british_transport_police_is_its_ground() {
    let lines = [
        "BRITISH TRANSPORT POLICE WARN OF MORE ROBBERIES AT STATIONS.",
        "BRITISH TRANSPORT POLICE LOGGED 2,640 ROBBERIES IN 2023/24 ACROSS ENGLAND, WALES AND SCOTLAND, COMPARED WITH 2,180 IN 2022/23.",
    ];
    assert_eq!(place_of(&lines, 2180.0).as_deref(), Some("British Transport Police"));
    let lines = [
        "British Transport Police warn of more robberies at stations.",
        "British Transport Police logged 2,640 robberies in 2023/24 across England, Wales and Scotland, compared with 2,180 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 2180.0).as_deref(), Some("British Transport Police"));
    // A scene set at a London station before does not make the force's count the country's.
    let lines = [
        "HALF PAST FIVE AT PADDINGTON. THE PLATFORMS ARE PACKED.",
        "BRITISH TRANSPORT POLICE LOGGED 2,640 ROBBERIES IN 2023/24 ACROSS ENGLAND, WALES AND SCOTLAND, COMPARED WITH 2,180 IN 2022/23.",
    ];
    assert_eq!(place_of(&lines, 2180.0).as_deref(), Some("British Transport Police"));
}
