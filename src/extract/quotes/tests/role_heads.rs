//! "the sergeant responsible for the night shift", "an inspector based in Truro": a rank or
//! job title with what it is responsible for or where it is based after it heads the
//! description of someone unnamed, who may then be quoted.

use super::*;

#[test]
fn a_rank_responsible_for_something_describes_the_speaker() {
    let q = said(&[
        "“Nobody on my shift has had a day off in a month,” said the sergeant responsible for the night shift.",
    ]);
    assert_eq!(
        q,
        pairs(&[("the sergeant responsible for the night shift", "Nobody on my shift has had a day off in a month")])
    );
}

#[test]
fn a_job_title_based_somewhere_describes_the_speaker() {
    let q = said(&["An inspector based in Truro said: “The summer months are the hardest for us.”"]);
    assert_eq!(q, pairs(&[("an inspector based in Truro", "The summer months are the hardest for us.")]));
}

#[test]
fn a_job_with_a_prefix_joined_by_a_hyphen_heads_a_description() {
    let q = said(&["One sub-editor said: “Check every figure twice.”"]);
    assert_eq!(q, pairs(&[("one sub-editor", "Check every figure twice.")]));
    let q = said(&["A co-owner of the cafe told us: “We open at seven.”"]);
    assert_eq!(q, pairs(&[("a co-owner of the cafe", "We open at seven.")]));
}
