//! What an index was built from: the format it was built with and every data file's size,
//! modification time and content hash. An index is reused only while these still hold.
//!
//! Checking it is on the path of every `ask`, so at 100,000 articles it has to be cheap: the
//! manifest is a compact binary file (no JSON to parse), and the data folder is walked and
//! `stat`ed on every core, each file relative to its open folder.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fs::{DirEntry, Metadata};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use rayon::prelude::*;

use crate::error::Error;
use crate::ingest;

/// The manifest's file name inside an index generation.
pub const FILE_NAME: &str = "manifest.bin";

/// First bytes of a manifest file, naming its layout.
const MAGIC: &[u8; 8] = b"FDMANIF1";

/// Changes whenever the schema, ingest or extraction code changes (see build.rs), so that a
/// new binary never serves an index built by an old one.
pub const FORMAT: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("FACTDESK_SOURCE_HASH"));

/// Files modified this close to (or after) the scan that stamped them are not trusted on
/// size and time alone: a second edit within the file system's clock step (up to 2 s on
/// FAT, 1 s on ext3 and HFS+, a few ms on ext4) leaves both unchanged. Such files are
/// hashed again, as git does with "racily clean" entries.
const RACY_NS: u64 = 2_000_000_000;

/// One data file as it was when indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when the system gives none).
    pub modified_ns: u64,
    /// BLAKE3 hash of the contents.
    pub hash: [u8; 32],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub format: String,
    /// When the scan that made this manifest started, in nanoseconds since the epoch.
    pub scanned_ns: u64,
    /// By article id (path relative to the data folder).
    pub files: BTreeMap<String, Stamp>,
}

fn now_ns() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

fn modified_ns(meta: &Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// One stamped file, by id.
type Entry = (String, Stamp);

/// The hash to stamp a file with, given its id, size, time and (when it must be read) path.
type HashFn<'a> = dyn Fn(&str, u64, u64, &dyn Fn() -> PathBuf) -> Result<[u8; 32], Error> + Sync + 'a;

/// The hash a manifest keeps of a file's bytes.
pub fn hash(bytes: &[u8]) -> [u8; 32] {
    *blake3::hash(bytes).as_bytes()
}

fn hash_file(path: PathBuf) -> Result<[u8; 32], Error> {
    let bytes = std::fs::read(&path).map_err(|source| Error::Io { path, source })?;
    Ok(hash(&bytes))
}

/// A scan that stamped sizes and times but left the hashes to whoever reads the files
/// next: a build from scratch reads every article anyway, and hashing them first would read
/// each twice. [`Unhashed::complete`] makes it a manifest.
#[derive(Debug)]
pub struct Unhashed(Manifest);

impl Unhashed {
    /// The manifest, with the hashes of the files read since the scan (by id) and every
    /// other file (the catalogue, files that were skipped unread) hashed now. The hash of
    /// the bytes actually read is the one to keep: should a file change after the scan, its
    /// new time makes the next scan read it again.
    ///
    /// A file deleted since the scan is left out, as the next scan would find it.
    pub fn complete(self, data_dir: &Path, read: &HashMap<String, [u8; 32]>) -> Result<Manifest, Error> {
        let Unhashed(mut manifest) = self;
        let gone = manifest
            .files
            .par_iter_mut()
            .map(|(id, stamp)| {
                stamp.hash = match read.get(id) {
                    Some(hash) => *hash,
                    None => match hash_file(data_dir.join(id)) {
                        Ok(hash) => hash,
                        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                            return Ok(Some(id.clone()))
                        }
                        Err(e) => return Err(e),
                    },
                };
                Ok(None)
            })
            .collect::<Result<Vec<Option<String>>, Error>>()?;
        for id in gone.into_iter().flatten() {
            manifest.files.remove(&id);
        }
        Ok(manifest)
    }
}

impl Manifest {
    /// Stamps every file in `data_dir`, hashing only files whose size or time differs from
    /// `previous` (or that changed too close to `previous`'s scan to be trusted).
    pub fn scan(data_dir: &Path, previous: Option<&Manifest>) -> Result<Manifest, Error> {
        Manifest::stamp_all(data_dir, &|id, size, modified_ns, path| {
            let known = previous.and_then(|m| m.trusted(id, size, modified_ns));
            match known {
                Some(stamp) => Ok(stamp.hash),
                None => hash_file(path()),
            }
        })
    }

