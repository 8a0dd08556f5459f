//! Financial years, spelled out or relative to others in the text.
//!
//! [`scan`] finds every phrase in a sentence that says *when*: a financial year in any
//! spelling ("2016/17", "14/15", "the year ending March 2022", "between April 2020 and March
//! 2021"), a relative one ("a year later", "the previous 12 months", "last year"), or a time
//! that is not a financial year at all (a calendar year, a quarter, "since 2015", "the past
//! five years"). Resolving the relative ones needs the rest of the article; see `figures`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::{index_of, Case, CueWords, Found};
use super::numbers::{compile, word_value};
use crate::model::Period;

/// What a time phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// One financial year.
    Year(Period),
    /// So many years before the one just mentioned: "the previous year", "five years earlier".
    Before(u16),
    /// So many years after the one just mentioned: "the following year", "two years later".
    After(u16),
    /// The latest year the article reports on: "last year", "in the past year".
    Latest,
    /// A calendar year on its own: "in 2024", "during 2023".
    Calendar(u16),
    /// A time that is not one financial year, nor a calendar year on its own: a quarter, a
    /// month's date ("16th Nov 2020"), several years.
    Other,
}

impl When {
    /// Whether the phrase names no financial year and counts from none: [`When::Other`], or a
    /// calendar year, which dates a figure to no financial year either.
    pub fn names_no_financial_year(self) -> bool {
        matches!(self, When::Other | When::Calendar(_))
    }
}

/// A time phrase in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the phrase.
    pub range: Range<usize>,
    pub when: When,
}

impl Mention {
    /// The financial year the phrase prints, if it prints one ("2016/17", not "last year").
    pub fn year(&self) -> Option<Period> {
        match self.when {
            When::Year(p) => Some(p),
            _ => None,
        }
    }

    /// The calendar year the phrase prints on its own, if it prints one ("in 2024", not
    /// "March 2024" or "2016/17").
    pub fn calendar_year(&self) -> Option<u16> {
        match self.when {
            When::Calendar(y) => Some(y),
            _ => None,
        }
    }
}

const MONTH: &str = "January|February|March|April|May|June|July|August|September|October|November|December|\
                     Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/// "between April 2020 and March 2021", "April 2015 to March 2016".
static APRIL_TO_MARCH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:between\s+|from\s+)?(?:1st\s+|1\s+)?April\s+((?:19|20)\d\d)\s*(?:and|to|until|-)\s*(?:the\s+end\s+of\s+)?(?:31st\s+|31\s+)?March\s+((?:19|20)\d\d)\b",
    )
});

/// "the year to March 2016", "the year ending March 2022", "the 12 months to March 2020",
/// "the year to March 31, 2025".
static YEAR_TO_MARCH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:financial\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:March|April)(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+((?:19|20)\d\d)\b",
    )
});

/// "YE Mar 2014", "YE March 2025": a statistician's "year ending March", the financial year
/// it closes.
static YE_MARCH: LazyLock<Regex> = LazyLock::new(|| compile(r"\bYE\s+(?:March|Mar)\s+((?:19|20)\d\d)\b"));

/// "the 12 months ending 31/03/2025", "the year to 31.03.2019": a year to the last day of
/// March printed as a date in figures, the financial year it closes.
static YEAR_TO_MARCH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:financial\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|up\s+to|until)\s+(?:the\s+end\s+of\s+)?31\s?([/.-])\s?0?3\s?([/.-])\s?((?:19|20)\d\d)\b",
    )
});

/// "the year to March", "the 12 months ending last March": with no year printed, the latest
/// financial year, as "the past 12 months" is. (With a year, [`YEAR_TO_MARCH`] is read first.)
static YEAR_TO_LAST_MARCH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:financial\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?(?:last\s+)?March\b",
    )
});

/// "the year to June 2021": a year that is not a financial year.
static YEAR_TO_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH})\s+(?:19|20)\d\d\b"
    ))
});

/// "between 2016/17 and 2020/21", "between FY2019/20 and FY2022/23": several years together.
static BETWEEN_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bbetween\s+(?:FY\s?)?(?:19|20)\d\d\s?[/-]\s?\d{2,4}\s+and\s+(?:FY\s?)?(?:19|20)\d\d\s?[/-]\s?\d{2,4}\b",
    )
});

/// "the five years to 2022/23", "the three years up to March 2021": several years together.
static YEARS_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:\w+|\d+)\s+years\s+(?:to|up\s+to|ending|until)\s+(?:(?:the\s+end\s+of\s+)?March\s+)?(?:19|20)\d\d(?:\s?[/-]\s?\d{2,4})?\b",
    )
});

/// The last financial year of a span of several ("between 2018/19 and 2022/23", "the five
/// years to 2022/23"): a change over the span runs to it.
pub fn span_end(span: &str) -> Option<Period> {
    LONG_YEAR.find_iter(span).last().and_then(|m| parse_year(m.as_str()))
}

/// The first and last financial years of a span ("between 2020/21 and 2021/22"), when it
/// names two different ones.
pub fn span_ends(span: &str) -> Option<(Period, Period)> {
    let mut years = LONG_YEAR.find_iter(span).filter_map(|m| parse_year(m.as_str()));
    let first = years.next()?;
    let last = years.last()?;
    (first < last).then_some((first, last))
}

/// The month a time that is no financial year, but one stretch of at most a year, ends in, as
/// `year * 12 + month` (January 0): a calendar year ("in 2023": its December), "the year to
/// September 2024", "July to September 2024". `None` for a span of several years ("since
/// 2015", "the five years to 2022/23"), a financial year, or a time that prints no year
/// ("the first quarter").
pub fn single_time_end(phrase: &str) -> Option<u32> {
    static MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\b(?:{MONTH})\b")));
    let lower = phrase.to_ascii_lowercase();
    if lower.starts_with("since") || lower.contains("years") || lower.contains("decade") || LONG_YEAR.is_match(phrase) {
        return None;
    }
    let year = CALENDAR_YEAR.find_iter(phrase).last()?;
    let month = MONTH_NAME
        .find_iter(phrase.get(..year.start()).unwrap_or(""))
        .last()
        .and_then(|m| month_index(m.as_str()))
        .unwrap_or(11);
    let year: u32 = year.as_str().parse().ok()?;
    Some(year * 12 + month)
}

/// The month a financial year ends in (its March), as [`single_time_end`] counts months.
pub fn financial_year_end(p: Period) -> u32 {
    (u32::from(p.start_year) + 1) * 12 + 2
}

/// Whether a word is a month's name or its abbreviation ("April", "sept", "Dec").
/// The days of the week, in lower case.
pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether `word` names a day of the week, in any case.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

pub fn is_month(word: &str) -> bool {
    MONTH.split('|').any(|m| m.eq_ignore_ascii_case(word))
}

/// January 0 … December 11, from a month's name or its abbreviation.
fn month_index(name: &str) -> Option<u32> {
    const ABBREVIATIONS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = name.get(..3)?.to_ascii_lowercase();
    ABBREVIATIONS.iter().position(|a| *a == lower).map(|i| i as u32)
}

