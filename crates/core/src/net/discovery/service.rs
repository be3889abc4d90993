//! The DNS-SD service types printers announce (facts/printer-protocols.md §1), as a type:
//! compared by value, never as strings.

use std::fmt;

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ServiceType {
    /// IPP / AirPrint.
    Ipp,
    /// IPP over TLS.
    Ipps,
    /// LPD.
    Printer,
    /// Raw socket (JetDirect).
    PdlDatastream,
    /// eSCL scanner.
    Uscan,
    Uscans,
    /// The printer's web server.
    Http,
    Https,
    /// Old cloud-print registration.
    Privet,
    /// Older scan protocol.
    Scanner,
}

impl ServiceType {
    /// Every type browsed, the printing ones first.
    pub const ALL: [ServiceType; 10] = [
        Self::Ipp,
        Self::Ipps,
        Self::Printer,
        Self::PdlDatastream,
        Self::Uscan,
        Self::Uscans,
        Self::Http,
        Self::Https,
        Self::Privet,
        Self::Scanner,
    ];

    /// As DNS-SD writes it: "_ipp._tcp".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ipp => "_ipp._tcp",
            Self::Ipps => "_ipps._tcp",
            Self::Printer => "_printer._tcp",
            Self::PdlDatastream => "_pdl-datastream._tcp",
            Self::Uscan => "_uscan._tcp",
            Self::Uscans => "_uscans._tcp",
            Self::Http => "_http._tcp",
            Self::Https => "_https._tcp",
            Self::Privet => "_privet._tcp",
            Self::Scanner => "_scanner._tcp",
        }
    }

    /// "_ipp._tcp", with or without ".local." after it, in any case.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim_end_matches('.');
        let s = s
            .get(s.len().saturating_sub(6)..)
            .filter(|tail| tail.eq_ignore_ascii_case(".local"))
            .map_or(s, |_| &s[..s.len() - 6]);
        Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }

    /// Whether it makes a device a printer; the others only add facts to one (a scanner or
    /// a web page alone is not a printer).
    pub fn is_printing(self) -> bool {
        matches!(
            self,
            Self::Ipp | Self::Ipps | Self::Printer | Self::PdlDatastream
        )
    }

    /// Whether it is IPP (plain or over TLS).
    pub fn is_ipp(self) -> bool {
        matches!(self, Self::Ipp | Self::Ipps)
    }
}

impl fmt::Display for ServiceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// As the string DNS-SD uses, so `scan --json` reads as before.
impl Serialize for ServiceType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_reads_back_and_only_those() {
        for t in ServiceType::ALL {
            assert_eq!(ServiceType::parse(t.as_str()), Some(t));
            assert_eq!(ServiceType::parse(&format!("{t}.local.")), Some(t));
        }
        assert_eq!(
            ServiceType::parse("_IPP._TCP.local"),
            Some(ServiceType::Ipp)
        );
        assert_eq!(ServiceType::parse("_ipp._udp"), None);
        assert_eq!(ServiceType::parse("local"), None);
        assert_eq!(ServiceType::parse("é"), None);
        assert_eq!(
            serde_json::to_string(&ServiceType::PdlDatastream).unwrap(),
            "\"_pdl-datastream._tcp\""
        );
        let printing: Vec<_> = ServiceType::ALL
            .into_iter()
            .filter(|t| t.is_printing())
            .collect();
        assert_eq!(printing.len(), 4);
    }
}
