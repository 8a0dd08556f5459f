//! Official transcripts (Hansard, written questions, committee evidence, the Scottish
//! Parliament's Official Report, the Senedd's Record, broadcast scripts): the words printed
//! against a speaker's label are that speaker's, and so are the unlabelled paragraphs after
//! them; a written question is the words of the member who asked it; procedure,
//! headings, stage directions and column markers are no one's. News copy with colon labels is not a transcript.

use super::*;

/// (speaker, role, organisation) of every quote.
fn who_of(lines: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
    quotes_of(lines).into_iter().map(|q| (q.speaker, q.role, q.organisation)).collect()
}

#[test]
fn members_labelled_in_a_commons_debate_are_quoted_with_the_paragraphs_after_their_label() {
    let q = said(&[
        "Knife Crime",
        "Volume 731: debated on Wednesday 8 November 2023",
        "Priya Marsh (Leeds North East) (Lab): What assessment has the Minister made of knife crime among teenagers? Cases in West Yorkshire rose by 14% last year.",
        "Families in my constituency are frightened.",
        "Mr Gavin Shore (Ribble Valley) (Con): Does the hon. Lady agree that early help works?",
        "Priya Marsh: It does, and it has been cut.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Priya Marsh",
                "What assessment has the Minister made of knife crime among teenagers? Cases in West Yorkshire rose by 14% last year. Families in my constituency are frightened."
            ),
            ("Gavin Shore", "Does the hon. Lady agree that early help works?"),
            ("Priya Marsh", "It does, and it has been cut."),
        ])
    );
}

/// What the Lords exchange the tests print in two layouts (labels inline, labels alone) says.
fn lords_exchange() -> Vec<(String, String)> {
    pairs(&[
        ("Lord Pennant of Hale", "My Lords, how many platforms have been fined since the Act came in?"),
        (
            "Baroness Okoro",
            "None as yet, my Lords. The regulator is still consulting on its codes. It expects to publish them in the spring.",
        ),
        ("Lord Pennant of Hale", "That is far too slow."),
    ])
}

#[test]
fn peers_labelled_in_a_lords_debate_are_quoted_under_their_title() {
    let q = said(&[
        "Online Safety: Children",
        "Question",
        "Lord Pennant of Hale (LD): My Lords, how many platforms have been fined since the Act came in?",
        "Baroness Okoro (Con): None as yet, my Lords. The regulator is still consulting on its codes.",
        "It expects to publish them in the spring.",
        "Lord Pennant of Hale: That is far too slow.",
    ]);
    assert_eq!(q, lords_exchange());
}

#[test]
fn an_office_label_names_the_person_in_brackets_with_the_office_as_role() {
    let q = who_of(&[
        "Hugh Darnell (Wirral West) (Lab): Will the Minister meet me to discuss the figures?",
        "The Minister for Safeguarding (Carla Venn): I would be happy to meet the hon. Gentleman.",
        "Hugh Darnell: I thank her.",
        "Carla Venn: We will write to every force this week.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Hugh Darnell".into(), Some("Member for Wirral West".into()), Some("Labour".into())),
            ("Carla Venn".into(), Some("Minister for Safeguarding".into()), None),
            ("Hugh Darnell".into(), Some("Member for Wirral West".into()), Some("Labour".into())),
            ("Carla Venn".into(), Some("Minister for Safeguarding".into()), None),
        ]
    );
}

#[test]
fn a_scottish_convener_named_once_in_brackets_is_that_person_under_the_office_alone() {
    let q = who_of(&[
        "Criminal Justice Committee",
        "The Convener (Morag Fyfe): Good morning and welcome to the eighth meeting of the committee.",
        "Callum Reid (Lothian) (SNP): How many of the offences involved social media?",
        "The Convener: We will come back to that question after the break.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Morag Fyfe".into(), Some("Convener".into()), None),
            ("Callum Reid".into(), Some("Member for Lothian".into()), Some("Scottish National Party".into())),
            ("Morag Fyfe".into(), Some("Convener".into()), None),
        ]
    );
}

#[test]
fn a_label_naming_only_an_office_is_that_office() {
    let q = said(&[
        "Ellen Marsh (Hove) (Lab): The Government have had three years to act.",
        "Mr Speaker: Order. The hon. Lady must be heard.",
        "Tim Royce (Stroud) (Con): I am grateful, Mr Speaker.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ellen Marsh", "The Government have had three years to act."),
            ("Mr Speaker", "Order. The hon. Lady must be heard."),
            ("Tim Royce", "I am grateful, Mr Speaker."),
        ])
    );
}

#[test]
fn a_committee_chair_labelled_by_office_before_numbered_questions_is_the_chair() {
    let q = said(&[
        "Oral evidence: Child exploitation, HC 412",
        "Q41 Chair: Could you tell us how many referrals you received last year?",
        "Dr Hannah Oduya: We received just over 3,000, which was a record.",
        "Most came from schools.",
        "Q42 Chair: And how many were online?",
        "Dr Hannah Oduya: About a third.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Chair", "Could you tell us how many referrals you received last year?"),
            ("Hannah Oduya", "We received just over 3,000, which was a record. Most came from schools."),
            ("Chair", "And how many were online?"),
            ("Hannah Oduya", "About a third."),
        ])
    );
}

#[test]
fn procedural_lines_and_stage_directions_end_a_speech_and_are_no_ones_words() {
    let q = said(&[
        "Gwen Astley (Ceredigion North) (PC): I beg to move that the House has considered school safety. [Interruption.] Members may laugh, but parents do not.",
        "Roy Bell (Fylde) (Con): On a point of order.",
        "Question put and agreed to.",
        "Resolved, That this House has considered school safety.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Gwen Astley",
                "I beg to move that the House has considered school safety. Members may laugh, but parents do not."
            ),
            ("Roy Bell", "On a point of order."),
        ])
    );
}

#[test]
fn a_heading_or_a_division_ends_the_last_speech() {
    let q = said(&[
        "Sam Ingle (Barrow) (Lab): We need more officers on the beat.",
        "Several hon. Members rose—",
        "Lena Ashe (Bath) (LD): The figures speak for themselves.",
        "Victims of Online Abuse",
        "The House divided: Ayes 210, Noes 301.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Sam Ingle", "We need more officers on the beat."),
            ("Lena Ashe", "The figures speak for themselves."),
        ])
    );
}

#[test]
fn a_written_question_is_its_askers_words_and_the_answer_the_ministers() {
    let q = who_of(&[
        "Child Sexual Exploitation: Internet",
        "Asked by Rhona Kerr (Paisley) (SNP)",
        "To ask the Secretary of State for the Home Department, how many referrals were made to the Child Exploitation and Online Protection Command in 2022.",
        "Answered by Owen Latham - Parliamentary Under-Secretary (Home Office)",
        "Answered on 20 April 2023",
        "The National Crime Agency received 102,842 referrals in 2022.",
        "We publish these figures every year.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Rhona Kerr".into(), Some("Member for Paisley".into()), Some("Scottish National Party".into())),
            ("Owen Latham".into(), Some("Parliamentary Under-Secretary".into()), Some("Home Office".into()))
        ]
    );
    let q = said(&[
        "Asked by Rhona Kerr (Paisley) (SNP)",
        "To ask the Secretary of State for the Home Department, how many referrals were made in 2022.",
        "Answered by Owen Latham - Parliamentary Under-Secretary (Home Office)",
        "Answered on 20 April 2023",
        "The National Crime Agency received 102,842 referrals in 2022.",
        "We publish these figures every year.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Rhona Kerr",
                "To ask the Secretary of State for the Home Department, how many referrals were made in 2022."
            ),
            (
                "Owen Latham",
                "The National Crime Agency received 102,842 referrals in 2022. We publish these figures every year."
            )
        ])
    );
}

#[test]
fn a_written_question_printed_against_labels_is_its_members_and_the_answer_the_ministers() {
    let q = said(&[
        "Written Answers",
        "Nadia Shaw (Norwich North) (Lab): To ask His Majesty's Government what steps they are taking to protect children from grooming on gaming platforms. [HL1234]",
        "Lord Chalke (Con): Ministers have asked the regulator to publish its codes by the summer.",
        "It will consult the industry first.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Nadia Shaw",
                "To ask His Majesty's Government what steps they are taking to protect children from grooming on gaming platforms."
            ),
            (
                "Lord Chalke",
                "Ministers have asked the regulator to publish its codes by the summer. It will consult the industry first."
            )
        ])
    );
}