/// "2016/17", "2016-17", "2016/2017", "2016 - 17", "FY2016/17", "2024-5". A one-digit end
/// is printed close up ("2024-5"): "in 2023 - 4 per cent lower" is a year, a dash and a
/// figure. Where a decimal point or a percent sign follows the digit ("2022-6.5%"), the
/// digit begins a figure too; [`one_digit_end_begins_a_figure`] rejects those.
static LONG_YEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:\bFY\s?|\b)(?:19|20)\d\d(?:\s?[/-]\s?(?:\d{4}|\d{2})|[/-]\d)\b"));

/// Whether a year pattern matched at `range` ends in one digit that begins a figure
/// ("2020-8.5%", "2020-9%", "2020-9 per cent"), so that only its first four digits are a year.
fn one_digit_end_begins_a_figure(text: &str, range: &Range<usize>) -> bool {
    let matched = text.get(range.clone()).unwrap_or("");
    let one_digit = matched.rsplit_once(['/', '-']).is_some_and(|(_, end)| end.len() == 1);
    let after = text.get(range.end..).unwrap_or("");
    one_digit
        && (after.starts_with('%')
            || after.strip_prefix('.').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            || after.trim_start().to_ascii_lowercase().starts_with("per cent"))
}

/// "14/15", as in table rows; "FY14/15".
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:\bFY\s?|\b)\d\d/\d\d\b"));

/// The financial year a year pattern matched, with a leading "FY" ("financial year") dropped.
/// A year ending in one digit, "2024-5" or "2020/1", is the year whose end that digit is
/// the last of ("2019-0" is 2019/20); any other digit ("2024-7") is no financial year.
fn parse_year(matched: &str) -> Option<Period> {
    let year = matched.strip_prefix("FY").unwrap_or(matched).trim();
    match year.rsplit_once(['/', '-']) {
        Some((start, end)) if end.trim().len() == 1 => {
            let start: u16 = start.trim().parse().ok()?;
            let last = end.trim().parse::<u16>().ok()?;
            ((start + 1) % 10 == last).then_some(Period::starting(start))
        }
        _ => Period::parse(year),
    }
}

/// "between July and September 2021", "January to June this year".
static MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:between\s+|from\s+)?(?:{MONTH})(?:\s+(?:19|20)\d\d)?\s*(?:and|to|until|-)\s*(?:{MONTH})\b(?:\s+(?:(?:19|20)\d\d|this\s+year|last\s+year)\b)?"
    ))
});

/// "the previous year", "the year before", "a year earlier".
static PREVIOUS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:financial\s+|full\s+)?(?:year|12\s+months|twelve\s+months)\b|\bthe\s+year\s+(?:before|earlier|prior)\b|\ba\s+year\s+(?:earlier|before|previously|prior)\b|\b(?:12|twelve)\s+months\s+(?:earlier|before)\b",
    )
});

/// "the following year", "a year later", "twelve months on", "in the 12 months after that",
/// "a year after that".
static NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:following|next|subsequent)\s+(?:financial\s+)?(?:year|12\s+months|twelve\s+months)\b|\ba\s+year\s+(?:later|on)\b|\b(?:12|twelve)\s+months\s+(?:later|on)\b|\bthe\s+year\s+after\b|\b(?:the|a)\s+(?:year|(?:12|twelve)\s+months)\s+after\s+that\b",
    )
});

/// "the past five years", "six years ago", "since 2015", "this year", "in recent years".
static SEVERAL_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the|these|those)\s+(?:last|past|previous|first)?\s*(?:\w+|\d+)\s+years\b|\b(?:\w+|\d+)\s+years?\s+ago\b|\bsince\s+(?:19|20)\d\d\b|\bthis\s+year\b|\brecent\s+years\b|\b(?:\w+|\d+)[\s-]+year\s+(?:period|span|high|low)\b",
    )
});

/// "the first six months", "the past three months", "the first quarter", "last summer", "Q1",
/// "in the quarter", "the same six months of the previous year", "since April", "the six weeks after
/// …", "in ten days", "the three months to October": part of a year, which is no financial year
/// (twelve months are one, and are not matched here). "A quarter of" is a fraction, not a time.
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    // "since April".
    let since_month = format!(r"\bsince\s+(?:{MONTH})\b");
    // "the first six months", "the past three months", "the final quarter", "the last half".
    const FIRST_MONTHS: &str = r"\b(?:first|last|past|previous|next|final|latest|opening|coming)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+)?(?:months?|quarter|half)\b";
    // "the second half", "the fourth quarter".
    const LATER_QUARTER: &str = r"\b(?:second|third|fourth)\s+(?:quarter|half)\b";
    // "last summer", "this summer".
    const SUMMER: &str = r"\b(?:last|this|next|the)\s+summer\b";
    // "Q1" to "Q4", in capitals.
    const QUARTER_LABEL: &str = r"\b(?-i:Q[1-4])\b";
    // "the same quarter", "the same six months of the previous year", "the same month a year
    // earlier".
    const SAME_MONTHS: &str = r"\b(?:the\s+)?same\s+(?:quarter|month|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+months)(?:\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year|\s+a\s+year\s+(?:earlier|before|ago))?\b";
    // "the three months to October", "the nine months ending June": months up to a date,
    // fewer than twelve.
    const MONTHS_TO: &str = r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+(?:to|ending|ended|up\s+to|until)\b";
    // "in the quarter", "each quarter".
    const THE_QUARTER: &str = r"\b(?:the|this|that|each|every)\s+quarter\b";
    // "six weeks", "in ten days", "the 14 days after": weeks or days.
    const WEEKS_OR_DAYS: &str =
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?)\s+(?:weeks|days)\b";
    let pieces = [
        since_month.as_str(),
        FIRST_MONTHS,
        LATER_QUARTER,
        SUMMER,
        QUARTER_LABEL,
        SAME_MONTHS,
        MONTHS_TO,
        THE_QUARTER,
        WEEKS_OR_DAYS,
    ];
    compile(&format!("(?i){}", pieces.join("|")))
});

/// The last two digits of a year from 2010 to 2039 as said aloud: "fifteen", "twenty",
/// "twenty-one", "thirty two".
const SPOKEN_YEAR_END: &str = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?";

/// A year said aloud, as broadcast scripts and transcripts write it: "twenty-fifteen",
/// "TWENTY NINETEEN", and a financial year as its two years said one after the other,
/// "twenty-fifteen sixteen", "twenty eighteen-nineteen", "twenty nineteen to twenty" (group 2,
/// the second year's last two digits). Numbers set apart by a comma ("twenty, nineteen of them")
/// are not a year.
static SPOKEN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\btwenty[\s-]+({SPOKEN_YEAR_END})\b(?:(?:\s*[/-]\s*|\s+(?:to|into|slash)\s+|\s+)({SPOKEN_YEAR_END})\b)?"
    ))
});

/// The year 2000 + the value of a [`SPOKEN_YEAR_END`] match ("fifteen" 2015, "twenty-one" 2021).
fn spoken_year_end(words: &str) -> Option<u16> {
    let value: f64 = words
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(word_value)
        .sum::<Option<f64>>()?;
    (10.0..=39.0).contains(&value).then(|| 2000 + value as u16)
}

