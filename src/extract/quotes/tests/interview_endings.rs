//! A question-and-answer interview whose answers carry an "A:" label ends with its last
//! answer: a paragraph after the last question that carries no label and is not in the
//! interviewee's first person (the paper's sign-off, a note on a scheme) is the writer's.

use super::*;

#[test]
fn the_papers_lines_after_the_last_labelled_answer_are_no_answer() {
    let q = said(&[
        "Inspector Dana Frost leads the rural crime team. We asked her about the thefts.",
        "Q: What is being taken?",
        "A: Quad bikes, mostly. Then tools and diesel.",
        "And check your locks every night. Thieves come back to the same yards.",
        "Q: What should farmers do?",
        "A: Mark everything you own and tell us about anyone you don't recognise.",
        "The county's farm watch scheme has 412 members. Details are at farmwatch.example.org.",
        "Got a story? Ring the newsroom on 01234 567 890.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            (
                "Dana Frost",
                "Quad bikes, mostly. Then tools and diesel. And check your locks every night. Thieves come back to the same yards."
            ),
            ("Dana Frost", "Mark everything you own and tell us about anyone you don't recognise."),
        ])
    );
}

#[test]
fn a_first_person_paragraph_after_the_last_labelled_answer_still_ends_it() {
    let q = said(&[
        "Interview: we sat down with Sergeant Colin Marsh of the cyber unit.",
        "Q: How do the scammers pick their targets?",
        "A: Mostly from leaked email lists.",
        "Q: Is it worth reporting a failed attempt?",
        "A: Always. Every report helps.",
        "I've seen a single report close down a whole network.",
        "A free workshop on spotting scams runs at the town library on Friday evenings.",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Colin Marsh", "Mostly from leaked email lists."),
            ("Colin Marsh", "Always. Every report helps. I've seen a single report close down a whole network."),
        ])
    );
}
