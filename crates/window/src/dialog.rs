//! The system's own save window (the XDG desktop portal on Linux), given to the worker,
//! which asks it on a thread of its own: it waits for the person, never the window.

use std::path::{Path, PathBuf};

use wps_pin_core::worker::save::{Asked, SaveDialog};

pub struct SystemSaveDialog;

/// A save window that answers one file at once (tests).
pub struct Answers(pub PathBuf);

impl SaveDialog for Answers {
    fn ask(&self, _suggested: &Path, _title: &str) -> Asked {
        Asked::Chosen(self.0.clone())
    }
}

impl SaveDialog for SystemSaveDialog {
    fn ask(&self, suggested: &Path, title: &str) -> Asked {
        // The portal is reached over the session bus. Without one, asking would start a
        // bus of the app's own (and write ~/.dbus): say instead that no window can open.
        #[cfg(all(unix, not(target_os = "macos")))]
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none_or(|a| a.is_empty()) {
            return Asked::Unavailable;
        }
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        match dialog.save_file() {
            Some(path) => Asked::Chosen(path),
            None => Asked::Cancelled,
        }
    }
}

/// The person's documents folder (else home, else the temporary folder), and home.
pub fn places(documents: Option<&Path>) -> (PathBuf, PathBuf) {
    let dirs = directories::UserDirs::new();
    let home = dirs
        .as_ref()
        .map(|u| u.home_dir().to_owned())
        .unwrap_or_else(std::env::temp_dir);
    let docs = documents
        .map(Path::to_owned)
        .or_else(|| {
            dirs.as_ref()
                .and_then(|u| u.document_dir().map(Path::to_owned))
        })
        .unwrap_or_else(|| home.clone());
    (docs, home)
}
