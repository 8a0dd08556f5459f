//! Live reload: watches the data folder and refreshes the engine when articles are added,
//! changed or removed, while it keeps answering from the index it has.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use notify_debouncer_full::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::engine::AnswerEngine;
use crate::error::Error;

/// How long the folder must be quiet before a burst of changes is applied.
const SETTLE: Duration = Duration::from_millis(500);

/// Keeps watching while it lives; dropping it stops the watch.
pub struct Watch {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
}

/// Starts watching `data_dir`; each settled burst of changes refreshes `engine`. Broken files
/// added at run time are reported in the log and skipped, like at start-up.
pub fn watch(engine: Arc<AnswerEngine>, data_dir: &Path) -> Result<Watch, Error> {
    let handler = move |result: DebounceEventResult| {
        if let Err(errors) = result {
            for e in errors {
                tracing::warn!(error = %e, "watching the data folder");
            }
            return;
        }
        match engine.refresh(&|_, _| {}) {
            Ok(report) => {
                for skipped in &report.skipped {
                    tracing::warn!("{skipped}");
                }
                tracing::info!(freshness = ?report.freshness, articles = report.articles, "data folder changed; index refreshed");
            }
            Err(e) => {
                tracing::error!(error = %e, "refreshing the index after a change; still serving the previous one")
            }
        }
    };
    let watch_err = |e: notify_debouncer_full::notify::Error| Error::Io {
        path: data_dir.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    };
    let mut debouncer = new_debouncer(SETTLE, None, handler).map_err(watch_err)?;
    debouncer.watch(data_dir, RecursiveMode::Recursive).map_err(watch_err)?;
    Ok(Watch { _debouncer: debouncer })
}