    /// The stamp of `id`, when a file of this size and time can be taken to be unchanged
    /// without reading it: same size and time, and modified well before this scan.
    fn trusted(&self, id: &str, size: u64, modified_ns: u64) -> Option<&Stamp> {
        let settled = settled(modified_ns, self.scanned_ns);
        self.files.get(id).filter(|s| settled && s.size == size && s.modified_ns == modified_ns)
    }

    /// Whether this scan trusts on size and time files that `previous` could not (files
    /// written just before it was made, or touched since without changing), so that
    /// keeping it instead spares every later scan reading them again. Git refreshes its
    /// index for its "racily clean" entries in the same way.
    pub fn spares_reads_over(&self, previous: &Manifest) -> bool {
        self.files.iter().any(|(id, s)| {
            previous.trusted(id, s.size, s.modified_ns).is_none() && self.trusted(id, s.size, s.modified_ns).is_some()
        })
    }

    /// Stamps every file in `data_dir` with its size and time only (see [`Unhashed`]).
    pub fn scan_unhashed(data_dir: &Path) -> Result<Unhashed, Error> {
        Manifest::stamp_all(data_dir, &|_, _, _, _| Ok([0; 32])).map(Unhashed)
    }

    fn stamp_all(data_dir: &Path, hash_of: &HashFn) -> Result<Manifest, Error> {
        let scanned_ns = now_ns();
        let stamp = |id: String, meta: &Metadata, path: &dyn Fn() -> PathBuf| -> Result<Entry, Error> {
            let (size, modified_ns) = (meta.len(), modified_ns(meta));
            let hash = hash_of(&id, size, modified_ns, path)?;
            Ok((id, Stamp { size, modified_ns, hash }))
        };
        if !data_dir.is_dir() {
            return Err(Error::DataDir { path: data_dir.to_path_buf() });
        }
        let stamp_entry = |prefix: &String, name: &Cow<str>, entry: &DirEntry| -> Result<Entry, Error> {
            let id = if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") };
            // Relative to the open folder: no walk of the whole path for each file.
            let meta = entry.metadata().map_err(|source| Error::Io { path: entry.path(), source })?;
            stamp(id, &meta, &|| entry.path())
        };
        let mut files = match walk(data_dir, "", true, &|prefix| prefix.to_string(), &stamp_entry)? {
            Some(files) => files,
            None => walk_following_links(data_dir, &stamp)?,
        };
        files.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(Manifest { format: FORMAT.to_string(), scanned_ns, files: files.into_iter().collect() })
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
        let same_catalogue = self.files.get(catalogue).map(|s| s.hash) == now.files.get(catalogue).map(|s| s.hash);
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
            hasher.update(&stamp.hash);
        }
        hasher.finalize().to_hex()[..12].to_string()
    }

    /// The manifest at `path`, or `None` when it is missing or not one this binary wrote
    /// (the index is then rebuilt).
    pub fn read(path: &Path) -> Option<Manifest> {
        Manifest::decode(&std::fs::read(path).ok()?)
    }

    /// The file's bytes: the magic, the format, the scan time, then each file as its id's
    /// length and bytes, size, modification time and hash. Integers are little-endian.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.files.len() * 80);
        out.extend_from_slice(MAGIC);
        put_str(&mut out, &self.format);
        out.extend_from_slice(&self.scanned_ns.to_le_bytes());
        out.extend_from_slice(&(self.files.len() as u64).to_le_bytes());
        for (id, stamp) in &self.files {
            put_str(&mut out, id);
            out.extend_from_slice(&stamp.size.to_le_bytes());
            out.extend_from_slice(&stamp.modified_ns.to_le_bytes());
            out.extend_from_slice(&stamp.hash);
        }
        out
    }

    /// Reads what [`Manifest::encode`] wrote; `None` for anything else, truncated or garbled.
    pub fn decode(bytes: &[u8]) -> Option<Manifest> {
        Stored::decode(bytes).map(|stored| stored.to_manifest())
    }
}

/// A manifest file read in place: its entries point into its bytes, and no map of them is
/// built. Enough to tell that a data folder has not changed since (the path of every `ask`
/// on an unchanged folder), without the allocations of a [`Manifest`].
#[derive(Debug)]
pub struct Stored<'a> {
    pub format: &'a str,
    scanned_ns: u64,
    /// Sorted by id, as written.
    entries: Vec<StoredEntry<'a>>,
}

