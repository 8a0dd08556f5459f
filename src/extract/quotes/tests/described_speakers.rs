//! Someone unnamed a paragraph ends by telling of something ("A volunteer described the
//! queues.") is whom a "she said" opening the next paragraph means, when no one of that sex
//! was named before: the pronoun slips for the person just introduced.

use super::*;

#[test]
fn a_pronoun_after_an_unnamed_person_described_as_telling_of_something_is_theirs() {
    let q = said(&[
        "A volunteer at a Hastings food bank described the queues that form each Friday.",
        "'Some people walk four miles to get here,' she said. 'They come in the rain.'",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a volunteer at a Hastings food bank", "Some people walk four miles to get here"),
            ("a volunteer at a Hastings food bank", "They come in the rain.")
        ])
    );
}

#[test]
fn a_pronoun_after_an_unnamed_person_remembering_something_is_theirs() {
    let q = said(&[
        "Inspector Tom Reyes said the unit was stretched.",
        "A retired teacher from Bexhill remembered the night the water came through the door.",
        "“I grabbed the photographs first,” she said. “Everything else could go.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a retired teacher from Bexhill", "I grabbed the photographs first"),
            ("a retired teacher from Bexhill", "Everything else could go.")
        ])
    );
}

#[test]
fn a_young_person_described_is_a_speaker() {
    let q = said(&["One young person told the review: \"I stopped going to school and no one noticed.\""]);
    assert_eq!(q, pairs(&[("one young person", "I stopped going to school and no one noticed.")]));
    let q = said(&["\"The bus never came, so I walked,\" said a disabled person from Hove."]);
    assert_eq!(q, pairs(&[("a disabled person from Hove", "The bus never came, so I walked")]));
}

#[test]
fn an_unnamed_speaker_keeps_a_short_whose_clause_that_says_who_they_are() {
    let q = said(&[
        "The charity published its findings on Thursday.",
        "A grandmother whose grandson was exploited by a county lines gang said: “We had no idea.”",
    ]);
    assert_eq!(q, pairs(&[("a grandmother whose grandson was exploited by a county lines gang", "We had no idea.")]));
    let q = said(&[
        "The inquest heard evidence from several families.",
        "“Nobody listened to us,” said one father whose son died in custody.",
        "“We asked again and again,” he added.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("one father whose son died in custody", "Nobody listened to us"),
            ("one father whose son died in custody", "We asked again and again")
        ])
    );
}

#[test]
fn an_age_written_as_a_noun_heads_the_description_a_pronoun_means() {
    let q = said(&[
        "Gwen Hale, who runs the helpline, said: “Calls doubled.”",
        "A 14-year-old from Rhyl, who did not want to be named, showed us the messages. “I didn't know what to do,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Gwen Hale", "Calls doubled."), ("a 14-year-old from Rhyl", "I didn't know what to do")]));
}

#[test]
fn an_unnamed_young_person_described_by_age_alone_is_whom_she_means() {
    let q = said(&[
        "Calls to the helpline doubled last year.",
        "One 13-year-old in Penarth, whom we agreed not to name, showed us the first message. “It felt friendly at first,” she said.",
    ]);
    assert_eq!(q, pairs(&[("one 13-year-old in Penarth", "It felt friendly at first")]));
}

#[test]
fn an_unnamed_group_described_by_its_cause_is_the_speaker_of_its_claim() {
    let q =
        said(&["The claim: “Bus fares have doubled in two years,” a passenger action group said online this week."]);
    assert_eq!(q, pairs(&[("a passenger action group", "Bus fares have doubled in two years")]));
    let q = said(&["“The pool should never have shut,” said a residents' group in Ashford."]);
    assert_eq!(q, pairs(&[("a residents' group in Ashford", "The pool should never have shut")]));
}

