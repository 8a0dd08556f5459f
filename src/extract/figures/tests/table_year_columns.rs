//! The years a table's header gives its columns: a first column that is a year's, a year
//! ending in March written as statisticians shorten it, and a change measured from one.

use super::*;

#[test]
fn a_header_of_years_alone_gives_its_first_column_a_year_too() {
    let lines =
        ["Thefts recorded by Kent Police, 2027/28 to 2029/30", "2027/28 | 2028/29 | 2029/30", "1,020 | 1,100 | 1,240"];
    assert_eq!(period_of(&lines, 1020.0), some("2027/28"));
    assert_eq!(period_of(&lines, 1240.0), some("2029/30"));
    let lines = ["Robberies in Essex", "| 2030-31 | 2031-32 |", "|---|---|", "| 415 | 388 |"];
    assert_eq!(period_of(&lines, 415.0), some("2030/31"));
    assert_eq!(period_of(&lines, 388.0), some("2031/32"));
}

#[test]
fn a_year_ending_march_shortened_in_a_header_is_the_financial_year_it_closes() {
    let lines =
        ["Burglaries in Dorset", "| Type | YE Mar 2029 | YE Mar 2030 |", "|---|---|---|", "| Homes | 812 | 790 |"];
    assert_eq!(period_of(&lines, 812.0), some("2028/29"));
    assert_eq!(period_of(&lines, 790.0), some("2029/30"));
    // A change measured from such a year is a change, to the year the text is about.
    let lines = [
        "Police recorded 64,000 shoplifting offences in the year ending March 2031.",
        "Region | Offences | % change on YE Mar 2030",
        "North East | 5,120 | +6",
        "London | 19,800 | -3",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("North East"), some("2030/31"), 6.0, Kind::PercentChange)), "{found:?}");
    assert!(found.contains(&(some("London"), some("2030/31"), -3.0, Kind::PercentChange)), "{found:?}");
    assert!(found.contains(&(some("London"), some("2030/31"), 19800.0, Kind::Count)), "{found:?}");
}