#[derive(Debug, Clone, Copy)]
struct StoredEntry<'a> {
    id: &'a str,
    size: u64,
    modified_ns: u64,
    hash: &'a [u8; 32],
}

impl<'a> Stored<'a> {
    /// Reads what [`Manifest::encode`] wrote; `None` for anything else, truncated or garbled.
    pub fn decode(bytes: &'a [u8]) -> Option<Stored<'a>> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let format = r.str()?;
        let scanned_ns = r.u64()?;
        let count = usize::try_from(r.u64()?).ok()?;
        // Each entry takes at least 52 bytes: a count larger than that is a garbled file.
        if count > r.0.len() / 52 {
            return None;
        }
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            let id = r.str()?;
            let size = r.u64()?;
            let modified_ns = r.u64()?;
            let hash: &[u8; 32] = r.take(32)?.try_into().ok()?;
            entries.push(StoredEntry { id, size, modified_ns, hash });
        }
        if !r.0.is_empty() || !entries.windows(2).all(|w| w[0].id < w[1].id) {
            return None;
        }
        Some(Stored { format, scanned_ns, entries })
    }

    /// The manifest these bytes hold, as a map.
    pub fn to_manifest(&self) -> Manifest {
        let files = self
            .entries
            .iter()
            .map(|e| (e.id.to_string(), Stamp { size: e.size, modified_ns: e.modified_ns, hash: *e.hash }))
            .collect();
        Manifest { format: self.format.to_string(), scanned_ns: self.scanned_ns, files }
    }

    /// Whether `data_dir` holds exactly the files this manifest lists, each one it trusts on
    /// size and time (as [`Manifest::scan`] would: none of them is read). `false` means only
    /// "not known to be unchanged": a file added, removed, of another size or time, or
    /// changed too close to the scan to be trusted, a name that is not UTF-8, or a folder
    /// with symbolic links; [`Manifest::scan`] then tells what changed.
    ///
    /// The same walk as the scan, without building a manifest: no id is allocated and no map
    /// is made, each file is looked up in the sorted entries, and the walk stops `stat`ing
    /// at the first file that does not match.
    pub fn unchanged(&self, data_dir: &Path) -> Result<bool, Error> {
        if !data_dir.is_dir() {
            return Err(Error::DataDir { path: data_dir.to_path_buf() });
        }
        let changed = AtomicBool::new(false);
        let check = |folder: &Folder, name: &Cow<str>, entry: &DirEntry| -> Result<(), Error> {
            if changed.load(Ordering::Relaxed) {
                return Ok(());
            }
            // A lossy name could stand for two files: only exact names are vouched for.
            let found = match name {
                Cow::Borrowed(name) => folder.find(name),
                Cow::Owned(_) => None,
            };
            // A file that cannot be `stat`ed now (deleted since the listing, say) is left to the scan.
            let same = found
                .zip(entry.metadata().ok())
                .is_some_and(|(stored, meta)| self.trusts(stored, meta.len(), modified_ns(&meta)));
            if !same {
                changed.store(true, Ordering::Relaxed);
            }
            Ok(())
        };
        let Some(seen) = walk(data_dir, "", true, &|prefix| self.folder(prefix), &check)? else {
            return Ok(false);
        };
        Ok(!changed.into_inner() && seen.len() == self.entries.len())
    }

    /// The entries under the folder `prefix` ("" at the top), found once for all its files.
    fn folder(&self, prefix: &str) -> Folder<'_, 'a> {
        if prefix.is_empty() {
            return Folder { entries: &self.entries, skip: 0 };
        }
        let (prefix, below) = (prefix.as_bytes(), std::cmp::Ordering::Less);
        let start = self.entries.partition_point(|e| cmp_joined(e.id.as_bytes(), prefix, b"") == below);
        let rest = self.entries.get(start..).unwrap_or_default();
        let inside = |id: &[u8]| id.len() > prefix.len() && id.starts_with(prefix) && id[prefix.len()] == b'/';
        let len = rest.partition_point(|e| inside(e.id.as_bytes()));
        Folder { entries: &rest[..len], skip: prefix.len() + 1 }
    }

    /// As [`Manifest::trusted`].
    fn trusts(&self, stored: &StoredEntry, size: u64, modified_ns: u64) -> bool {
        settled(modified_ns, self.scanned_ns) && stored.size == size && stored.modified_ns == modified_ns
    }
}

