//! A quote paragraph after one whose attribution the writer follows with more about the
//! speaker ("She has lived on the estate since 1987.") goes on in the speaker's voice.

use super::*;

#[test]
fn a_sentence_about_the_speaker_after_their_quote_leaves_the_next_quote_paragraph_theirs() {
    let q = said(&[
        "\"I lock the door twice every night. Twice. And they still got in,\" said a pensioner from Hull whose house was burgled in March. She has lived on the estate since 1987.",
        "\"They took my late husband's medals.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "a pensioner from Hull",
            "I lock the door twice every night. Twice. And they still got in. They took my late husband's medals."
        )])
    );
    let q = said(&[
        "“We did everything the police asked of us,” said shopkeeper Tom Reed. He has run the shop for thirty years.",
        "“Nothing has changed since the last break-in.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Tom Reed",
            "We did everything the police asked of us. Nothing has changed since the last break-in."
        )])
    );
}

#[test]
fn a_sentence_about_someone_else_after_a_quote_attributes_nothing_after_it() {
    let q = said(&[
        "“We did everything the police asked of us,” said shopkeeper Tom Reed. His neighbour Ann Lowe disagreed.",
        "“Nothing has changed since the last break-in.”",
    ]);
    assert_eq!(q, pairs(&[("Tom Reed", "We did everything the police asked of us")]));
    let q = said(&[
        "“We did everything the police asked of us,” said shopkeeper Tom Reed. She said the council had not replied.",
        "“Nothing has changed since the last break-in.”",
    ]);
    assert_eq!(q, pairs(&[("Tom Reed", "We did everything the police asked of us")]));
}
