//! A term with its abbreviation in brackets ("child sexual exploitation (CSE) flag") names
//! what it names without one.

use super::*;

#[test]
fn an_abbreviation_in_brackets_leaves_a_measures_words_as_they_are() {
    let lines = [
        "Suffolk Constabulary, child sexual offences",
        "| Measure | 2030/31 |",
        "| Crimes with a child sexual exploitation (CSE) flag | 140 |",
    ];
    assert_eq!(measures(&lines), [(140.0, Measure::Other)]);
    let lines = [
        "Kent Police, sexual offences against children",
        "Type | 2029/30",
        "Child criminal exploitation (CCE) offences | 61",
    ];
    assert_eq!(measures(&lines), [(61.0, Measure::Other)]);
}
