//! "I put that to Jo Bloggs, a lecturer at …": someone the writer puts a question, the
//! figures or a claim to is whom a later "she told me" means.

use super::*;

#[test]
fn a_person_the_writer_puts_a_question_to_is_the_pronouns_speaker() {
    let q = said(&[
        "Why the rise? I put that to Nadia Forsythe, a senior researcher at the Wexley Trust.",
        "“It is mostly about who is looking,” she told me. “More officers find more.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Nadia Forsythe", "It is mostly about who is looking"),
            ("Nadia Forsythe", "More officers find more.")
        ])
    );
    let q = quotes_of(&[
        "We took the figures to Daniel Okoro, chair of the Brackley safeguarding board.",
        "“These numbers should worry everyone,” he said.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Daniel Okoro", "{q:?}");
    assert!(q[0].role.as_deref().is_some_and(|r| r.starts_with("chair")), "{q:?}");
    // The body after "of" is theirs too.
    let q = quotes_of(&[
        "I put the complaint to Professor Alan Reid of Harwell University.",
        "“That is not what the study found,” he said.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].speaker.as_str(), q[0].organisation.as_deref()), ("Alan Reid", Some("Harwell University")));
}

#[test]
fn a_person_the_writer_asks_is_the_pronouns_speaker() {
    let q = said(&[
        "I asked Daniel Okoro, who chairs the board, what had changed since the spring.",
        "“Mostly the staffing,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Daniel Okoro", "Mostly the staffing")]));
    // The writer asking a body names no person to speak.
    let q = said(&["We asked Brackley Council what had changed.", "“Mostly the staffing,” he said."]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_person_the_writer_puts_a_question_to_in_an_opening_clause_is_the_pronouns_speaker() {
    let q = said(&[
        "Figures rose again.",
        "When I put this to Nadia Forsythe, a researcher at the Wexley Trust, she said: “It is mostly about who is looking.”",
    ]);
    assert_eq!(q, pairs(&[("Nadia Forsythe", "It is mostly about who is looking.")]));
    let q = said(&[
        "Figures rose again.",
        "After we showed the letter to Daniel Okoro, chair of the Brackley safeguarding board, he told us: “This should never have been sent.”",
    ]);
    assert_eq!(q, pairs(&[("Daniel Okoro", "This should never have been sent.")]));
}

#[test]
fn a_described_person_the_writer_spoke_to_unnamed_is_the_pronouns_speaker() {
    let q = said(&[
        "Staff at the unit say the rota has not been filled since March.",
        "I spoke to a nurse on one of the night shifts, who asked not to be named. \"We are running on empty,\" she told me. \"Every week.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a nurse on one of the night shifts", "We are running on empty"),
            ("a nurse on one of the night shifts", "Every week."),
        ])
    );
}

#[test]
fn a_described_person_the_writer_met_is_the_pronouns_speaker_in_the_next_paragraph() {
    let q = said(&[
        "The village school closed in the summer.",
        "We met a retired teacher in the village, who did not want to be named.",
        "\"It was the heart of the place,\" he told us.",
    ]);
    assert_eq!(q, pairs(&[("a retired teacher in the village", "It was the heart of the place")]));
}
