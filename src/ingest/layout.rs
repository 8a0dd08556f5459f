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

/// Whether a page's lines read as a social-media thread saved as text, whose posts carry
/// counters: two or more counters of the same length ("n/5") run up the page from the first
/// or second post, or a post's header line (name, @handle, time) stands on the page. Only
/// there is an "n/m" at either end of a paragraph a counter: elsewhere it is a fraction or
/// a date ("7/10 voters…", "9/11 families…").
pub(super) fn reads_as_thread(lines: &[&str]) -> bool {
    const MIN_COUNTERS: usize = 2;
    const MAX_FIRST: u32 = 2;
    if lines.iter().any(|l| super::furniture::is_post_header(l.trim())) {
        return true;
    }
    let counters: Vec<(u32, u32)> = lines.iter().filter_map(|l| thread_counter(l.trim()).map(|(c, _)| c)).collect();
    let Some(&(first, total)) = counters.first() else { return false };
    counters.len() >= MIN_COUNTERS
        && first <= MAX_FIRST
        && counters.iter().all(|&(_, m)| m == total)
        && counters.windows(2).all(|w| w[0].0 < w[1].0)
}

/// A post of a social-media thread without the counter it ends on ("… up by a fifth. 2/6",
/// "… #StaySafe (3/5)") or opens with: the counter numbers the posts and is no part of the
/// text, nor a figure. Call it only on a page that [`reads_as_thread`].
pub(super) fn without_thread_counter(text: &str) -> &str {
    thread_counter(text).map_or(text, |(_, rest)| rest)
}

/// A post's counter and its text without it. The counter stands after the post's last
/// sentence, a hashtag or an emoji, never after a word it could be the object of ("the share
/// fell to 3/4" keeps its fraction), or opens the post before a capital.
fn thread_counter(text: &str) -> Option<((u32, u32), &str)> {
    // Every line of every page is asked: one without a slash holds no counter.
    memchr::memchr(b'/', text.as_bytes())?;
    let leading = leading_counter(text);
    let after = leading.map_or(text, |(_, rest)| rest);
    match trailing_counter(after) {
        Some((counter, rest)) => Some((leading.map_or(counter, |(first, _)| first), rest)),
        None => leading,
    }
}

/// A post ending on its counter: the counter and the words before it.
fn trailing_counter(text: &str) -> Option<((u32, u32), &str)> {
    let trimmed = text.trim_end().trim_end_matches(['🧵', ' ']);
    let (before, last) = trimmed.rsplit_once(' ')?;
    let counter = post_counter(last)?;
    let before = before.trim_end();
    let last_word = before.rsplit(' ').next().unwrap_or(before);
    let after_sentence = before.ends_with(['.', '!', '?', '"', '\'', '”', '’', ')', '…']);
    let after_tag = last_word.starts_with(['#', '@']) && last_word.len() > 1;
    let after_symbol = before.chars().next_back().is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii());
    (after_sentence || after_tag || after_symbol).then_some((counter, before))
}

/// A post opening on its counter ("1/9 In 2023/24 we recorded …", "(2/5) Officers …"): the
/// counter and the words after it, when a sentence opens there with a capital.
fn leading_counter(text: &str) -> Option<((u32, u32), &str)> {
    let (first, rest) = text.trim_start().split_once(' ')?;
    let rest = rest.trim_start();
    let opens = rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\'' | '#' | '@'));
    let counter = post_counter(first.trim_start_matches('🧵'))?;
    opens.then_some((counter, rest))
}

