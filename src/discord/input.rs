//! Slash-command options to engine queries. Whatever a user (or Discord) sends, the answer is a
//! [`Query`] or a polite sentence saying what to type instead; nothing here can fail otherwise.

use crate::model::Measure;
use crate::query::YearAsked;
use crate::query::{self, Query, MAX_QUERY_CHARS};
use crate::render::discord::escape;

/// `/force name [year] [measure]`.
pub fn force(name: &str, year: Option<&str>, measure: Option<Measure>) -> Result<Query, String> {
    let name = text(name, "a police force or area name", "Cleveland")?;
    Ok(Query::Force { name, year: year_option(year)?, measure })
}

/// `/trend name [measure]`.
pub fn trend(name: &str, measure: Option<Measure>) -> Result<Query, String> {
    Ok(Query::Trend { name: text(name, "a police force or area name", "Cleveland")?, measure })
}

/// `/compare first second [third] [fourth] [year] [measure]`: blank optional names are left out.
pub fn compare(names: &[Option<String>], year: Option<&str>, measure: Option<Measure>) -> Result<Query, String> {
    let mut given = Vec::new();
    for name in names.iter().flatten() {
        if !query::clean_input(name).is_empty() || given.len() < 2 {
            given.push(text(name, "a police force or area name", "Durham")?);
        }
    }
    if given.len() < 2 {
        return Err("Please give two or more forces to compare, for example “Durham” and “Cleveland”.".to_string());
    }
    Ok(Query::Compare { names: given, year: year_option(year)?, measure })
}

/// `/ask question`.
pub fn ask(question: &str) -> Result<Query, String> {
    Ok(Query::Ask { question: text(question, "a question", "how many online offences did Durham record in 2016/17?")? })
}

/// `/article id`.
pub fn article(id: &str) -> Result<Query, String> {
    Ok(Query::Article { id: text(id, "an article id", "002_9c503e2b58aca6c8.txt")? })
}

/// `/national [year] [measure]`.
pub fn national(year: Option<&str>, measure: Option<Measure>) -> Result<Query, String> {
    Ok(Query::National { year: year_option(year)?, measure })
}

/// An optional year (financial, or bare for the calendar year too): absent or blank is every year.
fn year_option(year: Option<&str>) -> Result<Option<YearAsked>, String> {
    match year.map(query::clean_input).filter(|y| !y.is_empty()) {
        None => Ok(None),
        Some(typed) => match query::parse_year(&typed) {
            Some(period) => Ok(Some(period)),
            None => {
                let shown: String = typed.chars().take(20).collect();
                Err(format!(
                    "“{}” is not a year; write it like 2016/17, or 2024 for the calendar year too \
                     (or leave it out for every year).",
                    escape(&shown)
                ))
            }
        },
    }
}

/// `/search text`.
pub fn search(text_typed: &str) -> Result<Query, String> {
    Ok(Query::Search { text: text(text_typed, "some words to look for", "grooming")? })
}

/// `/quote who`.
pub fn quote(who: &str) -> Result<Query, String> {
    Ok(Query::Quote { who: text(who, "a speaker, organisation or words", "Wanless")? })
}

/// What an autocomplete box may look up: cleaned, and short.
pub fn partial(typed: &str) -> String {
    query::clean_input(&typed.chars().take(100).collect::<String>())
}

/// A text option, cleaned of control characters and extra spaces, and not too long.
fn text(typed: &str, what: &str, example: &str) -> Result<String, String> {
    let chars = typed.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(format!(
            "That is {chars} characters long; please keep it under {MAX_QUERY_CHARS}, for example “{example}”."
        ));
    }
    let cleaned = query::clean_input(typed);
    if cleaned.is_empty() {
        return Err(format!("Please give {what}, for example “{example}”."));
    }
    Ok(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_options_become_a_query() {
        assert_eq!(
            force(" Cleveland\tPolice ", Some("2016/17"), Some(Measure::Online)),
            Ok(Query::Force {
                name: "Cleveland Police".into(),
                year: Some(YearAsked::financial_year(crate::model::Period::starting(2016))),
                measure: Some(Measure::Online)
            })
        );
        assert_eq!(
            force("Kent", Some("  "), None),
            Ok(Query::Force { name: "Kent".into(), year: None, measure: None })
        );
    }

    #[test]
    fn a_bad_year_is_explained_and_escaped() {
        let message = force("Kent", Some("**soon**"), None).unwrap_err();
        assert!(message.contains("\\*\\*soon\\*\\*") && message.contains("2016/17"), "{message}");
    }

    #[test]
    fn hostile_text_is_refused_or_cleaned() {
        assert!(search(&"a".repeat(10_000)).unwrap_err().contains("10000 characters"));
        assert_eq!(search("a\u{0}b\u{1b}[31m c"), Ok(Query::Search { text: "a b [31m c".into() }));
        assert!(quote("\u{0}\u{7}  \n").unwrap_err().starts_with("Please give"));
        assert_eq!(quote("🚓 NSPCC"), Ok(Query::Quote { who: "🚓 NSPCC".into() }));
        assert_eq!(partial(&"x".repeat(10_000)).len(), 100);
    }
}
