//! Where the person was in each guide, kept between runs beside the settings, so that
//! closing the app halfway through a guide does not send them back to step 1.

use std::collections::BTreeMap;
use std::path::Path;

use crate::store::{JsonStore, Loaded, StoredFile};

const FILE_NAME: &str = "guide-progress.json";
/// Nine guides need a few hundred bytes; anything far larger is not ours.
const MAX_BYTES: u64 = 64 * 1024;

/// Step index (from 0) by guide id. Unknown guides and steps past a guide's end are
/// dropped on load, so an old file never points outside a guide.
pub type Progress = BTreeMap<String, usize>;

/// The file beside the settings (`dir` is `SettingsStore::dir()`).
pub fn store(dir: &Path) -> JsonStore<Progress> {
    JsonStore::new(dir, FILE_NAME, StoredFile::GuideProgress, MAX_BYTES)
}

/// The stored positions, without guides that no longer exist or steps past their end.
pub fn load(dir: &Path) -> Loaded<Progress> {
    let mut loaded = store(dir).load();
    loaded.value = keep_valid(std::mem::take(&mut loaded.value));
    loaded
}

fn keep_valid(stored: Progress) -> Progress {
    stored
        .into_iter()
        .filter(|(id, step)| {
            super::GuideId::from_key(id)
                .and_then(super::get)
                .is_some_and(|g| *step < g.steps.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::LoadProblem;

    #[test]
    fn positions_survive_a_restart_and_bad_ones_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path().join("nested");
        assert!(load(&dir).value.is_empty(), "first run");
        let mut p = Progress::new();
        p.insert("touchscreen".into(), 2);
        p.insert("no-such-guide".into(), 1);
        p.insert("label".into(), 99);
        store(&dir).save(&p).unwrap();
        let loaded = load(&dir).value;
        assert_eq!(loaded.get("touchscreen"), Some(&2));
        assert_eq!(loaded.len(), 1, "{loaded:?}");
    }

    #[test]
    fn a_damaged_file_is_set_aside_and_the_guides_start_at_step_1() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path()).path().to_owned();
        for junk in [&b"{\"touchscreen\": -3"[..], b"\xff\xfe", b"[1,2]"] {
            std::fs::write(&path, junk).unwrap();
            let loaded = load(dir.path());
            assert!(loaded.value.is_empty());
            assert!(
                matches!(
                    loaded.problem,
                    Some(LoadProblem::Corrupt {
                        file: StoredFile::GuideProgress,
                        ..
                    })
                ),
                "and says so"
            );
            assert!(!path.exists(), "the damaged file is moved aside");
        }
        std::fs::write(&path, vec![b' '; 100_000]).unwrap();
        assert!(
            load(dir.path()).value.is_empty(),
            "an oversized file is not read"
        );
    }
}
