//! Facts about the whole article ([`ArticleFacts`]: its latest year, its first measure) and
//! about its paragraphs: notes added after it ran, retractions, separators, and the years it
//! reports figures for rather than looks ahead to.

use super::super::tail;
use super::baselines::is_baseline;
use crate::extract::cues::{index_of, Case, CueWords};
use crate::extract::figures::every_age::EveryAge;
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::extract::{measure, sentences};
use crate::model::{Article, Measure, Period};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// "UPDATED 9 October: Figures out today show …", "Correction (4 May): …", "Editor's
/// note: …": a paragraph an outlet adds to a story after it ran, often above it. Its figures
/// are for the time it names, often a later one; the story under it goes on about its own,
/// which the note does not change.
pub(in crate::extract::figures) fn is_later_note(paragraph: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:UPDATED?|Updated?|CORRECTION|Correction|CLARIFICATION|Clarification|EDITOR'?S\s+NOTE|Editor'?s\s+note)\b[^:.]{0,40}:\s",
        )
    });
    // Every note's label ends on a colon: a paragraph with none is no note.
    paragraph.contains(':') && NOTE.is_match(paragraph)
}

/// "EMBARGOED UNTIL 00.01 WEDNESDAY MARCH 4 2020", "Embargo: 19.00 Sunday 8 June 2014",
/// "0845 MONDAY OCTOBER 2 2017", "Published: 12 May 2023": a line of wire or web copy saying
/// when the copy may run or ran. Its date dates the copy, not the figures: the story under it
/// goes on about the years its own sentences name, which the line does not change.
pub(in crate::extract::figures) fn dates_the_copy(paragraph: &str) -> bool {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:embargo(?:ed)?\b|(?:first\s+)?published\b|posted\b|(?:last\s+)?updated\b|issued\b|(?:\d{1,2}[.:]?\d{2}\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
        )
    });
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
        )
    });
    // One short line of a few words, no sentence: not "Updated figures show 1,100 thefts …".
    let line = paragraph.trim();
    line.len() <= 80
        && line.split_whitespace().count() <= 10
        && !line.contains(". ")
        && DATELINE.is_match(line)
        && DATE.is_match(line)
}

/// "CORRECTION: In our 11:40 post we said the county logged 2,410 burglaries. The right
/// total is 2,140.": in a correction note, a sentence giving what the outlet wrote or
/// said before ("we wrote", "an earlier version said"), or what it got wrong ("wrongly"),
/// states a figure withdrawn; the note's other sentences give the right one. ("An earlier
/// version gave no total for 2023/24, when 1,210 …" gives the right one.) A note may open
/// by saying the piece was put right ("This report has been corrected since it first ran.").
pub(in crate::extract::figures) fn is_retracted(paragraph: &str, sentence: &str) -> bool {
    static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:CORRECTION|Correction|CLARIFICATION|Clarification|This\s+(?:article|story|report|piece|page)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated))\b",
        )
    });
    static WITHDRAWN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bwe\s+(?:wrote|reported|said|stated|printed|published)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\b|\ban\s+earlier\s+version\b[^.;]*?\b(?:said|stated|reported|wrote|put)\b",
        )
    });
    CORRECTION.is_match(paragraph) && WITHDRAWN.is_match(sentence)
}

/// A line that only separates sections: "---", "* * *", "___".
pub(in crate::extract::figures) fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && line.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | '~' | '•' | ' '))
}

/// A paragraph of a page's heading block rather than of its story: the lines under the title
/// of minutes or a disclosure log that name the meeting, its date and place, those present or a
/// reference ("Record of the panel's sitting, Guildhall, Swansea, 9 June", "Attending: Cllr R. Price
/// (Chair); Cllr T. Lloyd"), none of them ending as a sentence does. A rule under such lines
/// opens the page's body, which goes on about the place its title names.
pub(in crate::extract::figures) fn is_heading_block_line(paragraph: &str) -> bool {
    let line = paragraph.trim().trim_end_matches(['*', '_', ' ', '"', '\'', '\u{201d}', '\u{2019}', ')']);
    !line.ends_with(['.', '!', '?', ':', ';'])
}

/// Facts about the whole article that sentences need: the latest year it reports on.
#[derive(Debug, Clone, Copy)]
pub(in crate::extract::figures) struct ArticleFacts {
    /// The latest financial year the article states or implies by "last year".
    latest: Option<Period>,
    /// Years between the baseline and "last year" where the article says "five years ago".
    gap: u16,
    /// The first measure the article names; figures before any cue take it.
    pub(in crate::extract::figures) first_measure: Measure,
    /// Which of the article's sexual offences are of victims of every age.
    pub(in crate::extract::figures) every_age: EveryAge,
}

