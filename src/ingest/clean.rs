//! Turning raw article text into paragraphs: normalising marks and spaces, joining
//! soft-wrapped lines, and telling article text from page furniture.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::layout::{is_bulleted, is_separator, list_item, space_table_rows, without_dateline};
use crate::model::{Paragraph, Role};

/// Maps one char to its matching form: curly quote marks to straight ones, every dash to
/// `-`, every odd space to ` `. One char in, one char out, so indices agree.
pub fn normalise_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// The matching form of a text (see [`normalise_char`]).
pub fn normalise(text: &str) -> String {
    if text.is_ascii() {
        // ASCII maps to ASCII one byte at a time, and most ASCII text has nothing to map.
        if !text.bytes().any(|b| b == b'`' || (b != b' ' && b.is_ascii_whitespace()) || b == 0x0B) {
            return text.to_owned();
        }
        return text.bytes().map(|b| normalise_char(char::from(b))).collect();
    }
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().map(normalise_char));
    out
}

/// Chars that carry nothing and would only break matching.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && !c.is_whitespace())
}

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]\n]+)\]\([^)\n]*\)").unwrap_or_else(|e| panic!("{e}")));
static LIST_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[•·▪●*]|-\s|#{1,6}\s|>\s?)\s*").unwrap_or_else(|e| panic!("{e}")));

/// One line made readable: invisible chars dropped, runs of space folded, list and heading
/// markers and markdown link targets removed.
pub(super) fn clean_line(line: &str) -> String {
    // Cells apart by tabs (a table pasted from a spreadsheet) read as the "|" rows the
    // extractor knows; a lone tab is only a space.
    if line.contains('\t') {
        let cells: Vec<&str> = line.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
        if cells.len() >= 2 {
            return clean_line(&cells.join(" | "));
        }
    }
    let folded = if is_folded(line) {
        line.to_owned()
    } else {
        fold_words(line.chars().filter(|&c| !is_invisible(c)), line.len())
    };
    let folded = match without_emphasis(&folded) {
        Some(plain) => plain,
        None => folded,
    };
    // Most lines have neither a marker nor a link: the cheap checks spare them two regex
    // passes and two copies. Folded words carry no outer space, so such a line is done.
    let marked = folded.starts_with(['•', '·', '▪', '●', '*', '-', '#', '>']);
    if !marked && !folded.contains("](") {
        return folded;
    }
    let unlisted = if marked { LIST_MARKER.replace(&folded, "") } else { std::borrow::Cow::Borrowed(folded.as_str()) };
    if !unlisted.contains("](") {
        return unlisted.trim().to_string();
    }
    MD_LINK.replace_all(&unlisted, "$1").trim().to_string()
}

/// A line without the marks of markdown emphasis ("**14,967** offences", "*By Jo Bloggs*",
/// "__Read more:__"), or `None` when it has none. A run of `*` or `_` opens emphasis where
/// a word starts after it and closes it where a word ends before it; only a pair of runs
/// alike is taken out, so a footnote mark ("Cornwall*") or a bullet ("* item") stays.
fn without_emphasis(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    // Most lines have no mark at all: one memchr pass rules them out.
    memchr::memchr2(b'*', b'_', bytes)?;
    let is_mark = |b: u8| b == b'*' || b == b'_';
    // A word's edge: the line's end, a space, or punctuation other than the marks.
    let edge = |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii_whitespace() || (b.is_ascii_punctuation() && !is_mark(b)));
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_mark(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == bytes[start] {
            i += 1;
        }
        let before = start.checked_sub(1).and_then(|j| bytes.get(j));
        let after = bytes.get(i);
        let closes = before.is_some_and(|b| !b.is_ascii_whitespace()) && edge(after);
        let opens = after.is_some_and(|b| !b.is_ascii_whitespace()) && edge(before);
        let same = |&(at, len): &(usize, usize)| len == i - start && bytes[at] == bytes[start];
        if let Some(k) = open.iter().rposition(same).filter(|_| closes) {
            cut.push(open[k]);
            cut.push((start, i - start));
            open.truncate(k);
        } else if opens {
            open.push((start, i - start));
        }
    }
    if cut.is_empty() {
        return None;
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    for (at, len) in cut {
        out.push_str(line.get(from..at)?);
        from = at + len;
    }
    out.push_str(line.get(from..)?);
    Some(fold_words(out.chars(), out.len()))
}

/// Whether a line is already as cleaning would leave its chars: nothing invisible, words
/// apart by one plain space, no space at either end. Most lines are, and are then copied
/// whole rather than char by char. Only non-ASCII chars need decoding to be judged.
fn is_folded(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if (b == b' ' && after_space) || b.is_ascii_control() {
                return false;
            }
            after_space = b == b' ';
            i += 1;
        } else {
            let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else { return false };
            if is_invisible(c) || c.is_whitespace() {
                return false;
            }
            after_space = false;
            i += c.len_utf8();
        }
    }
    true
}

