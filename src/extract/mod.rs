//! From an article's paragraphs to the figures and quotes it states.
//!
//! [`extract`] is the one entry point; the modules below each handle one part of the
//! grammar of news statistics and quotations.

pub(crate) mod clock_times;
pub mod cues;
pub mod figures;
pub mod measure;
pub mod numbers;
pub mod periods;
pub mod places;
pub mod quotes;
pub mod sentences;
pub mod welsh;

use crate::model::{Article, Extraction};
use places::ParagraphPlaces;

/// Up to `width` bytes of `s` before byte `at`, starting at the first char boundary in them:
/// the words just before a number or a year, as figures and periods read them.
pub(crate) fn tail_within(s: &str, at: usize, width: usize) -> &str {
    let at = at.min(s.len());
    let mut start = at.saturating_sub(width);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..at).unwrap_or("")
}

/// Every figure and quote in one article.
pub fn extract(article: &Article) -> Extraction {
    extract_with(article, &ParagraphPlaces::new(article))
}

/// [`extract`], with the gazetteer's scan of each paragraph read from `places`, where figures
/// and quotes leave the scans they make for the caller to go on using (the index documents
/// of the article).
pub fn extract_with(article: &Article, places: &ParagraphPlaces) -> Extraction {
    Extraction {
        figures: figures::extract_figures_with(article, places),
        quotes: quotes::extract_quotes_with(article, places),
    }
}
