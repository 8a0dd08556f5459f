//! From an article's paragraphs to the figures and quotes it states.
//!
//! [`extract`] is the one entry point; the modules below each handle one part of the
//! grammar of news statistics and quotations.

pub mod figures;
pub mod measure;
pub mod numbers;
pub mod periods;
pub mod places;
pub mod quotes;
pub mod sentences;

use crate::model::{Article, Extraction};

/// Every figure and quote in one article.
pub fn extract(article: &Article) -> Extraction {
    Extraction { figures: figures::extract_figures(article), quotes: quotes::extract_quotes(article) }
}
