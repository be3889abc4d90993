//! A saved reading (`air --save`, read back with `air --from`): help-desk staff attach one
//! to a case, and tests use them.
//!
//! `{"format": 1, "bss": [{"bssid": "…", "ssid": "…", "freq_mhz": 2437, "signal_dbm": -50,
//! "seen_ms_ago": 1200, "ies": "<hex of the elements as received>"}]}`; also, when they
//! apply, `"associated": true` (this computer's access point) and `"beacon_ies": "<hex>"`
//! (a beacon's elements kept apart). `ssid` is written for people reading the file; the
//! elements are what the app reads. `"after_scan": true` says the reading followed a
//! finished scan, so an access point missing from it was not in the air.

use std::path::Path;

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
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    after_scan: bool,
    bss: Vec<Entry>,
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

/// The access points as a file's contents.
pub fn to_json(list: &[RawBss]) -> String {
    doc_json(list, false)
}

fn doc_json(list: &[RawBss], after_scan: bool) -> String {
    let doc = Doc {
        format: FORMAT,
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
    doc_from_json(bytes).map(|(list, _)| list)
}

/// The access points, and whether they followed a finished scan.
fn doc_from_json(bytes: &[u8]) -> Option<(Vec<RawBss>, bool)> {
    let doc: Doc = serde_json::from_slice(bytes).ok()?;
    if doc.format != FORMAT || doc.bss.len() > MAX_BSS {
        return None;
    }
    let after_scan = doc.after_scan;
    let list = doc
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
    Some((list, after_scan))
}

fn load_doc(path: &Path) -> Result<(Vec<RawBss>, bool), FileError> {
    let bytes =
        store::read_bounded(path, MAX_FILE_BYTES).map_err(|e| FileError::from_io(path, &e))?;
    doc_from_json(&bytes).ok_or_else(|| FileError::new(path, FileProblem::Damaged))
}

pub fn load(path: &Path) -> Result<Vec<RawBss>, FileError> {
    load_doc(path).map(|(list, _)| list)
}

/// A saved reading as a reading: it followed a scan when the file says so.
pub fn read(path: &Path) -> Reading {
    match load_doc(path) {
        Ok((list, after_scan)) => {
            let mut r = Reading::new(Source::File, list);
            if after_scan {
                r.scan = ScanRequest::Finished;
            }
            r
        }
        Err(e) => Reading::unavailable(Source::File, Unavailable::File(e)),
    }
}

pub fn save(path: &Path, list: &[RawBss]) -> Result<(), FileError> {
    store::write_atomically(path, to_json(list).as_bytes())
}

/// Saves a reading, with whether it followed a finished scan.
pub fn save_reading(path: &Path, r: &Reading) -> Result<(), FileError> {
    store::write_atomically(path, doc_json(&r.bss, r.followed_scan()).as_bytes())
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
}
