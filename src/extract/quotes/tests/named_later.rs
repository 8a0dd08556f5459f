//! Speakers a quote gives only by a description ("one resident", "the council's waste
//! manager"), named by a later sentence that points back at that description.

use super::*;

#[test]
fn a_described_speaker_named_by_that_description_next_is_the_person_named() {
    let q = said(&[
        "\"The bins have not been emptied for three weeks,\" one resident told the Echo.",
        "That resident, Margaret Ellery, has lived on the street for forty years.",
    ]);
    assert_eq!(q, pairs(&[("Margaret Ellery", "The bins have not been emptied for three weeks")]));
    let q = said(&[
        "“We got the new rota wrong and we are sorry,” said the council's waste manager.",
        "The manager, Dominic Farrow, said collections would be back to normal by Friday.",
    ]);
    assert_eq!(q, pairs(&[("Dominic Farrow", "We got the new rota wrong and we are sorry")]));
}

#[test]
fn a_person_said_to_hold_the_post_just_quoted_is_its_speaker() {
    let q = said(&[
        "“Nobody told us the road would close,” said the parish council's chairman.",
        "Keith Amberley, who holds that post, added: “We found out from a sign on the verge.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Keith Amberley", "Nobody told us the road would close"),
            ("Keith Amberley", "We found out from a sign on the verge."),
        ])
    );
    let q = said(&[
        "\"The ward has been short of nurses all winter,\" said the hospital's chief nurse.",
        "Priya Natarajan, who took up the role in May, said recruitment was under way.",
    ]);
    assert_eq!(q, pairs(&[("Priya Natarajan", "The ward has been short of nurses all winter")]));
}

#[test]
fn a_later_name_for_another_description_leaves_the_speaker_described() {
    let q = said(&[
        "\"It was chaos from the moment the doors opened,\" said one shopper.",
        "The manager, Dominic Farrow, said the store would reopen on Monday.",
    ]);
    assert_eq!(q, pairs(&[("one shopper", "It was chaos from the moment the doors opened")]));
    // A named speaker is not renamed by a description that fits them.
    let q = said(&[
        "\"We got the new rota wrong,\" said Tom Reed, the council's waste manager.",
        "The manager, Dominic Farrow, said collections would be back to normal by Friday.",
    ]);
    assert_eq!(q, pairs(&[("Tom Reed", "We got the new rota wrong")]));
}
