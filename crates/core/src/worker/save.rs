//! Saving a file the person asked for (a support summary, a printable guide) as one
//! command: ask where (the system's save window, when the face gave the worker one),
//! write, and answer once. An existing file is never replaced unless the person said so.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::store::{FileError, write_atomically};

/// What is being saved (the answer goes back to the part of the window that asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    Summary,
    Guide,
}

/// Where to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveTo {
    /// Ask the person with the system's save window, starting at `suggested`.
    Ask { suggested: PathBuf, title: String },
    /// This file, typed by the person; an existing one only when `replace` is true.
    File { path: PathBuf, replace: bool },
}

/// Why nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The person closed the save window without choosing a file.
    NoFileChosen,
    /// No save window can open on this system (no desktop portal or session bus).
    NoDialog,
    /// The file exists; it is replaced only when the person says so.
    Exists(PathBuf),
    /// The file could not be written.
    File(FileError),
}

/// What the save window said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    Chosen(PathBuf),
    Cancelled,
    /// It could not open.
    Unavailable,
}

/// The system's save window, as the face provides it (the core opens no window itself).
/// It blocks until the person answers: the worker calls it on a job thread.
pub trait SaveDialog: Send + Sync {
    fn ask(&self, suggested: &Path, title: &str) -> Asked;
}

/// Writes `contents` to `path` unless it exists and `replace` is false.
pub fn write(path: &Path, contents: &str, replace: bool) -> Result<PathBuf, SaveError> {
    // A link or a folder is a "file that exists" too: never written through silently.
    if !replace && path.symlink_metadata().is_ok() {
        return Err(SaveError::Exists(path.to_owned()));
    }
    write_atomically(path, contents.as_bytes())
        .map(|()| path.to_owned())
        .map_err(SaveError::File)
}

/// Asks (when `to` says so), then writes. Blocks while the save window is open.
pub fn save(
    dialog: Option<&Arc<dyn SaveDialog>>,
    to: SaveTo,
    contents: &str,
) -> Result<PathBuf, SaveError> {
    match to {
        SaveTo::File { path, replace } => write(&path, contents, replace),
        SaveTo::Ask { suggested, title } => {
            let Some(dialog) = dialog else {
                return Err(SaveError::NoDialog);
            };
            match dialog.ask(&suggested, &title) {
                // The save window asked about replacing an existing file itself.
                Asked::Chosen(path) => write(&path, contents, true),
                Asked::Cancelled => Err(SaveError::NoFileChosen),
                Asked::Unavailable => Err(SaveError::NoDialog),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Answers(Asked);
    impl SaveDialog for Answers {
        fn ask(&self, _: &Path, _: &str) -> Asked {
            self.0.clone()
        }
    }

    fn ask() -> SaveTo {
        SaveTo::Ask {
            suggested: PathBuf::from("summary.txt"),
            title: "Save".into(),
        }
    }

    #[test]
    fn a_typed_file_is_written_once_and_never_replaced_unasked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let to = |replace| SaveTo::File {
            path: path.clone(),
            replace,
        };
        assert_eq!(save(None, to(false), "one"), Ok(path.clone()));
        assert_eq!(
            save(None, to(false), "two"),
            Err(SaveError::Exists(path.clone()))
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "one");
        assert_eq!(save(None, to(true), "two"), Ok(path.clone()));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
    }

    #[test]
    fn the_save_window_answers_are_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        let chosen = dir.path().join("chosen.txt");
        let with = |a: Asked| -> Arc<dyn SaveDialog> { Arc::new(Answers(a)) };
        assert_eq!(save(None, ask(), "x"), Err(SaveError::NoDialog));
        let cancelled = with(Asked::Cancelled);
        assert_eq!(
            save(Some(&cancelled), ask(), "x"),
            Err(SaveError::NoFileChosen)
        );
        let none = with(Asked::Unavailable);
        assert_eq!(save(Some(&none), ask(), "x"), Err(SaveError::NoDialog));
        let yes = with(Asked::Chosen(chosen.clone()));
        assert_eq!(save(Some(&yes), ask(), "x"), Ok(chosen.clone()));
        assert_eq!(std::fs::read_to_string(&chosen).unwrap(), "x");
    }

    #[test]
    fn a_failed_write_is_a_typed_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let to = SaveTo::File {
            path: blocker.join("inside.txt"),
            replace: false,
        };
        assert!(matches!(save(None, to, "x"), Err(SaveError::File(_))));
    }
}
