//! Figures of the headline and opening lines that the body prints again (perhaps rounded):
//! they take the place, year and measure of the body's figure.

use super::*;

#[test]
fn a_small_change_in_the_headline_is_the_same_change_in_the_body() {
    let lines = [
        "Burglaries in Kent fall 6% as patrols are stepped up",
        "Kent Police recorded 8,100 burglaries in 2022/23, a fall of 6% on the year before.",
    ];
    let changes: Vec<_> = brief(&lines).into_iter().filter(|f| f.3 == Kind::PercentChange).collect();
    assert_eq!(changes, [(some("Kent Police"), some("2022/23"), -6.0, Kind::PercentChange)]);
}

#[test]
fn a_figure_printed_in_millions_in_a_headline_takes_the_year_and_place_of_the_one_it_rounds() {
    let lines = [
        "Police in Kent log 1.2 million calls as burglaries hit 4.3 million nationally",
        "Across England and Wales, police recorded 512,400 burglaries in 2023/24.",
        "In all, police recorded 4,312,800 burglaries and thefts in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("national"), some("2023/24"), 4_300_000.0, Kind::Count)), "{found:?}");
    // A figure the body does not round to at the digits printed keeps no year.
    let lines = [
        "Police log 4.4 million burglaries",
        "Across England and Wales, police recorded 4,312,800 burglaries in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 4_400_000.0 && f.1.is_none()), "{found:?}");
}

#[test]
fn a_headline_figure_in_whole_millions_takes_no_year_from_a_body_figure() {
    // "£5m" rounds anything from £4.5m to £5.5m: a new sum of its own, not the body's.
    let lines = [
        "Council gets £5m to fight fraud",
        "The money was confirmed on Friday.",
        "Separately, Hampshire Constabulary spent £4.8m on fraud inquiries in 2021/22.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 5_000_000.0 && f.1.is_none() && f.0.is_none()), "{found:?}");
    let lines =
        ["Courts face 3 million case backlog", "Forces recorded 3.2 million crimes in 2021/22 in England and Wales."];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 3_000_000.0 && f.1.is_none()), "{found:?}");
}

#[test]
fn a_rounded_figure_in_the_opening_lines_takes_the_place_year_and_measure_of_the_one_it_rounds() {
    let lines = [
        "Forces logged almost 2,500 offences against children in a single year, figures show",
        "Essex Police recorded 2,461 offences of sexual communication with a child in 2022/23.",
    ];
    let found = figures(&lines);
    let rounded =
        found.iter().find(|f| f.value == 2500.0).map(|f| (f.place.clone(), f.period.map(|p| p.to_string()), f.measure));
    assert_eq!(rounded, Some((some("Essex Police"), some("2022/23"), Measure::Other)), "{found:#?}");
    assert!(found.iter().any(|f| f.value == 2461.0));
}

#[test]
fn a_rounded_london_figure_in_the_opening_lines_is_the_figure_the_met_gives() {
    for lines in [
        [
            "Almost 500 London teens targeted by sextortion gangs",
            "The Metropolitan Police recorded 486 sextortion offences against under-18s in 2022/23.",
        ],
        [
            "More than 2,000 burglaries of London sheds in a year",
            "Figures from the Met show 2,140 shed burglaries were recorded in 2021/22.",
        ],
    ] {
        let found = brief(&lines);
        let rounded = found.iter().find(|f| f.2 == 500.0 || f.2 == 2000.0).map(|f| f.0.clone());
        assert_eq!(rounded, Some(some("Metropolitan Police")), "{found:?}");
    }
}

#[test]
fn a_total_said_in_the_opening_lines_to_top_a_value_is_the_one_the_body_prints() {
    let lines = [
        "Shoplifting in Dorset tops 3,000 for the first time",
        "Dorset Police recorded 3,214 shoplifting offences in 2022/23, up from 2,870 the year before.",
    ];
    let found = figures(&lines);
    let topped =
        found.iter().find(|f| f.value == 3000.0).map(|f| (f.period.map(|p| p.to_string()), f.qualifier.clone()));
    assert_eq!(topped, Some((some("2022/23"), some("more than"))), "{found:#?}");
    // One that only could top it is no figure at all (see the filters' tests).
    let found = figures(&["Shoplifting offences in Dorset could top 3,000 in 2022/23."]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_change_in_the_opening_lines_takes_the_place_found_for_the_count_beside_it() {
    let lines = [
        "Stalking reports hit new high",
        "Officers dealt with 1,312 stalking offences in the last year, a rise of 27 per cent",
        "Devon and Cornwall Police recorded 1,312 stalking offences in 2022/23, up from 1,033 the year before.",
    ];
    let found = brief(&lines);
    let change = found.iter().find(|f| f.2 == 27.0).map(|f| f.0.clone());
    assert_eq!(change, Some(some("Devon and Cornwall Police")), "{found:#?}");
}

#[test]
fn a_change_over_so_many_years_in_the_opening_lines_runs_to_the_year_of_the_first_body_figure() {
    let lines = [
        "Bike thefts in Norfolk up 80% in four years",
        "Bike thefts in Norfolk have risen by 80% in four years, figures show.",
        "Norfolk Constabulary recorded 900 bike thefts in the year to March 2024.",
    ];
    let found = brief(&lines);
    let periods: Vec<_> = found.iter().filter(|f| f.2 == 80.0).map(|f| f.1.clone()).collect();
    assert!(!periods.is_empty() && periods.iter().all(|p| p.as_deref() == Some("2023/24")), "{found:#?}");
}

#[test]
fn a_headline_figure_with_no_place_is_the_one_the_body_places() {
    let lines = [
        "Police log more than 42,000 burglaries in a year",
        "Forces in England and Wales logged more than 42,000 burglaries in 2030, a new report shows.",
    ];
    assert_eq!(brief(&lines), [(some("national"), None, 42000.0, Kind::Count)]);
    let lines = [
        "Nearly 9,100 frauds reported in a year",
        "Police across the UK recorded nearly 9,100 frauds in 2030, the report says.",
    ];
    assert_eq!(brief(&lines), [(some("national"), None, 9100.0, Kind::Count)]);
}

#[test]
fn a_round_headline_figure_with_no_hedge_takes_the_year_and_place_of_the_one_it_rounds() {
    let lines = [
        "DERBYSHIRE SHOP THEFTS HIT 3,800 AS STAFF PLEAD FOR HELP",
        "Derbyshire Constabulary recorded 3,826 shoplifting offences in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Derbyshire Constabulary"), some("2023/24"), 3800.0, Kind::Count)), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 3826.0), "{found:?}");
    let lines = [
        "RECORD 20,000 FRAUDS REPORTED TO POLICE",
        "Across England and Wales, police logged 20,388 frauds in 2022/23.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("national"), some("2022/23"), 20000.0, Kind::Count)), "{found:?}");
}

