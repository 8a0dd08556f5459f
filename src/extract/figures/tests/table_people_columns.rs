//! A table column counting people who are not offences (officers, staff), and a rate in per
//! cent (a share).

use super::*;

#[test]
fn a_column_of_officers_or_staff_counts_no_offences() {
    let lines = [
        "Burglaries and the teams that work them, 2030/31",
        "| Force | Burglaries | Detectives |",
        "|---|---|---|",
        "| Durham Constabulary | 1,480 | 22 |",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 1480.0 && f.3 == Kind::Count), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 22.0 && f.3 == Kind::Other), "{found:?}");
    let lines = ["Robbery in 2029/30", "Force | Robberies | Staff in post", "Cleveland Police | 640 | 31"];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 31.0 && f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_rate_in_per_cent_is_a_share_not_a_rate() {
    let lines = [
        "Thefts solved, 2030/31",
        "| Force | Thefts | Solved rate (%) |",
        "|---|---|---|",
        "| Lincolnshire Police | 2,210 | 7.4 |",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 7.4 && f.3 == Kind::Other), "{found:?}");
    let lines = ["Arrests in 2031/32", "Force | Offences | Charge rate %", "Norfolk Constabulary | 905 | 11.5"];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 11.5 && f.3 == Kind::Other), "{found:?}");
}

#[test]
fn episodes_of_going_missing_are_no_offences() {
    let lines = ["Runaways by force, 2030/31", "Force | Episodes | Per 1,000", "Avon and Somerset Police | 5,230 | 21"];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 5230.0 && f.3 == Kind::Other), "{found:?}");
    let lines = [
        "Children missing from home, 2030/31",
        "| Force | Episodes | Change |",
        "|---|---|---|",
        "| Dorset Police | 2,140 | +4% |",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 2140.0 && f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_change_in_a_row_counting_no_offences_measures_no_offences() {
    let lines = [
        "Children who go missing are at risk of child sexual abuse, police in Dorset warn.",
        "Runaways by force, 2030/31",
        "| Force | Episodes | Change |",
        "|---|---|---|",
        "| Dorset Police | 2,140 | +4% |",
    ];
    let got = measures(&lines);
    assert!(got.iter().any(|&(v, m)| v == 4.0 && m == Measure::Other), "{got:?}");
    let lines = [
        "Wiltshire Police recorded 310 sexual offences against children in 2030/31.",
        "Officers in post, 2030/31",
        "Force | Officers | Change",
        "Wiltshire Police | 1,020 | -3%",
    ];
    let got = measures(&lines);
    assert!(got.iter().any(|&(v, m)| v == -3.0 && m == Measure::Other), "{got:?}");
}
