//! One access point (a BSS): as read from the radio or a file ([`RawBss`]), and as the
//! app understands it ([`Bss`]): its name, band, WPS element, security, and whatever
//! could not be read.

use super::elements::{self, ElementProblem};
use super::rsn::{self, RsnProblem, Security};
use super::wps::{self, Wps, WpsProblem};
use crate::clean;

/// One access point as received: the elements exactly as the radio gave them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawBss {
    pub bssid: [u8; 6],
    pub freq_mhz: u32,
    pub signal_dbm: Option<i32>,
    /// How long ago the radio last heard it, when the reading was made.
    pub seen_ms_ago: Option<u32>,
    /// This computer is connected through it.
    pub associated: bool,
    /// The elements the system holds for it (a probe response's, else a beacon's).
    pub ies: Vec<u8>,
    /// A beacon's elements, when the system keeps them apart from `ies`: a hidden
    /// network's beacon leaves out the name its probe response gives.
    pub beacon_ies: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Ghz2_4,
    Ghz5,
    Ghz6,
    Ghz60,
    Other,
}

impl Band {
    pub fn from_mhz(mhz: u32) -> Band {
        match mhz {
            2400..=2500 => Band::Ghz2_4,
            4900..=5924 => Band::Ghz5,
            5925..=7125 => Band::Ghz6,
            57_000..=71_000 => Band::Ghz60,
            _ => Band::Other,
        }
    }

    /// "2.4 GHz": the same in every language, and in JSON.
    pub fn text(self) -> &'static str {
        match self {
            Band::Ghz2_4 => "2.4 GHz",
            Band::Ghz5 => "5 GHz",
            Band::Ghz6 => "6 GHz",
            Band::Ghz60 => "60 GHz",
            Band::Other => "other",
        }
    }
}

/// Something in one access point's elements that could not be read whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Elements(ElementProblem),
    Wps(WpsProblem),
    Rsn(RsnProblem),
    /// An SSID longer than the standard's 32 bytes.
    LongSsid(usize),
}

/// One access point as the app understands it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bss {
    pub bssid: [u8; 6],
    pub freq_mhz: u32,
    pub band: Band,
    pub signal_dbm: Option<i32>,
    pub seen_ms_ago: Option<u32>,
    pub associated: bool,
    /// The network's name as sent (may be empty: hidden).
    pub ssid_bytes: Vec<u8>,
    /// The name, cleaned for people; none when hidden or empty.
    pub ssid: Option<String>,
    /// The access point leaves its name out of its beacons.
    pub hidden: bool,
    pub wps: Option<Wps>,
    pub security: Security,
    pub problems: Vec<Problem>,
}

impl Bss {
    /// "aa:bb:cc:dd:ee:ff".
    pub fn bssid_text(&self) -> String {
        bssid_text(&self.bssid)
    }
}

pub fn bssid_text(b: &[u8; 6]) -> String {
    b.iter()
        .map(|x| format!("{x:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// "AA:bb:…" back to bytes.
pub fn parse_bssid(s: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let mut parts = s.trim().split([':', '-']);
    for b in &mut out {
        let p = parts.next()?;
        if p.len() != 2 || !p.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        *b = u8::from_str_radix(p, 16).ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// A name as people read it: bytes that are not UTF-8 are replaced, controls escaped.
pub fn ssid_text(bytes: &[u8]) -> Option<String> {
    if elements::is_hidden_ssid(Some(bytes)) {
        return None;
    }
    clean::text(&String::from_utf8_lossy(bytes))
}

/// Reads one access point's elements.
pub fn parse(raw: &RawBss) -> Bss {
    let mut problems = Vec::new();
    let mut ssid: Option<&[u8]> = None;
    let mut rsn_body: Option<&[u8]> = None;
    let mut wps_data: Option<Vec<u8>> = None;
    let mut wpa1 = false;
    let mut walk = elements::walk(&raw.ies);
    for e in walk.by_ref() {
        match e.id {
            elements::SSID if ssid.is_none() => ssid = Some(e.body),
            elements::RSN if rsn_body.is_none() => rsn_body = Some(e.body),
            elements::VENDOR => {
                if let Some(body) = elements::vendor_body(&e, &elements::WPS_PREFIX) {
                    wps_data
                        .get_or_insert_with(Vec::new)
                        .extend_from_slice(body);
                } else if elements::vendor_body(&e, &elements::WPA_PREFIX).is_some() {
                    wpa1 = true;
                }
            }
            _ => {}
        }
    }
    if let Some(p) = walk.problem() {
        problems.push(Problem::Elements(p));
    }
    let ssid_bytes = ssid.unwrap_or_default();
    if ssid_bytes.len() > elements::MAX_SSID {
        problems.push(Problem::LongSsid(ssid_bytes.len()));
    }
    let beacon_hidden = raw
        .beacon_ies
        .as_deref()
        .is_some_and(|b| elements::is_hidden_ssid(elements::ssid(b)));
    let wps = wps_data.map(|d| wps::parse(&d));
    if let Some(w) = &wps {
        problems.extend(w.problems.iter().map(|p| Problem::Wps(*p)));
    }
    let rsn = rsn_body.map(|b| {
        let (r, problem) = rsn::parse(b);
        if let Some(p) = problem {
            problems.push(Problem::Rsn(p));
        }
        r
    });
    Bss {
        bssid: raw.bssid,
        freq_mhz: raw.freq_mhz,
        band: Band::from_mhz(raw.freq_mhz),
        signal_dbm: raw.signal_dbm,
        seen_ms_ago: raw.seen_ms_ago,
        associated: raw.associated,
        hidden: elements::is_hidden_ssid(ssid) || beacon_hidden,
        ssid: ssid_text(ssid_bytes),
        ssid_bytes: ssid_bytes.to_vec(),
        wps,
        security: Security { rsn, wpa1 },
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_and_addresses() {
        assert_eq!(Band::from_mhz(2437), Band::Ghz2_4);
        assert_eq!(Band::from_mhz(5180), Band::Ghz5);
        assert_eq!(Band::from_mhz(5955), Band::Ghz6);
        assert_eq!(Band::from_mhz(60_480), Band::Ghz60);
        assert_eq!(Band::from_mhz(900), Band::Other);
        let b = [0xa0, 0xb3, 0xcc, 0x4f, 0x1a, 0x2b];
        assert_eq!(bssid_text(&b), "a0:b3:cc:4f:1a:2b");
        assert_eq!(parse_bssid("A0:B3:CC:4F:1A:2B"), Some(b));
        assert_eq!(parse_bssid("a0-b3-cc-4f-1a-2b"), Some(b));
        assert_eq!(parse_bssid("a0:b3:cc:4f:1a"), None);
        assert_eq!(parse_bssid("a0:b3:cc:4f:1a:2b:00"), None);
        assert_eq!(parse_bssid("a0:b3:cc:4f:1a:+b"), None);
    }
}
