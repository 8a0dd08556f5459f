//! A social-media thread or page saved as text: the header over each post, and the counts,
//! actions and prompts around posts and comments.

use std::sync::LazyLock;

use regex::Regex;

use crate::ingest::clean::re;

/// The line over each post of a social-media thread saved as text: the account's name (a
/// verified mark may follow), its @handle, and when it posted ("Anytown Police ✔ @anytownpol
/// · 14 Oct 2024", "Jo Bloggs @jobloggs · 3h"). It says who wrote the post, as a byline does.
pub(in crate::ingest) fn is_post_header(line: &str) -> bool {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^[^@.!?]{1,60}?\s@[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]{1,30}){0,3}\s*[·•|-]\s*[^.!?]{0,30}\d[^.!?]{0,30}$")
    });
    const MAX_LEN: usize = 140;
    line.len() <= MAX_LEN && line.contains('@') && HEADER.is_match(line)
}

/// A thread's furniture around its posts: "Replying to @anytownpol" over a reply, and the
/// counts of reposts, likes and so on under a post ("85 Reposts 12 Quotes 240 Likes").
pub(super) fn is_post_furniture(line: &str) -> bool {
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
