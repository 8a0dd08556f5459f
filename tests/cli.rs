//! The terminal adapter, driven as a user drives it.

mod common;

use common::{ask, stderr_of, Workspace};
use predicates::prelude::*;

#[test]
fn force_cleveland_prints_both_online_counts_with_their_article_and_a_quote() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/force Cleveland");
    assert!(out.starts_with("Cleveland Police"), "{out}");
    let online = out.split("All sexual offences").next().unwrap_or_default();
    assert!(online.contains("145") && online.contains("2016/17"), "{out}");
    assert!(online.contains("55") && online.contains("2015/16"), "{out}");
    assert!(out.contains("002_9c503e2b58aca6c8.txt"), "the source article is named: {out}");
    assert!(out.contains("Quotes") && out.contains('“'), "a quote is shown: {out}");
}

#[test]
fn force_names_resolve_whatever_their_case_form_or_spelling() {
    let ws = Workspace::with_shipped_articles();
    for typed in ["/force cleveland", "/force Cleveland Police", "/force clevland"] {
        let out = ask(&ws, typed);
        assert!(out.starts_with("Cleveland Police"), "{typed}: {out}");
    }
}

#[test]
fn an_unknown_force_is_explained_with_the_closest_names() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk()
        .args(["ask", "/force Atlantis"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No force matches 'Atlantis'").and(predicate::str::contains("Closest names")));
}

#[test]
fn search_with_broken_syntax_falls_back_to_plain_words() {
    let ws = Workspace::with_shipped_articles();
    let out = ask(&ws, "/search \"unbalanced");
    assert!(out.contains("passages match"), "{out}");
    let out = ask(&ws, "/search grooming AND");
    assert!(out.contains("**grooming**"), "{out}");
}

#[test]
fn answers_come_as_json_on_request() {
    let ws = Workspace::with_shipped_articles();
    let out = ws.factdesk().args(["ask", "/force Durham", "--json"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["answer"], "force");
    assert_eq!(json["place"], "Durham Constabulary");
}

#[test]
fn bad_files_are_named_with_their_reason_and_every_article_still_indexes() {
    let ws = Workspace::with_shipped_articles();
    ws.write("broken/binary.txt", [0u8, 159, 146, 150, 0, 1, 2]);
    ws.write("latin1.txt", b"Caf\xe9 cr\xe8me: police recorded 12 offences.");
    ws.write("empty.md", "");
    ws.write("photo.png", [137u8, 80, 78, 71]);

    let out = ws.factdesk().args(["extract", "--json"]).arg(ws.data()).output().unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(5), "all five articles are extracted");
    let err = stderr_of(&out);
    for (file, reason) in
        [("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("empty.md", "empty"), ("photo.png", "not an article")]
    {
        assert!(err.lines().any(|l| l.contains(file) && l.contains(reason)), "{file}: {reason} in {err}");
    }

    let out = ws.factdesk().arg("index").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("indexed 5 articles"));
    assert!(stderr_of(&out).contains("binary.txt"));
}

#[test]
fn an_unchanged_data_folder_reuses_the_index_and_a_changed_file_rebuilds_it() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("indexed 5 articles"));
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("up to date"));

    ws.write("new.txt", "Kent Police recorded 321 online child sex offences in 2019/20.");
    ws.factdesk().arg("index").assert().success().stdout(predicate::str::contains("1 articles re-indexed"));
    let out = ask(&ws, "/force Kent");
    assert!(out.contains("321"), "the new article answers: {out}");

    ws.write("new.txt", "Kent Police recorded 654 online child sex offences in 2019/20.");
    assert!(ask(&ws, "/force Kent").contains("654"), "an edited article answers at once");
    std::fs::remove_file(ws.data().join("new.txt")).unwrap();
    let out = ask(&ws, "/force Kent");
    assert!(!out.contains("654") && !out.contains("321"), "a removed article is gone: {out}");

    ws.factdesk().args(["index", "--force"]).assert().success().stdout(predicate::str::contains("indexed 5 articles"));
}

#[test]
fn the_console_answers_each_line_and_ends_with_its_input() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk()
        .write_stdin("/help\n/force Durham\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("/force <name>").and(predicate::str::contains("Durham Constabulary")));
}

#[test]
fn check_says_what_would_be_indexed() {
    let ws = Workspace::with_shipped_articles();
    ws.write("empty.txt", "   ");
    ws.factdesk()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("would index:   5 articles").and(predicate::str::contains("empty.txt")));
}

#[test]
fn a_missing_data_folder_is_a_clear_error() {
    let ws = Workspace::empty();
    std::fs::remove_dir(ws.data()).unwrap();
    let out = ws.factdesk().args(["ask", "/help"]).output().unwrap();
    assert!(!out.status.success());
    let err = stderr_of(&out);
    assert!(err.contains(&*ws.data().to_string_lossy()) && err.contains("does not exist"), "{err}");
}
