//! Lists of other stories under their label, and paragraphs printed twice (pull-quotes,
//! repeated captions).

use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::ingest::clean::{breaks_off, ends_complete, normalise_char, re, repeat_key};
use crate::model::Role;

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
pub(super) fn mark_story_lists(lines: &[String], roles: &mut [Role]) {
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
pub(super) fn mark_repeats(lines: &[String], roles: &mut [Role]) {
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
        // A line broken off on a dash is a speaker cut short, who may say the words again in
        // full ("We never had the—" before "We never had the boats we needed."), no pull-quote.
        if roles[i] != Role::Body || !long_enough(i) || breaks_off(&lines[i]) {
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
pub(super) fn has_words(key: &str, n: usize) -> bool {
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
