//! Files the app keeps and writes. One JSON store serves all four files beside the
//! settings (settings, panel answers, guide positions, printer certificates): a bounded
//! read of a regular file only, an atomic write, and a damaged file set aside (never
//! deleted) and reported. Every other file the app writes (a printed guide, a support
//! summary, shared answers) goes through the same atomic write; a file several processes
//! update is written under a [`lock`].

use std::fs;
use std::io::{self, Write};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

pub mod lock;
mod read;

pub use read::{NotAFile, read_bounded, read_owned};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Which stored file, so a message can say what was lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredFile {
    Settings,
    PanelAnswers,
    GuideProgress,
    Certificates,
}

/// Why a file could not be read or written, as a value every language can word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    NotFound,
    NoPermission,
    NoSpace,
    TooLarge,
    /// A folder, a device or another special file where a plain file was expected.
    NotAFile,
    /// Readable, but not in the expected format.
    Damaged,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem:?}", path.display())]
pub struct FileError {
    pub path: PathBuf,
    pub problem: FileProblem,
}

impl FileError {
    pub fn new(path: &Path, problem: FileProblem) -> Self {
        Self {
            path: path.to_owned(),
            problem,
        }
    }

    pub fn from_io(path: &Path, e: &io::Error) -> Self {
        use io::ErrorKind::*;
        let problem = match e.kind() {
            _ if read::is_not_a_file(e) => FileProblem::NotAFile,
            NotFound => FileProblem::NotFound,
            PermissionDenied | ReadOnlyFilesystem => FileProblem::NoPermission,
            StorageFull | QuotaExceeded => FileProblem::NoSpace,
            FileTooLarge => FileProblem::TooLarge,
            IsADirectory | NotADirectory => FileProblem::NotAFile,
            InvalidData => FileProblem::Damaged,
            _ => FileProblem::Other,
        };
        tracing::debug!(path = %path.display(), "file error: {e}");
        Self::new(path, problem)
    }
}

/// Why a stored file was not used at start. The app starts anyway, with defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The file was damaged and is kept at `moved_to` for support.
    Corrupt { file: StoredFile, moved_to: PathBuf },
    /// The file exists but could not be read, and could not be moved either.
    Unreadable { file: StoredFile, path: PathBuf },
}

/// Writes `bytes` to `path` so that a crash never leaves half a file: the folder is
/// created if needed, a temporary file beside the target is written and flushed, then
/// renamed over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let err = |e: io::Error| FileError::from_io(path, &e);
    // Only a regular file is ever replaced: never a device node, a folder or a link
    // (renaming over a link would replace the link, not what it points to).
    match fs::symlink_metadata(path) {
        Ok(m) if !m.file_type().is_file() => {
            return Err(FileError::new(path, FileProblem::NotAFile));
        }
        _ => {}
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir {
        fs::create_dir_all(dir).map_err(err)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A name of this write's own: two writers (threads or processes) never share one,
    // and a name a crashed writer left behind is passed over, never removed.
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let (tmp, mut f) = (0..16)
        .find_map(|_| {
            let n = WRITES.fetch_add(1, Ordering::Relaxed);
            let tmp_name = format!(".{name}.tmp-{}-{n}", std::process::id());
            let tmp = dir.map_or_else(|| PathBuf::from(&tmp_name), |d| d.join(&tmp_name));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => None,
                opened => Some(opened.map(|f| (tmp, f))),
            }
        })
        .unwrap_or_else(|| Err(io::ErrorKind::AlreadyExists.into()))
        .map_err(err)?;
    let result = f
        .write_all(bytes)
        .and_then(|()| f.sync_all())
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Moves a damaged file aside as `<name>.broken-<unix seconds>` (with `-2`, `-3`… when
/// that name is taken), kept for support, and returns where it went.
pub fn set_aside(path: &Path) -> io::Result<PathBuf> {
    // Only a regular file is moved: a FIFO, device or link stays where it is.
    if !fs::symlink_metadata(path)?.file_type().is_file() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, NotAFile));
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut moved_to = path.with_file_name(format!("{name}.broken-{stamp}"));
    let mut n = 1;
    while moved_to.exists() {
        n += 1;
        moved_to = path.with_file_name(format!("{name}.broken-{stamp}-{n}"));
    }
    fs::rename(path, &moved_to)?;
    Ok(moved_to)
}

/// A stored value and how loading it went.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: T,
    /// No file existed: the first use.
    pub first_use: bool,
    pub problem: Option<LoadProblem>,
}

