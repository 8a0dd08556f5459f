//! Numbers as printed: digits with separators, words, per cent, money.
//!
//! This module only reads the *shape* of a number ("10,391", "seven per cent", "£3m"); whether
//! it is a statistic at all (a year, an age, a phone number…) is decided in `figures`.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::clock_times::{is_broadcast_hour, is_zero_led_clock_time, is_zoned_clock_time};
use super::cues::{Case, CueWords, Found};

/// Compiles one of extraction's fixed patterns. The patterns are constants checked by the
/// tests, so a failure is a bug in the source, never something an input can cause.
///
/// `\b` is compiled as an ASCII word boundary, `(?-u:\b)`. These patterns put `\b` beside
/// English words, digits and place names, all ASCII, where the two kinds of boundary agree
/// (a curly quote, a dash or "£" is no word char to either). A Unicode `\b` keeps the regex
/// crate off its fast engines: captures get no one-pass DFA, and the lazy DFA gives up at the
/// first non-ASCII byte. It cost a quarter of all extraction instructions (docs/performance.md,
/// session 14). Patterns that read people's names, which may end in an accented letter
/// ("Zoë"), are compiled in `quotes` with Unicode boundaries.
///
/// `\d` is compiled as an ASCII digit, `[0-9]`, in a class or out of one ([`ascii_digits`]).
/// A Unicode `\d` also takes the digits of some sixty other scripts, which no article here
/// prints and no number reader parses. Its many ranges made building a pattern like
/// `[^.;:\d]{0,40}` cost tens of millions of instructions; over all the patterns, a seventh
/// of building them, a fixed cost of every run however small (docs/performance.md, session 28).
pub(crate) fn compile(pattern: &str) -> Regex {
    let pattern = ascii_digits(&pattern.replace(r"\b", r"(?-u:\b)"));
    Regex::new(&pattern).unwrap_or_else(|e| panic!("extract pattern {pattern:?}: {e}"))
}

/// `pattern` with each `\d` written as the ASCII digits: `[0-9]` outside a class, `0-9`
/// inside one (`[^.;:\d]` becomes `[^.;:0-9]`). An escaped backslash (`\\d`) is no `\d`.
fn ascii_digits(pattern: &str) -> String {
    if !pattern.contains(r"\d") {
        return pattern.to_owned();
    }
    let mut out = String::with_capacity(pattern.len() + 16);
    // How many classes are open here (a class may hold a class, "[[:alpha:]-]").
    let mut depth = 0usize;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('d') if depth == 0 => out.push_str("[0-9]"),
                Some('d') => out.push_str("0-9"),
                Some(next) => {
                    out.push(c);
                    out.push(next);
                }
                None => out.push(c),
            },
            '[' => {
                depth += 1;
                out.push(c);
                // A "]" first in a class, or first after its "^", is a literal "]".
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range of the number's words, from the currency sign to "per cent".
    pub range: Range<usize>,
    /// The value, with separators removed and "m"/"million" applied.
    pub value: f64,
    /// Printed with "%", "per cent" or "percent".
    pub percent: bool,
    /// Printed with "£", "$" or "€", or with "pounds", "dollars" or "euros" after it.
    pub money: bool,
    /// Written in words ("seven", "twenty-five") rather than digits.
    pub in_words: bool,
}

/// "%", "per cent", "percent", and "pc" as some papers print it ("up 23pc"), and the Welsh
/// "y cant" of a bilingual page ("21 y cant").
const PERCENT: &str = r"(\s?%|\s?per\s?cent\b|\s?percent\b|(?-i:pc)\b|(?-i:\s+y\s+cant)\b)?";

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)([£$€]\s?)?(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?(\s?(?:bn|m|k|million|billion|thousand)\b)?{PERCENT}"
    ))
});

const UNITS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\
                     sixteen|seventeen|eighteen|nineteen";
const TENS: &str = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/// A number in words: "twenty-five", "six and a half per cent", "three hundred", and "three
/// hundred and forty", whose "and" joins the tens and units to the hundreds (groups 6 and 7 or
/// 8), all in thousands or millions when a scale word follows ("two hundred and fifty
/// thousand", group 9).
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:({TENS})(?:[\s-]({UNITS}))?|({UNITS}))\b(\s+and\s+a\s+(?:half|quarter)\b)?(\s+(?:hundred(?:\s+and\s+(?:({TENS})(?:[\s-]({UNITS}))?|({UNITS}))\b)?(?:\s+(thousand|million)\b)?|thousand|million)\b)?{PERCENT}"
    ))
});

/// The number words from one to ninety and their values, looked up once per word.
static WORD_VALUES: LazyLock<rustc_hash::FxHashMap<&'static str, f64>> = LazyLock::new(|| {
    let units = UNITS.split('|').enumerate().map(|(i, u)| (u, i as f64 + 1.0));
    let tens = TENS.split('|').enumerate().map(|(i, t)| (t, (i as f64 + 2.0) * 10.0));
    units.chain(tens).collect()
});

/// The value of a number word from one to ninety. It runs on every word of a sentence with no
/// digit, so the word is lower-cased on the stack (no number word is longer than nine letters)
/// and found in one hash lookup.
pub fn word_value(word: &str) -> Option<f64> {
    let mut lower = [0u8; 9];
    let bytes = lower.get_mut(..word.len())?;
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    WORD_VALUES.get(std::str::from_utf8(bytes).ok()?).copied()
}

