//! What a user asks, typed: `/force Cleveland 2016/17 online`, `/search grooming`, `/quote Wanless`.
//!
//! The same grammar serves the terminal console, `factdesk ask` and (through its own
//! option parsing) Discord, so every adapter asks the engine the same questions.

use std::fmt;

use crate::model::{Measure, Period};

/// The longest question accepted, in characters; longer input is refused politely.
pub const MAX_QUERY_CHARS: usize = 500;

/// A question for the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// Every figure for a force or area, its quotes and source snippets.
    Force { name: String, year: Option<Period>, measure: Option<Measure> },
    /// Full-text search over article paragraphs.
    Search { text: String },
    /// Quotes by speaker, organisation or words.
    Quote { who: String },
    /// What factdesk can answer.
    Help,
}

/// Why a line is not a question factdesk can answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    TooLong { chars: usize },
    UnknownCommand(String),
    MissingArgument { command: &'static str, argument: &'static str },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "Type a command, for example /force Cleveland or /help."),
            ParseError::TooLong { chars } => {
                write!(f, "That question is {chars} characters long; please keep it under {MAX_QUERY_CHARS}.")
            }
            ParseError::UnknownCommand(c) => {
                write!(f, "There is no command /{c}. Try /force, /search, /quote or /help.")
            }
            ParseError::MissingArgument { command, argument } => {
                write!(f, "/{command} needs a {argument}, for example /{command} {}.", example(command))
            }
        }
    }
}

fn example(command: &str) -> &'static str {
    match command {
        "force" => "Cleveland",
        "search" => "grooming",
        _ => "NSPCC",
    }
}

/// Drops control characters and folds runs of space, so that what is matched is what is shown.
pub fn clean_input(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses a line such as `/force Cleveland 2016/17 online`; the leading slash is optional.
pub fn parse(line: &str) -> Result<Query, ParseError> {
    let chars = line.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(ParseError::TooLong { chars });
    }
    let line = clean_input(line);
    let line = line.strip_prefix('/').unwrap_or(&line);
    let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
    let rest = rest.trim();
    match command.to_lowercase().as_str() {
        "" => Err(ParseError::Empty),
        "force" => parse_force(rest),
        "search" if rest.is_empty() => {
            Err(ParseError::MissingArgument { command: "search", argument: "text to look for" })
        }
        "search" => Ok(Query::Search { text: rest.to_string() }),
        "quote" if rest.is_empty() => {
            Err(ParseError::MissingArgument { command: "quote", argument: "speaker, organisation or words" })
        }
        "quote" => Ok(Query::Quote { who: rest.to_string() }),
        "help" => Ok(Query::Help),
        _ => Err(ParseError::UnknownCommand(command.chars().take(40).collect())),
    }
}

/// `/force <name> [year] [measure]`: the year and measure may come in either order at the end.
fn parse_force(rest: &str) -> Result<Query, ParseError> {
    let mut words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
    let (mut year, mut measure) = (None, None);
    while words.len() > 1 {
        let last = words[words.len() - 1];
        if let (None, Some(p)) = (year, parse_year(last)) {
            year = Some(p);
        } else if let (None, Some(m)) = (measure, Measure::parse(last)) {
            measure = Some(m);
        } else {
            break;
        }
        words.pop();
    }
    if words.is_empty() {
        return Err(ParseError::MissingArgument { command: "force", argument: "force or area name" });
    }
    Ok(Query::Force { name: words.join(" "), year, measure })
}

/// A financial year as typed: "2016/17", "2016-17", "16/17", or "2016" for the year starting then.
pub fn parse_year(word: &str) -> Option<Period> {
    Period::parse(word).or_else(|| {
        let year: u16 = word.parse().ok().filter(|_| word.len() == 4)?;
        (1990..2100).contains(&year).then_some(Period::starting(year))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_takes_a_name_and_optional_year_and_measure() {
        assert_eq!(
            parse("/force Cleveland Police 2016/17 online"),
            Ok(Query::Force {
                name: "Cleveland Police".into(),
                year: Some(Period::starting(2016)),
                measure: Some(Measure::Online)
            })
        );
        assert_eq!(parse("force durham"), Ok(Query::Force { name: "durham".into(), year: None, measure: None }));
        assert_eq!(
            parse("/force Kent all 2019"),
            Ok(Query::Force { name: "Kent".into(), year: Some(Period::starting(2019)), measure: Some(Measure::All) })
        );
    }

    #[test]
    fn a_force_named_like_a_measure_is_still_a_name() {
        assert_eq!(parse("/force online"), Ok(Query::Force { name: "online".into(), year: None, measure: None }));
    }

    #[test]
    fn commands_without_arguments_explain_what_they_need() {
        assert!(matches!(parse("/force"), Err(ParseError::MissingArgument { command: "force", .. })));
        assert!(matches!(parse("/search   "), Err(ParseError::MissingArgument { command: "search", .. })));
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse("/frobnicate x"), Err(ParseError::UnknownCommand("frobnicate".into())));
    }

    #[test]
    fn hostile_input_is_refused_or_cleaned_never_fatal() {
        let long = format!("/search {}", "a".repeat(10_000));
        assert!(matches!(parse(&long), Err(ParseError::TooLong { .. })));
        assert_eq!(parse("/search a\u{0}b\u{7}c\n\td"), Ok(Query::Search { text: "a b c d".into() }));
        assert_eq!(parse("/quote 🚓 police"), Ok(Query::Quote { who: "🚓 police".into() }));
    }
}
