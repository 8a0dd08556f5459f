//! A name the story gives someone in quote marks ("“Megan” (not her real name) says …",
//! "'Chloe', now 16, was …") is a name, not a quote: that person is the one a later "she
//! says" means.

use super::*;

#[test]
fn a_pseudonym_in_double_quote_marks_opening_a_sentence_names_the_speaker() {
    let q = said(&[
        "“Megan” (not her real name) says her son changed within weeks.",
        "“I assumed it was his cousins,” she says. “He had always played online.”",
    ]);
    assert_eq!(q, pairs(&[("Megan", "I assumed it was his cousins"), ("Megan", "He had always played online.")]));
}

#[test]
fn a_pseudonym_in_single_quote_marks_opening_a_sentence_names_the_speaker() {
    let q = said(&[
        "Inspector Jo Bloggs said: 'We need parents to keep talking to their children.'",
        "'Chloe' (not her real name), now 16, from Rhyl, was targeted when she was 12. 'I thought he really cared about me,' she says. 'I know better now.'",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jo Bloggs", "We need parents to keep talking to their children."),
            ("Chloe", "I thought he really cared about me"),
            ("Chloe", "I know better now.")
        ])
    );
}

#[test]
fn a_pseudonym_in_quote_marks_as_the_subject_of_an_opening_clause_names_the_speaker() {
    let q = said(&[
        "Inspector Jo Bloggs said: “We need parents to keep talking to their children.”",
        "When “Megan” first saw her 11-year-old son gaming after midnight, she thought little of it.",
        "“I assumed it was his cousins,” she says.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jo Bloggs", "We need parents to keep talking to their children."),
            ("Megan", "I assumed it was his cousins")
        ])
    );
    // A name someone went by online is no one the story hears from.
    let q = said(&[
        "Inspector Jo Bloggs said the man had posed as a boy called “Jake” for months.",
        "“He was patient and he was careful,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Jo Bloggs", "He was patient and he was careful")]));
}
