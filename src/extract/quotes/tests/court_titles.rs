//! A prosecutor is titled by the word for their part in court, as a barrister or solicitor
//! is: "prosecutor Jo Bloggs told the court" names Jo Bloggs, whose role it is.

use super::*;

#[test]
fn a_prosecutor_titled_before_the_name_is_the_named_speaker() {
    let q = quotes_of(&[
        "A Leeds man was jailed for grooming a girl he met online.",
        "\"He was caught at the station where he told her to wait, carrying a bag of sweets,\" prosecutor Alan Marsh-Tiller told the court.",
    ]);
    let who: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(who, [("Alan Marsh-Tiller", Some("prosecutor"))]);
    let q = quotes_of(&[
        "A Wrexham woman admitted sending explicit messages to a boy.",
        "\"She knew from the outset that he was fourteen,\" said prosecutor Nia Okafor.",
    ]);
    let who: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(who, ["Nia Okafor"]);
}
