//! The grammar that gives a quote to a speaker: "X said:", ", X said", a statement, a
//! sign-off line or caption under it, a sentence pointing back at the quote before.

use super::*;

#[test]
fn said_colon_introduces_a_quote() {
    assert_eq!(
        said(&["Nick Tavener, NCWT head of youth internet safety policy, said: “These numbers are sobering.”"]),
        pairs(&[("Nick Tavener", "These numbers are sobering.")])
    );
    assert_eq!(
        said(&["OCET Sergeant Rob Haldane said:“My unit handles it.”"]),
        pairs(&[("Rob Haldane", "My unit handles it.")])
    );
    assert_eq!(said(&["Jane Smith told the BBC: \"We were shocked.\""]), pairs(&[("Jane Smith", "We were shocked.")]));
}

#[test]
fn attribution_after_the_quote_names_the_speaker() {
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);
    let cases: &[Case] = &[
        (&["“This can include chat apps,” the charity said.", "The NSPCC runs Childline."], &[]),
        (
            &["“We are worried,” said Owen Pryce, chief executive of the Lanyard Trust."],
            &[("Owen Pryce", "We are worried")],
        ),
        (&["\"We are worried\", Jane Smith said."], &[("Jane Smith", "We are worried")]),
        (&["'We are worried,' he told the BBC.", "x"], &[]),
        (&["\"It is a scandal,\" according to Tom Jones, a campaigner."], &[("Tom Jones", "It is a scandal")]),
    ];
    for (lines, expected) in cases {
        assert_eq!(said(lines), pairs(expected), "{lines:?}");
    }
}

#[test]
fn an_attribution_in_the_last_paragraph_names_the_whole_quote() {
    let q = quotes_of(&[
        "Figures rose again.",
        "“We have seen a rise in reports this year.",
        "“It shows victims are coming forward,” said Jane Smith, of the NSPCC.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Jane Smith");
    assert_eq!(q[0].text, "We have seen a rise in reports this year. It shows victims are coming forward");
    assert_eq!(q[0].paragraphs, vec![1, 2]);
    // A closed, unattributed paragraph stays out.
    let q =
        said(&["“With restrictions, the charity believes the risk will rise.”", "“It is a scandal,” said Jane Smith."]);
    assert_eq!(q, pairs(&[("Jane Smith", "It is a scandal")]));
}

#[test]
fn adding_between_two_quotes_keeps_the_speaker() {
    let q = said(&["“It is a scandal,” said Jane Smith, adding: “We need action now.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "It is a scandal"), ("Jane Smith", "We need action now.")]));
    let q = said(&["Jane Smith, who runs the “Safe Online” project, said: “We need action now.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We need action now.")]));
}

#[test]
fn written_direct_speech_is_a_quote() {
    let q = quotes_of(&["Maria, a mother of three from Swindon, posted: “Check your children's phones tonight.”"]);
    assert_eq!((q[0].speaker.as_str(), q[0].text.as_str()), ("Maria", "Check your children's phones tonight."));
    let q = said(&["Campaigner Asha Patel tweeted: “The figures are a disgrace.”"]);
    assert_eq!(q, pairs(&[("Asha Patel", "The figures are a disgrace.")]));
}

#[test]
fn a_statement_quoted_as_speaking_is_the_speakers_whose_statement_it_is() {
    // "The statement" goes on from the quote just before it, in its paragraph or the last.
    let q = said(&[
        "A spokeswoman for Harbourside Council said: “The bridge will reopen in June.",
        "“Diversions will stay in place until then.”",
        "“We are sorry for the disruption this has caused,” the statement added.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Harbourside Council spokesperson",
                "The bridge will reopen in June. Diversions will stay in place until then."
            ),
            ("Harbourside Council spokesperson", "We are sorry for the disruption this has caused"),
        ])
    );
    let q = said(&[
        "Marion Tate said: “The charity has never been busier.” The press release went on: “Demand has doubled.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Marion Tate", "The charity has never been busier."), ("Marion Tate", "Demand has doubled.")])
    );
    // Named in the attribution, the statement is theirs, whoever spoke before.
    let q = said(&[
        "Owen Pryce, who runs the Lanyard Trust, said: “Families have waited too long.”",
        "“Every report of a missing child is treated as urgent,” a statement from Cumbria Police said.",
    ]);
    assert_eq!(
        q.last(),
        Some(&("Cumbria Constabulary".to_string(), "Every report of a missing child is treated as urgent".to_string()))
    );
    // With no quote just before, a statement given by no one is nobody's.
    let q = said(&[
        "Superintendent Kay Byrne said: “We have made two arrests.”",
        "The force later published its figures for the year.",
        "“Every report is investigated,” the statement said.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn a_sign_off_line_under_a_quote_names_its_speaker() {
    // A newsletter blockquote: an open passage, its closing paragraph, then a dash and the
    // signer, after text that reported someone else as talking.
    let q = said(&[
        "The chief constable, Mark Dunn, has been asked to report back to the panel on this.",
        "\"I promised to put local policing first. These figures show that promise kept.",
        "\"But there is more to do on fraud.\"",
        "– Priya Lal, Police and Crime Commissioner for Northby",
        "Mark Dunn said: \"We will report in the autumn.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Priya Lal",
                "I promised to put local policing first. These figures show that promise kept. But there is more to do on fraud."
            ),
            ("Mark Dunn", "We will report in the autumn."),
        ])
    );
    // A dash line under a quote that is a list item, not a person, names nobody.
    let q = said(&[
        "Jo Hale said: \"We are proud of the year our officers have had.\"",
        "- Burglary down 14% on the year before",
        "\"Every street has a named officer now.\"",
        "- Shoplifting up 9%",
    ]);
    assert_eq!(q, pairs(&[("Jo Hale", "We are proud of the year our officers have had.")]));
    // A credit or reading line under a quote is no sign-off, even when it names someone.
    for line in
        ["– Photo by Dan Moss", "- Reporting by Amy Lake and Tom Reed", "– Picture Dan Moss", "— Read more Dan Moss"]
    {
        let q = said(&["\"It was the best night the village has had in years.\"", line]);
        assert_eq!(q, pairs(NONE), "{line}");
    }
    // An attribution in the quote's own paragraph wins over a sign-off line under it (here
    // the writer's byline).
    let q = said(&["Amy Lake said: \"We are ready for the winter.\"", "– Tom Reed, editor"]);
    assert_eq!(q, pairs(&[("Amy Lake", "We are ready for the winter.")]));
}