#[test]
fn a_round_headline_figure_far_from_the_body_figure_is_not_that_figure() {
    let lines = [
        "DERBYSHIRE SHOP THEFTS HIT 3,000 AS STAFF PLEAD FOR HELP",
        "Derbyshire Constabulary recorded 3,826 shoplifting offences in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 3000.0 && f.1.is_none()), "{found:?}");
}

#[test]
fn a_hedged_round_change_in_the_headline_takes_the_year_of_the_change_it_rounds() {
    let lines = [
        "Van thefts in Kent up by more than 30%",
        "Kent Police recorded 420 van thefts in 2021/22.",
        "That is up from 318 the year before - a rise of 32%.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Kent Police"), some("2021/22"), 30.0, Kind::PercentChange)), "{found:?}");
    let lines = [
        "Shed burglaries in Essex fall by almost 20%",
        "Essex Police logged 610 shed burglaries in 2019/20, down 18% on the year before.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Essex Police"), some("2019/20"), -20.0, Kind::PercentChange)), "{found:?}");
}

#[test]
fn a_hedged_change_in_the_headline_far_from_the_body_change_keeps_no_year() {
    let lines = [
        "Van thefts in Kent up by more than 30%",
        "Kent Police recorded 420 van thefts in 2021/22.",
        "That is up from 280 the year before - a rise of 50%.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Kent Police"), None, 30.0, Kind::PercentChange)), "{found:?}");
}

#[test]
fn a_hedged_count_in_tens_in_the_opening_takes_the_place_of_the_body_count_it_rounds() {
    let lines = [
        "Almost 40 stalking reports in a year as Dover woman is cautioned",
        "New figures show almost 40 stalking offences in the district were linked to social media last year.",
        "Kent Police recorded 37 stalking offences involving social media in 2021/22, up from 22 the year before.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Kent Police"), some("2021/22"), 40.0, Kind::Count)), "{found:?}");
    let lines = [
        "More than 60 knife crimes on the island last year",
        "Hampshire Constabulary logged 63 knife offences on the Isle of Wight in 2022/23.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Hampshire Constabulary"), some("2022/23"), 60.0, Kind::Count)), "{found:?}");
}

#[test]
fn a_hedged_count_in_tens_keeps_no_place_from_a_body_count_on_the_wrong_side() {
    let lines = [
        "More than 60 knife crimes on the island last year",
        "Hampshire Constabulary logged 57 knife offences on the Isle of Wight in 2022/23.",
    ];
    let found = brief(&lines);
    assert!(!found.contains(&(some("Hampshire Constabulary"), some("2022/23"), 60.0, Kind::Count)), "{found:?}");
}

#[test]
fn a_hedged_headline_count_rounding_a_body_count_of_no_offences_counts_none() {
    let lines = [
        "Children's clinic abuse referrals top 2,000 for first time",
        "Riverside Children's Hospital made 2,060 safeguarding referrals in 2021/22, its report said.",
        "Cheshire Police logged 880 burglaries in 2021/22.",
    ];
    let found = brief(&lines);
    assert!(found.iter().all(|f| f.3 != Kind::Count || f.2 == 880.0), "{found:?}");
    // A headline count the body rounds to a count of offences stays a count.
    let lines = ["Burglaries top 2,000 for first time", "Cheshire Police logged 2,060 burglaries in 2021/22."];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 2000.0 && f.3 == Kind::Count), "{found:?}");
}
