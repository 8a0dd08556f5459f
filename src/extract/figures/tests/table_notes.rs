//! A note under a table: the bounds of values it leaves out, and the whole its shares make,
//! are no figures.

use super::*;

#[test]
fn the_bounds_of_values_a_note_says_are_left_out_are_no_figures() {
    for lines in [
        vec![
            "Burglaries recorded by Devon and Cornwall Police in 2030/31: 1,410.",
            "Values between 1 and 3 are suppressed so that no one can be identified.",
        ],
        vec!["Arson recorded by Lincolnshire Police in 2029/30: 212.", "* Under five crimes. Suppressed for privacy."],
        vec![
            "Thefts recorded by Norfolk Constabulary in 2031/32: 3,020.",
            "Rates are not shown for areas with fewer than 20 outcomes.",
        ],
    ] {
        assert_eq!(values(&lines).len(), 1, "{lines:?}: {:?}", brief(&lines));
    }
    // A count in a note that leaves nothing out stays.
    let lines = ["Note: fewer than 40 thefts were recorded by Norfolk Constabulary in 2031/32."];
    assert_eq!(values(&lines), [40.0]);
}

#[test]
fn the_whole_that_shares_sum_to_is_no_figure() {
    for line in [
        "Note: percentages may not sum to 100 owing to rounding.",
        "Shares of the Surrey Police total for 2029/30 do not add up to 100 per cent because of rounding.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}
