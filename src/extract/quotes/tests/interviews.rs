//! Question-and-answer interviews and transcripts: the answers are the interviewee's; an
//! explainer, a column's questions or a police interview are none.

use super::*;

#[test]
fn answers_in_a_question_and_answer_interview_are_the_interviewees_words() {
    let q = said(&[
        "Superintendent Mark Ellis has led Avon and Somerset's child protection unit since 2019.",
        "We asked him about the figures and what families can do.",
        "Q: Why have the numbers gone up?",
        "Partly because we look harder. Every seized phone leads us to more victims.",
        "We also get more referrals from schools than we did.",
        "Q: What should a parent do first?",
        "A: Stay calm and keep the messages. Then call us.",
        "Avon and Somerset's police and crime commissioner, Clare Moody, said the unit had her full support.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Mark Ellis",
                "Partly because we look harder. Every seized phone leads us to more victims. We also get more referrals from schools than we did."
            ),
            ("Mark Ellis", "Stay calm and keep the messages. Then call us."),
        ])
    );
}

#[test]
fn an_explainer_in_questions_and_answers_is_the_writers_own() {
    let q = said(&[
        "Detective Inspector Ruth Kaur said the rise was worrying.",
        "Q: What do the figures count?",
        "A: Offences recorded by each force in the year to March.",
        "Q: Are they comparable with last year?",
        "A: Mostly, although two forces changed how they record them.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn answers_headed_by_the_speakers_label_are_their_words() {
    let q = said(&[
        "We took your questions to Sergeant Owen Blake, who runs Cumbria Police's cyber crime unit.",
        "How do scammers find their victims?",
        "Sgt Blake: Mostly through gaming chats. They pose as friends first.",
        "Is it worth reporting an attempt?",
        "Sgt Blake: Always. Each report helps us link cases together.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Owen Blake", "Mostly through gaming chats. They pose as friends first."),
            ("Owen Blake", "Always. Each report helps us link cases together."),
        ])
    );
}

#[test]
fn a_meeting_write_up_with_speaker_labels_in_capitals_gives_each_speaker_their_words() {
    // Two speakers of different genders, each labelled in capitals, a chair calling on
    // them, and reported speech between that names nobody as speaking in quotes.
    let q = said(&[
        "Present: Cllr Nia Pugh (Chair); Cllr Gareth Lowe (Northby Council); Chief Superintendent Alys Vane (Northby Police).",
        "CHAIR (Cllr Nia Pugh): \"I call on the chief superintendent to present her report.\"",
        "CHIEF SUPERINTENDENT ALYS VANE: \"Burglary is down on last year. We are pleased with that.",
        "\"Car crime is flat.\"",
        "She said response times had improved.",
        "CLLR GARETH LOWE (Northby Council): \"My residents do not feel safer. What will change?\"",
        "CHIEF SUPERINTENDENT ALYS VANE: \"More patrols, from next month.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Nia Pugh", "I call on the chief superintendent to present her report."),
            ("Alys Vane", "Burglary is down on last year. We are pleased with that. Car crime is flat."),
            ("Gareth Lowe", "My residents do not feel safer. What will change?"),
            ("Alys Vane", "More patrols, from next month."),
        ])
    );
    // A heading in capitals before a quote names nobody.
    assert_eq!(said(&["LATEST UPDATE: \"We are aware of the incident,\" a resident posted online."]).len(), 0);
}

