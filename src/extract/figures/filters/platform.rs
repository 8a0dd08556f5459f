//! A page's platform chrome, whose numbers count no offences: the counters under a post
//! ("💬 38 🔁 389 ♥ 412", "Reposts 1,035 · Likes 1,208"), a profile's follower counts, a
//! message's reactions, items numbered with keycap emoji ("1️⃣"), a newsletter's footer, the
//! readers a newsletter greets ("the 1,480 of you") and a match's score ("beat Derby 2-0").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;

/// The words a platform names its counters with ("Likes 1,208", "8.7K followers", "Quote
/// Tweets (31)"), in lower case.
const COUNTER_WORDS: &[&str] = &[
    "like",
    "likes",
    "retweet",
    "retweets",
    "repost",
    "reposts",
    "quote",
    "quotes",
    "tweets",
    "posts",
    "reply",
    "replies",
    "comment",
    "comments",
    "share",
    "shares",
    "view",
    "views",
    "reaction",
    "reactions",
    "follower",
    "followers",
    "following",
    "subscribers",
    "members",
    "bookmarks",
    "saves",
    "upvotes",
    "claps",
];

/// Characters that only separate a row's counters: spaces, middle dots, bars, brackets.
fn separates(c: char) -> bool {
    c.is_whitespace() || "·•|()[]:,/-–—".contains(c)
}

/// A line made only of a post's engagement counters: every word one of [`COUNTER_WORDS`] or
/// an emoji or symbol standing for one ("💬 38 🔁 389 ♥ 412", "(👍 14)", "Quote Tweets (31) ·
/// Reposts 812 · Likes 2,040", "3.1K reposts · 940 likes · 12K views"). It is the page's
/// chrome, not its content: with a word of the text ("🔴 Essex 812") or a percent it is not.
pub(super) fn is_engagement_row(s: &str) -> bool {
    let mut numbers = 0;
    let mut markers = 0;
    let mut rest = s.trim();
    while let Some(c) = rest.chars().next() {
        if separates(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let end = rest.find(separates).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        if is_counter_number(token) {
            numbers += 1;
        } else if COUNTER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(token)) {
            markers += 1;
        } else if let Some(split) = token.find(|c: char| c.is_ascii_digit()).filter(|&i| i > 0) {
            // "♥22": a symbol printed against its number.
            let (symbol, number) = token.split_at(split);
            if !is_symbol(symbol) || !is_counter_number(number) {
                return false;
            }
            numbers += 1;
            markers += 1;
        } else if is_symbol(token) {
            markers += 1;
        } else {
            return false;
        }
    }
    numbers > 0 && markers > 0
}

/// "38", "1,035", "8.7K", "2.4m": a counter's value.
fn is_counter_number(token: &str) -> bool {
    let digits = token.trim_end_matches(['K', 'k', 'M', 'm']);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && digits.len() + 1 >= token.len()
}

/// An emoji or pictographic symbol ("💬", "♥", "❤️", "🔁"): arrows, symbols and dingbats,
/// emoji, and the selectors and joiners that build them; not a currency sign or a dash.
fn is_symbol(token: &str) -> bool {
    !token.is_empty()
        && token.chars().all(|c| matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D))
}

/// "1️⃣ POLICE TALK": a digit printed as a keycap emoji labels an item, after it only the
/// emoji's selector and the keycap mark.
pub(super) fn is_keycap(after: &str) -> bool {
    after.trim_start_matches('\u{FE0F}').starts_with('\u{20E3}')
}

/// "© 2023 The Dale Digest · Unsubscribe · 12 Mill Lane": a newsletter's or page's footer, its
/// numbers an address and a copyright year.
pub(super) fn is_page_footer(s: &str) -> bool {
    s.contains('©') || s.contains("Unsubscribe")
}

/// "the 1,480 of you reading this", "40 of us at the meeting": the readers a newsletter greets
/// or the writer's own company, people, not offences.
pub(super) fn counts_the_audience(after: &str) -> bool {
    static OF_YOU: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:you|us)\b"));
    OF_YOU.is_match(after)
}