#[test]
fn members_of_the_senedd_labelled_ms_are_quoted() {
    let q = said(&[
        "Plenary",
        "Rhys ap Dafydd MS: Minister, what is being done about exploitation in the valleys?",
        "Eleri Morgan MS: We have funded 12 new posts, and I will say more next month.",
        "Rhys ap Dafydd AS/MS: I welcome that.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Rhys ap Dafydd", "Minister, what is being done about exploitation in the valleys?"),
            ("Eleri Morgan", "We have funded 12 new posts, and I will say more next month."),
            ("Rhys ap Dafydd", "I welcome that."),
        ])
    );
}

#[test]
fn a_broadcast_script_gives_each_clip_their_words_and_the_presenter_none() {
    let q = said(&[
        "PRESENTER: Good evening. Police say reports of sextortion have doubled.",
        "DET SUPT KEVIN ARDEN (clip): We are seeing boys as young as 12 targeted.",
        "MARIA LOWE (clip): My son was too scared to tell anyone.",
        "PRESENTER: That report was by our home affairs correspondent.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Kevin Arden", "We are seeing boys as young as 12 targeted."),
            ("Maria Lowe", "My son was too scared to tell anyone."),
        ])
    );
}

#[test]
fn a_hansard_page_read_from_a_file_gives_each_speaker_their_words() {
    let page = "Westminster Hall debate: Speed cameras\n\
Thursday 2 May 2024\n\
Owen Pike (Stockport East) (Lab): I beg to move that this House has considered road safety. Figures from Greater Manchester Police show 91 deaths in 2022/23.\n\
Every one of them was avoidable.\n\
Mrs Jane Hollis (Tatton) (Con): Will the hon. Gentleman give way?\n\
Owen Pike: Of course.\n\
The Parliamentary Under-Secretary of State for Transport (Leah Bright): I thank the hon. Member for securing this debate.\n\
We have put £30 million into safer roads.\n\
Question put and agreed to.\n";
    let q = said_in_file("debate.txt", page);
    assert_eq!(
        q,
        pairs(&[
            (
                "Owen Pike",
                "I beg to move that this House has considered road safety. Figures from Greater Manchester Police show 91 deaths in 2022/23. Every one of them was avoidable."
            ),
            ("Jane Hollis", "Will the hon. Gentleman give way?"),
            ("Owen Pike", "Of course."),
            (
                "Leah Bright",
                "I thank the hon. Member for securing this debate. We have put £30 million into safer roads."
            ),
        ])
    );
}

#[test]
fn news_copy_with_colon_labels_is_not_a_transcript() {
    let q = said(&[
        "Pictured: Tom Hale (left) with officers at the launch.",
        "LONDON (Reuters): Police said online offences rose again last year.",
        "Kent: 1,204",
        "Essex: 980",
        "Source: Home Office figures released on Thursday.",
        "The force said it would publish more detail next month.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_briefing_with_bullet_labels_and_one_bracketed_name_is_not_a_transcript() {
    let q = said(&[
        "Key points:",
        "Grooming: Offences rose by 12% across the region.",
        "Images: Reports to the hotline doubled in two years.",
        "Priya Nandi (Barnardo's): The charity says the rise is alarming.",
        "It wants ministers to act.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_witness_labelled_by_title_and_surname_is_the_person_the_list_of_witnesses_named() {
    let q = said(&[
        "Examination of witnesses",
        "Witnesses: Deputy Chief Constable Ruth Calder, Lancashire Constabulary; and Professor Omar Fenn, University of Bristol.",
        "Q3 Chair: Thank you both for coming. Where should we start?",
        "Deputy Chief Constable Calder: With the backlog. We open 60 new cases a week.",
        "Professor Fenn: I would put it higher than that.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Chair", "Thank you both for coming. Where should we start?"),
            ("Ruth Calder", "With the backlog. We open 60 new cases a week."),
            ("Omar Fenn", "I would put it higher than that."),
        ])
    );
}

#[test]
fn a_guest_labelled_by_title_and_surname_in_a_script_is_the_person_introduced_in_full() {
    let q = said(&[
        "PRESENTER: With me is Dr Ada Okafor, who lectures in law at the University of Kent.",
        "DR OKAFOR: Thank you. The numbers are worse than people think.",
        "PRESENTER: Why is that?",
        "DR OKAFOR: Because so few victims ever come forward.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ada Okafor", "Thank you. The numbers are worse than people think."),
            ("Ada Okafor", "Because so few victims ever come forward."),
        ])
    );
}

#[test]
fn a_chair_named_in_the_list_of_members_present_is_that_person() {
    let q = who_of(&[
        "Members present: Dame Helen Roper (Chair); Mr Kofi Mensah; Ruth Ainslie.",
        "Q1 Chair: Welcome to the committee.",
        "Q2 Kofi Mensah: How many cases were closed last year?",
    ]);
    assert_eq!(q, vec![("Helen Roper".into(), Some("Chair".into()), None), ("Kofi Mensah".into(), None, None),]);
}

#[test]
fn a_numbered_oral_question_is_the_members_words_without_its_reference() {
    let q = said(&[
        "Oral Answers to Questions",
        "1. Imran Dar (Oldham West) (Lab): What steps she is taking to tackle child sexual exploitation. (902231)",
        "The Minister for Safeguarding (Ruth Kaye): We have set up a new taskforce.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Imran Dar", "What steps she is taking to tackle child sexual exploitation."),
            ("Ruth Kaye", "We have set up a new taskforce."),
        ])
    );
    let q = said(&[
        "2. Fiona Bell (Central Scotland) (Lab): To ask the Scottish Government what action it is taking on online grooming. (S6O-04120)",
        "The Cabinet Secretary for Justice (Neil Forbes): Police Scotland has a dedicated unit.",
        "Fiona Bell: Is the unit fully staffed?",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Fiona Bell", "To ask the Scottish Government what action it is taking on online grooming."),
            ("Neil Forbes", "Police Scotland has a dedicated unit."),
            ("Fiona Bell", "Is the unit fully staffed?"),
        ])
    );
}

#[test]
fn a_written_question_and_answer_under_plain_name_labels_are_each_members() {
    let q = said(&[
        "Sarah Tolley: To ask the Secretary of State for Justice how many offenders were recalled in 2023. [18802]",
        "Edward Argyle: The information is not held centrally.",
        "It could be obtained only at disproportionate cost.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Sarah Tolley", "To ask the Secretary of State for Justice how many offenders were recalled in 2023."),
            (
                "Edward Argyle",
                "The information is not held centrally. It could be obtained only at disproportionate cost."
            )
        ])
    );
}

#[test]
fn bilingual_senedd_labels_and_a_lords_minister_with_a_party_are_read() {
    let q = who_of(&[
        "Y Llywydd / The Presiding Officer: Item 2 is questions to the Minister.",
        "Sioned Price MS: Minister, how many referrals were made last year?",
        "The Minister for Social Justice (Dewi Rowlands): There were 1,200.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Presiding Officer".into(), None, None),
            ("Sioned Price".into(), Some("Member of the Senedd".into()), None),
            ("Dewi Rowlands".into(), Some("Minister for Social Justice".into()), None),
        ]
    );
    let q = who_of(&[
        "Baroness Kell (LD): My Lords, will the Government publish the review?",
        "The Parliamentary Under-Secretary of State, Home Office (Lord Frome of Wells) (Con): My Lords, we will publish it shortly.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Baroness Kell".into(), None, Some("Liberal Democrat".into())),
            (
                "Lord Frome of Wells".into(),
                Some("Parliamentary Under-Secretary of State, Home Office".into()),
                Some("Conservative".into())
            ),
        ]
    );
}

#[test]
fn a_written_answer_whose_answerer_stands_on_lines_of_their_own_is_theirs() {
    let page = "Question for Home Office\n\
UIN 20417, tabled on 4 March 2024\n\
Asked by Dan Roper (Lincoln)\n\
To ask the Secretary of State for the Home Department, how many grooming offences were recorded in 2023.\n\
Answered\n\
Answered by\n\
Mira Joshi\n\
Minister of State (Home Office)\n\
Answered on: 11 March 2024\n\
The Home Office publishes these figures in the police recorded crime statistics.\n\
In 2023 there were 7,102 offences recorded.\n\
This question was grouped with the following question(s) for answer:\n";
    assert_eq!(
        said_in_file("pq.txt", page),
        pairs(&[
            (
                "Dan Roper",
                "To ask the Secretary of State for the Home Department, how many grooming offences were recorded in 2023."
            ),
            (
                "Mira Joshi",
                "The Home Office publishes these figures in the police recorded crime statistics. In 2023 there were 7,102 offences recorded."
            )
        ])
    );
    let page = "Question for Department for Education\n\
Asked by Baroness Wren\n\
Question\n\
To ask His Majesty's Government what guidance they give schools on sextortion.\n\
Answered by\n\
Lord Dray of Penrith\n\
Parliamentary Under-Secretary (Department for Education)\n\
Schools receive guidance through Keeping Children Safe in Education.\n";
    assert_eq!(
        said_in_file("pq-lords.txt", page),
        pairs(&[
            ("Baroness Wren", "To ask His Majesty's Government what guidance they give schools on sextortion."),
            ("Lord Dray of Penrith", "Schools receive guidance through Keeping Children Safe in Education.")
        ])
    );
}

