//! A job held once ("a retired detective", "a former petty officer", "ex-sergeant"): the
//! story's force or charity is not the speaker's, and the role reads as a former one.

use super::*;

/// (role, organisation) of every quote.
fn roles_of(lines: &[&str]) -> Vec<(Option<String>, Option<String>)> {
    quotes_of(lines).into_iter().map(|q| (q.role, q.organisation)).collect()
}

fn role(role: &str, org: Option<&str>) -> (Option<String>, Option<String>) {
    (Some(role.to_string()), org.map(str::to_string))
}

#[test]
fn a_former_officer_takes_no_force_from_the_story() {
    let q = roles_of(&[
        "Essex Police recorded 412 offences in 2023, up from 380.",
        "Tom Hale, a retired detective who now runs a support group for families, said: “Nobody listens to them.”",
    ]);
    assert_eq!(q, [role("retired detective", None)]);
    let q = roles_of(&[
        "Figures from Northumbria Police show a rise in reports.",
        "Ex-sergeant Pam Rudd, who left the force in 2019, said: “The job has changed beyond recognition.”",
        "Ruth Okoro, a former petty officer who campaigns on harassment, said: “It is far higher.”",
    ]);
    assert_eq!(q, [role("Ex-sergeant", None), role("former petty officer", None)]);
}

#[test]
fn a_former_chief_executive_speaks_for_no_charity_of_the_story() {
    let q = roles_of(&[
        "The Lantern Trust said calls to its helpline doubled.",
        "Former chief executive Alan Pike said: “We saw this coming years ago.”",
    ]);
    assert_eq!(q, [role("Former chief executive", None)]);
    let q = roles_of(&[
        "Brightwater, a children’s charity, runs the helpline.",
        "Jo Crane, its one-time director, said: “The money was never enough.”",
    ]);
    assert_eq!(q, [role("one-time director", None)]);
}

#[test]
fn a_former_post_keeps_the_body_the_text_names_for_it() {
    let q = roles_of(&["Jo Marsh, a former Met detective, said: “It was always like this.”"]);
    assert_eq!(q, [role("former detective", Some("Metropolitan Police"))]);
    let q = roles_of(&[
        "Kent Police recorded 40 offences.",
        "Ian Gow, a retired Sussex Police inspector, said: “Rural crime is never counted properly.”",
    ]);
    assert_eq!(q, [role("retired inspector", Some("Sussex Police"))]);
}
