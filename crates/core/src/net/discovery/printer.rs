//! A printer found on the network, merged from every record the device announced, from
//! every source that heard it.

use std::net::IpAddr;

use serde::{Serialize, Serializer};

use super::record::Source;
use super::service::ServiceType;
use crate::net::Url;
use crate::net::address::{Host, Target};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscoveredPrinter {
    /// Stable while the device is known: its UUID, else its MAC, else its host name.
    pub id: String,
    /// The name it announces, e.g. "HP OfficeJet Pro 9010 series [4F1A2B]".
    pub name: String,
    pub model: Option<String>,
    pub is_hp: bool,
    /// Its mDNS host name, e.g. "HP4F1A2B.local".
    pub host: String,
    /// Every address of the device, IPv4 first.
    pub addresses: Vec<IpAddr>,
    /// The IPP port (or of the first printing service).
    pub port: u16,
    /// Service types, sorted.
    pub services: Vec<ServiceType>,
    pub uuid: Option<String>,
    pub mac: Option<String>,
    /// The printer's web page, only when it points at the device itself.
    #[serde(serialize_with = "url_text")]
    pub admin_url: Option<Url>,
    /// Milliseconds after the scan started when it was first heard.
    pub first_seen_ms: u64,
    /// Who heard it: the system's mDNS daemon, the app's own search, or both (sorted).
    /// Written `"source": ["system", "mdns"]` in `scan --json`.
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
}

fn url_text<S: Serializer>(url: &Option<Url>, s: S) -> Result<S::Ok, S::Error> {
    match url {
        Some(u) => s.serialize_some(u.as_str()),
        None => s.serialize_none(),
    }
}

impl DiscoveredPrinter {
    /// The address to talk to it: an IPv4 address if it has one, else its host name.
    pub fn best_host(&self) -> Option<Host> {
        match self.addresses.first() {
            Some(ip) => Some(Host::Ip(*ip)),
            None => Host::parse(&self.host).ok(),
        }
    }

    /// How it is connected, as far as the announcement tells.
    pub fn prints_over_ipp(&self) -> bool {
        self.services.iter().any(|s| s.is_ipp())
    }

    /// The printer to probe: at its best address, with the web page on the scheme and
    /// port its own announcement names (some serve it on 631 or 443, not 80), and IPP
    /// over TLS when it announces only `_ipps._tcp`.
    pub fn target(&self) -> Option<Target> {
        let host = self.best_host()?;
        let mut target = Target::new(host.clone()).ok()?;
        if let Some(url) = &self.admin_url {
            target = target.with_web(url).ok()?;
        }
        let ipps_only = self.services.contains(&ServiceType::Ipps)
            && !self.services.contains(&ServiceType::Ipp);
        if self.prints_over_ipp() {
            let scheme = if ipps_only { "ipps" } else { "ipp" };
            let ipp = host.url(scheme, Some(self.port), "/ipp/print");
            target = target.with_ipp(&ipp).ok()?;
        }
        Some(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_found_printer_becomes_a_target_at_its_own_address() {
        let p = DiscoveredPrinter {
            id: "u".into(),
            name: "HP".into(),
            model: None,
            is_hp: true,
            host: "HP1.local".into(),
            addresses: vec!["192.0.2.9".parse().unwrap(), "fe80::1".parse().unwrap()],
            port: 631,
            services: vec![ServiceType::Ipps],
            uuid: None,
            mac: None,
            admin_url: Url::parse("https://HP1.local:443/").ok(),
            first_seen_ms: 0,
            sources: vec![Source::System, Source::Mdns],
        };
        let t = p.target().unwrap();
        assert_eq!(t.host.to_string(), "192.0.2.9");
        assert_eq!(t.web_base().as_str(), "https://192.0.2.9/");
        assert_eq!(t.ipp_endpoint().as_str(), "https://192.0.2.9:631/ipp/print");
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["admin_url"], "https://hp1.local/");
        assert_eq!(json["source"], serde_json::json!(["system", "mdns"]));
        assert_eq!(json["services"], serde_json::json!(["_ipps._tcp"]));
    }
}
