//! Ages said of a person in a clause about them: after "who is", "who was", a contact
//! clause ("the lads we coach are …"), a name and "now", or "in fact" after a claimed age.

use super::*;

#[test]
fn a_small_number_after_who_is_or_who_was_is_an_age() {
    for line in [
        "He spoke on condition of anonymity to shield his daughter, who is now 16.",
        "Harcourt, who was 29 at the time of the burglaries, was jailed in Kent.",
        "The neighbour, who's 80, lost £2,000 to the caller.",
    ] {
        assert!(values(&[line]).iter().all(|&v| v == 2000.0), "{line}: {:?}", values(&[line]));
    }
    // What a relative clause counts is still a figure.
    assert_eq!(values(&["Kent Police, who recorded 412 burglaries in 2023/24, said more were unreported."]), [412.0]);
}

#[test]
fn ages_after_people_and_a_contact_clause_are_ages() {
    for line in [
        "\"Most of the girls we support are 12, 13, and already online every night,\" she said.",
        "\"Half the lads I coach were 15 when they got their first knife,\" he said.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of offences against people is no age.
    assert_eq!(values(&["Offences against children we know of were 412 in Kent in 2023/24."]), [412.0]);
}

#[test]
fn an_age_stated_in_fact_after_a_claimed_one_is_an_age() {
    for line in [
        "The stranger, who said he was 16, was actually 38.",
        "The woman, posing as a girl of 14, was in fact 52, the court heard.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A total said "in fact" to be a number is still a figure.
    assert_eq!(values(&["The total for Kent in 2023/24 was in fact 52."]), [52.0]);
}

#[test]
fn a_small_number_after_a_quoted_or_bracketed_name_and_now_is_an_age() {
    for line in [
        "'Sophie' (a name we have changed), now 15, from Dover, was contacted online.",
        "\"Liam\", now 19, from Margate, says the messages never stopped.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}
