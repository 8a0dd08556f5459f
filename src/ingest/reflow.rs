//! Text pasted from a PDF: lines broken at the page's width, a running header with the page
//! number on each page, and footnotes numbered as their markers in the text ("children¹²",
//! "available,[14]"). Such text is put back into one line per paragraph, without the
//! running headers or the footnotes, before it is split into paragraphs.

use std::collections::BTreeSet;

use super::clean::ends_complete;
use super::footnotes::{is_superscript_digit, mark_numbers, superscript_value, without_trailing_marks};
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
    reflow_lines(text)
}

/// [`reflow`] without its early return: the lines collected and the widest measured first.
fn reflow_lines(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let width = lines.iter().filter(|l| !has_gap(l)).map(|l| l.chars().count()).max()?;
    if width > MAX_PAGE_WIDTH {
        return None;
    }
    // Whether each line stops near the page's width in mid-sentence, read once a line.
    let broken: Vec<bool> = lines
        .iter()
        .map(|line| {
            !line.is_empty() && !ends_complete(without_trailing_marks(line)) && line.chars().count() * 10 >= width * 7
        })
        .collect();
    let next_is_text = |i: usize| lines.get(i + 1).is_some_and(|l| !l.is_empty());
    if (0..lines.len()).filter(|&i| broken[i] && next_is_text(i)).count() < MIN_BROKEN_LINES {
        return None;
    }
    let heads: Vec<bool> = (0..lines.len()).map(|i| is_running_head(&lines, i)).collect();
    let notes = footnote_lines(&lines, &heads, &mark_numbers(text));
    // Paragraphs, each with whether it is a footnote; `None` stands for a blank line.
    let mut paragraphs: Vec<Option<(String, bool)>> = Vec::new();
    let mut runs_on = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            paragraphs.push(None);
            runs_on = false;
            continue;
        }
        if heads[i] {
            continue;
        }
        // A note and a list item start afresh, and so does a row of a table laid out in
        // columns, which `layout` reads as a table when its rows stay lines of their own.
        let opens_item = is_bulleted(line) || matches!(notes[i], Note::Opens | Note::Unmarked) || has_gap(line);
        match paragraphs.last_mut() {
            Some(Some((last, note))) if runs_on && !opens_item => {
                join_line(last, line);
                *note |= notes[i] == Note::Within;
            }
            _ => paragraphs.push(Some((line.to_string(), matches!(notes[i], Note::Opens | Note::Within)))),
        }
        runs_on = broken[i] && !has_gap(line);
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

/// Line `i` joined onto `last`: a word hyphenated across the break stays one word
/// ("online-" and "flagged" make "online-flagged"), other lines are joined by a space.
fn join_line(last: &mut String, line: &str) {
    let mut tail = last.chars().rev();
    let hyphenated = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
    if !(hyphenated && line.starts_with(char::is_lowercase)) {
        last.push(' ');
    }
    last.push_str(line);
}

/// A running header or footer: a line standing alone between blank lines (or the text's
/// edge), of words and a page number set apart by a wide gap ("Annual report 2024        17",
/// "18        Annual report 2024"). A row of a table ("Kent Police      488      95") has
/// other rows beside it.
fn is_running_head(lines: &[&str], i: usize) -> bool {
    let blank = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_none_or(|l| l.is_empty());
    if !blank(i.checked_sub(1)) || !blank(Some(i + 1)) {
        return false;
    }
    let line = lines[i];
    let is_page = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let Some((first, _)) = line.split_once("   ") else { return false };
    let Some((_, last)) = line.rsplit_once("   ") else { return false };
    let (first, last) = (first.trim(), last.trim());
    (is_page(last) && first.chars().any(char::is_alphabetic))
        || (is_page(first) && last.chars().any(char::is_alphabetic))
}

/// What a line is to the footnotes of its page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Note {
    /// Not a footnote.
    No,
    /// Opens a footnote ("7 County crime tables, …").
    Opens,
    /// Goes on with the footnote above it.
    Within,
    /// Opens with a number among the notes that no marker has ("9 Not cited …"): kept, as a
    /// paragraph of its own.
    Unmarked,
}