/// Whether a line ends where a sentence or a quote ends.
fn ends_complete(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', ':', ';', '"', '\'', '\u{201D}', '\u{2019}', ')'])
}

/// Splits text into paragraphs. Blank lines always separate; a single line break separates
/// too, unless it only wraps a sentence (the line runs on and the next begins in lower case).
/// Separator lines stand alone; blocks laid out as tables become "|" rows; list numbers and
/// datelines at the start of a paragraph are dropped.
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut rows = space_table_rows(&lines).into_iter().peekable();
    let mut paragraphs: Vec<String> = Vec::new();
    // Whether the last line read may run on into this one.
    let mut open = false;
    // Whether the last paragraph was a numbered list item.
    let mut numbered = false;
    for (i, raw) in lines.iter().enumerate() {
        if let Some((_, row)) = rows.next_if(|(at, _)| *at == i) {
            if !row.is_empty() {
                paragraphs.push(row);
            }
            open = false;
            continue;
        }
        if is_separator(raw) {
            paragraphs.push(raw.trim().to_string());
            open = false;
            continue;
        }
        let line = clean_line(raw);
        if line.is_empty() {
            open = false;
            continue;
        }
        let runs_on = open && paragraphs.last().is_some_and(|p| !ends_complete(p));
        let wraps = runs_on && !is_bulleted(raw) && line.chars().next().is_some_and(char::is_lowercase);
        match paragraphs.last_mut() {
            Some(last) if wraps => {
                last.push(' ');
                last.push_str(&line);
            }
            _ => {
                // A number at the start of a line that runs on from the last is the end of
                // its sentence ("rose to\n12. It…"), unless a list is under way or begins.
                let item = list_item(&line).filter(|&(n, _)| !runs_on || numbered || n == 1);
                numbered = item.is_some();
                let text = item.map_or(line.as_str(), |(_, rest)| rest);
                paragraphs.push(without_dateline(text).to_string());
            }
        }
        open = true;
    }
    paragraphs
}

pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("furniture pattern {pattern}: {e}"))
}

static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
        ^(?:editorial\ image|file\ (?:image|photo|picture)|stock\ (?:image|photo)|image\ caption|pictured?\b)
        | \b(?:picture|photo|photograph|image|credit|pic)\s*:\s*\S
        | image\ source\s*,
        | \((?:stock\ image|file\ (?:image|photo|picture)|pictured|library\ (?:image|picture))\)
        | \bposed\ by\ (?:a\ )?models?\b
    ")
});

/// Whether a line is a picture caption or credit ([`CAPTION`]).
///
/// Every caption pattern contains one of a few literal cues, so most lines are ruled out by a
/// cheap literal search before the regex runs. The cues avoid `s` and `k`, whose
/// case-insensitive matches include non-ASCII letters, so ASCII case-folding is exact.
/// "posed by a model" is cued by all of `ed by (a )?model`, not just `ed by `, which is
/// common in news text ("recorded by police") and would send many lines to the regex.
fn is_caption(line: &str) -> bool {
    static CUES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i-u)image|photo|pic|credit|ed by (?:a )?model"));
    CUES.is_match(line) && CAPTION.is_match(line)
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        ^(?i:by|compiled\ by|reported\ by|edited\ by|words\ by)
            \s+\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}(?:\s*[,|].*)?$
        | (?i:^(?:author|written\ by|reporter|words)\s*:)
        | (?i:^(?:published|last\ updated|updated|posted)\b(?:\s*:|\s+(?:on\s+)?\d|$))
    ")
});

/// Whether [`BYLINE`] can match: each of its branches is anchored at the start and begins
/// with one of a few ASCII letters (none of which has a non-ASCII case variant), so a line
/// starting otherwise is ruled out without running the regex. On lines with curly quotes
/// the regex cannot use its fast engine (Unicode `\b`), which makes the check worth having.
fn may_be_byline(line: &str) -> bool {
    may_start_with(line, b"bawrpluce") && BYLINE.is_match(line)
}

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
fn is_date_line(line: &str) -> bool {
    const MAX_LEN: usize = 64;
    line.len() <= MAX_LEN && line.bytes().any(|b| b.is_ascii_digit()) && DATE_LINE.is_match(line)
}

/// Whether [`FURNITURE`] can match (see [`may_be_byline`]). Its `s` also matches the long
/// s `ſ`, so any line starting with a non-ASCII char still goes to the regex.
fn may_be_furniture(line: &str) -> bool {
    may_start_with(line, b"rmasfcwlp0123456789") && FURNITURE.is_match(line)
}

