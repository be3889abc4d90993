//! Files that are not what they should be: a FIFO in place of a stored file is reported
//! and left alone (never opened to wait on, never moved), and writers that race on one
//! file never share a temporary file or leave one behind.

use std::collections::BTreeMap;
use std::fs;

use wps_pin_core::store::{FileProblem, JsonStore, LoadProblem, StoredFile, write_atomically};

type Map = BTreeMap<String, u32>;

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_a_stored_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store: JsonStore<Map> = JsonStore::new(dir.path(), "m.json", StoredFile::Settings, 100);
    let made = std::process::Command::new("mkfifo")
        .arg(store.path())
        .status()
        .unwrap();
    assert!(made.success());
    // Returns at once, though nothing will ever write to the FIFO.
    let loaded = store.load();
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            file: StoredFile::Settings,
            path: store.path().to_owned()
        })
    );
    let still = fs::symlink_metadata(store.path()).unwrap().file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&still),
        "left where it was"
    );
    assert_eq!(
        store.save(&Map::new()).unwrap_err().problem,
        FileProblem::NotAFile
    );
}

#[test]
fn writers_never_share_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = std::sync::Arc::new(dir.path().join("shared.json"));
    // A temporary file a crashed writer of this process id left behind is passed over.
    let left = dir
        .path()
        .join(format!(".shared.json.tmp-{}-0", std::process::id()));
    fs::write(&left, b"left behind").unwrap();
    let threads: Vec<_> = (0..8u8)
        .map(|i| {
            let path = path.clone();
            std::thread::spawn(move || {
                for _ in 0..20 {
                    write_atomically(&path, &[i; 4096]).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let last = fs::read(&*path).unwrap();
    assert!(last.iter().all(|b| *b == last[0]), "one whole write");
    assert_eq!(fs::read(&left).unwrap(), b"left behind", "not removed");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no temporary of these writes left"
    );
}
