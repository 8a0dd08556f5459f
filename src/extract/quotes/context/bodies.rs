//! Bodies named by the word that ends or holds their name ("Northby Borough Council", "Gwent
//! Police and Crime Panel"), local councils among them, and bodies an officer may speak for.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;
use crate::extract::places;

/// A body of its own, not a unit inside a force, that a police officer may speak for: "the
/// National Crime Agency", "the Police Chiefs' Council", "the College of Policing", "the
/// Home Office", "the NPCC".
pub(super) fn is_body(org: &str) -> bool {
    const BODIES: &[&str] =
        &["council", "college", "agency", "office", "authority", "commission", "federation", "association", "ministry"];
    // National policing bodies known by their initials: "the NPCC lead for knife crime".
    const INITIALS: &[&str] = &["npcc", "nca", "iopc", "hmicfrs", "ceop"];
    let words: Vec<String> =
        org.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    match words.as_slice() {
        [word] => INITIALS.contains(&word.as_str()),
        _ => words.len() >= 2 && words.iter().any(|w| BODIES.contains(&w.as_str())),
    }
}

/// A local authority's name: "Council" after a word for its kind ("Hull City Council",
/// "Kent County Council", "Northby Borough Council") or after the name of a place: a force's
/// area, a council area or city, a London borough ("Cardiff Council", "Camden Council",
/// "City of Edinburgh Council"). A name of an area ambiguous elsewhere ("Angus", "Highland")
/// is one here: "Council" after it says what it is.
pub(in crate::extract::quotes) fn is_local_council(name: &str) -> bool {
    const KINDS: &[&str] = &["County", "Borough", "City", "District", "Town", "Parish", "Metropolitan", "Unitary"];
    let Some(before) = name.strip_suffix("Council").map(str::trim_end) else { return false };
    let words: Vec<&str> = before.split_whitespace().collect();
    // A kind alone ("Borough Council") names no one council.
    let named = words.iter().any(|w| !KINDS.contains(w) && *w != "of");
    if !named || words.len() > 5 {
        return false;
    }
    let whole = |range: &std::ops::Range<usize>| range.start == 0 && range.end == before.len();
    words.iter().any(|w| KINDS.contains(w))
        || places::by_alias(before).is_some()
        || places::all_area_mentions(before).iter().any(|m| whole(&m.range))
        || places::borough_mentions(before).iter().any(|(m, _)| whole(&m.range))
}

/// How many words before "Council" [`last_body_named`] reads for a council's name: more than
/// any name [`is_local_council`] takes (five words and "Council"), so a longer run of
/// capitalised words cut short here is still one too long to be a council's.
pub(super) const NAME_WINDOW: usize = 12;

