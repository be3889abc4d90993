//! "It doesn't work": the measured checks, the steps the person ticked as tried, and the
//! support summary's options and where it was saved.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use wps_pin_core::checks::CheckRun;
use wps_pin_core::report::Format;
use wps_pin_core::worker::save::SaveError;

/// (title id, explanation id), most common cause first.
pub const CHECKS: &[(&str, &str)] = &[
    ("trouble-one-device", "trouble-one-device-desc"),
    ("trouble-two-minutes", "trouble-two-minutes-desc"),
    ("trouble-wps-on", "trouble-wps-on-desc"),
    ("trouble-same-way", "trouble-same-way-desc"),
    ("trouble-security", "trouble-security-desc"),
    ("trouble-band", "trouble-band-desc"),
    ("trouble-hidden", "trouble-hidden-desc"),
    ("trouble-locked", "trouble-locked-desc"),
    ("trouble-isolation", "trouble-isolation-desc"),
    ("trouble-restart", "trouble-restart-desc"),
];

/// The summary's default file in `folder`, named for the format.
pub fn default_path(folder: &Path, format: Format) -> PathBuf {
    folder.join(format!("wps-support-summary.{}", format.extension()))
}

#[derive(Debug, Clone)]
pub struct TroubleState {
    /// When the person marked each check in [`CHECKS`] as tried.
    pub tried: [Option<SystemTime>; CHECKS.len()],
    pub run: Option<CheckRun>,
    pub running: bool,
    pub include_pin: bool,
    pub include_serial: bool,
    pub format: Format,
    /// The file typed for the summary.
    pub save_path: String,
    /// The last save: where it went, or why not.
    pub saved: Option<Result<PathBuf, SaveError>>,
    pub copied: bool,
    /// The save window is open.
    pub choosing: bool,
    /// The last save used the typed file (its outcome is said under that button).
    pub typed_save: bool,
}

impl TroubleState {
    pub fn new(documents: &Path) -> Self {
        Self {
            tried: [None; CHECKS.len()],
            run: None,
            running: false,
            include_pin: false,
            include_serial: true,
            format: Format::Text,
            save_path: default_path(documents, Format::Text).display().to_string(),
            saved: None,
            copied: false,
            choosing: false,
            typed_save: false,
        }
    }
}
