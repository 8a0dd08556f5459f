//! "Named Governor for Special Needs Mrs Ann Lowe": a capitalised title before a name given
//! with a courtesy title is the title, and the person is the one the courtesy title names.

use super::*;

#[test]
fn a_title_with_what_it_is_for_before_a_courtesy_name_is_no_name() {
    let q = said(&[
        "Designated Teacher for Looked After Children Ms Grace Obi said the audit was “overdue”.",
        "“Every file will be checked twice a term,” she said. “We owe them that.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Grace Obi", "Every file will be checked twice a term"), ("Grace Obi", "We owe them that.")])
    );
}
