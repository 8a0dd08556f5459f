//! Peers named by title and surname ("Baroness Hollis", "Lord Patel of Bradford"): the title
//! is how a peer is named, so it stays with the surname as the speaker, and a later reference
//! by the same title, or by the surname with another title, is the same peer.

use super::*;

#[test]
fn a_peer_named_by_title_and_surname_keeps_the_title() {
    let q = said(&[
        "The bill returned to the Lords on Tuesday.",
        "Baroness Fenwick said: “This bill goes too far.”",
        "Lord Ambler told peers: “We must act before the summer.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Baroness Fenwick", "This bill goes too far."), ("Lord Ambler", "We must act before the summer.")])
    );
    let q = said(&[
        "Peers debated the amendment late into the night.",
        "“The evidence is overwhelming,” said Lady Corran, a former chief inspector of prisons.",
        "“I will press it to a vote,” Lady Corran added.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Lady Corran", "The evidence is overwhelming"), ("Lady Corran", "I will press it to a vote")])
    );
}

#[test]
fn a_peer_with_a_territorial_title_is_named_with_it_and_named_again_without() {
    let q = said(&[
        "The committee published its report on Monday.",
        "Lord Okafor of Saltash, who chairs the committee, told peers: “The system is broken.”",
        "“Nobody is in charge,” Lord Okafor said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Lord Okafor of Saltash", "The system is broken."),
            ("Lord Okafor of Saltash", "Nobody is in charge")
        ])
    );
    let q = said(&[
        "Ministers faced defeat in the upper house.",
        "Baroness Tull of Kendal said: “Families deserve answers.”",
        "“They have waited too long,” she said.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Baroness Tull of Kendal", "Families deserve answers."),
            ("Baroness Tull of Kendal", "They have waited too long")
        ])
    );
}
