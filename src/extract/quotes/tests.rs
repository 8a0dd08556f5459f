//! Behaviour of the whole extractor on paragraphs written in many house styles.

use std::path::PathBuf;

use super::*;
use crate::model::{Article, Paragraph, Role};

/// An article of body paragraphs, `norm` mapped from `text` as ingest does.
pub(super) fn article(lines: &[&str]) -> Article {
    article_with_roles(&lines.iter().map(|l| (*l, Role::Body)).collect::<Vec<_>>())
}

pub(super) fn article_with_roles(lines: &[(&str, Role)]) -> Article {
    let paragraphs = lines
        .iter()
        .enumerate()
        .map(|(index, (text, role))| Paragraph {
            index,
            text: text.to_string(),
            norm: text.chars().map(normalise_char).collect(),
            role: *role,
        })
        .collect();
    Article {
        id: "t".into(),
        path: PathBuf::from("t.txt"),
        title: None,
        outlet: None,
        date: None,
        url: None,
        paragraphs,
    }
}

/// (speaker, text) of every quote.
fn said(lines: &[&str]) -> Vec<(String, String)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

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
fn single_quote_house_style_is_read() {
    assert_eq!(
        said(&["'We are shocked by the children's figures,' said Jane Smith, of the Forces' Trust."]),
        pairs(&[("Jane Smith", "We are shocked by the children's figures")])
    );
    assert_eq!(said(&["'We don't know,' he said.", "x"]), Vec::<(String, String)>::new());
}

fn quotes_of(lines: &[&str]) -> Vec<Quote> {
    extract_quotes(&article(lines))
}

const NONE: &[(&str, &str)] = &[];

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
fn the_charity_is_the_charity_named_before() {
    assert_eq!(
        said(&[
            "The NSPCC obtained the figures.",
            "“This can include chat apps,” the charity said.",
            "“Groomers then steer them to private apps.”"
        ]),
        pairs(&[("NSPCC", "This can include chat apps. Groomers then steer them to private apps.")])
    );
    // No charity named: nobody to give the words to.
    assert_eq!(said(&["“This can include chat apps,” the charity said."]), pairs(NONE));
}

