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
    Force { name: String, year: Option<YearAsked>, measure: Option<Measure> },
    /// Full-text search over article paragraphs.
    Search { text: String },
    /// Quotes by speaker, organisation or words.
    Quote { who: String },
    /// Every article in the index.
    Sources,
    /// One article, by id, file name or unique prefix.
    Article { id: String },
    /// National totals and forces ranked.
    National { year: Option<YearAsked>, measure: Option<Measure> },
    /// One force's counts over the periods, for a chart.
    Trend { name: String, measure: Option<Measure> },
    /// Forces side by side.
    Compare { names: Vec<String>, year: Option<YearAsked>, measure: Option<Measure> },
    /// Quotes by a speaker or organisation in articles about one place.
    QuoteAbout { who: String, place: String },
    /// A plain question, routed by rules to one of the others.
    Ask { question: String },
    /// What factdesk can answer.
    Help,
}

/// A year a question names. A financial year typed as one ("2016/17", "16/17") is that year
/// alone; a bare year ("2016") is the financial year starting then and the calendar year
/// 2016 both, so that figures dated either way ("in 2016/17", "in 2016") are found. Rankings,
/// trends and comparisons read financial years only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearAsked {
    pub financial: Period,
    /// The calendar year, when the year was typed bare.
    pub calendar: Option<u16>,
}

impl YearAsked {
    /// A financial year alone.
    pub fn financial_year(financial: Period) -> Self {
        YearAsked { financial, calendar: None }
    }

    /// A bare year: the financial year starting then, and the calendar year.
    pub fn bare(year: u16) -> Self {
        YearAsked { financial: Period::starting(year), calendar: Some(year) }
    }
}

/// Why a line is not a question factdesk can answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    TooLong {
        chars: usize,
    },
    UnknownCommand(String),
    MissingArgument {
        command: &'static str,
        argument: &'static str,
    },
    /// A word that is neither a year nor a measure where only those may come.
    BadOption {
        command: &'static str,
        word: String,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "Type a command, for example /force Cleveland or /help."),
            ParseError::TooLong { chars } => {
                write!(f, "That question is {chars} characters long; please keep it under {MAX_QUERY_CHARS}.")
            }
            ParseError::UnknownCommand(c) => {
                write!(f, "There is no command /{c}. Try /help for the list.")
            }
            ParseError::MissingArgument { command, argument } => {
                write!(f, "/{command} needs a {argument}, for example /{command} {}.", example(command))
            }
            ParseError::BadOption { command, word } => write!(
                f,
                "“{word}” is neither a year (like 2016/17) nor a measure (online, all or other); \
                 try /{command} 2016/17 online."
            ),
        }
    }
}

fn example(command: &str) -> &'static str {
    match command {
        "search" => "grooming",
        "article" => "002",
        "force" | "trend" => "Cleveland",
        "compare" => "Durham Cleveland",
        "ask" => "how many online offences did Durham record in 2016/17?",
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

/// Parses a line such as `/force Cleveland 2016/17 online`; the leading slash is optional,
/// and a line that starts with no command word is a question for `/ask`.
pub fn parse(line: &str) -> Result<Query, ParseError> {
    let chars = line.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(ParseError::TooLong { chars });
    }
    let cleaned = clean_input(line);
    let slashed = cleaned.starts_with('/');
    let line = cleaned.strip_prefix('/').unwrap_or(&cleaned);
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
        "sources" => Ok(Query::Sources),
        "article" if rest.is_empty() => Err(ParseError::MissingArgument { command: "article", argument: "article id" }),
        "article" => Ok(Query::Article { id: rest.to_string() }),
        "national" => parse_national(rest),
        "compare" => parse_compare(rest),
        "ask" if rest.is_empty() => Err(ParseError::MissingArgument { command: "ask", argument: "question" }),
        "ask" => Ok(Query::Ask { question: rest.to_string() }),
        "trend" => match parse_force(rest) {
            Ok(Query::Force { name, year: None, measure }) => Ok(Query::Trend { name, measure }),
            Ok(Query::Force { .. }) => Err(ParseError::BadOption { command: "trend", word: "a year".into() }),
            Ok(other) => Ok(other),
            Err(_) => Err(ParseError::MissingArgument { command: "trend", argument: "force or area name" }),
        },
        "help" => Ok(Query::Help),
        // Words that do not start with a command are a question: "what did we publish about Durham?".
        _ if !slashed => Ok(Query::Ask { question: line.to_string() }),
        _ => Err(ParseError::UnknownCommand(command.chars().take(40).collect())),
    }
}