/// Which lines are footnotes. Notes stand in the last block of a page: the lines after a
/// blank line (and any rule, "______") that end before the page's running footer or head, or
/// the end of the text. The block must open with the number of a marker in the text, and
/// either a rule stands above it or its marker is printed earlier on the page and it does not
/// open with a date, so a paragraph that happens to start with a number ("4 April was the
/// busiest day …") is not taken for one.
/// Within the block, a line opening with a marker's number higher than the last note's opens
/// the next note; a line with any other number is kept as text; the rest go on with the line
/// above.
fn footnote_lines(lines: &[&str], heads: &[bool], markers: &BTreeSet<u32>) -> Vec<Note> {
    let mut notes = vec![Note::No; lines.len()];
    let mut page_start = 0;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_empty() || heads[i] {
            if heads[i] {
                page_start = i + 1;
            }
            i += 1;
            continue;
        }
        let end = (i..lines.len()).find(|&j| lines[j].is_empty() || heads[j]).unwrap_or(lines.len());
        let ends_page = (end..lines.len()).find(|&j| !lines[j].is_empty()).is_none_or(|j| heads[j]);
        let first = (i..end).find(|&j| !is_rule(lines[j])).unwrap_or(end);
        let opening = (first < end).then(|| note_number(lines[first])).flatten().filter(|n| markers.contains(n));
        if let (true, Some(n)) = (ends_page, opening) {
            let page_text = &lines[page_start..i];
            // A date opening a paragraph ("4 April was …") is no note's number.
            let dated = lines[first].split_whitespace().nth(1).is_some_and(crate::extract::periods::is_month);
            let marked_above = !dated && page_text.iter().any(|l| mark_numbers(l).contains(&n));
            let ruled = first > i || page_text.iter().rev().find(|l| !l.is_empty()).is_some_and(|l| is_rule(l));
            if ruled || marked_above {
                let mut last = 0;
                let mut within = Note::No;
                for j in first..end {
                    match note_number(lines[j]) {
                        Some(k) if k > last && markers.contains(&k) => {
                            last = k;
                            within = Note::Within;
                            notes[j] = Note::Opens;
                        }
                        Some(_) => {
                            within = Note::No;
                            notes[j] = Note::Unmarked;
                        }
                        None => notes[j] = within,
                    }
                }
            }
        }
        if heads.get(end).copied().unwrap_or(false) {
            page_start = end + 1;
        }
        i = end;
    }
    notes
}

/// A rule drawn across the page ("______________", "----------").
fn is_rule(line: &str) -> bool {
    line.chars().count() >= 3 && line.chars().all(|c| matches!(c, '_' | '-' | '\u{2014}' | '\u{2013}' | '=' | '*'))
}

