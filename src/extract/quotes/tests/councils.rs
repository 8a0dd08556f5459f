//! Councillors and councils: the local council the text names, not another body called a
//! council.

use super::*;

#[test]
fn the_councils_or_the_federations_role_is_of_the_body_named_before_with_that_word() {
    let q = quotes_of(&[
        "Northby Borough Council said 40 schools had signed up to its charter.",
        "Councillor Amy Rees, the council's lead member for schools, said: “Parents must talk to their children.”",
        "The Rural Women's Federation Cymru said its helpline had been busy all winter.",
        "“We cannot keep up,” said Jo Bloggs, the federation's chief officer.",
    ]);
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Amy Rees", Some("Councillor, lead member for schools"), Some("Northby Borough Council")),
            ("Jo Bloggs", Some("chief officer"), Some("Rural Women's Federation Cymru")),
        ]
    );
    // With no such body named before, the role says whose it is and no organisation is guessed.
    let q = quotes_of(&["“We cannot keep up,” said Jo Bloggs, the federation's chief officer."]);
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("chief officer"), None));
}

#[test]
fn a_councillor_described_only_by_what_they_do_belongs_to_the_council_the_text_names() {
    // A clause or an office held names no council: the local council named before is theirs.
    let got = orgs_of(&[
        "Knife crime in Northby rose by 12%, figures published by Northby Borough Council show.",
        "Councillor Jane Morton, who chairs the council's community safety committee, said: “We will act.”",
        "Cllr Tom Reed, cabinet member for communities, said: “We are funding youth clubs.”",
        "“Residents tell me they feel unsafe,” said Cllr Amir Shah, who represents Eastfield ward.",
        "Lee Hart, portfolio holder for housing, said: “Every estate deserves the same protection.”",
    ]);
    let council = Some("Northby Borough Council");
    assert_eq!(
        got,
        owned(&[("Jane Morton", council), ("Tom Reed", council), ("Amir Shah", council), ("Lee Hart", council)])
    );
    // The clause names the council; a title holds its name; a panel pointed back to.
    let got = orgs_of(&[
        "The figures were presented to the Northshire Police and Crime Panel on Friday.",
        "Councillor Ruth Dane, who chairs Highland Council's roads committee, said: “Our roads are unforgiving.”",
        "Leeds City Councillor Sam Orr said: “We need more patrols.”",
        "Councillor Bethan Moss, who represents Eastfield on the panel, said: “Traders feel abandoned.”",
        "Panel chairman Councillor Gareth Reese said: “We want an update.”",
    ]);
    let panel = Some("Northshire Police and Crime Panel");
    assert_eq!(
        got,
        owned(&[
            ("Ruth Dane", Some("Highland Council")),
            ("Sam Orr", Some("Leeds City Council")),
            ("Bethan Moss", panel),
            ("Gareth Reese", panel),
        ])
    );
}

#[test]
fn a_council_leader_or_a_party_group_leader_belongs_to_the_council_the_text_names() {
    let got = orgs_of(&[
        "Spending was debated by Northby Borough Council on Tuesday.",
        "Council leader Aileen Moss said: “We had no choice.”",
        "Labour group leader Tom Reed said: “It is the wrong answer.”",
        "Jo Hart, leader of the council, said: “We will review it.”",
    ]);
    let council = Some("Northby Borough Council");
    assert_eq!(got, owned(&[("Aileen Moss", council), ("Tom Reed", council), ("Jo Hart", council)]));
    // A leader of something else is not the council's.
    let got = orgs_of(&[
        "Spending was debated by Northby Borough Council on Tuesday.",
        "Scout leader Amy Fox said: “The hut needs a roof.”",
    ]);
    assert_eq!(got, owned(&[("Amy Fox", None)]));
}

#[test]
fn a_group_or_council_leader_of_another_body_is_not_the_councils() {
    // A support group's leader, a youth council's, a parish council's: none leads the
    // council named before.
    let got = orgs_of(&[
        "Northby Borough Council has cut its grant to a carers' support group.",
        "Support group leader Dawn Pike said: “We have nowhere to go.”",
        "Youth council leader Sami Noor said: “Young people were ignored.”",
        "Parish council leader Ken Lowe said: “The village was not asked.”",
    ]);
    assert_eq!(got, owned(&[("Dawn Pike", None), ("Sami Noor", None), ("Ken Lowe", None)]));
}

