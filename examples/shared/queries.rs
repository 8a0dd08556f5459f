//! The lookups both sides of the side-by-side benchmark time, so that factdesk
//! (`examples/latency.rs`) and SQLite FTS5 (`examples/fts5.rs`) answer the same questions.

use std::time::{Duration, Instant};

use factdesk::extract::places::{Scope, PLACES};

/// Free-text searches, each as factdesk's query syntax and as FTS5's.
pub const SEARCHES: &[(&str, &str)] = &[
    ("grooming", "grooming"),
    ("online offences", "online offences"),
    ("\"indecent images\"", "\"indecent images\""),
    ("spokesperson", "spokesperson"),
    ("rise AND children", "rise AND children"),
    ("Cleveland", "Cleveland"),
    ("NSPCC helpline", "NSPCC helpline"),
    ("record -Durham", "record NOT Durham"),
];

/// The canonical name of every police force in the gazetteer.
pub fn force_names() -> Vec<&'static str> {
    PLACES.iter().filter(|p| p.scope == Scope::Force).map(|p| p.name).collect()
}

/// The value below which a share `p` of the sorted times fall, in microseconds.
pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

/// Runs every query `rounds` times and gives the p50 and p99 of one run, in microseconds.
pub fn time_all(queries: &[String], rounds: usize, mut run: impl FnMut(&str)) -> (f64, f64) {
    let mut times = Vec::with_capacity(queries.len() * rounds);
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            run(q);
            times.push(t.elapsed());
        }
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}
