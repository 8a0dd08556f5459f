//! What a sentence inherits: the place, period and measure the text last talked about, and
//! facts about the whole article (its latest year, its first measure). Also whether a time
//! phrase or a number is the baseline a comparison starts from.

use std::sync::LazyLock;

use regex::Regex;

use super::{head, tail};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::extract::{measure, sentences};
use crate::model::{Article, Measure, Period};

/// What the text last talked about.
#[derive(Debug, Clone)]
pub(super) struct Context {
    pub(super) place: Option<String>,
    pub(super) period: Option<Period>,
    pub(super) measure: Measure,
}

/// Facts about the whole article that sentences need: the latest year it reports on.
#[derive(Debug, Clone, Copy)]
pub(super) struct ArticleFacts {
    /// The latest financial year the article states or implies by "last year".
    latest: Option<Period>,
    /// Years between the baseline and "last year" where the article says "five years ago".
    gap: u16,
    /// The first measure the article names; figures before any cue take it.
    pub(super) first_measure: Measure,
}

impl ArticleFacts {
    pub(super) fn of(article: &Article) -> Self {
        let texts: Vec<&str> = article.body().map(|p| p.norm.as_str()).collect();
        let all = texts.join("\n");
        let gap = periods::stated_gap_years(&all).unwrap_or(1);
        let sentences: Vec<&str> =
            texts.iter().flat_map(|t| sentences::split(t).into_iter().map(move |r| &t[r])).collect();
        // Each sentence's time phrases, scanned once for both passes below.
        let scanned: Vec<(&str, Vec<periods::Mention>)> = sentences.iter().map(|&s| (s, periods::scan(s))).collect();
        let explicit = scanned
            .iter()
            .flat_map(|(_, mentions)| mentions)
            .filter_map(|m| match m.when {
                When::Year(p) => Some(p),
                _ => None,
            })
            .max();
        let mut facts = ArticleFacts {
            latest: explicit,
            gap,
            first_measure: sentences.iter().find_map(|s| measure::of_sentence(s)).unwrap_or(Measure::Other),
        };
        let implied = scanned
            .iter()
            .filter_map(|(s, mentions)| {
                mentions.iter().any(|m| m.when == When::Latest).then(|| facts.resolve_latest(s, mentions)).flatten()
            })
            .max();
        facts.latest = facts.latest.max(implied);
        facts
    }

    /// The year "last year" means in a sentence with these time phrases: a year the sentence
    /// compares *to* ("to 189 in 2014-15"), else the article's latest year if it is later than
    /// the sentence's baseline ("up from 415 in 2016/17"), else the year after that baseline.
    pub(super) fn resolve_latest(&self, sentence: &str, mentions: &[periods::Mention]) -> Option<Period> {
        let (mut base, mut other) = (None, None);
        for m in mentions {
            if let When::Year(p) = m.when {
                if is_baseline(sentence, m.range.start) {
                    base = base.max(Some(p));
                } else {
                    other = other.max(Some(p));
                }
            }
        }
        match (other, base, self.latest) {
            (Some(p), _, _) => Some(p),
            (None, Some(b), Some(l)) if l > b => Some(l),
            (None, Some(b), _) => Some(Period::starting(b.start_year.saturating_add(self.gap))),
            (None, None, l) => l,
        }
    }
}

/// True when the time phrase at `at` is the baseline of a comparison ("from 415 in 2016/17",
/// "compared with 530 in 2019-20", "on last year", "from April 2015 to March 2016") rather
/// than the year compared to.
pub(super) fn is_baseline(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|on|compared\s+(?:with|to)|in\s+comparison\s+with|than|against|versus)\s+(?:the\s+)?(?:(?:[£\d][\d,.]*%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static STARTS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^(?:from|since)\b"));
    BEFORE.is_match(tail(sentence, at)) || STARTS.is_match(head(sentence, at))
}

/// True when the number at `at` is the value a comparison starts from: "up from 1,716",
/// "compared with 79", "from the 274 recorded".
pub(super) fn is_baseline_value(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|compared\s+(?:with|to)|in\s+comparison\s+with|against|versus)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under)\s+)?$",
        )
    });
    BEFORE.is_match(tail(sentence, at))
}
