//! The layout of a text file that is not its words: list bullets and numbers, separator
//! lines between sections, the dateline that opens a report, and tables laid out in columns
//! of spaces (read as the "a | b | c" rows the extractor knows).

use std::sync::LazyLock;

use regex::Regex;

use super::clean::{clean_line, re};

/// Whether a line opens with a bullet ("• ", "* ", "- "): a list item of its own, even
/// when it begins in lower case after an item that ends without a full stop.
pub(super) fn is_bulleted(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with(['•', '·', '▪', '●']) || line.starts_with("* ") || line.starts_with("- ")
}

/// A line opening with a list number ("1. ", "2) ", "(3) "), with the number and the rest
/// of the line. A number with more than two digits ("2023. "), a decimal ("3.5 per cent")
/// or a thousands comma ("2,000 officers") is not a list number.
pub(super) fn list_item(line: &str) -> Option<(u32, &str)> {
    let bytes = line.as_bytes();
    let bracketed = bytes.first() == Some(&b'(');
    let from = usize::from(bracketed);
    let digits = bytes.get(from..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let end = from + digits;
    let closes = match bytes.get(end) {
        Some(b')') => true,
        Some(b'.') => !bracketed,
        _ => false,
    };
    if !closes || bytes.get(end + 1) != Some(&b' ') {
        return None;
    }
    let n: u32 = line.get(from..end)?.parse().ok()?;
    let rest = line.get(end + 1..)?.trim_start();
    // "1. | Durham | 312": the first cell of a table row, not a list number.
    (n > 0 && !rest.is_empty() && !rest.starts_with('|')).then_some((n, rest))
}

/// Whether a line only separates sections: three or more of one mark ("---", "***",
/// "* * *", "___", "===", "###"), spaces aside.
pub(super) fn is_separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    // Most lines start with a letter, and are ruled out by their first char.
    let Some(first) = marks.next().filter(|&c| "-*_=~#•·".contains(c)) else { return false };
    let mut count = 1;
    marks.all(|c| {
        count += 1;
        c == first
    }) && count >= 3
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?x)^
        (?P<place>\p{Lu}[\p{Lu}'’.&-]+(?:\ (?:\p{Lu}[\p{Lu}'’.&-]*|of|upon|on|de|la|le|du)){0,3})
        (?:\s*\([^()]{1,30}\))?
        (?:,\s*[^,–—()]{1,40}?){0,2}
        (?:\s*\([^()]{1,30}\))?
        \s*(?:[–—]|--?)\s+
        (?P<rest>[\p{Lu}\d"'“‘]|[Bb]y\s)
    "#)
});

/// A paragraph without the dateline that opens it ("HARLOW – Police said…", "DERBY,
/// Monday 3 June 2024 – …", "CARDIFF (PA) – …"): the town the report was filed from is not
/// the place of the paragraph's figures, and is not part of its first sentence.
pub(super) fn without_dateline(text: &str) -> &str {
    let mut chars = text.chars();
    let opens_in_capitals =
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_uppercase);
    if !opens_in_capitals || !text.contains(['–', '—', '-']) {
        return text;
    }
    let Some(caps) = DATELINE.captures(text) else { return text };
    let (Some(place), Some(rest)) = (caps.name("place"), caps.name("rest")) else { return text };
    if place.as_str().chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return text;
    }
    text.get(rest.start()..).unwrap_or(text)
}

/// One cell of a line laid out in columns: its text and the columns (in chars) it spans.
#[derive(Debug, Clone, Copy)]
struct Cell<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// The cells of a line whose columns are apart by runs of two or more spaces.
fn space_cells(line: &str) -> Vec<Cell<'_>> {
    let mut cells = Vec::new();
    // Byte and column where the open cell starts, and where its last non-space char ends.
    let mut open: Option<(usize, usize)> = None;
    let mut last_end = (0, 0);
    let mut spaces = 0;
    for (col, (at, c)) in line.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        match open {
            Some((byte, start)) if spaces >= 2 => {
                cells.push(Cell { text: &line[byte..last_end.0], start, end: last_end.1 });
                open = Some((at, col));
            }
            None => open = Some((at, col)),
            Some(_) => {}
        }
        spaces = 0;
        last_end = (at + c.len_utf8(), col + 1);
    }
    if let Some((byte, start)) = open {
        cells.push(Cell { text: &line[byte..last_end.0], start, end: last_end.1 });
    }
    cells
}

