//! A printer found on the network, merged from every record the device announced.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscoveredPrinter {
    /// Stable while the device is known: its UUID, else its MAC, else its host name.
    pub id: String,
    /// The name it announces, e.g. "HP OfficeJet Pro 9010 series [4F1A2B]".
    pub name: String,
    pub model: Option<String>,
    pub is_hp: bool,
    pub host: String,
    /// Every address of the device, IPv4 first.
    pub addresses: Vec<String>,
    /// The IPP port (or of the first printing service).
    pub port: u16,
    /// Service types, e.g. "_ipp._tcp".
    pub services: Vec<String>,
    pub uuid: Option<String>,
    pub mac: Option<String>,
    /// The printer's web page, only when it points at the device itself.
    pub admin_url: Option<String>,
    /// Milliseconds after the scan started when it was first heard.
    pub first_seen_ms: u64,
}

impl DiscoveredPrinter {
    /// The address to talk to it: an IPv4 address if it has one.
    pub fn best_address(&self) -> &str {
        self.addresses
            .first()
            .map(String::as_str)
            .unwrap_or(&self.host)
    }

    /// How it is connected, as far as the announcement tells.
    pub fn prints_over_ipp(&self) -> bool {
        self.services
            .iter()
            .any(|s| s == "_ipp._tcp" || s == "_ipps._tcp")
    }
}