#[test]
fn a_councillor_takes_no_body_that_is_not_a_local_council() {
    // A national body called a council, a council's kind alone, a party before "councillor",
    // a council only inside a title: none is the councillor's council.
    let got = orgs_of(&[
        "The National Police Chiefs' Council published new guidance.",
        "Councillor Ruth Dane said: “Our roads are unforgiving.”",
        "Members of the (Borough Council) group met on Monday.",
        "Labour councillor Amy Fox said: “This is a disgrace.”",
        "Kent County Councillor Andrew Hale spoke first.",
        "Cllr Priya Nair said: “We need answers.”",
    ]);
    assert_eq!(got, owned(&[("Ruth Dane", None), ("Amy Fox", None), ("Priya Nair", None)]));
    // No council named at all: nothing is guessed.
    let got = orgs_of(&["Cllr Tom Reed, cabinet member for communities, said: “We are funding youth clubs.”"]);
    assert_eq!(got, owned(&[("Tom Reed", None)]));
}

#[test]
fn a_councillor_after_a_long_paragraph_of_other_councils_takes_the_local_council_named_last() {
    // Every "Council" of a long paragraph is read from the words just before it: the local
    // council named first is found past hundreds of bodies that are none.
    let long = format!("Wrexham County Borough Council met. {}", "The Rhyl Youth Council met. ".repeat(800));
    let got = orgs_of(&[&long, "Councillor Bryn Owen said: “We cannot keep cutting.”"]);
    assert_eq!(got, owned(&[("Bryn Owen", Some("Wrexham County Borough Council"))]));
}

#[test]
fn a_councillor_who_chairs_a_police_and_crime_panel_speaks_for_the_panel_not_the_force() {
    let got = orgs_of(&[
        "Councillor Rhian Evans, who chairs the Dyfed-Powys Police and Crime Panel, said: “We will question the commissioner.”",
        "“The figures need explaining,” said Cllr Tom Ashby, who sits on the Thames Valley Police and Crime Panel.",
        "Cllr Ann Deere, who chairs the Devon and Cornwall Police and Crime Panel, said: “We want answers.”",
        "Megan Rowe, who worked for Devon and Cornwall Police for 20 years, said: “It has changed.”",
    ]);
    assert_eq!(
        got,
        owned(&[
            ("Rhian Evans", Some("Dyfed-Powys Police and Crime Panel")),
            ("Tom Ashby", Some("Thames Valley Police and Crime Panel")),
            ("Ann Deere", Some("Devon and Cornwall Police and Crime Panel")),
            ("Megan Rowe", Some("Devon and Cornwall Police")),
        ])
    );
}

#[test]
fn a_councillor_belongs_to_a_council_named_by_its_area_alone() {
    let got = orgs_of(&[
        "Swansea Council agreed the budget on Thursday.",
        "Councillor Gwen Parry said: “We have protected the libraries.”",
    ]);
    assert_eq!(got, owned(&[("Gwen Parry", Some("Swansea Council"))]));
}

#[test]
fn a_party_and_councillor_after_an_article_name_no_person() {
    for (line, party) in [
        ("A Welsh Labour councillor said: “The budget is a hard choice for every family.”", "Welsh Labour"),
        ("A Plaid Cymru councillor said: “The bus cuts will strand whole villages.”", "Plaid Cymru"),
        ("The Scottish Conservative councillor said: “Rates are a tax on hard work.”", "Scottish Conservative"),
    ] {
        let q = quotes_of(&[line]);
        assert_eq!(q.len(), 1, "{line}");
        assert!(q[0].speaker.starts_with(char::is_lowercase), "{line}: {:?}", q[0].speaker);
        assert!(q[0].speaker.contains(party), "{line}: {:?}", q[0].speaker);
    }
}

#[test]
fn a_party_before_a_named_councillor_leaves_the_name() {
    let q = quotes_of(&["Welsh Labour councillor Ffion Pugh said: “The budget is a hard choice for every family.”"]);
    assert_eq!(q.first().map(|q| q.speaker.as_str()), Some("Ffion Pugh"));
}
