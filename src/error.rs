//! Typed errors of the library. The binary turns them into messages with `anyhow`.

use std::path::PathBuf;

/// Something that stops factdesk from doing what was asked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },

    #[error("the data folder {} does not exist or is not a folder", path.display())]
    DataDir { path: PathBuf },

    #[error("{} is neither an article file nor a folder", path.display())]
    NoArticles { path: PathBuf },

    #[error("{}: {message}", path.display())]
    Catalogue { path: PathBuf, message: String },

    #[error("index at {}: {source}", path.display())]
    Index { path: PathBuf, source: tantivy::TantivyError },

    #[error("index at {}: {message}", path.display())]
    IndexLayout { path: PathBuf, message: String },

    #[error("search failed: {0}")]
    Search(#[from] tantivy::TantivyError),

    #[error("configuration: {0}")]
    Config(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
