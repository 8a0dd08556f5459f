//! Properties that hold for any input: ingest, extraction and query parsing never panic,
//! figure spans stay inside their sentences, and every question gets an answer.
//!
//! `PROPTEST_CASES=200000 cargo test --release --test properties` is the long run recorded in
//! docs/reliability.md; failures found are kept in proptest-regressions/ and replayed first.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use factdesk::ingest::{self, catalogue::Catalogue};
use factdesk::AnswerEngine;
use proptest::prelude::*;

/// Pieces of news copy: numbers in every spelling, places, periods, quote marks, traps.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Cleveland Police recorded ".to_string()),
        Just("the previous 12 months".to_string()),
        Just("a year later".to_string()),
        Just(" per cent".to_string()),
        Just("%".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just(" said: ".to_string()),
        Just("A spokesperson said".to_string()),
        Just(", up from ".to_string()),
        Just("respectively".to_string()),
        Just("0808 800 5000".to_string()),
        Just("£3m".to_string()),
        Just("\n\n".to_string()),
        Just(" – ".to_string()),
        Just("Picture: ".to_string()),
        Just("nine".to_string()),
        Just("under-18s".to_string()),
        (1u32..100_000).prop_map(|n| n.to_string()),
        (1u32..100_000).prop_map(|n| format!("{n},{:03}", n % 1000)),
        (2000u16..2030).prop_map(|y| format!("{y}/{:02}", (y + 1) % 100)),
        (2000u16..2030).prop_map(|y| format!("{y}-{}", y + 1)),
        "[A-Za-z ]{1,12}",
        "\\PC{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn extract_checked(text: &str) {
    let article = ingest::parse_article("p.txt", Path::new("p.txt"), text, &Catalogue::default());
    for p in &article.paragraphs {
        assert_eq!(p.text.chars().count(), p.norm.chars().count(), "normalised text keeps one char for one char");
    }
    let found = factdesk::extract::extract(&article);
    for f in &found.figures {
        assert!(f.sentence.get(f.span.clone()).is_some(), "span {:?} lies inside {:?}", f.span, f.sentence);
        assert!(f.value.is_finite());
        assert!(article.paragraphs.iter().any(|p| p.index == f.paragraph));
    }
    for q in &found.quotes {
        assert!(!q.text.trim().is_empty());
        assert!(q.paragraphs.iter().all(|i| *i < article.paragraphs.len()));
    }
}

fn engine() -> &'static AnswerEngine {
    static ENGINE: OnceLock<(common::Workspace, AnswerEngine)> = OnceLock::new();
    let (_, e) = ENGINE.get_or_init(|| {
        let ws = common::Workspace::with_shipped_articles();
        let e = common::engine(&ws);
        (ws, e)
    });
    e
}

proptest! {
    #[test]
    fn extraction_never_panics_and_spans_stay_inside_sentences(text in newsy()) {
        extract_checked(&text);
    }

    #[test]
    fn extraction_survives_arbitrary_text(text in "\\PC{0,400}") {
        extract_checked(&text);
    }

    #[test]
    fn ingest_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(text) = ingest::read_file(&path, ingest::Limits::default()) {
            extract_checked(&text);
        }
    }

    #[test]
    fn every_question_gets_an_answer(line in prop_oneof![
        "/(force|search|quote|help|sources|article|national|trend|compare|ask) \\PC{0,80}",
        "/search [\"():*^~+\\-\\[\\]{}!AND OR NOT a-z]{0,40}",
        "\\PC{0,120}",
    ]) {
        let answer = engine().ask(&line);
        prop_assert!(answer.is_ok(), "{line:?}: {:?}", answer.err());
    }

    #[test]
    fn query_parsing_never_panics(line in "\\PC{0,1000}") {
        let _ = factdesk::query::parse(&line);
    }
}