/// The first measure the writer names, in the first clause naming one (a speaker's words do
/// not set it: a youth worker warning of "sexual exploitation" does not make a
/// youth-offending story's figures sexual offences against children).
fn first_measure(texts: &[&str], paragraphs: &[Vec<Sentence>]) -> Measure {
    texts
        .iter()
        .zip(paragraphs)
        .find_map(|(t, sentences)| {
            let said = measure::writers_words(t);
            sentences.iter().find_map(|s| said.get(s.range.clone()).and_then(measure::of_first_clause))
        })
        .unwrap_or(Measure::Other)
}

/// One sentence of the article's text, with its time phrases, read once for the whole pass.
pub(in crate::extract::figures) struct Sentence {
    /// Byte range in the paragraph's normalised text.
    pub(in crate::extract::figures) range: Range<usize>,
    pub(in crate::extract::figures) times: Vec<periods::Mention>,
}

impl ArticleFacts {
    /// The article's facts, and the sentences of each text paragraph (in [`Article::body`]
    /// order) with their time phrases, which the sentence-by-sentence reading reuses.
    pub(in crate::extract::figures) fn of(article: &Article) -> (Self, Vec<Vec<Sentence>>) {
        let texts: Vec<&str> = article.body().map(|p| p.norm.as_str()).collect();
        let all = texts.join("\n");
        let gap = periods::stated_gap_years(&all).unwrap_or(1);
        let paragraphs: Vec<Vec<Sentence>> = texts
            .iter()
            .map(|t| {
                let ranges = sentences::split(t);
                ranges
                    .into_iter()
                    .map(|range| Sentence { times: periods::scan(t.get(range.clone()).unwrap_or("")), range })
                    .collect()
            })
            .collect();
        let scanned = || {
            texts.iter().zip(&paragraphs).flat_map(|(t, sentences)| {
                sentences.iter().map(move |s| (t.get(s.range.clone()).unwrap_or(""), &s.times))
            })
        };
        let apart =
            texts.iter().zip(&paragraphs).all(|(t, list)| list.iter().all(|s| sentences::stands_apart(t, &s.range)));
        let explicit = scanned()
            .flat_map(|(s, mentions)| mentions.iter().filter_map(move |m| m.year().filter(|_| reports_on(s, m))))
            .max();
        let mut facts = ArticleFacts {
            latest: explicit,
            gap,
            first_measure: first_measure(&texts, &paragraphs),
            // A sentence citing a count of all crime cites it in the whole text too (each
            // sentence standing apart, as almost every one does): one scan of the whole
            // text rules out most articles.
            every_age: EveryAge::read(scanned().map(|(s, _)| s), !apart || measure::cites_all_crime(&all)),
        };
        let implied = scanned()
            .filter_map(|(s, mentions)| {
                mentions.iter().any(|m| m.when == When::Latest).then(|| facts.resolve_latest(s, mentions)).flatten()
            })
            .max();
        facts.latest = facts.latest.max(implied);
        (facts, paragraphs)
    }

    /// The latest financial year the article states or implies by "last year".
    pub(in crate::extract::figures) fn latest(&self) -> Option<Period> {
        self.latest
    }