/// What a [`SPOKEN_YEAR`] match says, and the range it takes: a financial year where its second
/// year is the year after the first, else the first year alone as a calendar year. The second
/// year is no year where a hyphenated word or "per cent" goes on from it ("twenty-fifteen
/// sixteen-year-olds").
fn spoken_year(text: &str, c: &regex::Captures<'_>) -> Option<(Range<usize>, When)> {
    let whole = c.get(0)?;
    let first = c.get(1)?;
    let start = spoken_year_end(first.as_str())?;
    let pair = c.get(2).and_then(|second| {
        let after = text.get(second.end()..).unwrap_or("");
        let goes_on =
            after.starts_with(['-', '\u{2011}']) || after.trim_start().to_ascii_lowercase().starts_with("per cent");
        let end = spoken_year_end(second.as_str())?;
        (end == start + 1 && !goes_on).then_some(())
    });
    match pair {
        Some(()) => Some((whole.range(), When::Year(Period::starting(start)))),
        None => Some((whole.start()..first.end(), When::Calendar(start))),
    }
}

/// "FY23", "FY2024", "FY 21", "FY23-24", "FY 22/23": a financial year by the business label. One
/// year alone is the year the financial year ends in ("FY23" is 2022/23); two are its two.
static FY_LABEL: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bFY\s?'?(?:19|20)?[0-9]{2}(?:\s?[/-]\s?(?:19|20)?[0-9]{2})?\b"));

/// The financial year an [`FY_LABEL`] match at `range` names, if its years make one: two years
/// are read as any financial year is ([`parse_year`]); one alone is the year it ends in. `None`
/// where a one-digit end follows ("FY2024-5"), which [`LONG_YEAR`] reads.
fn fy_label(text: &str, range: Range<usize>) -> Option<Period> {
    if matches!(text.as_bytes().get(range.end..), Some([b'/' | b'-', d, ..]) if d.is_ascii_digit()) {
        return None;
    }
    let label = text.get(range)?;
    if label.contains(['/', '-']) {
        return parse_year(label);
    }
    let year = label.trim_start_matches(['F', 'Y', ' ', '\'']);
    let n: u16 = year.parse().ok()?;
    let ends = if year.len() == 2 { 2000 + n } else { n };
    Some(Period::starting(ends.checked_sub(1)?))
}

/// Whether `text` has a quarter's label, "Q1" to "Q4".
fn has_quarter_label(text: &str) -> bool {
    memchr::memchr_iter(b'Q', text.as_bytes())
        .any(|i| text.as_bytes().get(i + 1).is_some_and(|d| (b'1'..=b'4').contains(d)))
}

/// "last year", "the past 12 months", "the last reported year", "in the last year", "has
/// risen by 17 per cent in a year", "the year just gone".
static LATEST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+)?(?:last|past|latest|most\s+recent)\s+(?:reported\s+|financial\s+|full\s+|recorded\s+|available\s+)?(?:year|12\s+months|twelve\s+months)\b|\blast\s+year\b|\bin\s+(?:a|one|a\s+single)\s+year\b|\bthe\s+year\s+just\s+(?:gone|ended|finished|past)\b",
    )
});

/// Where a month's name right before byte `at` begins ("in June last year"): a month of the
/// year named after it, part of a year, as a date is. "May", which is as often a verb ("figures
/// may last year have …"), is read only capitalised.
fn month_before(text: &str, at: usize) -> Option<usize> {
    let before = look_back(text, at);
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let word_start = trimmed.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    let word = trimmed.get(word_start..)?;
    let month = is_month(word) && (!word.eq_ignore_ascii_case("may") || word.starts_with('M'));
    month.then(|| at - (before.len() - word_start))
}

/// "Of this year's charges, 58 …": the figures of the year the article reports on, unlike
/// "so far this year", which is part of a calendar year.
static THIS_YEARS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bthis\s+year's\b"));

/// "five years earlier", "two years later", "six years ago", "a decade ago": so many years
/// from the year just mentioned, or, for "ago", from the year the text is about.
static YEARS_APART: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(\w+|\d+)\s+(years|decades?)\s+(earlier|before|previously|prior|ago|later|on)\b"));

/// "two years after the 2019/20 figures", "a year after 2021": so many years after a year
/// named right after, which [`counted_from_a_named_year`] reads; "a year after the pandemic"
/// counts from no year the text names, and is not matched.
static AFTER_A_NAMED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(\b(\w+|\d+)\s+(years?|decades?)\s+after)\s+(?:the\s+)?(?:FY\s?)?(?:19|20)\d\d\b"));

/// "since 2015", "since 2017/18", "since FY2017/18": everything from then on.
static SINCE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\bsince\s+(?:FY\s?)?(?:19|20)\d\d(?:\s?[/-]\s?(?:\d{4}|\d{2}))?\b"));

/// A calendar year on its own: "in 2016", "16th Nov 2020".
static CALENDAR_YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b"));

/// The year printed at `range` of `text`, as a calendar year on its own, or as part of a
/// time that is not the whole year, which is [`When::Other`]: a date ("16th Nov 2020", "March
/// 2024", "Nov 16, 2020"), a part of the year ("the first three months of 2024", "the autumn of
/// 2022", "the same quarter of 2023", "the start of 2023"). A law's year ("the Criminal
/// Justice Act 1994") is no time at all: [`is_law_year`].
fn calendar_year(text: &str, range: Range<usize>) -> When {
    static NOT_THE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:{MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+$|\b\d{{1,2}}(?:st|nd|rd|th)?\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*$|\b(?:months?|weeks?|days?|quarters?|half|summer|autumn|winter|spring|start|end|beginning|middle|part)\s+of\s+$"
        ))
    });
    let before = look_back(text, range.start);
    match text.get(range).and_then(|y| y.parse::<u16>().ok()) {
        Some(year) if !NOT_THE_YEAR.is_match(before) => When::Calendar(year),
        _ => When::Other,
    }
}

/// Whether the year at `range` of `text` is part of a law's name, "the Sexual Offences Act
/// 2003", "the Licensing (Scotland) Order 2021": no time the sentence is about, so it neither
/// dates a figure nor stops a year carried from the sentences before.
pub fn is_law_year(text: &str, range: &Range<usize>) -> bool {
    static LAW: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:Act|Regulations|Order|Bill|Rules)\s+$"));
    let year = text.get(range.clone()).is_some_and(|y| CALENDAR_YEAR.is_match(y) && y.len() == 4);
    year && LAW.is_match(look_back(text, range.start))
}

/// How many bytes before a year [`calendar_year`] reads for the words that make it part of a
/// date or a law's name.
const LOOK_BACK: usize = 32;

/// Up to [`LOOK_BACK`] bytes of `text` before byte `at`, from a char boundary.
fn look_back(text: &str, at: usize) -> &str {
    super::tail_within(text, at, LOOK_BACK)
}

/// The start year of "April Y1 … March Y2" when Y2 follows Y1.
fn april_to_march(c: &regex::Captures<'_>) -> When {
    let years =
        (c.get(1).and_then(|m| m.as_str().parse::<u16>().ok()), c.get(2).and_then(|m| m.as_str().parse::<u16>().ok()));
    match years {
        (Some(a), Some(b)) if b == a + 1 => When::Year(Period::starting(a)),
        _ => When::Other,
    }
}

/// The year that a "year to March Y" ends in, as a financial year.
fn year_to_march(c: &regex::Captures<'_>) -> When {
    match c.get(1).and_then(|m| m.as_str().parse::<u16>().ok()) {
        Some(y) => When::Year(Period::starting(y.saturating_sub(1))),
        None => When::Other,
    }
}

