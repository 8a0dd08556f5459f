//! Plain questions to typed queries, by rules (no outside service): "how many online offences
//! did Durham record in 2016/17?" is `/force Durham 2016/17 online`; "what did the NSPCC say
//! about Lancashire?" is the NSPCC's quotes about Lancashire; "compare Durham and Cleveland",
//! "trend in Cleveland", "national figures for 2019/20". Anything else searches the articles.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::places::{self, Place, Scope};
use crate::model::Measure;
use crate::query::{self, Query};

/// "what did X say about Y", "what has X said on Y", "quotes from X about Y".
static SAID: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:what\s+(?:did|does|do|has|have)\s+(?P<who>.+?)\s+(?:say|said|tell|told)|quotes?\s+(?:from|by)\s+(?P<who2>.+?))(?:\s+(?:about|on|of|regarding)\s+(?P<about>.+?))?[\s?.!]*$",
    )
    .ok()
});

/// "who is X?": what is known of a person is what they said, with their role.
static WHO_IS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*who\s+(?:is|was|'s)\s+(?P<who>.+?)[\s?.!]*$").ok());

/// Words that, said of forces, ask for them ranked ("which force had the most", "the top
/// forces").
const SUPERLATIVES: &[&str] = &["most", "highest", "lowest", "fewest", "least", "worst", "best", "biggest", "top"];

/// The query a plain question stands for.
pub fn route(question: &str) -> Query {
    let text = query::clean_input(question);
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || ",?!;:".contains(c)).filter(|w| !w.is_empty()).collect();
    let year = words.iter().map(|w| w.trim_end_matches('.')).find_map(query::parse_year);
    let measure = measure_in(&lower, &words);
    let found = places_in(&text);
    let forces: Vec<&'static Place> = found.iter().copied().filter(|p| p.scope != Scope::National).collect();
    let national = found.iter().any(|p| p.scope == Scope::National) || words.contains(&"national");

    if let Some(said) = SAID.as_ref().and_then(|r| r.captures(&text)) {
        let who = said.name("who").or_else(|| said.name("who2")).map_or("", |m| m.as_str());
        let who = who.trim().trim_start_matches("the ").trim_start_matches("The ").to_string();
        let about = said.name("about").map(|m| places_in(m.as_str())).unwrap_or_default();
        return match about.iter().find(|p| p.scope != Scope::National) {
            Some(place) if !who.is_empty() => Query::QuoteAbout { who, place: place.name.to_string() },
            _ if !who.is_empty() => Query::Quote { who },
            _ => Query::Search { text },
        };
    }
    if let Some(who) = WHO_IS.as_ref().and_then(|r| r.captures(&text)).and_then(|c| c.name("who")) {
        let who = who.as_str().trim();
        if !who.is_empty() && places_in(who).is_empty() {
            return Query::Quote { who: who.to_string() };
        }
    }
    let has = |w: &str| words.contains(&w);
    let ranking = ["rank", "ranked", "ranking", "rankings"].iter().any(|w| has(w))
        || lower.contains("league table")
        || (SUPERLATIVES.iter().any(|w| has(w)) && (has("force") || has("forces")));
    let comparing = has("compare") || has("vs") || has("versus") || has("between") || lower.contains("compared");
    if comparing && forces.len() >= 2 {
        return Query::Compare { names: forces.iter().map(|p| p.name.to_string()).collect(), year, measure };
    }
    if has("trend") || has("trends") || lower.contains("over time") || lower.contains("over the years") {
        if let Some(place) = forces.first() {
            return Query::Trend { name: place.name.to_string(), measure };
        }
    }
    match forces.first() {
        Some(place) => Query::Force { name: place.name.to_string(), year, measure },
        None if national || ranking => Query::National { year, measure },
        None => Query::Search { text },
    }
}

/// Which figures a question is about, if it says.
fn measure_in(lower: &str, words: &[&str]) -> Option<Measure> {
    if words
        .iter()
        .any(|w| matches!(*w, "online" | "internet" | "cyber" | "web" | "cyber-related" | "internet-related"))
    {
        Some(Measure::Online)
    } else if lower.contains("all sexual") || lower.contains("all sex") || lower.contains("all offences") {
        Some(Measure::All)
    } else {
        None
    }
}

