//! An organisation's name as printed around a speaker: ending in an ordinal ("Children
//! 1st"), after "At" opening the sentence, after a word saying where it is based, or owning
//! the team a speaker is "of".

use super::*;

#[test]
fn a_charity_name_ending_in_an_ordinal_is_whole() {
    let q = orgs_of(&[
        "Children's charity Families 1st said the figures showed the scale of harm.",
        "Chief executive Ann Bole said: “Behind every crime is a child.”",
    ]);
    assert_eq!(q, owned(&[("Ann Bole", Some("Families 1st"))]));
    let q = orgs_of(&[
        "The charity Youth 2nd runs a helpline.",
        "“Calls have doubled,” said Sam Okoye, the charity's head of policy.",
    ]);
    assert_eq!(q, owned(&[("Sam Okoye", Some("Youth 2nd"))]));
}

#[test]
fn at_opening_a_clause_is_no_part_of_the_name() {
    let q = orgs_of(&[
        "At Parents 1st, which runs the Parentline helpline, staff say the numbers match.",
        "“Parents are out of their depth,” said Callum Dun, the charity's head of policy.",
    ]);
    assert_eq!(q, owned(&[("Callum Dun", Some("Parents 1st"))]));
    let q = orgs_of(&[
        "At Harbour Lights, which shelters runaways, staff say the beds are full.",
        "“We turn people away every night,” said Eve Marr, the charity's director.",
    ]);
    assert_eq!(q, owned(&[("Eve Marr", Some("Harbour Lights"))]));
}

#[test]
fn where_a_body_is_based_is_no_part_of_its_name() {
    let q = orgs_of(&[
        "Tanya Brill, chief executive of the Southampton-based Solent Refuge Alliance, said: “We are full.”",
    ]);
    assert_eq!(q, owned(&[("Tanya Brill", Some("Solent Refuge Alliance"))]));
    let q = orgs_of(&["Ravi Mann, director of the Leeds-based Northern Housing Trust, said: “Rents are rising.”"]);
    assert_eq!(q, owned(&[("Ravi Mann", Some("Northern Housing Trust"))]));
}

#[test]
fn a_team_a_body_owns_is_that_bodys() {
    let q = orgs_of(&["Kate Whit, of the NSPCC's South East campaigns team, said: “Too many children are groomed.”"]);
    assert_eq!(q, owned(&[("Kate Whit", Some("NSPCC"))]));
    let q = orgs_of(&["Lee Orme, of Barnardo's Scotland's policy team, said: “The law lags behind.”"]);
    assert_eq!(q, owned(&[("Lee Orme", Some("Barnardo's Scotland"))]));
}
