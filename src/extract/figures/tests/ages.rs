//! Ages said of a person in a clause about them: after "who is", "who was", a contact
//! clause ("the girls she trains are …"), a name and "now", or "in fact" after a claimed age.

use super::*;

#[test]
fn a_small_number_after_who_is_or_who_was_is_an_age() {
    for line in [
        "The shop belongs to a widow who is now 81; the caller took £2,000 from her.",
        "The pensioner who was 71 at the time of the scam never got back the £2,000 she lost.",
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
        "\"The girls she trains are 16, 17, and they all work weekends,\" her husband said.",
        "\"The boys he taught were 11 when the school closed,\" a governor said.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of offences against people is no age.
    assert_eq!(values(&["Offences against children we know of were 412 in Kent in 2023/24."]), [412.0]);
}

#[test]
fn an_age_stated_in_fact_after_a_claimed_one_is_an_age() {
    for line in [
        "Messages came from a 'boy' who said he was 13 and who was really 38.",
        "Jurors heard that the profile, posing as a girl of 14, belonged to someone who is in reality 52.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A total said "in fact" to be a number is still a figure.
    assert_eq!(values(&["The total for Kent in 2023/24 was in fact 52."]), [52.0]);
}

#[test]
fn a_small_number_after_a_quoted_or_bracketed_name_and_now_is_an_age() {
    for line in [
        "We first met 'Rowan' (name changed), then 14, at a skate park in Swindon.",
        "It was \"Dev\", then 12, who spotted the fake account.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_in_brackets_after_a_name_signing_off_a_letter_is_an_age() {
    let lines = [
        "Lancashire Police recorded 1,566 offences in the year to March 2015.",
        "I want to thank the volunteers who sat with my grandson until the ambulance came.",
        "Doreen Pickles (81)",
    ];
    assert_eq!(values(&lines), [1566.0]);
    let lines = [
        "Bus cuts will leave our village cut off, and burglaries here rose to 64 in 2023/24.",
        "Harold Briggs (74), Morecambe",
    ];
    assert_eq!(values(&lines), [64.0]);
    // A body's figure in brackets is still a figure.
    let lines = ["Offences recorded by the force rose last year.", "Cumbria Constabulary (412)"];
    assert_ne!(values(&lines), Vec::<f64>::new());
}

#[test]
fn a_range_of_ages_after_men_or_women_is_no_figure() {
    for line in [
        "Kent Police said the victims in 2023/24 were young men, typically 16 to 19, who were blackmailed.",
        "Those targeted in Kent were mostly women, usually 16-18, according to the force.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn an_age_after_a_surname_opening_the_sentence_is_an_age() {
    for line in [
        "Okafor, 52, is blunt about the caseload of 300 files.",
        "Pritchard-Jones, 61, has seen 40 years of change, she says.",
    ] {
        assert!(!values(&[line]).contains(&52.0) && !values(&[line]).contains(&61.0), "{line}: {:?}", values(&[line]));
    }
    // A place opening the sentence with its count set off is still a figure.
    assert_eq!(values(&["Cumbria, 52, was the lowest of the forces in 2023/24."]), [52.0]);
}

#[test]
fn one_person_said_to_be_over_or_under_an_age_past_twenty_one_gives_an_age() {
    for (line, value) in [
        ("Thefts where the victim was under 30 fell by 8% in 2023/24.", -8.0),
        ("Crashes in which the driver was over 70 rose by 12% in 2023/24.", 12.0),
    ] {
        let found = brief(&[line]);
        assert_eq!(found.iter().map(|f| f.2).collect::<Vec<_>>(), [value], "{line}: {found:?}");
    }
}

#[test]
fn a_small_number_a_person_described_by_a_who_clause_was_is_an_age() {
    for line in [
        "Magistrates in Hull heard that the driver who hit the cyclist was 19.",
        "In 2023/24 Kent Police said the girl who was hurt is 14.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count the clause's noun stands for is still a figure.
    assert_eq!(values(&["The offences that were recorded in 2023/24 were 412 in Kent."]), [412.0]);
}

#[test]
fn an_age_after_a_name_marked_as_changed_is_an_age() {
    for line in [
        "Priya*, 31, whose partner shared images of her in Kent, said the police did not call back.",
        "Tom Harris*, 45, of Essex, was targeted by the gang in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_bound_of_age_after_older_or_younger_than_is_an_age() {
    for line in [
        "Kent Police logged 640 offences in 2023/24. Each target was a pupil, typically no older than 14, contacted through a game.",
        "Essex Police logged 210 offences in 2022/23, many of the victims younger than 12.",
    ] {
        let got = values(&[line]);
        assert!(!got.contains(&14.0) && !got.contains(&12.0), "{line}: {got:?}");
    }
}

#[test]
fn a_number_closing_a_pronouns_clause_past_an_aside_is_an_age() {
    for line in [
        "Dorset Police logged 330 offences in 2023/24. She was, her family later learned, 52.",
        "Gwent Police logged 120 offences in 2022/23. He is, according to court papers, 38, and lives in Newport.",
    ] {
        let got = values(&[line]);
        assert!(!got.contains(&52.0) && !got.contains(&38.0), "{line}: {got:?}");
    }
    // A total said past an aside is still a figure.
    let got = values(&["The total was, officers said, 412 in 2023/24."]);
    assert!(got.contains(&412.0), "{got:?}");
}

#[test]
fn a_bare_range_of_small_numbers_said_of_a_group_in_a_passage_about_children_is_their_ages() {
    for lines in [
        [
            "Kent Police logged 640 offences in 2023/24.",
            "The youngest child we helped was six. Most are 11 to 14, and nearly all are girls.",
        ],
        [
            "Essex Police logged 210 offences in 2022/23.",
            "Our pupils come from every school in the county. The majority were 13 to 16.",
        ],
    ] {
        let got = values(&lines);
        assert!(!got.iter().any(|v| [11.0, 14.0, 13.0, 16.0].contains(v)), "{lines:?}: {got:?}");
    }
    // A range with a counted noun, or in a passage about no children, stays a figure.
    let got = values(&["The youngest child was six. Most forces logged 11 to 14 offences a week."]);
    assert!(got.contains(&11.0), "{got:?}");
}

#[test]
fn a_number_after_adults_or_residents_over_or_under_is_an_age() {
    for line in [
        "Kent Police logged 640 frauds in 2023/24; scams aimed at residents over 70 fell by 8% on the year.",
        "Essex Police logged 210 frauds in 2022/23, and calls from pensioners under 80 rose by 5%.",
    ] {
        let got = values(&[line]);
        assert!(!got.contains(&70.0) && !got.contains(&80.0), "{line}: {got:?}");
    }
}
