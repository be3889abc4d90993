//! Where the person was in each guide, kept between runs beside the settings, so that
//! closing the app halfway through a guide does not send them back to step 1.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use crate::fsutil;

const FILE_NAME: &str = "guide-progress.json";
/// Nine guides need a few hundred bytes; anything far larger is not ours.
const MAX_BYTES: u64 = 64 * 1024;

/// Step index (from 0) by guide id. Unknown guides and steps past a guide's end are
/// dropped on load, so an old file never points outside a guide.
pub type Progress = BTreeMap<String, usize>;

#[derive(Debug, Clone)]
pub struct ProgressStore {
    dir: PathBuf,
}

impl ProgressStore {
    /// `dir` is the settings folder (`SettingsStore::dir()`).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The stored positions. A missing file is a first run; a damaged one is moved aside
    /// (it only held positions, so nothing the person typed is lost) and logged.
    pub fn load(&self) -> Progress {
        let path = self.path();
        match fsutil::read_bounded(&path, MAX_BYTES) {
            Ok(bytes) => match serde_json::from_slice::<Progress>(&bytes) {
                Ok(stored) => keep_valid(stored),
                Err(e) => {
                    tracing::warn!(path = %path.display(), "guide positions unreadable: {e}");
                    let _ = fsutil::set_aside(&path);
                    Progress::new()
                }
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => Progress::new(),
            Err(e) => {
                tracing::warn!(path = %path.display(), "guide positions not read: {e}");
                Progress::new()
            }
        }
    }

    pub fn save(&self, progress: &Progress) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(progress).map_err(io::Error::other)?;
        fsutil::write_atomically(&self.path(), &json)
    }
}

fn keep_valid(stored: Progress) -> Progress {
    stored
        .into_iter()
        .filter(|(id, step)| super::get(id).is_some_and(|g| *step < g.steps.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_survive_a_restart_and_bad_ones_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgressStore::at(dir.path().join("nested"));
        assert!(store.load().is_empty(), "first run");
        let mut p = Progress::new();
        p.insert("touchscreen".into(), 2);
        p.insert("no-such-guide".into(), 1);
        p.insert("label".into(), 99);
        store.save(&p).unwrap();
        let loaded = store.load();
        assert_eq!(loaded.get("touchscreen"), Some(&2));
        assert_eq!(loaded.len(), 1, "{loaded:?}");
    }

    #[test]
    fn a_damaged_file_is_set_aside_and_the_guides_start_at_step_1() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgressStore::at(dir.path());
        for junk in [&b"{\"touchscreen\": -3"[..], b"\xff\xfe", b"[1,2]"] {
            std::fs::write(store.path(), junk).unwrap();
            assert!(store.load().is_empty());
            assert!(!store.path().exists(), "the damaged file is moved aside");
        }
        std::fs::write(store.path(), vec![b' '; 100_000]).unwrap();
        assert!(store.load().is_empty(), "an oversized file is not read");
    }
}
