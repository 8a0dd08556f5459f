//! The answer engine, asked directly: what each command returns from the shipped articles.

mod common;

use common::{engine, Workspace};
use factdesk::answer::Answer;
use factdesk::model::{Kind, Measure, Period};

fn force(answer: Answer) -> factdesk::answer::ForceAnswer {
    match answer {
        Answer::Force(f) => f,
        other => panic!("expected a force answer, got {other:?}"),
    }
}

#[test]
fn force_groups_figures_by_measure_then_latest_period_first() {
    let ws = Workspace::with_shipped_articles();
    let answer = force(engine(&ws).ask("/force Cleveland").unwrap());
    assert_eq!(answer.place, "Cleveland Police");
    let order: Vec<(Measure, Option<Period>)> = answer.groups.iter().map(|g| (g.measure, g.period)).collect();
    let mut sorted = order.clone();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    assert_eq!(order, sorted);
    let online_2016 = answer
        .groups
        .iter()
        .find(|g| g.measure == Measure::Online && g.period == Some(Period::starting(2016)))
        .expect("online figures for 2016/17");
    assert!(online_2016.figures.iter().any(|h| h.figure.value == 145.0 && h.figure.kind == Kind::Count));
}

#[test]
fn online_and_all_offence_measures_are_never_mixed() {
    let ws = Workspace::with_shipped_articles();
    let answer = force(engine(&ws).ask("/force Cleveland").unwrap());
    for group in &answer.groups {
        for hit in &group.figures {
            assert_eq!(hit.figure.measure, group.measure);
        }
    }
    let all = answer.groups.iter().filter(|g| g.measure == Measure::All).flat_map(|g| &g.figures);
    assert!(all.clone().any(|h| h.figure.value == 820.0), "820 is all sexual offences");
    assert!(!all.clone().any(|h| h.figure.value == 145.0), "145 is online only");
}

#[test]
fn force_filters_by_year_and_measure() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    let answer = force(e.ask("/force Cleveland 2015/16 all").unwrap());
    assert!(!answer.groups.is_empty());
    assert!(answer.groups.iter().all(|g| g.period == Some(Period::starting(2015)) && g.measure == Measure::All));
}

#[test]
fn unknown_places_suggest_the_nearest_names() {
    let ws = Workspace::with_shipped_articles();
    match engine(&ws).ask("/force Durhum Constabullary").unwrap() {
        Answer::Force(f) => assert_eq!(f.place, "Durham Constabulary"),
        other => panic!("a misspelt force still resolves: {other:?}"),
    }
    match engine(&ws).ask("/force Narnia").unwrap() {
        Answer::NoSuchPlace { suggestions, .. } => assert!(!suggestions.is_empty()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn search_marks_the_matched_words_in_each_snippet() {
    let ws = Workspace::with_shipped_articles();
    let Answer::Search(found) = engine(&ws).ask("/search grooming").unwrap() else { panic!("a search answer") };
    assert!(!found.hits.is_empty());
    for hit in &found.hits {
        assert!(!hit.highlights.is_empty());
        for r in &hit.highlights {
            assert_eq!(hit.text[r.clone()].to_lowercase(), "grooming");
        }
    }
}

#[test]
fn hostile_searches_get_answers_not_errors() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    for q in ["/search \"unbalanced", "/search field:[a TO", "/search ((((", "/search 🚓🚓", "/search AND OR NOT", "/search \u{0}\u{7}"] {
        assert!(e.ask(q).is_ok(), "{q}");
    }
    let long = format!("/search {}", "x".repeat(10_000));
    assert!(matches!(e.ask(&long), Ok(Answer::Invalid { .. })));
}

#[test]
fn quotes_are_found_by_speaker_surname_and_organisation() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    for (asked, speaker) in [("/quote Wanless", "Wanless"), ("/quote Carter", "Carter"), ("/quote NSPCC", "")] {
        let Answer::Quotes(found) = e.ask(asked).unwrap() else { panic!("a quote answer") };
        assert!(!found.quotes.is_empty(), "{asked}");
        assert!(found.quotes[0].quote.speaker.contains(speaker), "{asked}: {:?}", found.quotes[0].quote);
    }
}

#[test]
fn speaker_names_autocomplete_from_a_prefix() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    assert_eq!(e.complete_speaker("wan", 25).first().map(String::as_str), Some("Peter Wanless"));
    assert!(e.complete_speaker("", 25).len() <= 25);
    assert_eq!(e.complete_place("clev", 25).first().copied(), Some("Cleveland Police"));
}
