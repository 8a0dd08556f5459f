//! Tables: what a header row says its columns hold (years, changes, rates, ranks, the
//! areas its rows name), and what that makes of the numbers in the rows under it.

use std::sync::LazyLock;

use regex::Regex;

use super::kinds::Candidate;
use super::lists::{heading_place, is_summary_label, printed_area, AREA_KIND};
use super::nouns::{children_under_plans, classify_word, head_noun, Noun};
use super::Found;
use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::extract::periods;
use crate::model::{Kind, Measure, Period};

/// What the values of a table's column are, as its header names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holds {
    /// Counts, or what their own words say (a year column, the place column, "Share online").
    Values,
    /// "Change", "% change", "Change on previous year", "+/-": its percentages are changes.
    Change,
    /// "Rate", "Rate per 100,000 population", "Per 1,000 children": rates.
    Rate,
    /// "Rank", "#", "Position": places in an order, no statistics.
    Rank,
    /// "District", "Council area": the first column, naming each row's area inside a force's
    /// ground.
    Areas,
    /// "2022", "2023": a calendar year's values, as statistics published by calendar year
    /// print them; they are for no financial year.
    CalendarYear,
    /// "12m to Sep 25", "Q2 2025/26", "Year to June 2024": a span that is no financial year
    /// (a rolling year, a quarter), whose values are for no financial year.
    Span,
}

/// A column of a table, as its header names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Column {
    /// The year its values are for: its own ("2021/22"), or for a labelled column ("Change",
    /// "Share online") the latest year of the table.
    pub(super) year: Option<Period>,
    pub(super) holds: Holds,
    /// What its values count, as its header cell names it ("Online-flagged offences,
    /// 2023/24", "All child sexual offences"); a change column naming none ("Change on
    /// 2022/23") is the change of the column before it.
    pub(super) measure: Option<Measure>,
    /// Its header says its values are percentages ("Change %", "% change", "Change (per
    /// cent)"), so a bare "+23.8" in it is 23.8%.
    pub(super) percent: bool,
    /// Its header names things that are not offences ("Specialist officers (FTE)", "Staff"):
    /// its values count them.
    pub(super) not_offences: bool,
}

/// Whether a header cell says its column's values are percentages: "%", "per cent",
/// "percentage", "pc", "pct".
fn label_in_percent(label: &str) -> bool {
    static PERCENT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)%|\bper\s*cent\b|\bpercentage\b|\bpc\b|\bpct\b"));
    PERCENT.is_match(label)
}

/// What a header cell with no year says its column holds.
pub(super) fn label_holds(label: &str) -> Holds {
    static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:change|difference|rise|increase|fall|decrease|up\s*/\s*down)\b|\+\s*/\s*-|±")
    });
    static RATE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\brates?\b|\bper\s+(?:[\d,]+|head|capita|hundred|thousand)\b"));
    // "Rank", "Rank by rate (of 43)", "Position in league": a rank column, whatever it ranks by.
    static RANK: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:(?:rank(?:ing|ed)?|position)(?:\s.*|\s*\(.*)?|#|no\.?|pos\.?)$"));
    // "Rank¹", "Rank*": a footnote mark is no part of the label.
    if RANK.is_match(label.trim_end_matches(['¹', '²', '³', '*', '†', '‡'])) {
        Holds::Rank
    } else if CHANGE.is_match(label) {
        Holds::Change
    } else if RATE.is_match(label) {
        Holds::Rate
    } else {
        Holds::Values
    }
}