    /// The year "last year" means in a sentence with these time phrases: a year the sentence
    /// compares *to* ("to 189 in 2014-15"), else the article's latest year if it is later than
    /// the sentence's baseline ("up from 415 in 2016/17"), else the year after that baseline.
    pub(in crate::extract::figures) fn resolve_latest(
        &self,
        sentence: &str,
        mentions: &[periods::Mention],
    ) -> Option<Period> {
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

/// Whether the year `m` of sentence `s` is one the article reports figures for: not a year
/// whose figures are still to come ("Figures for 2024/25 are expected to be published next
/// year", "it expects the rate to improve in 2025/26"), nor only a part of one ("In the first
/// quarter of 2025/26, …"), nor the year a budget is set for ("the £40 million budget for
/// 2025/26", "its 2025/26 precept") or a sum is pledged, to be paid or to be received for ("has pledged an
/// extra £450,000 for youth schemes in 2024/25", "households will pay £12 more in 2025/26",
/// "it would spend £90,000 on two posts from May 2026")
/// or funding is given for ("record funding of £1.62 billion for policing in 2025-26"), or a
/// plan is for ("the force would extend the scheme in 2023/24"), which looks ahead.
pub(in crate::extract::figures) fn reports_on(s: &str, m: &periods::Mention) -> bool {
    // The literal words the checks below are gated on, found in one pass over `s` (this runs
    // for every year of every sentence) instead of a `contains` scan each.
    const CUE_WORDS: [&str; 15] = [
        "udget",
        "recept",
        "pending",
        "£",
        "xpect",
        "due ",
        "will ",
        "yet ",
        "ecast",
        "projected",
        "scheduled",
        "would ",
        "lan",
        "ntend",
        "aim",
    ];
    static CUE_SET: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&CUE_WORDS, Case::Exact));
    let cues = CUE_SET.find(s);
    // `has!("word")`: whether `s` contains the word, one of `CUE_WORDS`.
    macro_rules! has {
        ($word:literal) => {
            cues.has(const { index_of(&CUE_WORDS, $word) })
        };
    }
    static BUDGET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:budgets?|precepts?|spending\s+plans?)\s+(?:for|in|of)\s+(?:the\s+)?(?:financial\s+year\s+)?$",
        )
    });
    static BUDGET_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:policing\s+)?(?:budgets?|precepts?|spending\s+plans?)\b"));
    // "For 2023/24, the panel approved a budget of £540m": the year a sentence opens on,
    // for which it then sets a budget.
    static FOR_OPENING: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*for\s+(?:the\s+)?(?:financial\s+year\s+)?$"));
    // … and only a clause that sets one: "the panel approved a budget", "councillors agreed a
    // precept rise"; not "spending on agency staff rose", which reports the year.
    static SETS_BUDGET: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;]*?\b(?:approv\w*|agree[sd]?|set|sets|setting|propos\w*|confirm\w*|fix(?:es|ed)?|plans?|planned)\b[^.;]*?\b(?:budgets?|precepts?|spending\s+plans?)\b",
        )
    });
    let after_year = s.get(m.range.end..).unwrap_or("");
    let budget = (has!("udget") || has!("recept") || has!("pending"))
        && (BUDGET_BEFORE.is_match(tail(s, m.range.start))
            || BUDGET_AFTER.is_match(after_year)
            || (FOR_OPENING.is_match(tail(s, m.range.start)) && SETS_BUDGET.is_match(after_year)));
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:quarter|half|months?|weeks?|days?)\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?$")
    });
    static TO_COME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:expects?|expecting|scheduled|forecasts?|projected)\b|\bexpected\s+(?:to|in|for|it|them|that|the)\b|\bdue\s+(?:to\s+be|in|for|out)\b|\bwill\s+be\s+(?:published|released|available)\b|\bnot\s+yet\s+(?:been\s+)?(?:published|released|available)\b",
        )
    });
    static PLEDGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set\s+aside|(?:will|would)\s+(?:also\s+)?(?:spend|invest|provide|pay|cost|receive|get|be\s+(?:given|awarded|granted|paid)))\b[^.;]{0,40}?£[\d.,]+\s*(?:[mk]|bn|million|billion)?\b[^.;£\d]{0,60}$",
        )
    });
    // "record funding of £1.62 billion for policing in 2025-26", "£3m of extra investment in
    // 2025/26": the year a sum of funding is given for.
    static FUNDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:funding|grants?|investment|allocation|settlement)\s+(?:of\s+)?£[\d.,]+\s*(?:[mk]|bn|million|billion)?|£[\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+|in\s+)?(?:(?:extra|additional|new|government|record)\s+)?(?:funding|investment|grants?))\b[^.;£\d]{0,60}$",
        )
    });
    let pledged = has!("£")
        && (PLEDGED_BEFORE.is_match(tail(s, m.range.start)) || FUNDED_BEFORE.is_match(tail(s, m.range.start)));
    let part = tail(s, m.range.start).ends_with(' ') && PART_OF.is_match(tail(s, m.range.start));
    let cued = has!("xpect")
        || has!("due ")
        || has!("will ")
        || has!("yet ")
        || has!("ecast")
        || has!("projected")
        || has!("scheduled");
    let to_come = cued && TO_COME.is_match(s);
    // "the force would extend the scheme to farm theft in 2023/24", "plans to open two hubs
    // in 2024/25": the year a plan is for, in the clause that plans it.
    // Only verbs that plan or create something new: "will continue", "will use", "will focus on"
    // act on what already happened, whose year is reported.
    static PLANNED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:will|would|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to)\s+(?:also\s+)?(?:extend|expand|introduce|roll\s+out|launch|open|set\s+up|recruit|hire|build|create|develop|start|begin|widen)\b([^.;,:]{0,80})$",
        )
    });
    // Between the plan and its year, a past event ("after burglaries rose 12% in 2023/24",
    // "the 410 homes targeted in 2023/24") whose year the sentence reports.
    static PAST_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:after|since|following|rose|fell|grew|dropped|climbed|recorded|logged|reported|was|were|had|targeted|hit|seen)\b",
        )
    });
    let tail_before = tail(s, m.range.start);
    // A word in the text before the year is in the whole text: the whole text is asked first.
    let before = |word: &str| tail_before.contains(word);
    let planned = ((has!("will ") && before("will "))
        || (has!("would ") && before("would "))
        || (has!("lan") && before("lan"))
        || (has!("ntend") && before("ntend"))
        || (has!("aim") && before("aim")))
        && PLANNED_BEFORE
            .captures(tail_before)
            .and_then(|c| c.get(1))
            .is_some_and(|between| !PAST_BETWEEN.is_match(between.as_str()));
    !part && !to_come && !budget && !pledged && !planned
}
