//! Numbers in the markup and addresses of a page dumped as text: a format's version
//! attribute, a web address's path or query.

use super::*;

#[test]
fn a_version_attribute_of_markup_is_no_figure() {
    let lines = ["<?xml version=\"1.1\" standalone=\"yes\"?>", "Dorset Police recorded 377 offences in 2022/23."];
    assert!(!brief(&lines).iter().any(|f| f.2 < 2.0), "{:?}", brief(&lines));
    let lines = ["<feed version='3.0'>", "Wiltshire Police recorded 290 offences in 2022/23."];
    assert!(!brief(&lines).iter().any(|f| f.2 == 3.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_inside_a_web_address_is_no_figure() {
    let lines = [
        "Kent Police recorded 812 offences in 2022/23.",
        "<guid>https://example-news.test/kent/crime-figures-2291?page=4</guid>",
    ];
    assert!(!brief(&lines).iter().any(|f| f.2 == 4.0), "{:?}", brief(&lines));
    let lines = ["Essex Police recorded 650 offences in 2022/23.", "Full tables: www.example-stats.test/tables?year=3"];
    assert!(!brief(&lines).iter().any(|f| f.2 == 3.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_straight_after_a_hash_numbers_an_issue_not_a_count() {
    let lines = ["Subject: Crime Weekly #318: Kent and Essex", "Kent Police recorded 812 offences in 2022/23."];
    assert!(!brief(&lines).iter().any(|f| f.2 == 318.0), "{:?}", brief(&lines));
    let lines = ["Essex Police, ranked #4 for response times, recorded 650 offences in 2022/23."];
    assert!(!brief(&lines).iter().any(|f| f.2 == 4.0), "{:?}", brief(&lines));
}