#[test]
fn minutes_that_report_members_after_their_labels_are_not_a_transcript() {
    let q = said(&[
        "Minutes of the Police and Crime Panel",
        "Cllr Jo Banner (Lab): asked whether the force would publish the figures.",
        "Cllr Sam Hythe (Con): He said the panel had not been consulted on the plan.",
    ]);
    assert_eq!(q, pairs(NONE));
    let q = said(&[
        "Cllr Ann Ree (LD): She noted that response times had improved.",
        "Cllr Tom Vance (Ind): The member welcomed the report.",
        "Cllr Ann Ree (LD): She thanked officers for their work.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_paragraph_reporting_someone_else_ends_the_speech_before_it() {
    let q = said(&[
        "Politicians reacted to the figures on Tuesday.",
        "Jess Pellow (Lab): The figures are shocking and ministers must act now.",
        "Chris Palk (Con): We have done more than any government to tackle this.",
        "The Home Office said it would respond in due course.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jess Pellow", "The figures are shocking and ministers must act now."),
            ("Chris Palk", "We have done more than any government to tackle this."),
        ])
    );
    let q = said(&[
        "Nora Quill (Leyton) (Lab): Will the Minister act?",
        "Ben Arkle (Wells) (Con): She has a point.",
        "Detective Chief Superintendent Ray Oduya told the committee last week that referrals had doubled.",
    ]);
    assert_eq!(q, pairs(&[("Nora Quill", "Will the Minister act?"), ("Ben Arkle", "She has a point.")]));
}

#[test]
fn a_scripts_reporter_speaking_a_sentence_is_no_byline_and_no_quote() {
    let page = "Evening news transcript\n\
PRESENTER: Police say sextortion reports have doubled.\n\
REPORTER: In a small office in Leeds, officers sift through hundreds of reports.\n\
PRESENTER: Thank you.\n";
    assert_eq!(said_in_file("script.txt", page), pairs(NONE));
    let page = "Grooming figures rise\n\
Reporter: Jo Bellamy\n\
Police recorded more grooming offences last year than ever before.\n";
    assert_eq!(said_in_file("byline.txt", page), pairs(NONE));
}

#[test]
fn news_copy_quoting_two_candidates_by_label_keeps_the_writers_next_paragraphs() {
    let q = said(&[
        "Thefts dominate the race for Ashby South",
        "Leicestershire Police recorded 900 shop thefts in 2023/24, and the candidates were asked about them.",
        "Ria Patel (Lab): We will fund 40 more officers for the town centre.",
        "Tom Hale (Con): Shop theft fell when we ran the council.",
        "The count starts at 11pm on Thursday.",
        "Shop thefts in the town rose by 9 per cent in 2023/24.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ria Patel", "We will fund 40 more officers for the town centre."),
            ("Tom Hale", "Shop theft fell when we ran the council."),
        ])
    );
    let q = said(&[
        "Where the candidates stand on burglary",
        "Anna Cole (LD): Every burglary should get a visit.",
        "Mark Dunn (Green): Prevention comes first.",
        "Ballot papers went out to postal voters last week.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Anna Cole", "Every burglary should get a visit."), ("Mark Dunn", "Prevention comes first.")])
    );
}

#[test]
fn a_long_one_speaker_transcript_is_read_as_quotes_of_bounded_length() {
    let spoken: Vec<String> =
        (0..400).map(|i| format!("In ward {i} the number of thefts from farms was raised with me again.")).collect();
    let mut lines = vec!["Hansard: Rural Crime", "Volume 740: debated on Tuesday 2 June 2031"];
    let opening = format!("Dana Reeve (Wolds) (Con): {}", spoken[0]);
    lines.push(&opening);
    lines.extend(spoken[1..].iter().map(String::as_str));
    let q = said(&lines);
    assert!(q.len() > 1, "{}", q.len());
    assert!(q.iter().all(|(who, text)| who == "Dana Reeve" && text.len() < 3_000));
    let words: usize = q.iter().map(|(_, text)| text.matches("ward").count()).sum();
    assert_eq!(words, 400);
}

#[test]
fn an_office_label_with_no_known_holder_is_the_speaker_with_no_role_besides() {
    let who = who_of(&[
        "Oral evidence: Rural policing",
        "Q3 Chair: How many officers cover the moors?",
        "Sgt Ivy Marr: Four, on a good day.",
        "Chair: And on a bad one?",
    ]);
    assert!(who.iter().any(|(s, r, _)| s == "Chair" && r.is_none()), "{who:?}");
    assert!(!who.iter().any(|(s, r, _)| s == "Chair" && r.as_deref() == Some("Chair")), "{who:?}");
    let who = who_of(&[
        "Hansard: Fly-tipping",
        "Mr Speaker: Order. I call the Minister.",
        "Ola Penn (Dunmere) (Lab): Fines have doubled.",
    ]);
    assert!(who.iter().all(|(_, r, _)| r.as_deref() != Some("Speaker")), "{who:?}");
}

#[test]
fn a_rank_dropped_from_a_label_is_kept_as_the_role() {
    let who = who_of(&[
        "ANCHOR: Tonight, the cost of rural theft.",
        "DET INSP RUTH OKAFOR (clip): Quad bikes go missing every week.",
        "CHIEF CONSTABLE OWEN BRAY (clip): We have 20 more officers on it.",
    ]);
    assert_eq!(
        who,
        [
            ("Ruth Okafor".to_string(), Some("Det Insp".to_string()), None),
            ("Owen Bray".to_string(), Some("Chief Constable".to_string()), None),
        ]
    );
}

#[test]
fn a_presenters_and_a_reporters_script_lines_are_no_quotes() {
    let q = said(&[
        "HOST: Good morning. Shoplifting is up again.",
        "NELL BRENT (clip): We lose stock every day.",
        "HOST: Our reporter has been to the market.",
        "She found traders who have given up reporting it.",
    ]);
    assert_eq!(q, pairs(&[("Nell Brent", "We lose stock every day.")]));
}

#[test]
fn manx_and_irish_members_letters_in_a_label_give_the_members_role() {
    let q = who_of(&[
        "The Speaker: Question 3, the honourable member for Peel.",
        "Alys Quayle MHK: How many burglaries were reported in Douglas this year?",
        "Juan Christian MHK: There were 212, and the figure is falling.",
    ]);
    assert!(q.contains(&("Alys Quayle".into(), Some("Member of the House of Keys".into()), None)), "{q:?}");
    let q = who_of(&[
        "Ceann Comhairle: We move to questions on policing.",
        "Niamh Brennan TD: Will the Minister publish the garda figures for Cork?",
        "Ciarán Walsh TD: I will publish them next week.",
    ]);
    assert!(q.contains(&("Niamh Brennan".into(), Some("TD".into()), None)), "{q:?}");
}

#[test]
fn a_debate_page_printing_each_member_as_a_heading_over_their_speech_quotes_them() {
    let page = "<html><body><h1>Knife Crime: Young People</h1>\
        <p>Volume 731: debated on Tuesday 7 March 2023</p>\
        <div><h2>Priya Marsh (Leeds North East) (Lab)</h2><p>What assessment has the Minister made of knife crime?</p>\
        <p>Families in my constituency are frightened.</p></div>\
        <div><h2>Gavin Shore (Ribble Valley) (Con)</h2><p>Will the hon. Lady give way?</p></div>\
        <div><h2>Priya Marsh</h2><p>I will.</p></div>\
        <div><h2>The Minister for Policing (Carla Venn)</h2><p>Early help works, and we are funding it.</p></div>\
        <div><p>Question put and agreed to.</p></div></body></html>";
    assert_eq!(
        said_in_file("debate.html", page),
        pairs(&[
            (
                "Priya Marsh",
                "What assessment has the Minister made of knife crime? Families in my constituency are frightened."
            ),
            ("Gavin Shore", "Will the hon. Lady give way?"),
            ("Priya Marsh", "I will."),
            ("Carla Venn", "Early help works, and we are funding it."),
        ])
    );
}

