//! "Mr T. Okafor", "R. J. Pennick": a person named by initials and surname, as minutes and
//! notices name them, is named so in the attribution and later by a pronoun.

use super::*;

#[test]
fn an_initial_after_an_honorific_opens_the_name() {
    let q = said(&["Mr T. Okafor said: “The footpath floods every winter.”"]);
    assert_eq!(q, pairs(&[("T. Okafor", "The footpath floods every winter.")]));
}

#[test]
fn initials_without_an_honorific_name_a_person() {
    let q = said(&["R. J. Pennick told the committee: “We were promised a crossing in 2015.”"]);
    assert_eq!(q, pairs(&[("R. J. Pennick", "We were promised a crossing in 2015.")]));
}

#[test]
fn an_initial_without_its_full_stop_after_an_honorific_opens_the_name() {
    let q = said(&["Mrs D Larkin said: “The bins are collected far too early.”"]);
    assert_eq!(q, pairs(&[("D Larkin", "The bins are collected far too early.")]));
}

#[test]
fn a_pronoun_means_the_person_named_by_initials_before() {
    let q =
        said(&["A resident, Mrs P. Quayle, spoke during the open session. She said: “The hedges hide the junction.”"]);
    assert_eq!(q, pairs(&[("P. Quayle", "The hedges hide the junction.")]));
}

#[test]
fn a_capital_alone_before_a_name_without_an_honorific_is_no_initial() {
    // "A" is the article here: no person named "A Baker".
    let q = said(&["A Baker Street trader said: “Footfall is down again.”"]);
    assert_eq!(q.len(), 1);
    assert_ne!(q[0].0, "A Baker");
}
