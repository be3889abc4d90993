//! Preferences, stored as JSON in the platform's config directory.
//!
//! Kept in a [`JsonStore`]: writes are atomic, and a file that cannot be read or parsed
//! is set aside and defaults are used: the app always starts, and the person is told.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::{FileError, JsonStore, Loaded, StoredFile};

pub const MIN_TEXT_SCALE: f32 = 1.0;
pub const MAX_TEXT_SCALE: f32 = 2.5;
const FILE_NAME: &str = "settings.json";
/// A few hundred bytes in practice; anything far larger is not a settings file.
const MAX_BYTES: u64 = 64 * 1024;
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
#[error("no folder for settings could be found on this computer")]
pub struct NoConfigDir;

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
    pub fn platform() -> Result<Self, NoConfigDir> {
        if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
            return Ok(Self::at(dir));
        }
        directories::ProjectDirs::from("org", "WPS PIN Helper", "wps-pin-helper")
            .map(|d| Self::at(d.config_dir()))
            .ok_or(NoConfigDir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    fn file(&self) -> JsonStore<Settings> {
        JsonStore::new(&self.dir, FILE_NAME, StoredFile::Settings, MAX_BYTES)
    }

    /// The stored settings, brought back into range; defaults when there are none or
    /// the file is damaged (which is set aside and reported).
    pub fn load(&self) -> Loaded<Settings> {
        let mut loaded = self.file().load();
        loaded.value = loaded.value.sanitized();
        loaded
    }

    /// Writes atomically (see [`crate::store::write_atomically`]).
    pub fn save(&self, settings: &Settings) -> Result<(), FileError> {
        self.file().save(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::LoadProblem;
    use std::fs;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path().join("nested"));
        let first = store.load();
        assert!(first.first_use);
        assert_eq!(first.value, Settings::default());

        let s = Settings {
            text_scale: 1.75,
            theme: Theme::HighContrast,
            reduced_motion: true,
            language: Some("en-US".into()),
        };
        store.save(&s).unwrap();
        let again = store.load();
        assert_eq!(again.value, s);
        assert!(!again.first_use);
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
        assert_eq!(loaded.value, Settings::default());
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
        assert_eq!(loaded.value.text_scale, MAX_TEXT_SCALE);
        assert_eq!(loaded.value.language, None);
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
