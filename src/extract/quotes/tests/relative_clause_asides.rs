//! A lone first name with a who/whose/whom clause after it, however long, set off by commas,
//! is the subject of its sentence: a later "she said" means that person.

use super::*;

#[test]
fn a_quote_after_a_first_name_with_a_long_whose_clause_is_theirs() {
    let q = said(&[
        "Aisha, whose brother lost his job at the quarry after a fall from a ladder that nobody on site had checked in weeks, runs a support group for injured workers.",
        "'We wrote to them three times,' she said. 'Not one letter came back.'",
    ]);
    assert_eq!(q, pairs(&[("Aisha", "We wrote to them three times"), ("Aisha", "Not one letter came back.")]));
}

#[test]
fn a_quote_after_a_first_name_with_a_long_who_clause_is_theirs() {
    let q = said(&[
        "Graham, who spent eleven years driving buses across the county before his grandson was groomed online, runs a parents' group in the town.",
        "“We went to the head teacher twice,” he said. “The second time she would not see us.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Graham", "We went to the head teacher twice"), ("Graham", "The second time she would not see us.")])
    );
}

#[test]
fn a_quote_after_a_titled_name_with_a_long_who_clause_holding_a_speech_verb_is_theirs() {
    let q = said(&[
        "Transport news in brief",
        "Lady Corran, who last spring won a vote on a clause in the Ferries Bill to make every operator report cancelled sailings to the regulator, said the delays were \"a scandal\".",
        "Speaking in that debate, she told peers: \"We ask islanders to wait for hours. We owe them boats.\"",
    ]);
    assert_eq!(q, pairs(&[("Lady Corran", "We ask islanders to wait for hours. We owe them boats.")]));
}
