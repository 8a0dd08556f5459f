//! Telling article text from page furniture: which lines are the headline, captions,
//! bylines and dates, labels and links, lists of other stories, and pull quotes printed again.

use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::clean::{ends_complete, normalise, normalise_char, re, repeat_key};
use super::layout::is_separator;
use super::lead;
use crate::extract::quotes::introduces_a_quote;
use crate::model::{Paragraph, Role};

static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)
        ^(?:editorial\ image|file\ (?:image|photo|picture)|stock\ (?:image|photo)|image\ caption|pictured?\b)
        | \b(?:picture|photo|photograph|image|credit|pic)(?:\s+\d{1,2})?\s*:\s*\S
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
///
/// The cues are looked for in a lower-case copy of the line: searched for in any case, they
/// are too many spellings for the regex's literal search, and it then runs its automaton
/// over every line, which costs four times as much as the copy and a literal search.
fn is_caption(line: &str) -> bool {
    has_caption_cue(line) && CAPTION.is_match(line)
}

/// Whether a line holds one of the cues of [`is_caption`] in any (ASCII) case.
fn has_caption_cue(line: &str) -> bool {
    static CUES: LazyLock<Regex> = LazyLock::new(|| re(r"image|photo|pic|credit|ed by (?:a )?model"));
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
pub(super) fn is_date_line(line: &str) -> bool {
    const MAX_LEN: usize = 64;
    line.len() <= MAX_LEN && line.bytes().any(|b| b.is_ascii_digit()) && DATE_LINE.is_match(line)
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
/// digit (`\d` is any decimal digit, so any char that is numeric goes to the regex).
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

/// The line over each post of a social-media thread saved as text: the account's name (a
/// verified mark may follow), its @handle, and when it posted ("Anytown Police ✔ @anytownpol
/// · 14 Oct 2024", "Jo Bloggs @jobloggs · 3h"). It says who wrote the post, as a byline does.
pub(super) fn is_post_header(line: &str) -> bool {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^[^@.!?]{1,60}?\s@[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]{1,30}){0,3}\s*[·•|-]\s*[^.!?]{0,30}\d[^.!?]{0,30}$")
    });
    const MAX_LEN: usize = 140;
    line.len() <= MAX_LEN && line.contains('@') && HEADER.is_match(line)
}

/// A thread's furniture around its posts: "Replying to @anytownpol" over a reply, and the
/// counts of reposts, likes and so on under a post ("85 Reposts 12 Quotes 240 Likes").
fn is_post_furniture(line: &str) -> bool {
    static REPLYING: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^replying to\s+@[A-Za-z0-9_]{1,30}(?:(?:,|\s+and)\s+@[A-Za-z0-9_]{1,30})*$"));
    static ENGAGEMENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:[\d.,]+[km]?\s+(?:reposts?|retweets?|quotes?|quote\s+tweets?|likes?|bookmarks?|replies|reply|comments?|shares?|views?)\s*[·|]?\s*){2,}$",
        )
    });
    const MAX_LEN: usize = 160;
    line.len() <= MAX_LEN
        && (REPLYING.is_match(line)
            || ENGAGEMENT.is_match(line)
            || is_comment_actions(line)
            || is_dotted_counts_line(line))
}

/// The actions under a comment on a social page, with how long ago it was posted and how
/// many liked it: "Like · Reply · 2d", "3h Like Reply 14", "40m Like Reply".
fn is_comment_actions(line: &str) -> bool {
    static ACTIONS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:\d{1,3}[smhdwy]\s*[·•]?\s*)?like\s*[·•]?\s*reply(?:\s*[·•]?\s*(?:share|edited|see\s+translation|\d{1,3}[smhdwy]|[\d.,]+k?))*$",
        )
    });
    const MAX_LEN: usize = 48;
    line.len() <= MAX_LEN && (line.contains("eply") || line.contains("EPLY")) && ACTIONS.is_match(line)
}