/// A table's header row: "Force | 2020/21 | 2021/22 | Change", "Rank | Force | Offences,
/// year ending March 2024 | Rate per 100,000 | Change on previous year". Every cell is a
/// year, a short label (digits only in a rate's base) or empty, and one at least is a year
/// or names what its column holds.
pub(super) fn table_header(s: &str, times: &[periods::Mention]) -> Option<Vec<Column>> {
    if !s.contains('|') {
        return None;
    }
    let mut columns: Vec<Column> = Vec::new();
    // Label columns ("Change", "Share online"), which are about the latest year.
    let mut labels = Vec::new();
    let mut printed = false;
    let mut start = 0;
    for (i, cell) in s.split('|').enumerate() {
        let range = start..start + cell.len();
        start = range.end + 1;
        let year =
            times.iter().find(|m| range.start <= m.range.start && m.range.end <= range.end).and_then(|m| m.year());
        let label = cell.trim();
        // The first cell printed, after the empty one before a leading "|".
        let first_printed = !label.is_empty() && !printed;
        printed = printed || !label.is_empty();
        let holds = label_holds(label);
        let short = label.split_whitespace().count() <= 6;
        let percent = label_in_percent(label);
        let not_offences = !percent && holds == Holds::Values && head_noun(label) == Noun::Other;
        let measure = match measure::of_sentence(label) {
            None if holds == Holds::Change => columns.last().and_then(|c| c.measure),
            named => named,
        };
        let column = match (i, year) {
            // "Change since 2016/17", "% change from 2018/19": the year is the one the change
            // is measured from; the change is to the table's latest year, as a bare "Change".
            (1.., _) if holds == Holds::Change && short && measured_from_a_year(label) => {
                labels.push(i);
                Column { year: None, holds, measure, percent, not_offences }
            }
            // "| 2015/16 | 2016/17 |" over a row of values alone: the first column is a year's.
            (0, Some(p)) if times.iter().any(|m| m.year() == Some(p) && s.get(m.range.clone()) == Some(label)) => {
                Column { year: Some(p), holds, measure, percent, not_offences }
            }
            // The first column names the rows ("Force"), or ranks them.
            (0, _) => {
                let holds = match holds {
                    Holds::Rank => holds,
                    _ if is_area_column(label) => Holds::Areas,
                    _ => Holds::Values,
                };
                Column { year: None, holds, measure: None, percent: false, not_offences: false }
            }
            // "Q2 2025/26", "H1 2031": a part of a year, for no financial year.
            (1.., _) if holds == Holds::Values && short && is_part_of_year(label) => {
                Column { year: None, holds: Holds::Span, measure, percent: false, not_offences: false }
            }
            // "Change 2022/23": a change to that year; "Rate per 100,000, 2022/23": that year's
            // rates; "Rank, 2022/23": ranks.
            (_, Some(p)) => Column { year: Some(p), holds, measure, percent, not_offences },
            (_, None) if label.is_empty() => {
                Column { year: None, holds: Holds::Values, measure: None, percent: false, not_offences: false }
            }
            // "| District | 2023/24 |": the first cell printed names the rows' areas.
            (_, None) if first_printed && is_area_column(label) => {
                Column { year: None, holds: Holds::Areas, measure: None, percent: false, not_offences: false }
            }
            // Digits only in a rate's base, a rank's field ("Rank (of 41)") or the victims' ages
            // ("Sexual offences, victim under 18").
            (_, None)
                if short
                    && (!without_ages(label).contains(|c: char| c.is_ascii_digit())
                        || matches!(holds, Holds::Rate | Holds::Rank)) =>
            {
                labels.push(i);
                Column { year: None, holds, measure, percent, not_offences }
            }
            // "| Region | 2022 | 2023 |": a column of a calendar year.
            (_, None) if is_calendar_year(label) => {
                Column { year: None, holds: Holds::CalendarYear, measure: None, percent: false, not_offences: false }
            }
            // "| Measure | 12m to Sep 25 | 12m to Sep 24 |": a rolling year's, a quarter's.
            (_, None) if short && is_span(label) => {
                Column { year: None, holds: Holds::Span, measure, percent: false, not_offences: false }
            }
            (_, None) => return None,
        };
        columns.push(column);
    }
    let latest = columns.iter().filter_map(|c| c.year).max();
    // A row of short labels that names neither a year, nor anything but counts, nor what any
    // column counts is no header ("| Year | Total |" over year rows names it: the total).
    totals_beside_online(s, &mut columns);
    if latest.is_none() && columns.iter().all(|c| c.holds == Holds::Values && !c.not_offences && c.measure.is_none()) {
        return None;
    }
    for i in labels {
        columns[i].year = latest;
    }
    Some(columns)
}

/// "| | 2021/22 | 2022/23 | 2021/22 | 2022/23 |" (`below`, read as `under`) right under "| Force |
/// Online-flagged | | All offences | |" (`above`, read as `over`): a header of two rows, as
/// a pipe table prints one whose first-row cells span columns. Each column takes its year
/// (or label) from the second row and what it counts from the first: from its own cell, or
/// from the cell spanning it, the nearest printed to its left. A column the second row
/// leaves blank is the first row's. `None` unless both rows have as many cells and the
/// second names a year.
pub(super) fn second_header_row(above: &str, over: &[Column], below: &str, under: &[Column]) -> Option<Vec<Column>> {
    let (top, bottom): (Vec<&str>, Vec<&str>) = (above.split('|').collect(), below.split('|').collect());
    if top.len() != bottom.len() || over.len() != top.len() || under.len() != bottom.len() {
        return None;
    }
    if !under.iter().any(|c| c.year.is_some()) {
        return None;
    }
    let mut spanning: Option<Measure> = None;
    let mut joined = Vec::with_capacity(under.len());
    for (i, (t, b)) in top.iter().zip(&bottom).enumerate() {
        let (o, u) = (over[i], under[i]);
        if !t.trim().is_empty() {
            spanning = o.measure;
        }
        if b.trim().is_empty() {
            joined.push(o);
            continue;
        }
        let measure = u.measure.or(if t.trim().is_empty() { spanning } else { o.measure });
        joined.push(Column { measure, ..u });
    }
    Some(joined)
}

