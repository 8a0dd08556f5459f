//! JSON for scripts: answers as they are, and extractions in the evaluation format of
//! `../shared/eval/README.md`.

use serde::Serialize;

use crate::answer::Answer;
use crate::model::{Article, Extraction, Figure, Quote};

/// An answer as pretty JSON.
pub fn answer(answer: &Answer) -> String {
    serde_json::to_string_pretty(answer).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[derive(Serialize)]
struct Report<'a> {
    articles: Vec<ArticleReport<'a>>,
}

#[derive(Serialize)]
struct ArticleReport<'a> {
    source: String,
    id: &'a str,
    figures: &'a [Figure],
    quotes: &'a [Quote],
}

/// Extractions in the evaluation format: `{"articles": [{"source", "figures", "quotes"}]}`.
/// Extra fields (sentence, span, paragraphs) ride along; the scorer ignores them.
pub fn extraction_report(items: &[(Article, Extraction)]) -> String {
    let articles = items
        .iter()
        .map(|(a, x)| ArticleReport { source: a.source_name(), id: &a.id, figures: &x.figures, quotes: &x.quotes })
        .collect();
    serde_json::to_string_pretty(&Report { articles }).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
