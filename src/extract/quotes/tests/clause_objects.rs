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

#[test]
fn a_person_the_opening_clause_names_as_its_subject_keeps_the_pronoun_from_its_object() {
    let q = said(&[
        "When the boy handed the photographs to a youth worker, he was told to go to the police.",
        "“I was scared nobody would believe me,” he said.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "a youth worker"), "{q:?}");
}

#[test]
fn a_named_subject_of_the_opening_clause_keeps_the_pronoun_from_its_object() {
    let q = said(&[
        "After Priya Lal showed the letter to a housing officer, she was told to wait a month.",
        "“Nobody could tell me where we would sleep,” she said.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "a housing officer"), "{q:?}");
}

#[test]
fn a_person_the_opening_clause_puts_something_to_with_no_person_acting_is_the_pronouns_speaker() {
    let q = said(&[
        "When the complaint was put to the head teacher, she was apologetic.",
        "“We got this wrong,” she said.",
    ]);
    assert_eq!(q, pairs(&[("the head teacher", "We got this wrong")]));
}
