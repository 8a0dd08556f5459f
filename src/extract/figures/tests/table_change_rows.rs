//! A table row whose label says what its values are: changes in per cent, shares, rates.

use super::*;

#[test]
fn a_row_labelled_as_a_change_in_per_cent_holds_changes_to_each_columns_year() {
    let lines = [
        "Burglaries recorded by Surrey Police",
        "| | 2027/28 | 2028/29 | 2029/30 |",
        "| Burglaries | 900 | 990 | 941 |",
        "| % change on previous year | n/a | +10.0 | -4.9 |",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Surrey Police"), some("2028/29"), 10.0, Kind::PercentChange)), "{found:?}");
    assert!(found.contains(&(some("Surrey Police"), some("2029/30"), -4.9, Kind::PercentChange)), "{found:?}");
    let lines = [
        "Vehicle crime, Gwent Police",
        "Measure | 2030/31 | 2031/32",
        "Thefts of vehicles | 410 | 455",
        "Annual change (per cent) | +3.1 | +11.0",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Gwent Police"), some("2031/32"), 11.0, Kind::PercentChange)), "{found:?}");
    assert!(found.contains(&(some("Gwent Police"), some("2030/31"), 3.1, Kind::PercentChange)), "{found:?}");
}

#[test]
fn a_row_labelled_as_a_share_holds_no_counts() {
    let lines = [
        "Frauds reported in Norfolk",
        "| | 2029/30 | 2030/31 |",
        "| All frauds | 2,400 | 2,610 |",
        "| Share online (%) | 41 | 47 |",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("Norfolk Constabulary"), some("2030/31"), 47.0, Kind::Other)), "{found:?}");
    assert!(!found.iter().any(|f| f.3 == Kind::Count && f.2 == 41.0), "{found:?}");
    let lines = [
        "Assaults in Suffolk",
        "Measure | 2028/29 | 2029/30",
        "Assaults | 3,100 | 3,320",
        "Proportion solved | 12 | 9",
    ];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 12.0 || f.2 == 9.0).all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_change_column_after_dates_in_an_earlier_tables_rows_keeps_its_columns_year() {
    let lines = [
        "Burglaries recorded by Essex Police",
        "| Ref | Task | Lead | By |",
        "|---|---|---|---|",
        "| 3.2 | Share the district breakdown | Analyst team | June 2033 |",
        "| Measure | 2030/31 | 2031/32 | Change |",
        "|---|---|---|---|",
        "| Burglaries | 1,200 | 1,380 | +15% |",
    ];
    assert_eq!(period_of(&lines, 15.0), some("2031/32"));
}

#[test]
fn a_change_column_after_an_action_lists_due_dates_keeps_its_columns_year() {
    let text = "Vehicle crime, Gwent Police\n\n\
                Item | Action | Owner | Due\n\
                4.1 | Report on patrol hours | Chief Inspector | March 2034\n\n\
                Measure | 2029/30 | 2030/31 | Change\n\
                Thefts of vehicles | 500 | 450 | -10%\n";
    let found = text_brief(text);
    assert!(found.contains(&(some("Gwent Police"), some("2030/31"), -10.0, Kind::PercentChange)), "{found:?}");
}
