//! Stored and written files, in words.

use crate::i18n::Localizer;
use crate::store::{FileError, FileProblem, LoadProblem, StoredFile};

/// Why a stored file was not used at start, and where it is now.
pub fn load_problem(problem: &LoadProblem, l: &Localizer) -> String {
    let (file, path, corrupt) = match problem {
        LoadProblem::Corrupt { file, moved_to } => (file, moved_to, true),
        LoadProblem::Unreadable { file, path } => (file, path, false),
    };
    let id = match (file, corrupt) {
        (StoredFile::Settings, true) => "settings-problem-corrupt",
        (StoredFile::Settings, false) => "settings-problem-unreadable",
        (StoredFile::PanelAnswers, _) => "catalog-answers-damaged",
        (StoredFile::GuideProgress, _) => "guide-progress-damaged",
        (StoredFile::Certificates, _) => "certificates-damaged",
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
