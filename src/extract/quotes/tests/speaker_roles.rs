//! Speakers' roles and descriptions: what before or after a name is a title, what is no part
//! of it, an unnamed speaker described, and an office named again.

use super::*;

#[test]
fn a_lower_case_description_before_a_trailing_name_is_the_speakers() {
    let cases: &[(&str, &str)] = &[
        ("“We were failed,” said local father Imran Qureshi, whose daughter was groomed.", "Imran Qureshi"),
        ("'Things must change,' added grandmother Edna Fell.", "Edna Fell"),
        ("\"The budget is gone,\" said council leader Priya Kaur.", "Priya Kaur"),
    ];
    for (line, speaker) in cases {
        let quotes = said(&[line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].0, *speaker, "{line}");
    }
    // Reported speech after "said" stays the writer's.
    assert_eq!(said(&["“It was late,” said officers working on the case."]), pairs(NONE));
}

#[test]
fn an_unnamed_owner_or_passenger_with_asides_is_described() {
    let quotes = quotes_of(&[
        "One cafe owner whose shutters were set alight, and who asked not to be named, said: “We will reopen.”",
        "A commuter, who did not want to give her name, told us: “I take a taxi now.”",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert!(speakers[0].ends_with("owner") || speakers[0].contains("owner "), "{speakers:?}");
    assert!(speakers[1].contains("commuter"), "{speakers:?}");
}

#[test]
fn a_long_description_with_an_aside_is_told_by_its_first_part() {
    let quotes = quotes_of(&[
        "Ward sisters are worried.",
        "One ward sister at the county hospital, a 44-year-old mother of three who has worked on the wards since 2009, told us: “Some nights we lock the doors. It never used to be like this.”",
        "A taxi driver from the rank outside the station, a man in his fifties who has driven nights there for twenty years, said: “I stop taking fares after midnight.”",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["one ward sister at the county hospital", "a taxi driver from the rank outside the station"]);
    assert!(quotes[0].text.contains("It never used to be like this."), "{quotes:?}");
}

#[test]
fn an_unnamed_person_is_described() {
    let q = said(&["One boy who messaged a helpline last winter said: \"I am 14 and I don’t use chat apps. It began with a friendly ‘hey’\"."]);
    assert_eq!(
        q,
        pairs(&[(
            "one boy who messaged a helpline last winter",
            "I am 14 and I don’t use chat apps. It began with a friendly ‘hey’"
        )])
    );
    let q = said(&["A mother who rang Parentwise told the paper: “Nobody warned us about the game chat.”"]);
    assert_eq!(q, pairs(&[("a mother who rang Parentwise", "Nobody warned us about the game chat.")]));
}

#[test]
fn an_office_named_again_by_its_title_is_the_person_who_holds_it() {
    let q = said(&[
        "Opening the new station, Commissioner Gwen Talbot said burglary had fallen by a fifth.",
        "Figures for the year are due in May.",
        "The Commissioner said: “There is more to do.”",
    ]);
    assert_eq!(q, pairs(&[("Gwen Talbot", "There is more to do.")]));
    let q = said(&[
        "Acting Chief Constable Rob Haines has led the force since March.",
        "“We will be out in every town,” the chief constable said.",
    ]);
    assert_eq!(q, pairs(&[("Rob Haines", "We will be out in every town")]));
    // The role is the title the person was named with, not more of a sentence read as
    // reported speech.
    let q = quotes_of(&[
        "Chief Constable Jo Farrell will retire in the summer, Durham Constabulary said.",
        "The chief constable said: “It has been a privilege.”",
    ]);
    assert_eq!((q[0].speaker.as_str(), q[0].role.as_deref()), ("Jo Farrell", Some("Chief Constable")), "{q:?}");
    let q = said(&[
        "Sarah Kemp, chief executive of the Harbour Trust, welcomed the plan.",
        "The chief executive said: “It is overdue.”",
    ]);
    assert_eq!(q, pairs(&[("Sarah Kemp", "It is overdue.")]));
}

#[test]
fn an_office_two_people_hold_or_nobody_was_named_to_stays_a_description() {
    // Two inspectors named: "the inspector" could be either.
    let q =
        said(&["Inspector Amy Cole and Inspector Dan Price led the raids.", "The inspector said: “We found nothing.”"]);
    assert_eq!(q, pairs(&[("the inspector", "We found nothing.")]));
    let q = said(&["Inspector Amy Cole and a sergeant led the raids.", "The inspector said: “We found nothing.”"]);
    assert_eq!(q, pairs(&[("Amy Cole", "We found nothing.")]));
    // A deputy holds another office: "the chief constable" is not the deputy chief constable.
    let q = said(&[
        "Deputy Chief Constable Ann Price said the force was stretched.",
        "The chief constable said: “We will cope.”",
    ]);
    assert_eq!(q, pairs(&[("the chief constable", "We will cope.")]));
    // No commissioner named before: no one to point back to.
    let q = said(&["Jo Bloggs, a local shopkeeper, was robbed twice.", "The commissioner said: “It is a disgrace.”"]);
    assert_eq!(q, pairs(&[("the commissioner", "It is a disgrace.")]));
}

#[test]
fn a_person_named_again_without_a_role_keeps_the_one_given_before() {
    let quotes = quotes_of(&[
        "Speaking to ITV News, Chief Inspector Mark Kirby of Humberside Police said: “We have doubled the team.”",
        "Mark Kirby told BBC Radio Humberside's breakfast show: “It's a national problem.”",
    ]);
    let who: Vec<_> = quotes.iter().map(|q| (q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(who, [(Some("Chief Inspector"), Some("Humberside Police")); 2]);
}

#[test]
fn roles_and_organisations_are_kept() {
    let q = quotes_of(&["Gwent Police Detective Chief Superintendent Fiona Raikes said: “We act on every report.”"]);
    assert_eq!(q[0].role.as_deref(), Some("Detective Chief Superintendent"));
    assert_eq!(q[0].organisation.as_deref(), Some("Gwent Police"));
    let q = quotes_of(&[
        "Officers in Cleveland are alerting teenagers.",
        "OCET Sergeant Rob Haldane said:“My unit handles it.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Cleveland Police"));
    assert_eq!(q[0].role.as_deref(), Some("Sergeant, OCET"));
}

#[test]
fn titles_and_offices_before_a_name_are_roles() {
    let cases = [
        ("Policing minister Chris Philp said: “We will act.”", "Chris Philp"),
        ("Home Secretary Priti Patel said: “We will act.”", "Priti Patel"),
        ("Labour MP Jess Phillips said: “We will act.”", "Jess Phillips"),
        ("Chief Constable Mark Webster said: “We will act.”", "Mark Webster"),
        ("DCI Jane Smith, of the force's online team, said: “We will act.”", "Jane Smith"),
        ("Speaking to the Echo, Jane Smith said: “We will act.”", "Jane Smith"),
        ("Jane Smith (NSPCC chief executive) said: “We will act.”", "Jane Smith"),
        ("Mum-of-two Jane Smith said: “We will act.”", "Jane Smith"),
        ("“We will act,” said Dr. Jane Smith.", "Jane Smith"),
    ];
    for (line, who) in cases {
        assert_eq!(said(&[line]).first().map(|(s, _)| s.as_str()), Some(who), "{line}");
    }
}

#[test]
fn a_speaker_who_asked_not_to_be_named_is_described_without_the_clause() {
    let q = said(&["A mother from Weston-super-Mare, who asked not to be named, said: \"We had no idea.\""]);
    assert_eq!(q, pairs(&[("a mother from Weston-super-Mare", "We had no idea.")]));
    let q = said(&["One Derby headteacher, who asked not to be named, said: \"Phones are the problem.\""]);
    assert_eq!(q, pairs(&[("one Derby headteacher", "Phones are the problem.")]));
}

#[test]
fn a_relation_to_someone_else_is_no_role() {
    let q = extract_quotes(&article(&[
        "Devon and Cornwall Police recorded 530 offences.",
        "His colleague, PC Emma Hart, added: \"Parents should talk to their children.\"",
    ]));
    assert_eq!(q.first().map(|q| (q.speaker.as_str(), q.role.as_deref())), Some(("Emma Hart", Some("PC"))), "{q:?}");
}

#[test]
fn a_described_speaker_is_one_description_with_the_clause_saying_who_they_are() {
    let q = quotes_of(&["A Co Durham father, whose daughter was groomed at 13, said: “We had no idea at all.”"]);
    assert_eq!((q[0].speaker.as_str(), q[0].role.as_deref()), ("a Co Durham father", None), "{q:?}");
    let q = said(&[
        "One boy, who rang Childline when a stranger threatened to share his pictures, told a volunteer: “I was too scared to sleep.”",
    ]);
    assert_eq!(q, pairs(&[("one boy who rang Childline", "I was too scared to sleep.")]));
}

#[test]
fn a_role_stops_at_the_name_and_the_sentence_verb_is_no_role() {
    let q = quotes_of(&[
        "Dorset’s Police, Fire and Crime Commissioner, Jane Hobbs, praised the officers but said the work was “far from over”.",
        "‘Every child in the county matters,’ she said.",
    ]);
    assert_eq!(
        (q[0].speaker.as_str(), q[0].role.as_deref()),
        ("Jane Hobbs", Some("Police, Fire and Crime Commissioner")),
        "{q:?}"
    );
}

#[test]
fn a_speaker_named_after_a_possessive_role_is_quoted_and_goes_on_speaking() {
    let quotes = quotes_of(&[
        "The Shelter Network Trust said its hostels had turned people away every week of the winter.",
        "\"Families are sleeping in cars because we have no beds left,\" said its operations director, Siobhán Keane.",
        "\"What we need is funding that lasts longer than a single year.\"",
        "The council did not respond.",
    ]);
    let got: Vec<(&str, &str, Vec<usize>)> =
        quotes.iter().map(|q| (q.speaker.as_str(), q.text.as_str(), q.paragraphs.clone())).collect();
    assert_eq!(
        got,
        vec![
            (
                "Siobhán Keane",
                "Families are sleeping in cars because we have no beds left. What we need is funding that lasts longer than a single year.",
                vec![1, 2]
            ),
        ]
    );
}

#[test]
fn a_relative_told_by_whose_they_are_is_described_so() {
    let q = said(&["Her father, who asked not to be named, said: \"She did everything right. I'm proud of her.\""]);
    assert_eq!(q, pairs(&[("her father", "She did everything right. I'm proud of her.")]));
    let q = said(&["His older brother said: \"Nobody told us anything.\""]);
    assert_eq!(q, pairs(&[("his older brother", "Nobody told us anything.")]));
}

#[test]
fn a_clause_saying_where_an_unnamed_speaker_spoke_is_not_the_speaker() {
    assert_eq!(
        said(&[
            "In a victim statement read out at the hearing, the boy's grandmother said: 'He was a happy lad. Now he won't leave his room.",
            "'We feel we let him down.'",
        ]),
        pairs(&[("the boy's grandmother", "He was a happy lad. Now he won't leave his room. We feel we let him down.")])
    );
    assert_eq!(
        said(&["Outside the court, one neighbour said: “Nobody on the street had any idea.”"]),
        pairs(&[("one neighbour", "Nobody on the street had any idea.")])
    );
}

#[test]
fn sentencing_before_a_judge_or_our_before_a_title_is_no_part_of_the_role() {
    let q = quotes_of(&[
        "Sentencing, Judge Amy Lee said: “You knew exactly what you were doing.”",
        "Our chief executive, Tom Reyes, said: “We are here for every family.”",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(got, vec![("Amy Lee", Some("Judge")), ("Tom Reyes", Some("chief executive"))]);
}

#[test]
fn a_person_named_again_with_the_last_words_of_their_title_keeps_the_whole_title() {
    let q = quotes_of(&[
        "Thefts recorded by Gwent Police rose, according to a report by Police and Crime Commissioner Ann Price-Lowe.",
        "Commissioner Ann Price-Lowe said: “This cannot go on.”",
    ]);
    assert_eq!(q[0].speaker, "Ann Price-Lowe");
    assert_eq!(q[0].role.as_deref(), Some("Police and Crime Commissioner"));
    assert_eq!(q[0].organisation.as_deref(), Some("Gwent"));
    // A different title is a different description, kept as given.
    let q = quotes_of(&[
        "Thefts recorded by Gwent Police rose, according to Detective Inspector Ann Lowe.",
        "Chief Inspector Ann Lowe said: “This cannot go on.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Chief Inspector"));
}

#[test]
fn a_clause_saying_where_or_when_before_a_name_is_no_role_and_the_name_is_the_subject() {
    let q = quotes_of(&[
        "On a bright morning in Hull, Priya Shah is unlocking the food bank.",
        "“We see more families every week,” she says.",
        "On Tuesday, Mark Dean, prosecuting, said the evidence was weak.",
        "“The Crown offers no evidence,” he said.",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(got, vec![("Priya Shah", None), ("Mark Dean", None)]);
}

#[test]
fn a_lead_clause_opening_on_what_the_speaker_was_doing_is_no_part_of_their_role() {
    let q = quotes_of(&[
        "Publishing her first budget, Mayor Jo Bloggs said the city would borrow less.",
        "“We have to live within our means,” she said.",
        "Launching the scheme, Dr Ian Holt said: “It starts today.”",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(got, vec![("Jo Bloggs", Some("Mayor")), ("Ian Holt", None)]);
}

#[test]
fn a_town_ending_in_ing_before_a_word_for_a_person_is_no_lead_clause() {
    // "Woking resident", "Tring councillor": a town and a person's description, not a verb.
    let q = quotes_of(&[
        "Woking resident Tom Hale, a father of two, said: “It is long overdue.”",
        "Tring councillor Ann Webb, who chairs the panel, said: “We listened.”",
    ]);
    let got: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(got, vec!["Tom Hale", "Ann Webb"]);
}

#[test]
fn a_time_opening_the_speaker_words_without_a_comma_is_no_part_of_them() {
    let q = quotes_of(&[
        "Last night Labour MP Jo Bloggs, who sits on the justice committee, said: “The figures are a scandal.”",
        "Yesterday Ian Holt said: “We will appeal.”",
        "Earlier this week the charity’s director Amy Lowe said: “Demand has doubled.”",
        "Last night Tom Reed, the trust's chairman, said: “We are devastated.”",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Jo Bloggs", Some("Labour MP")),
            ("Ian Holt", None),
            ("Amy Lowe", Some("director")),
            ("Tom Reed", Some("chairman"))
        ]
    );
}

#[test]
fn an_office_before_a_name_is_the_role_and_naming_it_again_keeps_the_first_role() {
    let q = quotes_of(&[
        "Councillor Ffion Rees, chair of the safety committee, said: “We need more patrols.”",
        "Councillor Ffion Rees added: “And we need them soon.”",
        "“Nobody here feels safe after dark,” said Cllr Dai Pugh.",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("Ffion Rees", Some("Councillor, chair of the safety committee")),
            ("Ffion Rees", Some("Councillor, chair of the safety committee")),
            ("Dai Pugh", Some("Cllr")),
        ]
    );
}

#[test]
fn an_office_named_again_is_not_a_longer_title_or_past_another_holder() {
    // "Prime Minister" is another office than "the minister".
    let q = quotes_of(&[
        "Prime Minister Ruth Hale toured the steelworks on Monday.",
        "“We will not walk away from this town,” the minister said.",
    ]);
    assert_eq!(q[0].speaker, "the minister", "{q:?}");
    // An unnamed chief executive comes between the named one and the quote.
    let q = quotes_of(&[
        "Priya Shah, chief executive of the trust, apologised to the family.",
        "The council's chief executive also wrote to the trust. “Lessons must be learned,” the chief executive said.",
    ]);
    assert_eq!(q.last().map(|q| q.speaker.as_str()), Some("the chief executive"), "{q:?}");
    // With no other holder between, the one named is meant.
    let q = quotes_of(&[
        "Priya Shah, chief executive of the trust, apologised to the family.",
        "“Lessons must be learned,” the chief executive said.",
    ]);
    assert_eq!(q[0].speaker, "Priya Shah", "{q:?}");
}

#[test]
fn a_feeling_before_a_title_is_no_part_of_the_role() {
    // "Heartbroken dad", "Devastated mum": the writer's colour, not what the person is.
    for (line, role) in [
        ("Heartbroken dad Tom Reed, 52, said: \"Nothing will bring him back.\"", "dad"),
        ("Devastated grandmother Ann Lowe said: \"She was our whole world.\"", "grandmother"),
        ("Proud headteacher Ann Lowe said: \"The pupils worked so hard.\"", "headteacher"),
    ] {
        let q = extract_quotes(&article(&[line]));
        assert_eq!(q.len(), 1, "{line}");
        assert_eq!(q[0].role.as_deref(), Some(role), "{line}");
    }
    // A title that is more than a feeling keeps its words.
    let q = extract_quotes(&article(&["Shop worker Ann Lowe said: \"We close at six now.\""]));
    assert_eq!(q[0].role.as_deref(), Some("Shop worker"));
}

#[test]
fn an_unnamed_officer_of_a_named_place_is_described() {
    assert_eq!(
        said(&["Burglary rose in Devon.", "Devon's chief fire officer said: \"Every call matters to us.\""]),
        pairs(&[("Devon's chief fire officer", "Every call matters to us.")])
    );
    assert_eq!(
        said(&["“We will not give up,” Kent's police and crime commissioner said."]),
        pairs(&[("Kent's police and crime commissioner", "We will not give up")])
    );
    // A possessive of a word the gazetteer does not know is no owner of the description.
    assert_eq!(said(&["Bloggs's chief executive said: \"We will not give up.\""]), vec![]);
}

#[test]
fn a_long_clause_of_when_before_an_unnamed_officer_is_dropped() {
    assert_eq!(
        said(&[
            "Speaking to the scrutiny committee at County Hall in Truro on Monday, the county's top officer said: \"We need more staff.\""
        ]),
        pairs(&[("the county's top officer", "We need more staff.")])
    );
    assert_eq!(
        said(&[
            "Addressing a packed public meeting of parents and governors in the school hall last night, a senior teacher said: \"Phones are the problem.\""
        ]),
        pairs(&[("a senior teacher", "Phones are the problem.")])
    );
}

#[test]
fn a_label_before_the_speaker_words_is_not_the_speakers() {
    let q = quotes_of(&["Editor's note: A spokesman for Dorset Police said: \"Every report is investigated.\""]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].organisation.as_deref(), Some("Dorset Police"));
    let q = quotes_of(&["UPDATE: Councillor Jo Bloggs said: \"We will review the decision.\""]);
    assert_eq!(q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(), ["Jo Bloggs"]);
}

#[test]
fn an_auxiliary_and_adverb_before_a_reporting_verb_are_not_the_role() {
    let q = quotes_of(&[
        "Avon's Police and Crime Commissioner, Jo Bloggs, has now agreed £90,000 for two new posts.",
        "\"This is money well spent,\" said Ms Bloggs.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].role.as_deref(), Some("Police and Crime Commissioner"));
    let q = quotes_of(&[
        "The charity's chief executive, Tom Hale, had already announced a review of the service.",
        "\"We owe families answers,\" said Mr Hale.",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("chief executive"));
}

#[test]
fn a_word_for_a_kind_of_post_means_the_person_named_before_to_a_post_of_that_kind() {
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "Detective Sergeant Ffion Rees runs the county's cyber crime unit.",
                "The unit was set up in 2019 and has grown every year since.",
                "“Most of the offenders we catch live nowhere near their victims,” the detective said.",
            ],
            "Ffion Rees",
        ),
        (
            &[
                "Det Insp Gareth Moss leads Norfolk Police's rural crime team.",
                "“Thieves are targeting quad bikes and trailers,” the officer said.",
            ],
            "Gareth Moss",
        ),
        (
            &[
                "Cllr Janet Ellis, who chairs the scrutiny committee, asked for a fuller report.",
                "“We cannot scrutinise what we are not shown,” the councillor said.",
            ],
            "Janet Ellis",
        ),
        (
            &[
                "At Cardiff Crown Court, Recorder Alun Price jailed the man for six years.",
                "“You preyed on people who trusted you,” the judge told him.",
            ],
            "Alun Price",
        ),
    ];
    for (lines, speaker) in cases {
        let q = quotes_of(lines);
        assert_eq!(q.first().map(|q| q.speaker.as_str()), Some(speaker), "{lines:?}: {q:?}");
    }
}

#[test]
fn a_word_for_a_kind_of_post_two_people_named_together_hold_stays_a_description() {
    let q = quotes_of(&[
        "Detective Constable Amy Cole and Detective Sergeant Dan Price led the inquiry.",
        "“We followed the money,” the detective said.",
    ]);
    assert_eq!(q.first().map(|q| q.speaker.as_str()), Some("the detective"), "{q:?}");
}

#[test]
fn chief_shortened_to_ch_in_a_rank_is_part_of_the_role() {
    let q = quotes_of(&["Det Ch Supt Mair Hughes runs the inquiry.", "“We will not stop,” she said."]);
    assert_eq!(q.first().map(|q| q.speaker.as_str()), Some("Mair Hughes"), "{q:?}");
    let q = quotes_of(&[
        "Ch Insp Tom Reid leads the county's roads policing unit.",
        "“Speed is still the biggest killer,” the officer said.",
    ]);
    assert_eq!(q.first().map(|q| q.speaker.as_str()), Some("Tom Reid"), "{q:?}");
}

#[test]
fn the_commissioner_is_the_police_and_crime_commissioner_named_before() {
    let q = said(&[
        "Police and Crime Commissioner Dafydd Rowe visited the new custody suite.",
        "The Commissioner said: “We will fund two more custody nurses.”",
    ]);
    assert_eq!(q, pairs(&[("Dafydd Rowe", "We will fund two more custody nurses.")]));
    let q = said(&[
        "Helen Moyes, Police, Fire and Crime Commissioner, said the budget was the tightest in years.",
        "“Every station stays open,” the commissioner said.",
    ]);
    assert_eq!(q, pairs(&[("Helen Moyes", "Every station stays open")]));
}

#[test]
fn a_long_description_of_the_speakers_organisation_keeps_the_speaker() {
    let q = said(&[
        "Priya Anand, head of research at the Marlowe Institute, the independent think tank that studies housing and homelessness across the towns of the north of England, said the figures were grim.",
        "'This is the worst winter we have seen,' she said. 'Shelters are full.'",
    ]);
    assert_eq!(
        q,
        pairs(&[("Priya Anand", "This is the worst winter we have seen"), ("Priya Anand", "Shelters are full.")])
    );
    let q = quotes_of(&[
        "Kwame Mensah, a consultant at St Anne's Hospital, the regional centre which treats most of the county's serious burns and the injuries from road traffic collisions, said staff were stretched.",
        "“We have had no summer lull at all,” he added.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Kwame Mensah", "{q:?}");
    assert_eq!(q[0].organisation.as_deref(), Some("St Anne's Hospital"), "{q:?}");
}

#[test]
fn a_long_description_of_the_speakers_organisation_keeps_the_speaker_named_around_the_quote() {
    let q = said(&[
        "Priya Anand, head of research at the Marlowe Institute, the independent think tank that studies housing and homelessness across the towns of the north of England, said: 'This is the worst winter we have seen.'",
    ]);
    assert_eq!(q, pairs(&[("Priya Anand", "This is the worst winter we have seen.")]));
    let q = quotes_of(&[
        "“We have had no summer lull at all,” said Kwame Mensah, a consultant at St Anne's Hospital, the regional centre which treats most of the county's serious burns and the injuries from road traffic collisions.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Kwame Mensah", "{q:?}");
    assert_eq!(q[0].text, "We have had no summer lull at all", "{q:?}");
}

#[test]
fn a_part_describing_the_speakers_body_is_no_role_of_theirs() {
    let q = quotes_of(&[
        "Marta Kowal, policy lead at the Hearth Foundation, the housing charity, said: “Rents are rising.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("policy lead"), Some("Hearth Foundation")));
    let q = quotes_of(&[
        "Tom Reed, director of the Safer Streets Trust, a campaign group that works with schools, said: “We see it daily.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].role.as_deref(), Some("director"), "{q:?}");
}

#[test]
fn a_gp_is_a_role_not_an_organisations_initials() {
    let q = quotes_of(&[
        "Air pollution in the town centre has risen for three years.",
        "Dr Helen Ashe, a GP in the town, warned: “Children with asthma will suffer.”",
    ]);
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("GP in the town"), None), "{q:?}");
    let q = quotes_of(&[
        "Waiting times at the surgery have doubled.",
        "“We cannot see everyone who needs us,” said Tariq Aziz, a GP at the Riverside Surgery.",
    ]);
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("GP"), Some("Riverside Surgery")), "{q:?}");
}

#[test]
fn a_party_named_in_capitals_before_a_brief_holders_title_is_no_persons_name() {
    for line in [
        "At the Senedd, the Welsh Labour health spokeswoman said: “Waiting lists are longer than ever.”",
        "Speaking in Holyrood, a Scottish Green housing spokesman said: “Rents have outrun wages for a decade.”",
    ] {
        let q = quotes_of(&[line]);
        assert_eq!(q.len(), 1, "{line}");
        assert!(q[0].speaker.ends_with("spokesperson"), "{line}: {:?}", q[0]);
        assert!(q[0].role.as_deref().is_some_and(|r| r.starts_with("spokes")), "{line}: {:?}", q[0]);
    }
}

#[test]
fn a_brief_holders_title_after_a_named_party_keeps_the_party_as_its_organisation() {
    let q =
        quotes_of(&["The Welsh Conservative rural affairs spokeswoman told the Senedd: “Bus routes keep vanishing.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].organisation.as_deref().is_some_and(|o| o.starts_with("Welsh Conservative")), "{q:?}");
}

#[test]
fn a_junior_ministers_title_before_their_name_is_a_role_not_a_name() {
    let q = quotes_of(&[
        "In a debate last week, the Parliamentary Under-Secretary of State for Transport, Jo Bloggs, replied: “Funding for the line is secure.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Jo Bloggs");
    assert_eq!(q[0].role.as_deref(), Some("Parliamentary Under-Secretary of State for Transport"));
    let q = said(&["“We will publish the review in spring,” said the Under-Secretary, Ann Lowe."]);
    assert_eq!(q, pairs(&[("Ann Lowe", "We will publish the review in spring")]));
}

#[test]
fn a_capitalised_title_of_three_words_before_an_apposed_name_gives_the_name() {
    let quotes = quotes_of(&[
        "The Chief Harbour Officer, Lena Voss, wrote: “The quay reopens on Friday.”",
        "The Senior Flood Manager, Omar Reddy, said: “The pumps ran all night.”",
        "The Deputy Chief Inspector, Carys Hale, said: “Two lanes stay shut.”",
    ]);
    let got: Vec<(&str, Option<&str>)> = quotes.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("Lena Voss", Some("Chief Harbour Officer")),
            ("Omar Reddy", Some("Senior Flood Manager")),
            ("Carys Hale", Some("Deputy Chief Inspector")),
        ]
    );
}
