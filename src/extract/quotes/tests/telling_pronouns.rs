//! A quote filling the rest of a paragraph after a sentence in which "she" or "he" tells or
//! describes something is the words of the one the pronoun means.

use super::*;

#[test]
fn a_quote_after_she_adds_that_in_its_paragraph_is_hers() {
    let q = said(&[
        "\"Waiting lists are the real scandal,\" says Dr Amara Collins, a GP in Hull.",
        "She adds that funding has not kept pace with demand. \"We see children who have waited a year. That should shock everyone.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Amara Collins", "Waiting lists are the real scandal"),
            ("Amara Collins", "We see children who have waited a year. That should shock everyone."),
        ])
    );
}

#[test]
fn a_quote_left_open_after_he_describes_runs_on_as_his() {
    let q = said(&[
        "\"It never stops,\" says PC Rhys Morgan, who patrols the estate.",
        "He describes the job as mostly listening. \"People want to be heard first. Then they talk.",
        "\"Most of what we solve starts with a chat at the door.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Rhys Morgan", "It never stops"),
            (
                "Rhys Morgan",
                "People want to be heard first. Then they talk. Most of what we solve starts with a chat at the door."
            ),
        ])
    );
}

#[test]
fn a_quote_after_a_pronoun_acted_on_is_no_ones() {
    let q = said(&[
        "\"It never stops,\" says PC Rhys Morgan, who patrols the estate.",
        "He was moved to another team in May. \"A terrible decision for the town.\"",
    ]);
    assert_eq!(q, pairs(&[("Rhys Morgan", "It never stops")]));
}