/// "| Year | All offences | Online-flagged |", "| Year | Total | Online |": a column of the
/// total, beside one of the offences flagged online, counts all the offences the online ones
/// are part of. A header cell that is "Online" alone ("Of which online") is the online ones.
fn totals_beside_online(header: &str, columns: &mut [Column]) {
    static TOTAL: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:all|total)(?:\s+(?:recorded\s+)?(?:offences|crimes))?(?:\s+recorded)?$"));
    static ONLINE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^(?:of\s+which:?\s+)?online$"));
    for (cell, column) in header.split('|').zip(columns.iter_mut()) {
        if column.measure.is_none() && column.holds == Holds::Values && ONLINE.is_match(cell.trim()) {
            column.measure = Some(Measure::Online);
        }
    }
    if !columns.iter().any(|c| c.measure == Some(Measure::Online)) {
        return;
    }
    // "All offences, 2021/22": a header cell of one year's column names it after the words.
    static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"[,\s]*(?:19|20)\d\d(?:[/-]\d\d)?$"));
    for (cell, column) in header.split('|').zip(columns.iter_mut()) {
        let words = YEAR_AFTER.replace(cell.trim(), "");
        if column.measure.is_none() && column.holds == Holds::Values && TOTAL.is_match(&words) {
            column.measure = Some(Measure::All);
        }
    }
}

/// A header cell with the ages it names blanked out: "victim under 18", "aged 0-17", "under-16s",
/// "13 and under".
fn without_ages(label: &str) -> std::borrow::Cow<'_, str> {
    static AGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:under|over|aged|age)[\s-]+\d{1,2}(?:\s*(?:-|\x{2013}|to)\s*\d{1,2})?s?\b|\b\d{1,2}\s*(?:and|or)\s+(?:under|over|younger|older)\b",
        )
    });
    AGE.replace_all(label, "")
}

/// The column of a table row that the text at `at` is in, when the row has as many cells
/// as the header: a row with another number of cells is not part of the table.
fn column_at<'a>(s: &str, columns: &'a [Column], at: usize) -> Option<&'a Column> {
    if s.split('|').count() != columns.len() {
        return None;
    }
    columns.get(s.get(..at).unwrap_or("").matches('|').count())
}

/// The numbers of a table row as its header says: none in a rank column, rates in a rate
/// column, and in a change column a percentage is a change ("-20%" a fall) and any other
/// number a difference, not a count. A change column whose header says it is in per cent
/// ("Change %") prints its changes as bare numbers ("+23.8", "-4.0"): percentages too; a
/// rate in per cent ("Charge rate (%)") is a share. A column naming things that are not
/// offences ("Specialist officers") counts them. The row's own label says the same of
/// its values as a header does of a column's ([`row_label`]): its changes, rates, shares and
/// things that are not offences alike.
pub(super) fn column_kinds(s: &str, columns: &[Column], cands: &mut Vec<Candidate>) {
    cands.retain(|c| column_at(s, columns, c.number.range.start).is_none_or(|col| col.holds != Holds::Rank));
    let label = row_label(s);
    // "| Care plans opened | 310 | 295 |", "| Referrals to children's social care
    // | … |": a row whose label counts people or things, not offences, as a column's header can.
    let row_counts_no_offences = label.as_ref().is_some_and(|l| label_counts_no_offences(l.text));
    let row = label.map(|l| (label_holds(l.text), label_in_percent(l.text), says_share(l.text)));
    for c in cands.iter_mut().filter(|c| !c.number.money) {
        let column = column_at(s, columns, c.number.range.start);
        let (holds, percent) = match (column.map(|col| col.holds), row) {
            // "| % change on previous year | +13.4 | -8.8 |": the row's label says.
            (
                Some(Holds::Values | Holds::CalendarYear | Holds::Span) | None,
                Some((row @ (Holds::Change | Holds::Rate), in_percent, _)),
            ) => (Some(row), c.number.percent || in_percent),
            (holds, _) => (holds, c.number.percent || column.is_some_and(|col| col.percent)),
        };
        match holds {
            Some(Holds::Rate) if percent => c.kind = Kind::Other,
            Some(Holds::Rate) => c.kind = Kind::Rate,
            Some(Holds::Change) if percent => {
                if c.kind != Kind::PercentChange {
                    let falls = s.get(..c.number.range.start).unwrap_or("").trim_end().ends_with(['-', '\u{2212}']);
                    c.sign = if falls { -1.0 } else { 1.0 };
                }
                c.kind = Kind::PercentChange;
            }
            Some(Holds::Change) => c.kind = Kind::Other,
            // "| Online share (%) | 7 | 13 |": shares, not counts.
            _ if row.is_some_and(|(_, _, share)| share) => c.kind = Kind::Other,
            _ if c.kind == Kind::Count && (column.is_some_and(|col| col.not_offences) || row_counts_no_offences) => {
                c.kind = Kind::Other;
                c.not_offences = true;
            }
            _ => {}
        }
    }
}

