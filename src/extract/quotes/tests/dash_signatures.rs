//! A quote signed after a dash with no verb, as pull-quotes and round-ups print it:
//! `"…" — Jo Bloggs, director of the Hearth Trust.` The name after the dash is the speaker's.

use super::*;

#[test]
fn a_quote_signed_after_a_dash_is_the_named_persons() {
    let cases: &[(&str, &str)] = &[
        ("\u{201c}We warned ministers about this for years\u{201d} \u{2014} Hannah Greaves, director of the Open Doors Trust.", "Hannah Greaves"),
        ("\"Nobody listened to the families until it was too late.\" - Dr Kofi Mensah, a GP in Walsall", "Kofi Mensah"),
    ];
    for (line, speaker) in cases {
        let quotes = quotes_of(&["Reports of grooming rose again last year.", line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
    }
}

#[test]
fn a_title_after_a_dash_signs_no_quote() {
    for line in [
        "Schools now run \u{201c}Stay Safe Online\u{201d} \u{2014} a course for parents.",
        "The force calls it the \"cyber flag\" - a mark on the crime record.",
    ] {
        assert!(quotes_of(&["Reports of grooming rose again last year.", line]).is_empty(), "{line}");
    }
}

#[test]
fn a_quote_signed_after_a_dash_by_someone_described_is_theirs() {
    let cases: &[(&str, &str)] = &[
        (
            "\u{201c}The bus never comes on time. I walk in the rain.\u{201d} \u{2014} a 15-year-old pupil",
            "a 15-year-old pupil",
        ),
        ("\"Nobody asked us before they shut it.\" - a mother of three from Ardwick", "a mother of three from Ardwick"),
    ];
    for (line, speaker) in cases {
        let quotes = quotes_of(&["We asked readers what they thought of the closures.", line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
    }
    // A description of a thing after the dash signs nothing.
    let quotes = quotes_of(&["Readers sent in their mottos.", "\"Keep calm and carry on.\" - a poster from the war"]);
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn a_signature_describing_someone_without_an_article_is_read_as_someone_unnamed() {
    let cases: &[(&str, &str)] = &[
        ("\"I stopped going to the park after dark.\" \u{2014} Year 8 girl", "a Year 8 girl"),
        ("\"The buses are the real problem.\" - grandmother of four, Bootle", "a grandmother of four, Bootle"),
        ("\"Nobody told us it was closing.\" \u{2014} one dad from Kirkby", "one dad from Kirkby"),
    ];
    for (line, speaker) in cases {
        let quotes = quotes_of(&["We asked readers about the park.", line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
    }
    // The same, on a line of its own under the quote.
    let quotes =
        quotes_of(&["We asked readers about the park.", "\"The gates are locked at four.\"", "\u{2014} Year 11 boy"]);
    assert_eq!(quotes.first().map(|q| q.speaker.as_str()), Some("a Year 11 boy"), "{quotes:?}");
}

#[test]
fn a_claim_set_out_under_a_label_and_signed_after_a_dash_is_the_named_persons() {
    let cases: &[(&str, &str)] = &[
        ("Claim: \u{201c}Bus fares in Dorset have doubled since 2019.\u{201d} \u{2014} Cllr Ruth Abbey, in a council debate", "Ruth Abbey"),
        ("CLAIM: \"Every ward in the hospital is short of nurses.\" - Owen Price MS, speaking in the Senedd.", "Owen Price"),
        ("The claim: \u{201c}Rents have risen faster here than anywhere.\u{201d} \u{2014} Priya Nandy, Green Party candidate", "Priya Nandy"),
    ];
    for (line, speaker) in cases {
        let quotes = quotes_of(&["Fact check: are the numbers right?", line, "Verdict: Partly true."]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
    }
}

#[test]
fn a_claim_under_a_label_signed_by_a_source_and_no_one_has_no_speaker() {
    for line in [
        "Claim: \u{201c}Bus fares in Dorset have doubled since 2019.\u{201d} \u{2014} a party leaflet",
        "Claim: \"Every ward is short of nurses.\" - campaign website, March 2024",
        "Claim: \u{201c}Crime is down a fifth.\u{201d} \u{2014} Green Party leaflet, Brighton Pavilion, May 2024",
        "CLAIM: \"Crime is down a fifth.\" - Plaid Cymru Facebook post",
    ] {
        assert!(quotes_of(&["Fact check: are the numbers right?", line]).is_empty(), "{line}");
    }
}

#[test]
fn a_claim_under_a_label_signed_by_a_spokesperson_is_the_bodys() {
    let quotes = quotes_of(&[
        "Fact check: did the trust cut beds?",
        "Claim: \u{201c}The trust has cut 200 beds in three years.\u{201d} \u{2014} Unison spokesperson",
    ]);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert!(quotes[0].speaker.contains("spokesperson"), "{quotes:?}");
    assert_eq!(quotes[0].organisation.as_deref(), Some("Unison"), "{quotes:?}");
}

#[test]
fn a_claim_signed_by_name_and_repeated_under_a_brief_holders_title_is_the_named_persons() {
    let q = said(&[
        "Fact check: are waiting lists at a record high?",
        "Claim: \u{201c}Waiting lists in Wales are longer than they have ever been.\u{201d} \u{2014} Owen Price MS, in the Senedd",
        "Verdict: Mostly true.",
        "Speaking in the chamber, the Plaid Cymru health spokesman told members: \u{201c}Waiting lists in Wales are longer than they have ever been.",
        "\u{201c}Patients are paying the price for years of drift.\u{201d}",
    ]);
    assert!(q.iter().all(|(who, _)| who == "Owen Price"), "{q:?}");
    assert!(q.iter().any(|(_, text)| text.contains("Patients are paying the price")), "{q:?}");
}

#[test]
fn a_pull_quote_signed_by_name_gives_the_unnamed_nurse_repeating_it_her_name() {
    let q = said(&[
        "\u{201c}We were never told the ward would close for good.\u{201d} \u{2014} Ffion Rees, ward sister",
        "A nurse at the hospital said: \u{201c}We were never told the ward would close for good. Nobody asked the staff.\u{201d}",
    ]);
    assert!(!q.is_empty() && q.iter().all(|(who, _)| who == "Ffion Rees"), "{q:?}");
    // Words no named person was quoted saying keep the spokesperson.
    let q = said(&[
        "\u{201c}We were never told the ward would close for good.\u{201d} \u{2014} Ffion Rees, ward sister",
        "A spokesperson for the health board said: \u{201c}No decision has been taken on the ward.\u{201d}",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[1].0.ends_with("spokesperson"), "{q:?}");
}

#[test]
fn a_first_name_after_a_signed_pull_quote_means_the_signer() {
    let lines = [
        ("Referrals to the service doubled over the year.", Role::Body),
        ("“Nobody should have to wait a year for help.”", Role::Repeat),
        ("— Bethan Rowlands, our head of services", Role::Furniture),
        (
            "Bethan, who joined us in 2015, said: “Nobody should have to wait a year for help. We are hiring.”",
            Role::Body,
        ),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(got, pairs(&[("Bethan Rowlands", "Nobody should have to wait a year for help. We are hiring.")]));
}

#[test]
fn a_first_name_alone_after_someone_named_in_full_is_them() {
    let q = said(&[
        "Gareth Pugh founded the centre in 2009 after losing his brother.",
        "Gareth went on: “We are open every night of the year.”",
    ]);
    assert_eq!(q, pairs(&[("Gareth Pugh", "We are open every night of the year.")]));
    let q = said(&[
        "Nia Griffiths, our chair, said the year had been the busiest yet.",
        "“Every volunteer gave more than we asked,” Nia added.",
    ]);
    assert_eq!(q, pairs(&[("Nia Griffiths", "Every volunteer gave more than we asked")]));
}