/// Whether `line` starts with one of the ASCII lower-case `letters` in either case, or
/// with something that is not ASCII (or is empty), which only the regex can judge.
fn may_start_with(line: &str, letters: &[u8]) -> bool {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii() => letters.contains(&b.to_ascii_lowercase()),
        _ => true,
    }
}

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        read\ more\b | most\ read$ | most\ popular$ | advertisement$ | related(?:\ (?:stories|articles|links))?\s*:
        | sign\ up\b | subscribe\b
        | share\ this\b | follow\ us\b | click\ here\b | watch:\ | listen:\ | see\ also\b
        | comments?\s*(?:\(\s*\d+\s*\))?$ | \d+\s+comments?$
        | (?:share\s+)?\d[\d,.]*k?\s+shares?$ | share$
        | (?:sponsored|promoted|partner\ content)\s*(?::|$)
    )")
});

static SPEECH_VERB: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:said|says|added|adds|told|explained|commented|stated|warned|continued)\b"));

/// Whether a line is short and has no sentence in it: a label, crosshead or name plate.
fn is_label(line: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let inner = line.trim_matches(|c: char| normalise_char(c) == '"' || normalise_char(c) == '\'');
    // The end is checked first and words are counted only as far as needed: most lines are
    // sentences, and long.
    !ends_complete(inner)
        && inner.split_whitespace().nth(MAX_WORDS).is_none()
        && !inner.bytes().any(|b| b.is_ascii_digit())
}

/// The words of `chars` (split at whitespace) joined by single spaces, in one pass.
/// `capacity` is the expected length in bytes, so the text is allocated once.
fn fold_words(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut space = false;
    for c in chars {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Text compared for repeats: letters and digits only, lower case.
fn repeat_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        let ascii = c.is_ascii_alphanumeric();
        if !ascii && (c.is_ascii() || !c.is_alphanumeric()) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if ascii {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A line that can be a headline: short, and not ending as a sentence does.
fn is_headline_shaped(line: &str) -> bool {
    line.split_whitespace().count() <= 25 && !line.trim_end().ends_with(['.', '!', '?', ':'])
}

/// A line that says where on the site a story is filed rather than what it says: a trail
/// of sections ("Home > News > Gwent", "News | Crime | Leeds") or a label of one or two
/// words in capitals ("NEWS", "WORLD EXCLUSIVE").
fn is_section_label(line: &str) -> bool {
    const TRAIL_MARKS: [&str; 5] = [" | ", " > ", " › ", " » ", " / "];
    const MAX_PART_WORDS: usize = 3;
    if line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let section = |part: &str| {
        let words = part.split_whitespace().count();
        (1..=MAX_PART_WORDS).contains(&words) && part.trim_start().starts_with(char::is_uppercase)
    };
    let trail = TRAIL_MARKS.iter().any(|mark| line.contains(mark) && line.split(mark).all(section));
    let words = line.split_whitespace().count();
    let capitals =
        (1..=2).contains(&words) && line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
    trail || capitals
}

/// Decides the role of each paragraph on the page.
pub fn classify(lines: Vec<String>) -> Vec<Paragraph> {
    let n = lines.len();
    let mut roles = vec![Role::Body; n];
    // The headline is the first line, or the line after a section label that heads the page.
    let head = usize::from(lines.len() > 1 && is_section_label(&lines[0]) && is_headline_shaped(&lines[1]));
    for (i, line) in lines.iter().enumerate() {
        let next_is_table = lines.get(i + 1).is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()));
        roles[i] = if i < head {
            Role::Furniture
        } else if is_caption(line) || (i > 0 && lines[i - 1].eq_ignore_ascii_case("image caption,")) {
            Role::Caption
        } else if may_be_byline(line) || lines.get(i + 1).is_some_and(|next| next.strip_prefix("By ") == Some(line)) {
            Role::Byline
        } else if is_separator(line) {
            Role::Break
        } else if is_date_line(line) {
            // A time alone stamps a live blog's entry, and starts a new one; a date is
            // when the page was published.
            if TIME_LINE.is_match(line) {
                Role::Break
            } else {
                Role::Byline
            }
        } else if may_be_furniture(line) {
            Role::Furniture
        } else if i == head && is_headline_shaped(line) {
            Role::Headline
        } else if line.ends_with(':') && line.split_whitespace().count() <= 5 && !SPEECH_VERB.is_match(line) {
            // An outlet or section label ("The Northern Echo:"), not an introduction to a quote.
            Role::Furniture
        } else if i > 0 && is_label(line) && !next_is_table {
            Role::Furniture
        } else {
            Role::Body
        };
    }
    mark_story_lists(&lines, &mut roles);
    mark_repeats(&lines, &mut roles);
    lines
        .into_iter()
        .zip(roles)
        .enumerate()
        .map(|(index, (text, role))| Paragraph { index, norm: normalise(&text), text, role })
        .collect()
}

static STORY_LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        most\ (?:read|popular|viewed|shared|watched) | related(?:\ (?:stories|articles|links|news|content))?
        | trending(?:\ now|\ stories)? | more\ (?:stories|news|on\ this\ story) | top\ stories
        | recommended(?:\ for\ you|\ stories)? | you\ (?:may|might)\ also\ like | read\ next | latest\ news
        | also\ (?:in|on)\ (?:the\ )?(?:\w+\ ){0,2}(?:news|stories)
    )\s*:?$")
});

