//! The organisation a speaker speaks for: a force, a business, a national body, initials
//! spelled out before, and whom a spokesperson speaks for.

use super::*;

#[test]
fn unnamed_spokespeople_take_the_force_from_context() {
    let q = quotes_of(&[
        "Figures rose across Cleveland.",
        "Durham Constabulary logged 212 offences in 2019-20. Figures for the earlier year were not kept.",
        "A spokesperson said: “We will pursue every offender we can identify.”",
    ]);
    assert_eq!(q[0].speaker, "Durham Constabulary spokesperson");
    assert_eq!(q[0].organisation.as_deref(), Some("Durham Constabulary"));
    let q = quotes_of(&[
        "Police across Lancashire have recorded more crimes, Lancashire Constabulary said.",
        "Only Greater Manchester logged a higher total than the county.",
        "A police spokesman said: “Protecting residents comes first.”",
    ]);
    assert_eq!(q[0].speaker, "Lancashire Constabulary spokesperson");
    assert_eq!(q[0].role.as_deref(), Some("spokesman"));
    let q = quotes_of(&["A Cleveland Police spokesperson added: “Better recording may explain the rise.”"]);
    assert_eq!(q[0].speaker, "Cleveland Police spokesperson");
    let q = quotes_of(&["A Dorset Police spokesperson said: “Better recording may explain the rise.”"]);
    assert_eq!(q[0].speaker, "Dorset Police spokesperson");
    let q = quotes_of(&["Figures rose in Durham.", "“We take this seriously,” a spokeswoman for Durham Police said."]);
    assert_eq!(q[0].speaker, "Durham Constabulary spokesperson");
}

#[test]
fn an_officer_named_far_from_the_force_belongs_to_the_force_the_article_is_about() {
    let quotes = quotes_of(&[
        "Rise in online child sex offences in Surrey",
        "Police in Surrey Police are dealing with more online child sex offences than ever before.",
        "Officers have visited schools.",
        "Detective Superintendent Jane Holloway said: “These figures are a stark reminder.”",
    ]);
    assert_eq!(quotes[0].organisation.as_deref(), Some("Surrey Police"));
}

#[test]
fn organisations_and_their_spokespeople_are_named() {
    let q = said(&[
        "In a statement, Cleveland Police said: “We take this seriously.”",
        "A Home Office spokesperson said: “We are acting.”",
        "A spokesperson for Meta said: “We remove such content.”",
        "A statement from Durham Constabulary said: “We are committed.”",
    ]);
    assert_eq!(
        q.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(),
        ["Cleveland Police", "Home Office spokesperson", "Meta spokesperson", "Durham Constabulary"]
    );
}

#[test]
fn a_bare_spokesperson_speaks_for_the_organisation_just_reported() {
    let q = said(&[
        "Cleveland Police recorded 145 offences.",
        "Meta said it was reviewing the figures.",
        "A spokesperson said: “We remove such content.”",
    ]);
    assert_eq!(q[0].0, "Meta spokesperson");
}

