//! Preferences, stored as JSON in the platform's config directory.
//!
//! Writes are atomic (temporary file + rename) so a crash never leaves half a file.
//! A file that cannot be read or parsed is moved aside and defaults are used: the
//! app always starts, and the person is told what happened.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const MIN_TEXT_SCALE: f32 = 1.0;
pub const MAX_TEXT_SCALE: f32 = 2.5;
const FILE_NAME: &str = "settings.json";
/// Set to a directory to keep settings somewhere else (tests, portable use).
pub const CONFIG_DIR_ENV: &str = "WPS_PIN_HELPER_CONFIG_DIR";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    Normal,
    HighContrast,
}

/// What the person chose. Never holds a PIN or a passphrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// 1.0 = 100 %; kept within [`MIN_TEXT_SCALE`, `MAX_TEXT_SCALE`].
    pub text_scale: f32,
    pub theme: Theme,
    pub reduced_motion: bool,
    /// A language tag such as "en-US"; `None` follows the system language.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale: 1.0,
            theme: Theme::Normal,
            reduced_motion: false,
            language: None,
        }
    }
}

impl Settings {
    /// Brings hand-edited or old values back into range.
    pub fn sanitized(mut self) -> Self {
        self.text_scale = clamp_text_scale(self.text_scale);
        if let Some(lang) = &self.language
            && (lang.is_empty() || lang.len() > 35)
        {
            self.language = None;
        }
        self
    }
}

pub fn clamp_text_scale(scale: f32) -> f32 {
    if scale.is_finite() {
        scale.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE)
    } else {
        1.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("no folder for settings could be found on this computer")]
    NoConfigDir,
    #[error("could not save settings to {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

/// Why the stored settings were not used, for a message to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The file was damaged and is kept at `moved_to` for support.
    Corrupt { moved_to: PathBuf, reason: String },
    /// The file exists but could not be read, and could not be moved either.
    Unreadable { path: PathBuf, reason: String },
}

#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    /// True when no settings file existed: the first start.
    pub first_start: bool,
    pub problem: Option<LoadProblem>,
}

/// Where settings live. Cheap to clone; the worker owns the writes.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    dir: PathBuf,
}

impl SettingsStore {
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The platform config dir (e.g. ~/.config/wps-pin-helper), or the directory
    /// named by `WPS_PIN_HELPER_CONFIG_DIR`.
    pub fn platform() -> Result<Self, SettingsError> {
        if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
            return Ok(Self::at(dir));
        }
        directories::ProjectDirs::from("org", "WPS PIN Helper", "wps-pin-helper")
            .map(|d| Self::at(d.config_dir()))
            .ok_or(SettingsError::NoConfigDir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn load(&self) -> Loaded {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Loaded {
                    settings: Settings::default(),
                    first_start: true,
                    problem: None,
                };
            }
            Err(e) => return self.set_aside(&path, e.to_string()),
        };
        match serde_json::from_slice::<Settings>(&bytes) {
            Ok(settings) => Loaded {
                settings: settings.sanitized(),
                first_start: false,
                problem: None,
            },
            Err(e) => self.set_aside(&path, e.to_string()),
        }
    }

    fn set_aside(&self, path: &Path, reason: String) -> Loaded {
        let problem = match crate::fsutil::set_aside(path) {
            Ok(moved_to) => LoadProblem::Corrupt { moved_to, reason },
            Err(_) => LoadProblem::Unreadable {
                path: path.to_owned(),
                reason,
            },
        };
        tracing::warn!(?problem, "settings not used");
        Loaded {
            settings: Settings::default(),
            first_start: false,
            problem: Some(problem),
        }
    }

    /// Writes atomically (see [`crate::fsutil::write_atomically`]).
    pub fn save(&self, settings: &Settings) -> Result<(), SettingsError> {
        let path = self.path();
        let err = |source| SettingsError::Write {
            path: path.clone(),
            source,
        };
        let json = serde_json::to_vec_pretty(settings).map_err(|e| err(e.into()))?;
        crate::fsutil::write_atomically(&path, &json).map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path().join("nested"));
        let first = store.load();
        assert!(first.first_start);
        assert_eq!(first.settings, Settings::default());

        let s = Settings {
            text_scale: 1.75,
            theme: Theme::HighContrast,
            reduced_motion: true,
            language: Some("en-US".into()),
        };
        store.save(&s).unwrap();
        let again = store.load();
        assert_eq!(again.settings, s);
        assert!(!again.first_start);
        assert!(again.problem.is_none());
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(store.dir()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn corrupt_file_is_moved_aside_and_defaults_used() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path());
        fs::write(store.path(), b"{\"text_scale\": 2.0, oops").unwrap();
        let loaded = store.load();
        assert_eq!(loaded.settings, Settings::default());
        match loaded.problem {
            Some(LoadProblem::Corrupt { moved_to, .. }) => {
                assert_eq!(
                    fs::read(&moved_to).unwrap(),
                    b"{\"text_scale\": 2.0, oops",
                    "the broken file is kept for support"
                );
            }
            other => panic!("expected Corrupt, got {other:?}"),
        }
        assert!(!store.path().exists());
        // The next start is clean.
        assert!(store.load().problem.is_none());
    }

    #[test]
    fn out_of_range_and_unknown_values_are_tamed() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path());
        fs::write(
            store.path(),
            br#"{"text_scale": 40.0, "future_option": [1,2], "language": ""}"#,
        )
        .unwrap();
        let loaded = store.load();
        assert!(loaded.problem.is_none());
        assert_eq!(loaded.settings.text_scale, MAX_TEXT_SCALE);
        assert_eq!(loaded.settings.language, None);
        assert_eq!(clamp_text_scale(f32::NAN), 1.0);
        assert_eq!(clamp_text_scale(0.2), MIN_TEXT_SCALE);
    }

    #[test]
    fn wrong_type_counts_as_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path());
        fs::write(store.path(), br#"{"theme": "purple"}"#).unwrap();
        assert!(matches!(
            store.load().problem,
            Some(LoadProblem::Corrupt { .. })
        ));
    }
}
