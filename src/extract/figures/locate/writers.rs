//! The force that writes an article itself: a newsletter email it sends ("From: Kent Police
//! <alerts@…>"), a thread its account posts ("Sussex Police @sussexpolice · 3 Feb 2024").
//! What such a text says in its own voice ("we charged 42 people") is about the force's
//! ground, in every section, where a newspaper's round-up may move from force to force.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope};
use crate::model::{Article, Figure, Role};

/// How many paragraphs from the top a sender's or account's line is looked for in: an
/// email's headers, a thread's title and its first post's header.
const LEAD_PARAGRAPHS: usize = 8;

/// The force the article is written by, when its lead names one as the sender of an email
/// or the account over a post, and its text speaks in the first person plural.
pub(in crate::extract::figures) fn writing_force(article: &Article) -> Option<&'static Place> {
    let force = article.paragraphs.iter().take(LEAD_PARAGRAPHS).find_map(|p| {
        let name =
            sender_name(&p.norm).or_else(|| (p.role == Role::Byline).then(|| account_name(&p.norm)).flatten())?;
        force_named(name)
    })?;
    speaks_as_we(article).then_some(force)
}

/// The name an email's sender line gives ("From: Kent Police <alerts@news.kent.police.uk>").
fn sender_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("From:").or_else(|| line.strip_prefix("FROM:"))?;
    if !rest.contains('@') {
        return None;
    }
    Some(rest.split('<').next().unwrap_or(rest).trim().trim_matches('"'))
}

/// The account's name over a post ("Sussex Police ✔ @sussexpolice · 3 Feb 2024").
fn account_name(line: &str) -> Option<&str> {
    let (name, _) = line.split_once(" @")?;
    Some(name.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '✔' | '✓' | '☑')))
}

/// The force these words name whole.
fn force_named(name: &str) -> Option<&'static Place> {
    places::mentions(name)
        .into_iter()
        .find(|m| m.range == (0..name.len()) && m.place.scope == Scope::Force)
        .map(|m| m.place)
}

/// Whether the article's text speaks as "we" or "our" outside anyone's quoted words.
fn speaks_as_we(article: &Article) -> bool {
    static WE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:we|we've|we're|our|us)\b"));
    article.body().any(|p| !p.norm.trim_start().starts_with(['"', '\'']) && WE.is_match(&p.norm))
}

/// Every figure the reading left with no place takes the writing force's.
pub(in crate::extract::figures) fn writers_own_figures(article: &Article, figures: &mut [Figure]) {
    if figures.iter().all(|f| f.place.is_some()) {
        return;
    }
    let Some(force) = writing_force(article) else { return };
    for f in figures.iter_mut().filter(|f| f.place.is_none()) {
        f.place = Some(force.name.to_string());
    }
}
