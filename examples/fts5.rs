//! The same corpus and lookups through SQLite FTS5, for `bench/side-by-side.sh`: what a
//! developer would otherwise reach for. Built with the bundled SQLite through rusqlite and
//! timed in-process, as `examples/latency.rs` times factdesk.
//!
//! ```sh
//! cargo run --release --features fts5-bench --example fts5 -- --corpus DIR --db FILE [--rounds 20]
//! ```
//!
//! Builds an FTS5 table of paragraphs (article id, paragraph text) in one transaction, then
//! times a force's name as a phrase (as `/force` finds its passages) and the `/search`
//! queries, each returning the top 10 by bm25 with a highlighted snippet. Prints one line of
//! JSON. It does no extraction: the build is plain full-text indexing.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use rusqlite::Connection;

#[path = "shared/queries.rs"]
mod queries;
use queries::{force_names, time_all, SEARCHES};

#[derive(Parser)]
struct Args {
    /// Folder of `.txt` articles (e.g. from `factdesk gen-corpus`)
    #[arg(long)]
    corpus: PathBuf,
    /// Database file to create (replaced if it exists)
    #[arg(long)]
    db: PathBuf,
    /// How many times every query is asked
    #[arg(long, default_value_t = 20)]
    rounds: usize,
}

/// Every `.txt` file below `dir`, sorted.
fn articles(dir: &std::path::Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "txt") {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// Builds the table; returns the bytes of text read.
fn build(db: &mut Connection, corpus: &std::path::Path) -> anyhow::Result<u64> {
    db.execute_batch("CREATE VIRTUAL TABLE para USING fts5(article UNINDEXED, body)")?;
    let tx = db.transaction()?;
    let mut bytes = 0;
    {
        let mut insert = tx.prepare("INSERT INTO para VALUES (?1, ?2)")?;
        for path in articles(corpus)? {
            let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
            bytes += text.len() as u64;
            let id = path.strip_prefix(corpus).unwrap_or(&path).to_string_lossy().into_owned();
            for para in text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
                insert.execute((&id, para))?;
            }
        }
    }
    tx.commit()?;
    Ok(bytes)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.db.exists() {
        std::fs::remove_file(&args.db).with_context(|| args.db.display().to_string())?;
    }
    let started = Instant::now();
    let mut db = Connection::open(&args.db)?;
    let bytes = build(&mut db, &args.corpus)?;
    let build_s = started.elapsed().as_secs_f64();

    let mut lookup = db.prepare(
        "SELECT article, snippet(para, 1, '**', '**', '…', 20) FROM para WHERE para MATCH ?1 \
         ORDER BY bm25(para) LIMIT 10",
    )?;
    let mut run = |q: &str| {
        // A query FTS5 refuses counts as answered: factdesk's side answers those too.
        let rows = lookup.query_map([q], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)));
        if let Ok(rows) = rows {
            std::hint::black_box(rows.filter_map(Result::ok).count());
        }
    };
    let forces: Vec<String> = force_names().iter().map(|name| format!("\"{name}\"")).collect();
    let searches: Vec<String> = SEARCHES.iter().map(|(_, theirs)| (*theirs).to_string()).collect();
    let (force_p50, force_p99) = time_all(&forces, args.rounds, &mut run);
    let (search_p50, search_p99) = time_all(&searches, args.rounds, &mut run);
    drop(lookup);
    drop(db);
    let db_bytes = std::fs::metadata(&args.db)?.len();
    println!(
        "{{\"build_mb_s\": {:.2}, \"force_p50_us\": {force_p50:.0}, \"force_p99_us\": {force_p99:.0}, \
         \"search_p50_us\": {search_p50:.0}, \"search_p99_us\": {search_p99:.0}, \"db_bytes\": {db_bytes}, \
         \"sqlite\": \"{}\"}}",
        bytes as f64 / 1e6 / build_s,
        rusqlite::version()
    );
    Ok(())
}
