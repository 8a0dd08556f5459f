//! Whom "he" and "she" mean: the person last named or quoted within reach, of that sex, and
//! no one when two fit.

use super::*;

#[test]
fn pronouns_skip_people_of_the_other_gender() {
    let q = said(&[
        "Mr John Adams said: “We are shocked.”",
        "Mrs Jane Smith said: “We are not.”",
        "He added: “It is a scandal.”",
    ]);
    assert_eq!(q[2], ("John Adams".to_string(), "It is a scandal.".to_string()));
}

#[test]
fn a_pronoun_with_nobody_named_before_gives_no_quote() {
    assert_eq!(said(&["Figures rose.", "He said: “We are shocked.”"]), pairs(NONE));
}

#[test]
fn a_pronoun_reaches_the_person_last_quoted_not_only_last_named() {
    let q = said(&[
        "Detective Superintendent Sue Coombs said the force had a dedicated team.",
        "“We know that offenders use the internet,” she said.",
        "“Parents should talk to their children.",
        "“It is never too early.”",
        "The force also said it had seen more reports.",
        "“We’ve seen a worrying trend,” she told the Liverpool Echo.",
    ]);
    assert_eq!(q.last(), Some(&("Sue Coombs".to_string(), "We’ve seen a worrying trend".to_string())), "{q:?}");
    // Named long before and never quoted since: "she" is nobody.
    let q = said(&[
        "Detective Superintendent Sue Coombs said the force had a dedicated team.",
        "The force said it had seen more reports.",
        "Officers have visited schools.",
        "Parents have been sent letters.",
        "“We’ve seen a worrying trend,” she said.",
    ]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn people_named_with_a_title_are_known_to_later_pronouns() {
    let q = said(&[
        "Detective Chief Inspector Sarah Jenkins leads the team. \"We will find you,\" she warned offenders.",
        "\"No one is anonymous on the internet.\"",
    ]);
    assert_eq!(q, pairs(&[("Sarah Jenkins", "We will find you. No one is anonymous on the internet.")]));
}

#[test]
fn a_pronoun_after_a_surname_in_reported_speech_is_that_person() {
    let q = said(&[
        "Northamptonshire commissioner Stephen Mold said: \"I am proud of the team.\"",
        "A 15-year-old victim told the court: \"I felt trapped.\"",
        "Mr Mold added that more money would follow.",
        "\"We have committed an extra £1m,\" he said.",
        "\"Children deserve better,\" a Barnardo's spokesman said.",
    ]);
    assert_eq!(q[2], ("Stephen Mold".to_string(), "We have committed an extra £1m".to_string()));
    assert_eq!(q[3].0, "Barnardo's spokesperson");
}

#[test]
fn a_pronoun_reaches_a_speaker_reported_after_but() {
    let q = said(&[
        "Sexual grooming offences recorded by North Wales Police fell from 82 to 64.",
        "But Cecile Gwilym, NSPCC Cymru's policy and public affairs manager, warned that the fall may reflect under-reporting.",
        "\"Children are telling Childline that they don't know who to turn to,\" she said. \"That worries us.\"",
    ]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("Cecile Gwilym"), "{q:?}");
}

#[test]
fn a_pronoun_reaches_a_person_named_after_a_job_title_mid_sentence() {
    let q = said(&[
        "The report went to the housing committee, where council leader Aileen Moss defended the cuts.",
        "“We had no choice,” she said.",
        "Labour group leader Tom Reed called the plan reckless.",
        "“It is the wrong answer,” he told the committee.",
    ]);
    assert_eq!(q, pairs(&[("Aileen Moss", "We had no choice"), ("Tom Reed", "It is the wrong answer")]));
}

#[test]
fn a_pronoun_reaches_the_man_named_after_his_job_not_a_minister_named_before() {
    let q = said(&[
        "Culture Secretary Lisa Nandy visited a Stockport primary school on Friday.",
        "Headteacher Mark Jones showed her the new library.",
        "“The children loved it,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Mark Jones", "The children loved it")]));
}