#[test]
fn it_is_the_organisation_the_paragraph_is_about() {
    let q = said(&[
        "The NSPCC is urging the government to act. In a statement, it said: “Tech firms must be held to account.”",
    ]);
    assert_eq!(q, pairs(&[("NSPCC", "Tech firms must be held to account.")]));
    let q = said(&["Figures rose sharply.", "“It is time for action,” it said."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn the_spokesperson_is_the_one_reported_just_before() {
    let q = said(&[
        "Lancashire Constabulary recorded 419 offences.",
        "A spokeswoman for Cumbria Constabulary said the force took every report seriously.",
        "“We will always act on information from the public,” the spokeswoman said.",
    ]);
    assert_eq!(q[0].0, "Cumbria Constabulary spokesperson");
}

#[test]
fn the_spokesperson_is_the_one_the_paragraph_opened_by_reporting() {
    let q = said(&[
        "A Home Office spokesperson said: “The figures are under review.”",
        "A spokesperson for Mr Hallam said he had been misquoted. “He stands by his point,” the spokesperson said.",
        "A spokesman for the Electoral Commission said it had received the complaint. “We will look at it,” the spokesman said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Home Office spokesperson", "The figures are under review."),
            ("Mr Hallam spokesperson", "He stands by his point"),
            ("Electoral Commission spokesperson", "We will look at it"),
        ])
    );
}

#[test]
fn a_spokesperson_for_the_partnership_speaks_for_the_partnership_named_before() {
    let found = speakers_and_orgs(&[
        "Nine people died on the county's roads last year, according to the Ashdown Road Safety Partnership.",
        "A spokesperson for the partnership said: “Every one of those deaths was avoidable.”",
    ]);
    let partnership = "Ashdown Road Safety Partnership";
    assert_eq!(found, [(format!("{partnership} spokesperson"), Some(partnership.to_string()))]);
    // None named before: the partnership is all that is said of it.
    let found = speakers_and_orgs(&["A spokesperson for the partnership said: “Every death was avoidable.”"]);
    assert_eq!(found, [("partnership spokesperson".to_string(), Some("partnership".to_string()))]);
}

#[test]
fn a_spokesperson_for_the_body_takes_only_a_body_the_words_can_mean() {
    let only = |lines: &[&str]| speakers_and_orgs(lines).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
    // "the council" is a local council, not a national body called one.
    let found = only(&[
        "Staff records were stolen from Hartley Borough Council last month.",
        "The National Fire Chiefs' Council warned that public bodies were easy targets.",
        "A spokeswoman for the council said: “Everyone affected has been told.”",
    ]);
    assert_eq!(found, ["Hartley Borough Council spokesperson"]);
    // Two trusts named: which one speaks is not said.
    let found = only(&[
        "The porter worked for Eastmere Hospitals NHS Foundation Trust.",
        "The Woodland Trust, which manages the nearby copse, said it had seen nothing.",
        "A spokesperson for the trust said: “We are helping the police.”",
    ]);
    assert_eq!(found, ["trust spokesperson"]);
    // A union of states is no union that has a spokesman.
    let found = only(&[
        "Dock workers at Tilbury struck on Friday over pay, which has lagged since Britain left the European Union.",
        "A spokesman for the union said: “Our members will not back down.”",
    ]);
    assert_eq!(found, ["union spokesperson"]);
    // Named the same way again, or shorter: one body.
    let found = only(&[
        "The Safer Roads Partnership for Wrenfield published the figures.",
        "The Safer Roads Partnership said it would widen the campaign.",
        "A spokesperson for the partnership said: “Speed kills.”",
    ]);
    assert_eq!(found, ["Safer Roads Partnership for Wrenfield spokesperson"]);
    // Only the last few paragraphs are read for it, so a long text is not read again for
    // every such spokesperson.
    let mut lines = vec!["The Fenbury Community Safety Partnership met on Monday."];
    lines.extend(["Officers made further arrests in the town."; 8]);
    lines.push("A spokesperson for the partnership said: “We meet again next week.”");
    assert_eq!(only(&lines), ["partnership spokesperson"]);
}

#[test]
fn a_spokesperson_the_paragraph_reported_gives_way_to_one_named_or_quoted_since() {
    // "a spokesman" is any spokesman: the paragraph's opening report does not choose it.
    let q = said(&[
        "Cheshire Constabulary said patrols would double.",
        "A spokeswoman for the Department for Transport said the grant was confirmed. The force said it was pleased. “It means more officers on the roads,” a spokesman said.",
    ]);
    assert_eq!(q, pairs(&[("Cheshire Constabulary spokesperson", "It means more officers on the roads")]));
    // A force named after the report, or another spokesperson quoted since, is nearer.
    let q = said(&[
        "A spokesperson for Cllr Ben Ashworth said he was unhurt. Avon and Somerset Police later said the fire was deliberate. “We are appealing for witnesses,” the spokesperson said.",
        "A spokesperson for the Charity Commission said it was aware of the case. “We have opened an inquiry,” a West Mercia Police spokeswoman said. “Our officers are at the scene,” the spokeswoman added.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Avon and Somerset Police spokesperson", "We are appealing for witnesses"),
            ("West Mercia Police spokesperson", "We have opened an inquiry"),
            ("West Mercia Police spokesperson", "Our officers are at the scene"),
        ])
    );
    // A force named inside the report itself is part of what was reported.
    let q = said(&[
        "A spokesperson for Ms Okoro said she had misread the Kent Police figures. “She will correct the record,” the spokesperson said.",
    ]);
    assert_eq!(q, pairs(&[("Ms Okoro spokesperson", "She will correct the record")]));
}

