//! The force that writes an article itself: a newsletter email it sends ("From: Kent Police
//! <alerts@…>"), a thread its account posts ("Sussex Police @sussexpolice · 3 Feb 2024", or
//! "Kent Police" over "@kent_police"), its page (named at the top and over its post).
//! What such a text says in its own voice ("we charged 42 people") is about the force's
//! ground, in every section, where a newspaper's round-up may move from force to force.
//!
//! A neighbourhood team's page is named for its force and its patch ("Essex Police – Harlow
//! Town", "WMP Handsworth"), printed over the page, over its post and over each of its
//! replies: the figures it gives in its own voice are the patch's, not the whole force's.

use std::sync::LazyLock;

use regex::Regex;

use super::topic::is_whole_ground;
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope};
use crate::model::{Article, Figure, Paragraph, Role};

/// How many paragraphs from the top a sender's or account's line is looked for in: an
/// email's headers, a thread's title and its first post's header.
const LEAD_PARAGRAPHS: usize = 8;

/// The force the article is written by, when its lead names one as the sender of an email
/// or the account over a post, and its text speaks in the first person plural.
pub(in crate::extract::figures) fn writing_force(article: &Article) -> Option<&'static Place> {
    let lead = article.paragraphs.get(..LEAD_PARAGRAPHS.min(article.paragraphs.len()))?;
    let from_line = lead.iter().find_map(|p| {
        if let Some(sender) = sender_name(&p.norm) {
            return force_opening(sender);
        }
        (p.role == Role::Byline).then(|| account_name(&p.norm)).flatten().and_then(force_named)
    });
    let force = from_line.or_else(|| account_over_handle(lead)).or_else(|| page_name(article).and_then(force_named))?;
    speaks_as_we(article).then_some(force)
}

/// "Kent Police" over "@kent_police": an account's name and its handle on lines of their own.
fn account_over_handle(lead: &[Paragraph]) -> Option<&'static Place> {
    static HANDLE: LazyLock<Regex> = LazyLock::new(|| compile(r"^@[A-Za-z0-9_]{1,30}$"));
    lead.windows(2).find_map(|w| HANDLE.is_match(w[1].norm.trim()).then(|| force_named(w[0].norm.trim())).flatten())
}

/// A page's name: its first line, printed again over its post or a reply.
fn page_name(article: &Article) -> Option<&str> {
    let name = article.paragraphs.first()?.norm.trim();
    article.paragraphs.iter().skip(1).any(|p| p.norm.trim() == name).then_some(name)
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

/// The force these words open with ("Essex Police Community Messaging").
fn force_opening(name: &str) -> Option<&'static Place> {
    places::mentions(name).into_iter().find(|m| m.range.start == 0 && m.place.scope == Scope::Force).map(|m| m.place)
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

/// A neighbourhood team's page: its force, and the patch its name gives after the force's
/// ("Essex Police – Harlow Town": Essex Police, "Harlow Town"), when the name heads the page
/// and is printed again (over its post, over a reply) and the page speaks as "we".
fn writing_team(article: &Article) -> Option<(&'static Place, String)> {
    let name = page_name(article)?;
    let m =
        places::mentions(name).into_iter().next().filter(|m| m.range.start == 0 && m.place.scope == Scope::Force)?;
    let patch = name
        .get(m.range.end..)?
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | ':'));
    is_patch_name(patch).then(|| (m.place, patch.to_string())).filter(|_| speaks_as_we(article))
}

/// Whether `words` can be a patch's name: one to four words, each capitalised, no digits.
fn is_patch_name(words: &str) -> bool {
    const MAX_WORDS: usize = 4;
    let count = words.split_whitespace().count();
    (1..=MAX_WORDS).contains(&count)
        && words
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
}

/// Every figure the reading left with no place takes the writing force's; on a team's page,
/// those and the ones given the force with no word of the force in their sentence (which it
/// took from the page's name) take the team's patch.
pub(in crate::extract::figures) fn writers_own_figures(article: &Article, figures: &mut [Figure]) {
    if let Some((force, patch)) = writing_team(article) {
        // "Across Essex as a whole", "force-wide": the force's own figure, not the patch's.
        let names_force =
            |s: &str| is_whole_ground(s) || places::mentions(s).iter().any(|m| std::ptr::eq(m.place, force));
        for f in figures.iter_mut() {
            let from_page = f.place.as_deref().is_none_or(|p| p == force.name) && !names_force(&f.sentence);
            if from_page {
                f.place = Some(patch.clone());
            }
        }
        return;
    }
    if figures.iter().all(|f| f.place.is_some()) {
        return;
    }
    let Some(force) = writing_force(article) else { return };
    for f in figures.iter_mut().filter(|f| f.place.is_none()) {
        f.place = Some(force.name.to_string());
    }
}
