//! People named with a title anywhere in a text: a rank or honorific ("Detective Chief
//! Inspector Sarah Jenkins", "Recorder Jo Bloggs") or a job title before the name ("the
//! trust's chief executive, Jo Bloggs"), with a cheap gate for text that holds no job title.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::quotes::attribution::{pattern, TITLES};

/// People named with a title anywhere in a text ("Detective Chief Inspector Sarah Jenkins
/// leads the team", "figures published by Police and Crime Commissioner Jo Bloggs"), by byte
/// offset: "she" or "Ms Bloggs" may mean them later. A name word may go on with a capital
/// after a hyphen or apostrophe ("Rhys-Morgan", "O'Hare", "McKee"), have accents ("Siân"),
/// and take particles between its words ("Aoife Ní Riain", "Jo de Souza"), and come after
/// initials ("Mr G. Bloggs"). Judges count: "Recorder
/// Jo Bloggs jailed him" names who a later "Sentencing, she told him" means.
pub fn titled_names(text: &str) -> Vec<(usize, String)> {
    static TITLED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r"\b(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Judge|Recorder|Sheriff|Detective|Det|Chief|Superintendent|Supt|Inspector|Insp|Sergeant|Sgt|Constable|PC|DC|DS|DI|DCI|DCS|Commander|Assistant|Deputy|Acting|(?:Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+)?Commissioner)\.?(?:\s+(?:Chief|Ch|Superintendent|Inspector|Constable|Supt|Insp|Detective|Sergeant|Sgt|Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime\s+Commissioner))*(?:\s+\p{{Lu}}\.?){{0,3}}\s+\p{{Lu}}[\p{{Ll}}'’-]+(?:\p{{Lu}}[\p{{Ll}}'’-]+)?(?:\s+(?:(?:{particles})\s+)*\p{{Lu}}[\p{{Ll}}'’-]+(?:\p{{Lu}}[\p{{Ll}}'’-]+)?){{0,2}}",
            particles = crate::extract::quotes::names::NAME_PARTICLES.join("|")
        ))
    });
    // "Dundee Sheriff Court", "the Crown Court Recorder Court…": a court is no person.
    let court = |m: &regex::Match| m.as_str().split_whitespace().nth(1).is_some_and(|w| w.starts_with("Court"));
    let ranked: Vec<regex::Match> = TITLED.find_iter(text).filter(|m| !court(m)).collect();
    let mut found: Vec<(usize, String)> = ranked.iter().map(|m| (m.start(), m.as_str().to_string())).collect();
    for (at, name_at, words) in job_titled_names(text).into_iter().chain(seated_members(text)) {
        // The matches come in order, none inside another: only the last to start by the
        // name may hold it.
        let last = ranked.partition_point(|m| m.start() <= name_at).checked_sub(1);
        if !last.is_some_and(|i| ranked[i].range().contains(&name_at)) {
            found.push((at, words));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found
}

/// Judges the text names by a judge's style rather than "Judge": "Mr Justice Hale" or "Lady
/// Justice Carr" anywhere, and a Scottish judge's "Lord Balgarvie" or "Lady Carmody" when
/// the name passes sentence ("Lady Carmody imposed an extended sentence", "Lord Brodie jailed
/// him"): by byte offset, the name as printed. A later "the judge" means them; a peer who
/// only speaks or acts otherwise ("Lord Hanley said") is no judge.
pub fn judges_by_style(text: &str) -> Vec<(usize, String)> {
    static STYLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"\b(?:(?P<justice>(?:Mr|Mrs|Ms|Miss|Lord|Lady)\s+Justice\s+\p{Lu}[\p{Ll}'’-]+)|(?P<senator>(?:Lord|Lady)\s+\p{Lu}[\p{Ll}'’-]+)(?:\s*,[^,.;:]{1,60},)?\s+(?:(?:also|then|later|had)\s+)?(?:imposed|sentenced|jailed|passed\s+sentence|handed\s+(?:down|him|her|them)|deferred\s+sentence|detained|locked))",
        )
    });
    if !text.contains("Justice") && !text.contains("Lord") && !text.contains("Lady") {
        return Vec::new();
    }
    STYLED
        .captures_iter(text)
        .filter_map(|c| c.name("justice").or_else(|| c.name("senator")))
        .map(|m| (m.start(), m.as_str().to_string()))
        .collect()
}

