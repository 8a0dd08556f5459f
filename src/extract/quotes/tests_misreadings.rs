//! Sentences that look like a cue for a speaker but are not one: each must leave a quote with
//! the person the article gave it to, or with no one.

use super::tests::article;
use super::*;

/// (speaker, text) of every quote.
fn said(lines: &[&str]) -> Vec<(String, String)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

/// Checks that each case's first quote is the named speaker's, listing every case that is not.
fn assert_first_quote_is(cases: &[(&[&str], &str)]) {
    let wrong: Vec<_> = cases
        .iter()
        .map(|(lines, speaker)| (said(lines), speaker))
        .filter(|(q, speaker)| q.first().is_none_or(|(who, _)| who != *speaker))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn a_news_sentence_about_someone_of_an_age_is_no_case_study_caption() {
    let cases: [(&[&str], &str); 2] = [
        (
            &[
                "Det Insp Jane Cole said: \"We are appealing for witnesses.\"",
                "\"Anyone with information should call 101.\"",
                "A man, 34, was arrested and remains in custody.",
            ],
            "Jane Cole",
        ),
        (
            &[
                "Sergeant Omar Patel told reporters: “The road will stay shut overnight.”",
                "“Drivers should find another way home.”",
                "Woman, 52, taken to hospital after the crash",
            ],
            "Omar Patel",
        ),
    ];
    for (lines, speaker) in cases {
        let q = said(lines);
        assert!(!q.is_empty() && q.iter().all(|(who, _)| who == speaker), "{lines:?}: {q:?}");
        assert!(q.iter().any(|(_, text)| text.contains("should")), "{lines:?}: {q:?}");
    }
}

#[test]
fn a_pronoun_left_unresolved_between_two_of_its_sex_is_no_slip_for_someone_else() {
    let cases: [&[&str]; 2] = [
        &[
            "Councillor Sarah Bloggs proposed the motion and Councillor Jane Smith opposed it.",
            "Council leader Tom Hill told the meeting the vote would be close.",
            "“It is a waste of money,” she said.",
        ],
        &[
            "Headteacher Mark Owen and governor Paul Reid both spoke. Parent Anna Kerr said she had not been asked.",
            "He said: “Nobody here wants the school to close.”",
        ],
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|lines| said(lines))
        .filter(|q| q.iter().any(|(who, _)| who.contains("Tom Hill") || who.contains("Anna Kerr")))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// (speaker, text) of every quote of a plain-text page, read by ingest as a file is.
fn said_on_page(text: &str) -> Vec<(String, String)> {
    let path = std::path::Path::new("t.txt");
    let article = crate::ingest::parse_article("t", path, text, &crate::ingest::catalogue::Catalogue::default());
    extract_quotes(&article).into_iter().map(|q| (q.speaker, q.text)).collect()
}

#[test]
fn a_short_line_introducing_the_quote_under_it_is_kept_for_the_quote_reader() {
    let cases = [
        ("Shop owner Priya Shah raged:", "Priya Shah"),
        ("Landlord Tom Eade fumed:", "Tom Eade"),
        ("Kent Police issued this statement:", "Kent Police"),
        ("Cllr Amy Rees replied:", "Amy Rees"),
    ];
    for (intro, speaker) in cases {
        let page = format!(
            "Fire guts corner shop\n\nA shop in Leeds was destroyed by fire on Monday night.\n\n{intro}\n\n\
             \"Someone did this on purpose and we want them caught.\"\n\nFirefighters were called at 11pm.\n"
        );
        let q = said_on_page(&page);
        assert!(q.len() == 1 && q[0].0.contains(speaker), "{intro}: {q:?}");
    }
}

#[test]
fn fumes_and_rages_as_a_noun_or_of_a_thing_report_no_one_talking() {
    let cases: [&[&str]; 2] = [
        &["Jane Smith, 61, lives beside the plant where the fumes are worst.", "“We cannot open our windows.”"],
        &[
            "Councillor Tom Reed chairs the committee, where the row over parking rages on.",
            "“Nobody has asked the residents.”",
        ],
    ];
    let given: Vec<_> = cases.iter().map(|lines| said(lines)).filter(|q| !q.is_empty()).collect();
    assert!(given.is_empty(), "{given:?}");
    // Right before a colon, they introduce the quote after it.
    assert_eq!(
        said(&["Landlord Tom Eade fumes: “They never pay on time.”"]).first().map(|q| q.0.as_str()),
        Some("Tom Eade")
    );
    assert_eq!(
        said(&["Mum-of-three Ann Lowe rages: “Nobody listens.”"]).first().map(|q| q.0.as_str()),
        Some("Ann Lowe")
    );
    assert!(said(&["Workers at the depot breathed in the fumes:", "“We were sick for days.”"]).is_empty());
}

#[test]
fn who_gave_a_statement_is_its_giver_not_its_receiver_nor_a_clause_before() {
    let giver = |clause: &str| attribution::intro_speaker(clause);
    // A passive names who received it.
    for clause in ["4 The panel was given the following statement:", "Councillors were sent this statement:"] {
        assert_eq!(giver(clause), None, "{clause}");
    }
    for (clause, who) in [
        ("Kent Police gave the Liverpool Echo the following statement:", "Kent Police"),
        ("Avon and Somerset Police gave ITV News this statement:", "Avon and Somerset Police"),
        ("The council issued an emotional statement:", "The council"),
        ("The trust has issued an updated statement:", "The trust"),
        ("Dr. Jane Smith has given us this statement:", "Dr. Jane Smith"),
        ("Supt. Omar Dale gave me the following statement:", "Supt. Omar Dale"),
        ("The force did not respond, but the Home Office issued a statement:", "the Home Office"),
        ("Ofsted declined to comment, and the school sent this statement:", "the school"),
    ] {
        assert_eq!(giver(clause).as_deref(), Some(who), "{clause}");
    }
}

#[test]
fn a_who_clause_that_only_mentions_naming_or_comment_does_not_keep_someone_unnamed() {
    let cases: [&[&str]; 3] = [
        &[
            "Inspector Tom Reyes said: “We see this every week.”",
            "One officer, a sergeant who declined to comment, was seen leaving the building.",
            "“It was chaos,” he said.",
        ],
        &[
            "Chief Superintendent Mark Cole said: “The patrols will continue.”",
            "One resident, a retired builder who was named as a witness, stayed indoors.",
            "“We have done what we were asked,” he said.",
        ],
        &[
            "Headteacher Paul Amis said: “The school will reopen on Monday.”",
            "One parent, a father who was identified by police as the driver, has been released.",
            "“Our pupils come first,” he said.",
        ],
    ];
    let wrong: Vec<_> = cases.iter().map(|lines| said(lines)).filter(|q| q.len() != 2 || q[0].0 != q[1].0).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    // Someone the text keeps unnamed on purpose is still whom it goes on to hear.
    let q = said(&[
        "Inspector Tom Reyes said: “We see this every week.”",
        "One victim, a widow from Hull who asked not to be named, lost her savings.",
        "“I felt so stupid,” she said.",
    ]);
    assert!(q.len() == 2 && q[1].0.contains("widow"), "{q:?}");
}

#[test]
fn my_relative_in_words_given_as_someone_elses_is_not_the_writers() {
    let cases: [(&[&str], &str); 2] = [
        (
            &[
                "Detective Inspector Mark Oduya said the crash was being investigated.",
                "In a Facebook post, his widow Amy Hart wrote: My son was the kindest man I knew.",
                "\"We are appealing for dashcam footage,\" he said.",
            ],
            "Mark Oduya",
        ),
        (
            &[
                "Sergeant Lisa Ward said officers would stay at the scene overnight.",
                "Paying tribute online, her neighbour Tom Bell posted: Lovely lady. My gran knew her for years.",
                "“Please drive carefully on that road,” she said.",
            ],
            "Lisa Ward",
        ),
    ];
    assert_first_quote_is(&cases);
}

#[test]
fn the_writers_relative_is_read_with_a_modifier_or_a_capital_and_not_from_an_in_law() {
    let relatives = |text: &str| -> Vec<String> {
        mentions::writers_relatives(text).into_iter().map(|(_, words, _)| words).collect()
    };
    assert_eq!(relatives("My late father never trusted banks."), ["my late father"]);
    assert_eq!(relatives("I rang my Dad and then my eldest son."), ["my dad", "my eldest son"]);
    assert!(relatives("My mother-in-law lives in Hove.").is_empty());
    assert!(relatives("my brother-in-law and my step-sister came").is_empty());
}

#[test]
fn a_contact_footer_with_a_web_address_after_an_interview_is_the_papers() {
    for footer in [
        "Childline can be contacted on 0800 1111 or at www.childline.org.uk.",
        "Anyone affected can contact Kent Police on 101 or visit kent.police.uk.",
        "Visit nspcc.org.uk for advice. Call Childline free on 0800 1111.",
    ] {
        let q = said(&[
            "Dr Priya Lamb runs the Safer Screens charity. We spoke to her about its new report.",
            "Q: What did the report find?",
            "A: That most children are contacted by strangers within a week of joining an app.",
            "Q: What should change?",
            "A: The apps must check ages properly. I have said so for years.",
            footer,
        ]);
        assert!(q.len() == 2 && !q[1].1.contains("0800") && !q[1].1.contains("101"), "{footer}: {q:?}");
    }
}

#[test]
fn advice_to_contact_someone_inside_an_interview_is_still_the_answer() {
    // Labelled: the answer goes on past the advice.
    let q = said(&[
        "Inspector Sam Ode leads Durham's online safety team. We asked him about sextortion.",
        "Q: What should a parent do?",
        "A: Stay calm and keep the messages.",
        "Parents can also contact the NSPCC helpline on 0808 800 5000.",
        "Then talk to the school about what happened.",
        "Q: Is it getting worse?",
        "A: Yes, every year.",
    ]);
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("NSPCC")) && texts.iter().any(|t| t.contains("talk to the school")),
        "{q:?}"
    );
    let q = said(&[
        "Dr Ann Byrne runs the county's eating disorder service.",
        "She spoke to us at her clinic in Hove. The interview has been edited for length.",
        "Let's begin with the waiting list. How long is it now?",
        "About four months. I wish it were shorter.",
        "Families can also call the Beat helpline on 0808 801 0677 while they wait.",
        "What would you tell a worried parent?",
        "Trust your instinct. I have seen parents spot it before any doctor did.",
    ]);
    let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("Trust your instinct")), "{q:?}");
}

