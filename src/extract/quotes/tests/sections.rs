//! Section breaks (rules, time stamps, headings): a quote or a pronoun does not run across one.

use super::*;

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
