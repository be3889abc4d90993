//! The printer's embedded web server: LEDM (XML) and CDM (JSON) documents, read into
//! the same plain records.

pub mod cdm;
pub mod ledm;

/// Larger documents are refused: real ones are a few kilobytes.
pub use super::nesting::MAX_DOCUMENT;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EwsError {
    #[error("the printer's answer is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the printer's answer is not valid XML: {0}")]
    Xml(String),
    #[error("the printer's answer is not valid JSON: {0}")]
    Json(String),
    #[error("the printer's answer does not contain {0}")]
    Missing(&'static str),
    #[error("the printer's answer nests deeper than {0} levels")]
    TooDeep(usize),
}

/// Who the printer says it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProductInfo {
    pub make_and_model: Option<String>,
    pub serial: Option<String>,
    pub uuid: Option<String>,
    pub product_number: Option<String>,
    pub firmware: Option<String>,
    pub firmware_date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdapterKind {
    Ethernet,
    Wifi,
    /// The printer's own access point (Wi-Fi Direct / setup network).
    WifiDirect,
}

impl AdapterKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AdapterKind::Ethernet => "ethernet",
            AdapterKind::Wifi => "wifi",
            AdapterKind::WifiDirect => "wifi-direct",
        }
    }
}

/// One network interface of the printer, as far as the printer reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adapter {
    pub name: String,
    pub kind: AdapterKind,
    pub connected: Option<bool>,
    pub mac: Option<String>,
    pub ipv4: Option<String>,
    /// How the address was set: DHCP, manual, AutoIP…
    pub ipv4_method: Option<String>,
    pub hostname: Option<String>,
    pub ssid: Option<String>,
    /// 0–5 bars.
    pub signal_bars: Option<u8>,
    pub signal_dbm: Option<i32>,
}

impl Adapter {
    pub fn new(name: impl Into<String>, kind: AdapterKind) -> Self {
        Self {
            name: name.into(),
            kind,
            connected: None,
            mac: None,
            ipv4: None,
            ipv4_method: None,
            hostname: None,
            ssid: None,
            signal_bars: None,
            signal_dbm: None,
        }
    }
}

/// Printer text made safe to show (see [`crate::clean`]).
pub(crate) use super::clean::text as clean;

/// "true"/"false", "1"/"0", "yes"/"no" in any case (firmwares differ).
pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}
