//! Charities: "the charity" is the one named before, not one someone turned to, nor a person
//! or regulator named with the word.

use super::*;

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
fn a_charity_calls_are_made_to_in_a_sentence_where_another_speaks_is_not_the_charity_after_it() {
    let q = orgs_of(&[
        "According to Barnardo's, calls to Samaritans from teenagers rose by a third last winter, and the charity says exam stress is often to blame.",
        "A spokeswoman for the charity said: \"Nobody should feel they have no one to talk to.\"",
    ]);
    assert_eq!(q, owned(&[("Barnardo's spokesperson", Some("Barnardo's"))]));
    let q = orgs_of(&[
        "Victim Support said referrals to Refuge had doubled since the spring.",
        "A spokesman for the charity said: \"Every referral is a family in danger.\"",
    ]);
    assert_eq!(q, owned(&[("Victim Support spokesperson", Some("Victim Support"))]));
}

#[test]
fn a_charity_named_after_the_word_charity_speaks_by_its_name() {
    let q = orgs_of(&[
        "Runaway children are often back home within a day.",
        "The charity Missing Children Watch said: \"Every return is a chance to ask why.\"",
    ]);
    assert_eq!(q, owned(&[("Missing Children Watch", Some("Missing Children Watch"))]));
    let q = orgs_of(&["The campaign group Safer Streets said: \"Lighting the underpass would cost very little.\""]);
    assert_eq!(q, owned(&[("Safer Streets", Some("Safer Streets"))]));
}
