//! "the mother-of-three from Bangor", "the father of two": a definite description that no
//! earlier description or office explains means the person the story introduced by a lone
//! first name, of the same sex, within a pronoun's reach.

use super::*;

#[test]
fn a_definite_description_after_a_pseudonym_means_that_person() {
    let q = said(&[
        "“Megan” (not her real name) says her son changed within weeks.",
        "“I assumed it was his cousins,” says the mother-of-three from Bangor, who asked us not to print her real name. “He had always played online.”",
    ]);
    assert_eq!(q, pairs(&[("Megan", "I assumed it was his cousins"), ("Megan", "He had always played online.")]));
}

#[test]
fn a_definite_description_after_a_lone_first_name_means_that_person() {
    let q = said(&[
        "Tomasz, 52, runs a garage on the edge of Swindon.",
        "“They took every tool I own,” says the father of two. “Twenty years of work.”",
    ]);
    assert_eq!(q, pairs(&[("Tomasz", "They took every tool I own"), ("Tomasz", "Twenty years of work.")]));
}