/// "Child protection plans started", "Strategy meetings held", "Referrals to children's
/// social care": a row label whose noun phrase (up to its first preposition) ends on people or
/// things that are not offences, or on referrals sent on to a service, counts no offences. A
/// label naming offences or crimes does, and so does a thing named with what it is of, as
/// offences are ("Indecent images of children", "Possession of weapons").
fn label_counts_no_offences(label: &str) -> bool {
    const PREPOSITIONS: &[&str] = &["of", "to", "for", "in", "by", "with", "on", "from", "against", "at"];
    let words: Vec<String> = label
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').to_lowercase())
        .collect();
    if words.iter().any(|w| matches!(w.as_str(), "offences" | "offence" | "crimes" | "crime")) {
        return false;
    }
    let end = words.iter().position(|w| PREPOSITIONS.contains(&w.as_str())).unwrap_or(words.len());
    let head =
        words.get(..end).unwrap_or_default().iter().rev().map(|w| classify_word(w)).find(|n| *n != Noun::Unknown);
    match head {
        Some(Noun::Other) => words.get(end).is_none_or(|w| w != "of"),
        Some(Noun::Count) => head_noun(&format!(" {label}")) == Noun::Other || children_under_plans(label),
        _ => false,
    }
}

/// The label a table row prints for itself, and where it is in the row.
#[derive(Debug, Clone)]
struct RowLabel<'a> {
    text: &'a str,
    range: std::ops::Range<usize>,
}

/// The label of a table row: its first cell printed, when it has words ("Online share (%)",
/// "All responding forces (39)", "0 to 4") or is a band of ages or sizes ("0-4", "16+"),
/// and a cell after it is a value alone ("| 0-4 | 61 | 4.9% |"). Its numbers name the row;
/// they are no figures.
fn row_label(s: &str) -> Option<RowLabel<'_>> {
    let mut start = 0;
    let mut label: Option<RowLabel<'_>> = None;
    for cell in s.split('|') {
        let range = start..start + cell.len();
        start = range.end + 1;
        let text = cell.trim();
        match &label {
            _ if text.is_empty() => {}
            None if text.contains(|c: char| c.is_alphabetic()) || is_band(text) => {
                label = Some(RowLabel { text, range });
            }
            None => return None,
            Some(_) if is_bare_value(text) => return label,
            Some(_) => {}
        }
    }
    None
}

