//! Quicker gates checked against the code they replaced (performance work, session 22).

use std::sync::LazyLock;

use regex::Regex;

use super::super::context::reports_on;
use super::super::tail;
use crate::extract::numbers::compile;
use crate::extract::periods;

/// `reports_on` as it was before its cue words were found in one pass over the sentence.
fn reports_on_as_before(s: &str, m: &periods::Mention) -> bool {
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
    let budget = (s.contains("udget") || s.contains("recept") || s.contains("pending"))
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
            r"(?i)\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set\s+aside|will\s+(?:spend|invest|provide|pay|cost))\b[^.;]{0,40}?£[\d.,]+\s*(?:[mk]|bn|million|billion)?\b[^.;£\d]{0,60}$",
        )
    });
    // "record funding of £1.62 billion for policing in 2025-26", "£3m of extra investment in
    // 2025/26": the year a sum of funding is given for.
    static FUNDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:funding|grants?|investment|allocation|settlement)\s+(?:of\s+)?£[\d.,]+\s*(?:[mk]|bn|million|billion)?|£[\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+|in\s+)?(?:(?:extra|additional|new|government|record)\s+)?(?:funding|investment|grants?))\b[^.;£\d]{0,60}$",
        )
    });
    let pledged = s.contains('£')
        && (PLEDGED_BEFORE.is_match(tail(s, m.range.start)) || FUNDED_BEFORE.is_match(tail(s, m.range.start)));
    let part = tail(s, m.range.start).ends_with(' ') && PART_OF.is_match(tail(s, m.range.start));
    let cued = ["xpect", "due ", "will ", "yet ", "ecast", "projected", "scheduled"].iter().any(|w| s.contains(w));
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
    let planned = ["will ", "would ", "lan", "ntend", "aim"].iter().any(|w| tail_before.contains(w))
        && PLANNED_BEFORE
            .captures(tail_before)
            .and_then(|c| c.get(1))
            .is_some_and(|between| !PAST_BETWEEN.is_match(between.as_str()));
    !part && !to_come && !budget && !pledged && !planned
}

/// Words the sentences of the check are made of: the cue words, the words of the patterns
/// they gate, years and sums of money.
const WORDS: &[&str] = &[
    "the",
    "budget",
    "budgets",
    "precept",
    "spending",
    "plans",
    "for",
    "in",
    "of",
    "financial",
    "year",
    "policing",
    "approved",
    "agreed",
    "set",
    "a",
    "quarter",
    "half",
    "months",
    "expects",
    "expected",
    "to",
    "due",
    "be",
    "will",
    "published",
    "not",
    "yet",
    "forecast",
    "projected",
    "scheduled",
    "pledged",
    "£450,000",
    "£3m",
    "funding",
    "investment",
    "grant",
    "would",
    "extend",
    "plans to",
    "open",
    "intends to",
    "aims to",
    "launch",
    "after",
    "rose",
    "recorded",
    "was",
    "2023/24",
    "2024/25",
    "2025-26",
    "2022",
    "last year",
    ",",
    ".",
    ";",
    "council",
    "lantern",
    "intend",
    "aim",
    "would",
    "pending",
    "recepts",
    "xpect",
    "ecast",
    "force",
    "burglaries",
    "410",
];

proptest::proptest! {
    #[test]
    fn reports_on_answers_as_it_did_before(picks in proptest::collection::vec(0..WORDS.len(), 0..30)) {
        let s: String = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        for m in periods::scan(&s) {
            proptest::prop_assert_eq!(reports_on(&s, &m), reports_on_as_before(&s, &m), "{:?} at {:?}", s, m.range);
        }
    }
}

#[test]
fn reports_on_agrees_on_years_reported_and_years_ahead() {
    let cases = [
        ("Burglaries rose to 410 in 2023/24.", true),
        ("The panel approved a budget for 2024/25.", false),
        ("The force will launch the scheme in 2025/26.", false),
        ("Figures for 2024/25 are expected to be published in May.", false),
        ("The commissioner has pledged £450,000 for youth schemes in 2024/25.", false),
    ];
    for (s, reports) in cases {
        let times = periods::scan(s);
        assert!(!times.is_empty(), "{s}");
        for m in &times {
            assert_eq!(reports_on(s, m), reports, "{s}");
            assert_eq!(reports_on_as_before(s, m), reports, "{s}");
        }
    }
}
