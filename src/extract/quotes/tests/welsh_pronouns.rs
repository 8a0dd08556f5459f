//! Welsh "meddai hi" ("she said") and "meddai ef" / "meddai e" ("he said") after a quote:
//! the pronoun means the person last named of that sex, as "she said" does.

use super::*;

#[test]
fn meddai_hi_after_a_quote_is_the_woman_last_named() {
    let q = said(&[
        "Dywedodd Elin Rowlands, rheolwr y ganolfan: \"Mae'r plant yn dod bob wythnos.\"",
        "\"Mae'n bwysig iawn i'r pentref,\" meddai hi.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Elin Rowlands", "Mae'r plant yn dod bob wythnos."),
            ("Elin Rowlands", "Mae'n bwysig iawn i'r pentref")
        ])
    );
}

#[test]
fn meddai_ef_and_meddai_e_after_a_quote_are_the_man_last_named() {
    let q = said(&[
        "Gareth Pugh has run the food bank in Bala since 2019.",
        "\"Rydym wedi gweld cynnydd mawr,\" meddai ef.",
        "\"Does dim digon o arian,\" meddai e.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Gareth Pugh", "Rydym wedi gweld cynnydd mawr"), ("Gareth Pugh", "Does dim digon o arian")])
    );
    // "hi" does not mean a man.
    let q = said(&["Gareth Pugh has run the food bank in Bala since 2019.", "\"Mae'n anodd,\" meddai hi."]);
    assert_eq!(q, pairs(&[]));
}
