//! A network in the printer's own list: its name as bytes (Wi-Fi names are bytes, not
//! necessarily UTF-8), its security in the app's terms and in the printer's own words
//! (sent back unchanged when joining), its signal and channel. Everything is cleaned
//! and bounded where it enters.

use std::fmt::Write as _;

use crate::clean;

/// An SSID is at most 32 bytes (IEEE 802.11); a longer "name" is not a network.
pub const MAX_SSID_BYTES: usize = 32;
/// A printer's list is a few dozen networks; a hostile one is cut here.
pub const MAX_NETWORKS: usize = 300;
/// The printer's own words for a network's security are short.
const MAX_WORD: usize = 64;

/// A network name as the bytes the air carries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ssid(Vec<u8>);

impl Ssid {
    /// `None` when empty or longer than 32 bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<Self> {
        (!bytes.is_empty() && bytes.len() <= MAX_SSID_BYTES).then_some(Self(bytes))
    }

    /// A name as typed or sent as text.
    pub fn from_text(text: &str) -> Option<Self> {
        Self::from_bytes(text.as_bytes().to_vec())
    }

    /// Lower-case hexadecimal of the bytes (LEDM sends and takes names this way).
    pub fn from_hex(hex: &str) -> Option<Self> {
        Self::from_bytes(decode_hex(hex)?)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn to_hex(&self) -> String {
        encode_hex(&self.0)
    }

    /// The name to show: valid UTF-8 as it is, any other byte as `\xNN`, control and
    /// invisible characters escaped (never dropped, so two names stay two names).
    pub fn display(&self) -> String {
        let mut out = String::new();
        for chunk in self.0.utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
        clean::text_within(&out, 4 * MAX_SSID_BYTES).unwrap_or_default()
    }

    /// The name as text for a JSON document the printer takes (CDM): `None` when the
    /// bytes are not UTF-8 (such a network cannot be named in JSON).
    pub fn as_text(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }
}

pub(crate) fn encode_hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

pub(crate) fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    let hex = hex.trim();
    if hex.is_empty() || !hex.len().is_multiple_of(2) || !hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A network's security in the app's terms (the JSON names are a contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Security {
    Open,
    Wep,
    WpaPersonal,
    Wpa2Personal,
    Wpa3Personal,
    Wpa2Wpa3Personal,
    Enterprise,
    Unknown,
}

impl Security {
    pub fn key(self) -> &'static str {
        match self {
            Security::Open => "open",
            Security::Wep => "wep",
            Security::WpaPersonal => "wpa-personal",
            Security::Wpa2Personal => "wpa2-personal",
            Security::Wpa3Personal => "wpa3-personal",
            Security::Wpa2Wpa3Personal => "wpa2-wpa3-personal",
            Security::Enterprise => "enterprise",
            Security::Unknown => "unknown",
        }
    }

    /// Whether joining needs a password.
    pub fn needs_passphrase(self) -> bool {
        !matches!(self, Security::Open)
    }

    /// From the printer's words (LEDM `EncryptionType`/`AuthenticationMode`, CDM
    /// `authenticationMode`/`encryptionType`/`wpaVersion`). The facts give only a few of
    /// these values (`none`, `WPA_PSK`, `wpaOrWpa2`); the rest is read by the words they
    /// contain, and what is not recognised is `Unknown`, never guessed as open.
    pub fn from_words(words: &[Option<&str>]) -> Security {
        let all: Vec<String> = words
            .iter()
            .flatten()
            .map(|w| w.to_ascii_lowercase())
            .collect();
        if all.is_empty() {
            return Security::Unknown;
        }
        let any = |needles: &[&str]| all.iter().any(|w| needles.iter().any(|n| w.contains(n)));
        if any(&["enterprise", "eap", "8021x", "802.1x", "802_1x", "radius"]) {
            return Security::Enterprise;
        }
        let wpa3 = any(&["wpa3", "sae"]);
        // "wpaOrWpa2" contains "wpa2"; a cipher name alone (AES, CCMP) is read as WPA2.
        let wpa2 = any(&["wpa2", "rsn"]);
        let wpa = any(&["wpa", "psk", "tkip"]);
        match (wpa3, wpa2, wpa) {
            (true, true, _) => Security::Wpa2Wpa3Personal,
            (true, false, _) => Security::Wpa3Personal,
            (false, true, _) => Security::Wpa2Personal,
            (false, false, true) => Security::WpaPersonal,
            _ if any(&["aes", "ccmp"]) => Security::Wpa2Personal,
            _ if any(&["wep"]) => Security::Wep,
            _ if all.iter().all(|w| matches!(w.as_str(), "none" | "open")) => Security::Open,
            _ => Security::Unknown,
        }
    }
}

/// The printer's own words for a network's security, cleaned, to send back as they came
/// (HPLIP copies them from the scan entry: facts/printer-wifi-setup.md §1, §2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Wire {
    pub communication_mode: Option<String>,
    pub encryption_type: Option<String>,
    pub authentication_mode: Option<String>,
    pub wpa_version: Option<String>,
}