/// Takes a trailing year and measure, in either order, off the end of `words`, leaving at
/// least `keep` words.
fn take_year_and_measure(words: &mut Vec<&str>, keep: usize) -> (Option<YearAsked>, Option<Measure>) {
    let (mut year, mut measure) = (None, None);
    while words.len() > keep {
        let Some(&last) = words.last() else { break };
        if let (None, Some(p)) = (year, parse_year(last)) {
            year = Some(p);
        } else if let (None, Some(m)) = (measure, Measure::parse(last)) {
            measure = Some(m);
        } else {
            break;
        }
        words.pop();
    }
    (year, measure)
}

/// `/force <name> [year] [measure]`: the year and measure may come in either order at the end.
fn parse_force(rest: &str) -> Result<Query, ParseError> {
    let mut words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
    // A lone word stays the name: "/force online" asks about a place called that.
    let (year, measure) = take_year_and_measure(&mut words, 1);
    if words.is_empty() {
        return Err(ParseError::MissingArgument { command: "force", argument: "force or area name" });
    }
    Ok(Query::Force { name: words.join(" "), year, measure })
}

/// Words that separate names in a list ("Durham and Cleveland", "Kent vs Essex").
const NAME_SEPARATORS: &[&str] = &["and", "vs", "v", "versus", "&", "with"];

/// `/compare <name> <name> [more] [year] [measure]`: names as the gazetteer knows them
/// (longest first, so "Avon and Somerset" stays one), or runs of words between separators.
fn parse_compare(rest: &str) -> Result<Query, ParseError> {
    let mut words: Vec<&str> = rest.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let (year, measure) = take_year_and_measure(&mut words, 0);
    let names = split_names(&words);
    if names.len() < 2 {
        return Err(ParseError::MissingArgument { command: "compare", argument: "two or more force names" });
    }
    Ok(Query::Compare { names, year, measure })
}

/// Splits words into place names: known names and aliases first, longest match first.
pub fn split_names(words: &[&str]) -> Vec<String> {
    let separator = |w: &str| NAME_SEPARATORS.contains(&w.to_lowercase().as_str());
    let mut names = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if separator(words[i]) {
            i += 1;
            continue;
        }
        let known = (i + 1..=words.len().min(i + 6))
            .rev()
            .find(|&j| crate::extract::places::by_alias(&words[i..j].join(" ")).is_some());
        let end = match known {
            Some(j) => j,
            // An unknown (perhaps misspelt) name: one word, resolved fuzzily later.
            None => i + 1,
        };
        names.push(words[i..end].join(" "));
        i = end;
    }
    names
}

/// `/national [year] [measure]`, in either order.
fn parse_national(rest: &str) -> Result<Query, ParseError> {
    let (mut year, mut measure) = (None, None);
    for word in rest.split(' ').filter(|w| !w.is_empty()) {
        if let (None, Some(p)) = (year, parse_year(word)) {
            year = Some(p);
        } else if let (None, Some(m)) = (measure, Measure::parse(word)) {
            measure = Some(m);
        } else {
            return Err(ParseError::BadOption { command: "national", word: word.chars().take(40).collect() });
        }
    }
    Ok(Query::National { year, measure })
}