#[test]
fn the_force_or_the_charity_a_role_belongs_to_is_the_one_the_text_is_about() {
    let found = speakers_and_orgs(&[
        "Gwent Police recorded 612 knife offences in the year to March 2023.",
        "Across Wales, offences rose. Dyfed-Powys Police saw the smallest increase, while South Wales Police recorded 1,032.",
        "The force's assistant chief constable, Nicky Brain, said: \"We are looking harder.\"",
    ]);
    assert_eq!(found, [("Nicky Brain".to_string(), Some("Gwent Police".to_string()))]);
    let found = speakers_and_orgs(&[
        "Kent Police logged 498 offences, a freedom of information request by the NSPCC found.",
        "The charity's head of child safety online policy, Andy Burrows, said: \"Tech firms must act.\"",
    ]);
    assert_eq!(found, [("Andy Burrows".to_string(), Some("NSPCC".to_string()))]);
}

#[test]
fn an_officer_after_a_paragraph_naming_several_forces_is_of_the_force_the_article_is_about() {
    let found = speakers_and_orgs(&[
        "Crimes recorded by West Midlands Police rose by a quarter.",
        "There were 1,522 such offences recorded by West Midlands Police in 2023.",
        "Staffordshire Police recorded 540 image offences, while West Mercia Police recorded 611.",
        "Chief Constable Craig Guildford said: \"Every image is a crime scene.\"",
    ]);
    assert_eq!(found, [("Craig Guildford".to_string(), Some("West Midlands Police".to_string()))]);
}

#[test]
fn a_company_named_by_one_word_speaks_for_itself() {
    let q = said(&["In a statement, Snapchat said: \"We are deeply committed to keeping our community safe.\""]);
    assert_eq!(q, pairs(&[("Snapchat", "We are deeply committed to keeping our community safe.")]));
    assert!(said(&["Campaigners said: \"Act now.\""]).is_empty());
    assert!(said(&["Jane said: \"Act now.\""]).is_empty());
}

#[test]
fn an_organisation_keeps_the_small_words_inside_its_name() {
    let q = quotes_of(&["A Bank of England spokesperson said: “Rates will not move this month.”"]);
    assert_eq!(q[0].speaker, "Bank of England spokesperson");
    let q = quotes_of(&[
        "A spokeswoman for the Department for Culture, Media and Sport said: “The new code will be enforced.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Department for Culture, Media and Sport"), "{q:?}");
}

#[test]
fn the_force_a_clause_about_an_officer_names_is_their_force() {
    let found = speakers_and_orgs(&[
        "Cheshire Constabulary recorded the most offences in the region.",
        "Inspector Tom Reyes, who runs Kent Police's cyber unit, has been speaking to us.",
        "“Every week brings new cases to our door.”",
    ]);
    assert_eq!(found, [("Tom Reyes".to_string(), Some("Kent Police".to_string()))]);
}

#[test]
fn an_officer_speaking_for_a_national_body_keeps_that_body() {
    let quotes = quotes_of(&[
        "Thames Valley Police recorded 310 offences.",
        "Detective Superintendent Amy Lee, of the National Crime Agency, said: \"Offenders move fast.\"",
        "Chief Constable Tom Reyes, the Police Chiefs' Council lead for roads policing, said: \"Every death is avoidable.\"",
        "OCET Sergeant Rob Haldane said: \"My unit handles it.\"",
        "Commander Ann Lowe, the NPCC lead for knife crime, said: \"Every knife matters.\"",
    ]);
    let got: Vec<(&str, Option<&str>)> =
        quotes.iter().map(|q| (q.speaker.as_str(), q.organisation.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Amy Lee", Some("National Crime Agency")),
            ("Tom Reyes", Some("Police Chiefs' Council")),
            ("Rob Haldane", Some("Thames Valley Police")),
            ("Ann Lowe", Some("NPCC")),
        ]
    );
}

