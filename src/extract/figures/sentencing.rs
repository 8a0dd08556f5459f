//! A sentencing story: a court report whose headline (or first paragraph) says someone was jailed, sentenced or
//! spared jail, or tells of cases heard (a magistrates' round-up, a trial, a plea), tells its one case first (the defendant's age, the images found by category,
//! the victims, the messages, the hours or days of an order) and closes on the force's or
//! the country's figures. The case's numbers are no statistics.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::model::{Article, Figure, Kind, Role};

/// A headline telling of a sentence passed, or one escaped.
static SENTENCED_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:jailed|sentenced|imprisoned|locked\s+up|(?:spared|avoids?|avoided|escapes?|escaped)\s+(?:jail|prison|custody)|walks?\s+free|(?:handed|given|receives?|received|gets?)\b[^.;:]{0,40}\b(?:sentence|order)|(?:suspended|prison|jail|custodial|extended|community)\s+sentence)\b",
    )
});

/// A headline or lead telling of cases heard in court: a round-up of a court's cases, cases
/// heard by a court, who has been in court, a defendant's appearance, a jury or a trial hearing evidence, a plea to
/// charges or counts. A trial that "begins" may be a pilot scheme's, and "admits three in
/// five" a minister's admission: neither is a court's.
static COURT_HEARD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:court\s+round-?up|cases\s+(?:were\s+)?(?:dealt\s+with|heard)\s+(?:by|at|in)\s+[^.;]{0,40}?\b(?:courts?|magistrates|sheriffs?|judges?|justices|the\s+bench)|appeared\s+(?:before|at|in)\s+[^.;]{0,40}\b(?:court|magistrates|sheriff)|jury\s+(?:told|heard|hears|was\s+told)|(?:has|have|who's|who've)\s+been\s+(?:up\s+)?(?:in|before)\s+(?:the\s+)?(?:courts?|magistrates|the\s+bench)|trial\s+(?:hears?|heard|told)|(?:pleaded|pleads|admitted|admits|denied|denies)\s+(?:guilty|charges?|a\s+charge|(?:two|three|four|five|six|several|\d+)\s+(?:charges|counts|offences))|sentenced)\b",
    )
});

/// Words of statistics: a sentence citing what was recorded or what figures show tells the
/// statistics, dated or not.
static STATISTICS_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:recorded|recording|logged|figures|statistics|stats|data|according\s+to|freedom\s+of\s+information|FOI|nationally|national|across\s+(?:the\s+)?(?:country|UK|England|Wales|Scotland|Northern\s+Ireland))\b",
    )
});

/// "Pell, 36, drove …", "held 2,608 files, 53 of them of one kind, 219 of another",
/// "told to do 25 days of unpaid work", "targeted at least seven boys":
/// in a sentencing story, a count or change told before the first dated figure, in a
/// sentence that names no year nor cites anything recorded, is the case's, not a statistic.
pub(super) fn case_numbers_of_a_sentencing_story(article: &Article, figures: &mut [Figure]) {
    if !tells_of_a_sentence(article) {
        return;
    }
    let dated = |f: &Figure| f.period.is_some() || f.calendar_year.is_some();
    let first_dated = figures.iter().filter(|f| dated(f)).map(|f| f.paragraph).min().unwrap_or(usize::MAX);
    for f in figures.iter_mut() {
        let scored = matches!(f.kind, Kind::Count | Kind::PercentChange);
        if scored && !dated(f) && f.paragraph < first_dated && tells_of_the_case(&f.sentence) {
            f.kind = Kind::Other;
        }
    }
}

/// Whether the story opens on a sentence passed or a case heard: its headline, or its first paragraph of
/// text (under a wire slug taken for the headline: "has been jailed for 20 months").
fn tells_of_a_sentence(article: &Article) -> bool {
    let lead = article.paragraphs.iter().find(|p| p.role == Role::Body).map(|p| p.norm.as_str());
    article.title.as_deref().into_iter().chain(lead).any(|t| SENTENCED_HEADLINE.is_match(t) || COURT_HEARD.is_match(t))
}

/// Whether a sentence reads as the case's: it names no year (a month or a span of months
/// may date the case itself, with its year or without: "in June last year", "between May 2019
/// and January 2020") and cites nothing recorded.
fn tells_of_the_case(sentence: &str) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:19|20)\d{2}\b"));
    let names_a_year = periods::scan(sentence).iter().any(|m| {
        let text = sentence.get(m.range.clone()).unwrap_or("");
        let of_months = m.when == When::Other && names_a_month(text);
        !of_months && (!matches!(m.when, When::Other) || YEAR.is_match(text))
    });
    !names_a_year && !STATISTICS_WORDS.is_match(sentence)
}

/// Whether a time phrase names a month ("June last year", "between May 2019 and January 2020").
fn names_a_month(phrase: &str) -> bool {
    phrase.split(|c: char| !c.is_ascii_alphabetic()).any(periods::is_month)
}
