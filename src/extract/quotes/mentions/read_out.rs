//! Someone whose statement is read out for them: court copy introduces a victim impact
//! statement, or a relative's, by whom it is from ("A statement from one of the victims was
//! read to the court.") or on whose behalf it was read ("In a statement read to the court on
//! behalf of the boy's aunt, the woman spoke of …"). The quote after it, or a "she wrote"
//! in it, is theirs: not the prosecutor's or the judge's named before.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::quotes::attribution::pattern;

/// The kinds of statement read out for someone: "a statement", "a victim impact statement",
/// "a victim personal statement", "a written statement".
const KIND: &str = r"(?:(?:victim|personal|impact|written|family|short|moving|brief)\s+){0,3}statement";

/// The words naming whom a statement read out or handed to the court is from, for
/// [`crate::extract::quotes::speaker`] to read: "A statement from the father of one of the
/// boys was read out in court." gives "the father of one of the boys". In "In a statement
/// read on behalf of X, the woman described …", the clause's subject only takes X up (a
/// pronoun or a word for a person of some sex or age), and X is given; a subject of its own
/// ("… on behalf of the family, her brother Tom said") is not. An aside set off after the
/// one named ("…, a 14-year-old whom he had also messaged,") is left out.
pub fn statement_read_for(sentence: &str) -> Option<&str> {
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?:A|An|The)\s+{KIND}\s+(?:written\s+)?(?:from|by|on\s+behalf\s+of)\s+(?P<who>[^;:!?".]{{3,200}}?),?\s+(?:was|had\s+been|has\s+been)\s+(?:read(?:\s+out|\s+aloud)?|handed\s+in|handed\s+to|presented|submitted)\b"#
        ))
    });
    static ON_BEHALF: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*In\s+(?:a|an|the)\s+{KIND}\s+(?:(?:read|presented|handed)\s+(?:out\s+|aloud\s+)?(?:to\s+(?:the\s+)?court\s+|in\s+court\s+)?(?:by\s+[^,;:".]{{1,80}}?\s+)?)?on\s+behalf\s+of\s+(?P<who>[^;:!?".]{{3,200}}?),\s+(?:she|he|they|the\s+(?:woman|man|girl|boy|teenager|youngster|pensioner|grandmother|grandfather))\s+\p{{Ll}}"#
        ))
    });
    static OWNED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?P<who>[^;:!?".]{{2,120}}?)['’]s?\s+{KIND}\s+(?:was|had\s+been|has\s+been)\s+(?:read(?:\s+out|\s+aloud)?|handed\s+in|handed\s+to|presented|submitted)\b"#
        ))
    });
    if !sentence.contains("statement") {
        return None;
    }
    let found = FROM.captures(sentence).or_else(|| ON_BEHALF.captures(sentence)).or_else(|| OWNED.captures(sentence));
    before_an_aside(found?.name("who")?.as_str())
}

/// "Reading a statement on behalf of the boy's aunt, Ms Tait said:", "Reading from a victim
/// impact statement by one of the women, the prosecutor said:": the words naming whom the
/// statement the speaker reads out is from, whose the quote after the clause is. An aside
/// set off after them is left out.
pub fn read_out_for(clause: &str) -> Option<&str> {
    static READING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?:While\s+|After\s+)?[Rr]eading\s+(?:out\s+|aloud\s+|from\s+)?(?:a|an|the)\s+{KIND}\s+(?:written\s+)?(?:from|by|on\s+behalf\s+of)\s+(?P<who>[^;:!?".]{{3,160}}?),\s+\S"#
        ))
    });
    if !clause.contains("statement") {
        return None;
    }
    before_an_aside(READING.captures(clause)?.name("who")?.as_str())
}

/// The one named, without an aside set off after them ("the boy's aunt, a nurse," → "the
/// boy's aunt").
fn before_an_aside(who: &str) -> Option<&str> {
    let who = who.split(", ").next().unwrap_or(who).trim();
    (!who.is_empty()).then_some(who)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_from_someone_read_to_the_court_names_them() {
        assert_eq!(
            statement_read_for("A statement from a bus passenger was read out in court."),
            Some("a bus passenger")
        );
        assert_eq!(
            statement_read_for("A victim personal statement from the father of one of the boys was read out in court."),
            Some("the father of one of the boys")
        );
        assert_eq!(
            statement_read_for("A statement by the girl's aunt, a nurse from Rhyl, was read by the prosecutor."),
            Some("the girl's aunt")
        );
    }

    #[test]
    fn a_statement_owned_by_someone_read_to_the_court_names_them() {
        assert_eq!(statement_read_for("The boy's aunt's statement was read to the court."), Some("The boy's aunt"));
        assert_eq!(
            statement_read_for("One victim's personal statement was read out by the prosecutor."),
            Some("One victim")
        );
        assert_eq!(statement_read_for("The council's statement was read out at the meeting."), Some("The council"));
    }

    #[test]
    fn reading_out_a_statement_for_someone_names_them() {
        assert_eq!(
            read_out_for("Reading a statement on behalf of the boy's aunt, Ms Tait said: "),
            Some("the boy's aunt")
        );
        assert_eq!(
            read_out_for("Reading from a victim impact statement by one of the women, the prosecutor said: "),
            Some("one of the women")
        );
        assert_eq!(read_out_for("Referring to the boy's aunt, Ms Tait said: "), None);
        assert_eq!(read_out_for("Reading the messages aloud, Ms Tait said: "), None);
    }

    #[test]
    fn a_statement_read_on_behalf_of_someone_taken_up_by_the_subject_names_them() {
        assert_eq!(
            statement_read_for(
                "In a statement read to the court on behalf of the grandmother of a third child, a nine-year-old, the woman spoke of her guilt."
            ),
            Some("the grandmother of a third child")
        );
        assert_eq!(
            statement_read_for(
                "In a victim impact statement read on behalf of one of the boys, he described the fear."
            ),
            Some("one of the boys")
        );
    }

    #[test]
    fn a_statement_with_a_speaker_of_its_own_or_no_reading_names_no_one() {
        // The subject is someone else, who speaks for themselves.
        assert_eq!(
            statement_read_for("In a statement read on behalf of the family, her brother Idris Vaughan said it."),
            None
        );
        // A statement told of, not read out.
        assert_eq!(statement_read_for("A statement from the bus company said services would resume."), None);
        assert_eq!(statement_read_for("The girl's mother read the messages."), None);
    }
}
