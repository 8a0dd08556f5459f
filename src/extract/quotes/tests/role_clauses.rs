//! What the sentence says a speaker did, or a clause beside their name, is no part of
//! their role: "Commissioner Jo Bloggs welcomed the fall but warned …", "Devon's total has
//! risen, though Inspector Jo Bloggs warns …".

use super::*;

#[test]
fn a_predicate_after_a_name_is_no_role() {
    let q = quotes_of(&[
        "Gwent’s Police and Crime Commissioner Rhian Price welcomed the fall but warned against complacency, saying: “There is more to do.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Police and Crime Commissioner"), "{q:?}");
    let q =
        quotes_of(&["Council leader Amy Stroud praised the volunteers but cautioned: “The money runs out in March.”"]);
    assert_eq!(q[0].role.as_deref(), Some("Council leader"), "{q:?}");
}

#[test]
fn a_clause_before_a_name_is_no_role() {
    let q = quotes_of(&[
        "Devon’s total has risen by nearly half over five years, though Detective Inspector Owen Mace of Avon and Somerset Police warns: “It measures how hard we look.”",
    ]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("Detective Inspector"), Some("Avon and Somerset Police"))
    );
    let q = quotes_of(&[
        "The county’s count was the lowest in a decade, while Inspector Dev Rana of Kent Police said: “We are not complacent.”",
    ]);
    assert_eq!((q[0].role.as_deref(), q[0].organisation.as_deref()), (Some("Inspector"), Some("Kent Police")));
}

#[test]
fn an_age_or_a_byname_beside_a_name_is_no_role() {
    let q = quotes_of(&["Erin, now 24, said: “I thought my life was over.”"]);
    assert_eq!(q[0].role, None, "{q:?}");
    let q = quotes_of(&["Amir, now 31, told the paper: “We were never told.”"]);
    assert_eq!(q[0].role, None, "{q:?}");
}

#[test]
fn what_a_team_is_known_as_is_no_role() {
    let q = quotes_of(&[
        "Detective Inspector Sarah Cole, of Wiltshire Police's Paedophile Online Investigation Team, known as POLIT, said: “We act fast.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Detective Inspector, Paedophile Online Investigation Team"), "{q:?}");
    let q = quotes_of(&[
        "Sergeant Tom Rigg, of Kent Police's Rural Crime Team, known locally as the Tractor Squad, said: “Thefts are down.”",
    ]);
    assert_eq!(q[0].role.as_deref(), Some("Sergeant, Rural Crime Team"), "{q:?}");
}
