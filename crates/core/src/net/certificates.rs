//! The printers' certificates the app trusts, by SHA-256 fingerprint: learned on first
//! use, kept beside the settings, checked on every later connection by the probe itself
//! (so watching, `probe`, the checks and `report` all refuse a changed one). A damaged
//! file is set aside and reported: the worst case is a new first use, and the person is
//! told.
//!
//! One store per process: [`Certificates`] is a handle that the watch, the checks and the
//! command line share (clones see the same entries), loaded once. Several processes may
//! share the file (the window, `probe` in a script): each new entry is written under a
//! lock on the file, merged into what the file holds then — never a stale whole map
//! written over another process's entries.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::http::{Fingerprint, fingerprint_hex, parse_fingerprint};
use crate::store::{FileError, JsonStore, LoadProblem, StoredFile, lock};

const FILE_NAME: &str = "printer-certificates.json";
/// Hundreds of printers fit in a few tens of kilobytes.
const MAX_BYTES: u64 = 1024 * 1024;
/// A shop's network has dozens of printers; a file with far more is not ours.
const MAX_ENTRIES: usize = 4096;

/// Host (as typed or found, lower case) → fingerprint in hex.
type Known = BTreeMap<String, String>;

#[derive(Debug)]
struct Shared {
    file: Option<JsonStore<Known>>,
    known: Mutex<Known>,
}

/// The trusted certificates; clones share one store.
#[derive(Debug, Clone)]
pub struct Certificates {
    shared: Arc<Shared>,
    /// Why the stored file was not used, if it was damaged.
    pub problem: Option<LoadProblem>,
}

impl Certificates {
    /// The certificates stored in the settings folder `dir`.
    pub fn load(dir: &Path) -> Self {
        let file = JsonStore::new(dir, FILE_NAME, StoredFile::Certificates, MAX_BYTES);
        let loaded = file.load();
        Self {
            shared: Arc::new(Shared {
                file: Some(file),
                known: Mutex::new(loaded.value),
            }),
            problem: loaded.problem,
        }
    }

    /// Remembered for this run only (no settings folder).
    pub fn in_memory() -> Self {
        Self {
            shared: Arc::new(Shared {
                file: None,
                known: Mutex::new(Known::new()),
            }),
            problem: None,
        }
    }

    pub fn get(&self, host: &str) -> Option<Fingerprint> {
        let known = self.shared.known.lock().ok()?;
        parse_fingerprint(known.get(&host.to_ascii_lowercase())?)
    }

    /// Remembers `fp` for `host`. A host that already has a certificate keeps it: a
    /// change is never learned silently. With a file, the entry is merged into the
    /// file's entries of the moment, under its lock, and written atomically; entries
    /// other processes wrote meanwhile are kept (and learned here).
    pub fn remember(&self, host: &str, fp: &Fingerprint) -> Result<(), FileError> {
        let key = host.to_ascii_lowercase();
        let Ok(mut known) = self.shared.known.lock() else {
            return Ok(());
        };
        if known.contains_key(&key) || known.len() >= MAX_ENTRIES {
            return Ok(());
        }
        known.insert(key, fingerprint_hex(fp));
        let Some(file) = &self.shared.file else {
            return Ok(());
        };
        let _one_writer =
            lock::lock(file.path()).map_err(|e| FileError::from_io(file.path(), &e))?;
        // What the file holds now wins for a host both know: it was learned first.
        let on_disk = file.load();
        if let Some(problem) = &on_disk.problem {
            tracing::warn!(?problem, "printer certificates read again while saving");
        }
        for (host, hex) in on_disk.value {
            if known.len() < MAX_ENTRIES || known.contains_key(&host) {
                known.insert(host, hex);
            }
        }
        file.save(&known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_no_silent_change_and_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        let certs = Certificates::load(dir.path());
        assert_eq!(certs.get("printer.local"), None);
        certs.remember("Printer.local", &[7u8; 32]).unwrap();
        certs.remember("printer.local", &[8u8; 32]).unwrap();
        assert_eq!(
            Certificates::load(dir.path()).get("printer.local"),
            Some([7u8; 32]),
            "the first certificate stays"
        );
        std::fs::write(dir.path().join(FILE_NAME), b"{not json").unwrap();
        let damaged = Certificates::load(dir.path());
        assert_eq!(damaged.get("printer.local"), None);
        assert!(
            matches!(
                damaged.problem,
                Some(LoadProblem::Corrupt {
                    file: StoredFile::Certificates,
                    ..
                })
            ),
            "and says so"
        );
    }

    #[test]
    fn two_stores_on_one_file_keep_each_others_entries() {
        let dir = tempfile::tempdir().unwrap();
        // Loaded before either wrote: each holds an empty map.
        let (a, b) = (
            Certificates::load(dir.path()),
            Certificates::load(dir.path()),
        );
        a.remember("a.local", &[1u8; 32]).unwrap();
        b.remember("b.local", &[2u8; 32]).unwrap();
        b.remember("a.local", &[9u8; 32]).unwrap();
        let again = Certificates::load(dir.path());
        assert_eq!(again.get("a.local"), Some([1u8; 32]), "first learned wins");
        assert_eq!(again.get("b.local"), Some([2u8; 32]));
        assert_eq!(b.get("a.local"), Some([1u8; 32]), "learned from the file");
        // Clones are one store.
        let shared = a.clone();
        shared.remember("c.local", &[3u8; 32]).unwrap();
        assert_eq!(a.get("c.local"), Some([3u8; 32]));
    }
}
