//! A name the story gives someone in quote marks ("“Zara” (not her real name) remembers …",
//! "'Nadia' (a name we have given her) runs …") is a name, not a quote: that person is the
//! one a later "she says" means.

use super::*;

#[test]
fn a_pseudonym_in_double_quote_marks_opening_a_sentence_names_the_speaker() {
    let q = said(&[
        "“Zara” (not her real name) remembers the night the first message arrived.",
        "“It came from an account I'd never seen,” she says. “I almost deleted it.”",
    ]);
    assert_eq!(q, pairs(&[("Zara", "It came from an account I'd never seen"), ("Zara", "I almost deleted it.")]));
}

#[test]
fn a_pseudonym_in_single_quote_marks_opening_a_sentence_names_the_speaker() {
    let q = said(&[
        "Inspector Jo Bloggs said: 'Most of these calls come in after dark.'",
        "'Nadia' (a name we have given her) runs a café near the harbour in Whitby. 'The first call sounded just like my bank,' she says. 'I gave them everything.'",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jo Bloggs", "Most of these calls come in after dark."),
            ("Nadia", "The first call sounded just like my bank"),
            ("Nadia", "I gave them everything.")
        ])
    );
}

#[test]
fn a_pseudonym_in_quote_marks_as_the_subject_of_an_opening_clause_names_the_speaker() {
    let q = said(&[
        "Inspector Jo Bloggs said: “Most of these calls come in after dark.”",
        "After “Zara” moved to a new flat in Leeds, she stopped answering unknown numbers.",
        "“It came from an account I'd never seen,” she says.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jo Bloggs", "Most of these calls come in after dark."),
            ("Zara", "It came from an account I'd never seen")
        ])
    );
    // A name someone went by online is no one the story hears from.
    let q = said(&[
        "Inspector Jo Bloggs said the man had posed as a boy called “Jake” for months.",
        "“He was patient and he was careful,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Jo Bloggs", "He was patient and he was careful")]));
}

#[test]
fn a_first_name_with_a_dash_aside_saying_it_is_not_real_names_the_speaker() {
    let q = said(&[
        "Megan - not her real name - had joined a chat group for runners in the autumn of 2021.",
        "“They seemed so kind at first,” Megan tells me, sitting by the window of a café in Hull.",
    ]);
    assert_eq!(q, pairs(&[("Megan", "They seemed so kind at first")]));
}

#[test]
fn a_first_name_set_off_by_en_dashes_as_a_changed_name_names_the_speaker() {
    let q = said(&[
        "Callum – whose name we have changed – was 15 when the first messages arrived.",
        "“I was sure he was fifteen,” Callum says now. “He wasn't.”",
    ]);
    assert_eq!(q, pairs(&[("Callum", "I was sure he was fifteen"), ("Callum", "He wasn't.")]));
}

#[test]
fn a_name_a_charity_calls_someone_whose_words_a_report_includes_names_the_speaker() {
    let q = said(&[
        "Sergeant Ffion Pryce said: “Each call gets a reply.”",
        "The trust's leaflet includes the testimony of a 15-year-old from Llandudno, whom the trust calls Cerys. “I blamed myself for months,” she said. “Nobody at school knew.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ffion Pryce", "Each call gets a reply."),
            ("Cerys", "I blamed myself for months"),
            ("Cerys", "Nobody at school knew.")
        ])
    );
}

#[test]
fn words_a_review_carries_of_someone_described_are_theirs_when_a_quote_follows_in_the_paragraph() {
    let q = said(&[
        "Councillor Rhodri Evans said the service had been underfunded for years.",
        "The review carries the words of one father from Neath. “We waited months for a call back,” he said.",
    ]);
    assert_eq!(q, pairs(&[("one father from Neath", "We waited months for a call back")]));
}

#[test]
fn a_courtesy_title_and_initial_the_writer_calls_someone_names_the_speaker() {
    let q = said(&[
        "Sergeant Ffion Pryce said: “Each call gets a reply.”",
        "A grandmother from near Ruthin, whom I will call “Mrs T”, wrote to me in March. She said: “The bank stopped answering. I gave up.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Ffion Pryce", "Each call gets a reply."), ("Mrs T", "The bank stopped answering. I gave up.")])
    );
    let q = said(&[
        "Inspector Tom Reyes said: “We answer every report.”",
        "One tenant, whom we will call Mr D, rang us in June. He said: “Nobody came for a month.”",
    ]);
    assert_eq!(q, pairs(&[("Tom Reyes", "We answer every report."), ("Mr D", "Nobody came for a month.")]));
}

#[test]
fn a_relative_of_a_child_named_by_first_name_is_a_described_speaker() {
    let q = said(&[
        "The boy, whom we will call “Amir”, was 12 when it started.",
        "Amir's father told us: “The school acted within the hour. We are grateful.”",
    ]);
    assert_eq!(q, pairs(&[("Amir's father", "The school acted within the hour. We are grateful.")]));
    let q = said(&[
        "Councillor Rhodri Evans said the crossing was long overdue.",
        "“We had asked for years,” said Chloe’s grandmother, who walks her to school.",
    ]);
    assert_eq!(q, pairs(&[("Chloe's grandmother who walks her to school", "We had asked for years")]));
}

#[test]
fn a_courtesy_title_the_writer_gives_someone_says_whom_a_later_pronoun_means() {
    // "Mrs" makes the reader a woman: "she" is hers, not the tenant's named after her.
    let q = said(&[
        "A reader, whom I will call “Mrs T”, wrote to me in March.",
        "A tenant, whom we will call Mr D, rang us in June.",
        "“The boiler failed twice,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Mrs T", "The boiler failed twice")]));
    let q = said(&[
        "One caller, whom the charity calls Mr K, first rang in 2021.",
        "A volunteer, whom we are calling Ms R, took the call.",
        "“I had nowhere else to turn,” he told us.",
    ]);
    assert_eq!(q, pairs(&[("Mr K", "I had nowhere else to turn")]));
}

#[test]
fn a_courtesy_title_and_initial_never_introduced_names_the_speaker() {
    let q = said(&[
        "The council said it had written to every household on the estate.",
        "Mrs K said: “Nobody came to look at the damp for six months.”",
        "“We gave up asking,” Mrs K added.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Mrs K", "Nobody came to look at the damp for six months."), ("Mrs K", "We gave up asking")])
    );
    let q = said(&["“The lift has been broken since June,” said Mr P."]);
    assert_eq!(q, pairs(&[("Mr P", "The lift has been broken since June")]));
    // An initial before a surname is part of a name, not one of its own.
    let q = said(&["Mr J Pryce said: “We were never told.”"]);
    assert!(q.iter().all(|(who, _)| who != "Mr J"), "{q:?}");
}

#[test]
fn a_description_with_a_courtesy_title_and_initial_set_off_after_it_is_that_person() {
    let q = said(&["The flats have had no heating since October.", "One tenant, Mr B, said: “We sleep in our coats.”"]);
    assert_eq!(q, pairs(&[("Mr B", "We sleep in our coats.")]));
    let q = said(&["“The mould comes back every week,” said one resident, Mrs W."]);
    assert_eq!(q, pairs(&[("Mrs W", "The mould comes back every week")]));
}