/// How many years "five years", "a decade" or "two decades" is; none for "the years".
fn years_apart(count: &str, unit: &str) -> Option<u16> {
    let n = match count.parse::<u16>() {
        Ok(n) => n,
        Err(_) if count.eq_ignore_ascii_case("a") => 1,
        Err(_) => word_value(count).map(|v| v as u16)?,
    };
    let decades = unit.len() >= 6 && unit[..6].eq_ignore_ascii_case("decade");
    if decades {
        n.checked_mul(10)
    } else {
        Some(n)
    }
}

/// Every time phrase in `text`, in order; where phrases overlap the more specific one wins.
pub fn scan(text: &str) -> Vec<Mention> {
    let cues = Cues::of(text);
    let mut found: Vec<Mention> = Vec::new();
    let mut add = |range: Range<usize>, when: When| {
        if is_law_year(text, &(range.start..range.end.min(range.start + 4))) {
            return;
        }
        if !found.iter().any(|m| m.range.start < range.end && range.start < m.range.end) {
            found.push(Mention { range, when });
        }
    };
    if cues.century && cues.has(const { cue("april") }) && cues.has(const { cue("march") }) {
        for c in APRIL_TO_MARCH.captures_iter(text) {
            if let Some(m) = c.get(0) {
                add(m.range(), april_to_march(&c));
            }
        }
    }
    if cues.century && cues.years && (cues.has(const { cue("march") }) || cues.has(const { cue("april") })) {
        for c in YEAR_TO_MARCH.captures_iter(text) {
            if let Some(m) = c.get(0) {
                add(m.range(), year_to_march(&c));
            }
        }
    }
    if cues.century && cues.has(const { cue("mar") }) && text.contains("YE ") {
        for c in YE_MARCH.captures_iter(text) {
            if let Some(m) = c.get(0) {
                add(m.range(), year_to_march(&c));
            }
        }
    }
    if cues.century && cues.years && cues.has(const { cue("31") }) {
        for c in YEAR_TO_MARCH_DATE.captures_iter(text) {
            // The same mark between day, month and year: a date, not a list of numbers.
            let (Some(m), Some(a), Some(b), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else { continue };
            if a.as_str() == b.as_str() {
                if let Ok(y) = y.as_str().parse::<u16>() {
                    add(m.range(), When::Year(Period::starting(y.saturating_sub(1))));
                }
            }
        }
    }
    if cues.century {
        let to_month = cues.years.then(|| YEAR_TO_MONTH.find_iter(text));
        let between = cues.has(const { cue("between") }).then(|| BETWEEN_YEARS.find_iter(text));
        let since = cues.since.then(|| SINCE.find_iter(text));
        let years_to = cues.has(const { cue("years") }).then(|| YEARS_TO.find_iter(text));
        for m in to_month
            .into_iter()
            .flatten()
            .chain(between.into_iter().flatten())
            .chain(since.into_iter().flatten())
            .chain(years_to.into_iter().flatten())
        {
            add(m.range(), When::Other);
        }
    }
    if cues.digit && text.contains("FY") {
        for m in FY_LABEL.find_iter(text) {
            if let Some(p) = fy_label(text, m.range()) {
                add(m.range(), When::Year(p));
            }
        }
    }
    if cues.has(const { cue("twenty") }) {
        for c in SPOKEN_YEAR.captures_iter(text) {
            if let Some((range, when)) = spoken_year(text, &c) {
                add(range, when);
            }
        }
    }
    if cues.century {
        for m in LONG_YEAR.find_iter(text) {
            if one_digit_end_begins_a_figure(text, &m.range()) {
                // Only the year itself: "2020" of "2020-8.5%".
                let range = m.start()..m.end() - 2;
                add(range.clone(), calendar_year(text, range));
            } else {
                add(m.range(), parse_year(m.as_str()).map_or(When::Other, When::Year));
            }
        }
    }
    if text.contains('/') {
        for m in SHORT_YEAR.find_iter(text) {
            if let Some(p) = parse_year(m.as_str()) {
                add(m.range(), When::Year(p));
            }
        }
    }
    if cues.years && cues.has(const { cue("march") }) {
        for m in YEAR_TO_LAST_MARCH.find_iter(text) {
            add(m.range(), When::Latest);
        }
    }
    if cues.months {
        for m in MONTHS.find_iter(text) {
            add(m.range(), When::Other);
        }
    }
    // Before the relative years: "the same month a year earlier" is the month's.
    if cues.part_of_year || (cues.digit && cues.months && cues.since) {
        for m in PART_OF_YEAR.find_iter(text) {
            add(m.range(), When::Other);
        }
    }
    // Each of its phrases holds one of these words (its pattern is costly to run over every
    // sentence saying "year").
    let previous = const { [cue("previou"), cue("preced"), cue("prior"), cue("before"), cue("earlier")] };
    if cues.years && previous.into_iter().any(|word| cues.has(word)) {
        for m in PREVIOUS.find_iter(text) {
            match before_an_event(text, &m) {
                Some(end) => add(m.start()..end, When::Other),
                None => add(m.range(), When::Before(1)),
            }
        }
    }
    if cues.years {
        for m in NEXT.find_iter(text) {
            add(m.range(), When::After(1));
        }
    }
    if cues.has(const { cue("year") }) || (cues.digit && cues.has(const { cue("decade") })) {
        for c in YEARS_APART.captures_iter(text) {
            if let (Some(m), Some(n), Some(unit), Some(dir)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
                if let Some(end) = before_an_event(text, &m) {
                    add(m.start()..end, When::Other);
                    continue;
                }
                let Some(n) = years_apart(n.as_str(), unit.as_str()) else { continue };
                let back = !matches!(dir.as_str().to_ascii_lowercase().as_str(), "later" | "on");
                add(m.range(), if back { When::Before(n) } else { When::After(n) });
            }
        }
    }
    if cues.century && cues.has(const { cue("year") }) {
        for c in AFTER_A_NAMED_YEAR.captures_iter(text) {
            if let (Some(m), Some(n), Some(unit)) = (c.get(1), c.get(2), c.get(3)) {
                if let Some(n) = years_apart(n.as_str(), unit.as_str()) {
                    add(m.range(), When::After(n));
                }
            }
        }
    }
    if cues.has(const { cue("year'") }) {
        for m in THIS_YEARS.find_iter(text) {
            add(m.range(), When::Latest);
        }
    }
    if cues.has(const { cue("year") }) || (cues.digit && cues.since) {
        for m in SEVERAL_YEARS.find_iter(text) {
            if several_years_is_real(m.as_str()) {
                // "up 23% between the last two years": the two years a change compares, the
                // later of which is the latest the text reports, not a span of years.
                let before = text.get(..m.start()).unwrap_or("").trim_end().to_ascii_lowercase();
                let between = before == "between" || before.ends_with(" between");
                let two = m.as_str().to_ascii_lowercase().ends_with(" two years");
                add(m.range(), if between && two { When::Latest } else { When::Other });
            }
        }
    }
    if cues.years {
        for m in LATEST.find_iter(text) {
            match month_before(text, m.start()) {
                Some(start) => add(start..m.end(), When::Other),
                None => add(m.range(), When::Latest),
            }
        }
    }
    if cues.century {
        for m in CALENDAR_YEAR.find_iter(text) {
            add(m.range(), calendar_year(text, m.range()));
        }
    }
    found.sort_by_key(|m| m.range.start);
    counted_from_a_named_year(text, named_right_after(text, flipped_after_a_year(text, found)))
}

/// "in 2022/23, the year after it logged 3,880", "in 2021, the year before they issued 540":
/// "the year after" or "the year before" set off right after a printed year, with a clause
/// of its own that prints a number, says what the printed year is to that clause's year. The
/// clause's number is then a year the other way: the year before 2022/23, the year after
/// 2021.
fn flipped_after_a_year(text: &str, mut found: Vec<Mention>) -> Vec<Mention> {
    static PHRASE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^the\s+year\s+(?:after|before)$"));
    static CLAUSE_WITH_A_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"^\s+(?:it|they|we|he|she|there|police|officers|(?:the|its|their)\s+[a-z-]+)\s[^,.;:\d]{1,40}?\d")
    });
    for k in 1..found.len() {
        let (before, rest) = found.split_at_mut(k);
        let (Some(year), Some(m)) = (before.last(), rest.first_mut()) else { continue };
        let apposed = matches!(year.when, When::Year(_) | When::Calendar(_))
            && text.get(year.range.end..m.range.start).is_some_and(|gap| gap.trim() == ",");
        let with_a_clause = text.get(m.range.end..).is_some_and(|after| CLAUSE_WITH_A_NUMBER.is_match(after));
        if !(apposed && with_a_clause && text.get(m.range.clone()).is_some_and(|t| PHRASE.is_match(t))) {
            continue;
        }
        m.when = match m.when {
            When::After(n) => When::Before(n),
            When::Before(n) => When::After(n),
            other => other,
        };
    }
    found
}