#[test]
fn answers_after_unlabelled_questions_are_the_interviewees_words() {
    let q = said(&[
        "Chief Inspector Dana Whitfield has run the roads policing unit in Norfolk since 2021.",
        "She spoke to us at the county's control room. The interview has been edited for length.",
        "Let's begin with the crash figures. Are the roads safer?",
        "A little. We recorded fewer serious collisions than the year before, and I'm pleased about that.",
        "Speeding cameras have divided opinion in the county.",
        "They always will. Our job is to put them where people get hurt.",
        "What would you say to a young driver?",
        "Slow down on the back roads. I've seen too many families lose someone.",
        "Norfolk Constabulary will publish its annual report next month.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Dana Whitfield",
                "A little. We recorded fewer serious collisions than the year before, and I'm pleased about that."
            ),
            ("Dana Whitfield", "They always will. Our job is to put them where people get hurt."),
            ("Dana Whitfield", "Slow down on the back roads. I've seen too many families lose someone."),
        ])
    );
}

#[test]
fn an_i_inside_a_quote_in_the_introduction_is_not_the_writers() {
    // The interviewee's own "I", quoted in the introduction, leaves the interview standing.
    let q = said(&[
        "Chief Inspector Dana Whitfield has run the roads policing unit in Norfolk since 2021. “I never wanted a desk job,” she says.",
        "She spoke to us at the county's control room. The interview has been edited for length.",
        "Let's begin with the crash figures. Are the roads safer?",
        "A little. We recorded fewer serious collisions than the year before, and I'm pleased about that.",
        "What would you say to a young driver?",
        "Slow down on the back roads. I've seen too many families lose someone.",
    ]);
    assert!(
        q.contains(&(
            "Dana Whitfield".to_string(),
            "Slow down on the back roads. I've seen too many families lose someone.".to_string()
        )),
        "{q:?}"
    );
}

#[test]
fn questions_in_an_ordinary_story_do_not_make_an_interview() {
    let q = said(&[
        "Councillor Amy Lowe said the bus cuts would hit villages hardest.",
        "So who pays when the last bus goes?",
        "The council says it has no money left for subsidies this year.",
        "And what happens to the pupils who rely on the route?",
        "Parents have started a petition, which has 2,000 signatures.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn unlabelled_questions_need_answers_in_the_first_person() {
    let q = said(&[
        "Sergeant Neil Archer has been interviewed about the new patrols.",
        "Why the change now?",
        "The patrols follow a rise in burglaries across the district.",
        "Will it last?",
        "The funding runs until the end of the financial year.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_transcript_with_rank_labels_gives_the_answers_not_the_interviewers_lines() {
    let q = said(&[
        "Detective Chief Inspector Helen Marsh leads the fraud squad at Essex Police. We spoke to her about scams.",
        "Interviewer: How many reports do you get each week?",
        "DCI Marsh: About forty a week, and the number is rising.",
        "Interviewer: Who is being targeted?",
        "DCI Marsh: Mostly older people who live alone.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Helen Marsh", "About forty a week, and the number is rising."),
            ("Helen Marsh", "Mostly older people who live alone."),
        ])
    );
}

#[test]
fn a_transcript_with_capitalised_surname_labels_gives_the_answers() {
    let q = said(&[
        "Professor Alan Brierley chairs the county's road safety board. The interview has been edited.",
        "COURIER: What worries you most about the new bypass?",
        "BRIERLEY: The junction at the north end is far too tight for lorries.",
        "COURIER: Has the council listened?",
        "BRIERLEY: Not yet, but the consultation runs until June.",
        "Councillor Sean O'Brien, the cabinet member for highways, joined the discussion.",
        "COURIER: Will the junction be redesigned?",
        "O'BRIEN: We are looking at it again this summer.",
        "O'BRIEN: Nothing has been ruled out.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Alan Brierley", "The junction at the north end is far too tight for lorries."),
            ("Alan Brierley", "Not yet, but the consultation runs until June."),
            ("Sean O'Brien", "We are looking at it again this summer."),
            ("Sean O'Brien", "Nothing has been ruled out."),
        ])
    );
}

