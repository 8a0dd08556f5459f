//! Coordinated places, "respectively" lists and tables under a heading.

use super::*;

#[test]
fn coordinated_places_form_one_compound_place() {
    let line = "Dorset, Wiltshire and Avon and Somerset police recorded 2,100 crimes in 2019/20.";
    assert_eq!(place_of(&[line], 2100.0), some("Dorset Police, Wiltshire Police and Avon and Somerset Police"));
    let line = "Data for the North-East and Cumbria police forces, other than Durham Police, shows 900 offences.";
    assert_eq!(place_of(&[line], 900.0), some("North East and Cumbria Constabulary"));
}

#[test]
fn respectively_lists_pair_values_with_years_and_places() {
    let line = "Kent recorded 110, 120 and 130 offences for 2016/17, 2017/18 and 2018/19 respectively.";
    let found = brief(&[line]);
    let periods: Vec<_> = found.iter().map(|f| f.1.clone()).collect();
    assert_eq!(periods, [some("2016/17"), some("2017/18"), some("2018/19")]);
    let line = "The highest rates were in Merseyside, Cleveland and West Yorkshire, with 140, 120 and 110 crimes per 100,000 residents respectively.";
    let found = brief(&[line]);
    let places: Vec<_> = found.iter().map(|f| f.0.clone()).collect();
    assert_eq!(places, [some("Merseyside Police"), some("Cleveland Police"), some("West Yorkshire Police")]);
    assert!(found.iter().all(|f| f.3 == Kind::Rate));
}

#[test]
fn respectively_takes_the_end_of_a_longer_list_of_places() {
    let line = "In Wales, North Wales Police and Gwent Police logged 120 and 98 respectively.";
    assert_eq!(place_of(&[line], 120.0), some("North Wales Police"));
    assert_eq!(place_of(&[line], 98.0), some("Gwent Police"));
}

#[test]
fn a_list_of_values_shares_the_one_year_after_it_and_the_places_listed_before() {
    let lines = [
        "South Wales Police, Gwent Police and Dyfed-Powys Police recorded 420, 167 and 98 offences respectively in 2022/23.",
        "That compares to 398, 150 and 101 in 2021/22.",
    ];
    let found = brief(&lines);
    let expect = |place: &str, period: &str, value: f64| (some(place), some(period), value, Kind::Count);
    assert_eq!(
        found,
        [
            expect("South Wales Police", "2022/23", 420.0),
            expect("Gwent Police", "2022/23", 167.0),
            expect("Dyfed-Powys Police", "2022/23", 98.0),
            expect("South Wales Police", "2021/22", 398.0),
            expect("Gwent Police", "2021/22", 150.0),
            expect("Dyfed-Powys Police", "2021/22", 101.0),
        ]
    );
    // A list of another length is not paired with those places.
    let lines = [
        "South Wales Police, Gwent Police and Dyfed-Powys Police recorded 420, 167 and 98 offences respectively in 2022/23.",
        "Kent Police recorded 40 and 50 in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 40.0), some("Kent Police"));
}

#[test]
fn table_rows_under_a_force_heading_take_that_force() {
    let lines = [
        "Child sexual offences logged by force",
        "Kent Police",
        "15/16: 1,020",
        "16/17: 1,210",
        "Essex Police",
        "15/16: 830",
    ];
    let found = brief(&lines);
    assert_eq!(
        found,
        [
            (some("Kent Police"), some("2015/16"), 1020.0, Kind::Count),
            (some("Kent Police"), some("2016/17"), 1210.0, Kind::Count),
            (some("Essex Police"), some("2015/16"), 830.0, Kind::Count),
        ]
    );
}

#[test]
fn a_table_row_takes_the_years_of_its_header_columns() {
    let lines = [
        "Crimes logged in the year to March 2021 rose.",
        "Area | 2019/20 | 2020/21",
        "Kent Police | 410 | 455",
        "Essex Police | 388 | 372",
    ];
    assert_eq!(period_of(&lines, 410.0), some("2019/20"));
    assert_eq!(period_of(&lines, 455.0), some("2020/21"));
    assert_eq!(period_of(&lines, 388.0), some("2019/20"));
    assert_eq!(place_of(&lines, 372.0).as_deref(), Some("Essex Police"));
}

#[test]
fn a_change_column_holds_changes_to_the_tables_latest_year() {
    let lines = [
        "Online offences in the North West, force by force.",
        "Force | 2020/21 | 2021/22 | Change",
        "Cheshire Constabulary | 310 | 355 | +15%",
        "Cumbria Constabulary | 122 | 98 | -20%",
    ];
    let b = brief(&lines);
    assert!(b.contains(&(some("Cheshire Constabulary"), some("2020/21"), 310.0, Kind::Count)), "{b:?}");
    assert!(b.contains(&(some("Cheshire Constabulary"), some("2021/22"), 15.0, Kind::PercentChange)), "{b:?}");
    assert!(b.contains(&(some("Cumbria Constabulary"), some("2021/22"), -20.0, Kind::PercentChange)), "{b:?}");
    // A label column that is no change leaves its percentages as they are.
    let lines = ["Force | 2021/22 | Share online", "Cheshire Constabulary | 355 | 15%"];
    assert!(brief(&lines).contains(&(some("Cheshire Constabulary"), some("2021/22"), 15.0, Kind::Other)));
}