#[test]
fn a_spokesperson_for_the_chain_speaks_for_the_business_reported_before() {
    let found = speakers_and_orgs(&[
        "Hollins Bakeries, which runs 80 shops across Lancashire, said break-ins had doubled.",
        "A spokesman for the chain said: “Our staff should not have to face this.”",
    ]);
    assert_eq!(found, vec![("Hollins Bakeries spokesperson".to_string(), Some("Hollins Bakeries".to_string()))]);
    let found = speakers_and_orgs(&[
        "Hollins, the bakery chain, said break-ins had doubled.",
        "“Our staff should not have to face this,” a spokeswoman for the company said.",
    ]);
    assert_eq!(found, vec![("Hollins spokesperson".to_string(), Some("Hollins".to_string()))]);
    // No business named before: the chain is nobody's name.
    let found = speakers_and_orgs(&["A spokesman for the chain said: “Our staff should not have to face this.”"]);
    assert_eq!(found, vec![("spokesperson".to_string(), None)]);
}

#[test]
fn a_role_of_the_business_named_before_takes_its_name() {
    let q = quotes_of(&[
        "Northfield Mutual said claims had risen by a fifth.",
        "Priya Das, the insurer's head of underwriting, said: “Farmers are paying the price.”",
    ]);
    assert_eq!(q[0].speaker, "Priya Das");
    assert_eq!(q[0].role.as_deref(), Some("head of underwriting"));
    assert_eq!(q[0].organisation.as_deref(), Some("Northfield Mutual"));
}

#[test]
fn a_person_described_by_a_trade_is_not_a_business() {
    let q = said(&[
        "Tom Hartley, a local retailer, said break-ins had doubled.",
        "He said: “Our staff should not have to face this.”",
    ]);
    assert_eq!(q, pairs(&[("Tom Hartley", "Our staff should not have to face this.")]));
}

#[test]
fn a_commissioner_named_without_an_area_answers_for_the_area_of_the_force_in_the_story() {
    let q = quotes_of(&[
        "Burglaries recorded by Norfolk Constabulary fell by 8%.",
        "Police and Crime Commissioner Jo Hartley said: “Residents will notice the difference.”",
        "“We are not done yet,” said the county's deputy police and crime commissioner, Tom Reyes.",
        "Deputy Police and Crime Commissioner Ann Lowe said: “Every victim matters.”",
    ]);
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Jo Hartley", Some("Police and Crime Commissioner"), Some("Norfolk")),
            ("Tom Reyes", Some("deputy police and crime commissioner"), Some("Norfolk")),
            ("Ann Lowe", Some("Deputy Police and Crime Commissioner"), Some("Norfolk")),
        ]
    );
    let q = quotes_of(&[
        "Burglaries recorded by Norfolk Constabulary fell by 8%.",
        "Amy Lee, Surrey's Police and Crime Commissioner, said: “Our county is different.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Surrey"));
}

#[test]
fn a_named_officer_speaking_by_surname_is_no_organisation_for_a_spokesperson() {
    let q = quotes_of(&[
        "A spokesperson for Kent Police said patrols had been stepped up.",
        "Detective Inspector Jo Bloggs is leading the inquiry.",
        "Bloggs said officers were following several lines of inquiry.",
        "“We urge anyone with information to come forward,” the spokesperson said.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].organisation.as_deref(), Some("Kent Police"));
}

#[test]
fn a_lead_clause_at_an_organisation_gives_the_person_after_it_their_organisation() {
    let q = quotes_of(&[
        "Figures were published on Monday.",
        "At Barnardo's, chief executive Lynn Perry said: “Children need help.”",
        "At Kent Police, Detective Inspector Jo Bloggs said: “We are acting.”",
        "At Leeds, head teacher Amy Lowe said: “We are ready.”",
    ]);
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Lynn Perry", Some("chief executive"), Some("Barnardo's")),
            ("Jo Bloggs", Some("Detective Inspector"), Some("Kent Police")),
            ("Amy Lowe", Some("head teacher"), None),
        ]
    );
}