#[test]
fn a_lords_sitting_with_peers_as_headings_over_their_words_quotes_them() {
    let q = said(&[
        "Online Safety: Fines",
        "Lord Pennant of Hale (LD)",
        "My Lords, how many platforms have been fined since the Act came in?",
        "The Parliamentary Under-Secretary of State, Department for Science (Baroness Okoro) (Con)",
        "None as yet, my Lords. The regulator is still consulting on its codes.",
        "It expects to publish them in the spring.",
        "Lord Pennant of Hale",
        "That is far too slow.",
    ]);
    assert_eq!(q, lords_exchange());
}

#[test]
fn a_name_alone_in_news_copy_is_no_speaker_label() {
    let q = said(&[
        "Council backs knife arches",
        "Jo Bloggs",
        "The council voted on Tuesday to buy two knife arches for the town centre.",
        "Sam Smith (Lab)",
        "Councillors said the arches would be used at weekends.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_written_answer_goes_on_after_a_table_it_sets_out_until_the_record_of_its_submission() {
    let q = said_in(&[
        ("Asked by Rhona Kerr (Paisley) (SNP)", Role::Body),
        (
            "To ask the Secretary of State for the Home Department, how many stalking offences each force recorded.",
            Role::Body,
        ),
        ("Answered by: Owen Latham, Minister of State (Home Office)", Role::Body),
        ("Each force's totals appear in the table that follows.", Role::Body),
        ("Stalking offences recorded, by force", Role::Body),
        ("Force | 2021/22 | 2022/23", Role::Body),
        ("Kent Police | 410 | 452", Role::Body),
        ("Source: Home Office", Role::Furniture),
        ("Kent Police has told us that it changed its recording practice in 2022.", Role::Body),
        ("The answer was submitted on 3 May 2023 at 10:02.", Role::Body),
        ("Knife Crime: Kent (UIN 12345), answered 2 May 2023", Role::Body),
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Rhona Kerr", "To ask the Secretary of State for the Home Department, how many stalking offences each force recorded."),
            (
                "Owen Latham",
                "Each force's totals appear in the table that follows. Kent Police has told us that it changed its recording practice in 2022."
            )
        ])
    );
    let q = said(&[
        "Asked by Nadia Shaw (Norwich North) (Lab)",
        "To ask the Secretary of State for Justice, how many prisoners were released early in each region.",
        "Answered by Lord Chalke - Minister of State (Ministry of Justice)",
        "The numbers are in the following table.",
        "Region | Released",
        "North West | 1,204",
        "The data are management information and subject to revision.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Nadia Shaw",
                "To ask the Secretary of State for Justice, how many prisoners were released early in each region."
            ),
            (
                "Lord Chalke",
                "The numbers are in the following table. The data are management information and subject to revision."
            )
        ])
    );
}

#[test]
fn the_record_of_a_meeting_ending_is_no_ones_words() {
    let q = said(&[
        "Ffion Rowe MS: Thank you both. We will write to you.",
        "The meeting ended at 11:42.",
        "Morag Baird (Lothian) (SNP): That concludes our business.",
        "The committee rose at 12.15 pm.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ffion Rowe", "Thank you both. We will write to you."),
            ("Morag Baird", "That concludes our business.")
        ])
    );
}

#[test]
fn labels_alone_on_their_line_with_a_colon_open_the_speech_under_them() {
    let q = said(&[
        "Home Affairs Committee",
        "Oral evidence: Knife crime, HC 512",
        "Chair:",
        "Good morning. Could you tell us how many knife offences your force recorded last year?",
        "Chief Constable Amy Hollis:",
        "We recorded 1,204, which is a rise on the year before.",
        "Most were in the towns.",
        "Chair:",
        "Thank you.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Chair", "Good morning. Could you tell us how many knife offences your force recorded last year?"),
            ("Amy Hollis", "We recorded 1,204, which is a rise on the year before. Most were in the towns."),
            ("Chair", "Thank you."),
        ])
    );
    let q = said(&[
        "Official Report: Criminal Justice Committee",
        "Dr Morag Baird:",
        "The figures show a rise in every division.",
        "Professor Ian Gow:",
        "I agree with Dr Baird.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Morag Baird", "The figures show a rise in every division."), ("Ian Gow", "I agree with Dr Baird.")])
    );
}

#[test]
fn a_recorded_clips_words_after_its_header_and_cues_are_the_named_speakers() {
    let page = "BULLETIN 1300 - MONDAY\n\nPRESENTER (LIVE):\nBurglaries in the county rose last year.\n\n\
                CLIP 1: INSP GARETH MOLL, NORTH RIDING POLICE\nIN: \"Thieves pick...\"\nOUT: \"...lock up.\"\nDUR: 0'12\"\n\
                TRANSCRIPT: Thieves pick the quiet streets now. Please lock up.\n\n\
                REPORTER (VO):\nTraders in the town centre say they feel forgotten.\n";
    let q = said_in_file("bulletin.txt", page);
    assert_eq!(q, pairs(&[("Gareth Moll", "Thieves pick the quiet streets now. Please lock up.")]));
    let page = "EVENING NEWS - LEAD\n\nNEWSREADER:\nA charity says waiting lists are too long.\n\n\
                CUT 2: VOX POP, GRANDFATHER, WHITBY (UNNAMED)\nIN CUE: 'They never...'\nOUT CUE: '...at all.'\nDUR: 0'07\"\n\
                They never rang us back. Not once, not at all.\n\nNEWSREADER:\nThe trust says it is hiring more staff.\n";
    let q = said_in_file("evening.txt", page);
    assert_eq!(q, pairs(&[("vox pop, grandfather, Whitby", "They never rang us back. Not once, not at all.")]));
}

#[test]
fn a_clip_runs_to_the_paragraph_ending_on_its_out_cue_and_no_further() {
    let page = "LUNCHTIME NEWS\n\nCLIP 1: MAYOR ANA LISBOA, HARBOURTON COUNCIL\nIN: \"We knew...\"\nOUT: \"...by spring.\"\nDUR: 0'31\"\n\
                TRANSCRIPT: We knew the bridge was failing.\n\
                The repairs will be finished by spring.\n\
                Traffic on the bypass is expected to ease next week.\n";
    let q = said_in_file("lunchtime.txt", page);
    assert_eq!(q, pairs(&[("Ana Lisboa", "We knew the bridge was failing. The repairs will be finished by spring.")]));
    let page = "LATE BULLETIN\n\nCUT 2: DR OMAR HADDAD, CITY HOSPITAL\nDUR: 0'09\"\n\
                Most of the patients we saw were teenagers.\n\
                The hospital says it treated 14 people on Saturday night.\n";
    let q = said_in_file("late.txt", page);
    assert_eq!(q, pairs(&[("Omar Haddad", "Most of the patients we saw were teenagers.")]));
}

#[test]
fn a_lone_capitals_line_with_a_clip_word_and_no_cue_is_no_clip_header() {
    let page = "MIDDAY ROUND-UP\n\nAUDIO: CITY FM NEWSDESK\nShoplifting in the city rose to 900 cases last year, figures show.\n";
    assert_eq!(said_in_file("roundup.txt", page), pairs(&[]));
    let page = "PLANNING\n\nACT: TODAY\nThe council will vote on the new budget on Tuesday evening.\n";
    assert_eq!(said_in_file("planning.txt", page), pairs(&[]));
}

#[test]
fn numbered_clip_headers_without_cues_still_give_each_clip_its_speaker() {
    let page = "DRIVETIME\n\nCLIP 1: DR OMAR HADDAD, CITY HOSPITAL\nWe saw more patients than ever this winter.\n\n\
                CLIP 2: MAYOR ANA LISBOA, HARBOURTON COUNCIL\nThe bridge will reopen by spring.\n";
    let q = said_in_file("drivetime.txt", page);
    assert_eq!(
        q,
        pairs(&[
            ("Omar Haddad", "We saw more patients than ever this winter."),
            ("Ana Lisboa", "The bridge will reopen by spring.")
        ])
    );
    let page = "NIGHT DESK\n\nCUT 1: VOX POP, SHOPKEEPER, GOOLE\nNobody comes into town any more.\n\n\
                CUT 2: VOX POP, STUDENT, GOOLE\nThe buses stop at nine.\n";
    let q = said_in_file("night.txt", page);
    assert_eq!(
        q,
        pairs(&[
            ("vox pop, shopkeeper, Goole", "Nobody comes into town any more."),
            ("vox pop, student, Goole", "The buses stop at nine.")
        ])
    );
}