#[test]
fn bold_questions_in_markdown_and_html_interviews_are_not_quotes_and_the_answers_are() {
    let md = "# Keeping the county moving\n\nSuperintendent Lena Okafor runs roads policing in Devon. \
              She spoke to us about rural crashes.\n\n**Why are the lanes so dangerous?**\n\n\
              They are narrow and we see drivers treat them like motorways.\n\n**What would you change?**\n\n\
              Lower limits on the worst stretches, and I have asked the council for them.\n\n\
              Devon and Cornwall Police publish their figures in May.\n";
    let html = "<html><body><h1>Interview</h1><p>Chief Constable Ian Rowe joined the force in May. \
                We asked him about rural crime.</p><p><strong>What surprised you most?</strong></p>\
                <p>The distances. I had not appreciated how far our officers drive.</p>\
                <p><strong>Are thefts from farms rising?</strong></p><p>They are, and we have set up a team.</p>\
                <p>The annual report is due in June.</p></body></html>";
    let expected_md = pairs(&[
        ("Lena Okafor", "They are narrow and we see drivers treat them like motorways."),
        ("Lena Okafor", "Lower limits on the worst stretches, and I have asked the council for them."),
    ]);
    let expected_html = pairs(&[
        ("Ian Rowe", "The distances. I had not appreciated how far our officers drive."),
        ("Ian Rowe", "They are, and we have set up a team."),
    ]);
    assert_eq!(said_in_file("interview.md", md), expected_md);
    assert_eq!(said_in_file("interview.html", html), expected_html);
}