#[test]
fn a_one_word_time_opening_an_organisations_name_is_part_of_it() {
    // "Later Life Trust", "Today Programme": the word opens a name, not a time.
    let q = quotes_of(&[
        "Later Years Trust director Ann Moore said: “Loneliness is rising.”",
        "Today Programme presenter Jim Crane said: “We asked three times.”",
        "Today Inspector Sam Hale said: “We made two arrests.”",
    ]);
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(got[0].2, Some("Later Years Trust"), "{got:?}");
    assert_eq!(got[1].1, Some("Today Programme presenter"), "{got:?}");
    assert_eq!(got[2].0, "Sam Hale", "{got:?}");
}

#[test]
fn action_fraud_and_other_bodies_named_alone_are_no_charity_but_still_an_organisation() {
    // "The charity" never means the national fraud reporting centre, run by the police.
    for body in ["Action Fraud", "Internet Matters", "Parent Zone"] {
        let q = said(&[
            &format!("Reports to {body} from Kent rose by a third last year."),
            "“Older people are targeted most,” the charity said.",
        ]);
        assert_eq!(q, pairs(NONE), "{body}");
    }
    // A charity named before it still is what "the charity" means.
    let q = said(&[
        "Victim Support took 400 calls about scams, and reports to Action Fraud rose.",
        "“Many victims feel ashamed,” the charity said.",
    ]);
    assert_eq!(q, pairs(&[("Victim Support", "Many victims feel ashamed")]));
    // Named, the body speaks for itself and is the organisation of those who speak for it;
    // an officer of it is not made an officer of the force the article is about.
    let found = speakers_and_orgs(&[
        "Kent Police said fraud reports rose by a third last year.",
        "Detective Inspector Jo Bloggs, of Action Fraud, said: “Fraudsters are patient.”",
        "An Action Fraud spokesperson said: “Report every scam, however small.”",
        "Action Fraud said: “Nobody should be embarrassed to report.”",
        "Victim Support said: “Help is there for everyone.”",
    ]);
    let org = Some("Action Fraud".to_string());
    assert_eq!(
        found,
        vec![
            ("Jo Bloggs".to_string(), org.clone()),
            ("Action Fraud spokesperson".to_string(), org.clone()),
            ("Action Fraud".to_string(), org),
            ("Victim Support".to_string(), Some("Victim Support".to_string())),
        ]
    );
}

#[test]
fn initials_of_an_organisation_named_in_full_before_are_that_organisation() {
    let q = said(&[
        "The Freight Transport Association said lorry thefts had doubled in a year.",
        "“Drivers are scared to stop overnight,” the FTA said.",
    ]);
    assert_eq!(q, pairs(&[("Freight Transport Association", "Drivers are scared to stop overnight")]));
    // Set in brackets after the name, whatever its words.
    let q = said(&[
        "Figures come from the Chartered Institute of Library and Information Professionals (CILIP).",
        "CILIP said: “Libraries are closing.”",
    ]);
    assert_eq!(q, pairs(&[("Chartered Institute of Library and Information Professionals", "Libraries are closing.")]));
    // Capitals opening a sentence spell out nothing.
    let q = said(&["But Bristol City fans were angry.", "“We pay our licence fee,” the BBC said."]);
    assert_eq!(q, pairs(&[("BBC", "We pay our licence fee")]));
    // Never spelled out: the initials stand.
    let q = said(&["The NSPCC said: “Children need help.”"]);
    assert_eq!(q, pairs(&[("NSPCC", "Children need help.")]));
}