/// "2/9", "(2/9)": a post's place in a thread of at most [`MAX_POSTS`] posts.
fn post_counter(word: &str) -> Option<(u32, u32)> {
    const MAX_POSTS: u32 = 99;
    let counter = word.strip_prefix('(').and_then(|c| c.strip_suffix(')')).unwrap_or(word);
    let (n, m) = counter.split_once('/')?;
    let (n, m) = (n.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (n >= 1 && n <= m && (2..=MAX_POSTS).contains(&m)).then_some((n, m))
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
/// middle of a sentence whose spaces were widened (justified text), not a table's cell. A
/// row's label may open in lower case ("  of which: rape   188   214") when every cell after
/// it is a value.
fn is_row(cells: &[Cell]) -> bool {
    const MAX_WORDS: usize = 8;
    const MAX_SHORT: usize = 3;
    let closes_sentence = |c: &Cell| c.text.ends_with(['.', '!', '?']) && c.text.contains(' ');
    let runs_on = |c: &Cell| {
        c.text.len() > MAX_SHORT
            && c.text.starts_with(char::is_lowercase)
            && !c.text.bytes().any(|b| b.is_ascii_digit())
    };
    let labels_values = cells.len() >= 3 && cells[1..].iter().all(|c| is_value(c.text) || is_no_value(c.text));
    cells.len() >= 3
        && cells.iter().enumerate().all(|(k, c)| {
            c.text.split_whitespace().nth(MAX_WORDS).is_none() && (!runs_on(c) || (k == 0 && labels_values))
        })
        && !cells[..cells.len() - 1].iter().any(closes_sentence)
}

/// Whether a cell is a number a table prints as a value: "1,652", "+13.4", "-2%", "£1.2m".
fn is_value(cell: &str) -> bool {
    let bare = cell.trim_start_matches(['+', '-', '\u{2212}', '£']).trim_end_matches('%');
    bare.starts_with(|c: char| c.is_ascii_digit()) && bare.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Whether a cell is a value that is no year: what a header never prints.
fn is_figure(cell: &str) -> bool {
    is_value(cell) && !is_year(cell)
}

/// Whether a cell stands for a value not given: "n/a", "*", "-", "..", ":", "[x]".
fn is_no_value(cell: &str) -> bool {
    matches!(
        cell.to_ascii_lowercase().as_str(),
        "n/a" | "na" | "*" | "-" | "\u{2013}" | "\u{2014}" | ".." | ":" | "x" | "[x]" | "[c]" | "[z]"
    )
}

/// Whether a cell is a year, as a header prints one over its column: "2014", "2013/14".
fn is_year(cell: &str) -> bool {
    let (Some(first), Some(rest)) = (cell.get(..4), cell.get(4..)) else { return false };
    let century = (first.starts_with("19") || first.starts_with("20")) && first.bytes().all(|b| b.is_ascii_digit());
    let end = match rest.strip_prefix(['/', '-']) {
        None => rest.is_empty(),
        Some(end) => end.len() == 2 && end.bytes().all(|b| b.is_ascii_digit()),
    };
    century && end
}

/// Whether a line with fewer cells (a row with empty cells) lines up under the header:
/// two or more cells, each under a different column of the header, in order.
fn lines_up(cells: &[Cell], header: &[Cell]) -> bool {
    let mut columns = header.iter();
    cells.len() >= 2 && cells.iter().all(|c| columns.any(|h| c.start < h.end && h.start < c.end))
}

/// The rows of tables laid out with runs of spaces, by line index: a run of two or more
/// lines each of three or more cells (or lining up with the first), as "a | b | c" rows,
/// with a rank column left out (see [`drop_rank_column`]). A header printed over several
/// lines is one row (see [`Header`]); the lines it continues on read as empty rows.
pub(super) fn space_table_rows(lines: &[&str]) -> Vec<(usize, String)> {
    // Most texts have no line with two spaces inside it, and are done with one look. A line
    // whose cells are set apart by "|" already is a table's row, padded with spaces to line up.
    let may_be_row = |line: &str| !line.contains('\t') && !line.contains('|') && line.trim().contains("  ");
    let mut rows = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !may_be_row(lines[i]) {
            i += 1;
            continue;
        }
        let first = space_cells(lines[i]);
        // "          2029/30   2030/31": years over two columns, a header however few.
        let years = first.len() >= 2 && first.iter().all(|c| is_year(c.text));
        if !is_row(&first) && !years {
            i += 1;
            continue;
        }
        let mut header = Header::of(&first);
        let mut j = i + 1;
        while let Some(cells) = lines.get(j).map(|l| space_cells(l)).filter(|cells| header.goes_on_in(cells)) {
            header.add(&cells);
            j += 1;
        }
        let mut body = body_rows(lines, j, &first, may_be_row);
        // A header with no rows under it was no header: its lines are rows of their own.
        if body.is_empty() && j > i + 1 {
            header = Header::of(&first);
            j = i + 1;
            body = body_rows(lines, j, &first, may_be_row);
        }
        let end = j + body.len();
        if !body.is_empty() {
            let head: Vec<&str> = header.cells.iter().map(|c| c.text.as_str()).collect();
            let mut block: Vec<Vec<&str>> =
                std::iter::once(head).chain(body.iter().map(|cells| cells.iter().map(|c| c.text).collect())).collect();
            if !drop_rank_column(&mut block) && header.over_values_only(&body) {
                if let Some(head) = block.first_mut() {
                    head.insert(0, "");
                }
            }
            let mut block = block.into_iter().map(|cells| clean_line(&cells.join(" | ")));
            rows.extend(block.next().map(|head| (i, head)));
            rows.extend((i + 1..j).map(|k| (k, String::new())));
            rows.extend((j..end).zip(block));
        }
        i = end.max(i + 1);
    }
    rows
}

/// The rows under a table's header from line `from`: lines of three or more cells, or lining
/// up under the header's `first` line.
fn body_rows<'a>(
    lines: &[&'a str],
    from: usize,
    first: &[Cell],
    may_be_row: impl Fn(&str) -> bool,
) -> Vec<Vec<Cell<'a>>> {
    let mut body = Vec::new();
    while let Some(line) = lines.get(from + body.len()).filter(|l| may_be_row(l)) {
        let cells = space_cells(line);
        if !is_row(&cells) && !lines_up(&cells, first) {
            break;
        }
        body.push(cells);
    }
    body
}

/// One cell of a table's header: its words, over as many lines as the header takes, and
/// the columns (in chars) its first line spans.
#[derive(Debug, Clone)]
struct HeaderCell {
    text: String,
    start: usize,
    end: usize,
}

/// A table's header, which may be printed over several lines: "Specialist" over "officers"
/// over "(FTE)", "YE Mar" over "2014". Each line after the first prints words (or years)
/// under the first line's columns, right of where its first cell starts, and no value.
#[derive(Debug, Clone)]
struct Header {
    cells: Vec<HeaderCell>,
    /// Whether its first line prints a value, and so is a row, not a header.
    has_values: bool,
}

impl Header {
    fn of(first: &[Cell]) -> Self {
        let cells = first.iter().map(|c| HeaderCell { text: c.text.to_string(), start: c.start, end: c.end }).collect();
        let has_values = first.iter().any(|c| is_figure(c.text));
        Header { cells, has_values }
    }

    /// Whether a line's cells go on with the header.
    fn goes_on_in(&self, cells: &[Cell]) -> bool {
        let Some(left) = self.cells.first().map(|c| c.start) else { return false };
        !self.has_values
            && !cells.is_empty()
            && cells.iter().all(|c| c.start > left && !is_figure(c.text) && self.column_of(c).is_some())
    }

    /// The header cell a cell lies under.
    fn column_of(&self, cell: &Cell) -> Option<usize> {
        self.cells.iter().position(|h| cell.start < h.end && h.start < cell.end)
    }

    /// Adds a line's words to the cells they lie under.
    fn add(&mut self, cells: &[Cell]) {
        for cell in cells {
            if let Some(h) = self.column_of(cell).and_then(|k| self.cells.get_mut(k)) {
                h.text.push(' ');
                h.text.push_str(cell.text);
            }
        }
    }

    /// Whether the header is a cell short of its rows because it prints nothing over their
    /// labels: its first cell starts right of where every row's first cell ends.
    fn over_values_only(&self, body: &[Vec<Cell>]) -> bool {
        let Some(first) = self.cells.first() else { return false };
        let widest = body.iter().map(Vec::len).max().unwrap_or(0);
        widest == self.cells.len() + 1 && body.iter().all(|row| row.first().is_some_and(|c| c.end < first.start))
    }
}

/// Leaves out a table's rank column (its first), whose numbers order the rows and are not
/// figures: a column headed "Rank" (or "#", "No.", "Position") over whole numbers in
/// order; numbers in order under a header one cell short; or, with no header, a column
/// counting 1, 2, 3…. Whether it left one out.
fn drop_rank_column(block: &mut [Vec<&str>]) -> bool {
    const RANK_HEADERS: [&str; 6] = ["rank", "#", "no", "pos", "position", "place"];
    let rank = |cell: &str| {
        let bare = cell.trim_matches(|c| c == '=' || c == '.');
        (1..=3).contains(&bare.len()).then(|| bare.parse::<u32>().ok()).flatten()
    };
    let Some((header, body)) = block.split_first() else { return false };
    let ranks: Option<Vec<u32>> = body.iter().map(|row| row.first().and_then(|c| rank(c))).collect();
    let Some(ranks) = ranks.filter(|r| r.windows(2).all(|w| w[0] <= w[1])) else { return false };
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
        return false;
    };
    for row in block.iter_mut().skip(from) {
        if row.len() > 1 {
            row.remove(0);
        }
    }
    true
}
