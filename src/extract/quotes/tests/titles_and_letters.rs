//! Honorifics ("Sir", "Dame") and the letters after a name ("MP", "KC", "OBE") around a
//! speaker's title, and a minister's brief ("Local Government Minister"), which names no body.

use super::*;

/// (role, organisation) of every quote.
fn roles_of(lines: &[&str]) -> Vec<(Option<String>, Option<String>)> {
    quotes_of(lines).into_iter().map(|q| (q.role, q.organisation)).collect()
}

fn role(role: Option<&str>, org: Option<&str>) -> (Option<String>, Option<String>) {
    (role.map(str::to_string), org.map(str::to_string))
}

#[test]
fn an_honorific_before_a_name_is_no_part_of_the_role() {
    let q = roles_of(&["Inquiry chair Sir Robert Vane KC said: “We will look again at every case.”"]);
    assert_eq!(q, [role(Some("Inquiry chair"), None)]);
    let q = roles_of(&["Panel president Dame Ann Lowe told members: “The findings are stark.”"]);
    assert_eq!(q, [role(Some("Panel president"), None)]);
}

#[test]
fn letters_after_a_name_are_dropped_beside_a_role() {
    let q = roles_of(&["Local Government Minister Jane Doe MP said: “Councils will get the money.”"]);
    assert_eq!(q, [role(Some("Local Government Minister"), None)]);
    let q = roles_of(&["Scottish Labour’s justice spokesman, Alan Reece MSP, said: “This is a damning verdict.”"]);
    assert_eq!(q, [role(Some("justice spokesman"), Some("Scottish Labour"))]);
}

#[test]
fn a_members_letters_alone_are_the_role_and_an_honours_none() {
    let q = roles_of(&["Jo Bloggs MP said: “The town deserves better.”"]);
    assert_eq!(q, [role(Some("MP"), None)]);
    let q = roles_of(&["Ann Lowe OBE, who founded the scheme, said: “We started with six volunteers.”"]);
    assert_eq!(q, [role(None, None)]);
}

#[test]
fn a_ministers_brief_names_no_government_but_a_nations_government_is_one() {
    let q = roles_of(&["Digital Government Secretary Ian Gow said: “Every council will be funded.”"]);
    assert_eq!(q, [role(Some("Digital Government Secretary"), None)]);
    let q = roles_of(&["Welsh Government minister Carys Bevan said: “We are acting.”"]);
    assert_eq!(q, [role(Some("minister"), Some("Welsh Government"))]);
}

#[test]
fn a_councillors_brief_after_for_names_no_body() {
    let q = roles_of(&["Cllr Helen Bard, Cabinet Member for Children’s Services, said: “No child chooses this.”"]);
    assert_eq!(q[0].0.as_deref(), Some("Cllr, Cabinet Member for Children's Services"), "{q:?}");
    assert_ne!(q[0].1.as_deref(), Some("Children's Services"), "{q:?}");
    let q = roles_of(&["Cllr Tom Ince, Portfolio Holder for Adult Social Services, said: “Care costs are rising.”"]);
    assert_eq!(q[0].0.as_deref(), Some("Cllr, Portfolio Holder for Adult Social Services"), "{q:?}");
}

#[test]
fn a_government_is_a_brief_only_before_a_brief_holder() {
    let q = roles_of(&["Labour Government minister Jo Smith said: “The money is there.”"]);
    assert_eq!(q, [role(Some("minister"), Some("Labour Government"))]);
    let q = roles_of(&["Conservative Government adviser Tom Reed said: “The scheme has worked.”"]);
    assert_eq!(q, [role(Some("adviser"), Some("Conservative Government"))]);
}

#[test]
fn a_nations_government_before_a_title_cased_minister_is_the_ministers_government() {
    let q = roles_of(&["Welsh Government Minister Carys Pugh said: “The money is there.”"]);
    assert_eq!(q, [role(Some("Minister"), Some("Welsh Government"))]);
    let q = roles_of(&["Scottish Government Secretary Ewan Blair said: “We will act.”"]);
    assert_eq!(q, [role(Some("Secretary"), Some("Scottish Government"))]);
}

#[test]
fn sir_or_dame_before_a_given_name_is_the_person_named_in_full_before() {
    let q = said(&[
        "The report was commissioned by the chief inspector, Dame Nadia Orwell, after a string of failures.",
        "In her foreword, Dame Nadia said: \"Every force must do better.\"",
    ]);
    assert_eq!(q, pairs(&[("Nadia Orwell", "Every force must do better.")]));
    let q = said(&[
        "The figures were given by the Home Secretary, Sir Colin Rudd, in a letter to MPs.",
        "\"We will not rest until this is fixed,\" Sir Colin added.",
    ]);
    assert_eq!(q, pairs(&[("Colin Rudd", "We will not rest until this is fixed")]));
}
