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
        said(&["Andy Burrows, NSPCC head of child safety online policy, said: “These figures are stark.”"]),
        pairs(&[("Andy Burrows", "These figures are stark.")])
    );
    assert_eq!(
        said(&["POLIT Sergeant Kev Carter said:“This team deals with it.”"]),
        pairs(&[("Kev Carter", "This team deals with it.")])
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
    let cases: &[(&[&str], &[(&str, &str)])] = &[
        (&["“This can include chat apps,” the charity said.", "The NSPCC runs Childline."], &[]),
        (
            &["“We are worried,” said Peter Wanless, chief executive of the NSPCC."],
            &[("Peter Wanless", "We are worried")],
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
fn the_charity_is_the_charity_named_before() {
    assert_eq!(
        said(&[
            "The NSPCC obtained the figures.",
            "“This can include chat apps,” the charity said.",
            "“Children are then moved to private apps.”"
        ]),
        pairs(&[("NSPCC", "This can include chat apps"), ("NSPCC", "Children are then moved to private apps.")])
    );
    // No charity named: nobody to give the words to.
    assert_eq!(said(&["“This can include chat apps,” the charity said."]), pairs(NONE));
}

#[test]
fn quotes_run_over_paragraphs_until_a_paragraph_without_one() {
    let q = quotes_of(&[
        "Sergeant Kev Carter said:“This team deals with complex enquiries.",
        "\"A lot of our work takes place out of the spotlight.",
        "“Protecting children drives us.”",
        "Figures rose in Cleveland.",
        "“This is not his quote.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "Kev Carter");
    assert_eq!(
        q[0].text,
        "This team deals with complex enquiries. A lot of our work takes place out of the spotlight. Protecting children drives us."
    );
    assert_eq!(q[0].paragraphs, vec![0, 1, 2]);
}

#[test]
fn later_references_resolve_to_the_person_named_before() {
    let q = said(&[
        "POLIT Sergeant Kev Carter said: “This team deals with complex enquiries.”",
        "Sgt Carter added: “I would ask parents to keep watch.”",
        "Detective Superintendent Jane Bridger, from Suffolk police, said responding to reports is a priority.",
        "She said: “We are still seeing an increase.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Kev Carter", "This team deals with complex enquiries."),
            ("Kev Carter", "I would ask parents to keep watch."),
            ("Jane Bridger", "We are still seeing an increase."),
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
        "Durham Constabulary recorded 190 instances in 2016-17. Figures for the previous year are not available.",
        "A spokesperson said: “We are committed to tackling all forms of offences.”",
    ]);
    assert_eq!(q[0].speaker, "Durham Constabulary spokesperson");
    assert_eq!(q[0].organisation.as_deref(), Some("Durham Constabulary"));
    let q = quotes_of(&[
        "Police across Lancashire have recorded more crimes, Lancashire Constabulary said.",
        "The county reported more cases than anywhere bar Greater Manchester.",
        "A police spokesman said: “It is our priority to protect communities.”",
    ]);
    assert_eq!(q[0].speaker, "Lancashire Constabulary spokesperson");
    assert_eq!(q[0].role.as_deref(), Some("spokesman"));
    let q = quotes_of(&["A Cleveland Police spokesperson said: “The increase could be due to reporting.”"]);
    assert_eq!(q[0].speaker, "Cleveland Police spokesperson");
    let q = quotes_of(&["Figures rose in Durham.", "“We take this seriously,” a spokeswoman for Durham Police said."]);
    assert_eq!(q[0].speaker, "Durham Constabulary spokesperson");
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let lines = [
        "In 2015/16 it became mandatory to record a “cyber flag” when offences had an online element.",
        "This is the second year police have been required to record - ‘cyber flag’ - any crime.",
        "The NSPCC’s own ‘Speak Out Stay Safe’ programme is visiting schools.",
        "It believed the “dramatic increase” could be explained by better recording.",
        "'Truly disturbing picture'",
        "West Country forces seeing 'worrying rise' in reports, says NSPCC",
        "The data comes ahead of laws that could mean a 'Duty of Care' for tech firms.",
        "\"Cyber flag\" crimes, police said, rose sharply.",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn fragments_inside_reported_speech_are_not_quotes() {
    let lines = [
        "Grooming crimes reached 1,220, with the NSPCC warning that \"the true scale of the problem is likely to be much higher\".",
        "The NSPCC said \"the pandemic had created a perfect storm for online offenders\" and believes \"these figures could mark the start of a surge\".",
        "\"With ongoing restrictions across the UK, the charity believes that the risk of online abuse will continue to spike\".",
        "The NSPCC says groomers use social media ‘as a conveyor belt to produce and share images on an industrial scale’ and has urged ministers to ‘seize the opportunity to strengthen the bill’.",
        "NSPCC said that apps “were all used in cross-platform grooming where abuse points to a culture of risk.”",
        "The NSPCC said \"swift and ambitious action\" was needed by tech companies to \"address what is happening\".",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn a_fragment_before_the_colon_does_not_hide_the_quote_after_it() {
    let q = said(&[
        "Detective Superintendent Zena Marshall, the Met lead for online abuse, said: “Offenders hide behind a ‘real-life’ screen.”",
        "She said there was “no clear profile” for offenders: “Although the vast majority are male, they are of all ages.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Zena Marshall", "Offenders hide behind a ‘real-life’ screen."),
            ("Zena Marshall", "Although the vast majority are male, they are of all ages."),
        ])
    );
}

#[test]
fn an_unnamed_person_is_described() {
    let q = said(&["One girl who contacted Childline during the pandemic said: \"I am 12 and I don’t have social media. It started with the occasional ‘hi’\"."]);
    assert_eq!(
        q,
        pairs(&[(
            "one girl who contacted Childline during the pandemic",
            "I am 12 and I don’t have social media. It started with the occasional ‘hi’"
        )])
    );
}

#[test]
fn split_quotes_keep_their_words_and_speaker() {
    let q = said(&["“The figures,” she said, “are stark.”"]);
    assert!(q.is_empty(), "nobody named: {q:?}");
    let q = said(&["Jane Smith runs the unit.", "“The figures,” Jane Smith said, “are stark.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "The figures are stark.")]));
    let q = said(&["“We are shocked,” said Tom Jones. “It is a scandal.”"]);
    assert_eq!(q, pairs(&[("Tom Jones", "We are shocked"), ("Tom Jones", "It is a scandal.")]));
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
        "Peter Wanless, NSPCC chief executive, said: “This rise is concerning.",
        "Most Read",
        "“We must ensure the police are equipped.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "This rise is concerning. We must ensure the police are equipped.");
    assert_eq!(q[0].paragraphs, vec![0, 2]);
}

#[test]
fn repeated_pull_quotes_are_one_quote() {
    let lines = [
        ("A Cleveland Police spokesperson said: “Cleveland Police is committed to working with partners.”", Role::Body),
        ("“Cleveland Police is committed to working with partners.”", Role::Repeat),
        ("“Cleveland Police is committed to working with partners.”", Role::Body),
    ];
    let q = extract_quotes(&article_with_roles(&lines));
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn captions_and_headlines_give_no_quotes() {
    let lines = [
        ("“We are shocked,” says charity", Role::Headline),
        ("Peter Wanless said: “A caption quote.”", Role::Caption),
        ("By Jane Smith", Role::Byline),
    ];
    assert!(extract_quotes(&article_with_roles(&lines)).is_empty());
}

#[test]
fn roles_and_organisations_are_kept() {
    let q =
        quotes_of(&["Northumbria Police Detective Chief Superintendent Lisa Orchard said: “We take it seriously.”"]);
    assert_eq!(q[0].role.as_deref(), Some("Detective Chief Superintendent"));
    assert_eq!(q[0].organisation.as_deref(), Some("Northumbria Police"));
    let q = quotes_of(&[
        "Officers in Cleveland are warning youths.",
        "POLIT Sergeant Kev Carter said:“This team deals with it.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("POLIT"));
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
    let q = said(&["“With restrictions, the charity believes the risk will rise.”", "“It is a scandal,” said Jane Smith."]);
    assert_eq!(q, pairs(&[("Jane Smith", "It is a scandal")]));
}

#[test]
fn guardian_style_surnames_resolve_to_the_person_named_before() {
    let q = said(&[
        "Sir Peter Wanless, the NSPCC chief executive, urged ministers to act.",
        "“Children cannot wait,” said Wanless.",
        "“We agree,” Mr Wanless added.",
    ]);
    assert_eq!(q, pairs(&[("Peter Wanless", "Children cannot wait"), ("Peter Wanless", "We agree")]));
    // A bare surname nobody introduced is not given to anyone.
    assert_eq!(said(&["“Children cannot wait,” said Wanless."]), pairs(NONE));
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
        "“How Safe Are Our Children?” is the NSPCC’s annual report.",
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

/// Prints the evaluation format for the `.txt` files of `$QUOTES_DIR` (a crude line
/// splitter stands in for ingest). Run with `--ignored --nocapture`.
#[test]
#[ignore]
fn dump_quotes_for_evaluation() {
    let Ok(dir) = std::env::var("QUOTES_DIR") else { return };
    let mut names: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    names.sort();
    let mut articles = Vec::new();
    for path in names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        let lines: Vec<(String, Role)> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
            .map(|(i, l)| {
                let role = if !seen.insert(l.to_string()) {
                    Role::Repeat
                } else if i == 0 && !l.ends_with('.') {
                    Role::Headline
                } else {
                    Role::Body
                };
                (l.to_string(), role)
            })
            .collect();
        let refs: Vec<(&str, Role)> = lines.iter().map(|(l, r)| (l.as_str(), *r)).collect();
        let mut a = article_with_roles(&refs);
        a.path = path.clone();
        let quotes = extract_quotes(&a);
        articles.push(serde_json::json!({"source": a.source_name(), "quotes": quotes}));
    }
    println!("JSON{}", serde_json::json!({ "articles": articles }));
}