/// Whether a cell is a number alone: "1,652", "+13.4", "4.9%", "-2".
fn is_bare_value(text: &str) -> bool {
    let bare = text.trim_start_matches(['+', '-', '\u{2212}']).trim_end_matches('%');
    bare.starts_with(|c: char| c.is_ascii_digit()) && bare.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Leaves out the numbers of a table row's label ([`row_label`]): "| 10 to 12 | 248 |".
pub(super) fn drop_label_numbers(s: &str, cands: &mut Vec<Candidate>) {
    if let Some(label) = row_label(s) {
        cands.retain(|c| !label.range.contains(&c.number.range.start));
    }
}

/// "0-4", "10–12", "16+", "65 and over": a band of ages or sizes, as a row's label.
fn is_band(text: &str) -> bool {
    static BAND: LazyLock<Regex> = LazyLock::new(|| compile(r"^\d{1,3}\s*(?:[-\u{2013}]\s*\d{1,3}|\+)$"));
    BAND.is_match(text)
}

/// Whether a row's label says its values are shares: "Online share (%)", "Proportion
/// flagged online", "% of total".
fn says_share(label: &str) -> bool {
    static SHARE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bshare\b|\bproportion\b|%|\bper\s*cent(?:age)?\b"));
    SHARE.is_match(label)
}

/// Whether a header cell names the year a change is measured from: "Change since 2016/17",
/// "% change from 2018/19", "Change on 2019/20", "Rise compared with 2015".
fn measured_from_a_year(label: &str) -> bool {
    static FROM_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:since|from|on|over|compared\s+(?:with|to)|vs\.?|versus)\s+(?:FY\s?|YE\s+Mar(?:ch)?\s+|(?:the\s+)?year\s+(?:ending|to)\s+March\s+)?(?:19|20)\d\d\b",
        )
    });
    FROM_YEAR.is_match(label)
}

/// Whether a header cell with no financial year names a span of time: a rolling year to a
/// month ("12m to Sep 25", "Year to June 2024", "12 months to 30 September").
fn is_span(label: &str) -> bool {
    static SPAN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:\d+\s*m(?:onths?)?|year)\s+(?:to|ending)\b"));
    label.split(|c: char| !c.is_alphabetic()).any(periods::is_month) && SPAN.is_match(label)
}

/// Whether a header cell names a part of a year: a quarter ("Q2 2025/26", "Quarter 1"), a
/// half ("H1 2025", "First half").
fn is_part_of_year(label: &str) -> bool {
    static PART: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:q[1-4]|quarter|h[12]|half)\b"));
    label.contains(['Q', 'q', 'H', 'h']) && PART.is_match(label)
}

/// Whether a header cell is a calendar year alone: "2023", "2023*".
fn is_calendar_year(label: &str) -> bool {
    let year = label.trim_end_matches('*');
    year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) && year.bytes().all(|b| b.is_ascii_digit())
}

/// A row of the table whose header gave `columns`: each value takes its column's year; a
/// value in a calendar year's column, no financial year. With `changes_only`, only its
/// percent changes, once the words around them have been read for a year: "| % change on
/// previous year | +13.4 | -8.8 |" is a change to each column's year.
pub(super) fn column_years(s: &str, columns: &[Column], found: &mut [Found], changes_only: bool) {
    for f in found.iter_mut().filter(|f| !changes_only || f.kind == Kind::PercentChange) {
        let column = column_at(s, columns, f.range.start);
        // A change column's changes are to the year its words say, read already; one they
        // give none (a date in an earlier table's rows, "Due April 2032", moved the text's
        // time past the columns) is to the column's year.
        if changes_only && column.is_some_and(|c| c.holds == Holds::Change) && f.period.is_some() {
            continue;
        }
        match column {
            Some(c) if matches!(c.holds, Holds::CalendarYear | Holds::Span) => f.period = None,
            Some(Column { year: Some(p), .. }) => f.period = Some(*p),
            _ => {}
        }
    }
}

/// "| UK, referrals | 2022 | 2023 |", "| Kent Police | 2022/23 | 2023/24 |": the one place a
/// table's header names in its first cell, which its rows are about. A bare "UK" heading the
/// cell (set off by a comma, colon or dash) is the country there, as in a heading.
pub(super) fn header_place(s: &str) -> Option<String> {
    let first = s.split('|').map(str::trim).find(|cell| !cell.is_empty())?;
    let lead = first.split([',', ':', '(', '–', '—']).next().unwrap_or("").trim();
    if matches!(lead, "UK" | "UK total" | "UK-wide") {
        return Some(crate::extract::places::NATIONAL.to_string());
    }
    match super::lists::place_groups(first, false).as_slice() {
        [g] if g.carries() => Some(g.name()),
        _ => None,
    }
}

/// A row of the table whose header gave `columns`: each value whose column names what it
/// counts takes that measure ("Online-flagged offences | All child sexual offences").
pub(super) fn column_measures(s: &str, columns: &[Column], cands: &[Candidate], measures: &mut [Measure]) {
    for (c, m) in cands.iter().zip(measures.iter_mut()) {
        if c.kind == Kind::Money || c.not_offences {
            continue;
        }
        if let Some(named) = column_at(s, columns, c.number.range.start).and_then(|col| col.measure) {
            *m = named;
        }
    }
}

