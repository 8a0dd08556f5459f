//! Magazine long-reads tell of their people in the present tense ("Jo Bloggs, a nurse at
//! the clinic, runs …", "… she says."): a surname or pronoun quoted after such a sentence is
//! the person it set off as its subject.

use super::*;

#[test]
fn a_surname_quoted_after_a_present_tense_apposed_subject_is_theirs() {
    let q = said(&[
        "Harriet Voss, a warden at the nature reserve, counts the geese each winter.",
        "\"There are fewer every year,\" Voss says. \"Nobody can tell us why.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("Harriet Voss", "There are fewer every year"), ("Harriet Voss", "Nobody can tell us why.")])
    );
}

#[test]
fn a_pronoun_quoted_after_a_present_tense_apposed_subject_is_theirs() {
    let q = said(&[
        "The lifeboat station opened in 1911.",
        "Gideon Pryce, its longest-serving volunteer, keeps a logbook of every launch.",
        "\"Some nights you don't sleep at all,\" he says.",
    ]);
    assert_eq!(q, pairs(&[("Gideon Pryce", "Some nights you don't sleep at all")]));
}

#[test]
fn a_sentence_framed_as_a_named_persons_view_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Ward sister Rosa Lindqvist has worked nights for a decade.",
        "Midwife Mina Achebe said the day shift was busier.",
        "For Lindqvist, the quiet hours are the hardest.",
        "\"You hear every alarm,\" she says.",
    ]);
    assert_eq!(q, pairs(&[("Rosa Lindqvist", "You hear every alarm")]));
}

#[test]
fn a_sentence_opening_on_a_named_persons_possessive_keeps_them_within_a_pronouns_reach() {
    let q = said(&[
        "Sergeant Orla Benn leads the rural crime team.",
        "\"We cover four hundred square miles,\" she says.",
        "Quad-bike thefts climbed by a third in 2023.",
        "Farm fuel thefts doubled.",
        "Benn's team has been given two new vans. She is relieved.",
        "\"Vans help,\" she says.",
    ]);
    assert_eq!(q, pairs(&[("Orla Benn", "We cover four hundred square miles"), ("Orla Benn", "Vans help")]));
}

#[test]
fn a_quote_split_by_an_attribution_that_says_where_it_was_said_goes_on() {
    let q = said(&[
        "Idris Vane is the head keeper at the otter sanctuary.",
        "\"They know the bucket,\" Vane says later, over coffee in the visitor centre. \"They ignore me.\"",
    ]);
    assert_eq!(q, pairs(&[("Idris Vane", "They know the bucket"), ("Idris Vane", "They ignore me.")]));
}

#[test]
fn a_sentence_framed_as_an_unnamed_persons_view_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Councillor Ruth Ambler defended the parking charges.",
        "For one shopkeeper in Ripon, whose takings have halved, the charges are the last straw. \"I can't keep the lights on,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("one shopkeeper in Ripon", "I can't keep the lights on")]));
}

#[test]
fn a_first_name_set_between_commas_after_says_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Inspector Colin Mabey said the school had acted quickly.",
        "The silence afterwards, says Megan, was the worst part.",
        "\"I just stopped talking,\" she says.",
    ]);
    assert_eq!(q, pairs(&[("Megan", "I just stopped talking")]));
}

#[test]
fn a_named_person_given_the_last_word_speaks_the_quote_after_it() {
    let q = said(&[
        "Eilidh Rennie has been harbourmaster for 20 years.",
        "The ferry company declined to comment.",
        "Rennie has the last word. \"The sea doesn't read the timetable.\"",
    ]);
    assert_eq!(q, pairs(&[("Eilidh Rennie", "The sea doesn't read the timetable.")]));
}

#[test]
fn a_named_person_sounding_a_note_or_putting_it_bluntly_speaks_the_quote_after_it() {
    let q = said(&[
        "Professor Anil Mehta studies river pollution at Hull.",
        "Mehta sounds a note of caution. \"One clean summer proves nothing.\"",
        "Mehta puts it more bluntly. \"The pipes are a century old.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("Anil Mehta", "One clean summer proves nothing."), ("Anil Mehta", "The pipes are a century old.")])
    );
}

#[test]
fn a_name_with_an_aside_saying_where_they_are_speaks_the_quote_after_it() {
    let q = said(&[
        "Professor Anil Mehta studies river pollution at Hull.",
        "Mehta, back at his desk, puts it more bluntly. \"The pipes are a century old.\"",
    ]);
    assert_eq!(q, pairs(&[("Anil Mehta", "The pipes are a century old.")]));
    let q = said(&[
        "Eilidh Rennie has been harbourmaster for 20 years.",
        "Rennie, now off duty, puts it plainly. \"The sea doesn't read the timetable.\"",
    ]);
    assert_eq!(q, pairs(&[("Eilidh Rennie", "The sea doesn't read the timetable.")]));
}

#[test]
fn a_lone_first_name_in_the_possessive_opening_a_sentence_keeps_her_in_reach() {
    // "she says" after "Nadia's attacker was jailed …. She now …": Nadia, not the officer
    // quoted last.
    let q = said(&[
        "Nadia was 15 when a stranger first messaged her on a music app.",
        "\"I believed every word he sent,\" she says.",
        "Inspector Rachel Osei, who leads the county's child protection team, says reports have doubled.",
        "\"Our inbox has never been busier,\" Osei says.",
        "Nadia's attacker was jailed in 2019. She now coaches a netball team in Bolton.",
        "\"I tell the girls to trust the uneasy feeling,\" she says.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Nadia"), "{q:?}");
}