/// "where council leader Aileen Moss defended …", "Labour group leader Tom Reed called …",
/// "Councillor Sarah Bloggs welcomed …", "headteacher Mark Jones": a person named right
/// after a job title (a role word, an office or a word for a person, in any case) that
/// [`titled_names`]'s pattern of ranks does not read. The
/// name is two name words and ends there: a third capitalised word runs into a body's name
/// ("chief executive Social Care Wales"), and a place is no one's name. The title takes in
/// up to three words before it that belong to it: role and body words ("council", "group"),
/// and a capitalised word that does not open a clause ("Labour", not "Yesterday").
/// Returns the byte offsets of the words and of the name, and the words.
fn job_titled_names(text: &str) -> Vec<(usize, usize, String)> {
    use crate::extract::quotes::names::{is_name_word, is_org_word, is_role_word, is_title_word, words_with_offsets};
    if !may_hold_job_title(text) {
        return Vec::new();
    }
    let ends_in_stop = |w: &str| w.ends_with(TITLE_STOPS);
    let words = words_with_offsets(text);
    let mut found = Vec::new();
    for i in 0..words.len().saturating_sub(2) {
        let (_, first) = words[i + 1];
        // Cheap checks first: a capitalised word after a word without a stop.
        if !first.starts_with(|c: char| c.is_ascii_uppercase()) || !is_name_word(first) {
            continue;
        }
        let (_, title) = words[i];
        // "Councillor Máire Ní Bhriain": particles stand between the first and last name.
        let mut l = i + 2;
        while words.get(l).is_some_and(|(_, w)| crate::extract::quotes::names::is_name_particle(w))
            && l + 1 < words.len()
        {
            l += 1;
        }
        // "Trust chair Mary Jane Tolley": two known given names before the surname
        // make a name of three words.
        let given = |w: &str| crate::extract::quotes::names::first_name_gender(w).is_some();
        let middle = words[l].1;
        if l == i + 2
            && given(first)
            && given(middle)
            && middle.chars().all(char::is_alphabetic)
            && words.get(l + 1).is_some_and(|(_, w)| is_name_word(w.trim_end_matches(TITLE_STOPS)))
        {
            l += 1;
        }
        let (last_at, last) = words[l];
        // "the then housing minister, Julian Marsh, said …": a known first name set off by
        // commas after the post, the apposition closed, is the one holding it.
        let closed = last.ends_with(',')
            && crate::extract::quotes::names::first_name_gender(first).is_some()
            && words[i.saturating_sub(3)..i].iter().any(|&(_, w)| is_determiner(w));
        let apposed = title.strip_suffix(',').filter(|t| closed && !ends_in_stop(t));
        let title = match title.strip_suffix('.') {
            Some(abbr) if TITLES.contains(&abbr) => abbr,
            _ => match apposed {
                Some(title) => title,
                None if ends_in_stop(title) => continue,
                None => title,
            },
        };
        if !is_title_word(title) {
            continue;
        }
        let last_bare = last.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"']);
        let last_bare = last_bare.strip_suffix("'s").unwrap_or(last_bare);
        let runs_on = last_bare.len() == last.len()
            && words.get(l + 1).is_some_and(|(_, w)| w.starts_with(|c: char| c.is_uppercase()));
        let place = |w: &str| crate::extract::places::by_alias(w).is_some();
        let name = format!("{first} {last_bare}");
        if !is_name_word(last_bare) || runs_on || place(first) || place(last_bare) || place(&name) {
            continue;
        }
        let mut j = i;
        while j > 0 && i - j < 3 {
            let w = words[j - 1].1;
            let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
            let belongs = !ends_in_stop(w)
                && (is_role_word(w)
                    || is_org_word(w)
                    || (w.starts_with(char::is_uppercase)
                        && !CLAUSE_OPENERS.contains(&w)
                        && (is_name_word(w) || acronym)));
            if !belongs {
                break;
            }
            j -= 1;
        }
        // "the housing minister, Jo Bloggs,": the post's words after the determiner are its own.
        if apposed.is_some() && j == i {
            if let Some(d) = words[i.saturating_sub(3)..i].iter().rposition(|&(_, w)| is_determiner(w)) {
                let from = i.saturating_sub(3) + d + 1;
                let plain = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
                if words[from..i].iter().all(|&(_, w)| plain(w)) {
                    j = from;
                }
            }
        }
        let end = last_at + last_bare.len();
        if let Some(words_text) = text.get(words[j].0..end) {
            found.push((words[j].0, words[i + 1].0, words_text.to_string()));
        }
    }
    found
}

