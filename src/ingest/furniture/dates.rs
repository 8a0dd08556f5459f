//! Lines that are only a date or a time: a page's publication line, a live blog's stamps.

use std::sync::LazyLock;

use regex::Regex;

use crate::ingest::clean::re;

/// The parts of a date or time line: a weekday, a date with its month named ("12 March
/// 2024", "Nov 14, 2024") or in figures ("14/11/2024", "2024-11-14"), a time ("17:05",
/// "6.30pm", "00.01 GMT").
const DAY: &str = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?";
const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const ZONE: &str = r"(?:\s*\(?(?:gmt|bst|utc|cet|cest|est|edt|et|pst|pdt|pt)\)?)";
const AM_PM: &str = r"(?:\s*[ap]\.?m\.?)";

/// A time on its own: hours and minutes, with a colon ("09:15") or, with am/pm or a time
/// zone, a point ("5.05pm", "00.01 GMT"); or an hour with am/pm ("6am").
static TIME: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?{AM_PM}?{ZONE}?|\d{{1,2}}\.\d{{2}}(?:{AM_PM}{ZONE}?|{ZONE})|\d{{1,2}}{AM_PM}{ZONE}?)"
    )
});

static TIME_LINE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^{}$", *TIME)));

/// Whether a line is a time alone ([`TIME_LINE`]): a live blog's stamp over an entry.
pub(super) fn is_time_alone(line: &str) -> bool {
    TIME_LINE.is_match(line)
}

static TIME_OPENING: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^{}(?:\b|$)", *TIME)));

/// Whether a line opens with a time as a live blog stamps its entries ("17:05", "4.15pm -
/// Council responds"), read as [`TIME_LINE`] reads a time alone: a point needs am/pm or a
/// zone after it, so "3.45 million visitors" opens with no time. Marks of emphasis or a
/// heading before it ("**17:05**", "## 9am") are skipped.
pub fn opens_with_time(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '#' | '_' | '['));
    line.starts_with(|c: char| c.is_ascii_digit()) && TIME_OPENING.is_match(line)
}

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let day_num = r"\d{1,2}(?:st|nd|rd|th)?";
    let date = format!(
        r"(?:{day_num}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?|{MONTH}\s+{day_num}(?:,?\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}})"
    );
    let part = format!(r"(?:{DAY}|{date}|{})", *TIME);
    re(&format!(r"(?i)^{part}(?:(?:\s*[,|·•/–—-]\s*|\s+at\s+|\s+){part})*$"))
});

/// Whether a line is only a date and/or time ("Thu 14 Nov 2024 00.01 GMT", "Friday, 7 March
/// 2025", "17:05"). Such lines are short and hold a digit, which rules out most lines
/// before the regex runs.
pub(in crate::ingest) fn is_date_line(line: &str) -> bool {
    const MAX_LEN: usize = 64;
    line.len() <= MAX_LEN && line.bytes().any(|b| b.is_ascii_digit()) && DATE_LINE.is_match(line)
}
