//! Every attributed quote of the shipped articles, one line each, kept as a snapshot that a
//! person has read line by line: a quote given to the wrong speaker shows up as a diff.

mod common;

use std::fmt::Write;

use factdesk::ingest::{self, Limits};

#[test]
fn every_quote_in_the_shipped_articles_has_the_right_speaker() {
    let corpus = ingest::load_dir(&common::shipped_articles(), Limits::default()).expect("the shipped articles load");
    let mut listing = String::new();
    for article in &corpus.articles {
        for q in factdesk::extract::extract(article).quotes {
            let words: String = q.text.chars().take(90).collect();
            let _ = writeln!(
                listing,
                "{} ¶{:?} | {} | {} | {} | {}…",
                article.source_name(),
                q.paragraphs,
                q.speaker,
                q.role.as_deref().unwrap_or("-"),
                q.organisation.as_deref().unwrap_or("-"),
                words
            );
        }
    }
    insta::assert_snapshot!(listing);
}
