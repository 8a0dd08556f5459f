//! Figures of policing bodies that are not territorial forces: the regional organised crime
//! units, which the forces of a region run together.

use super::*;

#[test]
fn a_regional_crime_unit_named_in_full_keeps_its_figures_from_its_region() {
    let line = "The North West Regional Organised Crime Unit (NWROCU) said it seized 412 phones in 2023/24.";
    assert_eq!(place_of(&[line], 412.0), some("North West Regional Organised Crime Unit"));
    let line = "Detectives at the East Midlands Special Operations Unit logged 96 offences in 2022/23.";
    assert_eq!(place_of(&[line], 96.0), some("East Midlands Special Operations Unit"));
}

#[test]
fn a_regional_crime_unit_named_by_its_initials_is_that_unit() {
    let line = "SEROCU investigated 230 fraud offences in 2023/24, up from 180.";
    assert_eq!(place_of(&[line], 230.0), some("South East Regional Organised Crime Unit"));
    let line = "Officers from Tarian recorded 75 offences in 2021/22.";
    assert_eq!(place_of(&[line], 75.0), some("Tarian Regional Organised Crime Unit"));
}

#[test]
fn a_unit_described_as_working_for_its_regions_forces_keeps_its_own_figure() {
    let line = "In 2022 the South West Regional Organised Crime Unit (SWROCU), whose officers come from the five forces in the South West, broke up 48 gangs.";
    assert_eq!(place_of(&[line], 48.0), some("South West Regional Organised Crime Unit"));
    let line = "Last year the staff of the West Midlands ROCU (WMROCU), which the forces across the Midlands fund jointly, traced 31 stolen lorries.";
    assert_eq!(place_of(&[line], 31.0), some("West Midlands Regional Organised Crime Unit"));
}

#[test]
fn what_the_unit_sends_to_its_regions_forces_is_still_the_units() {
    let lines = [
        "Fraud detectives at NERSOU traced £4m of stolen pension savings in 2023/24.",
        "Most of the 800 tip-offs it forwarded to the region's three forces in 2023/24 came from banks; 64 named a single gang.",
    ];
    assert_eq!(place_of(&lines, 64.0), some("North East Regional Special Operations Unit"));
    let lines = [
        "Police in the South East recorded 5,100 offences in 2023/24.",
        "In 2023/24 the South East Regional Organised Crime Unit handed 300 files on to the region's forces and charged 45 people.",
    ];
    assert_eq!(place_of(&lines, 300.0), some("South East Regional Organised Crime Unit"));
}

#[test]
fn a_body_described_as_working_nationally_keeps_its_forces_figures() {
    let lines = [
        "Lancashire Constabulary logged 530 thefts of farm machinery in 2023/24.",
        "Its plant theft unit, set up in 2020 and now working nationally, shares intelligence with insurers.",
        "In 2023/24 the unit recovered 212 machines and charged 64 people.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("Lancashire Constabulary"));
    let lines = [
        "Kent Police said it logged 96 fraud offences against pensioners in 2022/23.",
        "Its fraud desk, which works nationwide, took 150 calls in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 150.0), some("Kent Police"));
}
