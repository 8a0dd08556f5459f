//! Numbers a charity or company is registered under, however the register line is punctuated.

use super::*;

#[test]
fn a_charity_number_after_a_comma_is_no_figure() {
    let lines = [
        "Cornwall Police recorded 310 offences in 2022/23.",
        "Safe Harbour Trust is a registered charity, number 1187654.",
    ];
    assert!(!has_value(&lines, 1_187_654.0), "{:?}", brief(&lines));
    let lines = [
        "Devon Police recorded 512 offences in 2022/23.",
        "The Beacon Project is a registered charity, numbers 1098765 and SC045678.",
    ];
    assert!(!has_value(&lines, 1_098_765.0), "{:?}", brief(&lines));
}

#[test]
fn a_company_number_after_a_comma_is_no_figure() {
    let lines =
        ["Kent Police recorded 905 offences in 2022/23.", "Northgate Media Ltd, a private company, no. 07765432."];
    assert!(!has_value(&lines, 7_765_432.0), "{:?}", brief(&lines));
}

fn has_value(lines: &[&str], value: f64) -> bool {
    brief(lines).iter().any(|f| f.2.abs() == value)
}

#[test]
fn a_number_after_the_body_a_charity_is_registered_with_is_no_figure() {
    let lines = [
        "Kent Police recorded 640 offences in 2022/23.",
        "The Harbour Project is registered with the Charity Regulator, RCN 204877.",
    ];
    assert!(!has_value(&lines, 204_877.0), "{:?}", brief(&lines));
    let lines = [
        "Essex Police recorded 388 offences in 2022/23.",
        "Oakfield Youth is registered with the Charity Commission under number 1109876.",
    ];
    assert!(!has_value(&lines, 1_109_876.0), "{:?}", brief(&lines));
    // A count of something after "registered" stays one.
    let lines = ["Kent Police said 2022/23 offences were registered by officers as 14210 crimes."];
    assert!(has_value(&lines, 14_210.0), "{:?}", brief(&lines));
}
