//! Posts, messages and comments printed under a header naming their sender ("Reply from
//! Kent Police @kentpolice · 09:31", "Note from the parish clerk, forwarded:", "Top comment
//! — Sam K, 3 Feb:"), labels of a rank and surname ("Sgt Hale:"), and a topic clause
//! ("And on the rota:") going on with the one just quoted.

use super::*;

#[test]
fn a_quoted_post_under_a_reply_header_is_the_senders() {
    let q = said_in(&[
        ("The council's gritting map went up at 6am, and it was wrong again.", Role::Body),
        ("Reply from Dunmore Council @dunmorecouncil · 3 Feb 2025 at 10:12", Role::Byline),
        ("\"Thanks Sam. The map has been fixed and the 6pm run is going ahead.\"", Role::Body),
    ]);
    assert_eq!(q, pairs(&[("Dunmore Council", "Thanks Sam. The map has been fixed and the 6pm run is going ahead.")]));
}

#[test]
fn a_forwarded_message_is_the_words_of_its_sender() {
    let q = said(&[
        "Bin day moves to Friday next week.",
        "Note from the parish clerk, forwarded:",
        "\"The village hall is closed on Saturday for repairs. Sorry for any trouble.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("the parish clerk", "The village hall is closed on Saturday for repairs. Sorry for any trouble.")])
    );
}

#[test]
fn a_readers_comment_under_a_name_and_date_is_theirs() {
    let q = said(&["Top comment — Sam K, 3 Feb: \"Brilliant piece. Please do buses next.\""]);
    assert_eq!(q, pairs(&[("Sam K", "Brilliant piece. Please do buses next.")]));
}

#[test]
fn a_rank_and_surname_label_is_the_officer_named_before() {
    let q = said(&[
        "Sgt Dawn Hale from the rural crime team spoke to the group on Monday.",
        "Sgt Hale: \"Lock your sheds. Most thefts we see are from open doors.\"",
    ]);
    assert_eq!(q, pairs(&[("Dawn Hale", "Lock your sheds. Most thefts we see are from open doors.")]));
}

#[test]
fn a_topic_clause_after_a_quote_goes_on_with_the_one_quoted() {
    let q = said(&[
        "Sgt Dawn Hale from the rural crime team spoke to the group on Monday.",
        "Sgt Hale: \"Lock your sheds.\"",
        "And on quad bikes: \"Mark them. A marked bike is hard to sell.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("Dawn Hale", "Lock your sheds."), ("Dawn Hale", "Mark them. A marked bike is hard to sell.")])
    );
}

#[test]
fn a_topic_clause_with_no_one_quoted_before_quotes_no_one() {
    let q = said(&["The club met on Monday.", "On the budget: \"Spend less on kit.\""]);
    assert_eq!(q, pairs(NONE));
}