/// The stored entries under one folder, sorted by what follows the folder's `skip` bytes
/// (`prefix/`) of their ids.
struct Folder<'m, 'a> {
    entries: &'m [StoredEntry<'a>],
    skip: usize,
}

impl<'m, 'a> Folder<'m, 'a> {
    /// The entry for the file `name` in this folder, found without joining the two.
    fn find(&self, name: &str) -> Option<&'m StoredEntry<'a>> {
        let at = self
            .entries
            .binary_search_by(|e| e.id.as_bytes().get(self.skip..).unwrap_or_default().cmp(name.as_bytes()))
            .ok()?;
        self.entries.get(at)
    }
}

/// Orders `id` against the id `prefix/name` (`name` when `prefix` is empty), as strings.
fn cmp_joined(id: &[u8], prefix: &[u8], name: &[u8]) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Equal, Less};
    if prefix.is_empty() {
        return id.cmp(name);
    }
    let head = prefix.len().min(id.len());
    match id[..head].cmp(&prefix[..head]) {
        Equal if id.len() <= prefix.len() => Less,
        Equal => match id[prefix.len()].cmp(&b'/') {
            Equal => id[prefix.len() + 1..].cmp(name),
            other => other,
        },
        other => other,
    }
}

/// Whether a file modified at `modified_ns` was settled when a scan started at `scanned_ns`:
/// far enough before it that a later edit must show in its size or time.
fn settled(modified_ns: u64, scanned_ns: u64) -> bool {
    modified_ns.saturating_add(RACY_NS) < scanned_ns
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// Reads a manifest's bytes front to back; every read is `None` past the end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.u32()?).ok()?;
        std::str::from_utf8(self.take(len)?).ok()
    }
}

/// What a walk works out once for each folder, given the folder's id ("" at the top).
type EnterFn<'a, S> = dyn for<'p> Fn(&'p str) -> S + Sync + 'a;

/// What a walk does with each file it finds, given what [`EnterFn`] gave for its folder, its
/// name and its entry.
type VisitFn<'a, S, T> = dyn Fn(&S, &Cow<str>, &DirEntry) -> Result<T, Error> + Sync + 'a;

/// Walks `dir` as [`ingest::article_files`] does (hidden entries skipped, the populations
/// table left out) and visits its files and the catalogue, folders and files on every core.
/// `None` when it meets a symbolic link: [`walk_following_links`] handles those, as ingest
/// does (following them, and refusing loops).
fn walk<S: Sync, T: Send>(
    dir: &Path,
    prefix: &str,
    top: bool,
    enter: &EnterFn<S>,
    visit: &VisitFn<S, T>,
) -> Result<Option<Vec<T>>, Error> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        if ingest::is_hidden(&name) {
            continue;
        }
        let kind = entry.file_type().map_err(|source| Error::Io { path: entry.path(), source })?;
        if kind.is_symlink() {
            return Ok(None);
        }
        if kind.is_dir() {
            let name = name.to_string_lossy();
            let id = if prefix.is_empty() { name.into_owned() } else { format!("{prefix}/{name}") };
            dirs.push((entry.path(), id));
        } else if kind.is_file() && !(top && name == crate::populations::FILE_NAME) {
            files.push((entry, name));
        }
    }
    let folder = enter(prefix);
    let mut visited = files
        .into_par_iter()
        .map(|(entry, name)| visit(&folder, &name.to_string_lossy(), &entry))
        .collect::<Result<Vec<T>, Error>>()?;
    let nested = dirs
        .into_par_iter()
        .map(|(path, id)| walk(&path, &id, false, enter, visit))
        .collect::<Result<Vec<Option<Vec<T>>>, Error>>()?;
    for files in nested {
        let Some(files) = files else { return Ok(None) };
        visited.extend(files);
    }
    Ok(Some(visited))
}

/// Stamps one file found by a walk, given its id, metadata, and (when it must be read) path.
type StampFn<'a> = dyn Fn(String, &Metadata, &dyn Fn() -> PathBuf) -> Result<Entry, Error> + Sync + 'a;

