//! Finding the stretches of a paragraph set in quote marks.
//!
//! Works on the paragraph's normalised chars (all marks straight), with the printed chars
//! as hints: a printed `“` can only open and `”` can only close, while a straight `"` is
//! read from what stands around it. Single marks double as apostrophes ("don't",
//! "children's", "Forces'"), so a single mark only counts where it cannot be one.

use std::ops::Range;

/// Which marks enclose a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Double,
    Single,
}

/// Text set in quote marks within one paragraph. Indices are char positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Position of the opening mark; for a span with no opening mark, 0.
    pub open: usize,
    /// The words between the marks.
    pub inner: Range<usize>,
    /// Just past the closing mark, or the paragraph's length when the span is never closed.
    pub end: usize,
    /// A closing mark ends the span within the paragraph.
    pub closed: bool,
    /// False for a span that has a closing mark but no opening one: the paragraph carries on
    /// a quote opened in the paragraph before.
    pub opened: bool,
    pub mark: Mark,
}

/// What the printed glyph says about a mark's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Opens,
    Closes,
    Either,
}

fn hint(printed: Option<char>) -> Hint {
    match printed {
        Some('“' | '‘' | '„' | '«') => Hint::Opens,
        Some('”' | '’' | '»') => Hint::Closes,
        _ => Hint::Either,
    }
}

/// A mark after this char may open a quote: start of text, space or opening punctuation.
fn may_open_after(prev: Option<char>) -> bool {
    prev.is_none_or(|c| c.is_whitespace() || "([{-:;/—–\"'".contains(c))
}

/// A mark before this char may close a quote: end of text, space or punctuation.
fn may_close_before(next: Option<char>) -> bool {
    next.is_none_or(|c| !c.is_alphanumeric())
}

/// Every top-level quoted span in the paragraph, in order. `norm` and `printed` have the
/// same length (see [`crate::model::Paragraph`]); `printed` only supplies direction hints.
pub fn find_spans(norm: &[char], printed: &[char]) -> Vec<Span> {
    let doubles = double_spans(norm, printed);
    let singles = single_spans(norm, printed, &doubles);
    let mut spans: Vec<Span> =
        doubles.into_iter().filter(|d| !singles.iter().any(|s| s.open < d.open && d.end <= s.end)).collect();
    spans.extend(singles);
    spans.sort_by_key(|s| s.open);
    spans
}

fn at(chars: &[char], i: Option<usize>) -> Option<char> {
    i.and_then(|i| chars.get(i).copied())
}

/// End of the text, ignoring trailing spaces.
fn trimmed_len(norm: &[char]) -> usize {
    norm.iter().rposition(|c| !c.is_whitespace()).map_or(0, |i| i + 1)
}

/// Spans in double marks. A mark that can only close, before any mark that opens, closes a
/// quote carried over from the previous paragraph.
fn double_spans(norm: &[char], printed: &[char]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, _) in norm.iter().enumerate().filter(|(_, &c)| c == '"') {
        let prev = at(norm, i.checked_sub(1));
        let next = at(norm, Some(i + 1));
        let hint = hint(at(printed, Some(i)));
        let can_open = next.is_some_and(|c| !c.is_whitespace())
            && (hint == Hint::Opens || (hint == Hint::Either && may_open_after(prev)));
        let can_close = prev.is_some_and(|c| !c.is_whitespace())
            && (hint == Hint::Closes || (hint == Hint::Either && may_close_before(next)));
        match open {
            None if can_open => open = Some(i),
            None if can_close && spans.is_empty() => {
                spans.push(Span { open: 0, inner: 0..i, end: i + 1, closed: true, opened: false, mark: Mark::Double })
            }
            None => {}
            Some(o) if can_close => {
                spans.push(closed(o, i, Mark::Double));
                open = None;
            }
            Some(o) if can_open => {
                // The previous quote was never closed; a new one starts here.
                spans.push(unclosed(o, i, Mark::Double));
                open = Some(i);
            }
            Some(_) => {}
        }
    }
    if let Some(o) = open {
        spans.push(unclosed(o, trimmed_len(norm).max(o + 1), Mark::Double));
    }
    spans
}

