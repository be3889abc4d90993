//! Remembered control-panel answers: which kind of panel a model has, as the person
//! told us (no data source states it). Kept as JSON in the settings folder so
//! help-desk staff answer once per model, and shared between computers by export
//! and import.
//!
//! Writes are atomic; a damaged file is moved aside and never stops the app.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::store::{FileError, FileProblem, JsonStore, StoredFile, read_bounded, write_atomically};

const FILE_NAME: &str = "panel-answers.json";
/// A shared file bigger than this is not an answers file.
const MAX_FILE_BYTES: u64 = 1024 * 1024;
const MAX_ID_LEN: usize = 120;

/// The kinds of control panel the guide knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PanelKind {
    /// A touchscreen with menus.
    Touchscreen,
    /// A small text display with buttons beside it.
    TextDisplay,
    /// Buttons and lights, no display.
    LightsOnly,
}

impl PanelKind {
    pub const ALL: [PanelKind; 3] = [
        PanelKind::Touchscreen,
        PanelKind::TextDisplay,
        PanelKind::LightsOnly,
    ];

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PanelKind::Touchscreen => "touchscreen",
            PanelKind::TextDisplay => "text-display",
            PanelKind::LightsOnly => "lights-only",
        }
    }
}

/// Family id → the panel the person said it has. Stored as an [`AnswersFile`], where an
/// entry that cannot be read is dropped without spoiling the others.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AnswersFile", into = "AnswersFile")]
pub struct PanelAnswers {
    answers: BTreeMap<String, PanelKind>,
}

#[derive(Serialize, Deserialize)]
pub struct AnswersFile {
    format: u32,
    /// Kept as text so one unknown value does not spoil the others.
    answers: BTreeMap<String, String>,
}

impl From<AnswersFile> for PanelAnswers {
    fn from(file: AnswersFile) -> Self {
        Self::from_file(file).0
    }
}

impl From<PanelAnswers> for AnswersFile {
    fn from(a: PanelAnswers) -> Self {
        AnswersFile {
            format: 1,
            answers: a
                .answers
                .into_iter()
                .map(|(k, v)| (k, v.as_str().to_owned()))
                .collect(),
        }
    }
}

impl PanelAnswers {
    pub fn get(&self, family_id: &str) -> Option<PanelKind> {
        self.answers.get(family_id).copied()
    }

    pub fn set(&mut self, family_id: &str, kind: PanelKind) {
        if valid_id(family_id) {
            self.answers.insert(family_id.to_owned(), kind);
        }
    }

    pub fn forget(&mut self, family_id: &str) {
        self.answers.remove(family_id);
    }

    pub fn len(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// Adds `other`'s answers; where both know a model, `other` wins.
    pub fn merge(&mut self, other: PanelAnswers) {
        self.answers.extend(other.answers);
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(&AnswersFile::from(self.clone())).unwrap_or_default()
    }

    /// Reads an answers file. Entries with an unknown panel kind or a strange id are
    /// skipped; the count of skipped entries is returned.
    pub fn from_json(bytes: &[u8]) -> Result<(Self, usize), serde_json::Error> {
        serde_json::from_slice(bytes).map(Self::from_file)
    }

    fn from_file(file: AnswersFile) -> (Self, usize) {
        let mut answers = PanelAnswers::default();
        let mut skipped = 0;
        for (id, kind) in file.answers {
            match PanelKind::parse(&kind) {
                Some(k) if valid_id(&id) => {
                    answers.answers.insert(id, k);
                }
                _ => skipped += 1,
            }
        }
        (answers, skipped)
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '+'))
}

/// Where the answers live: beside the settings.
pub fn store(settings_dir: &Path) -> JsonStore<PanelAnswers> {
    JsonStore::new(
        settings_dir,
        FILE_NAME,
        StoredFile::PanelAnswers,
        MAX_FILE_BYTES,
    )
}

/// Writes the answers to a file the person chose, to share them.
pub fn export(answers: &PanelAnswers, to: &Path) -> Result<(), FileError> {
    write_atomically(to, &answers.to_json())
}

/// Reads answers shared from another computer. Returns them and how many entries
/// were skipped as unreadable.
pub fn import(from: &Path) -> Result<(PanelAnswers, usize), FileError> {
    let bytes = read_bounded(from, MAX_FILE_BYTES).map_err(|e| FileError::from_io(from, &e))?;
    PanelAnswers::from_json(&bytes).map_err(|_| FileError::new(from, FileProblem::Damaged))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::LoadProblem;
    use std::fs;

    #[test]
    fn remembers_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir.path().join("nested"));
        assert!(store.load().value.is_empty());
        let mut a = PanelAnswers::default();
        a.set("officejet_pro_9010_series", PanelKind::Touchscreen);
        a.set("deskjet_2700_series", PanelKind::LightsOnly);
        a.set("bad id with spaces", PanelKind::LightsOnly);
        assert_eq!(a.len(), 2);
        store.save(&a).unwrap();
        let loaded = store.load();
        assert!(loaded.problem.is_none());
        assert_eq!(loaded.value, a);
        assert_eq!(
            loaded.value.get("deskjet_2700_series"),
            Some(PanelKind::LightsOnly)
        );
        let left: Vec<_> = fs::read_dir(dir.path().join("nested")).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn a_damaged_file_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path());
        fs::write(store.path(), b"{\"answers\": [").unwrap();
        let loaded = store.load();
        assert!(loaded.value.is_empty());
        match loaded.problem {
            Some(LoadProblem::Corrupt { moved_to, .. }) => {
                assert_eq!(fs::read(moved_to).unwrap(), b"{\"answers\": [");
            }
            other => panic!("expected Corrupt, got {other:?}"),
        }
        assert!(store.load().problem.is_none());
    }

    #[test]
    fn export_then_import_on_another_computer() {
        let dir = tempfile::tempdir().unwrap();
        let mut here = PanelAnswers::default();
        here.set("envy_6000_series", PanelKind::TextDisplay);
        here.set("deskjet_2700_series", PanelKind::LightsOnly);
        let file = dir.path().join("shop answers.json");
        export(&here, &file).unwrap();

        let mut there = PanelAnswers::default();
        there.set("envy_6000_series", PanelKind::Touchscreen);
        there.set("smart_tank_350_series", PanelKind::LightsOnly);
        let (imported, skipped) = import(&file).unwrap();
        assert_eq!(skipped, 0);
        there.merge(imported);
        assert_eq!(there.len(), 3);
        assert_eq!(
            there.get("envy_6000_series"),
            Some(PanelKind::TextDisplay),
            "imported answers win"
        );
    }

    #[test]
    fn import_skips_odd_entries_and_refuses_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.json");
        fs::write(
            &file,
            br#"{"format": 1, "answers": {"envy_6000_series": "touchscreen",
                "x": "hologram", "../../etc": "touchscreen"}}"#,
        )
        .unwrap();
        let (a, skipped) = import(&file).unwrap();
        assert_eq!((a.len(), skipped), (1, 2));

        fs::write(&file, b"PK\x03\x04 a zip file").unwrap();
        assert_eq!(import(&file).unwrap_err().problem, FileProblem::Damaged);

        let big = dir.path().join("big.json");
        fs::write(&big, vec![b' '; (MAX_FILE_BYTES + 10) as usize]).unwrap();
        assert_eq!(import(&big).unwrap_err().problem, FileProblem::TooLarge);
        assert_eq!(
            import(&dir.path().join("missing.json"))
                .unwrap_err()
                .problem,
            FileProblem::NotFound
        );
    }
}
