//! When "he" or "she" may mean more than one person: a spokesperson or a named person, an
//! officer or a victim singled out, two of one sex named side by side. The quote's words
//! decide, or no one is meant; a name or title of either sex leaves the pronoun open.

use super::*;

#[test]
fn a_first_name_worn_by_men_and_women_leaves_the_pronoun_open() {
    let quotes = quotes_of(&[
        "“Nobody is listening,” said Detective Inspector Ruth Maddox.",
        "Chris Lowe, who runs a refuge in Hexham, said beds were scarce.",
        "“We turned away 30 women,” she said.",
    ]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Ruth Maddox", "Chris Lowe"]);
}

#[test]
fn he_after_a_spokesman_is_the_spokesman() {
    let q = said(&["Figures for Kent rose.", "A Kent Police spokesman said: “We act.”", "He added: “We will go on.”"]);
    assert_eq!(q[1].0, "Kent Police spokesperson");
}

#[test]
fn a_pronoun_of_the_wrong_sex_after_the_one_person_just_reported_is_a_slip_for_them() {
    let q = said(&[
        "Lucy Brennan, who chairs the residents' group, said the closures had left people angry.",
        "“We were promised a station and we got a phone number,” he said.",
        "“Nobody here believes that is enough.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Lucy Brennan",
            "We were promised a station and we got a phone number. Nobody here believes that is enough."
        )])
    );
    let q = said(&[
        "Detective Inspector Mark Oduya told reporters the gang had been dismantled.",
        "\"These men preyed on the most vulnerable people in the city,\" she added.",
    ]);
    assert_eq!(q, pairs(&[("Mark Oduya", "These men preyed on the most vulnerable people in the city")]));
    let q = said(&[
        "Councillor Peter Ashdown said the budget for street lighting had been cut twice.",
        "She said: “Residents deserve better than dark lanes.”",
    ]);
    assert_eq!(q, pairs(&[("Peter Ashdown", "Residents deserve better than dark lanes.")]));
    // A man named before is whom "he" means, whoever was reported last.
    let q = said(&[
        "Tom Fielding runs the food bank on Mill Street.",
        "Lucy Brennan, who chairs the residents' group, said the closures had left people angry.",
        "“We see more families every week,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Tom Fielding", "We see more families every week")]));
}

#[test]
fn a_spokesmans_title_leaves_her_pronoun_open() {
    let lines = [
        "Lancashire Constabulary recorded 900 stalking offences in 2021.",
        "Chief Inspector Mary Doyle, of the force's safeguarding hub, warned victims to keep evidence.",
        "Welsh Conservative policing spokesman Helen Pryce MS said the figures were \"alarming\".",
        "She added: \"Victims deserve better. Ministers must listen.\"",
    ];
    assert_eq!(said(&lines), pairs(&[("Helen Pryce", "Victims deserve better. Ministers must listen.")]));
}

