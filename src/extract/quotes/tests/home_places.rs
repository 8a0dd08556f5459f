//! Where a speaker lives, or the area a civic title belongs to, is no organisation: "a
//! father from Kent" speaks for no Kent Police, "Greater Manchester's Deputy Mayor" for no
//! force, "from near Hawes" for no one.

use super::*;

#[test]
fn a_home_in_a_force_area_is_no_force() {
    let q = quotes_of(&[
        "Kent Police recorded 40 offences last year.",
        "Mark Hale, a father from Kent whose daughter was groomed, said: “Nobody listened to us.”",
    ]);
    assert_eq!(q[0].organisation, None, "{q:?}");
    assert_eq!(q[0].role.as_deref(), Some("father from Kent"));
    let q = quotes_of(&[
        "Lancashire Constabulary logged more reports than ever.",
        "Jo Pratt, a nurse from Lancashire, said: “It has to stop before someone is killed.”",
    ]);
    assert_eq!(q[0].organisation, None, "{q:?}");
}

#[test]
fn an_area_owning_a_civic_title_is_no_force() {
    let q = quotes_of(&[
        "Greater Manchester’s Deputy Mayor for Policing, Crime and Fire, Ruth Okon, said: “We are worried.”",
    ]);
    assert_eq!(q[0].organisation, None, "{q:?}");
    let q = quotes_of(&[
        "Orla Breen, the charity’s assistant director for Northern Ireland, said: “It is a wake-up call.”",
    ]);
    assert_ne!(q[0].organisation.as_deref(), Some("Police Service of Northern Ireland"), "{q:?}");
    assert_eq!(q[0].role.as_deref(), Some("assistant director for Northern Ireland"));
}

#[test]
fn a_home_described_in_lower_case_is_no_organisation() {
    let q = quotes_of(&["Sheep farmer Jenny Calder, from near Hawes, said: “I lost 40 ewes in a night.”"]);
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("Sheep farmer"), None));
    let q = quotes_of(&["Pam Leigh, of rural Powys, said: “The buses stopped years ago.”"]);
    assert_eq!(q[0].organisation, None, "{q:?}");
}

#[test]
fn a_force_area_in_a_clause_about_someone_no_officer_is_no_force() {
    let q = quotes_of(&[
        "Mum-of-three Lisa Fell, 41, who set up the Safe Screens Merseyside group, said: “They are hunting our kids.”",
    ]);
    assert_eq!(q[0].organisation, None, "{q:?}");
    let q = quotes_of(&["Jo Platt, who runs a Lancashire food bank, said: “Demand has doubled.”"]);
    assert_eq!(q[0].organisation, None, "{q:?}");
    // An officer's clause naming the area names the force.
    let q = quotes_of(&[
        "Detective Sergeant Jo Platt, who has worked in Lancashire for years, said: “Demand has doubled.”",
    ]);
    assert_eq!(q[0].organisation.as_deref(), Some("Lancashire Constabulary"), "{q:?}");
}
