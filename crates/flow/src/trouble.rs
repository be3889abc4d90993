//! "It doesn't work": the measured checks, the steps the person ticked as tried, and the
//! support summary's options and where it was saved.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use wps_pin_core::checks::CheckRun;
use wps_pin_core::report::Format;
use wps_pin_core::worker::save::SaveError;

/// A cause of failed WPS attempts that only the person can check, with what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause {
    /// Its name in the summary's JSON, the same in every language.
    pub key: &'static str,
    /// Message ids: the title, and what to check or do.
    pub title: &'static str,
    pub desc: &'static str,
    /// It is about two devices in WPS mode at once: shown with the push-button picture.
    pub two_devices: bool,
}

const fn cause(key: &'static str, title: &'static str, desc: &'static str) -> Cause {
    Cause {
        key,
        title,
        desc,
        two_devices: false,
    }
}

/// Most common cause first.
pub const CHECKS: &[Cause] = &[
    Cause {
        two_devices: true,
        ..cause(
            "one_device",
            "trouble-one-device",
            "trouble-one-device-desc",
        )
    },
    cause(
        "two_minutes",
        "trouble-two-minutes",
        "trouble-two-minutes-desc",
    ),
    cause("wps_on", "trouble-wps-on", "trouble-wps-on-desc"),
    cause("same_way", "trouble-same-way", "trouble-same-way-desc"),
    cause("security", "trouble-security", "trouble-security-desc"),
    cause("band", "trouble-band", "trouble-band-desc"),
    cause("hidden", "trouble-hidden", "trouble-hidden-desc"),
    cause("locked", "trouble-locked", "trouble-locked-desc"),
    cause("isolation", "trouble-isolation", "trouble-isolation-desc"),
    cause("restart", "trouble-restart", "trouble-restart-desc"),
];

/// The summary's default file in `folder`, named for the format.
pub fn default_path(folder: &Path, format: Format) -> PathBuf {
    folder.join(format!("wps-support-summary.{}", format.extension()))
}

/// What became of the last copy or save of the summary: one line, replaced each time.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Copied,
    Saved(PathBuf),
    NotSaved(SaveError),
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
    /// The person typed the file themselves (else it follows the case, model and time).
    pub path_typed: bool,
    /// What became of the last copy or save.
    pub status: Option<SaveStatus>,
    /// The save window is open.
    pub choosing: bool,
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
            path_typed: false,
            status: None,
            choosing: false,
        }
    }
}
