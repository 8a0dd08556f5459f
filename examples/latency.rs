//! Measures answer latency over an index that is already built: `/force`, `/search` and
//! autocomplete (places and speakers together, article ids apart), as p50/p99 over many
//! queries, printed as one line of JSON.
//!
//! ```sh
//! cargo run --release --example latency -- --data DIR --index DIR [--rounds 20]
//! ```
//! Used by `bench/side-by-side.sh`.

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use factdesk::config::AnswerSettings;
use factdesk::extract::places::PLACES;
use factdesk::ingest::Limits;
use factdesk::search::IndexOptions;
use factdesk::AnswerEngine;

/// The allocator the `factdesk` binary serves with, so that latency and memory are measured
/// as the bot runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/queries.rs"]
mod queries;
use queries::{force_names, time_all, SEARCHES};

#[derive(Parser)]
struct Args {
    #[arg(long)]
    data: PathBuf,
    #[arg(long)]
    index: PathBuf,
    /// How many times every query is asked
    #[arg(long, default_value_t = 20)]
    rounds: usize,
    /// Threads one search may use (config `answers.search_threads`)
    #[arg(long, default_value_t = 2)]
    search_threads: usize,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let opts = IndexOptions {
        data_dir: args.data,
        index_dir: args.index,
        limits: Limits::default(),
        writer_memory_bytes: 50_000_000,
    };
    let limits =
        AnswerSettings { max_snippets: 5, max_quotes: 10, max_results: 10, search_threads: args.search_threads };
    let started = Instant::now();
    let (engine, report) = AnswerEngine::open(&opts, limits, &|_, _| {})?;
    let open_ms = started.elapsed().as_secs_f64() * 1e3;
    // As `serve` does before it answers.
    engine.warm();
    anyhow::ensure!(
        report.freshness == factdesk::search::Freshness::Reused,
        "build the index first: the latency run measures a ready index"
    );

    let forces: Vec<String> = force_names().iter().map(|name| format!("/force {name}")).collect();
    let searches: Vec<String> = SEARCHES.iter().map(|(ours, _)| format!("/search {ours}")).collect();
    let prefixes: Vec<String> =
        PLACES.iter().flat_map(|p| [p.name[..2].to_string(), p.name[..4].to_string()]).collect();

    let (force_p50, force_p99) = time_all(&forces, args.rounds, |q| {
        let _ = engine.ask(q);
    });
    let (search_p50, search_p99) = time_all(&searches, args.rounds, |q| {
        let _ = engine.ask(q);
    });
    let (complete_p50, complete_p99) = time_all(&prefixes, args.rounds, |q| {
        let _ = engine.complete_place(q, 25);
        let _ = engine.complete_speaker(q, 25);
    });
    // Article ids: the same prefixes match none of them, so every keystroke scans them all.
    let (_, article_p99) = time_all(&prefixes, args.rounds, |q| {
        let _ = engine.complete_article(q, 25);
    });
    println!(
        "{{\"open_ms\": {open_ms:.1}, \"force_p50_us\": {force_p50:.0}, \"force_p99_us\": {force_p99:.0}, \
         \"search_p50_us\": {search_p50:.0}, \"search_p99_us\": {search_p99:.0}, \
         \"complete_p50_us\": {complete_p50:.0}, \"complete_p99_us\": {complete_p99:.0}, \
         \"complete_article_p99_us\": {article_p99:.0}}}"
    );
    Ok(())
}
