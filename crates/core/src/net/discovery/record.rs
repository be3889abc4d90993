//! One announced service instance as a source heard it, and what the sources report.
//! Both sources — the system's mDNS daemon and the app's own mdns-sd — speak in these
//! terms, so the book merges them without knowing which is which.

use std::net::IpAddr;

use serde::Serialize;

use super::service::ServiceType;
use super::txt::TxtFacts;

/// Where a printer was heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The system's mDNS daemon (avahi on Linux), which has usually heard the printers
    /// long before the app opens.
    System,
    /// The app's own mDNS responder, asking the network.
    Mdns,
}

/// Which record: the source, and its own name for it (mdns-sd: the full name; the
/// system daemon: the full name on one interface and protocol).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordKey {
    pub source: Source,
    pub name: String,
}

/// A single announced service instance, bounded where it entered (not yet cleaned for
/// display: the book does that when it makes a printer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// "HP OfficeJet Pro 9010 series [4F1A2B]"
    pub instance: String,
    pub service: ServiceType,
    /// "HP4F1A2B.local."
    pub host: String,
    pub port: u16,
    pub addresses: Vec<IpAddr>,
    pub txt: TxtFacts,
}

/// At most this many addresses per record.
pub const MAX_ADDRESSES: usize = 16;
/// Names longer than this (in bytes) are cut: a DNS name is at most 255 bytes, so
/// anything longer is hostile, and the display cap is shorter still.
pub const MAX_NAME_BYTES: usize = 1024;

/// `s` cut to at most `MAX_NAME_BYTES` bytes, on a character boundary.
pub fn bounded(s: &str) -> String {
    let mut end = s.len().min(MAX_NAME_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

/// What a source tells the book.
#[derive(Debug, Clone)]
pub enum Heard {
    /// A service was resolved (again): its record, as heard now.
    Resolved(RecordKey, Record),
    /// A service left (a goodbye, or its records expired).
    Removed(RecordKey),
    /// The source has reported everything it knew at the start (avahi's `AllForNow`).
    AllForNow(Source),
    /// The source stopped and will say nothing more; what it reported stays until it is
    /// removed by the source that still sees it or the scan ends.
    Ended(Source),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_on_a_character_boundary() {
        let long = "é".repeat(MAX_NAME_BYTES);
        let cut = bounded(&long);
        assert!(cut.len() <= MAX_NAME_BYTES && cut.chars().all(|c| c == 'é'));
        assert_eq!(bounded("HP"), "HP");
        assert_eq!(
            serde_json::to_string(&[Source::System, Source::Mdns]).unwrap(),
            r#"["system","mdns"]"#
        );
    }
}
