//! What the engine answers: plain data that every renderer (terminal, JSON, Discord) reads.

use std::ops::Range;

use serde::Serialize;

use crate::model::{Figure, Measure, Period, Quote};

/// An article an answer draws on, named so a reader can find it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A figure and where it was printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureHit {
    pub figure: Figure,
    pub source: Source,
}

/// Figures of one measure and one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureGroup {
    pub measure: Measure,
    pub period: Option<Period>,
    pub figures: Vec<FigureHit>,
}

/// A quote and where it was printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteHit {
    pub quote: Quote,
    pub source: Source,
}

/// A passage of an article with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub source: Source,
    pub paragraph: usize,
    pub text: String,
    /// Byte ranges of `text` that matched.
    pub highlights: Vec<Range<usize>>,
}

/// The answer to `/force`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForceAnswer {
    /// The canonical name the query resolved to.
    pub place: String,
    pub year: Option<Period>,
    pub measure: Option<Measure>,
    /// Grouped by measure (online, all, other), then period, latest first.
    pub groups: Vec<FigureGroup>,
    pub quotes: Vec<QuoteHit>,
    pub snippets: Vec<Snippet>,
}

impl ForceAnswer {
    pub fn figure_count(&self) -> usize {
        self.groups.iter().map(|g| g.figures.len()).sum()
    }
}

/// The answer to `/search`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchAnswer {
    pub query: String,
    /// Whether the query was not valid search syntax and was read as plain words.
    pub relaxed: bool,
    pub hits: Vec<Snippet>,
}

/// The answer to `/quote`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteAnswer {
    pub query: String,
    pub quotes: Vec<QuoteHit>,
}

/// One command, as `/help` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandHelp {
    pub usage: &'static str,
    pub summary: &'static str,
}

/// Every command factdesk answers.
pub const COMMANDS: &[CommandHelp] = &[
    CommandHelp {
        usage: "/force <name> [year] [measure]",
        summary: "Every figure for a police force or area, grouped by measure and year, with quotes and sources. \
                  Year like 2016/17; measure online, all or other.",
    },
    CommandHelp {
        usage: "/search <words>",
        summary: "Search the text of every article; \"quoted phrases\" and AND/OR work.",
    },
    CommandHelp {
        usage: "/quote <speaker | organisation | words>",
        summary: "What people said, with their role and organisation.",
    },
    CommandHelp { usage: "/help", summary: "This list." },
];

/// Whatever the engine answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Answer {
    Force(ForceAnswer),
    /// The name matched no force or area; the nearest names.
    NoSuchPlace {
        query: String,
        suggestions: Vec<String>,
    },
    Search(SearchAnswer),
    Quotes(QuoteAnswer),
    Help {
        commands: Vec<CommandHelp>,
    },
    /// The question could not be read; a polite explanation.
    Invalid {
        message: String,
    },
}