#[test]
fn a_sentence_pointing_back_names_the_quote_before_it() {
    // A passage opened with no attribution, then named by the next paragraph's first
    // sentence in the ways papers write it.
    for pointer in [
        "Those were the words of Dr Helen Marsh, a GP in Northby, as the surgery reopened.",
        "These are the words of Helen Marsh, who runs the food bank.",
        "The words are those of Helen Marsh, a volunteer for ten years.",
        "So says Helen Marsh, chair of the residents' association.",
        "That is the verdict of Helen Marsh after a year on the waiting list.",
        "That was the stark message from Helen Marsh when the plans were published.",
        "Such was the warning from Helen Marsh on Tuesday.",
    ] {
        let q = said(&[
            "\"We have waited three years for this road to be mended. Nobody listens to us.",
            "\"We will keep writing until something is done.\"",
            pointer,
            "The council said repairs would start in spring.",
        ]);
        assert_eq!(
            q,
            pairs(&[(
                "Helen Marsh",
                "We have waited three years for this road to be mended. Nobody listens to us. We will keep writing until something is done."
            )]),
            "{pointer}"
        );
    }
    // One closed paragraph of speech is named the same way.
    let q = said(&[
        "\"Nobody should have to sleep in a car in the middle of winter.\"",
        "Those were the words of Councillor Tom Reed as the shelter opened its doors.",
    ]);
    assert_eq!(q, pairs(&[("Tom Reed", "Nobody should have to sleep in a car in the middle of winter.")]));
}

