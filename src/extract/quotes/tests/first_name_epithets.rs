//! "the grandmother-of-five from Leek", "the father of two": a definite description that no
//! earlier description or office explains means the person the story introduced by a lone
//! first name, of the same sex, within a pronoun's reach.

use super::*;

#[test]
fn a_definite_description_after_a_pseudonym_means_that_person() {
    let q = said(&[
        "“Zara” (not her real name) remembers the night the first message arrived.",
        "“It came from an account I'd never seen,” says the grandmother-of-five from Leek, who spoke on condition we left out her surname. “I almost deleted it.”",
    ]);
    assert_eq!(q, pairs(&[("Zara", "It came from an account I'd never seen"), ("Zara", "I almost deleted it.")]));
}

#[test]
fn a_definite_description_after_a_lone_first_name_means_that_person() {
    let q = said(&[
        "Tomasz, 52, runs a garage on the edge of Swindon.",
        "“They took every tool I own,” says the father of two. “Twenty years of work.”",
    ]);
    assert_eq!(q, pairs(&[("Tomasz", "They took every tool I own"), ("Tomasz", "Twenty years of work.")]));
}