/// A year as typed: a financial year, "2016/17", "2016-17", "16/17"; or a bare "2016", for
/// the financial year starting then and the calendar year ([`YearAsked`]).
pub fn parse_year(word: &str) -> Option<YearAsked> {
    Period::parse(word).map(YearAsked::financial_year).or_else(|| {
        let year: u16 = word.parse().ok().filter(|_| word.len() == 4)?;
        (1990..2100).contains(&year).then_some(YearAsked::bare(year))
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
                year: Some(YearAsked::financial_year(Period::starting(2016))),
                measure: Some(Measure::Online)
            })
        );
        assert_eq!(parse("force durham"), Ok(Query::Force { name: "durham".into(), year: None, measure: None }));
        assert_eq!(
            parse("/force Kent all 2019"),
            Ok(Query::Force { name: "Kent".into(), year: Some(YearAsked::bare(2019)), measure: Some(Measure::All) })
        );
    }

    #[test]
    fn sources_article_and_national_take_their_arguments() {
        assert_eq!(parse("/sources"), Ok(Query::Sources));
        assert_eq!(parse("/article 002_9c5"), Ok(Query::Article { id: "002_9c5".into() }));
        assert!(matches!(parse("/article"), Err(ParseError::MissingArgument { command: "article", .. })));
        assert_eq!(parse("/national"), Ok(Query::National { year: None, measure: None }));
        assert_eq!(
            parse("/national online 2016/17"),
            Ok(Query::National {
                year: Some(YearAsked::financial_year(Period::starting(2016))),
                measure: Some(Measure::Online)
            })
        );
        assert!(matches!(parse("/national soon"), Err(ParseError::BadOption { command: "national", .. })));
        assert_eq!(
            parse("/trend Cleveland all"),
            Ok(Query::Trend { name: "Cleveland".into(), measure: Some(Measure::All) })
        );
        assert!(matches!(parse("/trend"), Err(ParseError::MissingArgument { command: "trend", .. })));
    }

    #[test]
    fn compare_splits_names_keeping_known_multi_word_names_whole() {
        assert_eq!(
            parse("/compare Durham and Cleveland 2016/17"),
            Ok(Query::Compare {
                names: vec!["Durham".into(), "Cleveland".into()],
                year: Some(YearAsked::financial_year(Period::starting(2016))),
                measure: None
            })
        );
        assert_eq!(
            parse("/compare avon and somerset, north yorkshire police vs kent online"),
            Ok(Query::Compare {
                names: vec!["avon and somerset".into(), "north yorkshire police".into(), "kent".into()],
                year: None,
                measure: Some(Measure::Online)
            })
        );
        assert_eq!(
            parse("/compare clevland durhum"),
            Ok(Query::Compare { names: vec!["clevland".into(), "durhum".into()], year: None, measure: None })
        );
        assert!(matches!(parse("/compare Kent"), Err(ParseError::MissingArgument { command: "compare", .. })));
    }

    #[test]
    fn a_bare_year_asks_for_its_financial_year_and_its_calendar_year() {
        let bare = parse_year("2024");
        assert_eq!(bare.map(|y| (y.financial, y.calendar)), Some((Period::starting(2024), Some(2024))));
        let financial = parse_year("2024/25");
        assert_eq!(financial.map(|y| (y.financial, y.calendar)), Some((Period::starting(2024), None)));
        assert_eq!(parse_year("24/25").and_then(|y| y.calendar), None);
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
    fn a_line_without_a_command_is_a_question() {
        let question = "what did we publish about Durham?";
        assert_eq!(parse(question), Ok(Query::Ask { question: question.into() }));
        assert_eq!(parse("force Durham"), Ok(Query::Force { name: "Durham".into(), year: None, measure: None }));
        assert_eq!(parse("/what did we publish"), Err(ParseError::UnknownCommand("what".into())));
    }

    #[test]
    fn hostile_input_is_refused_or_cleaned_never_fatal() {
        let long = format!("/search {}", "a".repeat(10_000));
        assert!(matches!(parse(&long), Err(ParseError::TooLong { .. })));
        assert_eq!(parse("/search a\u{0}b\u{7}c\n\td"), Ok(Query::Search { text: "a b c d".into() }));
        assert_eq!(parse("/quote 🚓 police"), Ok(Query::Quote { who: "🚓 police".into() }));
    }
}