/// "Two years before the 2020/21 figure, …", "three years earlier than the 2019 total", "a
/// year after the 2016/17 count was published", "three years on from the 2019/20 peak": a relative time counted from a year named
/// right after it as another figure's year ("the 2019 total"), or after "than" ("a year earlier
/// than 2019/20", "two years after 2019/20"), is that
/// many years from the named year, a financial year from a financial year, a calendar year
/// from a calendar year. The two phrases become one mention.
fn counted_from_a_named_year(text: &str, found: Vec<Mention>) -> Vec<Mention> {
    static BETWEEN: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(than\s+|from\s+)?(?:(?:the|that)\s+)?(?:year\s+of\s+)?$"));
    static FIGURE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:'s)?\s+(?:financial\s+year\s+)?(?:figures?|totals?|counts?|numbers?|levels?|data|tally|statistics|rates?|peak|survey|report)\b",
        )
    });
    static OF_A_VALUE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+)?[£$\d]"));
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        let Some(last) = out.last_mut() else {
            out.push(m);
            continue;
        };
        let offset = match last.when {
            When::Before(n) => -i32::from(n),
            When::After(n) => i32::from(n),
            _ => {
                out.push(m);
                continue;
            }
        };
        let gap = BETWEEN.captures(text.get(last.range.end..m.range.start).unwrap_or(""));
        // "the previous year 2018/19" names the year the time is, not the one it counts from.
        let than = gap.as_ref().is_some_and(|c| c.get(1).is_some())
            || text.get(last.range.clone()).is_some_and(|t| t.to_ascii_lowercase().ends_with("after"));
        let noun = FIGURE_NOUN.find(text.get(m.range.end..).unwrap_or(""));
        let end = noun.map_or(m.range.end, |n| m.range.end + n.end());
        // "than the 2019/20 total of 710": the value printed for the named year is that year's,
        // so the named year is left to it.
        let its_value_follows = text.get(end..).is_some_and(|rest| OF_A_VALUE.is_match(rest));
        let moved = |y: u16| u16::try_from(i32::from(y) + offset).ok();
        let when = match m.when {
            When::Year(p) => moved(p.start_year).map(|y| When::Year(Period::starting(y))),
            When::Calendar(y) => moved(y).map(When::Calendar),
            _ => None,
        };
        match when {
            Some(when) if gap.is_some() && (noun.is_some() || than) && !its_value_follows => {
                last.when = when;
                last.range.end = end;
            }
            _ => out.push(m),
        }
    }
    out
}

/// "four years before the legal limit was cut", "the year before the pandemic", "the year
/// before the new chief constable arrived, …": a time counted back from something that
/// happened, not from the year just mentioned. It dates a figure to no financial year the
/// text prints ([`When::Other`]), unless a year is printed beside it. An event is a known
/// event noun right after "before", or a clause with no number that a verb of happening
/// ends and a comma closes before the next clause. "The year before the force recorded
/// 5,200", "the year before that" still count back from a year.
fn before_an_event(text: &str, m: &regex::Match<'_>) -> Option<usize> {
    static EVENT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:to\s+)?(?:(?:the|a|an|its|their|this|that)\s+)?(?:(?:first|second|third|last|latest|new|national|general|legal|global|financial|economic|covid(?:-19)?|coronavirus|cost[\s-]of[\s-]living|speed|drink[\s-]drive|\p{L}+'s)\s+){0,2}(?:pandemic|lockdowns?|covid(?:-19)?|coronavirus|outbreak|election|referendum|merger|crackdown|crisis|recession|war|strikes?|reforms?|laws?|ban|limit|rules?|scheme|policy|act|legislation|restructure|reorganisation|inquiry|olympics|riots?|attacks?|changes?|introduction|launch|closure|brexit)\b",
        )
    });
    static EVENT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(\s+(?:to\s+)?(?:the|a|an|its|their|his|her|\p{Lu}\p{L}+)\b[^,.;:\d]{1,60}?\b(?:began|begun|started|ended|struck|hit|arrived|came|took|opened|closed|became|changed|launched|introduced|passed|won|merged|joined|left|retired|happened|occurred|broke\s+out|was\s+(?:elected|appointed)|were\s+(?:elected|appointed))\b[^,.;:\d]*),\s*(?:the|it|they|there|he|she|we|police|officers|\p{Lu}\p{L}+)\b",
        )
    });
    let phrase = m.as_str().to_ascii_lowercase();
    if !(phrase.ends_with("before") || phrase.ends_with("prior")) {
        return None;
    }
    let rest = text.get(m.end()..).unwrap_or("");
    let event = EVENT_NOUN.find(rest).or_else(|| EVENT_CLAUSE.captures(rest).and_then(|c| c.get(1)))?;
    Some(m.end() + event.end())
}

/// Whether `m` is a time counted back from an event ([`before_an_event`]), which [`scan`]
/// gives as [`When::Other`] over the time and the event.
pub fn counts_back_from_an_event(text: &str, m: &Mention) -> bool {
    m.when == When::Other
        && text.get(m.range.clone()).is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains(" before ") || t.contains(" prior ")
        })
}