#[test]
fn initials_are_not_spelled_out_by_a_persons_name_or_title() {
    // A councillor's name has the initials of "CPS": the initials stand.
    let q = quotes_of(&[
        "Councillor Paul Stone said the case had been mishandled from the start.",
        "“We looked at the evidence again,” a CPS spokesperson said.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "CPS spokesperson");
    // A rank and a name ("Detective Sergeant Mark") are no organisation.
    let q = quotes_of(&[
        "Detective Sergeant Mike Drew led the inquiry.",
        "“Our thoughts are with them,” a DSM spokesman said.",
    ]);
    assert_eq!(q[0].speaker, "DSM spokesperson");
    // Capitalised words with the letters that do not close on an organisation's word.
    let q = quotes_of(&[
        "But Bradford Bin Collectors are due to strike next week.",
        "“We have no choice,” a BBC spokesperson said.",
    ]);
    assert_eq!(q[0].speaker, "BBC spokesperson");
    // An organisation's name closing on its word still spells them out.
    let q = quotes_of(&[
        "The Rural Housing Association said rents were rising.",
        "“Families are priced out,” the RHA said.",
    ]);
    assert_eq!(q[0].speaker, "Rural Housing Association");
}

#[test]
fn a_home_town_after_a_name_is_no_organisation() {
    // "from Kirkcaldy", "of Wrexham": where the person lives, not whom they speak for.
    for line in [
        "Jean Watt, 78, from Kirkcaldy, said: \"He phoned me every night for four months.\"",
        "Jean Watt, of Wrexham, said: \"He phoned me every night for four months.\"",
    ] {
        let q = extract_quotes(&article(&[line]));
        assert_eq!(q.len(), 1, "{line}");
        assert_eq!(q[0].speaker, "Jean Watt");
        assert_eq!(q[0].organisation, None, "{line}");
    }
    // A person's home town read back through "she said" is no organisation either.
    let q = extract_quotes(&article(&[
        "Jean Watt, 78, from Dunfermline, lost £9,000 to a man she met online.",
        "\"He phoned me every night for four months,\" she said.",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].organisation, None);
    // A body after "from" still is one.
    let q =
        extract_quotes(&article(&["PC Jo Barrett, from Greater Manchester Police, said: \"We made six arrests.\""]));
    assert_eq!(q[0].organisation.as_deref(), Some("Greater Manchester Police"));
}

#[test]
fn a_feeling_word_opening_an_organisation_name_stays_in_it() {
    // "Proud Trust", "Brave Heart Trust": a capitalised word after the feeling makes it part
    // of a name, so it is not the writer's colour.
    let q = extract_quotes(&article(&["Proud Trust chief executive Ann Lowe said: \"We are ready for the summer.\""]));
    assert_eq!(q[0].organisation.as_deref(), Some("Proud Trust"));
    assert_eq!(q[0].role.as_deref(), Some("chief executive"));
    let q = extract_quotes(&article(&["Brave Heart Trust founder Ann Lowe said: \"We are ready for the summer.\""]));
    assert_eq!(q[0].organisation.as_deref(), Some("Brave Heart Trust"));
    let q = extract_quotes(&article(&["Proud Boys leader Tom Reed said: \"We are ready for the summer.\""]));
    assert_eq!(q[0].role.as_deref(), Some("Proud Boys leader"));
}

#[test]
fn an_unnamed_post_holders_organisation_is_whose_post_it_is() {
    let q = quotes_of(&[
        "Dyfed-Powys Police recorded 900 burglaries.",
        "\"We have doubled patrols,\" the force's head of neighbourhood policing said.",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Dyfed-Powys Police"));
    assert_eq!(q[0].role.as_deref(), Some("head of neighbourhood policing"));
    let q = quotes_of(&["Norfolk's chief constable said: \"Every call will be answered.\""]);
    assert_eq!(q[0].organisation.as_deref(), Some("Norfolk Constabulary"));
    // Not a police post: a place's office holder is not its force's.
    let q = quotes_of(&["Norfolk's chief fire officer said: \"Every volunteer matters.\""]);
    assert_eq!(q.iter().map(|q| q.organisation.clone()).collect::<Vec<_>>(), [None]);
}

/// A police and crime commissioner, or the panel over one, holds no post in the force: the
/// area's name before the post does not make the force their organisation.
#[test]
fn an_areas_police_and_crime_commissioner_is_not_an_officer_of_its_force() {
    for line in [
        "Suffolk's police and crime commissioner said: \"Rural patrols will be protected.\"",
        "\"Every penny has been spent on the front line,\" Dorset's police and crime commissioner said.",
    ] {
        let q = quotes_of(&["The budget for next year was set on Tuesday.", line]);
        assert_eq!(q.len(), 1, "{line}");
        assert_eq!(q[0].organisation, None, "{line}");
    }
}

#[test]
fn a_known_name_opening_with_a_preposition_keeps_it() {
    let found = speakers_and_orgs(&[
        "For Women Scotland, which brought the case, said the ruling was clear.",
        "Its director, Ann Lowe, said: “We will keep campaigning.”",
    ]);
    assert_eq!(found[0].1.as_deref(), Some("For Women Scotland"), "{found:?}");
    let found = speakers_and_orgs(&[
        "With You, which runs drug services in the town, said demand had doubled.",
        "A spokesman for the charity said: “Nobody should wait for help.”",
    ]);
    assert_eq!(found[0].1.as_deref(), Some("With You"), "{found:?}");
}

#[test]
fn the_spokeswoman_again_after_another_speaker_is_the_one_quoted_before() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "A spokeswoman for the charity Safe Haven said: \u{201c}The figures understate the problem.\u{201d}",
                "Chief Inspector Owen Hart, of Dyfed-Powys Police, disagreed.",
                "\u{201c}Our recording is accurate,\u{201d} he said.",
                "\u{201c}Then why do families tell us otherwise?\u{201d} the spokeswoman said.",
            ],
            "Safe Haven spokesperson",
        ),
        (
            &[
                "A spokesman for the Riverside Trust said: \"Every referral is followed up.\"",
                "Superintendent Gail Frost of Cleveland Police said the trust had missed two cases.",
                "\"We have checked every one of them,\" the spokesman replied.",
            ],
            "Riverside Trust spokesperson",
        ),
    ];
    for (lines, speaker) in cases {
        let quotes = quotes_of(lines);
        let last = quotes.last().map(|q| q.speaker.as_str());
        assert_eq!(last, Some(*speaker), "{lines:?}");
    }
}

#[test]
fn the_spokesperson_after_one_reported_just_before_is_that_ones() {
    let quotes = quotes_of(&[
        "A Department for Transport spokesperson said: \u{201c}Stations are staffed at all hours.\u{201d}",
        "A Cumbria Police spokesperson said the increase was down to a bigger unit.",
        "\u{201c}We are finding more offenders than ever,\u{201d} the spokesperson said.",
    ]);
    assert_eq!(quotes.last().map(|q| q.speaker.as_str()), Some("Cumbria Constabulary spokesperson"));
}

#[test]
fn a_spokesperson_of_an_office_in_the_possessive_speaks_for_the_office_without_its_s() {
    let q = speakers_and_orgs(&[
        "\"No decision has been taken,\" said the Chancellor's spokeswoman.",
        "\"Talks will go on over the summer,\" the Mayor's spokesman said.",
    ]);
    assert_eq!(
        q.iter().map(|(_, org)| org.clone()).collect::<Vec<_>>(),
        vec![Some("Chancellor".to_string()), Some("Mayor".to_string())]
    );
}

#[test]
fn a_spokesperson_for_a_body_with_a_long_proper_name_speaks_for_it() {
    let q = orgs_of(&[
        "A spokeswoman for the Office of the Commissioner for Older People in Greater Wessex said: \"The money is ring-fenced.\"",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Office of the Commissioner for Older People in Greater Wessex"));
    let q = orgs_of(&[
        "A spokesman for the Royal Society for the Care of Inland Waterways (RSCIW) said: \"Repairs start in May.\"",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(
        q[0].0.contains("spokesperson") && q[0].0.contains("Royal Society for the Care of Inland Waterways"),
        "{q:?}"
    );
}

#[test]
fn a_spokesperson_answering_the_writer_speaks_for_the_body_the_writer_named_not_the_force_of_its_place() {
    // The body named in the writer's own clause, in the sentence or the one before it, is
    // whom the spokesperson answers for: not the force whose area opens its name.
    let got = orgs_of(&[
        "Burglaries across Kent rose by a tenth, Kent Police figures show.",
        "We wrote to Kent County Council, and a spokesperson replied: “Every ward has a warden now.”",
    ]);
    assert_eq!(got, owned(&[("Kent County Council spokesperson", Some("Kent County Council"))]));
    let got = orgs_of(&[
        "Reports of antisocial behaviour in Surrey fell, Surrey Police said.",
        "The Surrey Youth Trust was asked why two clubs had shut. A spokeswoman said: “We hope to reopen both in spring.”",
    ]);
    assert_eq!(got, owned(&[("Surrey Youth Trust spokesperson", Some("Surrey Youth Trust"))]));
    let got = orgs_of(&[
        "Thefts from cars in Dorset doubled last year.",
        "Parents have written to Dorset Hill Academy about the car park.",
        "A spokesman said: “Staff now patrol it at home time.”",
    ]);
    assert_eq!(got, owned(&[("Dorset Hill Academy spokesperson", Some("Dorset Hill Academy"))]));
}

#[test]
fn a_force_named_in_the_writers_clause_beside_a_body_keeps_the_spokesperson_the_forces() {
    // The clause names the force speaking as well as a body: nothing says the body answers.
    let got = orgs_of(&[
        "Essex Police said it had shared the figures with Essex County Council. A spokesperson said: “We meet every month.”",
    ]);
    assert_eq!(got, owned(&[("Essex Police spokesperson", Some("Essex Police"))]));
    let got = orgs_of(&["Figures rose across Durham.", "A spokesperson said: “We will pursue every offender.”"]);
    assert_eq!(got, owned(&[("Durham Constabulary spokesperson", Some("Durham Constabulary"))]));
}

#[test]
fn they_answering_a_body_the_writer_asked_are_that_body() {
    let got = orgs_of(&[
        "We asked Harwell Borough Council about the closures and they said: “Every library will stay open this year.”",
    ]);
    assert_eq!(got, owned(&[("Harwell Borough Council", Some("Harwell Borough Council"))]));
    let got = orgs_of(&[
        "Potholes on the ring road have been reported for months.",
        "I contacted the Brackley Cycling Trust last week, and they told me: “We have logged every one.”",
    ]);
    assert_eq!(got, owned(&[("Brackley Cycling Trust", Some("Brackley Cycling Trust"))]));
}

#[test]
fn a_spokesperson_for_the_company_speaks_for_the_company_named_with_its_legal_ending() {
    let q = speakers_and_orgs(&[
        "Harlow & Finch Ltd has shut its depot in Goole after a fire in the loading bay.",
        "About 40 drivers have been moved to a site in Selby.",
        "A spokesperson for the company said: “Nobody was hurt and deliveries will resume on Monday.”",
    ]);
    assert_eq!(q, vec![("Harlow & Finch Ltd spokesperson".to_string(), Some("Harlow & Finch Ltd".to_string()))]);
}

#[test]
fn a_spokesperson_for_the_firm_with_two_companies_named_speaks_for_neither() {
    let q = speakers_and_orgs(&[
        "Pellow Haulage Ltd has bought the Goole depot from Tarn Freight plc for an undisclosed sum.",
        "A spokesperson for the firm said: “The site will stay open.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, None, "{q:?}");
}

#[test]
fn a_company_spokesperson_names_the_company_named_two_paragraphs_back() {
    let q = speakers_and_orgs(&[
        "Brackenby Quarries Limited wants to extend its site north of the village by 12 hectares.",
        "Parish councillors have objected to the lorry traffic.",
        "The planning committee will decide in March.",
        "A company spokesman said: “We have listened to residents and cut the hours of working.”",
    ]);
    assert_eq!(
        q,
        vec![("Brackenby Quarries Limited spokesperson".to_string(), Some("Brackenby Quarries Limited".to_string()))]
    );
}

#[test]
fn the_office_of_someone_named_by_an_honorific_speaks_for_them() {
    let q = quotes_of(&[
        "The figure was first used by Owen Price MS in a Senedd debate.",
        "Mr Price's office told us: \u{201c}Owen stands by the number he used.\u{201d}",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Mr Price's office");
}

#[test]
fn the_campaign_team_of_someone_named_in_full_speaks_for_them() {
    let q = quotes_of(&["Priya Nandy's campaign team said: \"The leaflet was checked before it went out.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Priya Nandy's campaign team");
}

#[test]
fn an_office_of_a_place_is_no_named_persons_staff() {
    let q = quotes_of(&["Kent's office said: \u{201c}We are looking into it.\u{201d}"]);
    assert!(q.iter().all(|q| q.speaker != "Kent's office"), "{q:?}");
}