/// One JSON file in the settings folder.
#[derive(Debug, Clone)]
pub struct JsonStore<T> {
    path: PathBuf,
    file: StoredFile,
    max_bytes: u64,
    _value: PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned + Default> JsonStore<T> {
    pub fn new(dir: &Path, name: &str, file: StoredFile, max_bytes: u64) -> Self {
        Self {
            path: dir.join(name),
            file,
            max_bytes,
            _value: PhantomData,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored value. A missing file is a first use; a damaged or oversized one is
    /// set aside and reported, and the default is used; something that is not a regular
    /// file (a FIFO, a device) is reported and left where it is.
    pub fn load(&self) -> Loaded<T> {
        let bytes = match read_owned(&self.path, self.max_bytes) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Loaded {
                    value: T::default(),
                    first_use: true,
                    problem: None,
                };
            }
            Err(e) => return self.set_aside(&e.to_string()),
        };
        match serde_json::from_slice(&bytes) {
            Ok(value) => Loaded {
                value,
                first_use: false,
                problem: None,
            },
            Err(e) => self.set_aside(&e.to_string()),
        }
    }

    fn set_aside(&self, reason: &str) -> Loaded<T> {
        let problem = match set_aside(&self.path) {
            Ok(moved_to) => LoadProblem::Corrupt {
                file: self.file,
                moved_to,
            },
            Err(_) => LoadProblem::Unreadable {
                file: self.file,
                path: self.path.clone(),
            },
        };
        tracing::warn!(?problem, "stored file not used: {reason}");
        Loaded {
            value: T::default(),
            first_use: false,
            problem: Some(problem),
        }
    }

    /// Writes the value atomically.
    pub fn save(&self, value: &T) -> Result<(), FileError> {
        let json = serde_json::to_vec_pretty(value)
            .map_err(|_| FileError::new(&self.path, FileProblem::Other))?;
        write_atomically(&self.path, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    type Map = BTreeMap<String, u32>;

    #[test]
    fn writes_whole_files_and_sets_damaged_ones_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/file.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(
            fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1,
            "no temporary left"
        );
        let moved = set_aside(&path).unwrap();
        assert!(!path.exists());
        assert_eq!(fs::read(moved).unwrap(), b"two");
    }

    #[test]
    fn two_damaged_files_in_one_second_keep_both() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        fs::write(&path, b"first").unwrap();
        let a = set_aside(&path).unwrap();
        fs::write(&path, b"second").unwrap();
        let b = set_aside(&path).unwrap();
        assert_ne!(a, b);
        assert_eq!(fs::read(a).unwrap(), b"first");
        assert_eq!(fs::read(b).unwrap(), b"second");
    }

    #[test]
    fn the_store_round_trips_and_reports_a_damaged_or_huge_file() {
        let dir = tempfile::tempdir().unwrap();
        let store: JsonStore<Map> =
            JsonStore::new(&dir.path().join("x"), "m.json", StoredFile::Settings, 1000);
        let first = store.load();
        assert!(first.first_use && first.problem.is_none());
        let mut m = Map::new();
        m.insert("a".into(), 1);
        store.save(&m).unwrap();
        let again = store.load();
        assert_eq!(again.value, m);
        assert!(!again.first_use);
        for junk in [&b"{\"a\": "[..], &[b' '; 2000][..]] {
            fs::write(store.path(), junk).unwrap();
            let loaded = store.load();
            assert_eq!(loaded.value, Map::new());
            match loaded.problem {
                Some(LoadProblem::Corrupt { file, moved_to }) => {
                    assert_eq!(file, StoredFile::Settings);
                    assert_eq!(fs::read(moved_to).unwrap(), junk, "kept for support");
                }
                other => panic!("expected Corrupt, got {other:?}"),
            }
            assert!(!store.path().exists());
        }
    }

    #[test]
    fn only_a_regular_file_is_ever_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let refused = |p: &Path| {
            assert_eq!(
                write_atomically(p, b"x").unwrap_err().problem,
                FileProblem::NotAFile,
                "{}",
                p.display()
            );
        };
        refused(dir.path());
        refused(Path::new("/dev/null"));
        #[cfg(unix)]
        {
            let target = dir.path().join("target.txt");
            fs::write(&target, b"kept").unwrap();
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink(&target, &link).unwrap();
            refused(&link);
            assert_eq!(fs::read(&target).unwrap(), b"kept");
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
    }

    #[test]
    fn a_write_into_a_file_is_a_typed_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, b"x").unwrap();
        let e = write_atomically(&blocker.join("sub/out.txt"), b"y").unwrap_err();
        assert_eq!(e.path, blocker.join("sub/out.txt"));
        assert_ne!(e.problem, FileProblem::NotFound);
    }
}
