//! What the model page keeps between frames.

use std::path::PathBuf;

use wps_pin_core::catalog::Found;
use wps_pin_core::store::FileError;

/// The file answers are shared through, in the person's home folder (they can type
/// another path).
fn default_share_path() -> String {
    const FILE_NAME: &str = "wps-pin-helper-control-panels.json";
    directories::UserDirs::new()
        .map(|d| d.home_dir().join(FILE_NAME))
        .unwrap_or_else(|| PathBuf::from(FILE_NAME))
        .display()
        .to_string()
}

#[derive(Debug)]
pub struct ChooseModelPage {
    pub query: String,
    /// The person wants to answer the panel question again for a remembered model.
    pub asking_again: bool,
    /// The file for sharing answers between computers.
    pub share_path: String,
    pub status: Option<Status>,
    /// Move keyboard focus to the first control of what is now shown.
    pub(super) focus_first: bool,
    /// The results for `results_for`: the page redraws more often than people type.
    pub(super) results: Found<'static>,
    pub(super) results_for: Option<String>,
}

impl Default for ChooseModelPage {
    fn default() -> Self {
        Self {
            query: String::new(),
            asking_again: false,
            share_path: default_share_path(),
            status: None,
            focus_first: false,
            results: Found::default(),
            results_for: None,
        }
    }
}

/// The outcome of the last save, export or import, for the person to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Exported(PathBuf),
    Imported { added: usize, skipped: usize },
    Failed(FileError),
}
