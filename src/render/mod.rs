//! Turning answers into something to read: plain text for the terminal, JSON for scripts.
//! Renderers only read [`crate::answer`] types; they never ask the engine anything.

pub mod chart;
pub mod csv;
pub mod discord;
pub mod json;
pub mod text;

use crate::answer::Source;
use crate::model::{Figure, Kind, Period, Quote};

/// How many of a thing, in words that agree with the number: "1 quote", "3 quotes".
pub fn counted(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// A number with thousands separators and at most one decimal: 10391 → "10,391", 229.5 → "229.5".
pub fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let tenth = ((abs - abs.trunc()) * 10.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{tenth}")
    }
}

/// A figure's value as a reader expects it: "145", "+163%", "-6%", "£3,000,000".
pub fn value(figure: &Figure) -> String {
    let n = number(figure.value);
    let shown = match figure.kind {
        Kind::PercentChange if figure.value > 0.0 => format!("+{n}%"),
        Kind::PercentChange => format!("{n}%"),
        Kind::Count if figure.difference && figure.value > 0.0 => format!("+{n}"),
        Kind::Money => format!("£{n}"),
        Kind::Count | Kind::Rate | Kind::Other => n,
    };
    match &figure.qualifier {
        Some(q) => format!("{q} {shown}"),
        None => shown,
    }
}

/// When figures are for, or nothing if that is not stated: the financial year ("2016/17"),
/// else the calendar year they are dated by ("2024").
pub fn when_stated(period: Option<Period>, calendar_year: Option<u16>) -> Option<String> {
    period.map(|p| p.to_string()).or_else(|| calendar_year.map(|y| y.to_string()))
}

/// When figures are for, as a reader reads it: [`when_stated`], else "period not stated".
pub fn when_label(period: Option<Period>, calendar_year: Option<u16>) -> String {
    when_stated(period, calendar_year).unwrap_or_else(|| "period not stated".to_string())
}

/// The year a question asked for: a financial year ("2016/17"), or, for a year typed bare,
/// the financial year starting then and the calendar year ("2024/25 and 2024").
pub fn year_asked(year: Option<Period>, calendar_year: Option<u16>) -> Option<String> {
    match (year, calendar_year) {
        (Some(p), Some(y)) => Some(format!("{p} and {y}")),
        _ => when_stated(year, calendar_year),
    }
}

/// What kind of number it is, in words.
pub fn kind_label(figure: &Figure) -> &'static str {
    match figure.kind {
        Kind::Count if figure.difference => "difference",
        Kind::Count => "count",
        Kind::PercentChange => "change",
        Kind::Rate => "rate",
        Kind::Money => "money",
        Kind::Other => "other",
    }
}

/// The recomputation of a stated change, in words, if there is one.
pub fn check_note(figure: &Figure) -> Option<String> {
    let check = figure.check?;
    Some(if check.consistent {
        format!("checks out: {} → {} is {}%", number(check.from), number(check.to), number(check.computed))
    } else {
        format!("does not match: {} → {} is {}%", number(check.from), number(check.to), number(check.computed))
    })
}

/// Who said a quote: speaker, then role and organisation where they add something.
pub fn speaker_line(quote: &Quote) -> String {
    let mut parts = vec![quote.speaker.clone()];
    for extra in [quote.role.as_deref(), quote.organisation.as_deref()].into_iter().flatten() {
        let said = parts.join(", ").to_lowercase();
        let extra_lower = extra.to_lowercase();
        // "North Wales Police spokesperson" says "spokeswoman" already.
        let spokes_again = extra_lower.starts_with("spokes") && said.contains("spokes");
        if !extra.trim().is_empty() && !said.contains(&extra_lower) && !spokes_again {
            parts.push(extra.to_string());
        }
    }
    parts.join(", ")
}

/// Where the rates of a comparison come from, or why there are none.
pub fn population_note(population: Option<&crate::populations::PopulationSource>) -> String {
    match population {
        Some(p) => format!("Rates per 100,000 residents use populations from {} ({}).", p.source, p.year),
        None => "Counts only: no force-area populations are given in populations.toml \
                 (they must come from ONS mid-year estimates), so no rates are shown."
            .to_string(),
    }
}

/// An article named for a reader: title, then outlet and date where known.
pub fn source_line(source: &Source) -> String {
    let mut line = source.title.clone();
    let extra: Vec<&str> = [source.outlet.as_deref(), source.date.as_deref()].into_iter().flatten().collect();
    if !extra.is_empty() {
        line.push_str(&format!(" ({})", extra.join(", ")));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_one_is_singular_and_every_other_count_plural() {
        assert_eq!(counted(1, "quote"), "1 quote");
        assert_eq!(counted(0, "passage"), "0 passages");
        assert_eq!(counted(12, "article"), "12 articles");
    }

    #[test]
    fn speakers_are_named_without_repeating_their_role_or_organisation() {
        let quote = |speaker: &str, role: Option<&str>, org: Option<&str>| Quote {
            speaker: speaker.into(),
            role: role.map(Into::into),
            organisation: org.map(Into::into),
            text: String::new(),
            paragraphs: vec![],
        };
        let spokesperson = quote("Cleveland Police spokesperson", Some("spokesperson"), Some("Cleveland Police"));
        assert_eq!(speaker_line(&spokesperson), "Cleveland Police spokesperson");
        let spokeswoman = quote("Cleveland Police spokesperson", Some("spokeswoman"), Some("Cleveland Police"));
        assert_eq!(speaker_line(&spokeswoman), "Cleveland Police spokesperson");
        let person = quote("Peter Wanless", Some("chief executive"), Some("NSPCC"));
        assert_eq!(speaker_line(&person), "Peter Wanless, chief executive, NSPCC");
    }

    #[test]
    fn a_calendar_year_is_shown_where_no_financial_year_is_stated() {
        assert_eq!(when_label(Some(Period::starting(2016)), None), "2016/17");
        assert_eq!(when_label(None, Some(2024)), "2024");
        assert_eq!(when_label(None, None), "period not stated");
        assert_eq!(when_stated(None, None), None);
        assert_eq!(year_asked(Some(Period::starting(2024)), Some(2024)).as_deref(), Some("2024/25 and 2024"));
        assert_eq!(year_asked(Some(Period::starting(2016)), None).as_deref(), Some("2016/17"));
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(number(10391.0), "10,391");
        assert_eq!(number(229.5), "229.5");
        assert_eq!(number(-6.0), "-6");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(3_000_000.0), "3,000,000");
    }
}
