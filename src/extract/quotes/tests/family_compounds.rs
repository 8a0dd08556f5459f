//! "mother-of-two", "dad-of-three": a word for a person with how many children they have
//! joined on by hyphens heads an unnamed speaker's description as the plain word does.

use super::*;

#[test]
fn a_quote_from_a_hyphenated_father_of_some_is_his() {
    let q = said(&["“I never saw it coming,” says the father-of-four from Hull. “Not once.”"]);
    assert_eq!(
        q,
        pairs(&[
            ("the father-of-four from Hull", "I never saw it coming"),
            ("the father-of-four from Hull", "Not once.")
        ])
    );
}

#[test]
fn a_quote_after_a_hyphenated_grandmother_of_some_is_hers() {
    let q = said(&[
        "A grandmother-of-six from Truro said the phone calls began in March.",
        "“They knew my late husband's name,” she said.",
    ]);
    assert_eq!(q, pairs(&[("a grandmother-of-six from Truro", "They knew my late husband's name")]));
}