#[test]
fn quotes_run_over_paragraphs_until_a_paragraph_without_one() {
    let q = quotes_of(&[
        "Sergeant Rob Haldane said:“My unit handles the hardest cases.",
        "\"Much of what we do is never seen by the public.",
        "“Keeping young people safe drives us.”",
        "Figures rose in Cleveland.",
        "“This is not his quote.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "Rob Haldane");
    assert_eq!(
        q[0].text,
        "My unit handles the hardest cases. Much of what we do is never seen by the public. Keeping young people safe drives us."
    );
    assert_eq!(q[0].paragraphs, vec![0, 1, 2]);
}

#[test]
fn a_quote_whose_first_paragraph_ends_on_a_comma_before_she_said_runs_on_as_one_quote() {
    let q = quotes_of(&[
        "Inspector Dana Rowe runs the unit.",
        "“Every call we take is someone asking for help,” she said.",
        "“We answer more of them than ever. Nobody is turned away.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].text,
        "Every call we take is someone asking for help. We answer more of them than ever. Nobody is turned away."
    );
    assert_eq!(q[0].paragraphs, vec![1, 2]);
    // The name after the verb, and a role after it.
    let q = quotes_of(&[
        "“The rise is real,” said Omar Patel, the trust's chair.",
        "“Funding has not kept pace. We are stretched.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "The rise is real. Funding has not kept pace. We are stretched.");
    // A paragraph going on in lower case loses the attribution's comma, as before.
    let q = quotes_of(&["“The rise is real,” said Omar Patel.", "“in every town we serve.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "The rise is real in every town we serve.");
    // Another speaker's quote in between still ends the first quote.
    let q = quotes_of(&[
        "“The rise is real,” said Omar Patel, the trust's chair.",
        "“It is not,” said Jo Black, the council leader.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    // Inside one paragraph, a quote split by its attribution stays two quotes.
    let q = said(&["“We are shocked,” said Tom Jones. “It is a scandal.”"]);
    assert_eq!(q, pairs(&[("Tom Jones", "We are shocked"), ("Tom Jones", "It is a scandal.")]));
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
fn scare_quotes_and_titles_are_not_quotes() {
    let lines = [
        "Since 2019/20 officers must attach an “online tag” whenever an offence took place partly on the web.",
        "It is the third year forces have had to add - ‘online tag’ - to such offences.",
        "The charity’s own ‘Stop Think Tell Someone’ scheme tours primary schools.",
        "It thought the “sharp jump” might reflect better record-keeping.",
        "'Deeply worrying trend'",
        "Midlands forces report 'alarming jump' in cases, says NSPCC",
        "The numbers arrive before rules that may impose a 'Safety Code' on app makers.",
        "\"Online tag\" offences, police said, climbed steeply.",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn fragments_inside_reported_speech_are_not_quotes() {
    let lines = [
        "Sextortion reports hit 842, with the Lanyard Trust warning that \"the real number of victims is probably far greater\".",
        "The Lanyard Trust said \"the long holidays had handed predators an opening\" and believes \"this could be the beginning of a wave\".",
        "\"As schools stay shut across Wales, the charity believes that online harm will keep growing\".",
        "The Lanyard Trust says abusers treat gaming sites ‘like a factory line for swapping pictures in bulk’ and has asked MPs to ‘use this chance to toughen the law’.",
        "NCWT said that platforms “were each used to move children between apps, which shows a pattern of neglect.”",
        "The Lanyard Trust said \"bold and urgent steps\" were required from app makers to \"tackle the harm being done\".",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn a_fragment_before_the_colon_does_not_hide_the_quote_after_it() {
    let q = said(&[
        "Detective Superintendent Nadine Ferrow, the Met lead for internet grooming, said: “Abusers hide behind a ‘trusted-friend’ mask.”",
        "She said there is “no single type” of abuser: “While most are men, they come from every walk of life.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Nadine Ferrow", "Abusers hide behind a ‘trusted-friend’ mask."),
            ("Nadine Ferrow", "While most are men, they come from every walk of life."),
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
fn split_quotes_keep_their_words_and_speaker() {
    let q = said(&["“The figures,” she said, “are stark.”"]);
    assert!(q.is_empty(), "nobody named: {q:?}");
    let q = said(&["Jane Smith runs the unit.", "“The figures,” Jane Smith said, “are stark.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "The figures are stark.")]));
    // The verb first, with or without a role after the name.
    for attribution in
        ["said Jane Smith", "said Jane Smith, NSPCC campaigns manager", "said Jane Smith, the charity's head"]
    {
        let q = said(&[&format!("“The figures,” {attribution}, “are stark.”")]);
        assert_eq!(q, pairs(&[("Jane Smith", "The figures are stark.")]), "{attribution}");
    }
    // A comma before a conjunction is the sentence's own, and stays.
    let q = said(&["Jane Smith runs the unit.", "“We back the officers,” Jane Smith said, “but the apps must act.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We back the officers, but the apps must act.")]));
    let q = said(&["Jane Smith runs the unit.", "“We will find the dealers,” Jane Smith said, “wherever they hide.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We will find the dealers, wherever they hide.")]));
    let q = said(&["“We are shocked,” said Tom Jones. “It is a scandal.”"]);
    assert_eq!(q, pairs(&[("Tom Jones", "We are shocked"), ("Tom Jones", "It is a scandal.")]));
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
fn a_person_named_again_without_a_role_keeps_the_one_given_before() {
    let quotes = quotes_of(&[
        "Speaking to ITV News, Chief Inspector Mark Kirby of Humberside Police said: “We have doubled the team.”",
        "Mark Kirby told BBC Radio Humberside's breakfast show: “It's a national problem.”",
    ]);
    let who: Vec<_> = quotes.iter().map(|q| (q.role.as_deref(), q.organisation.as_deref())).collect();
    assert_eq!(who, [(Some("Chief Inspector"), Some("Humberside Police")); 2]);
}

#[test]
fn a_charitys_officer_is_not_a_police_officer() {
    let quotes = quotes_of(&[
        "Dyfed-Powys Police recorded 98 offences.",
        "“Grooming is a gateway to abuse,” warned Cecile Gwilym, NSPCC Cymru policy and public affairs officer.",
    ]);
    let q = &quotes[0];
    assert_eq!(
        (q.role.as_deref(), q.organisation.as_deref()),
        (Some("policy and public affairs officer"), Some("NSPCC Cymru"))
    );
}

#[test]
fn words_folded_into_the_writers_sentence_after_a_comma_are_not_a_quote() {
    assert!(said(&["According to Jane Kennedy, \"more must be done by social media companies\"."]).is_empty());
    assert!(said(&["Jane Kennedy said, \"more must be done by social media companies\"."]).is_empty());
    assert_eq!(
        said(&["According to Jane Kennedy, \"More must be done by social media companies.\""]),
        pairs(&[("Jane Kennedy", "More must be done by social media companies.")])
    );
    assert_eq!(said(&["Jane Kennedy said: \"more must be done.\""]), pairs(&[("Jane Kennedy", "more must be done.")]));
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
fn a_missing_closing_mark_does_not_swallow_the_next_quote() {
    let q = said(&[
        "Jane Smith said: “We are shocked by these figures.",
        "Tom Jones, of the NSPCC, said: “They are a scandal.”",
    ]);
    assert_eq!(q, pairs(&[("Jane Smith", "We are shocked by these figures."), ("Tom Jones", "They are a scandal.")]));
}

#[test]
fn furniture_inside_a_quote_does_not_interrupt_it() {
    let q = quotes_of(&[
        "Owen Pryce, NCWT chief executive, said: “This rise is alarming.",
        "Most Read",
        "“Officers need the right tools.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "This rise is alarming. Officers need the right tools.");
    assert_eq!(q[0].paragraphs, vec![0, 2]);
}

#[test]
fn repeated_pull_quotes_are_one_quote() {
    let lines = [
        ("A Gwent Police spokesperson said: “Gwent Police works closely with schools.”", Role::Body),
        ("“Gwent Police works closely with schools.”", Role::Repeat),
        ("“Gwent Police works closely with schools.”", Role::Body),
    ];
    let q = extract_quotes(&article_with_roles(&lines));
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn captions_and_headlines_give_no_quotes() {
    let lines = [
        ("“We are shocked,” says charity", Role::Headline),
        ("Owen Pryce said: “A caption quote.”", Role::Caption),
        ("By Jane Smith", Role::Byline),
    ];
    assert!(extract_quotes(&article_with_roles(&lines)).is_empty());
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
fn odd_input_never_panics() {
    let long = "word \"quoted\" ".repeat(1000);
    let nasty = [
        "\"",
        "'",
        "“",
        "”",
        "\"\"",
        "“”",
        "' '",
        "said:",
        "He said:",
        "said: \"",
        "\u{0}\u{1}\"\u{7}'",
        "😀 said: “😀”",
        "A spokesperson said: ‘",
        "’’’’",
        "“a” “b” “c” “d",
        long.as_str(),
        "Jane Smith said: \"",
        ":\"",
        ",\" she said, \"",
    ];
    for text in nasty {
        let _ = quotes_of(&[text, text]);
    }
    let mut a = article(&["Jane Smith said: “Hello.”"]);
    a.paragraphs[0].norm = "short".into();
    assert_eq!(extract_quotes(&a).len(), 1);
}

#[test]
fn output_is_deterministic() {
    let lines = ["Jane Smith said: “One.”", "A police spokesman said: “Two.”", "“Three,” the NSPCC said."];
    assert_eq!(quotes_of(&lines), quotes_of(&lines));
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
fn he_after_a_spokesman_is_the_spokesman() {
    let q = said(&["Figures for Kent rose.", "A Kent Police spokesman said: “We act.”", "He added: “We will go on.”"]);
    assert_eq!(q[1].0, "Kent Police spokesperson");
}

#[test]
fn quoted_report_titles_and_nicknames_are_not_quotes() {
    let q = said(&[
        "“Who Is Watching Online?” is the NSPCC’s yearly review.",
        "The report, called “Hidden Harms”, was published today.",
        "\"Sextortion\", the NSPCC said, is rising.",
    ]);
    assert_eq!(q, pairs(NONE));
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
fn a_quote_paragraph_flagged_as_a_repeat_still_continues_its_quote() {
    let lines = [
        ("We are working with partners to improve safety.", Role::Body),
        ("Detective Jane Smith said: “We take every report seriously.", Role::Body),
        ("“We are working with partners to improve safety.", Role::Repeat),
        ("“We will continue to act.”", Role::Body),
        ("“We are working with partners to improve safety.”", Role::Repeat),
    ];
    let q = extract_quotes(&article_with_roles(&lines));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].text,
        "We take every report seriously. We are working with partners to improve safety. We will continue to act."
    );
    assert_eq!(q[0].paragraphs, vec![1, 2, 3]);
}

/// A paragraph of the same quote and figure sentence thousands of times over: every quote is
/// read, with its speaker. (How the time grows with such input is benchmarked, not tested.)
#[test]
fn long_paragraphs_of_repeated_quotes_are_read_to_the_end() {
    let sentence = "Jane Smith said: “We are shocked.” The figures rose by 3.5 per cent in Kent. ";
    let long = sentence.repeat(10_000 / sentence.len() * 4);
    let q = quotes_of(&[long.as_str(), long.as_str()]);
    assert!(!q.is_empty());
    assert!(q.iter().all(|q| q.speaker == "Jane Smith" && q.text.contains("We are shocked.")), "{q:#?}");
}

/// A paragraph of one sentence that never ends, quote after quote joined by commas: an intro
/// clause is not looked for back to its start (which made every quote cost the paragraph's
/// length), and the trailing attributions are still read.
#[test]
fn a_paragraph_of_one_endless_sentence_of_quotes_is_read_by_its_attributions() {
    let long = "“We are sorry,” Jo Bloggs said, “we will act,” she added, ".repeat(400);
    let q = quotes_of(&[long.as_str()]);
    assert!(!q.is_empty());
    assert!(q.iter().all(|q| q.speaker == "Jo Bloggs"), "{q:#?}");
    let long = format!("{}Amy Lee said: “Enough.”", "“No,” the statement added, ".repeat(400));
    assert!(quotes_of(&[long.as_str()]).iter().all(|q| q.speaker != "No, the statement"));
}

#[test]
fn adding_between_two_quotes_keeps_the_speaker() {
    let q = said(&["“It is a scandal,” said Jane Smith, adding: “We need action now.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "It is a scandal"), ("Jane Smith", "We need action now.")]));
    let q = said(&["Jane Smith, who runs the “Safe Online” project, said: “We need action now.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We need action now.")]));
}

#[test]
fn quoted_words_after_said_without_a_colon_are_reported_speech() {
    let q = said(&[
        "The NCWT's Nick Tavener said the numbers were “deeply troubling”.",
        "He described the rise as \"shocking\" and \"unacceptable\".",
        "Jane Smith said that \"more must be done to protect children online\".",
        "Police said \"a number of\" arrests had been made.",
    ]);
    assert_eq!(q, pairs(NONE));
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
fn an_intro_ending_a_paragraph_names_the_quote_in_the_next() {
    let q = said(&["Jane Smith, of the NSPCC, said the figures were “shocking”, adding:", "“We need action.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We need action.")]));
    let q = said(&["Owen Pryce said:", "Most Read", "“Children cannot wait.”"]);
    assert_eq!(q, pairs(&[("Owen Pryce", "Children cannot wait.")]));
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
fn random_text_never_panics() {
    let alphabet: Vec<char> = "aZ .,:;'\"“”‘’-—İK\u{212A}😀\u{0}\u{301}\nsaid Mr Smith spokesperson".chars().collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let text: String = (0..80)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                alphabet[(seed % alphabet.len() as u64) as usize]
            })
            .collect();
        let _ = quotes_of(&[
            text.as_str(),
            text.as_str(),
            "İstanbul Police and Crime Commissioner, Jane Smith said: “Hi.”",
        ]);
    }
}

#[test]
fn a_charity_someone_contacted_is_not_the_charity_speaking() {
    let q = said(&[
        "Barnardo's gathered the figures from councils.",
        "One boy who rang Childline said: “I felt trapped.”",
        "The charity said: “No child should feel trapped.”",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Barnardo's"));
    // In the present tense too, and in the quoted words: "children tell Childline" names the
    // helpline they turn to, not the charity its officer works for.
    let found = speakers_and_orgs(&[
        "The NSPCC gathered the figures from every force.",
        "“Teenagers tell Childline they have nobody else to ask,” said Dana Okafor, the charity's policy officer.",
    ]);
    assert_eq!(found, [("Dana Okafor".to_string(), Some("NSPCC".to_string()))]);
    let found = speakers_and_orgs(&[
        "Barnardo's published the survey on Monday.",
        "“Parents who ring the Samaritans are often the first to hear,” said Ian Lowe, the charity's helpline manager.",
    ]);
    assert_eq!(found, [("Ian Lowe".to_string(), Some("Barnardo's".to_string()))]);
}

#[test]
fn a_person_described_by_the_charity_they_work_for_is_no_charity() {
    let found = speakers_and_orgs(&[
        "Barnardo's gathered the figures from councils.",
        "“The numbers are stark,” said Dana Okafor, the charity's policy officer.",
        "“Nobody is listening,” said Ian Lowe, the charity's helpline manager.",
    ]);
    let barnardos = Some("Barnardo's".to_string());
    assert_eq!(found, [("Dana Okafor".to_string(), barnardos.clone()), ("Ian Lowe".to_string(), barnardos)]);
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

/// (speaker, organisation) of every quote.
fn speakers_and_orgs(lines: &[&str]) -> Vec<(String, Option<String>)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.organisation)).collect()
}

#[test]
fn a_titled_head_with_no_organisation_speaks_for_the_charity_just_named() {
    let found = speakers_and_orgs(&[
        "Barnardo's wants ministers to fund more support workers in schools.",
        "Chief executive Lynn Perry said: \"Children cannot wait any longer.\"",
    ]);
    assert_eq!(found, [("Lynn Perry".to_string(), Some("Barnardo's".to_string()))]);
    let found = speakers_and_orgs(&[
        "The Lucy Faithfull Foundation runs a helpline for worried parents.",
        "Its director of prevention, Tom Squire, said: \"Calls have doubled.\"",
    ]);
    assert_eq!(found.first().and_then(|(_, org)| org.as_deref()), Some("Lucy Faithfull Foundation"), "{found:?}");
}

#[test]
fn people_without_a_leading_role_or_with_a_police_rank_do_not_take_a_charity() {
    let found = speakers_and_orgs(&[
        "The NSPCC has published new figures.",
        "Mother of two Sarah Hill said: \"I had no idea.\"",
    ]);
    assert_eq!(found, [("Sarah Hill".to_string(), None)]);
    let found = speakers_and_orgs(&[
        "Durham Constabulary shared its data with the NSPCC.",
        "Detective Superintendent Jo Hale said: \"We act on every report.\"",
    ]);
    assert_eq!(found.first().and_then(|(_, org)| org.as_deref()), Some("Durham Constabulary"), "{found:?}");
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
fn a_speaker_who_asked_not_to_be_named_is_described_without_the_clause() {
    let q = said(&["A mother from Weston-super-Mare, who asked not to be named, said: \"We had no idea.\""]);
    assert_eq!(q, pairs(&[("a mother from Weston-super-Mare", "We had no idea.")]));
    let q = said(&["One Derby headteacher, who asked not to be named, said: \"Phones are the problem.\""]);
    assert_eq!(q, pairs(&[("one Derby headteacher", "Phones are the problem.")]));
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
fn a_pronoun_reaches_a_speaker_reported_after_but() {
    let q = said(&[
        "Sexual grooming offences recorded by North Wales Police fell from 82 to 64.",
        "But Cecile Gwilym, NSPCC Cymru's policy and public affairs manager, warned that the fall may reflect under-reporting.",
        "\"Children are telling Childline that they don't know who to turn to,\" she said. \"That worries us.\"",
    ]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("Cecile Gwilym"), "{q:?}");
}

#[test]
fn a_company_named_by_one_word_speaks_for_itself() {
    let q = said(&["In a statement, Snapchat said: \"We are deeply committed to keeping our community safe.\""]);
    assert_eq!(q, pairs(&[("Snapchat", "We are deeply committed to keeping our community safe.")]));
    assert!(said(&["Campaigners said: \"Act now.\""]).is_empty());
    assert!(said(&["Jane said: \"Act now.\""]).is_empty());
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
fn an_organisation_keeps_the_small_words_inside_its_name() {
    let q = quotes_of(&["A Bank of England spokesperson said: “Rates will not move this month.”"]);
    assert_eq!(q[0].speaker, "Bank of England spokesperson");
    let q = quotes_of(&[
        "A spokeswoman for the Department for Culture, Media and Sport said: “The new code will be enforced.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Department for Culture, Media and Sport"), "{q:?}");
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
fn written_direct_speech_is_a_quote() {
    let q = quotes_of(&["Maria, a mother of three from Swindon, posted: “Check your children's phones tonight.”"]);
    assert_eq!((q[0].speaker.as_str(), q[0].text.as_str()), ("Maria", "Check your children's phones tonight."));
    let q = said(&["Campaigner Asha Patel tweeted: “The figures are a disgrace.”"]);
    assert_eq!(q, pairs(&[("Asha Patel", "The figures are a disgrace.")]));
}

#[test]
fn quote_paragraphs_after_someone_is_introduced_as_talking_are_theirs() {
    let q = said(&[
        "Inspector Tom Reyes, who runs the cyber unit at Kent Police, has been speaking to us about the rise.",
        "“Every week brings cases we would not have seen five years ago.",
        "“We need parents to help. They see what we cannot.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Tom Reyes",
            "Every week brings cases we would not have seen five years ago. We need parents to help. They see what we cannot."
        )])
    );
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Families feel they have been left on their own with this.”",
    ]);
    assert_eq!(q, pairs(&[("Jane Hill", "Families feel they have been left on their own with this.")]));
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
fn a_quote_paragraph_after_someone_whose_words_are_shared_is_theirs() {
    let q = said(&[
        "The helpline passed on the words of a 12-year-old girl who rang it last spring.",
        "“She kept saying nobody would believe me. I stopped going to school.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("a 12-year-old girl", "She kept saying nobody would believe me. I stopped going to school.")])
    );
    let q = said(&[
        "Victim Support has shared the account of one pensioner from Hull, whose savings were taken.",
        "\"I thought the man on the phone was from my bank.\"",
    ]);
    assert_eq!(q, pairs(&[("one pensioner from Hull", "I thought the man on the phone was from my bank.")]));
    // The words of a hymn are no one's to quote.
    let q = said(&["The school shared the words of the hymn at assembly.", "“Abide with me.”"]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn an_interview_passage_after_someone_sat_down_with_the_paper_is_theirs() {
    let q = said(&[
        "Sergeant Ian Holt, who runs the rural crime team at Dyfed-Powys Police, sat down with the Gazette to explain the rise.",
        "“Quad bikes go first. Then it is tools and fuel.",
        "“Farmers tell us they have stopped reporting it. They think nothing will happen.”",
        "He added that the team now had six officers.",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Ian Holt",
            "Quad bikes go first. Then it is tools and fuel. Farmers tell us they have stopped reporting it. They think nothing will happen."
        )])
    );
}

#[test]
fn pull_quotes_and_scare_quotes_after_an_introduction_are_not_quotes() {
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Families left on their own with this”",
        "“Sextortion” cases rose again in the spring.",
    ]);
    assert_eq!(q, pairs(NONE));
    // Nobody introduced as talking: a quote paragraph with no attribution is nobody's.
    let q = said(&["The figures were published on Monday.", "“Families feel they have been left on their own.”"]);
    assert_eq!(q, pairs(NONE));
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
    assert_eq!(q[0].role.as_deref(), Some("MS, Senedd member for East and West Glamorgan"), "{q:?}");
}

#[test]
fn a_quote_opened_after_an_attribution_runs_into_the_next_paragraph() {
    let q = said(&[
        "‘These numbers are grim,’ said Tom Hale, director at the Safe Kids Trust. ‘We know many children never tell anyone.",
        "‘Platforms have to act now.’",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Tom Hale", "These numbers are grim"),
            ("Tom Hale", "We know many children never tell anyone. Platforms have to act now."),
        ])
    );
}

#[test]
fn a_quote_paragraph_ending_without_a_full_stop_still_ends_its_sentence() {
    let q = said(&[
        "Tom Hale said: “The figures are up again.",
        "“Children are at risk in their own bedrooms",
        "“Tech firms must act.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Tom Hale",
            "The figures are up again. Children are at risk in their own bedrooms. Tech firms must act."
        )])
    );
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

/// Speaker and words of every quote in an article of paragraphs with the roles given.
fn said_in(lines: &[(&str, Role)]) -> Vec<(String, String)> {
    extract_quotes(&article_with_roles(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

#[test]
fn a_pronoun_does_not_reach_back_across_a_section_break() {
    // A live blog's entries stand apart: the officer quoted in the entry above a time stamp
    // is not whom the entry below it means by "he".
    let blog = [
        ("Chief Superintendent Alan Roe said: “Arrests are up by a third.”", Role::Body),
        ("14:10", Role::Break),
        ("The boxing club in Salford now opens five nights a week.", Role::Body),
        ("“The kids here need somewhere to go,” he told us.", Role::Body),
    ];
    assert_eq!(said_in(&blog), pairs(&[("Alan Roe", "Arrests are up by a third.")]));
    // A round-up's separator line before a heading: the nurse of the brief before it is not
    // the "she" of the brief after it.
    let feature = [
        ("Ward sister Joanne Ellery said: “We are stretched every night.”", Role::Body),
        ("* * *", Role::Break),
        ("New clinic opens on high street", Role::Body),
        ("“We have had a hundred people through the door,” she said.", Role::Body),
    ];
    assert_eq!(said_in(&feature), pairs(&[("Joanne Ellery", "We are stretched every night.")]));
    // Without the break, the one named before is whom the pronoun means.
    for passage in [&blog, &feature] {
        let unbroken: Vec<(&str, Role)> = passage.iter().copied().filter(|(_, r)| *r != Role::Break).collect();
        assert_eq!(said_in(&unbroken).len(), 2, "{unbroken:?}");
    }
}

#[test]
fn a_quote_does_not_run_on_across_a_section_break() {
    let closed = [
        ("Councillor Amy Lowe said: “The budget is tight.”", Role::Body),
        ("---", Role::Break),
        ("4.15pm: Libraries", Role::Body),
        ("“Every library will stay open this year.”", Role::Body),
    ];
    assert_eq!(said_in(&closed), pairs(&[("Amy Lowe", "The budget is tight.")]));
    let introduced = [
        ("The head of the fire service, Chief Fire Officer Dan Pryor, said:", Role::Body),
        ("09:45", Role::Break),
        ("“Two crews attended and the blaze was out within the hour.”", Role::Body),
    ];
    assert!(said_in(&introduced).is_empty());
    // Without the break, the words go on from the paragraph before.
    let unbroken = [closed[0], closed[3]];
    assert_eq!(
        said_in(&unbroken),
        pairs(&[("Amy Lowe", "The budget is tight. Every library will stay open this year.")])
    );
    let unbroken: Vec<(&str, Role)> = introduced.iter().copied().filter(|(_, r)| *r != Role::Break).collect();
    assert_eq!(said_in(&unbroken).len(), 1);
}

#[test]
fn a_rule_between_paragraphs_of_one_story_ends_no_attribution() {
    // The text goes straight on after the rule: "he added" is still the officer above it.
    let feature = [
        ("Detective Sergeant Rob Keane said: “Most of these thefts are planned.”", Role::Body),
        ("---", Role::Break),
        ("Speaking outside the station later, he added: “We know who is behind them.”", Role::Body),
    ];
    let speakers: Vec<String> = said_in(&feature).into_iter().map(|(who, _)| who).collect();
    assert_eq!(speakers, ["Rob Keane", "Rob Keane"]);
    let feature = [
        ("Ward sister Joanne Ellery said: “We are stretched every night.”", Role::Body),
        ("* * *", Role::Break),
        ("The clinic on the high street opened in March, and queues form before it opens.", Role::Body),
        ("“We have had a hundred people through the door,” she said.", Role::Body),
    ];
    let speakers: Vec<String> = said_in(&feature).into_iter().map(|(who, _)| who).collect();
    assert_eq!(speakers, ["Joanne Ellery", "Joanne Ellery"]);
    // A time stamp opening the next paragraph starts a live blog's entry all the same.
    let blog = [
        ("Ward sister Joanne Ellery said: “We are stretched every night.”", Role::Body),
        ("---", Role::Break),
        ("16:20 The clinic on the high street opened in March, and queues form before it opens.", Role::Body),
        ("“We have had a hundred people through the door,” she said.", Role::Body),
    ];
    assert_eq!(said_in(&blog).len(), 1);
}

/// Ingest files a short heading as furniture ("## Ambleside", `<h2>Harbour works</h2>`): the
/// rule before it is judged by that heading, not by the closed sentence under it, and the
/// brief under it starts afresh. Page furniture after a rule ("Advertisement") is no heading.
#[test]
fn a_heading_filed_as_furniture_after_a_rule_starts_a_new_entry() {
    let briefs = [
        ("\"The footpath will reopen by Easter,\" said Councillor Nia Rhodes.", Role::Body),
        ("---", Role::Break),
        ("Ambleside", Role::Furniture),
        ("A kayaker was helped ashore near Waterhead on Sunday.", Role::Body),
        ("\"He was cold but unhurt,\" she said.", Role::Body),
    ];
    assert_eq!(said_in(&briefs), pairs(&[("Nia Rhodes", "The footpath will reopen by Easter")]));
    let briefs = [
        ("Station manager Colin Avery said: \"The crews worked through the night.\"", Role::Body),
        ("<hr>", Role::Break),
        ("Harbour works delayed", Role::Furniture),
        ("Repairs to the sea wall at Porthleven will not finish until May.", Role::Body),
        ("\"The weather has been against us,\" he added.", Role::Body),
    ];
    assert_eq!(said_in(&briefs).len(), 1);
    // Page furniture between the rule and a story that goes straight on is not a heading.
    let story = [
        ("Station manager Colin Avery said: \"The crews worked through the night.\"", Role::Body),
        ("---", Role::Break),
        ("Advertisement", Role::Furniture),
        ("Speaking later at the scene, he added: \"Nobody was hurt.\"", Role::Body),
    ];
    assert_eq!(said_in(&story).len(), 2);
}

/// A rule before a paragraph that opens as a news story does ("A cyclist has been …", "Mid
/// Devon District Council has rejected …") starts the next brief of a round-up: "he said"
/// there is not the speaker of the brief above.
#[test]
fn a_rule_before_a_story_shaped_opening_starts_a_new_entry() {
    for opening in [
        "A cyclist has been seriously hurt in a collision on the B3181 near Cullompton.",
        "Mid Devon District Council has rejected plans for 90 homes in Tiverton.",
    ] {
        let briefs = [
            ("\"We are asking drivers to take care,\" said Sergeant Kirsty Penrose.", Role::Body),
            ("---", Role::Break),
            (opening, Role::Body),
            ("\"It was the right decision,\" she said.", Role::Body),
        ];
        assert_eq!(said_in(&briefs).len(), 1, "{opening}");
    }
}

/// A paragraph after a rule that opens with a number and a point ("3.45 million …") is no
/// time stamp: a point time needs am/pm or a zone, as ingest reads a time line.
#[test]
fn a_decimal_after_a_rule_is_no_time_stamp() {
    let story = [
        ("Park manager Lena Hoyle said: \"It was our busiest summer.\"", Role::Body),
        ("---", Role::Break),
        ("2.15 million people visited the gardens, and most came by car.", Role::Body),
        ("\"We need a better bus service,\" she added.", Role::Body),
    ];
    assert_eq!(said_in(&story).len(), 2);
    let blog = [
        ("Park manager Lena Hoyle said: \"It was our busiest summer.\"", Role::Body),
        ("---", Role::Break),
        ("2.15pm The gardens have closed early, and most visitors have left.", Role::Body),
        ("\"We need a better bus service,\" she added.", Role::Body),
    ];
    assert_eq!(said_in(&blog).len(), 1);
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
fn a_passage_after_an_introduction_that_ends_naming_someone_else_is_theirs() {
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Schools have been slow to act on this.",
        "“Parents are left to find out on their own,” said Tom Reyes, a governor at one of the schools.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Tom Reyes", "Schools have been slow to act on this. Parents are left to find out on their own")])
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
fn a_charitys_branch_or_federation_is_named_whole() {
    let quotes = quotes_of(&[
        "Victim Support Scotland said its volunteers had taken more calls than in any year before.",
        "\"People are waiting far too long for a court date,\" said its chief executive, Alan Dorrie.",
    ]);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].organisation.as_deref(), Some("Victim Support Scotland"));
    let quotes = quotes_of(&[
        "Refuge Federation Wales has warned that its helplines are stretched.",
        "\"We cannot answer every call,\" the charity said.",
    ]);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].speaker, "Refuge Federation Wales");
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
fn a_relative_told_by_whose_they_are_is_described_so() {
    let q = said(&["Her father, who asked not to be named, said: \"She did everything right. I'm proud of her.\""]);
    assert_eq!(q, pairs(&[("her father", "She did everything right. I'm proud of her.")]));
    let q = said(&["His older brother said: \"Nobody told us anything.\""]);
    assert_eq!(q, pairs(&[("his older brother", "Nobody told us anything.")]));
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
fn a_pull_quote_of_words_already_quoted_does_not_carry_on_the_quote_before_it() {
    let lines = [
        ("Prof Ann Reid, the trust's director, said: “Each image is a child harmed. We cannot look away.”", Role::Body),
        ("A mother from Wrexham told us: \"We had no idea what was happening.", Role::Body),
        ("\"It still keeps me awake at night.\"", Role::Body),
        ("\"Each image is a child harmed.\"", Role::Repeat),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[
            ("Ann Reid", "Each image is a child harmed. We cannot look away."),
            ("a mother from Wrexham", "We had no idea what was happening. It still keeps me awake at night."),
        ])
    );
}

#[test]
fn a_pull_quote_lifted_from_a_longer_paragraph_later_does_not_carry_on_the_quote_before_it() {
    let lines = [
        ("Tom Hale, of the Safe Kids Trust, said: “The figures are up again.”", Role::Body),
        ("“Every child deserves to feel safe at home and online.”", Role::Repeat),
        ("Sarah Bloggs welcomed the report.", Role::Body),
        ("“Every child deserves to feel safe at home and online,” she said. “We will keep going.”", Role::Body),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[
            ("Tom Hale", "The figures are up again."),
            ("Sarah Bloggs", "Every child deserves to feel safe at home and online"),
            ("Sarah Bloggs", "We will keep going."),
        ])
    );
    // After a quote left open, the repeat is that quote's next paragraph, even when a longer
    // paragraph (a pull-quote signed under it) holds its words too.
    let lines = [
        ("Tom Hale, of the Safe Kids Trust, said: “The figures are up again.", Role::Body),
        ("“Every child deserves to feel safe at home and online.”", Role::Repeat),
        ("“Every child deserves to feel safe at home and online” – Tom Hale", Role::Body),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[("Tom Hale", "The figures are up again. Every child deserves to feel safe at home and online.")])
    );
}

#[test]
fn a_charity_named_with_charity_in_its_name_is_the_charity_that_speaks() {
    let q = said(&[
        "Figures obtained by the Harbourlight Youth Charity show a sharp rise in reports.",
        "Its director, Tom Rennick, said: “This is only what gets reported.”",
        "“Many young people never tell anyone,” the charity said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Tom Rennick", "This is only what gets reported."),
            ("Harbourlight Youth Charity", "Many young people never tell anyone"),
        ])
    );
    // The regulator is no charity: nobody is left for "the charity" to mean.
    let q = said(&[
        "The Charity Commission opened an inquiry in March.",
        "“We were shocked by the findings,” the charity said.",
    ]);
    assert_eq!(q, pairs(NONE));
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
fn a_charity_named_after_charity_at_the_start_of_a_sentence_is_the_charity() {
    let q = quotes_of(&[
        "Online fraud cost older people £3m last year, according to the NSPCC.",
        "Charity Silver Line Cymru said it had taken 900 calls about scams.",
        "“Loneliness is the scammer's friend,” said Jo Bloggs, the charity's head of policy.",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.organisation.as_deref())).collect();
    assert_eq!(got, vec![("Jo Bloggs", Some("Silver Line Cymru"))]);
    // The regulator is no charity, at the start of a sentence or not.
    let q = said(&[
        "Charity Commission inspectors opened an inquiry in March.",
        "“We were shocked by the findings,” the charity said.",
    ]);
    assert_eq!(q, pairs(NONE));
}

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

/// (speaker, organisation) of every quote.
fn orgs_of(lines: &[&str]) -> Vec<(String, Option<String>)> {
    quotes_of(lines).into_iter().map(|q| (q.speaker, q.organisation)).collect()
}

fn owned(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected.iter().map(|(s, o)| (s.to_string(), o.map(str::to_string))).collect()
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
fn a_councillor_after_a_long_paragraph_of_other_councils_takes_the_local_council_named_last() {
    // Every "Council" of a long paragraph is read from the words just before it: the local
    // council named first is found past hundreds of bodies that are none.
    let long = format!("Wrexham County Borough Council met. {}", "The Rhyl Youth Council met. ".repeat(800));
    let got = orgs_of(&[&long, "Councillor Bryn Owen said: “We cannot keep cutting.”"]);
    assert_eq!(got, owned(&[("Bryn Owen", Some("Wrexham County Borough Council"))]));
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
fn charity_before_a_title_or_a_persons_name_names_no_charity() {
    let got = orgs_of(&[
        "Charity Director Sian Price said demand for food parcels had doubled.",
        "“We cannot keep up,” a spokeswoman for the charity said.",
    ]);
    assert_eq!(got, owned(&[("spokesperson", None)]));
    let got = orgs_of(&[
        "Charity Volunteer Of The Month Gethin Rees handed over the cheque.",
        "“Every penny helps,” a spokesman for the charity said.",
    ]);
    assert_eq!(got, owned(&[("spokesperson", None)]));
    // A charity's own name after the word is still one.
    let got = orgs_of(&[
        "Charity Age Cymru said demand had doubled.",
        "“Older people are frightened,” a spokeswoman for the charity said.",
    ]);
    assert_eq!(got, owned(&[("Age Cymru spokesperson", Some("Age Cymru"))]));
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
    assert_eq!(
        got,
        vec![
            ("Nia Lord", Some("Detective Sergeant"), Some("Gwent Police")),
            ("Owen Judge", Some("PC"), Some("North Wales Police")),
            ("Hain", None, None),
        ]
    );
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
fn a_quote_after_a_gesture_of_the_speaker_is_theirs() {
    let q = said(&[
        "Mayor Joanne Pike has chaired the transport board for three years.",
        "She was asked whether the tram extension would open on time.",
        "She laughs. “Ask me when the track is down.”",
    ]);
    assert_eq!(q, pairs(&[("Joanne Pike", "Ask me when the track is down.")]));
}

#[test]
fn a_quote_after_some_other_sentence_of_the_writers_is_not_given_to_a_pronoun() {
    let q = said(&[
        "Mayor Joanne Pike has chaired the transport board for three years.",
        "She lost the vote. “A shameful day for the city.”",
    ]);
    assert_eq!(q, pairs(NONE));
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

/// The quotes of a page read through ingest, as the binary reads a file named `name`.
fn said_in_file(name: &str, text: &str) -> Vec<(String, String)> {
    let dir = std::env::temp_dir().join(format!("factdesk-quotes-{}-{name}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let _ = std::fs::write(&path, text);
    let read = crate::ingest::read_file(&path, crate::ingest::Limits::default()).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    let article = crate::ingest::parse_article(name, &path, &read, &crate::ingest::catalogue::Catalogue::default());
    extract_quotes(&article).into_iter().map(|q| (q.speaker, q.text)).collect()
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

/// (speaker, text) of every quote of an article with a title.
fn said_titled(title: &str, lines: &[&str]) -> Vec<(String, String)> {
    let mut a = article(lines);
    a.title = Some(title.to_string());
    extract_quotes(&a).into_iter().map(|q| (q.speaker, q.text)).collect()
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
fn a_paragraph_naming_people_over_and_over_remembers_a_bounded_number_of_them() {
    // Every mention remembered is read again at each later one: a paragraph naming people
    // thousands of times (a feed run together) must not make that work grow with the square
    // of its length. News prose names far fewer people in one paragraph.
    let unit = "sergeant Amy Price and spokesman Leo Hart and a spokesperson for Mr Ben Ben ";
    let text = unit.repeat(300) + "“We are looking into it,” he said.";
    let art = article(&[&text]);
    let places = crate::extract::places::ParagraphPlaces::new(&art);
    let para = Para::new(&art.paragraphs[0]);
    let mut ctx = Context::new(None, &[(0, para.norm_str.as_str(), 0)], &places);
    let _ = note_reported_speakers(&para, 0, &[], &mut ctx);
    assert!(ctx.remembered() <= 2 * context::NOTED_PER_PARAGRAPH, "{}", ctx.remembered());
}

#[test]
fn a_position_is_inside_a_quote_when_any_span_opened_before_it_runs_past_it() {
    let span = |open: usize, end: usize| spans::Span {
        open,
        inner: open + 1..end.saturating_sub(1),
        end,
        closed: true,
        opened: true,
        mark: spans::Mark::Double,
    };
    // A long span holding a short one, and one after both.
    let quoted = Covered::by(&[span(2, 40), span(10, 14), span(50, 60)]);
    let inside: Vec<usize> =
        [0, 2, 12, 20, 39, 40, 45, 50, 59, 60].into_iter().filter(|&at| quoted.covers(at)).collect();
    assert_eq!(inside, [2, 12, 20, 39, 50, 59]);
    assert!(!Covered::by(&[]).covers(0));
}

#[test]
fn char_offsets_asked_in_order_are_counted_on_from_the_last() {
    let text = "Café owner Zoë Price’s son said “ça va” twice.";
    let mut chars = super::context::CharCounter::new(text);
    for (byte, _) in text.char_indices().step_by(3) {
        assert_eq!(chars.at(byte), text[..byte].chars().count());
    }
    // Asked again out of order, it is still right.
    assert_eq!(chars.at(6), text[..6].chars().count());
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
fn a_charity_turned_to_in_the_writers_own_sentence_is_the_charity_after_it() {
    let q = said(&[
        "Age UK said it was worried.",
        "Pensioners who phone Victim Support are often frightened. \"We hear from them every night,\" the charity said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Victim Support"));
    let q = said(&[
        "Calls Childline took about bullying rose by a fifth.",
        "\"Our volunteers are stretched,\" the charity said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Childline"));
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

/// The sentence a charity someone turned to stands in is the one the sentence splitter gives,
/// which ends at a question mark too: a speech verb in the sentence after it does not make
/// the charity one a speaker turned to.
#[test]
fn a_charity_turned_to_is_judged_by_its_own_sentence_only() {
    let q = said(&[
        "Why do so many teenagers contact Childline? Its counsellors say loneliness tops the list.",
        "\"Many feel nobody is listening,\" the charity said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Childline"));
    let q = said(&[
        "How often do older people phone Victim Support after a scam? Staff told us it happens daily.",
        "\"They often feel ashamed,\" the charity said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Victim Support"));
}

/// A paragraph of one sentence that never ends, naming a charity someone contacted again and
/// again, is read in time that grows with its length: each charity's sentence is found once.
#[test]
fn a_long_sentence_naming_a_contacted_charity_again_and_again_is_read() {
    let long = format!("{}end.", "parents who contact the NSPCC and calls Childline took, ".repeat(3000));
    let q = said(&[long.as_str(), "\"We are here to help,\" the charity said."]);
    assert_eq!(q.len(), 1);
}

#[test]
fn a_quote_after_a_sentence_saying_how_a_named_person_puts_things_is_theirs() {
    let q = said(&[
        "Reservoir levels fell again in August.",
        "Gwen Talbot, who ran the water board until last spring, is blunter still. “We have been lucky for ten years. The luck has run out.”",
    ]);
    assert_eq!(q, pairs(&[("Gwen Talbot", "We have been lucky for ten years. The luck has run out.")]));
    let q = said(&[
        "Councillors backed the plan by nine votes to four.",
        "Dr Omar Haddad was more cautious. “I would want to see the costs before anyone celebrates.”",
    ]);
    assert_eq!(q, pairs(&[("Omar Haddad", "I would want to see the costs before anyone celebrates.")]));
    // A sentence saying something else the person did gives them no quote.
    let q = said(&[
        "Councillors backed the plan by nine votes to four.",
        "Dr Omar Haddad was outvoted. “A sad day for the valley and everyone in it.”",
    ]);
    assert_eq!(q, pairs(NONE));
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
fn the_next_sentence_start_is_the_first_place_a_sentence_starts() {
    let texts = [
        "",
        " ",
        "  Lead words. Then more! And? \"Quoted.\" (Bracketed.) Next  one.",
        "Dr. Jo Bloggs said so. Mr Smith agreed.\tA tab. J. Smith too.",
        "No stop here at all",
        "Ends with a stop. ",
        "Stop.  Two spaces.   Three.",
        "“Curly,” she said. ‘Single.’ Then. ",
        "Wide\u{3000}space. After\u{00a0}it.",
    ];
    for text in texts {
        let norm: Vec<char> = text.chars().collect();
        for start in 0..norm.len() {
            let old = (start + 1..=norm.len())
                .find(|&i| i == norm.len() || attribution::starts_sentence(&norm, i))
                .unwrap_or(norm.len());
            assert_eq!(next_sentence_start(&norm, start), old, "{text:?} from {start}");
        }
    }
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

proptest::proptest! {
    /// The ASCII path of `squash` keeps and lower-cases what the char-by-char definition does.
    #[test]
    fn squash_is_lower_case_letters_and_digits(text in "[a-zA-Z0-9 ,.'’İÉéß\u{0130}\u{1E9E}ΣΑ٣-]{0,16}") {
        let chars: String = text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        proptest::prop_assert_eq!(squash(&text), chars);
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
fn a_pronoun_saying_how_the_speaker_puts_things_opens_their_next_quote() {
    let said_by = |lines: &[&str]| -> Vec<(String, String)> {
        quotes_of(lines).into_iter().map(|q| (q.speaker, q.text)).collect()
    };
    let q = said_by(&[
        "Inspector Ruth Cole said: “We are busy every night.”",
        "She is careful not to exaggerate it. “Some of the rise is simply better recording.”",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(who, _)| who == "Ruth Cole"), "{q:?}");
    let q = said_by(&[
        "Mark Ellis, the charity's director, said the service was stretched.",
        "He is quick to add a caveat. “It has been a hard year, but not a hopeless one.”",
    ]);
    assert_eq!(q, [("Mark Ellis".to_string(), "It has been a hard year, but not a hopeless one.".to_string())]);
}

#[test]
fn a_quote_paragraph_after_someone_described_telling_of_something_is_theirs() {
    let q = said(&[
        "A boy from Wigan was helped through the trial by an adviser. His father described what the help meant.",
        "'We felt lost until she came along. She answered every call, however late.'",
    ]);
    assert_eq!(
        q,
        pairs(&[("his father", "We felt lost until she came along. She answered every call, however late.")])
    );
    let q = said(&[
        "One victim of the scheme talked about the months after the break-in.",
        "“I could not sleep in my own house for weeks. Every noise woke me.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("one victim of the scheme", "I could not sleep in my own house for weeks. Every noise woke me.")])
    );
    // Followed by more than a quote, the sentence gives no one words.
    let q = said(&[
        "One victim of the scheme talked about the months after the break-in.",
        "The 'help desk' closed in March, the council said.",
    ]);
    assert!(q.is_empty(), "{q:?}");
    // A spokesman describing something is no one's introduction, as before.
    let q = said(&["A council spokesman described the closure.", "“We had no choice.”"]);
    assert!(q.is_empty(), "{q:?}");
}