#[test]
fn a_columns_rhetorical_questions_answered_in_the_first_person_are_not_an_interview() {
    let q = said(&[
        "In an interview last week, Home Secretary Clare Dunmore promised 5,000 more officers.",
        "So where will we find them?",
        "We have been here before, and I remember the last promise of this kind.",
        "And what will it cost us?",
        "Our council tax has already gone up twice in three years.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_suspect_interviewed_by_police_and_a_victim_statement_are_not_an_interview() {
    let q = said(&[
        "A man who attacked his former partner in her Newport home has been jailed for three years.",
        "Newport Crown Court heard that Gary Lund, 41, of Mill Lane, broke into the house in May.",
        "Lund was interviewed by police and denied the offence, but later pleaded guilty.",
        "In a victim statement read to the court, the woman said the attack had changed her life.",
        "How could you do this to someone who trusted you?",
        "I have not slept properly since that night. My children are scared to go to school.",
        "What did I ever do to deserve this?",
        "I want to move on with my life and I hope he gets help.",
    ]);
    assert_eq!(q, pairs(NONE));
    let q = said(&[
        "A driver who killed a cyclist while using his phone has been jailed for six years.",
        "Parish council chairman Ray Tolley, interviewed for a BBC South report on Tuesday, said the road was dangerous.",
        "The cyclist's widow, Karen Lee, read her statement aloud in court.",
        "Did you think a text was worth more than his life?",
        "I lost my husband and my best friend. Our son will grow up without his dad.",
        "Do you know what it is like to tell a child his father is not coming home?",
        "I hope you think about that every day.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn the_newsrooms_own_we_and_our_are_not_an_interviewees_answers() {
    let q = said(&[
        "Bike thefts in Reading have risen by 40% in three years, figures show.",
        "Chief Constable Alan Pryce spoke to us about the figures in an interview at the force headquarters.",
        "So what can you do to keep your bike safe?",
        "We asked Thames Valley Police and cycling charities for their top tips.",
        "Should you register your bike on a national database?",
        "Our advice is yes: it takes five minutes and it is free.",
        "Are you worried about bike theft in your area?",
        "We want to hear from you. Email our newsdesk with your stories.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn grade_i_listed_is_not_the_first_person() {
    let q = said(&[
        "Residents in a Salisbury street say they are fed up with speeding drivers.",
        "In an interview, parish council chairman Colin Marsh said the village needed a 20mph limit.",
        "Why should you have to risk your life to cross the road?",
        "The Grade I listed church at the end of the lane is visited by 10,000 tourists a year.",
        "What would you do if it was your street?",
        "I think the church should have a crossing outside it, like the Grade I-listed almshouses.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn an_unlabelled_interview_is_one_block_and_does_not_restart_later() {
    let q = said(&[
        "Inspector Ruth Kane has run the rural crime team since 2022.",
        "She spoke to us at the station in Hexham.",
        "What is the biggest problem you face?",
        "Farm machinery theft. I see it every week.",
        "Do you have enough officers?",
        "I would always like more, but we manage.",
        "Northumbria Police will publish its figures next month.",
        "Could this happen to you?",
        "I lost a quad bike last year and never saw it again, one farmer wrote on our website.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ruth Kane", "Farm machinery theft. I see it every week."),
            ("Ruth Kane", "I would always like more, but we manage."),
        ])
    );
}

#[test]
fn a_job_interview_in_the_title_is_no_interview_with_the_officer_named() {
    let q = said_titled(
        "Bogus job interview fraud costs Wearside graduates thousands",
        &[
            "Graduates on Wearside have lost thousands of pounds to fraudsters posing as employers.",
            "Detective Constable Ian Tully, of Northumbria Police's fraud team, said reports had tripled.",
            "One victim, a 23-year-old man from Sunderland, lost £350.",
            "Have you been asked to pay for a background check before starting?",
            "I was. I paid £350 and never heard from them again.",
            "Has an employer asked you to move the chat to Telegram?",
            "We were all told to install the app and wait.",
        ],
    );
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_suspect_interviewed_at_a_police_station_is_no_interviewee() {
    let q = said(&[
        "A Dunfermline man who attacked his wife has been jailed for three years.",
        "Colin Baird, 44, who was interviewed at Dunfermline police station after his arrest, admitted assault.",
        "His wife, Fiona Baird, 40, wrote to the court about that night.",
        "How could you do this in front of our son?",
        "I trusted you for twelve years and gave you everything.",
        "Why did you not stop when I screamed?",
        "I will never forgive you for what you did to our family.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_single_quoted_question_run_on_is_no_interviewers_question() {
    let q = said(&[
        "Metro Mayor Ken Doyle, speaking in an interview with BBC Radio Humberside, called for more patrols in Hull.",
        "Local florist Janet Pike, 49, said her shop had been raided twice this spring.",
        "'Would you walk down this street after dark?",
        "'I would not, and I grew up here. We need officers back,' she said.",
        "Humberside Police said patrols had been increased.",
        "'Have you seen a bobby round here this year?",
        "'I have not. My customers are scared,' Ms Pike added.",
    ]);
    assert!(q.iter().all(|(who, _)| who == "Janet Pike"), "{q:?}");
}

#[test]
fn a_writers_own_first_person_piece_is_no_interview() {
    let q = said(&[
        "Kim Dale, 38, has slept in doorways in Preston since her flat was repossessed.",
        "I spoke to her outside the bus station on a wet Friday night.",
        "What would you do if it was your sister out here?",
        "I asked myself that all night. I drove home at 2am and could not sleep.",
        "The council says its shelter beds were all taken.",
        "Could you last a week like this?",
        "I doubt I could. We all walk past and tell ourselves it is someone else's problem.",
    ]);
    assert_eq!(q, pairs(NONE));
    let q = said(&[
        "In an interview, paramedic Rhys Owen said he has worked in Swansea for 12 years.",
        "I spent a night shift with him and his crew last month.",
        "Could you do this job for £28,000 a year?",
        "I am not sure I could. By midnight I had seen three cardiac arrests.",
        "What would you tell someone thinking of joining?",
        "I would tell them it is the best job there is, and the hardest.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn an_interview_reported_as_given_earlier_is_no_interview() {
    let q = said(&[
        "Councillor Ann Forde told the Gazette in an interview last month that residents liked the new bins.",
        "Has she tried to get a bin emptied in Thornaby? Have you?",
        "I have waited four weeks for a collection and I have given up ringing.",
        "Why should your readers pay more for a service that never comes?",
        "I pay my council tax every month and we have had no collection since May.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn one_labelled_question_among_unlabelled_ones_makes_no_interview() {
    let q = said(&[
        "Police have new powers to search people in the town centre, Superintendent Neil Ross said in an interview this week.",
        "Q: What is a dispersal order?",
        "It lets officers move anyone on from a set area for 48 hours.",
        "Would you feel safe in the town centre tonight?",
        "I would not, a mother on King Street told us.",
        "Do you think more officers are the answer?",
        "We have been asking for more patrols for years.",
    ]);
    assert!(q.iter().all(|(who, _)| who != "Neil Ross"), "{q:?}");
}

#[test]
fn a_job_interview_in_the_text_is_no_interview_with_the_paper() {
    let q = said(&[
        "Graduate Lena Ford, 23, from Sunderland, was sent a fake job interview link by fraudsters.",
        "Have you been asked to pay for a background check before starting?",
        "I was. I paid £350 and never heard from them again.",
        "Has an employer asked you to move the chat to Telegram?",
        "We were all told to install the app and wait.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn an_interview_given_to_police_or_to_another_outlet_is_no_cue() {
    // Each cue alone before the questions: none is this paper's interview with the person.
    for cue in [
        "Colin Baird, 44, who was interviewed at Dunfermline police station, admitted the assault.",
        "Colin Baird, 44, who was interviewed as a suspect, admitted the assault.",
        "Colin Baird, 44, was interviewed after his arrest and admitted the assault.",
        "Colin Baird, 44, speaking in an interview with BBC Radio Forth, called for more patrols.",
    ] {
        let q = said(&[
            cue,
            "How could you walk past a child in trouble?",
            "I could not, and I never will.",
            "What would you say to the family?",
            "I am sorry for what happened to them.",
        ]);
        assert_eq!(q, pairs(NONE), "{cue}");
    }
}

#[test]
fn contact_lines_after_an_interviews_last_answer_are_the_papers() {
    let q = said(&[
        "Dr Priya Lamb runs the Safer Screens charity. We spoke to her about its new report.",
        "Q: What did the report find?",
        "A: That most children are contacted by strangers within a week of joining an app.",
        "Q: What should change?",
        "A: The apps must check ages properly. I have said so for years.",
        "Safer Screens can be reached through its website. Young people can ring the Mix on 0808 808 4994.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Priya Lamb", "That most children are contacted by strangers within a week of joining an app."),
            ("Priya Lamb", "The apps must check ages properly. I have said so for years."),
        ])
    );
    let q = said(&[
        "Inspector Sam Ode leads Durham's online safety team. We asked him about sextortion.",
        "Q: How common is it?",
        "A: We see a case most weeks.",
        "Q: What should a victim do?",
        "A: Tell someone and stop replying.",
        "Anyone affected can contact Durham Constabulary on 101, or call Crimestoppers anonymously on 0800 555 111.",
    ]);
    assert_eq!(q, pairs(&[("Sam Ode", "We see a case most weeks."), ("Sam Ode", "Tell someone and stop replying.")]));
}

#[test]
fn a_kicker_above_the_headline_that_says_interview_cues_the_questions_under_it() {
    let q = said_in_file(
        "monday.txt",
        "CITY EVENING STAR\n\nTHE MONDAY INTERVIEW\n\n'Scams are a business now, and business is good'\n\n\
         Fraud now costs Wessex more than burglary. Priya Lal asked the detective in charge why\n\n\
         Detective Superintendent Alan Greaves took over the fraud squad in 2029.\n\nQ: Why are scams rising?\n\n\
         A: Because they work. Most victims never report them.\n\nQ: What should people do?\n\n\
         A: Hang up and call us back on a number they trust.\n",
    );
    assert_eq!(
        q,
        pairs(&[
            ("Alan Greaves", "Because they work. Most victims never report them."),
            ("Alan Greaves", "Hang up and call us back on a number they trust."),
        ])
    );
    let q = said_in_file(
        "fens.txt",
        "Q&A\n\nWhy rural thefts keep rising across the Fens\n\n\
         Inspector Carys Dee has run the Fens rural crime team for three years.\n\nQ: What do thieves take?\n\n\
         A: Quad bikes, mostly. They sell them abroad within days.\n\nQ: Does marking tools help?\n\n\
         A: It does. Marked kit is far harder to sell on.\n",
    );
    assert_eq!(
        q,
        pairs(&[
            ("Carys Dee", "Quad bikes, mostly. They sell them abroad within days."),
            ("Carys Dee", "It does. Marked kit is far harder to sell on."),
        ])
    );
}

#[test]
fn answers_printed_whole_in_quote_marks_after_a_label_are_the_interviewees_words() {
    let q = said(&[
        "We interviewed Inspector Dawn Rigby, who heads the schools team at Gwent Police.",
        "Q: How often do you visit schools?",
        "A: \u{201c}Every week, and the children ask us more each time.\u{201d}",
        "Q: What worries you most?",
        "A: \"How quickly a stranger becomes a friend online.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Dawn Rigby", "Every week, and the children ask us more each time."),
            ("Dawn Rigby", "How quickly a stranger becomes a friend online."),
        ])
    );
    let q = said(&[
        "In an interview with this paper, youth worker Callum Reid explained his approach.",
        "Q: Where do you meet the young people?",
        "A: 'In parks, mostly, and at the bus station.'",
        "Q: Do they trust you?",
        "A: 'It takes months before they do.'",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Callum Reid", "In parks, mostly, and at the bus station."),
            ("Callum Reid", "It takes months before they do."),
        ])
    );
}

#[test]
fn an_explicit_q_and_a_cue_takes_unlabelled_answers_in_any_person() {
    // The cue in the title, the person named in the introduction, answers not in the first
    // person.
    let q = said_titled(
        "Q&A: Northshire's new chief constable on knife crime",
        &[
            "Chief Constable Dana Reyes took charge of Northshire Police in April.",
            "What comes first?",
            "Knife crime. Too many teenagers carry blades and I want that to stop.",
            "How will the force tackle it?",
            "More officers in schools, and more searches where intelligence supports them.",
            "Will the budget allow that?",
            "It is tight. Savings in the back office should cover it.",
        ],
    );
    assert_eq!(
        q,
        pairs(&[
            ("Dana Reyes", "Knife crime. Too many teenagers carry blades and I want that to stop."),
            ("Dana Reyes", "More officers in schools, and more searches where intelligence supports them."),
            ("Dana Reyes", "It is tight. Savings in the back office should cover it."),
        ])
    );
    // "In conversation" heading the piece, the person named in the introduction.
    let q = said(&[
        "In conversation: the food bank manager",
        "Marta Lenz has run the Eastgate food bank for ten years.",
        "Why are more people coming?",
        "Rents have gone up and wages have not. Families who never needed help now queue.",
        "What is most needed?",
        "Volunteers on Saturdays, and tinned fish.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Marta Lenz", "Rents have gone up and wages have not. Families who never needed help now queue."),
            ("Marta Lenz", "Volunteers on Saturdays, and tinned fish."),
        ])
    );
}

#[test]
fn a_q_and_a_session_in_a_news_story_is_no_cue() {
    let q = said_titled(
        "Residents grill council at Q&A session over bus cuts",
        &[
            "Councillor Amy Lowe faced residents at a Q&A session on Tuesday.",
            "So who pays when the last bus goes?",
            "The council says it has no money left for subsidies this year.",
            "And what happens to the pupils who rely on the route?",
            "Parents have started a petition, which has 2,000 signatures.",
        ],
    );
    assert_eq!(q, pairs(NONE));
}
