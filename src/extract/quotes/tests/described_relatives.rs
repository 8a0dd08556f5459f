//! "The boy's uncle found the chat logs …": a relative described by whose relative they are
//! (a word for a person, not a name), opening a sentence and doing something, is whom a
//! later "he" or "she" of their sex means, as a statement read to the court on their behalf
//! attributes it ("In a statement read to the court, he said: …").

use super::*;

#[test]
fn a_described_relative_acting_is_whom_a_statement_read_in_court_is_by() {
    let q = said(&[
        "Prosecutor Owen Pryce said: \"The defendant knew the boy was 12.\"",
        "The boy's father found the chat logs on a laptop and rang officers. In a statement read to the court, he said: \"He will not leave the house now.\"",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("the boy's father"), "{q:?}");
    let q = said(&[
        "Prosecuting, Delyth Morgan said the messages began in March.",
        "\"She was told many times how old the girl was,\" Ms Morgan said.",
        "The victim's grandmother raised the alarm. In a victim personal statement read by Ms Morgan, she said: \"She used to sing all the time.\"",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("the victim's grandmother"), "{q:?}");
}

#[test]
fn a_described_relative_only_suffered_or_named_inside_speech_is_not_whom_she_means() {
    // The relative only has something happen to them: the prosecutor named before speaks.
    let q = said(&[
        "Prosecutor Delyth Morgan outlined the case.",
        "The girl's mother was unaware of the messages.",
        "\"The defendant hid them well,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Delyth Morgan"), "{q:?}");
}

#[test]
fn a_statement_from_someone_described_read_to_the_court_is_whom_a_later_pronoun_means() {
    // "she wrote" after the statement is introduced: the one it is from, not the prosecutor.
    let q = said(&[
        "Prosecutor Tunde Bakare said the phone held 40 clips of strangers on buses.",
        "A statement from a bus passenger was read out in court. \"I no longer sit upstairs,\" she wrote. \"I stand by the driver.\"",
    ]);
    assert_eq!(q.first().map(|(who, _)| who.as_str()), Some("a bus passenger"), "{q:?}");
    assert!(q.iter().all(|(who, _)| who == "a bus passenger"), "{q:?}");
    // "He said:" in the same paragraph, with no man named before it.
    let q = said(&[
        "Recorder Ngozi Eze adjourned the case for reports.",
        "A victim personal statement from the father of one of the boys was read out in court. He said: \"We trusted him with our son.\"",
    ]);
    assert_eq!(q, pairs(&[("the father of one of the boys", "We trusted him with our son.")]));
}

#[test]
fn a_statement_read_on_behalf_of_someone_described_quotes_them_in_the_next_paragraph() {
    // The clause's subject ("the woman") takes up the one the statement was read for; the
    // paragraph of speech after it, with no attribution, is theirs.
    let q = said(&[
        "Prosecuting, Aled Rees said Lowe had sent the messages over six weeks.",
        "In a statement read to the court on behalf of the grandmother of a third child, a nine-year-old whom Lowe had also approached, the woman spoke of her guilt.",
        "\"I let him into our home. I will never forgive myself.",
        "\"She still asks whether he is coming back.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "the grandmother of a third child",
            "I let him into our home. I will never forgive myself. She still asks whether he is coming back."
        )])
    );
}

#[test]
fn a_statement_read_for_a_family_by_someone_named_stays_with_the_one_who_speaks() {
    // A named subject speaking after "on behalf of the family" speaks for themselves.
    let q = said(&["In a statement read on behalf of the family, her brother Idris Vaughan said: \"We are broken.\""]);
    assert_eq!(q, pairs(&[("Idris Vaughan", "We are broken.")]));
    // A statement from an organisation read out is no person's for a later "she".
    let q = said(&[
        "Detective Sergeant Priya Lal said: \"The victims were very brave.\"",
        "A statement from the bus company was read to the court. \"It was a shocking case,\" she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Priya Lal"), "{q:?}");
}