/// Whether `text` holds a number word from one to ninety, in any case, as a whole run of
/// ASCII letters: what asking [`word_value`] of every piece of `text` split at the bytes that
/// are no ASCII letter finds. A sentence with no digit is asked this before its council areas
/// are read, so the words are found in one pass (ASCII case folded) instead of splitting the
/// sentence and looking up every word. Leftmost-longest finds each run whole: a number word
/// standing alone cannot start inside a longer match, whose bytes are all letters.
pub fn has_number_word(text: &str) -> bool {
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(UNITS.split('|').chain(TENS.split('|')))
            .unwrap_or_else(|e| panic!("number words: {e}"))
    });
    let letter = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_alphabetic);
    FINDER.find_iter(text).any(|m| (m.start() == 0 || !letter(m.start() - 1)) && !letter(m.end()))
}

/// Multiplier for a scale word or suffix ("m", "million", "k").
fn scale(word: &str) -> f64 {
    match word.trim().to_ascii_lowercase().as_str() {
        "k" | "thousand" => 1e3,
        "m" | "million" => 1e6,
        "bn" | "billion" => 1e9,
        "hundred" => 1e2,
        _ => 1.0,
    }
}

/// The value of a superscript digit ("¹" is 1): how footnote marks are printed, which ingest
/// writes bracketed marks as ("4,512[3]" reads "4,512³").
pub fn superscript_value(c: char) -> Option<u32> {
    match c {
        '\u{2070}' => Some(0),
        '\u{00B9}' => Some(1),
        '\u{00B2}' => Some(2),
        '\u{00B3}' => Some(3),
        '\u{2074}'..='\u{2079}' => Some(c as u32 - 0x2070),
        _ => None,
    }
}

/// True when the number at `start..end` is glued to other word characters ("M6", "18s",
/// "16th", "Covid-19", "24/7"), so it is part of a name, an ordinal or a code.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let two_before = text[..start].chars().rev().nth(1);
    let after = text[end..].chars().next();
    let after_next = text[end..].chars().nth(1);
    let glued_before = match before {
        Some(c) if c.is_alphanumeric() || c == '/' || c == '_' => true,
        Some('.') | Some(',') => two_before.is_some_and(|c| c.is_ascii_digit()),
        Some('-') => two_before.is_some_and(|c| c.is_alphabetic()),
        // "Section 12(1)", "s.40(2)(a)": a subsection, in brackets glued to the law's number.
        Some('(') => two_before.is_some_and(|c| c.is_alphanumeric() || c == ')'),
        _ => false,
    };
    // A footnote mark after a number ("4,512³") leaves it a number.
    let glued_after = match after {
        Some(c) if (c.is_alphanumeric() && superscript_value(c).is_none()) || c == '_' => true,
        Some('/') | Some(':') => after_next.is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    glued_before || glued_after || in_hyphen_chain(text, start, end)
}

/// "1-2-1 support", "a 4-4-2 formation": three or more numbers joined by hyphens, with no
/// space, are a name or a code, not numbers (two are a range, "aged 14-17"); so is "24-7",
/// round the clock, as "24/7" is.
fn in_hyphen_chain(text: &str, start: usize, end: usize) -> bool {
    let is_part = |c: char| c.is_ascii_digit() || c == '-';
    let from = text[..start].char_indices().rev().find(|&(_, c)| !is_part(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..].find(|c: char| !is_part(c)).map_or(text.len(), |i| end + i);
    let token = &text[from..to];
    token == "24-7" || token.matches('-').count() >= 2 && token.split('-').all(|part| !part.is_empty())
}

/// "0'24\"", "DUR: 1’45”", "2′10″": minutes and seconds marked with primes (or the quote
/// marks typed for them), as a broadcast script times its clips and cues. Neither number is a
/// quantity. `before` and `after` are the text around one plain number.
fn is_minutes_or_seconds(before: &str, after: &str) -> bool {
    const MINUTE: [char; 3] = ['\'', '\u{2019}', '\u{2032}'];
    const SECOND: [char; 3] = ['"', '\u{201d}', '\u{2033}'];
    let seconds_after = |rest: &str| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && rest[digits..].starts_with(SECOND)
    };
    // Minutes: a prime, one or two digits and a double prime after.
    let minutes = after.strip_prefix(MINUTE).is_some_and(seconds_after);
    // Seconds: digits and a prime before, a double prime after.
    let seconds = after.starts_with(SECOND)
        && before.strip_suffix(MINUTE).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    minutes || seconds
}

/// "2 million pounds", "40,000 euros": a currency named after the number.
fn currency_after(after: &str) -> bool {
    let rest = after.trim_start();
    after.len() > rest.len()
        && ["pounds", "dollars", "euros"].iter().any(|w| {
            rest.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
                && !rest[w.len()..].starts_with(char::is_alphanumeric)
        })
}

/// The parts of one match of [`DIGITS`], as byte ranges of the text: its groups 1 to 5.
#[derive(Debug, Clone, PartialEq)]
struct DigitParts {
    whole: Range<usize>,
    currency: Option<Range<usize>>,
    int: Range<usize>,
    decimals: Option<Range<usize>>,
    scale: Option<Range<usize>>,
    percent: Option<Range<usize>>,
}

