//! Telling article text from page furniture: which lines are the headline, captions,
//! bylines and dates, labels and links, lists of other stories, and pull quotes printed again.

use std::sync::LazyLock;

use regex::Regex;

use super::clean::{breaks_off, ends_complete, normalise, normalise_char, re};
use super::layout::is_separator;
use super::lead;
use crate::extract::quotes::introduces_a_quote;
use crate::model::{Paragraph, Role};

mod dates;
mod repeats;
mod script;
mod social;
#[cfg(test)]
mod tests;

pub(super) use dates::is_date_line;
pub use dates::opens_with_time;
use repeats::{mark_repeats, mark_story_lists};
pub use script::{clip_header, is_clip_cue, is_script_cue};
use social::is_post_furniture;
pub(super) use social::is_post_header;

static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
        ^(?:editorial\ image|file\ (?:image|photo|picture)|stock\ (?:image|photo)|image\ caption|pictured?\b)
        | \b(?:picture|photo|photograph|image|credit|pic)(?:\s+\d{1,2})?\s*:\s*\S
        | image\ source\s*,
        | ^\W*caption\s*:\s*\S
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
///
/// The cues are looked for in a lower-case copy of the line: searched for in any case, they
/// are too many spellings for the regex's literal search, and it then runs its automaton
/// over every line, which costs four times as much as the copy and a literal search.
fn is_caption(line: &str) -> bool {
    has_caption_cue(line) && CAPTION.is_match(line)
}

/// Whether a line holds one of the cues of [`is_caption`] in any (ASCII) case.
fn has_caption_cue(line: &str) -> bool {
    static CUES: LazyLock<Regex> = LazyLock::new(|| re(r"image|photo|pic|credit|caption|ed by (?:a )?model"));
    CUES.is_match(&line.to_ascii_lowercase())
}

/// A byline: "By Jo Bloggs", "Author: …", "Published 16th Nov 2020", or "Reporter: Jo
/// Bloggs" (not a script's reporter speaking a sentence: "REPORTER: In Leeds, officers …").
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        ^(?i:by|compiled\ by|reported\ by|edited\ by|words\ by|posted\ by)
            \s+\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}(?:\s*[,|].*)?$
        | (?i:^(?:author|written\ by|words)\s*:)
        | (?i:^reporter\s*:[^.!?]*$)
        | (?i:^(?:published|last\ updated|updated|posted)\b(?:\s*:|\s+(?:on\s+)?\d|$))
    ")
});

/// The words every branch of [`BYLINE`] starts with (keep the two in step).
const BYLINE_STARTS: &[&str] = &[
    "by",
    "compiled by",
    "reported by",
    "edited by",
    "words",
    "author",
    "written by",
    "reporter",
    "published",
    "last updated",
    "updated",
    "posted",
];

/// Whether [`BYLINE`] can match: each of its branches is anchored at the start and begins
/// with one of [`BYLINE_STARTS`], so a line starting otherwise is ruled out without running
/// the regex. Two thirds of lines start with a letter one of those starts with, but few with
/// one of them; and on lines with curly quotes the regex cannot use its fast engine
/// (Unicode `\b`), which makes the check worth having.
pub(super) fn may_be_byline(line: &str) -> bool {
    starts_with_any(line, BYLINE_STARTS) && BYLINE.is_match(line)
}

/// The words every branch of [`FURNITURE`] starts with but those that start with a digit
/// (keep the two in step).
const FURNITURE_STARTS: &[&str] = &[
    "read more",
    "most read",
    "most popular",
    "advertisement",
    "related",
    "sign up",
    "subscribe",
    "share",
    "follow us",
    "click here",
    "watch: ",
    "listen: ",
    "see also",
    "comment",
    "sponsored",
    "promoted",
    "partner content",
    "also in this",
    "also in today",
    "also in tomorrow",
    "also in next week",
    "inside this",
    "inside today",
    "inside tomorrow",
    "inside next week",
    "also inside",
    "tags",
    "topics",
];

/// Whether a line is page furniture by what it says ("Advertisement", "Read more: …",
/// "Most read"), not just a short label such as a heading: [`FURNITURE`] matches, asked only
/// (see [`may_be_byline`]) where the line starts with one of [`FURNITURE_STARTS`] or with a
/// digit (any char that is numeric goes to the regex, whose `\d` is an ASCII digit).
pub fn is_page_furniture(line: &str) -> bool {
    let digit = line.chars().next().is_some_and(char::is_numeric);
    (digit || starts_with_any(line, FURNITURE_STARTS)) && FURNITURE.is_match(line)
}

