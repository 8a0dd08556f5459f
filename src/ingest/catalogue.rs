//! Optional metadata for articles, kept beside them in `catalogue.toml`.
//!
//! ```toml
//! [[article]]
//! file = "articles/000_373a4f16e9bfb18f.txt"   # path relative to the data folder
//! outlet = "The Northern Echo"
//! ```
//! Every field but `file` is optional; what is not known stays empty.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::Error;

/// The catalogue's file name, looked for at the top of the data folder.
pub const FILE_NAME: &str = "catalogue.toml";

/// What is known about one article beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub file: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    article: Vec<Entry>,
}

/// Entries by article id (the path relative to the data folder, `/`-separated).
#[derive(Debug, Default)]
pub struct Catalogue {
    entries: HashMap<String, Entry>,
}

impl Catalogue {
    /// Reads `<data>/catalogue.toml`; a missing file is an empty catalogue.
    pub fn load(data_dir: &Path) -> Result<Self, Error> {
        let path = data_dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Catalogue::default()),
            Err(source) => return Err(Error::Io { path, source }),
        };
        let file: File =
            toml::from_str(&text).map_err(|e| Error::Catalogue { path: path.clone(), message: e.to_string() })?;
        let entries = file.article.into_iter().map(|e| (e.file.trim_start_matches("./").to_string(), e)).collect();
        Ok(Catalogue { entries })
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }
}
