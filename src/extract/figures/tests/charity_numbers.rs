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
