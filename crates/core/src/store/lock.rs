//! One writer at a time for a file several processes update (the window, the command
//! line and scripts share the printer certificates): a lock file beside it, held while
//! the file is read, merged and written. On Unix an `flock` on the lock file (released by
//! the system even if the process dies); elsewhere, best effort, a lock file created
//! exclusively, removed when done, and taken over when it is older than any writer needs.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long to wait for another writer before giving up (the write is then skipped).
const WAIT: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(10);

/// Held while the file is being updated; dropping it lets the next writer in.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
    #[cfg(not(unix))]
    path: PathBuf,
}

/// `<name>.lock` beside `path`.
fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".lock");
    path.with_file_name(name)
}

/// Takes the lock for `path`, waiting up to a few seconds for another writer.
#[cfg(unix)]
pub fn lock(path: &Path) -> io::Result<FileLock> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        // Never wait on a FIFO someone put there, never follow a link.
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .mode(0o600)
        .open(lock_path(path))?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the lock file is not a regular file",
        ));
    }
    let started = Instant::now();
    loop {
        // SAFETY: flock on a descriptor this function owns; no memory is shared.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
            return Ok(FileLock { _file: file });
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::WouldBlock || started.elapsed() > WAIT {
            return Err(e);
        }
        std::thread::sleep(POLL);
    }
}

/// Takes the lock for `path`, waiting up to a few seconds for another writer.
#[cfg(not(unix))]
pub fn lock(path: &Path) -> io::Result<FileLock> {
    let path = lock_path(path);
    let started = Instant::now();
    loop {
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok(FileLock { _file: file, path }),
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
            Err(e) => {
                // A writer that died left its lock: no write takes this long.
                let stale = std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age > WAIT * 6);
                if stale {
                    let _ = std::fs::remove_file(&path);
                } else if started.elapsed() > WAIT {
                    return Err(e);
                }
                std::thread::sleep(POLL);
            }
        }
    }
}

#[cfg(not(unix))]
impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn one_holder_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = Arc::new(dir.path().join("shared.json"));
        let inside = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (path, inside) = (path.clone(), inside.clone());
                std::thread::spawn(move || {
                    for _ in 0..5 {
                        let _held = lock(&path).unwrap();
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "alone");
                        std::thread::sleep(Duration::from_millis(1));
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
}
