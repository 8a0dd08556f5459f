//! Someone a sentence names by a lone known first name as its speaker ("Priya said the
//! club had known for years"), with or without a relative clause about them, is the one a later
//! "she said" means: stories introduce parents and victims so.

use super::*;

#[test]
fn a_quote_after_a_lone_first_name_reported_as_saying_something_is_theirs() {
    let q = said(&[
        "Deborah said the club had known about the coach for years.",
        "“They moved him to another team,” she said. “That was all they did.”",
    ]);
    assert_eq!(q, pairs(&[("Deborah", "They moved him to another team"), ("Deborah", "That was all they did.")]));
}

#[test]
fn a_quote_after_a_lone_first_name_with_a_long_relative_clause_who_said_something_is_theirs() {
    let q = said(&[
        "Aisha, whose brother lost his job at the quarry after a fall from a ladder that nobody on site had checked in weeks, said the firm had ignored every warning.",
        "'We wrote to them three times,' she said. 'Not one letter came back.'",
    ]);
    assert_eq!(q, pairs(&[("Aisha", "We wrote to them three times"), ("Aisha", "Not one letter came back.")]));
    let q = said(&[
        "Graham, who spent eleven years driving buses across the county before his grandson was groomed online, told us the school had done nothing.",
        "“We went to the head teacher twice,” he said. “The second time she would not see us.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Graham", "We went to the head teacher twice"), ("Graham", "The second time she would not see us.")])
    );
}

#[test]
fn a_known_first_name_with_only_an_age_opening_a_sentence_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Chloe, 16, was supported by a helpline after an older boy she met online threatened her. She said: \"Nobody got back to me for weeks.\"",
    ]);
    assert_eq!(q.iter().map(|(who, _)| who.as_str()).collect::<Vec<_>>(), ["Chloe"], "{q:?}");
    let q = said(&[
        "Figures show reports rose by a fifth in Kent.",
        "Owen, 15, was targeted on a gaming site last year.",
        "\"He told me he went to my school,\" he said.",
    ]);
    assert_eq!(q.iter().map(|(who, _)| who.as_str()).collect::<Vec<_>>(), ["Owen"], "{q:?}");
}
