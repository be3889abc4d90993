//! Reading a file only once its type is known: the app's own files must be regular files
//! (a FIFO in place of `settings.json` would otherwise hang the app at start, a device
//! feed it forever); a file the person names may also be a FIFO (they chose to wait for
//! it), never a device, socket or folder. Reads are bounded in size.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// The path names something other than a file that may be read (a folder, a device, a
/// socket, or a FIFO where a regular file must be).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a regular file")]
pub struct NotAFile;

/// Whether `e` is a [`NotAFile`] refusal.
pub fn is_not_a_file(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<NotAFile>())
}

fn not_a_file() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, NotAFile)
}

#[cfg(unix)]
fn is_fifo(t: &fs::FileType) -> bool {
    std::os::unix::fs::FileTypeExt::is_fifo(t)
}

#[cfg(not(unix))]
fn is_fifo(_: &fs::FileType) -> bool {
    false
}

/// Opens one of the app's own files without waiting on anything: on Unix with
/// `O_NONBLOCK`, so opening a FIFO returns at once; then only a regular file is kept.
fn open_regular(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    #[cfg(not(unix))]
    if !fs::metadata(path)?.is_file() {
        return Err(not_a_file());
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_a_file());
    }
    Ok(file)
}

/// Opens a file the person named: a regular file, or a FIFO (opening it waits for a
/// writer, as they asked); a device, socket or folder is refused before it is opened.
fn open_given(path: &Path) -> io::Result<File> {
    let readable = |t: fs::FileType| t.is_file() || is_fifo(&t);
    if !readable(fs::metadata(path)?.file_type()) {
        return Err(not_a_file());
    }
    let file = File::open(path)?;
    // The same check on what was opened, in case the path changed in between.
    if !readable(file.metadata()?.file_type()) {
        return Err(not_a_file());
    }
    Ok(file)
}

fn read_at_most(file: File, max: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("larger than {max} bytes"),
        ));
    }
    Ok(bytes)
}

/// Reads one of the app's own files (settings, certificates, panel answers, guide
/// positions) of at most `max` bytes: a regular file only ([`NotAFile`] otherwise), a
/// larger one refused with `ErrorKind::FileTooLarge`.
pub fn read_owned(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    read_at_most(open_regular(path)?, max)
}

/// Reads a file the person named (`--from`, an import) of at most `max` bytes: a regular
/// file or a FIFO ([`NotAFile`] otherwise), a larger one refused with
/// `ErrorKind::FileTooLarge`, so a stray huge file cannot fill memory.
pub fn read_bounded(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    read_at_most(open_given(path)?, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_of_the_right_type_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.json");
        fs::write(&file, b"{}").unwrap();
        assert_eq!(read_owned(&file, 10).unwrap(), b"{}");
        assert_eq!(read_bounded(&file, 10).unwrap(), b"{}");
        assert_eq!(
            read_owned(&file, 1).unwrap_err().kind(),
            io::ErrorKind::FileTooLarge
        );
        assert!(is_not_a_file(&read_owned(dir.path(), 10).unwrap_err()));
        assert!(is_not_a_file(&read_bounded(dir.path(), 10).unwrap_err()));
        #[cfg(unix)]
        {
            assert!(is_not_a_file(
                &read_bounded(Path::new("/dev/zero"), 10).unwrap_err()
            ));
            assert!(is_not_a_file(
                &read_owned(Path::new("/dev/zero"), 10).unwrap_err()
            ));
            let fifo = dir.path().join("fifo");
            let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            // Returns at once: nobody writes to it.
            assert!(is_not_a_file(&read_owned(&fifo, 10).unwrap_err()));
        }
    }
}