impl DigitParts {
    fn of(c: &regex::Captures) -> Option<DigitParts> {
        Some(DigitParts {
            whole: c.get(0)?.range(),
            currency: c.get(1).map(|m| m.range()),
            int: c.get(2)?.range(),
            decimals: c.get(3).map(|m| m.range()),
            scale: c.get(4).map(|m| m.range()),
            percent: c.get(5).map(|m| m.range()),
        })
    }
}

/// Whether `b` is a byte `\s` matches: ASCII whitespace with the vertical tab.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// Whether `b` is a byte of an ASCII word (what `\b` reads).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The groups of the match of [`DIGITS`] that starts at `start`, read byte by byte as the
/// regex reads them, for ASCII text (and a currency sign): the same groups the regex's
/// captures give, found without its backtracking. `None` where a byte it meets is not ASCII
/// (a Unicode digit, space or case fold the pattern also matches), or the match is not one
/// this reading knows; the caller then asks the regex.
fn read_digit_parts(text: &str, start: usize) -> Option<DigitParts> {
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied();
    let digit = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    let run_of_digits = |i: usize| b.get(i..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let word_end = |i: usize| !at(i).is_some_and(is_word_byte) && at(i).is_none_or(|c| c.is_ascii());
    let mut i = start;
    // ([£$€]\s?)?
    let currency = match text.get(start..).and_then(|r| r.chars().next()) {
        Some(c @ ('£' | '$' | '€')) => {
            i += c.len_utf8();
            if at(i).is_some_and(is_space) && digit(i + 1) {
                i += 1;
            }
            Some(start..i)
        }
        _ => None,
    };
    // (\d{1,3}(?:,\d{3})+|\d+)
    let int_start = i;
    let run = run_of_digits(i);
    if run == 0 {
        return None;
    }
    let group = |j: usize| at(j) == Some(b',') && run_of_digits(j + 1) >= 3;
    if run <= 3 && group(i + run) {
        i += run;
        while group(i) {
            i += 4;
        }
    } else {
        i += run;
    }
    let int = int_start..i;
    // (\.\d+)?
    let decimals = (at(i) == Some(b'.') && digit(i + 1)).then(|| {
        let from = i;
        i += 1 + run_of_digits(i + 1);
        from..i
    });
    // (\s?(?:bn|m|k|million|billion|thousand)\b)?
    let scale_word = |j: usize| {
        let len = b.get(j..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_alphabetic()).count());
        let word = text.get(j..j + len)?;
        ["bn", "m", "k", "million", "billion", "thousand"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            .then_some(j + len)
            .filter(|&end| word_end(end))
    };
    let scale =
        [at(i).is_some_and(is_space).then_some(i + 1), Some(i)].into_iter().flatten().find_map(scale_word).map(|end| {
            let from = i;
            i = end;
            from..end
        });
    // (\s?%|\s?per\s?cent\b|\s?percent\b|(?-i:pc)\b|(?-i:\s+y\s+cant)\b)?
    let lower_at =
        |j: usize, word: &str| b.get(j..j + word.len()).is_some_and(|r| r.eq_ignore_ascii_case(word.as_bytes()));
    let spaced = |j: usize| [at(j).is_some_and(is_space).then_some(j + 1), Some(j)].into_iter().flatten();
    let per_cent = |j: usize| {
        if at(j) == Some(b'%') {
            return Some(j + 1);
        }
        if !lower_at(j, "per") {
            return None;
        }
        let k = j + 3;
        [at(k).is_some_and(is_space).then_some(k + 1), Some(k)]
            .into_iter()
            .flatten()
            .find(|&k| lower_at(k, "cent") && word_end(k + 4))
            .map(|k| k + 4)
    };
    let spaces = |j: usize| b.get(j..).map_or(0, |r| r.iter().take_while(|&&c| is_space(c)).count());
    let welsh = || {
        let k = i + spaces(i);
        if k == i || at(k) != Some(b'y') {
            return None;
        }
        let m = k + 1 + spaces(k + 1);
        (m > k + 1 && b.get(m..m + 4) == Some(b"cant") && word_end(m + 4)).then_some(m + 4)
    };
    let percent_end = spaced(i)
        .find_map(per_cent)
        .or_else(|| (b.get(i..i + 2) == Some(b"pc") && word_end(i + 2)).then_some(i + 2))
        .or_else(welsh);
    let percent = percent_end.map(|end| {
        let from = i;
        i = end;
        from..end
    });
    Some(DigitParts { whole: start..i, currency, int, decimals, scale, percent })
}

/// Every number printed in digits, in order. The regex finds each (its lazy DFA, quick); the
/// parts are read by [`read_digit_parts`], or by the regex's captures where that declines.
fn digit_numbers(text: &str) -> Vec<Number> {
    DIGITS
        .find_iter(text)
        .filter_map(|m| {
            let parts = match read_digit_parts(text, m.start()) {
                Some(parts) if parts.whole == m.range() => parts,
                _ => DigitParts::of(&DIGITS.captures_at(text, m.start())?)?,
            };
            digit_number(text, &parts)
        })
        .collect()
}

/// The number one match of [`DIGITS`] reads, unless it is glued to other words or a clock time.
fn digit_number(text: &str, p: &DigitParts) -> Option<Number> {
    let whole = &p.whole;
    if glued(text, whole.start, whole.end) {
        return None;
    }
    let int = text.get(p.int.clone())?;
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let decimals = p.decimals.clone().and_then(|r| text.get(r)).unwrap_or("");
    let after = &text[whole.end..];
    let plain = p.currency.is_none() && p.percent.is_none();
    if is_zoned_clock_time(text.get(..p.int.start).unwrap_or(""), int, decimals, after)
        || (plain && is_zero_led_clock_time(&text[whole.clone()]))
    {
        return None;
    }
    let before = super::tail_within(text, whole.start, 16);
    if plain
        && decimals.is_empty()
        && (is_minutes_or_seconds(before, after) || is_broadcast_hour(&text[whole.clone()], before, after))
    {
        return None;
    }
    // "£4.1m" read as the decimal "4.1e6", not 4.1 × 10⁶ (4099999.9999999995).
    let power = p.scale.clone().and_then(|r| text.get(r)).map_or(0, |m| scale(m).log10().round() as i32);
    let value: f64 = format!("{digits}{decimals}e{power}").parse().ok()?;
    Some(Number {
        range: whole.clone(),
        value,
        percent: p.percent.is_some(),
        money: p.currency.is_some() || currency_after(&text[whole.end..]),
        in_words: false,
    })
}

/// The end of "hundred" in a match whose "and" really starts a second number: "between two
/// hundred and three hundred" (the unit is followed by its own "hundred"), and "between three
/// hundred and four thousand" (a bare unit scaled, after "between", whose "and" is the
/// range's). Those are a range or a list, never one number; `None` keeps the match whole.
/// ("from two hundred and five thousand to …" has "to" for its range, and stays one number.)
fn and_starts_next_number(text: &str, c: &regex::Captures) -> Option<usize> {
    static NEXT_HUNDRED: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+hundred\b"));
    static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bbetween\s+$"));
    let whole = c.get(0)?;
    let hundreds = c.get(5)?;
    c.get(6).or(c.get(7)).or(c.get(8))?;
    let next_hundred = c.get(9).is_none() && c.get(10).is_none() && NEXT_HUNDRED.is_match(&text[whole.end()..]);
    // Only the last few bytes before the match can hold "between ".
    let mut from = whole.start().saturating_sub(16);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..whole.start()).unwrap_or("");
    let scaled_unit = c.get(9).is_some() && c.get(6).is_none() && RANGE_BEFORE.is_match(before);
    if !(next_hundred || scaled_unit) {
        return None;
    }
    let at = hundreds.as_str().to_ascii_lowercase().find("hundred")?;
    Some(hundreds.start() + at + "hundred".len())
}

