//! What an index was built from: the format it was built with and every data file's size,
//! modification time and content hash. An index is reused only while these still hold.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::ingest;

/// The manifest's file name inside an index generation.
pub const FILE_NAME: &str = "manifest.json";

/// Changes whenever the schema, ingest or extraction code changes (see build.rs), so that a
/// new binary never serves an index built by an old one.
pub const FORMAT: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("FACTDESK_SOURCE_HASH"));

/// One data file as it was when indexed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: u128,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    /// By article id (path relative to the data folder).
    pub files: BTreeMap<String, Stamp>,
}

impl Manifest {
    /// Stamps every file in `data_dir`, hashing only files whose size or time differs from `previous`.
    pub fn scan(data_dir: &Path, previous: Option<&Manifest>) -> Result<Manifest, Error> {
        let mut files = BTreeMap::new();
        let catalogue = data_dir.join(ingest::catalogue::FILE_NAME);
        let paths = ingest::article_files(data_dir)?.into_iter().chain(catalogue.is_file().then_some(catalogue));
        for path in paths {
            let id = ingest::article_id(data_dir, &path);
            let meta = std::fs::metadata(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            let modified_ns =
                meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
            let known = previous
                .and_then(|m| m.files.get(&id))
                .filter(|s| s.size == meta.len() && s.modified_ns == modified_ns);
            let stamp = match known {
                Some(stamp) => stamp.clone(),
                None => {
                    let bytes = std::fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
                    Stamp { size: meta.len(), modified_ns, hash: blake3::hash(&bytes).to_hex().to_string() }
                }
            };
            files.insert(id, stamp);
        }
        Ok(Manifest { format: FORMAT.to_string(), files })
    }

    /// Whether an index built from `self` answers for data described by `other`: same format, same contents.
    pub fn same_content(&self, other: &Manifest) -> bool {
        self.format == other.format
            && self.files.len() == other.files.len()
            && self.files.iter().zip(&other.files).all(|((a, x), (b, y))| a == b && x.hash == y.hash)
    }

    /// The articles to re-index to go from `self` to `now`, when an update in place can do
    /// it: same format, same catalogue, and something changed.
    pub fn changes_to(&self, now: &Manifest) -> Option<Changes> {
        let catalogue = ingest::catalogue::FILE_NAME;
        let same_catalogue = self.files.get(catalogue).map(|s| &s.hash) == now.files.get(catalogue).map(|s| &s.hash);
        if self.format != now.format || !same_catalogue {
            return None;
        }
        let changed: Vec<String> = now
            .files
            .iter()
            .filter(|(id, stamp)| self.files.get(*id).is_none_or(|old| old.hash != stamp.hash))
            .map(|(id, _)| id.clone())
            .collect();
        let removed: Vec<String> = self.files.keys().filter(|id| !now.files.contains_key(*id)).cloned().collect();
        (!changed.is_empty() || !removed.is_empty()).then_some(Changes { changed, removed })
    }

    /// A short fingerprint of the contents, for naming an index generation.
    pub fn fingerprint(&self) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(self.format.as_bytes());
        for (id, stamp) in &self.files {
            hasher.update(id.as_bytes());
            hasher.update(stamp.hash.as_bytes());
        }
        hasher.finalize().to_hex()[..12].to_string()
    }

    pub fn read(path: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(path).ok()?;
        serde_json::from_str(&text).ok()
    }
}

/// Articles added or changed, and articles removed, since an index was built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes {
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    /// Whether updating in place beats rebuilding: a tenth of the files at most.
    pub fn is_small(&self, files: usize) -> bool {
        (self.changed.len() + self.removed.len()) * 10 <= files.max(10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(files: &[(&str, &str)]) -> Manifest {
        let files = files
            .iter()
            .map(|(id, hash)| (id.to_string(), Stamp { size: 1, modified_ns: 1, hash: hash.to_string() }))
            .collect();
        Manifest { format: FORMAT.into(), files }
    }

    #[test]
    fn changes_list_added_edited_and_removed_articles() {
        let before = manifest(&[("a.txt", "1"), ("b.txt", "2"), ("c.txt", "3")]);
        let after = manifest(&[("a.txt", "1"), ("b.txt", "9"), ("d.txt", "4")]);
        let changes = before.changes_to(&after).unwrap();
        assert_eq!(changes.changed, ["b.txt", "d.txt"]);
        assert_eq!(changes.removed, ["c.txt"]);
        assert_eq!(before.changes_to(&before), None);
    }

    #[test]
    fn a_changed_catalogue_or_format_needs_a_rebuild() {
        let before = manifest(&[("a.txt", "1"), (ingest::catalogue::FILE_NAME, "x")]);
        let after = manifest(&[("a.txt", "2"), (ingest::catalogue::FILE_NAME, "y")]);
        assert_eq!(before.changes_to(&after), None);
        let mut other_format = before.clone();
        other_format.format = "0.0.0+old".into();
        assert_eq!(other_format.changes_to(&before), None);
    }
}