#[test]
fn a_pronoun_reaches_a_person_described_in_reported_speech() {
    let q = said(&[
        "A father from Hull, whose son was blackmailed in May, told the paper the family had been terrified.",
        "“We did not know where to turn,” he said.",
        "The father, who did not want to be named, said other parents should talk to their children.",
        "“Do not wait until it happens to you,” he said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("a father from Hull", "We did not know where to turn"),
            ("a father from Hull", "Do not wait until it happens to you"),
        ])
    );
}

#[test]
fn a_pronoun_reaches_an_unnamed_person_described_by_their_job() {
    let q = said(&[
        "A senior nurse at a hospital in Derby, who asked not to be named, said the cases were “no surprise”.",
        "“We see a new referral nearly every day,” she said.",
    ]);
    assert_eq!(q, pairs(&[("a senior nurse at a hospital in Derby", "We see a new referral nearly every day")]));
    let q = said(&[
        "A pastoral lead at a college in Truro, who did not want to be identified, said staff were worried.",
        "“Most of it begins on group chats,” he said.",
    ]);
    assert_eq!(q, pairs(&[("a pastoral lead at a college in Truro", "Most of it begins on group chats")]));
}

#[test]
fn a_relative_the_writer_calls_my_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Councils say the scheme works. My father would disagree: he waited three years for a ramp.",
        "“They kept losing the forms,” he told me last week.",
    ]);
    assert_eq!(q, pairs(&[("my father", "They kept losing the forms")]));
    let q = said(&[
        "My sister is a nurse in Leeds.",
        "The trust says morale has never been higher, though few staff would put it that way - my sister certainly would not.",
        "\"Half the ward is on agency shifts,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("my sister", "Half the ward is on agency shifts")]));
    // A relative named inside someone's quote is theirs to speak of, not the writer's.
    let q = said(&[
        "Ann Lowe, who runs the youth club, said: “My brother grew up on this estate.”",
        "“He would not recognise it now,” she said.",
    ]);
    assert_eq!(q.iter().map(|(who, _)| who.as_str()).collect::<Vec<_>>(), ["Ann Lowe", "Ann Lowe"]);
}

#[test]
fn a_pronoun_reaches_a_person_named_as_the_subject_of_the_paragraph_before() {
    let q = said(&[
        "“Every report is taken seriously,” said Inspector Dana Kerr, the force's lead for hate crime.",
        "The mayor of Bristol, Joanne Vale, has given £40,000 to a reporting centre run by volunteers.",
        "She said: “Not everyone can walk into a police station.”",
    ]);
    assert_eq!(
        q.last(),
        Some(&("Joanne Vale".to_string(), "Not everyone can walk into a police station.".to_string()))
    );
}

#[test]
fn a_person_named_as_the_subject_of_a_plain_sentence_is_whom_she_means() {
    let q = said(&["Priya Shah was moved to a refuge in Luton last spring. \"I can breathe again,\" she said."]);
    assert_eq!(q, pairs(&[("Priya Shah", "I can breathe again")]));
    let q = said(&[
        "Emma* was referred to the advocacy team after a neighbour called 999. \"They believed me,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("Emma", "They believed me")]));
    // A place or a body opening the sentence names no one.
    let q = said(&["Luton was the worst affected town. \"It is bad,\" she said."]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_full_name_on_a_common_first_name_acting_as_the_subject_is_whom_a_pronoun_means() {
    // First names of many of the people UK news quotes, not only the commonest English ones.
    let q = said(&[
        "Kwame Mensah coaches the under-12s at a boxing club in Brixton.",
        "“They turn up every night because there is nowhere else to go,” he says.",
    ]);
    assert_eq!(q, pairs(&[("Kwame Mensah", "They turn up every night because there is nowhere else to go")]));
    let q = said(&[
        "Detective Sergeant Paul Grant said the arrests followed a long inquiry.",
        "Aisha Rahman opened the pantry in 2019 after losing her job.",
        "“Nobody here asks questions,” she said.",
    ]);
    assert_eq!(q.last(), Some(&("Aisha Rahman".to_string(), "Nobody here asks questions".to_string())));
    // The name tells the pronoun: "he" passes over the woman named last.
    let q = said(&[
        "Declan Walsh founded the residents' group in 2015.",
        "Siobhan Kerr joined it a year later.",
        "“We meet every Thursday in the church hall,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Declan Walsh", "We meet every Thursday in the church hall")]));
    // A body or a storm named like a person is still no one: "he" finds nobody.
    let q = said(&["Thames Water fined the contractor last spring.", "“It was a mistake,” he said."]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_pronoun_reaches_an_unnamed_person_described_by_a_trade() {
    let q = said(&[
        "Inspector Dawn Carver, of Cumbria Police, said patrols had been stepped up.",
        "“We are listening to traders,” she said.",
        "A Kendal optician, who has had three break-ins since January, said customers had stopped coming in.",
        "“People are nervous. Nobody wants to walk here after dark,” she said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Dawn Carver", "We are listening to traders"),
            (
                "a Kendal optician who has had three break-ins",
                "People are nervous. Nobody wants to walk here after dark"
            ),
        ])
    );
    let q = said(&["One chemist in Hove said thefts were rising.", "“It happens every week,” he said."]);
    assert_eq!(q, pairs(&[("one chemist in Hove", "It happens every week")]));
}

#[test]
fn a_pronoun_reaches_an_unnamed_person_set_off_as_the_subject_after_a_named_speaker() {
    // The person who asked not to be named, introduced after the officer, is whom "she" means.
    let q = said(&[
        "Inspector Jo Bell said: “Scammers are patient.”",
        "She said the unit had traced a dozen accounts.",
        "One shopper, a 52-year-old mother from Hove who asked not to be named, lost £2,000 to a fake courier.",
        "“I trusted them completely,” she said.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[1].0.contains("mother") && q[1].1 == "I trusted them completely", "{q:?}");
    let q = said(&[
        "Sergeant Tom Reyes said: “We see this every week.”",
        "He said most victims never report it.",
        "One victim, a retired teacher from Crewe who did not want to be identified, spent months paying the gang.",
        "“I felt such a fool,” he said.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[1].0.contains("teacher") && q[1].1 == "I felt such a fool", "{q:?}");
}

#[test]
fn a_checklist_or_a_shortlist_is_no_person_described_by_a_trade() {
    let q = said(&[
        "A new safeguarding checklist, sent to schools in Hove, said: “Every report must be taken seriously.”",
        "“Nobody should be turned away,” the shortlist said.",
    ]);
    assert!(q.iter().all(|(who, _)| !who.contains("list")), "{q:?}");
}

#[test]
fn a_pronoun_reaches_a_person_described_and_set_off_as_the_subject_of_an_irregular_verb() {
    let q = said(&[
        "Hill farmer Tom Hartley, who keeps 300 ewes near Ludlow, lost half of them to thieves in May.",
        "He said the thieves had known exactly where to look.",
        "“They took the ewes in the night,” he said. “Nobody heard a thing.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Tom Hartley", "They took the ewes in the night"), ("Tom Hartley", "Nobody heard a thing.")])
    );
    // The same sentence with a verb that is no past tense names nobody a later "he" means
    // (a job title before the name would: "Hill farmer Tom Hartley" names him).
    assert_eq!(
        said(&[
            "Hill farmer, Tom Hartley, who keeps 300 ewes near Ludlow, ewes in May.",
            "“They took the ewes in the night,” he said.",
        ]),
        pairs(NONE)
    );
}

#[test]
fn a_judge_named_with_their_title_is_who_a_later_she_means_not_the_defendant() {
    let q = quotes_of(&[
        "Liam Crowe, 41, of Grantham, admitted four burglaries at the crown court.",
        "Recorder Helen Marsh jailed him for two years, and Sheriff Court staff were thanked.",
        "Sentencing, she told him: “You chose homes where you knew families were asleep.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "Helen Marsh");
}

#[test]
fn sentencing_he_or_the_judge_is_the_judge_named_before_not_the_defendant_named_since() {
    let q = quotes_of(&[
        "Tom Smith, 34, of Leeds, admitted six burglaries.",
        "Judge Peter Hale jailed him for four years.",
        "Smith told the court he was sorry for what he had done.",
        "Sentencing, he told him: “You chose homes where families were asleep.”",
        "His barrister, Mark Dean, said he had been addicted to drugs.",
        "“That is no excuse,” the judge said.",
    ]);
    let got: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(got, vec!["Peter Hale", "Peter Hale"]);
    // With no judge named, "he" is whoever the text last named, as anywhere else.
    let q = quotes_of(&[
        "Tom Smith, 34, of Leeds, admitted six burglaries.",
        "Sentencing, he told him: “You chose homes where families were asleep.”",
    ]);
    assert_eq!(q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(), vec!["Tom Smith"]);
}

#[test]
fn a_full_name_going_on_with_any_verb_is_the_one_a_later_pronoun_means() {
    let q =
        quotes_of(&["Tom Reed runs a boxing gym in Salford.", "“The lads come here instead of the streets,” he says."]);
    assert_eq!(q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(), vec!["Tom Reed"]);
    // Not a place or a team that happens to open the sentence, nor a name before a noun.
    for lines in [
        ["West Midlands recorded 3,800 offences.", "“It is too many,” he says."],
        ["Tom Reed's business is boxing.", "“It is too many,” he says."],
        ["Tom Reed's pupils runs the gym.", "“It is too many,” he says."],
    ] {
        assert_eq!(quotes_of(&lines).len(), 0, "{lines:?}");
    }
}

#[test]
fn a_place_whose_name_opens_on_a_first_name_is_no_person_a_pronoun_means() {
    for verb in ["reopened", "was reopened"] {
        let q = quotes_of(&[
            "Amy Lowe, a commuter, said the trains were late.",
            &format!("Victoria Station {verb} on Monday after repairs."),
            "“It was chaos,” she said.",
        ]);
        assert_eq!(q.iter().map(|q| q.speaker.as_str()).collect::<Vec<_>>(), vec!["Amy Lowe"], "{verb}");
    }
}

#[test]
fn a_lone_first_name_set_off_with_a_description_as_the_subject_is_whom_she_means() {
    let q = said(&[
        "Inspector Tom Reyes said most of the abuse was never reported.",
        "Zainab, a 29-year-old pharmacist from Derby, was followed off a tram last winter.",
        "“Nobody on the tram looked up,” she said. “I reported it so he would not do it again.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Zainab", "Nobody on the tram looked up"), ("Zainab", "I reported it so he would not do it again."),])
    );
    // A lone word that reads as no person with its description names no one.
    let q = said(&["Derby, a city of 260,000, was hit hardest.", "“Nobody looked up,” she said."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_parent_named_by_the_possessive_before_their_child_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Chief Inspector Helen Moss said: “Slow down on country roads.”",
        "She said patrols would be stepped up over the summer.",
        "Morag Lindsay's son Fergus was 17 when he was knocked off his bike near Oban in 2021.",
        "“He had his whole life ahead of him,” she said. “Nobody should have to bury a child.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Helen Moss", "Slow down on country roads."),
            ("Morag Lindsay", "He had his whole life ahead of him"),
            ("Morag Lindsay", "Nobody should have to bury a child."),
        ])
    );
    // A possessive before a thing names no one a pronoun means.
    let q = said(&[
        "Chief Inspector Helen Moss said: “Slow down.”",
        "Argyll Council's budget was cut by a tenth.",
        "“It is not enough,” she said.",
    ]);
    assert_eq!(q.last(), Some(&("Helen Moss".to_string(), "It is not enough".to_string())));
}

#[test]
fn a_person_singled_out_of_a_group_by_a_description_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Older people lost £2m to phone scams in the county last year, police said.",
        "Among them was an 81-year-old retired teacher from Barnsley who lost his savings to a caller posing as his bank.",
        "“I felt such a fool,” he said. “I had never heard of it happening.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("an 81-year-old retired teacher from Barnsley", "I felt such a fool"),
            ("an 81-year-old retired teacher from Barnsley", "I had never heard of it happening."),
        ])
    );
    let q = said(&[
        "Dozens of drivers were caught on the first night.",
        "One of those stopped was a delivery driver from Hull, who was twice the limit.",
        "“I thought I was fine,” he said.",
    ]);
    assert_eq!(q, pairs(&[("a delivery driver from Hull", "I thought I was fine")]));
    // A thing singled out is no person.
    let q = said(&["Among them was a stolen van from Hull.", "“It was found burnt out,” he said."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_suspect_singled_out_or_a_surname_with_only_an_age_is_not_whom_a_later_pronoun_means() {
    let q = said(&[
        "Detective Sergeant Sam Cole said: “We had been watching the house for weeks.”",
        "Among those arrested was a 41-year-old man from Hull.",
        "“We will keep knocking on doors,” he said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Sam Cole"), "{q:?}");
    let q = said(&[
        "Detective Sergeant Sam Cole said: “We had been watching the house for weeks.”",
        "Brady, 34, of Hull, was jailed for six years.",
        "“He preyed on people who trusted him,” he said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Sam Cole"), "{q:?}");
}

#[test]
fn a_possessive_parent_is_named_only_as_the_sentences_subject() {
    let q = said(&[
        "Detective Inspector Jo Marsh said: “The driver fled the scene.”",
        "The court heard Ashley Kerr's son was thrown from the car.",
        "“We will not rest until he is caught,” she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Jo Marsh"), "{q:?}");
    let q = said(&[
        "Detective Inspector Jo Marsh said: “The driver fled the scene.”",
        "In 2019, Ashley Kerr's son was thrown from the car.",
        "“I think about him every day,” she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ashley Kerr"), "{q:?}");
    let q = said(&[
        "Detective Inspector Jo Marsh said: “The driver fled the scene.”",
        "Bereaved mother Ashley Kerr's son was thrown from the car.",
        "“I think about him every day,” she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ashley Kerr"), "{q:?}");
}

#[test]
fn a_relative_who_acts_after_a_possessive_is_whom_a_later_pronoun_of_theirs_means() {
    let officer = "Sergeant Owen Price, of Dyfed-Powys Police, said the collision happened just after midnight.";
    let run = |lines: &[&str]| said(lines).into_iter().map(|(who, _)| who).collect::<Vec<_>>();
    // The relative is the sentence's subject and does something: "he" or "she" of the
    // relative's gender is the relative, described by whose relative they are.
    assert_eq!(
        run(&[
            officer,
            "Rhys Bowen's father paid tribute to his son at the inquest.",
            "“He was a gentle lad who loved his rugby,” he said.",
        ]),
        ["Rhys Bowen's father"]
    );
    assert_eq!(
        run(&[
            "Inspector Carys Lloyd said the lane had no lights.",
            "Megan Hughes's mother has spoken of her heartbreak.",
            "“She was always singing,” she said.",
        ]),
        ["Megan Hughes's mother"]
    );
    // A pronoun of the other gender is still the possessor's.
    assert_eq!(
        run(&[
            officer,
            "Joanne Pike's husband thanked the paramedics who tried to save her.",
            "“I would not be here without them,” she said.",
        ]),
        ["Joanne Pike"]
    );
    // The relative only suffers what the sentence says, or is named: the possessor speaks.
    assert_eq!(
        run(&[
            "Inspector Carys Lloyd said the lane had no lights.",
            "Bethan Rowe's daughter was 15 when she was targeted online.",
            "“Nobody believed us at first,” she said.",
        ]),
        ["Bethan Rowe"]
    );
    assert_eq!(
        run(&[officer, "Gareth Lane's son Dylan was 19 when he died.", "“He was my best friend,” he said."]),
        ["Gareth Lane"]
    );
}

#[test]
fn a_business_charity_or_place_named_like_a_person_takes_no_pronoun() {
    // Known names: a charity and a town, then a chain.
    for middle in
        ["Leonard Cheshire said its shop had been targeted twice.", "Bradley Stoke had three burglaries in a week."]
    {
        let q = said(&[
            "Sergeant Tom Price said officers were at the scene.",
            middle,
            "\"We are checking cameras,\" he said.",
        ]);
        assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Tom Price"), "{middle}");
    }
    let q = said(&[
        "Inspector Ann Cole said patrols would increase.",
        "Laura Ashley reported a break-in at its Leeds store.",
        "\"We are here to help,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Ann Cole"));
}

#[test]
fn a_person_named_again_by_surname_keeps_the_gender_first_known() {
    // "Dr Lee" is the woman named in full before: neither "he" nor "his statement" is hers.
    let q = said(&[
        "Dr Amy Lee, the trust's medical director, said: \"Beds are full.\"",
        "\"Staff are exhausted,\" Dr Lee said. He went on: \"We need help.\"",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    let q = said(&[
        "Councillor Martin Hale said: \"The budget is set.\"",
        "\"Nothing more can be cut,\" Cllr Hale said. Her statement went on: \"We have done our best.\"",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    // Of the right gender, the pronoun still finds them.
    let q = said(&[
        "Councillor Martin Hale said: \"The budget is set.\"",
        "\"Nothing more can be cut,\" Cllr Hale said. His statement went on: \"We have done our best.\"",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Martin Hale"));
}

#[test]
fn a_lone_first_name_set_off_by_an_aside_is_whom_a_later_pronoun_means() {
    let speakers = |lines: &[&str]| -> Vec<String> {
        let mut speakers: Vec<String> = quotes_of(lines).into_iter().map(|q| q.speaker).collect();
        speakers.dedup();
        speakers
    };
    let lines = [
        "Priya, not her real name, was threatened by a former partner for a year.",
        "\"I stopped going out,\" she said. \"I stopped answering the door.\"",
    ];
    assert_eq!(speakers(&lines), ["Priya"]);
    let lines = [
        "A police spokesperson said: \"We are investigating every report.\"",
        "Ellie, for her part, wants an apology more than anything.",
        "'Say sorry,' she says. 'That is all.'",
    ];
    assert_eq!(speakers(&lines), ["spokesperson", "Ellie"]);
}

#[test]
fn a_person_set_off_by_commas_after_their_post_is_whom_a_later_pronoun_means() {
    let speakers = |lines: &[&str]| -> Vec<String> {
        let mut speakers: Vec<String> = quotes_of(lines).into_iter().map(|q| q.speaker).collect();
        speakers.dedup();
        speakers
    };
    let lines = [
        "After I questioned the former housing minister, Peter Lowe, at a hustings, he conceded the point.",
        "\"We built too little for too long,\" he said.",
    ];
    assert_eq!(speakers(&lines), ["Peter Lowe"]);
    let lines = [
        "Campaigners wrote to the county's chief constable, Helen Ward, in March. \"We take every letter seriously,\" she said."
    ];
    assert_eq!(speakers(&lines), ["Helen Ward"]);
}

#[test]
fn a_lone_name_set_off_by_an_aside_in_a_sentence_telling_of_her_is_whom_she_means() {
    let q = said(&[
        "Kezia, now 31, left her job after she was followed home for two years.",
        "\"I moved house twice that year,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("Kezia", "I moved house twice that year")]));
    let q = said(&[
        "Marek, who asked us not to print his surname, lost his savings to a caller posing as his bank.",
        "\"He knew my account number,\" he said.",
    ]);
    assert_eq!(q, pairs(&[("Marek", "He knew my account number")]));
}

#[test]
fn a_person_set_off_as_the_subject_of_a_short_past_verb_is_whom_a_later_pronoun_means() {
    // "used", "died", "owed": a past in "-ed" after a stem of two letters.
    let q = said(&[
        "The trust's head of nursing, Mairead Kilbride, used her annual lecture to describe a ward in crisis.",
        "“We have beds but nobody to staff them,” she said. “It cannot go on.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Mairead Kilbride", "We have beds but nobody to staff them"),
            ("Mairead Kilbride", "It cannot go on.")
        ])
    );
}

#[test]
fn a_name_going_on_with_a_short_past_verb_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Gareth Pryce owed the brewery more than he could pay by the spring.",
        "“I kept the doors open as long as I could,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Gareth Pryce", "I kept the doors open as long as I could")]));
}

#[test]
fn a_word_ending_in_eed_is_no_past_after_a_subject() {
    // "need" is no past: "The villages, Amble and Alnmouth, need …" names nobody.
    assert_eq!(
        said(&[
            "The two harbours, Amble and Warkworth, need dredging before the summer.",
            "“It is long overdue,” he said.",
        ]),
        pairs(NONE)
    );
}
