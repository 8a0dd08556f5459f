//! Numbers that count things other than offences: an inspection's sample of cases, the
//! sites a service works from, and a value compared with one of those.

use super::*;

fn kind_of(lines: &[&str], value: f64) -> Option<Kind> {
    brief(lines).into_iter().find(|f| f.2 == value).map(|f| f.3)
}

#[test]
fn cases_an_inspectorate_examined_are_a_sample_not_offences() {
    for (lines, value) in [
        (
            [
                "Kent Police recorded 902 offences in 2023/24.",
                "HMIP reviewed 45 cases while it visited the county in May.",
            ],
            45.0,
        ),
        (
            [
                "Essex Police recorded 610 offences in 2022/23.",
                "The watchdog audited 38 files during its inspection of the force.",
            ],
            38.0,
        ),
    ] {
        assert_eq!(kind_of(&lines, value), Some(Kind::Other), "{lines:?}: {:?}", brief(&lines));
    }
    // Offences a force recorded are still counted.
    assert_eq!(kind_of(&["Kent Police recorded 902 cases in 2023/24."], 902.0), Some(Kind::Count));
}

#[test]
fn places_a_service_works_from_are_no_offences() {
    for (lines, value) in [
        (
            [
                "Kent Police recorded 902 offences in 2023/24.",
                "The helpline has 800 trained listeners across 14 depots.",
            ],
            14.0,
        ),
        (
            [
                "Essex Police recorded 610 offences in 2022/23.",
                "Its 300 volunteers are based in 9 offices around the county.",
            ],
            9.0,
        ),
    ] {
        assert_eq!(kind_of(&lines, value), Some(Kind::Other), "{lines:?}: {:?}", brief(&lines));
    }
    // Offences recorded across a number of places are still counted.
    assert_eq!(kind_of(&["Kent Police recorded 902 burglaries across 14 towns in 2023/24."], 902.0), Some(Kind::Count));
}

#[test]
fn a_value_compared_with_a_count_of_things_takes_its_kind_and_measure() {
    for (lines, value) in [
        (
            [
                "Kent Police recorded 902 online offences in 2023/24.",
                "The project said it had worked with 64 children sent to it over online abuse in Dover and Deal last year, against 22 ten years ago.",
            ],
            22.0,
        ),
        (
            [
                "Essex Police recorded 610 online offences in 2022/23.",
                "A spokesman said the project had supported 51 girls targeted through online games in Harlow and Epping last year, compared with 19 five years ago.",
            ],
            19.0,
        ),
    ] {
        let found = figures(&lines);
        let f = found.iter().find(|f| f.value == value);
        assert!(f.is_some_and(|f| f.kind == Kind::Other && f.measure == Measure::Other), "{lines:?}: {found:#?}");
    }
}

#[test]
fn talks_or_sessions_a_service_delivered_or_held_are_no_offences() {
    for (lines, value) in [
        (
            [
                "Kent Police recorded 902 frauds in 2023/24.",
                "The unit has delivered 180 awareness talks to clubs and churches.",
            ],
            180.0,
        ),
        (
            [
                "Essex Police recorded 610 frauds in 2022/23.",
                "Officers held 45 drop-in surgeries at libraries last winter.",
            ],
            45.0,
        ),
    ] {
        assert_eq!(kind_of(&lines, value), Some(Kind::Other), "{lines:?}: {:?}", brief(&lines));
    }
}

#[test]
fn residents_helped_are_people_not_offences() {
    for (lines, value) in [
        (["Kent Police recorded 902 frauds in 2023/24.", "Wardens fitted door chains for 35 elderly residents."], 35.0),
        (
            [
                "Essex Police recorded 610 frauds in 2022/23.",
                "The scheme now supports 120 residents living alone in Harlow.",
            ],
            120.0,
        ),
    ] {
        assert_eq!(kind_of(&lines, value), Some(Kind::Other), "{lines:?}: {:?}", brief(&lines));
    }
}

#[test]
fn an_inspections_sample_of_cases_and_their_grades_are_no_offence_counts() {
    let found = brief(&[
        "Kent Police recorded 902 offences in 2028/29.",
        "We examined 53 cases of children reported missing. We assessed 21 as good, 18 as requiring improvement and 9 as inadequate.",
    ]);
    for value in [53.0, 21.0, 18.0, 9.0] {
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{value}: {found:?}");
    }
    assert!(found.iter().any(|f| f.2 == 902.0 && f.3 == Kind::Count), "{found:?}");
    let found = brief(&["Inspectors reviewed a sample of 60 case files; 41 of them were rated good."]);
    assert!(found.iter().any(|f| f.2 == 60.0 && f.3 == Kind::Other), "{found:?}");
}

#[test]
fn the_services_or_centres_a_charity_runs_are_not_counts_of_offences() {
    let line = "The Haven Trust runs 22 services and six drop-in centres across Yorkshire.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&[line]));
}

#[test]
fn firms_or_providers_a_regulator_investigated_are_no_offences() {
    let lines = [
        "Essex Police recorded 612 offences in 2023/24.",
        "The regulator has fined nine gambling firms and opened cases into 14 streaming providers this year.",
    ];
    assert_ne!(kind_of(&lines, 14.0), Some(Kind::Count), "{:?}", brief(&lines));
    assert_ne!(kind_of(&lines, 9.0), Some(Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn children_a_service_helped_safeguard_are_people_not_offences() {
    let lines = [
        "Dorset Police recorded 420 offences in 2021/22.",
        "The unit has helped safeguard more than 2,000 children since it opened.",
    ];
    assert_ne!(kind_of(&lines, 2000.0), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = [
        "Surrey Police recorded 515 offences in 2021/22.",
        "Its officers work to safeguard 380 young people on the county's watch list.",
    ];
    assert_ne!(kind_of(&lines, 380.0), Some(Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_backlog_of_things_cut_from_a_number_counts_no_offences() {
    let lines = [
        "Norfolk Police recorded 733 offences in 2022/23.",
        "The lab has cut its backlog of phones from more than 450 to 120 in a year.",
    ];
    assert_ne!(kind_of(&lines, 450.0), Some(Kind::Count), "{:?}", brief(&lines));
    let lines = [
        "Suffolk Police recorded 688 offences in 2022/23.",
        "Staff brought the queue of calls down from 260 to 75 over the winter.",
    ];
    assert_ne!(kind_of(&lines, 260.0), Some(Kind::Count), "{:?}", brief(&lines));
    // The number of offences cut from one value to another stays a count.
    let lines = ["In Suffolk the number of burglaries fell, the total of offences from 880 to 760 in 2022/23."];
    assert!(brief(&lines).iter().all(|f| f.2 != 880.0 || f.3 == Kind::Count), "{:?}", brief(&lines));
}