/// Every number written in words, in order.
fn word_numbers(text: &str) -> Vec<Number> {
    let mut found = hedged_round_words(text);
    // The hedged numbers' ends, in order: a number word inside one ("fifty" of "almost a
    // hundred and fifty") is part of it.
    let hedged_ends: Vec<Range<usize>> = found.iter().map(|n| n.range.clone()).collect();
    let mut next_hedged = 0;
    let mut pos = 0;
    while let Some(c) = WORDS.captures_at(text, pos) {
        let Some(whole) = c.get(0) else { break };
        while hedged_ends.get(next_hedged).is_some_and(|r| r.end <= whole.start()) {
            next_hedged += 1;
        }
        if hedged_ends.get(next_hedged).is_some_and(|r| r.start <= whole.start()) {
            pos = whole.end();
            continue;
        }
        if let Some(cut) = and_starts_next_number(text, &c) {
            // Keep "X hundred" and read on from the "and".
            let tens = c.get(1).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
            let unit = c.get(2).or(c.get(3)).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
            found.push(Number {
                range: whole.start()..cut,
                value: (tens + unit) * 100.0,
                percent: false,
                money: false,
                in_words: true,
            });
            pos = cut;
            continue;
        }
        pos = whole.end();
        found.extend(word_number(text, &c));
    }
    joined_thousands(text, found)
}

/// "three thousand two hundred and five", "three thousand, two hundred and five": thousands with
/// the hundreds after them, read as one number. A thousand followed by "and" is not joined
/// ("nine thousand and forty" is two numbers, or a year said aloud), nor by tens alone.
fn joined_thousands(text: &str, mut found: Vec<Number>) -> Vec<Number> {
    const THOUSAND: f64 = 1000.0;
    found.sort_by_key(|n| n.range.start);
    let mut out: Vec<Number> = Vec::with_capacity(found.len());
    for n in found {
        if let Some(last) = out.last_mut() {
            let between = text.get(last.range.end..n.range.start).unwrap_or("x");
            let gap = between.trim_start_matches(',').trim().is_empty() && between.starts_with([',', ' ']);
            let thousands = last.value >= THOUSAND && last.value % THOUSAND == 0.0 && last.value < THOUSAND * THOUSAND;
            let hundreds = n.value < THOUSAND
                && text.get(n.range.clone()).is_some_and(|w| w.to_ascii_lowercase().contains("hundred"));
            if gap && thousands && hundreds && last.in_words && n.in_words && !last.percent && !last.money {
                last.value += n.value;
                last.range.end = n.range.end;
                last.percent = n.percent;
                continue;
            }
        }
        out.push(n);
    }
    out
}

