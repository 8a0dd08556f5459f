//! Index generations on disk. Each build goes into a folder of its own; a small `CURRENT`
//! file names the live one and is replaced by an atomic rename, so an interrupted build
//! never leaves a broken or half index behind: the previous generation keeps serving.
//!
//! ```text
//! index/CURRENT            -> "gen-3f2a9c1d04be-1732391234000"
//! index/gen-…/             a complete tantivy index + manifest.json
//! index/building-…/        a build in progress (removed when stale)
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::Error;

const CURRENT: &str = "CURRENT";
const GENERATION: &str = "gen-";
const BUILDING: &str = "building-";
/// A build folder untouched for this long belongs to a build that died.
const STALE_BUILD: Duration = Duration::from_secs(3600);

/// The folder that holds index generations.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_path_buf(), source }
}

fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis())
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The live generation, if one has been published and still exists.
    pub fn current(&self) -> Option<PathBuf> {
        let name = std::fs::read_to_string(self.root.join(CURRENT)).ok()?;
        let name = name.trim();
        let valid = name.starts_with(GENERATION) && !name.contains(['/', '\\']) && name != "..";
        let dir = self.root.join(name);
        (valid && dir.is_dir()).then_some(dir)
    }

    /// A fresh, empty folder to build a generation in.
    pub fn begin(&self) -> Result<PathBuf, Error> {
        std::fs::create_dir_all(&self.root).map_err(io(&self.root))?;
        let dir = self.root.join(format!("{BUILDING}{}-{}", std::process::id(), now_ms()));
        std::fs::create_dir(&dir).map_err(io(&dir))?;
        Ok(dir)
    }

    /// Makes a finished build the live generation, then removes generations no longer live.
    pub fn publish(&self, built: &Path, fingerprint: &str) -> Result<PathBuf, Error> {
        let name = format!("{GENERATION}{fingerprint}-{}", now_ms());
        let live = self.root.join(&name);
        std::fs::rename(built, &live).map_err(io(built))?;
        let tmp = self.root.join(format!("{CURRENT}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, &name).map_err(io(&tmp))?;
        if let Ok(file) = std::fs::File::open(&tmp) {
            // Best effort: the rename below is what makes the switch atomic.
            let _ = file.sync_all();
        }
        std::fs::rename(&tmp, self.root.join(CURRENT)).map_err(io(&tmp))?;
        self.clean(&name);
        Ok(live)
    }

    /// Removes old generations and dead builds. Failures are logged, never fatal.
    fn clean(&self, live: &str) {
        let Ok(entries) = std::fs::read_dir(&self.root) else { return };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let old_generation = name.starts_with(GENERATION) && name != live;
            let dead_build = name.starts_with(BUILDING) && build_is_dead(&name, &entry);
            if old_generation || dead_build {
                if let Err(e) = std::fs::remove_dir_all(entry.path()) {
                    tracing::warn!(path = %entry.path().display(), error = %e, "could not remove an old index folder");
                }
            }
        }
    }
}

/// A build folder belongs to a dead build when the process that made it is gone (where
/// the system says), or when it has not been touched for an hour.
fn build_is_dead(name: &str, entry: &std::fs::DirEntry) -> bool {
    let pid = name.strip_prefix(BUILDING).and_then(|rest| rest.split('-').next()).and_then(|p| p.parse::<u32>().ok());
    let proc_fs = Path::new("/proc/self").exists();
    if let (true, Some(pid)) = (proc_fs, pid) {
        if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
            return true;
        }
    }
    let age = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_some_and(|age| age > STALE_BUILD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_swaps_the_live_generation_and_removes_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        assert_eq!(store.current(), None);
        let first = store.begin().unwrap();
        let first = store.publish(&first, "aaa").unwrap();
        assert_eq!(store.current().as_deref(), Some(first.as_path()));
        let second = store.begin().unwrap();
        assert_eq!(store.current().as_deref(), Some(first.as_path()), "a build in progress is not live");
        let second = store.publish(&second, "bbb").unwrap();
        assert_eq!(store.current().as_deref(), Some(second.as_path()));
        assert!(!first.exists());
    }

    #[test]
    fn folders_left_by_dead_builds_are_removed_at_the_next_publish() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(format!("{BUILDING}{}-1", u32::MAX - 1));
        std::fs::create_dir(&dead).unwrap();
        let store = Store::new(dir.path());
        let ours = store.begin().unwrap();
        store.publish(&ours, "ccc").unwrap();
        assert!(!dead.exists());
    }

    #[test]
    fn a_current_file_naming_something_odd_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CURRENT), "../../etc").unwrap();
        assert_eq!(Store::new(dir.path()).current(), None);
    }
}
