//! Turning raw article text into paragraphs: normalising marks and spaces, joining
//! soft-wrapped lines, and telling article text from page furniture.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

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
fn clean_line(line: &str) -> String {
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
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut open = false;
    for raw in text.lines() {
        let line = clean_line(raw);
        if line.is_empty() {
            open = false;
            continue;
        }
        let wraps = open
            && line.chars().next().is_some_and(char::is_lowercase)
            && paragraphs.last().is_some_and(|p| !ends_complete(p));
        match paragraphs.last_mut() {
            Some(last) if wraps => {
                last.push(' ');
                last.push_str(&line);
            }
            _ => paragraphs.push(line),
        }
        open = true;
    }
    paragraphs
}

fn re(pattern: &str) -> Regex {
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
        ^By\s+\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}(?:\s*,.*)?$
        | (?i:^(?:author|written\ by|reporter|words)\s*:)
        | (?i:^(?:published|last\ updated|updated|posted)\b(?:\s*:|\s+(?:on\s+)?\d|$))
    ")
});

/// Whether [`BYLINE`] can match: each of its branches is anchored at the start and begins
/// with one of a few ASCII letters (none of which has a non-ASCII case variant), so a line
/// starting otherwise is ruled out without running the regex. On lines with curly quotes
/// the regex cannot use its fast engine (Unicode `\b`), which makes the check worth having.
fn may_be_byline(line: &str) -> bool {
    may_start_with(line, b"bawrplu") && BYLINE.is_match(line)
}

/// Whether [`FURNITURE`] can match (see [`may_be_byline`]). Its `s` also matches the long
/// s `ſ`, so any line starting with a non-ASCII char still goes to the regex.
fn may_be_furniture(line: &str) -> bool {
    may_start_with(line, b"rmasfcwl0123456789") && FURNITURE.is_match(line)
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

/// Decides the role of each paragraph on the page.
pub fn classify(lines: Vec<String>) -> Vec<Paragraph> {
    let n = lines.len();
    let mut roles = vec![Role::Body; n];
    for (i, line) in lines.iter().enumerate() {
        let next_is_table = lines.get(i + 1).is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()));
        roles[i] = if is_caption(line) || (i > 0 && lines[i - 1].eq_ignore_ascii_case("image caption,")) {
            Role::Caption
        } else if may_be_byline(line) || lines.get(i + 1).is_some_and(|next| next.strip_prefix("By ") == Some(line)) {
            Role::Byline
        } else if may_be_furniture(line) {
            Role::Furniture
        } else if i == 0 && line.split_whitespace().count() <= 25 && !line.trim_end().ends_with(['.', '!', '?', ':']) {
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
    mark_repeats(&lines, &mut roles);
    lines
        .into_iter()
        .zip(roles)
        .enumerate()
        .map(|(index, (text, role))| Paragraph { index, norm: normalise(&text), text, role })
        .collect()
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

    proptest! {
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
        let found = roles("The story begins with a sentence.\n\nComments (3)\n\n12 comments\n\nComments");
        assert!(found[1..].iter().all(|(r, _)| *r == Role::Furniture), "{found:?}");
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
}
