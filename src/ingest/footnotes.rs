//! The footnotes and numbering of a primary source (a report, a press release, an FOI reply):
//! the marks that point to a note (`2022/23.[1]`, `reveals.(2)`, `[^3]`, `children¹²`), the
//! label a note opens with (`[^1]: …`, "[2] …", "³ …"), and the labels that number a report's
//! paragraphs ("2.1 West Yorkshire Police recorded …"). None of them is a figure.
//!
//! Every mark is written as superscript digits, the form a page's `<sup>` and a PDF's text
//! already give it: the sentence splitter keeps such a mark with the sentence it ends, and no
//! figure is read from it. A note's label and a paragraph's label are dropped; the words after
//! them stay text.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;

pub(super) use crate::extract::numbers::superscript_value;

pub(super) fn is_superscript_digit(c: char) -> bool {
    superscript_value(c).is_some()
}

/// The superscript form of an ASCII digit.
fn superscript_of(digit: u8) -> char {
    match digit {
        b'1' => '\u{00B9}',
        b'2' => '\u{00B2}',
        b'3' => '\u{00B3}',
        d => char::from_u32(0x2070 + u32::from(d.saturating_sub(b'0'))).unwrap_or('\u{2070}'),
    }
}

/// A mark written with brackets: where it is in the text, and its digits.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    range: Range<usize>,
    digits: Range<usize>,
}

/// The most digits a note's number has.
const MAX_DIGITS: usize = 3;

/// The marks written with brackets in `text`, in order (see [`mark_at`]). Most lines have
/// no bracket, and are ruled out by one memchr pass.
fn bracketed_marks(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut from = 0;
    while let Some(at) = memchr::memchr2(b'[', b'(', bytes.get(from..).unwrap_or_default()).map(|i| from + i) {
        match mark_at(text, at) {
            Some(mark) => {
                from = mark.range.end;
                marks.push(mark);
            }
            None => from = at + 1,
        }
    }
    marks
}

/// The mark that opens at byte `at` (a `[` or `(`), if it is one:
/// - `[^1]`, a Markdown footnote reference, after anything but the line's start (where it
///   labels the note itself);
/// - "[1]" right after a word or a mark ("data[1]", "2022/23.[1]", "forces,[2]");
/// - "(1)" right after the end of a sentence or clause (".", "!", "?", ",", ";", a closing
///   quote) or a word of letters ("reveals(1)"): after a number or a bracket it is a
///   subsection ("Section 12(1)", "8(2)(a)"), after a colon or a space the number of an item.
fn mark_at(text: &str, at: usize) -> Option<Mark> {
    let bytes = text.as_bytes();
    let open = *bytes.get(at)?;
    let caret = open == b'[' && bytes.get(at + 1) == Some(&b'^');
    let start = at + 1 + usize::from(caret);
    let len = bytes.get(start..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let close = if open == b'[' { b']' } else { b')' };
    if !(1..=MAX_DIGITS).contains(&len) || bytes.get(start + len) != Some(&close) {
        return None;
    }
    let end = start + len + 1;
    let before = text.get(..at)?.chars().next_back()?;
    let glued = match (open, caret) {
        (b'[', true) => true,
        (b'[', false) => !before.is_whitespace() && !matches!(before, '[' | '('),
        _ => {
            let after_word = before.is_alphabetic() && !word_before(text, at).contains(|c: char| c.is_ascii_digit());
            let ends_clause = matches!(before, '.' | '!' | '?' | ',' | ';' | '"' | '\'' | '\u{201D}' | '\u{2019}');
            let stands_alone = text.get(end..)?.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '(');
            (after_word || ends_clause) && stands_alone
        }
    };
    glued.then_some(Mark { range: at..end, digits: start..start + len })
}

/// The word that ends at byte `at`: the chars back to the last space.
fn word_before(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or_default();
    // Split on the space rather than step one byte past it: a space may be wider than a byte
    // (a no-break or thin space).
    before.rsplit(char::is_whitespace).next().unwrap_or(before)
}