#[test]
fn a_case_study_caption_may_open_with_any_word_for_a_person() {
    for (caption, word) in [
        ("Grandmother, 72, from Hove", "grandmother"),
        ("Nurse, 29, from Leeds", "nurse"),
        ("Girl aged 14, Childline counselling session", "girl"),
    ] {
        let q = said(&[
            "Callers described what had happened to them.",
            "“Nobody called us back for three weeks.”",
            caption,
        ]);
        assert!(q.len() == 1 && q[0].0.to_lowercase().contains(word), "{caption}: {q:?}");
    }
    // A row of a table that opens with a word for people is no caption.
    let q = said(&["Figures by group were published.", "“Figures are provisional.”", "Victim, 14, 2023/24"]);
    assert!(q.iter().all(|(who, _)| !who.to_lowercase().contains("victim")), "{q:?}");
}

#[test]
fn a_relative_told_by_whose_they_are_has_the_relatives_sex_not_the_owners() {
    let cases: [(&[&str], &str); 2] = [
        (
            &[
                "Detective Inspector Mark Oduya said the crash was being investigated.",
                "The victim's daughter said the family was devastated.",
                "\"We are appealing for dashcam footage,\" he said.",
            ],
            "Mark Oduya",
        ),
        (
            &[
                "Sergeant Lisa Ward said the road would stay closed.",
                "The driver's brother told reporters he had been at work.",
                "“We will be here all night,” she said.",
            ],
            "Lisa Ward",
        ),
    ];
    assert_first_quote_is(&cases);
}

