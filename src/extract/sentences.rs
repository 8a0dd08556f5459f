//! Splitting a paragraph into sentences, by byte range.

use std::ops::Range;

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "supt", "insp", "det", "sgt", "cllr", "prof", "gen", "col", "lt", "capt",
    "rev", "vs", "v", "e.g", "i.e", "etc", "approx", "ch", "pc", "dc", "ds", "di", "dci", "dcs", "jr", "sr", "inc",
    "ltd", "co", "incl", "excl", "ext", "tel",
];

/// True when the word ending just before byte `dot` is an abbreviation ("Dr.", "Det."). Letters
/// right after a digit are a unit, not a title: "up 9pc." ends its sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let start =
        before.char_indices().rev().take_while(|&(_, c)| c.is_alphabetic() || c == '.').last().map_or(dot, |(i, _)| i);
    if before[..start].ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word = &before[start..];
    if word.is_ascii() {
        // An ASCII letter lowercased is never upper case, so only the list can say yes.
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    let word = word.to_lowercase();
    ABBREVIATIONS.contains(&word.as_str()) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Closing quotes and brackets that stay with the sentence they end, and the superscript
/// digits of a footnote marker after its full stop ("in 2030.¹⁴ The").
const CLOSERS: &[char] = &['"', '\'', ')', ']', '”', '’', '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// Byte ranges of the sentences of `text`, trimmed, in order. Lines are always separate
/// sentences; otherwise a sentence ends at `.`, `!` or `?` (and any closing quote or
/// bracket) followed by space and a capital, digit, quote or bracket.
///
/// All the marks that can end a sentence are ASCII, so the text is walked from one such
/// byte to the next rather than char by char.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // The next line break at or after `from` (or the end), found again only once passed, and
    // the next stop before it by a vector scan for three bytes: together, the first of the
    // four bytes at or after `from`.
    let mut line_end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    loop {
        if line_end < from {
            line_end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i);
        }
        let at = memchr::memchr3(b'.', b'!', b'?', &bytes[from..line_end]).map_or(line_end, |i| from + i);
        if at >= bytes.len() {
            break;
        }
        from = at + 1;
        if bytes[at] == b'\n' {
            push_trimmed(text, start..at, &mut out);
            start = at + 1;
            continue;
        }
        if bytes[at] == b'.' && abbreviation_before(text, at) {
            continue;
        }
        let end = at + 1 + text[at + 1..].len() - text[at + 1..].trim_start_matches(CLOSERS).len();
        let spaced = text[end..].trim_start_matches(' ');
        let opens = spaced
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\'' | '(' | '£' | '“' | '‘'));
        if (spaced.len() < text.len() - end && opens) || end >= text.len() {
            push_trimmed(text, start..end, &mut out);
            start = end;
            from = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The longest sentence read as one, in bytes. Longer runs of text without a full stop are
/// not prose (tables, lists, junk); they are cut at spaces so that work per sentence stays
/// bounded however long the input.
pub const MAX_SENTENCE: usize = 1500;

/// Pushes `range` without its surrounding white space, unless nothing is left; cuts it
/// into pieces of at most [`MAX_SENTENCE`] bytes.
fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return;
    }
    let (mut start, end) = (range.start + lead, range.end - trail);
    while end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[start..cut].rfind(char::is_whitespace).map_or(cut, |i| start + i).max(start + 1);
        let cut = (cut..=end).find(|&c| text.is_char_boundary(c)).unwrap_or(end);
        push_trimmed(text, start..cut, out);
        start = cut;
    }
    push_trimmed_short(text, start..end, out);
}

/// Whether the piece of `text` at `range` has no ASCII word character right outside it on
/// either side, as a sentence [`split`] cuts does (unless a run of over [`MAX_SENTENCE`]
/// bytes with no space is cut inside a word). A pattern whose only assertions are ASCII
/// word boundaries then matches the piece only where it matches `text` too.
pub fn stands_apart(text: &str, range: &Range<usize>) -> bool {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let bytes = text.as_bytes();
    let before = range.start.checked_sub(1).and_then(|i| bytes.get(i));
    !before.is_some_and(word) && !bytes.get(range.end).is_some_and(word)
}

