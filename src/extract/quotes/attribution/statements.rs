//! Attributions to a statement or press release rather than a speaker ("the statement
//! added"), and narrative that tells of one being given.

use std::sync::LazyLock;

use regex::Regex;

use super::{pattern, Gender, Who};

/// Whose words a statement or press release quoted as speaking holds: see [`statement_of`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    /// "the statement", "the press release": the one just quoted, whose statement it is
    /// ("… ,” the statement added.").
    Before,
    /// "a statement from Kent Police", "the family's statement": these words' speaker
    /// ("Kent Police", "the family").
    Of(String),
    /// "his statement", "her statement", "its statement": whom the pronoun means, of its
    /// gender.
    By(Who),
}

/// Narrative telling of someone giving a statement: "as the family issued a statement",
/// "Kent Police later released a short statement". A statement quoted after it is not
/// surely that of the quote before it. A statement given by "he", "she", "they", "it" or
/// "who" is the speaker's own, told in their attribution ("…,” Mrs Anna Reid said as she read
/// out a statement."): that does not tell of another's.
pub fn tells_of_a_statement(text: &str) -> bool {
    static GAVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"(?i)\b(?:issued|released|put\s+out|published|gave|read\s+out|made|sent|shared|posted)\s+(?:an?|their|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:statement|release)\b",
        )
    });
    static BY_THE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"(?i)\b(?:he|she|they|it|who)\s+(?:(?:later|also|then|had|has|have|just|briefly)\s+)?$")
    });
    (text.contains("statement") || text.contains("release"))
        && GAVE.find_iter(text).any(|m| !BY_THE_SPEAKER.is_match(text.get(..m.start()).unwrap_or("")))
}

/// The speaker words of an attribution that name a statement or a press release, not a
/// speaker: "the statement added", "a statement from the council said", "the family's
/// statement went on". A statement given by no one ("the statement") is the one the quote
/// just before was from; one given by someone named is theirs. Reports, letters and emails
/// are not read: their authors are seldom the one quoted just before.
pub fn statement_of(words: &str) -> Option<Statement> {
    const KIND: &str = r"(?:(?:joint|written|full|short|brief|further|separate|same|official|earlier|prepared|press)\s+)?(?:statement|release)";
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"^(?i:the|this|that)\s+{KIND}$")));
    static POSSESSIVE: LazyLock<Regex> =
        LazyLock::new(|| pattern(&format!(r"^(?P<whose>(?i:its|his|her|their))\s+{KIND}$")));
    static FROM: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"^(?i:an?|the)\s+{KIND}\s+(?:(?:issued|released|put\s+out|sent|made)\s+)?(?:from|by|on\s+behalf\s+of)\s+(?P<who>.+)$"
        ))
    });
    static OWNED: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"^(?P<who>.+?)['’]s?\s+{KIND}$")));
    let words = words.trim();
    if !(words.contains("statement") || words.contains("release")) {
        return None;
    }
    if BEFORE.is_match(words) {
        return Some(Statement::Before);
    }
    // "his statement" is his whom "he" means, who need not be the one quoted just before.
    // "their statement" says of no one whose.
    if let Some(c) = POSSESSIVE.captures(words) {
        let who = match c.name("whose")?.as_str().to_lowercase().as_str() {
            "his" => Who::Pronoun(Gender::Male),
            "her" => Who::Pronoun(Gender::Female),
            "its" => Who::It,
            _ => return None,
        };
        return Some(Statement::By(who));
    }
    let who = FROM.captures(words).or_else(|| OWNED.captures(words))?.name("who")?.as_str().trim();
    // "a statement from the boy's aunt, read by Ms Tait": the aside tells who read it out.
    static READ_BY: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"(?i),\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:read|released|issued|handed|given|presented)\b")
    });
    let who = READ_BY.find(who).map_or(who, |m| who.get(..m.start()).unwrap_or(who)).trim();
    (!who.is_empty()).then(|| Statement::Of(who.to_string()))
}

/// "The boy's father, Alan Pike, read out a statement in court.", "The head, Dr Jo Bloggs,
/// issued a statement on Monday.": the words naming who gave or read out the statement a
/// sentence tells of, when it is the whole sentence's subject.
pub fn statement_giver(sentence: &str) -> Option<String> {
    static GIVER: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"^\s*(?P<who>[^\s\x22:;][^\x22:;.!?]{1,160}?),?\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?(?:read(?:\s+out)?|issued|released|gave|made|put\s+out|sent|shared|published)\s+(?:an?|the|this|her|his|their)\s+(?:[\w-]+\s+){0,2}statement\b[^\x22:;!?]*[.]?\s*$",
        )
    });
    if !sentence.contains("statement") {
        return None;
    }
    let who = GIVER.captures(sentence)?.name("who")?.as_str().trim().trim_end_matches(',');
    Some(who.to_string())
}

/// "It said:", "It read:", "The statement said:": the words opening a sentence that quote
/// the statement the sentence before told of someone giving, with no speaker of their own.
pub fn quotes_the_statement(clause: &str) -> bool {
    static IT_SAID: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"^\s*(?:It|The\s+statement)\s+(?:said|says|read|reads|stated|states|added|went\s+on)\s*:\s*$")
    });
    IT_SAID.is_match(clause)
}
