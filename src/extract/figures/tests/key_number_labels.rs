//! "Key numbers" lists that print a value, a colon and what it counts ("41: forces that
//! replied").

use super::*;

#[test]
fn a_count_of_forces_printed_before_a_colon_is_no_figure() {
    let lines = ["Key figures", "- 2,310: offences recorded in 2022/23", "- 39: forces that replied to the request"];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 39.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 2310.0), "{found:?}");
}

#[test]
fn a_count_of_police_forces_after_a_colon_in_text_is_no_figure() {
    let lines =
        ["Kent Police recorded 1,020 offences in 2022/23. Forces asked: 41: police forces in England and Wales."];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 41.0), "{found:?}");
}