/// The number a footnote opens with ("12 Home Office (2023) …", "4. See table 2", "¹³ Home
/// Office tables"), when the line is numbered so and goes on in words.
fn note_number(line: &str) -> Option<u32> {
    let ascii = line.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = if ascii > 0 {
        let rest = &line[ascii..];
        (&line[..ascii], rest.strip_prefix('.').unwrap_or(rest).strip_prefix(' ')?)
    } else {
        let end = line.find(|c| !is_superscript_digit(c)).unwrap_or(line.len());
        let rest = &line[end..];
        (&line[..end], rest.strip_prefix(' ').unwrap_or(rest))
    };
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10).or_else(|| superscript_value(c))).collect();
    if !(1..=3).contains(&digits.len()) {
        return None;
    }
    rest.chars().next().filter(|c| c.is_uppercase())?;
    Some(digits.iter().fold(0, |n, d| n * 10 + d))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn reflow_returning_early_on_a_wide_line_reads_text_as_without(
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
            proptest::prop_assert_eq!(reflow(&text), reflow_lines(&text));
        }
    }

    #[test]
    fn reflow_returning_early_agrees_on_the_examples() {
        let news = format!("{}\n\n{}\n", "word ".repeat(30), "short line");
        for text in [PAGE, news.as_str(), "", "\n\n", "a   b\n"] {
            assert_eq!(reflow(text), reflow_lines(text), "{text:?}");
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
        let markers = mark_numbers("rose¹² and fell.³ Then [4] alone, but data,[15] and x²⁰");
        assert_eq!(markers.into_iter().collect::<Vec<_>>(), [3, 12, 15, 20]);
        assert_eq!(without_trailing_marks("in 2030/31.¹³"), "in 2030/31.");
        assert_eq!(without_trailing_marks("were compared.[16]"), "were compared.");
        assert_eq!(note_number("12 Home Office tables"), Some(12));
        assert_eq!(note_number("3. See annex"), Some(3));
        assert_eq!(note_number("1,044 thefts"), None);
        assert_eq!(note_number("250 arrests"), None);
        assert_eq!(note_number("\u{b9}\u{b3} Home Office tables"), Some(13));
        assert_eq!(note_number("\u{b2}Ministry tables"), Some(2));
        assert_eq!(note_number("1234 Main Street"), None);
    }

    /// A report's page: figures in its body, a numbered list and, after a rule, its notes.
    const REPORT: &str = "Inspection of the harbour division\n\
        \n\
        Officers in the harbour division's fraud unit were still carrying heavy caseloads, and on\n\
        12 March 2031 the unit held 1,245 open investigations, up from 980 a year\n\
        earlier, the inspectors said.\u{b2} The report said this was not sustainable for the\n\
        division, and that the unit needed at least six more investigators to cope.[12]\n\
        \n\
        Recommendations\n\
        1. The chief constable should review the unit's caseloads by June 2032.\n\
        2. The division should publish its backlog of device examinations every quarter.\n\
        \n\
        ____________\n\
        \u{b2} Harbour division returns to the inspectorate, March 2031, as supplied\n\
        under a data request of the inspectorate's own.\n\
        12 See the workforce plan.\n\
        \n\
        Harbour inspection 2031                                                  7\n";

    #[test]
    fn a_paragraph_or_list_item_starting_with_a_marker_number_is_kept_only_notes_are_dropped() {
        let text = reflow(REPORT).unwrap_or_default();
        for kept in [
            "and on 12 March 2031 the unit held 1,245 open investigations, up from 980 a year earlier",
            "\n1. The chief constable should review",
            "\n2. The division should publish",
        ] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        // The notes' second lines go with them.
        for gone in ["Harbour division returns", "data request", "workforce plan", "Harbour inspection 2031"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        // A page-final paragraph that opens with a date whose day is a marker's number, with
        // no rule above it, is body text.
        let page = "Ward returns\n\n\
            The ward teams made many more checks this spring than last, after the council\n\
            paid for two extra officers and a van, the report says.[4] The checks were\n\
            spread over every estate in the borough and most of the town centre too.\n\
            \n\
            4 April was the busiest day of the quarter for the teams, with 212 checks made\n\
            across the borough and its estates.\n";
        let text = reflow(page).unwrap_or_default();
        assert!(text.contains("4 April was the busiest day of the quarter for the teams, with 212 checks"), "{text}");
    }

    #[test]
    fn rows_of_a_table_laid_out_in_columns_stay_rows_and_are_not_running_heads() {
        let text = "Offences by force\n\n\
            The table below gives the offences recorded by each force over the two years\n\
            to March, as the forces supplied them under the freedom of information act to\n\
            the charity, which published them this week alongside its annual report.\n\
            \n\
            Northshire Constabulary                     1,306              1,210\n\
            Westmoor Police                               702                650\n\
            Eastdale Police                               488                 95\n\
            \n\
            Page 3 of the charity's report                                     3\n";
        let text = reflow(text).unwrap_or_default();
        for row in ["\nWestmoor Police      ", "\nEastdale Police      "] {
            assert!(text.contains(row), "{row}: {text}");
        }
        assert!(text.contains("702                650\n"), "{text}");
        assert!(!text.contains("charity's report"), "{text}");
    }

    #[test]
    fn a_word_hyphenated_across_a_line_break_is_joined_into_one_word() {
        let text = "A look at the offences\n\n\
            The constabulary recorded 312 offences that officers had cyber-\n\
            flagged in the year, against 250 the year before, and a further 40 that were\n\
            reported through the online portal rather than by telephone to the control\n\
            room.\n";
        let text = reflow(text).unwrap_or_default();
        assert!(text.contains("officers had cyber-flagged in the year"), "{text}");
        assert!(text.contains("the control room."), "{text}");
    }
}
