//! Someone described, not named, coming to the writer: "A retired nurse from Morpeth came to
//! see me in June.", "One tenant, who has lived on the estate for 30 years, contacted
//! my office." A constituency newsletter or a charity's blog introduces the person it then
//! quotes so.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::quotes::attribution::pattern;

/// The description of someone unnamed ("a", "an" or "one" opening the sentence, an aside
/// set off by commas kept) who came to see, visited, contacted or got in touch with the
/// writer, for [`crate::extract::quotes::speaker`] to read; a later "She said:" means them.
pub fn visiting_writer(sentence: &str) -> Option<&str> {
    static CAME: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?P<desc>(?:A|An|One)\s+[^;:!?".]{3,160}?),?\s+(?:(?:also|later|recently|then)\s+)?(?:came\s+to\s+(?:see\s+(?:me|us)|(?:my|our)\s+(?:\w+\s+)?(?:surgery|surgeries|office|offices|clinic|centre|door))\b|came\s+in\s+to\s+see\s+(?:me|us)\b|(?:visited|contacted|approached|emailed|rang)\s+(?:me|us|my|our)\b|got\s+in\s+touch\b)"#,
        )
    });
    let opening = sentence.trim_start();
    if !(opening.starts_with("A ") || opening.starts_with("An ") || opening.starts_with("One ")) {
        return None;
    }
    Some(CAME.captures(sentence)?.name("desc")?.as_str().trim_end_matches(','))
}

/// "Look North also spoke to a pensioner from Selby.", "The Courier interviewed
/// one mother who …": a programme or paper, by its name, meeting or talking to someone
/// described, not named, as the writer's "I spoke to …" does. The description, for
/// [`crate::extract::quotes::speaker`] to read; a later "she said" means them.
pub fn described_to_outlet(sentence: &str) -> Option<&str> {
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:The\s+)?\p{Lu}[\w'’&-]*(?:\s+\p{Lu}[\w'’&-]*){0,3}\s+(?:(?:also|later|then)\s+)?(?:(?:spoke|talked)\s+(?:to|with)|interviewed)\s+(?P<desc>(?:a|an|one)\s+[^;:!?".]{3,160}?)\s*\.?\s*$"#,
        )
    });
    if !(sentence.contains(" spoke ") || sentence.contains(" talked ") || sentence.contains(" interviewed ")) {
        return None;
    }
    // The writer's own "I spoke to …" is `described_to_writer`'s, which also drops an
    // "…, who asked not to be named" from the description.
    let opening = sentence.trim_start();
    if opening.starts_with("I ") || opening.starts_with("We ") {
        return None;
    }
    Some(MET.captures(sentence)?.name("desc")?.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn someone_described_coming_to_the_writer_is_read_with_their_aside() {
        assert_eq!(
            visiting_writer("A farmer from Hexham, who keeps sheep on the fell, came to see me in June."),
            Some("A farmer from Hexham, who keeps sheep on the fell")
        );
        assert_eq!(visiting_writer("One tenant contacted my office about the damp."), Some("One tenant"));
        assert_eq!(visiting_writer("An elderly couple got in touch after the last issue."), Some("An elderly couple"));
    }

    #[test]
    fn coming_to_anything_but_the_writer_is_no_visit() {
        assert_eq!(visiting_writer("A farmer from Hexham came to the meeting in June."), None);
        assert_eq!(visiting_writer("The farmer came to see me in June."), None);
        assert_eq!(visiting_writer("A report came to my attention."), None);
        assert_eq!(visiting_writer("A mother came to my advice surgery."), Some("A mother"));
    }

    #[test]
    fn a_named_outlet_talking_to_someone_described_is_read_with_the_description() {
        assert_eq!(
            described_to_outlet("Radio Solent also spoke to a father from Eastleigh whose son was targeted."),
            Some("a father from Eastleigh whose son was targeted")
        );
        assert_eq!(described_to_outlet("The Herald interviewed one nurse on the ward."), Some("one nurse on the ward"));
        assert_eq!(described_to_outlet("Radio Solent spoke to the council about the plans."), None);
        assert_eq!(described_to_outlet("Figures show officers spoke to a man nearby."), None);
        assert_eq!(described_to_outlet("I spoke to a nurse on the ward."), None);
    }
}
