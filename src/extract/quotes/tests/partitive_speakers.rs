//! "One of the girls said", "one of his former pupils told the court": one person picked out
//! of a group of people is an unnamed speaker, described by the group.

use super::*;

#[test]
fn one_of_a_group_of_people_is_an_unnamed_speaker() {
    let q = said(&[
        "A swimming coach from Hull was jailed for grooming two boys.",
        "In a statement read by the prosecutor, one of the boys said: \"I stopped going to training. I stopped going out.\"",
    ]);
    assert_eq!(q, pairs(&[("one of the boys", "I stopped going to training. I stopped going out.")]));
    let q = said(&[
        "A music teacher from Truro admitted sending explicit messages to pupils.",
        "\"We were all scared of what he would say next,\" one of his former pupils told the court.",
    ]);
    assert_eq!(q, pairs(&[("one of his former pupils", "We were all scared of what he would say next")]));
}

#[test]
fn one_of_a_group_of_things_is_no_speaker() {
    let q = said(&["\"It was a wake-up call,\" one of the reports said."]);
    assert_eq!(q, pairs(&[]));
}

#[test]
fn one_of_a_group_with_an_aside_after_it_is_whom_a_later_pronoun_means() {
    // Not the prosecutor named before: the one of the women the statement was from.
    let q = said(&[
        "Prosecuting, Adam Frears said the man had followed both women from the bus stop.",
        "In a victim impact statement, one of the women, a nurse, said she now took taxis everywhere. \"I check the back seat every time,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("one of the women", "I check the back seat every time")]));
    let q = said(&[
        "Prosecuting, Adam Frears said the man had followed both women from the bus stop.",
        "One of the women, a 23-year-old student, said she had stopped going out at night.",
        "\"I look at every man who sits near me,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("one of the women", "I look at every man who sits near me")]));
}