/// Pushes a range known to be short, without its surrounding white space.
fn push_trimmed_short(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`split`] as it was before its scan used memchr: a byte-by-byte search for the four.
    fn split_byte_by_byte(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let (mut start, mut from) = (0, 0);
        while let Some(at) =
            bytes[from..].iter().position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?')).map(|i| from + i)
        {
            from = at + 1;
            if bytes[at] == b'\n' {
                push_trimmed(text, start..at, &mut out);
                start = at + 1;
                continue;
            }
            if bytes[at] == b'.' && abbreviation_before(text, at) {
                continue;
            }
            let end = at + 1 + text[at + 1..].len() - text[at + 1..].trim_start_matches(CLOSERS).len();
            let spaced = text[end..].trim_start_matches(' ');
            let opens = spaced.chars().next().is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\'' | '(' | '£' | '“' | '‘')
            });
            if (spaced.len() < text.len() - end && opens) || end >= text.len() {
                push_trimmed(text, start..end, &mut out);
                start = end;
                from = end;
            }
        }
        push_trimmed(text, start..text.len(), &mut out);
        out
    }

    proptest::proptest! {
        #[test]
        fn split_finds_the_stops_a_byte_scan_finds(text in "([A-Za-z0-9 .!?\n\"’)£]|Mr\\.|Dr\\. ){0,40}") {
            proptest::prop_assert_eq!(split(&text), split_byte_by_byte(&text));
        }
    }

    #[test]
    fn a_piece_stands_apart_only_with_no_word_character_beside_it() {
        let text = "Up 5%. Then \"more\" rose_x";
        for range in split(text) {
            assert!(stands_apart(text, &range), "{:?}", &text[range.clone()]);
        }
        assert!(stands_apart(text, &(0..text.len())));
        assert!(!stands_apart(text, &(1..6)));
        assert!(!stands_apart(text, &(0..1)));
        assert!(!stands_apart(text, &(text.len() - 1..text.len())));
        assert!(!stands_apart(text, &(text.len() - 1..text.len() - 1)));
        assert!(stands_apart("", &(0..0)));
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_full_stops_before_capitals() {
        assert_eq!(
            sentences("It rose. Then it fell! Why? Nobody knows."),
            ["It rose.", "Then it fell!", "Why?", "Nobody knows."]
        );
    }

    #[test]
    fn decimals_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("A rise of 229.5% was seen. Dr. Smith agreed."),
            ["A rise of 229.5% was seen.", "Dr. Smith agreed."]
        );
        assert_eq!(sentences("Det. Supt. Jones said so."), ["Det. Supt. Jones said so."]);
        assert_eq!(sentences("Ask PC. Hill or Pc. Shah."), ["Ask PC. Hill or Pc. Shah."]);
    }

    #[test]
    fn a_unit_after_a_number_ends_a_sentence_though_it_spells_a_title() {
        assert_eq!(sentences("Thefts rose 9pc. Nationally they fell."), ["Thefts rose 9pc.", "Nationally they fell."]);
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        assert_eq!(sentences("He said: \"It is bad.\" Then he left."), ["He said: \"It is bad.\"", "Then he left."]);
    }

    #[test]
    fn a_footnote_marker_stays_with_the_sentence_it_follows() {
        assert_eq!(
            sentences("Arrests fell in 2030.\u{b9}\u{2074} The report said so."),
            ["Arrests fell in 2030.\u{b9}\u{2074}", "The report said so."]
        );
        assert_eq!(
            sentences("Thefts doubled.\u{b3} Burglary did not."),
            ["Thefts doubled.\u{b3}", "Burglary did not."]
        );
    }

    #[test]
    fn lines_are_separate_sentences() {
        assert_eq!(sentences("Gwent Police\n17/18: 215\n18/19: 260"), ["Gwent Police", "17/18: 215", "18/19: 260"]);
    }

    #[test]
    fn very_long_runs_without_full_stops_are_cut_at_spaces() {
        let text = "word ".repeat(2000) + "é".repeat(2000).as_str();
        let pieces = split(&text);
        assert!(pieces.len() > 2);
        for r in pieces {
            assert!(r.len() <= MAX_SENTENCE, "{}", r.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", ".", "..", "é.É", "a.\u{301}B", "“.”", "\n\n", "。.。"] {
            let _ = split(text);
        }
    }
}
