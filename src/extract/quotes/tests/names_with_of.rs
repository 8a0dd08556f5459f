//! A body's name with "of" inside it ("Isle of Wight Council", "the Royal College of
//! Nursing") is kept whole as the speaker's organisation.

use super::*;

#[test]
fn a_body_named_with_of_inside_is_kept_whole() {
    let q =
        quotes_of(&["Dawn Kell, community safety manager at Isle of Wight Council, said: “Ryde has had a hard year.”"]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("community safety manager"), Some("Isle of Wight Council"))
    );
    let q = quotes_of(&["Ben Ames, head of research at the University of Kent, said: “The data are thin.”"]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("head of research"), Some("University of Kent"))
    );
}

#[test]
fn a_body_named_with_of_inside_may_own_a_title() {
    let q = quotes_of(&[
        "“It is not part of the job,” said Mark Tull, the Royal College of Nursing’s regional director for the East of England.",
    ]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("regional director for the East of England"), Some("Royal College of Nursing"))
    );
    let q = quotes_of(&["The Chartered Institute of Housing’s policy lead, Amy Roe, said: “Landlords are leaving.”"]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("policy lead"), Some("Chartered Institute of Housing"))
    );
}

#[test]
fn a_forces_unit_after_head_of_goes_with_the_role() {
    let q = quotes_of(&[
        "Det Insp Marc Le Roux, head of the States of Jersey Police Public Protection Unit, said: “Most cases begin on games.”",
    ]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("Det Insp, head of Public Protection Unit"), Some("States of Jersey Police"))
    );
    let q = quotes_of(&["Sgt Ann Vey, head of the Kent Police Rural Crime Team, said: “Quad bikes go first.”"]);
    assert_eq!(
        (q[0].role.as_deref(), q[0].organisation.as_deref()),
        (Some("Sgt, head of Rural Crime Team"), Some("Kent Police"))
    );
}
