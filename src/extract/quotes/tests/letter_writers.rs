//! A piece written as a letter and signed at its foot ("Best wishes, / Dr Jo Bloggs /
//! Director, …"): a quote its writer introduces in the first person is the signer's.

use super::*;

#[test]
fn a_first_person_quote_in_a_signed_letter_is_the_signers() {
    let q = quotes_of(&[
        "Thank you all for a wonderful year at the food bank.",
        "As I told the Evening Post last month: \"Demand has doubled. We cannot keep up without you.\"",
        "Best wishes,",
        "Dr Priya Okafor",
        "Chair, Eastfield Food Bank",
    ]);
    let got: Vec<_> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(got, vec![("Priya Okafor", Some("Chair"), Some("Eastfield Food Bank"))]);
}

#[test]
fn a_first_person_quote_with_no_signer_has_no_speaker() {
    let q = said(&[
        "Thank you all for a wonderful year at the food bank.",
        "As I told the Evening Post last month: \"Demand has doubled.\"",
    ]);
    assert_eq!(q, pairs(NONE));
}
