//! Remembered control-panel answers: which kind of panel a model has, as the person
//! told us (no data source states it). Kept as JSON in the settings folder so
//! help-desk staff answer once per model, and shared between computers by export
//! and import.
//!
//! Writes are atomic; a damaged file is moved aside and never stops the app.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::settings::LoadProblem;

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

/// Family id → the panel the person said it has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PanelAnswers {
    answers: BTreeMap<String, PanelKind>,
}

#[derive(Serialize, Deserialize)]
struct AnswersFile {
    format: u32,
    /// Kept as text so one unknown value does not spoil the others.
    answers: BTreeMap<String, String>,
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
        let file = AnswersFile {
            format: 1,
            answers: self
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().to_owned()))
                .collect(),
        };
        serde_json::to_vec_pretty(&file).unwrap_or_default()
    }

    /// Reads an answers file. Entries with an unknown panel kind or a strange id are
    /// skipped; the count of skipped entries is returned.
    pub fn from_json(bytes: &[u8]) -> Result<(Self, usize), PanelError> {
        let file: AnswersFile = serde_json::from_slice(bytes)
            .map_err(|e| PanelError::NotAnAnswersFile(e.to_string()))?;
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
        Ok((answers, skipped))
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '+'))
}

#[derive(Debug, thiserror::Error)]
pub enum PanelError {
    #[error("could not save the control-panel answers to {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
    #[error("could not read {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("{path} is too large to be a file of control-panel answers")]
    TooLarge { path: PathBuf },
    #[error("this is not a file of control-panel answers ({0})")]
    NotAnAnswersFile(String),
}

/// Where the answers live: beside the settings.
#[derive(Debug, Clone)]
pub struct PanelStore {
    dir: PathBuf,
}

/// The stored answers, and why they could not be used if so.
#[derive(Debug)]
pub struct LoadedAnswers {
    pub answers: PanelAnswers,
    pub problem: Option<LoadProblem>,
}

impl PanelStore {
    /// `dir` is the settings folder (`SettingsStore::dir()`).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn load(&self) -> LoadedAnswers {
        let path = self.path();
        match read_bounded(&path) {
            Ok(bytes) => match PanelAnswers::from_json(&bytes) {
                Ok((answers, _)) => LoadedAnswers {
                    answers,
                    problem: None,
                },
                Err(e) => self.set_aside(&path, e.to_string()),
            },
            Err(PanelError::Read { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
                LoadedAnswers {
                    answers: PanelAnswers::default(),
                    problem: None,
                }
            }
            Err(e) => self.set_aside(&path, e.to_string()),
        }
    }

    fn set_aside(&self, path: &Path, reason: String) -> LoadedAnswers {
        let problem = match crate::fsutil::set_aside(path) {
            Ok(moved_to) => LoadProblem::Corrupt { moved_to, reason },
            Err(_) => LoadProblem::Unreadable {
                path: path.to_owned(),
                reason,
            },
        };
        tracing::warn!(?problem, "control-panel answers not used");
        LoadedAnswers {
            answers: PanelAnswers::default(),
            problem: Some(problem),
        }
    }

    pub fn save(&self, answers: &PanelAnswers) -> Result<(), PanelError> {
        write_atomic(&self.path(), &answers.to_json())
    }
}

/// Writes the answers to a file the person chose, to share them.
pub fn export(answers: &PanelAnswers, to: &Path) -> Result<(), PanelError> {
    write_atomic(to, &answers.to_json())
}

/// Reads answers shared from another computer. Returns them and how many entries
/// were skipped as unreadable.
pub fn import(from: &Path) -> Result<(PanelAnswers, usize), PanelError> {
    PanelAnswers::from_json(&read_bounded(from)?)
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, PanelError> {
    crate::fsutil::read_bounded(path, MAX_FILE_BYTES).map_err(|source| {
        if source.kind() == io::ErrorKind::FileTooLarge {
            PanelError::TooLarge {
                path: path.to_owned(),
            }
        } else {
            PanelError::Read {
                path: path.to_owned(),
                source,
            }
        }
    })
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), PanelError> {
    crate::fsutil::write_atomically(path, bytes).map_err(|source| PanelError::Write {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn remembers_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let store = PanelStore::at(dir.path().join("nested"));
        assert!(store.load().answers.is_empty());
        let mut a = PanelAnswers::default();
        a.set("officejet_pro_9010_series", PanelKind::Touchscreen);
        a.set("deskjet_2700_series", PanelKind::LightsOnly);
        a.set("bad id with spaces", PanelKind::LightsOnly);
        assert_eq!(a.len(), 2);
        store.save(&a).unwrap();
        let loaded = store.load();
        assert!(loaded.problem.is_none());
        assert_eq!(loaded.answers, a);
        assert_eq!(
            loaded.answers.get("deskjet_2700_series"),
            Some(PanelKind::LightsOnly)
        );
        let left: Vec<_> = fs::read_dir(dir.path().join("nested")).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn a_damaged_file_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = PanelStore::at(dir.path());
        fs::write(store.path(), b"{\"answers\": [").unwrap();
        let loaded = store.load();
        assert!(loaded.answers.is_empty());
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
        let e = import(&file).unwrap_err();
        assert!(
            e.to_string()
                .contains("not a file of control-panel answers")
        );

        let big = dir.path().join("big.json");
        fs::write(&big, vec![b' '; (MAX_FILE_BYTES + 10) as usize]).unwrap();
        assert!(matches!(import(&big), Err(PanelError::TooLarge { .. })));
        assert!(matches!(
            import(&dir.path().join("missing.json")),
            Err(PanelError::Read { .. })
        ));
    }
}
