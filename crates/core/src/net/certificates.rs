//! The printers' certificates the app trusts, by SHA-256 fingerprint: learned on first
//! use, kept beside the settings, checked on every later connection by the probe itself
//! (so watching, `probe`, the checks and `report` all refuse a changed one). A damaged
//! file is set aside and reported: the worst case is a new first use, and the person is
//! told.

use std::collections::BTreeMap;
use std::path::Path;

use super::http::{Fingerprint, fingerprint_hex, parse_fingerprint};
use crate::store::{FileError, JsonStore, LoadProblem, StoredFile};

const FILE_NAME: &str = "printer-certificates.json";
/// Hundreds of printers fit in a few tens of kilobytes.
const MAX_BYTES: u64 = 1024 * 1024;
/// A shop's network has dozens of printers; a file with far more is not ours.
const MAX_ENTRIES: usize = 4096;

/// Host (as typed or found, lower case) → fingerprint in hex.
type Known = BTreeMap<String, String>;

#[derive(Debug)]
pub struct Certificates {
    file: Option<JsonStore<Known>>,
    known: Known,
    /// Why the stored file was not used, if it was damaged.
    pub problem: Option<LoadProblem>,
}

impl Certificates {
    /// The certificates stored in the settings folder `dir`.
    pub fn load(dir: &Path) -> Self {
        let file = JsonStore::new(dir, FILE_NAME, StoredFile::Certificates, MAX_BYTES);
        let loaded = file.load();
        Self {
            file: Some(file),
            known: loaded.value,
            problem: loaded.problem,
        }
    }

    /// Remembered for this run only (no settings folder).
    pub fn in_memory() -> Self {
        Self {
            file: None,
            known: Known::new(),
            problem: None,
        }
    }

    pub fn get(&self, host: &str) -> Option<Fingerprint> {
        parse_fingerprint(self.known.get(&host.to_ascii_lowercase())?)
    }

    /// Remembers `fp` for `host` (written atomically when there is a file). A host that
    /// already has a certificate keeps it: a change is never learned silently.
    pub fn remember(&mut self, host: &str, fp: &Fingerprint) -> Result<(), FileError> {
        let key = host.to_ascii_lowercase();
        if self.known.contains_key(&key) || self.known.len() >= MAX_ENTRIES {
            return Ok(());
        }
        self.known.insert(key, fingerprint_hex(fp));
        match &self.file {
            Some(file) => file.save(&self.known),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_no_silent_change_and_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut certs = Certificates::load(dir.path());
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
}