#[test]
fn an_officer_named_before_a_victim_singled_out_keeps_the_words_that_are_theirs() {
    let officer = "Detective Sergeant Tom Price, of Kent Police, said the gang had targeted pensioners.";
    let victim = "Among the victims was a man in his 80s who lost his life savings.";
    let run = |lines: &[&str]| said(lines).into_iter().map(|(who, _)| who).collect::<Vec<_>>();
    // Official words: the officer's, whether he spoke or was only named.
    for words in [
        "We will find everyone involved and bring them before the courts",
        "I would urge anyone who gets a call like this to hang up and ring us on 101",
        "Our officers worked tirelessly to identify the gang",
    ] {
        let quote = format!("“{words},” he said.");
        assert_eq!(run(&[officer, victim, &quote]), ["Tom Price"], "{words}");
        let named = "Detective Sergeant Tom Price, of Kent Police, led the inquiry.";
        assert_eq!(run(&[named, victim, &quote]), ["Tom Price"], "named only: {words}");
    }
    // Words in neither voice: the victim's, mentioned last, whether the officer spoke or was
    // only named.
    let neutral = "“These people are heartless,” he said.";
    assert_eq!(run(&[officer, victim, neutral]), ["a man in his 80s"]);
    // Another member of the public reported speaking before: the victim's too.
    let neighbour = "Tom Price, who lives nearby, said the gang had targeted pensioners.";
    assert_eq!(run(&[neighbour, victim, neutral]), ["a man in his 80s"]);
    assert_eq!(run(&["Detective Sergeant Tom Price led the inquiry.", victim, neutral]), ["a man in his 80s"]);
    // Words about himself: the victim's.
    let personal = "“I am so ashamed that I believed them,” he said.";
    assert_eq!(run(&[officer, victim, personal]), ["a man in his 80s"]);
    // The officer quoted before keeps a later "he said" in his voice.
    let quoted = "Detective Sergeant Tom Price said: “This was a cruel fraud.”";
    assert_eq!(run(&[quoted, victim, "“Our officers never gave up,” he said."]), ["Tom Price", "Tom Price"]);
    // An officer of the other gender leaves "he" to the victim, whatever the words.
    let woman = "Detective Sergeant Amy Price said the gang had targeted pensioners.";
    assert_eq!(run(&[woman, victim, "“Ring us on 101 if it happens to you,” he said."]), ["a man in his 80s"]);
    // The officer named after the victim is the one last named, as before.
    let later = "Detective Sergeant Tom Price said the gang had been jailed.";
    assert_eq!(run(&[victim, later, personal]), ["Tom Price"]);
    // Nobody named before the victim: the words are his, official or not.
    let none = "Reports of fraud rose by a third last year.";
    assert_eq!(run(&[none, victim, "“Ring us on 101 if it happens to you,” he said."]), ["a man in his 80s"]);
    // The pronoun before the quote, in the same paragraph.
    assert_eq!(run(&[officer, victim, "He said: “Ring us on 101 if it happens to you.”"]), ["Tom Price"]);
    assert_eq!(run(&[officer, victim, "He added: “I lost everything I had.”"]), ["a man in his 80s"]);
}

#[test]
fn a_victim_singled_out_after_an_officer_keeps_words_of_her_own_that_mention_the_police() {
    let officer = "Detective Constable Sian Morgan, of Gwent Police, said doorstep fraud had risen sharply.";
    let victim = "Among those targeted was a retired nurse from Abergavenny.";
    let run = |words: &str| {
        let quote = format!("“{words},” she said.");
        said(&[officer, victim, &quote]).into_iter().map(|(who, _)| who).collect::<Vec<_>>()
    };
    // Words about herself win over words an officer might use; words in neither voice are
    // the one singled out last, who is the one "she" means.
    for words in [
        "It took all my savings, and I only hope other people come forward",
        "I dialled 999 and waited two hours for anyone to turn up",
        "The policing in this valley has gone downhill for years",
        "Nobody from the building society called back for a month",
        "We lost the caravan and both cars in one night",
        "Our choir at the chapel has been raising money for her since",
        "It was the worst week of our lives",
    ] {
        assert_eq!(run(words), ["a retired nurse from Abergavenny"], "{words}");
    }
    // An officer's appeal, in her own person or the force's, stays hers.
    for words in [
        "I would urge anyone who gets a knock like this to shut the door",
        "We are appealing for anyone who saw the white van to come forward",
        "My officers will not rest until they are caught",
        "Please ring us on 101 with any information",
    ] {
        assert_eq!(run(words), ["Sian Morgan"], "{words}");
    }
    // A thing singled out is no one: a person noun inside its clause makes it none.
    let excuse = "One of the commonest excuses is a claim that the rider had drunk only one pint.";
    let got = said(&[officer, excuse, "“People must plan how they get home,” she said."]);
    assert_eq!(got.into_iter().map(|(who, _)| who).collect::<Vec<_>>(), ["Sian Morgan"]);
}