/// The text with each mark written with brackets (see [`mark_at`]) written as superscript
/// digits instead: `in 2022/23.[^1] This` reads "in 2022/23.¹ This". A mark right after a
/// closing quote mark, in any form, is left out: the quote reader takes a mark before a letter
/// or a digit for an apostrophe, not the end of the quote ("tell."(2)" reads "tell."").
pub(super) fn marks_as_superscripts(text: &str) -> Cow<'_, str> {
    let mut edits: Vec<(Range<usize>, Option<Range<usize>>)> =
        bracketed_marks(text).into_iter().map(|m| (m.range, Some(m.digits))).collect();
    if has_superscript_digit(text) {
        edits.extend(superscripts_after_quotes(text).into_iter().map(|range| (range, None)));
        edits.sort_by_key(|(range, _)| range.start);
    }
    if edits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + edits.len() * 4);
    let mut copied = 0;
    for (range, digits) in edits {
        out.push_str(text.get(copied..range.start).unwrap_or_default());
        let after_quote = text.get(..range.start).and_then(|t| t.chars().next_back()).is_some_and(is_quote_mark);
        if let Some(digits) = digits.filter(|_| !after_quote) {
            out.extend(text.as_bytes().get(digits).unwrap_or_default().iter().map(|&d| superscript_of(d)));
        }
        copied = range.end;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

/// Whether a superscript digit is in the text, by its UTF-8 bytes: C2 B9, C2 B2, C2 B3,
/// E2 81 B0 or E2 81 B4..B9. Most lines have none, and most of those no C2 or E2 byte at all.
fn has_superscript_digit(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xE2, bytes).any(|at| match bytes[at] {
        0xC2 => matches!(bytes.get(at + 1), Some(0xB9 | 0xB2 | 0xB3)),
        _ => {
            bytes.get(at + 1) == Some(&0x81)
                && bytes.get(at + 2).is_some_and(|b| *b == 0xB0 || (0xB4..=0xB9).contains(b))
        }
    })
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}')
}

/// The runs of superscript digits right after a quote mark ("scared."²", from a page's `<sup>`).
fn superscripts_after_quotes(text: &str) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut run: Option<usize> = None;
    let mut prev = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if is_superscript_digit(c) {
            if run.is_none() && prev.is_some_and(is_quote_mark) {
                run = Some(i);
            }
        } else if let Some(start) = run.take() {
            runs.push(start..i);
        }
        if run.is_none() {
            prev = Some(c);
        }
    }
    runs
}

/// The numbers of the footnote marks in a text: runs of superscript digits after a word or a
/// mark ("children¹²", "2022/23.¹³"), and the marks written with brackets ("available,[14]",
/// "reveals.(2)", `[^3]`).
pub(super) fn mark_numbers(text: &str) -> BTreeSet<u32> {
    let mut numbers = BTreeSet::new();
    let mut run: Option<u32> = None;
    let mut after_text = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        match superscript_value(c) {
            Some(d) if after_text || run.is_some() => run = Some(run.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            _ => {
                if let Some(n) = run.take() {
                    numbers.insert(n);
                }
                after_text = !c.is_whitespace();
            }
        }
    }
    for mark in bracketed_marks(text) {
        if let Some(n) = text.get(mark.digits).and_then(|d| d.parse().ok()) {
            numbers.insert(n);
        }
    }
    numbers
}

/// A line without the footnote marks at its end ("2022/23.¹³", "compared.[16]", "year.(2)").
pub(super) fn without_trailing_marks(line: &str) -> &str {
    let mut rest = line.trim_end();
    loop {
        let mut shorter = rest.trim_end_matches(is_superscript_digit);
        if shorter.ends_with([']', ')']) {
            if let Some(mark) = bracketed_marks(shorter).pop().filter(|m| m.range.end == shorter.len()) {
                shorter = &shorter[..mark.range.start];
            }
        }
        if shorter.len() == rest.len() {
            return rest;
        }
        rest = shorter;
    }
}

/// The words of a footnote without the label it opens with, when the line opens with one:
/// `[^1]: Crimes recorded …` (Markdown's), "[2] Force data …", "³ Home Office tables". A
/// label written "(1) …" is read as a list's number (see `layout::list_item`).
pub(super) fn without_note_label(line: &str) -> Option<&str> {
    let rest = if let Some(inner) = line.strip_prefix('[') {
        let inner = inner.strip_prefix('^').unwrap_or(inner);
        let len = inner.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=MAX_DIGITS).contains(&len) {
            return None;
        }
        let after = inner.get(len..)?.strip_prefix(']')?;
        after.strip_prefix(':').unwrap_or(after).strip_prefix(' ')?
    } else {
        let len = line.chars().take_while(|&c| is_superscript_digit(c)).count();
        if !(1..=MAX_DIGITS).contains(&len) {
            return None;
        }
        let at = line.char_indices().nth(len).map_or(line.len(), |(i, _)| i);
        line.get(at..)?
    };
    let rest = rest.trim_start();
    (!rest.is_empty() && !rest.starts_with('|')).then_some(rest)
}