/// A table's header row whose cells name places, one per column: "| Year | Kent | Essex |".
/// Each column's values are for its place. `None` unless two cells at least are places and
/// the row prints no number.
pub(super) fn column_places(s: &str) -> Option<Vec<Option<String>>> {
    if !s.contains('|') || s.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let places: Vec<Option<String>> = s.split('|').map(heading_place).collect();
    (places.iter().flatten().count() >= 2).then_some(places)
}

/// A row of the table whose header gave `places`: each value in a place's column is for that
/// place ("| 2022/23 | 604 | 779 |" under "| Year | Kent | Essex |"). A row with another
/// number of cells is not part of the table.
pub(super) fn column_place(s: &str, places: &[Option<String>], found: &mut [Found]) {
    if s.split('|').count() != places.len() {
        return;
    }
    for f in found.iter_mut() {
        let column = s.get(..f.range.start).unwrap_or("").matches('|').count();
        if let Some(Some(place)) = places.get(column) {
            f.place = Some(place.clone());
        }
    }
}

/// "| Medway | 2,390 | 2,211 | -7.5% |" under "| District | 2023/24 | 2024/25 | Change |":
/// the area a row of a table of areas names in its first cell, as printed.
pub(super) fn table_area(s: &str, columns: &[Column]) -> Option<String> {
    let column = columns.iter().position(|c| c.holds == Holds::Areas)?;
    if s.split('|').count() != columns.len() {
        return None;
    }
    let label = s.split('|').nth(column)?.trim().trim_matches(['*', '_']).trim();
    // "Buckinghamshire (incl. Milton Keynes)": a note in brackets is no part of the name.
    let label = label.split_once(" (").map_or(label, |(name, _)| name.trim_end());
    if label.len() > 60 || label.starts_with(|c: char| !c.is_uppercase()) {
        return None;
    }
    printed_area(label)
}

/// What a table's first column may call the areas of its rows: any kind of area a list is
/// of ([`AREA_KIND`]), or a county or area inside a force's ground.
static TABLE_AREA_KIND: LazyLock<String> = LazyLock::new(|| format!(r"(?:{AREA_KIND}|count(?:y|ie)|area)"));

/// "| Total | 497 |" under "| County | Offences |": a row of a table of areas that sums
/// them (or names none of them: "Not recorded"), which is the whole ground they are in.
pub(super) fn areas_summed(s: &str, columns: &[Column]) -> bool {
    let Some(column) = columns.iter().position(|c| c.holds == Holds::Areas) else { return false };
    if s.split('|').count() != columns.len() {
        return false;
    }
    let label = s.split('|').nth(column).unwrap_or("").trim().trim_matches(['*', '_']).trim();
    is_summary_label(label)
}

/// "District", "Council area", "Local authority", "Borough / town", "County": the first cell of a
/// table's header naming its rows as areas inside a force's ground.
fn is_area_column(label: &str) -> bool {
    static AREAS: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)^{KIND}s?(?:\s*(?:/|or|and)\s*{KIND}s?)*$", KIND = &*TABLE_AREA_KIND)));
    let label = label.trim().trim_matches(['*', '_']).trim();
    label.len() <= 40 && AREAS.is_match(label)
}

/// "Table D7: Pupils excluded from school, by reason", "Figure 2: Staff
/// on duty": a table's numbered caption whose subject is people or things, not offences,
/// which its rows count.
pub(super) fn caption_counts_no_offences(s: &str) -> bool {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^(?:Table|Figure|Chart)\s+[A-Z]?\d+(?:\.\d+)?[a-z]?\s*(?:\([^()]*\)\s*)?[:.\-]\s+"));
    let Some(label) = NUMBERED.find(s) else { return unnumbered_caption_counts_no_offences(s) };
    let subject = s.get(label.end() - 1..).unwrap_or("");
    head_noun(subject) == Noun::Other || children_under_plans(subject)
}

/// "Pupils passed to early help with exploitation flagged as a risk", "Staff qualified in
/// cyber investigation, Dyfed-Powys Police": a caption with no number (an HTML table's, or a line set
/// over a council's FOI reply table), no sentence nor a sentence's lead-in to a table ("Officers
/// recorded these offences:"), whose opening noun phrase counts people or things, not offences.
fn unnumbered_caption_counts_no_offences(s: &str) -> bool {
    const MAX_LEN: usize = 120;
    let line = s.trim();
    line.len() <= MAX_LEN
        && line.starts_with(|c: char| c.is_uppercase())
        && !line.ends_with(['.', '!', '?', ':'])
        && head_noun(&format!(" {line}")) == Noun::Other
}