#[test]
fn initials_in_a_clip_headers_speaker_keep_their_capitals() {
    let page =
        "EARLY BULLETIN\n\nCLIP 1: PCC OFFICE SPOKESPERSON\nDUR: 0'10\"\nWe will publish the figures next month.\n";
    let q = said_in_file("early.txt", page);
    assert_eq!(q, pairs(&[("PCC Office Spokesperson", "We will publish the figures next month.")]));
    let page = "LATE NEWS\n\nCUT 3: VOX POP, NHS NURSE, LEEDS\nOUT: \"...every shift.\"\nWe are short of staff on every shift.\n";
    let q = said_in_file("latenews.txt", page);
    assert_eq!(q, pairs(&[("vox pop, NHS Nurse, Leeds", "We are short of staff on every shift.")]));
}

#[test]
fn a_committee_or_meeting_named_inside_an_answer_does_not_end_the_speech() {
    let q = said(&[
        "Oral evidence: Youth violence, HC 318",
        "Chair: What did your review find?",
        "Dr Helen Marsh: We looked at every referral.",
        "The committee concluded in its last report that most referrals stalled for months.",
        "We have since cut the wait to six weeks.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Chair", "What did your review find?"),
            ("Helen Marsh", "We looked at every referral. The committee concluded in its last report that most referrals stalled for months. We have since cut the wait to six weeks.")
        ])
    );
    let q = said(&[
        "Official Report: Justice Committee",
        "Convener: Were the partners agreed?",
        "Professor Ian Gow: No.",
        "The meeting ended without agreement on funding, and the board walked out.",
        "That was the third time in a year.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Convener", "Were the partners agreed?"),
            ("Ian Gow", "No. The meeting ended without agreement on funding, and the board walked out. That was the third time in a year.")
        ])
    );
}

#[test]
fn a_sitting_that_concluded_or_finished_at_a_time_is_procedure() {
    let q = said(&[
        "Amara Lewis MS: We will return to this next week.",
        "The session concluded at 4.30pm.",
        "Jon Pryce MS: The figures for Gwent are due in May.",
        "The meeting finished at 11:05.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Amara Lewis", "We will return to this next week."),
            ("Jon Pryce", "The figures for Gwent are due in May.")
        ])
    );
}

/// (speaker, role, organisation, text) of every quote of a page read through ingest.
fn quoted_in_file(name: &str, text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
    quotes_in_file(name, text).into_iter().map(|q| (q.speaker, q.role, q.organisation, q.text)).collect()
}

#[test]
fn a_sot_is_the_words_of_the_person_its_super_caption_names_and_a_ptc_is_nobodys() {
    let page = "HARBOURTON TONIGHT -- 1830\nSLUG: BRIDGE CLOSURE PKG\n\n\
                JONAS V/O:\nTHE OLD BRIDGE HAS BEEN SHUT FOR A MONTH NOW.\n\n\
                SOT: SGT TOMAS VALE\nSUPER: Sgt Tomas Vale, Wessex Police\nIN: \"WE HAVE SEEN...\"\nOUT: \"...EVERY NIGHT.\"\nDUR: 0'12\"\n\
                \"We have seen drivers ignore the barriers. It happens every night.\"\n\n\
                PTC: JONAS REID, BY THE BRIDGE\nDUR: 0'10\"\n\
                \"THE COUNCIL SAYS THE REPAIRS WILL TAKE ANOTHER YEAR.\"\n\n\
                JONAS V/O:\nTRAFFIC ON THE BYPASS HAS DOUBLED.\n";
    let q = quoted_in_file("bridge.txt", page);
    assert_eq!(
        q,
        [(
            "Tomas Vale".to_string(),
            Some("Sgt".to_string()),
            Some("Wessex Police".to_string()),
            "We have seen drivers ignore the barriers. It happens every night.".to_string()
        )]
    );
}

#[test]
fn a_super_with_a_description_or_a_first_name_and_age_names_an_unnamed_speaker() {
    let page = "COAST NEWS PACKAGE SCRIPT\n\n\
                V/O (NELL):\nTHE FERRY TIMETABLE CHANGES NEXT WEEK.\n\n\
                SOT: GRANDAD (ANONYMOUS)\nSUPER: Grandfather of a pupil\nIN: \"WE NEVER...\"\nOUT: \"...OUR OWN.\"\nDUR: 0'09\"\n\
                \"We never hear a word from them. We sort it out on our own.\"\n\n\
                SOT -- SUPER: Priya, 16\n\
                \"I get the early boat every single day.\"\n\n\
                V/O (NELL):\nTHE OPERATOR SAYS IT WILL REVIEW THE CHANGES.\n";
    let q = quoted_in_file("ferry.txt", page);
    assert_eq!(
        q,
        [
            (
                "grandfather of a pupil".to_string(),
                None,
                None,
                "We never hear a word from them. We sort it out on our own.".to_string()
            ),
            (
                "Priya".to_string(),
                Some("aged 16".to_string()),
                None,
                "I get the early boat every single day.".to_string()
            ),
        ]
    );
}

#[test]
fn a_radio_clip_headed_by_a_surname_is_the_person_its_cue_introduces_in_full() {
    let page = "MORNING BULLETINS -- MARKET HALL\n\n\
                0700 -- CUE + CLIP\n\n\
                CUE: THE MARKET HALL IN THE TOWN CENTRE WILL CLOSE FOR REPAIRS. HERE'S THE COUNCIL'S HEAD OF PROPERTY, DAVINA OKORO:\n\n\
                CLIP: OKORO FOR 0700\nIN: \"WE HAVE FOUND...\"\nOUT: \"...BY THE SUMMER.\"\nDUR: 0'15\"\n\n\
                [TRANSCRIPT FOR WEBSITE]\n\
                \"We have found damp in the roof. The hall will reopen by the summer.\"\n\n\
                BACK ANNO: DAVINA OKORO FROM THE COUNCIL.\n";
    let q = said_in_file("market.txt", page);
    assert_eq!(q, pairs(&[("Davina Okoro", "We have found damp in the roof. The hall will reopen by the summer.")]));
}

#[test]
fn a_clip_after_a_cue_naming_its_speaker_before_their_job_is_theirs_without_its_in_and_out_cues() {
    let page = "NEWSROOM RUNNING ORDER\n\n\
                0800 CUE (0'12\")\n\
                CUE: WAITING TIMES AT THE CITY'S HOSPITALS HAVE GROWN AGAIN. MARTIN FAIRLEY IS THE TRUST'S CHIEF EXECUTIVE:\n\n\
                ACT: FAIRLEY\nIN: \"WE ARE...\"\nOUT: \"...THIS WINTER.\"\nDUR: 0'14\"\n\
                TEXT: \"We are short of beds. We will open another ward this winter.\"\n\n\
                BACK ANNO: MARTIN FAIRLEY OF THE TRUST.\n";
    let q = said_in_file("wards.txt", page);
    assert_eq!(q, pairs(&[("Martin Fairley", "We are short of beds. We will open another ward this winter.")]));
}

#[test]
fn each_callers_turn_in_a_phone_in_is_their_quote_by_first_name_and_the_presenters_none() {
    let q = who_of(&[
        "PRESENTER: Let's take your calls on the bus cuts. Morag is in Fort William.",
        "CALLER (MORAG, FORT WILLIAM): Hello. The last bus here goes at six. It's hopeless.",
        "PRESENTER: And have you written to the council?",
        "CALLER (MORAG, FORT WILLIAM): Three times. Nothing back.",
        "PRESENTER: Kwame is in Oban.",
        "CALLER -- KWAME (OBAN): Yeah. I drive a taxi and I see people stranded every night.",
    ]);
    let caller = |name: &str, place: &str| (name.to_string(), Some(format!("caller, {place}")), None);
    assert_eq!(q, [caller("Morag", "Fort William"), caller("Morag", "Fort William"), caller("Kwame", "Oban")]);
    let q = said(&[
        "PRESENTER: Let's take your calls on the bus cuts. Morag is in Fort William.",
        "CALLER (MORAG, FORT WILLIAM): Hello. The last bus here goes at six. It's hopeless.",
        "PRESENTER: Kwame is in Oban.",
        "CALLER -- KWAME (OBAN): Yeah. I drive a taxi and I see people stranded every night.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Morag", "Hello. The last bus here goes at six. It's hopeless."),
            ("Kwame", "Yeah. I drive a taxi and I see people stranded every night.")
        ])
    );
}