#[test]
fn he_said_after_a_spokesman_reported_in_the_same_paragraph_is_the_spokesman() {
    let quotes = quotes_of(&[
        "Cllr Maria Lindqvist, the council's lead for housing, said: “The waiting list is far too long.”",
        "A Thames Valley Police spokesman said the force would review its patrols in the town centre. “We will publish the results in the spring,” he said.",
    ]);
    let got: Vec<(Option<&str>, &str)> = quotes.iter().map(|q| (q.organisation.as_deref(), q.text.as_str())).collect();
    assert_eq!(got.last(), Some(&(Some("Thames Valley Police"), "We will publish the results in the spring")));
}

#[test]
fn an_ungendered_spokesperson_is_not_whom_a_later_he_means() {
    let q = said(&[
        "Superintendent Owen Price said the operation had been planned for months.",
        "A council spokesperson said the road would reopen on Friday. “We were lucky no one was hurt,” he said.",
    ]);
    assert_eq!(q, pairs(&[("Owen Price", "We were lucky no one was hurt")]));
}

#[test]
fn she_said_after_a_spokeswoman_is_the_named_woman_when_the_words_are_her_own() {
    let q = said(&[
        "Karen Hope, 51, was cycling along the canal near Wigan on Sunday when she was knocked off her bike.",
        "A police spokeswoman said inquiries were continuing and officers were checking CCTV.",
        "“I was terrified. I thought I was going to end up in the water,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Karen Hope", "I was terrified. I thought I was going to end up in the water")]));
}

#[test]
fn a_gesture_after_two_men_were_named_gives_the_quote_to_neither() {
    let q = said(&[
        "Judge Alan Cole asked Mr Khan at Bradford Crown Court whether he understood the order.",
        "He nodded. “I understand.”",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_spokespersons_own_i_in_an_official_voice_stays_the_spokespersons() {
    // The dead man is named before; the spokesman's "I" asks for footage and names him.
    let q = quotes_of(&[
        "Dean Moss, 48, from Goole, died after his car left the road on the A614.",
        "A police spokesman said officers were still at the scene on Tuesday.",
        "“I would ask anyone who saw the crash to call us, and my thoughts are with Mr Moss's family,” he said.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "spokesperson", "{q:?}");
    // A suspect named before; "my team" is the spokeswoman's.
    let q = quotes_of(&[
        "Lucy Grant, 39, was arrested on suspicion of theft from her employer.",
        "A police spokeswoman said inquiries were continuing.",
        "“I understand people are worried, and my team are doing all they can,” she said.",
    ]);
    assert_eq!(q[0].speaker, "spokesperson", "{q:?}");
}

#[test]
fn she_said_after_two_women_named_with_titles_in_one_paragraph_is_neither() {
    let q = said(&[
        "The plan was backed by Councillor Helen Ward and attacked by Councillor Maria Cole.",
        "“It will close the library for good,” she said.",
    ]);
    assert_eq!(q, pairs(NONE));
    // One woman named with a title: she is meant.
    let q = said(&[
        "The plan was attacked by Councillor Maria Cole at the meeting.",
        "“It will close the library for good,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Maria Cole", "It will close the library for good")]));
}

#[test]
fn someone_who_did_something_and_told_her_is_not_whom_her_she_means() {
    let q = said(&[
        "Inspector Ann Lowe said: “We answer every report.”",
        "Priya (name changed) was 14 when a man followed her off the bus. A shopkeeper noticed and told her.",
        "“I had not seen him at all,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Ann Lowe", "We answer every report."), ("Priya", "I had not seen him at all")]));
    let q = said(&[
        "Zainab Hussain, 15, was walking home when a car slowed beside her. A neighbour heard the shouting and told police.",
        "“I just kept walking,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Zainab Hussain", "I just kept walking")]));
}
