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

#[test]
fn a_judge_named_by_a_peers_title_as_passing_sentence_is_whom_the_judge_means() {
    let q = said(&[
        "A Dundee man was jailed for eight years at the High Court in Edinburgh.",
        "Lady Carmody imposed an extended sentence of ten years on the 44-year-old.",
        "The judge told him: \"You betrayed every family who trusted you.\"",
    ]);
    assert_eq!(q.iter().map(|(who, _)| who.as_str()).collect::<Vec<_>>(), ["Lady Carmody"], "{q:?}");
    let q = said(&[
        "A former coach was jailed at Leeds Crown Court on Friday.",
        "Mr Justice Hale sentenced him to six years.",
        "Defence counsel Amy Ross said he was of previous good character.",
        "The judge said: \"The harm you caused will last for decades.\"",
    ]);
    assert_eq!(q.iter().map(|(who, _)| who.as_str()).collect::<Vec<_>>(), ["Mr Justice Hale"], "{q:?}");
    // A peer who only speaks, in no court, is no judge the words mean.
    let q = said(&[
        "Lord Hanley said the scheme would be reviewed.",
        "The judge said: \"The harm you caused will last for decades.\"",
    ]);
    assert!(q.iter().all(|(who, _)| !who.contains("Hanley")), "{q:?}");
}

#[test]
fn a_judge_speaking_under_a_justice_style_keeps_the_style() {
    let q = said(&[
        "Three appeal judges heard the case in London.",
        "Giving judgment, Lady Justice Marr said: “The conviction is unsafe.”",
        "“The jury was misdirected,” Lady Justice Marr added.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Lady Justice Marr", "The conviction is unsafe."), ("Lady Justice Marr", "The jury was misdirected")])
    );
    let q = said(&[
        "The trial at the Old Bailey ended on Friday.",
        "“You showed no remorse at all,” said Mr Justice Pell as he passed sentence.",
    ]);
    assert_eq!(q, pairs(&[("Mr Justice Pell", "You showed no remorse at all")]));
}
