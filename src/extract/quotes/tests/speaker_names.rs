//! Speakers' names: first names, surnames named again, particles, and names that are a
//! business's, a place's or a school's rather than a person's.

use super::*;

#[test]
fn a_first_name_that_is_not_the_real_one_names_a_speaker() {
    let quotes = quotes_of(&[
        "Kayleigh, not her real name, said: “Nobody listened to me.”",
        "“I was 14,” she added.",
        "Tom (whose name has been changed) told us: “I felt trapped.”",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Kayleigh", "Kayleigh", "Tom"]);
}

#[test]
fn someone_described_and_given_a_name_by_the_story_speaks_under_that_name() {
    let quotes = quotes_of(&[
        "Her father, who asked to be called \"Steve\", heard about it from the school.",
        "“Nobody warned us,” he told the Herald.",
        "The boy is now at college.",
        "“He is doing fine,” her father said.",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Steve", "Steve"]);
    let quotes = quotes_of(&[
        "One victim, whom we are calling Priya, reported the man to Kent Police in March.",
        "“I felt sick,” she said.",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Priya"]);
    // A clause that names no one leaves the description as it was.
    let quotes = quotes_of(&[
        "Her father, who asked not to be named, heard about it from the school.",
        "“Nobody warned us,” he told the Herald.",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["her father"]);
}

#[test]
fn later_references_resolve_to_the_person_named_before() {
    let q = said(&[
        "OCET Sergeant Rob Haldane said: “My unit handles the hardest cases.”",
        "Sgt Haldane added: “Parents should check who their children talk to.”",
        "Detective Superintendent Ruth Okafor, from Norfolk police, said answering every call is a priority.",
        "She said: “The numbers keep climbing.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Rob Haldane", "My unit handles the hardest cases."),
            ("Rob Haldane", "Parents should check who their children talk to."),
            ("Ruth Okafor", "The numbers keep climbing."),
        ])
    );
}

#[test]
fn a_place_name_in_brackets_is_not_the_speaker() {
    let q = said(&["A father from Caernarfon (Caernarvon), whose daughter was sent messages in June, said: \"We found out from her school. Nobody else told us.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.contains("father") && !q[0].0.contains("caernarvon"), "{q:?}");
}

#[test]
fn a_word_for_a_person_before_a_full_name_is_no_part_of_the_name() {
    let q = said(&[
        "Victim Tamsin Crewe, now 30, spoke to reporters outside court.",
        "“I was let down by everyone,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Tamsin Crewe", "I was let down by everyone")]));
    // An organisation's name opening on such a word is still its name.
    let q = quotes_of(&["A Victim Support Cymru spokesperson said: “Fraud is never just about money.”"]);
    assert_eq!(q[0].organisation.as_deref(), Some("Victim Support Cymru"), "{q:?}");
}

#[test]
fn guardian_style_surnames_resolve_to_the_person_named_before() {
    let q = said(&[
        "Sir Owen Pryce, the NCWT chief executive, pressed ministers to move.",
        "“Children cannot wait,” said Pryce.",
        "“We agree,” Mr Pryce added.",
    ]);
    assert_eq!(q, pairs(&[("Owen Pryce", "Children cannot wait"), ("Owen Pryce", "We agree")]));
    // A bare surname nobody introduced is not given to anyone.
    assert_eq!(said(&["“Children cannot wait,” said Pryce."]), pairs(NONE));
}

#[test]
fn letters_after_a_name_and_a_role_after_it_keep_the_name() {
    let q = quotes_of(&[
        "“Valley families feel forgotten,” said Owain Price MS, Senedd member for North and South Wales, who sits on its health committee.",
    ]);
    assert_eq!(q[0].speaker, "Owain Price", "{q:?}");
    let q = quotes_of(&[
        "Owain Price MS, the Senedd member for East and West Glamorgan who sits on its health committee, said he had written to the minister.",
        "“Valley families feel forgotten,” he said.",
    ]);
    assert_eq!(q[0].speaker, "Owain Price", "{q:?}");
    // The letters add nothing to the title beside them.
    assert_eq!(q[0].role.as_deref(), Some("Senedd member for East and West Glamorgan"), "{q:?}");
}

#[test]
fn a_place_before_an_office_is_not_the_speakers_name() {
    assert_eq!(
        said(&[
            "Norfolk County Councillor Ellen Marsh, who sits for a ward near Thetford, said villagers had stopped calling the police.",
            "\"They think nobody will turn up,\" she said. \"I want that fixed.\"",
        ]),
        pairs(&[("Ellen Marsh", "They think nobody will turn up"), ("Ellen Marsh", "I want that fixed.")])
    );
}

#[test]
fn a_person_known_by_a_first_name_is_named_by_it() {
    let q = said(&[
        "Detective Inspector Sue Marsh said the gangs were based abroad.",
        "Father-of-two Callum, 47, from Swindon, whose son was targeted last spring, told the paper how the chat turned.",
        "He said: \"He could not sleep. He thought it was his fault.\"",
    ]);
    assert_eq!(q, pairs(&[("Callum", "He could not sleep. He thought it was his fault.")]));
    let q = said(&["Nadia, 38, from Luton, said: \"We had no idea what was going on.\""]);
    assert_eq!(q, pairs(&[("Nadia", "We had no idea what was going on.")]));
    let q = said(&["Grandmother Irene said: \"It broke my heart.\""]);
    assert_eq!(q, pairs(&[("Irene", "It broke my heart.")]));
}

#[test]
fn a_first_name_with_an_age_after_now_names_the_speaker_of_paragraphs_going_on() {
    let q = said(&[
        "\"He never had to send them,\" says Amira, now 19, from Margate. \"Knowing he could was enough.",
        "\"I stopped going to college. I stopped seeing friends.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Amira", "He never had to send them"),
            ("Amira", "Knowing he could was enough. I stopped going to college. I stopped seeing friends."),
        ])
    );
}

#[test]
fn an_assistant_chief_constable_named_by_acc_and_surname_is_the_officer_named_before() {
    let q = quotes_of(&[
        "Assistant Chief Constable Tom Reyes, of Cumbria Constabulary, said: “Knife crime is falling.”",
        "“There is more to do,” ACC Reyes added.",
    ]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker, "Tom Reyes");
    assert_eq!(q[1].organisation.as_deref(), Some("Cumbria Constabulary"));
}

#[test]
fn a_commissioner_introduced_by_title_is_whom_mr_and_a_surname_mean() {
    let q = quotes_of(&[
        "Burglaries recorded by Norfolk Constabulary fell by 8%.",
        "Police and Crime Commissioner Tom McKee has set aside £50,000 for victims.",
        "Mr McKee said: “Every victim deserves help.”",
    ]);
    assert_eq!(q[0].speaker, "Tom McKee");
    assert_eq!(q[0].organisation.as_deref(), Some("Norfolk"));
}

#[test]
fn a_surname_alone_reported_as_speaking_names_the_person_again() {
    let q = quotes_of(&[
        "On a wet evening in Salford, Tom Reed is taping a boxer's hands.",
        "“They come here instead of the streets,” he says.",
        "Detective Inspector Alan Cole said arrests had risen.",
        "“We are making progress,” he said.",
        "The force recorded 400 robberies.",
        "Back in Salford, Reed says the gym's grant ends in May.",
        "“We need the money,” he says.",
    ]);
    let got: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(got, vec!["Tom Reed", "Alan Cole", "Tom Reed"]);
    // Named again by surname, he is still a man: a later "she" is someone else.
    let q = quotes_of(&[
        "Tom Reed is the gym's coach.",
        "Amy Lowe, who chairs the trust, said the grant was under review.",
        "Reed says the grant ends in May.",
        "“It is a hard call,” she said.",
    ]);
    assert_eq!(q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(), vec!["Amy Lowe"]);
}

#[test]
fn a_surname_two_people_named_before_share_names_neither_of_them_again() {
    let q = quotes_of(&[
        "Emma Hart founded the gym in 2015.",
        "PC Sam Hart, her brother, joined the force the same year.",
        "Hart says the two often disagree about how to keep teenagers safe.",
        "The gym opens four nights a week.",
        "Membership costs £5 a month.",
        "“We argue about everything,” she says.",
    ]);
    assert!(q.iter().all(|q| q.speaker != "Sam Hart"), "{q:?}");
}

#[test]
fn a_surname_that_is_also_an_honorific_ends_a_name_after_a_first_name() {
    let q = quotes_of(&[
        "Detective Sergeant Nia Lord, of Gwent Police, said: “We are following several leads.”",
        "“Lock your sheds,” said PC Owen Judge, of North Wales Police.",
        "Lord Hain said: “This needs an inquiry.”",
    ]);
    let got: Vec<(&str, Option<&str>, Option<&str>)> =
        q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref(), q.organisation.as_deref())).collect();
    // A peer keeps the title they are named by.
    assert_eq!(
        got,
        vec![
            ("Nia Lord", Some("Detective Sergeant"), Some("Gwent Police")),
            ("Owen Judge", Some("PC"), Some("North Wales Police")),
            ("Lord Hain", None, None),
        ]
    );
}

#[test]
fn a_name_before_a_noun_for_a_firms_people_or_property_is_the_firms() {
    for middle in ["Peter Hollis vans were broken into overnight.", "David Marsh lorries were taken from the yard."] {
        let q = said(&[
            "Sergeant Tom Price said officers were at the scene.",
            middle,
            "\"We are checking cameras,\" he said.",
        ]);
        assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Tom Price"), "{middle}");
    }
    let q = said(&[
        "Inspector Ann Cole said the thefts were linked.",
        "Wendy Marsh volunteers found the door forced.",
        "\"Please lock up,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ann Cole"));
}

/// Words for a firm's people or property that are verbs too ("volunteers", "nurses",
/// "shares", "shops") are the person's verb when no verb follows them: the person is still
/// the subject a later pronoun means.
#[test]
fn a_name_before_a_verb_that_is_also_a_business_noun_is_a_person() {
    for (middle, pronoun) in [
        ("Helen Rigby volunteers at the food bank in Kendal twice a week.", "she"),
        ("Margaret Dunn nurses sick hedgehogs back to health in her shed.", "she"),
        ("Peter Quinn shares a caravan with his brother near Rhyl.", "he"),
        ("Simon Ward shops at the farmers' market every Saturday.", "he"),
    ] {
        let quote = format!("\"It keeps me busy,\" {pronoun} said.");
        let q = said(&["Weekend volunteers are in short supply, organisers say.", middle, quote.as_str()]);
        let who = middle.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        assert_eq!(q.last().map(|(who, _)| who.as_str()), Some(who.as_str()), "{middle}");
    }
}

/// A name a brand or place also has is a person's when the sentence marks a person: an age
/// or a home town after it, or "he", "his", "she" or "her" in it.
#[test]
fn a_name_a_brand_or_place_also_has_is_a_persons_when_the_text_marks_a_person() {
    let q = said(&[
        "Ben Sherman, 23, from Crewe, finished the marathon in under three hours.",
        "\"My legs have never hurt so much,\" he said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ben Sherman"));
    let q = said(&[
        "Laura Ashley opened her front door to find the hallway flooded.",
        "\"The carpets are ruined,\" Mrs Ashley said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Laura Ashley"));
    let q = said(&[
        "Victoria Park, 71, has sung in the chapel choir since she was a girl.",
        "\"I will miss it terribly,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Victoria Park"));
}

#[test]
fn a_school_or_hospice_named_after_a_person_is_no_person() {
    for middle in ["Grace Hopper Academy said it would hold an assembly.", "Amy Lane Hospice said it was shaken."] {
        let q =
            said(&["Inspector Ann Cole said patrols would increase.", middle, "\"We are here to help,\" she said."]);
        assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ann Cole"), "{middle}");
    }
}

#[test]
fn a_name_with_a_lowercase_particle_is_one_persons_name() {
    let q = said(&[
        "‘Nobody wants a bypass through the woods,’ said Carys Bevan of the Friends of Coed Lleol.",
        "The county’s cabinet member for roads, Dafydd ap Rhys, said the route would be looked at again.",
        "‘We have listened, and the consultation stays open until March,’ he told the council.",
    ]);
    assert_eq!(q.last().map(|p| p.0.as_str()), Some("Dafydd ap Rhys"), "{q:?}");
    let q = said(&[
        "\"The harbour needs dredging now,\" said Tom Hale, a fisherman.",
        "The port's director, Anneke van der Berg, said the work was booked for spring.",
        "\"We cannot dredge in the breeding season,\" she said.",
    ]);
    assert_eq!(q.last().map(|p| p.0.as_str()), Some("Anneke van der Berg"), "{q:?}");
}

/// A description given a name is looked up by the description, in any case, and the name
/// given last before a quote is the one meant, not one given after it; a page quoting an
/// unnamed office holder over and over keeps the description.
#[test]
fn the_name_given_last_to_a_description_is_the_one_it_means() {
    let quotes = quotes_of(&[
        "Her father, who asked to be called \"Steve\", heard about it from the school.",
        "“Nobody warned us,” Her Father said.",
        "Her father, who asked to be called \"Dave\", heard about it later.",
        "“It was too late,” her father said.",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Steve", "Dave"]);
    let line = "Kent's chief constable said: \"We accept it.\" ".repeat(200);
    let quotes = quotes_of(&[line.as_str()]);
    assert!(quotes.iter().all(|q| q.speaker == "Kent's chief constable"));
}

#[test]
fn a_name_with_a_particle_is_named_in_full() {
    let cases: [(&[&str], &str); 4] = [
        (&["SDLP MLA Pádraig Ó Dálaigh asked about funding.", "“Who pays for this?” he said."], "Pádraig Ó Dálaigh"),
        (&["Councillor Máire Ní Bhriain raised the issue.", "“Parents are frightened,” she said."], "Máire Ní Bhriain"),
        (&["Det Supt Aoife Ní Riain leads the team.", "“We are making arrests,” she said."], "Aoife Ní Riain"),
        (
            &["Plaid Cymru MS Siân ap Gwilym asked about waiting lists.", "“Families are waiting too long,” she said."],
            "Siân ap Gwilym",
        ),
    ];
    for (lines, speaker) in cases {
        let q = quotes_of(lines);
        assert_eq!(q.first().map(|q| q.speaker.as_str()), Some(speaker), "{lines:?}: {q:?}");
    }
}

#[test]
fn a_title_before_a_surname_with_a_lowercase_particle_is_the_person_named_before() {
    let q = said(&[
        "Harbour board member Elis ap Gruffydd asked why the slipway was shut.",
        "Cllr ap Gruffydd said: \"The fishermen have waited two winters.\"",
    ]);
    assert_eq!(q, pairs(&[("Elis ap Gruffydd", "The fishermen have waited two winters.")]));
    let q = said(&[
        "The gallery's curator, Lotte van Damme, opened the show on Friday.",
        "\"We had to borrow half the walls,\" said Ms van Damme.",
    ]);
    assert_eq!(q, pairs(&[("Lotte van Damme", "We had to borrow half the walls")]));
    // Named by title and particle only, never in full, the surname is still read.
    let q = said(&["Mr de Vries told the hearing: \"I was never asked.\""]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("de Vries"), "{q:?}");
}

#[test]
fn a_job_title_before_a_name_with_two_given_names_names_all_three() {
    let q = said(&["Trust chair Mary Jane Tolley reminded him of the budget. \"We have nothing left,\" she said."]);
    assert_eq!(q, pairs(&[("Mary Jane Tolley", "We have nothing left")]));
    let q = said(&["Ward sister Anna Maria Costa showed us the rota. \"Nights are the worst,\" she said."]);
    assert_eq!(q, pairs(&[("Anna Maria Costa", "Nights are the worst")]));
}

#[test]
fn a_lone_first_name_introduced_before_speaks_under_that_name() {
    let speakers = |lines: &[&str]| -> Vec<String> {
        let mut speakers: Vec<String> = quotes_of(lines).into_iter().map(|q| q.speaker).collect();
        speakers.dedup();
        speakers
    };
    let lines = [
        "Ellie (not her real name) was 12 when the messages began.",
        "\"Nobody asked me how I was,\" Ellie told the charity. \"They just wanted the phone.\"",
    ];
    assert_eq!(speakers(&lines), ["Ellie"]);
    let lines = [
        "A council spokesperson said: \"Every referral is reviewed.\"",
        "Callum was placed with a foster family in 2021.",
        "\"I kept it to myself for years,\" Callum explained.",
    ];
    assert_eq!(speakers(&lines), ["council spokesperson", "Callum"]);
}

#[test]
fn a_title_of_several_words_before_a_name_and_letters_after_it_are_role_and_name() {
    let q = quotes_of(&[
        "Economic Development Minister Alun Tregear MLC told the chamber that the rise was \"a warning\".",
        "\"Our island is not immune,\" he said.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Alun Tregear", "{q:?}");
    let q = quotes_of(&[
        "Children and Families Secretary Morwenna Kelly MHK said in the House of Keys: \"We will not wait for the next report.\"",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Morwenna Kelly", "{q:?}");
    let q = quotes_of(&[
        "Rural Affairs Secretary Mairi Gunn MSP said in Holyrood that the figures were worrying.",
        "\"Nobody in a village should feel out of reach,\" she told members.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Mairi Gunn", "{q:?}");
}

#[test]
fn a_members_letters_before_a_name_are_a_title_of_the_place_named_before_them() {
    let q = quotes_of(&["Dublin Bay South TD Niamh Keogh said: \"The money is not there.\""]);
    assert_eq!(q[0].speaker, "Niamh Keogh", "{q:?}");
    let q = quotes_of(&["\"Nobody asked the schools,\" said North Leinster West TD Cathal Brennan."]);
    assert_eq!(q[0].speaker, "Cathal Brennan", "{q:?}");
}

#[test]
fn a_bare_surname_label_before_a_quote_is_the_person_named_in_full_with_it() {
    let q = said(&[
        "Tonight's panel brings together Inspector Ruth Calloway of Avon and Somerset Police and Professor Idris Mensah, an economist at the University of Bristol.",
        "Calloway: “We see more of it every month. Most of it never reaches us.”",
        "Mensah: “The cost falls on families first.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ruth Calloway", "We see more of it every month. Most of it never reaches us."),
            ("Idris Mensah", "The cost falls on families first."),
        ])
    );
    // A title before the surname is read past.
    let q =
        said(&["The episode hears from Dr Ama Boateng, a GP in Leeds.", "Dr Boateng: “Waiting lists are the worry.”"]);
    assert_eq!(q, pairs(&[("Ama Boateng", "Waiting lists are the worry.")]));
}

#[test]
fn a_label_that_is_no_ones_surname_gives_no_quote() {
    let q = said(&["The episode hears from Dr Ama Boateng, a GP in Leeds.", "Update: “Closed until further notice.”"]);
    assert!(q.is_empty(), "{q:?}");
    let q = said(&["Councillor Tom Kent spoke first.", "Leeds: “Closed until further notice.”"]);
    assert!(q.is_empty(), "{q:?}");
}