#[test]
fn a_pointing_back_sentence_that_names_no_person_attributes_nothing() {
    // A song, a book or a plaque is not a speaker.
    for pointer in [
        "Those were the words of the song played at the funeral.",
        "Those were the words of a hymn the choir sang.",
        "So says the sign above the door.",
    ] {
        let q = said(&["\"Walk on through the wind and walk on through the rain.\"", pointer]);
        assert_eq!(q, pairs(NONE), "{pointer}");
    }
    // A name in the next paragraph that does not point back is not the speaker.
    let q = said(&[
        "\"We have waited three years for this road to be mended. Nobody listens to us.\"",
        "Helen Marsh, 54, of Northby, was fined £200 at magistrates' court last week.",
    ]);
    assert_eq!(q, pairs(NONE));
    // The pointer must open the paragraph straight after the quote.
    let q = said(&[
        "\"We have waited three years for this road to be mended. Nobody listens to us.\"",
        "The council said repairs would start in spring.",
        "Those were the words of Helen Marsh at a meeting last year.",
    ]);
    assert_eq!(q, pairs(NONE));
    // A quote already attributed keeps its speaker.
    let q = said(&[
        "Amy Lake said: \"We are ready for the winter and the gritters are stocked.\"",
        "Those were the words of the council's leader, Tom Reed, last year.",
    ]);
    assert_eq!(q, pairs(&[("Amy Lake", "We are ready for the winter and the gritters are stocked.")]));
}

