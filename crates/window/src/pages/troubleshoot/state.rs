//! What the troubleshooting page keeps between frames.

use std::time::SystemTime;

use wps_pin_core::checks::CheckRun;
use wps_pin_core::report::Format;
use wps_pin_core::store::FileError;

/// A file in the person's documents (or home) folder, named for the format.
pub fn default_path(format: Format) -> String {
    crate::files::documents(None)
        .join(format!("wps-support-summary.{}", format.extension()))
        .display()
        .to_string()
}

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

pub struct TroubleshootPage {
    /// When the person marked each check in [`CHECKS`] as tried.
    pub tried: [Option<SystemTime>; CHECKS.len()],
    pub run: Option<CheckRun>,
    pub running: bool,
    pub include_pin: bool,
    pub include_serial: bool,
    pub format: Format,
    pub save_path: String,
    /// The last save: where it went, or why it failed.
    pub saved: Option<Result<std::path::PathBuf, FileError>>,
    pub copied: bool,
    /// The save dialog is open.
    pub choosing: bool,
    /// The dialog closed without a file (or there is no dialog on this system).
    pub no_file_chosen: bool,
    /// The last save used the typed file name (its outcome is said under that button).
    pub typed_save: bool,
    /// "Make a support summary" was pressed: the summary's first button takes focus
    /// (which scrolls it into view).
    pub focus_summary: bool,
}

impl Default for TroubleshootPage {
    fn default() -> Self {
        Self {
            tried: [None; CHECKS.len()],
            run: None,
            running: false,
            include_pin: false,
            include_serial: true,
            format: Format::Text,
            save_path: default_path(Format::Text),
            saved: None,
            copied: false,
            choosing: false,
            no_file_chosen: false,
            typed_save: false,
            focus_summary: false,
        }
    }
}