/// The lines under a label of a list of other stories ("Most read", "Related stories") are
/// those stories' headlines, furniture as the label is: short lines that do not end as a
/// sentence does, up to the first line that does. A table row is never one.
fn mark_story_lists(lines: &[String], roles: &mut [Role]) {
    const MAX_HEADLINE_WORDS: usize = 20;
    /// Longer than any label, so most lines skip the pattern.
    const MAX_LABEL_LEN: usize = 32;
    let mut in_list = false;
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if line.len() <= MAX_LABEL_LEN && STORY_LIST_LABEL.is_match(line) {
            *role = Role::Furniture;
            in_list = true;
            continue;
        }
        let headline = !ends_complete(line)
            && line.split_whitespace().nth(MAX_HEADLINE_WORDS).is_none()
            && !line.contains('|')
            && !line.contains(": ");
        if in_list && headline && *role == Role::Body {
            *role = Role::Furniture;
        } else if *role != Role::Furniture {
            in_list = false;
        }
    }
}

/// A paragraph printed again (a repeated caption, or a pull-quote lifted from the text) is
/// a repeat of the printing that belongs to the article: the body text over a caption, the
/// paragraph inside a quote over an unquoted pull-quote, else the first.
fn mark_repeats(lines: &[String], roles: &mut [Role]) {
    const MIN_WORDS: usize = 5;
    /// Past this many paragraphs, pull-quotes are not looked for inside other paragraphs:
    /// that search is quadratic, and a file that long is not one article page.
    const MAX_CONTAINMENT_SCAN: usize = 400;
    let keys: Vec<String> = lines.iter().map(|l| repeat_key(l)).collect();
    let long_enough = |i: usize| keys[i].split(' ').nth(MIN_WORDS - 1).is_some();
    let opens_quote = |i: usize| lines[i].chars().next().map(normalise_char).is_some_and(|c| c == '"' || c == '\'');
    let mut kept: HashMap<&str, usize> = HashMap::new();
    for i in 0..lines.len() {
        if !matches!(roles[i], Role::Body | Role::Caption) || !long_enough(i) {
            continue;
        }
        let Some(&j) = kept.get(keys[i].as_str()) else {
            kept.insert(&keys[i], i);
            continue;
        };
        let prefer_i = (roles[i] == Role::Body && roles[j] == Role::Caption)
            || (roles[i] == roles[j] && opens_quote(i) && !opens_quote(j));
        let (keep, repeat) = if prefer_i { (i, j) } else { (j, i) };
        roles[repeat] = Role::Repeat;
        kept.insert(&keys[i], keep);
    }
    if lines.len() > MAX_CONTAINMENT_SCAN {
        return;
    }
    // Every text key, one per line (keys hold no line breaks), so that each paragraph is
    // looked for in all the others in one search; `starts` maps a hit back to its key.
    let mut all = String::new();
    let mut starts = Vec::with_capacity(keys.len());
    for key in &keys {
        starts.push(all.len());
        all.push_str(key);
        all.push('\n');
    }
    for i in 0..lines.len() {
        if roles[i] != Role::Body || !long_enough(i) {
            continue;
        }
        let longer_text = |j: usize| j != i && roles[j].is_text() && keys[j].len() > keys[i].len();
        if !(0..lines.len()).any(longer_text) {
            continue;
        }
        let lifted = find_all(all.as_bytes(), keys[i].as_bytes()).any(|at| {
            let j = starts.partition_point(|&start| start <= at) - 1;
            longer_text(j)
        });
        if lifted {
            roles[i] = Role::Repeat;
        }
    }
}