/// "nearly", "more than", "just under", "some": the words that hedge a number printed after
/// them, one alternation for every rule that reads a hedge before a number (a group with no
/// capture; the word boundaries are the caller's).
pub(crate) const HEDGE: &str = r"(?:nearly|almost|more\s+than|over|about|around|roughly|close\s+to|just\s+(?:under|over)|well\s+(?:over|under)|fewer\s+than|less\s+than|upwards\s+of|some)";

/// "nearly a hundred", "more than a thousand": a round number said with "a" for "one", read
/// only after a hedge, which makes it a quantity ("a hundred times", "a thousand and one
/// reasons" are not). The number is "a hundred"; the hedge is its qualifier, as before digits.
/// "almost a hundred and fifty" is one number, 150, with what the "and" adds.
fn hedged_round_words(text: &str) -> Vec<Number> {
    static AND: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+and\s+"));
    static HEDGED: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\b{HEDGE}\s+(a\s+(hundred|thousand))\b")));
    // In any case: copy read on air is written in capitals ("MORE THAN A HUNDRED"). One
    // automaton pass, not a window compared at every byte (this runs on every paragraph).
    static ROUND: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&["hundred", "thousand"], Case::Folded));
    if ROUND.find(text) == Found::NONE {
        return Vec::new();
    }
    HEDGED
        .captures_iter(text)
        .filter_map(|c| {
            let (number, scale) = (c.get(1)?, c.get(2)?);
            let round = if scale.as_str().eq_ignore_ascii_case("hundred") { 100.0 } else { 1000.0 };
            let added = AND.find(text.get(number.end()..)?).and_then(|and| {
                let from = number.end() + and.end();
                let more = WORDS.captures_at(text, from).filter(|m| m.get(0).is_some_and(|m| m.start() == from))?;
                word_number(text, &more)
            });
            // "nearly two hundred and fifteen thousand": the thousands scale the whole, 215,000.
            let thousands_of = |n: &Number| {
                let printed = text.get(n.range.clone()).unwrap_or("");
                round == 100.0
                    && n.value >= 1000.0
                    && n.value < 100_000.0
                    && n.value % 1000.0 == 0.0
                    && printed.len() >= 8
                    && printed.as_bytes()[printed.len() - 8..].eq_ignore_ascii_case(b"thousand")
            };
            let (value, end) = match added {
                Some(n) if n.value < round => (round + n.value, n.range.end),
                Some(n) if thousands_of(&n) => ((round + n.value / 1000.0) * 1000.0, n.range.end),
                _ => (round, number.end()),
            };
            Some(Number { range: number.start()..end, value, percent: false, money: false, in_words: true })
        })
        .collect()
}

/// The number one match of WORDS reads, unless it is part of a compound word.
fn word_number(text: &str, c: &regex::Captures) -> Option<Number> {
    let whole = c.get(0)?;
    let tens = c.get(1).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
    let unit = c.get(2).or(c.get(3)).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
    // "five and a half per cent", "two and a quarter million".
    let part = c.get(4).map_or(0.0, |m| if m.as_str().to_ascii_lowercase().ends_with("half") { 0.5 } else { 0.25 });
    // "three hundred and forty": what the "and" adds to the hundreds.
    let added_tens = c.get(6).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
    let added_unit = c.get(7).or(c.get(8)).and_then(|m| word_value(m.as_str())).unwrap_or(0.0);
    let scaled = c.get(5).map_or(1.0, |m| {
        let words = m.as_str().trim_start();
        scale(words.split_whitespace().next().unwrap_or(words))
    });
    let of_hundreds = c.get(9).map_or(1.0, |m| scale(m.as_str()));
    let value = ((tens + unit + part) * scaled + added_tens + added_unit) * of_hundreds;
    let after = text[whole.end()..].chars().next();
    if after.is_some_and(|ch| ch == '-' && !text[whole.end()..].starts_with("- ")) && c.get(10).is_none() {
        // "five-year-old", "two-thirds": part of a compound word.
        let rest = &text[whole.end() + 1..];
        if rest.chars().next().is_some_and(char::is_alphabetic) {
            return None;
        }
    }
    Some(Number { range: whole.range(), value, percent: c.get(10).is_some(), money: false, in_words: true })
}

/// Every number in `text` (digits or words), in order of position.
pub fn scan(text: &str) -> Vec<Number> {
    let mut all = digit_numbers(text);
    all.extend(word_numbers(text));
    all.sort_by_key(|n| n.range.start);
    all
}

