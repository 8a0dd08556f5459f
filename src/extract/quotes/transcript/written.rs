//! Written parliamentary questions and their answers, as the parliaments publish them:
//!
//! ```text
//! Asked by Jo Bloggs (Anytown North)
//! To ask the Secretary of State for the Home Department, how many …
//! Answered by Sam Smith - Parliamentary Under-Secretary (Home Office)
//! Answered on 20 April 2023
//! The answer, in one paragraph or more.
//! ```
//!
//! The question is the words of the member who asked it, when the page names them ("Asked
//! by", "Tabled by"); the answer is the words of the one who answered. "Answered by" (or
//! "Answered on 20 April 2023 by") may stand alone with the name on the next line, or carry
//! the answer after a colon ("Answered by Sam Smith (20 April 2023): The Government …").

use std::sync::LazyLock;

use regex::Regex;

/// What one line of a written question page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Line {
    /// The question itself ("To ask the Secretary of State …"): the asker's words.
    Question,
    /// "Asked by Jo Bloggs (Anytown North) (Lab)", "Tabled by: Jo Bloggs (Anytown), Party":
    /// who asks, as printed after "by" (a label without its colon).
    Asker(String),
    /// "Asked by" alone: the asker is on the next line.
    AskerNext,
    /// The note of questions grouped with it, or the record of the answer's submission ("The
    /// answer was submitted on …"), which ends the answer.
    Closing,
    /// "Answered by Sam Smith - Minister (Home Office)": who answers, and the answer when it
    /// follows on the same line after a colon.
    Answerer { name: String, role: Option<String>, organisation: Option<String>, speech_from: Option<usize> },
    /// "Answered by" alone: the name is on the next line.
    AnswererNext,
    /// A line of the record about the answer ("Answered on 20 April 2023", "UIN 1234"):
    /// neither a quote nor the end of one.
    Record,
    /// Anything else.
    Other,
}

/// The lines that give the record of a question: dates, numbers, the department.
static RECORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)^(?:answered on\b|asked on\b|date (?:tabled|answered|due)\b|tabled on\b|uin\b|answer\s*$|question\s*$|holding answer\b|corrected on\b)",
    )
});

/// Whether a paragraph is a written question: "To ask the Secretary of State …", "To ask
/// His Majesty's Government …", "To ask the Scottish Government …".
pub(super) fn is_question(norm: &str) -> bool {
    norm.trim_start().starts_with("To ask ")
}

/// Whether a page carries written questions with their answers: an "Answered by" line, and
/// a question ("To ask …") or an "Asked by" line.
pub(super) fn has_written_answers(paras: &[&str]) -> bool {
    let answered = paras.iter().any(|p| answered_by(p.trim_start()).is_some());
    answered && paras.iter().any(|p| is_question(p) || p.trim_start().starts_with("Asked by "))
}

/// What the line `norm` is.
pub(super) fn read_line(norm: &str) -> Line {
    let t = norm.trim();
    let grouped = t.starts_with("This question was grouped") || t.starts_with("Grouped question");
    let submitted = t.starts_with("The answer was submitted") || t.starts_with("Related questions");
    if is_question(t) {
        return Line::Question;
    }
    if grouped || submitted {
        return Line::Closing;
    }
    if let Some(rest) = ["Asked by", "Tabled by"].iter().find_map(|by| t.strip_prefix(by)) {
        let rest = rest.trim_start_matches(':').trim();
        return if rest.is_empty() { Line::AskerNext } else { Line::Asker(rest.to_string()) };
    }
    let Some(rest) = answered_by(t) else {
        return if RECORD.is_match(t) { Line::Record } else { Line::Other };
    };
    let rest = rest.trim_start_matches(':').trim();
    if rest.is_empty() {
        return Line::AnswererNext;
    }
    answerer(norm, rest).unwrap_or(Line::Other)
}

/// What follows "Answered by" or "Answered on 4 March 2021 by" at the head of a line.
fn answered_by(line: &str) -> Option<&str> {
    static ANSWERED: LazyLock<Regex> =
        LazyLock::new(|| crate::extract::numbers::compile(r"^Answered(?: on:? \d{1,2} [A-Z][a-z]+ \d{4})? by\b"));
    ANSWERED.find(line).and_then(|m| line.get(m.end()..))
}

/// "Sam Smith - Parliamentary Under-Secretary (Home Office)", "Sam Smith, Minister for
/// Policing", "Sam Smith (20 April 2023): The answer": the one who answered.
fn answerer(norm: &str, rest: &str) -> Option<Line> {
    // The answer after a colon on the same line, as the Scottish Parliament prints it.
    let (who, speech_from) = match rest.find(": ") {
        Some(colon) => {
            let at = norm.find(rest)? + colon + 1;
            (rest.get(..colon)?, Some(norm.get(..at)?.chars().count()))
        }
        None => (rest, None),
    };
    let cut = who.find([',', '(']).into_iter().chain(who.find(" - ")).min().unwrap_or(who.len());
    let name = who.get(..cut)?.trim();
    let details = who.get(cut..)?.trim_start_matches([',', ' ', '-']).trim();
    let (role, organisation) = role_and_organisation(details);
    name_like(name).then(|| Line::Answerer { name: name.to_string(), role, organisation, speech_from })
}

/// "Parliamentary Under-Secretary (Home Office)": the role and, in brackets, the
/// department. A date in brackets is neither.
pub(super) fn role_and_organisation(details: &str) -> (Option<String>, Option<String>) {
    let (role, bracket) = match details.split_once('(') {
        Some((role, rest)) => (role.trim(), rest.split(')').next().map(str::trim)),
        None => (details.trim(), None),
    };
    let words = |s: &str| (!s.is_empty() && !s.contains(|c: char| c.is_ascii_digit())).then(|| s.to_string());
    (words(role), bracket.and_then(words))
}

/// Whether a line is a name alone: two to six capitalised words, no full stop at the end.
pub(super) fn name_like(line: &str) -> bool {
    let line = line.trim();
    let count = line.split_whitespace().count();
    (2..=6).contains(&count)
        && !line.ends_with('.')
        && line.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w == "of")
        && !line.contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answerer_line_gives_name_role_and_department() {
        assert_eq!(
            read_line("Answered by Sam Smith - Parliamentary Under-Secretary (Home Office)"),
            Line::Answerer {
                name: "Sam Smith".into(),
                role: Some("Parliamentary Under-Secretary".into()),
                organisation: Some("Home Office".into()),
                speech_from: None
            }
        );
        let line = "Answered by Sam Smith (20 April 2023): The Government will act.";
        match read_line(line) {
            Line::Answerer { name, role, speech_from: Some(from), .. } => {
                assert_eq!((name.as_str(), role), ("Sam Smith", None));
                assert_eq!(line.chars().skip(from).collect::<String>().trim(), "The Government will act.");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(read_line("Answered by"), Line::AnswererNext);
        assert_eq!(read_line("Answered on 20 April 2023"), Line::Record);
    }
}
