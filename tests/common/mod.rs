//! Helpers shared by the integration tests: a scratch workspace holding a copy of the
//! shipped articles, and the factdesk binary pointed at it.

#![allow(dead_code)]

pub mod discord;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The articles shipped in data/articles.
pub fn shipped_articles() -> PathBuf {
    repo().join("data").join("articles")
}

/// A scratch folder with its own data/ (a copy of the shipped articles) and index/.
pub struct Workspace {
    pub root: TempDir,
}

impl Workspace {
    /// A workspace holding the shipped articles.
    pub fn with_shipped_articles() -> Workspace {
        let ws = Workspace::empty();
        for entry in std::fs::read_dir(shipped_articles()).expect("data/articles is readable") {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().expect("a file name");
            std::fs::copy(&path, ws.data().join(name)).expect("copying an article");
        }
        ws
    }

    /// A workspace with an empty data folder.
    pub fn empty() -> Workspace {
        let root = tempfile::tempdir().expect("a temporary folder");
        std::fs::create_dir(root.path().join("data")).expect("creating data/");
        Workspace { root }
    }

    pub fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn index(&self) -> PathBuf {
        self.root.path().join("index")
    }

    /// Writes a file into the data folder.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.data().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("creating a data subfolder");
        }
        std::fs::write(&path, bytes).expect("writing a data file");
        path
    }

    /// The factdesk binary, reading this workspace's data and index, with no Discord token.
    pub fn factdesk(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same command as [`Workspace::factdesk`], as a plain process to spawn and signal.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_factdesk"));
        cmd.current_dir(self.root.path())
            .env_remove("DISCORD_TOKEN")
            .env_remove("RUST_LOG")
            .arg("--config")
            .arg(repo().join("config"))
            .arg("--data")
            .arg(self.data())
            .arg("--index")
            .arg(self.index());
        cmd
    }
}

/// Runs `factdesk ask QUESTION` in the workspace and returns what it printed.
pub fn ask(ws: &Workspace, question: &str) -> String {
    let out = ws.factdesk().args(["ask", question]).output().expect("factdesk runs");
    assert!(out.status.success(), "ask {question} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The stderr of a finished command, as text.
pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Whether `path` exists inside `dir` at any depth.
pub fn contains_file(dir: &Path, name: &str) -> bool {
    walk(dir).iter().any(|p| p.file_name().is_some_and(|n| n == name))
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// An engine over the workspace's data, built in-process.
pub fn engine(ws: &Workspace) -> factdesk::AnswerEngine {
    engine_with_threads(ws, 1)
}

/// An engine whose searches may use `search_threads` threads.
pub fn engine_with_threads(ws: &Workspace, search_threads: usize) -> factdesk::AnswerEngine {
    let opts = factdesk::search::IndexOptions {
        data_dir: ws.data(),
        index_dir: ws.index(),
        limits: factdesk::ingest::Limits::default(),
        writer_memory_bytes: 50_000_000,
    };
    let limits = factdesk::config::AnswerSettings { max_snippets: 5, max_quotes: 10, max_results: 10, search_threads };
    let (engine, _) = factdesk::AnswerEngine::open(&opts, limits, &|_, _| {}).expect("the engine opens");
    engine
}