/// A social page's line of counts: the reactions over its comments, printed with a mark
/// before them ("💬 316 · 41 comments · 9 shares", "👍😮 2.4K 88 comments 12 shares"), and a
/// line of short parts apart by "·", no sentence among them, one of which counts the page's
/// followers, members or readers ("Private group · 930 members", "Page Reader · 1.3K reads ·
/// Report a page"); and its prompts to see more ("View 14 more comments") and counts alone
/// on a line ("3,410 likes").
fn is_dotted_counts_line(line: &str) -> bool {
    static REACTIONS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[^\p{L}\p{N}\s]+\s*[\d.,]+k?(?:\s*[·•|]?\s*[\d.,]+[km]?\s+(?:comments?|shares?|reposts?|retweets?|replies|views?))+$",
        )
    });
    static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^[\d.,]+[km]?\s+(?:members|followers|reads|views|likes|subscribers|comments|shares|reactions)$")
    });
    // "All reactions: 2.2K", "View 14 more comments", "Liked by westby_news and 1,204
    // others", "3,410 likes": the page's prompts to see more, and a count alone on its line.
    static PROMPTS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?ix)^(?:
            all\ reactions:?\s*[\d.,]+k?
            | view\ (?:all\ )?(?:\d[\d,]*\ )?(?:more\ |previous\ )?(?:comments?|replies|reply)
            | liked\ by\ \S+(?:\ and\ [\d.,]+k?\ others?)?
            | [\d.,]+[km]?\ (?:likes|views|reactions|followers|members|reposts|retweets)
        )$")
    });
    const MAX_PART_WORDS: usize = 8;
    // Every such line counts something in figures: most lines are ruled out before a regex runs.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if REACTIONS.is_match(line) || PROMPTS.is_match(line) {
        return true;
    }
    let parts: Vec<&str> = line.split(" · ").map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().any(|p| COUNTED.is_match(p))
        && parts.iter().all(|p| {
            p.split_whitespace().count() <= MAX_PART_WORDS && !p.contains(". ") && !p.ends_with(['.', '!', '?'])
        })
}

/// A broadcast script's production line around a recorded clip, no text of the story: the
/// clip's header in capitals ("CLIP 2: JO BLOGGS, ANYTOWN COUNCIL", "CUT 1 - SOT: …"), its in
/// and out cues, which quote the clip's first and last words ("IN: \"We were…\"", "OUT CUE:
/// '…next week.'"), and its duration ("DUR: 0'24\"", "TRT: 1:05").
pub fn is_script_cue(line: &str) -> bool {
    line.len() <= MAX_CUE_LEN
        && memchr::memchr(b':', line.as_bytes()).is_some()
        && (CLIP_HEADER.is_match(line) || is_clip_cue(line))
}

/// The longest line read as a script's production line.
const MAX_CUE_LEN: usize = 200;

/// A clip's header in capitals: its kind, an optional number ("CLIP 2", "CUT 1A"), an optional
/// dashed kind ("- SOT"), a colon, and the words naming who speaks.
static CLIP_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"^(?:CLIP|CUT|INSERT|ACT|ACTUALITY|SOT|SYNC|AUDIO|BITE|SOUNDBITE|GRAB|VOX(?:\s?POPS?)?)(?P<number>\s*\d{1,2}[A-Z]?)?(?:\s*[-–—]\s*[A-Z/]+)?\s*:\s*(?P<who>\S[^\p{Ll}]*)$"#,
    )
});

/// A clip's header line ("CLIP 2: JO BLOGGS, ANYTOWN COUNCIL"): the words naming who speaks,
/// and whether the clip is numbered.
pub fn clip_header(line: &str) -> Option<(&str, bool)> {
    if line.len() > MAX_CUE_LEN || memchr::memchr(b':', line.as_bytes()).is_none() {
        return None;
    }
    let caps = CLIP_HEADER.captures(line)?;
    Some((caps.name("who")?.as_str(), caps.name("number").is_some()))
}

/// A clip's in or out cue or its duration: the lines that only a recorded clip has under its
/// header, unlike a header's words, which any capitals line may look like.
pub fn is_clip_cue(line: &str) -> bool {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)^(?:IN|OUT|IN[\s-]?CUE|OUT[\s-]?CUE|IN[\s-]?WORDS|OUT[\s-]?WORDS)\s*:\s*["“‘'](?:\.\.\.|…)?\s*\S.*["”’']\s*$"#,
        )
    });
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"(?i)^(?:DUR|DURATION|TRT|RUNS|LENGTH)(?:\s*\([^)]*\))?\s*:\s*\d{1,2}(?:['’′:]\d{2}["”″]?|\s*(?:s|secs?|seconds))\s*$"#,
        )
    });
    // Each kind has a colon after its label: most lines have none, and skip the patterns.
    line.len() <= MAX_CUE_LEN
        && memchr::memchr(b':', line.as_bytes()).is_some()
        && (CUE.is_match(line) || DURATION.is_match(line))
}

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
    let capitals = (1..=2).contains(&words) && lead::is_all_capitals(line);
    trail || capitals
}