/// "a decade ago, in 2013/14", "five years earlier (2018/19)": a relative time with the
/// financial year it means printed right after it is that year; "the first six months of
/// 2024/25", a part of the year before it, is no year.
fn named_right_after(text: &str, found: Vec<Mention>) -> Vec<Mention> {
    static APPOSED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:,\s*(?:(?:in|during|for)\s+)?|\(\s*(?:(?:in|during|for)\s+)?)$"));
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        // "In 2019/20, the year before the pandemic, …": a year printed right before an event
        // a time counts back from is the time.
        if let (true, Some(last)) = (counts_back_from_an_event(text, &m), out.last()) {
            let gap = text.get(last.range.end..m.range.start).unwrap_or("");
            if matches!(last.when, When::Year(_)) && (gap.trim() == "," || gap.trim() == "(") {
                continue;
            }
        }
        // "the first six months of 2024/25", "Q1 2024/25", "Q3 FY24", "Q2 2023": part of a
        // financial year, which is no financial year, as part of a calendar year is none.
        if let (When::Year(_) | When::Calendar(_), Some(last)) = (m.when, out.last_mut()) {
            let part = last.when == When::Other
                && text.get(last.range.clone()).is_some_and(|t| PART_OF_YEAR.is_match(t))
                && text.get(last.range.end..m.range.start).is_some_and(|gap| {
                    let gap = gap.trim();
                    gap.is_empty() || gap.eq_ignore_ascii_case("of")
                });
            if part {
                last.range.end = m.range.end;
                continue;
            }
        }
        if let (When::Year(_), Some(last)) = (m.when, out.last_mut()) {
            let relative = matches!(last.when, When::Before(_) | When::After(_) | When::Latest)
                || counts_back_from_an_event(text, last);
            if relative && text.get(last.range.end..m.range.start).is_some_and(|gap| APPOSED.is_match(gap)) {
                last.when = m.when;
                last.range.end = m.range.end;
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// Literal cues that every match of a pattern must contain, looked up once per text so that
/// [`scan`] runs only the patterns that can match.
///
/// The cues avoid the letters `s` and `k`, whose case-insensitive matches include non-ASCII
/// letters (`ſ`, the Kelvin sign), so finding them with ASCII letters folded is enough to
/// rule a pattern out exactly.
struct Cues {
    /// Which of [`CUE_WORDS`] the text holds, in either case.
    found: Found,
    /// The text has an ASCII digit, which every pattern naming a year ("19"/"20") needs.
    digit: bool,
    /// The text says "year" or "month": patterns for "the previous 12 months" and the like.
    years: bool,
    /// The text says "since".
    since: bool,
    /// The text has "19" or "20", which every pattern naming a year by its century needs.
    century: bool,
    /// The text names a month (or its abbreviation; "ep" stands for "sep", whose `s` the
    /// cues avoid).
    months: bool,
    /// The text names a part of a year: months, or, with a digit, a quarter, a half, the
    /// summer.
    part_of_year: bool,
}

/// Every word [`Cues`] looks for, in lowercase: those [`Cues::has`] is asked about first,
/// then the month names and the rest that [`Cues::of`] reads.
const CUE_WORDS: [&str; 35] = [
    "april", "march", "31", "between", "years", "year", "decade", "year'", "month", "ince", "19", "20", "quarter",
    "half", "ummer", "wee", "day", "twenty", "previou", "preced", "prior", "before", "earlier", "jan", "feb", "mar",
    "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec",
];

/// Where [`CUE_WORDS`] begins its month names.
const FIRST_MONTH: usize = cue("jan");

/// The position of `word` in [`CUE_WORDS`]; a word not there fails to compile.
const fn cue(word: &str) -> usize {
    index_of(&CUE_WORDS, word)
}

static CUE_SET: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&CUE_WORDS, Case::Folded));

impl Cues {
    fn of(text: &str) -> Self {
        let found = CUE_SET.find(text);
        let has = |word: usize| found.has(word);
        let digit = text.bytes().any(|b| b.is_ascii_digit());
        let month = has(const { cue("month") });
        let years = month || has(const { cue("year") });
        let since = has(const { cue("ince") });
        let century = digit && (has(const { cue("19") }) || has(const { cue("20") }));
        let months = (FIRST_MONTH..CUE_WORDS.len()).any(has);
        // Looked for past "month" only in text with a digit, where a figure can take it.
        let part_of_year = month
            || (digit
                && ([
                    const { cue("quarter") },
                    const { cue("half") },
                    const { cue("ummer") },
                    const { cue("wee") },
                    const { cue("day") },
                ]
                .into_iter()
                .any(has)
                    || has_quarter_label(text)));
        Cues { found, digit, years, since, century, months, part_of_year }
    }

    /// True when the text holds `cue` (an index in [`CUE_WORDS`]) in either case.
    fn has(&self, cue: usize) -> bool {
        self.found.has(cue)
    }
}

/// "the past five years" names a span only when the word before "years" is a count.
fn several_years_is_real(phrase: &str) -> bool {
    let lower = phrase.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    match words.iter().position(|w| w.starts_with("year")) {
        Some(i) if i > 0 => {
            let w = words[i - 1];
            matches!(w, "recent" | "few" | "several" | "this") || w.parse::<u32>().is_ok() || word_value(w).is_some()
        }
        _ => !lower.contains("year") || lower.starts_with("since") || lower.starts_with("this"),
    }
}

/// How many years "N years ago" or "in the past N years" spans, where the article says so.
pub fn stated_gap_years(text: &str) -> Option<u16> {
    static GAP: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(\w+)\s+years\s+ago\b|\b(?:in|over)\s+the\s+(?:past|last)\s+(\w+)\s+years\b"));
    // Both phrases say "years": a text that never does states no gap. (The word alone is a
    // literal the regex crate finds by its prefilter, far cheaper than a search for `GAP`.)
    static YEARS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)years"));
    if !YEARS.is_match(text) {
        return None;
    }
    GAP.captures_iter(text).find_map(|c| {
        let w = c.get(1).or(c.get(2))?.as_str();
        let n = w.parse::<u16>().ok().or_else(|| word_value(w).map(|v| v as u16))?;
        (2..=20).contains(&n).then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(text: &str) -> Vec<When> {
        scan(text).into_iter().map(|m| m.when).collect()
    }

    fn fy(y: u16) -> When {
        When::Year(Period::starting(y))
    }

    #[test]
    fn a_single_time_that_is_no_financial_year_ends_in_its_last_month() {
        let month = |y: u32, m: u32| Some(y * 12 + m);
        assert_eq!(single_time_end("the year to June 2023"), month(2023, 5));
        assert_eq!(single_time_end("the 12 months ending Dec 2021"), month(2021, 11));
        assert_eq!(single_time_end("between October and December 2022"), month(2022, 11));
        assert_eq!(single_time_end("2019"), month(2019, 11));
        assert_eq!(single_time_end("since 2016"), None);
        assert_eq!(single_time_end("the four years to 2021/22"), None);
        assert_eq!(single_time_end("the first quarter"), None);
        assert_eq!(financial_year_end(Period::starting(2022)), 2023 * 12 + 2);
    }

    #[test]
    fn financial_years_are_read_in_every_spelling() {
        assert_eq!(whens("in 2016/17"), [fy(2016)]);
        assert_eq!(whens("in 2016-17 year"), [fy(2016)]);
        assert_eq!(whens("for 2019/2020"), [fy(2019)]);
        assert_eq!(whens("18/19: 2,463"), [fy(2018)]);
        assert_eq!(whens("in 2016 - 17"), [fy(2016)]);
    }

    #[test]
    fn a_financial_year_spoken_in_words_is_read_like_a_printed_one() {
        assert_eq!(whens("ARRESTS IN TWENTY-TWELVE THIRTEEN ROSE"), [fy(2012)]);
        assert_eq!(whens("burglaries in twenty seventeen-eighteen"), [fy(2017)]);
        assert_eq!(whens("thefts for twenty nineteen to twenty"), [fy(2019)]);
        assert_eq!(whens("in twenty twenty twenty-one the force"), [fy(2020)]);
        assert_eq!(whens("in twenty-twenty-two twenty-three"), [fy(2022)]);
        // Two years that do not follow each other are no financial year.
        assert!(!whens("twenty-twelve fourteen").contains(&fy(2012)));
    }

    #[test]
    fn a_calendar_year_spoken_in_words_is_a_calendar_year_and_plain_numbers_are_not() {
        assert_eq!(whens("SINCE THE FLOODS OF TWENTY-FOURTEEN"), [When::Calendar(2014)]);
        assert_eq!(whens("back in twenty twenty-one, they said"), [When::Calendar(2021)]);
        assert!(whens("twenty-one thefts and twenty, nineteen of them").is_empty());
        assert!(whens("TWENTY-FIVE OFFICERS").is_empty());
    }

    #[test]
    fn a_financial_year_may_end_in_a_single_digit() {
        assert_eq!(whens("in the 2021-2 financial year"), [fy(2021)]);
        assert_eq!(whens("covering 2018/9, in July"), [fy(2018)]);
        assert_eq!(whens("over 2019-0"), [fy(2019)]);
        // A digit that is not the next year's last is no financial year.
        assert_eq!(whens("in 2021-5"), [When::Other]);
    }

    #[test]
    fn a_year_then_a_spaced_dash_and_a_figure_is_no_one_digit_year_end() {
        // "2019 - 7 per cent": the dash closes the year's clause and a figure follows.
        assert_eq!(scan("thefts dropped in 2019 - 7 per cent")[0].range, 18..22);
        assert_eq!(scan("arson rose in 2020 - 8.5% up")[0].range, 14..18);
        // Unspaced, a digit followed by a decimal or a percent sign is a figure too.
        assert_eq!(scan("arson rose in 2020-8.5% up")[0].range, 14..18);
        assert_eq!(scan("arson rose in 2020-9% up")[0].range, 14..18);
        // The unspaced short form still reads as before.
        assert_eq!(whens("over 2020-1"), [fy(2020)]);
    }

    #[test]
    fn an_fy_label_is_the_financial_year_it_ends_in_or_spans() {
        assert_eq!(whens("in FY23"), [fy(2022)]);
        assert_eq!(whens("in FY 2024,"), [fy(2023)]);
        assert_eq!(whens("FY22-23 figures"), [fy(2022)]);
        assert!(whens("FY23-25 plan").is_empty());
    }

    #[test]
    fn quarters_are_parts_of_a_year_and_a_quarter_of_something_is_not() {
        for text in [
            "in Q1 2024/25",
            "in Q3 FY24",
            "against 290 in the same quarter last year",
            "530 in the quarter",
            "against 39 in the same six months of the previous year",
            "12 reports since April",
        ] {
            assert_eq!(whens(text), [When::Other], "{text}");
        }
        assert!(whens("a quarter of them were online, 31 in all").is_empty());
        assert!(whens("since May 2023, 40 reports").iter().all(|w| *w == When::Other));
    }

    #[test]
    fn a_financial_year_marked_fy_is_read_like_any_other() {
        assert_eq!(whens("in FY2019/20"), [fy(2019)]);
        assert_eq!(whens("during FY 2020-21"), [fy(2020)]);
        assert_eq!(whens("FY18/19 figures"), [fy(2018)]);
        assert_eq!(whens("every year since FY2017/18"), [When::Other]);
        assert_eq!(span_end("since FY2017/18"), Some(Period::starting(2017)));
    }

    #[test]
    fn years_to_march_are_the_financial_year_they_close() {
        assert_eq!(whens("in the year to March 2017"), [fy(2016)]);
        assert_eq!(whens("during the year ending March 2022"), [fy(2021)]);
        assert_eq!(whens("the financial year ended March 2016"), [fy(2015)]);
        assert_eq!(whens("the 12 months to March 2019"), [fy(2018)]);
        assert_eq!(whens("the year to March 31, 2025"), [fy(2024)]);
        assert_eq!(whens("Between April 2020 and March 2021, officers"), [fy(2020)]);
        assert_eq!(whens("from April 2015 to March 2016"), [fy(2015)]);
        // With no year printed, the latest.
        assert_eq!(whens("in the year to March, police"), [When::Latest]);
        assert_eq!(whens("the 12 months ending last March"), [When::Latest]);
        assert!(!whens("the year to June").contains(&When::Latest));
    }

    #[test]
    fn a_year_to_the_end_of_march_printed_as_a_date_in_figures_is_the_year_it_closes() {
        assert_eq!(whens("in the twelve months ending 31/03/2025, police"), [fy(2024)]);
        assert_eq!(whens("for the year to 31.03.2019"), [fy(2018)]);
        assert_eq!(whens("the 12 months ended 31-3-2021"), [fy(2020)]);
        // Another day is no financial year's end.
        assert!(!whens("the year to 30/06/2022").contains(&fy(2021)));
    }

    #[test]
    fn relative_years_are_marked_for_later_resolution() {
        assert_eq!(whens("412 in the previous 12 months"), [When::Before(1)]);
        assert_eq!(whens("109 the year before"), [When::Before(1)]);
        assert_eq!(whens("but a year later"), [When::After(1)]);
        assert_eq!(whens("509 the following year"), [When::After(1)]);
        assert_eq!(whens("333 recorded five years earlier"), [When::Before(5)]);
        assert_eq!(whens("two years later"), [When::After(2)]);
        assert_eq!(whens("last year"), [When::Latest]);
        assert_eq!(whens("for the last reported year"), [When::Latest]);
        assert_eq!(whens("rose by 8% in the past year"), [When::Latest]);
        assert_eq!(whens("has risen by 11 per cent in a year"), [When::Latest]);
        assert_eq!(whens("of this year's charges"), [When::Latest]);
        assert_eq!(whens("in the year just gone it was 397"), [When::Latest]);
        assert_eq!(whens("over the year just ended"), [When::Latest]);
        assert_eq!(whens("so far this year"), [When::Other]);
        assert!(whens("twice a year").is_empty());
    }

    #[test]
    fn a_month_of_last_year_is_part_of_a_year_not_the_latest_year() {
        assert_eq!(whens("when they raided his flat in June last year"), [When::Other]);
        assert_eq!(whens("arrested in DECEMBER LAST YEAR"), [When::Other]);
        assert_eq!(whens("rose to 412 last year"), [When::Latest]);
        assert_eq!(whens("in March last year, 40 thefts"), [When::Other]);
    }

    #[test]
    fn years_ago_count_back_like_years_earlier() {
        assert_eq!(whens("up from 212 six years ago"), [When::Before(6)]);
        assert_eq!(whens("compared with 3 years ago"), [When::Before(3)]);
        assert_eq!(whens("212, half the level of a decade ago"), [When::Before(10)]);
        assert_eq!(whens("from 90 two decades earlier"), [When::Before(20)]);
        assert!(whens("many years ago").is_empty());
    }

    #[test]
    fn calendar_years_quarters_and_spans_are_not_financial_years() {
        for text in [
            "between July and September 2021",
            "from March to May this year",
            "so far this year",
            "31 during the first quarter",
            "over the past three months",
            "40 in the first half",
            "55 last summer",
            "since 2015",
            "since 2017-18",
            "in the year to June 2021",
            "during the past seven years",
            "between 2016/17 and 2020/21",
            "in the five years to 2022/23",
            "over the three years up to March 2021",
            "2014-2019",
        ] {
            assert_eq!(whens(text), [When::Other], "{text}");
        }
    }

    #[test]
    fn a_calendar_year_on_its_own_is_a_calendar_year() {
        assert_eq!(whens("Eleven cyclists were hurt in 2023"), [When::Calendar(2023)]);
        assert_eq!(whens("during 2019 the charity took 412 calls"), [When::Calendar(2019)]);
        assert_eq!(whens("arson rose in 2020-8.5% up"), [When::Calendar(2020)]);
        assert_eq!(whens("from 2018 to 2021"), [When::Calendar(2018), When::Calendar(2021)]);
        assert!(When::Calendar(2023).names_no_financial_year());
    }

    #[test]
    fn the_words_read_before_a_year_in_a_long_non_ascii_text_are_only_the_last_few() {
        let text = "Café thefts — “a plague”, said Mr Ó Briain — grew, sharply, in 2019. ".repeat(200)
            + "Then in March 2024 they fell.";
        for m in scan(&text) {
            assert!(look_back(&text, m.range.start).len() <= LOOK_BACK, "{:?}", m.range);
        }
        let whens = whens(&text);
        assert_eq!(whens.iter().filter(|w| **w == When::Calendar(2019)).count(), 200);
        assert_eq!(whens.last(), Some(&When::Other));
        let text = "Über 300 Fälle – “mehr als je zuvor”, sagte Jürgen – gab es nur 2021. ".repeat(150);
        assert!(scan(&text).iter().all(|m| look_back(&text, m.range.start).len() <= LOOK_BACK));
    }

    #[test]
    fn a_year_that_ends_a_date_is_no_calendar_year() {
        for text in ["Published 16th Nov 2020", "in March 2024", "on Sept 3, 2022", "seen on 04/07/2021"] {
            assert_eq!(whens(text), [When::Other], "{text}");
        }
    }

    #[test]
    fn a_year_a_part_of_the_year_or_a_law_names_is_no_calendar_year() {
        assert_eq!(whens("over the winter of 2019"), [When::Other]);
        // A law's year is part of its name, no time at all.
        for text in ["the Licensing Act 2003", "the Firearms (Amendment) Regulations 2019", "a Dispersal Order 2022"] {
            assert_eq!(whens(text), [], "{text}");
        }
        assert_eq!(whens("in 2020, under the Licensing Act 2003"), [When::Calendar(2020)]);
        // The part and its year, each no time a figure is dated by.
        assert_eq!(whens("the same quarter of 2020"), [When::Other, When::Other]);
        assert_eq!(whens("in the first six weeks of 2021"), [When::Other, When::Other]);
    }

    #[test]
    fn things_that_look_like_years_but_are_not() {
        assert!(whens("24/7 support").is_empty());
        assert!(whens("call 0808 800 5000").is_empty());
        assert!(whens("the previous years were worse").is_empty());
        assert_eq!(whens("over the past 12 months"), [When::Latest]);
        assert_eq!(whens("in the previous twelve months"), [When::Before(1)]);
    }

    #[test]
    fn a_relative_time_with_its_year_printed_after_it_is_that_year() {
        assert_eq!(whens("842 a decade ago, in 2013/14"), [fy(2013)]);
        assert_eq!(whens("610 five years earlier (2018/19)"), [fy(2018)]);
        assert_eq!(whens("300 last year, in 2023-24"), [fy(2023)]);
        // A year after a new clause is a year of its own.
        assert_eq!(whens("300 the year before, and in 2023/24 it rose"), [When::Before(1), fy(2023)]);
    }

    #[test]
    fn a_time_counted_back_from_an_event_is_no_financial_year() {
        assert_eq!(whens("four years before the legal limit was cut"), [When::Other]);
        assert_eq!(whens("a year before the pandemic began"), [When::Other]);
        assert_eq!(whens("The year before the new manager arrived, the club sold 900"), [When::Other]);
        assert_eq!(whens("the year before that"), [When::Before(1)]);
        assert_eq!(whens("The year before the force recorded 5,200"), [When::Before(1)]);
        assert_eq!(whens("The year before they logged 5,200"), [When::Before(1)]);
        assert_eq!(whens("two years before, it was 40"), [When::Before(2)]);
    }

    #[test]
    fn stated_gaps_are_read_in_words_and_digits() {
        assert_eq!(stated_gap_years("against the level of six years ago"), Some(6));
        assert_eq!(stated_gap_years("in the past 10 years"), Some(10));
        assert_eq!(stated_gap_years("last year"), None);
    }

    #[test]
    fn a_year_before_is_read_whatever_the_case_of_the_word_saying_so() {
        assert!(whens("In THE PRIOR YEAR the unit logged 40 calls.").contains(&When::Before(1)));
        assert!(whens("Twelve Months Earlier the waiting list held 30 names.").contains(&When::Before(1)));
        assert!(whens("A Year Previously the club had 12 members.").contains(&When::Before(1)));
    }

    #[test]
    fn a_sentence_with_no_word_for_before_names_no_year_before() {
        assert!(!whens("The year ahead will see 40 new posts.").contains(&When::Before(1)));
        assert!(!whens("The following year saw 12 fires.").contains(&When::Before(1)));
    }

    #[test]
    fn cues_answer_like_a_lowercased_copy_of_the_text_for_every_cue_word() {
        let texts = [
            "In the year to March 2021, burglaries rose by 31% in the summer QUARTER.",
            "Since DECEMBER the force's YEAR' tally rose between Jan and Feb 19",
            "A half-decade ago, in mid-Sept, 20 months on; apr may jun jul aug oct nov",
            "no cue here at all",
            "Q2 had 19 of them; q3 and Q5 none",
            "ſince the Kelvin K, café: yea, mont, quarte, betwee, 3, 1, 2",
        ];
        for text in texts {
            let lower = text.to_ascii_lowercase();
            let cues = Cues::of(text);
            for (i, word) in CUE_WORDS.iter().enumerate() {
                assert_eq!(cues.has(i), lower.contains(word), "{word:?} in {text:?}");
            }
            let digit = text.bytes().any(|b| b.is_ascii_digit());
            let month = lower.contains("month");
            assert_eq!(cues.years, month || lower.contains("year"), "{text:?}");
            assert_eq!(cues.since, lower.contains("ince"), "{text:?}");
            assert_eq!(cues.century, digit && (lower.contains("19") || lower.contains("20")), "{text:?}");
            let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec"];
            assert_eq!(cues.months, months.iter().any(|m| lower.contains(m)), "{text:?}");
            let parts = ["quarter", "half", "ummer", "wee", "day"];
            let quarter_label = text.as_bytes().windows(2).any(|w| w[0] == b'Q' && (b'1'..=b'4').contains(&w[1]));
            let part = parts.iter().any(|m| lower.contains(m)) || quarter_label;
            assert_eq!(cues.part_of_year, month || (digit && part), "{text:?}");
        }
    }
}