/// The numbers of `s` that `keep` picks, as printed: what a number test reads back.
#[cfg(test)]
pub(crate) fn printed_where(s: &str, keep: impl Fn(&str, &Number) -> bool) -> Vec<String> {
    scan(s).into_iter().filter(|n| keep(s, n)).filter_map(|n| s.get(n.range).map(str::to_string)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_digits_are_ascii_in_a_class_and_out_of_one() {
        assert_eq!(ascii_digits(r"\d{4}[/-]\d{2}"), "[0-9]{4}[/-][0-9]{2}");
        assert_eq!(ascii_digits(r"(?:[^.;:\d]|x){0,40}"), "(?:[^.;:0-9]|x){0,40}");
        assert_eq!(ascii_digits(r"[]\d][^]\d][[:alpha:]\d]\d"), "[]0-9][^]0-9][[:alpha:]0-9][0-9]");
        // An escaped backslash, an escaped bracket and other escapes are left as they are.
        assert_eq!(ascii_digits(r"\\d\[\d\]\w\s\x{2019}"), r"\\d\[[0-9]\]\w\s\x{2019}");
        let pattern = compile(r"^[^.;:\d]*\d+$");
        assert!(pattern.is_match("up 12") && pattern.is_match("was 7"));
        // Arabic-Indic and full-width digits are no digits to an extraction pattern.
        assert!(!pattern.is_match("\u{0661}\u{0662}") && !compile(r"\d").is_match("\u{FF11}"));
    }

    /// `digit_numbers` as it was before the parts were read by hand (session 22): every
    /// part from the regex's captures.
    fn digit_numbers_by_captures(text: &str) -> Vec<Number> {
        DIGITS.captures_iter(text).filter_map(|c| digit_number(text, &DigitParts::of(&c)?)).collect()
    }

    proptest::proptest! {
        #[test]
        fn digit_numbers_reads_the_parts_the_regex_captures(
            text in "([0-9]{1,5}|[,.]|[,.][0-9]{1,4}|[ \t\x0b\u{a0}]{1,2}|[£$€]|%|per|PER|cent|Cent|percent|pc|PC|y|cant|bn|BN|m|M|k|K|million|Billion|thousand|\u{212a}|thou\u{17f}and|\u{663}|[a-z_]|:|-|/){0,14}"
        ) {
            let parts = DIGITS.captures_iter(&text).filter_map(|c| DigitParts::of(&c)).collect::<Vec<_>>();
            for p in &parts {
                if let Some(read) = read_digit_parts(&text, p.whole.start) {
                    if read.whole == p.whole {
                        proptest::prop_assert_eq!(&read, p, "{:?}", text);
                    }
                }
            }
            proptest::prop_assert_eq!(digit_numbers(&text), digit_numbers_by_captures(&text), "{:?}", text);
        }
    }

    #[test]
    fn digit_parts_are_read_by_hand_for_ascii_numbers() {
        for text in
            ["£4.1m", "10,391 per cent", "£ 3bn", "up 23pc", "21 y  cant", "1,234,567.5 thousand", "6.30 pm", "12%"]
        {
            let m = DIGITS.find(text).map(|m| m.range());
            let read = read_digit_parts(text, m.clone().map_or(0, |m| m.start));
            assert_eq!(read.map(|p| p.whole), m, "{text}");
            assert_eq!(digit_numbers(text), digit_numbers_by_captures(text), "{text}");
        }
    }

    fn values(text: &str) -> Vec<f64> {
        scan(text).iter().map(|n| n.value).collect()
    }

    #[test]
    fn word_value_reads_every_number_word_in_any_case_and_nothing_else() {
        let all: Vec<&str> = UNITS.split('|').chain(TENS.split('|')).collect();
        for (i, w) in all.iter().enumerate() {
            let want = if i < 19 { i as f64 + 1.0 } else { (i as f64 - 17.0) * 10.0 };
            assert_eq!(word_value(w), Some(want), "{w}");
            assert_eq!(word_value(&w.to_ascii_uppercase()), Some(want), "{w}");
            assert_eq!(word_value(&format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..])), Some(want), "{w}");
        }
        for w in ["", "a", "the", "hundred", "seventeenth", "ninetynine", "twenty-five", "onе", "çinq", "one "] {
            assert_eq!(word_value(w), None, "{w}");
        }
    }

    #[test]
    fn has_number_word_finds_what_a_word_by_word_lookup_finds() {
        let by_words = |t: &str| t.split(|c: char| !c.is_ascii_alphabetic()).any(|w| word_value(w).is_some());
        let texts = [
            "",
            "one",
            "ONE",
            "Orkney recorded four.",
            "someone said so",
            "ones and tens",
            "seventeen",
            "Seventeenth time",
            "sevenTEEN-two",
            "twenty-five",
            "ninetynine",
            "x_one_y",
            "café three",
            "cafééight",
            "one1",
            "2nine",
            "Saltone, eightee and fift",
            "eighteighteen",
            "oneone",
            "The Kelvin \u{212a} sign; ſix; onе",
            "Kirklees has no number",
            "a\tTwo",
            "tenth ten",
        ];
        for t in texts {
            assert_eq!(has_number_word(t), by_words(t), "{t:?}");
        }
        let words: Vec<&str> = UNITS.split('|').chain(TENS.split('|')).collect();
        let glue = ["", " ", "-", "a", "é", "1", "_", "s"];
        for w in &words {
            for a in glue {
                for b in glue {
                    for t in [format!("{a}{w}{b}"), format!("{a}{}{b}", w.to_ascii_uppercase())] {
                        assert_eq!(has_number_word(&t), by_words(&t), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_boundaries_hold_beside_curly_quotes_dashes_and_pound_signs() {
        let word = compile(r"\boffences\b");
        assert!(word.is_match("“offences”"));
        assert!(word.is_match("offences—up"));
        assert!(!word.is_match("offencesx"));
        let digits = compile(r"\b\d+\b");
        assert_eq!(digits.find("£145’s").map(|m| m.as_str()), Some("145"));
    }

    #[test]
    fn digits_with_separators_and_decimals_are_read_whole() {
        assert_eq!(values("there were 10,391 crimes"), [10391.0]);
        assert_eq!(values("a rise of 229.5%"), [229.5]);
        assert_eq!(values("1,875 and 55,507 and 1,000,000"), [1875.0, 55507.0, 1_000_000.0]);
    }

    #[test]
    fn per_cent_is_recognised_in_every_spelling() {
        for text in [
            "up 16%",
            "up 16 %",
            "up 16 per cent",
            "up 16 percent",
            "up 16 percent.",
            "up sixteen per cent",
            "up 16pc",
            "o 16 y cant",
        ] {
            let found = scan(text);
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].percent, "{text}");
            assert_eq!(found[0].value, 16.0, "{text}");
        }
    }

    #[test]
    fn money_with_scale_words_is_in_pounds() {
        let found = scan("a £3m investment and £1.5 million more, £250,000 in all, £2bn and £1.2million");
        let money: Vec<f64> = found.iter().filter(|n| n.money).map(|n| n.value).collect();
        assert_eq!(money, [3_000_000.0, 1_500_000.0, 250_000.0, 2e9, 1_200_000.0]);
    }

    #[test]
    fn a_decimal_with_a_scale_word_is_the_exact_decimal_value() {
        assert_eq!(
            values("a £4.1m budget, 2.3 million calls, 1.7bn and 0.3k"),
            [4_100_000.0, 2_300_000.0, 1.7e9, 300.0]
        );
    }

    #[test]
    fn money_in_other_currencies_or_named_after_is_money() {
        let found = scan("fined $4 million and €250,000, then 3 million pounds and 60,000 euros, but 12 poundshops");
        let money: Vec<f64> = found.iter().filter(|n| n.money).map(|n| n.value).collect();
        assert_eq!(money, [4_000_000.0, 250_000.0, 3_000_000.0, 60_000.0]);
    }

    #[test]
    fn a_hedged_round_number_said_with_a_is_read() {
        assert_eq!(values("nearly a hundred offences"), [100.0]);
        assert_eq!(values("more than a thousand calls"), [1000.0]);
        assert_eq!(scan("almost a hundred").first().map(|n| n.range.clone()), Some(7..16));
        assert!(values("a hundred times over").is_empty());
        assert!(!values("a thousand and one reasons").contains(&1000.0));
    }

    #[test]
    fn a_hedged_hundred_with_and_a_number_after_it_is_one_number() {
        assert_eq!(values("nearly a hundred and sixty thefts"), [160.0]);
        assert_eq!(values("well over a thousand and twenty-two calls"), [1022.0]);
        assert_eq!(scan("about a hundred and five").first().map(|n| n.range.clone()), Some(6..24));
        // An "and" before another noun leaves the hundred alone.
        assert_eq!(values("nearly a hundred and more than nine thefts"), [100.0, 9.0]);
    }

    #[test]
    fn number_words_have_values() {
        assert_eq!(values("Five offences"), [5.0]);
        assert_eq!(values("twenty-five cases"), [25.0]);
        assert_eq!(values("seven per cent"), [7.0]);
        assert_eq!(values("three hundred reports"), [300.0]);
        assert_eq!(values("a rise of six and a half per cent"), [6.5]);
        assert_eq!(values("two and a quarter million calls"), [2_250_000.0]);
        assert_eq!(values("one hundred people"), [100.0]);
    }

    #[test]
    fn hundreds_joined_by_and_to_tens_and_units_are_one_number() {
        assert_eq!(values("three hundred and forty were boys"), [340.0]);
        assert_eq!(values("two hundred and sixty-five offences"), [265.0]);
        assert_eq!(values("one hundred and nine per cent"), [109.0]);
        assert!(scan("one hundred and nine per cent")[0].percent);
        // A thousand is not joined this way, and a second number stays its own.
        assert_eq!(values("nine thousand and forty"), [9000.0, 40.0]);
        // Thousands with the hundreds after them are one number.
        assert_eq!(values("three thousand two hundred and five thefts"), [3205.0]);
        assert_eq!(values("some four thousand, three hundred calls and five hundred visits"), [4300.0, 500.0]);
        assert_eq!(values("five hundred and then six"), [500.0, 6.0]);
        // Hundreds of thousands.
        assert_eq!(values("two hundred and fifty thousand calls"), [250_000.0]);
        assert_eq!(values("three hundred thousand people"), [300_000.0]);
        assert!(values("someone, nobody, often").is_empty());
    }

    #[test]
    fn hundreds_on_both_sides_of_and_are_two_numbers() {
        // "X hundred and Y hundred" is a range or a list, never one number.
        assert_eq!(values("between four hundred and six hundred arrests"), [400.0, 600.0]);
        assert_eq!(values("Nine hundred and eight hundred were logged"), [900.0, 800.0]);
        // "between X hundred and Y thousand" is a range too.
        assert_eq!(values("between five hundred and two thousand reports"), [500.0, 2000.0]);
        // "from … to" has its own word for the range: the "and" joins one number.
        assert_eq!(values("from two hundred and five thousand to more"), [205_000.0]);
        // The tens still join: "between two hundred and sixty and three hundred".
        assert_eq!(values("between two hundred and sixty and three hundred"), [260.0, 300.0]);
        assert_eq!(values("two hundred and five thousand people"), [205_000.0]);
    }

    #[test]
    fn numbers_glued_to_words_are_not_read() {
        for text in ["the M6 motorway", "under-18s", "the 16th of May", "Covid-19 rules", "help 24/7", "U18s"] {
            assert!(values(text).is_empty(), "{text} -> {:?}", values(text));
        }
        assert!(values("a five-year-old boy").is_empty());
    }

    #[test]
    fn a_subsection_in_brackets_after_a_law_s_number_is_no_number() {
        assert_eq!(values("Section 12(1) applies, as does s.40(2)(a)."), [12.0, 40.0]);
        assert_eq!(values("under Article 8(3) of the convention"), [8.0]);
        // A number in brackets after a space is still read: "(12)" beside its words.
        assert_eq!(values("the force recorded more (412) than before"), [412.0]);
    }

    #[test]
    fn a_footnote_mark_after_a_number_leaves_it_a_number() {
        assert_eq!(values("the force recorded 4,512³ offences"), [4512.0]);
        assert_eq!(values("a budget of £1.2m¹² in all"), [1_200_000.0]);
    }

    #[test]
    fn numbers_chained_by_hyphens_are_a_name_not_numbers() {
        assert!(values("offered 1-2-1 support sessions").is_empty());
        assert!(values("a 4-4-2 formation and a 3-2-1 countdown").is_empty());
        assert!(values("a 24-7 helpline").is_empty());
        // Two numbers joined by a hyphen are a range, and both are read.
        assert_eq!(values("children aged 14-17"), [14.0, 17.0]);
    }

    #[test]
    fn clock_times_are_not_numbers() {
        for text in ["Updated 07.45 BST on Monday", "posted at 9.15 pm", "Fri 3 May 2024 18.30 GMT"] {
            assert!(
                !values(text).contains(&7.45) && !values(text).contains(&9.15) && !values(text).contains(&18.3),
                "{text}"
            );
        }
        // A decimal figure is still read.
        assert_eq!(values("a rate of 12.45 per 1,000"), [12.45, 1000.0]);
    }

    #[test]
    fn a_decimal_no_clock_can_show_before_am_pm_or_a_zone_is_read_as_its_number() {
        assert_eq!(values("Lockers cost 4.95 pm at the depot, or 2.80 am for night staff."), [4.95, 2.8]);
        assert_eq!(values("Readings peaked at 31.40 GMT on the scale, and 14.20 pm on the dial."), [31.4, 14.2]);
        // Times a clock can show are still no numbers.
        assert!(values("Doors open at 7.30 pm, and close at 23.45 GMT.").is_empty());
    }

    #[test]
    fn hours_and_minutes_with_a_leading_zero_are_clock_times_not_numbers() {
        assert_eq!(values("Strictly embargoed until 0845 on Thursday, when 312 cases are listed"), [312.0]);
        assert_eq!(values("The gates shut at 0715 GMT and 40 staff waited"), [40.0]);
        // With no word of time it is still no count: a bulletin's hour, a code.
        assert_eq!(values("NEWS 0800 - FRIDAY - 14 offences in Leeds"), [14.0]);
        assert_eq!(values("Repeat at the 0930 bulletin with a code of 0975 and 8 calls"), [8.0]);
    }

    #[test]
    fn minutes_and_seconds_marked_with_primes_are_no_numbers() {
        assert_eq!(values("COPY ONLY (0'24\") - then 312 cases"), [312.0]);
        assert_eq!(values("DUR: 1\u{2019}45\u{201d} and 40 staff"), [40.0]);
        assert!(values("a clip of 2\u{2032}10\u{2033}").is_empty());
        // A quoted number is still read.
        assert_eq!(values("the 'record' 312 cases"), [312.0]);
        assert_eq!(values("it said: \"it was 14\" and more"), [14.0]);
    }

    #[test]
    fn a_broadcast_slot_named_by_its_hour_is_no_number() {
        assert!(values("LISTEN AGAIN TO THE 1830 PROGRAMME").is_empty());
        assert!(values("an extended interview for the 1100 phone-in").is_empty());
        assert!(values("SHIFT: LATE (0600-1400)").is_empty());
        assert!(values("EVENING BULLETIN 1915").is_empty());
        // A count of programmes, or of something else, still is one.
        assert_eq!(values("the 2500 calls to the helpline"), [2500.0]);
        assert_eq!(values("1,200 programmes were made"), [1200.0]);
        assert_eq!(values("the 1875 bulletins archived"), [1875.0]);
        // A year a clock could read stays a number, for the readers of years to judge.
        assert_eq!(values("the ONS's 2021 bulletin"), [2021.0]);
        assert_eq!(values("in its 2023 programme"), [2023.0]);
    }

    #[test]
    fn a_hedged_hundred_and_more_in_thousands_is_read_whole_in_any_case() {
        assert_eq!(values("more than a hundred and twelve thousand offences"), [112_000.0]);
        assert_eq!(values("NEARLY A HUNDRED AND FORTY"), [140.0]);
        assert_eq!(values("ALMOST A THOUSAND CALLS"), [1000.0]);
        // A hundred and more, with no thousands, stays as it was.
        assert_eq!(values("nearly a hundred and fifty cases"), [150.0]);
    }

    #[test]
    fn spans_cover_the_printed_words() {
        let text = "a rise of 229.5% and seven per cent";
        let spans: Vec<&str> = scan(text).iter().map(|n| &text[n.range.clone()]).collect();
        assert_eq!(spans, ["229.5%", "seven per cent"]);
    }
}
