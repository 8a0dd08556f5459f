//! Text pasted from a PDF: lines broken at the page's width, a running header with the page
//! number on each page, and footnotes numbered as their markers in the text ("children¹²",
//! "available,[14]"). Such text is put back into one line per paragraph, without the
//! running headers or the footnotes, before it is split into paragraphs.

use std::collections::BTreeSet;

use super::clean::ends_complete;
use super::layout::is_bulleted;

/// The widest line of a page of hard-wrapped text, in chars; a news file with a paragraph
/// on each line has far longer ones.
const MAX_PAGE_WIDTH: usize = 110;
/// Lines broken at the page's width before a sentence ends that make a file hard-wrapped.
const MIN_BROKEN_LINES: usize = 3;

/// The text with its hard-wrapped lines joined, or `None` when it is not hard-wrapped: its
/// widest line of prose is no wider than a page, and at least [`MIN_BROKEN_LINES`] lines
/// stop near that width in mid-sentence with the next line straight after.
pub(super) fn reflow(text: &str) -> Option<String> {
    // A news file has a line of prose wider than a page, most often its first paragraph:
    // found before anything else is read, the text is left as it is.
    if text.lines().map(str::trim).any(|l| is_wider_than_a_page(l) && !has_gap(l)) {
        return None;
    }
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let width = lines.iter().filter(|l| !has_gap(l)).map(|l| l.chars().count()).max()?;
    // Whether each line stops near the page's width in mid-sentence, read once a line.
    let broken: Vec<bool> = lines
        .iter()
        .map(|line| !line.is_empty() && !ends_complete(without_markers(line)) && line.chars().count() * 10 >= width * 7)
        .collect();
    let next_is_text = |i: usize| lines.get(i + 1).is_some_and(|l| !l.is_empty());
    if (0..lines.len()).filter(|&i| broken[i] && next_is_text(i)).count() < MIN_BROKEN_LINES {
        return None;
    }
    let markers = footnote_markers(text);
    let is_note = |line: &str| note_number(line).is_some_and(|n| markers.contains(&n));
    // Paragraphs, each with whether it is a footnote; `None` stands for a blank line.
    let mut paragraphs: Vec<Option<(String, bool)>> = Vec::new();
    let mut runs_on = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            paragraphs.push(None);
            runs_on = false;
            continue;
        }
        if is_running_head(line) {
            continue;
        }
        let opens_item = is_bulleted(line) || is_note(line);
        match paragraphs.last_mut() {
            Some(Some((last, _))) if runs_on && !opens_item => {
                last.push(' ');
                last.push_str(line);
            }
            _ => paragraphs.push(Some((line.to_string(), is_note(line)))),
        }
        runs_on = broken[i];
    }
    let mut out = String::with_capacity(text.len());
    for paragraph in paragraphs {
        match paragraph {
            None => out.push('\n'),
            Some((_, true)) => {}
            Some((text, false)) => {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    Some(out)
}

/// Whether a line has a run of three or more spaces inside it (a running header padded out
/// to the page's edge, or a table laid out in columns), which is not prose.
fn has_gap(line: &str) -> bool {
    static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("   "));
    GAP.find(line.as_bytes()).is_some()
}

/// Whether a line has more than [`MAX_PAGE_WIDTH`] chars; its bytes are counted only when
/// there are more bytes than that.
fn is_wider_than_a_page(line: &str) -> bool {
    line.len() > MAX_PAGE_WIDTH && line.chars().count() > MAX_PAGE_WIDTH
}

/// A running header or footer: words and a page number set apart by a wide gap ("Annual
/// report 2024        17", "18        Annual report 2024").
fn is_running_head(line: &str) -> bool {
    let is_page = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let Some((first, _)) = line.split_once("   ") else { return false };
    let Some((_, last)) = line.rsplit_once("   ") else { return false };
    let (first, last) = (first.trim(), last.trim());
    (is_page(last) && first.chars().any(char::is_alphabetic))
        || (is_page(first) && last.chars().any(char::is_alphabetic))
}

/// A line without the footnote markers at its end ("2022/23.¹³", "compared.[16]").
fn without_markers(line: &str) -> &str {
    let mut rest = line.trim_end();
    loop {
        let shorter = rest.trim_end_matches(is_superscript_digit);
        let shorter = match shorter.strip_suffix(']') {
            Some(open) => match open.rfind('[') {
                Some(at) if at + 1 < open.len() && open[at + 1..].bytes().all(|b| b.is_ascii_digit()) => &open[..at],
                _ => shorter,
            },
            None => shorter,
        };
        if shorter.len() == rest.len() {
            return rest;
        }
        rest = shorter;
    }
}

fn is_superscript_digit(c: char) -> bool {
    superscript_value(c).is_some()
}

fn superscript_value(c: char) -> Option<u32> {
    match c {
        '\u{2070}' => Some(0),
        '\u{00B9}' => Some(1),
        '\u{00B2}' => Some(2),
        '\u{00B3}' => Some(3),
        '\u{2074}'..='\u{2079}' => Some(c as u32 - 0x2070),
        _ => None,
    }
}

/// The numbers of the footnote markers in a text: runs of superscript digits after a word or
/// a mark ("children¹²", "2022/23.¹³"), and bracketed numbers after one ("available,[14]").
fn footnote_markers(text: &str) -> BTreeSet<u32> {
    let mut markers = BTreeSet::new();
    let mut run: Option<u32> = None;
    let mut after_text = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        match superscript_value(c) {
            Some(d) if after_text || run.is_some() => run = Some(run.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            _ => {
                if let Some(n) = run.take() {
                    markers.insert(n);
                }
                after_text = !c.is_whitespace();
            }
        }
    }
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        let glued = rest[..at].chars().next_back().is_some_and(|c| !c.is_whitespace());
        rest = &rest[at + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if glued && (1..=3).contains(&digits) && rest.as_bytes().get(digits) == Some(&b']') {
            if let Ok(n) = rest[..digits].parse() {
                markers.insert(n);
            }
        }
    }
    markers
}

/// The number a footnote opens with ("12 Home Office (2023) …", "4. See table 2"), when the
/// line is numbered so and goes on in words.
fn note_number(line: &str) -> Option<u32> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = line[digits..].strip_prefix('.').unwrap_or(&line[digits..]);
    let rest = rest.strip_prefix(' ')?;
    rest.chars().next().filter(|c| c.is_uppercase())?;
    line[..digits].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `reflow` as it was before the early return on a wide line of prose and the broken
    /// lines read once (session 22): the definition the quicker one is checked against.
    fn reflow_as_before(text: &str) -> Option<String> {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let width = lines.iter().filter(|l| !l.contains("   ")).map(|l| l.chars().count()).max()?;
        if width > MAX_PAGE_WIDTH {
            return None;
        }
        let broken = |i: usize| {
            let line = lines[i];
            !line.is_empty() && !ends_complete(without_markers(line)) && line.chars().count() * 10 >= width * 7
        };
        let next_is_text = |i: usize| lines.get(i + 1).is_some_and(|l| !l.is_empty());
        if (0..lines.len()).filter(|&i| broken(i) && next_is_text(i)).count() < MIN_BROKEN_LINES {
            return None;
        }
        let markers = footnote_markers(text);
        let is_note = |line: &str| note_number(line).is_some_and(|n| markers.contains(&n));
        let mut paragraphs: Vec<Option<(String, bool)>> = Vec::new();
        let mut runs_on = false;
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                paragraphs.push(None);
                runs_on = false;
                continue;
            }
            if is_running_head(line) {
                continue;
            }
            let opens_item = is_bulleted(line) || is_note(line);
            match paragraphs.last_mut() {
                Some(Some((last, _))) if runs_on && !opens_item => {
                    last.push(' ');
                    last.push_str(line);
                }
                _ => paragraphs.push(Some((line.to_string(), is_note(line)))),
            }
            runs_on = broken(i);
        }
        let mut out = String::with_capacity(text.len());
        for paragraph in paragraphs {
            match paragraph {
                None => out.push('\n'),
                Some((_, true)) => {}
                Some((text, false)) => {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
        Some(out)
    }

    proptest::proptest! {
        #[test]
        fn reflow_reads_text_as_it_did_before(
            lines in proptest::collection::vec(
                "([a-zé ]{0,12}|[A-Z][a-z]{0,8}|[0-9]{1,3}|   |[.,:¹²\\[\\]-]|• ){0,16}",
                0..14,
            ),
            widths in proptest::collection::vec(0usize..130, 0..14),
        ) {
            // Lines of many widths around the page's, some padded with spaces.
            let text: String = lines
                .iter()
                .zip(widths.iter().chain(std::iter::repeat(&0)))
                .map(|(l, &w)| format!("{}{}\n", l, "x".repeat(w.saturating_sub(l.chars().count()))))
                .collect();
            proptest::prop_assert_eq!(reflow(&text), reflow_as_before(&text));
        }
    }

    #[test]
    fn reflow_as_before_agrees_on_the_examples() {
        let news = format!("{}\n\n{}\n", "word ".repeat(30), "short line");
        for text in [PAGE, news.as_str(), "", "\n\n", "a   b\n"] {
            assert_eq!(reflow(text), reflow_as_before(text), "{text:?}");
        }
    }

    const PAGE: &str = "Safer streets review 2031\n\
        A look at the figures\n\
        \n\
        Safer Streets Trust                                                        4\n\
        \n\
        Across the county, the constabulary logged a total of\n\
        4,120 burglaries in the year,⁷ a fall of 2 per cent on\n\
        the year before and the lowest since records began.\n\
        The total for the coastal towns was 1,044, while the\n\
        Inland Division counted 803.[8]\n\
        \n\
        ______________\n\
        7 County crime tables, year ending March 2031.\n\
        8 Figures supplied on request; see Annex C, p.12.\n\
        \n\
        Safer streets review 2031                                                  5\n";

    #[test]
    fn lines_broken_at_the_page_width_are_joined_into_paragraphs() {
        let text = reflow(PAGE).unwrap_or_default();
        assert!(
            text.contains(
                "Across the county, the constabulary logged a total of 4,120 burglaries in the year,⁷ a fall of 2 per cent on the year before and the lowest since records began."
            ),
            "{text}"
        );
        // A line ending a sentence before the next starts its own paragraph; one that
        // breaks before a capital is still joined.
        assert!(
            text.contains("\nThe total for the coastal towns was 1,044, while the Inland Division counted 803.[8]\n"),
            "{text}"
        );
        // The title and standfirst are short lines, not broken ones.
        assert!(text.starts_with("Safer streets review 2031\nA look at the figures\n"), "{text}");
    }

    #[test]
    fn running_heads_and_footnotes_of_a_pdf_are_left_out() {
        let text = reflow(PAGE).unwrap_or_default();
        for gone in ["Safer Streets Trust", "                4", "2031 5", "County crime tables", "Annex C"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        let other = "Harbour policing report\n\n\
            Page furniture aside, officers in the harbour district made\n\
            312 arrests over the summer,² up from 250 a year earlier, and\n\
            Sergeant Ellis said the unit would double its patrols at the\n\
            weekend markets.\n\n\
            2 Harbour district returns, 2030.\n\
            9 Not a note: no marker nine appears in the text.\n\n\
            41          Harbour policing report\n";
        let text = reflow(other).unwrap_or_default();
        assert!(
            text.contains("officers in the harbour district made 312 arrests over the summer,² up from 250"),
            "{text}"
        );
        assert!(!text.contains("Harbour district returns"), "{text}");
        assert!(text.contains("9 Not a note"), "{text}");
        assert!(!text.contains("41"), "{text}");
    }

    #[test]
    fn text_with_a_paragraph_on_each_line_is_left_as_it_is() {
        let news = "Police in the valley recorded 420 thefts last year, up from 380 the year before, according to figures released on Monday by the county council\n\
            The council said the rise was driven by bicycle thefts in the town centre and at the railway station car parks\n\
            \"We are working with partners,\" a spokesperson said.\n";
        assert_eq!(reflow(news), None);
        let short = "Rise in thefts\nBy A Reporter\n\nThefts rose by 4%.\n";
        assert_eq!(reflow(short), None);
    }

    #[test]
    fn footnote_markers_are_read_from_superscripts_and_brackets() {
        let markers = footnote_markers("rose¹² and fell.³ Then [4] alone, but data,[15] and x²⁰");
        assert_eq!(markers.into_iter().collect::<Vec<_>>(), [3, 12, 15, 20]);
        assert_eq!(without_markers("in 2030/31.¹³"), "in 2030/31.");
        assert_eq!(without_markers("were compared.[16]"), "were compared.");
        assert_eq!(note_number("12 Home Office tables"), Some(12));
        assert_eq!(note_number("3. See annex"), Some(3));
        assert_eq!(note_number("1,044 thefts"), None);
        assert_eq!(note_number("250 arrests"), None);
    }
}
