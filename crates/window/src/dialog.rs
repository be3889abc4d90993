//! The system's own save dialog (the XDG portal on Linux), run as a job on its own
//! thread: it waits for the person, never for the window.

use std::path::PathBuf;

use wps_pin_core::worker::{Event, EventSink};

/// `done` turns the dialog's answer into the event the window waits for.
pub fn choose_save_file(
    sink: &EventSink,
    suggested: PathBuf,
    title: String,
    done: fn(Option<PathBuf>) -> Event,
) {
    sink.spawn_job("wps-save-dialog", move || {
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(dir) = suggested.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        done(dialog.save_file())
    });
}
