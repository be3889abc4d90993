//! A saved reading (`air --save`, read back with `air --from`): help-desk staff attach one
//! to a case, and tests use them.
//!
//! `{"format": 1, "read_at": <milliseconds since 1970, UTC>, "bss": [{"bssid": "…", "ssid":
//! "…", "freq_mhz": 2437, "signal_dbm": -50, "seen_ms_ago": 1200, "ies": "<hex of the
//! elements as received>"}]}`; also, when they apply, `"associated": true` (this
//! computer's access point) and `"beacon_ies": "<hex>"` (a beacon's elements kept apart).
//! `ssid` is written for people reading the file; the elements are what the app reads.
//! `read_at` is when the air was read (each `seen_ms_ago` counts back from it); files
//! saved before it existed still load, without a time. `"after_scan": true` says the
//! reading followed a finished scan, so an access point missing from it was not in the
//! air. A UTF-8 byte order mark at the start (some editors add one) is accepted.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::bss::{self, RawBss};
use super::reading::{Reading, ScanRequest, Source, Unavailable};
use crate::store::{self, FileError, FileProblem};

pub const FORMAT: u32 = 1;
/// Larger files are refused unread.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
pub const MAX_BSS: usize = 10_000;
/// More element bytes than any frame carries.
pub const MAX_IES: usize = 16 * 1024;

#[derive(Serialize, Deserialize)]
struct Doc {
    format: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    read_at: Option<u64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    after_scan: bool,
    bss: Vec<Entry>,
}

/// A saved reading: the access points, and when they were read (if the file says).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub bss: Vec<RawBss>,
    pub read_at: Option<SystemTime>,
    /// It followed a finished scan.
    pub after_scan: bool,
}

fn to_millis(t: SystemTime) -> Option<u64> {
    u64::try_from(t.duration_since(UNIX_EPOCH).ok()?.as_millis()).ok()
}

fn from_millis(ms: u64) -> Option<SystemTime> {
    UNIX_EPOCH.checked_add(Duration::from_millis(ms))
}

#[derive(Serialize, Deserialize)]
struct Entry {
    bssid: String,
    #[serde(default)]
    ssid: Option<String>,
    freq_mhz: u32,
    #[serde(default)]
    signal_dbm: Option<i32>,
    #[serde(default)]
    seen_ms_ago: Option<u32>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    associated: bool,
    ies: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    beacon_ies: Option<String>,
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex digits (whitespace allowed between bytes) to bytes; at most [`MAX_IES`].
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) || digits.len() / 2 > MAX_IES {
        return None;
    }
    let val = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    digits
        .chunks_exact(2)
        .map(|p| Some((val(p[0])? << 4) | val(p[1])?))
        .collect()
}

/// The reading as a file's contents (without the time it was read).
pub fn to_json(list: &[RawBss]) -> String {
    document(list, None, false)
}

/// The reading as a file's contents, with the time it was read and whether it followed a
/// finished scan.
pub fn document(list: &[RawBss], read_at: Option<SystemTime>, after_scan: bool) -> String {
    let doc = Doc {
        format: FORMAT,
        read_at: read_at.and_then(to_millis),
        after_scan,
        bss: list
            .iter()
            .map(|b| Entry {
                bssid: bss::bssid_text(&b.bssid),
                ssid: bss::parse(b).ssid,
                freq_mhz: b.freq_mhz,
                signal_dbm: b.signal_dbm,
                seen_ms_ago: b.seen_ms_ago,
                associated: b.associated,
                ies: hex(&b.ies),
                beacon_ies: b.beacon_ies.as_deref().map(hex),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A file's contents back to access points; `None` when it is not such a file.
pub fn from_json(bytes: &[u8]) -> Option<Vec<RawBss>> {
    parse(bytes).map(|saved| saved.bss)
}

/// A file's contents back to a reading; `None` when it is not such a file.
pub fn parse(bytes: &[u8]) -> Option<Saved> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let doc: Doc = serde_json::from_slice(bytes).ok()?;
    if doc.format != FORMAT || doc.bss.len() > MAX_BSS {
        return None;
    }
    let bss = doc
        .bss
        .into_iter()
        .map(|e| {
            Some(RawBss {
                bssid: bss::parse_bssid(&e.bssid)?,
                freq_mhz: e.freq_mhz,
                signal_dbm: e.signal_dbm,
                seen_ms_ago: e.seen_ms_ago,
                associated: e.associated,
                ies: unhex(&e.ies)?,
                beacon_ies: match e.beacon_ies {
                    Some(h) => Some(unhex(&h)?),
                    None => None,
                },
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Saved {
        bss,
        read_at: doc.read_at.and_then(from_millis),
        after_scan: doc.after_scan,
    })
}

pub fn load(path: &Path) -> Result<Vec<RawBss>, FileError> {
    load_saved(path).map(|saved| saved.bss)
}

/// A saved reading with its time. A FIFO is read (whoever named it chose to wait); a
/// device, socket or folder is refused.
pub fn load_saved(path: &Path) -> Result<Saved, FileError> {
    let bytes =
        store::read_bounded(path, MAX_FILE_BYTES).map_err(|e| FileError::from_io(path, &e))?;
    parse(&bytes).ok_or_else(|| FileError::new(path, FileProblem::Damaged))
}

/// Saves the access points read at `read_at`.
pub fn save(path: &Path, list: &[RawBss], read_at: SystemTime) -> Result<(), FileError> {
    store::write_atomically(path, document(list, Some(read_at), false).as_bytes())
}

/// Saves a reading: its access points, when it was read, and whether it followed a
/// finished scan.
pub fn save_reading(path: &Path, r: &Reading) -> Result<(), FileError> {
    let doc = document(&r.bss, Some(r.at), r.followed_scan());
    store::write_atomically(path, doc.as_bytes())
}

/// A saved reading as a reading: read when the file says, after a scan when it says so.
pub fn read(path: &Path) -> Reading {
    match load_saved(path) {
        Ok(saved) => {
            let mut r = Reading::new(Source::File, saved.bss);
            if let Some(at) = saved.read_at {
                r.at = at;
            }
            if saved.after_scan {
                r.scan = ScanRequest::Finished;
            }
            r
        }
        Err(e) => Reading::unavailable(Source::File, Unavailable::File(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_and_refusals() {
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
        assert_eq!(unhex("00AB10"), Some(vec![0, 0xab, 0x10]));
        assert_eq!(unhex("00 ab\n10"), Some(vec![0, 0xab, 0x10]));
        assert_eq!(unhex("0"), None);
        assert_eq!(unhex("zz"), None);
        assert_eq!(unhex(&"00".repeat(MAX_IES + 1)), None);
        assert!(from_json(br#"{"format": 2, "bss": []}"#).is_none());
        assert_eq!(from_json(br#"{"format": 1, "bss": []}"#), Some(vec![]));
    }

    #[test]
    fn the_time_it_was_read_is_kept_and_a_bom_is_accepted() {
        let at = UNIX_EPOCH + Duration::from_millis(1_795_522_496_123);
        let saved = parse(document(&[], Some(at), false).as_bytes()).unwrap();
        assert_eq!(saved.read_at, Some(at));
        let old = parse(br#"{"format": 1, "bss": []}"#).unwrap();
        assert_eq!(old.read_at, None, "a file from before still loads");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(br#"{"format": 1, "read_at": 1000, "bss": []}"#);
        assert_eq!(
            parse(&bom).unwrap().read_at,
            Some(UNIX_EPOCH + Duration::from_secs(1))
        );
        assert!(parse(&[b"\xEF\xBB\xBF".as_slice(); 2].concat()).is_none());
    }
}
