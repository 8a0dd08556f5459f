//! "The paper asked the Welsh Government why …. A spokeswoman said:": a government or a
//! government office the writer's clause names as asked is whom its spokesperson answers
//! for, not the force the article is about.

use super::*;

#[test]
fn a_spokesperson_after_the_writer_asked_a_government_speaks_for_it() {
    let q = quotes_of(&[
        "Gwent Police recorded 310 burglaries in the year, up from 270.",
        "The Argus asked the Welsh Government when the review would report. A spokeswoman said: “It will be published in the autumn.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].organisation.as_deref(), Some("Welsh Government"), "{q:?}");
}