/// Whether `line` starts with one of `starts` (ASCII: lower-case letters, spaces, marks)
/// as a case-insensitive regex reads them: a letter in either case, and also `ſ` for `s`
/// and the Kelvin sign `K` for `k`, the only other chars Unicode folds to ASCII letters.
fn starts_with_any(line: &str, starts: &[&str]) -> bool {
    let folds_to = |c: char, b: u8| match c {
        'ſ' => b == b's',
        '\u{212A}' => b == b'k',
        c => c.is_ascii() && c.to_ascii_lowercase() == char::from(b),
    };
    starts.iter().any(|start| {
        let mut chars = line.chars();
        start.bytes().all(|b| chars.next().is_some_and(|c| folds_to(c, b)))
    })
}

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        read\ more\b | most\ read$ | most\ popular$ | advertisement$ | related(?:\ (?:stories|articles|links))?\s*:
        | sign\ up\b | subscribe\b
        | share\ this\b | follow\ us\b | click\ here\b | watch:\ | listen:\ | see\ also\b
        | comments?\s*(?:\(\s*\d+\s*\))?$ | \d+\s+comments?$
        | (?:share\s+)?\d[\d,.]*k?\s+shares?$ | share$
        | (?:sponsored|promoted|partner\ content)\s*(?::|$)
        | (?:also\ in|inside)\ (?:this|today['’]s|tomorrow['’]s|next\ week['’]s)\ (?:issue|edition|paper)\b | also\ inside\s*:
        | (?:tags|topics)\s*:
    )")
});

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

/// A line that can be a headline: short, and not ending as a sentence does, or a question
/// that reads as a heading ([`is_heading_question`]): "Is van crime rising in Kent?".
fn is_headline_shaped(line: &str) -> bool {
    let line = line.trim_end();
    line.split_whitespace().count() <= 25
        && !line.ends_with(['.', '!', ':'])
        && (!line.ends_with('?') || is_heading_question(line))
}

/// Whether a line ending in "?" can head a page (fact checks, explainers and Q&A features
/// ask theirs: "What do the new figures show?"), rather than be a paragraph of copy that
/// asks one: one question alone, with no sentence before it ("Thefts fell. So why …?"),
/// neither an interview's labelled question ("Q: …?", "Question: …?") nor someone's words
/// opening on a quote mark.
fn is_heading_question(line: &str) -> bool {
    let asked = line.trim_end_matches('?');
    let opens_on_quote = line.chars().next().is_some_and(|c| matches!(normalise_char(c), '"' | '\''));
    let sentence_before = [". ", "! ", "? "].iter().any(|end| asked.contains(end));
    let labelled_question =
        super::QUESTION_LABELS.iter().any(|q| line.get(..q.len()).is_some_and(|head| head.eq_ignore_ascii_case(q)));
    !labelled_question && !opens_on_quote && !sentence_before
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
    let capitals = (1..=2).contains(&words) && lead::is_all_capitals(line);
    trail || capitals
}

/// Decides the role of each paragraph on the page, none of them a list item.
#[cfg(test)]
pub fn classify(lines: Vec<String>) -> Vec<Paragraph> {
    classify_items(lines.into_iter().map(|line| (line, false)).collect())
}

/// Decides the role of each paragraph on the page, each told apart as a list item or not
/// ([`crate::ingest::clean::split_items`]).
pub fn classify_items(items: Vec<(String, bool)>) -> Vec<Paragraph> {
    let (lines, items): (Vec<String>, Vec<bool>) = items.into_iter().unzip();
    let n = lines.len();
    let mut roles = vec![Role::Body; n];
    // The headline is the first line that reads as one under the publication's name, the
    // trail of sections, labels and dates printed above it; else the first line, or the line
    // after a section label that heads the page.
    let after_lead_in = lead::headline_after_lead_in(&lines);
    let head = after_lead_in.unwrap_or_else(|| {
        usize::from(lines.len() > 1 && is_section_label(&lines[0]) && is_headline_shaped(&lines[1]))
    });
    for (i, line) in lines.iter().enumerate() {
        // A short line over a table's rows heads them: it is no label, nor is a header row
        // ("| Area | Arsons |") over its rows.
        let next_is_table = lines
            .get(i + 1)
            .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()) || (line.contains('|') && l.contains('|')));
        roles[i] = if i < head && after_lead_in.is_none() {
            Role::Furniture
        } else if is_caption(line) || (i > 0 && lines[i - 1].eq_ignore_ascii_case("image caption,")) {
            Role::Caption
        } else if may_be_byline(line)
            || lines.get(i + 1).is_some_and(|next| next.strip_prefix("By ") == Some(line))
            || is_post_header(line)
        {
            Role::Byline
        } else if is_separator(line) {
            Role::Break
        } else if is_date_line(line) {
            // A time alone stamps a live blog's entry, and starts a new one; a date is
            // when the page was published.
            if dates::is_time_alone(line) {
                Role::Break
            } else {
                Role::Byline
            }
        } else if is_page_furniture(line) || is_script_cue(line) || is_post_furniture(line) {
            Role::Furniture
        } else if i == head && (after_lead_in.is_some() || is_headline_shaped(line)) {
            Role::Headline
        } else if i < head {
            // The lead-in: a name plate, a trail of sections, a label.
            Role::Furniture
        } else if line.ends_with(':') && line.split_whitespace().count() <= 5 && !introduces_a_quote(line) {
            // An outlet or section label ("The Northern Echo:"), not an introduction to a quote
            // as the quote reader takes one ("Priya Shah raged:", "Kent Police issued this statement:").
            Role::Furniture
        } else if i > 0 && is_label(line) && !next_is_table && !(breaks_off(line) && roles[i - 1] == Role::Body) {
            // A short line broken off on a dash after running text is a speaker cut short
            // ("So what we—" under their label), no label.
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
        .zip(items)
        .enumerate()
        .map(|(index, ((text, role), item))| Paragraph { index, norm: normalise(&text), text, role, item })
        .collect()
}