/// The last `n` words of `text` (whitespace-separated), or all of it when it has fewer: read
/// from the end, so the cost is that of the words kept.
pub(super) fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (b, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return text.get(b..).unwrap_or(text);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// The names holding `word` ("Trust") in `text`, in the order named. Each is read from the
/// words just before its `word` and those after it up to the next `word`, so the text is
/// read once however often it holds the word. A council's name ends with its word ("Hull
/// City Council"); another body's may go on ("Safer Roads Partnership for Northumbria").
pub(super) fn bodies_named(text: &str, word: &str) -> Vec<String> {
    let found: Vec<(usize, usize)> = text
        .match_indices(word)
        .map(|(b, m)| (b, b + m.len()))
        .filter(|&(_, end)| !text.get(end..).unwrap_or("").starts_with(char::is_alphanumeric))
        .collect();
    found
        .iter()
        .enumerate()
        .filter_map(|(i, &(_, end))| {
            let start = end - last_words(text.get(..end)?, NAME_WINDOW).len();
            let next = if word == "Council" { end } else { found.get(i + 1).map_or(text.len(), |&(b, _)| b) };
            last_body_named(text.get(start..next)?, word)
        })
        .collect()
}

/// Unions of states: no union a spokesman speaks for ("since the UK left the European
/// Union … a spokesman for the union").
pub(super) const UNIONS_OF_STATES: &[&str] = &["European Union", "African Union", "Soviet Union"];

/// The last name in `text` of capitalised words that holds `word` ("Council"): "Northby
/// Borough Council", "Women's Aid Federation Northern Ireland", "Gwent Police and Crime
/// Panel". "of", "for", "and" and "&" may join its words; an article, a quote mark or a
/// comma ends it. A lone `word` is no name.
pub(in crate::extract::quotes) fn last_body_named(text: &str, word: &str) -> Option<String> {
    if !text.contains(word) {
        return None;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let core = |t: &str| -> String {
        let t = t.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
        t.strip_suffix("'s").unwrap_or(t).to_string()
    };
    let capital = |t: &str| t.starts_with(char::is_uppercase) && !matches!(t, "The" | "A" | "An");
    let punctuated = |t: &str| t.ends_with([',', '.', ';', ':', '!', '?', ')']);
    let ends = |t: &str| punctuated(t) || t.ends_with("'s");
    let joins = |t: &str| matches!(t, "of" | "for" | "and" | "&");
    let at = tokens.iter().rposition(|t| core(t) == word)?;
    // Before the word, a possessive is part of the name ("Women's Aid Federation").
    let mut start = at;
    while start > 0 {
        let prev = tokens[start - 1];
        if capital(prev) && !punctuated(prev) && !prev.starts_with(['"', '(']) {
            start -= 1;
        } else if prev.starts_with('(') && capital(prev.trim_start_matches('(')) && !punctuated(prev) {
            // "(Swindon Borough Council)": the bracket opens the name.
            start -= 1;
            break;
        } else if joins(prev) && start >= 2 && capital(tokens[start - 2]) && !punctuated(tokens[start - 2]) {
            start -= 2;
        } else {
            break;
        }
    }
    let mut end = at + 1;
    if !ends(tokens[at]) {
        while end < tokens.len() {
            let next = tokens[end];
            if capital(next) && !next.starts_with(['"', '(']) {
                end += 1;
            } else if joins(next) && tokens.get(end + 1).is_some_and(|t| capital(t)) {
                end += 2;
            } else {
                break;
            }
            if ends(tokens[end - 1]) {
                break;
            }
        }
    }
    let mut words: Vec<&str> = tokens[start..end].to_vec();
    if let Some(first) = words.first_mut() {
        *first = first.trim_start_matches('(');
    }
    let last = core(words.pop()?);
    (!words.is_empty()).then(|| format!("{} {last}", words.join(" ")))
}

/// A body's name ending in a word for a body that answers for itself: a council, a trust,
/// a school, a charity, a company, a government or its office ("Kent County Council", "Surrey
/// Youth Trust", "Dorset Hill Academy", "Marlow Freight Ltd", "Welsh Government", "Home Office"). Its capitalised words may be joined by "of", "and",
/// "for" or "&".
static ANSWERING_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let ends = [
        "Council",
        "Trust",
        "School",
        "Academy",
        "College",
        "University",
        "Charity",
        "Foundation",
        "Hospital",
        "Company",
        "Ltd",
        "Limited",
        "plc",
        "PLC",
        "Association",
        "Partnership",
        "Society",
        "Group",
        "Government",
        "Office",
    ];
    let word = r"[A-Z][\w'’&.-]*";
    compile(&format!(r"\b(?:{word}\s+(?:(?:of|and|for|&)\s+)?){{1,6}}(?:{})\b", ends.join("|")))
});

/// The bodies `text` names by a name [`ANSWERING_BODY`] reads, with the byte range of each
/// name: an article before a name is no part of it, and a force's own name ("Police Service
/// of Northern Ireland") is no such body.
pub(super) fn answering_bodies(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    ANSWERING_BODY
        .find_iter(text)
        .filter_map(|m| {
            let name = m.as_str();
            let article = ["The ", "A ", "An "].iter().find_map(|a| name.strip_prefix(a));
            let (start, name) = match article {
                Some(rest) => (m.end() - rest.len(), rest),
                None => (m.start(), name),
            };
            let police = name.split_whitespace().any(|w| matches!(w, "Police" | "Constabulary"));
            (!police && name.contains(' ')).then(|| (start..m.end(), name.to_string()))
        })
        .collect()
}