/// Whether cells make a table row of their own: three or more, each short, none but the
/// last closing a sentence (prose with two spaces after its full stops is not a table), and
/// none running on from the one before: a cell of words that opens in lower case is the
/// middle of a sentence whose spaces were widened (justified text), not a table's cell.
fn is_row(cells: &[Cell]) -> bool {
    const MAX_WORDS: usize = 8;
    const MAX_SHORT: usize = 3;
    let closes_sentence = |c: &Cell| c.text.ends_with(['.', '!', '?']) && c.text.contains(' ');
    let runs_on = |c: &Cell| {
        c.text.len() > MAX_SHORT
            && c.text.starts_with(char::is_lowercase)
            && !c.text.bytes().any(|b| b.is_ascii_digit())
    };
    cells.len() >= 3
        && cells.iter().all(|c| c.text.split_whitespace().nth(MAX_WORDS).is_none() && !runs_on(c))
        && !cells[..cells.len() - 1].iter().any(closes_sentence)
}

/// Whether a line with fewer cells (a row with empty cells) lines up under the header:
/// two or more cells, each under a different column of the header, in order.
fn lines_up(cells: &[Cell], header: &[Cell]) -> bool {
    let mut columns = header.iter();
    cells.len() >= 2 && cells.iter().all(|c| columns.any(|h| c.start < h.end && h.start < c.end))
}

/// The rows of tables laid out with runs of spaces, by line index: a run of two or more
/// lines each of three or more cells (or lining up with the first), as "a | b | c" rows,
/// with a rank column left out (see [`drop_rank_column`]).
pub(super) fn space_table_rows(lines: &[&str]) -> Vec<(usize, String)> {
    // Most texts have no line with two spaces inside it, and are done with one look.
    let may_be_row = |line: &str| !line.contains('\t') && line.trim().contains("  ");
    let mut rows = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !may_be_row(lines[i]) {
            i += 1;
            continue;
        }
        let header = space_cells(lines[i]);
        if !is_row(&header) {
            i += 1;
            continue;
        }
        let mut block = vec![header.iter().map(|c| c.text).collect::<Vec<_>>()];
        let mut j = i + 1;
        while let Some(line) = lines.get(j).filter(|l| may_be_row(l)) {
            let cells = space_cells(line);
            if !is_row(&cells) && !lines_up(&cells, &header) {
                break;
            }
            block.push(cells.iter().map(|c| c.text).collect());
            j += 1;
        }
        if block.len() >= 2 {
            drop_rank_column(&mut block);
            rows.extend((i..j).zip(block.iter().map(|cells| clean_line(&cells.join(" | ")))));
        }
        i = j;
    }
    rows
}

/// Leaves out a table's rank column (its first), whose numbers order the rows and are not
/// figures: a column headed "Rank" (or "#", "No.", "Position") over whole numbers in
/// order; numbers in order under a header one cell short; or, with no header, a column
/// counting 1, 2, 3….
fn drop_rank_column(block: &mut [Vec<&str>]) {
    const RANK_HEADERS: [&str; 6] = ["rank", "#", "no", "pos", "position", "place"];
    let rank = |cell: &str| {
        let bare = cell.trim_matches(|c| c == '=' || c == '.');
        (1..=3).contains(&bare.len()).then(|| bare.parse::<u32>().ok()).flatten()
    };
    let Some((header, body)) = block.split_first() else { return };
    let ranks: Option<Vec<u32>> = body.iter().map(|row| row.first().and_then(|c| rank(c))).collect();
    let Some(ranks) = ranks.filter(|r| r.windows(2).all(|w| w[0] <= w[1])) else { return };
    let header_first = header.first().copied().unwrap_or("");
    let named = RANK_HEADERS.contains(&header_first.trim_end_matches(['.', ':']).to_lowercase().as_str());
    let short_header = body.iter().map(Vec::len).max() == Some(header.len() + 1) && rank(header_first).is_none();
    let counted = rank(header_first) == Some(1)
        && ranks.iter().zip(2..).all(|(&r, n)| r == n || r + 1 == n)
        && block.iter().all(|row| row.len() == header.len());
    let from = if named || counted {
        0
    } else if short_header {
        1
    } else {
        return;
    };
    for row in block.iter_mut().skip(from) {
        if row.len() > 1 {
            row.remove(0);
        }
    }
}
