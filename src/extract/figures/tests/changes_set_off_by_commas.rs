//! The amount of a change printed as an aside, set off by commas after the noun phrase the
//! change word opens ("The fall in X, about 9 per cent, …").

use super::*;

#[test]
fn a_percentage_set_off_after_a_long_phrase_opened_by_a_change_is_that_change() {
    let lines = [
        "Dorset Police recorded 640 thefts in 2021/22.",
        "\"The rise in thefts from vans parked overnight, about 30 per cent, worries us,\" said Inspector Ray Moss.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 30.0 && f.3 == Kind::PercentChange), "{found:?}");
    let line = "The decrease in burglaries of rural outbuildings and sheds, roughly 12%, came after patrols began.";
    let found = brief(&[line]);
    assert!(found.iter().any(|f| f.2 == -12.0 && f.3 == Kind::PercentChange), "{found:?}");
    // A share set off by commas after no change word stays a share.
    let line = "Offences in parks and open spaces across the county, about 30 per cent, happen at night.";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::PercentChange), "{:?}", brief(&[line]));
}
