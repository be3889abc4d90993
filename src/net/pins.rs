//! Certificate fingerprints trusted for each printer (trust on first use), kept in the
//! settings folder. A damaged file is set aside: the worst case is a new first use.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::http::{Fingerprint, fingerprint_hex, parse_fingerprint};

const FILE: &str = "printer-certificates.json";

pub struct PinStore {
    path: PathBuf,
    pins: BTreeMap<String, String>,
}

impl PinStore {
    pub fn load(dir: &Path) -> Self {
        let path = dir.join(FILE);
        let pins = fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Self { path, pins }
    }

    pub fn get(&self, host: &str) -> Option<Fingerprint> {
        parse_fingerprint(self.pins.get(&host.to_ascii_lowercase())?)
    }

    /// Remembers `fp` for `host` (atomically: temporary file, then rename).
    pub fn set(&mut self, host: &str, fp: &Fingerprint) -> std::io::Result<()> {
        self.pins
            .insert(host.to_ascii_lowercase(), fingerprint_hex(fp));
        let json = serde_json::to_vec_pretty(&self.pins).map_err(std::io::Error::other)?;
        crate::fsutil::write_atomically(&self.path, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = PinStore::load(dir.path());
        assert_eq!(store.get("printer.local"), None);
        store.set("Printer.local", &[7u8; 32]).unwrap();
        assert_eq!(
            PinStore::load(dir.path()).get("printer.local"),
            Some([7u8; 32])
        );
        fs::write(dir.path().join(FILE), b"{not json").unwrap();
        assert_eq!(PinStore::load(dir.path()).get("printer.local"), None);
    }
}
