//! Turning raw article text into paragraphs: normalising marks and spaces, joining
//! soft-wrapped lines. Which paragraphs are article text is decided in `furniture`.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::footnotes;
use super::layout::{
    is_bulleted, is_separator, list_item, reads_as_thread, space_table_rows, without_dateline, without_thread_counter,
};

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
        // Every byte is looked at (no early return) so that the compiler checks many at once.
        let maps = |b: u8| b == b'`' || (b != b' ' && b.is_ascii_whitespace()) || b == 0x0B;
        if !text.bytes().fold(false, |any, b| any | maps(b)) {
            return text.to_owned();
        }
        return text.bytes().map(|b| normalise_char(char::from(b))).collect();
    }
    // Elsewhere only a few chars change (curly quotes, dashes, odd spaces): the runs between
    // them are copied whole, and only non-ASCII chars are decoded to be looked up.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Every ASCII char that maps to another is a control char or a backtick.
        if (b' '..=0x7F).contains(&b) && b != b'`' {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        let mapped = normalise_char(c);
        if mapped != c {
            out.push_str(text.get(copied..i).unwrap_or_default());
            out.push(mapped);
            copied = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(text.get(copied..).unwrap_or_default());
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
/// markers and markdown link targets removed, and footnote marks written as superscripts
/// (see [`footnotes::marks_as_superscripts`]).
pub(super) fn clean_line(line: &str) -> String {
    let line = clean_words(line);
    match footnotes::marks_as_superscripts(&line) {
        Cow::Borrowed(_) => line,
        Cow::Owned(marked) => marked,
    }
}

/// [`clean_line`] but for its footnote marks.
fn clean_words(line: &str) -> String {
    // Cells apart by tabs (a table pasted from a spreadsheet) read as the "|" rows the
    // extractor knows; a lone tab is only a space.
    if line.contains('\t') {
        let cells: Vec<&str> = line.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
        if cells.len() >= 2 {
            return clean_words(&cells.join(" | "));
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
    let folded = without_sign_off(folded);
    // Most lines have neither a marker nor a link: the cheap checks spare them two regex
    // passes and two copies. Folded words carry no outer space, so such a line is done.
    let marked = folded.starts_with(['•', '·', '▪', '●', '*', '-', '#', '>']);
    if !marked && !folded.contains("](") {
        return folded;
    }
    let unlisted = if marked { LIST_MARKER.replace(&folded, "") } else { Cow::Borrowed(folded.as_str()) };
    if !unlisted.contains("](") {
        return unlisted.trim().to_string();
    }
    MD_LINK.replace_all(&unlisted, "$1").trim().to_string()
}

/// A reply on a social page without the caret its writer signs it with, their initials or
/// rank and number ("… we will look into it. ^PC 4471", "… message us. ^DK"): no words of
/// the reply, and the number no figure.
fn without_sign_off(line: String) -> String {
    static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| re(r"[.!?)]\s+\^[A-Z][A-Za-z]{0,9}\.?(?:\s+\d{1,6})?$"));
    if !line.contains(" ^") {
        return line;
    }
    match SIGN_OFF.find(&line) {
        Some(m) => line.get(..m.start() + 1).map_or_else(|| line.clone(), str::to_string),
        None => line,
    }
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
/// whole rather than char by char. Each test is a pass over the bytes that the compiler
/// and memchr make cheap; only non-ASCII chars need decoding to be judged.
fn is_folded(line: &str) -> bool {
    let bytes = line.as_bytes();
    // memchr's searcher for two spaces, built once rather than for every line.
    static TWO_SPACES: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || TWO_SPACES.find(bytes).is_some() {
        return false;
    }
    // Every byte is looked at (no early return) so that the compiler checks many at once.
    if bytes.iter().fold(false, |control, b| control | b.is_ascii_control()) {
        return false;
    }
    line.is_ascii() || !line.chars().any(|c| !c.is_ascii() && (is_invisible(c) || c.is_whitespace()))
}

/// Whether a line ends where a sentence or a quote ends.
pub(super) fn ends_complete(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', ':', ';', '"', '\'', '\u{201D}', '\u{2019}', ')'])
}

/// Whether a line is a lone capital letter, as a drop cap printed on a line of its own is
/// ("W" over "hen the ferry …"). It joins the next line without a space only when that line
/// goes on in lower case: a list marker, a Q&A's "Q" or a roman "I" before a line opening
/// on a capital stays a line of its own.
pub(super) fn is_drop_cap(line: &str) -> bool {
    let mut chars = line.trim().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Whether a drop cap `cap` completes the word in capitals opening `line` ("T" before "HE
/// first …"): the two make a word the text uses elsewhere, in any case ("the"), which a
/// letter before a whole word in capitals ("B" before "BBC", "BBBC") does not.
fn completes_a_word(text: &str, cap: &str, line: &str) -> bool {
    let rest: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
    if rest.is_empty() || rest.chars().any(char::is_lowercase) {
        return false;
    }
    let word = format!("{cap}{rest}").to_lowercase();
    text.split(|c: char| !c.is_alphanumeric()).any(|w| w.len() == word.len() && w.to_lowercase() == word)
}

/// Whether a line breaks off mid-word or mid-sentence on a dash, as an interrupted speaker
/// does ("We never had the—", "So that-", "but --", "and then –"): a letter or digit,
/// at most one space, then one or two dashes of any kind to end the line.
pub fn breaks_off(line: &str) -> bool {
    let line = line.trim_end();
    let mut rest = line.chars().rev().peekable();
    let mut dashes = 0;
    while rest.next_if(|&c| normalise_char(c) == '-').is_some() {
        dashes += 1;
    }
    let _ = rest.next_if_eq(&' ');
    (1..=2).contains(&dashes) && rest.next().is_some_and(char::is_alphanumeric)
}

/// Splits text into paragraphs. Blank lines always separate; a single line break separates
/// too, unless it only wraps a sentence (the line runs on and the next begins in lower case).
/// Separator lines stand alone; blocks laid out as tables become "|" rows; list numbers and
/// datelines at the start of a paragraph are dropped, and so are a thread's post counters
/// when the page reads as a thread.
pub fn split_paragraphs(text: &str) -> Vec<String> {
    split_items(text).into_iter().map(|(paragraph, _)| paragraph).collect()
}

/// [`split_paragraphs`], with whether each paragraph is an item of a list: opened by a bullet
/// ("• ", "- ", "* ") or a list number ("2. ").
pub fn split_items(text: &str) -> Vec<(String, bool)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut rows = space_table_rows(&lines).into_iter().peekable();
    let labelled = paragraph_labels(&lines);
    let thread = reads_as_thread(&lines);
    let mut paragraphs: Vec<String> = Vec::new();
    // Whether each paragraph is a list item.
    let mut items: Vec<bool> = Vec::new();
    // Whether the last line read may run on into this one.
    let mut open = false;
    // Whether the last paragraph was a numbered list item.
    let mut numbered = false;
    // Whether the last paragraph opened a sentence: no line before it that runs on.
    let mut opened_fresh = false;
    for (i, raw) in lines.iter().enumerate() {
        if let Some((_, row)) = rows.next_if(|(at, _)| *at == i) {
            if !row.is_empty() {
                paragraphs.push(row);
                items.push(false);
            }
            open = false;
            continue;
        }
        if is_separator(raw) {
            paragraphs.push(raw.trim().to_string());
            items.push(false);
            open = false;
            continue;
        }
        let mut line = clean_line(raw);
        if signs_off_a_quote(raw, &line, paragraphs.last()) {
            line.insert_str(0, "- ");
        }
        if line.is_empty() {
            open = false;
            continue;
        }
        let runs_on = open && paragraphs.last().is_some_and(|p| !ends_complete(p));
        let wraps = runs_on && !is_bulleted(raw) && line.chars().next().is_some_and(char::is_lowercase);
        // A drop cap opening a paragraph joins the line after it across a blank line too, as
        // a page setting it in an element of its own leaves it ("A" / "" / "lma …"), and
        // before a word in capitals that it completes ("T" / "HE first …").
        let cap = paragraphs.last().filter(|p| opened_fresh && !is_bulleted(raw) && is_drop_cap(p));
        let cap_joins = cap.is_some_and(|cap| {
            line.chars().next().is_some_and(char::is_lowercase) || completes_a_word(text, cap.trim(), &line)
        });
        match paragraphs.last_mut() {
            Some(last) if wraps || cap_joins => {
                // A drop cap printed on a line of its own, opening a paragraph, is the first
                // letter of the word the next line goes on with ("A" / "lvar kept …" is
                // "Alvar kept …"); a letter within a sentence ("Plan" / "B" / "was …") is a word.
                if !(opened_fresh && is_drop_cap(last)) {
                    last.push(' ');
                }
                last.push_str(&line);
            }
            _ => {
                // A number at the start of a line that runs on from the last is the end of
                // its sentence ("rose to\n12. It…"), unless a list is under way or begins.
                let item = list_item(&line).filter(|&(n, _)| !runs_on || numbered || n == 1);
                opened_fresh = !runs_on;
                numbered = item.is_some();
                let text = if labelled[i] {
                    footnotes::without_paragraph_label(&line)
                } else if let Some(words) = footnotes::without_note_label(&line) {
                    words
                } else {
                    item.map_or(line.as_str(), |(_, rest)| rest)
                };
                let text = without_dateline(text);
                paragraphs.push(if thread { without_thread_counter(text) } else { text }.to_string());
                items.push(item.is_some() || is_bulleted(raw));
            }
        }
        open = true;
    }
    paragraphs.into_iter().zip(items).collect()
}

/// Which lines open with a label numbering a report's paragraphs ("2.1 The force …"; see
/// [`footnotes::paragraph_labels`]). Only lines opening with a digit, or with emphasis that
/// may hide one ("**2.1** The force …"), are cleaned to be read: most texts have none.
fn paragraph_labels(lines: &[&str]) -> Vec<bool> {
    let may_be_labelled =
        |raw: &str| raw.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '*' || c == '_');
    let cleaned: Vec<Option<String>> = lines.iter().map(|raw| may_be_labelled(raw).then(|| clean_line(raw))).collect();
    footnotes::paragraph_labels(cleaned.iter().map(Option::as_deref))
}

/// Whether a hyphen-bulleted line is the sign-off under a quote ("- Jo Bloggs, Police and
/// Crime Commissioner"), as quote boxes print their speaker: it comes straight under a
/// paragraph that closes a quote and opens on a capital. Its dash is kept, as an en or em
/// dash would be, for the quote reader to find the speaker by; a list of points goes on as
/// items.
fn signs_off_a_quote(raw: &str, line: &str, last: Option<&String>) -> bool {
    raw.trim_start().starts_with("- ")
        && line.starts_with(char::is_uppercase)
        && last.is_some_and(|p| p.trim_end().ends_with(['"', '\u{201D}', '\'', '\u{2019}']))
}

/// Compiles one of ingest's fixed patterns (constants checked by the tests, never input),
/// as extraction's are: `\b` is an ASCII word boundary, for these patterns put it beside
/// English label words ("for immediate release", "read more"). A Unicode `\b` sent every
/// line with a curly quote or a dash through the regex crate's slowest engine: the release
/// label check alone cost ~100 instructions a byte of indexing (docs/performance.md,
/// session 25).
pub(super) fn re(pattern: &str) -> Regex {
    crate::extract::numbers::compile(pattern)
}

/// The words of `chars` (split at whitespace) joined by single spaces, in one pass.
/// `capacity` is the expected length in bytes, so the text is allocated once.
pub(super) fn fold_words(chars: impl Iterator<Item = char>, capacity: usize) -> String {
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

/// What each ASCII byte adds to a repeat key: a letter or digit in lower case, `b' '` for
/// whitespace (a break between words), 0 for nothing.
const KEY_BYTES: [u8; 128] = {
    let mut table = [0; 128];
    let mut b: u8 = 0;
    while b < 128 {
        table[b as usize] = if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else if matches!(b, b' ' | 0x09..=0x0D) {
            // The ASCII chars `char::is_whitespace` takes (with the vertical tab).
            b' '
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Text compared for repeats: letters and digits only, lower case.
pub(super) fn repeat_key(text: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most of a text is ASCII: a run of it is read through the table, a byte at a time,
        // without decoding chars, into bytes (no char encoding on each push).
        while let Some(&b) = bytes.get(i) {
            let Some(&key) = KEY_BYTES.get(usize::from(b)) else { break };
            i += 1;
            if key > b' ' {
                if space {
                    out.push(b' ');
                    space = false;
                }
                out.push(key);
            } else if key == b' ' {
                space = !out.is_empty();
            }
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        i += c.len_utf8();
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if c.is_alphanumeric() {
            if space {
                out.push(b' ');
                space = false;
            }
            for lower in c.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }
    // Only whole chars were written, so the bytes are UTF-8; the check is a fast ASCII scan.
    String::from_utf8(out).unwrap_or_default()
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
            "ß", "“", "’", "-", ".", "7", "Ⅻ", "\u{b}", "`", "—", "\u{7f}",
        ]);
        prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
    }

    #[test]
    fn list_items_are_told_apart_from_prose_and_lose_their_markers() {
        let text = "Key facts\n\n• 1,410 offences\n- up 12%\n\n1. Kent\n2. Essex\n\nThe rest is prose.";
        let items: Vec<(String, bool)> = split_items(text);
        let want = [
            ("Key facts", false),
            ("1,410 offences", true),
            ("up 12%", true),
            ("Kent", true),
            ("Essex", true),
            ("The rest is prose.", false),
        ];
        assert_eq!(items, want.map(|(t, item)| (t.to_string(), item)));
    }

    #[test]
    fn a_line_breaks_off_on_a_dash_after_a_word_but_not_on_a_rule_or_a_range() {
        for line in ["We never had the—", "So that-", "and then –", "But we --", "up to 40—  "] {
            assert!(breaks_off(line), "{line}");
        }
        for line in ["We had the boats.", "---", "Kent | 12 | -", "A dash — then more", "Wait ---", "—"] {
            assert!(!breaks_off(line), "{line}");
        }
    }

    #[test]
    fn the_key_table_reads_each_ascii_byte_as_chars_are_read() {
        for b in 0..128u8 {
            let c = char::from(b);
            let expected = if c.is_alphanumeric() {
                b.to_ascii_lowercase()
            } else if c.is_whitespace() {
                b' '
            } else {
                0
            };
            assert_eq!(KEY_BYTES[usize::from(b)], expected, "byte {b:#04x}");
        }
    }

    #[test]
    fn a_drop_cap_on_its_own_line_joins_the_lower_case_line_after_it_without_a_space() {
        let text =
            "THE DEPOT\n\nO\nver the winter, Halvard Nyquist logged 37 crates.\n\nA\nlma Roskell ran the night shift.";
        assert_eq!(
            split_paragraphs(text),
            ["THE DEPOT", "Over the winter, Halvard Nyquist logged 37 crates.", "Alma Roskell ran the night shift."]
        );
    }

    #[test]
    fn a_drop_cap_before_a_word_in_capitals_joins_it_when_the_word_it_makes_is_the_texts() {
        // "T" / "HE night crew" is "THE night crew": "the" is a word of the text.
        let text = "THE DEPOT\n\nT\nHE night crew logged 37 crates.\n\nThe depot shut as it does at six.\n\nI\nT was cold, Rhiannon Pask said.";
        assert_eq!(
            split_paragraphs(text),
            [
                "THE DEPOT",
                "THE night crew logged 37 crates.",
                "The depot shut as it does at six.",
                "IT was cold, Rhiannon Pask said."
            ]
        );
        // "B" / "BBC figures": "BBBC" is no word of the text, so the letter stays apart.
        let text = "B\nBBC figures show 12 more.\n\nQ\nNHS staff were told.";
        assert_eq!(split_paragraphs(text), ["B", "BBC figures show 12 more.", "Q", "NHS staff were told."]);
    }

    #[test]
    fn a_drop_cap_in_a_paragraph_of_its_own_joins_the_lower_case_paragraph_after_it() {
        // As an HTML page sets it, "<p>A</p><p>lma …</p>": a blank line between.
        let text = "THE DEPOT\n\nA\n\nlma Roskell ran the night shift.\n\nQ\n\nWhy nights?";
        assert_eq!(split_paragraphs(text), ["THE DEPOT", "Alma Roskell ran the night shift.", "Q", "Why nights?"]);
    }

    #[test]
    fn a_lone_letter_before_a_capitalised_line_stays_a_line_of_its_own() {
        // A list marker, a Q&A's labels and a roman numeral are no drop caps.
        let text = "B\nThe ferry runs twice a day.\n\nQ\nWhy the delay?\nA\nThe crane broke.\n\nI\nThe harbour";
        assert_eq!(
            split_paragraphs(text),
            ["B", "The ferry runs twice a day.", "Q", "Why the delay?", "A", "The crane broke.", "I", "The harbour"]
        );
        // A letter in the middle of a sentence is a word, and a line of two letters no cap.
        assert_eq!(split_paragraphs("Plan\nB\nwas ready."), ["Plan", "B was ready."]);
        assert_eq!(split_paragraphs("OK\nthen we went."), ["OK then we went."]);
    }

    #[test]
    fn normalising_maps_only_the_chars_that_change() {
        assert_eq!(normalise("a\u{b}b`c\td\u{a0}e“f”—g"), "a b'c d e\"f\"-g");
        assert_eq!(normalise("plain, as it was: £5"), "plain, as it was: £5");
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
    fn a_replys_caret_sign_off_is_dropped() {
        assert_eq!(split_paragraphs("Thanks Jo, we will look into it. ^PC 4471"), ["Thanks Jo, we will look into it."]);
        assert_eq!(split_paragraphs("Sorry to hear that, message us. ^DK"), ["Sorry to hear that, message us."]);
        assert_eq!(split_paragraphs("The rate was 2 ^ 3 at most."), ["The rate was 2 ^ 3 at most."]);
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
    fn a_note_keeps_its_words_without_the_label_it_opens_with() {
        let text = "Thefts rose.[^1]\n\n[^1]: Crimes logged to 31 March 2031.\n\n[^2] Survey of 900 homes.";
        assert_eq!(
            split_paragraphs(text),
            ["Thefts rose.\u{b9}", "Crimes logged to 31 March 2031.", "Survey of 900 homes."]
        );
        let text = "Notes\n[1] 41 councils replied in full.\n\u{b2} Council returns, 2030.\n(3) Provisional.";
        assert_eq!(
            split_paragraphs(text),
            ["Notes", "41 councils replied in full.", "Council returns, 2030.", "Provisional."]
        );
    }

    #[test]
    fn a_subsection_or_an_item_number_is_no_footnote_mark() {
        let text = "Section 12(1) applies, as does s.40(2)(a).\nWe asked: (1) how many, (2) when.";
        assert_eq!(
            split_paragraphs(text),
            ["Section 12(1) applies, as does s.40(2)(a).", "We asked: (1) how many, (2) when."]
        );
    }

    #[test]
    fn labels_numbering_a_report_s_paragraphs_are_dropped_but_a_lone_decimal_stays() {
        let text = "2.4 The table sets out the trend.\n\n2.5 Patrols rose to 40 a week.\n\n3.1 \"It works,\" she said.";
        assert_eq!(
            split_paragraphs(text),
            ["The table sets out the trend.", "Patrols rose to 40 a week.", "\"It works,\" she said."]
        );
        let text = "6.1 Members are asked to note the report.\n7.1 Background papers: none.\n\n2.5 Million visits were logged.";
        assert_eq!(
            split_paragraphs(text),
            ["Members are asked to note the report.", "Background papers: none.", "2.5 Million visits were logged."]
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
    fn a_bulleted_line_is_an_item_of_its_own_even_in_lower_case() {
        let text = "Key points\n• arrests rose to 312 in Dorset\n• burglaries fell by 4%\n- most in rural areas";
        assert_eq!(
            split_paragraphs(text),
            ["Key points", "arrests rose to 312 in Dorset", "burglaries fell by 4%", "most in rural areas"]
        );
    }

    proptest! {
        #[test]
        fn a_line_copied_whole_is_the_line_folding_would_make(line in odd_line()) {
            let folded = fold_words(line.chars().filter(|&c| !is_invisible(c)), line.len());
            // Copied whole exactly when folding would change nothing.
            prop_assert_eq!(is_folded(&line), folded == line);
            prop_assert_eq!(is_folded(&folded), true);
        }

        #[test]
        fn normalising_maps_every_char_as_normalise_char_does(line in odd_line()) {
            prop_assert_eq!(normalise(&line), line.chars().map(normalise_char).collect::<String>());
        }

        #[test]
        fn repeat_keys_keep_lower_case_words_apart_by_one_space(line in odd_line()) {
            let kept = |c: &char| c.is_alphanumeric() || c.is_whitespace();
            let expected = fold_words(line.chars().filter(kept).flat_map(char::to_lowercase), line.len());
            prop_assert_eq!(repeat_key(&line), expected);
        }
    }
}
