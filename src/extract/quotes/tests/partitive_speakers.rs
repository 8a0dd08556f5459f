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