#[test]
fn a_guests_turn_of_nothing_but_greetings_and_thanks_is_no_quote() {
    let q = who_of(&[
        "PRESENTER: With me is Lena Hartley from the Fenland Food Bank. Lena, good afternoon.",
        "LENA HARTLEY (Fenland Food Bank): Good afternoon, lovely to be here.",
        "PRESENTER: How busy are you?",
        "LENA HARTLEY: Hi -- busier than ever. We fed 300 families last month.",
        "PRESENTER: Inspector Joe Tran joins us too.",
        "INSP JOE TRAN (Fenland Police): Evening. Thanks for having me on.",
    ]);
    assert_eq!(q, [("Lena Hartley".to_string(), None, Some("Fenland Food Bank".to_string()))]);
    let q = said(&[
        "PRESENTER: With me is Lena Hartley from the Fenland Food Bank.",
        "LENA HARTLEY: Hello, thank you for having me. We fed 300 families last month.",
        "PRESENTER: Thank you.",
        "LENA HARTLEY: Thanks.",
    ]);
    assert_eq!(q, pairs(&[("Lena Hartley", "Hello, thank you for having me. We fed 300 families last month.")]));
}

#[test]
fn a_short_first_name_in_a_capitals_label_is_written_as_a_name_and_a_body_in_brackets_is_whom_they_speak_for() {
    let q = who_of(&[
        "PRESENTER: On the line now we have someone from the rural crime team.",
        "DS IVO MARCH (North Fell Police): Thefts of quad bikes have doubled this year.",
        "PRESENTER: Why?",
        "DS IVO MARCH: They are easy to sell on.",
    ]);
    let ivo = ("Ivo March".to_string(), Some("DS".to_string()), Some("North Fell Police".to_string()));
    assert_eq!(q, [ivo.clone(), ivo]);
}

#[test]
fn a_first_name_label_is_a_callers_when_the_presenter_just_put_them_on_air() {
    let q = who_of(&[
        "PRESENTER: Our next caller is Wendell in Penrith. Wendell, go ahead.",
        "WENDELL (PENRITH): The speed cameras on the A66 never work. Not one of them.",
        "PRESENTER: Have you reported it?",
        "WENDELL (PENRITH): Twice, to the council.",
    ]);
    let wendell = ("Wendell".to_string(), Some("caller, Penrith".to_string()), None);
    assert_eq!(q, [wendell.clone(), wendell]);
    // A one-word script line the presenter did not put on air is no caller.
    let q = said(&[
        "PRESENTER: Now the travel, with Imran.",
        "TRAVEL (IMRAN): The A66 is closed at Penrith.",
        "PRESENTER: Thanks, Imran. Back to your calls.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_listeners_message_the_presenter_reads_out_is_theirs_and_a_spokespersons_words_they_quote_too() {
    let q = who_of(&[
        "PRESENTER: Lots of you getting in touch. An email from Priti in Redruth: \"The 8.15 has been cancelled four times this month. I've given up.\" Thanks, Priti.",
        "CALLER (DON, ST IVES): It's the same on the branch line.",
        "PRESENTER: We asked the train company. A spokesperson for Kernow Rail says services are \"recovering\" and they add: \"We are sorry for the disruption. Extra drivers start in May.\"",
    ]);
    assert_eq!(
        q,
        [
            ("Priti".to_string(), Some("listener, Redruth".to_string()), None),
            ("Don".to_string(), Some("caller, St Ives".to_string()), None),
            ("Kernow Rail spokesperson".to_string(), Some("spokesperson".to_string()), Some("Kernow Rail".to_string())),
        ]
    );
}

#[test]
fn a_guests_yes_alone_answers_the_question_and_is_quoted() {
    let q = said(&[
        "PRESENTER: With me is Lena Hartley from the Fenland Food Bank. Are you busier than last year?",
        "LENA HARTLEY: Yes.",
        "PRESENTER: Much busier?",
        "LENA HARTLEY: Yeah, morning. Hello.",
    ]);
    assert_eq!(q, pairs(&[("Lena Hartley", "Yes.")]));
}

#[test]
fn a_written_answer_answered_on_a_date_by_a_minister_is_theirs_and_the_asker_alone_on_a_line_asks() {
    let q = who_of(&[
        "Bus Services: Rural Areas",
        "Asked by",
        "Megan Trew (North Devon) (LD)",
        "To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2022.",
        "Answered on 9 May 2023 by Colin Brace, Minister of State (Department for Transport)",
        "The Department does not hold this information centrally.",
    ]);
    assert_eq!(
        q,
        vec![
            ("Megan Trew".into(), Some("Member for North Devon".into()), Some("Liberal Democrat".into())),
            ("Colin Brace".into(), Some("Minister of State".into()), Some("Department for Transport".into())),
        ]
    );
}

#[test]
fn a_note_and_a_long_caption_round_a_written_answers_table_are_not_the_ministers_words() {
    let q = said(&[
        "Asked by Megan Trew (North Devon) (LD)",
        "To ask the Secretary of State for Transport, how many bus routes each county lost.",
        "Answered by Colin Brace, Minister of State (Department for Transport)",
        "The figures are below.",
        "Local bus routes withdrawn by county council area in England, years ending March, all operators",
        "| County | 2021/22 | 2022/23 |",
        "| Devon | 14 | 9 |",
        "Source: Department for Transport survey. Some councils did not reply.",
        "We have given councils more than £1 billion for buses.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Megan Trew", "To ask the Secretary of State for Transport, how many bus routes each county lost."),
            ("Colin Brace", "The figures are below. We have given councils more than £1 billion for buses."),
        ])
    );
}

#[test]
fn a_column_marker_inside_a_speech_does_not_end_it() {
    let q = said(&[
        "Westminster Hall",
        "Tom Vane (Barnstaple) (Con): I thank the Minister for his letter.",
        "Ann Hollis (Exeter) (Lab): I will come to that. Ferries are late every week.",
        "[Col 45WH]",
        "Islanders cannot get to hospital on time.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Tom Vane", "I thank the Minister for his letter."),
            (
                "Ann Hollis",
                "I will come to that. Ferries are late every week. Islanders cannot get to hospital on time."
            ),
        ])
    );
}

#[test]
fn a_motion_moved_over_two_paragraphs_reads_on_after_the_members_comma() {
    let q = said(&[
        "Westminster Hall",
        "Ann Hollis (Exeter) (Lab): I beg to move,",
        "That this House has considered ferry services to the Isles of Scilly.",
        "Tom Vane (Barnstaple) (Con): Will the hon. Lady give way?",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ann Hollis", "I beg to move, That this House has considered ferry services to the Isles of Scilly."),
            ("Tom Vane", "Will the hon. Lady give way?"),
        ])
    );
}

#[test]
fn an_order_paper_number_and_reference_round_a_members_question_are_not_their_words() {
    let q = said(&[
        "Plenary",
        "Eira Howell MS: 4. Will the Minister make a statement on ambulance waits in Powys? OAQ61234",
        "Gareth Lloyd MS: Waits have fallen this spring.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Eira Howell", "Will the Minister make a statement on ambulance waits in Powys?"),
            ("Gareth Lloyd", "Waits have fallen this spring."),
        ])
    );
}

#[test]
fn a_time_stamp_before_each_label_is_no_ones_words_and_each_guests_turn_is_their_quote() {
    let q = who_of(&[
        "Bench Notes, episode 7: the magistrates' backlog",
        "This week host Tobias Wren is joined by Dr Nia Pardoe of the Courts Research Unit.",
        "[00:00:03] Tobias Wren: Welcome to Bench Notes. How long is the wait for a trial now?",
        "[00:00:09] Nia Pardoe: Thanks, Tobias.",
        "[01:02:15] Nia Pardoe: About 41 weeks on average. It was 26 weeks four years ago.",
        "[01:03:40] Tobias Wren: And is it getting better?",
    ]);
    assert_eq!(q, [("Nia Pardoe".to_string(), None, Some("Courts Research Unit".to_string()))]);
    let q = said(&[
        "Bench Notes, episode 7: the magistrates' backlog",
        "This week host Tobias Wren is joined by Dr Nia Pardoe of the Courts Research Unit.",
        "[00:00:03] Tobias Wren: Welcome to Bench Notes. How long is the wait for a trial now?",
        "[01:02:15] Nia Pardoe: About 41 weeks on average. [laughs] It was 26 weeks (inaudible) four years ago.",
    ]);
    assert_eq!(q, pairs(&[("Nia Pardoe", "About 41 weeks on average. It was 26 weeks four years ago.")]));
}

