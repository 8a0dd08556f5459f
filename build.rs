//! Fingerprints the source code that decides what goes into the index, so that an index
//! built by an older binary is rebuilt rather than served.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

fn hash_dir(dir: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            hash_dir(&path, hasher);
        } else if let Ok(bytes) = std::fs::read(&path) {
            hasher.write(path.to_string_lossy().as_bytes());
            hasher.write(&bytes);
        }
    }
}

fn main() {
    let mut hasher = DefaultHasher::new();
    for dir in ["src/ingest", "src/extract", "src/search", "src/model.rs"] {
        let path = Path::new(dir);
        if path.is_file() {
            if let Ok(bytes) = std::fs::read(path) {
                hasher.write(&bytes);
            }
        } else {
            hash_dir(path, &mut hasher);
        }
        println!("cargo:rerun-if-changed={dir}");
    }
    println!("cargo:rustc-env=FACTDESK_SOURCE_HASH={:016x}", hasher.finish());
}
