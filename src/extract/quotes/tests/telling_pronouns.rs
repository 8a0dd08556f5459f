//! A quote filling the rest of a paragraph after a sentence in which "she" or "he" tells or
//! describes something is the words of the one the pronoun means.

use super::*;

#[test]
fn a_quote_after_she_adds_that_in_its_paragraph_is_hers() {
    let q = said(&[
        "\"Waiting lists are the real scandal,\" says Dr Amara Collins, a GP in Hull.",
        "She adds that funding has not kept pace with demand. \"We see children who have waited a year. That should shock everyone.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Amara Collins", "Waiting lists are the real scandal"),
            ("Amara Collins", "We see children who have waited a year. That should shock everyone."),
        ])
    );
}

#[test]
fn a_quote_left_open_after_he_describes_runs_on_as_his() {
    let q = said(&[
        "\"It never stops,\" says PC Rhys Morgan, who patrols the estate.",
        "He describes the job as mostly listening. \"People want to be heard first. Then they talk.",
        "\"Most of what we solve starts with a chat at the door.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Rhys Morgan", "It never stops"),
            (
                "Rhys Morgan",
                "People want to be heard first. Then they talk. Most of what we solve starts with a chat at the door."
            ),
        ])
    );
}

#[test]
fn a_quote_after_a_pronoun_acted_on_is_no_ones() {
    let q = said(&[
        "\"It never stops,\" says PC Rhys Morgan, who patrols the estate.",
        "He was moved to another team in May. \"A terrible decision for the town.\"",
    ]);
    assert_eq!(q, pairs(&[("Rhys Morgan", "It never stops")]));
}

#[test]
fn a_surname_alone_as_a_sentences_subject_makes_its_bearer_the_one_he_means() {
    let q = said(&[
        "\"We were overwhelmed,\" says Inspector Dale Hoskins of the rural crime team.",
        "A Humberside Police spokesperson said: \"Thefts are down this year.\"",
        "Jo, a farmer near Driffield, lost two quad bikes. A man she had hired had told him where they were kept.",
        "Back at the station, Hoskins is calmer now. He points to the trackers fitted since.",
        "\"The tracking kit works,\" he says. \"We get most of them back.\"",
    ]);
    assert_eq!(q.iter().filter(|(who, _)| who == "Dale Hoskins").count(), 3, "{q:?}");
    let q = said(&[
        "\"Nobody reads the small print,\" says Dr Hamid Qureshi, who studies online fraud.",
        "A Cambridgeshire Police spokesperson said: \"Report it straight away.\"",
        "A retired nurse in Ely paid £4,000 to a man on the phone. The man was never traced.",
        "In his office, Qureshi is unsurprised. He shows me a fake letter.",
        "\"They write like your bank,\" he says.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Hamid Qureshi"), "{q:?}");
}

#[test]
fn a_quote_after_a_described_person_reports_speech_in_its_paragraph_is_theirs() {
    let q = said(&[
        "Numbers at the club have doubled since the spring.",
        "One grandfather, who asked not to be named, said the club had given his grandson a reason to get up. 'He was in bed until noon. Now he is out by eight.'",
    ]);
    assert_eq!(q, pairs(&[("one grandfather", "He was in bed until noon. Now he is out by eight.")]));
}

#[test]
fn a_quote_after_a_named_person_explains_something_in_its_paragraph_is_theirs() {
    let q = said(&[
        "Numbers at the club have doubled since the spring.",
        "Coach Dana Whitlow explained that most of the new members had come through schools. \"Teachers send them to us. We keep them.\"",
    ]);
    assert_eq!(q, pairs(&[("Dana Whitlow", "Teachers send them to us. We keep them.")]));
}
