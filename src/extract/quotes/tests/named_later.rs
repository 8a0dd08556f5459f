//! Speakers a quote gives only by a description ("one resident", "the council's waste
//! manager"), named by a later sentence that points back at that description.

use super::*;

#[test]
fn a_described_speaker_named_by_that_description_next_is_the_person_named() {
    let q = said(&[
        "\"The bins have not been emptied for three weeks,\" one resident told the Echo.",
        "That resident, Margaret Ellery, has lived on the street for forty years.",
    ]);
    assert_eq!(q, pairs(&[("Margaret Ellery", "The bins have not been emptied for three weeks")]));
    let q = said(&[
        "“We got the new rota wrong and we are sorry,” said the council's waste manager.",
        "The manager, Dominic Farrow, said collections would be back to normal by Friday.",
    ]);
    assert_eq!(q, pairs(&[("Dominic Farrow", "We got the new rota wrong and we are sorry")]));
}

#[test]
fn a_person_said_to_hold_the_post_just_quoted_is_its_speaker() {
    let q = said(&[
        "“Nobody told us the road would close,” said the parish council's chairman.",
        "Keith Amberley, who holds that post, added: “We found out from a sign on the verge.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Keith Amberley", "Nobody told us the road would close"),
            ("Keith Amberley", "We found out from a sign on the verge."),
        ])
    );
    let q = said(&[
        "\"The ward has been short of nurses all winter,\" said the hospital's chief nurse.",
        "Priya Natarajan, who took up the role in May, said recruitment was under way.",
    ]);
    assert_eq!(q, pairs(&[("Priya Natarajan", "The ward has been short of nurses all winter")]));
}

#[test]
fn a_later_name_for_another_description_leaves_the_speaker_described() {
    let q = said(&[
        "\"It was chaos from the moment the doors opened,\" said one shopper.",
        "The manager, Dominic Farrow, said the store would reopen on Monday.",
    ]);
    assert_eq!(q, pairs(&[("one shopper", "It was chaos from the moment the doors opened")]));
    // A named speaker is not renamed by a description that fits them.
    let q = said(&[
        "\"We got the new rota wrong,\" said Tom Reed, the council's waste manager.",
        "The manager, Dominic Farrow, said collections would be back to normal by Friday.",
    ]);
    assert_eq!(q, pairs(&[("Tom Reed", "We got the new rota wrong")]));
}

#[test]
fn an_opening_quote_is_the_person_later_said_to_have_spoken_the_words_opening_the_article() {
    let q = said(&[
        "‘We were told the bus would come. It never did.’",
        "Hundreds of commuters were stranded on Monday after the last train was cancelled.",
        "Priya Shah, a nurse from Reading whose words open this report, said she waited two hours in the rain.",
    ]);
    assert_eq!(q, pairs(&[("Priya Shah", "We were told the bus would come. It never did.")]));
    let q = said(&[
        "\"The water came up through the floor in minutes. We lost everything downstairs.\"",
        "Flood warnings remain in place across the valley after a night of heavy rain.",
        "Parish councillor Arthur Coombe, who has lived in the village since 1961 and whose words opened this article, said the drains had not been cleared for years.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Arthur Coombe", "The water came up through the floor in minutes. We lost everything downstairs.")])
    );
    // Someone unnamed is the one described.
    let q = said(&[
        "\"I thought nobody would ever believe me.\"",
        "Reports of stalking have doubled in two years, figures show.",
        "The woman whose words open this story first went to police in 2019.",
    ]);
    assert_eq!(q, pairs(&[("the woman", "I thought nobody would ever believe me.")]));
}

#[test]
fn the_words_of_someone_described_after_a_quote_name_its_speaker() {
    let q = said(&[
        "\"I thought my savings were safe. They were gone in an afternoon.\"",
        "The words of a retired teacher from Hove, passed on by the charity that helped her, show how fast the scams move.",
    ]);
    assert_eq!(
        q,
        pairs(&[("a retired teacher from Hove", "I thought my savings were safe. They were gone in an afternoon.")])
    );
    let q = said(&[
        "“Every night I check the locks twice. I never used to.”",
        "The words of one shopkeeper capture the mood on the high street.",
    ]);
    assert_eq!(q, pairs(&[("one shopkeeper", "Every night I check the locks twice. I never used to.")]));
    // A song is no speaker.
    let q = said(&[
        "\"Walk on through the wind and walk on through the rain.\"",
        "The words of the song, sung at the funeral, moved many to tears.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_passage_opening_on_words_already_quoted_is_the_same_speakers() {
    let q = said(&[
        "“Our libraries will stay open whatever the budget brings.” — Councillor Amrit Vale",
        "At last month's budget meeting I said: “Our libraries will stay open whatever the budget brings. That promise has not changed.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Amrit Vale",
            "Our libraries will stay open whatever the budget brings. That promise has not changed."
        )])
    );
    let q = said(&[
        "\"Nobody should wait a year for a court date.\" - Ruth Okoro, victims' commissioner",
        "The backlog has grown every month since March.",
        "\"Nobody should wait a year for a court date.",
        "\"Victims give up long before then.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("Ruth Okoro", "Nobody should wait a year for a court date. Victims give up long before then.")])
    );
    // Words nobody was quoted saying before stay unattributed.
    let q = said(&["At the budget meeting I said: \"Our libraries will stay open whatever the budget brings.\""]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_name_whose_post_opens_with_a_description_quoted_before_is_its_speaker() {
    let quotes = quotes_of(&[
        "“Most of it starts on a phone,” the council's safety lead said.",
        "Priya Anand, the council's safety lead for schools, said: “We need parents with us.”",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert!(!speakers.is_empty() && speakers.iter().all(|s| *s == "Priya Anand"), "{quotes:?}");
}

#[test]
fn a_name_whose_post_is_another_leaves_the_description_quoted_before() {
    let quotes = quotes_of(&[
        "“Most of it starts on a phone,” the council's safety lead said.",
        "Priya Anand, the mayor of Ludlow, said: “We need parents with us.”",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["the council's safety lead", "Priya Anand"]);
}

#[test]
fn a_described_quote_three_paragraphs_before_its_naming_is_still_named() {
    let q = said(&[
        "\"The bins have not been emptied for three weeks,\" one resident told the Echo.",
        "The street has forty houses and one collection a fortnight.",
        "The council blamed a shortage of drivers.",
        "That resident, Margaret Ellery, has lived on the street for forty years.",
    ]);
    assert_eq!(q, pairs(&[("Margaret Ellery", "The bins have not been emptied for three weeks")]));
}

#[test]
fn a_described_quote_out_of_reach_of_a_naming_keeps_its_description() {
    let q = said(&[
        "\"The bins have not been emptied for three weeks,\" one resident told the Echo.",
        "The street has forty houses and one collection a fortnight.",
        "The council blamed a shortage of drivers.",
        "Crews were moved to the town centre in March.",
        "That resident, Margaret Ellery, has lived on the street for forty years.",
    ]);
    assert_eq!(q, pairs(&[("one resident", "The bins have not been emptied for three weeks")]));
}
