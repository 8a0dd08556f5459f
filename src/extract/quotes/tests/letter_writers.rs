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

#[test]
fn a_letter_the_writer_shares_after_a_colon_is_the_letters_writer() {
    let q = said(&[
        "The headteacher, Ann Lowe, wrote back to me within the week. I am able to print part of her letter:",
        "“We have added a lesson on online safety to every year group. Parents are welcome to sit in.",
        "“We will review it with governors in the summer.”",
        "I am grateful to her.",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Ann Lowe",
            "We have added a lesson on online safety to every year group. Parents are welcome to sit in. We will review it with governors in the summer."
        )])
    );
    let q = said(&[
        "I raised the closures with the trust's chief executive, Tom Reyes, in September. Here is an extract from his reply:",
        "“No ward will close this winter. We are recruiting forty nurses.”",
    ]);
    assert_eq!(q, pairs(&[("Tom Reyes", "No ward will close this winter. We are recruiting forty nurses.")]));
}
