//! Behaviour of the whole extractor on paragraphs written in many house styles.

use std::path::PathBuf;

use super::*;
use crate::model::{Article, Paragraph, Role};

/// An article of body paragraphs, `norm` mapped from `text` as ingest does.
pub(super) fn article(lines: &[&str]) -> Article {
    article_with_roles(&lines.iter().map(|l| (*l, Role::Body)).collect::<Vec<_>>())
}

pub(super) fn article_with_roles(lines: &[(&str, Role)]) -> Article {
    let paragraphs = lines
        .iter()
        .enumerate()
        .map(|(index, (text, role))| Paragraph {
            index,
            text: text.to_string(),
            norm: text.chars().map(normalise_char).collect(),
            role: *role,
        })
        .collect();
    Article {
        id: "t".into(),
        path: PathBuf::from("t.txt"),
        title: None,
        outlet: None,
        date: None,
        url: None,
        paragraphs,
    }
}

/// (speaker, text) of every quote.
fn said(lines: &[&str]) -> Vec<(String, String)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn said_colon_introduces_a_quote() {
    assert_eq!(
        said(&["Andy Burrows, NSPCC head of child safety online policy, said: “These figures are stark.”"]),
        pairs(&[("Andy Burrows", "These figures are stark.")])
    );
    assert_eq!(
        said(&["POLIT Sergeant Kev Carter said:“This team deals with it.”"]),
        pairs(&[("Kev Carter", "This team deals with it.")])
    );
    assert_eq!(said(&["Jane Smith told the BBC: \"We were shocked.\""]), pairs(&[("Jane Smith", "We were shocked.")]));
}

#[test]
fn single_quote_house_style_is_read() {
    assert_eq!(
        said(&["'We are shocked by the children's figures,' said Jane Smith, of the Forces' Trust."]),
        pairs(&[("Jane Smith", "We are shocked by the children's figures")])
    );
    assert_eq!(said(&["'We don't know,' he said.", "x"]), Vec::<(String, String)>::new());
}

/// Prints the evaluation format for the `.txt` files of `$QUOTES_DIR` (a crude line
/// splitter stands in for ingest). Run with `--ignored --nocapture`.
#[test]
#[ignore]
fn dump_quotes_for_evaluation() {
    let Ok(dir) = std::env::var("QUOTES_DIR") else { return };
    let mut names: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    names.sort();
    let mut articles = Vec::new();
    for path in names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        let lines: Vec<(String, Role)> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
            .map(|(i, l)| {
                let role = if !seen.insert(l.to_string()) {
                    Role::Repeat
                } else if i == 0 && !l.ends_with('.') {
                    Role::Headline
                } else {
                    Role::Body
                };
                (l.to_string(), role)
            })
            .collect();
        let refs: Vec<(&str, Role)> = lines.iter().map(|(l, r)| (l.as_str(), *r)).collect();
        let mut a = article_with_roles(&refs);
        a.path = path.clone();
        let quotes = extract_quotes(&a);
        articles.push(serde_json::json!({"source": a.source_name(), "quotes": quotes}));
    }
    println!("JSON{}", serde_json::json!({ "articles": articles }));
}