#[test]
fn a_grandparent_by_a_familiar_word_heads_a_described_speaker() {
    let q = said(&[
        "Plans for a new crossing on Quarry Road were approved on Tuesday.",
        "A grandad from Selby, who drops his twin grandsons at the gates, said: “It has taken far too long.”",
        "One granny told the meeting: “We have been asking since 2019.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a grandad from Selby", "It has taken far too long."),
            ("one granny", "We have been asking since 2019.")
        ])
    );
}

#[test]
fn a_tradesperson_heads_a_described_speaker() {
    let q = said(&[
        "Residents of Hollin Street have had no water since Sunday.",
        "A postman who covers the street said: “Half the houses have notes on the door.”",
        "A plumber from Ossett said: “The main has simply given up.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a postman who covers the street", "Half the houses have notes on the door."),
            ("a plumber from Ossett", "The main has simply given up.")
        ])
    );
}

#[test]
fn a_pronoun_after_an_unnamed_person_said_to_be_quoted_in_a_report_is_theirs() {
    let q = said(&[
        "Owen Pritchard, the helpline's manager, said: “Calls have never been higher.”",
        "A nine-year-old boy who rang the helpline is quoted in the annual review. “I hid under my bed,” he said. “Nobody came.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Owen Pritchard", "Calls have never been higher."),
            ("a nine-year-old boy who rang the helpline", "I hid under my bed"),
            ("a nine-year-old boy who rang the helpline", "Nobody came.")
        ])
    );
}

#[test]
fn a_pronoun_after_an_unnamed_parent_quoted_in_a_review_is_theirs_not_the_woman_named_before() {
    let q = said(&[
        "Councillor Ffion Rees said the review would be published in full.",
        "One mother from Barry was quoted in the review. “We waited eleven months for a call back,” she said.",
    ]);
    assert_eq!(q, pairs(&[("one mother from Barry", "We waited eleven months for a call back")]));
}

#[test]
fn someone_described_who_came_to_see_the_writer_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Inspector Ann Lowe said: “Every report is read the same day.”",
        "A pensioner from Blyth, who walks her dog on the dunes each morning, came to see me last Friday. She said:",
        "“The bins have not been emptied since March. Nobody answers the phone.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ann Lowe", "Every report is read the same day."),
            ("a pensioner from Blyth", "The bins have not been emptied since March. Nobody answers the phone.")
        ])
    );
    let q = said(&[
        "Sergeant Dai Morgan said: “We patrol the lane twice a night.”",
        "One shopkeeper on the high street contacted my office in the spring. “I have been broken into four times,” he told me.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Dai Morgan", "We patrol the lane twice a night."),
            ("one shopkeeper on the high street", "I have been broken into four times")
        ])
    );
}

#[test]
fn someone_described_a_named_outlet_spoke_to_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "A Kent Police spokesperson said: “Every report is assessed by a detective.”",
        "Radio Medway also spoke to a 13-year-old boy from Deal who had been messaged by an adult.",
        "“He knew which school I went to,” he said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Kent Police spokesperson", "Every report is assessed by a detective."),
            ("a 13-year-old boy from Deal who had been messaged by an adult", "He knew which school I went to")
        ])
    );
    let q = said(&[
        "Councillor Ann Lowe said the crossing would be built next year.",
        "The Gazette interviewed one father who walks his children past the junction. “Cars come round that bend far too fast,” he said.",
    ]);
    assert_eq!(
        q,
        pairs(&[("one father who walks his children past the junction", "Cars come round that bend far too fast")])
    );
}

#[test]
fn a_first_name_after_an_outlets_listener_or_reader_is_the_speaker() {
    let q = quotes_of(&["Chronicle reader Nadia said: “The lights on the bypass have been out for weeks.”"]);
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].role.as_deref()), ("Nadia", Some("Chronicle reader")));
    let q = said(&["Sunrise listener Owen, 66, said: “I still pay by cheque.”"]);
    assert_eq!(q, pairs(&[("Owen", "I still pay by cheque.")]));
    let q = said(&["A viewer from Frome told us: “The road was shut again today.”"]);
    assert_eq!(q, pairs(&[("a viewer from Frome", "The road was shut again today.")]));
}
