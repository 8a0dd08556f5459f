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

#[test]
fn a_description_with_a_relative_clause_is_someone_new_not_the_pseudonym() {
    let q = said(&[
        "“Chloe” (not her real name) was 15 when the threats began.",
        "“Every bed we have is taken,” says the woman who manages the shelter.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "Chloe"), "{q:?}");
}

#[test]
fn a_description_by_a_role_word_or_a_place_of_work_is_someone_new_not_the_lone_first_name() {
    let q = said(&[
        "Declan, 40, runs a garage on the edge of Swindon.",
        "“We see men like him every week,” says the man at the jobcentre.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "Declan"), "{q:?}");
    let q = said(&[
        "Declan, 40, runs a garage on the edge of Swindon.",
        "“The queue starts at eight,” says the father with the longest wait.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "Declan"), "{q:?}");
    let q = said(&[
        "Declan, 40, runs a garage on the edge of Swindon.",
        "“The queue starts at eight,” says the volunteer.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "Declan"), "{q:?}");
}