#[test]
fn a_time_stamp_in_brackets_after_the_name_makes_a_programmes_transcript_without_greetings() {
    let q = said(&[
        "Farm Hour: rural thefts",
        "Gemma Stroud (00:00:04): Good evening. With me is Colin Ashby, who farms near Lydd.",
        "Colin Ashby (00:00:10): Evening, Gemma. Thanks for having me.",
        "Gemma Stroud (00:00:15): How many quad bikes have gone missing?",
        "Colin Ashby (00:00:21): Nine on our road since March. Nobody locks a gate any more.",
    ]);
    assert_eq!(q, pairs(&[("Colin Ashby", "Nine on our road since March. Nobody locks a gate any more.")]));
}

#[test]
fn a_bare_stamp_before_a_capitals_label_makes_a_transcript_and_the_one_who_opens_the_show_is_its_host() {
    let q = said(&[
        "04:12 FREYA LOCKE: You're listening to Night Shift. Joining me is the paramedic Owen Tait.",
        "04:20 OWEN TAIT: We took 214 calls on Saturday night alone.",
        "04:31 FREYA LOCKE: Is that normal?",
        "04:35 OWEN TAIT: No. Normal is about 150.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Owen Tait", "We took 214 calls on Saturday night alone."),
            ("Owen Tait", "No. Normal is about 150.")
        ])
    );
}

#[test]
fn a_name_over_a_stamp_on_its_own_line_opens_the_words_under_it_and_a_stamp_alone_goes_on_with_the_turn() {
    let q = said(&[
        "Ward Round, episode 3: winter pressures",
        "Presenter Lucy Brannigan speaks to Priya Venn of the Royal College of Nursing.",
        "Lucy Brannigan  00:02",
        "Hello and welcome to Ward Round. How full are the wards?",
        "Priya Venn  00:09",
        "We had 37 patients on trolleys on Monday. [crosstalk] That is the most I have seen.",
        "[00:14:30]",
        "And the staff are exhausted.",
        "Lucy Brannigan  00:20",
        "Thank you.",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Priya Venn",
            "We had 37 patients on trolleys on Monday. That is the most I have seen. And the staff are exhausted."
        )])
    );
}

#[test]
fn a_guest_the_summary_introduces_with_an_organisation_is_quoted_with_it_and_the_presenter_is_not() {
    let q = who_of(&[
        "Streetwise, episode 19: scooter thefts",
        "Presenter Hannah Quill talks to Sergeant Ravi Doyle of Wessex Police and Maddie Corr of the charity Ride Safe about the figures.",
        "Hannah Quill: Hello and welcome. Ravi, how bad is it?",
        "Ravi Doyle: Morning, Hannah.",
        "Ravi Doyle: We logged 96 thefts in the city in June alone.",
        "Maddie Corr: Most of the riders we meet have had a scooter stolen at least once.",
        "Hannah Quill: Thank you both.",
    ]);
    assert_eq!(
        q,
        [
            ("Ravi Doyle".to_string(), Some("Sergeant".to_string()), Some("Wessex Police".to_string())),
            ("Maddie Corr".to_string(), None, Some("Ride Safe".to_string())),
        ]
    );
}

#[test]
fn a_guest_broken_off_and_saying_it_again_in_full_is_quoted_both_times() {
    let q = said(&[
        "Streetwise, episode 20: bike thefts",
        "Presenter Hannah Quill talks to Sergeant Ravi Doyle of Wessex Police about the figures.",
        "01:10 Hannah Quill: Ravi, is it getting worse?",
        "01:14 Ravi Doyle: What I would say is—",
        "01:15 Hannah Quill: Sorry, go on.",
        "01:18 Ravi Doyle: What I would say is the thefts have moved to the station car parks.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ravi Doyle", "What I would say is—"),
            ("Ravi Doyle", "What I would say is the thefts have moved to the station car parks."),
        ])
    );
}

#[test]
fn a_guest_introduced_by_a_long_possessive_organisation_keeps_its_whole_name() {
    let q = who_of(&[
        "Night Desk, episode 4: bike thefts",
        "Presenter Hannah Quill talks to Wessex Vale Police's Detective Inspector Ravi Doyle about the figures.",
        "Hannah Quill: Hello and welcome. Ravi, how bad is it?",
        "Ravi Doyle: We logged 96 thefts in the town in June alone.",
    ]);
    assert_eq!(
        q,
        [("Ravi Doyle".to_string(), Some("Detective Inspector".to_string()), Some("Wessex Vale Police".to_string()))]
    );
}

#[test]
fn a_guest_introduced_as_a_trusts_officer_speaks_for_the_whole_trust() {
    let q = who_of(&[
        "Hill Road, episode 7: flood alerts",
        "Presenter Sam Lee talks to the Upper Arle Rivers Trust's chief executive Maddie Corr about the alerts.",
        "Sam Lee: Hello and welcome. Maddie, how many alerts were there?",
        "Maddie Corr: We sent out 41 alerts in March alone.",
    ]);
    assert_eq!(
        q,
        [("Maddie Corr".to_string(), Some("chief executive".to_string()), Some("Upper Arle Rivers Trust".to_string()))]
    );
}

#[test]
fn news_copy_and_a_live_blog_giving_times_are_not_a_transcript() {
    let q = said(&[
        "Flooding closes the ring road",
        "At 10:30: police were called to the river after a car was seen in the water.",
        "10:45 BST: Wessex Police said the road would stay shut overnight.",
        "11:02 Wessex Police: Officers are at the scene.",
        "11:20 Update: The council has opened a rest centre.",
        "11:40 Lydd: Sandbags are available at the depot.",
        "The council said residents should stay away from the river.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_label_under_a_time_stamp_alone_on_the_line_above_is_a_programme_transcripts() {
    let q = said(&[
        "Shift Change: a night on the wards",
        "[00:00:04]",
        "Bryony Hale: Hello and welcome to Shift Change. With me is the porter Idris Kemble.",
        "[00:00:12]",
        "Idris Kemble: I walk about 19 miles a shift.",
        "[00:00:30]",
        "Bryony Hale: Every shift?",
    ]);
    assert_eq!(q, pairs(&[("Idris Kemble", "I walk about 19 miles a shift.")]));
    // The stamp after the name, the label alone on its line with its colon, as exports print it.
    let q = said(&[
        "Shift Change: a night on the wards",
        "Bryony Hale (00:00:04):",
        "Hello and welcome to Shift Change. With me is the porter Idris Kemble.",
        "Idris Kemble (00:00:12):",
        "I walk about 19 miles a shift.",
    ]);
    assert_eq!(q, pairs(&[("Idris Kemble", "I walk about 19 miles a shift.")]));
}

#[test]
fn a_guest_welcoming_people_on_a_page_with_a_presenters_label_is_still_quoted() {
    let q = said(&[
        "PRESENTER: Now to the county show, where the gates opened this morning.",
        "TILLY MARSH (clip): Welcome to the show, everyone. We have sold 3,000 tickets already.",
        "PRESENTER: Tilly Marsh there.",
    ]);
    assert_eq!(q, pairs(&[("Tilly Marsh", "Welcome to the show, everyone. We have sold 3,000 tickets already.")]));
}

#[test]
fn a_stamped_first_name_label_ends_the_turn_before_and_is_the_guest_the_summary_names_in_full() {
    let q = said(&[
        "Spoke Talk, episode 12: bike theft",
        "Presenter Dana Whitlow talks to Sergeant Tom Reeve of Avon Police and to Kemi Obi, who runs a repair cafe.",
        "00:00 Dana: Hello and welcome to Spoke Talk.",
        "00:05 Tom Reeve: Thefts are up by a third on last year.",
        "00:12 Kemi: They took mine from outside the library.",
        "00:18 Tom Reeve: Gangs steal to order now.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Tom Reeve", "Thefts are up by a third on last year."),
            ("Kemi Obi", "They took mine from outside the library."),
            ("Tom Reeve", "Gangs steal to order now."),
        ])
    );
}

#[test]
fn a_host_labelled_by_first_name_and_stamp_is_the_summarys_host_and_no_quote() {
    let q = said(&[
        "Night Buses, episode 4",
        "Host Marta Quigley speaks to the driver Ade Bello.",
        "Marta (00:00:02): Hi, you're listening to Night Buses.",
        "Ade Bello (00:00:07): I have driven the N29 for eleven years.",
        "Marta (00:00:15): And the worst night?",
        "Ade Bello (00:00:19): New Year, every year.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Ade Bello", "I have driven the N29 for eleven years."), ("Ade Bello", "New Year, every year.")])
    );
}

