//! "The boy's uncle found the chat logs …": a relative described by whose relative they are
//! (a word for a person, not a name), opening a sentence and doing something, is whom a
//! later "he" or "she" of their sex means, as a statement read to the court on their behalf
//! attributes it ("In a statement read to the court, he said: …").

use super::*;

#[test]
fn a_described_relative_acting_is_whom_a_statement_read_in_court_is_by() {
    let q = said(&[
        "Prosecutor Owen Pryce said: \"The defendant knew the boy was 12.\"",
        "The boy's father found the chat logs on a laptop and rang officers. In a statement read to the court, he said: \"He will not leave the house now.\"",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("the boy's father"), "{q:?}");
    let q = said(&[
        "Prosecuting, Delyth Morgan said the messages began in March.",
        "\"She was told many times how old the girl was,\" Ms Morgan said.",
        "The victim's grandmother raised the alarm. In a victim personal statement read by Ms Morgan, she said: \"She used to sing all the time.\"",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("the victim's grandmother"), "{q:?}");
}

#[test]
fn a_described_relative_only_suffered_or_named_inside_speech_is_not_whom_she_means() {
    // The relative only has something happen to them: the prosecutor named before speaks.
    let q = said(&[
        "Prosecutor Delyth Morgan outlined the case.",
        "The girl's mother was unaware of the messages.",
        "\"The defendant hid them well,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Delyth Morgan"), "{q:?}");
}
