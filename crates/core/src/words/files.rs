//! Stored and written files, in words.

use crate::i18n::Localizer;
use crate::store::{FileError, FileProblem, LoadProblem, StoredFile};
use crate::worker::save::SaveError;

/// Why a stored file was not used at start, and what that means for the person. Where the
/// file is now is said apart ([`load_problem_where`]): a folder path helps the help desk,
/// not the person reading the notice.
pub fn load_problem(problem: &LoadProblem, l: &Localizer) -> String {
    let (file, corrupt) = match problem {
        LoadProblem::Corrupt { file, .. } => (file, true),
        LoadProblem::Unreadable { file, .. } => (file, false),
    };
    let id = match (file, corrupt) {
        (StoredFile::Settings, true) => "settings-problem-corrupt",
        (StoredFile::Settings, false) => "settings-problem-unreadable",
        (StoredFile::PanelAnswers, _) => "catalog-answers-damaged",
        (StoredFile::GuideProgress, _) => "guide-progress-damaged",
        (StoredFile::Certificates, _) => "certificates-damaged",
    };
    l.t(id)
}

/// Where the file of a [`load_problem`] is now: set aside under a new name when it was
/// damaged, left where it was when it could not be read.
pub fn load_problem_where(problem: &LoadProblem, l: &Localizer) -> String {
    let (id, path) = match problem {
        LoadProblem::Corrupt { moved_to, .. } => ("file-kept-here", moved_to),
        LoadProblem::Unreadable { path, .. } => ("file-is-here", path),
    };
    l.t_args(id, &[("path", path.display().to_string().into())])
}

/// Why a file could not be read or written, naming it.
pub fn file_error(e: &FileError, l: &Localizer) -> String {
    let id = match e.problem {
        FileProblem::NotFound => "file-reason-not-found",
        FileProblem::NoPermission => "file-reason-no-permission",
        FileProblem::NoSpace => "file-reason-no-space",
        FileProblem::TooLarge => "file-reason-too-large",
        FileProblem::NotAFile => "file-reason-not-a-file",
        FileProblem::Damaged => "file-reason-damaged",
        FileProblem::Other => "file-reason-other",
    };
    l.t_args(id, &[("path", e.path.display().to_string().into())])
}

/// Why a file the person asked for was not written.
pub fn save_error(e: &SaveError, l: &Localizer) -> String {
    match e {
        SaveError::File(f) => file_error(f, l),
        SaveError::Exists(path) => l.t_args(
            "file-reason-exists",
            &[("path", path.display().to_string().into())],
        ),
        SaveError::NoFileChosen => l.t("save-no-file-chosen"),
        SaveError::NoDialog => l.t("save-no-window"),
    }
}