/// The places a question names, in order: as the gazetteer finds them in text, and, when it
/// finds none (a question typed all in lower case), names and aliases matched word by word.
fn places_in(text: &str) -> Vec<&'static Place> {
    let mut found: Vec<&'static Place> = Vec::new();
    // A question naming a London borough asks about the borough.
    let mut mentions = places::mentions(text);
    mentions.extend(places::borough_mentions(text).into_iter().map(|(m, _)| m));
    mentions.sort_by_key(|m| m.range.start);
    for mention in mentions {
        if !found.contains(&mention.place) {
            found.push(mention.place);
        }
    }
    if found.iter().any(|p| p.scope != Scope::National) {
        return found;
    }
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || ",?!;:.".contains(c)).filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < words.len() {
        // Short words are left to the case-aware gazetteer ("the Met", not "they met").
        let known = (i + 1..=words.len().min(i + 6)).rev().find_map(|j| {
            let phrase = words[i..j].join(" ");
            let place = places::by_alias(&phrase)?;
            (phrase.len() > 3).then_some((j, place))
        });
        match known {
            Some((j, place)) => {
                if !found.contains(&place) {
                    found.push(place);
                }
                i = j;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Period;
    use crate::query::YearAsked;

    fn year(y: u16) -> Option<YearAsked> {
        Some(YearAsked::financial_year(Period::starting(y)))
    }

    #[test]
    fn how_many_asks_for_one_forces_figures() {
        assert_eq!(
            route("how many online offences did Durham record in 2016/17?"),
            Query::Force { name: "Durham Constabulary".into(), year: year(2016), measure: Some(Measure::Online) }
        );
        assert_eq!(
            route("how many offences in cleveland?"),
            Query::Force { name: "Cleveland Police".into(), year: None, measure: None }
        );
    }

    #[test]
    fn a_question_about_a_london_borough_asks_about_the_borough() {
        assert_eq!(
            route("how many offences were recorded in Lewisham in 2022/23?"),
            Query::Force { name: "Lewisham".into(), year: year(2022), measure: None }
        );
    }

    #[test]
    fn what_did_someone_say_about_a_place_asks_for_their_quotes_about_it() {
        assert_eq!(
            route("what did the NSPCC say about Lancashire?"),
            Query::QuoteAbout { who: "NSPCC".into(), place: "Lancashire Constabulary".into() }
        );
        assert_eq!(route("What has Peter Wanless said?"), Query::Quote { who: "Peter Wanless".into() });
    }

    #[test]
    fn compare_trend_and_national_questions_are_routed_to_their_commands() {
        assert_eq!(
            route("compare Durham and Cleveland"),
            Query::Compare {
                names: vec!["Durham Constabulary".into(), "Cleveland Police".into()],
                year: None,
                measure: None
            }
        );
        assert_eq!(route("trend in Cleveland"), Query::Trend { name: "Cleveland Police".into(), measure: None });
        assert_eq!(route("national figures for 2019/20"), Query::National { year: year(2019), measure: None });
        assert_eq!(route("they met about grooming"), Query::Search { text: "they met about grooming".into() });
    }

    #[test]
    fn which_force_had_the_most_asks_for_the_forces_ranked() {
        assert_eq!(
            route("Which force recorded the most online offences in 2018/19?"),
            Query::National { year: year(2018), measure: Some(Measure::Online) }
        );
        assert_eq!(route("top forces for grooming"), Query::National { year: None, measure: None });
        assert_eq!(route("the most shocking case"), Query::Search { text: "the most shocking case".into() });
    }

    #[test]
    fn a_bare_year_in_a_question_asks_for_the_calendar_year_too() {
        assert_eq!(
            route("how many people died on Cleveland roads in 2024?"),
            Query::Force { name: "Cleveland Police".into(), year: Some(YearAsked::bare(2024)), measure: None }
        );
    }

    #[test]
    fn who_is_someone_asks_for_what_they_said() {
        assert_eq!(route("Who is Vera Baird?"), Query::Quote { who: "Vera Baird".into() });
        // A place is no person: "who is Durham's chief constable" is a question about Durham.
        assert!(matches!(route("who is Durham's chief constable?"), Query::Force { .. }));
    }
}