/// The exact walk ingest does, for data folders holding symbolic links.
fn walk_following_links(data_dir: &Path, stamp: &StampFn) -> Result<Vec<Entry>, Error> {
    let catalogue = data_dir.join(ingest::catalogue::FILE_NAME);
    let paths: Vec<_> =
        ingest::article_files(data_dir)?.into_iter().chain(catalogue.is_file().then_some(catalogue)).collect();
    paths
        .par_iter()
        .map(|path| {
            let meta = std::fs::metadata(path).map_err(|source| Error::Io { path: path.clone(), source })?;
            stamp(ingest::article_id(data_dir, path), &meta, &|| path.clone())
        })
        .collect()
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

    fn manifest(files: &[(&str, u8)]) -> Manifest {
        let files = files
            .iter()
            .map(|(id, hash)| (id.to_string(), Stamp { size: 1, modified_ns: 1, hash: [*hash; 32] }))
            .collect();
        Manifest { format: FORMAT.into(), scanned_ns: 7, files }
    }

    #[test]
    fn changes_list_added_edited_and_removed_articles() {
        let before = manifest(&[("a.txt", 1), ("b.txt", 2), ("c.txt", 3)]);
        let after = manifest(&[("a.txt", 1), ("b.txt", 9), ("d.txt", 4)]);
        let changes = before.changes_to(&after).unwrap();
        assert_eq!(changes.changed, ["b.txt", "d.txt"]);
        assert_eq!(changes.removed, ["c.txt"]);
        assert_eq!(before.changes_to(&before), None);
    }

    #[test]
    fn a_changed_catalogue_or_format_needs_a_rebuild() {
        let before = manifest(&[("a.txt", 1), (ingest::catalogue::FILE_NAME, 5)]);
        let after = manifest(&[("a.txt", 2), (ingest::catalogue::FILE_NAME, 6)]);
        assert_eq!(before.changes_to(&after), None);
        let mut other_format = before.clone();
        other_format.format = "0.0.0+old".into();
        assert_eq!(other_format.changes_to(&before), None);
    }

    #[test]
    fn a_manifest_reads_back_as_written() {
        let written = manifest(&[("a.txt", 1), ("sub/b.txt", 2), ("ünï/c.md", 3)]);
        assert_eq!(Manifest::decode(&written.encode()), Some(written));
        let empty = manifest(&[]);
        assert_eq!(Manifest::decode(&empty.encode()), Some(empty));
    }

    #[test]
    fn a_truncated_garbled_or_foreign_manifest_is_not_read() {
        let bytes = manifest(&[("a.txt", 1), ("b.txt", 2)]).encode();
        for len in 0..bytes.len() {
            assert_eq!(Manifest::decode(&bytes[..len]), None, "cut at {len}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Manifest::decode(&longer), None);
        let mut huge_count = bytes.clone();
        let at = MAGIC.len() + 4 + FORMAT.len() + 8;
        huge_count[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(Manifest::decode(&huge_count), None);
        assert_eq!(Manifest::decode(b"{\"format\":\"0.1.0\",\"files\":{}}"), None);
    }

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn the_scan_stamps_exactly_the_files_ingest_reads_and_the_catalogue() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [
            "a.txt",
            "b.md",
            "sub/c.html",
            "sub/deeper/d.json",
            "sub/catalogue.toml",
            "sub/populations.toml",
            ".hidden.txt",
            ".git/e.txt",
            "sub/.f.txt",
            ingest::catalogue::FILE_NAME,
            crate::populations::FILE_NAME,
        ] {
            write(d, name, "text");
        }
        std::fs::create_dir(d.join("empty")).unwrap();
        let mut expected: Vec<String> =
            ingest::article_files(d).unwrap().iter().map(|p| ingest::article_id(d, p)).collect();
        expected.push(ingest::catalogue::FILE_NAME.to_string());
        expected.sort();
        let scanned: Vec<String> = Manifest::scan(d, None).unwrap().files.into_keys().collect();
        assert_eq!(scanned, expected);
        assert!(scanned.contains(&"sub/catalogue.toml".to_string()) && !scanned.contains(&".git/e.txt".to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn a_data_folder_with_symbolic_links_is_scanned_as_ingest_walks_it() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "one");
        write(outside.path(), "linked/b.txt", "two");
        write(outside.path(), "c.txt", "three");
        std::os::unix::fs::symlink(outside.path().join("linked"), dir.path().join("linked")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("c.txt"), dir.path().join("c.txt")).unwrap();
        let scanned = Manifest::scan(dir.path(), None).unwrap();
        let ids: Vec<&str> = scanned.files.keys().map(String::as_str).collect();
        assert_eq!(ids, ["a.txt", "c.txt", "linked/b.txt"]);
        assert_eq!(scanned.files["linked/b.txt"].hash, *blake3::hash(b"two").as_bytes());
    }

    #[test]
    fn a_file_deleted_between_the_scan_and_the_build_is_left_out_of_the_manifest() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "one");
        write(dir.path(), "b.txt", "two");
        let listing = Manifest::scan_unhashed(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("b.txt")).unwrap();
        let read = HashMap::from([("a.txt".to_string(), hash(b"one"))]);
        let manifest = listing.complete(dir.path(), &read).unwrap();
        assert_eq!(manifest.files.keys().collect::<Vec<_>>(), ["a.txt"]);
        assert_eq!(manifest.files["a.txt"].hash, hash(b"one"));
    }

    #[test]
    fn a_missing_data_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(Manifest::scan(&dir.path().join("nope"), None), Err(Error::DataDir { .. })));
    }

    /// Sets a file's modification time, as a coarse file-system clock would leave it.
    fn set_modified(path: &Path, ns: u64) {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(UNIX_EPOCH + std::time::Duration::from_nanos(ns)).unwrap();
    }

    #[test]
    fn a_file_edited_without_a_new_size_or_time_is_hashed_again_when_the_scan_was_too_close() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "321 offences");
        let first = Manifest::scan(dir.path(), None).unwrap();
        let stamped = first.files["a.txt"];
        // Edited within the same clock step: same size, same time.
        write(dir.path(), "a.txt", "654 offences");
        set_modified(&dir.path().join("a.txt"), stamped.modified_ns);
        let second = Manifest::scan(dir.path(), Some(&first)).unwrap();
        assert_eq!(second.files["a.txt"].hash, *blake3::hash(b"654 offences").as_bytes());
        assert_eq!(first.changes_to(&second).map(|c| c.changed), Some(vec!["a.txt".to_string()]));
    }

    #[test]
    fn a_later_scan_spares_reads_only_when_it_trusts_files_the_earlier_one_did_not() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "321 offences");
        let written_at = now_ns() - 3600 * 1_000_000_000;
        set_modified(&dir.path().join("a.txt"), written_at);
        let settled = Manifest::scan(dir.path(), None).unwrap();
        // As if scanned a moment after the file was written: too close to trust it.
        let mut racy = settled.clone();
        racy.scanned_ns = written_at + 1;
        assert!(settled.spares_reads_over(&racy));
        assert!(!settled.spares_reads_over(&settled), "nothing more to trust");
        // Touched since, same contents: the new time is worth keeping.
        set_modified(&dir.path().join("a.txt"), written_at + 1_000);
        let touched = Manifest::scan(dir.path(), Some(&settled)).unwrap();
        assert!(touched.same_content(&settled) && touched.spares_reads_over(&settled));
        // Written just now: no later scan can trust it yet either.
        write(dir.path(), "b.txt", "55 offences");
        let fresh = Manifest::scan(dir.path(), Some(&touched)).unwrap();
        assert!(!fresh.spares_reads_over(&touched));
    }

    #[test]
    fn files_unchanged_since_well_before_the_scan_are_trusted_on_size_and_time() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "321 offences");
        let long_ago = now_ns() - 3600 * 1_000_000_000;
        set_modified(&dir.path().join("a.txt"), long_ago);
        let first = Manifest::scan(dir.path(), None).unwrap();
        // A stand-in stamp: were the file read again, its real hash would replace it.
        let mut previous = first.clone();
        previous.files.get_mut("a.txt").unwrap().hash = [9; 32];
        let second = Manifest::scan(dir.path(), Some(&previous)).unwrap();
        assert_eq!(second.files["a.txt"].hash, [9; 32], "not read again");
        write(dir.path(), "a.txt", "654 offences");
        set_modified(&dir.path().join("a.txt"), long_ago + 1);
        let third = Manifest::scan(dir.path(), Some(&previous)).unwrap();
        assert_eq!(third.files["a.txt"].hash, *blake3::hash(b"654 offences").as_bytes(), "a new time is read again");
    }

    /// A folder of settled files (written an hour ago), its manifest's bytes, and when.
    fn settled_folder(files: &[(&str, &str)]) -> (tempfile::TempDir, Vec<u8>, u64) {
        let dir = tempfile::tempdir().unwrap();
        let an_hour_ago = now_ns() - 3600 * 1_000_000_000;
        for (name, text) in files {
            write(dir.path(), name, text);
            set_modified(&dir.path().join(name), an_hour_ago);
        }
        let bytes = Manifest::scan(dir.path(), None).unwrap().encode();
        (dir, bytes, an_hour_ago)
    }

    const FOLDER: [(&str, &str); 6] = [
        ("a.txt", "Northshire Police logged 321 thefts."),
        ("2019/b.md", "Southdale Constabulary logged 44 burglaries."),
        ("2019/deep/c.html", "<p>12 cautions</p>"),
        ("2019-extra/d.txt", "a folder named like a longer id"),
        ("catalogue.toml", "[\"a.txt\"]\ntitle = \"A\"\n"),
        (".hidden/e.txt", "never read"),
    ];

    #[test]
    fn a_folder_whose_files_all_keep_their_size_and_time_is_unchanged_without_a_scan() {
        let (dir, bytes, _) = settled_folder(&FOLDER);
        write(dir.path(), crate::populations::FILE_NAME, "left out, as ingest leaves it");
        write(dir.path(), "2019/.draft.txt", "hidden, as ingest skips it");
        let stored = Stored::decode(&bytes).unwrap();
        assert!(stored.unchanged(dir.path()).unwrap());
        assert_eq!(stored.to_manifest(), Manifest::decode(&bytes).unwrap());
    }

    #[test]
    fn a_file_edited_in_place_added_or_removed_anywhere_is_not_taken_as_unchanged() {
        let (dir, bytes, an_hour_ago) = settled_folder(&FOLDER);
        let stored = Stored::decode(&bytes).unwrap();
        let deep = dir.path().join("2019/deep/c.html");
        // Same size, new contents: only the file's own time tells, not its folder's.
        write(dir.path(), "2019/deep/c.html", "<p>98 cautions</p>");
        set_modified(&deep, an_hour_ago + 1_000);
        assert!(!stored.unchanged(dir.path()).unwrap(), "edited in place");
        set_modified(&deep, an_hour_ago);
        write(dir.path(), "2019/deep/c.html", "<p>12 cautions</p>");
        set_modified(&deep, an_hour_ago);
        assert!(stored.unchanged(dir.path()).unwrap(), "put back as it was");
        write(dir.path(), "2019/deep/new.txt", "Eastmoor Police logged 7 robberies.");
        assert!(!stored.unchanged(dir.path()).unwrap(), "added");
        std::fs::remove_file(dir.path().join("2019/deep/new.txt")).unwrap();
        std::fs::remove_file(dir.path().join("2019-extra/d.txt")).unwrap();
        assert!(!stored.unchanged(dir.path()).unwrap(), "removed");
    }

    #[test]
    fn a_file_written_too_close_to_the_scan_is_not_taken_as_unchanged() {
        let (dir, _, an_hour_ago) = settled_folder(&FOLDER);
        let mut racy = Manifest::scan(dir.path(), None).unwrap();
        racy.scanned_ns = an_hour_ago + 1;
        let bytes = racy.encode();
        assert!(!Stored::decode(&bytes).unwrap().unchanged(dir.path()).unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_never_taken_as_unchanged() {
        use std::os::unix::ffi::OsStrExt;
        let (dir, _, _) = settled_folder(&[("a.txt", "one")]);
        let odd = dir.path().join(std::ffi::OsStr::from_bytes(b"b\xff.txt"));
        std::fs::write(&odd, "two").unwrap();
        set_modified(&odd, now_ns() - 3600 * 1_000_000_000);
        let bytes = Manifest::scan(dir.path(), None).unwrap().encode();
        assert!(!Stored::decode(&bytes).unwrap().unchanged(dir.path()).unwrap());
    }

    #[test]
    fn a_folder_and_a_name_order_against_an_id_as_the_joined_id_does() {
        let ids = ["", "a", "a-b", "a.txt", "a/", "a/b", "a/b/c", "a/c", "a0", "ab", "b/a", "z"];
        for id in ids {
            for (prefix, name) in
                [("", "a"), ("", "a.txt"), ("a", "b"), ("a", ""), ("a", "b/c"), ("a-b", "c"), ("ab", "")]
            {
                let joined = if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") };
                assert_eq!(
                    cmp_joined(id.as_bytes(), prefix.as_bytes(), name.as_bytes()),
                    id.cmp(joined.as_str()),
                    "{id:?} against {joined:?}"
                );
            }
        }
    }
}