/// A printer's word: cleaned, short, and only characters a protocol keyword uses (it
/// goes back into XML or JSON).
pub(crate) fn word(raw: Option<&str>) -> Option<String> {
    let w = clean::text_within(raw?, MAX_WORD)?;
    w.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '+'))
        .then_some(w)
}

/// One network the printer sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    pub ssid: Ssid,
    /// "a0:b3:cc:4f:1a:2b", when the printer says.
    pub bssid: Option<String>,
    pub channel: Option<u16>,
    pub security: Security,
    /// 0–5 bars.
    pub signal: Option<u8>,
    pub wire: Wire,
}

impl Network {
    /// The JSON of `wifi networks --json` (field names are a contract).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "ssid": self.ssid.display(),
            "bssid": self.bssid,
            "channel": self.channel,
            "security": self.security.key(),
            "signal": self.signal,
        })
    }
}

/// "A0B3CC4F1A2B", "a0-b3-…" or "a0:b3:…" → "a0:b3:cc:4f:1a:2b"; anything else is
/// not a BSSID.
pub(crate) fn bssid(raw: Option<&str>) -> Option<String> {
    let raw = raw?.trim();
    let hex: String = raw.chars().filter(char::is_ascii_hexdigit).collect();
    let shaped = raw
        .chars()
        .all(|c| c.is_ascii_hexdigit() || ":-. ".contains(c));
    (hex.len() == 12 && shaped).then(|| {
        let lower = hex.to_ascii_lowercase();
        (0..6)
            .filter_map(|i| lower.get(2 * i..2 * i + 2))
            .collect::<Vec<_>>()
            .join(":")
    })
}

/// 1–233 (2.4, 5 and 6 GHz channel numbers).
pub(crate) fn channel(raw: Option<&str>) -> Option<u16> {
    raw?.trim()
        .parse::<u16>()
        .ok()
        .filter(|c| (1..=233).contains(c))
}

/// 0–5 bars.
pub(crate) fn bars(raw: Option<&str>) -> Option<u8> {
    raw?.trim().parse::<u8>().ok().filter(|b| *b <= 5)
}

/// The list as the person reads it: each (name, BSSID) once, strongest first, at most
/// [`MAX_NETWORKS`].
pub fn bounded(mut list: Vec<Network>) -> Vec<Network> {
    list.sort_by(|a, b| {
        b.signal
            .cmp(&a.signal)
            .then_with(|| a.ssid.cmp(&b.ssid))
            .then_with(|| a.bssid.cmp(&b.bssid))
    });
    list.dedup_by(|a, b| a.ssid == b.ssid && a.bssid == b.bssid);
    if list.len() > MAX_NETWORKS {
        tracing::debug!(
            "the printer listed {} networks; kept {MAX_NETWORKS}",
            list.len()
        );
        list.truncate(MAX_NETWORKS);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_bytes_shown_escaped_never_dropped() {
        let cafe = Ssid::from_hex("436166c3a9").unwrap();
        assert_eq!(cafe.display(), "Café");
        assert_eq!(cafe.to_hex(), "436166c3a9");
        let broken = Ssid::from_hex("4142ff43").unwrap();
        assert_eq!(broken.display(), "AB\\xffC");
        assert_eq!(broken.as_text(), None);
        let bell = Ssid::from_text("a\u{7}b\u{202e}").unwrap();
        assert_eq!(bell.display(), "a\\x07b\\u{202e}");
        assert_eq!(Ssid::from_hex("abc"), None);
        assert_eq!(Ssid::from_bytes(vec![b'x'; 33]), None);
        assert_eq!(Ssid::from_text(""), None);
    }

    #[test]
    fn security_from_the_printers_words() {
        let s = |w: &[&str]| Security::from_words(&w.iter().map(|x| Some(*x)).collect::<Vec<_>>());
        assert_eq!(s(&["none"]), Security::Open);
        assert_eq!(s(&["WPA_PSK"]), Security::WpaPersonal);
        assert_eq!(s(&["wpaOrWpa2"]), Security::Wpa2Personal);
        assert_eq!(s(&["wpa2", "wpa3"]), Security::Wpa2Wpa3Personal);
        assert_eq!(s(&["sae"]), Security::Wpa3Personal);
        assert_eq!(s(&["wep"]), Security::Wep);
        assert_eq!(s(&["wpa2Enterprise"]), Security::Enterprise);
        assert_eq!(s(&["mystery"]), Security::Unknown);
        assert_eq!(Security::from_words(&[None]), Security::Unknown);
        assert_eq!(word(Some("WPA_PSK")).as_deref(), Some("WPA_PSK"));
        assert_eq!(
            word(Some("x</wifi:SSID>")),
            None,
            "nothing that could end an element"
        );
        assert_eq!(
            bssid(Some("A0B3CC4F1A2B")).as_deref(),
            Some("a0:b3:cc:4f:1a:2b")
        );
        assert_eq!(bssid(Some("nope")), None);
    }
}