#[test]
fn a_stamped_turn_may_open_in_lower_case_or_on_the_dash_of_broken_speech() {
    let q = said(&[
        "[00:01:02] Ruth Abbot: The ward closed in May and the nearest one is—",
        "[00:01:04] Colm Hardy: —forty miles away, yes.",
        "[00:01:09] Ruth Abbot: and the waiting lists are longer.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Ruth Abbot", "The ward closed in May and the nearest one is—"),
            ("Colm Hardy", "—forty miles away, yes."),
            ("Ruth Abbot", "and the waiting lists are longer."),
        ])
    );
}

#[test]
fn a_stamped_speaker_the_transcript_numbers_instead_of_naming_ends_the_turn_before_and_is_no_quote() {
    let q = said(&[
        "Ruth Abbot (00:00:04): Our ward closed in May.",
        "Speaker 2 (00:00:09): Which ward was that?",
        "Ruth Abbot (00:00:12): The children's ward.",
        "SPEAKER 3 (00:00:15): It reopened in June.",
    ]);
    assert_eq!(q, pairs(&[("Ruth Abbot", "Our ward closed in May."), ("Ruth Abbot", "The children's ward.")]));
}

#[test]
fn a_capitals_name_and_stamp_joined_to_the_words_under_them_label_the_turn() {
    let q = said(&[
        "Harbour Talk: the ferry strike",
        "Host Pia Lund is joined by Owen Marr of the ferry workers' union.",
        "PIA LUND [00:00:03] Hello and welcome to Harbour Talk.",
        "OWEN MARR [00:00:09] We have not had a pay rise in four years.",
        "PIA LUND [00:00:15] Four years?",
        "OWEN MARR [00:00:17] Four. And fares have gone up twice.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Owen Marr", "We have not had a pay rise in four years."),
            ("Owen Marr", "Four. And fares have gone up twice.")
        ])
    );
}

#[test]
fn the_programmes_notes_under_a_rule_after_the_last_turn_are_no_ones_words() {
    let q = said_in(&[
        ("[00:00:04] Nadia Coombe: Hello and welcome to Tide Line.", Role::Body),
        ("[00:00:09] Gus Fairley: The sea wall failed in two places.", Role::Body),
        ("[00:00:20] Gus Fairley: Nobody was hurt.", Role::Body),
        ("* * *", Role::Break),
        ("Tide Line is made by volunteers in Whitby. Listen again for 28 days.", Role::Body),
    ]);
    assert_eq!(q, pairs(&[("Gus Fairley", "The sea wall failed in two places."), ("Gus Fairley", "Nobody was hurt.")]));
}

#[test]
fn a_programmes_note_on_its_transcript_is_not_the_last_speakers_words() {
    let q = said(&[
        "[00:00:04] Nadia Coombe: Hello and welcome to Tide Line.",
        "[00:00:09] Gus Fairley: The sea wall failed in two places.",
        "This transcript was generated automatically and may contain errors.",
        "Transcripts by the Tide Line team.",
    ]);
    assert_eq!(q, pairs(&[("Gus Fairley", "The sea wall failed in two places.")]));
}

#[test]
fn each_of_the_hosts_or_presenters_a_summary_lists_is_the_programmes_voice() {
    let q = said(&[
        "Corner Shop Cast, episode 9",
        "Hosts Rob Tighe and Femi Cole talk to Anya Sorensen of the Small Traders Alliance.",
        "[00:00] Rob Tighe: Welcome to Corner Shop Cast.",
        "[00:04] Femi Cole: Anya, how many shops closed last year?",
        "[00:09] Anya Sorensen: About one in eight on our books.",
    ]);
    assert_eq!(q, pairs(&[("Anya Sorensen", "About one in eight on our books.")]));
    let q = said(&[
        "Morning Run, 3 March",
        "Presenters Lou Ames, Dev Karia and Sal Price hear from the coach Tess Ward.",
        "[07:10:02] Lou Ames: It's ten past seven.",
        "[07:10:05] Sal Price: And Tess Ward is with us.",
        "[07:10:09] Tess Ward: We had 400 runners on Saturday.",
        "[07:10:15] Dev Karia: Four hundred!",
    ]);
    assert_eq!(q, pairs(&[("Tess Ward", "We had 400 runners on Saturday.")]));
}

#[test]
fn a_statement_a_listed_presenter_reads_out_in_quote_marks_is_the_spokespersons_not_hers() {
    let q = who_of(&[
        "Presenters Lou Ames and Sal Price hear from the coach Tess Ward.",
        "[07:10:09] Tess Ward: We had 400 runners on Saturday.",
        "[07:10:20] Sal Price: We asked the council about the park. A spokesperson told us: \"The route will reopen in April.\"",
        "[07:10:31] Lou Ames: Thanks, Tess.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "Tess Ward");
    assert!(q[1].0.contains("spokesperson"), "{q:?}");
}

#[test]
fn the_first_voice_of_an_unstamped_transcript_opening_a_named_show_is_its_host_and_no_quote() {
    let q = said(&[
        "Transcript",
        "Cara Fenn: Hello and welcome to the Bus Stop podcast. With me is the driver Wes Hume.",
        "Wes Hume: We lost 12 routes this year.",
        "Cara Fenn: Twelve?",
        "Wes Hume: Twelve, and more to come.",
    ]);
    assert_eq!(q, pairs(&[("Wes Hume", "We lost 12 routes this year."), ("Wes Hume", "Twelve, and more to come.")]));
}

#[test]
fn the_first_voice_of_an_unstamped_transcript_welcoming_a_meeting_is_still_quoted() {
    let q = said(&[
        "Transcript",
        "Jo Penrose: Good morning and welcome to this meeting of the panel's budget group.",
        "Wes Hume: We lost 12 routes this year.",
        "Jo Penrose: Twelve?",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Jo Penrose", "Good morning and welcome to this meeting of the panel's budget group."),
            ("Wes Hume", "We lost 12 routes this year."),
            ("Jo Penrose", "Twelve?"),
        ])
    );
}

/// The role the summary gives each guest quoted on a stamped page under `summary`.
fn guest_roles(summary: &[&str]) -> Vec<(String, Option<String>)> {
    let mut lines = summary.to_vec();
    lines.extend([
        "[00:00:02] Bo Lim: Welcome to Food Talk.",
        "[00:00:06] Ada Crane: We fed 900 families last month.",
        "[00:00:12] Bo Lim: Thank you.",
    ]);
    who_of(&lines).into_iter().map(|(s, r, _)| (s, r)).collect()
}

#[test]
fn a_pull_quote_signed_or_labelled_with_a_guests_name_gives_them_no_role() {
    let none = vec![("Ada Crane".to_string(), None)];
    assert_eq!(guest_roles(&["Host Bo Lim talks to Ada Crane.", "'We fed 900 families.' - Ada Crane"]), none);
    assert_eq!(guest_roles(&["Host Bo Lim talks to Ada Crane.", "Ada Crane: \"We fed 900 families.\""]), none);
}

#[test]
fn the_summarys_words_before_a_guest_back_to_its_verb_and_a_bracketed_caption_are_no_role() {
    let roles = guest_roles(&["Presenter Bo Lim asks Ada Crane what the winter holds."]);
    assert_eq!(roles, vec![("Ada Crane".to_string(), None)]);
    let roles = guest_roles(&[
        "Presenter Bo Lim talks to Ada Crane, who runs the Leeds food bank.",
        "[Picture: Ada Crane at Leeds Food Bank's depot, near the ring road.]",
    ]);
    assert!(roles.iter().all(|(_, r)| !r.as_deref().is_some_and(|r| r.contains(']'))), "{roles:?}");
}

#[test]
fn a_statement_a_guest_reads_out_in_quote_marks_is_the_spokespersons_and_the_rest_of_the_turn_the_guests() {
    let q = who_of(&[
        "Presenter Lou Ames hears from the coach Tess Ward.",
        "[07:10:02] Lou Ames: Welcome to Morning Run.",
        "[07:10:09] Tess Ward: We wrote to the council about the park. A spokesperson told us: \"The route will reopen in April.\"",
        "[07:10:31] Lou Ames: Thanks, Tess.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "Tess Ward");
    assert!(q[1].0.contains("spokesperson"), "{q:?}");
    let q = said(&[
        "Presenter Lou Ames hears from the coach Tess Ward.",
        "[07:10:02] Lou Ames: Welcome to Morning Run.",
        "[07:10:09] Tess Ward: We wrote to the council about the park. The council said in a statement: \"The route will reopen in April.\"",
    ]);
    assert_eq!(q.first(), Some(&("Tess Ward".to_string(), "We wrote to the council about the park.".to_string())));
    assert!(q.iter().all(|(_, t)| !t.contains("statement")), "{q:?}");
}
