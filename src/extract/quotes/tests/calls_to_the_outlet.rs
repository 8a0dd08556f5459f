//! "Listener Jo, 34, rang the studio:", "A reader got in touch:": a listener's or reader's
//! call or message to the outlet, before a colon, introduces their words.

use super::*;

#[test]
fn a_listener_who_rang_the_studio_is_the_speaker() {
    let q = said(&["Listener Marcus, 52, from Tiverton, rang the studio: “My lad was sent pictures by a stranger.”"]);
    assert_eq!(q.len(), 1);
    assert!(q[0].0.contains("Marcus"), "{q:?}");
    assert_eq!(q[0].1, "My lad was sent pictures by a stranger.");
}

#[test]
fn a_caller_to_the_newsroom_is_the_speaker() {
    let q = said(&["A mum from Poole called our newsroom: “Nobody told us the bus was cancelled.”"]);
    assert_eq!(q, pairs(&[("a mum from Poole", "Nobody told us the bus was cancelled.")]));
}

#[test]
fn a_reader_who_texted_the_show_or_got_in_touch_is_the_speaker() {
    let q = said(&["One shopkeeper texted the breakfast show: “The car park has been full since eight.”"]);
    assert_eq!(q, pairs(&[("one shopkeeper", "The car park has been full since eight.")]));
    let q = said(&["A retired nurse got in touch: “The clinic has moved twice this year.”"]);
    assert_eq!(q, pairs(&[("a retired nurse", "The clinic has moved twice this year.")]));
}

#[test]
fn a_call_to_someone_else_introduces_no_quote() {
    let q = said(&["A neighbour called on the council to act: “Enough is enough.”"]);
    assert_eq!(q, pairs(NONE));
    let q = said(&["Then a cashier rang the police: “Help”."]);
    assert_eq!(q, pairs(NONE));
}