#[test]
fn a_label_that_names_nobody_quoted_is_not_a_speaker() {
    // A repeated label that is not a person the article named: a caption, a source line,
    // a table row.
    let q = said(&[
        "Pictured: officers outside the station in Carlisle on Monday morning.",
        "Source: figures released by the Home Office under freedom of information.",
        "Pictured: the unit's new van parked in the yard.",
        "Source: answers given by forces to a parliamentary question.",
        "Cumbria: 1,204 offences were recorded last year.",
        "Cumbria: 1,388 offences were recorded this year.",
    ]);
    assert_eq!(q, pairs(NONE));
    // A label used once is no transcript, even when it names someone.
    let q = said(&["Sergeant Owen Blake leads the unit.", "Sgt Blake: the officer who led the raid."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_pointing_back_sentence_does_not_take_a_quote_from_the_person_introduced_before_it() {
    // The paragraph before the quote already says who is talking; "the view of X too" or
    // "So says X, but …" names someone else who agrees, not the speaker.
    for intro in [
        "Ann Lowe spoke to the BBC about the night her son died.",
        "Ann Lowe, whose son died in the crash, has been speaking to the BBC.",
    ] {
        for pointer in [
            "That is the view of her neighbour Tom Reed too.",
            "So says Tom Reed, but police say the driver was not to blame.",
        ] {
            let q = extract_quotes(&article(&[
                intro,
                "\"I will never forgive the driver. He took everything from us.\"",
                pointer,
            ]));
            assert_eq!(q.len(), 1, "{intro} / {pointer}");
            assert_eq!(q[0].speaker, "Ann Lowe", "{intro} / {pointer}");
        }
    }
}

#[test]
fn a_pointing_back_sentence_naming_a_body_or_a_place_attributes_nothing() {
    // Bodies and places written like names, a name followed by the people it qualifies
    // ("Sky News viewers", "Mill Lane residents") or by a possessive, and a name after
    // "chaired by" are not the quote's speaker.
    for pointer in [
        "That is the verdict of Citizens Advice after a year of calls.",
        "That is the view of Natural England, the government's adviser.",
        "That was the warning from Public Health Wales yesterday.",
        "That was the message from Downing Street.",
        "So says Great Ormond Street.",
        "So says Victim Support Kent.",
        "That is the verdict of Sky News viewers who took part in the poll.",
        "That is the plea from Mill Lane residents to the council.",
        "That is the reaction of Old Trafford regulars.",
        "That is the view of Sir Keir Starmer's opponents in the town.",
        "That was the view of the inquiry chaired by Sir Tom Reed.",
        "That is the message from Tom Reed and Ann Lowe, who live on the street.",
    ] {
        let q = said(&["\"We have waited three years for this road to be mended. Nobody listens to us.\"", pointer]);
        assert_eq!(q, pairs(NONE), "{pointer}");
    }
}

#[test]
fn a_pointing_back_speaker_phrase_ends_before_too_but_and_in_court() {
    let quote = "\"We have waited three years for this road to be mended. Nobody listens to us.\"";
    for (pointer, role) in [
        ("That is the view of Tom Reed too.", None),
        ("So says Tom Reed, but the council disagrees.", None),
        ("That was the warning from Tom Reed's lawyer, Ann Lowe, in court.", Some("Tom Reed's lawyer")),
        ("So says Tom Reed's sister-in-law Ann Lowe.", Some("Tom Reed's sister-in-law")),
    ] {
        let q = extract_quotes(&article(&[quote, pointer]));
        assert_eq!(q.len(), 1, "{pointer}");
        assert_eq!(q[0].role.as_deref(), role, "{pointer}");
    }
}

#[test]
fn put_it_before_a_colon_introduces_a_quote() {
    assert_eq!(
        said(&["Dr Amy Lee put it bluntly: \"This is a scandal.\""]),
        pairs(&[("Amy Lee", "This is a scandal.")])
    );
    assert_eq!(
        said(&[
            "The county's chief fire officer put it simply when she spoke to councillors in March: \"We cannot be everywhere.\""
        ]),
        pairs(&[("the county's chief fire officer", "We cannot be everywhere.")])
    );
    // "As she put it" after a quote reads nothing new.
    assert_eq!(said(&["As she put it, the figures were grim."]), vec![]);
}

#[test]
fn put_it_with_a_word_of_degree_before_its_manner_introduces_a_quote() {
    assert_eq!(
        said(&["Farmer Dilys Morgan put it more plainly still: \"We are being robbed.\""]),
        pairs(&[("Dilys Morgan", "We are being robbed.")])
    );
    assert_eq!(
        said(&["The harbourmaster, Ivo Penrose, put it even more bluntly: \"Nobody listens until a boat sinks.\""]),
        pairs(&[("Ivo Penrose", "Nobody listens until a boat sinks.")])
    );
    assert_eq!(
        said(&["Her neighbour put it rather less politely: \"They are a menace.\""]),
        pairs(&[("her neighbour", "They are a menace.")])
    );
}

#[test]
fn a_statement_someone_else_issued_in_between_is_not_the_quote_befores() {
    let q = said(&[
        "\"We need witnesses,\" Inspector Ruth Bell said, as the victim's parents released a statement. \"She was our whole world,\" the statement said.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    let q = said(&[
        "\"The road will stay shut,\" Sergeant Dan Cole said. The bus company later put out a short statement. \"Services will be diverted,\" the statement added.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    // Said in a statement by the one quoted, it is still theirs.
    let q = said(&[
        "\"The road will stay shut,\" Sergeant Dan Cole said in a statement. \"Services will be diverted,\" the statement added.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Dan Cole"));
}

/// The one quoted giving a statement in their own attribution ("as he issued a statement",
/// "who read out a statement") gives the statement quoted after it.
#[test]
fn a_statement_the_speaker_gives_in_their_own_attribution_is_theirs() {
    let q = said(&[
        "\"The club will not be relegated,\" chairman Gareth Vaughan said as he issued a statement on Monday. \"We have the money to finish the season,\" the statement continued.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Gareth Vaughan"), "{q:?}");
    let q = said(&[
        "\"Our pupils come first,\" said Helen Oduya, who read out a short statement outside the school. \"Lessons will resume on Monday,\" the statement added.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Helen Oduya"), "{q:?}");
}

#[test]
fn giving_a_statement_before_a_colon_introduces_a_quote() {
    assert_eq!(
        said(&[
            "Tom Archer, chair of the residents' group, has sent us the following statement:",
            "\"Nobody listened to us. Now they will.\""
        ]),
        pairs(&[("Tom Archer", "Nobody listened to us. Now they will.")])
    );
    assert_eq!(
        said(&[
            "Inspector Ali Khan of Essex Police provided this statement to the panel: \"Patrols are up by a third.\""
        ]),
        pairs(&[("Ali Khan", "Patrols are up by a third.")])
    );
    assert_eq!(
        said(&[
            "3.4 Chief Inspector Ann Lowe, of Kent Police, has provided the following statement for members:",
            "\"We have added two patrols.\""
        ]),
        pairs(&[("Ann Lowe", "We have added two patrols.")])
    );
    // A statement told of, with no colon before the quote, introduces nothing new.
    assert_eq!(said(&["The council issued a statement on Monday."]), vec![]);
}

#[test]
fn a_tabloid_verb_of_anger_before_a_colon_introduces_a_quote() {
    assert_eq!(
        said(&["Dad-of-two Gary Webb, 52, who lost his van to thieves, fumed: 'They took everything I had.'"]),
        pairs(&[("Gary Webb", "They took everything I had.")])
    );
    assert_eq!(
        said(&[
            "Kent Police recorded 400 thefts.",
            "Sam Cole, 38, who runs the corner shop, fumed: 'They came back twice.'"
        ]),
        pairs(&[("Sam Cole", "They came back twice.")])
    );
    assert_eq!(
        said(&["Kent Police recorded 400 thefts.", "Shop owner Priya Shah raged: \"It is the third time this year.\""]),
        pairs(&[("Priya Shah", "It is the third time this year.")])
    );
}

#[test]
fn a_case_study_caption_under_a_quote_names_its_speaker() {
    let q = said(&[
        "Young people who contact the helpline often describe how a chat turned.",
        "“He kept saying I was special. Then he wanted photos.”",
        "Boy, 13, helpline caller",
        "The charity wants apps to do more.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.to_lowercase().contains("boy"), "{q:?}");
    assert_eq!(q[0].1, "He kept saying I was special. Then he wanted photos.");
    let q = said(&[
        "Parents told the inquiry what had happened.",
        "“Nobody called us back for three weeks.”",
        "Mother of two, 41, from Swindon",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.to_lowercase().contains("mother"), "{q:?}");
    // A row of a table is no caption.
    let q = said(&["Figures by area were published.", "“Figures are provisional.”", "Kent, 14, 2023/24"]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn giving_this_or_the_following_before_a_colon_introduces_a_quote() {
    let q = quotes_of(&["A spokeswoman for the Harbour Trust sent us this:", "\"We turn nobody away. Nobody.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].organisation.as_deref(), Some("Harbour Trust"), "{q:?}");
    assert_eq!(
        said(&["Lowmoor Bus Company has given the paper the following: \"The route will reopen in May.\""]),
        pairs(&[("Lowmoor Bus Company", "The route will reopen in May.")])
    );
    // Sent this by someone, the one sending is not named.
    assert_eq!(said(&["Parents were sent this:", "\"The school will close at noon.\""]), vec![]);
}

#[test]
fn a_subordinate_clause_before_the_speaker_holds_no_attribution_of_its_own() {
    let q = quotes_of(&[
        "When we asked Gwent Police about the figures, a spokeswoman said:",
        "\"Every report is investigated. We would urge victims to come forward.\"",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].organisation.as_deref(), Some("Gwent Police"), "{q:?}");
    assert!(q[0].speaker.contains("spokes"), "{q:?}");
    let q = quotes_of(&[
        "Once I had told Cleveland Police what the parents said, a spokesman for the force responded: \"We are reviewing how those calls were handled.\"",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].organisation.as_deref(), Some("Cleveland Police"), "{q:?}");
    assert!(q[0].speaker.contains("spokes"), "{q:?}");
}

#[test]
fn a_welsh_quote_introduced_by_dywedodd_is_the_named_speakers() {
    let q = said(&[
        "Dywedodd y Prif Gwnstabl, Huw Pritchard: \"Rydym yn gweithio gyda'r ysgolion bob dydd.\"",
        "Chief Constable Huw Pritchard said: \"We work with the schools every day.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Huw Pritchard", "Rydym yn gweithio gyda'r ysgolion bob dydd."),
            ("Huw Pritchard", "We work with the schools every day."),
        ])
    );
    let q = said(&["Dywedodd Cynghorydd Sian Llwyd, arweinydd y cyngor: \"Mae hyn yn newyddion da i'r dref.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn a_long_subordinate_clause_with_a_time_after_the_name_still_leads_to_the_speaker() {
    let q = said(&[
        "The county council will raise council tax by five per cent next year.",
        "When we read the cuts out to Councillor Amrit Vale at County Hall on Tuesday evening, she told us: \"We have no choice left. The grant has been cut every year.\"",
    ]);
    assert_eq!(q, pairs(&[("Amrit Vale", "We have no choice left. The grant has been cut every year.")]));
    let q = said(&[
        "Farm thefts rose again over the winter.",
        "After we showed the figures to Inspector Tom Reyes of the rural crime team on Friday morning, he said: \"Quad bikes still go first.\"",
    ]);
    assert_eq!(q, pairs(&[("Tom Reyes", "Quad bikes still go first.")]));
}

#[test]
fn a_spaced_dash_after_an_intro_clause_introduces_the_quote_as_a_colon_does() {
    let q = said(&["Inspector Tom Reyes said - \"Quad bikes still go first. Then it is tools and fuel.\""]);
    assert_eq!(q, pairs(&[("Tom Reyes", "Quad bikes still go first. Then it is tools and fuel.")]));
    let q = said(&["Councillor Amrit Vale was blunt — “The grant has gone. We have nothing left to cut.”"]);
    assert_eq!(q, pairs(&[("Amrit Vale", "The grant has gone. We have nothing left to cut.")]));
    let q =
        said(&["The head teacher, Ruth Okoro, did not mince her words - \"This is a failure of the whole system.\""]);
    assert_eq!(q, pairs(&[("Ruth Okoro", "This is a failure of the whole system.")]));
    // Words that go on the writer's sentence after the dash are folded into it.
    let q = said(&["Councillor Amrit Vale said the library would stay shut - \"for now\"."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn how_plainly_someone_spoke_before_a_colon_introduces_their_quote() {
    let q = said(&["Sergeant Ian Holt was scathing: \"Nobody has been held to account for any of it.\""]);
    assert_eq!(q, pairs(&[("Ian Holt", "Nobody has been held to account for any of it.")]));
    let q = said(&["Ruth Okoro, who chairs the governors, pulled no punches: “Parents were misled for a year.”"]);
    assert_eq!(q, pairs(&[("Ruth Okoro", "Parents were misled for a year.")]));
}

#[test]
fn a_dash_and_a_name_after_a_closed_quote_in_its_own_paragraph_sign_it() {
    let q = said(&[
        "Inspector Jo Marsh leads the rural crime team.",
        "\"Lock your sheds. Mark your tools.\" – Insp Marsh 🚜 #FarmWatch #Rural",
    ]);
    assert_eq!(q, pairs(&[("Jo Marsh", "Lock your sheds. Mark your tools.")]));
    let q = said(&["“Every call is answered by a person, not a machine.” — Helen Pryce, head of the helpline"]);
    assert_eq!(q, pairs(&[("Helen Pryce", "Every call is answered by a person, not a machine.")]));
    // A retort after a dash is no signature, nor is a pointer to more.
    let q = said(&["\"Not going to fix the roads\" – then why raise the tax"]);
    assert_eq!(q, pairs(NONE));
    let q = said(&["\"The works will finish in May.\" - Read more on our website"]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_signed_pull_quote_repeating_words_already_quoted_is_no_new_quote() {
    let q = said(&[
        "Helen Pryce, who runs the helpline at the charity Safe Line, said: \"Every call is answered by a person. Nobody waits on hold for long.\"",
        "“Every call is answered by a person.” — Helen Pryce, Safe Line",
    ]);
    assert_eq!(q, pairs(&[("Helen Pryce", "Every call is answered by a person. Nobody waits on hold for long.")]));
    let q = said(&[
        "Inspector Jo Marsh said: \"Lock your sheds. Mark your tools. Report anyone you do not know.\"",
        "\"Mark your tools.\" - Jo Marsh, rural crime team",
    ]);
    assert_eq!(q, pairs(&[("Jo Marsh", "Lock your sheds. Mark your tools. Report anyone you do not know.")]));
}

#[test]
fn a_signed_pull_quote_before_the_passage_it_was_lifted_from_is_no_quote_of_its_own() {
    let q = said(&[
        "“Every call is answered by a person.” — Helen Pryce, head of the helpline",
        "The helpline took more calls than ever last year.",
        "Helen Pryce said: \"Every call is answered by a person. Nobody waits on hold for long.\"",
    ]);
    assert_eq!(q, pairs(&[("Helen Pryce", "Every call is answered by a person. Nobody waits on hold for long.")]));
    let q = said(&[
        "\"Mark your tools.\" - Inspector Jo Marsh",
        "Thefts from sheds rose again this winter.",
        "Inspector Jo Marsh said: \"Lock your sheds. Mark your tools. Report anyone you do not know.\"",
    ]);
    assert_eq!(q, pairs(&[("Jo Marsh", "Lock your sheds. Mark your tools. Report anyone you do not know.")]));
}

#[test]
fn words_said_again_in_the_same_paragraph_stay_two_quotes() {
    let q = said(&["\"Slow down near the school,\" said Ann Lowe. \"That's all. Slow down near the school.\""]);
    assert_eq!(
        q,
        pairs(&[("Ann Lowe", "Slow down near the school"), ("Ann Lowe", "That's all. Slow down near the school.")])
    );
    let q = said(&["\u{201c}Ring us first,\u{201d} said Tom Reed. \u{201c}I mean it. Ring us first.\u{201d}"]);
    assert_eq!(q, pairs(&[("Tom Reed", "Ring us first"), ("Tom Reed", "I mean it. Ring us first.")]));
}

#[test]
fn an_exclamation_mark_inside_a_name_ends_no_sentence_before_the_attribution() {
    let q = said(&[
        "Ann Lowe, founder of the campaign Slow Down Now! Yorkshire, said: 'Every village has a road like ours.'",
    ]);
    assert_eq!(q, pairs(&[("Ann Lowe", "Every village has a road like ours.")]));
    let q =
        said(&["Tom Reed, who chairs Stop Speeding! Wales, told us: \"The limits only work if they are enforced.\""]);
    assert_eq!(q, pairs(&[("Tom Reed", "The limits only work if they are enforced.")]));
}

#[test]
fn as_opening_an_intro_clause_is_no_part_of_the_speaker() {
    let q = said(&[
        "Calls to the helpline doubled over the winter. As one boy who rang the helpline explained:",
        "“I did not know who to tell. It went on for months.”",
    ]);
    assert_eq!(q, pairs(&[("one boy who rang the helpline", "I did not know who to tell. It went on for months.")]));
    let q = said(&["As Ruth Okafor, the practice's senior partner, told the meeting: “Nobody should wait six weeks.”"]);
    assert_eq!(q, pairs(&[("Ruth Okafor", "Nobody should wait six weeks.")]));
    // "put it" with no word of how introduces the quote only after "As".
    let q = said(&["Parents were angry. As one father at the gates put it:", "\"We were told nothing.\""]);
    assert_eq!(q, pairs(&[("one father at the gates", "We were told nothing.")]));
    let q = quotes_of(&["As Ruth Okafor said: “Nobody should wait six weeks.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].role, None, "{q:?}");
}

#[test]
fn as_after_a_linking_word_is_no_part_of_the_speaker() {
    let q = said(&["Parents were angry. But as one father at the gates explained: “We were told nothing.”"]);
    assert_eq!(q, pairs(&[("one father at the gates", "We were told nothing.")]));
    let q = said(&["Or, as Ruth Okafor told the meeting: “Nobody should wait six weeks.”"]);
    assert_eq!(q, pairs(&[("Ruth Okafor", "Nobody should wait six weeks.")]));
}

#[test]
fn an_as_clause_after_a_quote_names_its_speaker() {
    let q = said(&["Parents were angry.", "“We were told nothing,” as one father at the gates put it."]);
    assert_eq!(q, pairs(&[("one father at the gates", "We were told nothing")]));
    let q = said(&["The surgery closed in May.", "'Nobody should wait six weeks,' as Ruth Okafor told the Courier."]);
    assert_eq!(q, pairs(&[("Ruth Okafor", "Nobody should wait six weeks")]));
}

#[test]
fn a_speaker_after_a_verb_of_urging_or_insisting_is_named() {
    let cases: &[(&str, &str)] = &[
        (
            "\u{201c}If you saw anything that night, ring us,\u{201d} urged DCI Ben Ashworth of Lancashire Police.",
            "Ben Ashworth",
        ),
        ("\"We did everything the law asked of us,\" insisted Maria Lopes, the home's manager.", "Maria Lopes"),
    ];
    for (line, speaker) in cases {
        let quotes = quotes_of(&["Officers were called to the house on Friday.", line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
    }
}

#[test]
fn an_inverted_attribution_after_a_quote_takes_the_less_common_speech_verbs() {
    let q = said(&[
        "Traders gathered outside the town hall on Friday.",
        "“It is a disaster for the high street,” fumed Gary Holt, a butcher for 30 years.",
        "“We will fight this all the way,” vowed the chairman of the traders’ association, Mike Dunn.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Gary Holt", "It is a disaster for the high street"),
            ("Mike Dunn", "We will fight this all the way"),
        ])
    );
    let q = said(&[
        "The ferry service was cut last winter.",
        "“We had no warning at all,” recalled Morag Innes, who runs the island shop.",
        "“Islanders have been let down,” wrote Angus Reid, the local councillor, in a letter to ministers.",
        "“The timetable is under review,” conceded a spokesman for Caledonian Ferries.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Morag Innes", "We had no warning at all"),
            ("Angus Reid", "Islanders have been let down"),
            ("Caledonian Ferries spokesperson", "The timetable is under review"),
        ])
    );
}

#[test]
fn the_subject_of_an_as_clause_before_a_quote_is_its_speaker() {
    let q = said(&["The house rule, as one shopkeeper told us: 'Never leave the till open. Not even for a minute.'"]);
    assert_eq!(q, pairs(&[("one shopkeeper", "Never leave the till open. Not even for a minute.")]));
    let q = said(&["The lesson of the year, as Maya Osei told the Gazette: “Ask early and ask often.”"]);
    assert_eq!(q, pairs(&[("Maya Osei", "Ask early and ask often.")]));
}

#[test]
fn an_as_aside_closed_before_the_verb_describes_the_speaker_before_it() {
    let q = said(&["Maya Osei, as chair of the residents' group, said: “We will appeal.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Maya Osei");
}

#[test]
fn they_quoting_a_spokesperson_the_sentence_before_reported_is_that_spokesperson() {
    let q = orgs_of(&[
        "We put the figures to Dyfed-Powys Police. A spokesperson said patrols had been doubled. They added: “Every call is answered.”",
        "A spokeswoman for Dyfed-Powys Police says the van will be back next week. They add: “We are sorry for the delay.”",
    ]);
    assert_eq!(
        q,
        owned(&[
            ("Dyfed-Powys Police spokesperson", Some("Dyfed-Powys Police")),
            ("Dyfed-Powys Police spokesperson", Some("Dyfed-Powys Police"))
        ])
    );
    // "They" after people who are no spokesperson is left alone.
    let q = said(&["Residents met the council on Monday. They said: “We want the pool back.”"]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn an_attribution_in_a_script_all_in_capitals_names_its_speaker() {
    let q = said(&[
        "THE COUNCIL SAYS IT WILL REVIEW THE CLOSURE. IN A STATEMENT, COUNCILLOR PETRA McGOWAN SAID: \"WE HEAR THE ANGER AND WE WILL LISTEN.\" THE LIBRARY SHUTS ON FRIDAY.",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Petra McGowan");
    let q = said(&["\"WE KNOW WHO THEY ARE,\" DETECTIVE SERGEANT AMOS FRYE TOLD US."]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("Amos Frye"), "{q:?}");
    // Initials keep their capitals.
    let q = said(&["\"WE NEED MORE HELP IN THE NORTH,\" THE NSPCC SAID."]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("NSPCC"), "{q:?}");
}

#[test]
fn a_welsh_role_after_the_name_is_not_the_speaker_of_a_dywedodd_quote() {
    let q = said(&["Dywedodd y Cynghorydd Elin Morgan, Aelod y Cabinet dros Dai a Thai Fforddiadwy: \"Mae angen cartrefi newydd ar bob pentref.\""]);
    assert_eq!(q, pairs(&[("Elin Morgan", "Mae angen cartrefi newydd ar bob pentref.")]));
    let q =
        said(&["Dywedodd Owain Bevan, Prif Weithredwr Ymddiriedolaeth Afonydd Cymru: \"Rydym yn poeni am yr afon.\""]);
    assert_eq!(q, pairs(&[("Owain Bevan", "Rydym yn poeni am yr afon.")]));
}

#[test]
fn a_run_of_capitalised_title_words_before_the_name_is_not_the_speaker() {
    let q = said(&["Assistant Director for Housing, Planning, Regional Transport and Skills, Priya Maddox, said: \"We will build more homes.\""]);
    assert_eq!(q, pairs(&[("Priya Maddox", "We will build more homes.")]));
    let q = said(&["Commissioner for Victims, Witnesses, Restorative Justice and Prisons, Tom Adeyemi, said: \"Every victim deserves a hearing.\""]);
    assert_eq!(q, pairs(&[("Tom Adeyemi", "Every victim deserves a hearing.")]));
}

#[test]
fn welsh_meddai_after_a_quote_names_its_speaker() {
    let q = said(&["\"Rydym yn gweithio gyda phob ysgol yn y sir,\" meddai Rhys Tudur, Prif Weithredwr yr elusen."]);
    assert_eq!(q, pairs(&[("Rhys Tudur", "Rydym yn gweithio gyda phob ysgol yn y sir")]));
    let q =
        said(&["\"Mae hyn yn newyddion da i bawb,\" meddai'r Cynghorydd Gwenan Prys, Aelod Arweiniol dros Addysg."]);
    assert_eq!(q, pairs(&[("Gwenan Prys", "Mae hyn yn newyddion da i bawb")]));
}
