//! "When I put the figures to the superintendent for our district, she was blunt.": someone
//! a sentence's opening clause names, whom the pronoun after it takes up as the subject, is
//! whom a later "she told the meeting" means.

use super::*;

#[test]
fn a_person_the_opening_clause_puts_something_to_is_the_pronouns_speaker() {
    let q = said(&[
        "Last week I sat in on the county's scrutiny panel.",
        "When I put these numbers to the superintendent in charge of our district, she was blunt. “We see boys as young as nine being approached through chat apps,” she told the meeting. “Parents assume it is strangers in the park.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "the superintendent in charge of our district",
                "We see boys as young as nine being approached through chat apps"
            ),
            ("the superintendent in charge of our district", "Parents assume it is strangers in the park.")
        ])
    );
}

#[test]
fn a_person_the_opening_clause_shows_something_to_is_the_pronouns_speaker() {
    let q = said(&[
        "After we showed the letter to a senior nurse at the hospital, he shook his head.",
        "“This should never have been sent,” he said.",
    ]);
    assert_eq!(q, pairs(&[("a senior nurse at the hospital", "This should never have been sent")]));
}
