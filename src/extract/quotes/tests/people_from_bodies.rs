//! "A youth worker from a Margate charity", "a nurse at a local charity": a person described
//! by the body they come from is that person, not the body.

use super::*;

#[test]
fn a_person_from_a_charity_who_asked_not_to_be_named_is_the_speaker() {
    let q = said(&[
        "A youth worker from a Margate charity, who asked not to be named because of her work with young carers, described the strain on families.",
        "“Some of these children have not had a night off in years,” she said.",
    ]);
    assert_eq!(
        q,
        pairs(&[("a youth worker from a Margate charity", "Some of these children have not had a night off in years")])
    );
}

#[test]
fn a_person_at_a_charity_reported_as_saying_something_is_the_speaker() {
    let q = said(&[
        "A nurse at a Crawley charity said the waiting lists had doubled.",
        "“We turn people away every single day,” she said.",
    ]);
    assert_eq!(q, pairs(&[("a nurse at a Crawley charity", "We turn people away every single day")]));
}