/// Every place where `needle` starts in `haystack`, overlapping ones included. Setting up a
/// search costs time in proportion to the needle, and a whole paragraph is long: only its
/// first few bytes are searched for, and the rest is compared where those are found.
fn find_all<'h>(haystack: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    const PROBE: usize = 12;
    let finder = memchr::memmem::Finder::new(&needle[..needle.len().min(PROBE)]);
    let mut from = 0;
    let probes = std::iter::from_fn(move || {
        let at = from + finder.find(haystack.get(from..)?)?;
        from = at + 1;
        Some(at)
    });
    probes.filter(move |&at| haystack[at..].starts_with(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    /// Lines mixing what cleaning and repeat keys treat differently: runs and kinds of
    /// space, invisible and control chars, curly marks, accented and cased letters.
    fn odd_line() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a", "B", " ", "  ", "\t", "\u{a0}", "\u{200b}", "\u{ad}", "\u{7}", "\u{85}", "\u{2003}", "é", "É", "İ",
            "ß", "“", "’", "-", ".", "7", "Ⅻ", "\u{b}",
        ]);
        prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
    }

    /// Text mixing the layout the splitter reads: list numbers, runs of spaces, tabs,
    /// separators, datelines, dates and times, cells, wide and odd chars.
    fn laid_out_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "1. ",
            "(2) ",
            "12) ",
            "3.5 ",
            "2,000 ",
            "  ",
            "   ",
            "\t",
            "\n",
            "\n\n",
            "---",
            "* * *",
            "#",
            "LEEDS",
            "ST IVES",
            " – ",
            " - ",
            ", Monday 3 June 2024",
            "(PA)",
            "17:05",
            "6.30pm GMT",
            "Rank",
            "Force",
            "2021/22",
            "+4%",
            "|",
            "by ",
            "Ann Lee",
            "é",
            "—",
            "\u{a0}",
            "\u{200b}",
            "a",
            "B",
            ".",
            "=3",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn laid_out_text_splits_and_classifies_without_losing_char_alignment(text in laid_out_text()) {
            for p in classify(split_paragraphs(&text)) {
                prop_assert_eq!(p.text.chars().count(), p.norm.chars().count());
                prop_assert!(!p.text.is_empty());
            }
        }

        #[test]
        fn a_line_copied_whole_is_the_line_folding_would_make(line in odd_line()) {
            let folded = fold_words(line.chars().filter(|&c| !is_invisible(c)), line.len());
            if is_folded(&line) {
                prop_assert_eq!(&folded, &line);
            }
            prop_assert_eq!(is_folded(&folded), true);
        }

        #[test]
        fn repeat_keys_keep_lower_case_words_apart_by_one_space(line in odd_line()) {
            let kept = |c: &char| c.is_alphanumeric() || c.is_whitespace();
            let expected = fold_words(line.chars().filter(kept).flat_map(char::to_lowercase), line.len());
            prop_assert_eq!(repeat_key(&line), expected);
        }
    }

    fn roles(text: &str) -> Vec<(Role, String)> {
        classify(split_paragraphs(text)).into_iter().map(|p| (p.role, p.text)).collect()
    }

    #[test]
    fn normalising_keeps_one_char_for_one_char() {
        let text = "“Yes” – it’s — here\u{a0}now";
        let norm = normalise(text);
        assert_eq!(norm, "\"Yes\" - it's - here now");
        assert_eq!(norm.chars().count(), text.chars().count());
    }

    #[test]
    fn paragraphs_split_on_lines_but_soft_wraps_are_joined() {
        let text = "Police recorded a rise in\noffences last year.\n\nA second paragraph.\nA third, on its own line.";
        assert_eq!(
            split_paragraphs(text),
            ["Police recorded a rise in offences last year.", "A second paragraph.", "A third, on its own line."]
        );
    }

    #[test]
    fn tab_separated_cells_become_table_rows_and_a_lone_tab_a_space() {
        assert_eq!(
            split_paragraphs("Force\t2021-22\t2022-23\nCleveland\t145\t160"),
            ["Force | 2021-22 | 2022-23", "Cleveland | 145 | 160"]
        );
        assert_eq!(split_paragraphs("\tIndented line of text."), ["Indented line of text."]);
    }

    #[test]
    fn markdown_links_bullets_and_odd_spaces_are_cleaned() {
        let text = "  • Call [0808 800 5000](tel:08088005000)\u{200b} now.\n# Heading here";
        assert_eq!(split_paragraphs(text), ["Call 0808 800 5000 now.", "Heading here"]);
    }

    #[test]
    fn markdown_emphasis_marks_are_not_read_but_footnote_marks_and_bullets_stay() {
        let text = "**Burglaries in Kent rose to 8,120.**\n\nOfficers logged __412__ thefts, *up* a tenth.\n\n\
                    *Written by Amal Haddad*\n\nGwent* and Dyfed-Powys* sent partial data.\n\n* A bullet point";
        assert_eq!(
            split_paragraphs(text),
            [
                "Burglaries in Kent rose to 8,120.",
                "Officers logged 412 thefts, up a tenth.",
                "Written by Amal Haddad",
                "Gwent* and Dyfed-Powys* sent partial data.",
                "A bullet point",
            ]
        );
        let found =
            roles("Knife crime in the city\n\nThe first sentence.\n\n**See also:** [Other piece](https://x.test/a)");
        assert_eq!(found[2], (Role::Furniture, "See also: Other piece".to_string()));
    }

    #[test]
    fn a_section_label_above_the_headline_is_not_the_headline() {
        for label in ["Home > News > North Wales", "News | Crime | Hull", "Sport › Football", "NEWS", "WORLD EXCLUSIVE"]
        {
            let found = roles(&format!("{label}\n\nVan thefts in Hull double in a year\n\nThieves stole 212 vans."));
            let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
            assert_eq!(got, [Role::Furniture, Role::Headline, Role::Body], "{label}");
        }
        // A headline in capitals, or one with a bar in it, is still the headline.
        for headline in ["VAN THEFTS DOUBLE IN HULL", "Van thefts double | Hull police say gangs are to blame"] {
            let found = roles(&format!("{headline}\n\nThieves stole 212 vans, police said."));
            assert_eq!(found[0].0, Role::Headline, "{headline}");
        }
    }

    #[test]
    fn photo_captions_are_not_article_text() {
        let found = roles(
            "Headline about crime\n\neditorial image\n\nA man walks past a station Picture: JOHN SMITH\n\nA boy on a laptop (stock image)\n\nFile image posed by model\n\nBody text here, with a full stop.",
        );
        let captions = found.iter().filter(|(r, _)| *r == Role::Caption).count();
        assert_eq!(captions, 4, "{found:?}");
        assert_eq!(found[0].0, Role::Headline);
        assert_eq!(found.last().map(|p| p.0), Some(Role::Body));
    }

    #[test]
    fn the_line_after_an_image_caption_label_is_the_caption() {
        let found =
            roles("Title line\n\nImage caption,\n\nOfficers at work in the city last year, said police.\n\nText.");
        assert_eq!(found[2].0, Role::Caption);
    }

    #[test]
    fn bylines_and_publication_lines_are_furniture() {
        let found = roles("Title of piece\n\nJane Doe\n\nBy Jane Doe\n\nAuthor: John RoePublished 1st Jan 2021\n\nPublished\n\nText follows here.");
        assert_eq!(found[1].0, Role::Byline, "{found:?}");
        assert_eq!(found[2].0, Role::Byline);
        assert_eq!(found[3].0, Role::Byline);
        assert_eq!(found[4].0, Role::Byline);
        assert_eq!(found[5].0, Role::Body);
    }

    #[test]
    fn read_more_links_labels_and_outlet_names_are_furniture() {
        let found = roles(
            "The story begins with a sentence.\n\nRead more: Other story here\n\nThe Daily Bugle:\n\nMost Read\n\nChief Constable Jo Bloggs\n\nHe said:\n\n“Words.”",
        );
        let furniture: Vec<&str> =
            found.iter().filter(|(r, _)| *r == Role::Furniture).map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            furniture,
            ["Read more: Other story here", "The Daily Bugle:", "Most Read", "Chief Constable Jo Bloggs"]
        );
        assert_eq!(found[5].0, Role::Body, "an introduction to a quote stays text");
        let found =
            roles("The story begins with a sentence.\n\nComments (3)\n\n12 comments\n\nComments\n\nShare\n\n1.2k shares\n\nShare 85 shares");
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
    }

    #[test]
    fn headlines_under_a_most_read_label_are_furniture_until_a_sentence() {
        let found = roles(
            "Avon Police logged 420 burglaries in 2023.\n\nMost popular\n\nTeenager, 15, arrested over 3 arson attacks\n\nBus fares to rise by 12%\n\nThe force said 40 of the burglaries were solved.\n\nSponsored: 7 ways to secure your shed",
        );
        let furniture: Vec<&str> =
            found.iter().filter(|(r, _)| *r == Role::Furniture).map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            furniture,
            [
                "Most popular",
                "Teenager, 15, arrested over 3 arson attacks",
                "Bus fares to rise by 12%",
                "Sponsored: 7 ways to secure your shed"
            ]
        );
        let rows = roles("Intro sentence of the piece.\n\nRelated\n\nKent Police | 1,200\n\nEssex Police | 980");
        assert!(rows[2..].iter().all(|(r, _)| *r == Role::Body), "{rows:?}");
    }

    #[test]
    fn headlines_under_an_also_in_the_news_label_are_furniture() {
        let found = roles(
            "Avon Police logged 420 burglaries in 2023.\n\nAlso in UK News:\n\n- Car thefts fall 6% in a year, says minister\n\n- Man, 52, charged over 3 raids",
        );
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
        assert_eq!(found[0].0, Role::Body);
    }

    #[test]
    fn table_headings_above_rows_of_figures_stay_text() {
        let found = roles("Intro sentence of the piece.\n\nKent Police\n\n2017/18: 1,200\n\n2018/19: 1,350");
        assert!(found.iter().all(|(r, _)| *r == Role::Body), "{found:?}");
    }

    #[test]
    fn pull_quotes_and_repeated_captions_are_repeats() {
        let found = roles(
            "Intro sentence of the piece.\n\nA smiling officer stands by a car Picture: X\n\nA smiling officer stands by a car Picture: X\n\nShe said: “We will keep working with our partners to keep children safe online, every day.”\n\nWe will keep working with our partners to keep children safe online\n\nEnd of the story here.",
        );
        assert_eq!(found[1].0, Role::Caption);
        assert_eq!(found[2].0, Role::Repeat);
        assert_eq!(found[3].0, Role::Body);
        assert_eq!(found[4].0, Role::Repeat);
    }

    #[test]
    fn a_pull_quote_printed_before_the_quote_it_repeats_is_the_repeat() {
        let found = roles(
            "Intro sentence of the piece.\n\nWe are proud of the work our officers do every day in schools.\n\nThe inspector said: “We are working hard.\n\n“We are proud of the work our officers do every day in schools.”\n\nEnd of story.",
        );
        assert_eq!(found[1].0, Role::Repeat, "{found:?}");
        assert_eq!(found[3].0, Role::Body);
    }

    #[test]
    fn the_same_paragraph_printed_twice_is_kept_once() {
        let found = roles("Intro here.\n\nCouncil leaders met officers at the town hall on Monday.\n\nCouncil leaders met officers at the town hall on Monday.");
        assert_eq!(found[1].0, Role::Body);
        assert_eq!(found[2].0, Role::Repeat);
    }

    #[test]
    fn first_line_is_a_headline_only_when_it_reads_as_one() {
        assert_eq!(roles("Rise in offences across the county\n\nText.")[0].0, Role::Headline);
        assert_eq!(roles("Police recorded a rise in offences last year.\n\nText.")[0].0, Role::Body);
    }

    #[test]
    fn list_numbers_at_the_start_of_a_line_are_not_figures() {
        let text = "Notes for editors\n\n1. The survey covered 14 districts.\n2) Data is provisional.\n(3) Ask the press desk.\n\nLargest falls\n1. Dorset Police – down 11%\n2. Wiltshire Police – down 9%";
        assert_eq!(
            split_paragraphs(text),
            [
                "Notes for editors",
                "The survey covered 14 districts.",
                "Data is provisional.",
                "Ask the press desk.",
                "Largest falls",
                "Dorset Police – down 11%",
                "Wiltshire Police – down 9%"
            ]
        );
    }

    #[test]
    fn numbers_that_open_a_sentence_are_not_list_numbers() {
        let text = "2,400 officers were on duty.\n4.5 per cent of calls were dropped.\n2019. That year the unit opened.\n\nArrests in the county rose to\n14. Officers said more would follow.";
        assert_eq!(
            split_paragraphs(text),
            [
                "2,400 officers were on duty.",
                "4.5 per cent of calls were dropped.",
                "2019. That year the unit opened.",
                "Arrests in the county rose to",
                "14. Officers said more would follow."
            ]
        );
    }

    #[test]
    fn a_table_laid_out_with_spaces_becomes_rows_without_its_rank_column() {
        let text = "Drink-driving arrests by force:\n\n  Pos.  Force               2022/23   2023/24   Change\n  1     Durham Constabulary     312       355     +14%\n  2     Cumbria Constabulary    290       301      +4%\n  =3    Lancashire              188       170     -10%\n\nThe figures are provisional.";
        assert_eq!(
            split_paragraphs(text),
            [
                "Drink-driving arrests by force:",
                "Force | 2022/23 | 2023/24 | Change",
                "Durham Constabulary | 312 | 355 | +14%",
                "Cumbria Constabulary | 290 | 301 | +4%",
                "Lancashire | 188 | 170 | -10%",
                "The figures are provisional."
            ]
        );
        // Ranks under a header a cell short, and a row with an empty cell lined up under it.
        let text = "      Area           Thefts    Rate\n1     Harbourside       1,020    12.5\n2     Old Town            866\n3     Riverside           501     6.1";
        assert_eq!(
            split_paragraphs(text),
            ["Area | Thefts | Rate", "Harbourside | 1,020 | 12.5", "Old Town | 866", "Riverside | 501 | 6.1"]
        );
    }

    #[test]
    fn a_first_column_of_numbers_that_is_not_a_rank_stays() {
        let text = "Age   Victims   Share\n13    41        9%\n14    77        17%";
        assert_eq!(split_paragraphs(text), ["Age | Victims | Share", "13 | 41 | 9%", "14 | 77 | 17%"]);
        // With no header, numbers counting from one are ranks; other numbers are not.
        let ranked = "1   Gwent Police   +21%\n2   Dyfed-Powys Police   +12%";
        assert_eq!(split_paragraphs(ranked), ["Gwent Police | +21%", "Dyfed-Powys Police | +12%"]);
        let ages = "11   Boys   45\n12   Girls   50";
        assert_eq!(split_paragraphs(ages), ["11 | Boys | 45", "12 | Girls | 50"]);
        // A rank cell of a tab-separated row is a cell, not a list number.
        assert_eq!(split_paragraphs("1.\tDurham\t312"), ["1. | Durham | 312"]);
    }

    #[test]
    fn double_spaces_in_prose_do_not_make_a_table() {
        assert_eq!(
            split_paragraphs("Officers made 45 arrests  in the first week of the operation."),
            ["Officers made 45 arrests in the first week of the operation."]
        );
        let justified =
            "Police  in  the  county  recorded  1,200  thefts\nfrom  shops  and  a  further  300  from  homes.";
        assert_eq!(
            split_paragraphs(justified),
            ["Police in the county recorded 1,200 thefts from shops and a further 300 from homes."]
        );
        let typed = "The unit opened in May.  It has 12 staff.  More will join.\nThe force paid for it.  The council helped.  Both said so.";
        assert_eq!(
            split_paragraphs(typed),
            [
                "The unit opened in May. It has 12 staff. More will join.",
                "The force paid for it. The council helped. Both said so."
            ]
        );
    }

    #[test]
    fn a_dateline_city_is_not_the_place_of_the_figures() {
        let text = "NORTHAMPTON – Northamptonshire Police recorded 2,110 thefts in 2023.\n\nST ALBANS, Tuesday 4 June 2024 — Hertfordshire Constabulary said 90 cars were stolen.\n\nCARDIFF (PA) - Figures show a rise.\n\nNEWRY, Co Down – by Aoife Kelly";
        assert_eq!(
            split_paragraphs(text),
            [
                "Northamptonshire Police recorded 2,110 thefts in 2023.",
                "Hertfordshire Constabulary said 90 cars were stolen.",
                "Figures show a rise.",
                "by Aoife Kelly"
            ]
        );
        assert_eq!(roles("Headline about thefts\n\nNEWRY, Co Down – by Aoife Kelly")[1].0, Role::Byline);
        // Capitals that are not a dateline stay.
        for kept in [
            "NSPCC – the children's charity – said 40 calls were made.",
            "UK-wide figures show 12,000 offences.",
            "PC – Police Constable – is the first rank.",
        ] {
            assert_eq!(split_paragraphs(kept), [kept]);
        }
    }

    #[test]
    fn date_and_time_lines_are_not_article_text() {
        let found = roles(
            "Thefts rise in the county\n\nWed 3 Jan 2024 07.00 GMT\n\nSaturday, 16 March 2024\n\nJune 4, 2024 at 9:30am\n\n21/05/2024 | 14:10\n\n11:20\n\n6.45pm BST\n\nPolice recorded 1,200 thefts on 4 June 2024.\n\n1 April 2023 to 31 March 2024\n\nMarch 2024",
        );
        let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
        assert_eq!(
            got,
            [
                Role::Headline,
                Role::Byline,
                Role::Byline,
                Role::Byline,
                Role::Byline,
                Role::Break,
                Role::Break,
                Role::Body,
                Role::Body,
                Role::Body
            ],
            "{found:?}"
        );
    }

    #[test]
    fn separator_lines_are_section_breaks() {
        let found = roles("Story one begins here.\n\n---\n\n* * *\n\n***\n\n___\n\n--\n\nStory two begins here.");
        let got: Vec<(Role, &str)> = found.iter().map(|(r, t)| (*r, t.as_str())).collect();
        assert_eq!(
            got,
            [
                (Role::Body, "Story one begins here."),
                (Role::Break, "---"),
                (Role::Break, "* * *"),
                (Role::Break, "***"),
                (Role::Break, "___"),
                (Role::Furniture, "--"),
                (Role::Body, "Story two begins here.")
            ]
        );
    }

    #[test]
    fn compiled_by_and_reported_by_lines_are_bylines() {
        let found = roles("Weekly round-up\n\nCompiled by Priya Shah | Monday, 2 June 2025\n\nReported by Tom O'Neill\n\nCompiled by the Home Office, the figures show 300 offences.");
        let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
        assert_eq!(got, [Role::Headline, Role::Byline, Role::Byline, Role::Body], "{found:?}");
    }

    #[test]
    fn a_bulleted_line_is_an_item_of_its_own_even_in_lower_case() {
        let text = "Key points\n• arrests rose to 312 in Dorset\n• burglaries fell by 4%\n- most in rural areas";
        assert_eq!(
            split_paragraphs(text),
            ["Key points", "arrests rose to 312 in Dorset", "burglaries fell by 4%", "most in rural areas"]
        );
    }
}