fn closed(open: usize, close: usize, mark: Mark) -> Span {
    Span { open, inner: open + 1..close, end: close + 1, closed: true, opened: true, mark }
}

fn unclosed(open: usize, end: usize, mark: Mark) -> Span {
    Span { open, inner: open + 1..end, end, closed: false, opened: true, mark }
}

/// A single mark between two letters or digits is an apostrophe: "don't", "children's".
fn is_inner_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

/// "Forces' work": a plural possessive looks like a closing mark followed by more words.
fn looks_possessive(norm: &[char], i: usize) -> bool {
    let prev = at(norm, i.checked_sub(1));
    let after = at(norm, Some(i + 1));
    let word = at(norm, Some(i + 2));
    matches!(prev, Some('s' | 'S')) && after == Some(' ') && word.is_some_and(|c| c.is_lowercase() || c.is_numeric())
}

/// Spans in single marks, outside double-marked spans.
fn single_spans(norm: &[char], printed: &[char], doubles: &[Span]) -> Vec<Span> {
    // The stretches inside double marks, merged and in order, walked along with the marks:
    // asking every double span about every single mark grows with the square of a paragraph
    // of many quotes ("Kent's chief constable said: "…" Kent's chief constable said: …").
    let mut inside: Vec<(usize, usize)> = doubles.iter().filter(|d| d.open < d.end).map(|d| (d.open, d.end)).collect();
    inside.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(inside.len());
    for (open, end) in inside {
        match merged.last_mut() {
            Some(last) if open <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((open, end)),
        }
    }
    let mut stretch = 0;
    let mut inside_double = |i: usize| {
        while merged.get(stretch).is_some_and(|&(_, end)| end <= i) {
            stretch += 1;
        }
        merged.get(stretch).is_some_and(|&(open, _)| open <= i)
    };
    let candidates: Vec<usize> =
        norm.iter().enumerate().filter(|&(i, &c)| c == '\'' && !inside_double(i)).map(|(i, _)| i).collect();
    let can_close_at = |i: usize| {
        let prev = at(norm, i.checked_sub(1));
        let next = at(norm, Some(i + 1));
        !is_inner_apostrophe(prev, next)
            && prev.is_some_and(|c| !c.is_whitespace())
            && hint(at(printed, Some(i))) != Hint::Opens
            && may_close_before(next)
    };
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (k, &i) in candidates.iter().enumerate() {
        let prev = at(norm, i.checked_sub(1));
        let next = at(norm, Some(i + 1));
        if is_inner_apostrophe(prev, next) {
            continue;
        }
        let printed_hint = hint(at(printed, Some(i)));
        match open {
            None => {
                let can_open = printed_hint != Hint::Closes
                    && may_open_after(prev)
                    && next.is_some_and(|c| c.is_alphanumeric() || "\"(£$€#.…".contains(c));
                if can_open {
                    open = Some(i);
                }
            }
            Some(o) if can_close_at(i) => {
                let later_close = candidates[k + 1..].iter().any(|&j| can_close_at(j));
                if looks_possessive(norm, i) && later_close {
                    continue;
                }
                spans.push(closed(o, i, Mark::Single));
                open = None;
            }
            Some(_) => {}
        }
    }
    // An unclosed single mark is an elision ('90s, 'em) unless it opens the paragraph, follows
    // a colon, or opens a new sentence with a capital, as a quote running on into the next
    // paragraph does ("'…,' said Jo Bloggs. 'We know …").
    if let Some(o) = open {
        let before = norm[..o].iter().rev().find(|c| !c.is_whitespace());
        let opens_sentence = matches!(before, Some('.' | '!' | '?'))
            && norm[..o].last().is_some_and(|c| c.is_whitespace())
            && at(norm, Some(o + 1)).is_some_and(char::is_uppercase);
        if before.is_none_or(|&c| c == ':') || opens_sentence {
            spans.push(unclosed(o, trimmed_len(norm).max(o + 1), Mark::Single));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the spans found in a printed paragraph.
    fn quoted(printed: &str) -> Vec<String> {
        let p: Vec<char> = printed.chars().collect();
        let n: Vec<char> = printed.chars().map(crate::extract::quotes::normalise_char).collect();
        find_spans(&n, &p).iter().map(|s| p[s.inner.clone()].iter().collect()).collect()
    }

    #[test]
    fn curly_and_straight_double_marks_enclose_spans() {
        assert_eq!(quoted("He said: “We are shocked.”"), ["We are shocked."]);
        assert_eq!(quoted("He said: \"We are shocked.\""), ["We are shocked."]);
        assert_eq!(quoted("He said:“No space.”"), ["No space."]);
        assert_eq!(quoted("“Mixed marks.\" she said"), ["Mixed marks."]);
        assert_eq!(quoted("a “cyber flag” and a \"second\" one"), ["cyber flag", "second"]);
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        assert!(quoted("We don't know the children's names.").is_empty());
        assert!(quoted("The region’s forces and the NSPCC’s work").is_empty());
        assert!(quoted("the Forces' figures and the '90s").is_empty());
        assert_eq!(quoted("'The Forces' figures are stark,' he said."), ["The Forces' figures are stark,"]);
        assert_eq!(quoted("the ‘Stop Think Tell Someone’ scheme"), ["Stop Think Tell Someone"]);
    }

    #[test]
    fn single_marks_inside_double_quotes_stay_inside() {
        assert_eq!(quoted("She said: “a ‘real-life’ abuser”"), ["a ‘real-life’ abuser"]);
        assert_eq!(quoted("'He said \"no\" to me,' she said."), ["He said \"no\" to me,"]);
    }

    /// A single mark is inside double quotes when one of them holds it, however many there
    /// are, and outside when none does.
    #[test]
    fn single_marks_are_weighed_against_every_double_quote() {
        assert_eq!(
            quoted("“A ‘b’ c.” Then ‘d’ and “e ‘f’ g.” and ‘h’ then “i ‘j’"),
            ["A ‘b’ c.", "d", "e ‘f’ g.", "h", "i ‘j’"]
        );
        assert_eq!(quoted("He said: “One ‘x’. “Two ‘y’.” ‘z’"), ["One ‘x’. ", "Two ‘y’.", "z"]);
        let many = "Kent's chief constable said: \"We can't.\" ".repeat(500) + "'Fine,' he said.";
        let spans = quoted(&many);
        assert_eq!(spans.len(), 501);
        assert_eq!(spans.last().map(String::as_str), Some("Fine,"));
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_of_the_paragraph() {
        assert_eq!(quoted("He said: “The numbers keep climbing. "), ["The numbers keep climbing."]);
        assert_eq!(quoted("'We are shocked and"), ["We are shocked and"]);
        assert_eq!(quoted("A spokeswoman said: 'We are shocked and"), ["We are shocked and"]);
        assert!(quoted("Music from the '90s and 'em").is_empty());
        assert_eq!(
            quoted("'It is grim,' said Jo Bloggs of the trust. 'Every week brings more"),
            ["It is grim,", "Every week brings more"]
        );
        assert!(quoted("It was the '80s. 'em and 'tis were old words.").is_empty());
        let p: Vec<char> = "He said: “One. “Two.”".chars().collect();
        let n: Vec<char> = p.iter().map(|&c| crate::extract::quotes::normalise_char(c)).collect();
        let spans = find_spans(&n, &p);
        assert_eq!(spans.len(), 2);
        assert!(!spans[0].closed && spans[1].closed);
    }

    #[test]
    fn a_closing_mark_with_no_opener_closes_a_carried_quote() {
        let p: Vec<char> = "and that is all.\" Then more".chars().collect();
        let spans = find_spans(&p, &p);
        assert_eq!(spans.len(), 1);
        assert!(!spans[0].opened);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "\"", "'", "“”", "\"\"\"", "' ' '", "‘", "a'", "'a", "😀\"😀\"", "\u{0}\"\u{7}"] {
            let _ = quoted(s);
        }
    }
}