/// The byte ranges of match scores in `s`: "Leeds United 3–2 Fulham", "beat Derby 2-0", "a
/// 1-1 draw". A number in one counts goals, not offences.
pub(super) fn match_scores(s: &str) -> Vec<Range<usize>> {
    static SCORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            // "beat Derby 2-0", "lost to Bristol Rovers 1–3".
            r"(?:\b(?:beat|beats|beating|defeated|thrashed|edged|hammered|lost\s+to|drew\s+with|held)\s+",
            r"(?:\p{Lu}[\w'.&-]*\s+){1,4}(?P<a>\d{1,2}\s*[-–]\s*\d{1,2})\b)",
            // "Leeds United 3–2 Fulham" (not "12-15 March").
            r"|(?:\p{Lu}[\w'.&-]*\s+(?P<b>\d{1,2}\s*[-–]\s*\d{1,2})\s+(?P<team>\p{Lu}\w*))",
            // "a 2-0 win", "the 1-1 draw".
            r"|(?:\b(?P<c>\d{1,2}\s*[-–]\s*\d{1,2})\s+(?:(?:home|away|league|cup)\s+)?(?:win|victory|defeat|draw|loss|thrashing)\b)",
        ))
    });
    SCORE
        .captures_iter(s)
        .filter(|c| c.name("team").is_none_or(|t| !crate::extract::periods::is_month(t.as_str())))
        .filter_map(|c| c.name("a").or_else(|| c.name("b")).or_else(|| c.name("c")).map(|m| m.range()))
        .collect()
}

/// "Lots of posts this week (412!)", "comments today (57)": a number in brackets after the
/// platform things it counts.
pub(super) fn counted_in_brackets(before: &str) -> bool {
    static AFTER_THINGS: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            r"(?i)\b(?:messages|posts|comments|replies|likes|shares|views|reactions|notifications|emails|texts)",
            r"(?:\s+(?:this|last|today|yesterday|overnight|so\s+far)(?:\s+(?:week|month|morning|night|evening|year))?)?",
            r"\s*\(\s*$",
        ))
    });
    before.ends_with('(') && AFTER_THINGS.is_match(before)
}

/// "The 12 best bakeries in Fife", "our 7 worst roads": the length of a ranked list, which
/// counts nothing.
pub(super) fn ranks_a_list(after: &str) -> bool {
    static RANKED: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:best|worst|greatest|finest|cheapest|tastiest|prettiest|friendliest|favourite)\s+\p{L}")
    });
    RANKED.is_match(after)
}

/// "Attendance at the stadium was 23,512", "the crowd reached 41,300": people at an event.
pub(super) fn counts_a_crowd(before: &str) -> bool {
    static CROWD: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            r"(?i)\b(?:attendance|crowd|turnout|footfall|audience)\b[^.;:!?\d]{0,60}?",
            r"\b(?:was|were|is|of|reached|topped|hit)\s+(?:(?:just|over|under|more\s+than|nearly|almost|around|about|some)\s+)?$",
        ))
    });
    CROWD.is_match(before)
}

/// "44 children waiting for therapy", "30 young people on our waiting list": people waiting
/// for a service, not offences against them.
pub(super) fn waiting_for_a_service(after: &str) -> bool {
    static WAITING: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            r"(?i)^\s+(?:children|young\s+people|people|families|patients|survivors|victims|adults|pupils)\s+",
            r"(?:(?:still|currently|now)\s+)?(?:waiting\b|on\s+(?:a|the|our|its|their)\s+waiting\s+lists?\b)",
        ))
    });
    WAITING.is_match(after)
}

/// " (!!) water bottles": an exclamation in brackets between a number and its noun, which
/// says nothing of what is counted; `after` past it.
pub(super) fn past_an_exclamation(after: &str) -> &str {
    let trimmed = after.trim_start();
    let Some(inner) = trimmed.strip_prefix('(') else { return after };
    let Some(close) = inner.find(')') else { return after };
    let marks = &inner[..close];
    if !marks.is_empty() && marks.chars().all(|c| matches!(c, '!' | '?' | ' ')) {
        inner.get(close + 1..).unwrap_or(after)
    } else {
        after
    }
}

/// "READER COMMENTS", "Have your say (38 comments)", "TOP READER COMMENT (487 likes)", "Your
/// views": a whole line heading the readers' comments printed under a story. The lines under
/// it are readers' words, not the story's ([`is_reader_comment`]).
pub(in crate::extract::figures) fn heads_reader_comments(s: &str) -> bool {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?ix)^\W*
            (?:(?:top|latest|most\ liked|best|featured|selected)\s+)?
            (?:readers?['’]?s?\s+)?
            (?:comments?|your\ views|have\ your\ say|your\ say|what\ you\ (?:said|say|think)|join\ the\ (?:debate|conversation))
            \s*(?:\(\s*[\d.,]+\s*k?(?:\s+[\p{L}]+)?\s*\))?
            \W*$",
        )
    });
    s.len() < 60 && HEADING.is_match(s)
}

/// "Maidstone_Dave: My van was done twice": under [`heads_reader_comments`], a line opened by
/// a reader's handle (one word of letters, digits, dots, dashes or underscores) and a colon.
pub(in crate::extract::figures) fn is_reader_comment(s: &str) -> bool {
    static HANDLE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\W{0,3}[\p{L}\p{N}_.\-]{2,30}\W{0,3}:\s+\S"));
    HANDLE.is_match(s)
}
