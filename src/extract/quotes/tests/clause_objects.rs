//! "Once I raised the cost with the head of planning, he went quiet.": someone a
//! sentence's opening clause names, whom the pronoun after it takes up as the subject, is
//! whom a later "he told the meeting" means.

use super::*;

#[test]
fn a_person_the_opening_clause_puts_something_to_is_the_pronouns_speaker() {
    let q = said(&[
        "I went along to the bus users' forum on Monday.",
        "Once I raised the delays with the duty manager at the depot, she was candid. “Half our drivers left last year,” she told the meeting. “We cannot run a timetable without them.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("the duty manager at the depot", "Half our drivers left last year"),
            ("the duty manager at the depot", "We cannot run a timetable without them.")
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