#[test]
fn the_writers_relatives_and_someones_relatives_are_one_list_of_words() {
    let mine: Vec<String> =
        mentions::writers_relatives("My nephew and my girlfriend came.").into_iter().map(|(_, w, _)| w).collect();
    assert_eq!(mine, ["my nephew", "my girlfriend"]);
    for text in ["Amy Lee's uncle paid tribute to her.", "Tom Reed's gran laid flowers at the scene."] {
        let found = mentions::possessive_relatives(text);
        assert!(found.iter().any(|p| p.relative.is_some()), "{text}");
    }
}

#[test]
fn a_sign_off_line_under_a_quote_names_its_speaker_whatever_the_dash() {
    let quote = "\"Our roads are safer than they were. The work goes on.\"";
    let text = "Our roads are safer than they were. The work goes on.";
    for (sign_off, speaker) in [
        ("- Hana Odell, Police and Crime Commissioner for Westmere", "Hana Odell"),
        ("– Hana Odell, Police and Crime Commissioner for Westmere", "Hana Odell"),
        ("— Hana Odell", "Hana Odell"),
        ("―Hana Odell, chair of the Westmere panel", "Hana Odell"),
        ("-Rufus Penn, Northby Council", "Rufus Penn"),
        ("- Rufus Penn, head of transport, Northby Council", "Rufus Penn"),
    ] {
        for gap in ["\n", "\n\n"] {
            let page = format!(
                "Road deaths fall\n\nRoad deaths in Westmere fell last year, the annual report shows.\n\n{quote}{gap}{sign_off}\n\nThe report is published each spring.\n"
            );
            let q = said_on_page(&page);
            assert_eq!(q, vec![(speaker.to_string(), text.to_string())], "{sign_off:?} {gap:?}");
        }
    }
    // Bullets under a quote that are no sign-off stay list items with no speaker.
    let page = "Budget set\n\nThe council met on Monday.\n\n\"These are the main changes.\"\n- Parking charges rise by 5%\n- Libraries open later\n";
    assert_eq!(said_on_page(page), Vec::<(String, String)>::new());
}