/// The label that may number a report's paragraph ("2.1 ", "10.12 ") at the start of a line
/// whose words open on a capital or a quote mark, as its number pair and the words after it.
/// A figure opening a sentence is followed by its unit in lower case ("4.5 per cent …").
fn paragraph_label(line: &str) -> Option<((u32, u32), &str)> {
    let (label, rest) = line.split_once(' ')?;
    let (section, paragraph) = label.split_once('.')?;
    let number = |s: &str| {
        ((1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let pair = (number(section)?, number(paragraph)?);
    rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}'))
        .then_some((pair, rest))
}

/// Whether label `b` can come straight after label `a` in a report's numbering: the next
/// paragraph of a section (2.1, 2.2) or the first of the next (2.5, 3.1).
fn follows(a: (u32, u32), b: (u32, u32)) -> bool {
    (b.0 == a.0 && b.1 == a.1 + 1) || (b.0 == a.0 + 1 && b.1 == 1)
}

/// Which lines open with a label that numbers a report's paragraphs: a label as
/// [`paragraph_label`] reads one that follows the label before it, or is followed by the one
/// after it, among the lines so labelled. A lone decimal opening a line is a figure.
pub(super) fn paragraph_labels<'a>(lines: impl Iterator<Item = Option<&'a str>>) -> Vec<bool> {
    let labels: Vec<Option<(u32, u32)>> = lines.map(|l| l.and_then(paragraph_label).map(|(pair, _)| pair)).collect();
    let found: Vec<(usize, (u32, u32))> = labels.iter().enumerate().filter_map(|(i, l)| l.map(|l| (i, l))).collect();
    let mut numbered = vec![false; labels.len()];
    for (k, &(i, label)) in found.iter().enumerate() {
        let after_last = k.checked_sub(1).and_then(|j| found.get(j)).is_some_and(|&(_, prev)| follows(prev, label));
        let before_next = found.get(k + 1).is_some_and(|&(_, next)| follows(label, next));
        numbered[i] = after_last || before_next;
    }
    numbered
}

/// The words of a line without the paragraph label it opens with.
pub(super) fn without_paragraph_label(line: &str) -> &str {
    paragraph_label(line).map_or(line, |(_, rest)| rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_after_a_word_or_a_full_stop_are_written_as_superscripts() {
        assert_eq!(marks_as_superscripts("in 2030/31.[^1] The unit"), "in 2030/31.\u{b9} The unit");
        assert_eq!(marks_as_superscripts("arrests[12] and fines,[3]"), "arrests\u{b9}\u{b2} and fines,\u{b3}");
        assert_eq!(marks_as_superscripts("the charity found.(4) Then"), "the charity found.\u{2074} Then");

        assert_eq!(
            marks_as_superscripts("the audit office reported(7) that"),
            "the audit office reported\u{2077} that"
        );
    }

    #[test]
    fn a_mark_after_a_word_set_off_by_a_wide_space_is_read_without_breaking_the_char() {
        for space in ['\u{a0}', '\u{2009}', '\u{202f}', '\u{3000}'] {
            let text = format!("the police{space}data(1)");
            assert_eq!(marks_as_superscripts(&text), format!("the police{space}data\u{b9}"));
            assert_eq!(without_trailing_marks(&text), format!("the police{space}data"));
        }
    }

    proptest::proptest! {
        #[test]
        fn marks_are_read_from_any_text_without_panicking(
            text in "([a-z0-9]{1,4}|[ \u{a0}\u{2009}\u{3000}]|[.,;:'\"\u{2019}\u{201d}]|[\\[\\]()^]|[\u{b9}\u{b2}\u{2074}]){0,16}"
        ) {
            let _ = marks_as_superscripts(&text);
            let _ = mark_numbers(&text);
            let _ = without_trailing_marks(&text);
            let _ = without_note_label(&text);
        }
    }

    #[test]
    fn a_mark_after_a_closing_quote_mark_is_left_out() {
        assert_eq!(marks_as_superscripts("\"I was scared.\"(2) She left."), "\"I was scared.\" She left.");
        assert_eq!(marks_as_superscripts("\u{201c}We will act.\u{201d}[^3]"), "\u{201c}We will act.\u{201d}");
        assert_eq!(
            marks_as_superscripts("called it \u{2018}a scandal\u{2019}\u{b9}\u{b2}."),
            "called it \u{2018}a scandal\u{2019}."
        );
        assert_eq!(marks_as_superscripts("rose\u{b2} and \u{b3}"), "rose\u{b2} and \u{b3}");
    }

    #[test]
    fn superscript_digits_are_found_by_their_bytes_as_by_their_chars() {
        for c in ('\u{a0}'..='\u{2100}').chain(['a', '\u{2019}', '\u{201d}']) {
            let text = format!("x{c}y");
            assert_eq!(has_superscript_digit(&text), is_superscript_digit(c), "{c:?}");
        }
    }

    #[test]
    fn subsections_list_items_and_citations_apart_from_a_word_are_no_marks() {
        for kept in [
            "Section 12(1) applies",
            "under s.40(2)(a) of the Act",
            "Article 8(2) of the Convention",
            "two steps: (1) call, (2) write",
            "as shown in [3] and [4]",
            "a ratio of 3(4)",
            "[^1]: a note's own label",
            "rose (5) times",
            "Schedule 2A(3) applies",
            "the reply (12)",
        ] {
            assert_eq!(marks_as_superscripts(kept), kept);
        }
    }

    #[test]
    fn a_line_loses_the_marks_at_its_end() {
        assert_eq!(without_trailing_marks("in 2030/31.\u{b9}\u{b3}"), "in 2030/31.");
        assert_eq!(without_trailing_marks("were compared.[16]"), "were compared.");
        assert_eq!(without_trailing_marks("rose by a fifth.(2)"), "rose by a fifth.");
        assert_eq!(without_trailing_marks("under Section 12(1)"), "under Section 12(1)");
    }

    #[test]
    fn mark_numbers_are_read_from_superscripts_and_brackets() {
        let numbers = mark_numbers("rose\u{b9}\u{b2} and fell.\u{b3} Then [4] alone, data,[15] x(6) y.(7) z[^8]");
        assert_eq!(numbers.into_iter().collect::<Vec<_>>(), [3, 6, 7, 8, 12, 15]);
    }

    #[test]
    fn a_note_loses_its_label_and_keeps_its_words() {
        assert_eq!(without_note_label("[^1]: Crimes logged to 31 March."), Some("Crimes logged to 31 March."));
        assert_eq!(without_note_label("[^12] Survey of 900 homes."), Some("Survey of 900 homes."));
        assert_eq!(without_note_label("[3] 41 councils replied."), Some("41 councils replied."));
        assert_eq!(without_note_label("\u{b2} Council returns."), Some("Council returns."));
        assert_eq!(without_note_label("\u{b9}\u{b3}Returns, 2030."), Some("Returns, 2030."));
        for none in ["[1]", "[1234] x", "[a] Notes", "Notes [1] here", "1 April", "(1) Items", "[2] | 40 |"] {
            assert_eq!(without_note_label(none), None, "{none}");
        }
    }

    #[test]
    fn labels_in_sequence_number_paragraphs_and_a_lone_decimal_does_not() {
        let lines = [
            "1.1 This report covers the year.",
            "2.1 The force recorded 120 thefts.",
            "Some text between.",
            "2.2 Of these, 40 were solved.",
            "4.5 per cent were not.",
            "3.1 \"We are pleased,\" the chief said.",
            "7.2 Million people live here.",
        ];
        assert_eq!(paragraph_labels(lines.iter().map(|l| Some(*l))), [true, true, false, true, false, true, false]);
        let single = ["2.5 Officers were on duty.", "Nothing else is numbered."];
        assert_eq!(paragraph_labels(single.iter().map(|l| Some(*l))), [false, false]);
        assert_eq!(without_paragraph_label("2.1 The force recorded 120 thefts."), "The force recorded 120 thefts.");
    }
}
