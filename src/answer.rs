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

/// Figures of one measure and one period: a financial year, else a calendar year
/// (`calendar_year`, with `period` none), else neither ("period not stated").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureGroup {
    pub measure: Measure,
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar_year: Option<u16>,
    pub figures: Vec<FigureHit>,
    /// Where the figures disagree: articles giving different counts, changes that do not add up.
    pub conflicts: Vec<Conflict>,
}

/// A value as one article states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stated {
    pub value: f64,
    pub source: Source,
}

/// Figures that cannot all be right.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "conflict", rename_all = "snake_case")]
pub enum Conflict {
    /// Two articles give different counts for the same place, period and measure, and no
    /// count in common: every count stated, with its article.
    Counts { values: Vec<Stated> },
    /// A stated change that its own from and to values do not give.
    Change { stated: f64, from: f64, to: f64, computed: f64, source: Source },
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
    /// The financial year asked for.
    pub year: Option<Period>,
    /// The calendar year asked for too, when the year was typed bare ("2024").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar_year: Option<u16>,
    pub measure: Option<Measure>,
    /// Grouped by measure (online, all, other), then years latest first (in one year the
    /// financial year starting in it before the calendar year), then figures with no period
    /// stated.
    pub groups: Vec<FigureGroup>,
    /// For a region, its forces' counts ranked per measure and period; empty for a force.
    pub forces: Vec<Ranking>,
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

/// An article in the index and how much was taken from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub source: Source,
    pub figures: usize,
    pub quotes: usize,
}

/// The answer to `/sources`: every article, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourcesAnswer {
    pub articles: Vec<ArticleSummary>,
}

/// The answer to `/article`: one article's figures, quotes and text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleAnswer {
    pub source: Source,
    /// In the order the article prints them.
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
    /// The article's text, one paragraph an entry (page furniture left out).
    pub paragraphs: Vec<String>,
}

/// One force's count in a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub place: String,
    /// The largest count stated for the force.
    pub value: f64,
    pub source: Source,
    /// Other counts stated for the same force, period and measure (by this or other
    /// articles), largest first: at most [`crate::engine::MAX_ALSO`].
    pub also: Vec<Stated>,
    /// How many further values were stated, beyond those in `also`.
    pub more: usize,
}

/// Forces ranked by their count for one measure and period, largest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    pub measure: Measure,
    pub period: Period,
    pub forces: Vec<Ranked>,
}

/// The answer to `/national`: national figures, and the forces ranked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NationalAnswer {
    /// The financial year asked for.
    pub year: Option<Period>,
    /// The calendar year asked for too, when the year was typed bare ("2024").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar_year: Option<u16>,
    pub measure: Option<Measure>,
    /// Figures for the whole country, grouped as in a force answer.
    pub totals: Vec<FigureGroup>,
    /// By measure, then latest period first (financial years only).
    pub rankings: Vec<Ranking>,
}

/// One period's count in a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    pub period: Period,
    /// The largest count stated for the period.
    pub value: f64,
    pub source: Source,
    /// Other counts stated for the same period.
    pub also: Vec<Stated>,
}

/// The answer to `/trend`: one force's counts of one measure over the periods, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendAnswer {
    pub place: String,
    pub measure: Measure,
    pub points: Vec<TrendPoint>,
    /// The measures with counts for this place, most periods first (for "try /trend … all").
    pub measures: Vec<Measure>,
}

/// One force's count for one measure and period, in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareCell {
    /// The largest count stated.
    pub value: f64,
    pub source: Source,
    /// Other counts stated for the same force, measure and period.
    pub also: Vec<Stated>,
    /// Per 100,000 residents, where the force area's population is in `populations.toml`.
    pub rate_per_100k: Option<f64>,
}

/// One measure and period across the forces compared: a cell per force, in their order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareRow {
    pub measure: Measure,
    pub period: Period,
    pub cells: Vec<Option<CompareCell>>,
}

/// The answer to `/compare`: forces side by side, by measure then latest period first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareAnswer {
    pub places: Vec<String>,
    pub year: Option<Period>,
    pub measure: Option<Measure>,
    pub rows: Vec<CompareRow>,
    /// Where the populations behind the rates come from; none when no rate is shown.
    pub population: Option<crate::populations::PopulationSource>,
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
                  Year like 2016/17 (2024 finds figures for that calendar year too); measure online, all or other.",
    },
    CommandHelp {
        usage: "/search <words>",
        summary: "Search the text of every article; \"quoted phrases\" and AND/OR work.",
    },
    CommandHelp {
        usage: "/quote <speaker | organisation | words>",
        summary: "What people said, with their role and organisation.",
    },
    CommandHelp {
        usage: "/sources",
        summary: "The articles read, with outlet, date and how many figures and quotes each gave.",
    },
    CommandHelp {
        usage: "/article <id>",
        summary: "One article's figures, quotes and text. The id as answers show it, its file name or a unique prefix.",
    },
    CommandHelp {
        usage: "/national [year] [measure]",
        summary: "National totals, and the forces ranked by their count for each financial year and measure, with sources.",
    },
    CommandHelp {
        usage: "/trend <name> [measure]",
        summary: "A force's counts over the financial years as a line chart (PNG); the measure with most years by default.",
    },
    CommandHelp {
        usage: "/compare <name> <name> [more] [year] [measure]",
        summary: "Forces side by side per measure and financial year (counts; rates per 100,000 where populations are given).",
    },
    CommandHelp {
        usage: "/ask <question>",
        summary: "A question in plain words: \"how many online offences did Durham record in 2016/17?\", \
                  \"what did the NSPCC say about Lancashire?\", \"compare Durham and Cleveland\", \
                  \"trend in Cleveland\", \"national figures for 2019/20\".",
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
    Sources(SourcesAnswer),
    Article(ArticleAnswer),
    /// No single article matches; the ids it could mean.
    NoSuchArticle {
        query: String,
        suggestions: Vec<String>,
    },
    National(NationalAnswer),
    Trend(TrendAnswer),
    Compare(CompareAnswer),
    Help {
        commands: Vec<CommandHelp>,
    },
    /// The question could not be read; a polite explanation.
    Invalid {
        message: String,
    },
}