/// Decides the role of each paragraph on the page.
pub fn classify(lines: Vec<String>) -> Vec<Paragraph> {
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
            if TIME_LINE.is_match(line) {
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
        most\ (?:read|popular|viewed|shared|watched)(?:\ in\ (?:news|sport|uk|world|business|politics|entertainment
            |lifestyle|opinion|money|tech|technology|health|travel|culture|science|showbiz|football|education
            |environment|property|motoring|tv|film|music|arts)(?:\ news)?)? | related(?:\ (?:stories|articles|links|news|content))?
        | trending(?:\ now|\ stories)? | more\ (?:stories|news|on\ this\ story) | top\ stories
        | recommended(?:\ for\ you|\ stories)? | you\ (?:may|might)\ also\ like | read\ next | latest\ news
        | also\ (?:in|on)\ (?:the\ )?(?:\w+\ ){0,2}(?:news|stories)
    )\s*:?$")
});

/// The lines under a label of a list of other stories ("Most read", "Most read in News",
/// "Related stories") are those stories' headlines, furniture as the label is: short lines
/// that do not end as a sentence does, up to the first line that does. A table row is never one.
/// "Most read in" takes only a site section's name: a subhead "Most popular in Wales" or "Most
/// read in 2023" heads the article's own ranking.
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
    let long: Vec<bool> = keys.iter().map(|key| has_words(key, MIN_WORDS)).collect();
    let long_enough = |i: usize| long[i];
    let opens_quote = |i: usize| lines[i].chars().next().map(normalise_char).is_some_and(|c| c == '"' || c == '\'');
    // Fx, not SipHash: the keys are whole paragraphs, hashed once each through `entry`.
    let mut kept: FxHashMap<&str, usize> = FxHashMap::default();
    for i in 0..lines.len() {
        if !matches!(roles[i], Role::Body | Role::Caption) || !long_enough(i) {
            continue;
        }
        let slot = match kept.entry(keys[i].as_str()) {
            Entry::Vacant(v) => {
                v.insert(i);
                continue;
            }
            Entry::Occupied(o) => o.into_mut(),
        };
        let j = *slot;
        let prefer_i = (roles[i] == Role::Body && roles[j] == Role::Caption)
            || (roles[i] == roles[j] && opens_quote(i) && !opens_quote(j));
        let (keep, repeat) = if prefer_i { (i, j) } else { (j, i) };
        roles[repeat] = Role::Repeat;
        *slot = keep;
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

/// Whether a repeat key (words apart by single spaces) has at least `n` words: at least
/// `n - 1` spaces, counted as bytes rather than split into words.
fn has_words(key: &str, n: usize) -> bool {
    let spaces = n.saturating_sub(1);
    key.bytes().filter(|&b| b == b' ').take(spaces).count() == spaces
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
    use crate::ingest::clean::split_paragraphs;

    use proptest::prelude::*;

    #[test]
    fn a_social_threads_post_headers_are_bylines_and_its_counts_furniture() {
        let text = "Anytown Police ✔ @anytownpol · 3 Mar 2025\nWe made 40 arrests this week. #SafeStreets 1/3\n\n\
                    Jo Bloggs @jobloggs_99 · 4h\nReplying to @anytownpol\n40 is a good start.\n\n\
                    12 Reposts 3 Quotes 88 Likes 2 Bookmarks";
        let paragraphs = classify(split_paragraphs(text));
        let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
        assert_eq!(role_of("Anytown Police ✔ @anytownpol · 3 Mar 2025"), Some(Role::Byline));
        assert_eq!(role_of("Jo Bloggs @jobloggs_99 · 4h"), Some(Role::Byline));
        let paragraphs = classify(split_paragraphs("Anytown Police @anytownpol.bsky.social · 2h\nWe made 40 arrests."));
        assert_eq!(paragraphs.first().map(|p| p.role), Some(Role::Byline));
        assert_eq!(role_of("Replying to @anytownpol"), Some(Role::Furniture));
        assert_eq!(role_of("12 Reposts 3 Quotes 88 Likes 2 Bookmarks"), Some(Role::Furniture));
        assert!(role_of("We made 40 arrests this week. #SafeStreets").is_some_and(Role::is_text), "{paragraphs:?}");
    }

    #[test]
    fn a_social_pages_counts_and_a_comments_actions_are_furniture() {
        let text = "Lowmoor Neighbourhood Team\nCommunity page · 4.2K followers\n\nWe made 12 arrests on Friday.\n\n\
                    💬 316 · 41 comments · 9 shares\n\nAmy Holt\nGreat work.\n3h  Like  Reply  14\n\n\
                    Ben Cole\nAbout time.\nLike · Reply · 2d\n\n👍😮 2.4K   88 comments   12 shares\n\n\
                    Private group · 930 members\n\nPage Reader · 1.3K reads · Report a page";
        let paragraphs = classify(split_paragraphs(text));
        let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
        for chrome in [
            "Community page · 4.2K followers",
            "💬 316 · 41 comments · 9 shares",
            "3h Like Reply 14",
            "Like · Reply · 2d",
            "👍😮 2.4K 88 comments 12 shares",
            "Private group · 930 members",
            "Page Reader · 1.3K reads · Report a page",
        ] {
            assert_eq!(role_of(chrome), Some(Role::Furniture), "{chrome}: {paragraphs:?}");
        }
        assert!(role_of("We made 12 arrests on Friday.").is_some_and(Role::is_text), "{paragraphs:?}");
        // A sentence that speaks of views or members is text.
        let paragraphs = classify(split_paragraphs("Town news\n\nThe clip had 4,100 views · and 300 shares by noon."));
        assert!(paragraphs.iter().all(|p| p.role != Role::Furniture || p.text == "Town news"), "{paragraphs:?}");
    }

    #[test]
    fn a_social_pages_prompts_to_see_more_and_lone_counts_are_furniture() {
        let text = "Westby Police\n\nWe made 9 arrests.\n\nAll reactions: 2.2K\n\nView 14 more comments\n\nView all 3 replies\n\n\
                    Liked by westby_news and 1,204 others\n\n3,410 likes\n\n2w Like Reply Edited\n\nLike · Reply · See translation · 5d";
        let paragraphs = classify(split_paragraphs(text));
        let role_of = |text: &str| paragraphs.iter().find(|p| p.text == text).map(|p| p.role);
        for chrome in [
            "All reactions: 2.2K",
            "View 14 more comments",
            "View all 3 replies",
            "Liked by westby_news and 1,204 others",
            "3,410 likes",
            "2w Like Reply Edited",
            "Like · Reply · See translation · 5d",
        ] {
            assert_eq!(role_of(chrome), Some(Role::Furniture), "{chrome}: {paragraphs:?}");
        }
        assert!(role_of("We made 9 arrests.").is_some_and(Role::is_text), "{paragraphs:?}");
    }

    #[test]
    fn a_numbered_photo_label_opens_a_caption() {
        let roles = roles(
            "Headline here\n\nText of the story.\n\n📸 Picture 2: Officers at a door in Eastby.\n\nPhoto 11: A van.",
        );
        assert_eq!(roles[2].0, Role::Caption, "{roles:?}");
        assert_eq!(roles[3].0, Role::Caption, "{roles:?}");
    }

    #[test]
    fn a_thread_counter_after_a_posts_last_sentence_is_dropped_and_a_fraction_kept() {
        let texts = |text: &str| -> Vec<String> { split_paragraphs(text) };
        assert_eq!(
            texts("We made 12 arrests. 1/4\n\nCall 101 to report it. (2/4)"),
            ["We made 12 arrests.", "Call 101 to report it."]
        );
        assert_eq!(
            texts("1/5 A thread on last night.\n\nThanks for reading 🙏 5/5"),
            ["A thread on last night.", "Thanks for reading 🙏"]
        );
        let thread = "1/3 Our figures are out.\n\nThe share of cases solved fell to 3/4\n\nScores were 9/10.\n\n3/3 Officers made 12 arrests.";
        assert_eq!(
            texts(thread),
            [
                "Our figures are out.",
                "The share of cases solved fell to 3/4",
                "Scores were 9/10.",
                "Officers made 12 arrests."
            ]
        );
        assert_eq!(
            texts("1/2 Our figures are out.\n\n3/4 of the victims were girls.\n\n2/2 Thanks for reading."),
            ["Our figures are out.", "3/4 of the victims were girls.", "Thanks for reading."]
        );
    }

    #[test]
    fn a_fraction_opening_a_paragraph_of_an_article_that_is_no_thread_is_kept() {
        let texts = |text: &str| -> Vec<String> { split_paragraphs(text) };
        assert_eq!(
            texts("Poll finds support for curfews.\n\n6/10 Voters back the plan, the survey says."),
            ["Poll finds support for curfews.", "6/10 Voters back the plan, the survey says."]
        );
        assert_eq!(
            texts("4/20 Memorial held in the park.\n\nCrowds gathered at noon. 8/9"),
            ["4/20 Memorial held in the park.", "Crowds gathered at noon. 8/9"]
        );
    }

    #[test]
    fn a_broadcast_scripts_clip_lines_are_furniture() {
        for line in [
            "CLIP 2: SGT MARIA OWUSU, DERBYSHIRE CONSTABULARY",
            "CUT 1 - SOT: PARISH CLERK, HEBDEN (UNNAMED)",
            "IN: \"Nobody expected the road...\"",
            "OUT CUE: '...by the weekend.'",
            "DUR: 0'17\"",
            "TRT: 1:05",
        ] {
            assert!(is_script_cue(line), "{line}");
        }
        for line in [
            "Clip art: a new exhibition opens in Derby.",
            "IN: the first of three hearings, the panel said.",
            "OUT: \"We are going nowhere,\" the campaign said of its plans for the site over the summer.",
            "Audio: Hear the full interview on our website",
            "DUR: 24 offences in 2023",
        ] {
            assert!(!is_script_cue(line), "{line}");
        }
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

    fn roles(text: &str) -> Vec<(Role, String)> {
        classify(split_paragraphs(text)).into_iter().map(|p| (p.role, p.text)).collect()
    }

    /// Lines made of the caption cues, in odd cases and cut short, and what stands around them.
    fn cue_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "image",
            "IMAGE",
            "imag",
            "Photo",
            "phot",
            "PIC",
            "pi",
            "cRedit",
            "credi",
            "ed by model",
            "ed by a model",
            "ED BY A MODEL",
            "ed by ",
            "ed by  model",
            "model",
            "a ",
            " ",
            "e",
            "é",
            "İ",
            "\u{212A}",
            "x",
        ]);
        prop::collection::vec(pieces, 0..8).prop_map(|p| p.concat())
    }

    #[test]
    fn caption_cues_are_found_in_any_case_and_nowhere_else() {
        assert!(has_caption_cue("A boy (PICTURED) at home"));
        assert!(has_caption_cue("File image posed by a Model"));
        assert!(!has_caption_cue("Officers recorded by police said so."));
        assert!(!has_caption_cue("ed by  model, imag, phot"));
    }

    #[test]
    fn words_are_counted_as_splitting_at_spaces_counts_them() {
        for key in ["", "a", "a b", "a b c d", "a b c d e", "one two three four five six", " "] {
            for n in 1..8 {
                assert_eq!(has_words(key, n), key.split(' ').nth(n - 1).is_some(), "{key:?} {n}");
            }
        }
    }

    #[test]
    fn starts_are_read_in_any_case_as_the_regexes_read_them() {
        let letters: Vec<String> = (b'a'..=b'z').map(|b| char::from(b).to_string()).collect();
        let letters: Vec<&str> = letters.iter().map(String::as_str).collect();
        let per_letter: Vec<Regex> = letters.iter().map(|l| re(&format!("(?i)^{l}"))).collect();
        let any_letter = re("(?i)^[a-z]");
        let mut buf = [0; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            if !any_letter.is_match(s) {
                assert!(!starts_with_any(s, &letters), "{c:?}");
                continue;
            }
            for (l, r) in letters.iter().zip(&per_letter) {
                assert_eq!(starts_with_any(s, &[l]), r.is_match(s), "{c:?} as {l}");
            }
        }
        assert!(starts_with_any("Wordſ: Ann Lee", &["words"]));
        assert!(!starts_with_any("Word", &["words"]), "a start longer than the line");
        assert!(!starts_with_any("Last year", &["last updated"]));
    }

    #[test]
    fn every_branch_of_the_byline_and_furniture_patterns_gets_past_its_check() {
        for line in [
            "By Jane Doe",
            "BY JANE DOE, Crime Reporter",
            "Compiled by Priya Shah | Monday",
            "Reported by Tom O'Neill",
            "Edited by Ann Lee",
            "Words by Ann Lee",
            "Wordſ by Ann Lee",
            "Author: John Roe",
            "Written by: Ann Lee",
            "Reporter: Ann Lee",
            "Words: Ann Lee",
            "Published 1st Jan 2021",
            "Last updated: 2 May",
            "Updated",
            "Poſted on 3 May",
            "Posted by Ann Lee, parish correspondent · 2 May 2025 · 3 comments",
            "Posted by Tom Roe",
        ] {
            assert!(BYLINE.is_match(line), "{line}");
            assert!(may_be_byline(line), "{line}");
        }
        for line in [
            "Read more: Other story",
            "Most read",
            "Most popular",
            "Advertisement",
            "Related stories:",
            "Sign up to our newsletter",
            "Subscribe",
            "Share this article",
            "Follow us on Facebook",
            "Click here",
            "Watch: the arrest",
            "Listen: the podcast",
            "See also Other story",
            "Comments (3)",
            "12 comments",
            "\u{663} comments",
            "1.2k shares",
            "Share 85 shares",
            "Share",
            "ſhare",
            "Sponsored: 7 ways",
            "Promoted",
            "Partner content",
        ] {
            assert!(FURNITURE.is_match(line), "{line}");
            assert!(is_page_furniture(line), "{line}");
        }
        for line in ["But police said so.", "Last year 12 were stolen.", "Most of the thefts were at night."] {
            assert!(!starts_with_any(line, BYLINE_STARTS) && !starts_with_any(line, FURNITURE_STARTS), "{line}");
        }
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
    fn a_papers_trail_of_what_else_is_in_the_issue_is_furniture() {
        let found = roles(
            "The story begins with a sentence.\n\nALSO IN THIS ISSUE: Town 5k raises £2,300 (p9) · Rovers win 3-1 (p40)\n\nInside today's edition: 12 pages of jobs\n\nAlso inside: bowls club's 50 years",
        );
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
        // A sentence about what was inside something stays text.
        let found = roles("The story begins with a sentence.\n\nInside this house, officers found 40 cannabis plants.");
        assert_eq!(found[1].0, Role::Body);
    }

    #[test]
    fn a_pages_tags_or_topics_are_furniture() {
        let found = roles(
            "The story begins with a sentence.\n\nTags: Dover, Kent Police, knife crime\n\nTopics: Courts, Hampshire Constabulary",
        );
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
        let found = roles("The story begins with a sentence.\n\nTags were found on 40 stolen bikes in 2023.");
        assert_eq!(found[1].0, Role::Body);
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
    fn headlines_under_a_most_read_in_a_section_label_are_furniture() {
        let found = roles(
            "Avon Police logged 420 burglaries in 2023.\n\nMost read in Sport\n\nStriker, 29, 'gutted' after injury\n\nFan's 5 best away days\n\nMost popular in UK News:\n\nPub quiz champion, 80, retires",
        );
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
        assert_eq!(found[0].0, Role::Body);
        // A sentence about what was most read stays text.
        let sentence = roles("Intro sentence of the piece.\n\nMost read in the region were reports of 40 thefts.");
        assert_eq!(sentence[1].0, Role::Body, "{sentence:?}");
    }

    #[test]
    fn a_most_popular_in_a_place_or_year_subhead_heads_the_articles_own_list() {
        for label in ["Most popular in Wales", "Most popular in Kent", "Most read in 2023"] {
            let found = roles(&format!(
                "Registrars logged 600,000 births in 2023.\n\n{label}\n\nOlivia, given to 1,204 girls\n\nNoah, given to 1,130 boys"
            ));
            assert!(found[2..].iter().all(|(r, _)| *r == Role::Body), "{found:?}");
        }
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
    fn posted_by_lines_are_bylines() {
        // A community site's byline, with its date and comment count.
        let found = roles("Parish notices\n\nPosted by Ann Lee, village correspondent · 2 May 2025 · 3 comments\n\nPosted by a neighbour, the note says 30 sheds were broken into.");
        let got: Vec<Role> = found.iter().map(|(r, _)| *r).collect();
        assert_eq!(got, [Role::Headline, Role::Byline, Role::Body], "{found:?}");
    }

    proptest! {
        #[test]
        fn caption_cues_are_found_where_a_case_insensitive_regex_finds_them(line in cue_text()) {
            let cues = re(r"(?i-u)image|photo|pic|credit|ed by (?:a )?model");
            prop_assert_eq!(has_caption_cue(&line), cues.is_match(&line), "{:?}", line);
        }

        #[test]
        fn laid_out_text_splits_and_classifies_without_losing_char_alignment(text in laid_out_text()) {
            for p in classify(split_paragraphs(&text)) {
                prop_assert_eq!(p.text.chars().count(), p.norm.chars().count());
                prop_assert!(!p.text.is_empty());
            }
        }
    }
}
