//! An "officer" of a union, a charity or a ship is no police officer: the body named for
//! them is theirs, and no force of the story is.

use super::*;

#[test]
fn an_officer_of_another_body_keeps_it_and_takes_no_force() {
    let q = quotes_of(&[
        "Cleveland Police recorded 40 offences.",
        "Durham Students’ Union welfare officer Priya Nair said: “This is a reminder for us all.”",
    ]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("welfare officer"), Some("Durham Students' Union"))
    );
    let q = quotes_of(&[
        "Kent Police recorded 40 offences.",
        "Anil Shah, a press officer for the campaign, said: “We expected worse.”",
    ]);
    assert_eq!(q[0].organisation, None, "{q:?}");
}