/// "Labour MP for Stockport Jo Bloggs has written to …", "the SNP MSP for Glasgow Kelvin Ann
/// Reid": a member named after the seat they hold, which runs from the member's letters and
/// "for" to the name. The title takes in the capitalised words before the letters that do not
/// open a clause (the party's). Byte offsets of the words and of the name, and the words.
fn seated_members(text: &str) -> Vec<(usize, usize, String)> {
    use crate::extract::quotes::names::{is_members_letters, is_name_word, words_with_offsets};
    use crate::extract::quotes::speaker::{member_after_seat, SEAT_JOINING_WORDS};
    if !text.contains(" for ") {
        return Vec::new();
    }
    let words = words_with_offsets(text);
    let tokens: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    let name_word = |w: &str| is_name_word(w.trim_end_matches(TITLE_STOPS));
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(4) {
        if tokens[i + 1] != "for" || !is_members_letters(tokens[i]) {
            continue;
        }
        // The seat and the name: name words and the small words of a seat's name, to a stop.
        let mut end = i + 2;
        while end < tokens.len() && (name_word(tokens[end]) || SEAT_JOINING_WORDS.contains(&tokens[end])) {
            end += 1;
            if tokens[end - 1].ends_with(TITLE_STOPS) {
                break;
            }
        }
        let run_start = (i + 2..end).rev().take_while(|&k| name_word(tokens[k])).last().unwrap_or(end);
        let Some(name_start) = member_after_seat(&tokens, run_start, end) else { continue };
        let mut first = i;
        while first > 0
            && i - first < 3
            && !tokens[first - 1].ends_with(TITLE_STOPS)
            && tokens[first - 1].starts_with(char::is_uppercase)
            && !opens_before_seat(tokens[first - 1])
        {
            first -= 1;
        }
        let last = tokens[end - 1].trim_end_matches(TITLE_STOPS);
        if let Some(words_text) = text.get(words[first].0..words[end - 1].0 + last.len()) {
            found.push((words[first].0, words[name_start].0, words_text.to_string()));
        }
    }
    found
}

/// Capitalised words that open a sentence or a clause ("Yesterday", "However", "Its"), not
/// a name or a party's: a title never takes them in.
const CLAUSE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "Now",
    "Then",
    "Today",
    "Yesterday",
    "Last",
    "Earlier",
    "Later",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "When",
    "Where",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "Speaking",
    "Asked",
];

/// Capitalised words before a member's letters that are no party's name: those opening a
/// clause ([`CLAUSE_OPENERS`]: "Yesterday Labour MP for …", "The Labour MP for …") and
/// words describing the member ("Local", "Former").
fn opens_before_seat(word: &str) -> bool {
    CLAUSE_OPENERS.contains(&word) || matches!(word, "Local" | "Former")
}

/// A word that opens a noun phrase: an article or a possessive ("the", "its", "the
/// county's"). A post set off before a name is one only in such a phrase ("the minister,
/// Jo Bloggs,").
fn is_determiner(word: &str) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this"];
    DETERMINERS.contains(&word.to_lowercase().as_str()) || word.ends_with("'s") || word.ends_with("’s")
}

/// Marks ending a word that [`job_titled_names`] takes for no title: "the manager, Jo Bloggs",
/// unless the name is a known first name's and a comma closes it ("the manager, Jo Bloggs,").
/// A full stop ends an abbreviated title too ("Cllr. Jo Bloggs").
const TITLE_STOPS: [char; 10] = [',', '.', ';', ':', '!', '?', '"', '\'', ')', '('];

