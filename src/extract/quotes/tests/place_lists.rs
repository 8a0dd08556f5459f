//! A list of places the commas of the speaker words cut apart ("for Devon, Cornwall and
//! the Isles of Scilly") is read as one list, not as titles of its own.

use super::*;

#[test]
fn a_commissioners_list_of_areas_is_one_area() {
    let q = quotes_of(&[
        "The Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, Joan Rowe, said: “We fund it.”",
    ]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("Police and Crime Commissioner"), Some("Devon, Cornwall and the Isles of Scilly"))
    );
}

#[test]
fn a_list_of_areas_in_a_clause_about_the_speaker_is_no_title() {
    let q = quotes_of(&[
        "Detective Superintendent Clare Ash, who heads the joint command for Bedfordshire, Cambridgeshire and Hertfordshire, said: “We are not embarrassed.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Detective Superintendent"), "{q:?}");
    let q = quotes_of(&[
        "Inspector Raj Dhar, whose team covers Norfolk, Suffolk and Essex, said: “Rural thefts are organised.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Inspector"), "{q:?}");
}
