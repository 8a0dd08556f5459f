//! Areas named with words of scope ("the whole of", "all of"), areas listed beside their
//! force's other areas, and an area compared with another.

use super::*;

#[test]
fn an_area_after_the_whole_of_is_the_area() {
    let lines = [
        "West Midlands Police recorded 5,000 knife offences in 2023/24.",
        "Across the whole of Coventry, officers logged 640 of them.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Coventry"));
    let lines = [
        "Greater Manchester Police recorded 9,000 burglaries in 2023/24.",
        "In all of Salford, the force dealt with 415 burglaries.",
    ];
    assert_eq!(place_of(&lines, 415.0), some("Salford"));
    let lines =
        ["Merseyside Police recorded 7,100 thefts in 2023/24.", "Thefts throughout the entire Wirral rose to 930."];
    assert_eq!(place_of(&lines, 930.0), some("Wirral"));
}

#[test]
fn an_island_listed_among_its_forces_areas_is_the_area() {
    let lines = [
        "Hampshire and Isle of Wight Constabulary logged 2,400 shop thefts in 2023/24.",
        "Winchester recorded 77, while Basingstoke had 64 and the Isle of Wight 23.",
    ];
    assert_eq!(place_of(&lines, 23.0), some("Isle of Wight"));
    let lines = [
        "Hampshire and Isle of Wight Constabulary logged 2,400 shop thefts in 2023/24.",
        "The Isle of Wight saw 52 and Eastleigh 31.",
    ];
    assert_eq!(place_of(&lines, 52.0), some("Isle of Wight"));
    // The force printed under its own name stays the force.
    let line = "Hampshire and Isle of Wight Constabulary logged 2,400 shop thefts in 2023/24.";
    assert_eq!(place_of(&[line], 2400.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn a_place_compared_with_another_takes_the_figure_alone() {
    let line = "Compared with Norfolk, Suffolk recorded 410 fewer burglaries in 2023/24.";
    assert_eq!(place_of(&[line], -410.0), some("Suffolk Constabulary"));
    let line = "Compared to Durham, Cleveland logged 260 more robberies in 2023/24.";
    assert_eq!(place_of(&[line], 260.0), some("Cleveland Police"));
}
