//! Behaviour of the whole extractor on paragraphs written in many house styles.
//!
//! Each file checks one behaviour; the helpers they share, which build an article and read
//! its quotes, are here.

mod after_the_speaker;
mod attributions;
mod calls_to_the_outlet;
mod charities;
mod clause_objects;
mod councils;
mod court_titles;
mod dash_signatures;
mod described_relatives;
mod described_speakers;
mod family_compounds;
mod first_name_epithets;
mod former_roles;
mod governments_asked;
mod home_places;
mod initialled_names;
mod interview_endings;
mod interviews;
mod introductions;
mod letter_writers;
mod lone_first_name_speakers;
mod members_for_seats;
mod message_headers;
mod named_later;
mod names_with_of;
mod non_police_officers;
mod offices_named_again;
mod org_names;
mod organisations;
mod partitive_speakers;
mod peers;
mod people_from_bodies;
mod place_lists;
mod present_tense;
mod pronoun_rivals;
mod pronouns;
mod pseudonyms;
mod quote_spans;
mod relative_clause_asides;
mod reports_quoted;
mod robustness;
mod role_clauses;
mod role_heads;
mod sections;
mod speaker_names;
mod speaker_roles;
mod telling_pronouns;
mod titles_and_letters;
mod titles_before_courtesy_names;
mod transcripts;
mod welsh_pronouns;
mod writers_questions;

use super::reported::{next_sentence_start, Covered};
use super::*;
use crate::model::{Article, Role};

/// An article of body paragraphs, `norm` mapped from `text` as ingest does.
pub(super) fn article(lines: &[&str]) -> Article {
    article_with_roles(&lines.iter().map(|l| (*l, Role::Body)).collect::<Vec<_>>())
}

pub(super) fn article_with_roles(lines: &[(&str, Role)]) -> Article {
    Article::from_lines(lines)
}

/// (speaker, text) of every quote.
fn said(lines: &[&str]) -> Vec<(String, String)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn quotes_of(lines: &[&str]) -> Vec<Quote> {
    extract_quotes(&article(lines))
}

const NONE: &[(&str, &str)] = &[];

/// (speaker, organisation) of every quote.
fn speakers_and_orgs(lines: &[&str]) -> Vec<(String, Option<String>)> {
    extract_quotes(&article(lines)).into_iter().map(|q| (q.speaker, q.organisation)).collect()
}

/// Speaker and words of every quote in an article of paragraphs with the roles given.
fn said_in(lines: &[(&str, Role)]) -> Vec<(String, String)> {
    extract_quotes(&article_with_roles(lines)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

/// (speaker, organisation) of every quote.
fn orgs_of(lines: &[&str]) -> Vec<(String, Option<String>)> {
    quotes_of(lines).into_iter().map(|q| (q.speaker, q.organisation)).collect()
}

fn owned(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected.iter().map(|(s, o)| (s.to_string(), o.map(str::to_string))).collect()
}

/// The quotes of a page read through ingest, as the binary reads a file named `name`.
fn quotes_in_file(name: &str, text: &str) -> Vec<Quote> {
    // One folder a call: tests run in parallel and may give the same file name.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("factdesk-quotes-{}-{call}-{name}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let _ = std::fs::write(&path, text);
    let read = crate::ingest::read_file(&path, crate::ingest::Limits::default()).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    let article = crate::ingest::parse_article(name, &path, &read, &crate::ingest::catalogue::Catalogue::default());
    extract_quotes(&article)
}

/// (speaker, text) of every quote of a page read through ingest.
fn said_in_file(name: &str, text: &str) -> Vec<(String, String)> {
    quotes_in_file(name, text).into_iter().map(|q| (q.speaker, q.text)).collect()
}

/// (speaker, text) of every quote of an article with a title.
fn said_titled(title: &str, lines: &[&str]) -> Vec<(String, String)> {
    let mut a = article(lines);
    a.title = Some(title.to_string());
    extract_quotes(&a).into_iter().map(|q| (q.speaker, q.text)).collect()
}