/// Whether `text` may hold what [`job_titled_names`] reads: a word it takes for a title
/// ([`crate::extract::quotes::names::is_title_word`]) and, after the spaces that end it, a word opening on an
/// ASCII capital. Most paragraphs hold none: a walk over the capitals that open a word, asking
/// about the one word before each as the reading asks, rules them out before they are split
/// into words and every word is classed. A capital after a letter, digit or mark is passed over
/// with one comparison, and only a capital opening a word costs a lookup.
fn may_hold_job_title(text: &str) -> bool {
    // A word ending in a stop is no title, but for an abbreviation's full stop ("Cllr. Jo
    // Bloggs"), which the reading drops.
    // A comma may end a title a name is set off after ("the minister, Julian Marsh, …").
    let title = |w: &str| match w.strip_suffix('.').or_else(|| w.strip_suffix(',')) {
        Some(abbr) => crate::extract::quotes::names::is_title_word(abbr),
        None => !w.ends_with(TITLE_STOPS) && crate::extract::quotes::names::is_title_word(w),
    };
    let bytes = text.as_bytes();
    for (at, pair) in bytes.windows(2).enumerate() {
        let [before, capital] = *pair else { continue };
        if !capital.is_ascii_uppercase() {
            continue;
        }
        // The capital is ASCII, so the text up to it ends on a char boundary.
        let Some(head) = text.get(..at + 1) else { continue };
        let opens_word = if before.is_ascii() {
            char::from(before).is_whitespace()
        } else {
            head.chars().next_back().is_some_and(char::is_whitespace)
        };
        if !opens_word {
            continue;
        }
        // `split_whitespace` and `trim_end` both split on Unicode white space.
        let word = head.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        if !word.is_empty() && title(word) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_title_gate_lets_through_every_title_word_the_reading_knows() {
        use crate::extract::quotes::names::{is_title_word, listed_title_words};
        let trades = ["journalist", "pharmacist", "paediatrician", "electrician", "spokespeople"];
        let words = listed_title_words();
        assert!(words.len() > 100, "the listed title words: {}", words.len());
        for word in words.iter().copied().chain(trades) {
            let capitalised = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
            for form in [word.to_string(), capitalised, word.to_uppercase()] {
                for shape in [
                    "{} Jo Bloggs said",
                    "The pub's {} Jo Bloggs.",
                    "“{} Jo Bloggs",
                    "{}. Jo Bloggs",
                    "x {}\u{a0}Jo Bloggs",
                    "the {}, Jo Bloggs, said",
                ] {
                    let text = shape.replace("{}", &form);
                    let found = !job_titled_names(&text).is_empty();
                    // A title word as printed, with a capital after it, must let the text through.
                    let printed = text.split_whitespace().find(|w| w.contains(form.as_str())).unwrap_or("");
                    let plain = !shape.contains('.') && is_title_word(printed);
                    assert!(may_hold_job_title(&text) || !(found || plain), "{text}: the reading found {found}");
                }
            }
        }
    }

    #[test]
    fn the_job_title_gate_shuts_on_text_with_no_title_before_a_capital() {
        for text in [
            "Police recorded 512 offences in the first year, up from 379 in 2019.",
            "The first Sunday of the list was quiet, and the officer left.",
            "Officers made 87 arrests; in the end, Jo Bloggs was not among them.",
            "",
        ] {
            assert!(!may_hold_job_title(text), "{text}");
        }
        assert!(may_hold_job_title("Figures from the force's chief constable Jo Bloggs."));
        // A name set off by commas after the post may be the one holding it.
        assert!(may_hold_job_title("Officers made 87 arrests; the manager, Jo Bloggs, was not among them."));
    }

    #[test]
    fn a_name_after_an_honorific_and_initials_is_a_person_named() {
        let names = |text: &str| titled_names(text).into_iter().map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(names("The chair thanked Mrs K. Abbott for the flowers."), ["Mrs K. Abbott"]);
        assert_eq!(names("Dr R J Fenwick opened the clinic."), ["Dr R J Fenwick"]);
        assert_eq!(names("Mr Tom Abbott opened the clinic."), ["Mr Tom Abbott"]);
    }

    #[test]
    fn a_name_after_a_job_title_is_a_person_named() {
        let names = |text: &str| titled_names(text).into_iter().map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(
            names("The plan went to committee, where council leader Aileen Moss defended it."),
            ["council leader Aileen Moss"]
        );
        assert_eq!(
            names("Conservative group leader Tom Reed called it reckless."),
            ["Conservative group leader Tom Reed"]
        );
        assert_eq!(names("Councillor Sarah Bloggs welcomed the report."), ["Councillor Sarah Bloggs"]);
        assert_eq!(names("Headteacher Mark Jones showed them round."), ["Headteacher Mark Jones"]);
        assert_eq!(
            names("It was backed by Cllr. Dafydd Rhys-Morgan, who chairs the panel."),
            ["Cllr. Dafydd Rhys-Morgan"]
        );
        // A name set off by commas after the post, the apposition closed: the post keeps its
        // words after the determiner.
        assert_eq!(names("I asked the health minister, Julia Hart, about it."), ["health minister, Julia Hart"]);
        assert_eq!(names("It fell to the chair, Owen Price, to explain."), ["chair, Owen Price"]);
        assert_eq!(names("I asked the health minister, Julia Hart and others."), Vec::<String>::new());
        // A rank the pattern reads is named once, from its first word.
        assert_eq!(names("Chief Superintendent Derek Hale told councillors."), ["Chief Superintendent Derek Hale"]);
        // Not a person: an organisation, a place, a name running on into a body's name.
        for text in [
            "The chair of Police Scotland spoke.",
            "She is chief executive Social Care Wales.",
            "Ask the leader Fife Council appointed.",
            "The director General Medical Council named.",
            "The leader said so.",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }
}
