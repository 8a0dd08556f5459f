//! Counts of forces, areas, wards, command units and chief constables, and of those that
//! replied or recorded a rise: no figures, though a count of offences beside them is one.

use super::*;

#[test]
fn a_number_of_wards_is_not_a_figure() {
    for line in [
        "Thefts rose in only three of the town's 17 wards in 2023/24.",
        "Burglaries fell in 2023/24 across all 24 council wards in Derby.",
    ] {
        assert!(!values(&[line]).contains(&17.0) && !values(&[line]).contains(&24.0), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_of_command_units_is_not_a_figure() {
    for (line, n) in [
        ("The North East BCU, one of 12 BCUs across London, logged 214 offences in 2024/25.", 12.0),
        ("Kent Police, split into six basic command units, recorded 900 thefts in 2023/24.", 6.0),
    ] {
        assert!(!values(&[line]).contains(&n), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn counts_of_named_kinds_of_forces_and_of_forces_out_of_all_are_not_figures() {
    for line in [
        "All three Scottish forces were merged in 2013.",
        "Only 28 of the 45 forces in the UK gave figures.",
        "The two neighbouring forces did not respond.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn counts_of_areas_and_of_chief_constables_are_not_figures() {
    for line in [
        "The rise was seen in most of the region's 11 local policing areas.",
        "Requests went to all 45 territorial police forces in the UK.",
        "Durham is split into 6 neighbourhood policing districts.",
        "The council brings together 39 democratically elected and locally accountable chief constables.",
        "Police in all four nations logged more thefts of bikes.",
        "Fraud rose in each of the UK's 4 home nations last year.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["Durham recorded 610 offences across its districts."]), [610.0]);
}

#[test]
fn forces_counted_as_a_part_of_the_forces_just_named_are_not_figures() {
    let line = "Requests went to all 39 forces, 35 of which replied, and Kent recorded 8,200 offences.";
    assert_eq!(values(&[line]), [8200.0]);
}

#[test]
fn areas_counted_as_a_part_of_the_areas_just_named_are_not_figures() {
    for line in [
        "Of Birmingham's 10 districts, 7 saw burglaries fall in 2023/24, as the city recorded 8,200.",
        "Of the county's 12 districts, 9 saw thefts rise, and Kent recorded 8,200 offences in 2023/24.",
        "Of the county's 12 council areas, 9 recorded a rise, and Kent recorded 8,200 offences in 2023/24.",
        "Of the 32 boroughs in London, 21 saw thefts fall, and the Met recorded 8,200 offences in 2023/24.",
    ] {
        assert_eq!(values(&[line]), [8200.0], "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_count_with_its_own_offence_noun_after_a_phrase_naming_areas_is_a_figure() {
    // Only a bare number after "of the county's districts," is how many areas; one that
    // says what it counts is the figure for them.
    assert_eq!(values(&["Over all of the city's wards, 2,310 thefts were logged in 2023/24."]), [2310.0]);
    assert_eq!(values(&["In the poorest of Manchester's wards, 870 robberies were reported last year."]), [870.0]);
    assert_eq!(values(&["In four of the force's nine divisions, 515 more assaults were recorded."]), [515.0]);
    assert!(values(&["Of the city's 20 wards, 14 saw thefts fall last year."]).is_empty());
}

#[test]
fn forces_or_councils_named_with_their_ground_and_counted_as_those_replying_are_not_figures() {
    for (line, part) in [
        ("Requests to 45 forces across the UK, 40 of which responded, show Kent recorded 8,200 offences.", 40.0),
        ("We wrote to 33 councils in London, 29 of which replied, and Kent recorded 8,200 offences.", 29.0),
        ("A survey of 2,000 households, 1,450 of which answered, found Kent recorded 8,200 offences.", 1450.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.2 != part || f.3 == Kind::Other), "{line}: {found:?}");
        assert!(found.iter().any(|f| f.2 == 8200.0 && f.3 == Kind::Count), "{line}: {found:?}");
    }
    // A part of the offences just counted is still a figure.
    let line = "Kent recorded 8,200 offences in 2023/24, 1,900 of which were online.";
    assert_eq!(values(&[line]), [8200.0, 1900.0], "{:?}", brief(&[line]));
}

#[test]
fn a_threshold_picking_out_the_places_compared_is_no_figure() {
    let line = "Gwent's 14% fall was the steepest among forces with at least 250 crimes in both years.";
    assert_eq!(values(&[line]), [-14.0], "{:?}", brief(&[line]));
    let line = "Of the areas recording more than 40 robberies, Newport saw the biggest rise, of 9%.";
    assert!(!values(&[line]).contains(&40.0), "{:?}", brief(&[line]));
    // A force with a count of its own keeps it.
    let line = "Gwent Police, with more than 250 crimes in 2022/23, saw a fall of 14%.";
    assert!(values(&[line]).contains(&250.0), "{:?}", brief(&[line]));
}

#[test]
fn numbers_of_those_recording_a_rise_are_not_counts_of_offences() {
    let lines = [
        "We asked nine forces in the North West for their figures.",
        "Seven of the nine recorded fewer offences in 2024 than in 2022, and two saw a rise.",
    ];
    assert!(values(&lines).is_empty(), "{:?}", brief(&lines));
    let line = "Of the 12 districts, 8 reported increases in 2023/24.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    // The offences the force recorded are still counted.
    let line = "Lancashire Police recorded 640 offences, and 210 were recorded online.";
    assert_eq!(values(&[line]), [640.0, 210.0], "{:?}", brief(&[line]));
}

#[test]
fn how_many_people_live_in_a_place_is_no_figure() {
    for line in [
        "Kent, with a population of just over 1.8 million, recorded 412 burglaries in 2023/24.",
        "With nearly three million children living in the region, Kent recorded 412 offences in 2023/24.",
        "Kent is home to 1,850,000 people and recorded 412 burglaries in 2023/24.",
    ] {
        let counts: Vec<f64> = brief(&[line]).into_iter().filter(|f| f.3 == Kind::Count).map(|f| f.2).collect();
        assert_eq!(counts, [412.0], "{line}: {:?}", brief(&[line]));
    }
    // Children counted as living somewhere because of what happened to them are counted.
    assert!(values(&["In 2023/24, 412 children living in Kent were groomed online."]).contains(&412.0));
}

#[test]
fn counts_of_command_units_are_no_figures() {
    let line = "The Met's North West BCU, one of 12 BCUs across London, recorded 310 robberies.";
    assert!(!values(&[line]).contains(&12.0), "{:?}", values(&[line]));
    let line = "Police Scotland's 13 divisions and London's 12 BCUs recorded 9,000 thefts between them.";
    assert!(!values(&[line]).contains(&12.0), "{:?}", values(&[line]));
}

#[test]
fn a_part_of_one_forces_offences_is_a_count_not_a_number_of_forces() {
    for line in [
        "In Leeds, 640 of the force's crimes against children were flagged online in 2021/22.",
        "Across Dorset, 96 of the force burglaries in 2020/21 happened at night.",
    ] {
        assert_eq!(values(&[line]).len(), 1, "{line}: {:?}", values(&[line]));
    }
    // A number of forces is still none: "31 of the 43 forces", "one police force".
    for line in ["Only 31 of the 43 forces replied to the request.", "One police force refused to answer."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_bare_number_a_place_has_counts_no_offences() {
    let lines = ["Figures for each borough - the Metropolitan Police has 32 - will follow in 2023."];
    assert!(!counted(&lines, 32.0), "{:?}", brief(&lines));
    let lines = ["Results by district, of which Kent Police has 12, are due next spring."];
    assert!(!counted(&lines, 12.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_compared_with_a_population_is_one() {
    let lines = ["Kent Police, which serves about 1.9 million people - more than Essex's 1.8 million - recorded 2,100 offences in 2022/23."];
    assert!(!counted(&lines, 1_800_000.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police, with a population of 600,000, larger than Dyfed-Powys Police's 520,000, recorded 410 offences in 2021/22."];
    assert!(!counted(&lines, 520_000.0), "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_a_place_has_outside_an_aside_is_still_counted() {
    let lines = ["Thefts in Kent rose sharply in 2022/23. Kent Police now has 1,200, up from 900."];
    assert!(counted(&lines, 1200.0), "{:?}", brief(&lines));
    let lines = ["Burglary in Essex climbed in 2021/22, and Essex Police has 870, against 640 before."];
    assert!(counted(&lines, 870.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_of_forces_with_two_words_before_forces_is_no_figure() {
    let lines =
        ["Kent Police recorded 410 offences in 2021/22, going by what 39 of the 43 English police forces sent in."];
    assert!(!has_value(&lines, 39.0), "{:?}", brief(&lines));
    let lines = ["Replies came from 30 of the 45 UK territorial forces, covering 2022/23."];
    assert!(!has_value(&lines, 30.0), "{:?}", brief(&lines));
}

#[test]
fn forces_that_had_answered_a_request_are_not_figures() {
    for line in [
        "The charity wrote to 45 forces and 39 had replied by the deadline.",
        "Of the forces contacted, 40 have responded so far.",
    ] {
        assert!(!counted(&[line], 39.0) && !counted(&[line], 40.0), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_count_before_and_the_next_group_of_forces_is_kept() {
    for (line, kept) in [
        ("In the north, Durham Constabulary logged 87, Cleveland Police 140 and the three Yorkshire forces 655 between them.", 140.0),
        ("Kent Police recorded 310 thefts, Essex Police 275 and the two Sussex forces 420.", 275.0),
        ("Gwent Police logged 96 and their neighbouring forces 380.", 96.0),
    ] {
        assert!(values(&[line]).contains(&kept), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_of_forces_described_past_an_and_is_still_no_count() {
    assert!(!values(&["The survey went to 43 independent and accountable forces, officers said."]).contains(&43.0));
    assert!(!values(&["Data came from 12 urban and rural divisions, officials said."]).contains(&12.0));
}
