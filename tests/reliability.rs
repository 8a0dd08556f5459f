//! Nothing is lost: interrupted builds, changes while serving, the same data indexed twice.

mod common;

use std::time::{Duration, Instant};

use common::{ask, engine, Workspace};
use factdesk::answer::Answer;
use factdesk::search::store::Store;

/// Waits until `done` holds, for at most `limit`.
fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    done()
}

fn building_dirs(ws: &Workspace) -> Vec<String> {
    std::fs::read_dir(ws.index())
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("building-"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_rebuild_killed_midway_leaves_the_previous_index_serving_and_the_next_run_completes_it() {
    let ws = Workspace::with_shipped_articles();
    ws.factdesk().arg("index").assert().success();
    let before = Store::new(ws.index()).current().expect("a live generation");

    // Enough new articles to force a full rebuild, not an update in place.
    ws.factdesk()
        .args(["gen-corpus", "--articles", "1500", "--seed", "3"])
        .arg(ws.data().join("generated"))
        .assert()
        .success();
    let mut child = ws.process().arg("index").spawn().expect("factdesk index starts");
    assert!(eventually(Duration::from_secs(20), || !building_dirs(&ws).is_empty()), "the build started");
    child.kill().expect("SIGKILL");
    let _ = child.wait();

    assert_eq!(Store::new(ws.index()).current().as_deref(), Some(before.as_path()), "the old generation is still live");
    let old = tantivy::Index::open_in_dir(&before).expect("the old generation opens");
    assert!(old.reader().expect("a reader").searcher().num_docs() > 0);

    ws.factdesk().arg("index").assert().success().stdout(predicates::str::contains("indexed 1505 articles"));
    assert!(building_dirs(&ws).is_empty(), "the dead build's folder was cleaned up: {:?}", building_dirs(&ws));
    assert!(ask(&ws, "/force Cleveland").contains("145"));
}

#[test]
fn refreshing_the_engine_serves_added_changed_and_removed_articles() {
    let ws = Workspace::with_shipped_articles();
    let e = engine(&ws);
    let kent = |e: &factdesk::AnswerEngine| match e.ask("/force Kent").unwrap() {
        Answer::Force(f) => f.groups.iter().flat_map(|g| &g.figures).map(|h| h.figure.value).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert!(kent(&e).is_empty());
    ws.write("kent.txt", "Kent Police recorded 777 online child sex offences in 2019/20.");
    e.refresh(&|_, _| {}).unwrap();
    assert_eq!(kent(&e), [777.0]);
    ws.write("kent.txt", "Kent Police recorded 778 online child sex offences in 2019/20.");
    e.refresh(&|_, _| {}).unwrap();
    assert_eq!(kent(&e), [778.0]);
    std::fs::remove_file(ws.data().join("kent.txt")).unwrap();
    e.refresh(&|_, _| {}).unwrap();
    assert!(kent(&e).is_empty());
}

#[test]
fn the_data_folder_is_watched_while_serving_and_broken_files_are_skipped() {
    let ws = Workspace::with_shipped_articles();
    let e = std::sync::Arc::new(engine(&ws));
    let _watch = factdesk::watch::watch(e.clone(), &ws.data()).expect("watching starts");
    ws.write("broken.txt", [0u8, 1, 2, 3]);
    ws.write("sub/kent.txt", "Kent Police recorded 4242 online child sex offences in 2019/20.");
    let seen = eventually(
        Duration::from_secs(15),
        || matches!(e.ask("/force Kent"), Ok(Answer::Force(f)) if f.figure_count() == 1),
    );
    assert!(seen, "the new article is answered within seconds");
    assert!(
        matches!(e.ask("/force Cleveland"), Ok(Answer::Force(f)) if f.figure_count() > 0),
        "the rest still answers"
    );
}

#[test]
fn indexing_the_same_data_twice_gives_the_same_answers() {
    let ws = Workspace::with_shipped_articles();
    let first: Vec<String> = ["/force Cleveland", "/search grooming", "/quote NSPCC", "/force North East"]
        .iter()
        .map(|q| factdesk::render::json::answer(&engine(&ws).ask(q).unwrap()))
        .collect();
    ws.factdesk().args(["index", "--force"]).assert().success();
    let second: Vec<String> = ["/force Cleveland", "/search grooming", "/quote NSPCC", "/force North East"]
        .iter()
        .map(|q| factdesk::render::json::answer(&engine(&ws).ask(q).unwrap()))
        .collect();
    for (a, b) in first.iter().zip(&second) {
        let differs = a.lines().zip(b.lines()).enumerate().find(|(_, (x, y))| x != y);
        assert!(differs.is_none() && a.len() == b.len(), "answers differ at {differs:?}");
    }
}
