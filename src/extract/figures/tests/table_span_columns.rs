//! A table column of a span that is no financial year: a rolling year to a month, a quarter.

use super::*;

#[test]
fn a_column_of_a_rolling_year_or_a_quarter_is_for_no_financial_year() {
    let lines = [
        "Performance report, quarter 3 of 2030/31",
        "Measure | 12m to Dec 30 | 12m to Dec 29 | +/- | +/- %",
        "Burglaries, Devon and Cornwall Police | 3,410 | 3,200 | +210 | +6.6%",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Devon and Cornwall Police"), None, 3410.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(some("Devon and Cornwall Police"), None, 3200.0, Kind::Count)), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 210.0 && f.3 == Kind::Other), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 6.6 && f.3 == Kind::PercentChange), "{found:?}");
    // The header's own labels are no figures.
    assert!(!found.iter().any(|f| [12.0, 30.0, 29.0].contains(&f.2)), "{found:?}");
    let lines = [
        "Vehicle crime in Hertfordshire",
        "| Offence | Q1 2031/32 | Q1 2030/31 |",
        "|---|---|---|",
        "| Thefts from vehicles | 512 | 488 |",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Hertfordshire Constabulary"), None, 512.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(some("Hertfordshire Constabulary"), None, 488.0, Kind::Count)), "{found:?}");
}