#[test]
fn a_statement_someone_reads_out_for_another_quotes_the_other() {
    // "Reading a statement on behalf of X, the prosecutor said:": the words are X's.
    let q = said(&[
        "Prosecutor Gwen Tait outlined the case.",
        "Reading a statement on behalf of the boy's aunt, Ms Tait said: \"He has not been the same since.\"",
    ]);
    assert_eq!(q, pairs(&[("the boy's aunt", "He has not been the same since.")]));
    let q = said(&[
        "Prosecutor Gwen Tait outlined the case.",
        "Reading out a victim impact statement from one of the shoppers, Ms Tait said: \"I do not go out alone now.\"",
    ]);
    assert_eq!(q, pairs(&[("one of the shoppers", "I do not go out alone now.")]));
    // Reading nothing out, the prosecutor speaks for herself.
    let q = said(&[
        "Prosecutor Gwen Tait outlined the case.",
        "Referring to the boy's aunt, Ms Tait said: \"She raised the alarm.\"",
    ]);
    assert_eq!(q, pairs(&[("Gwen Tait", "She raised the alarm.")]));
}

#[test]
fn a_statement_from_someone_read_by_another_said_is_the_first_ones() {
    // The reader named in an aside after the one the statement is from does not speak.
    let q = said(&[
        "Prosecutor Gwen Tait outlined the case.",
        "A statement from the boy's aunt, read by Ms Tait, said: \"He has not been the same since.\"",
    ]);
    assert_eq!(q, pairs(&[("the boy's aunt", "He has not been the same since.")]));
    // "X's statement was read to the court.": the paragraph of speech after it is X's.
    let q = said(&[
        "Prosecutor Gwen Tait outlined the case.",
        "The boy's aunt's statement was read to the court.",
        "\"He has not been the same since.\"",
    ]);
    assert_eq!(q, pairs(&[("the boy's aunt", "He has not been the same since.")]));
}

#[test]
fn an_aside_telling_of_the_statement_is_no_part_of_the_speaker() {
    // "One of the shoppers, in a statement read to the court, said:": the aside tells how
    // the words came to court, not who said them.
    let q = said(&["One of the shoppers, in a statement read to the court, said: \"I do not go out alone now.\""]);
    assert_eq!(q, pairs(&[("one of the shoppers", "I do not go out alone now.")]));
}

#[test]
fn an_aside_naming_the_kind_of_statement_is_no_part_of_a_relative_speaking() {
    let q = said(&["The boy's aunt, in a victim personal statement, said: \"He has not been the same since.\""]);
    assert_eq!(q, pairs(&[("the boy's aunt", "He has not been the same since.")]));
}

#[test]
fn a_relative_of_someone_named_by_first_name_alone_acting_is_whom_a_later_pronoun_means() {
    let q = said(&[
        "Nadia was 12 when the messages began.",
        "Nadia's father now runs a group for parents in Leeds.",
        "“Nobody warns you,” he says. “So we warn each other.”",
    ]);
    assert_eq!(q, pairs(&[("Nadia's father", "Nobody warns you"), ("Nadia's father", "So we warn each other.")]));
    let q = said(&[
        "Councillor Priya Kaur said: “The crossing is overdue.”",
        "Owen's grandmother wrote to the council in May.",
        "“I asked twice,” she said.",
    ]);
    assert_eq!(q.last().map(|(who, _)| who.as_str()), Some("Owen's grandmother"), "{q:?}");
}

#[test]
fn a_relative_named_by_her_or_his_acting_is_whom_a_later_pronoun_means() {
    // "Her father" is the father of the girl named before; the "he says" after it is his.
    let q = said(&[
        "Ffion Hale, who was 12 then, met the man on a gaming app.",
        "Her father spotted the chat on a family laptop. \"I read it twice before I understood,\" he says.",
    ]);
    assert_eq!(q, pairs(&[("Ffion Hale's father", "I read it twice before I understood")]));
    // A "she says" of the same sex as the owner: the relative, mentioned last, speaks.
    let q = said(&[
        "Kirsty Bell, who was 12 then, met the man on a gaming app.",
        "Her mother spotted the chat on a family laptop. \"I read it twice before I understood,\" she says.",
    ]);
    assert_eq!(q, pairs(&[("Kirsty Bell's mother", "I read it twice before I understood")]));
    // With no one named for "his" to mean, the relative is told by the pronoun.
    let q = said(&[
        "The boy was 14 when the messages began.",
        "His mother found them on his phone in May. \"I felt sick,\" she said.",
    ]);
    assert_eq!(q, pairs(&[("his mother", "I felt sick")]));
}

#[test]
fn a_relative_named_by_her_or_his_only_suffering_is_not_whom_a_pronoun_means() {
    let q = said(&[
        "Ffion Hale runs the youth club in Rhyl.",
        "Her mother was a nurse there for 30 years. \"It is in the family,\" she says.",
    ]);
    assert_eq!(q, pairs(&[("Ffion Hale", "It is in the family")]));
}
